"""`debate guide import FILE --into GUIDE.yaml --lang en`: a language version added to a guide of
the bank, paired by number, every mismatch reported as FILE:LINE, the rest of the file unchanged."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest

from tests.test_guide_import import meta_of, outline
from tui.cli import main
from tui.core.bank.guide import Guide
from tui.core.bank.loader import load_guide

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "questions" / "ccpcj-20-2011.yaml"
SEED = ROOT / "tests" / "data" / "seed-2011-fr.txt"


def without(text: str, lang: str) -> str:
    """The guide's YAML with every `lang:` entry (and the lines folded under it) taken out."""
    out: list[str] = []
    skip: int | None = None
    for line in text.splitlines(keepends=True):
        indent = len(line) - len(line.lstrip(" "))
        if skip is not None and (not line.strip() or indent > skip):
            continue
        skip = None
        if re.match(rf"^\s*{lang}:(\s|$)", line):
            skip = indent
            continue
        out.append(line)
    return "".join(out)


@pytest.fixture(scope="module")
def english_md(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("export") / "guide-en.md"
    assert main(["guide", "export", str(SHIPPED), "--lang", "en", "--format", "md",
                 "-o", str(path)]) == 0
    return path


@pytest.fixture
def french_only(tmp_path: Path) -> Path:
    path = tmp_path / "guide.yaml"
    path.write_text(without(SHIPPED.read_text(encoding="utf-8"), "en"), encoding="utf-8")
    assert all(lang == "fr" for lang in _langs(load_guide(path)))
    return path


def _langs(guide: Guide) -> set[str]:
    return {lang for p in guide.summary for lang, _ in p.text}


def test_english_export_goes_into_the_french_only_guide(english_md: Path, french_only: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    before = french_only.read_text(encoding="utf-8")
    assert main(["guide", "import", str(english_md), "--into", str(french_only), "--lang", "en"]) == 0
    out, err = capsys.readouterr()
    assert "every text paired" in out and "::" not in err
    shipped, merged = load_guide(SHIPPED), load_guide(french_only)
    # Every English text, number, letter and count as in the shipped guide; French untouched.
    assert outline(merged, "en") == outline(shipped, "en")
    assert meta_of(merged, "en") == meta_of(shipped, "en")
    assert outline(merged, "fr") == outline(shipped, "fr")
    # The file only gained lines: comments, French texts and layout are kept byte for byte.
    after = french_only.read_text(encoding="utf-8")
    ops = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    assert {op for op, *_ in ops.get_opcodes()} == {"equal", "insert"}
    assert after.startswith("# Discussion guide for the thematic discussion")


def test_a_language_already_there_is_refused_unless_replace(english_md: Path, french_only: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "import", str(english_md), "--into", str(french_only), "--lang", "en"]) == 0
    once = french_only.read_bytes()
    assert main(["guide", "import", str(english_md), "--into", str(french_only), "--lang", "en"]) == 1
    err = capsys.readouterr().err
    assert re.search(r"guide\.yaml:\d+: already has 194 en texts; add --replace", err)
    assert french_only.read_bytes() == once
    assert main(["guide", "import", str(english_md), "--into", str(french_only), "--lang", "en",
                 "--replace"]) == 0
    assert french_only.read_bytes() == once  # the same texts again: the same file


def test_every_mismatch_is_reported_as_file_line(english_md: Path, french_only: Path,
                                                 tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    lines = english_md.read_text(encoding="utf-8").splitlines()
    d6 = next(i for i, t in enumerate(lines) if t.startswith("(d) Is there a typology"))
    j7 = next(i for i, t in enumerate(lines) if t.startswith("(j) What measures could help"))
    lines[j7] = "(k)" + lines[j7][3:]  # numbered differently
    lines[d6] = "(d) Is there a typology?\n\n(e) A question the French guide does not have?"
    edited = tmp_path / "edited-en.md"
    edited.write_text("\n".join(lines) + "\n", encoding="utf-8")
    source = edited.read_text(encoding="utf-8").splitlines()
    e_line = source.index("(e) A question the French guide does not have?") + 1
    k_line = next(i for i, t in enumerate(source) if t.startswith("(k) What measures")) + 1
    assert main(["guide", "import", str(edited), "--into", str(french_only), "--lang", "en"]) == 3
    out, err = capsys.readouterr()
    assert f"{edited}:{e_line}: ¶6(e) is not in {french_only} (extra in the import); not added" in err
    assert re.search(rf"{re.escape(str(edited))}:{k_line}: numbering differs: the import has ¶7\(k\) "
                     rf"where {re.escape(str(french_only))}:\d+ has ¶7\(j\)", err)
    assert re.search(rf"{re.escape(str(french_only))}:\d+: ¶7\(j\) has no en text", err) is None
    assert "1 text extra in the import, 1 entry numbered differently" in out
    merged = load_guide(french_only)
    j = merged.find("¶7(j)")
    assert j is not None and not j.question.text.has("en")
    d = merged.find("¶6(d)")
    assert d is not None and d.question.text.values["en"] == "Is there a typology?"
    assert merged.find("¶6(e)") is None


def test_flow_mappings_of_a_draft_get_the_language_inline(english_md: Path, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    draft = tmp_path / "draft.yaml"
    assert main(["guide", "import", str(SEED), "--lang", "fr", "-o", str(draft)]) == 0
    capsys.readouterr()
    # The note lists no related documents: the export's five are extra, all else pairs.
    assert main(["guide", "import", str(english_md), "--into", str(draft), "--lang", "en"]) == 3
    err = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("wrote ")]
    assert len(err) == 5 and all(line.startswith(f"{english_md}:") and line.endswith("not added")
                                 and ("reference" in line or "related document" in line)
                                 for line in err), err
    text = draft.read_text(encoding="utf-8")
    assert 'title: {fr: "Introduction", en: "Introduction"}' in text
    merged, shipped = load_guide(draft), load_guide(SHIPPED)
    assert [row[:3] for row in outline(merged, "en")] == [row[:3] for row in outline(shipped, "en")]


def test_into_needs_a_language_and_a_valid_guide(english_md: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    guide = tmp_path / "g.yaml"
    guide.write_text("schema: 1\nid: [\n", encoding="utf-8")
    assert main(["guide", "import", str(english_md), "--into", str(guide)]) == 1
    assert "--lang es" in capsys.readouterr().err
    assert main(["guide", "import", str(english_md), "--into", str(guide), "--lang", "es"]) == 2
    assert guide.read_text(encoding="utf-8") == "schema: 1\nid: [\n"
