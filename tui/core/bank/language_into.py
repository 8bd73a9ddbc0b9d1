"""`debate guide import FILE --into GUIDE.yaml --lang es`: a language version of a guide the bank
already holds, taken from the document in that language.

The imported draft and the existing guide are both read as YAML node trees (positions kept) and
every translatable text of each gets a key made of the guide's own numbers: `¶7`, `¶7(m)`,
`¶7(m)(ii)`, `section II.A: title`, `sub-theme (a)(i): title`, `¶18 note 5`, `meta: theme`. Texts
are paired by key, never by order, so a paragraph missing from the translation cannot shift the
ones after it onto the wrong paragraphs. What does not pair is reported, one `FILE:LINE:` line
each: missing in the import, extra in the import, or numbered differently (an entry of one side
standing at the place of an unpaired entry of the other).

The guide is edited as text, like `guide renumber` and `guide reuse` do: each new text is inserted
into its language mapping (a new `es:` line in a block mapping, `, es: "…"` in a flow mapping) and
every other character of the file stays as it was. The result is read back and checked (the other
languages unchanged, the new texts exactly those of the import) before anyone writes it.
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import dataclass, field
from typing import Any

import yaml

from ..text.languages import LANGUAGES

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# What the imported document cannot hold: the bank's own records about the guide.
_SKIPPED = {"time_limits", "schema", "id"}
_IDENTITY = ("section", "paragraph", "group", "item", "letter", "numeral", "label", "mark")
WIDTH = 100  # the bank's guides are wrapped at 100 columns


class IntoError(Exception):
    """The language cannot be added (a one-line reason; nothing was written)."""


@dataclass
class Entry:
    key: str  # "¶7", "¶7(m)", "section II.A", "sub-theme (a)"
    container: str  # the list it is in: "section II.A/content", "¶7/questions"
    index: int
    line: int
    parent: Entry | None
    prev: str | None = None  # the key of the entry before it in its list
    next: str | None = None  # and after it


@dataclass
class Slot:
    key: str  # "¶7(m)", "section II.A: title"
    entry: Entry | None
    node: Any  # the yaml.MappingNode of languages
    line: int

    def values(self) -> dict[str, str]:
        return {k.value: v.value for k, v in self.node.value}


@dataclass
class Tree:
    entries: dict[str, Entry] = field(default_factory=dict)
    slots: dict[str, Slot] = field(default_factory=dict)
    duplicates: list[tuple[int, str]] = field(default_factory=list)
    # Related documents with neither symbol nor date, in order: paired by their place among
    # such documents when both sides have as many (key → how to name it in a report).
    unkeyed: dict[str, str] = field(default_factory=dict)
    root: Any = None  # the YAML node tree it was read from


def _field(node: Any, name: str) -> Any:
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == name:
                return value
    return None


def _is_langmap(node: Any) -> bool:
    return (isinstance(node, yaml.MappingNode) and bool(node.value)
            and all(isinstance(k, yaml.ScalarNode) and k.value in LANGUAGES
                    and isinstance(v, yaml.ScalarNode) for k, v in node.value))


def read_tree(text: str) -> Tree:
    """Every entry and translatable text of a guide's YAML, by key."""
    root = yaml.compose(text, Loader=_Loader)
    tree = Tree(root=root)
    if isinstance(root, yaml.MappingNode):
        _walk_map(tree, root, "", None, "")
    return tree


def _line(node: Any) -> int:
    return int(node.start_mark.line) + 1


