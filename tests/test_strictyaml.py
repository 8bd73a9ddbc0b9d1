from tui.core.bank.yaml_reader import BOOL, INT, STR, compose
from tui.core.text.problems import Problems


def _compose(text):
    problems = Problems("t.yaml")
    return compose(text, problems), [str(p) for p in problems.items]


def test_positions_are_one_based_and_quoting_is_remembered():
    node, problems = _compose("a: 'NO'\nb: NO\nc: 1:30\n")
    assert problems == []
    (ka, va), (_, vb), (_, vc) = node.value
    assert (ka.line, ka.column, va.line, va.column) == (1, 1, 1, 4)
    assert (va.tag, va.plain) == (STR, False)
    assert (vb.tag, vb.plain) == (BOOL, True)
    assert (vc.tag, vc.line) == (INT, 3)


def test_anchors_aliases_and_tags_are_reported_not_followed():
    text = "a: &x [1, 2]\nb: *x\nc: !!python/name:os.system ''\n"
    node, problems = _compose(text)
    assert problems == [
        "t.yaml:1:4: anchor &x is not allowed: write values out in full",
        "t.yaml:2:4: alias *x is not allowed: write the value out in full",
        "t.yaml:3:4: tag !!python/name:os.system is not allowed: plain YAML data only",
    ]
    assert node.value[1][1].kind == "scalar"  # the alias did not share the list


def test_billion_laughs_does_not_expand():
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    node, problems = _compose("\n".join(lines))
    assert len(problems) == 9 + 8 * 9
    assert sum(len(v.value) for _, v in node.value) == 9 * 9


def test_syntax_error_has_a_position():
    node, problems = _compose("a: [1, 2\nb: 3\n")
    assert node is None
    assert problems[0].startswith("t.yaml:2:") and "is not closed with ']'" in problems[0]


def test_nesting_is_capped():
    node, problems = _compose("[" * 1000 + "]" * 1000)
    assert node is None and "nesting deeper than" in problems[0]
