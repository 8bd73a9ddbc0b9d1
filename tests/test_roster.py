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
    ("A,ngo,WEOG", "1:1: a regional group applies to States and panellists only, not to the category ngo"),
    ("A,group-of-states,WEOG", "not to the category group-of-states; leave the group column empty"),
    ("A,ngo,,t,e", "1:1: expected name,category,group,title; found 5 fields"),
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


def test_a_title_column_and_a_header_in_any_order():
    people = parse_roster('name,category,group,title\nMs. Ana Lopes,panellist,GRULAC,"Director, Division '
                          'for Treaty Affairs"\nBrazil,,GRULAC\n')
    assert people[0] == Participant("Ms. Ana Lopes", "panellist", "latin-american-caribbean",
                                    "Director, Division for Treaty Affairs")
    assert people[1].title is None
    people = parse_roster("name,title,category\nMr. B,Professor,independent-expert\n")
    assert people == [Participant("Mr. B", "independent-expert", None, "Professor")]


def test_every_bad_line_is_reported_with_its_likely_fix_and_nothing_is_added():
    text = ("name,category,group,title\nBrazil,member-state,GRULAC\n,member-state,\nFrance,bogus,\n"
            "Germany,member-state,XYZ\nECPAT,ngo,WEOG\nA,ngo,,t,extra\nbrazil,member-state,GRULAC\n"
            f"Mr. C,panellist,AFR,{'x' * 200}\n")
    with pytest.raises(InputError) as exc:
        parse_roster(text, "f.csv")
    lines = str(exc.value).splitlines()
    assert [line.split(":")[1] for line in lines] == ["3", "4", "5", "6", "7", "8", "9"]
    assert lines[0] == "f.csv:3:1: a speaker needs a name; fill in the name column or delete the line"
    assert "expected one of member-state" in lines[1] and "or the group's name" in lines[2]
    assert lines[3].endswith("; leave the group column empty for this line")
    assert "quote a name or title that holds a comma" in lines[4]
    assert lines[5] == ("f.csv:8:1: brazil is already on line 2; delete one of the two lines (the console "
                        "adds a second turn when it comes)")
    assert "title longer than 160 characters" in lines[6]


def test_the_cli_reports_every_bad_line_exits_non_zero_and_creates_nothing(tmp_path, capsys):
    from tui.cli import main

    roster = tmp_path / "speakers.csv"
    roster.write_text("Brazil,member-state,GRULAC\nFrance,bogus,\nGermany,member-state,XYZ\n", "utf-8")
    sessions = tmp_path / "sessions"
    code = main(["session", "new", "--speakers", str(roster), "--sessions-dir", str(sessions)])
    assert code != 0
    assert not sessions.exists() or not any(sessions.iterdir())
    err = capsys.readouterr().err
    assert f"{roster}:2:1: unknown category 'bogus'" in err and f"{roster}:3:1: unknown regional group" in err




def test_a_state_typed_in_french_or_spanish_or_an_alias_is_the_known_state():
    """As the add dialog does: the stored English name, with the category and group it is known
    by when the line leaves them out; a category or group the line gives is kept."""
    people = parse_roster("name,category,group\nAllemagne,,\nle Brésil,,\nSaint-Siège,,\n"
                          "Fédération de Russie,observer-state,\nétats-unis d'amérique,,AFR\n"
                          "Turkey,,\nReino Unido,,\nMs. Ana Lopes,panellist,GRULAC\nUNODC,un-entity\n"
                          "Germeny,,WEOG\n")
    assert people == [
        Participant("Germany", "member-state", "western-european-other"),
        Participant("Brazil", "member-state", "latin-american-caribbean"),
        Participant("Holy See", "observer-state", None),
        Participant("Russian Federation", "observer-state", "eastern-european"),
        Participant("United States of America", "member-state", "african"),
        Participant("Türkiye", "member-state", "western-european-other"),
        Participant("United Kingdom", "member-state", "western-european-other"),
        Participant("Ms. Ana Lopes", "panellist", "latin-american-caribbean"),
        Participant("UNODC", "un-entity"),  # organizations and persons are kept as typed
        Participant("Germeny", "member-state", "western-european-other"),  # and names nobody knows
    ]


def test_one_state_in_two_languages_is_one_speaker_twice():
    with pytest.raises(InputError) as exc:
        parse_roster("Germany,,\nAlemania,,\n", "f.csv")
    assert str(exc.value) == ("f.csv:2:1: Alemania (Germany) is already on line 1; delete one of the "
                              "two lines (the console adds a second turn when it comes)")


def test_french_short_forms_of_categories_and_groups():
    from tui.core.debate.participants import CATEGORIES, REGIONAL_GROUPS, category_short, group_short

    assert [category_short(c, "fr") for c in ("member-state", "ngo", "igo", "un-entity")] == \
        ["EM", "ONG", "OIG", "ONU"]
    assert [group_short(g, "fr") for g in REGIONAL_GROUPS] == \
        ["Afrique", "Asie-Pac.", "Eur. or.", "GRULAC", "Eur. occ."]
    assert group_short("western-european-other") == "WEOG" and category_short("member-state") == "MS"
    # What the list shows, a French secretariat may type in a CSV.
    assert all(parse_category(category_short(c, "fr")) == c for c in CATEGORIES)
    assert all(parse_group(group_short(g, "fr")) == g for g in REGIONAL_GROUPS)
    assert parse_group("États d'Europe occidentale et autres États") == "western-european-other"
    assert parse_roster("Allemagne,EM,Eur. occ.\n") == [Participant("Germany", "member-state",
                                                                    "western-european-other")]


