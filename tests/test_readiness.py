from dataclasses import replace
from datetime import date

import pytest

from tests.conftest import MINIMAL
from tui.core.bank.loader import load_guide, parse_guide
from tui.core.bank.readiness import language_status, one_month_before, report


@pytest.mark.parametrize(("opens", "deadline"), [
    (date(2011, 4, 11), date(2011, 3, 11)),
    (date(2030, 3, 31), date(2030, 2, 28)),  # no 31 February: the last day of the month
    (date(2032, 3, 30), date(2032, 2, 29)),  # leap year
    (date(2030, 1, 15), date(2029, 12, 15)),  # across the new year
])
def test_one_month_before(opens, deadline):
    assert one_month_before(opens) == deadline


def _check(guide, name, today=date(2030, 1, 1)):
    return next(c for c in report(guide, today).checks if c.name == name)


def test_deadline_met_missed_and_not_yet_issued():
    guide = load_guide(MINIMAL)  # opens 2030-05-20, deadline 2030-04-20, issued 2030-04-01
    assert _check(guide, "deadline").ok
    late = replace(guide, meta=replace(guide.meta, issued=date(2030, 4, 21)))
    check = _check(late, "deadline")
    assert not check.ok and "1 day(s) after the deadline 2030-04-20" in check.message
    pending = replace(guide, meta=replace(guide.meta, issued=None))
    assert "109 day(s) left" in _check(pending, "deadline", today=date(2030, 1, 1)).message
    assert "has passed" in _check(pending, "deadline", today=date(2030, 4, 21)).message


def test_language_status_partial(minimal_text):
    text = minimal_text.replace("    en: A theme", "    en: A theme\n    fr: Un thème")
    status = language_status(parse_guide(text.encode(), "p.yaml"))
    assert status["fr"] == "partial" and status["en"] == "complete" and status["ar"] == "missing"


def test_ready_only_when_every_check_passes():
    guide = load_guide(MINIMAL)
    r = report(guide, date(2030, 1, 1))
    assert not r.ready  # five languages missing
    assert [c.name for c in r.checks if not c.ok] == ["languages"]
