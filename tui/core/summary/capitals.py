"""Whether a point keeps the capital of its first word when it becomes the end of a sentence.

A point is typed as a sentence ("Brazil's new law on grooming is a model") and written after a
reporting verb ("One speaker noted that …"), so its first letter is lowered: "Long point" becomes
"long point". That is wrong for a proper noun, so the first word keeps its capital when it is

- the start of a name the tool knows: a State in English, French or Spanish, in its short name,
  its running form or a usual variant, possessive included ("Brazil's", "Allemagne",
  "États-Unis d'Amérique", "El Salvador"); an organization the Commission usually hears, in any of
  the three languages; a speaker or panellist of the session (and each word of a person's name);
- a word written with a capital inside it (an acronym or a brand: UNODC, INTERPOL's, iPhone);
- a personal title ("Ms.", "Mme", "Sr."), "I" in English;
- a word the guide's texts always write with a capital where a sentence does not begin
  ("Internet", "Convention", "Secretariat" in the 2011 guide), a United Nations term written
  with its capital whatever the guide ("Member States", "Estados", "Nations"), and in English the
  months, the days and the regional adjectives ("European cooperation").

A French elided article or preposition is lowered alone: "L'Allemagne a adopté" reads
"… que l'Allemagne a adopté", "D'autres" reads "d'autres". Anything else is lowered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ..bank.guide import Guide
from ..bank.readiness import texts
from ..debate.member_states import ORGANIZATION_NAMES
from ..text.state_names import ALIASES, STATE_FORMS, bare_name
from ..text.typography import split_title

# United Nations terms a point may start with, capitalized as UN texts in each language do.
UN_TERMS = {
    "en": {"United", "Member", "States", "State", "Governments", "Government", "Secretariat",
           "Commission", "Chair", "Bureau", "Council", "Assembly", "Secretary-General", "Nations"},
    "fr": {"États", "État", "Nations", "Secrétariat", "Commission", "Bureau", "Conseil", "Assemblée",
           "Secrétaire"},
    "es": {"Estados", "Estado", "Naciones", "Secretaría", "Comisión", "Mesa", "Consejo", "Asamblea",
           "Secretario", "Gobiernos", "Gobierno"},
}
# Continents and regions: proper nouns in every language.
_REGIONS = {
    "Africa", "Asia", "Europe", "America", "Americas", "Caribbean", "Pacific", "Oceania", "Arctic",
    "Afrique", "Asie", "Amérique", "Amériques", "Caraïbes", "Pacifique", "Océanie", "Moyen-Orient",
    "África", "Europa", "América", "Américas", "Caribe", "Pacífico", "Oceanía", "Ártico",
}
# English capitalizes these; French and Spanish write them in lower case.
_ENGLISH = {
    "I", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday", "African", "Asian", "European", "American", "Latin", "Caribbean", "Arab",
    "Pacific", "Nordic", "Balkan", "Mediterranean", "Sahel", "Andean",
}
# What is not a name's end: a name is known when the point goes on after it with one of these.
_AFTER_NAME = re.compile(r"(?:$|['’]s?\b|[\s,;:.!?)\-’'»”])")
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f]")
_LABEL = re.compile(r"(?:^|[\s(])[a-z]{1,4}\)$")  # "a)", "(iii)": a question or an item begins
_ELIDED = re.compile(r"^([LDld])['’](?=\w)")


def _core(word: str) -> str:
    """The word without its possessive, its closing punctuation and a footnote mark."""
    word = _SUPERSCRIPT.sub("", word)
    return re.sub(r"(['’]s?)?[,;:.!?)»”]*$", "", word)


@lru_cache(maxsize=1)
def known_names() -> tuple[str, ...]:
    """Every State and organization name the tool knows, in English, French and Spanish."""
    names: set[str] = set()
    for key, forms in STATE_FORMS.items():
        names.add(key)
        names.add(key.split(" (", 1)[0])  # "Iran (Islamic Republic of)": "Iran's …"
        for lang, form in forms.items():
            names.add(bare_name(key, lang))
            if form[:1].isupper():  # a capital article is part of the name: "El Salvador"
                names.add(form)
    names.update(ALIASES)
    # "The Russian Federation …" is an article and a name: the article is lowered like any word.
    names = {n for n in names if not n.startswith("The ")}
    for english, forms in ORGANIZATION_NAMES.items():
        for name in (english, *forms.values()):
            names.add(name)
            names.add(name.split(" (", 1)[0])
    return tuple(names)


class Capitals:
    """The names and words that keep their capital at the start of a point, for one summary."""

    def __init__(self, names: Iterable[str] = (), words: Iterable[str] = (), lang: str = "en",
                 guide: Guide | None = None) -> None:
        self.lang = lang
        self.guide = guide
        self._guide_text: str | None = None
        self._guide_words: dict[str, bool] = {}
        self.words = {*UN_TERMS.get(lang, ()), *_REGIONS, *(_ENGLISH if lang == "en" else ()), *words}
        # Names by their first word, longest first: "United Kingdom …" before "United".
        self.names: dict[str, list[str]] = {}
        for name in {*known_names(), *names}:
            name = " ".join(name.split())
            if not name:
                continue
            self.names.setdefault(name.split(" ", 1)[0], []).append(name)
        for group in self.names.values():
            group.sort(key=len, reverse=True)

    @classmethod
    def of_session(cls, speakers: Iterable[str], forms: Iterable[str], people: Iterable[str],
                   guide: Guide | None, lang: str) -> Capitals:
        """For a summary: the speakers as typed and as the document names them (`forms`), each
        word of a person's name (`people`: "Lopes's study"; not an organization's: "Crime" of
        "… Drugs and Crime" is a common word), and the words the guide always capitalizes (in
        any language: a summary in a language the guide lacks still knows "Internet")."""
        words: set[str] = set()
        for name in people:
            _, bare = split_title(name, lang)
            words.update(w for w in bare.split() if len(w) > 1 and w[0].isupper())
        return cls([*speakers, *forms], words, lang, guide)

    def starts_with_name(self, text: str) -> bool:
        for name in self.names.get(text.split(" ", 1)[0], ()):
            if text.startswith(name) and _AFTER_NAME.match(text, len(name)):
                return True
        # "Brazil's", "UNODC,", "Chad-based": the first word alone, as a one-word name
        core = _core(text.split(" ", 1)[0])
        head = core.split("-", 1)[0]
        return core in self.names.get(core, ()) or head in self.names.get(head, ())

    def keeps(self, text: str) -> bool:
        """Whether `text`'s first letter stays a capital after "… that"."""
        first = text.split(" ", 1)[0]
        if not first[:1].isupper():
            return True
        if len(first) == 1:  # "A new law": the article; "I", "X": a capital whatever the place
            return first not in ("A", "À")
        if self.starts_with_name(text):
            return True
        core = _core(first)
        if any(c.isupper() for c in core[1:].replace("'", "").replace("’", "")):
            return True  # an acronym or a word written with a capital inside: UNODC, iPhone
        if split_title(first + " x", self.lang)[0] is not None:
            return True  # "Ms. Lopes …", "Mme Dubois …"
        head = core.split("-", 1)[0]
        return core in self.words or head in self.words or self.in_guide(core) or self.in_guide(head)

    def in_guide(self, word: str) -> bool:
        """`always_capitalized` in the guide's texts, each word looked up once (the guide's
        texts are joined only when a point starts with a capital nothing else explains)."""
        if self.guide is None or len(word) < 2:
            return False
        if word not in self._guide_words:
            if self._guide_text is None:
                self._guide_text = guide_text(self.guide)
            self._guide_words[word] = always_capitalized(word, self._guide_text)
        return self._guide_words[word]

    def lower_first(self, text: str) -> str:
        """`text` as the end of "… stressed that": its first letter lowered unless it keeps it."""
        elided = _ELIDED.match(text)
        if elided:  # "L'Allemagne" -> "l'Allemagne", "D'autres" -> "d'autres"
            return text[0].lower() + text[1:]
        return text if not text or self.keeps(text) else text[0].lower() + text[1:]


