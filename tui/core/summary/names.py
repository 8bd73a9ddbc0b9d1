"""Who spoke, as the summary's running text and tables name them in English, French or Spanish.

States come from `text.state_names` (UNTERM short names with their articles). Organizations the
Commission usually hears (`debate.member_states.ORGANIZATION_NAMES`) are named in the document's
language with the article their head noun takes ("l'Union européenne", "la Oficina de las
Naciones Unidas contra la Droga y el Delito (UNODC)", "the European Union"); in a table they are
written without it. A person keeps the title in the document's language and, in Spanish running
text, the article a title takes there ("la Sra. Ana Lopes", "el Sr. Kofi Mensah"). A State typed
in brackets after a person's name is named in the document's language: "M. Alfredo Chavez
(Mexique)". Anything else is written as typed: a name we do not know is not translated.
"""

from __future__ import annotations

import re

from ..debate.member_states import ORGANIZATION_NAMES
from ..text.state_names import bare_name, running_name
from ..text.typography import titled

# The gender of an organization's head noun (its first word), for its article.
_FEMININE = {
    "fr": {"Union", "Ligue", "Organisation", "Entité", "Représentante"},
    "es": {"Unión", "Liga", "Organización", "Secretaría", "Oficina", "Entidad", "Representante"},
}
_VOWEL = re.compile(r"^[AEIOUYÀÂÉÈÊËÎÏÔŒ]")
_BRACKETED_STATE = re.compile(r"\(([^()]+)\)$")


def organization(name: str, lang: str, article: bool) -> str | None:
    """An organization we know, in `lang` (with its article when `article`), else None."""
    forms = ORGANIZATION_NAMES.get(" ".join(name.split()))
    if forms is None:
        return None
    text = name if lang == "en" else forms[lang]
    if not article:
        return text
    if lang == "en":
        return "the " + text
    head = text.split(" ", 1)[0]
    if lang == "fr":
        if _VOWEL.match(text):
            return "l'" + text
        return ("la " if head in _FEMININE["fr"] else "le ") + text
    return ("la " if head in _FEMININE["es"] else "el ") + text


def person(name: str, lang: str, title: str | None = None, article: bool = False) -> str:
    """A person's name with its title in `lang`; the State in brackets after it in `lang` too."""
    text = titled(name, lang, title)
    bracket = _BRACKETED_STATE.search(text)
    if bracket and running_name(bracket.group(1), lang) is not None:
        text = text[:bracket.start()] + f"({bare_name(bracket.group(1), lang)})"
    if article and lang == "es":
        if text.startswith("Sr. "):
            return "el " + text
        if text.startswith("Sra. "):
            return "la " + text
    return text


def running(name: str, lang: str) -> str:
    """A speaker as the subject of a sentence: "the Russian Federation", "l'Union européenne"."""
    return running_name(name, lang) or organization(name, lang, True) or person(name, lang, article=True)


def listed(name: str, lang: str) -> str:
    """A speaker as tables and lists write them: "Fédération de Russie", "Union européenne"."""
    if running_name(name, lang) is not None:
        return bare_name(name, lang)
    return organization(name, lang, False) or person(name, lang)


def spanish_contractions(text: str) -> str:
    """"de el Sr." → "del Sr.", "a el" → "al": after a name with its article was put in a
    fixed Spanish text (never a capital "El": "de El Salvador" stays)."""
    return re.sub(r"\b(de|a) el\b", lambda m: "del" if m.group(1) == "de" else "al", text)
