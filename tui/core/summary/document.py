"""The Chair's summary of a thematic discussion, as Markdown laid out like a UN Chair's summary.

Everything a user typed (names, points) goes through `mdtext.escape`, so it renders as literal
text; guide texts are escaped too. Paragraphs are numbered continuously through the document, as
in UN documents, and written `12\\.` so that Markdown keeps them paragraphs, not a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..bank.guide import Guide, Subtheme
from ..debate.participants import CATEGORIES, REGIONAL_GROUPS
from ..debate.session_meta import SessionMeta
from ..debate.state import Point, State
from ..debate.stats import Figures, Stats, statistics
from ..text.catalog import date_range, tr, tr_n
from ..text.durations import mmss
from ..text.md_escape import escape

ATTRIBUTIONS = ("unattributed", "named")
LANGS = ("en", "fr")
_VOWEL = re.compile(r"^[aeiouyhàâäéèêëîïôöûüœæ]", re.IGNORECASE)
_END = re.compile(r"[.!?…]$")
# Words that keep their capital at the start of a point, besides the names of the speakers.
ALWAYS_CAPITAL = frozenset({"Internet", "United", "Member", "States", "Governments", "I"})


@dataclass(frozen=True, slots=True)
class Options:
    lang: str = "en"
    attribution: str = "unattributed"
    coverage: bool = False
    chair: str | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The Markdown, in parts: the HTML export puts its chart after the Annex II part."""

    parts: tuple[str, ...]
    annex2: int  # index of the Annex II part
    left_out: int  # points not marked as main points or conclusions
    statistics: Stats  # the speaking-time figures of Annex II, for the HTML export's chart

    @property
    def markdown(self) -> str:
        return "\n".join(self.parts).rstrip() + "\n"


def clause(text: str, proper: set[str]) -> str:
    """A point as the end of "… stressed that": first letter lowered unless it starts a name or
    an acronym, and a full stop at the end."""
    text = " ".join(text.split())
    first = text.split(" ", 1)[0]
    core = re.sub(r"(['’]s)?[,;:.]*$", "", first)
    if (len(first) > 1 and first[0].isupper() and first[1:].replace("'", "").replace("’", "").islower()
            and core not in proper and core not in ALWAYS_CAPITAL):
        text = text[0].lower() + text[1:]
    return text if _END.search(text) else text + "."


def sentence(text: str) -> str:
    text = " ".join(text.split())
    return text if _END.search(text) else text + "."


