"""REFERENCE COPY (tests only): the folding as it was before the per-word cache.

Text folded for matching: accent-, case-, ligature- and typographic-quote-insensitive, with the
invisible characters pasted from word processors (zero-width spaces, soft hyphens) removed."""

from __future__ import annotations

import unicodedata

from tui.core.bank.guide import Guide

_PUNCT = str.maketrans({
    "’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"',
    # Spaces and line breaks that look like a space.
    "\u00a0": " ", "\u202f": " ", "\u2028": " ", "\u2029": " ", "\u0085": " ",
    # Invisible: a word with a soft hyphen or a zero-width space in it is still the word.
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
    # Ligatures Unicode does not decompose (ﬁ, ﬂ… are decomposed by NFKD).
    "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE",
})


def fold(text: str) -> str:
    """`text` folded character by character (no whitespace collapsed): see `normalize`."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalize(text: str) -> str:
    """Folded for matching: no accents, no case, ligatures spelt out, typographic quotes made
    plain, invisible characters removed, runs of spaces made one."""
    return " ".join(fold(text).split())


def searchable(guide: Guide) -> list[tuple[object, str, str]]:
    """(question ref, language, text) for every question and option, in guide order."""
    return [(r, lang, text) for r in guide.question_refs() for lang, text in r.text]


def fold_guide(guide: Guide) -> tuple[str, ...]:
    """The folded form of each searchable text, in the order of `searchable`.

    Folding 50,000 texts takes over a second, so the guide cache keeps the result.
    """
    return tuple(normalize(text) for _, _, text in searchable(guide))
