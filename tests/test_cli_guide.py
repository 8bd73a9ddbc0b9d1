"""`debate guide …` as the Secretariat uses it: real files, exit codes, no tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest

from tests.conftest import GUIDE_2011, MINIMAL, ROOT
from tui.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_check_json_reports_the_2011_guide(capsys):
    code, out, _ = run(capsys, "guide", "check", str(GUIDE_2011), "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["subthemes"], data["questions"], data["options"], data["paragraphs"]) == (2, 64, 22, 41)
    assert data["languages"] == {"ar": "missing", "zh": "missing", "en": "complete",
                                 "fr": "complete", "ru": "missing", "es": "missing"}
    assert data["problems"] == [] and data["valid"] and not data["ready"]


def test_check_human_report(capsys):
    code, out, _ = run(capsys, "guide", "check", str(GUIDE_2011))
    assert code == 0
    assert "64 questions" in out and "22 options" in out and "en complete" in out
    assert "ar missing" in out and "not ready" in out


def test_strict_makes_not_ready_an_error(capsys):
    assert run(capsys, "guide", "check", "--strict", str(GUIDE_2011))[0] == 1


def test_check_a_folder_and_a_broken_file(capsys, tmp_path):
    shutil.copy(MINIMAL, tmp_path)
    (tmp_path / "bad.yaml").write_text("schema: 1\nid: x\nmeta: yes\n")
    code, out, err = run(capsys, "guide", "check", str(tmp_path), "--json")
    assert code == 2
    lines = [json.loads(line) for line in out.splitlines()]
    assert [d["valid"] for d in lines] == [False, True]
    assert {"file": str(tmp_path / "bad.yaml"), "line": 3, "column": 7,
            "message": "meta: expected a mapping, found a boolean"} in lines[0]["problems"]
    assert f"{tmp_path / 'bad.yaml'}:3:7: meta: expected a mapping, found a boolean" in err


def test_check_deadline_as_of_a_date(capsys):
    _, out, _ = run(capsys, "guide", "check", str(MINIMAL), "--json", "--today", "2030-04-02")
    deadline = next(c for c in json.loads(out)["checks"] if c["check"] == "deadline")
    assert deadline["ok"] and "2030-04-20" in deadline["message"]


def test_show_marks_the_fallback_language(capsys):
    code, out, _ = run(capsys, "guide", "show", str(GUIDE_2011), "--lang", "ru")
    assert code == 0
    assert "Язык «русский» в этом руководстве: отсутствует" in out and "[en: нет текста: русский]" in out
    code, out, _ = run(capsys, "guide", "show", str(GUIDE_2011), "--lang", "fr")
    assert "[en:" not in out and "7(m) Comment trouver" in out


def test_export_markdown_and_html_to_files(capsys, tmp_path):
    md, page = tmp_path / "g.md", tmp_path / "g.html"
    assert run(capsys, "guide", "export", str(GUIDE_2011), "--lang", "fr", "-o", str(md))[0] == 0
    assert "\n# Guide de discussion" in md.read_text(encoding="utf-8")
    code, _, err = run(capsys, "guide", "export", str(GUIDE_2011), "--lang", "zh",
                       "--format", "html", "-o", str(page))
    assert code == 0 and "zh is missing" in err
    assert '<html lang="zh"' in page.read_text(encoding="utf-8")


def test_export_to_an_unwritable_place_fails_cleanly(capsys, tmp_path):
    code, _, err = run(capsys, "guide", "export", str(GUIDE_2011), "-o",
                       str(tmp_path / "no" / "such" / "dir.md"))
    assert code == 1 and err.startswith("debate: cannot write")


def test_search(capsys, tmp_path):
    shutil.copy(GUIDE_2011, tmp_path)
    code, out, err = run(capsys, "guide", "search", "Téléassistance", "--bank", str(tmp_path))
    assert code == 0
    assert "ccpcj-20-2011 7(m)(iii) ¶12(m)(iii) [fr]" in out
    assert "match" in err


def test_new_writes_a_guide_that_passes_check(capsys, tmp_path):
    path = tmp_path / "ccpcj-35-2026.yaml"
    assert run(capsys, "guide", "new", str(path))[0] == 0
    code, out, _ = run(capsys, "guide", "check", str(path), "--json")
    data = json.loads(out)
    assert code == 0 and data["id"] == "ccpcj-35-2026"
    assert all(slot in path.read_text() for slot in ("ar: \"\"", "zh: \"\"", "ru: \"\"", "es: \"\""))
    # never overwrites
    before = path.read_bytes()
    code, _, err = run(capsys, "guide", "new", str(path))
    assert code == 1 and "already exists" in err and path.read_bytes() == before


def test_new_refuses_a_bad_id(capsys, tmp_path):
    code, _, err = run(capsys, "guide", "new", str(tmp_path / "g.yaml"), "--id", "Bad Id")
    assert code == 2 and "must be lowercase" in err
    assert not (tmp_path / "g.yaml").exists()


@pytest.mark.parametrize("args", [["guide"], ["guide", "export"], ["guide", "check", "--bogus", "x"]])
def test_usage_errors_exit_2(args):
    with pytest.raises(SystemExit) as info:
        main(args)
    assert info.value.code == 2


def test_python_dash_m_works():
    out = subprocess.run([sys.executable, "-m", "tui", "guide", "check", str(GUIDE_2011), "--json"],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0 and json.loads(out.stdout)["questions"] == 64


@pytest.mark.parametrize("extra", [[], ["--strict"], ["--json"]])
def test_check_of_a_folder_without_guides_says_so_and_fails(capsys, tmp_path, extra):
    # Before: exit 0 and nothing printed, as if a whole bank had been checked.
    empty, named_like_a_guide = tmp_path / "EMPTYDIR", tmp_path / "x.yaml"
    empty.mkdir()
    named_like_a_guide.mkdir()
    (empty / "notes.txt").write_text("not a guide")
    code, out, err = run(capsys, "guide", "check", str(empty), str(named_like_a_guide), *extra)
    assert code == 2
    assert err == (f"{empty}: no guide files (*.yaml, *.yml) found\n"
                   f"{named_like_a_guide}: no guide files (*.yaml, *.yml) found\n")
    if extra == ["--json"]:
        assert [json.loads(line)["valid"] for line in out.splitlines()] == [False, False]


def test_check_of_an_empty_folder_beside_a_good_guide_still_checks_the_guide(capsys, tmp_path):
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "guide", "check", str(tmp_path / "empty"), str(GUIDE_2011))
    assert code == 2 and "valid guide ccpcj-20-2011" in out and "no guide files" in err
