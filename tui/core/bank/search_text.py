"""Text folded for matching: accent-, case- and typographic-quote-insensitive."""

from __future__ import annotations

import unicodedata

from .guide import Guide

_PUNCT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "\u00a0": " "})


def normalize(text: str) -> str:
    """Folded for matching: no accents, no case, typographic quotes made plain."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def searchable(guide: Guide) -> list[tuple[object, str, str]]:
    """(question ref, language, text) for every question and option, in guide order."""
    return [(r, lang, text) for r in guide.question_refs() for lang, text in r.text]


def fold_guide(guide: Guide) -> tuple[str, ...]:
    """The folded form of each searchable text, in the order of `searchable`.

    Folding 50,000 texts takes over a second, so the guide cache keeps the result.
    """
    return tuple(normalize(text) for _, _, text in searchable(guide))
