"""Speaking-time limits: as a guide sets them (decision 18/1) and as a session overrides them.

One type for both. It lives in the bank, the lowest layer that needs it, so that the debate and the
storage use it and the bank never imports them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class TimeLimits:
    """Seconds per kind of intervention (decision 18/1: 10 minutes for panellists, 5 for everyone else)."""

    panellist: int = 600
    participant: int = 300
    right_of_reply: int = 180
    point_of_order: int = 120
    warning: int = 60  # the clock turns amber when this much time is left; a session setting

    def for_kind(self, kind: str) -> int:
        """The limit of an intervention of `kind` (statement, presentation, reply, point-of-order)."""
        return {
            "presentation": self.panellist,
            "statement": self.participant,
            "reply": self.right_of_reply,
            "point-of-order": self.point_of_order,
        }[kind]

    def with_overrides(self, **values: int | None) -> TimeLimits:
        return replace(self, **{k: v for k, v in values.items() if v is not None})

    def as_dict(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TimeLimits:
        """From a session file: unknown keys ignored, missing ones at their decision 18/1 default."""
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: int(v) for k, v in data.items() if k in names})
