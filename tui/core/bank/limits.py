"""Speaking-time limits: as a guide sets them (decision 18/1) and as a session overrides them.

One type for both. It lives in the bank, the lowest layer that needs it, so that the debate and the
storage use it and the bank never imports them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from ..text.durations import mmss


@dataclass(frozen=True, slots=True)
class TimeLimits:
    """Seconds per kind of intervention (decision 18/1: 10 minutes for panellists, 5 for everyone else)."""

    panellist: int = 600
    participant: int = 300  # everyone whose category has no limit of its own
    right_of_reply: int = 180  # a delegation's first reply in a meeting
    point_of_order: int = 120
    warning: int = 60  # the clock turns amber when this much time is left; a session setting
    second_reply: int = 120  # a delegation's second reply in the same meeting; a session setting
    group_statement: int = 300  # on behalf of a group of States; a session setting
    # Limits a session sets for a participant category (`--limit member-state=3:00`), sorted
    # (category, seconds) pairs: a tuple keeps the type hashable like the guide that holds it.
    categories: tuple[tuple[str, int], ...] = ()

    def for_category(self, category: str) -> int:
        """The limit of a statement (or a panellist's presentation) by a speaker of `category`."""
        own = dict(self.categories)
        if category in own:
            return own[category]
        if category == "panellist":
            return self.panellist
        if category == "group-of-states":
            return self.group_statement
        return self.participant

    def for_reply(self, number: int) -> int:
        return self.right_of_reply if number <= 1 else self.second_reply

    def for_speaker(self, category: str, reply_no: int = 0) -> int:
        """The limit of a place on the list: its first or second reply, or its category's."""
        return self.for_reply(reply_no) if reply_no else self.for_category(category)

    def with_overrides(self, **values: int | None) -> TimeLimits:
        given: dict[str, Any] = {k: v for k, v in values.items() if v is not None}
        return replace(self, **given)

    def with_categories(self, categories: Mapping[str, int]) -> TimeLimits:
        merged = {**dict(self.categories), **categories}
        return replace(self, categories=tuple(sorted(merged.items())))

    def above_decision_18_1(self) -> list[str]:
        """Limits longer than decision 18/1 allows (10:00 panellists, 5:00 everyone else):
        flagged for the Chair, never refused (sessions have set their own limits)."""
        rule = TimeLimits()
        out = []
        panellist = dict(self.categories).get("panellist", self.panellist)
        if panellist > rule.panellist:
            out.append(f"panellists {mmss(panellist)} (decision 18/1: at most {mmss(rule.panellist)})")
        others = {"participant": self.participant, "group-of-states": self.group_statement,
                  **{c: v for c, v in self.categories if c != "panellist"}}
        for label, seconds in others.items():
            if seconds > rule.participant:
                out.append(f"{label} {mmss(seconds)} (decision 18/1: at most {mmss(rule.participant)})")
        return out

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = dataclasses.asdict(self)
        out["categories"] = dict(self.categories)
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeLimits:
        """From a session file: unknown keys ignored, missing ones at their decision 18/1 default."""
        names = {f.name for f in dataclasses.fields(cls)} - {"categories"}
        given: dict[str, Any] = {k: int(v) for k, v in data.items() if k in names}
        limits = cls(**given)
        categories = data.get("categories")
        if isinstance(categories, Mapping):
            limits = limits.with_categories({str(k): int(v) for k, v in categories.items()})
        return limits
