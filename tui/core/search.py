"""Searching the question bank: accent- and case-insensitive, every word of the query must match."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .guide import Guide
from .loader import load_guide
from .problems import InputError, Problem

_PUNCT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "})
_TERMS = re.compile(r'"([^"]+)"|(\S+)')


def normalize(text: str) -> str:
    """Folded for matching: no accents, no case, typographic quotes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


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


def index(guides: list[tuple[str, Guide]]) -> list[Entry]:
    out = []
    for file, guide in guides:
        for r in guide.question_refs():
            for lang, text in r.text:
                out.append(Entry(guide.id, file, r.ref, r.paragraph_ref, r.id, lang, text,
                                 normalize(text)))
    return out


def bank_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.is_file())


def load_bank(directory: str | Path) -> Bank:
    """Every guide of the bank; invalid files are reported in `problems`, not fatal."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError([Problem(str(directory), 0, 0, "no such question bank directory")])
    guides: list[tuple[str, Guide]] = []
    problems: list[Problem] = []
    for path in bank_files(directory):
        try:
            guides.append((str(path), load_guide(path)))
        except InputError as exc:
            problems.extend(exc.problems)
    return Bank(tuple(guides), tuple(problems), tuple(index(guides)))
