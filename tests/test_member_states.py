import re

import pytest

from tui.core.debate.member_states import (
    MEMBER_STATES,
    ORGANIZATIONS,
    closest_names,
    known_participants,
    known_states,
    local_name,
    names_in,
)
from tui.core.debate.participants import REGIONAL_GROUPS, name_key
from tui.core.text.state_names import OBSERVER_STATES, STATE_FORMS, is_plural


def test_193_member_states_in_the_five_groups():
    assert set(MEMBER_STATES) == set(REGIONAL_GROUPS)
    counts = {group: len(names) for group, names in MEMBER_STATES.items()}
    # Asia-Pacific with Kiribati; WEOG with the United States, which attends it as an observer.
    assert counts == {"african": 54, "asia-pacific": 54, "eastern-european": 23,
                      "latin-american-caribbean": 33, "western-european-other": 29}
    names = [p.name for p in known_states()]
    assert len(names) == len(set(names)) == 193


# -- names in French and Spanish -------------------------------------------------------------------

# The States whose French short name takes no article in running text ("Cuba a souligné"), and the
# Spanish names that take one ("el Brasil"): as UNTERM gives them. Pinned so that a lost or added
# article is a decision, not a typo.
FR_WITHOUT_ARTICLE = {
    "Djibouti", "Madagascar", "Maurice", "Sao Tomé-et-Principe", "Bahreïn", "Chypre", "Kiribati",
    "Nauru", "Oman", "Singapour", "Sri Lanka", "Antigua-et-Barbuda", "Cuba", "El Salvador", "Haïti",
    "Saint-Kitts-et-Nevis", "Sainte-Lucie", "Saint-Vincent-et-les Grenadines", "Israël", "Malte",
    "Monaco", "Saint-Marin",
    "Cabo Verde", "Vanuatu"}  # no article in UNTERM (see text/state_names.py)
ES_WITH_ARTICLE = {
    "el Camerún", "la República Centroafricana", "el Chad", "las Comoras", "el Congo",
    "la República Democrática del Congo", "el Gabón", "el Níger", "el Senegal", "el Sudán", "el Togo",
    "la República Unida de Tanzanía", "el Afganistán", "la República Popular Democrática de Corea",
    "la India", "la República Islámica del Irán", "el Iraq", "el Japón",
    "la República Democrática Popular Lao", "el Líbano", "las Islas Marshall",
    "los Estados Federados de Micronesia", "el Pakistán", "la República de Corea", "la Arabia Saudita",
    "las Islas Salomón", "la República Árabe Siria", "los Emiratos Árabes Unidos", "el Yemen",
    "la República de Moldova", "la Federación de Rusia", "la Argentina", "las Bahamas",
    "el Estado Plurinacional de Bolivia", "el Brasil", "la República Dominicana", "el Ecuador",
    "el Paraguay", "el Perú", "el Uruguay", "la República Bolivariana de Venezuela", "el Canadá",
    "el Reino de los Países Bajos", "el Reino Unido de Gran Bretaña e Irlanda del Norte",
    "los Estados Unidos de América", "la Santa Sede", "el Estado de Palestina"}
# "la Hongrie", "le Honduras": an aspirated h does not elide ("le Yémen": nor does a y).
H_ASPIRE = {"la Hongrie", "le Honduras"}


def test_every_state_has_its_french_and_spanish_name_with_the_article_the_summary_needs():
    states = [n for names in MEMBER_STATES.values() for n in names] + list(OBSERVER_STATES)
    assert len(states) == 195
    for name in states:
        forms = STATE_FORMS[name]
        fr, es = forms["fr"], forms["es"]
        assert fr and es and fr.strip() == fr and es.strip() == es, name
        article = re.match(r"^(le |la |les |l')", fr)
        assert bool(article) != (fr in FR_WITHOUT_ARTICLE), (name, fr)
        if article and article.group(1) in ("le ", "la ") and fr not in H_ASPIRE:
            assert not re.match(r"[AEIOUÉÈÊÎÔaeiouhH]", fr[3:]), (name, fr)  # would be l'
        if article and article.group(1) == "l'":
            assert re.match(r"[AEIOUÉÈÊÎÔH]", fr[2:]), (name, fr)
        assert bool(re.match(r"^(el |la |los |las )", es)) == (es in ES_WITH_ARTICLE), (name, es)
        # What is left after the article is the name, capitalized ("Brésil", "Estados Unidos").
        for form in (fr, es):
            bare = re.sub(r"^(le |la |les |l'|el |los |las )", "", form)
            assert bare[:1].isupper(), (name, form)
    assert {n for n in states if is_plural(STATE_FORMS[n]["fr"])} >= {"United States of America",
                                                                    "Philippines", "Comoros"}
    assert is_plural(STATE_FORMS["United States of America"]["es"])


