"""Main-point review: the points grouped by sub-theme, the basis of the Chair's summary.

Every change is an engine action (recorded, undoable); the table is redrawn from the state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from ..core.engine import Session
from ..core.i18n import tr
from ..core.state import Point
from ..widgets.points import point_tag
from .point_dialog import PointDialog
from .topic_dialog import TopicDialog


def grouped(session: Session) -> list[tuple[str | None, list[Point]]]:
    """Points by sub-theme in guide order (sub-items under their parent), untagged ones last."""
    guide = session.guide
    order: list[str] = []
    parent: dict[str, str] = {}
    if guide is not None:
        for top in guide.subthemes():
            order.append(top.id)
            for child in top.children:
                parent[child.id] = top.id
    groups: dict[str | None, list[Point]] = {key: [] for key in order}
    for p in session.state.ordered_points():
        key = parent.get(p.subtheme, p.subtheme) if p.subtheme else None
        groups.setdefault(key, []).append(p)
    groups.setdefault(None, [])
    return [(k, v) for k, v in groups.items() if v]


class ReviewScreen(Screen[None]):
    BINDINGS = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("space", "toggle_main", "Main point"),
        Binding("c", "toggle_conclusion", "Conclusion"),
        Binding("e,enter", "edit", "Edit"),
        Binding("t", "retag", "Re-tag"),
        Binding("x", "delete", "Delete"),
        Binding("shift+up", "move(-1)", "Up"),
        Binding("shift+down", "move(1)", "Down"),
        Binding("u", "app.undo", "Undo"),
    ]

    def __init__(self, session: Session, ui: str, perform: Callable[..., Any]) -> None:
        super().__init__()
        self.session, self.ui, self.perform = session, ui, perform

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(tr("review.title", self.ui), classes="screen-title")
            table: DataTable[Any] = DataTable(cursor_type="row", id="review-table")
            table.add_columns("", "ref", "point", "by")
            yield table
        yield Footer()

    def on_mount(self) -> None:
        self.show()

    def on_screen_resume(self) -> None:
        self.show()

    @property
    def selected(self) -> Point | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value or ""
        return self.session.state.points.get(int(key)) if key.isdigit() else None

    def show(self) -> None:
        table = self.query_one(DataTable)
        keep = self.selected.id if self.selected else None
        table.clear()
        guide = self.session.guide
        titles = {s.id: f"{s.ref} {s.title.text(self.ui)}" for s in guide.subthemes()} if guide else {}
        row = 0
        cursor = 0
        for key, points in grouped(self.session):
            heading = titles.get(key or "", tr("review.none", self.ui)) if key else tr("review.none", self.ui)
            table.add_row("", "", Text(heading, style="bold underline"), "", key=f"h-{key}")
            row += 1
            for p in points:
                flags = ("★" if p.main else " ") + ("C" if p.conclusion else " ")
                who = p.by or (", ".join(p.merged) if p.merged else "")
                table.add_row(flags, point_tag(guide, p.subtheme, p.question), p.text, who, key=str(p.id))
                if p.id == keep:
                    cursor = row
                row += 1
        if not row:
            table.add_row("", "", Text(tr("review.empty", self.ui), style="dim"), "", key="empty")
        table.move_cursor(row=cursor)

    def _act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.perform(fn, *args, **kwargs)
        self.show()

    def action_toggle_main(self) -> None:
        if p := self.selected:
            self._act(self.session.edit_point, p.id, main=not p.main)

    def action_toggle_conclusion(self) -> None:
        if p := self.selected:
            self._act(self.session.edit_point, p.id, conclusion=not p.conclusion)

    def action_delete(self) -> None:
        if p := self.selected:
            self._act(self.session.delete_point, p.id)

    def action_move(self, delta: int) -> None:
        """Reorder within the sub-theme: swap with the neighbour of the same group."""
        p = self.selected
        if p is None:
            return
        for _key, points in grouped(self.session):
            ids = [q.id for q in points]
            if p.id in ids:
                i = ids.index(p.id) + delta
                if 0 <= i < len(ids):
                    target = self.session.state.point_order.index(ids[i])
                    self._act(self.session.move_point, p.id, target)
                return

    def action_edit(self) -> None:
        p = self.selected
        if p is None:
            return
        speakers = [e.participant.name for e in self.session.state.speakers()]
        tags = point_tag(self.session.guide, p.subtheme, p.question)

        def done(result: Any) -> None:
            if result is not None:
                self._act(self.session.edit_point, p.id, text=result.text, by=result.by, main=result.main)

        self.app.push_screen(PointDialog(self.ui, speakers, p.by, tags, p.text, p.main), done)

    def action_retag(self) -> None:
        p = self.selected
        if p is None or self.session.guide is None:
            return
        def done(topic: Any) -> None:
            if topic is not None:
                self._act(self.session.edit_point, p.id, subtheme=topic[0], question=topic[1])

        current = (p.subtheme, p.question)
        self.app.push_screen(TopicDialog(self.session.guide, self.ui, self.ui, current), done)
