"""Who may take the floor: participant categories and the five United Nations regional groups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..text.catalog import tr
from ..text.refusals import Refusal

CATEGORIES = (
    "member-state",  # member of the Commission
    "observer-state",
    "panellist",
    "independent-expert",
    "group-of-states",  # a statement on behalf of a group ("the Group of 77 and China")
    "un-entity",
    "igo",
    "ngo",
)

# The five groups in the order the UN lists them; their names are the catalog's `group.<key>`.
REGIONAL_GROUPS: tuple[str, ...] = (
    "african",
    "asia-pacific",
    "eastern-european",
    "latin-american-caribbean",
    "western-european-other",
)

# What a secretariat officer actually types in a spreadsheet; keys are folded (see _fold).
_GROUP_ALIASES = {
    "african": ("africa", "african", "african states", "afr", "ag", "agroup"),
    "asia-pacific": ("asia-pacific", "asia pacific", "asia-pacific states", "asia pacific states",
                     "asia", "apg", "asia-pacific group", "asia and the pacific"),
    "eastern-european": ("eastern-european", "eastern european", "eastern european states", "eeg",
                         "eastern europe", "eastern european group"),
    "latin-american-caribbean": ("latin-american-caribbean", "latin american and caribbean states",
                                 "latin america and the caribbean", "grulac", "latin america", "lac"),
    "western-european-other": ("western-european-other", "western european and other states",
                               "western european and others", "weog", "western europe", "weo"),
}
_GROUP_LOOKUP = {alias: key for key, aliases in _GROUP_ALIASES.items() for alias in aliases}

# Categories for which a regional group means something (decision 18/1 seats panellists by group).
GROUPED = frozenset({"member-state", "observer-state", "panellist"})

GROUP_SHORT = {
    "african": "AFR",
    "asia-pacific": "APG",
    "eastern-european": "EEG",
    "latin-american-caribbean": "GRULAC",
    "western-european-other": "WEOG",
}

CATEGORY_SHORT = {
    "member-state": "MS",
    "observer-state": "OBS",
    "panellist": "PAN",
    "independent-expert": "EXP",
    "group-of-states": "GRP",
    "un-entity": "UN",
    "igo": "IGO",
    "ngo": "NGO",
}

# The same columns in a French list. "EM" (État membre), "ONG", "OIG" and "ONU" are the usual French
# abbreviations; GRULAC is the acronym French United Nations texts use too. For the other four
# groups no French acronym is settled in UN usage (WEOG, for one, is often kept as it is), so the
# list gives a short form of the group's French name instead.
SHORT_FR = {
    "member-state": "EM",
    "observer-state": "OBS",
    "panellist": "PAN",
    "independent-expert": "EXP",
    "group-of-states": "GRP",
    "un-entity": "ONU",
    "igo": "OIG",
    "ngo": "ONG",
    "african": "Afrique",
    "asia-pacific": "Asie-Pac.",
    "eastern-european": "Eur. or.",
    "latin-american-caribbean": "GRULAC",
    "western-european-other": "Eur. occ.",
}


def category_short(key: str, lang: str = "en") -> str:
    """"MS" in English, "EM" in French: a category in a list's narrow column."""
    return SHORT_FR[key] if lang == "fr" else CATEGORY_SHORT[key]


def group_short(key: str, lang: str = "en") -> str:
    """"WEOG" in English, "Eur. occ." in French: a regional group in a list's narrow column."""
    return SHORT_FR[key] if lang == "fr" else GROUP_SHORT[key]


# What a Chair types for a statement on behalf of a group of States.
_CATEGORY_ALIASES = {"group": "group-of-states", "group-statement": "group-of-states",
                     "on-behalf-of-a-group": "group-of-states"}

MAX_NAME = 120
MAX_TITLE = 160  # "Director, Division for Treaty Affairs, United Nations Office on Drugs and Crime"


class ParticipantError(Refusal, ValueError):
    """A name, category or regional group that cannot be accepted; the message says which (in the
    interface's language with `said`: text/refusal_texts.py)."""


