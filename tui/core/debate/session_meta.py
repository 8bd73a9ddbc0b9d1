"""What a session file says about its debate besides the events: id, title, guide, limits, Chair."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..bank.limits import TimeLimits


def _text(value: object) -> str | None:
    return str(value) if value is not None and value != "" else None


@dataclass(frozen=True, slots=True)
class SessionMeta:
    id: str
    title: str | None = None
    guide: str | None = None  # absolute path of the guide file, as it was when the session began
    guide_id: str | None = None
    created: float | None = None  # epoch seconds
    limits: TimeLimits = field(default_factory=TimeLimits)
    chair: str | None = None  # who chairs, for the summary; absent when not given

    def as_dict(self) -> dict[str, Any]:
        """As stored in the session file (JSON); `chair` only when there is one."""
        out: dict[str, Any] = {"id": self.id, "title": self.title, "guide": self.guide,
                               "guide_id": self.guide_id, "created": self.created,
                               "limits": self.limits.as_dict()}
        if self.chair:
            out["chair"] = self.chair
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SessionMeta:
        """From a session file: unknown keys are ignored, missing ones take their defaults.

        Raises KeyError without an id, ValueError or TypeError for values of the wrong kind.
        """
        limits = data.get("limits") or {}
        if not isinstance(limits, Mapping):
            raise ValueError(f"limits must be a mapping, found {type(limits).__name__}")
        created = data.get("created")
        return cls(
            id=str(data["id"]),
            title=_text(data.get("title")),
            guide=_text(data.get("guide")),
            guide_id=_text(data.get("guide_id")),
            created=float(created) if created is not None else None,
            limits=TimeLimits.from_dict(limits),
            chair=_text(data.get("chair")),
        )