def _walk_map(tree: Tree, node: Any, label: str, entry: Entry | None, chain: str) -> None:
    group_para = _field(_field(node, "intro"), "paragraph")
    # A group's questions are cited by the paragraph that opens it: 7(m), not "group 2 (m)".
    prefix = f"¶{group_para.value}" if _field(node, "group") is not None and \
        isinstance(group_para, yaml.ScalarNode) else label
    for key, value in node.value:
        name = key.value if isinstance(key, yaml.ScalarNode) else ""
        if not label and name in _SKIPPED:
            continue
        if not label and name == "references" and isinstance(value, yaml.SequenceNode):
            _walk_references(tree, value)
            continue
        if label == "meta" and name == "issued":
            continue  # one date per language, not a text: see _issue_date
        if _is_langmap(value):
            slot_key = label if name == "text" and label else f"{label or 'meta'}: {name}"
            if slot_key in tree.slots:
                tree.duplicates.append((_line(value), slot_key))
                continue
            tree.slots[slot_key] = Slot(slot_key, entry, value, _line(value))
        elif isinstance(value, yaml.MappingNode):
            number = _field(value, "paragraph")
            sub_label = _field(value, "label") if name == "subtheme" else None
            inner = f"¶{number.value}" if isinstance(number, yaml.ScalarNode) else \
                f"sub-theme ({sub_label.value})" if isinstance(sub_label, yaml.ScalarNode) else \
                (f"{label}.{name}" if label else name)
            _walk_map(tree, value, inner, entry, chain)
        elif isinstance(value, yaml.SequenceNode):
            _walk_seq(tree, value, prefix, name, entry, chain)


def _walk_references(tree: Tree, node: Any) -> None:
    """Related documents are paired by their symbol, the one name a UN document has in every
    language (else by their date); their order and titles differ between language versions."""
    prev = None
    for index, item in enumerate(node.value):
        if not isinstance(item, yaml.MappingNode):
            continue
        symbol, when = _field(item, "symbol"), _field(item, "date")
        if isinstance(symbol, yaml.ScalarNode) and symbol.value not in ("", "null", "~"):
            key = f"reference {symbol.value}"
        elif isinstance(when, yaml.ScalarNode) and when.value not in ("", "null", "~"):
            key = f"reference of {when.value}"
        else:
            title = _field(item, "title")
            first = next((v.value for _, v in title.value), "") if _is_langmap(title) else ""
            key = f"reference #{len(tree.unkeyed) + 1} without symbol or date"
            tree.unkeyed[key] = f"“{first[:50]}…”" if len(first) > 50 else f"“{first}”"
        entry = Entry(key, "references", index, _line(item), None, prev)
        if key in tree.entries:
            tree.duplicates.append((entry.line, key))
            continue
        tree.entries[key] = entry
        prev = key
        _walk_map(tree, item, key, entry, "")


def _walk_seq(tree: Tree, node: Any, prefix: str, name: str, parent: Entry | None,
              chain: str) -> None:
    container = f"{prefix}/{name}" if prefix else name
    prev = None
    last: Entry | None = None
    for index, item in enumerate(node.value):
        if not isinstance(item, yaml.MappingNode):
            continue
        kind, value = next(((k, v.value) for k in _IDENTITY
                            if isinstance(v := _field(item, k), yaml.ScalarNode)), ("", ""))
        inner_chain = chain
        if kind == "section":
            inner_chain = f"{chain}.{value}" if chain else value
            key = f"section {inner_chain}"
        elif kind == "paragraph":
            key = f"¶{value}"
        elif kind == "group":
            key = f"group {value}"
        elif kind == "label":
            key = f"{prefix}({value})" if prefix.startswith("sub-theme") else f"sub-theme ({value})"
        elif kind == "mark":
            key = f"{prefix} note {value}"
        elif kind:
            key = f"{prefix}({value})"
        else:
            key = f"{container} {index + 1}".replace("/", " ")
        entry = Entry(key, container, index, _line(item), parent, prev)
        if key in tree.entries:
            tree.duplicates.append((entry.line, key))
            continue
        tree.entries[key] = entry
        if last is not None:
            last.next = key
        prev, last = key, entry
        _walk_map(tree, item, key, entry, inner_chain)


def _top_unpaired(entry: Entry, other: dict[str, Entry]) -> bool:
    """An entry the other side lacks, whose parents it has: the one to report."""
    if entry.key in other:
        return False
    parent = entry.parent
    while parent is not None:
        if parent.key not in other:
            return False
        parent = parent.parent
    return True


def _under(entry: Entry | None, ancestor: Entry | None) -> bool:
    while entry is not None:
        if entry is ancestor:
            return True
        entry = entry.parent
    return False


