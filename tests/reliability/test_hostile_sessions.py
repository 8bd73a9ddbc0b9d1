"""Hostile session files (issue 11): wrong types, NaN/inf/1e308, negative and out-of-order
instants, unknown kinds, missing fields, 10,000-deep nesting, huge texts. The CLI refuses each with
one line naming the file and the event (exit 2), the console refuses to open it, the display
keeps its last good state; never a traceback, and the file is never changed (checksum)."""

from __future__ import annotations

import hashlib
import json

import pytest

from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.debate.participants import Participant
from tui.core.storage.session_store import SessionStore, StoreError
from tui.core.storage.sessions import create_session, open_session
from tui.display import DisplayApp

T = 1302508800.0  # FakeClock's start: every good event of the base session is at this instant
OK_SPEAKER = {"name": "Brazil", "category": "member-state", "group": "latin-american-caribbean"}


def ev(seq, kind, data, at=T + 10):
    return {"seq": seq, "type": kind, "at": at, "data": data}


def nested(depth):
    return "[" * depth + "]" * depth


# Each case: a name and the line appended to a valid session (raw bytes: some are not JSON that
# json.dumps would write). The base session has events 1..3 (speakers added, floor given).
def _line(patch) -> bytes:
    return json.dumps(patch, allow_nan=True).encode()


def _event_line(event) -> bytes:
    # Under key "4": a line that reuses an existing key is the journal's update of that document.
    key = "4"
    return _line({"events": {key: event}})


CASES: dict[str, bytes] = {}
for name, event in {
    "seq-string": {**ev(4, "list.close", {}), "seq": "4"},
    "seq-float": {**ev(4, "list.close", {}), "seq": 4.5},
    "seq-zero": ev(0, "list.close", {}),
    "seq-negative": ev(-4, "list.close", {}),
    "seq-bool": {**ev(4, "list.close", {}), "seq": True},
    "seq-huge": ev(2**70, "list.close", {}),
    "seq-duplicate": ev(2, "list.close", {}),  # written under a new key (see _event_line)
    "type-unknown": ev(4, "launch.rocket", {}),
    "type-number": ev(4, 42, {}),
    "type-null": ev(4, None, {}),
    "at-string": ev(4, "list.close", {}, at="noon"),
    "at-nan": ev(4, "list.close", {}, at=float("nan")),
    "at-inf": ev(4, "list.close", {}, at=float("inf")),
    "at-minus-inf": ev(4, "list.close", {}, at=float("-inf")),
    "at-1e308": ev(4, "list.close", {}, at=1e308),
    "at-negative": ev(4, "list.close", {}, at=-5.0),
    "at-before-previous": ev(4, "list.close", {}, at=T - 3600),
    "at-null": ev(4, "list.close", {}, at=None),
    "data-list": ev(4, "list.close", []),
    "data-null": ev(4, "list.close", None),
    "missing-data": {"seq": 4, "type": "list.close", "at": T + 10},
    "missing-at": {"seq": 4, "type": "list.close", "data": {}},
    "missing-type": {"seq": 4, "at": T + 10, "data": {}},
    "event-is-list": [4, "list.close"],
    "event-is-string": "list.close",
    "add-no-speakers": ev(4, "list.add", {}),
    "add-empty-speakers": ev(4, "list.add", {"speakers": []}),
    "add-speaker-not-object": ev(4, "list.add", {"speakers": ["Brazil"]}),
    "add-speaker-no-name": ev(4, "list.add", {"speakers": [{"category": "member-state"}]}),
    "add-speaker-name-number": ev(4, "list.add", {"speakers": [{**OK_SPEAKER, "name": 7}]}),
    "add-speaker-bad-category": ev(4, "list.add", {"speakers": [{**OK_SPEAKER, "category": "king"}]}),
    "add-speaker-bad-group": ev(4, "list.add", {"speakers": [{**OK_SPEAKER, "group": "Atlantis"}]}),
    "add-position-string": ev(4, "list.add", {"speakers": [OK_SPEAKER], "position": "top"}),
    "add-position-negative": ev(4, "list.add", {"speakers": [OK_SPEAKER], "position": -1}),
    "add-name-huge": ev(4, "list.add", {"speakers": [{**OK_SPEAKER, "name": "X" * 100_000}]}),
    "add-speakers-many": ev(4, "list.add", {"speakers": [OK_SPEAKER] * 20_000}),
    "give-entry-string": ev(4, "floor.give", {"entry": "1", "kind": "statement", "limit": 300}),
    "give-limit-nan": ev(4, "floor.give", {"entry": 1, "kind": "statement", "limit": float("nan")}),
    "give-limit-1e308": ev(4, "floor.give", {"entry": 1, "kind": "statement", "limit": 1e308}),
    "give-limit-negative": ev(4, "floor.give", {"entry": 1, "kind": "statement", "limit": -300}),
    "give-no-limit": ev(4, "floor.give", {"entry": 1, "kind": "statement"}),
    "give-unknown-entry": ev(4, "floor.give", {"entry": 999, "kind": "statement", "limit": 300}),
    "order-participant-string": ev(4, "floor.point-of-order", {"participant": "Brazil", "limit": 120}),
    "point-text-number": ev(4, "point.add", {"text": 12}),
    "point-text-list": ev(4, "point.add", {"text": ["a"]}),
    "point-main-string": ev(4, "point.add", {"text": "a", "main": "yes"}),
    "point-delete-unknown": ev(4, "point.delete", {"point": 12345}),
    "merge-one-point": ev(4, "point.merge", {"points": [1], "text": "x"}),
    "panel-received-missing": ev(4, "panel.received", {"member": 1}),
    "opened-since-nan": ev(4, "session.opened", {"since": float("nan")}),
    "plan-meeting-end-string": ev(4, "meeting.plan", {"meetings": [{"start": T, "end": "late"}]}),
    "extra-field-deep": ev(4, "list.close", {"x": json.loads(nested(50))}),
    "extra-field-nan": ev(4, "list.close", {"x": [1.0, float("nan")]}),
}.items():
    CASES[name] = _event_line(event)
