"""The summary's typography and figures: French spacing and dates, titles in each language, an
intervention still under way at export, one rounding rule for every duration (issue 14)."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

import pytest

from tests.summarykit import META, scripted_session
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.participants import Participant as P
from tui.core.debate.session_meta import SessionMeta
from tui.core.summary.document import Options, build_summary
from tui.core.summary.export import export
from tui.core.text.dates import date_range, long_date
from tui.core.text.durations import rounded_mmss, whole_seconds
from tui.core.text.reporting import duration
from tui.core.text.typography import NBSP, french_spacing, titled


@pytest.fixture(scope="module")
def scripted(guide_2011):
    return scripted_session(guide_2011)


# -- French spacing and dates -----------------------------------------------------------------

@pytest.mark.parametrize(("typed", "spaced"), [
    ("« Protection »", f"«{NBSP}Protection{NBSP}»"),
    ("«Protection»", f"«{NBSP}Protection{NBSP}»"),
    ("numérique: de", f"numérique{NBSP}: de"),
    ("numérique : de", f"numérique{NBSP}: de"),
    ("au total ; le", f"au total{NBSP}; le"),
    ("Pourquoi? Oui!", f"Pourquoi{NBSP}? Oui{NBSP}!"),
    ("Vraiment?!", f"Vraiment{NBSP}?!"),
    # Left alone: times, addresses, Markdown table rules and escapes.
    ("à 12:41, http://x.org/a?b=1", "à 12:41, http://x.org/a?b=1"),
    ("|:--|--:|", "|:--|--:|"),
])
def test_french_spacing(typed, spaced):
    assert french_spacing(typed) == spaced


def test_french_dates_write_the_first_as_premier_and_spanish_dates_in_full():
    assert long_date(date(2011, 3, 1), "fr") == "1er mars 2011"
    assert date_range(date(2011, 3, 1), date(2011, 3, 5), "fr") == "1er-5 mars 2011"
    assert date_range(date(2011, 2, 28), date(2011, 3, 1), "fr") == "28 février-1er mars 2011"
    assert long_date(date(2011, 3, 2), "fr") == "2 mars 2011"
    assert long_date(date(2011, 3, 1), "en") == "1 March 2011"
    assert long_date(date(2011, 3, 1), "es") == "1 de marzo de 2011"


def _march_first(lang: str, guide) -> str:
    clock = FakeClock(start=1298973600.0)  # 1 March 2011, 10:00 UTC
    s = Session(MemoryLog(), clock, guide=guide)
    s.add_speaker(P.make("Brazil", "member-state", "GRULAC"))
    s.give_floor()
    clock.advance(60)
    s.end()
    return build_summary(SessionMeta("x"), s.state, guide, clock.now(), Options(lang)).markdown


def test_the_summary_dates_the_discussion_on_the_first_of_the_month(guide_2011):
    assert "le 1er mars 2011." in _march_first("fr", guide_2011)
    assert "el 1 de marzo de 2011." in _march_first("es", guide_2011)
    assert "on 1 March 2011." in _march_first("en", guide_2011)


def test_french_summary_has_no_break_spaces_and_no_plain_space_before_marks(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options("fr", "named")).markdown
    assert f"«{NBSP}Protection des enfants à l'ère numérique{NBSP}: de" in md
    assert f"des enfants{NBSP}»" in md
    assert f"au total{NBSP}; le temps" in md
    prose = "\n".join(line for line in md.splitlines() if not line.startswith("(en)"))
    assert not re.search(r"(« | [;:!?»]|\w[;!?»])", prose)
    # English and Spanish keep their own spacing.
    en = build_summary(META, session.state, guide_2011, clock.now(), Options("en")).markdown
    assert NBSP not in en


@pytest.mark.slow
def test_french_spacing_reaches_html_and_word(scripted, guide_2011):
    from tui.core.summary.export import render_bytes
    from tui.core.text.docx_writer import docx_texts

    session, clock = scripted
    html = export("html", META, session.state, guide_2011, clock.now(), Options("fr"))
    assert f"«{NBSP}Protection" in html
    data = render_bytes("docx", META, session.state, guide_2011, clock.now(), Options("fr"))
    assert any(f"numérique{NBSP}: de" in t for t in docx_texts(data))


def test_the_page_and_file_titles_have_french_spacing_too(scripted, guide_2011):
    """The HTML <title> and the Word file's title property are the document's title: the colon
    of the guide's theme gets its no-break space there as in the H1."""
    import io as _io

    from docx import Document

    from tui.core.summary.export import render_bytes

    session, clock = scripted
    html = export("html", META, session.state, guide_2011, clock.now(), Options("fr"))
    title = re.search(r"<title>(.*?)</title>", html).group(1)
    assert f"numérique{NBSP}: de" in title and f"«{NBSP}Protection" in title
    data = render_bytes("docx", META, session.state, guide_2011, clock.now(), Options("fr"))
    assert f"numérique{NBSP}: de" in Document(_io.BytesIO(data)).core_properties.title
    en = export("html", META, session.state, guide_2011, clock.now(), Options("en"))
    assert NBSP not in re.search(r"<title>(.*?)</title>", en).group(1)


