"""The guide as six real documents, the schema real notes need, and `debate guide renumber`."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import DATA, GUIDE_2011
from tui.cli import main
from tui.core.bank.export import emphasised, guide_markdown
from tui.core.bank.loader import load_guide, parse_guide
from tui.core.bank.readiness import report
from tui.core.text.catalog import CATALOG
from tui.core.text.dates import MONTHS, date_range, long_date
from tui.core.text.docx_writer import docx_texts
from tui.core.text.languages import LANGUAGES

SHAPE_2012 = DATA / "guides" / "shape-2012.yaml"
GUIDES = [GUIDE_2011, SHAPE_2012]
# Every fixed text the export writes (the guide's own texts come from the file).
EXPORT_KEYS = ("summary", "notes", "references", "agenda_item", "agenda_item_provisional",
               "time_limits", "untranslated", "symbol_unknown", "distribution", "original", "annex")


def _english_fragments(lang: str) -> set[str]:
    out = set(MONTHS["en"])
    for key in EXPORT_KEYS:
        own = CATALOG[key][lang]
        # A word both languages write alike ("Notes", "Original" in French) is not a leak.
        out |= {f for f in (f.strip(" :.,") for f in re.split(r"\{[^}]*\}", CATALOG[key]["en"]))
                if f not in own}
    return {f for f in out if len(re.sub(r"\W", "", f)) >= 4}


def test_the_second_guide_has_the_shape_real_notes_have():
    guide = load_guide(SHAPE_2012)
    m = guide.meta
    assert m.original_language == "en" and m.issued == date(2012, 3, 21)
    # A language the dates do not name was not issued (yet): not the latest of the others, which
    # would head the Arabic export with the Spanish date.
    assert m.issued_on("fr") == date(2012, 3, 20) and m.issued_on("ar") is None
    assert [s.label for s in guide.subthemes()] == ["1", "2", "3"]
    assert guide.subthemes()[2].children == ()
    general = guide.groups()[0]
    assert general.general and general.intro_notes[0].mark == "1"
    r = report(guide, date(2012, 4, 1))
    assert r.unserved == [] and [c.name for c in r.checks if not c.ok] == ["languages"]


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.stem)
def test_check_passes(path, capsys):
    assert main(["guide", "check", str(path), "--today", "2012-04-01"]) == 0


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.stem)
def test_no_english_fixed_text_outside_the_english_document(path):
    guide = load_guide(path)
    for lang in LANGUAGES:
        md = guide_markdown(guide, lang)
        # A text missing in `lang` is given in another language and marked (en): that is the
        # guide's content, not a fixed text, so those lines are left out of the check.
        own = "\n".join(line for line in md.splitlines() if not re.search(r"_\((en|fr|es)\)_", line))
        if lang == "en":
            assert "Distr.: General" in own and "Item" in own
            continue
        leaked = sorted(f for f in _english_fragments(lang)
                        if re.search(rf"(?<!\w){re.escape(f)}(?!\w)", own))
        assert leaked == [], f"{lang}: {leaked}"
        assert CATALOG["distribution"][lang] in own


def test_header_block_dates_and_lettering_follow_the_language():
    guide = load_guide(SHAPE_2012)
    en, es, fr = (guide_markdown(guide, lang) for lang in ("en", "es", "fr"))
    assert "E/CN.15/2012/X  \nDistr.: General  \n16 March 2012  \nOriginal: English" in en
    assert "Distr. general  \n21 de marzo de 2012  \nOriginal: inglés" in es
    assert "23 a 27 de abril de 2012" in es and "Tema 3 del programa provisional\\*" in es
    assert "\\* E/CN.15/2012/1." in es  # the agenda item's footnote
    assert "(a) What are the main forms" in en and "a) Quelles sont" in fr
    assert "Annexe I. Instruments pertinents" in fr
    assert "¹ Nations Unies, *Recueil des Traités*, vol. 2220" in fr  # a note on an opening paragraph


@pytest.mark.parametrize(("lang", "one", "span"), [
    ("en", "11 April 2011", "28 April-2 May 2011"),
    ("fr", "11 avril 2011", "28 avril-2 mai 2011"),
    ("es", "11 de abril de 2011", "28 de abril a 2 de mayo de 2011"),
    ("ru", "11 апреля 2011 года", "28 апреля-2 мая 2011 года"),
    ("zh", "2011年4月11日", "2011年4月28日至5月2日"),
    ("ar", "11 نيسان/أبريل 2011", "28 نيسان/أبريل-2 أيار/مايو 2011"),
])
def test_dates_as_each_language_writes_them(lang, one, span):
    assert long_date(date(2011, 4, 11), lang) == one
    assert date_range(date(2011, 4, 28), date(2011, 5, 2), lang) == span


def test_emphasis_is_the_only_markup_a_text_may_carry():
    assert emphasised("United Nations, *Treaty Series*, vol. 1") == "United Nations, *Treaty Series*, vol. 1"
    assert emphasised("a * b * c") == "a \\* b \\* c"
    assert emphasised("*<script>x</script>*") == "*\\<script\\>x\\</script\\>*"
    assert emphasised("2*3*4") == "2\\*3\\*4"


@pytest.mark.slow
def test_export_all_languages_in_html_and_word(tmp_path, capsys):
    out = tmp_path / "docs"
    assert main(["guide", "export", str(SHAPE_2012), "--all-languages", "-o", str(out),
                 "--format", "html"]) == 0
    assert sorted(p.name for p in out.iterdir()) == sorted(f"shape-2012.{x}.html" for x in LANGUAGES)
    ar = (out / "shape-2012.ar.html").read_text(encoding="utf-8")
    assert '<html lang="ar" dir="rtl">' in ar and "التوزيع: عام" in ar
    assert "<em>Treaty Series</em>" in (out / "shape-2012.en.html").read_text(encoding="utf-8")
    assert main(["guide", "export", str(SHAPE_2012), "--all-languages", "-o", str(out),
                 "--format", "docx"]) == 0
    fr = docx_texts((out / "shape-2012.fr.docx").read_bytes())
    assert "Distr. générale" in fr[0] and any(t.startswith("Guide de discussion") for t in fr)
    ar_docx = (out / "shape-2012.ar.docx").read_bytes()
    import io
    import zipfile

    assert b"<w:bidi/>" in zipfile.ZipFile(io.BytesIO(ar_docx)).read("word/document.xml")


def test_the_format_follows_the_file_name_or_is_refused(tmp_path, capsys):
    html = tmp_path / "guia.html"
    assert main(["guide", "export", str(SHAPE_2012), "--lang", "es", "-o", str(html)]) == 0
    assert html.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    wrong = tmp_path / "guia2.html"
    assert main(["guide", "export", str(SHAPE_2012), "--format", "md", "-o", str(wrong)]) == 1
    assert "contradicts" in capsys.readouterr().err and not wrong.exists()
    assert main(["guide", "export", str(SHAPE_2012), "-o", str(tmp_path / "g.txt")]) == 1
    assert main(["guide", "export", str(SHAPE_2012), "--format", "docx"]) == 1
    docx = tmp_path / "g.docx"
    assert main(["guide", "export", str(SHAPE_2012), "-o", str(docx)]) == 0
    assert docx.read_bytes()[:2] == b"PK"


def test_show_speaks_the_language_asked_for(capsys):
    assert main(["guide", "show", str(SHAPE_2012), "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Tema: La violencia" in out and "Período de sesiones 21" in out
    assert "Theme:" not in out and "agenda item" not in out


def test_an_old_guide_without_the_new_fields_is_still_valid(minimal_text):
    guide = parse_guide(minimal_text.encode(), "m.yaml")
    assert guide.meta.original_language is None and guide.groups()[0].intro_notes == ()


# -- renumber ---------------------------------------------------------------------------------------

def _inserted(tmp_path: Path) -> tuple[Path, str]:
    text = GUIDE_2011.read_text(encoding="utf-8")
    para = "\n              - paragraph: 20\n"
    new = para + "                text: {fr: Un paragraphe ajouté.}  # inserted by hand\n" + \
        "              - paragraph: 20\n"
    path = tmp_path / "g.yaml"
    path.write_text(text.replace(para, new, 1), encoding="utf-8")
    return path, text


def test_renumber_is_a_dry_run_by_default(tmp_path, capsys):
    path, _ = _inserted(tmp_path)
    before = path.read_bytes()
    assert main(["guide", "renumber", str(path)]) == 0
    out = capsys.readouterr().out
    assert "paragraph 20 -> 21" in out and "paragraph 41 -> 42" in out and "--write" in out
    assert path.read_bytes() == before


def test_renumber_write_keeps_comments_and_layout(tmp_path, capsys):
    path, _ = _inserted(tmp_path)
    original = path.read_text(encoding="utf-8")
    assert main(["guide", "renumber", str(path), "--write"]) == 0
    text = path.read_text(encoding="utf-8")
    assert "# inserted by hand" in text and text.startswith("# Discussion guide")
    assert load_guide(path).groups()[-1].paragraph == 13
    changed = [(a, b) for a, b in zip(original.splitlines(), text.splitlines(), strict=True) if a != b]
    assert len(changed) == 22  # paragraphs 20-41 of the background become 21-42
    assert all(re.sub(r"\d+", "N", a) == re.sub(r"\d+", "N", b) for a, b in changed)
    capsys.readouterr()
    assert main(["guide", "renumber", str(path)]) == 0
    assert "already numbered in sequence" in capsys.readouterr().out
