"""What `debate guide check` reports: counts, language coverage and the decision 18/1 checks."""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..text.languages import LANGUAGES, LangText
from .guide import Guide, Item, Note, Paragraph, QuestionGroup, Section, Subtheme


def meta_texts(guide: Guide) -> Iterator[LangText]:
    """The texts of the metadata and the references (written for the bank, not the note's body)."""
    m = guide.meta
    yield from (m.commission, m.theme, m.title, m.venue)
    yield from (t for t in (m.session_title, m.agenda_title, m.kind) if t)
    for ref in guide.references:
        yield ref.title
        if ref.note:
            yield ref.note


def texts(guide: Guide) -> Iterator[LangText]:
    """Every human-readable text of the guide (the ones a translation must cover)."""
    yield from meta_texts(guide)
    for p in guide.summary:
        yield from _paragraph_texts(p)
    for block in guide.walk():
        if isinstance(block, Section):
            yield block.title
        elif isinstance(block, Paragraph):
            yield from _paragraph_texts(block)
        elif isinstance(block, QuestionGroup):
            yield from (block.title, block.intro)
            for q in block.questions:
                yield q.text
                yield from _note_texts(q.notes)
                for o in q.options:
                    yield o.text
                    yield from _note_texts(o.notes)


def _paragraph_texts(p: Paragraph) -> Iterator[LangText]:
    yield p.text
    yield from _note_texts(p.notes)
    yield from _item_texts(p.items)
    yield from _subtheme_texts(p.subthemes)


def _item_texts(items: tuple[Item, ...]) -> Iterator[LangText]:
    for item in items:
        yield item.text
        yield from _note_texts(item.notes)
        yield from _item_texts(item.items)


def _subtheme_texts(subthemes: tuple[Subtheme, ...]) -> Iterator[LangText]:
    for s in subthemes:
        yield s.title
        yield from _subtheme_texts(s.children)


def _note_texts(notes: tuple[Note, ...]) -> Iterator[LangText]:
    return (n.text for n in notes)


def language_status(guide: Guide) -> dict[str, str]:
    """Each official language: `complete`, `partial` (with some texts) or `missing`."""
    all_texts = list(texts(guide))
    status = {}
    for lang in LANGUAGES:
        have = sum(1 for t in all_texts if t.has(lang))
        status[lang] = "complete" if have == len(all_texts) else "partial" if have else "missing"
    return status


def one_month_before(day: date) -> date:
    """The same day of the previous month (clamped to its last day): 11 April → 11 March."""
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    ok: bool
    message: str


@dataclass(frozen=True, slots=True)
class Report:
    guide: Guide
    counts: dict[str, int]
    languages: dict[str, str]
    checks: list[Check] = field(default_factory=list)

    @property
    def ready(self) -> bool:
        return all(c.ok for c in self.checks)


def counts(guide: Guide) -> dict[str, int]:
    groups = guide.groups()
    questions = [q for g in groups for q in g.questions]
    paragraphs = [b for b in guide.walk() if isinstance(b, Paragraph)]
    background = [b for s in guide.walk() if isinstance(s, Section) and s.role == "background"
                  for b in _paragraphs_under(s)]
    return {
        "subthemes": len(guide.subthemes()),
        "subtheme_items": sum(len(s.children) for s in guide.subthemes()),
        "question_groups": len(groups),
        "questions": len(questions),
        "options": sum(len(q.options) for q in questions),
        # Numbered paragraphs of the body, counting those that open a question group.
        "paragraphs": len(paragraphs) + len(groups),
        "background_paragraphs": len(background),
        "references": len(guide.references),
    }


def _paragraphs_under(section: Section) -> Iterator[Paragraph]:
    for block in section.content:
        if isinstance(block, Paragraph):
            yield block
        elif isinstance(block, Section):
            yield from _paragraphs_under(block)


def report(guide: Guide, today: date) -> Report:
    languages = language_status(guide)
    checks = []
    absent = [lang for lang, s in languages.items() if s != "complete"]
    if absent:
        detail = ", ".join(f"{lang} {languages[lang]}" for lang in absent)
        checks.append(Check("languages", False, f"not in all six official languages: {detail}"))
    else:
        checks.append(Check("languages", True, "complete in all six official languages"))
    checks.append(_deadline(guide, today))
    return Report(guide, counts(guide), languages, checks)


def _deadline(guide: Guide, today: date) -> Check:
    opens = guide.meta.opens
    deadline = one_month_before(opens)
    issued = guide.meta.issued
    if issued is not None:
        if issued <= deadline:
            return Check("deadline", True, f"issued {issued}, at least one month before the session "
                                           f"opens on {opens} (deadline {deadline})")
        late = (issued - deadline).days
        return Check("deadline", False, f"issued {issued}, {late} day(s) after the deadline {deadline} "
                                        f"(one month before the session opens on {opens})")
    if today > deadline:
        return Check("deadline", False, f"no issue date (meta.issued) and the deadline {deadline} "
                                        f"has passed")
    days = (deadline - today).days
    return Check("deadline", False, f"not yet issued (meta.issued): {days} day(s) left until the "
                                    f"deadline {deadline}")