def category_name(key: str, lang: str = "en") -> str:
    """"Member State": the catalog's name of a category (English by default, as typed in rosters)."""
    return tr(f"cat.{key}", lang)


def group_name(key: str, lang: str = "en") -> str:
    """"African States": the catalog's name of a regional group."""
    return tr(f"group.{key}", lang)


def _fold(value: str) -> str:
    return re.sub(r"[\s_]+", " ", value.strip().lower())


# The add dialog folds the ~230 known names each time it opens, and every keystroke folds again:
# both functions are pure, so a bounded cache turns that into look-ups.
@lru_cache(maxsize=4096)
def fold_chars(value: str) -> str:
    """Lower case without accents, one character for one ("Türkiye" -> "turkiye"): a folded
    prefix is as long as the prefix it folds, so a completion can be lined up with what was typed."""
    return "".join(unicodedata.normalize("NFKD", c)[0].lower()[:1] or c for c in value)


@lru_cache(maxsize=4096)
def name_key(value: str) -> str:
    """What two spellings of one participant share: case, accents, spacing and punctuation
    ignored ("cote d ivoire" and "Côte d'Ivoire")."""
    return " ".join(re.sub(r"[^\w]+", " ", fold_chars(value)).split())


def parse_category(value: str) -> str:
    folded = _fold(value).replace(" ", "-")
    if folded in CATEGORIES:
        return folded
    if folded in _CATEGORY_ALIASES:
        return _CATEGORY_ALIASES[folded]
    for key in CATEGORIES:
        if folded in (_fold(category_name(key)).replace(" ", "-"), CATEGORY_SHORT[key].lower(),
                      SHORT_FR[key].lower()):
            return key
    raise ParticipantError("refuse.category", value=value, choices=", ".join(CATEGORIES))


def parse_group(value: str) -> str | None:
    folded = _fold(value)
    if not folded:
        return None
    key = _GROUP_LOOKUP.get(folded) or _GROUP_LOOKUP.get(folded.replace("-", " ")) or next(
        (k for k in REGIONAL_GROUPS if folded in (_fold(group_name(k, "fr")), _fold(SHORT_FR[k]))), None)
    if key is None:
        raise ParticipantError("refuse.group", value=value, choices=", ".join(GROUP_SHORT.values()))
    return key


def clean_name(value: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise ParticipantError("refuse.no_name")
    if len(name) > MAX_NAME:
        raise ParticipantError("refuse.name_long", n=MAX_NAME)
    return name


def clean_title(value: str | None) -> str | None:
    """A speaker's title or function as typed, on one line; None when there is none."""
    title = " ".join((value or "").split())
    if len(title) > MAX_TITLE:
        raise ParticipantError("refuse.title_long", n=MAX_TITLE)
    return title or None


@dataclass(frozen=True, slots=True)
class Participant:
    name: str
    category: str
    group: str | None = None
    # "Director, Division for Treaty Affairs": shown under the name on the room display and in
    # the summary's list of speakers. Not part of who they are: two titles, one participant.
    title: str | None = None

    @classmethod
    def make(cls, name: str, category: str = "member-state", group: str | None = None,
             title: str | None = None) -> Participant:
        """A validated participant from what a user typed; raises ParticipantError."""
        cat = parse_category(category)
        grp = parse_group(group) if group else None
        if grp and cat not in GROUPED:
            raise ParticipantError("refuse.group_not_here", category=cat)
        return cls(clean_name(name), cat, grp, clean_title(title))

    def as_dict(self) -> dict[str, str | None]:
        data = {"name": self.name, "category": self.category, "group": self.group}
        if self.title:  # absent, not null, when there is none: events written before titles read the same
            data["title"] = self.title
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> Participant:
        group, title = data.get("group"), data.get("title")
        return cls(str(data["name"]), str(data["category"]), str(group) if group else None,
                   str(title) if title else None)
