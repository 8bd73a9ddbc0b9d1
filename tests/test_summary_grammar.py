"""Grammar of the summary over generated combinations: how many speakers and of which kind, every
State name in English, French and Spanish with its article, verbs, elision; and the points' own
events (leave out, keep, translate, verb, language)."""

from __future__ import annotations

import random
import re

import pytest

from tui.core.debate.clock import FakeClock
from tui.core.debate.engine import EngineError, MemoryLog, Session
from tui.core.debate.member_states import MEMBER_STATES
from tui.core.debate.participants import Participant as P
from tui.core.debate.session_meta import SessionMeta
from tui.core.summary.document import Options, build_summary
from tui.core.text import reporting as rp
from tui.core.text.state_names import OBSERVER_STATES, STATE_FORMS, is_plural

X = SessionMeta("x")
STATES = [n for names in MEMBER_STATES.values() for n in names] + list(OBSERVER_STATES)


def paragraphs(session: Session, guide, lang: str, attribution: str = "unattributed") -> list[str]:
    md = build_summary(X, session.state, guide, session.now(), Options(lang, attribution)).markdown
    main = md.split("## II.")[1].split("## Annex")[0].split("## Anex")[0]
    return [line.split("\\. ", 1)[1] for line in main.splitlines() if line[:1].isdigit()]


def merged_point(guide, names: list[tuple[str, str]], verb: str | None = "stressed") -> Session:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    ids = []
    for name, category in names:
        s.add_speaker(P.make(name, category, "AFR" if category != "ngo" else None))
        s.give_floor()
        clock.advance(60)
        ids.append(s.add_point("Cooperation is essential", main=True, verb=verb, subtheme=None,
                               question=None))
    if len(ids) > 1:
        s.merge_points(ids, "Cooperation is essential")
    return s


@pytest.mark.parametrize(("n", "en", "fr", "es"), [
    (1, "One speaker stressed", "Un orateur a souligné", "Un orador destacó"),
    (2, "Some speakers stressed", "Certains orateurs ont souligné", "Algunos oradores destacaron"),
    (5, "Several speakers stressed", "Plusieurs orateurs ont souligné", "Varios oradores destacaron"),
    (20, "Many speakers stressed", "De nombreux orateurs ont souligné", "Muchos oradores destacaron"),
])
def test_how_many_delegations(guide_2011, n, en, fr, es):
    s = merged_point(guide_2011, [(f"Delegation {i}", "member-state") for i in range(n)])
    for lang, expected in (("en", en), ("fr", fr), ("es", es)):
        if lang != "en":
            s.translate_point(min(s.state.points), lang, {"fr": "la coopération est essentielle",
                                                          "es": "la cooperación es esencial"}[lang])
        assert paragraphs(s, guide_2011, lang)[0].startswith(expected + " ")


@pytest.mark.parametrize(("names", "expected"), [
    ([("Ms. A", "panellist")], "A panellist stressed"),
    ([("Ms. A", "panellist"), ("Mr. B", "panellist")], "The panellists stressed"),
    ([("Ms. A", "panellist"), ("Brazil", "member-state")], "Some speakers stressed"),
    ([("Ms. A", "panellist"), ("Brazil", "member-state"), ("ECPAT", "ngo"), ("Chile", "member-state"),
      ("Mr. B", "panellist")], "Several speakers stressed"),
])
def test_panellists_and_delegations_mixed(guide_2011, names, expected):
    # everyone on the floor gives a statement here: a panellist is a panellist by category
    assert paragraphs(merged_point(guide_2011, names), guide_2011, "en")[0].startswith(expected + " ")


@pytest.mark.slow
def test_every_state_with_its_article_and_verb_agreement(guide_2011):
    verbs = {"en": ("stressed that", "stressed that"), "fr": ("a souligné qu'", "ont souligné qu'"),
             "es": ("destacó que", "destacaron que")}
    texts = {"en": "cooperation is essential", "fr": "il est essentiel", "es": "es esencial"}
    for name in STATES:
        s = merged_point(guide_2011, [(name, "member-state")])
        for lang in ("fr", "es"):
            s.translate_point(min(s.state.points), lang, texts[lang])
        for lang in ("en", "fr", "es"):
            form = STATE_FORMS[name][lang]
            singular, plural = verbs[lang]
            verb = plural if is_plural(form) else singular
            expected = rp.capital(form) + " " + verb + ("" if verb.endswith("'") else " ") + texts[lang] + "."
            assert paragraphs(s, guide_2011, lang, "named")[0] == expected, (name, lang)