def _entry_paired(entry: Entry | None, other: dict[str, Entry]) -> bool:
    while entry is not None:
        if entry.key not in other:
            return False
        entry = entry.parent
    return True


# -- writing ---------------------------------------------------------------------------------


_WORD = r"[^\s\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]+"


def _foldable(text: str) -> bool:
    """A text a `>-` folded scalar gives back exactly: words separated by single spaces."""
    return re.fullmatch(rf"{_WORD}(?: {_WORD})*", text) is not None


def _block_entry(pad: str, lang: str, text: str, newline: str) -> str:
    one = f"{pad}{lang}: {json.dumps(text, ensure_ascii=False)}"
    if len(one) <= WIDTH or not _foldable(text):
        return one + newline
    lines = textwrap.wrap(text, WIDTH - len(pad) - 2, break_long_words=False,
                          break_on_hyphens=False)
    return f"{pad}{lang}: >-{newline}" + "".join(f"{pad}  {line}{newline}" for line in lines)


def _line_end(text: str, index: int) -> int:
    """The index just past the line break of the line holding `index`."""
    found = text.find("\n", index)
    return len(text) if found == -1 else found + 1


def _edit(text: str, node: Any, lang: str, value: str, newline: str) -> tuple[int, int, str]:
    """(start, end, replacement) giving the language mapping `node` the text `value` in `lang`."""
    existing = next(((k, v) for k, v in node.value if k.value == lang), None)
    quoted = json.dumps(value, ensure_ascii=False)
    if node.flow_style:
        if existing is not None:
            return existing[1].start_mark.index, existing[1].end_mark.index, quoted
        last = node.value[-1][1]
        return last.end_mark.index, last.end_mark.index, f", {lang}: {quoted}"
    pad = " " * node.value[0][0].start_mark.column
    entry = _block_entry(pad, lang, value, newline)
    if existing is not None:
        key, old = existing
        start = key.start_mark.index - key.start_mark.column
        end = old.end_mark.index if old.end_mark.column == 0 else _line_end(text, old.end_mark.index)
        return start, end, entry
    last = node.value[-1][1]
    at = last.end_mark.index if last.end_mark.column == 0 else _line_end(text, last.end_mark.index)
    if at == len(text) and text and not text.endswith("\n"):
        entry = newline + entry.removesuffix(newline)
    return at, at, entry


# -- the merge -------------------------------------------------------------------------------


@dataclass
class Merge:
    text: str  # the guide with the language added
    added: int  # texts written
    report: list[str]  # FILE:LINE lines: every mismatch
    missing: int = 0
    extra: int = 0
    renumbered: int = 0
    kept: int = 0  # with --replace: texts of the language the import lacks, kept as they were
    notes: list[str] = field(default_factory=list)  # FILE:LINE: note: pairings to check
    issued: str | None = None  # the issue date written for the language (meta.issued.es)
    dates_differ: int = 0  # 1 when the document's issue date disagrees with the guide's


