"""The list of speakers: order, who, category and group, limit, status, time used, and on a
terminal wide enough the speaker's title or function.

A Line-API widget rather than a DataTable: a debate's list grows long and changes at every key,
and a DataTable re-renders every visible row whenever one cell changes. Here each row is a
cached Strip; only rows whose content (or selection) changed are rendered again.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual import events
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import Static

from ..core.debate.member_states import local_name
from ..core.debate.participants import category_short, group_short
from ..core.debate.state import Entry, State
from ..core.text.catalog import tr
from ..core.text.durations import mmss, rounded_mmss
from ..core.text.visible import visible
from .refresh import update

# "unreached": the first speaker waiting whom the meeting would not reach (the forecast says so).
_STATUS_MARK = {"waiting": "·", "speaking": "▶", "spoken": "✓", "unreached": "✗"}
COLUMNS = ("col.n", "col.speaker", "col.who", "col.limit", "col.status", "col.time")
TIME = 5  # the time column, last: the one a running clock changes
OPTIONAL = (2, 3)  # category/group, then the limit: shown when the width allows
WIDE = 52  # from this width the status is spelled out next to its mark
NAME_MAX = 32
NAME_MIN = 8  # a name is shortened to fit, never below this
NAME_KEEP = 20  # shortened to this before the limit, category and group columns give way
GAP = "  "
TITLE_MIN = 12  # the title column shows only with this much room left after the others

Row = tuple[str, str, str, str, str, str, str, str]  # the six cells, the entry's status, the title


def fit(value: str, width: int, *, right: bool = False) -> str:
    """`value` in exactly `width` terminal cells, cut with … when longer: by cells, not characters
    (a CJK character takes two cells, an emoji flag two, a combining mark none)."""
    if cell_len(value) > width:
        value = set_cell_size(value, width - 1) + "…"
    pad = " " * (width - cell_len(value))
    return pad + value if right else value + pad


class SpeakersHeader(Static):
    """The column titles, aligned with the list's columns."""


