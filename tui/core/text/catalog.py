"""The one translation layer for fixed strings (headings of exported documents, interface labels).

English and French are shipped; another language falls back to English, string by string.
"""

from __future__ import annotations

from datetime import date

from .dates import date_range as _date_range
from .guide_texts import GUIDE
from .label_texts import LABELS
from .meeting_texts import MEETING
from .refusal_texts import REFUSALS
from .summary_texts import SUMMARY
from .ui_texts import UI

# One table per set of texts, merged here; a key lives in exactly one of them.
CATALOG: dict[str, dict[str, str]] = {}
CATALOG.update(GUIDE)  # the guide's texts and the language names, in all six languages
CATALOG.update(UI)
CATALOG.update(LABELS)
CATALOG.update(SUMMARY)
CATALOG.update(MEETING)
CATALOG.update(REFUSALS)  # what the Chair is told when an action is refused

UI_LANGUAGES = ("en", "fr")

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
}


def tr(key: str, lang: str, **values: object) -> str:
    """The string `key` in `lang` (English when not translated), formatted with `values`."""
    entry = CATALOG[key]
    return entry.get(lang, entry["en"]).format(**values)


def language_name(code: str, lang: str = "en") -> str:
    """"French" (or "français" in French): the catalog's name of one of the six languages."""
    return tr(f"lang.{code}", lang)


def tr_n(key: str, lang: str, n: int, **values: object) -> str:
    """A count with its noun: the entry holds "singular|plural"; French counts 0 and 1 as singular."""
    singular, plural = tr(key, lang, n=n, **values).split("|")
    one = n in (0, 1) if lang == "fr" else n == 1
    return singular if one else plural


def date_range(opens: date, closes: date, lang: str) -> str:
    """UN style in each language: "11-15 April 2011", "11 a 15 de abril de 2011" (see text.dates)."""
    return _date_range(opens, closes, lang)