def _english_point_in_french(guide) -> str:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    s.add_speaker(P.make("Germany", "member-state", "WEOG"))
    s.add_speaker(P.make("Ms. Ana Lopes", "panellist", "GRULAC"))
    s.give_floor()
    clock.advance(60)
    s.add_point("Who pays for the hotlines? Nobody: that is the problem", lang="en")
    s.give_floor()
    clock.advance(60)
    s.add_point("Platforms must answer within hours", lang="en")
    s.end()
    return build_summary(SessionMeta("x"), s.state, guide, clock.now(), Options("fr")).markdown


def test_points_without_french_text_name_the_speaker_in_french_and_keep_their_own_spacing(guide_2011):
    md = _english_point_in_french(guide_2011)
    listed = md.split("## Points sans texte")[1].split("## Annexe")[0]
    # the speaker by the French short name, a person with the French title
    assert "— Allemagne" in listed and "Germany" not in listed
    assert "— Mme Ana Lopes" in listed
    # the point is listed as typed, in English: no French spacing put into it
    assert "Who pays for the hotlines? Nobody: that is the problem." in listed


@pytest.mark.parametrize(("lang", "head"), [("en", "| No. |"), ("fr", "| N° |"), ("es", "| Núm. |")])
def test_the_number_column_is_headed_as_each_language_abbreviates_number(scripted, guide_2011, lang, head):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options(lang)).markdown
    first_table = next(line for line in md.splitlines() if line.startswith("| "))  # Annex I
    assert first_table.startswith(head)


# -- titles ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "fr", "es", "en"), [
    ("Ms. Ana Lopes", "Mme Ana Lopes", "Sra. Ana Lopes", "Ms. Ana Lopes"),
    ("Mr Kofi Mensah", "M. Kofi Mensah", "Sr. Kofi Mensah", "Mr. Kofi Mensah"),
    ("Mrs. Ada Obi", "Mme Ada Obi", "Sra. Ada Obi", "Mrs. Ada Obi"),
    ("Mme Claire Dubois", "Mme Claire Dubois", "Sra. Claire Dubois", "Ms. Claire Dubois"),
    ("Sr. Juan Pérez", "M. Juan Pérez", "Sr. Juan Pérez", "Mr. Juan Pérez"),
    ("Dr. Li Wei", "Dr Li Wei", "Dr. Li Wei", "Dr. Li Wei"),
    ("Ana Lopes", "Ana Lopes", "Ana Lopes", "Ana Lopes"),
    ("Msgr Ruiz", "Msgr Ruiz", "Msgr Ruiz", "Msgr Ruiz"),  # not a title we know: as typed
])
def test_titles_are_translated(name, fr, es, en):
    assert (titled(name, "fr"), titled(name, "es"), titled(name, "en")) == (fr, es, en)


