"""The domain must stay importable and usable without Textual (design.md §2)."""

import subprocess
import sys

from tests.conftest import GUIDE_2011, ROOT


def test_core_never_imports_textual():
    code = (
        "import sys, pkgutil, importlib, tui.core\n"
        "for m in pkgutil.walk_packages(tui.core.__path__, 'tui.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "from tui.core.bank.loader import load_guide\n"
        f"load_guide({str(GUIDE_2011)!r})\n"
        "bad = sorted(n for n in sys.modules if n == 'textual' or n.startswith('textual.'))\n"
        "assert not bad, bad\n"
        "print('ok')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
