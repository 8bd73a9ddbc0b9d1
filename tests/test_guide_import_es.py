"""`debate guide import NOTE-es.txt --into GUIDE.yaml --lang es` with a Spanish version of the 2011
note laid out as the Spanish UN document is (tests/data/guide-2011-es.txt, translated for the
tests from the shipped French and English texts): "Nota de la Secretaría", "Resumen", "a)" and
"i)" lettering, "Viena, 11 a 15 de abril de 2011", job numbers and page numbers, a heading and a
word wrapped over two lines, a "Documentos conexos" list. It holds the metadata, the summary, the
sub-themes with their sub-items, question groups 3 and 8 with their options (question 3(g), ¶8(g),
deliberately left out), background paragraphs 14, 17 (with its footnote) and 41, and one paragraph
the guide does not have (¶42)."""

from __future__ import annotations

import difflib
import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml

from tests.test_guide_import import outline
from tui.cli import main
from tui.core.bank.importer import import_guide
from tui.core.bank.language_into import merge
from tui.core.bank.loader import load_guide
from tui.core.bank.readiness import labelled_texts

ROOT = Path(__file__).resolve().parent.parent
SHIPPED = ROOT / "questions" / "ccpcj-20-2011.yaml"
NOTE = ROOT / "tests" / "data" / "guide-2011-es.txt"

# Every Spanish text of the note, where it belongs in the guide (the start of each text).
SPANISH = [
    ("meta.commission", "Comisión de Prevención del Delito y Justicia Penal"),
    ("meta.theme", "Protección de los niños en la era digital: el uso indebido"),
    ("meta.title", "Guía para el debate temático sobre la protección de los niños"),
    ("meta.session.venue", "Viena"),
    ("meta.session.title", "20º período de sesiones"),
    ("meta.agenda_item.title", "Debate temático sobre la protección de los niños"),
    ("meta.kind", "Nota de la Secretaría"),
    ("reference ccpcj-decision-18-1", "Principios rectores de los debates temáticos"),
    ("reference ccpcj-decision-18-1 note", "Decisión 18/1 de la Comisión"),
    ("reference ecosoc-decision-2010-243", "Informe de la Comisión de Prevención del Delito"),
    ("reference ecosoc-decision-2010-243 note", "Decisión 2010/243 del Consejo"),
    ("reference ccpcj-20-draft-children-ict", "Prevención, protección y cooperación internacional"),
    ("reference ccpcj-20-draft-children-ict note", "Colombia y Filipinas: proyecto de resolución"),
    ("reference ccpcj-27-draft-trafficking-ict", "Prevención y lucha contra la trata de personas"),
    ("reference ccpcj-27-draft-trafficking-ict note", "Belarús: proyecto de resolución"),
    ("reference ga-resolution-74-174", "Lucha contra la explotación y los abusos sexuales"),
    ("reference ga-resolution-74-174 note", "Resolución 74/174 de la Asamblea General"),
    ("summary 1", "La presente nota ha sido preparada por la Secretaría"),
    ("summary 2", "La presente guía propone una serie de preguntas"),
    ("section I title", "Introducción"),
    ("section B title", "Subtemas del debate temático"),
    ("¶3", "En una reunión entre períodos de sesiones celebrada el 27 de enero de 2011"),
    ("sub-theme (a)", "Naturaleza y alcance del problema"),
    ("sub-theme (a)(i)", "Tipología de los riesgos y amenazas"),
    ("sub-theme (a)(ii)", "Tendencias y pautas mundiales"),
    ("sub-theme (a)(iii)", "Función del sector privado en las nuevas tecnologías"),
    ("sub-theme (a)(iv)", "Comprensión de las repercusiones de la ciberdelincuencia"),
    ("sub-theme (b)", "Medidas adoptadas para hacer frente al problema"),
    ("sub-theme (b)(i)", "Prevención del uso indebido de los medios digitales"),
    ("sub-theme (b)(ii)", "Fortalecimiento y armonización, cuando proceda"),
    ("sub-theme (b)(iii)", "Fortalecimiento de la cooperación regional e internacional"),
    ("sub-theme (b)(iv)", "Creación de capacidad nacional"),
    ("section II title", "Uso indebido de la tecnología para el abuso y la explotación de los niños"),
    ("section A title", "Cuestiones que se han de examinar"),
    ("group 3 title", "Preguntas sobre la función del sector privado"),
    ("¶8", "Las preguntas sobre la función que podrían desempeñar"),
    ("3(a)", "¿Qué función puede desempeñar el sector privado en la prevención"),
    ("3(a)(i)", "Prevención técnica mediante medidas de seguridad"),
    ("3(a)(ii)", "Prevención situacional mediante la definición"),
    ("3(b)", "¿Cómo puede el sector privado contribuir"),
    ("3(c)", "¿Cómo puede el sector privado ayudar a los investigadores"),
    ("3(d)", "¿Debe esa intervención basarse"),
    ("3(e)", "¿Qué función podría desempeñar el sector privado para contribuir a la preservación"),
    ("3(f)", "¿Qué función puede desempeñar el sector privado para contribuir a la localización"),
    ("group 8 title", "Preguntas sobre la creación de capacidad y la asistencia técnica"),
    ("¶13", "Las preguntas sobre la creación de capacidad"),
    ("8(a)", "¿Qué buenas prácticas deberían seguirse"),
    ("8(b)", "¿Qué prácticas y técnicas han resultado eficaces"),
    ("8(c)", "¿Cuáles son las necesidades prioritarias"),
    ("8(d)", "¿Cómo puede crearse capacidad de manera más eficaz?"),
    ("8(d)(i)", "Capacitación técnica en informática forense"),
    ("8(d)(ii)", "Capacitación jurídica para que los agentes"),
    ("8(d)(iii)", "Creación de grupos de debate"),
    ("8(e)", "¿Cómo puede la UNODC ayudar a los Estados Miembros"),
    ("section B title", "Antecedentes"),
    ("section 1 title", "Datos del problema"),
    ("¶14", "La proliferación en todo el mundo de las nuevas tecnologías"),
    ("¶17", "El desarrollo de Internet también ha dado lugar"),
    ("¶17 note 2", "Children's Charities' Coalition on Internet Safety (2010)"),
    ("section 6 title", "Cooperación internacional"),
    ("¶41", "Una idea propuesta inicialmente por el Subgrupo"),
]

