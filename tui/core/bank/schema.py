"""From strict YAML nodes to a validated `Guide`, collecting every problem with its position.

The schema is documented, with an annotated example, in `questions/README.md`.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterator
from datetime import date
from typing import TypeVar

from ..text.durations import DurationError, parse_duration
from ..text.languages import LANGUAGES, LangText
from ..text.numbering import sequence
from ..text.problems import Problems
from .guide import (
    Block,
    Guide,
    Item,
    Meta,
    Note,
    Option,
    Paragraph,
    Question,
    QuestionGroup,
    Reference,
    Section,
    Subtheme,
)
from .limits import TimeLimits
from .yaml_reader import ALIAS, BOOL, INT, NULL, STR, TIMESTAMP, Node, quoted

SCHEMA_VERSION = 1
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")
_ORIGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}/[a-z0-9][a-z0-9._-]{0,63}$")
_LONGEST_LIMIT = 3600  # no speaker is given more than an hour in a guide
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
T = TypeVar("T")


class _Reader:
    def __init__(self, problems: Problems) -> None:
        self.p = problems
        self.ids: dict[str, int] = {}  # id -> line where first defined

    def err(self, node: Node, where: str, message: str) -> None:
        if node.tag == ALIAS:
            return
        self.p.add(node.line, node.column, f"{where}: {message}" if where else message)

    # -- structure ---------------------------------------------------------------------------

    def mapping(self, node: Node, where: str, required: tuple[str, ...],
                optional: tuple[str, ...] = ()) -> dict[str, Node] | None:
        if node.kind != "map":
            self.err(node, where, f"expected a mapping, found {node.describe()}")
            return None
        fields: dict[str, Node] = {}
        allowed = required + optional
        duplicated = False
        for key, value in node.value:
            name = key.value if key.kind == "scalar" else None
            if name is None or key.tag not in (STR,):
                self.err(key, where, f"keys must be field names, found {key.describe()}")
                continue
            if name in fields or (duplicated and name in allowed):
                # Only the first duplicate is reported: the keys after it usually repeat for the
                # same reason (a forgotten `- ` merges two list entries into one).
                if not duplicated:
                    first = node.value[0][0]
                    dash = (f": a new entry of a list starts with '- '; is a '- ' missing before "
                            f"'{name}:'?" if first.value == name else "")
                    self.err(key, where, f"duplicate key '{name}' (first at line "
                                         f"{fields[name].line}){dash}")
                duplicated = True
                continue
            if name not in allowed:
                hint = difflib.get_close_matches(name, allowed, n=1)
                extra = f" (did you mean '{hint[0]}'?)" if hint else f" (allowed: {', '.join(allowed)})"
                self.err(key, where, f"unknown field '{name}'{extra}")
                continue
            fields[name] = value
        for name in required:
            if name not in fields:
                self.err(node, where, f"missing required field '{name}'")
        return fields

    def seq(self, node: Node | None, where: str) -> list[Node]:
        if node is None or (node.kind == "scalar" and node.tag == NULL):
            return []
        if node.kind != "seq":
            self.err(node, where, f"expected a list, found {node.describe()}")
            return []
        items: list[Node] = node.value
        return items

    # -- scalars -----------------------------------------------------------------------------

    def _scalar(self, node: Node, where: str, expected: str) -> bool:
        if node.kind != "scalar":
            self.err(node, where, f"expected {expected}, found {node.describe()}")
            return False
        return True

    def text(self, node: Node | None, where: str, allow_null: bool = False) -> str | None:
        if node is None:
            return None
        if not self._scalar(node, where, "a text"):
            return None
        if node.tag == NULL and (allow_null or not node.plain or node.value == ""):
            if not allow_null:
                self._empty(node, where)
            return None
        if node.tag != STR:
            # YAML 1.1 reads unquoted NO, yes, on, 1:30, 0777, 1e3 … as other types.
            self.err(node, where, f"unquoted {node.value!r} is read by YAML as {node.describe()}; "
                                  f"put it in quotes: \"{node.value}\"")
            return None
        if _CONTROL.search(node.value):
            self.err(node, where, "control characters are not allowed in text")
            return None
        text: str = node.value
        return text.strip()

    def _empty(self, node: Node, where: str) -> None:
        self.err(node, where, "must not be empty")

    def required_text(self, node: Node | None, where: str) -> str | None:
        value = self.text(node, where)
        if value == "" and node is not None:
            self._empty(node, where)
            return None
        return value

    def label(self, node: Node | None, where: str) -> str | None:
        """A printed label such as a section or agenda item number: text, or a plain whole number."""
        if node is not None and node.kind == "scalar" and node.tag == INT and node.plain \
                and re.fullmatch(r"[1-9][0-9]{0,3}", node.value):
            return str(node.value)
        return self.required_text(node, where)

    def ident(self, node: Node | None, where: str) -> str | None:
        value = self.required_text(node, where)
        if value is None or node is None:
            return None
        if not ID_PATTERN.match(value):
            self.err(node, where, f"id {value!r} must be lowercase letters, digits, '.', '-' or '_'")
            return None
        if value in self.ids:
            self.err(node, where, f"id {value!r} is already used at line {self.ids[value]}")
            return None
        self.ids[value] = node.line
        return value

    def integer(self, node: Node | None, where: str, minimum: int = 1) -> int | None:
        if node is None or not self._scalar(node, where, "a whole number"):
            return None
        if node.tag != INT or not node.plain or not re.fullmatch(r"[0-9]+", node.value):
            self.err(node, where, f"expected a whole number, found {node.value!r}")
            return None
        value = int(node.value)
        if value < minimum:
            self.err(node, where, f"must be at least {minimum}")
            return None
        return value

    def boolean(self, node: Node | None, where: str) -> bool | None:
        if node is None or not self._scalar(node, where, "true or false"):
            return None
        if node.tag != BOOL or node.value not in ("true", "false"):
            self.err(node, where, f"expected true or false, found {node.value!r}")
            return None
        return bool(node.value == "true")

    def date(self, node: Node | None, where: str) -> date | None:
        if node is None or not self._scalar(node, where, "a date"):
            return None
        if node.tag == NULL:
            return None
        if node.tag not in (TIMESTAMP, STR):
            self.err(node, where, f"expected a date YYYY-MM-DD, found {node.value!r}")
            return None
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", node.value):
                raise ValueError
            return date.fromisoformat(node.value)
        except ValueError:
            self.err(node, where, f"expected a date YYYY-MM-DD, found {node.value!r}")
            return None

    def duration(self, node: Node | None, where: str, default: int) -> int:
        if node is None or not self._scalar(node, where, "a duration"):
            return default
        if node.tag != STR:
            self.err(node, where, f"unquoted {node.value!r} is read by YAML as {node.describe()}; "
                                  f"write the duration in quotes as minutes:seconds, e.g. \"10:00\"")
            return default
        try:
            return parse_duration(node.value, longest=_LONGEST_LIMIT)
        except DurationError:
            # Said as the guide writes it (minutes:seconds, "60:00"), not as mmss shows an hour.
            longest = f"{_LONGEST_LIMIT // 60}:{_LONGEST_LIMIT % 60:02d}"
            self.err(node, where, f"expected minutes:seconds between \"0:01\" and "
                                  f"\"{longest}\", found {node.value!r}")
            return default

    def lang_text(self, node: Node | None, where: str, required: bool = True) -> LangText:
        if node is None:
            return LangText()
        before = len(self.p.items)
        fields = self.mapping(node, where, (), LANGUAGES)
        if fields is None:
            return LangText()
        values = {}
        for lang in LANGUAGES:
            if lang in fields:
                comment = fields[lang].comment
                if comment is not None:
                    line, column, whole = comment
                    self.p.add(line, column, f"{where}.{lang}: the text is cut at ' #' (YAML reads "
                                             f"the rest as a comment); put the whole text in quotes: "
                                             f"{lang}: {quoted(whole)}")
                    continue
                value = self.text(fields[lang], f"{where}.{lang}", allow_null=True)
                if value:
                    values[lang] = value
        # A text already reported as invalid needs no second "no text" message.
        reported = len(self.p.items) > before or any(v.tag == ALIAS for v in fields.values())
        if required and not values and not reported:
            self.err(node, where, "no text in any language (give at least one of "
                                  f"{', '.join(LANGUAGES)})")
        return LangText(values, node.line)

    def labels(self, nodes: list[tuple[Node, str | None]], where: str, what: str,
               styles: tuple[str, ...]) -> None:
        """Check that labels run in sequence (a, b, c … or i, ii, iii …) from the first one."""
        if not nodes:
            return
        first = nodes[0][1]
        if first is None:
            return
        if first not in styles:
            self.err(nodes[0][0], where, f"the first {what} must be {' or '.join(map(repr, styles))}, "
                                         f"found {first!r}")
            return
        for (node, label), expected in zip(nodes, sequence(first), strict=False):
            if label is not None and label != expected:
                self.err(node, where, f"{what} {label!r} is out of sequence: expected {expected!r}")
                return


# -- the guide ---------------------------------------------------------------------------------


class _GuideReader(_Reader):
    def __init__(self, problems: Problems) -> None:
        super().__init__(problems)
        # After a number out of sequence, either the rest follows it (an insertion) or the rest
        # follows the expected one (a typo): both are accepted so one mistake gives one message.
        self.next_paragraph: tuple[int, ...] = (1,)
        self.next_group: tuple[int, ...] = (1,)
        self.serves: list[tuple[Node, str, str]] = []  # (node, where, sub-theme id) to resolve
        # Sub-themes given as section headings run 1, 2, 3… (or a, b…) through the document.
        self.section_subtheme_labels: list[tuple[Node, str | None]] = []

    def guide(self, root: Node) -> Guide | None:
        top = self.mapping(root, "", ("schema", "id", "meta", "body"),
                           ("references", "time_limits", "summary"))
        if top is None:
            return None
        if "schema" in top:
            version = self.integer(top["schema"], "schema")
            if version is not None and version != SCHEMA_VERSION:
                self.err(top["schema"], "schema", f"unsupported schema version {version} "
                                                  f"(this tool reads version {SCHEMA_VERSION})")
        guide_id = self.ident(top.get("id"), "id")
        meta = self.meta(top["meta"]) if "meta" in top else None
        references = tuple(self.each(top.get("references"), "references", self.reference))
        limits = self.time_limits(top.get("time_limits"))
        summary = tuple(self.each(top.get("summary"), "summary", self.summary_paragraph))
        body = tuple(self.blocks(top["body"], "body")) if "body" in top else ()
        self.labels(self.section_subtheme_labels, "body", "sub-theme label", ("a", "1", "A"))
        known = {s.id for b in body for s in _subthemes_in(b)}
        for node, where, ref in self.serves:
            if ref not in known:
                hint = ", ".join(sorted(known)) or "none defined"
                self.err(node, where, f"unknown sub-theme {ref!r} (known: {hint})")
        if not any(isinstance(b, QuestionGroup) for b in _walk(body)) and "body" in top:
            self.err(top["body"], "body", "the guide has no question group")
        if self.p or meta is None or guide_id is None:
            return None
        return Guide(guide_id, meta, references, limits, summary, body)

    def each(self, node: Node | None, where: str, read: Callable[[Node, str], T | None]) -> Iterator[T]:
        for i, child in enumerate(self.seq(node, where), 1):
            value = read(child, f"{where}[{i}]")
            if value is not None:
                yield value

    def meta(self, node: Node) -> Meta | None:
        f = self.mapping(node, "meta", ("commission", "session", "agenda_item", "theme", "title"),
                         ("symbol", "issued", "kind", "original_language"))
        if f is None:
            return None
        s = self.mapping(f["session"], "meta.session", ("number", "opens", "closes", "venue"),
                         ("title",)) if "session" in f else None
        a = self.mapping(f["agenda_item"], "meta.agenda_item", ("number",),
                         ("provisional", "agenda_symbol", "title")) if "agenda_item" in f else None
        commission = self.lang_text(f.get("commission"), "meta.commission")
        theme = self.lang_text(f.get("theme"), "meta.theme")
        title = self.lang_text(f.get("title"), "meta.title")
        kind = self.lang_text(f.get("kind"), "meta.kind", required=False)
        symbol = self.text(f.get("symbol"), "meta.symbol", allow_null=True)
        issued, issued_in = self.issued(f.get("issued"))
        original = self.text(f.get("original_language"), "meta.original_language", allow_null=True)
        if original is not None and original not in LANGUAGES:
            self.err(f["original_language"], "meta.original_language",
                     f"unknown language {original!r} (one of {', '.join(LANGUAGES)})")
            original = None
        if s is None or a is None:
            return None
        number = self.integer(s.get("number"), "meta.session.number")
        opens = self.date(s.get("opens"), "meta.session.opens")
        closes = self.date(s.get("closes"), "meta.session.closes")
        venue = self.lang_text(s.get("venue"), "meta.session.venue")
        session_title = self.lang_text(s.get("title"), "meta.session.title", required=False)
        if opens and closes and closes < opens:
            self.err(s["closes"], "meta.session.closes", f"the session closes ({closes}) "
                                                         f"before it opens ({opens})")
        if opens and issued and issued > opens:
            self.err(f["issued"], "meta.issued", f"the guide is dated {issued}, after the session "
                                                 f"opens ({opens})")
        agenda = self.label(a.get("number"), "meta.agenda_item.number")
        provisional = self.boolean(a.get("provisional"), "meta.agenda_item.provisional") or False
        agenda_symbol = self.text(a.get("agenda_symbol"), "meta.agenda_item.agenda_symbol",
                                  allow_null=True)
        agenda_title = self.lang_text(a.get("title"), "meta.agenda_item.title", required=False)
        if number is None or opens is None or closes is None or agenda is None:
            return None
        return Meta(commission, number, session_title, opens, closes, venue, agenda, provisional,
                    agenda_symbol or None, agenda_title, theme, title, symbol or None, issued, kind,
                    original or None, issued_in)

    def issued(self, node: Node | None) -> tuple[date | None, tuple[tuple[str, date], ...]]:
        """`issued: 2011-03-01`, or one date per language `{en: 2011-03-01, fr: 2011-03-04}`; the
        guide counts as issued when its last language is."""
        if node is None or node.kind != "map":
            return self.date(node, "meta.issued"), ()
        fields = self.mapping(node, "meta.issued", (), LANGUAGES) or {}
        dates = tuple((lang, d) for lang in LANGUAGES if lang in fields
                      for d in [self.date(fields[lang], f"meta.issued.{lang}")] if d is not None)
        return (max(d for _, d in dates) if dates else None), dates

    def reference(self, node: Node, where: str) -> Reference | None:
        f = self.mapping(node, where, ("id", "title"), ("symbol", "date", "note"))
        if f is None:
            return None
        ref_id = self.ident(f.get("id"), f"{where}.id")
        title = self.lang_text(f.get("title"), f"{where}.title")
        symbol = self.text(f.get("symbol"), f"{where}.symbol", allow_null=True)
        when = self.date(f.get("date"), f"{where}.date")
        note = self.lang_text(f.get("note"), f"{where}.note", required=False)
        return Reference(ref_id, symbol or None, title, when, note) if ref_id else None

    def time_limits(self, node: Node | None) -> TimeLimits:
        default = TimeLimits()
        if node is None:
            return default
        f = self.mapping(node, "time_limits", (),
                         ("panellist", "participant", "right_of_reply", "point_of_order"))
        if f is None:
            return default
        return default.with_overrides(**{
            name: self.duration(f.get(name), f"time_limits.{name}", getattr(default, name))
            for name in ("panellist", "participant", "right_of_reply", "point_of_order")
        })

    def notes(self, node: Node | None, where: str) -> tuple[Note, ...]:
        out = []
        for i, child in enumerate(self.seq(node, f"{where}.notes"), 1):
            f = self.mapping(child, f"{where}.notes[{i}]", ("mark", "text"))
            if f is None:
                continue
            mark = self.required_text(f.get("mark"), f"{where}.notes[{i}].mark")
            text = self.lang_text(f.get("text"), f"{where}.notes[{i}].text")
            if mark:
                out.append(Note(mark, text))
        return tuple(out)

    def summary_paragraph(self, node: Node, where: str) -> Paragraph | None:
        f = self.mapping(node, where, ("text",), ("notes",))
        if f is None:
            return None
        return Paragraph(None, self.lang_text(f.get("text"), f"{where}.text"),
                         notes=self.notes(f.get("notes"), where))

    # -- the body ----------------------------------------------------------------------------

    def blocks(self, node: Node, where: str) -> list[Block]:
        out: list[Block] = []
        section_labels: list[tuple[Node, str | None]] = []
        annex_labels: list[tuple[Node, str | None]] = []
        for i, child in enumerate(self.seq(node, where), 1):
            kinds = [k.value for k, _ in child.value if k.value in ("section", "paragraph", "group")] \
                if child.kind == "map" else []
            if not kinds and child.kind == "map" and any(k.value == "subtheme" for k, _ in child.value):
                kinds = ["section"]  # a sub-theme heading the note does not number or letter
            if len(kinds) != 1:
                self.err(child, f"{where}[{i}]", "each entry must have exactly one of 'section', "
                                                 "'paragraph' or 'group'")
                continue
            block: Block | None
            if kinds[0] == "section":
                # Annexes are numbered on their own (Annex I, II…), apart from the body's sections.
                annex = any(k.value == "role" and v.value == "annex" for k, v in child.value)
                block = self.section(child, where, annex_labels if annex else section_labels)
            elif kinds[0] == "paragraph":
                block = self.paragraph(child, where)
            else:
                block = self.group(child, where)
            if block is not None:
                out.append(block)
        self.labels(section_labels, where, "section number", ("I", "A", "1", "a"))
        self.labels(annex_labels, where, "annex number", ("I", "A", "1"))
        return out

    def section(self, node: Node, parent: str, labels: list[tuple[Node, str | None]]) -> Section | None:
        f = self.mapping(node, parent, ("content",), ("section", "title", "subtheme", "role"))
        if f is None:
            return None
        if "section" in f:
            number = self.label(f.get("section"), f"{parent} › section")
            labels.append((f["section"], number))
        else:  # "Sub-theme 1: …" as its own heading, unlettered: the sub-theme is its number
            number = ""
        where = f"section {number}"
        # A note may give each sub-theme as a heading ("A. Sub-theme 1: …"): the section is then
        # the sub-theme, its title the sub-theme's, written once.
        subtheme = None
        if "subtheme" in f:
            if "title" in f:
                self.err(f["title"], f"{where}.title", "a section that is a sub-theme has the "
                                                       "sub-theme's title: remove this title")
            subtheme = self.subtheme(f["subtheme"], f"{where}.subtheme", None,
                                     self.section_subtheme_labels)
            title = subtheme.title if subtheme is not None else LangText()
        else:
            if "title" not in f:
                self.err(node, parent, "missing field 'title' (or 'subtheme' for a section that is "
                                       "a sub-theme)")
            title = self.lang_text(f.get("title"), f"{where}.title")
        role = self.text(f.get("role"), f"{where}.role", allow_null=True)
        if role is not None and role not in ("background", "annex"):
            self.err(f["role"], f"{where}.role", f"unknown role {role!r} (allowed: background, annex)")
        content = self.blocks(f["content"], f"{where}.content") if "content" in f else []
        if number is None:
            return None
        return Section(number, title, role, tuple(content), subtheme)

    def paragraph_number(self, node: Node | None, where: str) -> int | None:
        number = self.integer(node, where)
        if number is not None and node is not None:
            if number not in self.next_paragraph:
                self.err(node, where, f"paragraph {number} is out of sequence: "
                                      f"expected {self.next_paragraph[0]}")
                self.next_paragraph = (number + 1, self.next_paragraph[0] + 1)
            else:
                self.next_paragraph = (number + 1,)
        return number

    def paragraph(self, node: Node, parent: str) -> Paragraph | None:
        f = self.mapping(node, parent, ("paragraph", "text"), ("items", "subthemes", "notes"))
        if f is None:
            return None
        number = self.paragraph_number(f.get("paragraph"), f"{parent} › paragraph")
        where = f"paragraph {number}"
        text = self.lang_text(f.get("text"), f"{where}.text")
        items = self.items(f.get("items"), f"{where}.items")
        subthemes = self.subthemes(f.get("subthemes"), f"{where}.subthemes", None)
        notes = self.notes(f.get("notes"), where)
        return Paragraph(number, text, items, subthemes, notes) if number is not None else None

    def items(self, node: Node | None, where: str) -> tuple[Item, ...]:
        out: list[Item] = []
        labels: list[tuple[Node, str | None]] = []
        for i, child in enumerate(self.seq(node, where), 1):
            f = self.mapping(child, f"{where}[{i}]", ("item", "text"), ("items", "notes"))
            if f is None:
                continue
            label = self.required_text(f.get("item"), f"{where}[{i}].item")
            labels.append((f.get("item", child), label))
            text = self.lang_text(f.get("text"), f"{where}[{i}].text")
            sub = self.items(f.get("items"), f"{where}[{i}].items")
            notes = self.notes(f.get("notes"), f"{where}[{i}]")
            if label:
                out.append(Item(label, text, sub, notes))
        self.labels(labels, where, "item", ("a", "i"))
        return tuple(out)

    def subthemes(self, node: Node | None, where: str, parent: str | None) -> tuple[Subtheme, ...]:
        out: list[Subtheme] = []
        labels: list[tuple[Node, str | None]] = []
        for i, child in enumerate(self.seq(node, where), 1):
            found = self.subtheme(child, f"{where}[{i}]", parent, labels)
            if found is not None:
                out.append(found)
        self.labels(labels, where, "sub-theme label", ("i", "a", "1") if parent else ("a", "1", "A"))
        return tuple(out)

    def subtheme(self, child: Node, where: str, parent: str | None,
                 labels: list[tuple[Node, str | None]]) -> Subtheme | None:
        f = self.mapping(child, where, ("id", "label", "title"), ("children",))
        if f is None:
            return None
        sub_id = self.ident(f.get("id"), f"{where}.id")
        label = self.required_text(f.get("label"), f"{where}.label")
        labels.append((f.get("label", child), label))
        title = self.lang_text(f.get("title"), f"{where}.title")
        if parent is not None and "children" in f:
            self.err(f["children"], where, "sub-items cannot have children")
        children = self.subthemes(f.get("children"), f"{where}.children", label) \
            if parent is None else ()
        return Subtheme(sub_id, label, title, children, parent) if sub_id and label else None

    def group(self, node: Node, parent: str) -> QuestionGroup | None:
        f = self.mapping(node, parent, ("group", "id", "title", "intro", "questions"), ("serves",))
        if f is None:
            return None
        number = self.integer(f.get("group"), f"{parent} › group")
        if number is not None:
            if number not in self.next_group:
                self.err(f["group"], f"{parent} › group", f"group {number} is out of sequence: "
                                                          f"expected {self.next_group[0]}")
                self.next_group = (number + 1, self.next_group[0] + 1)
            else:
                self.next_group = (number + 1,)
        where = f"group {number}"
        group_id = self.ident(f.get("id"), f"{where}.id")
        title = self.lang_text(f.get("title"), f"{where}.title")
        serves = []
        serve_nodes = self.seq(f.get("serves"), f"{where}.serves")
        if "serves" in f and f["serves"].kind != "scalar" and not serve_nodes:
            self.err(f["serves"], f"{where}.serves", "name at least one sub-theme id")
        for i, ref_node in enumerate(serve_nodes, 1):
            ref = self.required_text(ref_node, f"{where}.serves[{i}]")
            if ref:
                serves.append(ref)
                self.serves.append((ref_node, f"{where}.serves[{i}]", ref))
        intro_f = self.mapping(f["intro"], f"{where}.intro", ("paragraph", "text"), ("notes",)) \
            if "intro" in f else None
        paragraph = intro = None
        intro_notes: tuple[Note, ...] = ()
        if intro_f is not None:
            paragraph = self.paragraph_number(intro_f.get("paragraph"), f"{where}.intro.paragraph")
            intro = self.lang_text(intro_f.get("text"), f"{where}.intro.text")
            intro_notes = self.notes(intro_f.get("notes"), f"{where}.intro")
        questions = self.questions(f.get("questions"), where)
        if None in (number, group_id, paragraph, intro):
            return None
        assert number is not None and group_id is not None and paragraph is not None
        assert intro is not None
        return QuestionGroup(group_id, number, title, paragraph, intro, tuple(serves), questions,
                             intro_notes)

    def questions(self, node: Node | None, group: str) -> tuple[Question, ...]:
        out: list[Question] = []
        labels: list[tuple[Node, str | None]] = []
        nodes = self.seq(node, f"{group}.questions")
        if node is not None and node.kind != "scalar" and not nodes:
            self.err(node, f"{group}.questions", "a question group needs at least one question")
        for i, child in enumerate(nodes, 1):
            f = self.mapping(child, f"{group}.questions[{i}]", ("id", "letter", "text"),
                             ("options", "notes", "from"))
            if f is None:
                continue
            letter = self.required_text(f.get("letter"), f"{group}.questions[{i}].letter")
            labels.append((f.get("letter", child), letter))
            where = f"{group}, question ({letter})"
            q_id = self.ident(f.get("id"), f"{where}.id")
            text = self.lang_text(f.get("text"), f"{where}.text")
            options = self.options(f.get("options"), where)
            notes = self.notes(f.get("notes"), where)
            origin = self.text(f.get("from"), f"{where}.from", allow_null=True)
            if origin is not None and not _ORIGIN.match(origin):
                self.err(f["from"], f"{where}.from", f"expected GUIDE-ID/QUESTION-ID, e.g. "
                                                     f"ccpcj-20-2011/q12m, found {origin!r}")
                origin = None
            if q_id and letter:
                out.append(Question(q_id, letter, text, options, notes, origin or None))
        # Questions are lettered a, b, c… (2011) or numbered 1, 2, 3… as some notes print them.
        self.labels(labels, f"{group}.questions", "question letter", ("a", "1"))
        return tuple(out)

    def options(self, node: Node | None, question: str) -> tuple[Option, ...]:
        out: list[Option] = []
        labels: list[tuple[Node, str | None]] = []
        for i, child in enumerate(self.seq(node, f"{question}.options"), 1):
            f = self.mapping(child, f"{question}.options[{i}]", ("id", "numeral", "text"), ("notes",))
            if f is None:
                continue
            numeral = self.required_text(f.get("numeral"), f"{question}.options[{i}].numeral")
            labels.append((f.get("numeral", child), numeral))
            where = f"{question}, option ({numeral})"
            o_id = self.ident(f.get("id"), f"{where}.id")
            text = self.lang_text(f.get("text"), f"{where}.text")
            notes = self.notes(f.get("notes"), where)
            if o_id and numeral:
                out.append(Option(o_id, numeral, text, notes))
        # Options are i, ii, iii… under lettered questions, a, b, c… under numbered ones.
        self.labels(labels, f"{question}.options", "option numeral", ("i", "a"))
        return tuple(out)


def _walk(blocks: tuple[Block, ...] | list[Block]) -> Iterator[Block]:
    for block in blocks:
        yield block
        if isinstance(block, Section):
            yield from _walk(block.content)


def _subthemes_in(block: Block) -> Iterator[Subtheme]:
    for b in _walk([block]):
        if isinstance(b, Section) and b.subtheme is not None:
            yield b.subtheme
            yield from b.subtheme.children
        if isinstance(b, Paragraph):
            for s in b.subthemes:
                yield s
                yield from s.children


def read_guide(root: Node | None, problems: Problems) -> Guide | None:
    """The guide described by `root`, or None with the reasons added to `problems`."""
    if root is None:
        if not problems:
            problems.add(1, 1, "the file is empty: a guide starts with 'schema: 1'")
        return None
    return _GuideReader(problems).guide(root)
