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
from tui.core.summary.document import Options, build_summary, clause, question_ref
from tui.core.summary.export import export, export_all

GOLDEN = DATA / "summary"
MD = MarkdownIt("commonmark", {"html": False}).enable("table")
LANGS = ["en", "fr", "es"]


@pytest.fixture(scope="module")
def scripted(guide_2011):
    return scripted_session(guide_2011)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("attribution", ["unattributed", "named"])
def test_golden_markdown(scripted, guide_2011, lang, attribution):
    session, clock = scripted
    expected = (GOLDEN / f"golden-{lang}-{attribution}.md").read_text(encoding="utf-8")
    actual = build_summary(META, session.state, guide_2011, clock.now(), Options(lang, attribution)).markdown
    assert actual == expected


@pytest.mark.parametrize("lang", LANGS)
def test_markdown_structure_round_trips(scripted, guide_2011, lang):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options(lang)).markdown
    tokens = MD.parse(md)
    headings = [(t.tag, tokens[i + 1].content) for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert [tag for tag, _ in headings] == ["h1", "h2", "h2", "h3", "h3", "h2", "h2", "h2", "h2", "h3", "h3"]
    assert headings[1][1] in ("I. Introduction", "I. Introducción")
    # sub-themes carry the guide's letter only: no "A. (a) …"
    assert re.match(r"^A\. [A-ZÉ][a-zé]", headings[3][1]) and re.match(r"^B\. ", headings[4][1])
    texts = ["".join(c.content for c in tokens[i + 1].children) for i, t in enumerate(tokens)
             if t.type == "paragraph_open"]
    numbered = [p for p in texts if re.match(r"\d+\. ", p)]
    assert [int(p.split(".")[0]) for p in numbered] == list(range(1, 13))  # continuous numbering
    assert not [t for t in tokens if t.type in ("bullet_list_open", "ordered_list_open")]
    assert sum(t.type == "table_open" for t in tokens) == 3
    assert not re.search(r"\(question [^)]*\)\.", md)  # no question reference dangling at the end


def test_every_point_is_written_left_out_or_listed(scripted, guide_2011):
    session, clock = scripted
    for lang in LANGS:
        summary = build_summary(META, session.state, guide_2011, clock.now(), Options(lang))
        accounted = [*summary.written, *(p.id for p in summary.left_out),
                     *(p.id for p in summary.untranslated)]
        assert sorted(accounted) == sorted(session.state.points)  # each exactly once
        assert [p.reason for p in summary.left_out] == ["said again under sub-theme (b) by UNICEF"]
        assert "Education of parents" not in summary.markdown
    en = build_summary(META, session.state, guide_2011, clock.now(), Options("en"))
    assert [p.text for p in en.untranslated] == ["Il faut harmoniser les définitions de la pédopornographie"]
    assert "(fr) Il faut harmoniser" in en.markdown  # listed, as recorded, apart from the prose
    fr = build_summary(META, session.state, guide_2011, clock.now(), Options("fr"))
    assert "qu'il faut harmoniser" in fr.markdown
    assert "Hotlines should" not in fr.markdown.split("## Points")[0]


def test_main_points_lead_their_section(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options("en")).markdown
    section_b = md.split("### B.")[1].split("## III")[0]
    assert section_b.index("cooperation with Internet service providers") < section_b.index("hotlines")


def test_conclusions_are_the_chairs(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options("en")).markdown
    conclusions = md.split("## III. Conclusions of the Chair")[1].split("##")[0]
    assert "11\\. The Chair concluded that child victims" in conclusions
    assert "12\\. In closing, the Chair recommended that" in conclusions
    assert "speaker" not in conclusions


def test_introduction_omits_what_is_unknown(guide_2011):
    s = Session(MemoryLog(), FakeClock(), guide=guide_2011)
    md = build_summary(SessionMeta("x"), s.state, guide_2011, 0.0).markdown
    assert "not recorded" not in md and "chaired" not in md and "panel" not in md.lower().split("## ii")[0]
    assert "No point was recorded." in md and "No statement was recorded." in md


def test_coverage_annex_lists_covered_questions_and_names_the_others(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options(coverage=True)).markdown
    assert "## Annex III. Coverage of the discussion guide" in md
    assert re.search(r"^\| 1 \(a\) \| .* \| 1 \|$", md, re.M)
    assert re.search(r"^\| 7 \(a\) \| .* \| 3 \|$", md, re.M)  # the left-out point is not counted
    assert "—" not in md.split("## Annex III")[1]  # no empty rows
    uncovered = re.search(r"No point was recorded on questions (.*)\.", md)[1]
    assert "1 (a)" not in uncovered and "1 (c)" in uncovered and uncovered.endswith("and 8 (e)")
    assert "Annex III" not in build_summary(META, session.state, guide_2011, clock.now()).markdown


def test_question_references_as_each_language_writes_them():
    assert question_ref("1(a)", "en") == "1 (a)" and question_ref("7(m)(iv)", "en") == "7 (m) (iv)"
    assert question_ref("1(a)", "fr") == "1 a)" and question_ref("7(m)(iv)", "es") == "7 m) iv)"


def test_clause_keeps_names_and_acronyms():
    names = {"Brazil"}
    assert clause("Cooperation is key", names) == "cooperation is key."
    assert clause("Brazil's law is new", names) == "Brazil's law is new."
    assert clause("INTERPOL databases help!", names) == "INTERPOL databases help!"
    assert clause("UNODC should act", names) == "UNODC should act."


def test_time_figures_in_words(scripted, guide_2011):
    session, clock = scripted
    md = build_summary(META, session.state, guide_2011, clock.now(), Options("en")).markdown
    # one sentence, one rule for its numbers (figures: 59 is over nine); the next sentence its own
    assert ("Interventions took 59 minutes and 5 seconds in all, of the 1 hour and 7 minutes "
            "allotted. Three interventions exceeded their time limit, by one minute and five seconds in all."
            in md)


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


def test_export_all_writes_four_files_and_reports_what_is_not_written(tmp_path, scripted, guide_2011):
    session, clock = scripted
    report: list[str] = []
    paths = export_all(tmp_path / "out", META, session.state, guide_2011, clock.now(), Options(), report)
    assert [p.name for p in paths] == ["summary-en.md", "summary-en.html", "summary-en.docx", "speakers.csv"]
    assert all(p.stat().st_size > 100 for p in paths)
    assert report == ["left out by the Chair (said again under sub-theme (b) by UNICEF): Education of "
                      "parents is part of prevention",
                      "no text in the summary's language (recorded in fr; listed at the end): Il faut "
                      "harmoniser les définitions de la pédopornographie"]


@pytest.mark.slow
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


@pytest.mark.parametrize(("lang", "attribution"), [  # Word takes ~0.5 s a document: one in the fast tier
    ("fr", "unattributed"), *[pytest.param(lang, attribution, marks=pytest.mark.slow)
                              for lang in LANGS for attribution in ("unattributed", "named")
                              if (lang, attribution) != ("fr", "unattributed")]])
def test_docx_holds_every_paragraph_of_the_markdown(scripted, guide_2011, lang, attribution):
    from tui.core.summary.export import render_bytes
    from tui.core.text.docx_writer import docx_texts, markdown_texts

    session, clock = scripted
    options = Options(lang, attribution, coverage=True)
    summary = build_summary(META, session.state, guide_2011, clock.now(), options)
    data = render_bytes("docx", META, session.state, guide_2011, clock.now(), options, summary)
    body = {" ".join(t.split()) for t in docx_texts(data)}
    missing = [t for t in markdown_texts(summary.markdown) if " ".join(t.split()) not in body]
    assert not missing


def test_word_summary_is_laid_out_like_a_un_document(scripted, guide_2011):
    import io

    from docx import Document

    from tui.core.summary.export import render_bytes

    session, clock = scripted
    data = render_bytes("docx", META, session.state, guide_2011, clock.now(), Options("fr"))
    doc = Document(io.BytesIO(data))
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert section.first_page_header.paragraphs[0].text == "Nations Unies"  # no symbol invented
    texts = [p.text for p in doc.paragraphs]
    title = next(n for n, p in enumerate(doc.paragraphs) if p.style.name == "Title")
    # the title block stands above the title, the commission first and in bold
    assert title == 1 and texts[0].startswith("Commission pour la prévention du crime")
    assert doc.paragraphs[0].runs[0].bold and doc.paragraphs[0].paragraph_format.keep_with_next
    breaks = [t.split("\t")[0] for p, t in zip(doc.paragraphs, texts, strict=True)
              if p.paragraph_format.page_break_before]
    assert breaks == ["Annexe I. Liste des orateurs", "Annexe II. Temps de parole"]
    assert "Introduction" in texts[title + 1] and texts[title + 1].startswith("I.\t")


def test_export_all_parses_the_markdown_once_for_html_and_word(tmp_path, scripted, guide_2011, monkeypatch):
    """The HTML and Word exports share one markdown-it parse of the summary (most of what either
    costs on a long session: bench/summary.py), and write what they write alone."""
    from tui.core.summary.export import render_bytes
    from tui.core.text.markdown_html import markdown_renderer

    session, clock = scripted
    options = Options("fr", "named", coverage=True)
    alone = {fmt: render_bytes(fmt, META, session.state, guide_2011, clock.now(), options)
             for fmt in ("html", "docx")}
    parser = markdown_renderer()
    calls = []
    real = parser.parse
    monkeypatch.setattr(parser, "parse", lambda text, env=None: calls.append(1) or real(text, env))
    paths = export_all(tmp_path, META, session.state, guide_2011, clock.now(), options)
    summary = build_summary(META, session.state, guide_2011, clock.now(), options)
    assert len(calls) == len(summary.parts)  # each part once, not once per format
    assert (tmp_path / "summary-fr.html").read_bytes() == alone["html"]
    assert (tmp_path / "summary-fr.docx").read_bytes() == alone["docx"]
    assert len(paths) == 4