# What the guide has and the note does not: the deliberate ¶8(g), and what the fixture does not
# translate (the first part of the introduction, groups 1, 2 and 4 to 7, most of the background).
MISSING = ["section I.A", "¶4", "¶5", "group 1", "group 2", "¶8(g)", "group 4", "group 5",
           "group 6", "group 7", "¶15", "¶16", "section II.B.2", "section II.B.3",
           "section II.B.4", "section II.B.5", "¶38", "¶39", "¶40"]


def spanish(path: Path) -> list[tuple[str, str]]:
    return [(where, text.values["es"]) for where, text in labelled_texts(load_guide(path))
            if "es" in text.values]


@pytest.fixture
def guide(tmp_path: Path) -> Path:
    path = tmp_path / "ccpcj-20-2011.yaml"
    shutil.copyfile(SHIPPED, path)
    return path


def test_the_spanish_note_goes_into_the_2011_guide(guide: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "import", str(NOTE), "--into", str(guide), "--lang", "es"]) == 3
    out, _ = capsys.readouterr()
    written = spanish(guide)
    assert [where for where, _ in written] == [where for where, _ in SPANISH]
    for (where, text), (_, start) in zip(written, SPANISH, strict=True):
        assert text.startswith(start), (where, text)
    # Repaired on the way: a word hyphenated over two lines, a heading wrapped over two lines.
    texts = dict(written)
    assert "las comunicaciones ha dado lugar" in texts["¶14"]
    assert texts["¶17"].endswith("todavía no se han examinado en detalle.")
    assert texts["8(d)"].endswith("Podrían examinarse las opciones siguientes:")
    # French and English as they were; the file only gained lines (comments and layout kept),
    # but for `issued: null` (test_the_spanish_issue_date_goes_into_meta_issued).
    shipped = load_guide(SHIPPED)
    merged = load_guide(guide)
    for lang in ("fr", "en"):
        assert outline(merged, lang) == outline(shipped, lang)
    before, after = SHIPPED.read_text(encoding="utf-8"), guide.read_text(encoding="utf-8")
    ops = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    assert {op for op, *_ in ops.get_opcodes()} == {"equal", "insert", "replace"}
    assert "61 texts in es" in out and "19 texts missing in the import, 1 text extra in the import" in out


