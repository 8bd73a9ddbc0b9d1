"""Main-point review: the points grouped by sub-theme, the basis of the Chair's summary.

Every change is an engine action (recorded, undoable); the table is redrawn from the state."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import DataTable, Label, Markdown

from ..core.debate.engine import Session
from ..core.debate.member_states import local_name
from ..core.debate.state import Point
from ..core.summary.document import LANGS, Options, build_summary
from ..core.text.catalog import tr
from ..core.text.visible import visible
from ..widgets.footer import FittingFooter
from ..widgets.literal import literal
from ..widgets.points import point_tag
from ..widgets.tables import selected_id
from .keys import ConsoleScreen, Key
from .point_dialog import PointDialog, verb_label


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


WIDE_REVIEW = 120  # narrower, the summary preview gives its room to the points
COLUMN_WIDTHS = (3, 8, 14, 7)  # flags, reference, speaker, languages; the point takes the rest

KEYS: tuple[Key, ...] = (
    Key("escape", "app.pop_screen", "back", "esc", records=False),
    Key("question_mark,f1", "help", "help", "?", records=False),
    Key("space", "toggle_main", "review.main", "space"),
    Key("c", "toggle_conclusion", "review.conclusion"),
    Key("enter", "edit", "review.edit", "⏎", priority=True),
    Key("e", "export", "review.export", records=False),
    Key("t", "retag", "review.retag"),
    Key("x", "delete", "review.delete"),
    Key("o", "toggle_left_out", "review.leave_out"),
    Key("l", "translate", "review.translate"),
    Key("shift+up", "move(-1)", "review.up", "⇧↑"),
    Key("shift+down", "move(1)", "review.down", "⇧↓"),
    Key("v", "mark", "review.mark", records=False),
    Key("j", "merge", "review.merge"),
    Key("u", "undo", "undo"),
)


class ReviewScreen(ConsoleScreen):
    KEYS = KEYS

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.marked: list[int] = []  # points to merge, in the order they were marked

    @property
    def session(self) -> Session:
        return self.console.session

    def compose(self) -> ComposeResult:
        yield Label(tr("review.title", self.lang), classes="screen-title")
        yield Label("", id="review-untranslated", classes="notice")
        with Horizontal():
            yield DataTable(cursor_type="row", id="review-table")
            with VerticalScroll(id="review-preview"):
                yield Markdown(id="review-markdown")
        yield FittingFooter(compact=True)

    def on_data_table_row_selected(self) -> None:
        self.action_edit()  # enter (or a click) on a point opens it

    @property
    def selected(self) -> Point | None:
        point = selected_id(self.query_one(DataTable))
        return self.session.state.points.get(point) if point is not None else None

    def on_resize(self) -> None:
        # Narrow, the table takes the whole width (the preview is what `e` exports anyway).
        self.set_class(self.size.width < WIDE_REVIEW, "-narrow")
        self.call_after_refresh(self.redraw)

    def redraw(self) -> None:
        table: DataTable[Any] = self.query_one(DataTable)
        keep = self.selected.id if self.selected else None
        at_row = table.cursor_row
        # The point gets every column left and wraps: the Chair reads it whole, at any width.
        text_width = max(20, table.size.width - sum(COLUMN_WIDTHS) - 2 * (len(COLUMN_WIDTHS) + 1) - 2)
        table.clear(columns=True)
        titles_ = ("", "review.col.ref", "review.col.by", "review.col.lang")
        for title, width in zip(titles_, COLUMN_WIDTHS, strict=True):
            table.add_column(tr(title, self.lang) if title else "", width=width)
        table.add_column(tr("review.col.point", self.lang), width=text_width)
        guide = self.session.guide
        titles = {s.id: f"{s.ref} {s.title.text(self.lang)}" for s in guide.subthemes()} if guide else {}
        row = 0
        cursor = None
        for key, points in grouped(self.session):
            other = tr("review.none", self.lang)
            heading = titles.get(key, other) if key else other
            table.add_row("", "", "", "", literal(heading, style="bold underline"), key=f"h-{key}",
                          height=None)
            row += 1
            for p in points:
                flags = ("★" if p.main else "–" if p.left_out else " ") + (
                    "C" if p.conclusion else " ") + ("+" if p.id in self.marked else " ")
                who = ", ".join(local_name(n, self.lang) for n in ([p.by] if p.by else p.merged))
                tag = point_tag(guide, p.subtheme, p.question)
                text = literal(p.text)
                if p.verb:  # the Chair's verb, as the summary will use it
                    verb = literal(f"({verb_label(p.verb, self.lang)}) ", style="italic dim")
                    text = verb.append_text(text)
                table.add_row(flags, literal(tag), literal(who), self._langs(p), text, key=str(p.id),
                              height=None)
                if p.id == keep:
                    cursor = row
                row += 1
        if not row:
            table.add_row("", "", "", "", Text(tr("review.empty", self.lang), style="dim"), key="empty")
        # The same point; when it is gone (deleted, merged) the row where it was, not the top.
        table.move_cursor(row=cursor if cursor is not None else min(max(at_row, 1), max(row - 1, 0)))
        self._untranslated()
        self.preview()

    @property
    def preview_lang(self) -> str:
        """The language of the preview and of `e`'s export: the interface's."""
        return self.lang if self.lang in LANGS else "en"

    def _langs(self, p: Point) -> Text:
        """The languages the point has a text in (typed first); ✗ when none is the preview's: the
        summary in that language lists the point apart instead of mixing languages."""
        codes = ",".join([p.lang, *sorted(p.translations)])
        if p.text_in(self.preview_lang) is None:
            return literal("✗ " + codes, style="bold red")
        return literal(codes, style="dim")

    def _untranslated(self) -> None:
        lang = self.preview_lang
        missing = [p for p in self.session.state.ordered_points()
                   if not p.left_out and p.text_in(lang) is None]
        note = self.query_one("#review-untranslated", Label)
        note.display = bool(missing)
        if missing:
            name = tr(f"lang.{lang}", self.lang)
            note.update(tr("review.untranslated", self.lang, n=len(missing), language=name))

    def preview(self) -> None:
        """The summary as it would be exported now, main points and conclusions only."""
        guide = self.session.guide
        if guide is None:
            return
        lang = self.preview_lang
        meta = self.session.log.meta
        text = build_summary(meta, self.session.state, guide, self.session.now(), Options(lang)).markdown
        # The Markdown escapes markup; control characters are made visible for the terminal.
        self.query_one("#review-markdown", Markdown).update(visible(text, lines=True))

    def _act(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        self.console.perform(fn, *args, **kwargs)  # the screen redraws when the session changed

    def action_toggle_main(self) -> None:
        if p := self.selected:
            self._act(self.session.edit_point, p.id, main=not p.main)

    def action_toggle_conclusion(self) -> None:
        if p := self.selected:
            self._act(self.session.edit_point, p.id, conclusion=not p.conclusion)

    def action_toggle_left_out(self) -> None:
        if p := self.selected:
            if p.left_out:
                self._act(self.session.keep_point, p.id)
            else:
                self._act(self.session.leave_out, p.id, tr("review.left_out_reason", self.lang))

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

    def action_mark(self) -> None:
        p = self.selected
        if p is None:
            return
        if p.id in self.marked:
            self.marked.remove(p.id)
        else:
            self.marked.append(p.id)
        self.redraw()

    def action_merge(self) -> None:
        """The marked points become one, attributed to all their speakers ("several speakers")."""
        marked = [m for m in self.marked if m in self.session.state.points]
        if len(marked) < 2:  # the engine says why
            self.marked = []
            if self.console.perform(self.session.merge_points, marked) is None:
                self.redraw()  # nothing merged: the marks are cleared all the same
            return
        points = self.session.state.points
        ordered = [p for p in self.session.state.point_order if p in set(marked)]
        first = points[ordered[0]]
        # No text is dropped: the Chair starts from all of them and writes the combined point.
        combined = "; ".join(points[p].text.rstrip(".;") for p in ordered)

        def done(result: Any) -> None:
            if result is not None:
                self.marked = []
                if self.console.perform(self.session.merge_points, ordered, text=result.text) is None:
                    self.redraw()

        self.app.push_screen(PointDialog(self.lang, [], None, text=combined, main=first.main,
                                         title_key="point.merge_title", with_speaker=False,
                                         full=False), done)

    def action_export(self) -> None:
        """The summary (Markdown, HTML, Word) and the CSV of speakers in sessions/<id>/."""
        from ..core.summary.export import export_all

        path = self.session.log.path
        if self.session.guide is None or path is None:
            self.notify(tr("msg.no_export", self.lang), severity="warning")
            return
        lang = self.lang if self.lang in LANGS else "en"
        meta = self.session.log.meta
        report: list[str] = []
        paths = self.console.perform(export_all, path.parent / meta.id, meta, self.session.state,
                                     self.session.guide, self.session.now(), Options(lang), report)
        if paths:
            self.notify("\n".join(str(p) for p in paths), title=tr("review.exported", self.lang), timeout=15)
        if paths and report:  # what the document does not hold as paragraphs, and why: never silently
            self.notify("\n".join(report[:8]) + ("\n…" if len(report) > 8 else ""), severity="warning",
                        title=tr("review.left_out", self.lang, n=len(report)), markup=False,
                        timeout=20)

    def action_edit(self, focus: str = "text") -> None:
        """The point in the same dialog it was recorded in: text, speaker, sub-theme or question,
        verb, language, main point."""
        p = self.selected
        if p is None:
            return
        speakers = [e.participant.name for e in self.session.state.speakers()]

        def done(result: Any) -> None:
            if result is None:
                return
            changes = {"text": result.text, "by": result.by, "main": result.main, "verb": result.verb,
                       "lang": result.lang, "subtheme": result.subtheme, "question": result.question}
            self._act(self.session.edit_point, p.id, **changes)

        self.app.push_screen(PointDialog(
            self.lang, speakers, p.by, guide=self.session.guide, guide_lang=self.console.guide_lang,
            topic=(p.subtheme, p.question), text=p.text, main=p.main, verb=p.verb, point_lang=p.lang,
            title_key="point.edit_title", focus=focus), done)

    def action_retag(self) -> None:
        """The edit dialog, in its sub-theme or question search."""
        self.action_edit(focus="topic")

    def action_translate(self) -> None:
        """The point's text in another language: the summary in that language uses it."""
        from .translate_dialog import TranslateDialog

        p = self.selected
        if p is None:
            return

        def done(result: Any) -> None:
            if result is not None:
                self._act(self.session.translate_point, p.id, result[0], result[1])

        self.app.push_screen(TranslateDialog(self.lang, p, self.preview_lang), done)
