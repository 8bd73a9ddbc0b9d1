"""The grammar of a Chair's summary: reporting verbs, who spoke, numbers, in English, French, Spanish.

A point is reported as SUBJECT + VERB + COMPLEMENT: "Several speakers" + "stressed that" + the
point as typed. Each verb is stored with the point (its key) when the Chair records it; the verb
decides whether the point is read as a clause ("stressed that …") or as a noun phrase ("called
for …"). French verbs are chosen with the auxiliary "avoir" so that the participle never agrees
with the subject ("La France a souligné", "Les États-Unis d'Amérique ont souligné").

How many speakers a merged point carries gives its subject, as UN summaries write it:

    1       "One speaker"        "Un orateur"           "Un orador"
    2-3     "Some speakers"      "Certains orateurs"    "Algunos oradores"
    4-6     "Several speakers"   "Plusieurs orateurs"   "Varios oradores"
    7+      "Many speakers"      "De nombreux orateurs" "Muchos oradores"

and when every one of them was on the panel: "A panellist" / "Panellists" ("The panellists"
when all who presented); in French "un intervenant" / "des intervenants", the word decision 18/1
uses for them in French ("Les exposés liminaires des intervenants devraient être brefs"),
"orateurs" being the speakers from the floor.

Consecutive paragraphs of a section do not open alike (`vary_subject`): a lone speaker right
after a different one is "Another speaker" ("Un autre orateur", "Otro orador"), the same one
again "The same speaker" ("Le même orateur", "El mismo orador"), other speakers after some
"Other speakers" ("D'autres orateurs", "Otros oradores"; "Several other speakers", "Many other
speakers"), and a form is never written twice in a row: a third lone speaker is "One speaker"
again, as in "One speaker …, Another speaker …, One speaker …, Another speaker …".
"""

from __future__ import annotations

import re

from .durations import whole_seconds

# key: {lang: (singular, plural)}; a verb whose phrase does not end in that/que takes a noun phrase.
VERBS: dict[str, dict[str, tuple[str, str]]] = {
    "stressed": {"en": ("stressed that", "stressed that"),
                 "fr": ("a souligné que", "ont souligné que"),
                 "es": ("destacó que", "destacaron que")},
    "noted": {"en": ("noted that", "noted that"),
              "fr": ("a fait observer que", "ont fait observer que"),
              "es": ("señaló que", "señalaron que")},
    "emphasized": {"en": ("emphasized that", "emphasized that"),
                   "fr": ("a insisté sur le fait que", "ont insisté sur le fait que"),
                   "es": ("hizo hincapié en que", "hicieron hincapié en que")},
    "highlighted": {"en": ("highlighted that", "highlighted that"),
                    "fr": ("a mis l'accent sur le fait que", "ont mis l'accent sur le fait que"),
                    "es": ("puso de relieve que", "pusieron de relieve que")},
    "pointed-out": {"en": ("pointed out that", "pointed out that"),
                    "fr": ("a fait remarquer que", "ont fait remarquer que"),
                    "es": ("observó que", "observaron que")},
    "reported": {"en": ("reported that", "reported that"),
                 "fr": ("a indiqué que", "ont indiqué que"),
                 "es": ("informó de que", "informaron de que")},
    "recommended": {"en": ("recommended that", "recommended that"),
                    "fr": ("a recommandé que", "ont recommandé que"),
                    "es": ("recomendó que", "recomendaron que")},
    "suggested": {"en": ("suggested that", "suggested that"),
                  "fr": ("a suggéré que", "ont suggéré que"),
                  "es": ("sugirió que", "sugirieron que")},
    "concern": {"en": ("expressed concern that", "expressed concern that"),
                "fr": ("a fait part de sa préoccupation quant au fait que",
                       "ont fait part de leur préoccupation quant au fait que"),
                "es": ("expresó preocupación por el hecho de que", "expresaron preocupación por el "
                                                                   "hecho de que")},
    "called-for": {"en": ("called for", "called for"),
                   "fr": ("a appelé de ses vœux", "ont appelé de leurs vœux"),
                   "es": ("abogó por", "abogaron por")},
    "welcomed": {"en": ("welcomed", "welcomed"),
                 "fr": ("a salué", "ont salué"),
                 "es": ("acogió con beneplácito", "acogieron con beneplácito")},
    "experience": {"en": ("shared the experience of", "shared the experience of"),
                   "fr": ("a fait part de l'expérience de", "ont fait part de l'expérience de"),
                   "es": ("compartió la experiencia de", "compartieron la experiencia de")},
    "concluded": {"en": ("concluded that", "concluded that"),
                  "fr": ("a conclu que", "ont conclu que"),
                  "es": ("concluyó que", "concluyeron que")},
}
# What the point dialog offers, in this order (the last is the Chair's own verb for conclusions).
VERB_KEYS = tuple(VERBS)
VERB_LABELS = {key: forms["en"][0].removesuffix(" that") for key, forms in VERBS.items()}
# Points recorded without a verb: a neutral one, varied so that paragraphs do not all begin alike.
DEFAULT_VERBS = ("stressed", "noted", "emphasized", "pointed-out")
CHAIR_DEFAULT_VERBS = ("concluded", "stressed", "noted")

