"""Wording of the Chair's summary in English, French and Spanish (merged into `catalog.CATALOG`).

French and Spanish say "la présidence" / "la Presidencia" for the Chair, as UN texts in those
languages do when the office rather than the person speaks: no gender to guess. French calls the
panellists "intervenants" (decision 18/1 in French) and the speakers from the floor "orateurs".
"""

from __future__ import annotations

SUMMARY: dict[str, dict[str, str]] = {
    "sum.title": {"en": "Chair's summary of the thematic discussion on “{theme}”",
                  "fr": "Résumé de la présidence sur le débat thématique consacré au thème « {theme} »",
                  "es": "Resumen de la Presidencia sobre el debate temático dedicado al tema “{theme}”"},
    "sum.masthead": {"en": "United Nations", "fr": "Nations Unies", "es": "Naciones Unidas"},
    "sum.intro": {"en": "I. Introduction", "fr": "I. Introduction", "es": "I. Introducción"},
    "sum.main": {"en": "II. Main points of the discussion", "fr": "II. Principaux points du débat",
                 "es": "II. Principales cuestiones planteadas en el debate"},
    "sum.conclusions": {"en": "III. Conclusions of the Chair", "fr": "III. Conclusions de la présidence",
                        "es": "III. Conclusiones de la Presidencia"},
    "sum.annex1": {"en": "Annex I. List of speakers", "fr": "Annexe I. Liste des orateurs",
                   "es": "Anexo I. Lista de oradores"},
    "sum.annex2": {"en": "Annex II. Speaking time", "fr": "Annexe II. Temps de parole",
                   "es": "Anexo II. Tiempo de uso de la palabra"},
    "sum.annex3": {"en": "Annex III. Coverage of the discussion guide",
                   "fr": "Annexe III. Questions du guide de discussion abordées",
                   "es": "Anexo III. Preguntas de la guía de debate abordadas"},
    "sum.mandate": {
        "en": "In accordance with its decision 18/1 on the guiding principles for the thematic "
              "discussions, the Commission held, at its {session}, under item {item} of its agenda, a "
              "thematic discussion on “{theme}”.",
        "fr": "Conformément à sa décision 18/1 relative aux principes directeurs des débats "
              "thématiques, la Commission a tenu, à sa {session}, au titre du point {item} de son ordre "
              "du jour, un débat thématique consacré au thème « {theme} ».",
        "es": "De conformidad con su decisión 18/1, relativa a los principios rectores de los debates "
              "temáticos, la Comisión celebró, en su {session}, en relación con el tema {item} de su "
              "programa, un debate temático dedicado al tema “{theme}”."},
    # No session to name (a guide without meta.session.title or a usable number): the clause left out.
    "sum.mandate_nosession": {
        "en": "In accordance with its decision 18/1 on the guiding principles for the thematic "
              "discussions, the Commission held, under item {item} of its agenda, a thematic discussion "
              "on “{theme}”.",
        "fr": "Conformément à sa décision 18/1 relative aux principes directeurs des débats "
              "thématiques, la Commission a tenu, au titre du point {item} de son ordre du jour, un débat "
              "thématique consacré au thème « {theme} ».",
        "es": "De conformidad con su decisión 18/1, relativa a los principios rectores de los debates "
              "temáticos, la Comisión celebró, en relación con el tema {item} de su programa, un debate "
              "temático dedicado al tema “{theme}”."},
    "sum.guide": {"en": "The discussion followed the discussion guide prepared by the Secretariat "
                        "({symbol}).",
                  "fr": "Le débat s'est appuyé sur le guide de discussion établi par le Secrétariat "
                        "({symbol}).",
                  "es": "El debate se basó en la guía de debate preparada por la Secretaría ({symbol})."},
    "sum.guide_nosymbol": {"en": "The discussion followed the discussion guide prepared by the Secretariat.",
                           "fr": "Le débat s'est appuyé sur le guide de discussion établi par le "
                                 "Secrétariat.",
                           "es": "El debate se basó en la guía de debate preparada por la Secretaría."},
    "sum.held_chaired": {"en": "The discussion was held on {date} and chaired by {chair}.",
                         "fr": "Le débat s'est tenu le {date} sous la présidence de {chair}.",
                         "es": "El debate se celebró el {date} bajo la presidencia de {chair}."},
    "sum.held": {"en": "The discussion was held on {date}.", "fr": "Le débat s'est tenu le {date}.",
                 "es": "El debate se celebró el {date}."},
    "sum.held_days": {"en": "The discussion was held from {date}.", "fr": "Le débat s'est tenu du {date}.",
                      "es": "El debate se celebró del {date}."},
    "sum.chaired": {"en": "The discussion was chaired by {chair}.",
                    "fr": "Le débat s'est tenu sous la présidence de {chair}.",
                    "es": "El debate se celebró bajo la presidencia de {chair}."},
    # French: "intervenants", as decision 18/1 calls the panellists in French (its paragraph on
    # the "exposés liminaires des intervenants"); "le panel" is an anglicism there.
    "sum.panel": {"en": "The panel was composed of {members}.", "fr": "Les intervenants étaient {members}.",
                  "es": "El grupo de expertos estuvo integrado por {members}."},
    "sum.panel_one": {"en": "The panel was composed of {members}.", "fr": "L'intervenant était {members}.",
                      "es": "El grupo de expertos estuvo integrado por {members}."},
    "sum.panel_one_f": {"en": "The panel was composed of {members}.", "fr": "L'intervenante était {members}.",
                        "es": "El grupo de expertos estuvo integrado por {members}."},
    "sum.member": {"en": "{name} ({group})", "fr": "{name} ({group})", "es": "{name} ({group})"},
    "sum.expert": {"en": "{name} (independent expert)", "fr": "{name} (expert indépendant)",
                   "es": "{name} (experto independiente)"},
    "sum.presented": {"en": "Presentations were made by {counts}.",
                      "fr": "Des exposés ont été présentés par {counts}.",
                      "es": "Hicieron exposiciones {counts}."},
    "sum.statements": {"en": "Statements were made by {counts}.",
                       "fr": "Des déclarations ont été faites par {counts}.",
                       "es": "Formularon declaraciones {counts}."},
    "sum.presented_one": {"en": "A presentation was made by {counts}.",
                          "fr": "Un exposé a été présenté par {counts}.",
                          "es": "Hizo una exposición {counts}."},
    "sum.statements_one": {"en": "A statement was made by {counts}.",
                           "fr": "Une déclaration a été faite par {counts}.",
                           "es": "Formuló una declaración {counts}."},
    "sum.no_main_untranslated": {
        "en": "None of the points recorded has an English text yet: they are listed below, as recorded.",
        "fr": "Aucun des points consignés n'a encore de texte en français : ils sont reproduits "
              "ci-après tels qu'ils ont été consignés.",
        "es": "Ninguna de las cuestiones consignadas tiene todavía texto en español: se reproducen "
              "más abajo tal como se consignaron."},
    "sum.nobody_spoke": {"en": "No statement was recorded.", "fr": "Aucune déclaration n'a été enregistrée.",
                         "es": "No se registró ninguna declaración."},
    "sum.other_points": {"en": "Other points", "fr": "Autres points", "es": "Otras cuestiones"},
    "sum.no_main": {"en": "No point was recorded.", "fr": "Aucun point n'a été enregistré.",
                    "es": "No se registró ninguna cuestión."},
    "sum.regarding": {"en": "Regarding question {ref} of the discussion guide, ",
                      "fr": "S'agissant de la question {ref} du guide de discussion, ",
                      "es": "En relación con la pregunta {ref} de la guía de debate, "},
    "sum.regarding_short": {"en": "With regard to question {ref}, ",
                            "fr": "En ce qui concerne la question {ref}, ",
                            "es": "Con respecto a la pregunta {ref}, "},
    "sum.regarding_alt": {"en": "On question {ref}, ", "fr": "Au sujet de la question {ref}, ",
                          "es": "En cuanto a la pregunta {ref}, "},
    "sum.passive": {"en": "it was noted that", "fr": "il a été noté que", "es": "se señaló que"},
    "sum.guide_fallback": {
        "en": "Texts of the discussion guide that have no English version are given in {languages}.",
        "fr": "Les textes du guide de discussion qui n'existent pas en français sont donnés en {languages}.",
        "es": "Los textos de la guía de debate que no existen en español figuran en {languages}."},
    "sum.lang.en": {"en": "English", "fr": "anglais", "es": "inglés"},
    "sum.lang.fr": {"en": "French", "fr": "français", "es": "francés"},
    "sum.lang.es": {"en": "Spanish", "fr": "espagnol", "es": "español"},
    "sum.lang.ar": {"en": "Arabic", "fr": "arabe", "es": "árabe"},
    "sum.lang.zh": {"en": "Chinese", "fr": "chinois", "es": "chino"},
    "sum.lang.ru": {"en": "Russian", "fr": "russe", "es": "ruso"},
    "sum.chair_subject": {"en": "the Chair", "fr": "la présidence", "es": "la Presidencia"},
    "sum.in_closing": {"en": "In closing, ", "fr": "Pour conclure, ", "es": "Para concluir, "},
    "sum.in_addition": {"en": "In addition, ", "fr": "En outre, ", "es": "Además, "},
    "sum.untranslated": {"en": "Points without an English text (not included above)",
                         "fr": "Points sans texte en français (non repris ci-dessus)",
                         "es": "Cuestiones sin texto en español (no incluidas más arriba)"},
    "sum.untranslated_note": {
        "en": "The following points were recorded in another language and have not yet been given "
              "an English text. They are listed as recorded, for translation.",
        "fr": "Les points ci-après ont été consignés dans une autre langue et n'ont pas encore de "
              "texte en français. Ils sont reproduits tels qu'ils ont été consignés, pour traduction.",
        "es": "Las cuestiones siguientes se consignaron en otro idioma y aún no tienen texto en "
              "español. Se reproducen tal como se consignaron, para su traducción."},
    # annexes
    # "N°" as the UN's French tables head a number column; "Núm." as UN Spanish abbreviates
    # número ("vol. 2225, núm. 39574" in its treaty citations), capitalized at a column's head.
    "sum.col.n": {"en": "No.", "fr": "N°", "es": "Núm."},
    "sum.col.speaker": {"en": "Speaker", "fr": "Orateur", "es": "Orador"},
    "sum.col.title": {"en": "Title or function", "fr": "Titre ou fonction", "es": "Cargo o función"},
    "sum.col.category": {"en": "Category", "fr": "Catégorie", "es": "Categoría"},
    "sum.col.group": {"en": "Regional group", "fr": "Groupe régional", "es": "Grupo regional"},
    "sum.col.kind": {"en": "Intervention", "fr": "Intervention", "es": "Intervención"},
    "sum.col.time": {"en": "Time used", "fr": "Temps utilisé", "es": "Tiempo utilizado"},
    "sum.col.limit": {"en": "Limit", "fr": "Limite", "es": "Límite"},
    "sum.col.overrun": {"en": "Overrun", "fr": "Dépassement", "es": "Exceso"},
    "sum.col.interventions": {"en": "Interventions", "fr": "Interventions", "es": "Intervenciones"},
    "sum.col.total": {"en": "Total time", "fr": "Temps total", "es": "Tiempo total"},
    "sum.col.average": {"en": "Average", "fr": "Moyenne", "es": "Promedio"},
    "sum.col.overruns": {"en": "Overruns", "fr": "Dépassements", "es": "Excesos"},
    "sum.col.question": {"en": "Question", "fr": "Question", "es": "Pregunta"},
    "sum.col.text": {"en": "Text of the question", "fr": "Texte de la question", "es": "Texto de la "
                                                                                       "pregunta"},
    "sum.col.points": {"en": "Points", "fr": "Points", "es": "Cuestiones"},
    "sum.by_group": {"en": "By regional group", "fr": "Par groupe régional", "es": "Por grupo regional"},
    "sum.by_category": {"en": "By category", "fr": "Par catégorie", "es": "Por categoría"},
    "sum.no_group": {"en": "No regional group", "fr": "Sans groupe régional", "es": "Sin grupo regional"},
    "sum.total": {"en": "Total", "fr": "Total", "es": "Total"},
    "sum.time_used": {
        "en": "Interventions took {used} in all, of the {allotted} allotted.",
        "fr": "Les interventions ont duré {used} au total\u00a0; le temps alloué était de {allotted}.",
        "es": "Las intervenciones duraron {used} en total; el tiempo asignado era de {allotted}."},
    "sum.no_overrun": {"en": "No intervention exceeded its time limit.",
                       "fr": "Aucune intervention n'a dépassé le temps de parole imparti.",
                       "es": "Ninguna intervención excedió el tiempo asignado."},
    "sum.one_overrun": {"en": "One intervention exceeded its time limit, by {overrun}.",
                        "fr": "Une intervention a dépassé le temps de parole imparti, de {overrun}.",
                        "es": "Una intervención excedió el tiempo asignado, en {overrun}."},
    "sum.overruns": {"en": "{count} interventions exceeded their time limit, by {overrun} in all.",
                     "fr": "{count} interventions ont dépassé le temps de parole imparti, de "
                           "{overrun} au total.",
                     "es": "{count} intervenciones excedieron el tiempo asignado, en {overrun} en total."},
    "sum.covered": {"en": "The points recorded answer the following questions of the discussion guide.",
                    "fr": "Les points consignés répondent aux questions suivantes du guide de discussion.",
                    "es": "Las cuestiones consignadas responden a las siguientes preguntas de la "
                          "guía de debate."},
    "sum.uncovered": {"en": "No point was recorded on questions {refs}.",
                      "fr": "Aucun point n'a été consigné au titre des questions {refs}.",
                      "es": "No se consignó ninguna cuestión en relación con las preguntas {refs}."},
    "sum.uncovered_one": {"en": "No point was recorded on question {refs}.",
                          "fr": "Aucun point n'a été consigné au titre de la question {refs}.",
                          "es": "No se consignó ninguna cuestión en relación con la pregunta {refs}."},
    "sum.all_covered": {"en": "Every question of the guide received at least one point.",
                        "fr": "Chaque question du guide a fait l'objet d'au moins un point.",
                        "es": "Todas las preguntas de la guía recibieron al menos una cuestión."},
    "sum.none_covered": {"en": "No point was recorded on a question of the guide.",
                         "fr": "Aucun point n'a été rattaché à une question du guide.",
                         "es": "Ninguna cuestión se vinculó a una pregunta de la guía."},
    "sum.chart": {"en": "Speaking time by regional group", "fr": "Temps de parole par groupe régional",
                  "es": "Tiempo de uso de la palabra por grupo regional"},
}

