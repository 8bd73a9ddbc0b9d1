"""The Chair's summary of a thematic discussion, as Markdown laid out like a UN Chair's summary.

Every recorded point is accounted for: it is a paragraph of the document, or the Chair left it
out (`Summary.left_out`, with the reason), or it has no text in the document's language
(`Summary.untranslated`, also listed at the end of the document, as recorded). Points are grouped
under the sub-themes in guide order; inside a sub-theme the main points lead, then the others,
each in the order of the guide's sub-items and questions, then as recorded. A paragraph names its
question of the guide when it changes ("Regarding question 1 (a) of the discussion guide, …").

Everything a user typed (names, points) goes through `md_escape.escape`, so it renders as literal
text; guide texts are escaped too. Paragraphs are numbered continuously through the document, as
in UN documents, and written `12\\.` so that Markdown keeps them paragraphs, not a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from ..bank.guide import Guide
from ..debate.participants import CATEGORIES, REGIONAL_GROUPS
from ..debate.session_meta import SessionMeta
from ..debate.state import Point, State
from ..debate.stats import Figures, Stats, statistics
from ..text import reporting as rp
from ..text.catalog import date_range, tr
from ..text.durations import rounded_mmss as mmss
from ..text.md_escape import escape
from ..text.ordinals import session_words
from ..text.state_names import is_plural, running_name
from ..text.summary_texts import COUNT_NOUNS
from ..text.typography import french_spacing, split_title
from . import names
from .capitals import Capitals
from .meetings import _hhmm, meetings_annex, meetings_sentence

ATTRIBUTIONS = ("unattributed", "named")
LANGS = ("en", "fr", "es")
_END = re.compile(r"[.!?…]$")
PANEL = frozenset({"panellist", "independent-expert"})
_ES_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
              "octubre", "noviembre", "diciembre")


@dataclass(frozen=True, slots=True)
class Options:
    lang: str = "en"
    attribution: str = "unattributed"
    coverage: bool = False
    chair: str | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The Markdown, in parts (the HTML export puts its chart after the Annex II part), and the
    account of every point that is not a paragraph of it."""

    parts: tuple[str, ...]
    annex2: int  # index of the Annex II part
    statistics: Stats  # the speaking-time figures of Annex II, for the HTML export's chart
    left_out: tuple[Point, ...] = ()  # left out by the Chair (each with its reason)
    untranslated: tuple[Point, ...] = ()  # no text in the summary's language: listed at the end
    written: tuple[int, ...] = ()  # ids of the points that are paragraphs, in document order
    # The parts parsed by markdown-it, once for the HTML and the Word exports (export.part_tokens)
    parsed: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    @property
    def markdown(self) -> str:
        return "\n".join(self.parts).rstrip() + "\n"


def clause(text: str, proper: Capitals | set[str]) -> str:
    """A point as the end of "… stressed that": first letter lowered unless it starts a proper
    noun the tool knows (`capitals.Capitals`), and a full stop at the end."""
    capitals = proper if isinstance(proper, Capitals) else Capitals(proper)
    text = capitals.lower_first(" ".join(text.split()))
    return text if _END.search(text) else text + "."


def sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if _END.search(text) else text + "."


def question_ref(ref: str, lang: str) -> str:
    """"1(a)(iii)" as each language writes it in running text: "1 (a) (iii)", "1 a) iii)"."""
    if lang == "en":
        return re.sub(r"\(([^)]+)\)", r" (\1)", ref)
    return re.sub(r"\(([^)]+)\)", r" \1)", ref)


def dates_text(days: list[date], lang: str) -> tuple[str, bool]:
    """The days of the discussion as running text, and whether it is more than one day."""
    first, last = min(days), max(days)
    if lang == "es":
        def one(d: date, year: bool = True) -> str:
            return f"{d.day} de {_ES_MONTHS[d.month - 1]}" + (f" de {d.year}" if year else "")
        if first == last:
            return one(first), False
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day} al {one(last)}", True
        return f"{one(first, first.year != last.year)} al {one(last)}", True
    text = date_range(first, last, lang)
    if first != last and lang == "fr":
        text = text.replace("-", " au ", 1)
    if first != last and lang == "en":
        text = text.replace("-", " to ", 1)
    return text, first != last


