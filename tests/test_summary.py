"""The Chair's summary: exact golden Markdown, its structure, escaping of typed text, exports."""

from __future__ import annotations

import csv
import io
import re

import pytest
from markdown_it import MarkdownIt

from tests.conftest import DATA
from tests.summarykit import META, scripted_session, session_with
from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import MemoryLog, Session
from tui.core.debate.session_meta import SessionMeta
from tui.core.summary.document import Options, build_summary, clause
from tui.core.summary.export import export, export_all

GOLDEN = DATA / "summary"
MD = MarkdownIt("commonmark", {"html": False}).enable("table")


@pytest.fixture(scope="module")
def scripted(guide_2011):
    return scripted_session(guide_2011)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("attribution", ["unattributed", "named"])
def test_golden_markdown(scripted, guide_2011, lang, attribution):
    session, clock = scripted
    expected = (GOLDEN / f"golden-{lang}-{attribution}.md").read_text(encoding="utf-8")
    actual = build_summary(META, session.state, guide_2011, clock.now(), Options(lang, attribution)).markdown
    assert actual == expected


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_markdown_structure_round_trips(scripted, guide_2011, lang):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options(lang)).markdown
    tokens = MD.parse(md)
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert [tag for tag, _ in headings] == ["h1", "h2", "h2", "h3", "h2", "h2", "h2", "h3", "h3"]
    assert headings[1][1] == "I. Introduction"
    assert headings[4][1] == ("III. Conclusions")
    texts = ["".join(c.content for c in tokens[i + 1].children) for i, t in enumerate(tokens)
             if t.type == "paragraph_open"]
    numbered = [p for p in texts if re.match(r"\d+\. ", p)]
    assert len(numbered) == 11  # 5 of introduction, 4 main points, 2 conclusions
    assert [int(p.split(".")[0]) for p in numbered] == list(range(1, 12))  # continuous numbering
    assert not [t for t in tokens if t.type in ("bullet_list_open", "ordered_list_open")]
    assert sum(t.type == "table_open" for t in tokens) == 3


def test_left_out_points_are_counted(scripted, guide_2011):
    session, clock = scripted
    summary = build_summary(META, session.state, guide_2011, clock.now())
    assert summary.left_out == 1  # "Education of parents…", never marked
    assert "Education of parents" not in summary.markdown


def test_coverage_annex(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options(coverage=True)).markdown
    assert "## Annex III. Coverage of the discussion guide" in md
    assert re.search(r"^\| 1\(a\) \| .* \| 2 \|$", md, re.M)
    assert re.search(r"^\| 7\(a\) \| .* \| 2 \|$", md, re.M)  # every point counts, main or not
    uncovered = re.search(r"Questions that received no point: (.*)\.", md)[1].split(", ")
    assert "1(a)" not in uncovered and "1(b)" in uncovered and len(uncovered) == 62
    assert "Annex III" not in build_summary(META, session.state, guide_2011, clock.now()).markdown


def test_clause_keeps_names_and_acronyms():
    names = {"Brazil"}
    assert clause("Cooperation is key", names) == "cooperation is key."
    assert clause("Brazil's law is new", names) == "Brazil's law is new."
    assert clause("INTERPOL databases help!", names) == "INTERPOL databases help!"
    assert clause("UNODC should act", names) == "UNODC should act."


def test_csv_of_speakers(scripted):
    session, clock = scripted
    rows = list(csv.DictReader(io.StringIO(export("csv", META, session.state, None, clock.now(), Options()))))
    assert [r["name"] for r in rows][:3] == ["Ms. Ana Lopes", "Mr. Kofi Mensah", "Brazil"]
    assert rows[0]["duration"] == "10:15" and rows[0]["overrun_seconds"] == "15.0"
    assert rows[4]["kind"] == "point-of-order" and all(r["start"] and r["end"] for r in rows)


def test_csv_defuses_spreadsheet_formulas(guide_2011):
    s, clock = session_with(guide_2011, "x", "=HYPERLINK(\"https://evil\")")
    text = export("csv", SessionMeta("x"), s.state, guide_2011, clock.now(), Options())
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[1][1].startswith("'=")


def test_html_has_the_chart_after_annex_two(scripted, guide_2011):
    session, clock = scripted
    html = export("html", META, session.state, guide_2011, clock.now(), Options("fr"))
    assert html.index("Annexe II") < html.index("<svg") < html.index("</body>")
    assert "<title>Temps de parole par groupe régional</title>" in html
    assert 'lang="fr"' in html


def test_export_all_writes_three_files(tmp_path, scripted, guide_2011):
    session, clock = scripted
    paths = export_all(tmp_path / "out", META, session.state, guide_2011, clock.now(), Options())
    assert [p.name for p in paths] == ["summary-en.md", "summary-en.html", "speakers.csv"]
    assert all(p.stat().st_size > 100 for p in paths)


def test_export_all_computes_the_statistics_once(tmp_path, scripted, guide_2011, monkeypatch):
    """Annex II and the HTML chart share one computation of the speaking-time figures."""
    from tui.core.debate import stats
    from tui.core.summary import document

    calls = []

    def counted(state, now):
        calls.append(now)
        return stats.statistics(state, now)

    monkeypatch.setattr(document, "statistics", counted)
    session, clock = scripted
    export_all(tmp_path / "out", META, session.state, guide_2011, clock.now(), Options())
    assert len(calls) == 1


def test_empty_session(guide_2011):
    s = Session(MemoryLog(), FakeClock(), guide=guide_2011)
    md = build_summary(SessionMeta("x"), s.state, guide_2011, 0.0).markdown
    assert "No main point was recorded." in md and "No statement was recorded." in md
    assert "No panel was recorded." in md
