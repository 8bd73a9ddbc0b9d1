"""Problems found in an input file, reported as `FILE:LINE:COL: message`."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    file: str
    line: int  # 1-based; 0 when the problem is about the whole file
    column: int  # 1-based; 0 when only the line is known (a line of a document, not of YAML)
    message: str

    def __str__(self) -> str:
        if self.line == 0:  # about the whole file (unreadable, too large): no position to give
            return f"{self.file}: {self.message}"
        if self.column == 0:
            return f"{self.file}:{self.line}: {self.message}"
        return f"{self.file}:{self.line}:{self.column}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message}


class InputError(Exception):
    """Raised when an input file is invalid; carries every problem found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        super().__init__("\n".join(str(p) for p in self.problems))


def one_line(exc: BaseException, with_file: bool = True) -> str:
    """An error as one line for the user: an OSError's reason (and file), else the first line."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}" if exc.filename and with_file else exc.strerror
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


class Problems:
    """Collects the problems of one file so that all of them are reported at once."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.items: list[Problem] = []

    def add(self, line: int, column: int, message: str) -> None:
        self.items.append(Problem(self.file, line, column, message))

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if self.items:
            raise InputError(self.items)
