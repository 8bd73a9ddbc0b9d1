"""Loading a guide file: size cap, decoding, strict YAML, schema. One error type escapes: InputError."""

from __future__ import annotations

from pathlib import Path

from ..text.problems import InputError, Problem, Problems
from .guide import Guide
from .schema import read_guide
from .yaml_reader import compose

# The 2011 guide in six languages is about 400 KB; anything past this is a mistake or an attack.
MAX_BYTES = 4 * 1024 * 1024


def load_guide(path: str | Path) -> Guide:
    """The validated guide in `path`; raises InputError with every problem found."""
    path = Path(path)
    name = str(path)
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise InputError([Problem(name, 0, 0, exc.strerror or str(exc))]) from None
    return parse_guide(data, name)


def parse_guide(data: bytes, name: str = "<guide>") -> Guide:
    problems = Problems(name)
    if len(data) > MAX_BYTES:
        problems.add(0, 0, f"file is larger than {MAX_BYTES // (1024 * 1024)} MiB")
        problems.raise_if_any()
    text = _decode(data, problems)
    if text is None:
        problems.raise_if_any()
    assert text is not None
    guide = read_guide(compose(text, problems), problems)
    problems.raise_if_any()
    assert guide is not None
    return guide


def _decode(data: bytes, problems: Problems) -> str | None:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        column = len(before) - (before.rfind(b"\n") + 1) + 1
        problems.add(line, column, f"not valid UTF-8 (byte 0x{data[exc.start]:02x}); save the file "
                                   "as UTF-8")
        return None

