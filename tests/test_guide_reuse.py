"""`debate guide reuse`: a question of the bank copied into a guide being written."""

from __future__ import annotations

import shutil

from tests.conftest import DATA, GUIDE_2011
from tui.cli import main
from tui.core.bank.loader import load_guide

SHAPE_2012 = DATA / "guides" / "shape-2012.yaml"


def test_a_question_is_copied_with_every_language_its_options_and_its_origin(tmp_path, capsys):
    target = tmp_path / "new.yaml"
    shutil.copy(SHAPE_2012, target)
    before = target.read_text(encoding="utf-8")
    assert main(["guide", "reuse", "7(m)", "--from", str(GUIDE_2011), "--into", str(target),
                 "--group", "prevention"]) == 0
    assert "is now 2(b) (q12m)" in capsys.readouterr().out
    guide = load_guide(target)
    q = guide.find("2(b)").question
    source = load_guide(GUIDE_2011).find("7(m)").question
    assert q.origin == "ccpcj-20-2011/q12m" and q.text == source.text
    assert [o.text for o in q.options] == [o.text for o in source.options]
    after = target.read_text(encoding="utf-8")
    assert after.startswith(before[: before.index("      - group: 3")])  # everything above kept
    assert after.endswith(before[before.index("      - group: 3"):])  # and everything below
    assert main(["guide", "show", str(target)]) == 0
    assert "ccpcj-20-2011/q12m]" in capsys.readouterr().out


def test_a_taken_id_gets_the_source_guide_as_prefix_and_the_bank_can_be_named(tmp_path, capsys):
    target = tmp_path / "new.yaml"
    shutil.copy(SHAPE_2012, target)
    bank = tmp_path / "bank"
    bank.mkdir()
    shutil.copy(GUIDE_2011, bank)
    for _ in range(2):
        assert main(["guide", "reuse", "ccpcj-20-2011:q6a", "--into", str(target),
                     "--bank", str(bank)]) == 0
    ids = [q.id for q in load_guide(target).groups()[-1].questions]
    assert ids[-2:] == ["q6a", "ccpcj-20-2011-q6a"]


def test_refusals_leave_the_guide_untouched(tmp_path, capsys):
    target = tmp_path / "new.yaml"
    shutil.copy(SHAPE_2012, target)
    before = target.read_bytes()
    assert main(["guide", "reuse", "7(zz)", "--from", str(GUIDE_2011), "--into", str(target)]) == 1
    assert main(["guide", "reuse", "7(m)", "--from", str(GUIDE_2011), "--into", str(target),
                 "--group", "9"]) == 1
    assert main(["guide", "reuse", "7(m)", "--into", str(target)]) == 1
    assert target.read_bytes() == before