def test_state_table_forms():
    assert STATE_FORMS["Brazil"] == {"en": "Brazil", "fr": "le Brésil", "es": "el Brasil"}
    assert STATE_FORMS["United States of America"]["fr"] == "les États-Unis d'Amérique"
    assert len(STATES) == 195 and set(STATES) <= set(STATE_FORMS)


@pytest.mark.parametrize(("name", "fr", "es"), [
    # UNTERM gives these two no article in French: "Cabo Verde a souligné", "de Vanuatu"
    ("Cabo Verde", "Cabo Verde", "Cabo Verde"), ("Vanuatu", "Vanuatu", "Vanuatu"),
    # the doubts of the first table, as UNTERM has them (articles, gender, number)
    ("Gambia", "la Gambie", "Gambia"), ("Bahrain", "Bahreïn", "Bahrein"),
    ("Kazakhstan", "le Kazakhstan", "Kazajstán"), ("Belarus", "le Bélarus", "Belarús"),
    ("Samoa", "le Samoa", "Samoa"), ("Palau", "les Palaos", "Palau"),
    ("Brunei Darussalam", "le Brunéi Darussalam", "Brunei Darussalam"),
])
def test_state_names_as_unterm_writes_them(name, fr, es):
    assert (STATE_FORMS[name]["fr"], STATE_FORMS[name]["es"]) == (fr, es)


def test_a_state_without_article_in_a_french_sentence(guide_2011):
    s = merged_point(guide_2011, [("Vanuatu", "member-state")])
    s.translate_point(min(s.state.points), "fr", "il est essentiel")
    assert paragraphs(s, guide_2011, "fr", "named")[0] == "Vanuatu a souligné qu'il est essentiel."


def test_french_elision_and_contraction():
    assert rp.join("a souligné que", "il faut agir", "fr") == "a souligné qu'il faut agir"
    assert rp.join("a souligné que", "hotlines are key", "fr") == "a souligné que hotlines are key"
    assert rp.join("a fait part de l'expérience de", "le Brésil", "fr").endswith("de l'expérience du Brésil")
    assert rp.join("a fait part de l'expérience de", "les États-Unis", "fr").endswith("des États-Unis")
    assert rp.join("compartió la experiencia de", "el Brasil", "es").endswith("del Brasil")
    assert rp.join("compartió la experiencia de", "El Salvador", "es").endswith("de El Salvador")
    assert rp.join_list(["Francia", "Italia"], "es") == "Francia e Italia"


def test_numbers_as_un_style_writes_them():
    assert [rp.number(n, "en") for n in (1, 9, 10, 12)] == ["one", "nine", "10", "12"]
    assert rp.number(1, "fr", feminine=True) == "une" and rp.number(1, "es", feminine=True) == "una"
    assert rp.duration(65, "en") == "one minute and five seconds"
    assert rp.duration(3600 + 420, "fr") == "une heure et sept minutes"
    assert rp.duration(7200, "es") == "dos horas"


@pytest.mark.parametrize(("seconds", "en", "fr", "es"), [
    (5320, "1 hour, 28 minutes and 40 seconds", "1 heure, 28 minutes et 40 secondes",
     "1 hora, 28 minutos y 40 segundos"),
    (4020, "one hour and seven minutes", "une heure et sept minutes", "una hora y siete minutos"),
    (3605, "one hour and five seconds", "une heure et cinq secondes", "una hora y cinco segundos"),
    (610, "10 minutes and 10 seconds", "10 minutes et 10 secondes", "10 minutos y 10 segundos"),
    (601, "10 minutes and 1 second", "10 minutes et 1 seconde", "10 minutos y 1 segundo"),
    (7260, "two hours and one minute", "deux heures et une minute", "dos horas y un minuto"),
    (0, "zero seconds", "zéro seconde", "cero segundos"),
])
def test_a_duration_is_all_words_or_all_figures(seconds, en, fr, es):
    """The UN rule for numbers in a series: the rule of the highest number applies to all parts
    ("une heure, 28 minutes et 40 secondes" mixed words and figures)."""
    assert [rp.duration(seconds, lang) for lang in ("en", "fr", "es")] == [en, fr, es]


