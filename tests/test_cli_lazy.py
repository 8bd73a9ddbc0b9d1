"""Start-up stays light: `debate --help` imports no subcommand and no heavy library; the command
list it shows is the one the subcommands register."""

import subprocess
import sys

from tests.conftest import ROOT
from tui.cli import COMMANDS, build_parser

HEAVY = ("rich", "yaml", "markdown_it", "tinydb", "textual", "tui.core.bank", "tui.core.debate",
         "tui.core.storage", "tui.core.summary")


def modules_after(*argv: str) -> set[str]:
    code = ("import sys; from tui.cli import main\n"
            "try:\n    main(list(sys.argv[1:]))\nexcept SystemExit:\n    pass\n"
            "print('\\n'.join(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code, *argv], cwd=ROOT, capture_output=True, text=True)
    return set(out.stdout.split())


def test_help_imports_no_subcommand_and_no_heavy_library():
    loaded = modules_after("--help")
    assert not {m for m in loaded if m.startswith("tui.cli.") and m != "tui.cli.errors"}
    assert not {m for m in loaded if m.split(".")[0] in HEAVY or m.startswith(HEAVY)}


def test_a_command_imports_its_own_module_only():
    loaded = modules_after("summary", "--help")
    assert "tui.cli.summary" in loaded
    assert not {"tui.cli.guide", "tui.cli.display", "tui.cli.run"} & loaded
    assert "markdown_it" not in loaded  # the HTML renderer: only when a summary is rendered


def test_the_command_list_is_the_registered_one():
    full = build_parser()
    (action,) = [a for a in full._actions if a.dest == "command"]
    registered = {c.dest: c.help for c in action._choices_actions}
    assert registered == {name: help_text for name, (_, help_text) in COMMANDS.items()}


def test_guide_check_imports_only_what_it_needs(tmp_path, monkeypatch):
    # Each of these cost `guide check` milliseconds of its start (issue 18: ≤ 4× bare Python):
    # the traceback module (only for DEBATE_DEBUG), tempfile (only to write), json (only for
    # --json), hashlib's OpenSSL (the cache's BLAKE2 is the builtin one).
    monkeypatch.setenv("DEBATE_CACHE_DIR", str(tmp_path))
    modules_after("guide", "check", "questions/")  # fills the guide cache
    loaded = modules_after("guide", "check", "questions/")
    assert "tui.cli.guide" in loaded
    assert not {"traceback", "tempfile", "json", "_hashlib", "rich", "markdown_it"} & loaded


def _action_parsers(parser):
    (command,) = [a for a in parser._actions if a.dest == "command"]
    (action,) = [a for a in command.choices["guide"]._actions if a.dest == "guide_command"]
    return action.choices


def test_a_guide_action_alone_gets_its_arguments_and_says_the_same():
    full = _action_parsers(build_parser())
    for name in full:
        lazy = _action_parsers(build_parser(only="guide", action=name))
        assert list(lazy) == list(full)
        assert lazy[name].format_help() == full[name].format_help()
        others = [n for n in lazy if n != name]
        assert all(len(lazy[n]._actions) == 0 for n in others)  # name and help only
