"""What `debate guide check` reports: counts, language coverage and the decision 18/1 checks."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..text.durations import mmss
from ..text.languages import FALLBACK_ORDER, LANGUAGES, LangText
from .guide import Guide, Item, Note, Paragraph, QuestionGroup, Section, Subtheme
from .limits import TimeLimits
from .skeleton import is_placeholder


def labelled_meta_texts(guide: Guide) -> Iterator[tuple[str, LangText]]:
    """The texts of the metadata and the references, each with where it is in the guide."""
    m = guide.meta
    yield from (("meta.commission", m.commission), ("meta.theme", m.theme), ("meta.title", m.title),
                ("meta.session.venue", m.venue))
    yield from ((where, t) for where, t in (("meta.session.title", m.session_title),
                                           ("meta.agenda_item.title", m.agenda_title),
                                           ("meta.kind", m.kind)) if t)
    for ref in guide.references:
        yield f"reference {ref.id}", ref.title
        if ref.note:
            yield f"reference {ref.id} note", ref.note


def meta_texts(guide: Guide) -> Iterator[LangText]:
    """The texts of the metadata and the references (written for the bank, not the note's body)."""
    return (t for _, t in labelled_meta_texts(guide))


def labelled_texts(guide: Guide) -> Iterator[tuple[str, LangText]]:
    """Every human-readable text of the guide (the ones a translation must cover), with its place:
    `¶12(b)`, `7(m)(iv)`, `section II title`…"""
    yield from labelled_meta_texts(guide)
    for i, p in enumerate(guide.summary, 1):
        yield from _paragraph_texts(p, f"summary {i}")
    for block in guide.walk():
        if isinstance(block, Section) and block.subtheme is not None:
            yield from _subtheme_texts((block.subtheme,), "sub-theme ")
        elif isinstance(block, Section):
            yield f"section {block.number} title", block.title
        elif isinstance(block, Paragraph):
            yield from _paragraph_texts(block, f"¶{block.number}")
        elif isinstance(block, QuestionGroup):
            yield f"group {block.number} title", block.title
            yield f"¶{block.paragraph}", block.intro
            for q in block.questions:
                where = block.cite(q.letter)
                yield where, q.text
                yield from _note_texts(q.notes, where)
                for o in q.options:
                    yield f"{where}({o.numeral})", o.text
                    yield from _note_texts(o.notes, f"{where}({o.numeral})")


def texts(guide: Guide) -> Iterator[LangText]:
    """Every human-readable text of the guide (the ones a translation must cover)."""
    return (t for _, t in labelled_texts(guide))


def _paragraph_texts(p: Paragraph, where: str) -> Iterator[tuple[str, LangText]]:
    yield where, p.text
    yield from _note_texts(p.notes, where)
    yield from _item_texts(p.items, where)
    yield from _subtheme_texts(p.subthemes, "sub-theme ")


def _item_texts(items: tuple[Item, ...], where: str) -> Iterator[tuple[str, LangText]]:
    for item in items:
        yield f"{where}({item.label})", item.text
        yield from _note_texts(item.notes, f"{where}({item.label})")
        yield from _item_texts(item.items, f"{where}({item.label})")


def _subtheme_texts(subthemes: tuple[Subtheme, ...], where: str) -> Iterator[tuple[str, LangText]]:
    for s in subthemes:
        yield f"{where}{s.ref}", s.title
        yield from _subtheme_texts(s.children, where)


def _note_texts(notes: tuple[Note, ...], where: str) -> Iterator[tuple[str, LangText]]:
    return ((f"{where} note {n.mark}", n.text) for n in notes)


@dataclass(frozen=True, slots=True)
class Gap:
    """A text missing in one language (or only there as `new`'s English placeholder)."""

    lang: str
    where: str  # ¶12(b), 7(m)(iv), meta.theme …
    line: int
    placeholder: bool = False


@dataclass(frozen=True, slots=True)
class Twin:
    """A text identical in two languages: most likely not translated yet."""

    lang: str  # the language that seems not translated
    same_as: str
    where: str
    line: int


# Identical short texts are normal (a name, an acronym, a symbol); a sentence is not.
_TWIN_MIN_WORDS = 4


def _present(t: LangText, lang: str) -> bool:
    return t.has(lang) and not is_placeholder(t.values[lang])


def gaps(guide: Guide) -> list[Gap]:
    out = []
    for where, t in labelled_texts(guide):
        for lang in LANGUAGES:
            if not _present(t, lang):
                out.append(Gap(lang, where, t.line, placeholder=t.has(lang)))
    return out


def twins(guide: Guide) -> list[Twin]:
    """Texts identical to another language's, blamed on the language after the original (or after
    English, French… in fallback order when the guide does not say which is the original)."""
    order = _original_first(guide)
    out = []
    for where, t in labelled_texts(guide):
        seen: dict[str, str] = {}
        for lang in order:
            value = t.values.get(lang)
            if value is None or len(value.split()) < _TWIN_MIN_WORDS:
                continue
            if value in seen:
                out.append(Twin(lang, seen[value], where, t.line))
            else:
                seen[value] = lang
    return out


def _original_first(guide: Guide) -> tuple[str, ...]:
    original = getattr(guide.meta, "original_language", None)
    rest = tuple(lang for lang in FALLBACK_ORDER if lang != original)
    return ((original,) if original else ()) + rest


_SUPERSCRIPT_MARK = re.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _noted(guide: Guide) -> Iterator[tuple[str, LangText, tuple[Note, ...]]]:
    """Every text that may carry footnote marks, with the notes attached to it."""
    units: list[tuple[str, LangText, tuple[Note, ...]]] = []

    def items(where: str, its: tuple[Item, ...]) -> None:
        for it in its:
            units.append((f"{where}({it.label})", it.text, it.notes))
            items(f"{where}({it.label})", it.items)

    for i, p in enumerate(guide.summary, 1):
        units.append((f"summary {i}", p.text, p.notes))
    for block in guide.walk():
        if isinstance(block, Paragraph):
            units.append((f"¶{block.number}", block.text, block.notes))
            items(f"¶{block.number}", block.items)
        elif isinstance(block, QuestionGroup):
            units.append((f"¶{block.paragraph}", block.intro, block.intro_notes))
            for q in block.questions:
                where = block.cite(q.letter)
                units.append((where, q.text, q.notes))
                units.extend((f"{where}({o.numeral})", o.text, o.notes) for o in q.options)
    return iter(units)


def footnote_mismatches(guide: Guide) -> list[tuple[str, int, str]]:
    """(where, line, what) for a footnote mark in a text with no note of that mark, or a note
    whose mark its text does not carry, language by language (`²` in a text whose note is `3`)."""
    out = []
    for where, text, notes in _noted(guide):
        marks = {n.mark for n in notes}
        for lang, value in text:
            found = {m.translate(_FROM_SUPERSCRIPT) for m in _SUPERSCRIPT_MARK.findall(value)}
            for mark in sorted(found - marks):
                out.append((where, text.line, f"{lang} text has footnote mark {mark} but no note {mark}"))
            for mark in sorted(m for m in marks - found if m.isdigit()):
                out.append((where, text.line, f"note {mark} is not marked in the {lang} text"))
    return out


def language_status(guide: Guide) -> dict[str, str]:
    """Each official language: `complete`, `partial` (with some texts) or `missing`."""
    all_texts = list(texts(guide))
    status = {}
    for lang in LANGUAGES:
        have = sum(1 for t in all_texts if _present(t, lang))
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
    gaps: list[Gap] = field(default_factory=list)
    twins: list[Twin] = field(default_factory=list)
    unserved: list[str] = field(default_factory=list)  # sub-theme refs no question group serves

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
    found_gaps, found_twins = gaps(guide), twins(guide)
    checks = []
    absent = [lang for lang, s in languages.items() if s != "complete"]
    if absent:
        detail = ", ".join(f"{lang} {languages[lang]}" for lang in absent)
        checks.append(Check("languages", False, f"not in all six official languages: {detail}"))
    else:
        checks.append(Check("languages", True, "complete in all six official languages"))
    if found_twins:
        per: dict[tuple[str, str], int] = {}
        for twin in found_twins:
            per[twin.lang, twin.same_as] = per.get((twin.lang, twin.same_as), 0) + 1
        detail = ", ".join(f"{lang} {n} identical to {other}" for (lang, other), n in per.items())
        checks.append(Check("translations", False, f"texts identical in two languages (not "
                                                   f"translated?): {detail}"))
    mismatched = footnote_mismatches(guide)
    if mismatched:
        checks.append(Check("footnotes", False, "; ".join(f"line {line}: {where}: {what}"
                                                          for where, line, what in mismatched)))
    checks.append(_deadline(guide, today, [lang for lang, s in languages.items() if s != "missing"]))
    checks.append(_limits(guide.time_limits))
    unserved = unserved_subthemes(guide)
    if unserved:
        checks.append(Check("sub-themes", False, f"no question group serves sub-theme "
                                                 f"{', '.join(unserved)}"))
    else:
        checks.append(Check("sub-themes", True, "every sub-theme is served by a question group"))
    return Report(guide, counts(guide), languages, checks, found_gaps, found_twins, unserved)


def unserved_subthemes(guide: Guide) -> list[str]:
    """Sub-themes that no group serves, itself, through its parent or through one of its items."""
    served = {ref for g in guide.groups() for ref in g.serves}
    out = []
    for top in guide.subthemes():
        if top.id in served:
            continue
        items = [c for c in top.children if c.id not in served]
        if len(items) == len(top.children):
            out.append(top.ref)
        else:
            out.extend(c.ref for c in items)
    return out


def _limits(limits: TimeLimits) -> Check:
    above = limits.above_decision_18_1()
    if above:
        return Check("time limits", False, f"longer than decision 18/1 allows: {'; '.join(above)}")
    return Check("time limits", True, f"within decision 18/1: panellists {mmss(limits.panellist)}, "
                                      f"other speakers {mmss(limits.participant)}")


def _deadline(guide: Guide, today: date, written: list[str]) -> Check:
    """`written`: the languages the guide has texts in."""
    opens = guide.meta.opens
    deadline = one_month_before(opens)
    issued = guide.meta.issued
    dated = dict(guide.meta.issued_in)
    undated = [lang for lang in written if lang not in dated] if dated else []
    if undated:
        # One date per language, and a language with texts has none: the guide is issued when
        # its last language is, and nobody has said when that was (`import --into` dates only
        # the language it adds).
        known = ", ".join(f"{lang} {day}" for lang, day in dated.items())
        return Check("deadline", False, f"issued {known}; no issue date for "
                                        f"{', '.join(undated)} (meta.issued."
                                        f"{', meta.issued.'.join(undated)}; deadline {deadline})")
    if issued is not None and issued > today:
        # A planned date: the guide is judged as of today, when it has not been issued yet.
        plan = "in time" if issued <= deadline else f"{(issued - deadline).days} day(s) late"
        return Check("deadline", False, f"dated {issued}, not yet issued as of {today} ({plan} for "
                                        f"the deadline {deadline}, one month before {opens})")
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