def guide_text(guide: Guide) -> str:
    """Every text of the guide in every language, one after the other, each as its own sentence."""
    return "\n.\n".join(value for text in texts(guide) for value in text.values.values())


def always_capitalized(word: str, text: str) -> bool:
    """Whether `text` (a guide's, `guide_text`) writes `word` with its capital where no sentence
    begins, and never in lower case: "Internet", "Convention", "Secretariat" in the 2011 guide."""
    lower = word[0].lower() + word[1:]
    if any(True for _ in _places(lower, text)):
        return False
    # "… of the Internet", "l'Europe": a capital where no sentence begins
    return any(text[at - 1: at] in ("'", "’") or not _begins(text, at) for at in _places(word, text))


def _places(word: str, text: str) -> Iterator[int]:
    """Where `word` stands in `text` as a whole word (str.find: a regex is ten times slower here)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in "-_")) and not (
                end < len(text) and (text[end].isalnum() or text[end] in "-_")):
            yield at
        at = text.find(word, end)


def _begins(text: str, at: int) -> bool:
    """Whether a sentence, a title or a quotation begins at `at` in `text` (its first word has a
    capital whatever it is): the text's start, after . ! ? : ; an opening quote or bracket, or a
    label ("a) ")."""
    j = at - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] in ".!?:;«“\"‘([":
        return True
    return text[j] == ")" and bool(_LABEL.search(text, max(0, j - 6), j + 1))
