"""A cache of validated guides, so that a bank of a hundred guides loads in well under a second.

Parsing YAML is the slow part (libyaml alone needs about 20 ms per six-language guide here), and
a bank rarely changes. A guide is cached under the hash of its bytes *and* of the validator's own
source, so any edit to the file or to the rules means a full, strict reload. The cache holds only
plain data (marshal: no code runs on load) rebuilt into a whitelist of domain classes; anything
unreadable in it is ignored and overwritten, never trusted.
"""

from __future__ import annotations

import contextlib
import dataclasses
import marshal
import os
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

try:  # hashlib's own BLAKE2, without hashlib loading OpenSSL: 3 ms of every `guide check`
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without it
    from hashlib import blake2b

from ..files.atomic import write_atomic
from ..files.safe import read_input
from ..text.languages import LangText
from ..text.problems import InputError, Problem
from . import guide as guide_module
from .guide import Guide
from .limits import TimeLimits
from .loader import MAX_BYTES, parse_guide
from .search_text import fold_guide

_CLASSES = {cls.__name__: cls for cls in (
    guide_module.Note, guide_module.Item, guide_module.Subtheme, guide_module.Option,
    guide_module.Question, guide_module.QuestionGroup, guide_module.Paragraph,
    guide_module.Section, guide_module.Reference, TimeLimits, guide_module.Meta,
    guide_module.Guide,
)}


def default_dir() -> Path:
    if "DEBATE_CACHE_DIR" in os.environ:
        return Path(os.environ["DEBATE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "thematic-debate" / "guides"


@cache
def _validator_fingerprint() -> bytes:
    # Every module of the bank and of the shared text layer, as found on disk: a rule that moves
    # or a new module changes the fingerprint instead of breaking it.
    h = blake2b(digest_size=16)
    core = Path(__file__).resolve().parent.parent
    for package in ("bank", "text"):
        for path in sorted((core / package).rglob("*.py")):
            h.update(path.relative_to(core).as_posix().encode())
            h.update(path.read_bytes())
    return h.digest()


def _to_plain(value: Any) -> Any:
    if isinstance(value, LangText):
        return ("L", dict(value.values), value.line)
    if isinstance(value, date):
        return ("D", value.toordinal())
    if dataclasses.is_dataclass(value):
        return ("C", type(value).__name__,
                tuple(_to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)))
    if isinstance(value, tuple):
        return ("T", tuple(_to_plain(v) for v in value))
    return ("V", value)


def _from_plain(data: Any) -> Any:
    kind = data[0]
    if kind == "L":
        return LangText(data[1], data[2])
    if kind == "D":
        return date.fromordinal(data[1])
    if kind == "C":
        return _CLASSES[data[1]](*(_from_plain(v) for v in data[2]))
    if kind == "T":
        return tuple(_from_plain(v) for v in data[1])
    if kind == "V" and (data[1] is None or isinstance(data[1], (str, int, bool))):
        return data[1]
    raise ValueError(f"unexpected cache entry {kind!r}")


class GuideCache:
    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_dir()
        self.hits = self.misses = 0

    def load(self, path: str | Path) -> Guide:
        """Like `load_guide`, served from the cache when the same bytes were validated before."""
        return self.load_folded(path)[0]

    def load_folded(self, path: str | Path) -> tuple[Guide, tuple[str, ...]]:
        """The guide and its folded search texts (see `search_text.fold_guide`)."""
        path = Path(path)
        try:
            data = read_input(path, MAX_BYTES, "guide", truncate=True)  # never a FIFO or a device
        except OSError as exc:
            raise InputError([Problem(str(path), 0, 0, exc.strerror or str(exc))]) from None
        key = blake2b(data, digest_size=20, key=_validator_fingerprint()).hexdigest()
        entry = self.directory / f"{key}.guide"
        cached = self._read(entry)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        guide = parse_guide(data, str(path))
        folded = fold_guide(guide)
        self._write(entry, guide, folded)
        return guide, folded

    @staticmethod
    def _read(entry: Path) -> tuple[Guide, tuple[str, ...]] | None:
        try:
            plain, folded = marshal.loads(entry.read_bytes())
            guide = _from_plain(plain)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged or foreign cache entry is just a miss
            return None
        if not isinstance(guide, Guide) or not isinstance(folded, tuple) \
                or not all(isinstance(f, str) for f in folded):
            return None
        return guide, folded

    def _write(self, entry: Path, guide: Guide, folded: tuple[str, ...]) -> None:
        # The cache is an optimisation: a read-only or full disk must not stop the user.
        with contextlib.suppress(OSError):
            self.directory.mkdir(parents=True, exist_ok=True)
            write_atomic(entry, marshal.dumps((_to_plain(guide), folded)))
