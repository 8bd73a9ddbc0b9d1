"""The Chair's settings for meeting time: the planned meetings (hours and day) and the speaking-time
limits by category. Prefilled with what is in force; Enter saves, Escape leaves everything as it
was. A plan that cannot be (a meeting ending before it starts, two meetings overlapping) or a limit
that is not a duration is said in plain words under the fields, and the dialog stays open with what
was typed."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Label

from ..core.bank.limits import TimeLimits
from ..core.debate.named_limits import parse_named_limit, with_named
from ..core.debate.schedule import parse_meeting
from ..core.debate.state import Meeting
from ..core.text.catalog import tr
from ..core.text.durations import mmss, parse_duration
from ..widgets.literal import literal
from .form import CompletingInput, FormDialog

# The limits the dialog shows one by one (the field of TimeLimits, the catalog's label); any other,
# by category, goes in the last field as the CLI writes it: `member-state=3:00, ngo=3:00`.
FIELDS = (("panellist", "set.panellist"), ("participant", "set.participant"),
          ("group_statement", "set.group"), ("right_of_reply", "set.reply"),
          ("second_reply", "set.second"))
LONGEST_LIMIT = 3600


@dataclass(frozen=True, slots=True)
class Settings:
    meetings: tuple[tuple[float, float], ...]
    limits: TimeLimits


def _hours(start: float, end: float, day: date) -> str:
    a, b = datetime.fromtimestamp(start), datetime.fromtimestamp(end)
    hours = f"{a:%H:%M}-{b:%H:%M}"
    return hours if a.date() == day else f"{a:%Y-%m-%d} {hours}"


def plan_text(meetings: list[Meeting], day: date) -> str:
    return ", ".join(_hours(m.start, m.end, day) for m in meetings
                     if m.start is not None and m.end is not None)


class SettingsDialog(FormDialog[Settings | None]):
    def __init__(self, lang: str, meetings: list[Meeting], limits: TimeLimits, today: date) -> None:
        super().__init__()
        self.lang = lang
        planned = [m for m in meetings if m.start is not None and m.end is not None]
        self.day = datetime.fromtimestamp(planned[0].start).date() if planned and planned[0].start else today
        self.meetings = meetings
        self.limits = limits

    def compose(self) -> ComposeResult:
        t = self.lang
        with Vertical(classes="dialog", id="settings"):
            yield Label(tr("set.title", t), classes="dialog-title")
            with Horizontal(classes="setting"):
                yield Label(tr("set.meetings", t))
                yield CompletingInput(plan_text(self.meetings, self.day), id="meetings",
                            placeholder="10:00-13:00, 15:00-18:00")
            with Horizontal(classes="setting"):
                yield Label(tr("set.day", t))
                yield CompletingInput(self.day.isoformat(), id="day", placeholder="YYYY-MM-DD", max_length=10)
            for name, label in FIELDS:
                with Horizontal(classes="setting"):
                    yield Label(tr(label, t))
                    yield CompletingInput(mmss(getattr(self.limits, name)), id=f"limit-{name}", max_length=8)
            with Horizontal(classes="setting"):
                yield Label(tr("set.categories", t))
                yield CompletingInput(", ".join(f"{c}={mmss(v)}" for c, v in self.limits.categories),
                            id="categories", placeholder="member-state=3:00, ngo=3:00")
            yield Label(tr("set.hint", t), classes="dim")
            yield Label("", id="error", classes="error")
            with Horizontal(classes="buttons"):
                yield Button(tr("set.ok", t), variant="primary", id="ok")
                yield Button(tr("cancel", t), id="cancel")

    @on(Button.Pressed, "#cancel")
    def cancel(self) -> None:
        self.dismiss(None)

    def _value(self, field: str) -> str:
        return self.query_one(f"#{field}", Input).value

    def _plan(self) -> tuple[tuple[float, float], ...]:
        t = self.lang
        try:
            day = date.fromisoformat(self._value("day").strip())
        except ValueError:
            raise ValueError(tr("set.bad_day", t, text=self._value("day"))) from None
        plan = []
        for text in (p.strip() for p in re.split(r"[,;]", self._value("meetings"))):
            if not text:
                continue
            try:
                start, end = parse_meeting(text, day)
            except ValueError:
                raise ValueError(tr("set.bad_meeting", t, text=text)) from None
            if end <= start:
                raise ValueError(tr("set.ends_before", t, text=text))
            plan.append((start, end, text))
        plan.sort()
        for (_, end, first), (start, _, second) in pairwise(plan):
            if start < end:
                raise ValueError(tr("set.overlap", t, first=first, second=second))
        return tuple((a, b) for a, b, _ in plan)

    def _limits(self) -> TimeLimits:
        t = self.lang
        values = {}
        for name, label in FIELDS:
            text = self._value(f"limit-{name}")
            try:
                values[name] = parse_duration(text, LONGEST_LIMIT)
            except ValueError:
                raise ValueError(tr("set.bad_limit", t, name=tr(label, t), text=text)) from None
        named = {}
        for text in (p.strip() for p in re.split(r"[,;]", self._value("categories"))):
            if not text:
                continue
            try:
                key, seconds = parse_named_limit(text)
            except ValueError:
                raise ValueError(tr("set.bad_named", t, text=text)) from None
            if seconds > LONGEST_LIMIT:
                raise ValueError(tr("set.bad_named", t, text=text))
            named[key] = seconds
        # The categories are as typed: one taken out of the field is taken out of the limits.
        base = TimeLimits(**{**self.limits.as_dict(), "categories": (), **values})
        return with_named(base, named)

    @on(Button.Pressed, "#ok")
    def action_submit(self) -> None:
        try:
            settings = Settings(self._plan(), self._limits())
        except ValueError as exc:
            self.query_one("#error", Label).update(literal(str(exc)))
            return
        self.dismiss(settings)
