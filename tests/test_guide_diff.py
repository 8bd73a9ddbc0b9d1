"""`debate guide diff`: constructed versions of a guide, each with one kind of change."""

from __future__ import annotations

import json

from tests.conftest import MINIMAL
from tui.cli import main
from tui.core.bank.diff import diff, word_diff
from tui.core.bank.loader import parse_guide

# The minimal guide with a third question, so that one can move.
BASE = MINIMAL.read_text(encoding="utf-8") + """\
          - id: q2c
            letter: c
            text:
              en: Third question?
"""


def _guide(text: str):
    return parse_guide(text.encode(), "g.yaml")


def _changes(new_text: str, **kw):
    return [(c.change, c.kind, c.id, c.old_ref, c.new_ref)
            for c in diff(_guide(BASE), _guide(new_text), **kw)]


def test_identical_guides_have_no_difference():
    assert diff(_guide(BASE), _guide(BASE)) == []


def test_a_reworded_question_is_changed_with_a_word_diff():
    changes = diff(_guide(BASE), _guide(BASE.replace("Second question?", "Second and better question?")))
    assert [(c.change, c.id, c.lang, c.old, c.new) for c in changes] == [
        ("changed", "q2b", "en", "Second question?", "Second and better question?")]
    assert word_diff("Second question?", "Second and better question?") == [
        ("=", "Second"), ("+", "and better"), ("=", "question?")]


def test_a_moved_question_keeps_its_id_and_changes_its_reference():
    b, c = "          - id: q2b\n            letter: b\n", "          - id: q2c\n            letter: c\n"
    moved = BASE.replace(b, b.replace("q2b", "q2c"), 1)
    moved = moved.replace(c, c.replace("q2c", "q2b"), 1)
    moved = moved.replace("Second question?", "@@").replace("Third question?", "Second question?")
    moved = moved.replace("@@", "Third question?")
    assert _changes(moved) == [("moved", "question", "q2b", "1(b)", "1(c)"),
                               ("moved", "question", "q2c", "1(c)", "1(b)")]


def test_an_added_question_and_a_removed_option():
    added = BASE + ("          - id: q2d\n            letter: d\n            text:\n"
                    "              en: A new one?\n")
    assert _changes(added) == [("added", "question", "q2d", None, "1(d)")]
    start = BASE.index("            options:")
    end = BASE.index("          - id: q2b")
    assert _changes(BASE[:start] + BASE[end:]) == [("removed", "option", "q2a-i", "1(a)(i)", None)]


def test_languages_can_be_restricted():
    fr = BASE.replace("en: Third question?",
                      "en: Third question?\n              fr: Troisième question?")
    assert [c.lang for c in diff(_guide(BASE), _guide(fr))] == ["fr"]
    assert diff(_guide(BASE), _guide(fr), langs=("en",)) == []


def test_cli_exits_like_diff_and_speaks_json(tmp_path, capsys):
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(BASE, encoding="utf-8")
    new.write_text(BASE.replace("Second question?", "Second revised question?"), encoding="utf-8")
    assert main(["guide", "diff", str(old), str(old)]) == 0
    capsys.readouterr()
    assert main(["guide", "diff", str(old), str(new)]) == 1
    out = capsys.readouterr().out
    assert "~ question q2b 1(b) [en]: Second {+revised+} question?" in out
    assert main(["guide", "diff", "--json", str(old), str(new)]) == 1
    record = json.loads(capsys.readouterr().out.splitlines()[0])
    assert record["change"] == "changed" and record["new"] == "Second revised question?"
    new.write_text("schema: [\n", encoding="utf-8")
    assert main(["guide", "diff", str(old), str(new)]) == 2
