"""Limits named as the Chair types them: `--limit panellist=5:00 --limit member-state=3:00`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..bank.limits import TimeLimits
from ..text.durations import parse_duration
from .participants import parse_category

# Names besides the categories, and the field of TimeLimits each one sets.
FIELDS = {
    "panellist": "panellist",
    "participant": "participant", "others": "participant", "everyone-else": "participant",
    "group-of-states": "group_statement",
    "right-of-reply": "right_of_reply", "reply": "right_of_reply", "first-reply": "right_of_reply",
    "second-reply": "second_reply",
    "point-of-order": "point_of_order",
    "warning": "warning",
}
NAMES = ("panellist", "participant", "group-of-states", "right-of-reply", "second-reply",
         "point-of-order", "warning")


def parse_named_limit(text: str) -> tuple[str, int]:
    """"member-state=3:00" → ("member-state", 180); raises ValueError with a readable message."""
    name, sep, value = text.partition("=")
    if not sep:
        raise ValueError(f"not a limit: {text!r} (write NAME=M:SS, e.g. panellist=5:00)")
    key = "-".join(name.strip().lower().replace("_", "-").split())
    if key not in FIELDS:
        try:
            key = parse_category(key)
        except ValueError:
            raise ValueError(f"no limit called {name.strip()!r} (a category such as member-state, "
                             f"or {', '.join(NAMES)})") from None
    return key, parse_duration(value)


def with_named(limits: TimeLimits, named: Mapping[str, int]) -> TimeLimits:
    """The limits with those given by name (a category, or one of NAMES) replaced."""
    fields: dict[str, Any] = {}
    categories: dict[str, int] = {}
    for name, seconds in named.items():
        if name in FIELDS:
            fields[FIELDS[name]] = seconds
        else:
            categories[parse_category(name)] = seconds
    return limits.with_overrides(**fields).with_categories(categories)

