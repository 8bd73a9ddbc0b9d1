"""A strict YAML reader: plain data only, every value with its line and column.

PyYAML's loaders build Python objects and forget where they came from, accept anchors and aliases
(the "billion laughs" expansion), keep the last of two duplicate keys silently, and turn unquoted
`NO`, `yes` or `1:30` into booleans and sexagesimal integers. We read the event stream instead
(libyaml's C parser when present, for speed) and build small nodes that remember their position and
whether a scalar was quoted, so the schema can refuse those surprises with a precise message.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

import yaml
from yaml import events as ev

from ..text.problems import Problems

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

STR = "tag:yaml.org,2002:str"
INT = "tag:yaml.org,2002:int"
FLOAT = "tag:yaml.org,2002:float"
BOOL = "tag:yaml.org,2002:bool"
NULL = "tag:yaml.org,2002:null"
TIMESTAMP = "tag:yaml.org,2002:timestamp"
MAP = "tag:yaml.org,2002:map"
ALIAS = "alias"  # stands in for a refused alias: already reported, so readers stay silent on it
SEQ = "tag:yaml.org,2002:seq"

_SCALAR_TAGS = {STR, INT, FLOAT, BOOL, NULL, TIMESTAMP, "!"}
_TAG_NAMES = {
    INT: "a number",
    FLOAT: "a number",
    BOOL: "a boolean",
    NULL: "null",
    TIMESTAMP: "a date",
    "tag:yaml.org,2002:merge": "a merge key",
    "tag:yaml.org,2002:value": "a value key",
}
_RESOLVERS: dict[str | None, list[tuple[str, re.Pattern[str]]]] = yaml.SafeLoader.yaml_implicit_resolvers

MAX_DEPTH = 40


@dataclass(slots=True)
class Node:
    kind: str  # "scalar", "seq" or "map"
    value: Any  # str for a scalar, list[Node] for a sequence, list[tuple[Node, Node]] for a map
    line: int  # 1-based
    column: int  # 1-based
    tag: str = STR  # the resolved tag of a scalar
    plain: bool = False  # an unquoted scalar, subject to YAML 1.1's implicit typing
    # For an unquoted scalar followed by ` #` on its line: (line, column) of the `#` and the
    # whole rest of the line, which YAML silently dropped as a comment.
    comment: tuple[int, int, str] | None = None

    def describe(self) -> str:
        if self.kind == "scalar":
            return _TAG_NAMES.get(self.tag, "a text")
        return "a list" if self.kind == "seq" else "a mapping"


def _resolve_plain(value: str) -> str:
    for tag, regexp in _RESOLVERS.get(value[0] if value else "", []):
        if regexp.match(value):
            return tag
    return STR


def _short(tag: str) -> str:
    return tag.replace("tag:yaml.org,2002:", "!!")


_ODD_BREAKS = re.compile("[\x85\u2028\u2029]")
_EDITOR_BREAK = re.compile(r"\r\n|\r|\n")


class Lines:
    """Positions as an editor shows them: lines end at LF, CRLF or CR, columns count characters.

    libyaml also ends lines at NEL (U+0085) and the separators U+2028 and U+2029, which editors
    show inside a line; only when the text has one of those do we work from the character index.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        # (Three scans for one character each, not a regex: each runs at memory speed, and a
        # bank of a hundred guides is 53 MB of text.)
        self.exact = "\x85" not in text and "\u2028" not in text and "\u2029" not in text
        self._starts: list[int] | None = None

    @property
    def starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [0] + [m.end() for m in _EDITOR_BREAK.finditer(self.text)]
        return self._starts

    def at(self, index: int) -> tuple[int, int]:
        """(line, column), 1-based, of the character at `index`."""
        i = bisect_right(self.starts, index) - 1
        return i + 1, index - self.starts[i] + 1

    def mark(self, mark: Any) -> tuple[int, int]:
        if mark is None:
            return (0, 0)
        if self.exact:
            return mark.line + 1, mark.column + 1
        return self.at(mark.index)

    def line_text(self, index: int) -> str:
        """The editor line holding the character at `index`, without its line break."""
        start = self.starts[bisect_right(self.starts, index) - 1]
        m = _EDITOR_BREAK.search(self.text, start)
        return self.text[start:m.start() if m else len(self.text)]


