import pytest

from tui.core.debate.participants import Participant, ParticipantError, parse_category, parse_group
from tui.core.debate.roster import load_roster, parse_roster
from tui.core.text.problems import InputError


def test_header_comments_blank_lines_and_defaults():
    people = parse_roster("name,category,group\n# from the note verbale\n\nBrazil,,GRULAC\n"
                          "UNODC,un-entity\nEuropean Union,igo,\n")
    assert people == [Participant("Brazil", "member-state", "latin-american-caribbean"),
                      Participant("UNODC", "un-entity"), Participant("European Union", "igo")]


@pytest.mark.parametrize(("text", "message"), [
    ("Brazil,member,GRULAC", "1:1: unknown category 'member'"),
    ("Brazil,member-state,Americas", "1:1: unknown regional group 'Americas'"),
    ("A,ngo,WEOG", "1:1: a regional group applies to states and panellists"),
    ("A,b,c,d", "1:1: expected name,category,group; found 4 fields"),
    (",member-state,WEOG", "1:1: a speaker needs a name"),
    ("", "no speakers in the file"),
])
def test_bad_lines(text, message):
    with pytest.raises(InputError) as exc:
        parse_roster(text, "f.csv")
    assert message in str(exc.value)


def test_unreadable_file(tmp_path):
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"Br\xe9sil,member-state,GRULAC\n")
    with pytest.raises(InputError, match=r"x\.csv:1:1: not valid UTF-8"):
        load_roster(bad)
    with pytest.raises(InputError, match="No such file"):
        load_roster(tmp_path / "missing.csv")


def test_aliases():
    assert parse_category("Member State") == "member-state"
    assert parse_category("NGO") == "ngo"
    assert [parse_group(g) for g in ("weog", "Asia-Pacific States", "AFR", "grulac", "EEG")] == [
        "western-european-other", "asia-pacific", "african", "latin-american-caribbean",
        "eastern-european"]
    with pytest.raises(ParticipantError):
        Participant.make("x" * 200)
