"""A guide laid out unlike 2011's: a UN note as `pdftotext -layout` gives it (symbol line,
Distr./date/Original in a second column, "Page N of 5" headers and footers and form feeds on
every page, the job number), sub-themes as "A. Sub-theme 1: …" headings, questions numbered
1., 2., … with options (a), (b), … and question groups that name the sub-theme they serve, out
of order. The draft keeps the note's own numbering (questions 1, 2, 3, options a, b, c) and makes
each "Sub-theme N:" heading a section that is the sub-theme, its title written once."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tui.core.bank.guide import Guide, Paragraph, Section
from tui.core.bank.importer import Result, import_guide
from tui.core.bank.loader import parse_guide

NOTE = Path(__file__).resolve().parent / "data" / "un-note-2013.txt"

QUESTIONS = [
    ("6(1)", "How can customs and port authorities detect shipments of hazardous waste declared "
             "as second-hand goods?"),
    ("6(2)", "Which of the following would most help investigators:"),
    ("6(2)(a)", "Access to the records of shipping companies;"),
    ("6(2)(b)", "Joint investigation teams with the countries of destination;"),
    ("6(2)(c)", "Training in the sampling of waste."),
    ("6(3)", "Should the illegal mining of precious metals be treated as a serious crime within "
             "the meaning of the Organized Crime Convention?"),
    ("7(1)", "What legislative measures have States taken to make trafficking in protected "
             "species of wild fauna and flora a serious crime?"),
    ("7(2)", "How is the cooperation between wildlife authorities, police and customs organized:"),
    ("7(2)(a)", "Through a national coordination body;"),
    ("7(2)(b)", "Through agreements between agencies;"),
    ("7(2)(c)", "Case by case."),
    ("7(3)", "What are the main obstacles to international cooperation in such cases, and how "
             "could they be overcome?"),
    ("7(4)", "What technical assistance would States find most useful?"),
]


def _import(path: Path = NOTE) -> tuple[Guide, Result]:
    result = import_guide(path, "en", "ccpcj-22-2013")
    return parse_guide(result.yaml.encode("utf-8"), "draft.yaml"), result


def test_every_question_and_option_is_in_place() -> None:
    guide, result = _import()
    assert result.problems == []
    found = [(f"{r.ref}".replace("¶", ""), r.text.text("en")) for r in guide.question_refs()]
    refs = [(f"{g.paragraph}({q.letter})" + (f"({o.numeral})" if o else ""),
             (o or q).text.text("en"))
            for g in guide.groups() for q in g.questions for o in (None, *q.options)]
    assert refs == QUESTIONS, found
    assert [g.title.text("en") for g in guide.groups()] == ["Questions on sub-theme 2",
                                                            "Questions on sub-theme 1"]


def test_the_header_of_the_note_is_read_not_its_page_furniture() -> None:
    guide, result = _import()
    m = guide.meta
    assert (m.symbol, m.issued, m.session_number, m.opens, m.closes, m.agenda_item,
            m.agenda_provisional, m.agenda_symbol) == (
        "E/CN.15/2013/14", date(2013, 2, 12), 22, date(2013, 4, 22), date(2013, 4, 26), "3", True,
        "E/CN.15/2013/1")
    assert m.commission.text("en") == "Commission on Crime Prevention and Criminal Justice"
    assert m.title.text("en") == ("Discussion guide for the thematic discussion on emerging forms "
                                  "of crime that have a significant impact on the environment")
    assert m.kind.text("en") == "Note by the Secretariat"
    assert m.agenda_title.text("en").endswith("that have a significant impact on the environment")
    assert "Page" not in result.yaml and "V.13-80714" not in result.yaml
    paragraphs = [b for b in guide.walk() if isinstance(b, Paragraph)]
    assert [p.number for p in paragraphs] == [1, 2, 3, 4, 5, 8, 9]
    assert paragraphs[0].text.text("en").endswith("significant impact on the environment.")


def test_groups_serve_the_sub_theme_their_heading_names_not_the_order() -> None:
    guide, result = _import()
    assert [(s.label, s.title.text("en")) for s in guide.subthemes()] == [
        ("1", "illicit trafficking in protected species of wild fauna and flora"),
        ("2", "illicit trafficking in hazardous waste and in precious metals")]
    by_id = {s.id: s.label for s in guide.subthemes()}
    assert [[by_id[i] for i in g.serves] for g in guide.groups()] == [["2"], ["1"]]
    assert result.notes == []  # nothing guessed


def test_without_a_named_sub_theme_the_order_is_used_and_said(tmp_path: Path) -> None:
    text = NOTE.read_text(encoding="utf-8").replace("Questions on sub-theme 2", "Questions on waste")
    path = tmp_path / "note.txt"
    path.write_text(text, encoding="utf-8")
    guide, result = _import(path)
    by_id = {s.id: s.label for s in guide.subthemes()}
    assert [[by_id[i] for i in g.serves] for g in guide.groups()] == [["1"], ["1"]]
    line = text.splitlines().index("          A. Questions on waste") + 1
    assert result.notes == [f"{path}:{line}: note: group 1 serves st-1, guessed from the order of "
                            "the sub-themes (no heading names one); check"]


def test_a_stray_line_among_the_questions_is_reported_and_kept(tmp_path: Path) -> None:
    lines = NOTE.read_text(encoding="utf-8").splitlines()
    at = lines.index("3. Should the illegal mining of precious metals be treated as a serious crime "
                     "within the")
    lines[at - 1:at - 1] = ["", "Table 2: see the annex", ""]
    path = tmp_path / "note.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    guide, result = _import(path)
    assert result.problems == [f"{path}:{at + 1}: text outside any paragraph: Table 2: see the annex"]
    assert f"# could not place: line {at + 1}: Table 2: see the annex" in result.yaml
    assert len(guide.question_refs()) == len(QUESTIONS)


def test_the_2011_seed_says_its_groups_serve_by_order() -> None:
    seed = Path(__file__).resolve().parent / "data" / "seed-2011-fr.txt"
    result = import_guide(seed, "fr", "ccpcj-20-2011")
    assert result.problems == [] and len(result.notes) == 8
    assert all("guessed from the order of the sub-themes" in n for n in result.notes)


def test_the_draft_reads_like_the_note(tmp_path: Path, capsys) -> None:
    from tui.cli import main

    guide, result = _import()
    # Questions and options numbered as the note prints them, cited that way.
    found = guide.find("¶6(2)(a)")
    assert guide.find("1(2)(a)") == found
    assert found is not None and found.text.text("en") == "Access to the records of shipping companies;"
    assert guide.find("¶7(4)") is not None and guide.find("7(d)") is None
    # Each sub-theme heading is its section; its title is in the draft once.
    sections = [b for b in guide.walk() if isinstance(b, Section) and b.subtheme is not None]
    assert [(s.number, s.subtheme.label, s.subtheme.id) for s in sections] == [  # type: ignore[union-attr]
        ("A", "1", "st-1"), ("B", "2", "st-2")]
    for title in ("illicit trafficking in protected species of wild fauna and flora",
                  "illicit trafficking in hazardous waste and in precious metals"):
        assert result.yaml.count(title) == 1
    assert "Sub-theme 1" not in result.yaml
    draft = tmp_path / "ccpcj-22-2013.yaml"
    draft.write_text(result.yaml, encoding="utf-8")
    assert main(["guide", "check", str(draft)]) == 0
    assert "✓ sub-themes: every sub-theme is served by a question group" in capsys.readouterr().out
    assert main(["guide", "show", str(draft), "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "A. Sub-theme 1: illicit trafficking in protected species" in shown
    assert shown.count("illicit trafficking in protected species of wild fauna") == 1
    # Cited as the note numbers them, under the paragraph that opens them (the note prints no
    # group number: "1(2)" read as paragraph 1).
    assert "├── ¶6(2) Which of the following would most help investigators:" in shown
    assert "├── (a) Access to the records of shipping companies;" in shown
    assert "└── ¶7(4) What technical assistance" in shown
    assert "1(2)" not in shown and "2(4)" not in shown


def test_numbered_questions_are_cited_alike_by_check_diff_search_and_reuse(
        tmp_path: Path, capsys) -> None:
    from tui.cli import main

    _, result = _import()
    draft = tmp_path / "ccpcj-22-2013.yaml"
    draft.write_text(result.yaml.replace('text: {en: "Case by case."}',
                                         'text: {en: "Case by case.", fr: "Au cas par cas."}'),
                     encoding="utf-8")
    assert main(["guide", "check", str(draft), "--json"]) == 0
    lacking = json.loads(capsys.readouterr().out)["missing"]["fr"]  # the French texts it lacks
    lines = draft.read_text(encoding="utf-8").splitlines()
    q6_1 = next(i for i, t in enumerate(lines, 1) if 'text: {en: "How can customs' in t)
    assert {"where": "¶6(1)", "line": q6_1} in [{k: g[k] for k in ("where", "line")}
                                               for g in lacking]
    wheres = [g["where"] for g in lacking]
    assert "¶7(2)(a)" in wheres and "¶7(2)(c)" not in wheres and "1(1)" not in wheres
    edited = tmp_path / "ccpcj-22-2013-rev1.yaml"
    edited.write_text(result.yaml.replace("Case by case.", "Case by case only."), encoding="utf-8")
    assert main(["guide", "diff", str(draft), str(edited), "--lang", "en"]) == 1
    assert capsys.readouterr().out.startswith("~ option q7-2-c ¶7(2)(c) [en]: Case by [-case.-]")
    bank = tmp_path / "bank"
    bank.mkdir()
    (bank / "ccpcj-22-2013.yaml").write_text(result.yaml, encoding="utf-8")
    assert main(["guide", "search", "shipping", "--bank", str(bank), "--no-cache"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "ccpcj-22-2013 ¶6(2)(a) [en] q6-2-a"
    assert main(["guide", "reuse", "¶6(3)", "--from", str(draft), "--into", str(edited),
                 "--group", "2"]) == 0
    assert "ccpcj-22-2013 ¶6(3) (q6-3) is now ¶7(5)" in capsys.readouterr().out


def test_the_note_exported_and_imported_again_is_the_same_draft(tmp_path: Path) -> None:
    from tui.cli import main

    _, result = _import()
    draft = tmp_path / "ccpcj-22-2013.yaml"
    draft.write_text(result.yaml, encoding="utf-8")
    for fmt in ("md", "docx"):
        out = tmp_path / f"note.{fmt}"
        assert main(["guide", "export", str(draft), "--lang", "en", "-o", str(out)]) == 0
        again = import_guide(out, "en", "ccpcj-22-2013")
        body = [line for line in again.yaml.splitlines() if not line.startswith("#")]
        assert body == [line for line in result.yaml.splitlines() if not line.startswith("#")], fmt


def _draft_problems(text: str) -> list[str]:
    from tui.core.text.problems import InputError

    try:
        parse_guide(text.encode("utf-8"), "draft.yaml")
    except InputError as exc:
        return [p.message for p in exc.problems]
    return []


def test_a_section_that_is_a_sub_theme_is_checked() -> None:
    _, result = _import()
    text = result.yaml
    assert _draft_problems(text) == []
    both = text.replace('        subtheme:\n          id: st-1', '        title: {en: "Sub-theme 1"}\n'
                        '        subtheme:\n          id: st-1')
    assert any("a section that is a sub-theme has the sub-theme's title" in p
               for p in _draft_problems(both))
    title = "illicit trafficking in protected species of wild fauna and flora"
    neither = text.replace('      - section: "A"\n        subtheme:\n          id: st-1\n'
                           f'          label: "1"\n          title: {{en: "{title}"}}\n',
                           '      - section: "A"\n')
    assert neither != text
    assert any("missing field 'title' (or 'subtheme'" in p for p in _draft_problems(neither))
    skipped = text.replace('label: "2"', 'label: "3"')
    assert any("sub-theme label '3' is out of sequence: expected '2'" in p
               for p in _draft_problems(skipped))