class _Writer:
    def __init__(self, meta: SessionMeta, state: State, guide: Guide, now: float, options: Options):
        self.meta, self.state, self.guide, self.now, self.o = meta, state, guide, now, options
        self.lang = options.lang
        self.number = 0
        self.lines: list[str] = []
        self.parts: list[str] = []
        self.written: list[int] = []
        self.fallbacks: set[str] = set()  # languages guide texts were taken from, when not `lang`
        # the last paragraph's subject (as counted, as written) and speakers, to vary the next
        # one: "One speaker …" then "Another speaker …" (rp.vary_subject)
        self.previous_subject: tuple[str, str, tuple[str, ...]] | None = None
        self.regarding = 0  # question references written so far (the first is in full)
        self.untranslated_points = False
        self.defaults = {False: 0, True: 0}  # points written with a default verb (to vary it), by voice
        self.categories: dict[str, str] = {}
        for e in state.entries.values():
            self.categories[e.participant.name] = e.participant.category
        for m in state.panel.values():
            self.categories[m.participant.name] = m.participant.category
        for i in state.interventions:
            self.categories[i.participant.name] = i.participant.category
        presenters = {i.participant.name for i in state.interventions if i.kind == "presentation"}
        self.presenters = presenters
        # Names and words that keep their capital when they start a point.
        people = [n for n, c in self.categories.items() if c in PANEL or split_title(n, self.lang)[0]]
        forms = [names.listed(n, self.lang) for n in self.categories]
        self.proper = Capitals.of_session(self.categories, forms, people, guide, self.lang)
        self.refs = {r.id: r for r in guide.question_refs()}
        self.stats = statistics(state, now)
        self.question_rank = {r.id: n for n, r in enumerate(guide.question_refs())}
        self.sub_rank = {s.id: n for n, s in enumerate(guide.all_subthemes())}

    def t(self, key: str, **values: object) -> str:
        return tr(key, self.lang, **values)

    def g(self, text: Any) -> str:
        """A guide text in the summary's language (another one if missing, and noted), escaped."""
        found = text.get(self.lang)
        if found is None:
            return ""
        if found[1] != self.lang:
            self.fallbacks.add(found[1])
        return escape(found[0])

    def line(self, text: str = "") -> None:
        # French spacing on every line the document writes in French (md, HTML and Word all come
        # from these lines); points listed as recorded in another language keep theirs (`raw`).
        self.lines.append(french_spacing(text) if self.lang == "fr" else text)

    def block(self, text: str, raw: bool = False) -> None:
        self.lines += [text if raw or self.lang != "fr" else french_spacing(text), ""]

    def person(self, name: str, title: str | None = None, article: bool = False) -> str:
        """A person's name with its title in the document's language ("Mme Ana Lopes"; in
        Spanish running text with the title's article: "la Sra. Ana Lopes")."""
        return names.person(name, self.lang, title, article)

    def name(self, p: Any) -> str:
        """A participant as tables and lists write them: a State's short name, an organization
        in the document's language, a person titled (a function has its own column in Annex I)."""
        return names.listed(p.name, self.lang)

    def para(self, text: str) -> None:
        self.number += 1
        self.block(f"{self.number}\\. {text}")

    def cut(self) -> None:
        self.parts.append("\n".join(self.lines))
        self.lines = []

    # -- the document ----------------------------------------------------------------------------

    def write(self) -> Summary:
        m = self.guide.meta
        self.title_block()
        self.block(f"# {self.t('sum.title', theme=self.g(m.theme))}")
        points = self.state.ordered_points()
        left_out = tuple(p for p in points if p.left_out)
        untranslated = tuple(p for p in points if not p.left_out and p.text_in(self.lang) is None)
        kept = [p for p in points if not p.left_out and p.text_in(self.lang) is not None]
        self.untranslated_points = bool(untranslated)
        self.introduction()
        held = meetings_sentence(self.state, self.now, self.t,
                                 lambda n: rp.number(n, self.lang, feminine=self.lang != "en"), self.lang)
        if held:
            self.para(held)
        self.main_points([p for p in kept if not p.conclusion])
        self.conclusions([p for p in kept if p.conclusion])
        self.untranslated(untranslated)
        self.annex1()
        self.cut()
        self.annex2()
        meetings_annex(self.state, self.now, self.t, self.block, self.table, self.lang)
        self.cut()
        annex2 = len(self.parts) - 1
        if self.o.coverage:
            self.annex3()
        if self.fallbacks:
            # Said at the end, once every guide text has been looked up, not silently mixed in.
            languages = rp.join_list([self.t(f"sum.lang.{code}") for code in sorted(self.fallbacks)],
                                     self.lang)
            self.block(f"*{self.t('sum.guide_fallback', languages=languages)}*")
        self.cut()
        return Summary(tuple(self.parts), annex2, self.stats, left_out, untranslated, tuple(self.written))

    def title_block(self) -> None:
        """What stands above a UN document's title: the commission and the session (bold), the
        venue and dates, the agenda item and its title (bold); what the guide lacks is left out."""
        m = self.guide.meta
        venue = self.g(m.venue)
        when = self.dates(m.opens, m.closes)
        lines = [f"**{self.g(m.commission)}**", f"**{self.g(m.session_title)}**",
                 f"{venue}, {when}" if venue else when]
        if m.agenda_item:
            lines.append(self.t("agenda_item", number=escape(m.agenda_item)))
            lines.append(f"**{self.g(m.agenda_title)}**")
        self.block("  \n".join(line for line in lines if line.strip("*")))

    def dates(self, opens: date, closes: date) -> str:
        if self.lang != "es":
            return date_range(opens, closes, self.lang)
        return dates_text([opens, closes], "es")[0].replace(" al ", " a ")

    def contract(self, text: str) -> str:
        """Spanish "de el Sr." → "del Sr." once a name with its article is in a fixed text."""
        return names.spanish_contractions(text) if self.lang == "es" else text

    def count_phrase_one(self, phrases: list[str]) -> str | None:
        """The one phrase of `phrases` when it counts a single speaker ("one panellist")."""
        if len(phrases) != 1:
            return None
        for category in COUNT_NOUNS:
            if phrases[0] == self.count_phrase(category, 1):
                return phrases[0]
        return None

    def count_phrase(self, category: str, n: int) -> str:
        singular, plural, feminine = COUNT_NOUNS[category][self.lang]
        return f"{rp.number(n, self.lang, feminine)} {singular if n == 1 else plural}"

    def introduction(self) -> None:
        m = self.guide.meta
        self.block(f"## {self.t('sum.intro')}")
        session = self.g(m.session_title)
        session = session[:1].lower() + session[1:]
        if not session and 1 <= m.session_number < 1000:  # the title is optional, the number is not
            session = session_words(m.session_number, self.lang)
        key = "sum.mandate" if session else "sum.mandate_nosession"
        self.para(self.t(key, session=session, item=escape(m.agenda_item), theme=self.g(m.theme)))
        self.para(self.t("sum.guide", symbol=escape(m.symbol)) if m.symbol else self.t("sum.guide_nosymbol"))
        chair = self.o.chair or self.meta.chair
        chair = self.person(chair, article=True) if chair else chair
        days = sorted({datetime.fromtimestamp(i.started, UTC).date() for i in self.state.interventions})
        when, several = dates_text(days, self.lang) if days else ("", False)
        if when and chair and not several:
            self.para(self.contract(self.t("sum.held_chaired", date=when, chair=escape(chair))))
        elif when:
            held = self.t("sum.held_days" if several else "sum.held", date=when)
            chaired = self.contract(self.t("sum.chaired", chair=escape(chair))) if chair else ""
            self.para(f"{held} {chaired}" if chaired else held)
        elif chair:
            self.para(self.contract(self.t("sum.chaired", chair=escape(chair))))
        members = []
        for member in self.state.panel.values():
            p = member.participant
            who = escape(names.running(p.name, self.lang))  # "la Sra. Ana Lopes" in Spanish
            if p.category == "panellist" and p.group:
                members.append(self.t("sum.member", name=who, group=self.t(f"sum.group.{p.group}")))
            else:
                members.append(self.t("sum.expert", name=who))
        sentences = []
        if members:
            key = "sum.panel"
            if len(members) == 1:  # "L'intervenante était Mme Ana Lopes (…)."
                only = next(iter(self.state.panel.values())).participant
                title = split_title(only.title + " x" if only.title else only.name, "fr")[0]
                key = "sum.panel_one_f" if title in ("ms", "mrs", "mme", "sra") else "sum.panel_one"
            sentences.append(self.contract(self.t(key, members=rp.join_list(members, self.lang))))
        presented, stated = [], []
        for category in CATEGORIES:
            spoke = [i for i in self.state.interventions
                     if i.participant.category == category and i.kind != "point-of-order"]
            talks = {i.participant.name for i in spoke if i.kind == "presentation"}
            states = {i.participant.name for i in spoke if i.kind != "presentation"} - talks
            if talks:
                presented.append(self.count_phrase(category, len(talks)))
            if states:
                stated.append(self.count_phrase(category, len(states)))
        # One speaker in all: the sentence in the singular ("Hizo una exposición un panelista").
        if presented:
            key = "sum.presented_one" if presented == [self.count_phrase_one(presented)] else "sum.presented"
            sentences.append(self.t(key, counts=rp.join_list(presented, self.lang)))
        if stated:
            key = "sum.statements_one" if stated == [self.count_phrase_one(stated)] else "sum.statements"
            sentences.append(self.t(key, counts=rp.join_list(stated, self.lang)))
        sentences += self.under_way()
        if sentences:
            self.para(" ".join(sentences))

    def under_way(self) -> list[str]:
        """The speaker who had the floor when the summary was made: their time is counted up to
        now, and that is said (here, under Annex I and in the CSV's under_way column)."""
        out = []
        i = self.state.floor
        if i is not None:
            form = running_name(i.participant.name, self.lang)
            who = form or names.organization(i.participant.name, self.lang, True) or \
                self.person(i.participant.name, i.participant.title, article=True)
            key = "sum.under_way_plural" if form and is_plural(form) else "sum.under_way"
            out.append(escape(rp.capital(self.t(key, time=_hhmm(self.now), speaker=who))))
        return out

    # -- points ----------------------------------------------------------------------------------

    def speakers(self, p: Point) -> list[str]:
        return list(p.merged) or ([p.by] if p.by else [])

    def subject(self, p: Point) -> tuple[str, bool] | None:
        """Who (lower case, as after a lead-in) and whether the verb is plural; None if nobody."""
        speakers = self.speakers(p)
        if not speakers:
            return None
        if self.o.attribution == "named":
            forms = [names.running(n, self.lang) for n in speakers]
            plural = len(forms) > 1 or is_plural(forms[0])
            return rp.join_list(forms, self.lang), plural
        if all(self.categories.get(n) in PANEL for n in speakers):
            if len(speakers) == 1:
                key = "panellist"
            else:
                key = "the-panellists" if set(speakers) >= self.presenters else "panellists"
        else:
            key = rp.quantity(len(speakers))
        # "One speaker … Another speaker …", "Some speakers … Other speakers …", in one section.
        written = rp.vary_subject(key, tuple(speakers), self.previous_subject)
        self.previous_subject = (key, written, tuple(speakers))
        return rp.SUBJECTS[written][self.lang], len(speakers) > 1

    def verb(self, p: Point, chair: bool = False) -> str:
        if p.verb:
            return p.verb
        pool = rp.CHAIR_DEFAULT_VERBS if chair else rp.DEFAULT_VERBS
        self.defaults[chair] += 1
        return pool[(self.defaults[chair] - 1) % len(pool)]

    def report(self, p: Point, lead: str = "", who: tuple[str, bool] | None = None,
               chair: bool = False) -> str:
        """The paragraph for a point: [lead-in] subject verb complement."""
        text = p.text_in(self.lang) or p.text
        who = who or self.subject(p)
        body = clause(text, self.proper)
        if who is None:  # a point nobody in particular made: "It was noted that …"
            out = rp.join(self.t("sum.passive"), body, self.lang)
            return escape(lead + out if lead else rp.capital(out))
        subject, plural = who
        verb = self.verb(p, chair)
        head = f"{subject} {rp.verb_phrase(verb, self.lang, plural)}"
        out = rp.join(head, body, self.lang)
        return escape(lead + out if lead else rp.capital(out))

    def lead(self, p: Point, previous: str | None) -> str:
        if p.question and p.question != previous and p.question in self.refs:
            # In full the first time; then two shorter forms in turn, so that a run of paragraphs
            # on different questions does not open alike.
            key = ("sum.regarding", "sum.regarding_short", "sum.regarding_alt")[
                0 if not self.regarding else 1 + (self.regarding - 1) % 2]
            self.regarding += 1
            return self.t(key, ref=question_ref(self.refs[p.question].ref, self.lang))
        return ""

    def main_points(self, points: list[Point]) -> None:
        self.block(f"## {self.t('sum.main')}")
        tops = self.guide.subthemes()
        parent = {c.id: top.id for top in tops for c in top.children}
        sections: dict[str | None, list[Point]] = {s.id: [] for s in tops}
        order = {pid: n for n, pid in enumerate(self.state.point_order)}
        for p in points:
            key = parent.get(p.subtheme or "", p.subtheme)
            sections.setdefault(key if key in sections else None, []).append(p)
        letter = 0  # sections are lettered as they come: A, B, … (the guide's own (a) is not repeated)
        written = False
        for key, members in sections.items():
            if not members:
                continue
            members.sort(key=lambda p: (not p.main, self.sub_rank.get(p.subtheme or "", -1),
                                        self.question_rank.get(p.question or "", len(self.question_rank)),
                                        order[p.id]))
            letter += 1
            if key is not None:
                top = next(s for s in tops if s.id == key)
                title = self.g(top.title).rstrip(":;. ")
            else:
                title = self.t("sum.other_points")
            self.block(f"### {chr(64 + letter)}. {title}")
            self.previous_subject = None
            previous: str | None = None
            for p in members:
                self.para(self.report(p, self.lead(p, previous)))
                self.written.append(p.id)
                previous = p.question
                written = True
        if not written:  # nothing to report, or nothing yet in this language (listed further on)
            self.block(self.t("sum.no_main_untranslated" if self.untranslated_points else "sum.no_main"))

    def conclusions(self, points: list[Point]) -> None:
        if not points:
            return
        self.block(f"## {self.t('sum.conclusions')}")
        chair = (self.t("sum.chair_subject"), False)
        for n, p in enumerate(points):
            # "The Chair …", "The Chair …", "In addition, the Chair …", …, "In closing, the Chair …":
            # never three paragraphs in a row that open alike.
            if n == len(points) - 1 and n > 0:
                lead = self.t("sum.in_closing")
            else:
                lead = self.t("sum.in_addition") if n % 3 == 2 else ""
            self.para(self.report(p, lead, chair, chair=True))
            self.written.append(p.id)

    def untranslated(self, points: tuple[Point, ...]) -> None:
        if not points:
            return
        self.block(f"## {self.t('sum.untranslated')}")
        self.block(self.t("sum.untranslated_note"))
        for p in points:
            # The point as typed, in its language: no French spacing is put into it. Who said it
            # is the document's text: a State by its short name in the document's language.
            who = escape(", ".join(names.listed(n, self.lang) for n in self.speakers(p)))
            who = french_spacing(who) if who and self.lang == "fr" else who
            self.block(f"({p.lang}) {escape(sentence(p.text))}" + (f" — {who}" if who else ""), raw=True)

    # -- annexes ---------------------------------------------------------------------------------

    def table(self, header: list[str], rows: Iterable[list[str]], align: str) -> None:
        self.line("| " + " | ".join(header) + " |")
        self.line("|" + "|".join(":--" if a == "l" else "--:" for a in align) + "|")
        for row in rows:
            self.line("| " + " | ".join(row) + " |")
        self.line()

    def annex1(self) -> None:
        self.block(f"## {self.t('sum.annex1')}")
        done = self.state.interventions
        if not done:
            self.block(self.t("sum.nobody_spoke"))
            return
        # A title or function column only when a speaker has one: a list without is unchanged.
        titled = any(i.participant.title for i in done)
        columns = ("n", "speaker", *(("title",) if titled else ()), "category", "group", "kind", "time",
                   "limit", "overrun")
        header = [self.t(f"sum.col.{c}") for c in columns]
        rows = []
        for n, i in enumerate(done, 1):
            p = i.participant
            over = i.overrun(self.now)
            title = [escape(p.title or "")] if titled else []
            rows.append([str(n), escape(self.name(p)), *title,
                         self.t(f"sum.cat.{p.category}"),
                         self.t(f"sum.group.{p.group}") if p.group else "", self.t(f"sum.kind.{i.kind}"),
                         mmss(i.elapsed(self.now)), mmss(i.limit), mmss(over) if over else ""])
        self.table(header, rows, "llllllrrr" if titled else "lllllrrr")
        running = [n for n, i in enumerate(done, 1) if i.ended is None]
        for n in running:
            self.block(self.t("sum.under_way_row", n=n, time=_hhmm(self.now)))

    def figures_table(self, figures: dict[str, Figures], label: Any, total: Figures) -> None:
        header = ["", *(self.t(f"sum.col.{c}") for c in ("interventions", "total", "average", "overruns"))]
        rows = [[label(k), str(f.interventions), mmss(f.total), mmss(f.average), str(f.overruns)]
                for k, f in figures.items() if f.interventions]
        rows.append([f"**{self.t('sum.total')}**", str(total.interventions), mmss(total.total),
                     mmss(total.average), str(total.overruns)])
        self.table(header, rows, "lrrrr")

    def annex2(self) -> None:
        self.block(f"## {self.t('sum.annex2')}")
        st = self.stats
        if not st.total.interventions:
            self.block(self.t("sum.nobody_spoke"))
            return
        groups = dict(st.by_group)
        ungrouped = Figures("none")
        for i in self.state.interventions:
            if i.participant.group is None:
                ungrouped.add(i, self.now)
        groups["none"] = ungrouped
        self.block(f"### {self.t('sum.by_group')}")
        self.figures_table(groups, lambda k: self.t(f"sum.group.{k}") if k in REGIONAL_GROUPS
                           else self.t("sum.no_group"), st.total)
        self.block(f"### {self.t('sum.by_category')}")
        self.figures_table(st.by_category, lambda k: self.t(f"sum.cat.{k}"), st.total)
        total = st.total
        # One sentence, two durations: words or figures for both (rp.durations).
        used, allotted = rp.durations([total.total, total.allotted], self.lang)
        text = self.t("sum.time_used", used=used, allotted=allotted)
        over = rp.duration(total.overrun, self.lang)
        if total.overruns == 0:
            text += " " + self.t("sum.no_overrun")
        elif total.overruns == 1:
            text += " " + self.t("sum.one_overrun", overrun=over)
        else:
            count = rp.capital(rp.number(total.overruns, self.lang, feminine=True))
            text += " " + self.t("sum.overruns", count=count, overrun=over)
        if self.lang == "fr":  # "de une heure" -> "d'une heure" ("de huit", "de onze" do not elide)
            text = re.sub(r"\bde (?=une?\b)", "d'", text)
        self.block(text)

    def annex3(self) -> None:
        self.block(f"## {self.t('sum.annex3')}")
        counts: dict[str, int] = {}
        for p in self.state.points.values():
            if p.question and not p.left_out:
                counts[p.question] = counts.get(p.question, 0) + 1
        rows, uncovered = [], []
        for ref in self.guide.question_refs():
            if ref.option is not None:
                continue  # options belong to their question
            n = counts.get(ref.id, 0) + sum(counts.get(o.id, 0) for o in ref.question.options)
            if not n:
                uncovered.append(question_ref(ref.ref, self.lang))
                continue
            found = ref.text.get(self.lang) or ("", self.lang)
            if found[1] != self.lang:
                self.fallbacks.add(found[1])
            text = found[0]
            short = text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + " …"
            rows.append([question_ref(ref.ref, self.lang), escape(short), str(n)])
        if rows:
            self.block(self.t("sum.covered"))
            self.table([self.t("sum.col.question"), self.t("sum.col.text"), self.t("sum.col.points")],
                       rows, "llr")
        if not uncovered:
            self.block(self.t("sum.all_covered"))
        elif not rows:
            self.block(self.t("sum.none_covered"))
        else:
            key = "sum.uncovered_one" if len(uncovered) == 1 else "sum.uncovered"
            self.block(self.t(key, refs=rp.join_list(uncovered, self.lang)))


def build_summary(meta: SessionMeta, state: State, guide: Guide, now: float,
                  options: Options = Options()) -> Summary:
    if options.lang not in LANGS:
        raise ValueError(f"summary language must be one of {', '.join(LANGS)}")
    if options.attribution not in ATTRIBUTIONS:
        raise ValueError(f"attribution must be one of {', '.join(ATTRIBUTIONS)}")
    return _Writer(meta, state, guide, now, options).write()
