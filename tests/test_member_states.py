from tui.core.debate.member_states import MEMBER_STATES, known_states
from tui.core.debate.participants import REGIONAL_GROUPS


def test_193_member_states_in_the_five_groups():
    assert set(MEMBER_STATES) == set(REGIONAL_GROUPS)
    counts = {group: len(names) for group, names in MEMBER_STATES.items()}
    # Asia-Pacific with Kiribati; WEOG with the United States, which attends it as an observer.
    assert counts == {"african": 54, "asia-pacific": 54, "eastern-european": 23,
                      "latin-american-caribbean": 33, "western-european-other": 29}
    names = [p.name for p in known_states()]
    assert len(names) == len(set(names)) == 193
