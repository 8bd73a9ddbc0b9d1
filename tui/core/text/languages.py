"""The six official languages of the United Nations, in UN order."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

LANGUAGES: tuple[str, ...] = ("ar", "zh", "en", "fr", "ru", "es")

# When a text is missing in the reader's language we show another one rather than a hole;
# English then French are the Secretariat's working languages, so they are tried first.
FALLBACK_ORDER: tuple[str, ...] = ("en", "fr", "es", "ru", "ar", "zh")


@dataclass(frozen=True, slots=True)
class LangText:
    """One human-readable text in up to six languages (a missing language is simply absent)."""

    values: Mapping[str, str] = field(default_factory=dict)
    line: int = field(default=0, compare=False)  # where the text is in its file (0: unknown)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self.values.items())

    def __bool__(self) -> bool:
        return bool(self.values)

    def has(self, lang: str) -> bool:
        return lang in self.values

    def get(self, lang: str) -> tuple[str, str] | None:
        """The text in `lang`, or in the first fallback language that has it, with the language used."""
        if lang in self.values:
            return self.values[lang], lang
        for other in FALLBACK_ORDER:
            if other in self.values:
                return self.values[other], other
        return None

    def text(self, lang: str) -> str:
        found = self.get(lang)
        return found[0] if found else ""
