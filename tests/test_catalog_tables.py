"""One table per set of labels: every catalog key is written in exactly one texts module."""

from collections import Counter

from tui.core.text import guide_texts, label_texts, meeting_texts, refusal_texts, summary_texts, ui_texts
from tui.core.text.catalog import CATALOG
from tui.core.text.languages import LANGUAGES

TABLES = {"guide": guide_texts.GUIDE, "ui": ui_texts.UI, "labels": label_texts.LABELS,
          "summary": summary_texts.SUMMARY, "meeting": meeting_texts.MEETING,
          "refusals": refusal_texts.REFUSALS}


def test_every_key_is_written_once():
    counts = Counter(key for table in TABLES.values() for key in table)
    assert [key for key, n in counts.items() if n > 1] == []
    assert set(CATALOG) == set(counts)


def test_kinds_categories_and_groups_are_in_the_one_label_table():
    from tui.core.debate.participants import CATEGORIES, REGIONAL_GROUPS

    wanted = {f"cat.{c}" for c in CATEGORIES} | {f"group.{g}" for g in REGIONAL_GROUPS}
    assert wanted <= set(label_texts.LABELS)
    for key, entry in label_texts.LABELS.items():
        assert list(entry) == list(LANGUAGES), key  # all six languages, in UN order


def test_the_web_views_send_the_same_labels():
    from tui.web.texts import TEXTS

    for lang in LANGUAGES:
        for key, entry in label_texts.LABELS.items():
            assert TEXTS[lang][key] == entry[lang]
