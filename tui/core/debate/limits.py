"""Speaking-time limits of a session: from the guide (decision 18/1 defaults), then overridden."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace

from ..bank.guide import TimeLimits

KINDS = ("statement", "presentation", "reply", "point-of-order")
_DECISION_18_1 = TimeLimits()  # the defaults live in one place: the guide's time limits


@dataclass(frozen=True, slots=True)
class Limits:
    panellist: int = _DECISION_18_1.panellist
    participant: int = _DECISION_18_1.participant
    right_of_reply: int = _DECISION_18_1.right_of_reply
    point_of_order: int = _DECISION_18_1.point_of_order
    warning: int = 60  # the clock turns amber when this much time is left

    @classmethod
    def from_guide(cls, limits: TimeLimits) -> Limits:
        return cls(limits.panellist, limits.participant, limits.right_of_reply, limits.point_of_order)

    def for_kind(self, kind: str) -> int:
        return {
            "presentation": self.panellist,
            "statement": self.participant,
            "reply": self.right_of_reply,
            "point-of-order": self.point_of_order,
        }[kind]

    def with_overrides(self, **values: int | None) -> Limits:
        return replace(self, **{k: v for k, v in values.items() if v is not None})

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Limits:
        known = {k: int(v) for k, v in data.items() if k in cls.__dataclass_fields__}  # type: ignore[arg-type]
        return cls(**known)


def parse_duration(text: str) -> int:
    """"5:00", "90s", "2m", "300" → seconds; raises ValueError with a readable message."""
    value = text.strip().lower()
    try:
        if ":" in value:
            minutes, seconds = value.split(":", 1)
            total = int(minutes) * 60 + int(seconds)
            if not 0 <= int(seconds) < 60:
                raise ValueError
        elif value.endswith("m"):
            total = int(value[:-1]) * 60
        elif value.endswith("s"):
            total = int(value[:-1])
        else:
            total = int(value)
    except ValueError:
        raise ValueError(f"not a duration: {text!r} (write 5:00, 300, 5m or 300s)") from None
    if not 0 < total <= 3 * 3600:
        raise ValueError(f"duration out of range: {text!r}")
    return total
