"""Opening reads the journal with orjson and parses a run of one table's lines without the
dictionary around each (issue 18): both must give exactly what `json.loads`, line by line, gives,
or step aside for it (then `json` reads the file and words any refusal, as before)."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.core.storage import journal
from tui.core.storage.journal import InvalidSession, JournalStorage, StoreError, _decode_lines


def same(a, b) -> bool:
    """Equal and of the same types all the way down (1 == 1.0 == True for Python); NaN equals
    NaN."""
    if type(a) is not type(b):
        return False
    if isinstance(a, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    return a == b


# JSON values as a hand-edited or damaged session file may hold them: integers past 64 bits,
# floats of every kind, NaN and infinities (Python's json writes and reads them), any text
# (lone surrogates too, escaped), nesting.
SCALARS = (st.none() | st.booleans() | st.integers() | st.integers(min_value=2**62, max_value=2**70)
           | st.integers(min_value=-(2**70), max_value=-(2**62)) | st.floats()
           | st.text(st.characters(codec=None, categories=None), max_size=12))
VALUES = st.recursive(SCALARS, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=5), inner, max_size=4), max_leaves=20)


def dumped(value, ascii_only: bool) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=ascii_only).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: only escaped can it be UTF-8
        return json.dumps(value).encode("utf-8")


def lines_read_by_orjson_are_what_json_reads(values):
    block = b"".join(dumped({"t": {"1": v}}, ascii_only) + b"\n" for v, ascii_only in values)
    expected = [json.loads(line) for line in block.decode("utf-8").split("\n")[:-1]]
    assert same(_decode_lines(block, journal.Path("s.json"), 1), expected)
    # And where orjson parsed (no refusal to step aside for), the very same values.
    lines = block.count(b"\n")
    parsed = journal._orjson_list(block, b"[" + block.rstrip(b"\n").replace(b"\n", b",") + b"]", lines)
    assert parsed is None or same(parsed, expected)


LINES_OF_VALUES = st.lists(st.tuples(VALUES, st.booleans()), min_size=1, max_size=6)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES_OF_VALUES)
def test_lines_read_by_orjson_are_what_json_reads(values):
    lines_read_by_orjson_are_what_json_reads(values)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES_OF_VALUES)
def test_lines_read_by_orjson_are_what_json_reads_many(values):
    lines_read_by_orjson_are_what_json_reads(values)


def test_orjson_steps_aside_for_what_it_reads_differently():
    # A whole number past 64 bits is a float for orjson; NaN, 1e400 and a lone surrogate it
    # refuses. json reads each as it always did.
    for line, value in [(b'{"t":18446744073709551616}', 2**64), (b'{"t":-9223372036854775809}', -(2**63) - 1),
                        (b'{"t":1e400}', math.inf), (b'{"t":"\\ud800"}', "\ud800")]:
        (patch,) = _decode_lines(line + b"\n", journal.Path("s.json"), 1)
        assert same(patch["t"], value), line
    (patch,) = _decode_lines(b'{"t":NaN}\n', journal.Path("s.json"), 1)
    assert math.isnan(patch["t"])


def reference(path) -> tuple:
    """What the journal held before the fast paths: every line by json.loads, then `_apply`."""
    storage = JournalStorage.__new__(JournalStorage)
    storage.path, storage._tables, storage._live, storage._waste = path, {}, 0, 0
    raw = path.read_bytes()
    lines = raw[:raw.rfind(b"\n") + 1].decode("utf-8").split("\n")[:-1]
    for line in lines:
        storage._apply(json.loads(line))
    return storage._tables, storage._live, storage._waste, len(lines)


DOC = st.fixed_dictionaries({"seq": st.integers(1, 9), "text": st.sampled_from(["a", "é", "\\"])})
LINE = st.one_of(
    st.builds(lambda i, d: {"events": {str(i): d}}, st.integers(1, 12), DOC),  # the usual line
    st.builds(lambda i: {"events": {str(i): None}}, st.integers(1, 12)),  # a deletion
    st.builds(lambda i, j, d: {"events": {str(i): d, str(j): d}}, st.integers(1, 12), st.integers(1, 12),
              DOC),
    st.just({"events": None}), st.just({"events": {}}), st.just({"events": 5}),
    st.builds(lambda d: {"other": {"1": d}}, DOC),
    st.builds(lambda d: {"events": {"1": d}, "other": {"1": d}}, DOC),  # two tables in a line
)


JOURNALS = (st.lists(st.tuples(LINE, st.sampled_from([(",", ":"), (", ", ": "), (",", ":")])), max_size=12),
            st.booleans())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(*JOURNALS)
def test_a_run_of_one_tables_lines_reads_as_line_by_line(tmp_path_factory, lines, torn):
    a_run_reads_as_line_by_line(tmp_path_factory.mktemp("run") / "s.json", lines, torn)


@pytest.mark.slow
@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(*JOURNALS)
def test_a_run_of_one_tables_lines_reads_as_line_by_line_many(tmp_path_factory, lines, torn):
    a_run_reads_as_line_by_line(tmp_path_factory.mktemp("run") / "s.json", lines, torn)


def a_run_reads_as_line_by_line(path, lines, torn):
    text = json.dumps({"session": {"1": {"id": "s", "format": 2}}}) + "\n"
    text += "".join(json.dumps(line, separators=seps) + "\n" for line, seps in lines)
    path.write_bytes(text.encode() + (b'{"events":{"99":{"se' if torn else b""))
    try:
        expected = reference(path)
    except StoreError as exc:
        with pytest.raises(StoreError) as refused:
            JournalStorage(path, read_only=True)
        assert str(refused.value) == str(exc)
        return
    read = JournalStorage(path, read_only=True)
    assert (read._tables, read._live, read._waste, read._lines) == expected
    assert read._offset == len(text.encode())


def test_the_usual_journal_takes_the_run(tmp_path, monkeypatch):
    path = tmp_path / "s.json"
    path.write_text('{"session":{"1":{"id":"s","format":2}}}\n'
                    + "".join(f'{{"events":{{"{n}":{{"seq":{n}}}}}}}\n' for n in range(1, 6)))
    calls = []
    monkeypatch.setattr(journal, "_read_run", lambda *a: calls.append(1) or journal_read_run(*a))
    read = JournalStorage(path, read_only=True)
    assert calls and list(read.table("events")) == ["1", "2", "3", "4", "5"]


journal_read_run = journal._read_run


@pytest.mark.parametrize("lines", [
    # Lines that are not JSON each, though their run would be (one object cut across two lines).
    [b'{"events":{"1":{"a":1}}', b'{"events":{"b":2}}}'],
    [b'{"events":{"1":{"a":', b'{"events":1}}}'],
])
def test_a_run_that_only_reads_across_lines_is_refused(tmp_path, lines):
    path = tmp_path / "s.json"
    path.write_bytes(b'{"session":{"1":{"id":"s","format":2}}}\n' + b"\n".join(lines) + b"\n")
    with pytest.raises(InvalidSession, match="invalid JSON at line 2"):
        JournalStorage(path, read_only=True)


@pytest.mark.parametrize("lines", [
    [{"events": {"1": {"seq": 1}}}, {"events": {"1": {"seq": 2}}}],  # a document replaced
    [{"events": {"1": {"seq": 1}}}, {"events": {"1": None}}, {"events": {"2": {"seq": 2}}}],  # deleted
    [{"events": {"1": {"seq": 1}}}, {"events": None}, {"events": {"2": {"seq": 2}}}],  # table dropped
    [{"events": {"1": {"seq": 1}, "2": {"seq": 2}}}, {"events": {"2": {"seq": 3}}}],  # two in a line
])
def test_a_run_with_replacements_counts_as_line_by_line(tmp_path, lines):
    a_run_reads_as_line_by_line(tmp_path / "s.json", [(line, (",", ":")) for line in lines], False)
