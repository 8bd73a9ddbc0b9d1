"""Texts of meetings and of the forecast (will the list fit the meeting?), en/fr."""

from __future__ import annotations

MEETING: dict[str, dict[str, str]] = {
    # the category of statements on behalf of a group of States
    "cat.group-of-states": {"en": "Group of States", "fr": "Groupe d'États"},
    "sum.count.group-of-states": {"en": "{n} group of States|{n} groups of States",
                                  "fr": "{n} groupe d'États|{n} groupes d'États"},
    # the forecast, as a sentence (session show) and as the console's one line
    "fc.ends": {"en": "list ends ≈ {at}", "fr": "fin de la liste ≈ {at}"},
    "fc.spare": {"en": "{min} min to spare", "fr": "{min} min de marge"},
    "fc.past": {"en": "{min} min past the meeting", "fr": "{min} min après la fin de la séance"},
    "fc.past_short": {"en": "{min} min over", "fr": "{min} min de trop"},
    "fc.unreached": {"en": "{n} speaker would not be reached|{n} speakers would not be reached",
                     "fr": "{n} orateur ne serait pas entendu|{n} orateurs ne seraient pas entendus"},
    "fc.unreached_short": {"en": "{n} not reached", "fr": "{n} non entendu(s)"},
    "fc.empty": {"en": "nobody waiting", "fr": "personne en attente"},
    "fc.meeting": {"en": "meeting {n} until {end}", "fr": "séance {n} jusqu'à {end}"},
    "fc.meeting_short": {"en": "M{n}→{end}", "fr": "S{n}→{end}"},
    "fc.no_meeting": {"en": "no meeting planned", "fr": "aucune séance prévue"},
    "fc.left": {"en": "{left} left", "fr": "reste {left}"},
    "fc.method.limits": {"en": "by limits", "fr": "selon les limites"},
    "fc.method.observed": {"en": "by averages spoken (≥{n} per category)",
                           "fr": "selon les moyennes (≥{n} par catégorie)"},
    "fc.method.mixed": {"en": "by limits and averages spoken (≥{n} per category)",
                        "fr": "selon limites et moyennes (≥{n} par catégorie)"},
    "fc.method_short.limits": {"en": "limits", "fr": "limites"},
    "fc.method_short.observed": {"en": "averages", "fr": "moyennes"},
    "fc.method_short.mixed": {"en": "limits+avg", "fr": "lim.+moy."},
    "fc.unreached_mark": {"en": "first speaker the meeting would not reach",
                          "fr": "premier orateur que la séance n'atteindrait pas"},
}
