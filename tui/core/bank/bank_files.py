"""The files of a question bank, and one guide id per bank: apart from the search (search.py),
so that the commands that only list or check guides (`debate guide check`, `debate run`) do not
import the search and its folding tables."""

from __future__ import annotations

from pathlib import Path

from ..text.problems import Problem
from .guide import Guide

GUIDE_SUFFIXES = (".yaml", ".yml")


def bank_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.iterdir() if p.suffix in GUIDE_SUFFIXES and p.is_file())


def duplicate_id(path: str, guide: Guide, seen: dict[str, str]) -> Problem | None:
    """A problem when another file of the bank already holds a guide with this id."""
    if guide.id in seen:
        return Problem(path, 0, 0, f"guide id {guide.id!r} is already used by {seen[guide.id]}; "
                                   "give this guide another id (ids name guides in the bank)")
    seen[guide.id] = path
    return None
