"""Sub-theme headings in Russian, Chinese and Arabic ("Подтема 1: …", "分专题1：…" or "分主题1：…",
"الموضوع الفرعي 1: …" or "المحور الفرعي 1: …") are read as the English "Sub-theme 1: …" is: each
heading makes its section the sub-theme, and the questions under it serve it. (The rest of such a
note's header, its dates and session in those languages, is not read yet: the draft says so.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.core.bank.guide import Section
from tui.core.bank.importer import import_guide
from tui.core.bank.loader import parse_guide

NOTE = Path(__file__).resolve().parent / "data" / "note-2016.txt"


@pytest.mark.parametrize(("lang", "first", "second"), [
    ("ru", "Подтема 1: Законодательство", "Подтема 2: Сотрудничество"),
    ("zh", "分专题1：立法和调查", "分主题2：国际合作"),
    ("ar", "الموضوع الفرعي 1: التشريع", "المحور الفرعي 2: التعاون الدولي"),
])
def test_subtheme_headings_in_russian_chinese_and_arabic(tmp_path: Path, lang: str, first: str,
                                                         second: str) -> None:
    text = NOTE.read_text(encoding="utf-8")
    text = text.replace("Sub-theme 1: Legislation and investigation", first)
    text = text.replace("Sub-theme 2: International cooperation", second)
    path = tmp_path / f"note-{lang}.txt"
    path.write_text(text, encoding="utf-8")
    result = import_guide(path, lang, "imported")
    guide = parse_guide(result.yaml.encode("utf-8"), "draft.yaml")
    sections = [b for b in guide.walk() if isinstance(b, Section) and b.subtheme is not None]
    titles = [(s.subtheme.label, s.subtheme.title.text(lang)) for s in sections]  # type: ignore[union-attr]
    assert titles == [("1", first.split("：")[-1].split(": ")[-1]),
                      ("2", second.split("：")[-1].split(": ")[-1])]
    assert [g.serves for g in guide.groups()] == [("st-1",), ("st-2",)]