def test_the_durations_of_one_sentence_follow_one_rule():
    assert rp.durations([65, 4020], "en") == ["one minute and five seconds", "one hour and seven minutes"]
    assert rp.durations([3545, 4020], "en") == ["59 minutes and 5 seconds", "1 hour and 7 minutes"]
    assert rp.durations([3545, 4020], "fr") == ["59 minutes et 5 secondes", "1 heure et 7 minutes"]


def test_verbs_vary_when_none_is_chosen(guide_2011):
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide_2011)
    s.add_speaker(P.make("Chile", "member-state", "GRULAC"))
    s.give_floor()
    for i in range(4):
        s.add_point(f"Point {i} matters", main=True, subtheme=None, question=None)
    starts = [p.split(" that ")[0] for p in paragraphs(s, guide_2011, "en")]
    assert len(set(starts)) == 4


def test_point_events_leave_out_keep_translate_verb_lang(guide_2011):
    s = Session(MemoryLog(), FakeClock(), guide=guide_2011)
    p = s.add_point("Un point", lang="fr", verb="called-for")
    assert s.state.points[p].lang == "fr" and s.state.points[p].verb == "called-for"
    with pytest.raises(EngineError):
        s.add_point("x", verb="shouted")
    with pytest.raises(EngineError):
        s.translate_point(p, "fr", "same language")
    s.translate_point(p, "en", "A point")
    assert s.state.points[p].text_in("en") == "A point" and s.state.points[p].text_in("es") is None
    s.leave_out(p, "  duplicate  ")
    assert s.state.points[p].left_out and s.state.points[p].reason == "duplicate"
    with pytest.raises(EngineError):
        s.leave_out(p)
    s.undo()
    assert not s.state.points[p].left_out
    s.leave_out(p)
    s.keep_point(p)
    assert not s.state.points[p].left_out
    s.edit_point(p, verb="welcomed")
    assert s.state.points[p].verb == "welcomed"


@pytest.mark.parametrize("seed", range(12))
def test_no_point_is_ever_absent_without_being_accounted_for(guide_2011, seed):
    rnd = random.Random(seed)
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide_2011)
    subs = [x.id for x in guide_2011.all_subthemes()] + [None]
    refs = [r.id for r in guide_2011.question_refs()] + [None]
    for i in range(rnd.randint(1, 25)):
        s.add_speaker(P.make(rnd.choice([*STATES, "ECPAT", "Ms. "
                                                           "Panel"]), rnd.choice(["member-state", "ngo"])))
        s.give_floor()
        clock.advance(rnd.randint(30, 400))
        p = s.add_point(f"Point {i}", main=rnd.random() < .4, conclusion=rnd.random() < .15,
                        subtheme=rnd.choice(subs), question=rnd.choice(refs),
                        lang=rnd.choice(["en", "fr", "es"]),
                        verb=rnd.choice([None, *rp.VERB_KEYS]))
        if rnd.random() < .2:
            s.leave_out(p, "reason")
        if rnd.random() < .3:
            s.translate_point(p, rnd.choice([x for x in ("en", "fr", "es") if x != s.state.points[p].lang]),
                              f"Point {i} translated")
    points = list(s.state.points)
    if len(points) > 2 and rnd.random() < .5:
        s.merge_points(points[:2])
    for lang in ("en", "fr", "es"):
        for attribution in ("unattributed", "named"):
            summary = build_summary(X, s.state, guide_2011, clock.now(), Options(lang, attribution))
            accounted = [*summary.written, *(p.id for p in summary.left_out),
                         *(p.id for p in summary.untranslated)]
            assert sorted(accounted) == sorted(s.state.points)
            for pid in summary.written:
                text = s.state.points[pid].text_in(lang)
                assert text and text.split(" ", 1)[1] in summary.markdown


# -- read as a delegate would (issue 14 item 5): organizations, Spanish titles, variation ---------

def _spoken(guide, who: list[tuple[str, str, str | None]], points: bool = True, lang: str | None = None,
            chair: str | None = None) -> tuple[Session, SessionMeta]:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    for name, category, group in who:
        s.add_speaker(P.make(name, category, group))
        s.give_floor()
        clock.advance(60)
        if points:
            p = s.add_point("Cooperation is essential", subtheme=None, question=None, verb="stressed",
                            lang=lang or "en")
            s.translate_point(p, "fr", "la coopération est essentielle")
            s.translate_point(p, "es", "la cooperación es esencial")
    s.end()
    return s, SessionMeta("x", chair=chair)


