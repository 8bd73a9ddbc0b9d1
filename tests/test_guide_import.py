"""`debate guide import`: the 2011 seed text, extraction artefacts, unplaced lines, round trips."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tui.core.bank.export import plain
from tui.core.bank.guide import Guide, Item, Paragraph, Section
from tui.core.bank.importer import import_guide
from tui.core.bank.loader import load_guide, parse_guide
from tui.core.text.languages import LangText
from tui.core.text.typography import french_spacing

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "seed-2011-fr.txt"
SHIPPED = ROOT / "questions" / "ccpcj-20-2011.yaml"


def _t(text: LangText, lang: str) -> str | None:
    found = text.get(lang)
    return found[0] if found and found[1] == lang else None


def outline(guide: Guide, lang: str) -> list[tuple[Any, ...]]:
    """Every text, number, letter and numeral of the guide in `lang`, in document order (no ids)."""
    out: list[tuple[Any, ...]] = []

    def notes(owner: Any) -> None:
        out.extend(("note", n.mark, plain(_t(n.text, lang) or "")) for n in owner)

    def items(its: tuple[Item, ...], depth: int) -> None:
        for i in its:
            out.append(("item", depth, i.label, _t(i.text, lang)))
            notes(i.notes)
            items(i.items, depth + 1)

    for p in guide.summary:
        out.append(("summary", _t(p.text, lang)))
    for block in guide.walk():
        if isinstance(block, Section):
            out.append(("section", block.number, _t(block.title, lang), block.role))
        elif isinstance(block, Paragraph):
            out.append(("paragraph", block.number, _t(block.text, lang)))
            notes(block.notes)
            items(block.items, 0)
            for s in block.subthemes:
                out.append(("subtheme", s.label, _t(s.title, lang)))
                out.extend(("subtheme", c.label, _t(c.title, lang)) for c in s.children)
        else:
            out.append(("group", block.number, _t(block.title, lang), block.paragraph,
                        _t(block.intro, lang), len(block.serves)))
            notes(block.intro_notes)
            for q in block.questions:
                out.append(("question", q.letter, _t(q.text, lang), len(q.options)))
                notes(q.notes)
                for o in q.options:
                    out.append(("option", o.numeral, _t(o.text, lang)))
                    notes(o.notes)
    return out


def meta_of(guide: Guide, lang: str) -> tuple[Any, ...]:
    m = guide.meta
    return (_t(m.commission, lang), m.session_number, _t(m.session_title, lang), m.opens,
            m.closes, _t(m.venue, lang), m.agenda_item, m.agenda_provisional, m.agenda_symbol,
            _t(m.agenda_title, lang), _t(m.title, lang), _t(m.kind, lang), _t(m.theme, lang))


def imported(path: Path, lang: str) -> tuple[Guide, list[str]]:
    result = import_guide(path, lang, "imported")
    # The draft is written for the loader: it must load as it is.
    return parse_guide(result.yaml.encode("utf-8"), "draft.yaml"), result.problems


def test_seed_2011_imports_to_the_shipped_french_guide() -> None:
    guide, problems = imported(SEED, "fr")
    shipped = load_guide(SHIPPED)
    assert problems == []
    assert outline(guide, "fr") == outline(shipped, "fr")
    assert meta_of(guide, "fr") == meta_of(shipped, "fr")
    refs = [(r.ref, _t(r.text, "fr")) for r in guide.question_refs()]
    assert refs == [(r.ref, _t(r.text, "fr")) for r in shipped.question_refs()]
    assert len(guide.groups()) == 8 and len(refs) == 64 + 22
    # Every option sits under its question: 7(m) has ten, 7(d) four, 3(a) two.
    assert guide.find("7(m)(x)") is not None and guide.find("7(d)(iv)") is not None
    assert guide.find("3(a)(ii)") is not None and guide.find("2(i)") is not None


def _seed_with(tmp_path: Path, edit: Any) -> Path:
    lines = SEED.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "edited.txt"
    path.write_text("\n".join(edit(lines)) + "\n", encoding="utf-8")
    return path


def test_page_headers_footers_and_hyphenation_are_repaired(tmp_path: Path) -> None:
    def edit(lines: list[str]) -> list[str]:
        out = []
        for no, line in enumerate(lines, 1):
            if no == 81:  # question 1(a), cut across a page break with a hyphen
                head, tail = line.split("technologies influent", 1)
                out += [head + "technologies in-", "", "V.11-80123", "", "E/CN.15/2011/11",
                        "", "7", "", "fluent" + tail]
                continue
            out.append(line)
            if no in (100, 200, 300):
                out += ["", "E/CN.15/2011/11", "", "V.11-80123 12", "", f"{no // 100 + 2}", ""]
        return out

    guide, problems = imported(_seed_with(tmp_path, edit), "fr")
    assert problems == []
    assert outline(guide, "fr") == outline(load_guide(SHIPPED), "fr")


def test_a_line_that_cannot_be_placed_is_reported_and_commented(tmp_path: Path) -> None:
    def edit(lines: list[str]) -> list[str]:
        return [*lines[:77], "", "Tableau 3 : voir l'annexe", *lines[77:]]

    path = _seed_with(tmp_path, edit)
    result = import_guide(path, "fr", "imported")
    assert result.problems == [f"{path}:79: text outside any paragraph: Tableau 3 : voir l'annexe"]
    assert "# could not place: line 79: Tableau 3 : voir l'annexe" in result.yaml
    guide = parse_guide(result.yaml.encode("utf-8"), "draft.yaml")
    assert [q.letter for q in guide.groups()[0].questions] == ["a", "b", "c", "d"]


def _debate(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tui", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=60)


def test_cli_writes_a_draft_that_check_accepts_and_never_overwrites(tmp_path: Path) -> None:
    out = tmp_path / "draft.yaml"
    done = _debate("guide", "import", str(SEED), "--lang", "fr", "-o", str(out), cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "8 question groups, 64 questions" in done.stdout
    assert _debate("guide", "check", str(out), cwd=ROOT).returncode in (0, 1)
    before = out.read_bytes()
    again = _debate("guide", "import", str(SEED), "-o", str(out), cwd=ROOT)
    assert again.returncode != 0 and "already exists" in again.stderr
    assert out.read_bytes() == before


@pytest.mark.parametrize("content", [b"\xff\xfe\x00garbage", b"", b"   \n\n"])
def test_cli_bad_input_is_one_line_exit_2(tmp_path: Path, content: bytes) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    done = _debate("guide", "import", str(bad), "-o", str(tmp_path / "x.yaml"), cwd=ROOT)
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
    assert not (tmp_path / "x.yaml").exists()


def _languages(guide: Guide) -> list[str]:
    """The languages the guide has its title in: the languages of its exports."""
    return [lang for lang in ("ar", "zh", "en", "fr", "ru", "es") if _t(guide.meta.title, lang)]


BANK = sorted((ROOT / "questions").glob("*.yaml"))
# Shapes of guides the bank does not hold yet, round-tripped too: sub-themes without sub-items
# listed alone in section I (a tester's hand-written guide; the export letters them as questions).
ROUND_TRIP = [*BANK, ROOT / "tests" / "data" / "guides" / "flat-subthemes.yaml"]


@pytest.mark.parametrize("fmt", ["md", pytest.param("docx", marks=pytest.mark.slow)])
@pytest.mark.parametrize("path", ROUND_TRIP, ids=[p.stem for p in ROUND_TRIP])
def test_export_then_import_gives_the_same_guide(tmp_path: Path, path: Path, fmt: str) -> None:
    from tui.cli.guide import export_document

    guide = load_guide(path)
    langs = _languages(guide)
    assert langs
    for lang in langs:
        exported = tmp_path / f"{lang}.{fmt}"
        exported.write_bytes(export_document(guide, lang, fmt))
        back, problems = imported(exported, lang)
        assert problems == [], (lang, problems)
        # The French export adds French spacing (a no-break space before : ; ! ?), which the
        # import reads as a plain space ("numérique : de"): the guide's texts are compared so.
        assert outline(back, lang) == _spaced(outline(guide, lang), lang), lang
        assert meta_of(back, lang) == _spaced(meta_of(guide, lang), lang), lang


def _spaced(value: Any, lang: str) -> Any:
    """`value` as a French export imported again: French spacing in every string, its no-break
    spaces read as plain ones (tuples and lists too)."""
    if lang != "fr":
        return value
    if isinstance(value, str):
        return french_spacing(value).replace("\u00a0", " ")
    if isinstance(value, (list, tuple)):
        return type(value)(_spaced(v, lang) for v in value)
    return value


def test_text_without_question_groups_is_one_line_exit_2(tmp_path: Path) -> None:
    prose = tmp_path / "letter.txt"
    prose.write_text("Dear colleagues,\n\nThank you for your letter.\n", encoding="utf-8")
    done = _debate("guide", "import", str(prose), "-o", str(tmp_path / "x.yaml"), cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert "no guide could be made of it" in done.stderr and "Traceback" not in done.stderr
    # Read to its end without finding a body: the message names the last line read.
    assert done.stderr.startswith(f"{prose}:3: no guide could be made of it"), done.stderr
    assert not (tmp_path / "x.yaml").exists()


def test_no_guide_names_the_line_it_stopped_on(tmp_path: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Commission on Crime Prevention and Criminal Justice\n"
                    "Twentieth session, Vienna, 11-15 April 2011\n\n"
                    "I. Issues for discussion\n\n1. Questions could include the following:\n\n"
                    "(a) What works?\n\n(c) Which laws?\n", encoding="utf-8")
    done = _debate("guide", "import", str(note), "--lang", "en", "-o", str(tmp_path / "x.yaml"),
                   cwd=ROOT)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"{note}:10: no guide could be made of it ("), done.stderr
    assert "'c' is out of sequence" in done.stderr and len(done.stderr.splitlines()) == 1


def test_a_session_without_title_and_a_theme_the_titles_do_not_name_round_trip() -> None:
    """The export prints what the header would otherwise lose: the session's number and the
    theme; the import reads them back as number and theme, not as titles."""
    from tui.cli.guide import export_document

    guide = load_guide(ROOT / "tests" / "data" / "guides" / "flat-subthemes.yaml")
    md = export_document(guide, "fr", "md").decode("utf-8")
    assert "36e session, Vienne, " in md
    assert "Thème\u00a0: La cybercriminalité et la protection des victimes" in md
    shipped = export_document(load_guide(SHIPPED), "fr", "md").decode("utf-8")
    assert "Thème" not in shipped  # its titles name its theme
