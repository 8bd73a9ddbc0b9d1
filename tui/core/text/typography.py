"""French spacing and personal titles, as United Nations texts in French and Spanish write them.

French spacing: a no-break space (U+00A0) after « and before », :, ;, ! and ?. The UN's French
documents are produced in Word, whose French proofing inserts U+00A0 before all of these (the
"espace insécable"); the thin no-break space U+202F of French book typography is not in the
UN's templates and is missing from some fonts Word falls back to, where it shows as a box. One
character for all five also keeps the rule simple to check. The space is what keeps "débat :"
from breaking at the end of a line with the colon alone on the next.

Titles: a name typed with its title ("Ms. Ana Lopes") keeps it, in the document's language
("Mme Ana Lopes", "Sra. Ana Lopes"); a title given apart from the name is written once, never
twice ("Ms." + "Ms. Ana Lopes" is "Mme Ana Lopes"). "M." is read as a title only in French (in
English and Spanish it is as likely an initial).
"""

from __future__ import annotations

import re

NBSP = "\u00a0"

# A space (or a thin one) before ; : ! ? » becomes a no-break space; so do spaces after «.
_SPACE_BEFORE = re.compile(r"[ \u202f]+(?=[;:!?»])")
_AFTER_GUILLEMET = re.compile(r"«[ \u202f]*")
# A mark straight after a word, followed by a space or the end: a no-break space goes between.
# The colon only after a letter or a closing mark (12:41, http://, |:--| are not touched); the
# others not after another mark ("?!" keeps its two marks together).
_COLON = re.compile(r"(?<=[^\W\d_)»\]\"”’*])(?=:(?:\s|$))")
_MARK = re.compile(r"(?<=[^\s\u00a0;:!?(\[|\\])(?=[;!?»](?:\s|$|[).,»*;!?]))")


def french_spacing(text: str) -> str:
    """`text` with French no-break spaces: "débat: de" → "débat\u00a0: de", « x » joined."""
    text = _AFTER_GUILLEMET.sub("«" + NBSP, text)
    text = _SPACE_BEFORE.sub(NBSP, text)
    text = _COLON.sub(NBSP, text)
    return _MARK.sub(NBSP, text)


# Each title as typed (lowercased, without its dot) and what it is called in each language.
_TITLES: dict[str, dict[str, str]] = {
    "mr": {"en": "Mr.", "fr": "M.", "es": "Sr."},
    "sr": {"en": "Mr.", "fr": "M.", "es": "Sr."},
    "ms": {"en": "Ms.", "fr": "Mme", "es": "Sra."},
    "mrs": {"en": "Mrs.", "fr": "Mme", "es": "Sra."},
    "mme": {"en": "Ms.", "fr": "Mme", "es": "Sra."},
    "sra": {"en": "Ms.", "fr": "Mme", "es": "Sra."},
    "dr": {"en": "Dr.", "fr": "Dr", "es": "Dr."},
    "prof": {"en": "Prof.", "fr": "Pr", "es": "Prof."},
}
_LEADING = re.compile(r"^(mr|mrs|ms|mme|sra?|dr|prof|m)\.?(?=\s+\S)\s+", re.IGNORECASE)


def _title_key(word: str, lang_hint: str) -> str | None:
    key = word.lower().rstrip(".")
    if key == "m":
        return "mr" if lang_hint == "fr" else None
    return key if key in _TITLES else None


def split_title(name: str, lang: str = "fr") -> tuple[str | None, str]:
    """"Ms. Ana Lopes" → ("ms", "Ana Lopes"); a name without a title → (None, name)."""
    m = _LEADING.match(name)
    if m is None:
        return None, name
    key = _title_key(m.group(1), lang)
    return (key, name[m.end():]) if key else (None, name)


def titled(name: str, lang: str, title: str | None = None) -> str:
    """A person's name as the document in `lang` writes it, title translated and never doubled."""
    key, bare = split_title(name, lang)
    if key is None and title:
        given, rest = split_title(title + " x", lang)
        if given and rest == "x":
            key = given
    return f"{_TITLES[key][lang]} {bare}" if key else name