def test_exactly_the_missing_and_the_extra_are_reported(guide: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "import", str(NOTE), "--into", str(guide), "--lang", "es"]) == 3
    err = [line for line in capsys.readouterr().err.splitlines() if not line.startswith("wrote ")]
    note = NOTE.read_text(encoding="utf-8").splitlines()
    extra = next(i for i, t in enumerate(note, 1) if t.startswith("42. La Secretaría"))
    assert err[0] == f"{NOTE}:{extra}: ¶42 is not in {guide} (extra in the import); not added"
    missing = [line for line in err[1:] if "(missing in the import)" in line]
    assert [line.split(": ", 1)[1].split(" has no es text")[0] for line in missing] == MISSING
    lines = SHIPPED.read_text(encoding="utf-8").splitlines()
    for line in missing:  # each FILE:LINE is the line where that entry starts in the guide
        name, number, _ = line.split(":", 2)
        assert name == str(guide) and lines[int(number) - 1].lstrip().startswith("- ")
    q8g = next(i for i, t in enumerate(lines, 1) if t.strip() == "- id: q8g")
    assert f"{guide}:{q8g}: ¶8(g) has no es text in {NOTE} (missing in the import)" in missing
    # The two related documents with neither symbol nor date are paired by their place: said.
    notes = err[1 + len(missing):]
    assert len(notes) == 2 and all(": note: reference " in n and "paired by its place" in n
                                   for n in notes), notes
    assert len(err) == 1 + len(MISSING) + 2


def test_the_spanish_header_is_read() -> None:
    draft = yaml.safe_load(import_guide(NOTE, "es", "x", gaps=True).yaml)
    meta = draft["meta"]
    assert (meta["session"]["number"], meta["session"]["opens"], meta["session"]["closes"],
            meta["issued"], meta["original_language"], meta["agenda_item"]["number"],
            meta["agenda_item"]["provisional"], meta["agenda_item"]["agenda_symbol"]) == (
        20, date(2011, 4, 11), date(2011, 4, 15), date(2011, 2, 16), "fr", "4", True,
        "E/CN.15/2011/1")
    assert meta["kind"] == {"es": "Nota de la Secretaría"}
    assert [(r.get("symbol"), r.get("date")) for r in draft["references"]] == [
        (None, None), (None, None), (None, date(2011, 4, 14)),
        ("E/CN.15/2018/L.2", date(2018, 4, 13)), ("A/RES/74/174", date(2019, 12, 18))]


def test_replace_keeps_and_reports_what_the_new_version_lacks(guide: Path, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "import", str(NOTE), "--into", str(guide), "--lang", "es"]) == 3
    text = NOTE.read_text(encoding="utf-8")
    # The next issue of the Spanish note: ¶41 lost (a page not extracted), ¶14 reworded.
    start, end = text.index("41. Una idea"), text.index("42. La Secretaría")
    text = text[:start] + text[end:]
    text = text.replace("14. La proliferación en todo el mundo", "14. La difusión en todo el mundo")
    second = tmp_path / "guide-2011-es-rev1.txt"
    second.write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert main(["guide", "import", str(second), "--into", str(guide), "--lang", "es",
                 "--replace"]) == 3
    out, err = capsys.readouterr()
    texts = dict(spanish(guide))
    assert texts["¶14"].startswith("La difusión en todo el mundo")
    assert texts["¶41"].startswith("Una idea propuesta inicialmente")  # kept, and said so:
    lines = guide.read_text(encoding="utf-8").splitlines()
    p41 = next(i for i, t in enumerate(lines, 1) if t.strip() == "- paragraph: 41")
    assert (f"{guide}:{p41}: ¶41 has no es text in {second} (missing in the import); its es "
            "text from the previous version is kept") in err.splitlines()
    assert "1 text in es kept from the previous version" in out
    # ¶42, now first of its section, is still extra, not "¶38 numbered differently".
    assert "numbering differs" not in err
    assert any(line.endswith(f"¶42 is not in {guide} (extra in the import); not added")
               for line in err.splitlines())


