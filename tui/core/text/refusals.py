"""Refusals said in the interface's language.

An action refused ("nobody has the floor", "the list of speakers is closed") is raised where the
rule lives, in the core, and said where the Chair reads it, in English or in French. The core never
knows the interface's language: a refusal carries a key of the catalog (`refusal_texts.py`) and the
values to put in it; its `str` is the English text (for the CLI, the logs and the tests), and
`said(lang)` the text in another language. A count is written as that language writes numbers
("4,000", "4 000"), a language code as its name ("français").
"""

from __future__ import annotations

from .catalog import CATALOG, language_name, tr, tr_n
from .languages import LANGUAGES
from .typography import NBSP


def number(n: int, lang: str) -> str:
    """"4,000" in English, "4 000" (no-break space) in French: how the UN writes numbers."""
    grouped = f"{n:,}"
    return grouped.replace(",", NBSP) if lang == "fr" else grouped


class Refusal(Exception):
    """An exception whose message is a catalog entry: `key` and the `values` it is formatted with."""

    def __init__(self, key: str, **values: object) -> None:
        if key not in CATALOG:  # a refusal without its text would reach the Chair as a bare key
            raise KeyError(f"no text for the refusal {key!r}")
        self.key = key
        self.values = values
        super().__init__(self.said("en"))

    def localised(self, lang: str) -> dict[str, object]:
        """The values as `lang` writes them (subclasses add their own, e.g. names of States)."""
        out: dict[str, object] = {}
        for k, v in self.values.items():
            if k == "n" and isinstance(v, int) and not isinstance(v, bool):
                v = number(v, lang)
            elif k == "language" and v in LANGUAGES:
                v = language_name(str(v), lang)
            out[k] = v
        return out

    def said(self, lang: str) -> str:
        """The refusal in `lang` (English where the catalog has no translation)."""
        values = self.localised(lang)
        if "|" in CATALOG[self.key]["en"]:  # "one meeting has|2 meetings have": by the count n
            n = int(str(self.values["n"]))
            return tr_n(self.key, lang, n, **{k: v for k, v in values.items() if k != "n"})
        return tr(self.key, lang, **values)

    def sentence(self, lang: str) -> str:
        """As a notice says it: a capital first, unless it starts with a name ("iOS Forum …")."""
        said = self.said(lang)
        return said if CATALOG[self.key]["en"].startswith("{") else said[:1].upper() + said[1:]