# "Statements were made by three Member States": noun (singular, plural) and gender per category.
COUNT_NOUNS: dict[str, dict[str, tuple[str, str, bool]]] = {
    "member-state": {"en": ("Member State", "Member States", False),
                     "fr": ("État membre", "États membres", False),
                     "es": ("Estado Miembro", "Estados Miembros", False)},
    "observer-state": {"en": ("observer State", "observer States", False),
                       "fr": ("État observateur", "États observateurs", False),
                       "es": ("Estado observador", "Estados observadores", False)},
    "panellist": {"en": ("panellist", "panellists", False),
                  "fr": ("intervenant", "intervenants", False),
                  "es": ("panelista", "panelistas", False)},
    "independent-expert": {"en": ("independent expert", "independent experts", False),
                           "fr": ("expert indépendant", "experts indépendants", False),
                           "es": ("experto independiente", "expertos independientes", False)},
    "un-entity": {"en": ("United Nations entity", "United Nations entities", False),
                  "fr": ("entité des Nations Unies", "entités des Nations Unies", True),
                  "es": ("entidad de las Naciones Unidas", "entidades de las Naciones Unidas", True)},
    "igo": {"en": ("intergovernmental organization", "intergovernmental organizations", False),
            "fr": ("organisation intergouvernementale", "organisations intergouvernementales", True),
            "es": ("organización intergubernamental", "organizaciones intergubernamentales", True)},
    "group-of-states": {"en": ("group of States", "groups of States", False),
                        "fr": ("groupe d'États", "groupes d'États", False),
                        "es": ("grupo de Estados", "grupos de Estados", False)},
    "ngo": {"en": ("non-governmental organization", "non-governmental organizations", False),
            "fr": ("organisation non gouvernementale", "organisations non gouvernementales", True),
            "es": ("organización no gubernamental", "organizaciones no gubernamentales", True)},
}