def test_an_unclosed_quote_is_refused_at_the_line_it_opens():
    # Before: the rest of the file became one name, "Brazil,member-state Nigeria,member-state ...".
    with pytest.raises(InputError) as exc:
        parse_roster('name,category\nChile,ngo\n"Brazil,member-state\nNigeria,member-state\n'
                     "France,member-state\n", "f.csv")
    assert str(exc.value) == ('f.csv:3:1: a quote opened here is never closed; add the closing quote '
                              '("Director, Division for Treaty Affairs") or remove this one')
    with pytest.raises(InputError, match=r"^f\.csv:1:8: a quote opened here is never closed"):
        parse_roster('Brazil,"member-state', "f.csv")  # no newline at the end either


def test_a_quote_closed_lines_later_is_refused_and_later_lines_keep_their_numbers():
    with pytest.raises(InputError) as exc:
        parse_roster('Chile,ngo\n"Brazil,member-state\nNigeria",ngo\nFrance,bogus\n', "f.csv")
    assert str(exc.value).splitlines() == [
        "f.csv:2:1: a quote opened here closes only on line 3, making one field of several lines; "
        "check the quotes of these lines",
        "f.csv:4:1: unknown category 'bogus' (expected one of member-state, observer-state, panellist, "
        "independent-expert, group-of-states, un-entity, igo, ngo)"]


def test_hash_lines_are_comments_and_counted():
    people = parse_roster("name,category\n# Heading,ngo\nBrazil,member-state\n  #Chile\n")
    assert people == [Participant("Brazil", "member-state", "latin-american-caribbean")]
    assert people.comments == 2


@pytest.mark.parametrize(("header", "message"), [
    ("name,categroy", "f.csv:1:2: unknown column 'categroy' in the header line (did you mean category?); the "
                      "columns understood are name, category, group, title"),
    ("Name,,Group", "f.csv:1:2: an empty column name in the header line"),
    ("name,group,group", "f.csv:1:3: column 'group' is named twice in the header line; delete one"),
])
def test_a_header_with_a_column_not_understood_is_refused(header, message):
    # Before: `name,cat` was not a header, so "name" became a speaker of category "cat".
    with pytest.raises(InputError) as exc:
        parse_roster(f"{header}\nBrazil,member-state\n", "f.csv")
    assert str(exc.value).startswith(message)


@pytest.mark.parametrize(("lines", "said"), [
    ("Brazil,member-state\n", "1 speaker pre-registered\n"),
    ("# morning\nBrazil\nChile\n", "2 speakers pre-registered (1 comment line skipped)\n"),
    ("#a\n#b\nBrazil\n", "1 speaker pre-registered (2 comment lines skipped)\n"),
])
def test_the_count_printed_is_in_words_and_names_the_comment_lines(tmp_path, capsys, lines, said):
    from tests.conftest import GUIDE_2011
    from tui.cli import main

    roster = tmp_path / "speakers.csv"
    roster.write_text(lines, "utf-8")
    code = main(["session", "new", "--guide", str(GUIDE_2011), "--speakers", str(roster),
                 "--sessions-dir", str(tmp_path / "s")])
    assert code == 0 and capsys.readouterr().err == said


def test_empty_columns_a_spreadsheet_leaves_at_the_end_are_ignored():
    people = parse_roster("Name,Category,Group,,,\nBrazil,member-state,GRULAC,,,\nUNODC,un-entity,,,,\n")
    assert [p.name for p in people] == ["Brazil", "UNODC"]


@pytest.mark.parametrize("header", ["name,cat,grp", "Name,Cat.,Group", "nom,catégorie,groupe",
                                    "NOM,CAT,GROUPE"])
def test_an_abbreviated_or_french_header_is_read_as_meant(header):
    # Before: `name,cat` was refused, `nom,catégorie` read as a speaker "nom" of category "catégorie".
    people = parse_roster(f"{header}\nBrazil,member-state,GRULAC\nUNODC,un-entity\n", "f.csv")
    assert [(p.name, p.category) for p in people] == [("Brazil", "member-state"),
                                                      ("UNODC", "un-entity")]


@pytest.mark.parametrize("text", [
    "name;category;group;title\nBrazil;member-state;GRULAC\nMs. Ana Lopes;panellist;GRULAC;"
    '"Director; Division, Treaty Affairs"\n',
    "\ufeffBrazil;member-state;GRULAC;\n# a comment; with a semicolon\nMs. Ana Lopes;panellist;"
    'GRULAC;"Director; Division, Treaty Affairs"\n',
])
def test_semicolons_as_excel_writes_them_in_a_french_locale(text):
    # Before: "Brazil;member-state;GRULAC" was one speaker of that name, and the header another.
    people = parse_roster(text, "f.csv")
    assert [(p.name, p.category, p.title) for p in people] == [
        ("Brazil", "member-state", None),
        ("Ms. Ana Lopes", "panellist", "Director; Division, Treaty Affairs")]


def test_a_line_with_the_other_separator_is_refused_with_the_fix():
    with pytest.raises(InputError) as exc:
        parse_roster("Brazil,member-state\nChile;member-state;GRULAC\n", "f.csv")
    assert str(exc.value) == ("f.csv:2:6: this line is separated by ';' but the file by ','; use "
                              "one separator in the whole file")


def test_a_quoted_name_starting_with_a_hash_is_a_speaker_not_a_comment():
    people = parse_roster('"#1 Foundation",ngo\nBrazil\n# a comment, "with a quote\nChile\n')
    assert [p.name for p in people] == ["#1 Foundation", "Brazil", "Chile"]
    assert people.comments == 1
