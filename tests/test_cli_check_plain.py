"""`debate guide check` writes its report without Rich when Rich would style nothing (issue 18:
importing Rich was a third of the command's start). The plain lines must be exactly what Rich
printed: same text for every kind of line, user text made visible the same way, markup-looking
text left as it is, and Rich still used on a terminal or when told to colour."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tui.cli import guide as cli_guide
from tui.core.bank.loader import load_guide
from tui.core.bank.readiness import Check, Gap, Twin, report

GUIDE = Path(__file__).resolve().parent.parent / "questions" / "ccpcj-20-2011.yaml"


def reports():
    base = report(load_guide(GUIDE), date(2011, 1, 1))
    hostile = "[bold]x[/] \x1b[31m ¶3(a) \\[cyan] 中文 e\u0301"
    yield "as it is", GUIDE, base
    yield "partial, with gaps and twins", Path("bank/[red]guide[/].yaml"), replace(
        base,
        languages={**base.languages, "es": "partial", "ru": "partial"},
        gaps=[Gap("es", f"¶{n}(a) {hostile}", n, placeholder=n % 2 == 0) for n in range(1, 16)]
        + [Gap("ru", "meta.theme", 3)],
        twins=[Twin("fr", "en", f"¶{n}(b) {hostile}", n) for n in range(1, 15)],
        checks=[Check("languages", False, f"partial {hostile}"), Check("translations", False, "same"),
                Check("deadline", True, "ok")])
    yield "ready", GUIDE, replace(base, checks=[Check("time limits", True, "fine")])


def render(monkeypatch, r, path: Path, plain: bool) -> str:
    out = io.StringIO()
    monkeypatch.setattr("sys.stdout", out)
    lines = cli_guide._Lines()
    lines.plain = plain
    cli_guide._print_report(lines, path, r)
    return out.getvalue()


@pytest.mark.parametrize("name, path, r", list(reports()), ids=[n for n, _, _ in reports()])
def test_plain_lines_are_what_rich_printed(monkeypatch, name, path, r):
    plain = render(monkeypatch, r, path, plain=True)
    assert plain == render(monkeypatch, r, path, plain=False)
    assert "\x1b" not in plain and plain.count("\n") > 4


def test_a_line_with_a_tab_is_left_to_rich(monkeypatch):
    r = next(reports())[2]
    r = replace(r, checks=[Check("languages", True, "a\tb")])
    assert render(monkeypatch, r, GUIDE, plain=True) == render(monkeypatch, r, GUIDE, plain=False)


@pytest.mark.parametrize("env, tty, plain", [
    ({}, False, True), ({}, True, False), ({"FORCE_COLOR": "1"}, False, False),
    ({"TTY_COMPATIBLE": "1"}, False, False), ({"TTY_COMPATIBLE": "0"}, True, True),
])
def test_plain_only_where_rich_would_style_nothing(monkeypatch, env, tty, plain):
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    out = io.StringIO()
    out.isatty = lambda: tty  # type: ignore[method-assign]
    monkeypatch.setattr("sys.stdout", out)
    assert cli_guide._Lines().plain is plain
