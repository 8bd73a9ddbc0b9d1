"""The README's commands are the ones CI runs, and every command of the parser is documented."""

from __future__ import annotations

import argparse
import re

from tests.conftest import ROOT
from tui.cli import build_parser

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in README
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)[1]
    assert ci in first_block, "the test command is one of the two opening commands"


def test_the_fast_tier_is_given_while_developing():
    section = re.search(r"\n#+ While developing\n(.*?)(\n#+ |\Z)", README, re.S)
    assert section, "the README has a 'While developing' heading"
    assert '.venv/bin/python -m pytest -m "not slow"' in section[1]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands() -> list[str]:
    """Every command line the parser accepts, as `debate guide check`, `debate run`, …"""
    out = []
    for name, sub in _subparsers(build_parser()).items():
        actions = _subparsers(sub)
        out += [f"debate {name} {a}" for a in actions] if actions else [f"debate {name}"]
    return out


def test_the_parser_has_the_commands_we_think():
    # Guards the walk above: were it to find nothing, the next test would pass vacuously.
    found = commands()
    assert "debate guide check" in found and "debate run" in found and len(found) >= 12


def test_every_command_of_the_parser_is_documented():
    missing = [c for c in commands() if c not in README]
    assert missing == [], f"commands the README does not mention: {missing}"
