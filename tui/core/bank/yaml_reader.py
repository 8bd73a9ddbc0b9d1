"""A strict YAML reader: plain data only, every value with its line and column.

PyYAML's loaders build Python objects and forget where they came from, accept anchors and aliases
(the "billion laughs" expansion), keep the last of two duplicate keys silently, and turn unquoted
`NO`, `yes` or `1:30` into booleans and sexagesimal integers. We read the event stream instead
(libyaml's C parser when present, for speed) and build small nodes that remember their position and
whether a scalar was quoted, so the schema can refuse those surprises with a precise message.
"""

from __future__ import annotations

import re
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


def _pos(mark: Any) -> tuple[int, int]:
    return (mark.line + 1, mark.column + 1) if mark is not None else (0, 0)


def compose(text: str, problems: Problems) -> Node | None:
    """The single document of `text` as nodes; problems are added, never raised."""
    try:
        return _Composer(problems).run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "malformed YAML"
        problems.add(*_pos(mark), f"YAML syntax: {problem}")
    except yaml.reader.ReaderError as exc:
        line, column = _offset_to_pos(text, exc.position)
        char = exc.character if isinstance(exc.character, int) else ord(exc.character)
        problems.add(line, column, f"character U+{char:04X} is not allowed in YAML")
    except yaml.YAMLError as exc:  # any other libyaml complaint, kept to one line
        problems.add(0, 0, f"YAML error: {str(exc).splitlines()[0] if str(exc) else 'malformed'}")
    return None


def _offset_to_pos(text: str, offset: int) -> tuple[int, int]:
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1


class _Composer:
    def __init__(self, problems: Problems) -> None:
        self.problems = problems

    def run(self, events: Any) -> Node | None:
        root: Node | None = None
        documents = 0
        stack: list[tuple[Node, list[Any]]] = []  # open collections and, for maps, pending key
        for event in events:
            if isinstance(event, ev.DocumentStartEvent):
                documents += 1
                if documents == 2:
                    self.problems.add(*_pos(event.start_mark), "one YAML document per file, found a second")
                continue
            if isinstance(event, (ev.StreamStartEvent, ev.StreamEndEvent, ev.DocumentEndEvent)):
                continue
            if isinstance(event, ev.AliasEvent):
                self.problems.add(*_pos(event.start_mark),
                                  f"alias *{event.anchor} is not allowed: write the value out in full")
                node = Node("scalar", "", *_pos(event.start_mark), tag=ALIAS)
            elif isinstance(event, (ev.MappingEndEvent, ev.SequenceEndEvent)):
                node, _ = stack.pop()
                if stack:
                    self._attach(stack, node)
                elif documents == 1:
                    root = node
                continue
            else:
                node = self._open(event, len(stack))
                if isinstance(event, ev.CollectionStartEvent):
                    stack.append((node, []))
                    continue
            if stack:
                self._attach(stack, node)
            elif documents == 1:
                root = node
        return root

    def _open(self, event: Any, depth: int) -> Node:
        line, column = _pos(event.start_mark)
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
            return Node("scalar", event.value, line, column, tag=tag, plain=plain and event.tag is None)
        kind = "map" if isinstance(event, ev.MappingStartEvent) else "seq"
        if tag not in (None, "!", MAP if kind == "map" else SEQ):
            self.problems.add(line, column, f"tag {_short(tag)} is not allowed: plain YAML data only")
        return Node(kind, [], line, column)

    @staticmethod
    def _attach(stack: list[tuple[Node, list[Any]]], node: Node) -> None:
        parent, pending = stack[-1]
        if parent.kind == "seq":
            parent.value.append(node)
        elif pending:
            parent.value.append((pending.pop(), node))
        else:
            pending.append(node)
