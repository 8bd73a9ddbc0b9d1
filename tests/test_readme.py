"""The README's commands are the ones CI runs, and the tour's commands still work."""

from __future__ import annotations

import re

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci in README
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)[1]
    assert ci in first_block, "the test command is one of the two opening commands"


def test_every_guide_subcommand_is_documented():
    for action in ("check", "show", "export", "search", "new"):
        assert f"debate guide {action}" in README
