"""The short JSON state pushed to browsers: what the two views show, nothing more.

It is computed once per change of the session, whatever the number of viewers, and holds data, not
texts to display: keys ("member-state", "overrun"), names, and instants. The browser runs the clock
itself from `floor.spoken` (seconds spoken up to `at`) and `floor.running` (whether it keeps
counting), corrected by the difference between `at` (the server's time) and its own.
"""

from __future__ import annotations

from typing import Any

from ..core.bank.guide import Guide
from ..core.bank.limits import TimeLimits
from ..core.debate.forecast import forecast, spare_minutes
from ..core.debate.member_states import local_name
from ..core.debate.session_meta import SessionMeta
from ..core.debate.state import State
from ..core.text.languages import LangText
from ..core.text.state_names import SUMMARY_LANGS
from ..core.text.visible import visible

# Enough for any real list (a thematic debate has well under 200 speakers); bounds what a hostile
# or broken file can make every browser receive.
MAX_SPEAKERS = 1000
MAX_TEXT = 500


def _cut(text: str | None) -> str | None:
    """A text for the page: cut, and each control character shown as the terminal shows it
    (`visible`: a bidi override or embedding as U+FFFD, ESC as ␛). The page sets text, never
    HTML, but a browser still applies U+202E: `Bidi\u202eevil\u202c` would read "Bidilive"."""
    return None if text is None else visible(text[:MAX_TEXT])


def _all_langs(text: LangText) -> dict[str, str]:
    return {lang: visible(value[:2000]) for lang, value in text}


def _topic(guide: Guide | None, subtheme: str | None, question: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {"subtheme": None, "question": None}
    if guide is None:
        return out
    if subtheme is not None:
        for st in guide.all_subthemes():
            if st.id == subtheme:
                out["subtheme"] = {"ref": st.ref, "text": _all_langs(st.title)}
    if question is not None:
        for ref in guide.question_refs():
            if ref.id == question:
                out["question"] = {"ref": ref.ref, "text": _all_langs(ref.text)}
    return out


def _forecast(meta: SessionMeta, state: State, limits: TimeLimits, now: float) -> dict[str, Any]:
    """Will the list fit the meeting (core/debate/forecast): each waiting speaker's expected start for
    the delegates' list, and the end of the list for the projector, which shows it only when the
    Chair put the forecast on the room display (`on_display`). Who would not be reached is the
    forecast's verdict: the delegates' list marks them only once the Chair has shown it."""
    f = forecast(state, limits, now)
    shown = state.forecast_on_display  # the Chair's F in the console (a display.forecast event)
    return {"on_display": shown, "meeting": f.meeting is not None, "ends_at": round(f.ends_at, 1),
            "spare_seconds": None if f.spare is None else round(f.spare, 1),
            "spare_minutes": spare_minutes(f),  # as the console says them
            "unreached": list(f.unreached) if shown else [], "method": f.method,
            "expected": {str(s.entry): round(s.starts, 1) for s in f.slots}}


def _local_names(names: list[str]) -> dict[str, dict[str, str]]:
    """Each known name in the other languages that have one ("Germany" -> {"fr": "Allemagne",
    "es": "Alemania"}): the page shows the name of its language, the session keeps the English."""
    out: dict[str, dict[str, str]] = {}
    for name in dict.fromkeys(n[:MAX_TEXT] for n in names):
        forms = {lang: local_name(name, lang) for lang in SUMMARY_LANGS if lang != "en"}
        forms = {lang: visible(form) for lang, form in forms.items() if form != name}
        if forms:
            out[visible(name)] = forms  # the key as the page receives the name (see `_cut`)
    return out


def web_state(meta: SessionMeta, state: State, now: float, guide: Guide | None,
              problem: str | None = None) -> dict[str, Any]:
    limits = state.limits_or(meta.limits)
    floor = None
    if state.floor is not None:
        f = state.floor
        p = f.participant
        floor = {"entry": f.entry, "name": _cut(p.name), "title": _cut(p.title),
                 "category": p.category, "group": p.group,
                 "kind": f.kind, "limit": f.limit, "spoken": round(f.elapsed(now), 3),
                 "running": f.running_since is not None, "phase": f.phase(now, limits.warning)}
    speakers = [
        {"n": n, "entry": e.id, "name": _cut(e.participant.name), "category": e.participant.category,
         "group": e.participant.group, "reply": e.reply, "status": e.status}
        for n, e in enumerate(state.speakers()[:MAX_SPEAKERS], 1)
    ]
    interrupted = [_cut(i.participant.name) or "" for i in state.suspended]
    names = [e.participant.name for e in state.speakers()[:MAX_SPEAKERS]]
    names += [*interrupted, *([state.floor.participant.name] if state.floor else [])]
    return {
        "seq": state.last_seq,
        "at": round(now, 3),
        "session": meta.id,
        "title": _cut(meta.title) or "",
        "warning": limits.warning,
        "finished": state.finished,
        "list_closed": state.closed,
        "floor": floor,
        "interrupted": interrupted,
        "names": _local_names(names),
        **_topic(guide, state.subtheme, state.question),
        "speakers": speakers,
        "forecast": _forecast(meta, state, limits, now),
        "problem": _cut(problem),
    }
