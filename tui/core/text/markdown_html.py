"""HTML rendered from our Markdown: raw HTML off, only https:/mailto: links, no remote images."""

from __future__ import annotations

import html as _html
import re
from functools import lru_cache

from markdown_it import MarkdownIt

_SAFE_LINK = re.compile(r"^(https:|mailto:)", re.IGNORECASE)

STYLE = """
body { font-family: "Times New Roman", Georgia, serif; max-width: 44em; margin: 2em auto;
       padding: 0 1em; line-height: 1.45; color: #111; }
h1 { font-size: 1.5em; } h2 { font-size: 1.25em; margin-top: 1.6em; } h3, h4 { font-size: 1.05em; }
ul { list-style: none; padding-left: 2em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid #999; padding: .2em .5em; }
figure.chart { margin: 1em 0; } figure.chart svg { max-width: 100%; height: auto; }
@media print { body { margin: 0; max-width: none; } h2 { page-break-after: avoid; } }
"""


def _validate_link(url: str) -> bool:
    return bool(_SAFE_LINK.match(url.strip()))


@lru_cache(maxsize=1)
def markdown_renderer() -> MarkdownIt:
    """The one configured parser and renderer (not to be reconfigured by callers: it is shared)."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
    md.validateLink = _validate_link  # type: ignore[method-assign]  # markdown-it-py's documented hook
    md.disable("image")  # a summary or guide never embeds remote images
    return md


def render_document(markdown: str, title: str, lang: str) -> str:
    """A complete, self-contained HTML page for `markdown`."""
    return page(markdown_renderer().render(markdown), title, lang)


def page(body: str, title: str, lang: str) -> str:
    """A complete HTML page around `body`, which must already be safe HTML."""
    direction = "rtl" if lang == "ar" else "ltr"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_html.escape(lang)}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{_html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
