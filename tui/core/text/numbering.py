"""The numbering styles of UN documents: a, b … z, aa, bb …; i, ii, iii …; I, II …; A, B …; 1, 2 …"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)


def roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


def letter(n: int) -> str:
    """1 → a … 26 → z, 27 → aa, 28 → bb (the UN doubles the letter rather than carrying)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def sequence(style: str) -> Iterator[str]:
    """Labels of one style, from the first: style is the first label ("a", "i", "A", "I" or "1")."""
    for n in count(1):
        if style == "a":
            yield letter(n)
        elif style == "A":
            yield letter(n).upper()
        elif style == "i":
            yield roman(n)
        elif style == "I":
            yield roman(n).upper()
        else:
            yield str(n)