GUIDE = """\
schema: 1
id: g
references:
  - id: a
    symbol: A/RES/1/1
    title: {en: "First"}
  - id: b
    date: 2020-01-02
    title: {en: "Second"}
  - id: c
    symbol: E/2020/9
    title: {en: "Third"}
    note: {en: "Its note"}
"""


def test_references_pair_by_symbol_then_date_not_by_order() -> None:
    draft = """\
references:
  - id: r1
    symbol: "E/2020/9"
    title: {es: "Tercero"}
    note: {es: "Su nota"}
  - id: r2
    symbol: "A/RES/1/1"
    title: {es: "Primero"}
  - id: r3
    date: 2020-01-02
    title: {es: "Segundo"}
  - id: r4
    symbol: "A/RES/9/9"
    title: {es: "De más"}
"""
    m = merge(GUIDE, draft, [], "es", False, "g.yaml", "note.md")
    refs = yaml.safe_load(m.text)["references"]
    assert [r["title"] for r in refs] == [{"en": "First", "es": "Primero"},
                                         {"en": "Second", "es": "Segundo"},
                                         {"en": "Third", "es": "Tercero"}]
    assert refs[2]["note"] == {"en": "Its note", "es": "Su nota"}
    assert m.report == ["note.md:1: reference A/RES/9/9 is not in g.yaml (extra in the import); "
                        "not added"]


def test_references_without_symbol_or_date_pair_by_place_only_when_counts_agree() -> None:
    guide = "schema: 1\nid: g\nreferences:\n  - id: a\n    title: {en: First}\n" \
            "  - id: b\n    title: {en: Second}\n"
    one = "references:\n  - id: r1\n    title: {es: Primero}\n"
    m = merge(guide, one, [], "es", False, "g.yaml", "note.md")
    assert yaml.safe_load(m.text) == yaml.safe_load(guide)  # nothing guessed
    assert len(m.report) == 3 and m.missing == 2 and m.extra == 1
    assert m.report[0].startswith("note.md:1: related document “Primero” has neither symbol nor date")
    two = one + "  - id: r2\n    title: {es: Segundo}\n"
    m = merge(guide, two, [], "es", False, "g.yaml", "note.md")
    assert [r["title"]["es"] for r in yaml.safe_load(m.text)["references"]] == ["Primero", "Segundo"]
    assert m.report == [] and len(m.notes) == 2 and "paired by its place" in m.notes[0]


def test_the_spanish_issue_date_goes_into_meta_issued(guide: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["guide", "import", str(NOTE), "--into", str(guide), "--lang", "es"]) == 3
    out = capsys.readouterr().out
    assert "and its issue date 2011-02-16 (meta.issued.es)" in out
    meta = load_guide(guide).meta
    assert (meta.issued_on("es"), meta.issued_on("fr")) == (date(2011, 2, 16), None)
    # The one line changed rather than added: `issued: null`, the French date being unknown.
    before, after = SHIPPED.read_text(encoding="utf-8"), guide.read_text(encoding="utf-8")
    ops = difflib.SequenceMatcher(None, before.splitlines(), after.splitlines(), autojunk=False)
    replaced = [(before.splitlines()[i1:i2], after.splitlines()[j1:j2])
                for op, i1, i2, j1, j2 in ops.get_opcodes() if op == "replace"]
    assert replaced == [(["  issued: null"], ["  issued: {es: 2011-02-16}"])]
    # Only Spanish is dated: check does not take it for the whole guide's date.
    assert main(["guide", "check", str(guide)]) == 0
    assert ("✗ deadline: issued es 2011-02-16; no issue date for en, fr (meta.issued.en, "
            "meta.issued.fr; deadline 2011-03-11)") in capsys.readouterr().out


