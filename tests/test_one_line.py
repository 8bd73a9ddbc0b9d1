"""Errors reach the user as one line (tui/core/text/problems.one_line), in the CLI and the console."""

from tui.core.text.problems import one_line


def test_an_os_error_gives_its_reason_and_file():
    exc = OSError(28, "No space left on device", "/s/x.json")
    assert one_line(exc) == "/s/x.json: No space left on device"
    assert one_line(exc, with_file=False) == "No space left on device"
    assert one_line(PermissionError(13, "Permission denied")) == "Permission denied"


def test_other_errors_give_their_first_line_or_their_type():
    assert one_line(ValueError("first\nsecond")) == "first"
    assert one_line(KeyError()) == "KeyError"