CASES["nesting-10000"] = b'{"events": {"4": ' + nested(10_000).encode() + b"}}"
CASES["not-json"] = b'{"events": {"4": {"seq": 4,'
CASES["events-not-object"] = _line({"events": [1, 2, 3]})
CASES["nul-bytes"] = b"\x00" * 64
CASES["latin-1"] = (b'{"events": {"4": {"seq": 4, "type": "point.add", "at": 1302508810.0, '
                    b'"data": {"text": "\xe9"}}}}')
CASES["two-values"] = b'{"events": {}} {"events": {}}'
# Whole numbers longer than Python converts from text (4,300 digits): its JSON reader stops with a
# ValueError, not a JSONDecodeError, before any event can be checked.
LONG = b"9" * 5000
CASES["at-5000-digits"] = (b'{"events": {"4": {"seq": 4, "type": "list.close", "at": ' + LONG
                           + b', "data": {}}}}')
CASES["seq-5000-digits"] = (b'{"events": {"4": {"seq": ' + LONG
                            + b', "type": "list.close", "at": 1, "data": {}}}}')
CASES["data-5000-digits"] = (b'{"events": {"4": {"seq": 4, "type": "list.remove", "at": 1302508810.0, '
                             b'"data": {"entry": -' + LONG + b'}}}}')


def base(directory):
    session = create_session(directory, _guide(), FakeClock(), session_id="s", title="t",
                             speakers=[Participant.make("Brazil", "member-state", "GRULAC")])
    session.give_floor()
    session.close()
    return directory / "s.json"


def _guide():
    from tests.conftest import GUIDE_2011

    return GUIDE_2011


def test_the_corpus_is_large_enough():
    assert len(CASES) >= 50


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Every fifth case in the fast tier (one of each kind of damage, roughly), all of them in the full suite.
@pytest.mark.parametrize("case", [case if i % 5 == 0 else pytest.param(case, marks=pytest.mark.slow)
                                  for i, case in enumerate(sorted(CASES))])