def compose(text: str, problems: Problems) -> Node | None:
    """The single document of `text` as nodes; problems are added, never raised."""
    text = text.removeprefix("\ufeff")  # a byte-order mark is not part of the first line
    lines = Lines(text)
    try:
        loader = _Loader(text)
        try:
            return _Composer(problems, lines).run(loader)
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        problems.add(*explain(exc, lines))
    except yaml.reader.ReaderError as exc:
        index = exc.position
        if _Loader is not yaml.SafeLoader:
            # libyaml reports a byte offset in the UTF-8 it was given, not a character index.
            index = len(text.encode("utf-8", "surrogatepass")[:index].decode("utf-8", "ignore"))
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        problems.add(*lines.at(index), f"character U+{char:04X} is not allowed in YAML; "
                                       "delete it (it is invisible in most editors)")
    except yaml.YAMLError as exc:  # any other libyaml complaint, kept to one line
        problems.add(0, 0, f"YAML error: {str(exc).splitlines()[0] if str(exc) else 'malformed'}")
    except UnicodeEncodeError:  # lone surrogates: only possible from a str built in Python
        problems.add(0, 0, "not valid Unicode text; save the file as UTF-8")
    return None


class _Composer:
    """Nodes from libyaml's events, in one loop written for speed: a bank of a hundred guides is
    about two million events. The loop takes each event from the parser itself (`get_event`, not
    the `yaml.parse` generator), dispatches on its exact class with the frequent ones first,
    computes positions inline when the text has only editor line breaks, and attaches nodes
    without a method call; `tests/test_yaml_reader_equivalence.py` checks the nodes, positions
    and problems are those of the straightforward loop it replaced."""

    def __init__(self, problems: Problems, lines: Lines) -> None:
        self.problems = problems
        self.lines = lines
        self._pos = lines.mark

    def run(self, loader: Any) -> Node | None:
        problems, lines, text = self.problems, self.lines, self.lines.text
        exact, at, comment_after = lines.exact, lines.at, self._comment_after
        get_event = loader.get_event
        scalar_event, mapping_start = ev.ScalarEvent, ev.MappingStartEvent
        sequence_start = ev.SequenceStartEvent
        mapping_end, sequence_end = ev.MappingEndEvent, ev.SequenceEndEvent
        alias_event, document_start, stream_end = ev.AliasEvent, ev.DocumentStartEvent, ev.StreamEndEvent
        resolvers, scalar_tags, max_depth = _RESOLVERS, _SCALAR_TAGS, MAX_DEPTH
        root: Node | None = None
        documents = 0
        # One frame per open collection: [node, its value list, is a sequence, pending map key].
        stack: list[list[Any]] = []
        while True:
            event = get_event()
            if event is None:
                break
            cls = event.__class__
            if cls is scalar_event:
                mark = event.start_mark
                if exact:
                    line, column = mark.line + 1, mark.column + 1
                else:
                    line, column = at(mark.index)
                if event.anchor:
                    problems.add(line, column,
                                 f"anchor &{event.anchor} is not allowed: write values out in full")
                if len(stack) >= max_depth:
                    raise yaml.MarkedYAMLError(problem=f"nesting deeper than {max_depth} levels",
                                               problem_mark=mark)
                value, tag = event.value, event.tag
                plain = event.implicit[0] and not event.style
                if tag is None or tag == "!":
                    if plain:
                        tag = STR
                        for resolved, regexp in resolvers.get(value[0] if value else "", ()):
                            if regexp.match(value):
                                tag = resolved
                                break
                    else:
                        tag = STR
                elif tag not in scalar_tags:
                    problems.add(line, column, f"tag {_short(tag)} is not allowed: plain YAML data only")
                    tag = STR
                node = Node("scalar", value, line, column, tag, plain and event.tag is None)
                if plain:
                    # Only a space or tab after the text can start a ` #` comment.
                    after = text[event.end_mark.index:event.end_mark.index + 1]
                    if after == " " or after == "\t":
                        node.comment = comment_after(event)
            elif cls is mapping_end or cls is sequence_end:
                node = stack.pop()[0]
            elif cls is mapping_start or cls is sequence_start:
                node = self._open(event, len(stack))
                stack.append([node, node.value, cls is sequence_start, None])
                continue
            elif cls is alias_event:
                problems.add(*self._pos(event.start_mark),
                             f"alias *{event.anchor} is not allowed: write the value out in full")
                node = Node("scalar", "", *self._pos(event.start_mark), tag=ALIAS)
            elif cls is document_start:
                documents += 1
                if documents == 2:
                    problems.add(*self._pos(event.start_mark), "one YAML document per file, found a second")
                continue
            elif cls is stream_end:
                break
            else:  # the stream's start, a document's end
                continue
            if stack:
                frame = stack[-1]
                if frame[2]:
                    frame[1].append(node)
                elif frame[3] is None:
                    frame[3] = node
                else:
                    frame[1].append((frame[3], node))
                    frame[3] = None
            elif documents == 1:
                root = node
        return root

    def _open(self, event: Any, depth: int) -> Node:
        line, column = self._pos(event.start_mark)
        if event.anchor:
            self.problems.add(line, column,
                              f"anchor &{event.anchor} is not allowed: write values out in full")
        if depth >= MAX_DEPTH:
            # Deep nesting has no use in a guide and only serves to exhaust the reader.
            raise yaml.MarkedYAMLError(problem=f"nesting deeper than {MAX_DEPTH} levels",
                                       problem_mark=event.start_mark)
        tag = event.tag
        if isinstance(event, ev.ScalarEvent):
            plain = event.implicit[0] and not event.style
            if tag in (None, "!"):
                tag = _resolve_plain(event.value) if plain else STR
            elif tag not in _SCALAR_TAGS:
                self.problems.add(line, column, f"tag {_short(tag)} is not allowed: plain YAML data only")
                tag = STR
            node = Node("scalar", event.value, line, column, tag=tag, plain=plain and event.tag is None)
            if plain:
                node.comment = self._comment_after(event)
            return node
        kind = "map" if isinstance(event, ev.MappingStartEvent) else "seq"
        if tag not in (None, "!", MAP if kind == "map" else SEQ):
            self.problems.add(line, column, f"tag {_short(tag)} is not allowed: plain YAML data only")
        return Node(kind, [], line, column)

    def _comment_after(self, event: Any) -> tuple[int, int, str] | None:
        """A ` #` right after an unquoted text ends it there: YAML reads the rest as a comment."""
        text, end = self.lines.text, event.end_mark.index
        hash_at = end
        while hash_at < len(text) and text[hash_at] in " \t":
            hash_at += 1
        if hash_at == end or hash_at >= len(text) or text[hash_at] != "#":
            return None
        line_end = len(text)
        for brk in ("\n", "\r"):
            found = text.find(brk, hash_at)
            if found != -1:
                line_end = min(line_end, found)
        if event.start_mark.line == event.end_mark.line:
            whole = text[event.start_mark.index:line_end]
        else:  # a text over several lines: its folded value, then the lost rest
            whole = f"{event.value} {text[hash_at:line_end]}"
        if self.lines.exact:
            where = (event.end_mark.line + 1, event.end_mark.column + 1 + hash_at - end)
        else:
            where = self.lines.at(hash_at)
        return (*where, whole.strip())