def merge(guide_text: str, draft_text: str, origin: list[int], lang: str, replace: bool,
          guide_name: str, source_name: str) -> Merge:
    """`guide_text` with the `lang` texts of `draft_text` added where their numbers pair.

    `origin[n]` is the line of the source document that draft line n+1 came from."""
    have = read_tree(guide_text)
    got = read_tree(draft_text)

    def src(line: int) -> int:
        return origin[line - 1] if 0 < line <= len(origin) and origin[line - 1] else 1

    already = [s for s in have.slots.values() if lang in s.values()]
    if already and not replace:
        raise IntoError(f"{guide_name}:{already[0].line}: already has {len(already)} {lang} "
                        f"text{'s' if len(already) > 1 else ''}; add --replace to replace them "
                        "with the import's (nothing was written)")
    report: list[tuple[str, int, str]] = []
    notes: list[tuple[str, int, str]] = []
    by_place = len(have.unkeyed) == len(got.unkeyed)
    for key, what in have.unkeyed.items() if by_place else ():
        twin_line = got.entries[key].line
        notes.append((guide_name, have.entries[key].line,
                      f"note: reference {what} has neither symbol nor date: paired by its place "
                      f"among such references with {source_name}:{src(twin_line)} "
                      f"{got.unkeyed[key]}; check"))
    line_of = {key: have.entries[key].line for key in have.unkeyed}
    line_of_got = {key: got.entries[key].line for key in got.unkeyed}
    kept_ref: dict[str, str] = {}
    kept_count = 0
    for key in have.unkeyed:
        count = sum(1 for s in have.slots.values()
                    if s.entry is not None and s.entry.key == key and lang in s.values())
        kept_count += count if not by_place else 0
        kept_ref[key] = f"; its {count} {lang} texts from the previous version are kept" \
            if count > 1 else f"; its {lang} text from the previous version is kept" if count else ""
    if not by_place:  # nothing to pair them by: each is reported below
        for tree in (have, got):
            for key in tree.unkeyed:
                tree.entries.pop(key)
                for slot_key in [k for k, s in tree.slots.items() if s.entry is not None
                                 and s.entry.key == key]:
                    del tree.slots[slot_key]
    for line, key in have.duplicates:
        report.append((guide_name, line, f"{key} appears twice; only the first gets the {lang} text"))
    for line, key in got.duplicates:
        report.append((source_name, src(line), f"{key} appears twice in the import; the second "
                                               "is not added"))
    # Entries on one side only: numbered differently when the other side has an unpaired entry
    # at the same place of the same list (after the same entry, or after the one found numbered
    # differently just before, and before the same entry or another unpaired one), else missing
    # or extra: ¶42 added at the end of a section is not "¶38 numbered differently".
    lone_have = {(e.container, e.prev): e for e in have.entries.values()
                 if _top_unpaired(e, got.entries) and e.container != "references"}
    lone_got = [e for e in got.entries.values() if _top_unpaired(e, have.entries)]
    m = Merge(guide_text, 0, [], kept=kept_count)

    def kept(entry: Entry | None, slot: Slot | None = None) -> str:
        """With --replace, what the guide keeps of `lang` where the import has nothing: the
        previous version's text. It is kept rather than removed (see questions/README.md): a
        text missing from one language version is far more often a gap of that document than
        a text the Commission withdrew, and the reader of the guide is better served by the
        earlier translation, reported here, than by a hole."""
        slots = [slot] if slot is not None else [
            s for s in have.slots.values() if _under(s.entry, entry)]
        count = sum(1 for s in slots if lang in s.values())
        m.kept += count
        if not count:
            return ""
        return (f"; its {lang} text from the previous version is kept" if count == 1 else
                f"; its {count} {lang} texts from the previous version are kept")

    twin_of: dict[str, str] = {}  # import key -> the guide's key it stands for
    for e in lone_got:
        prev = twin_of.get(e.prev, e.prev) if e.prev is not None else None
        twin = lone_have.get((e.container, prev))
        if twin is not None and not (twin.next == e.next or (
                twin.next is not None and e.next is not None and twin.next not in got.entries
                and e.next not in have.entries)):
            twin = None
        if twin is not None:
            del lone_have[(e.container, prev)]
            twin_of[e.key] = twin.key
            m.renumbered += 1
            report.append((source_name, src(e.line),
                           f"numbering differs: the import has {e.key} where {guide_name}:"
                           f"{twin.line} has {twin.key}; its {lang} texts are not added"
                           + kept(twin)))
        else:
            m.extra += 1
            report.append((source_name, src(e.line), f"{e.key} is not in {guide_name} (extra in "
                                                     "the import); not added"))
    lone_have_refs = [e for e in have.entries.values()
                      if e.container == "references" and e.key not in got.entries]
    for e in [*lone_have.values(), *lone_have_refs]:
        m.missing += 1
        report.append((guide_name, e.line, f"{e.key} has no {lang} text in {source_name} (missing "
                                           "in the import)" + kept(e)))
    for key, what in () if by_place else have.unkeyed.items():
        m.missing += 1
        report.append((guide_name, line_of[key], f"reference {what} has neither symbol nor date "
                                                 f"to pair it by, and {source_name} has "
                                                 f"{len(got.unkeyed)} such related documents for "
                                                 f"its {len(have.unkeyed)}; write its {lang} texts "
                                                 "here by hand" + kept_ref[key]))
    for key, what in () if by_place else got.unkeyed.items():
        m.extra += 1
        report.append((source_name, src(line_of_got[key]), f"related document {what} has neither "
                                                           "symbol nor date to pair it by; not "
                                                           "added"))
    newline = "\r\n" if "\r\n" in guide_text else "\n"
    edits: list[tuple[int, int, str]] = []
    expected: dict[str, str] = {}
    for key, slot in have.slots.items():
        theirs = got.slots.get(key)
        if theirs is None:
            if _entry_paired(slot.entry, got.entries):
                m.missing += 1
                report.append((guide_name, slot.line, f"{key} has no {lang} text in "
                                                      f"{source_name} (missing in the import)"
                                                      + kept(slot.entry, slot)))
            continue
        value = theirs.values().get(lang)
        if value is None:
            continue
        edits.append(_edit(guide_text, slot.node, lang, value, newline))
        expected[key] = value
    for key, slot in got.slots.items():
        if key not in have.slots and _entry_paired(slot.entry, have.entries):
            m.extra += 1
            report.append((source_name, src(slot.line), f"{key} is not in {guide_name} (extra "
                                                        "in the import); not added"))
    dated = [code for code in LANGUAGES if code != lang
             and any(code in slot.values() for slot in have.slots.values())]
    date_edit = _issue_date(guide_text, have.root, got.root, lang, replace, guide_name,
                            source_name, src, newline, dated)
    if date_edit.report:
        report.append(date_edit.report)
        m.dates_differ = 1
    if date_edit.edit is not None:
        edits.append(date_edit.edit)
        m.issued = date_edit.value
    out, last = [], 0
    for start, end, replacement in sorted(edits):
        out += [guide_text[last:start], replacement]
        last = end
    out.append(guide_text[last:])
    m.text = "".join(out)
    m.added = len(expected)  # the texts; the issue date is said apart
    after = read_tree(m.text)
    _verify(have, after, lang, expected)
    if m.issued is not None and _issued_of(after.root, lang) != m.issued:
        raise IntoError(f"internal: the {lang} issue date would not read back as written; "
                        "nothing was written")
    m.report = [f"{name}:{line}: {why}" for name, line, why in
                sorted(report, key=lambda r: (r[0] != source_name, r[1]))]
    m.notes = [f"{name}:{line}: {why}" for name, line, why in notes]
    return m


