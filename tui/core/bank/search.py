"""Searching the question bank: accent- and case-insensitive, every word of the query must match."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..text.problems import InputError, Problem
from .cache import GuideCache
from .guide import Guide, QuestionRef
from .loader import load_guide
from .search_text import fold_guide, normalize, searchable

__all__ = ["Bank", "Entry", "load_bank", "normalize", "terms"]

_TERMS = re.compile(r'"([^"]+)"|(\S+)')


def terms(query: str) -> list[str]:
    """Words of the query; "quoted words" stay together as one phrase."""
    return [normalize(m[1] or m[2]) for m in _TERMS.finditer(query) if (m[1] or m[2]).strip()]


@dataclass(frozen=True, slots=True)
class Entry:
    guide_id: str
    file: str
    ref: str  # 7(m)(iv)
    paragraph_ref: str  # ¶12(m)(iv)
    id: str
    lang: str
    text: str
    folded: str


@dataclass(frozen=True, slots=True)
class Bank:
    guides: tuple[tuple[str, Guide], ...]
    problems: tuple[Problem, ...]
    entries: tuple[Entry, ...]

    def search(self, query: str, langs: tuple[str, ...] | None = None) -> list[Entry]:
        words = terms(query)
        if not words:
            return []
        return [e for e in self.entries
                if (langs is None or e.lang in langs) and all(w in e.folded for w in words)]


def index(file: str, guide: Guide, folded: tuple[str, ...] | None = None) -> list[Entry]:
    out = []
    folded = folded if folded is not None else fold_guide(guide)
    for (r, lang, text), fold in zip(searchable(guide), folded, strict=True):
        assert isinstance(r, QuestionRef)
        out.append(Entry(guide.id, file, r.ref, r.paragraph_ref, r.id, lang, text, fold))
    return out


GUIDE_SUFFIXES = (".yaml", ".yml")


def bank_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in GUIDE_SUFFIXES and p.is_file())


def duplicate_id(path: str, guide: Guide, seen: dict[str, str]) -> Problem | None:
    """A problem when another file of the bank already holds a guide with this id."""
    if guide.id in seen:
        return Problem(path, 0, 0, f"guide id {guide.id!r} is already used by {seen[guide.id]}; "
                                   "give this guide another id (ids name guides in the bank)")
    seen[guide.id] = path
    return None


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
