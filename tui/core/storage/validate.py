"""Every event read from a session file checked against a typed schema before anything uses it.

A session file is JSON anyone can edit. Without this, a hand-edited or damaged file reaches the
fold, the clock and the screens as whatever it holds: a string where an instant belongs, NaN or
1e308 seconds, a list nested 10,000 deep, a name of 50 MB. Here each kind of event has its fields
and their types; numbers are finite and within bounds; instants never go backwards; texts and lists
have a size limit and values a nesting limit. A problem is one line naming the file, the event's
`seq` and what is wrong (an InvalidSession: exit 2 in the CLI, the console refuses to open the file,
the display keeps its last good state). Called from `session_store.admit_events` on every event
read (opening and each tail a reader follows), and `check_meta` on the session's metadata; nothing
is written, the file stays as it is. What the events refer to (an entry, a point, a meeting that
must exist at that point of the log) is checked where it is known, by the fold
(`state.Dangling`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from ..debate.participants import CATEGORIES, REGIONAL_GROUPS
from ..text.languages import LANGUAGES
from ..text.reporting import VERBS
from .journal import InvalidSession

MAX_TEXT = 20_000  # characters in one name, point or title (a point is typed on one line)
MAX_ITEMS = 10_000  # speakers added at once, points merged, meetings planned
MAX_DEPTH = 8  # nesting of any value inside an event
MAX_ID = 2**31  # sequence numbers, entry, point and member ids, positions
MAX_SECONDS = 10 * 365 * 86400  # a time limit or a duration: ten years is already absurd
# Instants (Unix seconds) up to the year 2200: past that, a number meant to overflow the clock.
FIRST_INSTANT, LAST_INSTANT = 0.0, 7_258_118_400.0

Check = Callable[[Any], str | None]  # None when the value is good, else what is wrong with it
Fast = Callable[[Any], bool]  # True only when the check would find nothing wrong (see `valid`)

# The fast form of each check: a predicate that says True only for values the check accepts,
# written with exact types (what JSON gives), so that opening 50,000 events does not pay for
# building messages or walking values twice. It may say False for a good value (an unusual type,
# a field a newer version added): then the check itself runs and decides. So the fast forms only
# make reading faster; what is accepted and every message come from the checks.
_FAST: dict[Check, Fast] = {}


def _fast(check: Check, fast: Fast) -> Check:
    _FAST[check] = fast
    return check


def _int(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"is {_kind(value)}, not a whole number"
    if not 0 <= value <= MAX_ID:
        return f"is {value}, out of range"
    return None


def _seconds(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"is {_kind(value)}, not a number of seconds"
    if not math.isfinite(value) or not 0 <= value <= MAX_SECONDS:
        return f"is {value!r}, not a number of seconds between 0 and {MAX_SECONDS}"
    return None


def _signed_seconds(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int):
        return f"is {_kind(value)}, not a whole number of seconds"
    return None if abs(value) <= MAX_SECONDS else f"is {value}, out of range"


def _instant(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return f"is {_kind(value)}, not an instant"
    if not math.isfinite(value) or not FIRST_INSTANT <= value <= LAST_INSTANT:
        return f"is {value!r}, not an instant between 1970 and 2200"
    return None


def _text(value: Any) -> str | None:
    if not isinstance(value, str):
        return f"is {_kind(value)}, not text"
    if len(value) > MAX_TEXT:
        return f"is {len(value)} characters long (at most {MAX_TEXT})"
    return None


def _bool(value: Any) -> str | None:
    return None if isinstance(value, bool) else f"is {_kind(value)}, not true or false"


def _number_in(low: float, high: float) -> Fast:
    # A NaN fails both comparisons, an infinity the bound: no isfinite needed.
    return lambda v: (type(v) is int or type(v) is float) and low <= v <= high


_fast(_int, lambda v: type(v) is int and 0 <= v <= MAX_ID)
_fast(_seconds, _number_in(0, MAX_SECONDS))
_fast(_signed_seconds, lambda v: type(v) is int and -MAX_SECONDS <= v <= MAX_SECONDS)
_fast(_instant, _number_in(FIRST_INSTANT, LAST_INSTANT))
_fast(_text, lambda v: type(v) is str and len(v) <= MAX_TEXT)
_fast(_bool, lambda v: type(v) is bool)

# The commonest checks are written inline in the fast form of a record (`_fast_record`), with no
# call per field: an expression of the value `{x}` (and of a constant `{c}`, given beside it).
_INLINE: dict[Check, tuple[str, Any]] = {
    _text: ("type({x}) is str and len({x}) <= MAX_TEXT", None),
    _bool: ("type({x}) is bool", None),
    _int: ("type({x}) is int and 0 <= {x} <= MAX_ID", None),
    _seconds: ("(type({x}) is int or type({x}) is float) and 0 <= {x} <= MAX_SECONDS", None),
    _instant: ("(type({x}) is int or type({x}) is float) and FIRST_INSTANT <= {x} <= LAST_INSTANT", None),
}


def _optional(check: Check) -> Check:
    inner = _FAST.get(check)
    optional: Check = lambda value: None if value is None else check(value)  # noqa: E731
    if inner is not None:
        _fast(optional, lambda v: v is None or inner(v))
    if check in _INLINE:
        expression, constant = _INLINE[check]
        _INLINE[optional] = (f"{{x}} is None or ({expression})", constant)
    return optional


def _one_of(choices: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        return None if value in choices else f"is {_short(value)}, not one of {', '.join(choices)}"

    known = frozenset(choices)
    _INLINE[check] = ("type({x}) is str and {x} in {c}", known)
    return _fast(check, lambda v: type(v) is str and v in known)


def _list(check: Check, min_items: int = 0) -> Check:
    def checked(value: Any) -> str | None:
        if not isinstance(value, list):
            return f"is {_kind(value)}, not a list"
        if not min_items <= len(value) <= MAX_ITEMS:
            return f"has {len(value)} items (from {min_items} to {MAX_ITEMS})"
        for n, item in enumerate(value):
            problem = check(item)
            if problem:
                return f"item {n + 1} {problem}"
        return None

    inner = _FAST.get(check)
    if inner is not None:
        item_ok = inner
        _fast(checked, lambda v: type(v) is list and min_items <= len(v) <= MAX_ITEMS
              and all(map(item_ok, v)))
    return checked


def _record(fields: Mapping[str, Check], required: tuple[str, ...]) -> Check:
    def check(value: Any) -> str | None:
        if not isinstance(value, dict):
            return f"is {_kind(value)}, not an object"
        for name in required:
            if name not in value:
                return f"has no {name!r}"
        for name, field_check in fields.items():
            if name in value:
                problem = field_check(value[name])
                if problem:
                    return f"{name!r} {problem}"
        return None

    fast = _fast_record(fields, required)
    return check if fast is None else _fast(check, fast)


_MISSING = object()


def _fast_record(fields: Mapping[str, Check], required: tuple[str, ...]) -> Fast | None:
    """True for an object with the required fields, each field good, and any other field a text,
    number, true/false or null within bounds (nested no deeper than the fields' own checks go, so
    within the bounds `_bounded` sets). None when some field has no fast form.

    The predicate is written out as the source of a function, one test per field in the order of
    the schema, then compiled (as `dataclasses` does for `__init__`): a loop over the fields that
    looks up how to check each one costs about twice as much, and opening a session checks
    50,000 events."""
    names: dict[str, Any] = {"MISSING": _MISSING, "MAX_TEXT": MAX_TEXT, "MAX_ID": MAX_ID,
                             "MAX_SECONDS": MAX_SECONDS, "FIRST_INSTANT": FIRST_INSTANT,
                             "LAST_INSTANT": LAST_INSTANT, "others_ok": _others_ok,
                             "KNOWN": frozenset(fields)}
    lines = ["def ok(value):", "    if type(value) is not dict:", "        return False"]
    for name in required:
        if name not in fields:
            lines += [f"    if {name!r} not in value:", "        return False"]
    lines.append("    found = 0")
    for n, (name, field_check) in enumerate(fields.items()):
        if field_check in _INLINE:
            expression, names[f"c{n}"] = _INLINE[field_check]
            test = expression.format(x="x", c=f"c{n}")
        elif field_check in _FAST:
            names[f"f{n}"] = _FAST[field_check]
            test = f"f{n}(x)"
        else:
            return None
        lines.append(f"    x = value.get({name!r}, MISSING)")
        if name in required:
            lines += [f"    if x is MISSING or not ({test}):", "        return False", "    found += 1"]
        else:
            lines += ["    if x is not MISSING:", f"        if not ({test}):", "            return False",
                      "        found += 1"]
    # Every field is one the schema names, or the others are bounded like any value.
    lines.append("    return found == len(value) or others_ok(value, KNOWN)")
    exec("\n".join(lines), names)  # (the source is made of the schema's own names only)
    ok: Fast = names["ok"]
    return ok


def _others_ok(value: dict[Any, Any], known: frozenset[str]) -> bool:
    """The fields of `value` the schema does not name: texts, numbers, true/false or null within
    bounds (a list or an object: `_bounded` decides)."""
    for name, item in value.items():
        if name in known:
            continue
        kind = type(item)
        if kind is str:
            if len(item) > MAX_TEXT:
                return False
        elif kind is float:
            if not math.isfinite(item):
                return False
        elif kind is not int and kind is not bool and item is not None:
            return False
    return True


_CATEGORY = _one_of(tuple(CATEGORIES))
_GROUP = _optional(_one_of(tuple(REGIONAL_GROUPS)))
PARTICIPANT = _record({"name": _text, "category": _CATEGORY, "group": _GROUP,
                       "title": _optional(_text)}, ("name", "category"))
SPEAKER = _record({"name": _text, "category": _CATEGORY, "group": _GROUP, "reply": _optional(_bool),
                   "title": _optional(_text)}, ("name", "category"))
MEETING = _record({"start": _instant, "end": _instant}, ("start", "end"))
_OPEN_MEETING = _optional(_int)
_CLOSED_AT = _optional(_instant)  # where a meeting left open over the break ended


def _category_limits(value: Any) -> str | None:
    if not isinstance(value, dict):
        return f"is {_kind(value)}, not an object"
    for name, seconds in value.items():
        problem = _CATEGORY(name) or _seconds(seconds)
        if problem:
            return f"{_short(name)} {problem}"
    return None


# (Its fast form gives `limits.set` one, so that a session where the Chair changed the limits
# still opens by the fast path.)
_category_ok, _seconds_ok = _FAST[_CATEGORY], _FAST[_seconds]
_fast(_category_limits,
      lambda v: type(v) is dict and all(map(_category_ok, v)) and all(map(_seconds_ok, v.values())))


LIMITS = _record({**{name: _seconds for name in ("panellist", "participant", "right_of_reply",
                                                 "point_of_order", "warning", "second_reply",
                                                 "group_statement")},
                  "categories": _category_limits}, ())
_TEXT_OR_NONE = _optional(_text)
# A verb or language the summary does not know would stop its export: refused when read.
_VERB = _optional(_one_of(tuple(VERBS)))
_LANG = _one_of(LANGUAGES)

# The fields of each kind of event's `data`, and which of them it must have. Fields not listed are
# allowed (a newer version may add some) but bounded like every value (see `_bounded`).
SCHEMA: dict[str, tuple[dict[str, Check], tuple[str, ...]]] = {
    "list.add": ({"speakers": _list(SPEAKER, 1), "position": _optional(_int)}, ("speakers",)),
    "list.remove": ({"entry": _int}, ("entry",)),
    "list.move": ({"entry": _int, "position": _int}, ("entry", "position")),
    "list.limit": ({"entry": _int, "seconds": _seconds}, ("entry", "seconds")),
    "order.ruling": ({"intervention": _int, "text": _text}, ("intervention", "text")),
    "list.close": ({}, ()),
    "list.open": ({}, ()),
    "floor.give": ({"entry": _int, "kind": _text, "limit": _seconds, "open_meeting": _OPEN_MEETING,
                    "close_meeting": _CLOSED_AT},
                   ("entry", "kind", "limit")),
    "floor.extend": ({"seconds": _signed_seconds}, ("seconds",)),
    "floor.pause": ({}, ()),
    "floor.resume": ({}, ()),
    "floor.end": ({}, ()),
    "floor.point-of-order": ({"participant": PARTICIPANT, "limit": _seconds,
                              "open_meeting": _OPEN_MEETING, "close_meeting": _CLOSED_AT},
                             ("participant", "limit")),
    "debate.finish": ({"at": _CLOSED_AT}, ()),
    "debate.reopen": ({}, ()),
    "display.forecast": ({"on": _bool}, ("on",)),
    "meeting.plan": ({"meetings": _list(MEETING)}, ("meetings",)),
    "limits.set": ({"limits": LIMITS}, ("limits",)),
    "meeting.open": ({"meeting": _int, "end": _optional(_instant)}, ("meeting",)),
    "meeting.close": ({"at": _CLOSED_AT}, ()),
    "topic.set": ({"subtheme": _TEXT_OR_NONE, "question": _TEXT_OR_NONE}, ()),
    "point.add": ({"text": _text, "by": _TEXT_OR_NONE, "subtheme": _TEXT_OR_NONE,
                   "question": _TEXT_OR_NONE, "main": _bool, "conclusion": _bool, "verb": _VERB,
                   "lang": _LANG}, ("text",)),
    "point.edit": ({"point": _int, "text": _text, "by": _TEXT_OR_NONE, "subtheme": _TEXT_OR_NONE,
                    "question": _TEXT_OR_NONE, "main": _bool, "conclusion": _bool, "verb": _VERB,
                    "lang": _LANG}, ("point",)),
    "point.leave-out": ({"point": _int, "reason": _text}, ("point",)),
    "point.keep": ({"point": _int}, ("point",)),
    "point.translate": ({"point": _int, "lang": _LANG, "text": _text}, ("point", "lang", "text")),
    "point.delete": ({"point": _int}, ("point",)),
    "point.move": ({"point": _int, "position": _int}, ("point", "position")),
    "point.merge": ({"points": _list(_int, 2), "text": _text}, ("points", "text")),
    "panel.add": ({"participant": PARTICIPANT, "received": _bool}, ("participant",)),
    "panel.remove": ({"member": _int}, ("member",)),
    "panel.received": ({"member": _int, "received": _bool}, ("member", "received")),
    "session.opened": ({"since": _optional(_instant), "crashed": _bool}, ()),
    "session.closed": ({}, ()),
    "undo": ({}, ()),
}


# The fast form of each kind's `data` (kinds whose fields all have one).
_FAST_DATA: dict[str, Fast] = {
    kind: fast for kind, (fields, required) in SCHEMA.items()
    if (fast := _fast_record(fields, required)) is not None}
# Kinds whose data may be empty: `{}` is good data for them (`floor.end`, `floor.pause`, ...).
_EMPTY_OK = frozenset(kind for kind, (_, required) in SCHEMA.items() if not required)


# The session's metadata (the first line of the file, table `session`): a hand-edited limit of
# -300 seconds made every forecast a time in the past. Checked as `limits.set` checks limits.
META = _record({"id": _text, "title": _TEXT_OR_NONE, "guide": _TEXT_OR_NONE, "guide_id": _TEXT_OR_NONE,
                "created": _optional(_instant), "limits": _optional(LIMITS), "chair": _TEXT_OR_NONE,
                "format": _int}, ("id",))


def check_meta(meta: Any, path: Path) -> None:
    """Raise InvalidSession (one line: the file, the field, what is wrong) unless the session's
    metadata is valid."""
    problem = _bounded(meta, 0) or META(meta)
    if problem:
        raise InvalidSession(f"{path}: session metadata (table 'session'): {problem}; the file is left "
                             "untouched")


def valid(ev: Any) -> bool:
    """True only for an event `check_event` accepts (and quickly: no message is built, each value
    is looked at once); False means "ask `check_event`", which may still accept it."""
    return numbers_if_valid(ev) is not None


def numbers_if_valid(ev: Any) -> tuple[int, float] | None:
    """`valid(ev)`, saying yes with the event's sequence number and instant: opening a session
    needs them too, and taking them here saves a pass over its 50,000 events."""
    if type(ev) is not dict or len(ev) != 4:
        return None
    try:
        seq, kind, at, data = ev["seq"], ev["type"], ev["at"], ev["data"]
    except KeyError:
        return None
    if (type(seq) is not int or not 1 <= seq <= MAX_ID or type(kind) is not str
            or (type(at) is not float and type(at) is not int)
            or not FIRST_INSTANT <= at <= LAST_INSTANT):  # (a NaN fails it too)
        return None
    if type(data) is dict and not data:
        return (seq, at) if kind in _EMPTY_OK else None
    fast = _FAST_DATA.get(kind)
    return (seq, at) if fast is not None and fast(data) else None


def check_event(ev: Any, path: Path, position: int) -> None:
    """Raise StoreError (one line: file, event seq, what is wrong) unless `ev` is a valid event."""
    if valid(ev):
        return
    if not isinstance(ev, dict):
        raise InvalidSession(f"{path}: event {position} is {_kind(ev)}, not an event object")
    seq = ev.get("seq")
    where = f"event {seq}" if isinstance(seq, int) and not isinstance(seq, bool) else f"event {position}"
    problem = _event_problem(ev)
    if problem:
        raise InvalidSession(f"{path}: {where}: {problem}; the file is left untouched")


def check_order(previous_at: float | None, ev: dict[str, Any], path: Path) -> None:
    """Instants never go backwards within a session (the engine never records one that does)."""
    if previous_at is not None and ev["at"] < previous_at:
        raise InvalidSession(f"{path}: event {ev['seq']}: its instant {ev['at']!r} is before the previous "
                         f"event's ({previous_at!r}); the file is left untouched")


def _event_problem(ev: dict[str, Any]) -> str | None:
    for name in ("seq", "type", "at", "data"):
        if name not in ev:
            return f"has no {name!r}"
    problem = _int(ev["seq"])
    if problem or ev["seq"] < 1:
        return f"'seq' {problem or 'is 0'}"
    kind = ev["type"]
    if not isinstance(kind, str) or kind not in SCHEMA:
        return f"unknown type {_short(kind)} (written by a newer version?)"
    problem = _instant(ev["at"])
    if problem:
        return f"'at' {problem}"
    data = ev["data"]
    if not isinstance(data, dict):
        return f"'data' is {_kind(data)}, not an object"
    problem = _bounded(data, 0)
    if problem:
        return f"'data' {problem}"
    fields, required = SCHEMA[kind]
    problem = _record(fields, required)(data)
    return f"{kind}: data {problem}" if problem else None


def _bounded(value: Any, depth: int) -> str | None:
    """Any JSON value: nested at most MAX_DEPTH deep, texts and lists within their limits, numbers
    finite (a file may hold NaN or Infinity: Python's JSON reader accepts them)."""
    if depth > MAX_DEPTH:
        return f"is nested more than {MAX_DEPTH} deep"
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, float) and not math.isfinite(value):
        return f"holds {value!r}"
    if isinstance(value, list):
        if len(value) > MAX_ITEMS:
            return f"holds a list of {len(value)} items (at most {MAX_ITEMS})"
        items: Any = value
    elif isinstance(value, dict):
        if len(value) > MAX_ITEMS:
            return f"holds an object of {len(value)} fields (at most {MAX_ITEMS})"
        items = value.values()
    else:
        return None
    for item in items:
        problem = _bounded(item, depth + 1)
        if problem:
            return problem
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "an object"}.get(type(value), type(value).__name__)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