def test_hostile_session_is_refused_untouched(tmp_path, capsys, monkeypatch, case):
    path = base(tmp_path)
    with open(path, "ab") as fh:
        fh.write(CASES[case] + b"\n")
    before = digest(path)
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(tmp_path))
    for args in (["session", "show", "s"], ["session", "show", "s", "--json"], ["session", "undo", "s"],
                 ["summary", "s"]):
        code, out, err = run(capsys, *args)
        assert code == 2, (args, out, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and "s.json" in lines[0] and "internal error" not in lines[0], lines
    # The console refuses to open it (the same check as `debate run`).
    with pytest.raises(StoreError):
        open_session(path, FakeClock(), writer=True)
    assert digest(path) == before


@pytest.mark.parametrize(("case", "message"), [
    ("at-5000-digits", "event 4: 'at' is a whole number 5000 digits long"),
    ("seq-5000-digits", "event 4: 'seq' is a whole number 5000 digits long"),
    ("data-5000-digits", "event 4: 'data' 'entry' is a whole number 5000 digits long"),
])
def test_a_too_long_number_names_the_event_and_its_field(tmp_path, capsys, monkeypatch, case, message):
    path = base(tmp_path)
    with open(path, "ab") as fh:
        fh.write(CASES[case] + b"\n")
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(tmp_path))
    code, _, err = run(capsys, "session", "show", "s")
    assert code == 2 and err == f"debate: {path}: {message}; the file is left untouched\n"


def test_a_too_long_number_in_the_metadata_or_a_format_1_file(tmp_path, capsys, monkeypatch):
    path = base(tmp_path)
    meta, rest = path.read_bytes().split(b"\n", 1)
    path.write_bytes(meta.replace(b'"created":', b'"created":' + LONG + b', "x":', 1) + b"\n" + rest)
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(tmp_path))
    code, _, err = run(capsys, "session", "show", "s")
    assert code == 2 and "s.json: session metadata: 'created' is a whole number 5000 digits long" in err
    # Format 1: the whole session as one JSON document, no newline.
    path.write_bytes(b'{"session": {"1": {"id": "s", "format": 1}}, "events": {"1": {"seq": 1, '
                     b'"type": "list.close", "at": ' + LONG + b', "data": {}}}}')
    code, _, err = run(capsys, "session", "show", "s")
    assert code == 2 and "s.json: event 1: 'at' is a whole number 5000 digits long" in err


DISPLAY_MORE = ("give-limit-1e308", "point-text-number", "add-speaker-bad-group", "seq-duplicate", "not-json",
                "at-5000-digits")


@pytest.mark.parametrize("case", ["at-nan", "nesting-10000",
                                  *[pytest.param(case, marks=pytest.mark.slow) for case in DISPLAY_MORE]])
async def test_display_keeps_the_last_good_state(tmp_path, case):
    path = base(tmp_path)
    good = path.read_bytes()
    app = DisplayApp(path, FakeClock(), poll=None, tick=None)
    async with app.run_test():
        assert app.problem is None and app.state.floor.participant.name == "Brazil"
        with open(path, "ab") as fh:
            fh.write(CASES[case] + b"\n")
        before = digest(path)
        app.follow()
        assert app.problem and "s.json" in app.problem
        assert app.state is not None and app.state.floor.participant.name == "Brazil"
        assert digest(path) == before
        path.write_bytes(good)  # repaired: the display picks up again by itself
        app.follow()
        assert app.problem is None
    assert SessionStore  # imported for the type the display reads with


@pytest.mark.slow
def test_a_50_mb_point_is_refused(tmp_path, capsys, monkeypatch):
    path = base(tmp_path)
    with open(path, "ab") as fh:
        fh.write(_event_line(ev(4, "point.add", {"text": "x" * 50_000_000})) + b"\n")
    before = digest(path)
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(tmp_path))
    code, _, err = run(capsys, "session", "show", "s")
    assert code == 2 and "characters long" in err
    assert digest(path) == before
