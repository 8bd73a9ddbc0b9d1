"""The list of speakers as they spoke, as CSV for a spreadsheet."""

from __future__ import annotations

import csv
import io

from ..debate.snapshot import iso
from ..debate.state import State
from ..text.durations import mmss
from ..text.visible import cell

HEADER = ("order", "name", "category", "group", "kind", "start", "end", "duration_seconds",
          "limit_seconds", "overrun_seconds", "duration", "overrun", "title")  # title: last, added later


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
        # The m:ss columns are the seconds columns rounded, never a different truncation of them.
        duration, over = round(i.elapsed(now), 1), round(i.overrun(now), 1)
        writer.writerow([n, _cell(p.name), p.category, p.group or "", i.kind, iso(i.started) or "",
                         iso(i.ended) or "", f"{duration:.1f}", i.limit, f"{over:.1f}",
                         mmss(int(duration + 0.5)), mmss(int(over + 0.5)), _cell(p.title or "")])
    return out.getvalue()