# (up to) speakers -> subject key; see the module docstring.
THRESHOLDS = ((1, "one"), (3, "some"), (6, "several"))
SUBJECTS = {
    "one": {"en": "one speaker", "fr": "un orateur", "es": "un orador"},
    "some": {"en": "some speakers", "fr": "certains orateurs", "es": "algunos oradores"},
    "several": {"en": "several speakers", "fr": "plusieurs orateurs", "es": "varios oradores"},
    "many": {"en": "many speakers", "fr": "de nombreux orateurs", "es": "muchos oradores"},
    "panellist": {"en": "a panellist", "fr": "un intervenant", "es": "un panelista"},
    "another-one": {"en": "another speaker", "fr": "un autre orateur", "es": "otro orador"},
    "another-panellist": {"en": "another panellist", "fr": "un autre intervenant", "es": "otro panelista"},
    "panellists": {"en": "panellists", "fr": "des intervenants", "es": "algunos panelistas"},
    "the-panellists": {"en": "the panellists", "fr": "les intervenants", "es": "los panelistas"},
    "same-one": {"en": "the same speaker", "fr": "le même orateur", "es": "el mismo orador"},
    "same-panellist": {"en": "the same panellist", "fr": "le même intervenant", "es": "el mismo panelista"},
    "other-some": {"en": "other speakers", "fr": "d'autres orateurs", "es": "otros oradores"},
    "other-several": {"en": "several other speakers", "fr": "plusieurs autres orateurs",
                      "es": "varios otros oradores"},
    "other-many": {"en": "many other speakers", "fr": "de nombreux autres orateurs",
                   "es": "muchos otros oradores"},
    "other-panellists": {"en": "other panellists", "fr": "d'autres intervenants", "es": "otros panelistas"},
}
_LONE = {"one": ("another-one", "same-one"), "panellist": ("another-panellist", "same-panellist")}
_OTHERS = {"some": "other-some", "several": "other-several", "many": "other-many",
           "panellists": "other-panellists"}


def vary_subject(key: str, speakers: tuple[str, ...],
                 previous: tuple[str, str, tuple[str, ...]] | None) -> str:
    """The subject to write for `key` (a key of SUBJECTS, as counted) after the previous
    paragraph's (key as counted, key as written, speakers) of the same section."""
    if previous is None or previous[0] != key:
        return key
    if key in _LONE:
        written = _LONE[key][1] if previous[2] == speakers else _LONE[key][0]
    elif key in _OTHERS and previous[2] != speakers:
        written = _OTHERS[key]
    else:
        written = key
    # Never the same opening twice in a row: "Another speaker" after "Another speaker" is "One
    # speaker" again ("the same speaker" twice: "one speaker").
    return key if written == previous[1] else written


def quantity(n: int) -> str:
    for limit, key in THRESHOLDS:
        if n <= limit:
            return key
    return "many"


def verb_phrase(key: str, lang: str, plural: bool) -> str:
    singular, many = VERBS[key][lang]
    return many if plural else singular


def takes_clause(key: str) -> bool:
    return VERBS[key]["en"][0].endswith(" that")


# -- joining words: French elision, French and Spanish contraction --------------------------------

_VOWEL = re.compile(r"^[aeiouyàâäéèêëîïôöûüœæ]", re.IGNORECASE)  # not h: "que hotlines", UN style
_FR_CONTRACT = {("de", "le"): "du", ("de", "les"): "des", ("à", "le"): "au", ("à", "les"): "aux"}
_ES_CONTRACT = {("de", "el"): "del", ("a", "el"): "al"}
_ELIDE = {"que", "de", "le", "la", "ne", "se", "lorsque", "puisque", "quoique", "jusque"}


