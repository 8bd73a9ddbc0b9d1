"""Text folded for matching: accent-, case-, ligature- and typographic-quote-insensitive, with the
invisible characters pasted from word processors (zero-width spaces, soft hyphens) removed."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from .guide import Guide

_PUNCT = str.maketrans({
    "’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"',
    # Spaces and line breaks that look like a space.
    "\u00a0": " ", "\u202f": " ", "\u2028": " ", "\u2029": " ", "\u0085": " ",
    # Invisible: a word with a soft hyphen or a zero-width space in it is still the word.
    "\u00ad": None, "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None,
    # Ligatures Unicode does not decompose (ﬁ, ﬂ… are decomposed by NFKD).
    "œ": "oe", "Œ": "OE", "æ": "ae", "Æ": "AE",
})


def _fold_chars(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    if decomposed.isascii():  # nothing combining to drop: skip the per-character pass
        return decomposed.casefold()
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return " ".join(_fold_chars(word).split())


def fold(text: str) -> str:
    """`text` folded character by character (no whitespace collapsed): see `normalize`."""
    if text.isascii():  # no accents, ligatures, typographic quotes or invisible characters
        return text.casefold()
    return _fold_chars(text)


def normalize(text: str) -> str:
    """Folded for matching: no accents, no case, ligatures spelt out, typographic quotes made
    plain, invisible characters removed, runs of spaces made one.

    Word by word, each distinct word folded once (a bank repeats its words thousands of times);
    the same result as folding the whole text then splitting it, because folding works character
    by character: a space folds to a space, and a character that folds to a space (¨ becomes
    " " plus a combining mark) is split again. tests/test_yaml_reader_equivalence.py checks it.
    """
    if text.isascii():
        return " ".join(text.casefold().split())
    return " ".join([folded for word in text.split() if (folded := _fold_word(word))])


def searchable(guide: Guide) -> list[tuple[object, str, str]]:
    """(question ref, language, text) for every question and option, in guide order."""
    return [(r, lang, text) for r in guide.question_refs() for lang, text in r.text]


def fold_guide(guide: Guide) -> tuple[str, ...]:
    """The folded form of each searchable text, in the order of `searchable`.

    Folding 50,000 texts takes over a second, so the guide cache keeps the result.
    """
    return tuple(normalize(text) for _, _, text in searchable(guide))
