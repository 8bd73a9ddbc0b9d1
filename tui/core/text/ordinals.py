"""A session's ordinal as a UN text writes it: "thirty-sixth session", "trente-sixième session",
"36º período de sesiones".

English and French spell the ordinal out in words ("at its thirty-sixth session", "à sa
trente-sixième session"); Spanish UN documents write it in figures with the ordinal indicator
("en su 36º período de sesiones", "19º período de sesiones" in A/65/92; "31er" where the
ordinal is apocopated, "trigésimo primer"). Used when the guide gives the session's number but no title.
"""

from __future__ import annotations

_EN_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_EN_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_EN_ORD = {"one": "first", "two": "second", "three": "third", "five": "fifth", "eight": "eighth",
           "nine": "ninth", "twelve": "twelfth"}

_FR_ONES = ("", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf")
_FR_TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante", "quatre-vingt",
            "quatre-vingt")


def _en_cardinal(n: int) -> str:
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = f"{_EN_ONES[hundreds]} hundred"
        return f"{head} and {_en_cardinal(rest)}" if rest else head
    if n < 20:
        return _EN_ONES[n]
    tens, ones = divmod(n, 10)
    return _EN_TENS[tens] + (f"-{_EN_ONES[ones]}" if ones else "")


def _en(n: int) -> str:
    words = _en_cardinal(n)
    cut = max(words.rfind("-"), words.rfind(" "))
    head, last = words[:cut + 1], words[cut + 1:]
    if last in _EN_ORD:
        last = _EN_ORD[last]
    elif last.endswith("y"):
        last = last[:-1] + "ieth"
    else:
        last += "th"
    return head + last


def _fr_cardinal(n: int) -> str:
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{_FR_ONES[hundreds]} cent"
        return f"{head} {_fr_cardinal(rest)}" if rest else head
    if n < 20:
        return _FR_ONES[n]
    tens, ones = divmod(n, 10)
    if tens in (7, 9):  # soixante-dix, quatre-vingt-onze
        ones += 10
    base = _FR_TENS[tens]
    if ones == 0:
        return base
    if ones in (1, 11) and tens not in (8, 9):  # vingt et un, soixante et onze (not quatre-vingt-un)
        return f"{base} et {_FR_ONES[ones]}"
    return f"{base}-{_FR_ONES[ones]}"


def _fr(n: int, feminine: bool) -> str:
    if n == 1:
        return "première" if feminine else "premier"
    words = _fr_cardinal(n)
    cut = max(words.rfind("-"), words.rfind(" "))
    head, last = words[:cut + 1], words[cut + 1:]
    if last == "cinq":
        last = "cinquième"
    elif last == "neuf":
        last = "neuvième"
    elif last.endswith("e"):
        last = last[:-1] + "ième"
    else:
        last += "ième"
    return head + last


def session_words(n: int, lang: str) -> str:
    """The session numbered `n`, as it follows "at its" / "à sa" / "en su"."""
    if not 1 <= n < 1000:
        raise ValueError(f"a session number from 1 to 999, not {n}")
    if lang == "fr":
        return f"{_fr(n, feminine=True)} session"
    if lang == "es":
        # "primer", "tercer" before a masculine noun: 1er, 3er, 21er, 13er; 11º (undécimo), 36º.
        apocope = n % 10 == 3 or (n % 10 == 1 and n % 100 != 11)
        return f"{n}{'er' if apocope else 'º'} período de sesiones"
    return f"{_en(n)} session"
