"""A scripted debate on the 2011 guide, on a fake clock, for the summary tests and benchmark."""

from __future__ import annotations

from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.participants import Participant as P
from tui.core.debate.session_meta import SessionMeta

META = SessionMeta("ccpcj-20-golden", chair="Ms. Chair Example (Austria)")


def scripted_session(guide) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    s.add_panel_member(P.make("Ms. Ana Lopes", "panellist", "GRULAC"), received=True)
    s.add_panel_member(P.make("Mr. Kofi Mensah", "panellist", "AFR"))
    s.add_panel_member(P.make("Dr. Li Wei", "independent-expert"))
    for name, category, group in [
        ("Ms. Ana Lopes", "panellist", "GRULAC"), ("Mr. Kofi Mensah", "panellist", "AFR"),
        ("Brazil", "member-state", "GRULAC"), ("Nigeria", "member-state", "AFR"),
        ("Japan", "member-state", "APG"), ("Holy See", "observer-state", None),
        ("UNICEF", "un-entity", None), ("ECPAT International", "ngo", None),
    ]:
        s.add_speaker(P.make(name, category, group))
    a = guide.subthemes()[0]
    b = guide.subthemes()[1]
    s.set_topic(a.children[0].id, guide.find("1(a)").id)
    s.give_floor()  # Ms. Ana Lopes
    clock.advance(615)
    s.add_point("Risks to children grow with mobile access to the Internet", main=True)
    s.give_floor()  # Mr. Kofi Mensah
    clock.advance(540)
    s.add_point("Data on online abuse remain scarce in most regions", main=True)
    s.set_topic(a.children[1].id, None)
    s.give_floor()  # Brazil
    clock.advance(280)
    s.add_point("Brazil's new law criminalizes the grooming of children online", main=True)
    s.give_floor()  # Nigeria
    clock.advance(330)
    s.point_of_order(P.make("Japan", "member-state", "APG"))
    clock.advance(40)
    s.end()
    clock.advance(10)
    p2 = s.add_point("Cooperation with Internet service providers is essential")
    s.set_topic(b.id, guide.find("7(a)").id)
    s.give_floor()  # Japan
    clock.advance(250)
    p3 = s.add_point("Cooperation with service providers must be strengthened")
    s.merge_points([p2, p3], "Cooperation with Internet service providers must be strengthened")
    s.edit_point(p2, main=True)
    s.give_floor()  # Holy See
    clock.advance(200)
    s.add_point("Education of parents is part of prevention")  # recorded, not a main point
    s.give_floor()  # UNICEF
    clock.advance(290)
    s.add_point("Child victims need specialized support services", main=True, conclusion=True)
    s.give_floor()  # ECPAT International
    clock.advance(150)
    s.add_point("Internet monitoring platforms should cooperate across borders", conclusion=True,
                subtheme=None, question=None)
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