# Labels of the annexes in the summary's three languages (the console's own labels live in ui_texts).
SUMMARY.update({
    "sum.cat.member-state": {"en": "Member State", "fr": "État membre", "es": "Estado Miembro"},
    "sum.cat.observer-state": {"en": "Observer State", "fr": "État observateur", "es": "Estado observador"},
    "sum.cat.panellist": {"en": "Panellist", "fr": "Intervenant", "es": "Panelista"},
    "sum.cat.independent-expert": {"en": "Independent expert", "fr": "Expert indépendant",
                                   "es": "Experto independiente"},
    "sum.cat.un-entity": {"en": "United Nations entity", "fr": "Entité des Nations Unies",
                          "es": "Entidad de las Naciones Unidas"},
    "sum.cat.igo": {"en": "Intergovernmental organization", "fr": "Organisation intergouvernementale",
                    "es": "Organización intergubernamental"},
    "sum.cat.group-of-states": {"en": "Group of States", "fr": "Groupe d'États", "es": "Grupo de Estados"},
    "sum.cat.ngo": {"en": "Non-governmental organization", "fr": "Organisation non gouvernementale",
                    "es": "Organización no gubernamental"},
    "sum.group.african": {"en": "African States", "fr": "États d'Afrique", "es": "Estados de África"},
    "sum.group.asia-pacific": {"en": "Asia-Pacific States", "fr": "États d'Asie et du Pacifique",
                               "es": "Estados de Asia y el Pacífico"},
    "sum.group.eastern-european": {"en": "Eastern European States", "fr": "États d'Europe orientale",
                                   "es": "Estados de Europa Oriental"},
    "sum.group.latin-american-caribbean": {"en": "Latin American and Caribbean States",
                                           "fr": "États d'Amérique latine et des Caraïbes",
                                           "es": "Estados de América Latina y el Caribe"},
    "sum.group.western-european-other": {"en": "Western European and other States",
                                         "fr": "États d'Europe occidentale et autres États",
                                         "es": "Estados de Europa Occidental y otros Estados"},
    "sum.kind.statement": {"en": "Statement", "fr": "Déclaration", "es": "Declaración"},
    "sum.kind.presentation": {"en": "Presentation", "fr": "Exposé", "es": "Exposición"},
    "sum.kind.reply": {"en": "Right of reply", "fr": "Droit de réponse", "es": "Derecho de respuesta"},
    "sum.kind.point-of-order": {"en": "Point of order", "fr": "Motion d'ordre", "es": "Cuestión de orden"},
})

