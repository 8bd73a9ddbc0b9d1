"""`debate guide renumber`: number paragraphs and question groups 1, 2, 3… again after an insertion.

The file is rewritten in place of the numbers only: every other character (comments, quoting,
layout, blank lines) stays as the author wrote it. It works from the YAML nodes, not from the
validated guide, because a guide whose numbers are out of sequence is exactly what it is for.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..text.problems import Problems
from .yaml_reader import INT, Lines, Node, compose


@dataclass(frozen=True, slots=True)
class Change:
    kind: str  # "paragraph" or "group"
    line: int
    column: int
    old: str
    new: str


def _field(node: Node, name: str) -> Node | None:
    if node.kind != "map":
        return None
    for key, value in node.value:
        if key.kind == "scalar" and key.value == name:
            found: Node = value
            return found
    return None


def _numbers(body: Node, out: list[tuple[str, Node]]) -> None:
    """The number nodes of the body in document order: paragraphs (including the one opening a
    question group) and groups."""
    if body.kind != "seq":
        return
    for entry in body.value:
        if entry.kind != "map":
            continue
        content = _field(entry, "content")
        if _field(entry, "section") is not None and content is not None:
            _numbers(content, out)
            continue
        paragraph = _field(entry, "paragraph")
        if paragraph is not None:
            out.append(("paragraph", paragraph))
            continue
        group = _field(entry, "group")
        if group is not None:
            out.append(("group", group))
            intro = _field(entry, "intro")
            number = _field(intro, "paragraph") if intro is not None else None
            if number is not None:
                out.append(("paragraph", number))


def plan(text: str, problems: Problems) -> list[Change]:
    """The numbers to change so that paragraphs and groups run 1, 2, 3… in document order."""
    root = compose(text, problems)
    if root is None or problems:
        return []
    body = _field(root, "body")
    found: list[tuple[str, Node]] = []
    if body is not None:
        _numbers(body, found)
    counters = {"paragraph": 0, "group": 0}
    changes = []
    for kind, node in found:
        counters[kind] += 1
        if node.kind != "scalar" or node.tag != INT or not node.plain:
            problems.add(node.line, node.column, f"{kind} number {node.value!r} is not a plain whole "
                                                 "number; renumber writes plain numbers only")
            continue
        if node.value != str(counters[kind]):
            changes.append(Change(kind, node.line, node.column, node.value, str(counters[kind])))
    return changes


def apply(text: str, changes: list[Change]) -> str:
    """`text` with each change made at its position, nothing else touched."""
    lines = Lines(text)
    pieces, last = [], 0
    for change in sorted(changes, key=lambda c: (c.line, c.column)):
        start = lines.starts[change.line - 1] + change.column - 1
        assert text[start:start + len(change.old)] == change.old, "positions must match the text"
        pieces += [text[last:start], change.new]
        last = start + len(change.old)
    pieces.append(text[last:])
    return "".join(pieces)
