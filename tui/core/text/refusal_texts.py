"""What the Chair is told when an action is refused, in English and French: the engine's rules
(`debate/engine.py`), a name, category or group that cannot be accepted (`debate/participants.py`),
a duration that is not one (`text/durations.py`), a plan of meetings that cannot be
(`debate/schedule.py`). Each is raised as a `Refusal` with its key and said in the interface's
language (`refusals.py`); tests/test_refusals.py checks that every key raised has its French.

`{name}` is a participant's name (shown as the interface names it: "Allemagne"), `{language}` a
language code (shown as its name), `{n}` a count (written "4,000" / "4 000"), `{id}` a number that
names something (as it is); an entry holding "|" is "singular|plural" by `n`.
"""

from __future__ import annotations

REFUSALS: dict[str, dict[str, str]] = {
    # -- the list of speakers ------------------------------------------------------------------------
    "refuse.no_speakers": {"en": "no speakers to add", "fr": "aucun orateur à inscrire"},
    "refuse.list_closed": {"en": "the list of speakers is closed (reopen it to add speakers)",
                           "fr": "la liste des orateurs est close (rouvrez-la pour inscrire des orateurs)"},
    "refuse.position": {"en": "a position on the list starts at 1",
                        "fr": "le rang sur la liste commence à 1"},
    "refuse.replies_meeting": {
        "en": "{name} already has {n} rights of reply in meeting {meeting} (first {first}, second {second})",
        "fr": "{name} a déjà exercé {n} droits de réponse à la séance {meeting} (1re {first}, 2e {second})"},
    "refuse.replies_so_far": {
        "en": "{name} already has {n} rights of reply so far (first {first}, second {second})",
        "fr": "{name} a déjà exercé {n} droits de réponse (1re {first}, 2e {second})"},
    "refuse.no_entry": {"en": "no entry {entry} on the list of speakers",
                        "fr": "aucune inscription n° {entry} sur la liste des orateurs"},
    "refuse.remove_speaking": {"en": "{name} has the floor; end the intervention first",
                               "fr": "{name} a la parole : terminez d'abord l'intervention"},
    "refuse.already_there": {"en": "already there", "fr": "déjà à cette place"},
    "refuse.already_closed": {"en": "the list of speakers is already closed",
                              "fr": "la liste des orateurs est déjà close"},
    "refuse.already_open": {"en": "the list of speakers is open", "fr": "la liste des orateurs est ouverte"},
    # -- the floor ---------------------------------------------------------------------------------
    "refuse.nobody_waiting": {"en": "nobody is waiting on the list of speakers",
                              "fr": "personne n'attend la parole sur la liste des orateurs"},
    "refuse.spoken_again": {
        "en": "{name} has already spoken from this place on the list; add them again to give them "
              "the floor again",
        "fr": "{name} a déjà parlé à ce rang de la liste : inscrivez de nouveau cet orateur pour lui "
              "redonner la parole"},
    "refuse.order_heard": {"en": "a point of order is being heard; end it first",
                           "fr": "une motion d'ordre est en cours : terminez-la d'abord"},
    "refuse.limit_spoken": {"en": "{name} has already spoken from this place on the list",
                            "fr": "{name} a déjà parlé à ce rang de la liste"},
    "refuse.limit_range": {"en": "a limit is between 0:01 and 60:00",
                           "fr": "une limite va de 0:01 à 60:00"},
    "refuse.limit_same": {"en": "{name} already has a limit of {limit}",
                          "fr": "{name} a déjà une limite de {limit}"},
    "refuse.nobody_floor": {"en": "nobody has the floor", "fr": "personne n'a la parole"},
    "refuse.paused": {"en": "the clock is already paused", "fr": "le chronomètre est déjà suspendu"},
    "refuse.running": {"en": "the clock is running", "fr": "le chronomètre tourne déjà"},
    "refuse.more_time": {"en": "more time is between 1 second and 1 hour",
                         "fr": "le temps ajouté va d'une seconde à une heure"},
    "refuse.no_order": {"en": "no point of order is being heard",
                        "fr": "aucune motion d'ordre n'est en cours"},
    "refuse.not_order": {"en": "intervention {id} is not a point of order",
                         "fr": "l'intervention n° {id} n'est pas une motion d'ordre"},
    "refuse.ruling_empty": {"en": "a ruling needs some text", "fr": "une décision doit avoir un texte"},
    "refuse.ruling_long": {"en": "a ruling is limited to {n} characters",
                           "fr": "une décision est limitée à {n} caractères"},
    "refuse.order_already": {"en": "a point of order is already being heard",
                             "fr": "une motion d'ordre est déjà en cours"},
    # -- meetings and settings ---------------------------------------------------------------------
    "refuse.floor_outside": {"en": "someone has the floor outside a meeting; end the intervention first",
                             "fr": "quelqu'un a la parole hors séance : terminez d'abord l'intervention"},
    "refuse.meetings_held": {
        "en": "{n} meeting has been held already; keep it in the plan|"
              "{n} meetings have been held already; keep them in the plan",
        "fr": "{n} séance s'est déjà tenue : gardez-la dans le programme|"
              "{n} séances se sont déjà tenues : gardez-les dans le programme"},
    "refuse.meeting_backwards": {"en": "meeting {id} ends before it starts",
                                 "fr": "la séance {id} finit avant de commencer"},
    "refuse.meeting_overlap": {"en": "meeting {id} starts before meeting {previous} ends",
                               "fr": "la séance {id} commence avant la fin de la séance {previous}"},
    "refuse.nothing_to_change": {"en": "nothing to change", "fr": "rien à changer"},
    "refuse.limit_between": {"en": "the limit {which} must be between 0:01 and 1:00:00",
                             "fr": "la limite {which} doit aller de 0:01 à 1:00:00"},
    "refuse.meeting_open": {"en": "meeting {meeting} is open; close it first",
                            "fr": "la séance {meeting} est ouverte : levez-la d'abord"},
    "refuse.meeting_inverted": {"en": "the meeting would end before it starts",
                                "fr": "la séance finirait avant de commencer"},
    "refuse.no_meeting": {"en": "no meeting is open", "fr": "aucune séance n'est ouverte"},
    "refuse.forecast_shown": {"en": "the room display already shows the forecast",
                              "fr": "l'écran de la salle affiche déjà la prévision"},
    "refuse.forecast_hidden": {"en": "the room display already hides the forecast",
                               "fr": "l'écran de la salle n'affiche déjà plus la prévision"},
    # -- sub-themes and points ---------------------------------------------------------------------
    "refuse.no_subtheme": {"en": "no sub-theme {subtheme!r} in guide {guide}",
                           "fr": "aucun sous-thème {subtheme!r} dans le guide {guide}"},
    "refuse.no_question": {"en": "no question {ref!r} in guide {guide}",
                           "fr": "aucune question {ref!r} dans le guide {guide}"},
    "refuse.topic_same": {"en": "that is already the current sub-theme and question",
                          "fr": "ce sont déjà le sous-thème et la question en cours"},
    "refuse.no_point": {"en": "no point {id}", "fr": "aucun point n° {id}"},
    "refuse.point_field": {"en": "a point has no field {field!r}",
                           "fr": "un point n'a pas de champ {field!r}"},
    "refuse.left_out": {"en": "that point is already left out", "fr": "ce point est déjà écarté"},
    "refuse.in_summary": {"en": "that point is in the summary", "fr": "ce point est dans le résumé"},
    "refuse.typed_in": {"en": "the point was typed in {language}: edit its text instead",
                        "fr": "le point a été saisi en {language} : modifiez plutôt son texte"},
    "refuse.merge_two": {"en": "select at least two points to merge",
                         "fr": "marquez au moins deux points à fusionner"},
    "refuse.verb": {"en": "unknown reporting verb {verb!r} (expected one of {verbs})",
                    "fr": "verbe de compte rendu inconnu {verb!r} (attendu : {verbs})"},
    "refuse.language": {"en": "unknown language {code!r} (expected one of {codes})",
                        "fr": "langue inconnue {code!r} (attendu : {codes})"},
    "refuse.point_empty": {"en": "a point needs some text", "fr": "un point doit avoir un texte"},
    "refuse.point_long": {"en": "a point is limited to {n} characters",
                          "fr": "un point est limité à {n} caractères"},
    # -- the panel ---------------------------------------------------------------------------------
    "refuse.panel_category": {"en": "the panel holds panellists and independent experts",
                              "fr": "le panel réunit des panélistes et des experts indépendants"},
    "refuse.panel_group": {"en": "a panellist holds the seat of a regional group: give the group",
                           "fr": "un panéliste occupe le siège d'un groupe régional : indiquez le groupe"},
    "refuse.no_member": {"en": "no panel member {id}", "fr": "aucun membre n° {id} au panel"},
    # -- undo and the debate -----------------------------------------------------------------------
    "refuse.nothing_to_undo": {"en": "nothing to undo", "fr": "rien à annuler"},
    "refuse.finished": {"en": "the debate is already finished", "fr": "le débat est déjà terminé"},
    "refuse.not_finished": {"en": "the debate is not finished", "fr": "le débat n'est pas terminé"},
    # -- names, categories, groups (debate/participants.py) -------------------------------------------
    "refuse.category": {"en": "unknown category {value!r} (expected one of {choices})",
                        "fr": "catégorie inconnue {value!r} (attendu : {choices})"},
    "refuse.group": {"en": "unknown regional group {value!r} (expected one of {choices} or the group's name)",
                     "fr": "groupe régional inconnu {value!r} (attendu : {choices} ou le nom du groupe)"},
    "refuse.no_name": {"en": "a speaker needs a name", "fr": "un orateur doit avoir un nom"},
    "refuse.name_long": {"en": "name longer than {n} characters",
                         "fr": "nom de plus de {n} caractères"},
    "refuse.title_long": {"en": "title longer than {n} characters; keep the function and the office "
                                "(\"Director, Division for Treaty Affairs\")",
                          "fr": "titre de plus de {n} caractères : gardez la fonction et le service "
                                "(« Directrice, Division des traités »)"},
    "refuse.group_not_here": {"en": "a regional group applies to States and panellists only, not to "
                                    "the category {category}",
                              "fr": "un groupe régional ne s'applique qu'aux États et aux panélistes, "
                                    "pas à la catégorie {category}"},
    # -- durations (text/durations.py) ----------------------------------------------------------------
    "refuse.duration": {"en": "not a duration: {text!r} (write 5:00, 300, 5m or 300s: minutes and "
                              "seconds 00 to 59, from 0:01 to {longest})",
                        "fr": "pas une durée : {text!r} (écrivez 5:00, 300, 5m ou 300s : minutes et "
                              "secondes de 00 à 59, de 0:01 à {longest})"},
    "refuse.duration_range": {"en": "duration out of range: {text!r} (from 0:01 to {longest})",
                              "fr": "durée hors limites : {text!r} (de 0:01 à {longest})"},
}
