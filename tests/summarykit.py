"""A scripted debate on the 2011 guide, on a fake clock, for the summary tests and benchmark.

It holds what a summary must get right: panellists and delegations, merged points (two
panellists; four delegations), chosen reporting verbs and defaults, a point of order, a point
left out by the Chair, a point typed in French with a Spanish text but no English one, points
given in other languages, States whose names take articles and plural verbs, points on sub-items
and questions recorded out of guide order, conclusions.
"""

from __future__ import annotations

from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.participants import Participant as P
from tui.core.debate.session_meta import SessionMeta

META = SessionMeta("ccpcj-20-golden", chair="Ms. Chair Example (Austria)")


def _translate(s: Session, point: int, fr: str, es: str) -> None:
    s.translate_point(point, "fr", fr)
    s.translate_point(point, "es", es)


def scripted_session(guide) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    s.add_panel_member(P.make("Ms. Ana Lopes", "panellist", "GRULAC"), received=True)
    s.add_panel_member(P.make("Mr. Kofi Mensah", "panellist", "AFR"))
    s.add_panel_member(P.make("Dr. Li Wei", "independent-expert"))
    for name, category, group in [
        ("Ms. Ana Lopes", "panellist", "GRULAC"), ("Mr. Kofi Mensah", "panellist", "AFR"),
        ("Brazil", "member-state", "GRULAC"), ("Nigeria", "member-state", "AFR"),
        ("Japan", "member-state", "APG"), ("Russian Federation", "member-state", "EEG"),
        ("United States of America", "member-state", "WEOG"), ("France", "member-state", "WEOG"),
        ("Holy See", "observer-state", None), ("UNICEF", "un-entity", None),
        ("ECPAT International", "ngo", None),
    ]:
        s.add_speaker(P.make(name, category, group))
    a, b = guide.subthemes()[0], guide.subthemes()[1]
    s.set_topic(a.children[1].id, guide.find("2(a)").id)
    s.give_floor()  # Ms. Ana Lopes
    clock.advance(615)
    p = s.add_point("Offenders use social networking sites to contact "
                    "children", main=True, verb="highlighted")
    _translate(s, p, "Les délinquants utilisent les sites de réseaux sociaux pour entrer en contact avec "
               "des enfants", "los delincuentes utilizan las redes sociales para ponerse en "
                              "contacto con niños")
    a1 = s.add_point("Reporting mechanisms must be adapted to children")
    s.set_topic(a.children[0].id, guide.find("1(a)").id)
    s.give_floor()  # Mr. Kofi Mensah
    clock.advance(540)
    p = s.add_point("Data on online abuse remain scarce in most regions", main=True, verb="concern")
    _translate(s, p, "Les données sur les abus en ligne restent rares dans la plupart des régions",
               "los datos sobre los abusos en línea siguen siendo escasos en la mayoría de las regiones")
    k1 = s.add_point("Reporting mechanisms should be adapted to children")
    merged = s.merge_points([a1, k1], "Reporting mechanisms should be adapted to children")
    s.edit_point(merged, verb="recommended")
    _translate(s, merged, "Les mécanismes de signalement soient adaptés aux enfants",
               "los mecanismos de denuncia se adapten a los niños")
    s.set_topic(a.children[1].id, None)
    s.give_floor()  # Brazil
    clock.advance(280)
    p = s.add_point("Its new law criminalizes the grooming of children online", main=True, verb="reported")
    _translate(s, p, "Sa nouvelle loi érige en infraction la sollicitation d'enfants en ligne",
               "su nueva ley tipifica como delito el acoso de niños en línea con fines sexuales")
    s.set_topic(b.id, guide.find("7(a)").id)
    s.give_floor()  # Nigeria
    clock.advance(330)
    s.point_of_order(P.make("Japan", "member-state", "APG"))
    clock.advance(40)
    s.end()
    clock.advance(10)
    coop = [s.add_point("Cooperation with Internet service providers is essential")]
    s.give_floor()  # Japan
    clock.advance(250)
    coop.append(s.add_point("Cooperation with service providers must be strengthened"))
    s.give_floor()  # Russian Federation
    clock.advance(290)
    coop.append(s.add_point("Providers should keep data for investigators"))
    s.give_floor()  # United States of America
    clock.advance(310)
    coop.append(s.add_point("Industry is a partner"))
    p = s.merge_points(coop, "Cooperation with Internet service providers must be strengthened")
    s.edit_point(p, main=True)
    _translate(s, p, "La coopération avec les fournisseurs de services Internet doit être renforcée",
               "debe reforzarse la cooperación con los proveedores de servicios de Internet")
    s.add_point("Hotlines should be able to receive reports from abroad")  # not a main point
    s.give_floor()  # France
    clock.advance(240)
    s.set_topic(a.children[0].id, guide.find("1(b)").id)
    p = s.add_point("Il faut harmoniser les définitions de la pédopornographie", lang="fr")
    s.translate_point(p, "es", "es necesario armonizar las definiciones de la pornografía infantil")
    s.set_topic(b.id, guide.find("7(a)").id)
    s.give_floor()  # Holy See
    clock.advance(200)
    p = s.add_point("Education of parents is part of prevention")
    s.leave_out(p, "said again under sub-theme (b) by UNICEF")
    s.give_floor()  # UNICEF
    clock.advance(290)
    p = s.add_point("Child victims need specialized support services", main=True, conclusion=True)
    _translate(s, p, "Les enfants victimes ont besoin de services d'aide spécialisés",
               "los niños víctimas necesitan servicios de apoyo especializados")
    s.give_floor()  # ECPAT International
    clock.advance(150)
    p = s.add_point("Internet monitoring platforms should cooperate across borders", conclusion=True,
                    subtheme=None, question=None, verb="recommended")
    _translate(s, p, "Les plateformes de surveillance d'Internet coopèrent par-delà les frontières",
               "las plataformas de vigilancia de Internet cooperen a través de las fronteras")
    s.end()
    return s, clock


def session_with(guide, text: str, name: str) -> tuple[Session, FakeClock]:
    """One speaker whose name and two points are `name` and `text`."""
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    s.add_speaker(P.make(name, "ngo"))
    s.add_panel_member(P.make(name, "independent-expert"))
    s.give_floor()
    clock.advance(60)
    s.add_point(text, main=True)
    s.add_point(text, conclusion=True, by=None)
    s.end()
    return s, clock