@pytest.mark.parametrize(("lang", "said", "listed"), [
    ("en", "The European Union stressed", "| European Union |"),
    ("fr", "L'Union européenne a souligné", "| Union européenne |"),
    ("es", "La Unión Europea destacó", "| Unión Europea |"),
])
def test_organizations_are_named_in_the_document_language_with_their_article(guide_2011, lang, said, listed):
    s, meta = _spoken(guide_2011, [("European Union", "igo", None)])
    md = build_summary(meta, s.state, guide_2011, s.now(), Options(lang, "named")).markdown
    assert said in md and listed in md


@pytest.mark.parametrize(("name", "fr", "es"), [
    ("United Nations Office on Drugs and Crime (UNODC)",
     "L'Office des Nations Unies contre la drogue et le crime (ONUDC) a souligné",
     "La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) destacó"),
    ("Council of Europe", "Le Conseil de l'Europe a souligné", "El Consejo de Europa destacó"),
    ("United Nations Children's Fund (UNICEF)",
     "Le Fonds des Nations Unies pour l'enfance (UNICEF) a souligné",
     "El Fondo de las Naciones Unidas para la Infancia (UNICEF) destacó"),
])
def test_organization_articles_follow_the_head_noun(guide_2011, name, fr, es):
    s, _ = _spoken(guide_2011, [(name, "igo", None)])
    assert paragraphs(s, guide_2011, "fr", "named")[0].startswith(fr)
    assert paragraphs(s, guide_2011, "es", "named")[0].startswith(es)


def test_spanish_titles_take_their_article_and_a_bracketed_state_is_translated(guide_2011):
    s, meta = _spoken(guide_2011, [("Ms. Ana Lopes", "panellist", "GRULAC"),
                                   ("Mr. Kofi Mensah", "panellist", "AFR")],
                      chair="Mr. Alfredo Chavez (Mexico)")
    s.add_panel_member(P.make("Ms. Ana Lopes", "panellist", "GRULAC"))
    es = build_summary(meta, s.state, guide_2011, s.now(), Options("es", "named")).markdown
    assert "bajo la presidencia del Sr. Alfredo Chavez (México)." in es
    assert "integrado por la Sra. Ana Lopes (Estados de América Latina y el Caribe)." in es
    assert paragraphs(s, guide_2011, "es", "named")[:2] == [
        "La Sra. Ana Lopes destacó que la cooperación es esencial.",
        "El Sr. Kofi Mensah destacó que la cooperación es esencial."]
    fr = build_summary(meta, s.state, guide_2011, s.now(), Options("fr", "named")).markdown
    assert "sous la présidence de M. Alfredo Chavez (Mexique)." in fr


def test_another_speaker_after_a_different_lone_speaker_only(guide_2011):
    s, _ = _spoken(guide_2011, [("Brazil", "member-state", "GRULAC"), ("Japan", "member-state", "APG")])
    p = s.add_point("Cooperation is essential", subtheme=None, question=None, verb="noted", by="Japan")
    s.translate_point(p, "fr", "la coopération est essentielle")
    assert [t.split(" that")[0] for t in paragraphs(s, guide_2011, "en")] == [
        "One speaker stressed", "Another speaker stressed", "The same speaker noted"]
    assert paragraphs(s, guide_2011, "fr")[1].startswith("Un autre orateur a souligné")


def _openings(texts: list[str]) -> list[str]:
    """What a paragraph opens with: its words before the reporting verb's."""
    verbs = (r"stressed|noted|emphasized|pointed out|a souligné|ont souligné|a fait|ont fait|a insisté|"
             r"ont insisté|destacó|destacaron|señaló|señalaron|hizo hincapié|hicieron hincapié|observó|"
             r"observaron")
    return [re.split(rf" (?:{verbs})\b", t, maxsplit=1)[0] for t in texts]


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["One speaker", "Another speaker", "One speaker", "Another speaker", "One speaker"]),
    ("fr", ["Un orateur", "Un autre orateur", "Un orateur", "Un autre orateur", "Un orateur"]),
    ("es", ["Un orador", "Otro orador", "Un orador", "Otro orador", "Un orador"]),
])
def test_a_run_of_lone_speakers_never_opens_alike_twice_in_a_row(guide_2011, lang, expected):
    """Five States in turn, one point each in one section: "Another speaker" four times in a row
    was the text; UN summaries go "One speaker …, Another speaker …"."""
    states = ("Brazil", "Japan", "Chile", "Egypt", "Peru")
    s, _ = _spoken(guide_2011, [(n, "member-state", "WEOG") for n in states])
    assert _openings(paragraphs(s, guide_2011, lang)) == expected


