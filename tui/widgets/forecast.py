"""The forecast line: will the list fit the meeting? One line under the list, always visible."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..core.bank.limits import TimeLimits
from ..core.debate.forecast import Forecast, History, forecast, forecast_text, history
from ..core.debate.state import State
from .refresh import update

# Under five minutes to spare the Chair should start to think about cutting the list.
TIGHT = 5 * 60


class ForecastLine(Static):
    """Green when the list fits, amber when it barely fits, red when speakers would not be reached."""

    # The forecast's history of the session (averages, changeovers: a pass over every intervention)
    # for the state it was worked out from: the clock redraws the line five times a second, the
    # session changes only with an action. A state changes only by events, each a new `last_seq`.
    _known: tuple[State, int, TimeLimits, History] | None = None

    def show(self, state: State, limits: TimeLimits, now: float, lang: str) -> Forecast:
        known = self._known
        if known is None or known[0] is not state or known[1] != state.last_seq or known[2] != limits:
            known = self._known = (state, state.last_seq, limits, history(state, limits))
        f = forecast(state, limits, now, known=known[3])
        # Text, never markup: the line holds no user text today, but it must never start to.
        width = max(20, self.content_region.width or 78)
        update(self, Text(forecast_text(f, lang, short=True, width=width)), layout=False)
        spare = f.spare
        self.set_class(spare is not None and spare < 0, "-over")
        self.set_class(spare is not None and 0 <= spare < TIGHT and bool(f.slots), "-tight")
        return f
