"""Durations as the Chair reads them: minutes:seconds."""

from __future__ import annotations


def mmss(seconds: float) -> str:
    """600 → "10:00"; negative values keep their sign (an overrun shown as time left)."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    return f"{sign}{whole // 60}:{whole % 60:02d}"
