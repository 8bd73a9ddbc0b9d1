"""The meetings in the Chair's summary: when the discussion was held (a sentence of the
introduction) and the clock of each meeting (a section of the speaking-time annex): time
available, time spoken by category and regional group, time nobody spoke, speakers carried over.

Plain functions of the meeting clock (debate/stats.meeting_clock) and of the writer's translator,
block and table: the summary writer calls `meetings_sentence` at the end of its introduction and
`meetings_annex` after Annex II."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from ..debate.participants import CATEGORIES, REGIONAL_GROUPS
from ..debate.state import State
from ..debate.stats import MeetingClock, meeting_clock
from ..text.catalog import CATALOG
from ..text.dates import day_month
from ..text.durations import rounded_mmss as mmss
from ..text.durations import whole_seconds

Translate = Callable[..., str]
Table = Callable[[list[str], Iterable[list[str]], str], None]


def held(state: State, now: float) -> list[MeetingClock]:
    return [c for c in meeting_clock(state, now) if c.opened is not None]


def _hhmm(instant: float) -> str:
    return datetime.fromtimestamp(instant).strftime("%H:%M")


def _day(instant: float) -> date:
    # Local time, like the hours: a meeting is on the day the room's clock says.
    return datetime.fromtimestamp(instant).date()


def _span(c: MeetingClock, now: float) -> tuple[float, float]:
    assert c.opened is not None
    return c.opened, c.until if c.until is not None else now


def _several_days(clocks: list[MeetingClock], now: float) -> bool:
    return len({_day(_span(c, now)[0]) for c in clocks}) > 1


def _label(t: Translate, kind: str, key: str) -> str:
    # The summary's own names when it has them (three languages), else the interface's.
    name = f"sum.{kind}.{key}"
    return t(name) if name in CATALOG else t(f"{kind}.{key}")


def meetings_sentence(state: State, now: float, t: Translate, number: Callable[[int], str],
                      lang: str = "en") -> str | None:
    """"The discussion was held in two meetings, from 10:00 to 13:04 and from 15:00 to 17:40.",
    or None when the session had no meetings. Meetings on more than one day name their day
    ("on 11 April, from 10:00 to 13:00, and on 12 April, …"): two mornings would read alike."""
    clocks = held(state, now)
    if not clocks:
        return None
    dated = _several_days(clocks, now)
    spans = []
    for c in clocks:
        start, end = _span(c, now)
        span = t("sum.meeting_span", start=_hhmm(start), end=_hhmm(end))
        if dated:
            span = t("sum.meeting_day_span", day=day_month(_day(start), lang), span=span)
        spans.append(span)
    key = "sum.meetings_one" if len(clocks) == 1 else "sum.meetings"
    # With their days the spans hold commas: the last one is set off by one too ("…, and on …").
    last = t("sum.meeting_and_dated" if dated else "sum.meeting_and")
    return t(key, count=number(len(clocks)), spans=last.join(
        [", ".join(spans[:-1]), spans[-1]] if len(spans) > 1 else spans))


def meetings_annex(state: State, now: float, t: Translate, block: Callable[[str], None],
                   table: Table, lang: str = "en") -> None:
    """The clock of each meeting, under the speaking-time annex; nothing without meetings.
    Durations are rounded as in the rest of the annex (durations.whole_seconds)."""
    clocks = held(state, now)
    if not clocks:
        return
    dated = _several_days(clocks, now)
    block(f"### {t('sum.by_meeting')}")
    header = [t("sum.col.meeting"), t("sum.col.hours"), t("sum.col.available"), t("sum.col.spoken"),
              t("sum.col.unused"), t("sum.col.carried")]
    rows = []
    for c in clocks:
        start, end = _span(c, now)
        hours = f"{_hhmm(start)}-{_hhmm(end)}"
        rows.append([str(c.number), f"{day_month(_day(start), lang)} {hours}" if dated else hours,
                     mmss(c.available),
                     mmss(c.spoken.total), mmss(c.unused), str(c.carried)])
    table(header, rows, "llrrrr")
    # Time used by category and regional group in each meeting, against the time it had.
    block(f"### {t('sum.by_meeting_use')}")
    header = ["", *(t("sum.col.meeting_n", n=c.number) for c in clocks)]
    rows = []
    for category in CATEGORIES:
        if any(c.by_category[category].interventions for c in clocks):
            rows.append([_label(t, "cat", category), *(mmss(c.by_category[category].total) for c in clocks)])
    for group in REGIONAL_GROUPS:
        if any(c.by_group[group].interventions for c in clocks):
            rows.append([_label(t, "group", group), *(mmss(c.by_group[group].total) for c in clocks)])
    # Organizations and groups of States have no regional group: their row makes the groups add up.
    ungrouped = [c.spoken.total - sum(c.by_group[g].total for g in REGIONAL_GROUPS) for c in clocks]
    if any(whole_seconds(seconds) for seconds in ungrouped):
        rows.append([t("sum.no_group"), *(mmss(seconds) for seconds in ungrouped)])
    rows.append([f"**{t('sum.col.spoken')}**", *(mmss(c.spoken.total) for c in clocks)])
    rows.append([f"**{t('sum.col.available')}**", *(mmss(c.available) for c in clocks)])
    table(header, rows, "l" + "r" * len(clocks))
