"""Every CLI printer given hostile names, points, titles and file names: the text as typed, no
markup interpreted, no escape byte on the terminal, no traceback (issue 11)."""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from tests.hostile import HOSTILE, forbidden_in, hostile_session
from tests.test_cli_guide import run
from tui.core.text.visible import visible

TITLE = "[@click=app.quit]T[/] \x1b]0;TITLE\x07 Bad[/]Title"


@pytest.fixture(scope="module")
def sessions(tmp_path_factory):
    directory = tmp_path_factory.mktemp("sessions")
    session = hostile_session(directory, HOSTILE, TITLE)
    session.give_floor()
    session.close()
    return directory


@pytest.fixture(autouse=True)
def _sessions_dir(sessions, monkeypatch):
    monkeypatch.setenv("DEBATE_SESSIONS_DIR", str(sessions))


def first_part(text: str) -> str:
    return visible(re.split(r"[\t\n]", text)[0])[:40].strip()


def test_session_show_prints_every_text_literally(capsys):
    code, out, err = run(capsys, "session", "show", "hostile")
    assert code == 0, err
    assert forbidden_in(out + err) == []
    for text in HOSTILE:
        assert first_part(text) in out, text
    assert visible(TITLE) in out


def test_session_show_json_keeps_the_text_and_no_raw_control(capsys):
    code, out, err = run(capsys, "session", "show", "hostile", "--json")
    assert code == 0, err
    assert forbidden_in(out + err) == []
    data = json.loads(out)
    assert data["title"] == TITLE  # stored and given back exactly as typed
    assert [s["name"] for s in data["speakers"]] == HOSTILE


def test_session_list_shows_the_title_literally(capsys):
    code, out, err = run(capsys, "session", "list")
    assert code == 0, err
    assert forbidden_in(out + err) == [] and visible(TITLE) in out


@pytest.mark.parametrize("fmt", ["md", "html", "csv"])
def test_summary_has_no_control_character(capsys, fmt):
    code, out, err = run(capsys, "summary", "hostile", "--format", fmt, "--attribution", "named")
    assert code == 0, err
    assert forbidden_in(out + err) == []
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert all(not re.search("[\x00-\x1f\x7f-\x9f]", c) for row in rows for c in row)
        assert rows[1][1] == "Bad[/]Close"  # the one who spoke, as typed


def test_error_messages_show_hostile_ids_and_file_names(capsys, tmp_path):
    for args in (["session", "show", "\x1b[2J\x1b]0;X\x07"], ["session", "undo", "[/]\x1b[2J"],
                 ["guide", "check", str(tmp_path / "\x1b]0;X\x07[/].yaml")],
                 ["summary", "\x9b2J"]):
        code, out, err = run(capsys, *args)
        assert code != 0 and forbidden_in(out + err) == [], args