# A summary made while someone still has the floor: their time is counted up to that moment.
SUMMARY.update({
    "sum.under_way": {
        "en": "As at {time}, {speaker} still had the floor; the time given for that intervention "
              "is the time spoken until then.",
        "fr": "À {time}, {speaker} avait encore la parole ; le temps indiqué pour cette intervention "
              "est celui écoulé jusque-là.",
        "es": "A las {time}, {speaker} todavía estaba en uso de la palabra; el tiempo indicado para "
              "esa intervención es el transcurrido hasta ese momento."},
    "sum.under_way_plural": {
        "en": "As at {time}, {speaker} still had the floor; the time given for that intervention "
              "is the time spoken until then.",
        "fr": "À {time}, {speaker} avaient encore la parole ; le temps indiqué pour cette intervention "
              "est celui écoulé jusque-là.",
        "es": "A las {time}, {speaker} todavía estaban en uso de la palabra; el tiempo indicado para "
              "esa intervención es el transcurrido hasta ese momento."},
    "sum.under_way_row": {
        "en": "Intervention {n} was still under way at {time}: its time is counted up to then.",
        "fr": "L'intervention {n} était encore en cours à {time} : son temps est compté jusque-là.",
        "es": "La intervención {n} seguía en curso a las {time}: su tiempo se cuenta hasta ese momento."},
})
