"""The forecast line: will the list fit the meeting? One line under the list, always visible."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ..core.bank.limits import TimeLimits
from ..core.debate.forecast import Forecast, forecast, forecast_text
from ..core.debate.state import State
from .refresh import update

# Under five minutes to spare the Chair should start to think about cutting the list.
TIGHT = 5 * 60


class ForecastLine(Static):
    """Green when the list fits, amber when it barely fits, red when speakers would not be reached."""

    def show(self, state: State, limits: TimeLimits, now: float, lang: str) -> Forecast:
        f = forecast(state, limits, now)
        # Text, never markup: the line holds no user text today, but it must never start to.
        width = max(20, self.content_region.width or 78)
        update(self, Text(forecast_text(f, lang, short=True, width=width)), layout=False)
        spare = f.spare
        self.set_class(spare is not None and spare < 0, "-over")
        self.set_class(spare is not None and 0 <= spare < TIGHT and bool(f.slots), "-tight")
        return f