def test_a_few_names_as_unterm_gives_them():
    assert STATE_FORMS["United Kingdom"] == {
        "en": "the United Kingdom of Great Britain and Northern Ireland",
        "fr": "le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord",
        "es": "el Reino Unido de Gran Bretaña e Irlanda del Norte"}
    assert STATE_FORMS["Venezuela (Bolivarian Republic of)"]["es"] == "la República Bolivariana de Venezuela"
    assert STATE_FORMS["Türkiye"] == {"en": "Türkiye", "fr": "la Türkiye", "es": "Türkiye"}
    assert STATE_FORMS["Russian Federation"]["fr"] == "la Fédération de Russie"


def test_french_names_are_known_accents_and_articles_ignored_and_stored_in_english():
    fr = names_in("fr")
    for typed, stored in (("Allemagne", "Germany"), ("etats-unis d'amerique", "United States of America"),
                          ("la Fédération de Russie", "Russian Federation"), ("Saint-Siege", "Holy See"),
                          ("État de Palestine", "State of Palestine"), ("Union européenne", "European Union"),
                          ("Turquie", "Türkiye"), ("Germany", "Germany"), ("ONUDC", ORGANIZATIONS[10][0])):
        assert fr[name_key(typed)] == stored, typed
    assert names_in("es")[name_key("Brasil")] == "Brazil"
    assert name_key("Brasil") not in names_in("en")  # Spanish, in the English interface: a typo
    assert name_key("Allemagne") not in names_in("en")


def test_every_known_participant_has_a_french_and_spanish_name_that_leads_back_to_it():
    for lang in ("fr", "es"):
        table = names_in(lang)
        for p in known_participants():
            local = local_name(p.name, lang)
            assert local, p.name
            assert table[name_key(local)] == p.name, (lang, local)
    assert local_name("Germany", "fr") == "Allemagne"
    assert local_name("United States of America", "fr") == "États-Unis d'Amérique"
    assert local_name("ECPAT International", "fr") == "ECPAT International"


def test_the_nearest_names_to_an_unknown_one():
    assert closest_names("Germeny", "en")[0] == "Germany"
    assert closest_names("Brasil", "en")[0] == "Brazil"
    assert closest_names("Alemagne", "fr")[0] == "Allemagne"
    assert closest_names("Xqzzw", "en") == []


@pytest.mark.parametrize(("typed", "lang", "first"), [
    ("Frnace", "en", "France"), ("Frnace", "fr", "France"), ("Germnay", "en", "Germany"),
    ("Germnay", "fr", "Allemagne"), ("Allemgane", "fr", "Allemagne"), ("Bresil", "en", "Brazil"),
    ("Brasil", "en", "Brazil"), ("Nigera", "en", "Nigeria"), ("Itlay", "fr", "Italie"),
    ("Cnaada", "en", "Canada"), ("Spian", "en", "Spain"), ("Egpyt", "fr", "Égypte"),
    ("Japna", "en", "Japan"), ("Philipines", "en", "Philippines"), ("Argentinia", "en", "Argentina"),
    ("Kazakstan", "en", "Kazakhstan"), ("Mexiko", "en", "Mexico"), ("Suède", "en", "Sweden"),
])
def test_the_nearest_name_to_a_slip_comes_first(typed, lang, first):
    """A transposition or one letter wrong, missing or extra (accents and case ignored)."""
    assert closest_names(typed, lang)[0] == first


def test_the_typo_distance():
    from tui.core.debate.member_states import typo_distance

    assert typo_distance("frnace", "france", 3) == 1  # two neighbours swapped
    assert typo_distance("germany", "germany", 3) == 0
    assert typo_distance("bresil", "brazil", 3) == 2
    assert typo_distance("ca", "abc", 3) == 3  # optimal string alignment: no edit across a swap
    assert typo_distance("india", "indonesia", 2) == 3  # over the limit: limit + 1
    assert typo_distance("", "chad", 4) == 4