class SpeakersTable(ScrollView, can_focus=True):
    """Rows are rendered once per (content, selection, stripe, width) and kept in a bounded LRU
    cache, as Textual's Log does: a running clock makes a new row every second."""

    BINDINGS = [
        Binding("up", "cursor(-1)", show=False),
        Binding("down", "cursor(1)", show=False),
        Binding("pageup", "cursor(-10)", show=False),
        Binding("pagedown", "cursor(10)", show=False),
        Binding("home", "cursor(-1000000)", show=False),
        Binding("end", "cursor(1000000)", show=False),
    ]
    COMPONENT_CLASSES = {"speakers--cursor", "speakers--speaking", "speakers--spoken", "speakers--odd",
                         "speakers--unreached"}

    CACHED_ROWS = 1024

    cursor_row: reactive[int] = reactive(0, always_update=True, repaint=False)

    def __init__(self, lang: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.lang = lang
        self._rows: list[Row] = []
        self._ids: list[int] = []
        self._widths: tuple[int, ...] = (1, 1, 1, 1, 1, 4, 0)
        self._cache: LRUCache[tuple[Row, bool, bool, int], Strip] = LRUCache(self.CACHED_ROWS)
        # Each entry's row with what it was made from: an action changes one or two entries of a
        # long list, and making a row (names looked up, made visible, times formatted) for each of
        # the 700 entries of a 2,000-event session was most of the cost of a key.
        self._made: dict[int, tuple[tuple[object, ...], Row]] = {}
        # What `show` drew, to draw again on a resize.
        self._shown: tuple[State, float, int | None, Mapping[int, int] | None] | None = None

    # -- the rows --------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._ids)

    @property
    def selected_entry(self) -> int | None:
        return self._ids[self.cursor_row] if self._ids else None

    def _row(self, n: int, entry: Entry, used: float, wide: bool, unreached: bool, limit: int | None) -> Row:
        p = entry.participant
        kind = "unreached" if unreached else entry.status
        status = _STATUS_MARK[kind]
        if wide:
            status += " " + tr("status." + kind, self.lang)
        reply = f" ({tr('reply', self.lang)}{' 2' if entry.reply_no > 1 else ''})" if entry.reply else ""
        # A Segment goes to the terminal as it is: control characters shown, never sent.
        # The mark leads the name too: the status column is off screen at 80 columns.
        # A State as the interface's language names it ("Allemagne"); the session stores "Germany".
        name = ("✗ " if unreached else "") + visible(local_name(p.name, self.lang)) + reply
        if cell_len(name) > NAME_MAX:
            name = fit(name, NAME_MAX).rstrip(" ")  # (a wide character cut in two leaves a space)
        # "MS WEOG" in English, "EM Eur. occ." in French.
        who = category_short(p.category, self.lang)
        if p.group:
            who += " " + group_short(p.group, self.lang)
        return (str(n), name, who, "" if limit is None else mmss(limit), status, rounded_mmss(used), kind,
                visible(p.title or ""))

    def show(self, state: State, now: float, unreached: int | None = None,
             limits: Mapping[int, int] | None = None) -> None:
        """Redraw from the state, marking `unreached`, the first speaker the meeting would not
        reach, with each entry's limit from `limits` (entry id -> seconds). The selection stays on
        the same entry, or on the row where the removed one was. Only the rows whose content
        changed are made and painted again."""
        self._shown = (state, now, unreached, limits)
        keep, at_row = self.selected_entry, self.cursor_row
        used, wide = state.times_used(now), self.size.width >= WIDE
        entries = state.speakers()
        limits = limits or {}
        made, old = self._made, self._rows
        rows: list[Row] = []
        changed: list[int] = []
        for i, e in enumerate(entries):
            # Everything the row shows comes from these (the participant is immutable).
            inputs = (i, e.participant, e.status, e.reply, e.reply_no, used.get(e.id, 0.0), wide,
                      e.id == unreached, limits.get(e.id))
            found = made.get(e.id)
            if found is not None and found[0] == inputs:
                row = found[1]
            else:
                row = self._row(i + 1, e, inputs[5], wide, inputs[7], inputs[8])
                made[e.id] = (inputs, row)
            rows.append(row)
            if i >= len(old) or (old[i] is not row and old[i] != row):
                changed.append(i)
        if len(made) > len(entries):  # entries removed (or undone): forget their rows
            keep_ids = {e.id for e in entries}
            self._made = {k: v for k, v in made.items() if k in keep_ids}
        ids = [e.id for e in entries]
        widths = self._measure(rows)
        relayout = ids != self._ids or self._widths != widths
        self._rows, self._ids = rows, ids
        if relayout:
            self._widths = widths
            self._cache.clear()
            # No width of its own: the list never scrolls sideways (the names are cut to fit
            # instead), so a long list's vertical scrollbar never brings a horizontal one.
            self.virtual_size = Size(0, len(rows))
            self._header()
            self.refresh()
        else:
            for i in changed:
                self._refresh_row(i)
        if keep is not None and keep in ids:
            self.move_cursor(row=ids.index(keep))
        elif ids:
            self.move_cursor(row=min(at_row, len(ids) - 1))

    def refresh_times(self, state: State, now: float) -> None:
        """Between actions only the time of the speaker on the floor changes."""
        floor = state.floor
        if floor is None or floor.entry not in self._ids:
            return
        i = self._ids.index(floor.entry)
        # Rounded as the summary and the CSV round (durations.whole_seconds): 419.6 s is 7:00 in
        # all of them, not 6:59 here.
        used = rounded_mmss(state.time_used(floor.entry, now))
        if used != self._rows[i][TIME]:
            row = self._rows[i]
            self._rows[i] = (row[0], row[1], row[2], row[3], row[4], used, row[6], row[7])
            if len(used) > self._widths[TIME]:
                self._widths = self._measure(self._rows)
                self._cache.clear()
                self.refresh()
            else:
                self._refresh_row(i)

    def _measure(self, rows: list[Row]) -> tuple[int, ...]:
        """Column widths that fit the widget: a layout that degrades, never hides. Position,
        name, status and time always show; the name is shortened to NAME_KEEP first, then the
        limit goes (width 0), then category and group, then the name is shortened again (to
        NAME_MIN at the least). The vertical scrollbar a long list brings takes its columns from
        the name, never from the time."""
        # At least as wide as the column titles, which the header lines up with the rows.
        titles = [cell_len(tr(key, self.lang)) for key in COLUMNS]
        columns = list(zip(*rows, strict=True)) if rows else [()] * (TIME + 3)
        widths = [max(max(map(cell_len, columns[c]), default=0), titles[c], 1) for c in range(len(COLUMNS))]
        room = self.size.width - 1  # the leading space
        if len(rows) > self.size.height:  # Textual draws the scrollbar over the last columns
            room -= self.styles.scrollbar_size_vertical

        def total() -> int:
            shown = [w for w in widths if w]
            return sum(shown) + len(GAP) * (len(shown) - 1)

        if room <= 0:  # not laid out yet
            return (*widths, 0)
        natural = widths[1]
        widths[1] = min(natural, NAME_KEEP)  # a name of NAME_KEEP is worth more than the extra columns
        for column in reversed(OPTIONAL):
            if total() > room:
                widths[column] = 0
        widths[1] = natural  # then the name takes what is left
        if total() > room:
            widths[1] = max(NAME_MIN, natural - (total() - room))
        # The titles, last and only in the room the other columns leave (cut to fit).
        longest = max(map(cell_len, columns[TIME + 2]), default=0)
        spare = room - total() - len(GAP)
        widths.append(min(longest, spare) if longest and spare >= TITLE_MIN and widths[2] else 0)
        return tuple(widths)

    def _line(self, cells: tuple[str, ...]) -> str:
        out = []
        for c, (value, w) in enumerate(zip(cells[:TIME + 1], self._widths[:TIME + 1], strict=True)):
            if not w:
                continue
            out.append(fit(value, w, right=c not in (0, 1, 2, TIME - 1)))
        title = self._widths[TIME + 1] if len(self._widths) > TIME + 1 else 0
        if len(cells) > TIME + 1 and title:
            value = cells[TIME + 1]
            out.append(fit(value, title).rstrip(" ") if cell_len(value) > title else value)
        return " " + GAP.join(out)

    def _header(self) -> None:
        parent = self.parent
        header: Iterable[SpeakersHeader] = parent.query(SpeakersHeader) if parent is not None else []
        line = self._line(tuple(tr(key, self.lang) for key in (*COLUMNS, "col.title")))
        for widget in header:
            update(widget, line)

    # -- the cursor ------------------------------------------------------------------------------

    def move_cursor(self, row: int) -> None:
        if not self._ids:
            return
        row = max(0, min(row, len(self._ids) - 1))
        old = self.cursor_row
        self.cursor_row = row
        if old != row:
            self._refresh_row(old)
            self._refresh_row(row)
        self.scroll_to_region(Region(0, row, 1, 1), animate=False, immediate=True)

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self.cursor_row + delta)

    def on_click(self, event: events.Click) -> None:
        # A click selects; it never gives the floor.
        self.move_cursor(int(event.y + self.scroll_offset.y))

    def on_resize(self) -> None:
        # The status is spelled out from WIDE columns on: the rows depend on the width.
        if self._shown is not None:
            self.show(*self._shown)

    def on_mount(self) -> None:
        self._header()

    # -- drawing ---------------------------------------------------------------------------------

    def _refresh_row(self, i: int) -> None:
        y = i - self.scroll_offset.y
        if 0 <= y < self.size.height:
            self.refresh(Region(0, y, self.size.width, 1))

    def render_line(self, y: int) -> Strip:
        i = y + self.scroll_offset.y
        width = self.size.width
        if i >= len(self._rows):
            return Strip.blank(width, self.rich_style)
        row, selected = self._rows[i], i == self.cursor_row
        key = (row, selected, bool(i % 2), width)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._render_row(row, selected, bool(i % 2), width)
            self._cache.set(key, strip)
        return strip

    def _render_row(self, row: Row, selected: bool, odd: bool, width: int) -> Strip:
        base = self.rich_style
        if odd:
            base += self.get_component_rich_style("speakers--odd", partial=True)
        kind = row[TIME + 1]
        if kind == "speaking":
            base += self.get_component_rich_style("speakers--speaking", partial=True)
        elif kind == "spoken":
            base += self.get_component_rich_style("speakers--spoken", partial=True)
        elif kind == "unreached":
            base += self.get_component_rich_style("speakers--unreached", partial=True)
        if selected:
            base += self.get_component_rich_style("speakers--cursor", partial=True)
        line = self._line((*row[:TIME + 1], row[TIME + 2]))
        return Strip([Segment(line, base)]).crop_extend(0, width, base)