def test_an_issue_date_that_disagrees_with_the_guide_is_reported(guide: Path,
                                                                 capsys: pytest.CaptureFixture[str]) -> None:
    text = guide.read_text(encoding="utf-8").replace("  issued: null", "  issued: 2011-03-01")
    guide.write_text(text, encoding="utf-8")
    issued_at = text.splitlines().index("  issued: 2011-03-01") + 1
    date_at = NOTE.read_text(encoding="utf-8").splitlines().index(
        " " * 55 + "16 de febrero de 2011") + 1
    assert main(["guide", "import", str(NOTE), "--into", str(guide), "--lang", "es"]) == 3
    out, err = capsys.readouterr()
    assert (f"{guide}:{issued_at}: meta.issued is 2011-03-01 for every language, but {NOTE}:"
            f"{date_at} dates the es version 2011-02-16; not written: if the versions were issued "
            "on different days, give one date per language: issued: {en: 2011-03-01, fr: "
            "2011-03-01, es: 2011-02-16}") in err.splitlines()
    assert "the issue date differs from the guide's" in out and "meta.issued.es" not in out
    assert load_guide(guide).meta.issued_in == ()  # the common date as it was


DATED = """\
schema: 1
id: g
meta:
  title: {en: "Guide"}
  session:
    opens: 2020-05-01
  issued: {issued}
body:
  - paragraph: 1
    text: {en: "One."}
"""
DRAFT = """\
meta:
  title: {es: "Guía"}
  issued: 2020-02-16
body:
  - paragraph: 1
    text: {es: "Uno."}
"""




def _in_spanish(guide: str) -> str:
    return guide.replace('"Guide"}', '"Guide", es: "Guía"}').replace('"One."}', '"One.", es: "Uno."}')


@pytest.mark.parametrize(("issued", "replace", "written", "report"), [
    ("null", False, "{es: 2020-02-16}", None),
    ("{en: 2020-02-10}", False, "{en: 2020-02-10, es: 2020-02-16}", None),
    ("\n    en: 2020-02-10", False, "\n    en: 2020-02-10\n    es: 2020-02-16", None),
    ("2020-02-16", False, "2020-02-16", None),  # the common date agrees: nothing to write
    ("{en: 2020-02-10, es: 2020-02-16}", False, "{en: 2020-02-10, es: 2020-02-16}", None),
    ("{es: 2020-02-20}", False, "{es: 2020-02-20}",
     "g.yaml:7: meta.issued.es is 2020-02-20, but note.txt:3 dates the es version 2020-02-16; "
     "kept 2020-02-20 (add --replace to take the document's)"),
    ("{es: 2020-02-20}", True, "{es: 2020-02-16}",
     "g.yaml:7: meta.issued.es is 2020-02-20, but note.txt:3 dates the es version 2020-02-16; "
     "replaced (--replace)"),
    ("2020-02-20", False, "2020-02-20",
     "g.yaml:7: meta.issued is 2020-02-20 for every language, but note.txt:3 dates the es version "
     "2020-02-16; not written: if the versions were issued on different days, give one date per "
     "language: issued: {en: 2020-02-20, es: 2020-02-16}"),
])
def test_the_issue_date_of_a_language_version(issued: str, replace: bool, written: str,
                                              report: str | None) -> None:
    guide = DATED.replace("{issued}", issued)
    m = merge(guide, DRAFT, [0, 0, 3], "es", replace, "g.yaml", "note.txt")
    assert m.text == _in_spanish(DATED.replace("{issued}", written))
    assert m.report == ([report] if report else []) and m.dates_differ == (report is not None)
    assert m.added == 2


def test_an_issue_date_is_added_to_a_meta_without_one_and_refused_after_the_opening() -> None:
    guide = DATED.replace("  issued: {issued}\n", "")
    m = merge(guide, DRAFT, [], "es", False, "g.yaml", "note.txt")
    assert yaml.safe_load(m.text)["meta"]["issued"] == {"es": date(2020, 2, 16)}
    assert m.text == _in_spanish(guide.replace("    opens: 2020-05-01\n",
                                               "    opens: 2020-05-01\n  issued: {es: 2020-02-16}\n"))
    late = DRAFT.replace("2020-02-16", "2020-05-02")
    m = merge(guide, late, [0, 0, 3], "es", False, "g.yaml", "note.txt")
    assert m.text.count("issued") == 0 and m.issued is None
    assert m.report == ["note.txt:3: the es version is dated 2020-05-02, after the session opens "
                        "(2020-05-01): not written to meta.issued; is that the issue date?"]
