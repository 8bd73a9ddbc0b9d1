"""`debate guide reuse`: copy a question of the bank into a guide being written.

The question keeps every language, its options and its notes, and records where it came from
(`from: ccpcj-20-2011/q12m`) so the bank can show which questions recur across the years. The
new lines are inserted as text after the last question of the target group: the rest of the file
(comments, layout, quoting) is untouched.
"""

from __future__ import annotations

import json

from ..text.languages import LANGUAGES, LangText
from ..text.numbering import sequence
from ..text.problems import Problems
from .guide import Guide, Note, Question
from .schema import ID_PATTERN
from .yaml_reader import Lines, Node, compose


class ReuseError(Exception):
    """The question cannot be placed (a one-line reason for the user)."""


def _q(text: str) -> str:
    # A JSON string is a valid YAML double-quoted scalar: quotes, backslashes and line breaks
    # are escaped, so the text reads back exactly.
    return json.dumps(text, ensure_ascii=False)


def _lang_map(text: LangText, pad: str) -> list[str]:
    return [f"{pad}{lang}: {_q(text.values[lang])}" for lang in LANGUAGES if lang in text.values]


def _notes(notes: tuple[Note, ...], pad: str) -> list[str]:
    if not notes:
        return []
    out = [f"{pad}notes:"]
    for n in notes:
        out += [f"{pad}  - mark: {_q(n.mark)}", f"{pad}    text:", *_lang_map(n.text, pad + "      ")]
    return out


def question_yaml(q: Question, new_id: str, letter: str, origin: str, taken: set[str],
                  indent: int) -> list[str]:
    """The question as YAML lines at `indent` (the column of its `- `)."""
    pad = " " * indent
    lines = [f"{pad}- id: {new_id}", f"{pad}  letter: {_q(letter)}", f"{pad}  from: {origin}",
             f"{pad}  text:", *_lang_map(q.text, pad + "    ")]
    if q.options:
        lines.append(f"{pad}  options:")
        for o in q.options:
            oid = _free(o.id, origin.split("/")[0], taken)
            lines += [f"{pad}    - id: {oid}", f"{pad}      numeral: {o.numeral}",
                      f"{pad}      text:", *_lang_map(o.text, pad + "        "),
                      *_notes(o.notes, pad + "      ")]
    lines += _notes(q.notes, pad + "  ")
    return lines


def _free(wanted: str, guide_id: str, taken: set[str]) -> str:
    """`wanted` if the target guide does not use it yet, else one prefixed with the source guide."""
    candidate = wanted
    n = 1
    while candidate in taken:
        candidate = f"{guide_id}-{wanted}"[:60] + ("" if n == 1 else f"-{n}")
        n += 1
    if not ID_PATTERN.match(candidate):
        raise ReuseError(f"cannot make an id for {wanted!r}")
    taken.add(candidate)
    return candidate


def _field(node: Node, name: str) -> Node | None:
    if node.kind == "map":
        for key, value in node.value:
            if key.kind == "scalar" and key.value == name:
                found: Node = value
                return found
    return None


def _groups(node: Node, out: list[Node]) -> None:
    if node.kind != "seq":
        return
    for entry in node.value:
        if entry.kind != "map":
            continue
        if _field(entry, "group") is not None:
            out.append(entry)
        content = _field(entry, "content")
        if content is not None:
            _groups(content, out)


def insert(target_text: str, target: Guide, source: Guide, question: Question,
           group: str | None) -> tuple[str, str, str]:
    """The target's text with the question added to `group` (its number or id; default the last
    group), and the new question's id and reference."""
    problems = Problems("target")
    root = compose(target_text, problems)
    body = _field(root, "body") if root is not None else None
    nodes: list[Node] = []
    if body is not None:
        _groups(body, nodes)
    groups = target.groups()
    if not groups or len(nodes) != len(groups):
        raise ReuseError("the guide has no question group to add the question to")
    index = len(groups) - 1
    if group is not None:
        matches = [i for i, g in enumerate(groups) if group in (g.id, str(g.number))]
        if not matches:
            raise ReuseError(f"no question group {group!r} (groups: "
                             f"{', '.join(f'{g.number} ({g.id})' for g in groups)})")
        index = matches[0]
    g, node = groups[index], nodes[index]
    questions = _field(node, "questions")
    if questions is None or questions.kind != "seq" or not questions.value:
        raise ReuseError(f"group {g.number} has no list of questions to extend")
    last = questions.value[-1]
    lines = Lines(target_text)
    first_line = lines.line_text(lines.starts[questions.value[0].line - 1])
    dash = len(first_line) - len(first_line.lstrip(" "))
    if not first_line.lstrip(" ").startswith("-"):
        raise ReuseError(f"group {g.number} writes its questions in [brackets]; use one '- ' "
                         "entry per question")
    # The new entry goes after the last line indented deeper than the list's dashes.
    row = last.line  # 1-based line of the last question's first field
    total = len(lines.starts)
    end = row
    while end < total:
        text = lines.line_text(lines.starts[end])
        stripped = text.strip()
        if stripped and not stripped.startswith("#") and len(text) - len(text.lstrip(" ")) <= dash:
            break
        end += 1
    while end > row and not lines.line_text(lines.starts[end - 1]).strip():
        end -= 1  # keep blank lines after the insertion
    taken = {r.id for r in target.question_refs()} | {g.id for g in groups} | \
        {s.id for s in target.all_subthemes()} | {r.id for r in target.references}
    next_letter = _after(g.questions[-1].letter)
    new_id = _free(question.id, source.id, taken)
    block = question_yaml(question, new_id, next_letter, f"{source.id}/{question.id}", taken, dash)
    at = lines.starts[end] if end < total else len(target_text)
    before = target_text[:at]
    newline = "\r\n" if "\r\n" in target_text else "\n"
    if before and not before.endswith(("\n", "\r")):
        before += newline
    return before + newline.join(block) + newline + target_text[at:], new_id, g.cite(next_letter)


def _after(letter: str) -> str:
    """The letter after `letter` (validated by the schema as part of a, b … z, aa …), or the
    number after it in a group whose questions are numbered 1, 2, 3 as their note prints them."""
    if letter.isdigit():
        return str(int(letter) + 1)
    letters = sequence("a")
    for value in letters:
        if value == letter:
            return next(letters)
        if len(value) > len(letter):
            break
    raise ReuseError(f"the last question's letter {letter!r} is not a, b, c…")
