"""Texts of meetings and of the forecast (will the list fit the meeting?), en/fr."""

from __future__ import annotations

MEETING: dict[str, dict[str, str]] = {
    "sum.count.group-of-states": {"en": "{n} group of States|{n} groups of States",
                                  "fr": "{n} groupe d'États|{n} groupes d'États"},
    # the summary: when the discussion was held, and the clock of each meeting (Annex II)
    "sum.meetings_one": {"en": "The discussion was held in one meeting, {spans}.",
                         "fr": "Le débat s'est tenu en une séance, {spans}.",
                         "es": "El debate se celebró en una sesión, {spans}."},
    "sum.meetings": {"en": "The discussion was held in {count} meetings, {spans}.",
                     "fr": "Le débat s'est tenu en {count} séances, {spans}.",
                     "es": "El debate se celebró en {count} sesiones, {spans}."},
    "sum.meeting_span": {"en": "from {start} to {end}", "fr": "de {start} à {end}",
                         "es": "de {start} a {end}"},
    "sum.meeting_and": {"en": " and ", "fr": " et ", "es": " y "},
    "sum.by_meeting": {"en": "Time per meeting", "fr": "Temps par séance", "es": "Tiempo por sesión"},
    "sum.by_meeting_use": {"en": "Time used in each meeting by category and regional group",
                           "fr": "Temps utilisé à chaque séance par catégorie et groupe régional",
                           "es": "Tiempo utilizado en cada sesión por categoría y grupo regional"},
    "sum.col.meeting": {"en": "Meeting", "fr": "Séance", "es": "Sesión"},
    "sum.col.meeting_n": {"en": "Meeting {n}", "fr": "Séance {n}", "es": "Sesión {n}"},
    "sum.col.hours": {"en": "Hours", "fr": "Horaire", "es": "Horario"},
    "sum.col.available": {"en": "Time available", "fr": "Temps disponible", "es": "Tiempo disponible"},
    "sum.col.spoken": {"en": "Time spoken", "fr": "Temps de parole", "es": "Tiempo de palabra"},
    "sum.col.unused": {"en": "No speaker", "fr": "Sans orateur", "es": "Sin orador"},
    "sum.col.carried": {"en": "Carried over", "fr": "Reportés", "es": "Aplazados"},
    # the forecast, as a sentence (session show) and as the console's one line
    "fc.ends": {"en": "list ends ≈ {at}", "fr": "fin de la liste ≈ {at}"},
    "fc.spare": {"en": "{min} min to spare", "fr": "{min} min de marge"},
    "fc.past": {"en": "{min} min past the meeting", "fr": "{min} min après la fin de la séance"},

    "fc.unreached": {"en": "{n} speaker would not be reached|{n} speakers would not be reached",
                     "fr": "{n} orateur ne serait pas entendu|{n} orateurs ne seraient pas entendus"},

    "fc.empty": {"en": "nobody waiting", "fr": "personne en attente"},
    "fc.meeting": {"en": "meeting {n} until {end}", "fr": "séance {n} jusqu'à {end}"},


    "fc.method.limits": {"en": "by limits", "fr": "selon les limites"},
    "fc.method.observed": {"en": "by averages spoken (≥{n} per category)",
                           "fr": "selon les moyennes (≥{n} par catégorie)"},
    "fc.method.mixed": {"en": "by limits and averages spoken (≥{n} per category)",
                        "fr": "selon limites et moyennes (≥{n} par catégorie)"},
    # the console's line, at most 78 characters at 80 columns
    "fc.s.open": {"en": "M{n} → {end} ({left} min left)", "fr": "S{n} → {end} (reste {left} min)"},
    "fc.s.past": {"en": "M{n} → {end} ({over} min past)", "fr": "S{n} → {end} (dépassée de {over} min)"},
    "fc.s.ahead": {"en": "M{n} {start}-{end}", "fr": "S{n} {start}-{end}"},
    "fc.s.end": {"en": "M{n} → {end}", "fr": "S{n} → {end}"},
    "fc.s.list": {"en": "list ≈ {at}", "fr": "liste ≈ {at}"},
    "fc.s.spare": {"en": "{min} min spare", "fr": "{min} min de marge"},
    "fc.s.over": {"en": "+{min} min", "fr": "+{min} min"},
    "fc.s.unreached": {"en": "{n} not reached", "fr": "{n} hors délai"},
    "fc.s.limits": {"en": "limits", "fr": "limites"},
    "fc.s.observed": {"en": "averages", "fr": "moyennes"},
    "fc.s.mixed": {"en": "limits+averages", "fr": "limites+moyennes"},
    "fc.s.mixed_short": {"en": "mixed", "fr": "mixte"},
    # the console
    "key.meeting": {"en": "Meeting", "fr": "Séance"},
    "help.meeting": {"en": "Open the next meeting, or close the open one (those waiting carry over)",
                     "fr": "Ouvrir la séance suivante, ou clore la séance (les inscrits sont reportés)"},
    "key.room_forecast": {"en": "Forecast in the room", "fr": "Prévision en salle"},
    "help.room_forecast": {"en": "Show the forecast on the room display, or hide it",
                           "fr": "Afficher la prévision sur l'écran de la salle, ou la masquer"},
    "msg.room_forecast_on": {"en": "The room display shows the forecast",
                             "fr": "L'écran de la salle affiche la prévision"},
    "msg.room_forecast_off": {"en": "The forecast is off the room display",
                              "fr": "La prévision n'est plus affichée en salle"},
    "status.unreached": {"en": "not reached", "fr": "non atteint"},
    "msg.meeting_opened": {"en": "Meeting {n} opened", "fr": "Séance {n} ouverte"},
    "msg.meeting_closed": {"en": "Meeting {n} closed; {waiting} waiting carried over",
                           "fr": "Séance {n} close ; {waiting} inscrit(s) reporté(s)"},
}
