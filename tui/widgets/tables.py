"""The row under a DataTable's cursor, by key: what every screen with a table asks."""

from __future__ import annotations

from typing import Any

from textual.widgets import DataTable


def selected_id(table: DataTable[Any]) -> int | None:
    """The numeric key of the selected row; None on a heading row or an empty table."""
    if not table.row_count:
        return None
    key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
    return int(key) if key.isdigit() else None