def test_a_title_given_apart_is_written_once():
    assert titled("Ms. Ana Lopes", "fr", "Ms.") == "Mme Ana Lopes"
    assert titled("Ana Lopes", "es", "Ms.") == "Sra. Ana Lopes"
    assert titled("Ana Lopes", "fr", "Minister of Justice") == "Ana Lopes"  # a function, not a title


@pytest.mark.parametrize("attribution", ["named", "unattributed"])
def test_no_english_title_in_french_or_spanish_summaries(scripted, guide_2011, attribution):
    session, clock = scripted
    fr = build_summary(META, session.state, guide_2011, clock.now(), Options("fr", attribution)).markdown
    es = build_summary(META, session.state, guide_2011, clock.now(), Options("es", attribution)).markdown
    assert not re.search(r"\b(Ms|Mr)\.", fr) and not re.search(r"\b(Ms|Mr)\.", es)
    assert "Mme Ana Lopes" in fr and "M. Kofi Mensah" in fr and "présidence de Mme Chair" in fr
    assert "Sra. Ana Lopes" in es and "Sr. Kofi Mensah" in es


# -- an intervention under way at export; one rounding rule -----------------------------------

def _running(guide) -> tuple[Session, FakeClock]:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    s.add_speaker(P.make("Brazil", "member-state", "GRULAC"))
    s.add_speaker(P.make("United States of America", "member-state", "WEOG"))
    s.give_floor()
    clock.advance(10.6)
    s.give_floor()  # the United States of America: still speaking when the summary is made
    clock.advance(125.5)
    return s, clock


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "still had the floor"), ("fr", "avaient encore la parole"),
    ("es", "todavía estaban en uso de la palabra")])
def test_an_intervention_under_way_is_said_in_introduction_annex_and_csv(guide_2011, lang, said):
    s, clock = _running(guide_2011)
    md = build_summary(SessionMeta("x"), s.state, guide_2011, clock.now(), Options(lang, "named")).markdown
    intro = md.split("## II.")[0]
    assert said in intro
    assert {"en": "the United States of America", "fr": "les États-Unis d'Amérique",
            "es": "los Estados Unidos de América"}[lang] in intro
    assert "| 2 | " + {"en": "United States of America", "fr": "États-Unis d'Amérique",
                       "es": "Estados Unidos de América"}[lang] in md  # counted in Annex I
    assert {"en": "Intervention 2 was still under way", "fr": "L'intervention 2 était encore en cours",
            "es": "La intervención 2 seguía en curso"}[lang] in md
    rows = list(csv.DictReader(io.StringIO(export("csv", SessionMeta("x"), s.state, guide_2011,
                                                  clock.now(), Options()))))
    assert [r["under_way"] for r in rows] == ["", "yes"] and rows[1]["end"] == ""


def test_nothing_said_when_everyone_has_finished(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options("en")).markdown
    assert "still had the floor" not in md and "still under way" not in md


def test_one_rounding_rule_for_every_duration(guide_2011):
    assert [whole_seconds(x) for x in (10.4, 10.46, 10.5, 10.6, 0.0, -10.6)] == [10, 11, 11, 11, 0, -11]
    assert rounded_mmss(10.6) == "0:11" and rounded_mmss(125.5) == "2:06"
    assert duration(10.5, "en") == "11 seconds" and duration(8.5, "en") == "nine seconds"
    s, clock = _running(guide_2011)
    s.end()
    md = build_summary(SessionMeta("x"), s.state, guide_2011, clock.now(), Options("en")).markdown
    rows = list(csv.DictReader(io.StringIO(export("csv", SessionMeta("x"), s.state, guide_2011,
                                                  clock.now(), Options()))))
    assert (rows[0]["duration_seconds"], rows[0]["duration"]) == ("10.6", "0:11")
    assert (rows[1]["duration_seconds"], rows[1]["duration"]) == ("125.5", "2:06")
    assert "| Brazil | Member State | Latin American and Caribbean States | Statement | 0:11 |" in md
    assert "| Statement | 2:06 |" in md
