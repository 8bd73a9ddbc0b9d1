"""No widget is handed text built from data (an f-string, a concatenation, a join or a format)
unless it goes through the one helper that makes it literal (tui/widgets/literal.py): built text
is where a name, a point or a title ends up, and a plain `str` is parsed as markup (issue 11)."""

from __future__ import annotations

import ast
import sys

from tests.conftest import ROOT

# Calls that hand text to Textual or Rich, by the name called (function or method). Not in the
# list: the module-level `update` and `append` of tui/widgets (they make a `str` literal) and
# `notify` (DebateApp.notify is the one way to a notice, and makes it literal).
SINKS = {"Label", "Static", "Button", "Checkbox", "Tree", "Option", "Select", "Text", "Content",
         "update", "add_row", "add_rows", "add_column", "add_columns", "add", "add_leaf",
         "add_option", "add_options", "append", "print", "Markdown"}
SAFE_HELPERS = {"update", "append"}  # called by bare name: tui/widgets/refresh.py and literal.py
# Calls whose result is safe inside built text: literal text, visible control characters, the
# catalog's fixed texts, numbers and times.
SAFE = {"literal", "content", "visible", "tr", "mmss", "len"}
CASE = {"upper", "lower", "strip", "title"}
NOT_SHOWN = {"key", "id", "classes", "style"}  # keyword arguments that never reach the screen
FILES = sorted([ROOT / "tui" / "app.py", ROOT / "tui" / "display.py",
                *(ROOT / "tui" / "screens").glob("*.py"), *(ROOT / "tui" / "widgets").glob("*.py")])


def _name(call: ast.Call) -> str:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""


def _is_sink(call: ast.Call) -> bool:
    name = _name(call)
    if name not in SINKS or (isinstance(call.func, ast.Name) and name in SAFE_HELPERS):
        return False
    if name == "append" and isinstance(call.func, ast.Attribute):
        # Text.append, not list.append: it is given a style, or it is called on the Text being built.
        receiver = call.func.value
        return any(k.arg == "style" for k in call.keywords) or (
            isinstance(receiver, ast.Name) and receiver.id in ("out", "text", "heading"))
    return True


def _data(node: ast.AST) -> bool:
    """A value that may hold user data: anything but a constant or a call of a SAFE helper."""
    if isinstance(node, ast.Constant):
        return False
    if isinstance(node, ast.Call) and _name(node) in SAFE:
        return False
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and _name(node) in CASE:
        return _data(node.func.value)  # tr(...).upper() is as safe as tr(...)
    if isinstance(node, ast.JoinedStr | ast.BinOp | ast.IfExp):
        return _built(node)
    return True


def _built(node: ast.AST) -> bool:
    """Text assembled at the call from data: an f-string, `+`/`%`, `.join`, `.format`."""
    if isinstance(node, ast.JoinedStr):
        return any(isinstance(v, ast.FormattedValue) and _data(v.value) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _data(node.left) or _data(node.right)
    if isinstance(node, ast.Call) and _name(node) in ("join", "format"):
        return True
    if isinstance(node, ast.IfExp):
        return _built(node.body) or _built(node.orelse)
    return False


def unsafe_calls() -> list[str]:
    found = []
    for path in FILES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in ast.walk(tree):
            if not isinstance(call, ast.Call) or not _is_sink(call):
                continue
            for arg in [*call.args, *(k.value for k in call.keywords if k.arg not in NOT_SHOWN)]:
                if _built(arg):
                    where = f"{path.relative_to(ROOT)}:{arg.lineno}"
                    found.append(f"{where}: {_name(call)}({ast.unparse(arg)[:60]})")
    return found


def test_no_widget_gets_built_text_without_the_helper():
    assert unsafe_calls() == []


def test_the_scan_finds_what_it_looks_for(tmp_path, monkeypatch):
    bad = tmp_path / "bad.py"
    bad.write_text('label.update(f"{p.name} has the floor")\nout.append("x: " + name)\n'
                   'Label(literal(f"{p.name}"))\nupdate(label, f"{p.name}")\n'
                   'table.add_row(p.text + "!", key=f"{p.id}")\n', encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "FILES", [bad])
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    assert [line.split(":")[1] for line in unsafe_calls()] == ["1", "2", "5"]
