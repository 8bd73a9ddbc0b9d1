"""A horizontal bar chart as inline SVG, drawn by us: no script, no external resource."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence

ROW, LABEL, BAR, GAP = 22, 260, 300, 8


def bar_chart(title: str, rows: Sequence[tuple[str, float]], fmt: Callable[[float], str]) -> str:
    """`rows` are (label, value); every text is escaped, values are drawn to scale."""
    top = max((v for _, v in rows), default=0) or 1
    height = ROW * len(rows) + 34
    width = LABEL + BAR + 70
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" font-family="sans-serif" font-size="12">',
           f"<title>{html.escape(title)}</title>",
           f'<text x="0" y="14" font-weight="bold">{html.escape(title)}</text>']
    for n, (label, value) in enumerate(rows):
        y = 26 + n * ROW
        length = round(BAR * value / top, 1)
        out.append(f'<text x="{LABEL - GAP}" y="{y + 13}" text-anchor="end">{html.escape(label)}</text>')
        out.append(f'<rect x="{LABEL}" y="{y + 2}" width="{length}" height="{ROW - 6}" fill="#4a6fa5"/>')
        out.append(f'<text x="{LABEL + length + 4}" y="{y + 13}">{html.escape(fmt(value))}</text>')
    out.append("</svg>")
    return "\n".join(out)
