"""A third layout, written for these tests as a 2016 note might be printed (`pdftotext -layout`):
"I. Introduction", sub-themes as unlettered "Sub-theme 1: …" headings each followed by its
background paragraph and its questions as "•" bullets without letters, the symbol at the top of
every page, "2/4   V.16-01385" page footers in two columns and the bar code line under the job
number. Then the officer's workflow on it: check, show, diff against an edited copy, reuse."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tui.cli import main
from tui.core.bank.guide import Paragraph, Section
from tui.core.bank.importer import import_guide
from tui.core.bank.loader import parse_guide

NOTE = Path(__file__).resolve().parent / "data" / "note-2016.txt"


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "ccpcj-25-2016.yaml"
    assert main(["guide", "import", str(NOTE), "--lang", "en", "-o", str(path)]) == 0
    return path


def test_the_2016_note_imports_with_every_question_in_place() -> None:
    result = import_guide(NOTE, "en", "ccpcj-25-2016")
    assert result.problems == [] and result.notes == []  # bar code and page footers repaired
    guide = parse_guide(result.yaml.encode("utf-8"), "draft.yaml")
    assert (guide.meta.symbol, guide.meta.issued, guide.meta.opens) == (
        "E/CN.15/2016/9", date(2016, 3, 4), date(2016, 5, 23))
    sections = [b for b in guide.walk() if isinstance(b, Section) and b.subtheme is not None]
    assert [(s.number, s.subtheme.label, s.subtheme.title.text("en")) for s in sections] == [  # type: ignore[union-attr]
        ("", "1", "Legislation and investigation"), ("", "2", "International cooperation")]
    refs = [(r.paragraph_ref, r.text.text("en")) for r in guide.question_refs()]
    assert refs == [
        ("¶5(a)", "Which procedural powers have proved most useful to investigators, and which "
                  "safeguards accompany them?"),
        ("¶5(b)", "How do States preserve electronic evidence held by service providers in another "
                  "jurisdiction?"),
        ("¶5(c)", "What training do prosecutors and judges receive on electronic evidence?"),
        ("¶7(a)", "What are the main obstacles to the timely execution of requests for mutual legal "
                  "assistance involving electronic evidence?"),
        ("¶7(b)", "Have States designated a point of contact available 24 hours a day, seven days a "
                  "week, and how is it used?")]
    # Each group serves the sub-theme whose section it is in; the wrapped bullets stay theirs.
    assert [g.serves for g in guide.groups()] == [("st-1",), ("st-2",)]
    p5 = guide.groups()[0].intro.text("en")
    assert p5 == "Participants may wish to consider the following questions:"
    background = [b for b in guide.walk() if isinstance(b, Section) and b.role == "background"]
    assert [s.number for s in background] == ["III"]
    paragraphs = [b.number for b in guide.walk() if isinstance(b, Paragraph)]
    assert paragraphs == [1, 2, 3, 4, 6, 8]


def test_check_and_show_read_like_the_note(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "check", str(draft)]) == 0
    assert "✓ sub-themes: every sub-theme is served by a question group" in capsys.readouterr().out
    assert main(["guide", "show", str(draft), "--lang", "en"]) == 0
    shown = capsys.readouterr().out
    assert "├── Sub-theme 1: Legislation and investigation [st-1]" in shown
    assert "── . Sub-theme" not in shown


def test_the_2016_note_exported_and_imported_again_is_the_same_draft(draft: Path, tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    assert main(["guide", "export", str(draft), "--lang", "en", "-o", str(md)]) == 0
    assert "### Sub-theme 1: Legislation and investigation" in md.read_text(encoding="utf-8")
    again = import_guide(md, "en", "ccpcj-25-2016").yaml
    strip = [line for line in draft.read_text(encoding="utf-8").splitlines()
             if not line.lstrip().startswith("#")]
    assert [line for line in again.splitlines() if not line.lstrip().startswith("#")] == strip


def test_diff_against_an_edited_copy_and_reuse_into_a_new_guide(draft: Path, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    text = draft.read_text(encoding="utf-8")
    edited = tmp_path / "ccpcj-25-2016-rev1.yaml"
    edited.write_text(text.replace("How do States preserve", "How do States obtain and preserve"),
                      encoding="utf-8")
    capsys.readouterr()
    assert main(["guide", "diff", str(draft), str(edited)]) == 1
    out, err = capsys.readouterr()
    assert "~ question q5b 1(b) [en]: How do States {+obtain and+} preserve" in out
    # Two versions of one guide share its id: the summary names their files.
    assert err.strip() == f"1 difference (1 changed) between {draft} and {edited}"
    new = tmp_path / "ccpcj-26-2017.yaml"
    assert main(["guide", "new", str(new)]) == 0
    assert main(["guide", "reuse", "¶7(a)", "--from", str(draft), "--into", str(new)]) == 0
    assert "from: ccpcj-25-2016/q7a" in new.read_text(encoding="utf-8")
    assert main(["guide", "check", str(new)]) == 0
