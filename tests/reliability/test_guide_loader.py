"""The strict loader: the broken-guide corpus, limits, and fuzzing (only InputError escapes)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import DATA, GUIDE_2011, MINIMAL
from tui.core.bank.loader import MAX_BYTES, load_guide, parse_guide
from tui.core.text.problems import InputError

BROKEN = sorted((DATA / "broken").glob("*.yaml"))
EXPECT = re.compile(rb"^# expect: (\d+):(\d+): (.*?)\r?$", re.M)


def test_the_corpus_covers_every_trap():
    assert len(BROKEN) >= 25
    names = {p.stem for p in BROKEN}
    for trap in ("yaml-bool-no", "yaml-bool-yes", "yaml-sexagesimal-duration", "yaml-python-tag",
                 "yaml-anchor-alias", "yaml-duplicate-key", "schema-unknown-field",
                 "schema-missing-field", "schema-question-letter-sequence",
                 "schema-unresolved-serves", "schema-duplicate-id"):
        assert trap in names


@pytest.mark.parametrize("path", BROKEN, ids=lambda p: p.stem)
def test_broken_guide_gives_the_expected_message(path: Path):
    expected = [(int(m[1]), int(m[2]), m[3].decode("utf-8")) for m in EXPECT.finditer(path.read_bytes())]
    assert expected, f"{path.name} declares no '# expect:' line"
    with pytest.raises(InputError) as info:
        load_guide(path)
    found = [(p.line, p.column, p.message) for p in info.value.problems]
    for line, column, message in expected:
        assert (line, column, message) in found, f"{path.name}: {found}"
    if b"# only the expected problems" in path.read_bytes():  # no knock-on messages
        assert len(found) == len(expected), f"{path.name}: {found}"
    assert all(p.file == str(path) for p in info.value.problems)


@pytest.mark.parametrize("path", BROKEN[:3], ids=lambda p: p.stem)
def test_cli_reports_file_line_col_and_exits_2(path: Path, capsys):
    from tui.cli import main

    assert main(["guide", "check", str(path)]) == 2
    err = capsys.readouterr().err
    line, column, message = EXPECT.search(path.read_bytes()).groups()
    assert f"{path}:{int(line)}:{int(column)}: {message.decode()}" in err
    assert "Traceback" not in err


def test_the_corpus_covers_the_authoring_traps():
    names = {p.stem for p in BROKEN}
    for trap in ("yaml-comment-in-text", "yaml-colon-in-text", "yaml-quote-start", "yaml-missing-dash",
                 "yaml-vertical-tab-after-multibyte", "yaml-line-separator-before-fault",
                 "yaml-next-line-before-fault", "yaml-bom-crlf", "file-not-utf8-after-multibyte",
                 "schema-paragraph-typo-one-message"):
        assert trap in names


def test_valid_files_load(minimal_text):
    assert load_guide(MINIMAL).id == "minimal"
    assert load_guide(GUIDE_2011).id == "ccpcj-20-2011"


def test_every_problem_of_a_file_is_reported_at_once(minimal_text):
    text = (minimal_text.replace("en: First question?", "en: NO")
            .replace("number: 30", "number: thirty")
            .replace("letter: b", "letter: d"))
    with pytest.raises(InputError) as info:
        parse_guide(text.encode(), "many.yaml")
    messages = [p.message for p in info.value.problems]
    assert len(messages) == 3, messages
    assert [p.line for p in info.value.problems] == sorted(p.line for p in info.value.problems)


def test_size_cap():
    with pytest.raises(InputError) as info:
        parse_guide(b"#" * (MAX_BYTES + 1), "big.yaml")
    assert "larger than" in str(info.value)


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as info:
        load_guide(tmp_path / "nope.yaml")
    assert str(info.value).startswith(str(tmp_path / "nope.yaml") + ": ")


def test_a_folder_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        load_guide(tmp_path)


# -- fuzzing ---------------------------------------------------------------------------------------

FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _only_input_error(data: bytes) -> None:
    try:
        parse_guide(data, "fuzz.yaml")
    except InputError as exc:
        assert exc.problems, "an InputError always carries its problems"
        for p in exc.problems:
            assert p.line >= 0 and p.column >= 0 and p.message


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_only_raise_input_error(data):
    _only_input_error(data)


_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False),
                     st.text(max_size=20), st.dates())
_keys = st.sampled_from(["schema", "id", "meta", "body", "section", "paragraph", "group", "text",
                         "en", "fr", "title", "content", "questions", "letter", "options",
                         "numeral", "serves", "intro", "subthemes", "label", "items", "item"])
_trees = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(_keys | st.text(max_size=5), inner, max_size=5)),
    max_leaves=30)


@pytest.mark.slow  # 500 random trees: about 4 s
@FUZZ
@given(_trees)
def test_random_yaml_only_raises_input_error(tree):
    _only_input_error(yaml.safe_dump(tree, allow_unicode=True).encode())


@pytest.mark.slow
@FUZZ
@given(st.data())
def test_mutated_real_guide_only_raises_input_error(minimal_text, data):
    lines = minimal_text.splitlines()
    for _ in range(data.draw(st.integers(1, 3))):
        i = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "dup", "indent", "dedent", "junk"]))
        if action == "drop":
            del lines[i]
        elif action == "dup":
            lines.insert(i, lines[i])
        elif action == "indent":
            lines[i] = "  " + lines[i]
        elif action == "dedent":
            lines[i] = lines[i][2:]
        else:
            lines[i] += data.draw(st.sampled_from([": x", " &a", " *a", " !!str", " [", " {", "'"]))
        if not lines:
            break
    _only_input_error("\n".join(lines).encode())