def join(head: str, tail: str, lang: str) -> str:
    """`head` + " " + `tail` with the junction French or Spanish writes: "qu'il", "du Brésil",
    "del Brasil". Only the last word of `head` and the first of `tail` are looked at."""
    if not head:
        return tail
    words = head.rsplit(" ", 1)
    last = words[-1]
    first = tail.split(" ", 1)[0]
    if lang == "fr":
        pair = _FR_CONTRACT.get((last, first))
        if pair:
            return " ".join([*words[:-1], pair]) + tail[len(first):]
        if last in _ELIDE and _VOWEL.match(tail) and not first.isupper():
            return head[:-1] + "'" + tail
    if lang == "es":
        pair = _ES_CONTRACT.get((last, first))
        if pair:
            return " ".join([*words[:-1], pair]) + tail[len(first):]
    return f"{head} {tail}"


def capital(text: str) -> str:
    return text[:1].upper() + text[1:]


# -- numbers: UN style spells out whole numbers under 10 in running text ---------------------------

_WORDS = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
}


def number(n: int, lang: str, feminine: bool = False, before_noun: bool = True) -> str:
    """`n` as running text writes it: "three", "une", "un" (before a noun), "12"."""
    if not 0 <= n < 10:
        return f"{n:,}".replace(",", {"en": ",", "fr": "\u202f", "es": "."}[lang]) if n >= 10_000 else str(n)
    word = _WORDS[lang][n]
    if n == 1 and lang == "fr" and feminine:
        return "une"
    if n == 1 and lang == "es":
        return "una" if feminine else ("un" if before_noun else "uno")
    return word


_UNITS = {
    "en": (("hour", "hours"), ("minute", "minutes"), ("second", "seconds"), "and"),
    "fr": (("heure", "heures"), ("minute", "minutes"), ("seconde", "secondes"), "et"),
    "es": (("hora", "horas"), ("minuto", "minutos"), ("segundo", "segundos"), "y"),
}


def _parts(seconds: float) -> tuple[int, int, int]:
    total = whole_seconds(seconds)  # the summary's one rule: 10.5 s is eleven seconds, not ten
    hours, rest = divmod(total, 3600)
    return (hours, *divmod(rest, 60))


def durations(seconds: list[float], lang: str) -> list[str]:
    """Durations a sentence gives together, in words or in figures by one rule: the UN's for
    numbers in a series ("the rule applying to the higher or highest number should apply to
    all", United Nations Correspondence Manual, numbers; the Editorial Manual's "Numbers
    occurring together or in a series"). The parts of a duration, and the durations of one
    sentence, are such a series: under ten all in words ("one hour and seven minutes"), else all
    in figures ("1 hour, 28 minutes and 40 seconds", "59 minutes and 5 seconds … of the 1 hour
    and 7 minutes allotted"), never "une heure, 28 minutes et 40 secondes"."""
    parts = [_parts(s) for s in seconds]
    figures = any(value >= 10 for p in parts for value in p)
    return [_duration(p, lang, figures) for p in parts]


def duration(seconds: float, lang: str) -> str:
    """"one hour and five minutes", "45 minutes and 5 seconds": one duration (`durations`)."""
    return durations([seconds], lang)[0]


def _duration(parts: tuple[int, int, int], lang: str, figures: bool) -> str:
    *units, conj = _UNITS[lang]
    out = []
    for value, (one, many) in zip(parts, units, strict=True):
        if value:
            feminine = lang in ("fr", "es") and one in ("heure", "minute", "seconde", "hora")
            word = str(value) if figures else number(value, lang, feminine)
            out.append(f"{word} {one if value == 1 else many}")
    if not out:  # French counts zero in the singular: "zéro seconde"
        return f"{'0' if figures else number(0, lang)} {units[2][0] if lang == 'fr' else units[2][1]}"
    return out[0] if len(out) == 1 else ", ".join(out[:-1]) + f" {conj} " + out[-1]


def join_list(items: list[str], lang: str) -> str:
    """"A, B and C" ("A, B et C", "A, B y C"; Spanish writes "e" before an i- sound)."""
    if len(items) <= 1:
        return "".join(items)
    conj = {"en": "and", "fr": "et", "es": "y"}[lang]
    if lang == "es" and re.match(r"^(i|hi)(?![aeouáéó])", items[-1], re.IGNORECASE):
        conj = "e"
    return ", ".join(items[:-1]) + f" {conj} " + items[-1]
