"""Every refusal the core can raise has its French (issue 12: the French console said "nobody has
the floor" in English): each key raised is in the catalog, in English and in French, with the same
placeholders; each French text is really French (not the English copied); and no refusal is raised
with a message written on the spot, which would reach the French Chair in English."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from tui.core.debate.engine import EngineError, MemoryLog, Session
from tui.core.debate.participants import Participant, ParticipantError
from tui.core.debate.schedule import PlanError, check_plan
from tui.core.text.catalog import CATALOG
from tui.core.text.durations import DurationError, parse_duration
from tui.core.text.refusal_texts import REFUSALS
from tui.core.text.refusals import Refusal, number

ROOT = Path(__file__).resolve().parent.parent / "tui"
RAISED = ("EngineError", "ParticipantError", "DurationError", "PlanError")


def _keys(node: ast.expr) -> list[str] | None:
    """The catalog keys an argument can be: a literal, or either of a conditional's literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        a, b = _keys(node.body), _keys(node.orelse)
        return a + b if a is not None and b is not None else None
    return None


def raised_keys() -> dict[str, str]:
    """Each key given to a refusal anywhere in tui/, with where: key -> 'file:line'."""
    found: dict[str, str] = {}
    for path in sorted(ROOT.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            call = isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            if not (call and node.func.id in RAISED):
                continue
            where = f"{path.relative_to(ROOT.parent)}:{node.lineno}"
            first = node.args[0] if node.args else None
            # `EngineError(exc.key, **exc.values)` passes on a refusal already made from a key.
            if isinstance(first, ast.Attribute) and first.attr == "key":
                continue
            keys = _keys(first) if first is not None else None
            assert keys is not None, f"{where}: a refusal is raised with a message, not a catalog key"
            for key in keys:
                found.setdefault(key, where)
    return found


def fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_refusal_raised_has_a_french_text_with_the_same_placeholders():
    keys = raised_keys()
    assert len(keys) > 60  # the engine's, the participants', the durations', the plan's
    for key, where in keys.items():
        assert key in CATALOG, f"{where}: no text for {key!r}"
        entry = CATALOG[key]
        assert entry.get("fr"), f"{where}: {key!r} has no French"
        assert entry["fr"] != entry["en"], f"{where}: {key!r} is English in French"
        assert fields(entry["fr"]) == fields(entry["en"]), key
        assert entry["fr"].count("|") == entry["en"].count("|"), key


def test_every_refusal_text_is_raised_somewhere():
    unused = set(REFUSALS) - set(raised_keys())
    assert unused == set()


def test_a_refusal_without_a_text_cannot_be_made():
    with pytest.raises(KeyError):
        EngineError("refuse.no_such_thing")


def session() -> Session:
    from tui.core.debate.clock import FakeClock

    return Session(MemoryLog(), FakeClock())


def test_the_engine_says_its_refusals_in_french_with_names_as_the_french_console_writes_them():
    s = session()
    with pytest.raises(EngineError) as caught:
        s.pause()
    assert str(caught.value) == "nobody has the floor"
    assert caught.value.said("fr") == "personne n'a la parole"
    entry = s.add_speaker(Participant.make("Germany"))
    s.give_floor(entry)
    with pytest.raises(EngineError) as caught:
        s.remove(entry)
    assert str(caught.value) == "Germany has the floor; end the intervention first"
    assert caught.value.said("fr") == "Allemagne a la parole : terminez d'abord l'intervention"
    s.end()
    with pytest.raises(EngineError) as caught:
        s.give_floor(entry)
    assert caught.value.said("fr").startswith("Allemagne a déjà parlé à ce rang de la liste")
    s.close_list()
    with pytest.raises(EngineError) as caught:
        s.add_speaker(Participant.make("Brazil"))
    assert caught.value.said("fr") == ("la liste des orateurs est close "
                                       "(rouvrez-la pour inscrire des orateurs)")


def test_a_third_right_of_reply_is_refused_in_french():
    s = session()
    p = Participant.make("France")
    s.add_speaker(p, reply=True)
    s.add_speaker(p, reply=True)
    with pytest.raises(EngineError) as caught:
        s.add_speaker(p, reply=True)
    assert caught.value.said("fr") == "France a déjà exercé 2 droits de réponse (1re 3:00, 2e 2:00)"


def test_counts_are_written_as_each_language_writes_numbers_and_plurals_follow_them():
    assert number(4000, "en") == "4,000" and number(4000, "fr") == "4\u00a0000"
    with pytest.raises(EngineError) as caught:
        session().add_point("x" * 4001)
    assert str(caught.value) == "a point is limited to 4,000 characters"
    assert caught.value.said("fr") == "un point est limité à 4\u00a0000 caractères"
    one, two = EngineError("refuse.meetings_held", n=1), EngineError("refuse.meetings_held", n=2)
    assert str(one) == "1 meeting has been held already; keep it in the plan"
    assert two.said("fr") == "2 séances se sont déjà tenues : gardez-les dans le programme"
    assert one.sentence("en") == "1 meeting has been held already; keep it in the plan"


def test_a_notice_starts_with_a_capital_unless_it_starts_with_a_name():
    assert EngineError("refuse.nobody_floor").sentence("fr") == "Personne n'a la parole"
    said = EngineError("refuse.remove_speaking", name="iOS Forum").sentence("en")
    assert said == "iOS Forum has the floor; end the intervention first"


def test_names_durations_and_plans_are_refused_in_french_too():
    with pytest.raises(ParticipantError) as name:
        Participant.make("   ")
    assert name.value.said("fr") == "un orateur doit avoir un nom"
    with pytest.raises(DurationError) as duration:
        parse_duration("cinq")
    assert duration.value.said("fr") == ("pas une durée : 'cinq' (écrivez 5:00, 300, 5m ou 300s : "
                                          "minutes et secondes de 00 à 59, de 0:01 à 3:00:00)")
    with pytest.raises(PlanError) as plan:
        check_plan([(10.0, 20.0), (15.0, 30.0)])
    assert str(plan.value) == "meeting 2 starts before meeting 1 ends"
    assert plan.value.said("fr") == "la séance 2 commence avant la fin de la séance 1"
    assert isinstance(plan.value, ValueError) and isinstance(plan.value, Refusal)