def _merged_points(guide, groups: list[list[str]]) -> Session:
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide)
    for group in groups:
        ids = []
        for name in group:
            s.add_speaker(P.make(name, "member-state", "AFR"))
            s.give_floor()
            clock.advance(60)
            ids.append(s.add_point("Cooperation is essential", subtheme=None, question=None, verb="noted"))
        p = s.merge_points(ids, "Cooperation is essential") if len(ids) > 1 else ids[0]
        s.translate_point(p, "fr", "la coopération est essentielle")
        s.translate_point(p, "es", "la cooperación es esencial")
    s.end()
    return s


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["Some speakers", "Other speakers", "Some speakers", "Several speakers", "Several other speakers",
            "Many speakers", "Many other speakers", "One speaker", "The same speaker", "One speaker"]),
    ("fr", ["Certains orateurs", "D'autres orateurs", "Certains orateurs", "Plusieurs orateurs",
            "Plusieurs autres orateurs", "De nombreux orateurs", "De nombreux autres orateurs", "Un orateur",
            "Le même orateur", "Un orateur"]),
    ("es", ["Algunos oradores", "Otros oradores", "Algunos oradores", "Varios oradores",
            "Varios otros oradores", "Muchos oradores", "Muchos otros oradores", "Un orador",
            "El mismo orador", "Un orador"]),
])
def test_other_speakers_after_some_and_the_same_speaker_again(guide_2011, lang, expected):
    names = iter(f"Delegation {n}" for n in range(100))
    groups = [[next(names) for _ in range(k)] for k in (2, 3, 2, 5, 4, 8, 7)]
    lone = next(names)
    s = _merged_points(guide_2011, [*groups, [lone], [lone], [lone]])
    assert _openings(paragraphs(s, guide_2011, lang)) == expected


@pytest.mark.parametrize("seed", range(8))
def test_no_three_paragraphs_in_a_row_open_alike(guide_2011, seed):
    rnd = random.Random(seed)
    names = [f"Delegation {n}" for n in range(6)]
    groups = [rnd.sample(names, rnd.choice([1, 1, 1, 2, 3, 5])) for _ in range(rnd.randint(3, 12))]
    s = _merged_points(guide_2011, groups)
    for lang in ("en", "fr", "es"):
        openings = _openings(paragraphs(s, guide_2011, lang))
        assert all(len(set(openings[i:i + 3])) > 1 for i in range(len(openings) - 2)), openings


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", ["The Chair concluded", "The Chair stressed", "In addition, the Chair noted",
            "The Chair concluded", "In closing, the Chair stressed"]),
    ("fr", ["La présidence a conclu", "La présidence a souligné", "En outre, la présidence a fait observer",
            "La présidence a conclu", "Pour conclure, la présidence a souligné"]),
    ("es", ["La Presidencia concluyó", "La Presidencia destacó", "Además, la Presidencia señaló",
            "La Presidencia concluyó", "Para concluir, la Presidencia destacó"]),
])
def test_the_chairs_conclusions_do_not_open_alike_three_times(guide_2011, lang, expected):
    s, meta = _spoken(guide_2011, [("Brazil", "member-state", "GRULAC")], points=False)
    for _ in range(5):
        p = s.add_point("Cooperation is essential", conclusion=True, subtheme=None, question=None)
        s.translate_point(p, "fr", "la coopération est essentielle")
        s.translate_point(p, "es", "la cooperación es esencial")
    md = build_summary(meta, s.state, guide_2011, s.now(), Options(lang)).markdown
    conclusions = [line.split("\\. ", 1)[1] for line in md.split("## III.")[1].split("## A")[0].splitlines()
                   if line[:1].isdigit()]
    assert [re.split(r" (?:that|que|qu')\b", t, maxsplit=1)[0] for t in conclusions] == expected


def test_question_references_do_not_open_alike(guide_2011):
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide_2011)
    s.add_speaker(P.make("Brazil", "member-state", "GRULAC"))
    s.give_floor()
    for ref in ("1(a)", "1(b)", "1(c)", "1(d)"):
        s.add_point("Cooperation is essential", subtheme=guide_2011.subthemes()[0].children[0].id,
                    question=guide_2011.find(ref).id)
    assert [t.split(",")[0] for t in paragraphs(s, guide_2011, "en")] == [
        "Regarding question 1 (a) of the discussion guide", "With regard to question 1 (b)",
        "On question 1 (c)", "With regard to question 1 (d)"]


