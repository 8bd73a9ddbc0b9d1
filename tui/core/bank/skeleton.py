"""`debate guide new`: a skeleton guide with every language slot, valid from the start."""

from __future__ import annotations

import re
from datetime import date, timedelta

from ..text.languages import LANGUAGES

# The English stand-ins `new` writes carry this mark: until replaced they are not the guide's text,
# so readiness counts them as missing. Real values (the commission, "Vienna", "Introduction") do not.
PLACEHOLDER = "[to write] "


def is_placeholder(text: str) -> bool:
    return text.startswith(PLACEHOLDER.strip())


def _slots(english: str, indent: int, real: bool = False) -> str:
    pad = " " * indent
    english = english if real else PLACEHOLDER + english
    lines = []
    for lang in LANGUAGES:
        value = '"' + english.replace('"', '\\"') + '"' if lang == "en" else '""'
        lines.append(f"{pad}{lang}: {value}")
    return "\n".join(lines)


def guide_id_from(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return (slug or "new-guide")[:64]


def _group(number: int, subtheme: str, which: str, paragraph: int) -> str:
    """A question group serving one sub-theme, up to its `questions:` key."""
    return f"""\
          - group: {number}
            id: group-{number}
            title:
{_slots(f"Questions on the {which} sub-theme", 14)}
            serves: [{subtheme}]
            intro:
              paragraph: {paragraph}
              text:
{_slots(f"Questions on the {which} sub-theme could include the following:", 16)}
            questions:"""


def _question(question_id: str, letter: str, english: str) -> str:
    return f"""\
              - id: {question_id}
                letter: {letter}
                text:
{_slots(english, 18)}"""


def skeleton(guide_id: str, today: date) -> str:
    opens = today + timedelta(days=120)
    closes = opens + timedelta(days=4)
    t = _slots
    return f"""\
# A discussion guide for a thematic debate (decision 18/1). Schema: questions/README.md
# Every text has a slot for each official language (ar, zh, en, fr, ru, es): fill them in,
# then run `debate guide check` on this file. Quote durations ("10:00") and words like "no".
schema: 1
id: {guide_id}
meta:
  commission:
{t("Commission on Crime Prevention and Criminal Justice", 4, real=True)}
  session:
    number: 1
    title:
{t("First session", 6)}
    opens: {opens.isoformat()}
    closes: {closes.isoformat()}
    venue:
{t("Vienna", 6, real=True)}
  agenda_item:
    number: "1"
    provisional: true
    agenda_symbol: null
    title:
{t("Thematic discussion", 6)}
  theme:
{t("Theme of the thematic discussion", 4)}
  title:
{t("Discussion guide for the thematic discussion", 4)}
  kind:
{t("Note by the Secretariat", 4, real=True)}
  symbol: null   # the document symbol, once the guide has one
  issued: null   # the date it is issued: at least one month before the session opens
references: []
time_limits:
  panellist: "10:00"
  participant: "5:00"
summary:
  - text:
{t("What this note is for.", 8)}
body:
  - section: I
    title:
{t("Introduction", 6, real=True)}
    content:
      - paragraph: 1
        text:
{t("The mandate of the thematic discussion.", 10)}
      - paragraph: 2
        text:
{t("The Commission approved the following sub-themes:", 10, real=True)}
        subthemes:
          - id: st-a
            label: a
            title:
{t("First sub-theme", 14)}
            children:
              - id: st-a-i
                label: i
                title:
{t("First aspect of the first sub-theme", 18)}
          - id: st-b
            label: b
            title:
{t("Second sub-theme", 14)}
  - section: II
    title:
{t("The thematic discussion", 6)}
    content:
      - section: A
        title:
{t("Issues for discussion", 10, real=True)}
        content:
{_group(1, "st-a", "first", 3)}
{_question("q3a", "a", "First question?")}
{_question("q3b", "b", "Second question? The following options could be considered:")}
                options:
                  - id: q3b-i
                    numeral: i
                    text:
{t("First option;", 22)}
                  - id: q3b-ii
                    numeral: ii
                    text:
{t("Second option.", 22)}
{_group(2, "st-b", "second", 4)}
{_question("q4a", "a", "First question?")}
      - section: B
        role: background
        title:
{t("Background", 10, real=True)}
        content:
          - paragraph: 5
            text:
{t("Background information for the discussion.", 14)}
"""
