"""The whole state of a session as plain data: for `debate session show --json` and the displays."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from ..bank.guide import Guide
from ..text.languages import LangText
from .forecast import Forecast, forecast, forecast_text
from .panel import panel
from .schedule import meeting_hours
from .session_meta import SessionMeta
from .state import Intervention, PanelMember, State
from .stats import meeting_clock, statistics


def iso(instant: float | None) -> str | None:
    if instant is None:
        return None
    return datetime.fromtimestamp(instant).astimezone().isoformat(timespec="seconds")


class Labels:
    """References and texts of the guide's sub-themes and questions, by id."""

    def __init__(self, guide: Guide | None, lang: str = "en") -> None:
        self.lang = lang
        self.subthemes: dict[str, tuple[str, LangText]] = {}
        self.questions: dict[str, tuple[str, LangText]] = {}
        if guide is not None:
            for st in guide.all_subthemes():
                self.subthemes[st.id] = (st.ref, st.title)
            for ref in guide.question_refs():
                self.questions[ref.id] = (ref.ref, ref.text)

    def subtheme(self, sid: str | None) -> dict[str, Any] | None:
        if sid is None:
            return None
        ref, title = self.subthemes.get(sid, ("?", LangText()))
        return {"id": sid, "ref": ref, "title": title.text(self.lang) or None}

    def question(self, qid: str | None) -> dict[str, Any] | None:
        if qid is None:
            return None
        ref, text = self.questions.get(qid, ("?", LangText()))
        return {"id": qid, "ref": ref, "text": text.text(self.lang) or None}


def intervention(i: Intervention, now: float, warning: float) -> dict[str, Any]:
    return {
        "id": i.id, "entry": i.entry, "speaker": i.participant.as_dict(), "kind": i.kind,
        "start": iso(i.started), "end": iso(i.ended), "started_at": i.started, "ended_at": i.ended,
        "duration": round(i.elapsed(now), 1), "limit": i.limit, "overrun": round(i.overrun(now), 1),
        "pauses": i.pauses, "added": i.added, "state": i.phase(now, warning), "subtheme": i.subtheme,
        "question": i.question, **({"ruling": i.ruling} if i.kind == "point-of-order" else {}),
    }


def forecast_dict(f: Forecast, lang: str = "en") -> dict[str, Any]:
    """Will the list fit the meeting, as plain data; `spare_seconds` is negative when past."""
    m = f.meeting
    spare, left = f.spare, f.time_left
    return {
        "meeting": m.number if m else None,
        "meeting_ends_at": iso(m.end) if m and m.end is not None else None,
        "time_left_seconds": None if left is None else round(left, 1),
        "floor_left_seconds": round(f.floor_left, 1),
        "need_seconds": round(f.need, 1),
        "ends_at": iso(f.ends_at),
        "spare_seconds": None if spare is None else round(spare, 1),
        "unreached": list(f.unreached),
        "first_unreached": f.first_unreached,
        "method": f.method,
        "text": forecast_text(f, lang),
        "observed_after": f.threshold,
        "changeover_seconds": round(f.changeover, 1),
        "changeover_method": f.changeover_method,
        "changeovers_observed": f.changeovers,
        "observed": {k: {"average_seconds": round(e.seconds, 1), "interventions": e.observed}
                     for k, e in f.estimates.items()},
        "waiting": [{"entry": s.entry, "starts": iso(s.starts), "ends": iso(s.ends), "method": s.method}
                    for s in f.slots],
    }


def meetings_list(state: State, now: float) -> list[dict[str, Any]]:
    out = []
    for c in meeting_clock(state, now):
        d = c.as_dict()
        for key, at in (("start", c.start), ("end", c.end), ("opened", c.opened), ("closed", c.closed)):
            del d[f"{key}_at"]  # epoch seconds in the figures, ISO instants in the snapshot
            d[key] = iso(at)
        d["open"] = c.opened is not None and c.closed is None
        d["hours"] = meeting_hours(c.start, c.end)
        out.append(d)
    return out


def _member(m: PanelMember) -> dict[str, Any]:
    return {"id": m.id, **m.participant.as_dict(), "received": m.received}


def snapshot(meta: SessionMeta, state: State, now: float, guide: Guide | None = None,
             lang: str = "en") -> dict[str, Any]:
    limits = state.limits_or(meta.limits)
    labels = Labels(guide, lang)
    time_used = state.times_used(now)
    p = panel(state)
    return {
        "id": meta.id,
        "title": meta.title,
        "guide": {"id": meta.guide_id, "path": meta.guide},
        "created": iso(meta.created),
        "limits": limits.as_dict(),
        "limits_above_18_1": limits.above_decision_18_1(),
        "meetings": meetings_list(state, now),
        "forecast": forecast_dict(forecast(state, limits, now), lang),
        "finished": state.finished,
        "list_closed": state.closed,
        "subtheme": labels.subtheme(state.subtheme),
        "question": labels.question(state.question),
        "floor": intervention(state.floor, now, limits.warning) if state.floor else None,
        "interrupted": [intervention(i, now, limits.warning) for i in state.suspended],
        "speakers": [
            {"position": n, "entry": e.id, **e.participant.as_dict(), "reply": e.reply,
             "reply_no": e.reply_no, "meeting": e.meeting, "status": e.status,
             "time_used": round(time_used.get(e.id, 0.0), 1)}
            for n, e in enumerate(state.speakers(), 1)
        ],
        # Replies an earlier version put within the list: they are listed after it now.
        "replies_placed": state.replies_placed,
        "interventions": [intervention(i, now, limits.warning) for i in state.interventions],
        "points": [
            {"id": pt.id, "text": pt.text, "by": pt.by, "merged": list(pt.merged),
             "subtheme": labels.subtheme(pt.subtheme), "question": labels.question(pt.question),
             "main": pt.main, "conclusion": pt.conclusion, "at": iso(pt.at)}
            for pt in state.ordered_points()
        ],
        "panel": {
            "seats": {s.group: [_member(m) for m in s.members] for s in p.seats},
            "experts": [_member(m) for m in p.experts],
            "warnings": p.warnings(),
        },
        "downtime": [{"since": iso(d.since), "until": iso(d.until), "seconds": round(d.seconds, 1),
                      "crashed": d.crashed} for d in state.downtime],
        "statistics": statistics(state, now).as_dict(),
        "actions": state.actions,
        "last_event": state.last_seq,
    }