def _verify(before: Tree, after: Tree, lang: str, expected: dict[str, str]) -> None:
    """The edit did what it says: other languages untouched, the new texts exactly the import's."""
    for key, slot in before.slots.items():
        new = after.slots.get(key)
        if new is None:
            raise IntoError(f"internal: the text {key} was lost while editing; nothing was written")
        want = {k: v for k, v in slot.values().items() if k != lang}
        if key in expected:
            want[lang] = expected[key]
        elif lang in slot.values():
            want[lang] = slot.values()[lang]
        if new.values() != want:
            raise IntoError(f"internal: the text {key} would not read back as written; nothing "
                            "was written")


# -- the issue date ----------------------------------------------------------------------------


@dataclass
class _DateEdit:
    edit: tuple[int, int, str] | None = None
    value: str | None = None  # the date written, YYYY-MM-DD
    report: tuple[str, int, str] | None = None  # a disagreement with the date already there


_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _meta_field(root: Any, name: str) -> tuple[Any, Any]:
    """(meta mapping, value node) of `meta.<name>` in a guide's YAML nodes (None when absent)."""
    meta = _field(root, "meta") if isinstance(root, yaml.MappingNode) else None
    if not isinstance(meta, yaml.MappingNode):
        return None, None
    return meta, _field(meta, name)


def _is_null(node: Any) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null"