@pytest.mark.parametrize(("lang", "presented", "stated"), [
    ("en", "A presentation was made by one panellist.", "A statement was made by one Member State."),
    ("fr", "Un exposé a été présenté par un intervenant.", "Une déclaration a été faite par un État membre."),
    ("es", "Hizo una exposición un panelista.", "Formuló una declaración un Estado Miembro."),
])
def test_one_speaker_in_all_is_said_in_the_singular(guide_2011, lang, presented, stated):
    clock = FakeClock()
    s = Session(MemoryLog(), clock, guide=guide_2011)
    s.add_speaker(P.make("Ms. Ana Lopes", "panellist", "GRULAC"))
    s.add_speaker(P.make("Brazil", "member-state", "GRULAC"))
    s.give_floor()
    clock.advance(60)
    s.give_floor()
    clock.advance(60)
    s.end()
    md = build_summary(X, s.state, guide_2011, clock.now(), Options(lang)).markdown
    assert presented in md and stated in md


def test_no_point_in_the_document_language_is_not_said_to_be_no_point(guide_2011):
    only_en = _spoken(guide_2011, [("Brazil", "member-state", "GRULAC")], points=False)[0]
    only_en.add_point("Cooperation is essential", lang="en", subtheme=None, question=None)
    md = build_summary(X, only_en.state, guide_2011, only_en.now(), Options("es")).markdown
    assert "No se registró ninguna cuestión." not in md
    assert "Ninguna de las cuestiones consignadas tiene todavía texto en español" in md


# -- what the Chair typed keeps its proper nouns (a point's first word after "… that") ----------

_KEEP, _LOWER = True, False


@pytest.mark.parametrize(("lang", "typed", "keeps"), [
    ("en", "Brazil's new law on grooming is a model", _KEEP),  # a speaker, possessive
    ("en", "Germany's hotline works", _KEEP),  # a State that did not speak
    ("en", "Saudi Arabia has a new law", _KEEP), ("en", "United Kingdom courts have ruled", _KEEP),
    ("en", "Côte d'Ivoire has joined the Convention", _KEEP), ("en", "Iran's courts have ruled", _KEEP),
    ("en", "Philippines' experience shows it", _KEEP),
    ("en", "UNODC should help", _KEEP), ("en", "INTERPOL's database helps", _KEEP),
    ("en", "iPhone apps are used", _KEEP), ("en", "ECPAT International runs hotlines", _KEEP),
    ("en", "European Union funding helps", _KEEP), ("en", "Council of Europe standards apply", _KEEP),
    ("en", "Internet companies must act", _KEEP),  # the guide always writes it with its capital
    ("en", "Convention parties should meet", _KEEP), ("en", "I would add one thing", _KEEP),
    ("en", "European cooperation is key", _KEEP), ("en", "Africa needs support", _KEEP),
    ("en", "Ms. Lopes's study is useful", _KEEP), ("en", "Lopes's study is useful", _KEEP),
    ("en", "Member States should act", _KEEP), ("en", "March is too late", _KEEP),
    ("en", "Long point", _LOWER), ("en", "Offenders use social networks", _LOWER),
    ("en", "The Russian Federation has a law", _LOWER), ("en", "A new law was adopted", _LOWER),
    ("en", "Children are at risk", _LOWER), ("en", "Chad-like rules are rare", _KEEP),
    ("en", "International cooperation is slow", _LOWER), ("en", "Crime prevention works", _LOWER),
    ("fr", "L'Allemagne a adopté une loi", "l'Allemagne"), ("fr", "Le Brésil a adopté une loi", _LOWER),
    ("fr", "Les États-Unis d'Amérique ont une loi", _LOWER), ("fr", "Brésil et Mexique coopèrent", _KEEP),
    ("fr", "Allemagne, France et Italie coopèrent", _KEEP), ("fr", "Internet facilite les abus", _KEEP),
    ("fr", "L'ONUDC aide les États", "l'ONUDC"), ("fr", "D'autres mesures sont nécessaires", "d'autres"),
    ("fr", "Union européenne et Conseil de l'Europe coopèrent", _KEEP), ("fr", "Mme Lopes a raison", _KEEP),
    ("fr", "Les enfants sont exposés", _LOWER), ("fr", "Europe et Afrique coopèrent", _KEEP),
    ("fr", "États membres et ONG coopèrent", _KEEP), ("fr", "Européens et Africains coopèrent", _LOWER),
    ("es", "El Brasil aprobó una ley", _LOWER), ("es", "El Salvador aprobó una ley", _KEEP),
    ("es", "Los Estados Unidos de América aprobaron una ley", _LOWER),
    ("es", "Alemania aprobó una ley", _KEEP),
    ("es", "Internet facilita los abusos", _KEEP),  # the guide has no Spanish text: its other languages
    ("es", "La Unión Europea financia", _LOWER), ("es", "Unión Europea y Consejo de Europa cooperan", _KEEP),
    ("es", "Estados Miembros deben actuar", _KEEP), ("es", "Las víctimas necesitan apoyo", _LOWER),
    ("es", "Sr. Mensah tiene razón", _KEEP), ("es", "Naciones Unidas debe actuar", _KEEP),
])
def test_a_point_keeps_the_capital_of_a_proper_noun(guide_2011, lang, typed, keeps):
    from tui.core.summary.capitals import Capitals
    from tui.core.summary.document import clause
    from tui.core.summary.names import listed

    speakers = ["Brazil", "Ms. Ana Lopes", "Mr. Kofi Mensah", "ECPAT International",
                "United Nations Office on Drugs and Crime (UNODC)"]
    capitals = Capitals.of_session(speakers, [listed(n, lang) for n in speakers], speakers[1:3], guide_2011,
                                   lang)
    if keeps is _KEEP:
        expected = typed
    elif keeps is _LOWER:
        expected = typed[0].lower() + typed[1:]
    else:
        expected = keeps + typed[len(keeps):]
    assert clause(typed, capitals) == expected + "."


