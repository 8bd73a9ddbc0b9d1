"""The discussion guide of a thematic debate, as the domain sees it once loaded and validated.

The shape follows the documents the Secretariat issues: a summary, then numbered sections holding
numbered paragraphs; one paragraph lists the sub-themes, and the "questions" part holds question
groups (each introduced by its own numbered paragraph) with lettered questions and roman options.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..text.languages import LangText
from .limits import TimeLimits


@dataclass(frozen=True, slots=True)
class Note:
    """A footnote attached to the text that carries its mark."""

    mark: str
    text: LangText


@dataclass(frozen=True, slots=True)
class Item:
    """A lettered (a, b…) or roman (i, ii…) sub-paragraph of an ordinary paragraph."""

    label: str
    text: LangText
    items: tuple[Item, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True, slots=True)
class Subtheme:
    id: str
    label: str  # "a", or "i" for a sub-item
    title: LangText
    children: tuple[Subtheme, ...] = ()
    parent: str | None = None  # label of the parent sub-theme, for references like (a)(iii)

    @property
    def ref(self) -> str:
        return f"({self.parent})({self.label})" if self.parent else f"({self.label})"


@dataclass(frozen=True, slots=True)
class Option:
    id: str
    numeral: str
    text: LangText
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True, slots=True)
class Question:
    id: str
    letter: str
    text: LangText
    options: tuple[Option, ...] = ()
    notes: tuple[Note, ...] = ()
    origin: str | None = None  # `from: ccpcj-20-2011/q12m`: the guide and question it was reused from


@dataclass(frozen=True, slots=True)
class QuestionGroup:
    id: str
    number: int
    title: LangText
    paragraph: int
    intro: LangText
    serves: tuple[str, ...]  # sub-theme ids; empty for general questions on the whole theme
    questions: tuple[Question, ...]
    intro_notes: tuple[Note, ...] = ()  # footnotes of the opening paragraph

    @property
    def general(self) -> bool:
        return not self.serves

    def cite(self, letter: str, numeral: str | None = None) -> str:
        """A question (option) as the guide commands print it: `7(m)(iv)` by the group's number,
        as notes that head their groups "7." and letter the questions; `¶6(2)(a)` by the opening
        paragraph where the note numbers its questions 1., 2. (such notes print no group number:
        "1(2)" would read as paragraph 1)."""
        base = f"¶{self.paragraph}({letter})" if letter.isdigit() else f"{self.number}({letter})"
        return base + (f"({numeral})" if numeral else "")


@dataclass(frozen=True, slots=True)
class Paragraph:
    number: int | None  # None for the unnumbered paragraphs of the summary
    text: LangText
    items: tuple[Item, ...] = ()
    subthemes: tuple[Subtheme, ...] = ()
    notes: tuple[Note, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    number: str  # "I", "A", "1", "a": as printed in the document
    title: LangText
    role: str | None  # "background" marks the background part of the guide, "annex" an annex
    content: tuple[Block, ...]
    # The sub-theme this section is, when the note gives sub-themes as headings ("A. Sub-theme 1:
    # …"); its title is then the section's title.
    subtheme: Subtheme | None = None


Block = Section | Paragraph | QuestionGroup


@dataclass(frozen=True, slots=True)
class Reference:
    """A related document: the resolutions and decisions the guide stands on or led to."""

    id: str
    symbol: str | None
    title: LangText
    date: date | None = None
    note: LangText = field(default_factory=LangText)


@dataclass(frozen=True, slots=True)
class Meta:
    commission: LangText
    session_number: int
    session_title: LangText
    opens: date
    closes: date
    venue: LangText
    agenda_item: str
    agenda_provisional: bool
    agenda_symbol: str | None
    agenda_title: LangText
    theme: LangText
    title: LangText
    symbol: str | None
    issued: date | None
    kind: LangText  # "Note by the Secretariat"
    original_language: str | None = None  # the language the note was written in
    issued_in: tuple[tuple[str, date], ...] = ()  # per-language issue dates, when they differ

    def issued_on(self, lang: str) -> date | None:
        """The date the `lang` version was issued: its own when the guide gives one per language
        (None for a language it gives none: not the latest of the others), else the common one."""
        return dict(self.issued_in).get(lang) if self.issued_in else self.issued


@dataclass(frozen=True, slots=True)
class QuestionRef:
    """Where a question or option sits: `7(m)(iv)` is group 7, question (m), option (iv)."""

    group: QuestionGroup
    question: Question
    option: Option | None = None

    @property
    def ref(self) -> str:
        base = f"{self.group.number}({self.question.letter})"
        return base + (f"({self.option.numeral})" if self.option else "")

    @property
    def cite(self) -> str:
        """`7(m)(iv)`, or `¶6(2)(a)` under a note that numbers its questions (QuestionGroup.cite)."""
        return self.group.cite(self.question.letter, self.option.numeral if self.option else None)

    @property
    def paragraph_ref(self) -> str:
        base = f"¶{self.group.paragraph}({self.question.letter})"
        return base + (f"({self.option.numeral})" if self.option else "")

    @property
    def id(self) -> str:
        return self.option.id if self.option else self.question.id

    @property
    def text(self) -> LangText:
        return self.option.text if self.option else self.question.text


# 7(m)(iv), ¶12(m)(iv); and 6(2)(a) where a note numbers its questions and letters their options.
_REF = re.compile(r"^\s*(¶|p|para\.?\s*)?\s*(\d+)\s*\(\s*([a-z]+|\d+)\s*\)(?:\s*\(\s*([a-z]+)\s*\))?\s*$")


@dataclass(frozen=True, slots=True)
class Guide:
    id: str
    meta: Meta
    references: tuple[Reference, ...]
    time_limits: TimeLimits
    summary: tuple[Paragraph, ...]
    body: tuple[Block, ...]

    def walk(self) -> Iterator[Block]:
        """Every block of the body in document order, sections before their content."""
        stack = list(reversed(self.body))
        while stack:
            block = stack.pop()
            yield block
            if isinstance(block, Section):
                stack.extend(reversed(block.content))

    def groups(self) -> list[QuestionGroup]:
        return [b for b in self.walk() if isinstance(b, QuestionGroup)]

    def subthemes(self) -> list[Subtheme]:
        out: list[Subtheme] = []
        for b in self.walk():
            if isinstance(b, Paragraph):
                out.extend(b.subthemes)
            elif isinstance(b, Section) and b.subtheme is not None:
                out.append(b.subtheme)
        return out

    def all_subthemes(self) -> list[Subtheme]:
        """Sub-themes and their sub-items, depth first."""
        out: list[Subtheme] = []
        for top in self.subthemes():
            out.append(top)
            out.extend(top.children)
        return out

    def question_refs(self) -> list[QuestionRef]:
        """Every question and option, in order, each with its reference."""
        out: list[QuestionRef] = []
        for group in self.groups():
            for q in group.questions:
                out.append(QuestionRef(group, q))
                out.extend(QuestionRef(group, q, o) for o in q.options)
        return out

    def find(self, ref: str) -> QuestionRef | None:
        """A question or option by id, by `7(m)(iv)` (group number) or by `¶12(m)(iv)` (paragraph)."""
        refs = self.question_refs()
        for r in refs:
            if r.id == ref:
                return r
        m = _REF.match(ref.lower())
        if not m:
            return None
        by_paragraph, number, letter, numeral = bool(m[1]), int(m[2]), m[3], m[4]
        for r in refs:
            where = r.group.paragraph if by_paragraph else r.group.number
            if where != number or r.question.letter != letter:
                continue
            if (r.option.numeral if r.option else None) == numeral:
                return r
        return None
