"""Every reference in an event points to something the log holds at that point (a hostile tester's
finding: hand-edited events naming no entry, or values no debate has, were accepted silently and
the forecast gave a time in the past). An entry, a point, a panel member, a point of order, a
meeting, the floor: a reference to one that no earlier event in effect made is refused in one line
naming the file, the event's seq and the id, by the CLI, the console and the display, the file
untouched. Also the session's metadata (limits of -300 seconds) and its id (the file name is the
id: a file whose id field says another is refused, not listed under a name `show` cannot find)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import GUIDE_2011
from tests.enginekit import BRAZIL, FRANCE, NIGERIA, PANELLIST
from tests.test_cli_guide import run
from tui.core.debate.clock import FakeClock
from tui.core.storage.follower import SessionFollower
from tui.core.storage.session_store import InvalidSession, StoreError
from tui.core.storage.sessions import create_session, open_session

T = 1302508800.0  # FakeClock's start


def _base(sdir):
    """A session whose ids are known: entries (Brazil, France, Nigeria removed), a statement and
    a point of order, points, a panel member, two planned meetings (the first open)."""
    clock = FakeClock()
    s = create_session(sdir, GUIDE_2011, clock, session_id="r1", speakers=[BRAZIL, FRANCE, NIGERIA],
                       meetings=[(T, T + 3 * 3600), (T + 5 * 3600, T + 8 * 3600)])
    ids = {"brazil": 1, "france": 2, "nigeria": 3}
    assert [e.participant.name for e in s.state.entries.values()] == ["Brazil", "France", "Nigeria"]
    s.remove(ids["nigeria"])
    statement = s.give_floor(ids["brazil"]).id
    order = s.point_of_order(FRANCE).id
    s.end()  # the point of order; Brazil has the floor again
    s.add_point("Cooperation with providers")
    s.add_point("Training of judges")
    first, second = s.state.point_order
    member = s.add_panel_member(PANELLIST)
    s.close()
    ids.update(statement=statement, order=order, point=first, point2=second, member=member)
    return sdir / "r1.json", ids


def _append(path, *events):
    last = max(json.loads(line)["events"][k]["seq"] for line in path.read_text().splitlines()
               for k in json.loads(line).get("events", {}))
    with open(path, "a") as fh:
        for n, (kind, data) in enumerate(events, last + 1):
            ev = {"seq": n, "type": kind, "at": T + 60 + n, "data": data}
            fh.write(json.dumps({"events": {str(n): ev}}) + "\n")
    return last + len(events)  # the seq of the last one, the one refused


# Each case: the events appended (the last is refused) and what the line says it names.
CASES = {
    "limit-unknown-entry": (lambda i: [("list.limit", {"entry": 999, "seconds": 120})],
                            "it names entry 999, which no earlier event in effect made"),
    "floor-to-unknown-entry": (lambda i: [("floor.give", {"entry": 999, "kind": "statement", "limit": 300})],
                               "it names entry 999, which no earlier event in effect made"),
    "remove-a-removed-entry": (lambda i: [("list.remove", {"entry": i["nigeria"]})],
                               "it names entry 3, which is no longer on the list of speakers"),
    "move-unknown-entry": (lambda i: [("list.move", {"entry": 999, "position": 0})],
                           "it names entry 999, which no earlier event in effect made"),
    "ruling-on-no-intervention": (lambda i: [("order.ruling", {"intervention": 999, "text": "Upheld"})],
                                  "it names intervention 999, which is not a point of order heard "
                                  "before it"),
    "ruling-on-a-statement": (lambda i: [("order.ruling", {"intervention": i["statement"], "text": "x"})],
                              "it names intervention 4, which is not a point of order heard before it"),
    "meeting-zero": (lambda i: [("meeting.open", {"meeting": 0})],
                     "it names meeting 0, which is neither planned nor the next one (2 planned or "
                     "held before it)"),
    "meeting-far-ahead": (lambda i: [("floor.give", {"entry": i["france"], "kind": "statement",
                                                      "limit": 300, "open_meeting": 7})],
                          "it names meeting 7, which is neither planned nor the next one (2 planned "
                          "or held before it)"),
    "meeting-closed-twice": (lambda i: [("meeting.close", {}), ("meeting.close", {})],
                             "no meeting is open at that point"),
    "pause-nobody": (lambda i: [("floor.end", {}), ("floor.pause", {})],
                     "nobody has the floor at that point"),
    "extend-nobody": (lambda i: [("floor.end", {}), ("floor.extend", {"seconds": 60})],
                      "nobody has the floor at that point"),
    "resume-nobody": (lambda i: [("floor.end", {}), ("floor.resume", {})],
                      "nobody has the floor at that point"),
    "edit-unknown-point": (lambda i: [("point.edit", {"point": 999, "text": "x"})],
                           "it names point 999, which no earlier event in effect made (or an earlier "
                           "one deleted or merged it)"),
    "point-deleted-twice": (lambda i: [("point.delete", {"point": i["point"]}),
                                       ("point.delete", {"point": i["point"]})],
                            "it names point 6, which no earlier event in effect made (or an earlier "
                            "one deleted or merged it)"),
    "merge-a-point-with-itself": (lambda i: [("point.merge", {"points": [i["point"], i["point"]],
                                                              "text": "x"})],
                                  "it names point 6 twice"),
    "move-unknown-point": (lambda i: [("point.move", {"point": 999, "position": 0})],
                           "it names point 999, which no earlier event in effect made (or an earlier "
                           "one deleted or merged it)"),
    "translate-unknown-point": (lambda i: [("point.translate", {"point": 999, "lang": "fr", "text": "x"})],
                                "it names point 999, which no earlier event in effect made (or an "
                                "earlier one deleted or merged it)"),
    "leave-out-unknown-point": (lambda i: [("point.leave-out", {"point": 999, "reason": "x"})],
                                "it names point 999, which no earlier event in effect made (or an "
                                "earlier one deleted or merged it)"),
    "keep-unknown-point": (lambda i: [("point.keep", {"point": 999})],
                           "it names point 999, which no earlier event in effect made (or an earlier "
                           "one deleted or merged it)"),
    "edit-an-undone-point": (lambda i: [("point.add", {"text": "Later undone"}), ("undo", {}),
                                        ("point.edit", {"point": 9, "text": "x"})],
                             "it names point 9, which no earlier event in effect made (or an earlier "
                             "one deleted or merged it)"),
    "remove-unknown-member": (lambda i: [("panel.remove", {"member": 999})],
                              "it names panel member 999, which no earlier event in effect made (or "
                              "an earlier one removed it)"),
    "received-unknown-member": (lambda i: [("panel.received", {"member": 999, "received": True})],
                                "it names panel member 999, which no earlier event in effect made (or "
                                "an earlier one removed it)"),
}


def test_the_base_session_s_references_all_hold(sdir, capsys):
    _, ids = _base(sdir)
    assert (ids["statement"], ids["order"], ids["point"], ids["point2"], ids["member"]) == (4, 5, 6, 7, 8)
    code, _, err = run(capsys, "session", "show", "r1")
    assert (code, err) == (0, "")


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_reference_to_nothing_is_refused_naming_the_file_the_event_and_the_id(sdir, capsys, case):
    path, ids = _base(sdir)
    events, names = CASES[case]
    seq = _append(path, *events(ids))
    kind = events(ids)[-1][0]
    before = path.read_bytes()
    line = (f"{path}: event {seq} ({kind}) cannot be replayed: {names}; the file was changed by hand? "
            "(it is left untouched)")
    for args in (["session", "show", "r1"], ["session", "undo", "r1"]):
        code, _, err = run(capsys, *args)
        assert (code, err) == (2, f"debate: {line}\n"), args
    with pytest.raises(InvalidSession) as refused:  # the console refuses to open it
        open_session(path, FakeClock(), writer=True)
    assert str(refused.value) == line
    assert path.read_bytes() == before


def test_a_follower_refuses_such_an_event_when_it_arrives(sdir):
    """The display reads the tail: the new event is folded alone (`apply`), and named the same."""
    path, _ = _base(sdir)
    follower = SessionFollower(path)
    assert follower.poll() is not None
    seq = _append(path, ("order.ruling", {"intervention": 999, "text": "Upheld"}))
    with pytest.raises(StoreError, match=rf"event {seq} \(order.ruling\) cannot be replayed: it names "
                                         "intervention 999, which is not a point of order"):
        follower.poll()
    follower.close()


# -- the session's metadata -------------------------------------------------------------------------

def _edit_meta(path, change):
    lines = path.read_text().splitlines()
    first = json.loads(lines[0])
    change(first["session"]["1"])
    path.write_text("\n".join([json.dumps(first), *lines[1:]]) + "\n")


META_CASES = {
    "limit-negative": (lambda m: m["limits"].update(participant=-300),
                       "'limits' 'participant' is -300, not a number of seconds between 0 and 315360000"),
    "category-limit-negative": (lambda m: m["limits"].update(categories={"member-state": -60}),
                                "'limits' 'categories' 'member-state' is -60, not a number of seconds "
                                "between 0 and 315360000"),
    "limit-text": (lambda m: m["limits"].update(warning="a minute"),
                   "'limits' 'warning' is text, not a number of seconds"),
    "created-nan": (lambda m: m.update(created="yesterday"), "'created' is text, not an instant"),
    "title-number": (lambda m: m.update(title=5), "'title' is a number, not text"),
    "id-number": (lambda m: m.update(id=7), "'id' is a number, not text"),
}


@pytest.mark.parametrize("case", sorted(META_CASES))
def test_bad_metadata_is_refused_in_one_line(sdir, capsys, case):
    path, _ = _base(sdir)
    change, problem = META_CASES[case]
    _edit_meta(path, change)
    before = path.read_bytes()
    code, out, err = run(capsys, "session", "show", "r1")
    assert (code, out) == (2, "")
    assert err == (f"debate: {path}: session metadata (table 'session'): {problem}; the file is left "
                   "untouched\n")
    with pytest.raises(InvalidSession):
        open_session(path, FakeClock(), writer=True)
    assert path.read_bytes() == before


def test_a_file_whose_id_field_names_another_session_is_one_line_in_list_and_show(sdir, capsys):
    """`h2.json` saying `"id": "other"` was listed as 'other', which `session show other` could not
    find. The file name is the id: the file is named, with both ids and the two fixes."""
    create_session(sdir, GUIDE_2011, FakeClock(), session_id="h1").close()
    create_session(sdir, GUIDE_2011, FakeClock(), session_id="h2").close()
    path = sdir / "h2.json"
    _edit_meta(path, lambda m: m.update(id="other"))
    line = (f"debate: {path}: its id field says 'other' but a session's id is its file name ('h2'): "
            "rename the file to other.json or set its id to 'h2'\n")
    code, out, err = run(capsys, "session", "list")
    assert code == 1 and err == line
    assert "h1" in out and "other" not in out and "h2" not in out
    for sid in ("h2", "other"):
        code, out, err = run(capsys, "session", "show", sid)
        assert code == 2 if sid == "h2" else code == 1
        assert err == (line if sid == "h2" else f"debate: no session 'other' in {sdir}/ (see: debate "
                                                  "session list)\n")


def test_the_event_named_is_the_one_the_fold_stopped_on_even_after_an_undo(sdir, capsys):
    """A bad event an undo cancelled is not in effect; the one named is the later one the fold
    met (finding it by folding ever shorter beginnings of the log named the cancelled one)."""
    path, _ = _base(sdir)
    seq = _append(path, ("list.limit", {"entry": 998, "seconds": 120}), ("undo", {}),
                  ("list.limit", {"entry": 999, "seconds": 120}))
    code, _, err = run(capsys, "session", "show", "r1")
    assert (code, err) == (2, f"debate: {path}: event {seq} (list.limit) cannot be replayed: it names entry "
                              "999, which no earlier event in effect made; the file was changed by hand? "
                              "(it is left untouched)\n")