def join_names(names: list[str], lang: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {tr('sum.and', lang)} " + names[-1]


class _Writer:
    def __init__(self, meta: SessionMeta, state: State, guide: Guide, now: float, options: Options):
        self.meta, self.state, self.guide, self.now, self.o = meta, state, guide, now, options
        self.lang = options.lang
        self.number = 0
        self.lines: list[str] = []
        self.parts: list[str] = []
        # Names that must keep their capital when they start a point.
        self.proper = {i.participant.name for i in state.interventions} | {
            e.participant.name for e in state.entries.values()}
        self.refs = {r.id: r for r in guide.question_refs()}
        self.stats = statistics(state, now)

    def t(self, key: str, **values: object) -> str:
        return tr(key, self.lang, **values)

    def g(self, text: Any) -> str:
        """A guide text in the summary's language (another one if missing), escaped."""
        return escape(text.text(self.lang))

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def block(self, text: str) -> None:
        self.lines += [text, ""]

    def para(self, text: str) -> None:
        self.number += 1
        self.block(f"{self.number}\\. {text}")

    def cut(self) -> None:
        self.parts.append("\n".join(self.lines))
        self.lines = []

    # -- the document ----------------------------------------------------------------------------

    def write(self) -> Summary:
        m = self.guide.meta
        self.block(f"# {self.t('sum.title', theme=self.g(m.theme))}")
        self.block(f"{self.g(m.commission)}  \n{self.g(m.session_title)}  \n"
                   f"{self.g(m.venue)}, {date_range(m.opens, m.closes, self.lang)}")
        self.introduction()
        left_out = self.main_points()
        self.conclusions()
        self.annex1()
        self.cut()
        self.annex2()
        self.cut()
        annex2 = len(self.parts) - 1
        if self.o.coverage:
            self.annex3()
        self.cut()
        return Summary(tuple(self.parts), annex2, left_out, self.stats)

    def introduction(self) -> None:
        m = self.guide.meta
        self.block(f"## {self.t('sum.intro')}")
        session = m.session_title.text(self.lang)
        session = session[:1].lower() + session[1:]
        self.para(self.t("sum.mandate", session=escape(session), item=escape(m.agenda_item),
                         theme=self.g(m.theme)))
        symbol = escape(m.symbol) if m.symbol else tr("symbol_unknown", self.lang)
        self.para(self.t("sum.guide", title=self.g(m.title), symbol=symbol))
        chair = self.o.chair or self.meta.chair
        self.para(self.t("sum.chair", chair=escape(chair)) if chair else self.t("sum.chair_unknown"))
        members = []
        for member in self.state.panel.values():
            p = member.participant
            if p.category == "panellist" and p.group:
                members.append(self.t("sum.member", name=escape(p.name), group=self.t(f"group.{p.group}")))
            else:
                members.append(self.t("sum.expert", name=escape(p.name)))
        self.para(self.t("sum.panel", members=join_names(members, self.lang)) if members
                  else self.t("sum.no_panel"))
        counts = []
        for category in CATEGORIES:
            names = {i.participant.name for i in self.state.interventions
                     if i.participant.category == category and i.kind != "point-of-order"}
            if names:
                singular, plural = self.t(f"sum.count.{category}", n=len(names)).split("|")
                counts.append(singular if len(names) == 1 else plural)
        self.para(self.t("sum.took_floor", counts=join_names(counts, self.lang)) if counts
                  else self.t("sum.nobody_spoke"))

    def point_text(self, p: Point) -> str:
        text = p.text
        if p.question and p.question in self.refs:
            where = self.t("sum.question", ref=self.refs[p.question].ref)
            text = _END.sub("", " ".join(text.split())) + f" ({where})"
        speakers = list(p.merged) or ([p.by] if p.by else [])
        if not speakers:
            return escape(sentence(text))
        body = clause(text, self.proper)
        vowel = "_vowel" if _VOWEL.match(body) else ""
        if self.o.attribution == "named":
            key = "sum.named_several" if len(speakers) > 1 else "sum.named"
            who = join_names([escape(s) for s in speakers], self.lang)
            return self.t(key + vowel, who=who, text=escape(body))
        if len(speakers) > 1:
            return self.t("sum.several" + vowel, count=len(speakers), text=escape(body))
        return self.t("sum.one" + vowel, text=escape(body))

    def main_points(self) -> int:
        self.block(f"## {self.t('sum.main')}")
        parent = {c.id: top.id for top in self.guide.subthemes() for c in top.children}
        by_top: dict[str | None, list[Point]] = {s.id: [] for s in self.guide.subthemes()}
        left_out = 0
        for p in self.state.ordered_points():
            if not p.main or p.conclusion:
                left_out += not p.main and not p.conclusion
                continue
            key = parent.get(p.subtheme or "", p.subtheme)
            by_top.setdefault(key if key in by_top else None, []).append(p)
        tops: dict[str, Subtheme] = {s.id: s for s in self.guide.subthemes()}
        letter = 0
        written = False
        for key, points in by_top.items():
            if not points:
                continue
            letter += 1
            title = (f"{tops[key].ref} {self.g(tops[key].title).rstrip(':;. ')}" if key in tops
                     else self.t("sum.other_points"))
            self.block(f"### {chr(64 + letter)}. {title}")
            for p in points:
                self.para(self.point_text(p))
                written = True
        if not written:
            self.block(self.t("sum.no_main"))
        return left_out

    def conclusions(self) -> None:
        points = [p for p in self.state.ordered_points() if p.conclusion]
        if not points:
            return
        self.block(f"## {self.t('sum.conclusions')}")
        for p in points:
            self.para(self.point_text(p))

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
        header = [self.t(f"sum.col.{c}") for c in ("n", "speaker", "category", "group", "kind", "time",
                                                    "limit", "overrun")]
        rows = []
        for n, i in enumerate(done, 1):
            p = i.participant
            over = i.overrun(self.now)
            rows.append([str(n), escape(p.name), self.t(f"cat.{p.category}"),
                         self.t(f"group.{p.group}") if p.group else "", self.t(f"kind.{i.kind}"),
                         mmss(i.elapsed(self.now)), mmss(i.limit), mmss(over) if over else ""])
        self.table(header, rows, "lllllrrr")

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
        self.figures_table(groups, lambda k: self.t(f"group.{k}") if k in REGIONAL_GROUPS
                           else self.t("sum.no_group"), st.total)
        self.block(f"### {self.t('sum.by_category')}")
        self.figures_table(st.by_category, lambda k: self.t(f"cat.{k}"), st.total)
        self.block(self.t("sum.used_allotted", used=mmss(st.total.total), allotted=mmss(st.total.allotted),
                          overruns=tr_n("sum.overruns", self.lang, st.total.overruns),
                          overrun=mmss(st.total.overrun)))

    def annex3(self) -> None:
        self.block(f"## {self.t('sum.annex3')}")
        counts: dict[str, int] = {}
        for p in self.state.points.values():
            if p.question:
                counts[p.question] = counts.get(p.question, 0) + 1
        rows, uncovered = [], []
        for ref in self.guide.question_refs():
            if ref.option is not None:
                continue  # options belong to their question
            n = counts.get(ref.id, 0) + sum(counts.get(o.id, 0) for o in ref.question.options)
            text = ref.text.text(self.lang)
            short = text if len(text) <= 90 else text[:89].rsplit(" ", 1)[0] + " …"
            rows.append([ref.ref, escape(short), str(n) if n else "—"])
            if not n:
                uncovered.append(ref.ref)
        self.table([self.t("sum.col.question"), "", self.t("sum.col.points")], rows, "llr")
        self.block(self.t("sum.uncovered", refs=", ".join(uncovered)) if uncovered
                   else self.t("sum.all_covered"))


def build_summary(meta: SessionMeta, state: State, guide: Guide, now: float,
                  options: Options = Options()) -> Summary:
    if options.lang not in LANGS:
        raise ValueError(f"summary language must be one of {', '.join(LANGS)}")
    if options.attribution not in ATTRIBUTIONS:
        raise ValueError(f"attribution must be one of {', '.join(ATTRIBUTIONS)}")
    return _Writer(meta, state, guide, now, options).write()

