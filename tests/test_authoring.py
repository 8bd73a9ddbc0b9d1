"""Authoring safety: faults are reported where an editor shows them, in words, without knock-ons."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import GUIDE_2011
from tui.cli import main
from tui.core.bank.loader import invisible_characters, parse_guide
from tui.core.bank.search import load_bank
from tui.core.bank.yaml_reader import compose
from tui.core.text.problems import InputError, Problems

# Text an officer pastes: any script, plus the characters libyaml treats as line breaks but
# editors do not (NEL, LS, PS) and a stray byte-order mark.
_PASTED = st.text(st.one_of(
    st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\\ufffe\uffff'),
    st.sampled_from(["\x85", "\u2028", "\u2029", "\ufeff", "é", "問", "أ", "😀"])), max_size=30)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(_PASTED, min_size=1, max_size=8), data=st.data(),
       newline=st.sampled_from(["\n", "\r\n"]), fault=st.sampled_from(["\x0b", "\x00", "\x1b", "@"]))
@pytest.mark.slow
def test_a_fault_is_reported_at_its_line_and_column(texts, data, newline, fault):
    lines = [f'k{i}: "{t}"' for i, t in enumerate(texts)]
    row = data.draw(st.integers(0, len(lines) - 1))
    if fault == "@":  # a syntax error: a plain value cannot start with @
        lines[row] = f"k{row}: @{texts[row]}"
        column = len(f"k{row}: ") + 1
    else:  # a character the reader refuses, anywhere inside the quoted text
        at = data.draw(st.integers(len(f'k{row}: "'), len(lines[row]) - 1))
        lines[row] = lines[row][:at] + fault + lines[row][at:]
        column = at + 1
    problems = Problems("f.yaml")
    compose(newline.join(lines) + newline, problems)
    assert [(p.line, p.column) for p in problems.items][:1] == [(row + 1, column)], problems.items


def test_a_vertical_tab_after_multibyte_text_is_placed_by_characters_not_bytes():
    text = "a: ok\n" * 716 + "b: \"" + "é問" * 5 + "\x0b\"\n"
    problems = Problems("f.yaml")
    compose(text, problems)
    assert (problems.items[0].line, problems.items[0].column) == (717, 15)


def _one_change(old: str, new: str) -> list[str]:
    text = GUIDE_2011.read_text(encoding="utf-8")
    assert text.count(old) == 1
    with pytest.raises(InputError) as info:
        parse_guide(text.replace(old, new).encode(), "g.yaml")
    return [p.message for p in info.value.problems]


def test_one_wrong_paragraph_number_gives_one_message():
    assert _one_change("paragraph: 8\n", "paragraph: 9\n") == [
        "group 3.intro.paragraph: paragraph 9 is out of sequence: expected 8"]


def test_an_inserted_paragraph_gives_one_message_not_one_per_later_paragraph():
    text = GUIDE_2011.read_text(encoding="utf-8")
    para = "\n              - paragraph: 20\n"
    assert para in text
    inserted = para + "                text: {fr: Un paragraphe ajouté.}"
    with pytest.raises(InputError) as info:
        parse_guide(text.replace(para, inserted + para).encode(), "g.yaml")
    messages = [p.message for p in info.value.problems]
    assert len(messages) == 1 and messages[0].endswith("paragraph 20 is out of sequence: expected 21")


def test_invisible_characters_are_warnings_with_positions_and_french_spaces_are_not():
    text = "a: x\u200by\nb: « oui » et non\u00a0: 1\u00a0000\nc: soft\u00adhyphen and\u00a0space\n"
    warnings = invisible_characters(text, "f.yaml")
    assert [(w.line, w.column) for w in warnings] == [(1, 5), (3, 8), (3, 19)]
    assert "U+200B (zero-width space)" in warnings[0].message


def test_check_prints_warnings_and_stays_valid(tmp_path, capsys, minimal_text):
    path = tmp_path / "g.yaml"
    path.write_text(minimal_text.replace("First question?", "First\u00adquestion?"), encoding="utf-8")
    assert main(["guide", "check", str(path)]) == 0
    assert f"{path}:52:24: warning: invisible character U+00AD (soft hyphen)" in capsys.readouterr().err


def test_yml_files_are_guides_and_duplicate_ids_are_reported(tmp_path, capsys, minimal_text):
    (tmp_path / "a.yaml").write_text(minimal_text, encoding="utf-8")
    (tmp_path / "b.yml").write_text(minimal_text, encoding="utf-8")
    bank = load_bank(tmp_path)
    assert len(bank.guides) == 1
    assert bank.problems[0].file.endswith("b.yml") and "already used by" in bank.problems[0].message
    assert main(["guide", "check", str(tmp_path)]) == 2
    assert "guide id 'minimal' is already used by" in capsys.readouterr().err


def test_search_for_nothing_is_a_usage_error(capsys):
    assert main(["guide", "search", ""]) == 2
    assert "nothing to search for" in capsys.readouterr().err


@pytest.mark.parametrize("odd_break", ["\x85", "\u2028", "\u2029"])
def test_a_line_break_only_libyaml_sees_does_not_move_a_fault(odd_break):
    # NEL, LS and PS end a line for libyaml, not in an editor: the fault is on the editor's line 2.
    problems = Problems("f.yaml")
    compose(f'a: "one{odd_break}two"\nb: @three\n', problems)
    assert (problems.items[0].line, problems.items[0].column) == (2, 4)


def test_reading_a_guide_gives_the_garbage_collector_back_even_when_it_fails(monkeypatch):
    import gc

    from tui.core.bank import schema

    assert gc.isenabled()
    parse_guide(GUIDE_2011.read_bytes(), "g.yaml")
    assert gc.isenabled()

    def broken(*args):
        raise RuntimeError("a bug in the reader")

    monkeypatch.setattr(schema, "read_guide", broken)
    with pytest.raises(RuntimeError):
        parse_guide(GUIDE_2011.read_bytes(), "g.yaml")
    assert gc.isenabled()
