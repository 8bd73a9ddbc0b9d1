"""The Chair's summary's prose where the guide or the Chair's text gives less than the scripted
debate: a guide without a session title, a point that names its speaker, French clock times."""

from __future__ import annotations

import dataclasses

import pytest

from tests.summarykit import META, scripted_session
from tui.core.summary.document import Options, build_summary
from tui.core.text.languages import LangText
from tui.core.text.ordinals import session_words


def _untitled(guide, number: int):
    meta = dataclasses.replace(guide.meta, session_title=LangText(), session_number=number)
    return dataclasses.replace(guide, meta=meta)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "the Commission held, at its thirty-sixth session, under item 5 of its agenda, a thematic"),
    ("fr", "la Commission a tenu, à sa trente-sixième session, au titre du point 5 de son ordre du jour"),
    ("es", "la Comisión celebró, en su 36º período de sesiones, en relación con el tema 5 de su programa"),
])
def test_a_guide_without_a_session_title_names_the_session_by_its_number(guide_2011, lang, expected):
    guide = _untitled(guide_2011, 36)
    guide = dataclasses.replace(guide, meta=dataclasses.replace(guide.meta, agenda_item="5"))
    session, clock = scripted_session(guide)
    md = build_summary(META, session.state, guide, clock.now(), Options(lang)).markdown
    first = md.split("1\\. ", 1)[1].split("\n", 1)[0]
    assert expected in first.replace("\u202f", " ").replace("\xa0", " ")
    assert "at its ," not in md and "à sa ," not in md and "en su ," not in md


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_without_title_or_number_the_clause_is_left_out(guide_2011, lang):
    guide = _untitled(guide_2011, 0)
    session, clock = scripted_session(guide)
    first = build_summary(META, session.state, guide, clock.now(), Options(lang)).markdown.split("1\\. ")[1]
    first = first.split("\n", 1)[0]
    assert {"en": "held, under item", "fr": "a tenu, au titre du point",
            "es": "celebró, en relación con el tema"}[lang] in first
    assert " its ," not in first and " sa ," not in first and " su ," not in first


def test_session_ordinals():
    assert [session_words(n, "en") for n in (1, 12, 21, 36, 40, 103)] == [
        "first session", "twelfth session", "twenty-first session", "thirty-sixth session",
        "fortieth session", "one hundred and third session"]
    assert [session_words(n, "fr") for n in (1, 5, 9, 21, 36, 71, 80, 81, 91)] == [
        "première session", "cinquième session", "neuvième session", "vingt et unième session",
        "trente-sixième session", "soixante et onzième session", "quatre-vingtième session",
        "quatre-vingt-unième session", "quatre-vingt-onzième session"]
    assert [session_words(n, "es") for n in (1, 11, 13, 19, 21, 36)] == [
        "1er período de sesiones", "11º período de sesiones", "13er período de sesiones",
        "19º período de sesiones", "21er período de sesiones", "36º período de sesiones"]
