"""Writing untrusted text into Markdown so that it renders as exactly that text.

Backslash escapes are consumed by the renderer, so the reader of the HTML never sees them; we
escape only what can start markup, so the Markdown source stays readable for a human too.
"""

from __future__ import annotations

import re

# Inline markup anywhere in a line: emphasis, code, links, images, HTML, entities, tables, strike.
_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
# Block markup at the start of a line: headings, quotes, lists, thematic breaks, setext, fences.
_LINE_START = re.compile(r"^([#>+\-=:]|\d+(?=[.)]))")
_SPACE = re.compile(r"[ \t\n\r\f\v]+")  # ASCII only: a no-break space is meant
# C0 and C1 controls (ESC, NUL, CSI…) and bidi embeddings, overrides and isolates: a document is read
# in a terminal or a browser, where each of them can hide or reorder what a speaker said.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def normalise(text: str) -> str:
    """What `escape` keeps of `text`: control characters dropped, white space runs made one space."""
    return _SPACE.sub(" ", _CONTROL.sub("", text)).strip()


def escape(text: str) -> str:
    """`text` as one line of Markdown that renders as `normalise(text)`."""
    flat = normalise(text)
    flat = _INLINE.sub(r"\\\1", flat)
    match = _LINE_START.match(flat)
    if match:
        if match.group(1)[0].isdigit():
            end = match.end()
            flat = flat[:end] + "\\" + flat[end:]
        else:
            flat = "\\" + flat
    return flat
