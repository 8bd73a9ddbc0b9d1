"""The meetings for the Chair's summary: when the discussion was held, and the clock of each meeting
(tui/core/summary/meetings.py, called by the summary writer)."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.participants import Participant as P
from tui.core.summary.meetings import meetings_annex, meetings_sentence
from tui.core.text.catalog import tr

HOUR, MIN = 3600.0, 60.0
T0 = FakeClock().t  # 08:00 UTC (the tests read local time in UTC)
MORNING = (T0 + 2 * HOUR, T0 + 5 * HOUR)
AFTERNOON = (T0 + 7 * HOUR, T0 + 10 * HOUR)
WORDS = {"en": {2: "two"}, "fr": {2: "deux"}, "es": {2: "dos"}}


def two_meetings():
    clock = FakeClock(MORNING[0])
    s = Session(MemoryLog(), clock)
    s.plan_meetings([MORNING, AFTERNOON])
    for name, category, group in [
        ("Ms. Ana Lopes", "panellist", "GRULAC"), ("Brazil", "member-state", "GRULAC"),
        ("Cuba, on behalf of the Group of 77 and China", "group-of-states", None),
        ("Nigeria", "member-state", "AFR"), ("UNICEF", "un-entity", None),
    ]:
        s.add_speaker(P.make(name, category, group))
    s.give_floor()  # 10:00, the morning meeting opens
    clock.advance(10 * MIN)
    s.give_floor()  # Brazil
    clock.advance(5 * MIN)
    s.give_floor()  # the Group of 77
    clock.advance(7 * MIN)
    s.end()
    clock.t = MORNING[1] + 4 * MIN
    s.close_meeting()  # 13:04: Nigeria and UNICEF carried over
    clock.t = AFTERNOON[0]
    s.give_floor()  # Nigeria, 15:00
    clock.advance(4 * MIN)
    s.give_floor()  # UNICEF
    clock.advance(3 * MIN)
    s.close_meeting()  # 15:07
    return s, clock


class Page:
    """What the summary writer gives the functions: its translator, blocks and tables."""

    def __init__(self, lang: str) -> None:
        self.lang, self.lines = lang, []

    def t(self, key: str, **values: object) -> str:
        return tr(key, self.lang, **values)

    def block(self, text: str) -> None:
        self.lines += [text, ""]

    def table(self, header, rows, align) -> None:
        self.lines.append("| " + " | ".join(header) + " |")
        self.lines.append("|" + "|".join(":--" if a == "l" else "--:" for a in align) + "|")
        self.lines += ["| " + " | ".join(r) + " |" for r in rows]
        self.lines.append("")


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The discussion was held in two meetings, from 10:00 to 13:04 and from 15:00 to 15:07."),
    ("fr", "Le débat s'est tenu en deux séances, de 10:00 à 13:04 et de 15:00 à 15:07."),
    ("es", "El debate se celebró en dos sesiones, de 10:00 a 13:04 y de 15:00 a 15:07."),
])
def test_when_the_meetings_were_held(lang, sentence):
    s, clock = two_meetings()
    page = Page(lang)
    assert meetings_sentence(s.state, clock.now(), page.t, WORDS[lang].__getitem__) == sentence


def test_the_clock_of_each_meeting():
    s, clock = two_meetings()
    page = Page("en")
    meetings_annex(s.state, clock.now(), page.t, page.block, page.table)
    md = "\n".join(page.lines)
    per_meeting = md.split("### Time per meeting\n")[1].strip().split("\n\n")[0]
    assert per_meeting.splitlines()[2:] == [
        "| 1 | 10:00-13:04 | 3:04:00 | 22:00 | 2:42:00 | 2 |",  # held past its planned end
        "| 2 | 15:00-15:07 | 3:00:00 | 7:00 | 0:00 | 0 |",  # the afternoon had three hours
    ]
    heading = "### Time used in each meeting by category and regional group\n"
    rows = md.split(heading)[1].strip().split("\n\n")[0].splitlines()
    assert rows[0] == "|  | Meeting 1 | Meeting 2 |"
    assert "| Member State | 5:00 | 4:00 |" in rows and "| Panellist | 10:00 | 0:00 |" in rows
    assert "| Group of States | 7:00 | 0:00 |" in rows  # counted apart from the Member States
    assert "| Latin American and Caribbean States | 15:00 | 0:00 |" in rows
    assert "| **Time spoken** | 22:00 | 7:00 |" in rows
    assert "| **Time available** | 3:04:00 | 3:00:00 |" in rows
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(md)
    assert html.count("<table>") == 2


def test_no_meetings_nothing_to_say():
    clock = FakeClock()
    s = Session(MemoryLog(), clock)
    s.give_floor(s.add_speaker(P.make("Brazil")))
    page = Page("en")
    assert meetings_sentence(s.state, clock.now(), page.t, str) is None
    meetings_annex(s.state, clock.now(), page.t, page.block, page.table)
    assert page.lines == []


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The discussion was held in two meetings, from 10:00 to 13:04 and from 15:00 to 15:07."),
    ("fr", "Le débat s'est tenu en deux séances, de 10:00 à 13:04 et de 15:00 à 15:07."),
])
def test_the_summary_says_it_and_has_the_section(guide_2011, lang, sentence):
    from tests.summarykit import META
    from tui.core.summary.document import Options, build_summary

    s, clock = two_meetings()  # a group statement too: it has its own words in the introduction
    md = build_summary(META, s.state, guide_2011, clock.now(), Options(lang)).markdown
    assert sentence in md.split("\n## ")[1]
    assert ("### Time per meeting" if lang == "en" else "### Temps par séance") in md


def test_meeting_time_over_an_hour_reads_as_hours_in_every_format(guide_2011):
    """3 h available, 2 h 42 min unused: "3:04:00", never "184:00", in md, html, docx and csv."""
    import io
    import zipfile

    from tests.summarykit import META
    from tui.core.summary.document import Options
    from tui.core.summary.export import render, render_bytes

    s, clock = two_meetings()
    clock.t = AFTERNOON[0] + 8 * MIN
    s.give_floor(s.add_speaker(P.make("Chile", "member-state", "GRULAC")))
    clock.advance(75 * MIN)  # a speech of 1 h 15 min: the speakers' CSV too
    s.end()
    options = Options("en")
    for fmt in ("md", "html"):
        text = render(fmt, META, s.state, guide_2011, clock.now(), options)
        assert "3:04:00" in text and "2:42:00" in text and "184:00" not in text, fmt
    assert "1:15:00" in render("csv", META, s.state, guide_2011, clock.now(), options)
    docx = render_bytes("docx", META, s.state, guide_2011, clock.now(), options)
    body = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    assert "3:04:00" in body and "184:00" not in body


def test_the_meeting_clock_rounds_as_the_rest_of_the_annex(guide_2011):
    """A statement of 6:59.6 reads 7:00 in the per-meeting tables as in "By category" (one rounding
    rule, durations.whole_seconds), and the regional-group rows add up to the time spoken: the
    statements of no regional group have their row there too."""
    from tests.summarykit import META
    from tui.core.summary.document import Options, build_summary

    clock = FakeClock(MORNING[0])
    s = Session(MemoryLog(), clock)
    s.plan_meetings([MORNING, AFTERNOON])
    s.give_floor(s.add_speaker(P.make("Cuba, on behalf of the Group of 77 and China", "group-of-states")))
    clock.advance(419.6)
    s.give_floor(s.add_speaker(P.make("Brazil", "member-state", "GRULAC")))
    clock.advance(180)
    s.close_meeting()
    md = build_summary(META, s.state, guide_2011, clock.now(), Options("en")).markdown
    assert "| Group of States | 1 | 7:00 | 7:00 | 1 |" in md  # By category
    heading = "### Time used in each meeting by category and regional group\n"
    use = md.split(heading)[1].strip().split("\n\n")[0]
    assert "| Group of States | 7:00 |" in use.splitlines()
    assert "| Latin American and Caribbean States | 3:00 |" in use.splitlines()
    assert "| No regional group | 7:00 |" in use.splitlines()
    assert "| **Time spoken** | 10:00 |" in use.splitlines()
    per_meeting = md.split("### Time per meeting\n")[1].strip().split("\n\n")[0].splitlines()
    assert per_meeting[2] == "| 1 | 10:00-10:09 | 3:00:00 | 10:00 | 0:00 | 0 |"  # a clock: 10:09:59.6


DAY = 24 * HOUR


def meetings_on_two_days():
    clock = FakeClock(MORNING[0])
    s = Session(MemoryLog(), clock)
    s.plan_meetings([MORNING, (MORNING[0] + DAY, MORNING[1] + DAY)])
    s.add_speakers([P.make("Brazil"), P.make("Chile")])
    s.give_floor()
    clock.advance(5 * MIN)
    clock.t = MORNING[1]
    s.close_meeting()
    clock.t = MORNING[0] + DAY
    s.give_floor()
    clock.advance(5 * MIN)
    clock.t = MORNING[1] + DAY
    s.close_meeting()
    return s, clock


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The discussion was held in two meetings, on 11 April, from 10:00 to 13:00, and on 12 April, "
           "from 10:00 to 13:00."),
    ("fr", "Le débat s'est tenu en deux séances, le 11 avril, de 10:00 à 13:00, et le 12 avril, "
           "de 10:00 à 13:00."),
    ("es", "El debate se celebró en dos sesiones, el 11 de abril, de 10:00 a 13:00, y el 12 de abril, "
           "de 10:00 a 13:00."),
])
def test_meetings_on_several_days_say_which_day(lang, sentence):
    """Two mornings read "from 10:00 to 13:00 and from 10:00 to 13:00" without their days."""
    s, clock = meetings_on_two_days()
    page = Page(lang)
    assert meetings_sentence(s.state, clock.now(), page.t, WORDS[lang].__getitem__, lang) == sentence
    meetings_annex(s.state, clock.now(), page.t, page.block, page.table, lang)
    rows = "\n".join(page.lines).split("\n\n")[1].splitlines()
    day = {"en": "11 April", "fr": "11 avril", "es": "11 de abril"}[lang]
    assert rows[2].startswith(f"| 1 | {day} 10:00-13:00 |")