@pytest.mark.parametrize(("lang", "typed", "expected"), [
    ("en", "Brazil's new law on grooming is a model",
     "It was noted that Brazil's new law on grooming is a model."),
    ("en", "Long point", "It was noted that long point."),
    ("fr", "L'Allemagne a adopté une loi", "Il a été noté que l'Allemagne a adopté une loi."),
    ("fr", "Internet facilite les abus", "Il a été noté qu'Internet facilite les abus."),
    ("es", "El Salvador aprobó una ley", "Se señaló que El Salvador aprobó una ley."),
])
def test_it_was_noted_that_keeps_what_the_chair_typed(guide_2011, lang, typed, expected):
    s, _ = _spoken(guide_2011, [("Japan", "member-state", "APG")], points=False)
    s.add_point(typed, lang=lang, subtheme=None, question=None, by=None)
    assert paragraphs(s, guide_2011, lang) == [expected]


@pytest.mark.parametrize(("panel", "fr", "en"), [
    ([("Ms. Ana Lopes", "panellist", "GRULAC"), ("Mr. Kofi Mensah", "panellist", "AFR")],
     "Les intervenants étaient Mme Ana Lopes (États d'Amérique latine et des Caraïbes) et M. Kofi Mensah "
     "(États d'Afrique).",
     "The panel was composed of Ms. Ana Lopes (Latin American and Caribbean States) and Mr. Kofi Mensah "
     "(African States)."),
    ([("Ms. Ana Lopes", "panellist", "GRULAC")],
     "L'intervenante était Mme Ana Lopes (États d'Amérique latine et des Caraïbes).",
     "The panel was composed of Ms. Ana Lopes (Latin American and Caribbean States)."),
    ([("Dr. Li Wei", "independent-expert", None)], "L'intervenant était Dr Li Wei (expert indépendant).",
     "The panel was composed of Dr. Li Wei (independent expert)."),
])
def test_the_panel_in_french_is_its_intervenants(guide_2011, panel, fr, en):
    """Decision 18/1 in French calls the panellists "intervenants" ("Les exposés liminaires des
    intervenants devraient être brefs"); "Le panel était composé de" was an anglicism."""
    s, meta = _spoken(guide_2011, [("Brazil", "member-state", "GRULAC")], points=False)
    for name, category, group in panel:
        s.add_panel_member(P.make(name, category, group))
    assert fr in build_summary(meta, s.state, guide_2011, s.now(), Options("fr")).markdown
    assert en in build_summary(meta, s.state, guide_2011, s.now(), Options("en")).markdown
