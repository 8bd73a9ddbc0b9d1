"""Comparing two versions of a guide: what a translator, an editor or a reviewer needs to know.

Questions, options and sub-themes are matched by id (stable across renumbering), then by
reference (`7(m)`, `(a)(ii)`) for those whose id changed; paragraphs have no id and are matched
as a sequence by their text. Each difference is one `Change`, in document order.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass

from ..text.languages import LANGUAGES, LangText
from .guide import Guide, Paragraph

ADDED, REMOVED, MOVED, CHANGED = "added", "removed", "moved", "changed"


@dataclass(frozen=True, slots=True)
class Change:
    change: str  # added, removed, moved, changed
    kind: str  # question, option, sub-theme, paragraph
    id: str  # the id (new one when matched by reference), or ¶N for a paragraph
    old_ref: str | None
    new_ref: str | None
    lang: str | None = None  # for a changed text: the language
    old: str | None = None
    new: str | None = None

    def as_dict(self) -> dict[str, str | None]:
        return {"change": self.change, "kind": self.kind, "id": self.id, "old_ref": self.old_ref,
                "new_ref": self.new_ref, "lang": self.lang, "old": self.old, "new": self.new}


@dataclass(frozen=True, slots=True)
class _Unit:
    kind: str
    id: str
    ref: str
    text: LangText


def _units(guide: Guide) -> list[_Unit]:
    out = []
    for s in guide.all_subthemes():
        out.append(_Unit("sub-theme", s.id, s.ref, s.title))
    for r in guide.question_refs():
        out.append(_Unit("option" if r.option else "question", r.id, r.cite, r.text))
    return out


def _texts(kind: str, uid: str, old_ref: str | None, new_ref: str | None, a: LangText,
           b: LangText, langs: tuple[str, ...]) -> Iterator[Change]:
    for lang in langs:
        x, y = a.values.get(lang), b.values.get(lang)
        if x != y:
            yield Change(CHANGED, kind, uid, old_ref, new_ref, lang, x, y)


def diff(old: Guide, new: Guide, langs: tuple[str, ...] = LANGUAGES) -> list[Change]:
    changes: list[Change] = []
    a_units, b_units = _units(old), _units(new)
    b_by_id = {u.id: u for u in b_units}
    matched: dict[int, _Unit] = {}  # index in a_units -> unit of b
    for i, u in enumerate(a_units):
        if u.id in b_by_id and b_by_id[u.id].kind == u.kind:
            matched[i] = b_by_id[u.id]
    taken = {id(v) for v in matched.values()}
    b_by_ref = {(u.kind, u.ref): u for u in b_units if id(u) not in taken}
    for i, u in enumerate(a_units):
        if i not in matched and (u.kind, u.ref) in b_by_ref:
            matched[i] = b_by_ref.pop((u.kind, u.ref))
    taken = {id(v) for v in matched.values()}
    for i, u in enumerate(a_units):
        v = matched.get(i)
        if v is None:
            changes.append(Change(REMOVED, u.kind, u.id, u.ref, None, None,
                                  _first(u.text, langs), None))
            continue
        if v.ref != u.ref:
            changes.append(Change(MOVED, u.kind, v.id, u.ref, v.ref))
        changes.extend(_texts(u.kind, v.id, u.ref, v.ref, u.text, v.text, langs))
    for v in b_units:
        if id(v) not in taken:
            changes.append(Change(ADDED, v.kind, v.id, None, v.ref, None, None, _first(v.text, langs)))
    changes.extend(_paragraphs(old, new, langs))
    return changes


def _first(text: LangText, langs: tuple[str, ...]) -> str | None:
    for lang in langs:
        if lang in text.values:
            return text.values[lang]
    return None


def _paragraph_list(guide: Guide) -> list[tuple[str, LangText]]:
    out = []
    for block in guide.walk():
        if isinstance(block, Paragraph):
            out.append((f"¶{block.number}", block.text))
    for group in guide.groups():
        out.append((f"¶{group.paragraph}", group.intro))
    return sorted(out, key=lambda p: int(p[0][1:]))


def _paragraphs(old: Guide, new: Guide, langs: tuple[str, ...]) -> Iterator[Change]:
    a, b = _paragraph_list(old), _paragraph_list(new)

    def key(text: LangText) -> tuple[str | None, ...]:
        return tuple(text.values.get(lang) for lang in langs)

    matcher = difflib.SequenceMatcher(None, [key(t) for _, t in a], [key(t) for _, t in b],
                                      autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for (ra, _), (rb, _) in zip(a[i1:i2], b[j1:j2], strict=True):
                if ra != rb:
                    yield Change(MOVED, "paragraph", rb, ra, rb)
            continue
        pairs = list(zip(a[i1:i2], b[j1:j2], strict=False)) if op == "replace" else []
        for (ra, ta), (rb, tb) in pairs:
            yield from _texts("paragraph", rb, ra, rb, ta, tb, langs)
        for ra, ta in a[i1 + len(pairs):i2]:
            yield Change(REMOVED, "paragraph", ra, ra, None, None, _first(ta, langs), None)
        for rb, tb in b[j1 + len(pairs):j2]:
            yield Change(ADDED, "paragraph", rb, None, rb, None, None, _first(tb, langs))


def word_diff(old: str, new: str) -> list[tuple[str, str]]:
    """(operation, words) runs: "=" kept, "-" removed, "+" added; words keep their spaces."""
    a, b = old.split(" "), new.split(" ")
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("=", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("-", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("+", " ".join(b[j1:j2])))
    return out
