"""The list of speakers as they spoke, as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io

from ..debate.snapshot import iso
from ..debate.state import State
from ..text.durations import rounded_mmss
from ..text.visible import cell

HEADER = ("order", "name", "category", "group", "kind", "start", "end", "duration_seconds",
          "limit_seconds", "overrun_seconds", "duration", "overrun", "title", "under_way")  # added later


def _cell(value: str) -> str:
    # Control characters (ESC, NUL, bidi overrides…) have no place in a cell: removed. A spreadsheet
    # runs a cell that starts like a formula; a name is never a formula.
    value = cell(value)
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def speakers_csv(state: State, now: float) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    for n, i in enumerate(state.interventions, 1):
        p = i.participant
        # The m:ss columns are the seconds columns rounded by the summary's one rule
        # (durations.whole_seconds), so the CSV and the annexes never disagree by a second.
        duration, over = i.elapsed(now), i.overrun(now)
        # An intervention still under way when exported (no end): counted up to `now`, and said
        # so here as in the summary's introduction and Annex I ("yes").
        writer.writerow([n, _cell(p.name), p.category, p.group or "", i.kind, iso(i.started) or "",
                         iso(i.ended) or "", f"{round(duration, 1):.1f}", i.limit, f"{round(over, 1):.1f}",
                         rounded_mmss(duration), rounded_mmss(over), _cell(p.title or ""),
                         "" if i.ended is not None else "yes"])
    return out.getvalue()