# -- syntax errors in plain words ------------------------------------------------------------------

_FIELD = re.compile(r"^(\s*(?:-\s+)*)([^\s#'\"][^:#]*?|'[^']*'|\"[^\"]*\"):(?:\s+|$)")


def quoted(text: str) -> str:
    """`text` as a YAML quoted scalar that reads back as exactly `text`."""
    if '"' not in text and "\\" not in text:
        return f'"{text}"'
    return "'" + text.replace("'", "''") + "'"


def _field(line: str) -> tuple[str, str, int] | None:
    """`key: value` on a line (after any `- `): (key, value, where the value starts), or None."""
    m = _FIELD.match(line)
    if not m:
        return None
    return m[2], line[m.end():].rstrip(), m.end()


def _unquote_suggestion(key: str, value: str) -> str:
    """The line rewritten with its text in quotes (outer quotes the author meant are kept)."""
    if len(value) > 1 and value[0] == value[-1] and value[0] in "'\"":
        inner = value[1:-1]
        if value[0] == '"' and "'" not in inner:
            return f"{key}: '{inner}'"
        return f"{key}: {quoted(inner)}"
    return f"{key}: {quoted(value)}"


def explain(exc: yaml.MarkedYAMLError, lines: Lines) -> tuple[int, int, str]:
    """(line, column, message) for a YAML syntax error, in words a document officer can act on.

    libyaml's own messages ("mapping values are not allowed in this context") describe its parser;
    we look at the faulty line to say what the author most likely did and how to fix it.
    """
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "malformed YAML"
    context = exc.context or ""
    for m in (exc.context_mark, exc.problem_mark):
        if m is not None and 0 < m.index <= len(lines.text) and \
                _ODD_BREAKS.match(lines.text, m.index - 1):
            char = lines.text[m.index - 1]
            return (*lines.at(m.index - 1), f"an invisible line break U+{ord(char):04X} (pasted from "
                    "a word processor) splits this text for YAML: delete it, or put the text in quotes")
    line, column = lines.mark(mark)
    text = lines.line_text(mark.index) if mark is not None else ""
    field = _field(text)
    value = field[1] if field else ""
    fix_quotes = (f"put the whole text in quotes: {_unquote_suggestion(field[0], value)}"
                  if field and value else "put the text in quotes")

    if "mapping values are not allowed" in problem:
        if field and column - 1 >= field[2]:  # a second ': ' inside the value
            return line, column, f"the text contains ': ', which YAML reads as a new field; {fix_quotes}"
        return line, column, ("this line is indented more than the field above it: check the "
                              "indentation of this line and the line above")
    if "cannot start any token" in problem:
        char = text[column - 1: column] if 0 < column <= len(text) else ""
        if char == "\t":
            return line, column, "a tab character: YAML indents with spaces only; replace the tab with spaces"
        return line, column, f"a text cannot start with {char!r} unless it is quoted; {fix_quotes}"
    if "quoted scalar" in context and "end of stream" in problem:
        start_line, start_column = lines.mark(exc.context_mark)
        return start_line, start_column, ("the quote opened here is never closed: add the closing "
                                          "quote at the end of the text")
    if "quoted scalar" in context and "escape" in problem:
        return line, column, ("in double quotes a backslash starts an escape: write \\\\ for a "
                              "backslash, or use single quotes around the text")
    if problem == "did not find expected key" or "expected <block end>" in problem:
        if value[:1] in ("'", '"', "[", "{"):
            kind = {"'": "a quote", '"': "a quote", "[": "'['", "{": "'{'"}[value[0]]
            return line, column, (f"a text that starts with {kind} must be quoted as a whole; "
                                  f"{fix_quotes}")
        if text.lstrip().startswith("- "):
            return line, column, ("a list entry '- ' where a field was expected: check the "
                                  "indentation of this line and the line above")
        return line, column, ("this line does not line up with the fields above it: check the "
                              "indentation of this line and the line above")
    if "expected '-' indicator" in problem:
        return line, column, ("each entry of this list starts with '- ': is a '- ' missing before "
                              "this line, or is it indented wrongly?")
    if "could not find expected ':'" in problem:
        key_line, key_column = lines.mark(exc.context_mark)
        return key_line, key_column, ("this line is not 'field: value': if it continues the text "
                                      "above, indent it under that text or put the text in quotes")
    if "flow sequence" in context or "flow mapping" in context:
        close = "]" if "sequence" in context else "}"
        open_line, open_column = lines.mark(exc.context_mark)
        return line, column, (f"the list opened with '{'[' if close == ']' else '{'}' at line "
                              f"{open_line}, column {open_column} is not closed with '{close}' or a "
                              f"text in it needs quotes; a text starting with "
                              f"'{'[' if close == ']' else '{'}' must be in quotes")
    if "expected node content" in problem:
        return line, column, ("a value is missing here: check for an unclosed '[' or '{', or a "
                              "text that needs quotes")
    if "block sequence entries are not allowed" in problem:
        return line, column, f"a text cannot start with '- ' unless it is quoted; {fix_quotes}"
    if "mapping keys are not allowed" in problem:
        return line, column, f"a text cannot start with '? ' unless it is quoted; {fix_quotes}"
    if "block scalar" in context:
        return line, column, f"a text cannot start with '|' or '>' unless it is quoted; {fix_quotes}"
    if "alias" in context or "anchor" in context:
        return line, column, f"a text cannot start with '*' or '&' unless it is quoted; {fix_quotes}"
    if "directive" in context:
        return line, column, f"a line cannot start with '%' unless it is quoted; {fix_quotes}"
    if "nesting deeper" in problem:
        return line, column, f"{problem}: a guide never needs this many levels; check the brackets"
    if "tab" in problem:
        return line, column, "a tab character: YAML indents with spaces only; replace the tab with spaces"
    return line, column, (f"YAML cannot read this line ({problem}): check the quotes and the "
                          "indentation of this line and the line above")