def _issued_of(root: Any, lang: str) -> str | None:
    """The issue date a guide's YAML gives the `lang` version: its own, else the common one."""
    _, node = _meta_field(root, "issued")
    if isinstance(node, yaml.MappingNode):
        node = _field(node, lang)
    return node.value if isinstance(node, yaml.ScalarNode) and not _is_null(node) else None


def _issue_date(guide_text: str, guide: Any, draft: Any, lang: str, replace: bool,
                guide_name: str, source_name: str, src: Any, newline: str,
                others: list[str]) -> _DateEdit:
    """The issue date the document prints under "Distr." as the `lang` one of `meta.issued`.

    The guide keeps one date per language (`issued: {fr: 2011-03-01, es: 2011-02-16}`), or one
    date for all. A date already there that says otherwise is reported, never silently replaced:
    the language's own only with --replace, the common one never (which languages it is right
    for is the officer's to say). `others`: the languages the guide has texts in besides."""
    _, got = _meta_field(draft, "issued")
    if not isinstance(got, yaml.ScalarNode) or not _ISO.fullmatch(got.value):
        return _DateEdit()  # the document prints no date the import could read
    value, at = got.value, f"{source_name}:{src(_line(got))}"
    meta, have = _meta_field(guide, "issued")
    if meta is None:
        return _DateEdit()
    opens = _field(_field(meta, "session"), "opens")
    if isinstance(opens, yaml.ScalarNode) and _ISO.fullmatch(opens.value) and value > opens.value:
        return _DateEdit(report=(source_name, src(_line(got)), f"the {lang} version is dated "
                                 f"{value}, after the session opens ({opens.value}): not written "
                                 "to meta.issued; is that the issue date?"))
    if have is None or _is_null(have):
        flow = f"{{{lang}: {value}}}"
        if have is not None:  # `issued: null`
            return _DateEdit((have.start_mark.index, have.end_mark.index, flow), value)
        pad = " " * meta.value[0][0].start_mark.column
        last = meta.value[-1][1]
        end = last.end_mark.index if last.end_mark.column == 0 else \
            _line_end(guide_text, last.end_mark.index)
        entry = f"{pad}issued: {flow}{newline}"
        if end == len(guide_text) and guide_text and not guide_text.endswith("\n"):
            entry = newline + entry.removesuffix(newline)
        return _DateEdit((end, end, entry), value)
    if isinstance(have, yaml.ScalarNode):
        if have.value == value:
            return _DateEdit()
        per = ", ".join([*(f"{code}: {have.value}" for code in others), f"{lang}: {value}"])
        return _DateEdit(report=(guide_name, _line(have), f"meta.issued is {have.value} for every "
                                 f"language, but {at} dates the {lang} version {value}; not "
                                 "written: if the versions were issued on different days, give "
                                 f"one date per language: issued: {{{per}}}"))
    if not isinstance(have, yaml.MappingNode):
        return _DateEdit()  # not a date the schema reads: `check` says so
    mine = _field(have, lang)
    if isinstance(mine, yaml.ScalarNode) and mine.value == value:
        return _DateEdit()
    if isinstance(mine, yaml.ScalarNode):
        said = f"meta.issued.{lang} is {mine.value}, but {at} dates the {lang} version {value}"
        if not replace:
            return _DateEdit(report=(guide_name, _line(mine), f"{said}; kept {mine.value} (add "
                                     "--replace to take the document's)"))
        return _DateEdit((mine.start_mark.index, mine.end_mark.index, value), value,
                         (guide_name, _line(mine), f"{said}; replaced (--replace)"))
    if have.flow_style or not have.value:
        if not have.value:  # `issued: {}`
            return _DateEdit((have.start_mark.index, have.end_mark.index, f"{{{lang}: {value}}}"),
                             value)
        last = have.value[-1][1]
        return _DateEdit((last.end_mark.index, last.end_mark.index, f", {lang}: {value}"), value)
    pad = " " * have.value[0][0].start_mark.column
    last = have.value[-1][1]
    end = last.end_mark.index if last.end_mark.column == 0 else \
        _line_end(guide_text, last.end_mark.index)
    return _DateEdit((end, end, f"{pad}{lang}: {value}{newline}"), value)
