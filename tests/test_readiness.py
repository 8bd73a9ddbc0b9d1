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


def _check(guide, name, today=date(2030, 4, 10)):
    return next(c for c in report(guide, today).checks if c.name == name)


def test_deadline_met_missed_and_not_yet_issued():
    guide = load_guide(MINIMAL)  # opens 2030-05-20, deadline 2030-04-20, issued 2030-04-01
    assert _check(guide, "deadline").ok
    late = replace(guide, meta=replace(guide.meta, issued=date(2030, 4, 21)))
    check = _check(late, "deadline", today=date(2030, 4, 22))
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
    r = report(guide, date(2030, 4, 10))
    assert not r.ready  # five languages missing
    assert [c.name for c in r.checks if not c.ok] == ["languages"]


def test_an_issue_date_after_today_is_not_yet_issued():
    guide = load_guide(MINIMAL)  # issued 2030-04-01
    check = _check(guide, "deadline", today=date(2030, 3, 1))
    assert not check.ok and "not yet issued as of 2030-03-01 (in time" in check.message
    assert _check(guide, "deadline", today=date(2030, 4, 1)).ok


def test_missing_texts_are_listed_with_their_line(minimal_text):
    text = (minimal_text.replace("    en: A theme", "    en: A theme\n    fr: Un thème")
            .replace("      en: Vienna", "      en: Vienna\n      fr: Vienne"))
    r = report(parse_guide(text.encode(), "p.yaml"), date(2030, 4, 10))
    fr = [(g.where, g.line) for g in r.gaps if g.lang == "fr"]
    assert ("meta.theme", 16) not in fr and ("meta.commission", 5) in fr and ("1(a)", 54) in fr
    assert len(fr) == len([g for g in r.gaps if g.lang == "ar"]) - 2


def test_placeholders_of_new_count_as_missing(tmp_path):
    from tui.core.bank.skeleton import skeleton

    guide = parse_guide(skeleton("g", date(2030, 1, 1)).encode(), "g.yaml")
    r = report(guide, date(2030, 1, 1))
    assert r.languages["en"] == "partial"
    placeholders = {g.where for g in r.gaps if g.lang == "en" and g.placeholder}
    assert {"meta.theme", "1(a)", "sub-theme (a)"} <= placeholders
    assert "meta.commission" not in placeholders  # a real value, not a stand-in


def test_english_pasted_as_french_is_flagged(minimal_text):
    text = minimal_text.replace("          en: The Commission approved the following sub-themes",
                                "          en: The Commission approved the following sub-themes\n"
                                "          fr: The Commission approved the following sub-themes")
    r = report(parse_guide(text.encode(), "p.yaml"), date(2030, 4, 10))
    assert [(t.lang, t.same_as, t.where, t.line) for t in r.twins] == [("fr", "en", "¶1", 29)]
    assert not _by_name(r, "translations").ok


def _by_name(r, name):
    return next(c for c in r.checks if c.name == name)


def test_limits_above_decision_18_1_are_flagged(minimal_text):
    text = minimal_text.replace('panellist: "10:00"', 'panellist: "20:00"')
    r = report(parse_guide(text.encode(), "p.yaml"), date(2030, 4, 10))
    check = _by_name(r, "time limits")
    assert not check.ok and "20:00" in check.message
    assert _by_name(report(load_guide(MINIMAL), date(2030, 4, 10)), "time limits").ok


def test_a_subtheme_no_group_serves_is_flagged(minimal_text):
    text = minimal_text.replace("""              en: First sub-theme
""", """              en: First sub-theme
          - id: st-b
            label: b
            title:
              en: Second sub-theme
            children:
              - id: st-b-i
                label: i
                title: {en: An aspect}
""")
    r = report(parse_guide(text.encode(), "p.yaml"), date(2030, 4, 10))
    assert r.unserved == ["(b)"] and not _by_name(r, "sub-themes").ok
    served_item = text.replace("serves: [st-a]", "serves: [st-a, st-b-i]")
    assert report(parse_guide(served_item.encode(), "p.yaml"), date(2030, 4, 10)).unserved == []


def test_check_json_carries_missing_identical_and_unserved(capsys):
    import json

    from tui.cli import main

    assert main(["guide", "check", "--json", "--today", "2030-04-10", str(MINIMAL)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"where": "meta.theme", "line": 15, "placeholder": False} in data["missing"]["fr"]
    assert data["identical"] == [] and data["unserved_subthemes"] == []
    assert data["time_limits"] == {"panellist": "10:00", "participant": "5:00"}
    assert "en" not in data["missing"]


def test_footnote_marks_are_cross_checked_with_the_notes():
    from tests.conftest import GUIDE_2011

    text = GUIDE_2011.read_text(encoding="utf-8")
    assert text.count("- mark: '3'") == 1
    wrong = text.replace("- mark: '3'", "- mark: '7'")
    r = report(parse_guide(wrong.encode(), "g.yaml"), date(2011, 3, 1))
    check = _by_name(r, "footnotes")
    assert not check.ok
    assert "text has footnote mark 3 but no note 3" in check.message
    assert "note 7 is not marked in the fr text" in check.message
    assert "footnotes" not in [c.name for c in report(load_guide(GUIDE_2011), date(2011, 3, 1)).checks]


def test_one_date_per_language_and_a_language_with_texts_undated(minimal_text):
    # `guide import --into` dates only the language it adds: the French texts are there, their
    # issue date is not, so the guide is not known to be issued in time.
    text = (minimal_text.replace("    en: A theme", "    en: A theme\n    fr: Un thème")
            .replace("issued: 2030-04-01", "issued: {en: 2030-04-01}"))
    check = _check(parse_guide(text.encode(), "p.yaml"), "deadline")
    assert not check.ok
    assert check.message == ("issued en 2030-04-01; no issue date for fr (meta.issued.fr; "
                             "deadline 2030-04-20)")
    dated = text.replace("issued: {en: 2030-04-01}", "issued: {en: 2030-04-01, fr: 2030-04-02}")
    assert _check(parse_guide(dated.encode(), "p.yaml"), "deadline").ok
