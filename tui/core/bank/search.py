"""Searching the question bank: whole words (a trailing `*` for a prefix), "phrases in quotes",
accent-, case- and ligature-insensitive; every term must match; results ranked."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from pathlib import Path

from ..text.languages import LANGUAGES
from ..text.problems import InputError, Problem
from .bank_files import GUIDE_SUFFIXES, bank_files, duplicate_id
from .cache import GuideCache
from .guide import Guide, QuestionRef
from .loader import load_guide
from .search_text import fold, fold_guide, normalize, searchable

__all__ = ["GUIDE_SUFFIXES", "Bank", "Entry", "Query", "bank_files", "duplicate_id", "load_bank", "normalize",
           "terms"]

_TERMS = re.compile(r'"([^"]+)"|(\S+)')
# Scripts written without spaces between words: a term in them matches anywhere.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def terms(query: str) -> list[str]:
    """Words of the query; "quoted words" stay together as one phrase."""
    out = []
    for m in _TERMS.finditer(query):
        raw = m[1] if m[1] is not None else m[2]
        folded = normalize(raw.replace('"', " "))
        if folded.strip("* "):
            out.append(folded)
    return out


def _term_pattern(term: str) -> str:
    prefix = term.endswith("*")
    words = [re.escape(w) for w in term.rstrip("*").split()]
    body = r"\W+".join(words)
    if _UNSPACED.search(term):
        return body
    return r"(?<!\w)" + body + ("" if prefix else r"(?!\w)")


@dataclass(frozen=True, slots=True)
class Query:
    """A compiled query: each term a whole word, a `prefix*` or a "phrase"; all must match."""

    terms: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    needles: tuple[str, ...]  # a plain substring each term implies: a fast first filter
    phrase: re.Pattern[str] | None  # the words of the query in order, for ranking

    @classmethod
    def parse(cls, text: str) -> Query:
        found = tuple(terms(text))
        patterns = tuple(re.compile(_term_pattern(t)) for t in found)
        needles = tuple(max(t.rstrip("*").split(), key=len) for t in found)
        words = " ".join(t.rstrip("*") for t in found)
        phrase = re.compile(_term_pattern(words)) if len(words.split()) > 1 else None
        return cls(found, patterns, needles, phrase)

    def score(self, folded: str) -> int | None:
        """None when a term is missing; otherwise higher for the query as a phrase, then for more
        exact (not prefix) words."""
        for needle in self.needles:
            if needle not in folded:
                return None
        for pattern in self.patterns:
            if pattern.search(folded) is None:
                return None
        score = 1
        if self.phrase is not None and self.phrase.search(folded):
            score += 2
        return score

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where the terms match in the original `text` (for highlighting), as (start, end)."""
        flat, origin = [], []
        for i, ch in enumerate(text):
            piece = fold(ch)
            flat.append(piece)
            origin.extend([i] * len(piece))
        folded = "".join(flat)
        out = []
        for pattern in self.patterns:
            for m in pattern.finditer(folded):
                if m.end() > m.start():
                    out.append((origin[m.start()], origin[m.end() - 1] + 1))
        return sorted(out)


@dataclass(frozen=True, slots=True)
class Entry:
    guide_id: str
    file: str
    ref: str  # 7(m)(iv), or ¶6(2)(a) where the note numbers its questions (QuestionRef.cite)
    paragraph_ref: str  # ¶12(m)(iv)
    id: str
    lang: str
    text: str
    folded: str


@dataclass(frozen=True, slots=True)
class _Column:
    """The folded texts of one language joined by newlines (which no folded text contains), so
    that one C-speed scan for a term's longest word finds the few entries worth matching."""

    text: str
    starts: list[int]  # offset of each text in `text`
    entries: list[int]  # index of each text's entry in the bank


@dataclass(frozen=True, slots=True)
class Bank:
    guides: tuple[tuple[str, Guide], ...]
    problems: tuple[Problem, ...]
    entries: tuple[Entry, ...]
    _columns: dict[str, _Column] = field(default_factory=dict, compare=False, repr=False)

    def _column(self, lang: str) -> _Column:
        column = self._columns.get(lang)
        if column is None:
            ids = [i for i, e in enumerate(self.entries) if e.lang == lang]
            starts, offset = [], 0
            for i in ids:
                starts.append(offset)
                offset += len(self.entries[i].folded) + 1
            column = _Column("\n".join(self.entries[i].folded for i in ids), starts, ids)
            self._columns[lang] = column
        return column

    def _candidates(self, needle: str, langs: tuple[str, ...]) -> set[int]:
        found: set[int] = set()
        for lang in langs:
            column = self._column(lang)
            starts, at = column.starts, column.text.find
            i = at(needle)
            while i != -1:
                k = bisect_right(starts, i) - 1
                found.add(column.entries[k])
                # Skip to the next text: one hit per entry is enough.
                i = at(needle, starts[k + 1]) if k + 1 < len(starts) else -1
        return found

    def search(self, query: str, langs: tuple[str, ...] | None = None) -> list[Entry]:
        """Entries matching every term, best first (the query as a phrase, then the others), in
        bank order within a rank."""
        q = Query.parse(query)
        if not q.terms:
            return []
        scored = []
        for i in self._candidates(max(q.needles, key=len), langs or LANGUAGES):
            e = self.entries[i]
            score = q.score(e.folded)
            if score is not None:
                scored.append((-score, i, e))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [e for _, _, e in scored]


def index(file: str, guide: Guide, folded: tuple[str, ...] | None = None) -> list[Entry]:
    out = []
    folded = folded if folded is not None else fold_guide(guide)
    for (r, lang, text), folded_text in zip(searchable(guide), folded, strict=True):
        assert isinstance(r, QuestionRef)
        out.append(Entry(guide.id, file, r.cite, r.paragraph_ref, r.id, lang, text, folded_text))
    return out


def load_bank(directory: str | Path, cache: GuideCache | None = None) -> Bank:
    """Every guide of the bank; invalid files are reported in `problems`, not fatal.

    With a cache, guides whose bytes were already validated are not parsed again.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError([Problem(str(directory), 0, 0, "no such question bank directory")])
    guides: list[tuple[str, Guide]] = []
    entries: list[Entry] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in bank_files(directory):
        try:
            if cache is not None:
                guide, folded = cache.load_folded(path)
            else:
                guide, folded = load_guide(path), None
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        clash = duplicate_id(str(path), guide, seen)
        if clash is not None:
            problems.append(clash)
            continue
        guides.append((str(path), guide))
        entries.extend(index(str(path), guide, folded))
    return Bank(tuple(guides), tuple(problems), tuple(entries))
