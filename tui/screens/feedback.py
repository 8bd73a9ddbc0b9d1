"""What an action did, in the Chair's words: "Brazil removed from the list — u to undo", and for
undo "Undone: Brazil removed from the list". Never an internal event name."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..core.bank.limits import TimeLimits
from ..core.debate.forecast import clock_time
from ..core.debate.member_states import local_name
from ..core.debate.schedule import meeting_hours
from ..core.debate.state import State
from ..core.text.catalog import CATALOG, tr
from ..core.text.durations import mmss

SHORT = 40  # a point is quoted by its first words
WHOLE = ("limits.set", "meeting.plan")  # settings are said in full: the Chair checks them


@dataclass(frozen=True, slots=True)
class Before:
    """What the words need from before the action: who had the floor, the points' texts."""

    floor: str | None = None
    points: dict[int, str] = field(default_factory=dict)

    @classmethod
    def of(cls, state: State) -> Before:
        return cls(state.floor.participant.name if state.floor else None,
                   {p.id: p.text for p in state.points.values()})


def _short(text: str) -> str:
    return text if len(text) <= SHORT else text[: SHORT - 1].rstrip() + "…"


def _limits_said(limits: TimeLimits, lang: str) -> str:
    """"Panellists 5:00, Everyone else 3:00, …, NGO 2:00": the dialog's own names, in `lang`."""
    from .settings_dialog import FIELDS

    parts = [f"{tr(label, lang)} {mmss(getattr(limits, name))}" for name, label in FIELDS]
    parts += [f"{tr(f'cat.{c}', lang) if f'cat.{c}' in CATALOG else c} {mmss(v)}"
              for c, v in limits.categories]
    return ", ".join(parts)


def _meeting_said(kind: str, data: dict[str, Any], state: State, lang: str) -> str:
    """"Meeting 1 opened", "Meeting 1 closed at 13:04; 11 waiting carried over": the meeting
    found in the state after the action (or, said for an undo, the one it concerned)."""
    if kind == "meeting.open":
        return tr("ev.meeting.open_n", lang, n=data.get("meeting", ""))
    closed = [m for m in state.meetings if m.closed is not None]
    meeting = closed[-1] if closed else state.current_meeting()
    if meeting is None:
        return tr("ev.meeting.close", lang)
    said = tr("ev.meeting.close_n", lang, n=meeting.number, waiting=len(meeting.carried))
    if data.get("at") is not None:  # left open over the break: closed where it had ended
        said = tr("ev.meeting.close_at", lang, n=meeting.number, at=clock_time(float(data["at"])),
                  waiting=len(meeting.carried))
    return said


def describe(event: dict[str, Any], state: State, lang: str, before: Before = Before()) -> str:
    kind, data = event["type"], event.get("data", {})
    who: list[str] = []  # as stored, in English
    if data.get("speakers"):
        who = [str(s.get("name", "")) for s in data["speakers"]]
    elif "participant" in data:
        who = [str(data["participant"].get("name", ""))]
    elif "entry" in data and data["entry"] in state.entries:
        who = [state.entries[data["entry"]].participant.name]
    elif "member" in data and data["member"] in state.panel:
        who = [state.panel[data["member"]].participant.name]
    elif kind in ("floor.end", "floor.extend", "floor.pause", "floor.resume"):
        who = [before.floor or (state.floor.participant.name if state.floor else "")]
    # Said as the interface names them: "Allemagne inscrit sur la liste" for the stored "Germany".
    name = ", ".join(local_name(n, lang) for n in who)
    text = ""
    if "point" in data:
        point = state.points.get(data["point"])
        text = point.text if point is not None else before.points.get(data["point"], "")
    elif "points" in data or kind in ("point.add", "order.ruling"):
        text = str(data.get("text") or "")
    elif kind == "limits.set":
        text = _limits_said(TimeLimits.from_dict(data.get("limits") or {}), lang)
    elif kind == "meeting.plan":
        text = ", ".join(meeting_hours(m["start"], m["end"]) for m in data.get("meetings", [])) \
            or tr("set.none", lang)
    n = (data.get("position") or 0) + 1
    key = f"ev.{kind}"
    if kind == "list.add" and any(sp.get("reply") for sp in data.get("speakers", [])):
        key = "ev.list.reply"  # not "added to the list": it waits after it, whatever place was typed
    if kind == "panel.received" and not data.get("received"):
        key = "ev.panel.not_received"
    if key not in CATALOG:
        return kind
    limit = mmss(data["seconds"]) if kind == "list.limit" else ""
    if kind in ("meeting.open", "meeting.close"):
        return _meeting_said(kind, data, state, lang)
    said = tr(key, lang, name=name, text=text if kind in WHOLE else _short(text), n=n, limit=limit)
    if data.get("close_meeting") is not None:  # the first speech after a break closed the morning
        said = _meeting_said("meeting.close", {"at": data["close_meeting"]}, state, lang) + "; " + said
    if kind == "floor.give" and before.floor and local_name(before.floor, lang) != name:
        ended = tr("ev.floor.end", lang, name=local_name(before.floor, lang))
        said = tr("msg.and", lang, first=ended, then=said[:1].lower() + said[1:])
    return said
