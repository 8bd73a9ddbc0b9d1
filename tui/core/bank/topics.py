"""What a point can be tagged with: a sub-theme, a sub-item, a question or an option of the guide,
found by its reference (`7(m)`, `(a)(iii)`, `iii`, `1(a)`, `¶12(m)`) or by words in any of the
guide's languages, accents and case ignored."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .guide import Guide, Subtheme
from .search_text import normalize


@dataclass(frozen=True, slots=True)
class TopicChoice:
    subtheme: str | None
    question: str | None
    ref: str  # as the guide prints it: "(a)(iii)", "7(m)", "7(m)(iv)"; "" for no sub-theme
    texts: tuple[tuple[str, str], ...]  # (language, text): every language the guide has
    is_subtheme: bool = False
    also: str = ""  # another reference it is known by: the paragraph's, "¶12(m)"

    @property
    def key(self) -> tuple[str | None, str | None]:
        return self.subtheme, self.question

    def text(self, lang: str) -> str:
        found = dict(self.texts)
        if lang in found:
            return found[lang]
        return next((t for _lang, t in self.texts), "")


def _sub(s: Subtheme) -> TopicChoice:
    return TopicChoice(s.id, None, s.ref, tuple(s.title), True)


def topic_choices(guide: Guide) -> list[TopicChoice]:
    """Every sub-theme with its sub-items and the questions (and options) of the groups that serve
    them, in guide order; a question brings the sub-theme its group serves. General questions
    (serving no sub-theme in particular) come last."""
    out: list[TopicChoice] = []
    groups = guide.groups()
    seen: set[str] = set()
    for top in guide.subthemes():
        out.append(_sub(top))
        out.extend(_sub(c) for c in top.children)
        ids = {top.id} | {c.id for c in top.children}
        for group in groups:
            served = [s for s in group.serves if s in ids]
            if not served or group.id in seen:
                continue
            seen.add(group.id)
            out.extend(_questions(guide, group.id, served[0]))
    for group in groups:
        if group.id not in seen:
            out.extend(_questions(guide, group.id, group.serves[0] if group.serves else None))
    return out


def _questions(guide: Guide, group_id: str, subtheme: str | None) -> list[TopicChoice]:
    return [TopicChoice(subtheme, r.id, r.ref, tuple(r.text), also=r.paragraph_ref)
            for r in guide.question_refs() if r.group.id == group_id]


_ROMAN = re.compile(r"^(x{0,3})(ix|iv|v?i{0,3})$")


def ref_parts(text: str) -> list[str] | None:
    """`7(m)` -> ["7", "m"], `(a)(iii)` -> ["a", "iii"], `III` -> ["iii"]; None when the text is
    not a reference (words, or letters that are neither a letter nor a roman numeral)."""
    folded = normalize(text)
    if not folded or re.search(r"[^0-9a-z() ]", folded):
        return None
    parts = re.findall(r"\d+|[a-z]+", folded)
    if not parts or not all(p.isdigit() or len(p) == 1 or _ROMAN.match(p) for p in parts):
        return None
    return parts


def _rank(choice: TopicChoice, query: str, parts: list[str] | None, words: list[str]) -> int | None:
    if parts is not None and choice.ref:
        # `¶12(m)` is looked up by paragraph, anything else by the guide's own reference.
        mine = re.findall(r"\d+|[a-z]+", choice.also if query.lstrip().startswith("¶") else choice.ref)
        if mine == parts:
            return 0
        if mine[: len(parts)] == parts:
            return 1
        if mine[-len(parts):] == parts:
            return 2
    haystack = normalize(" ".join([choice.ref, *(t for _lang, t in choice.texts)]))
    tokens = haystack.split()
    for word in words:
        # Short words must start a word ("a", "de"); longer ones may be inside one ("cyber").
        if not (word in haystack if len(word) >= 3 else any(t.startswith(word) for t in tokens)):
            return None
    return 3


def search_topics(choices: list[TopicChoice], query: str) -> list[TopicChoice]:
    """The choices matching `query`, best first: the exact reference, references it begins or ends
    (`7` finds 7(a)…, `iii` finds (a)(iii) and (b)(iii)), then texts holding all its words; in guide
    order within each rank. An empty query matches every choice."""
    if not query.strip():
        return list(choices)
    parts = ref_parts(query.replace("¶", " "))
    words = normalize(query).split()
    ranked = [(rank, n, c) for n, c in enumerate(choices)
              if (rank := _rank(c, query, parts, words)) is not None]
    return [c for _rank_, _n, c in sorted(ranked, key=lambda x: (x[0], x[1]))]
