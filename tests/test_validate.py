"""The session schema knows every kind of event the engine records (in the fast tier, which
land.sh runs: a new kind without a schema would make every session holding it unreadable)."""

from tui.core.debate.state import REDUCERS
from tui.core.storage.validate import SCHEMA


def test_every_event_kind_has_a_schema():
    assert set(SCHEMA) == set(REDUCERS) | {"undo"}, (
        "add the new event kind's fields to SCHEMA in tui/core/storage/validate.py")
