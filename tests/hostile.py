"""Hostile text: names, points and titles a person or a file may hand the program.

Markup of every kind Textual and Rich understand, actions, links, terminal escapes, OSC, bidi
overrides, NUL, a 10 kB name. Each must be shown as the text it is, trigger nothing, and never
put an escape byte on the terminal.
"""

from __future__ import annotations

HOSTILE: list[str] = [
    # Textual / Rich markup that crashed or was interpreted (issue 11)
    "Bad[/]Close",
    "Cooperation is key [/]",
    "[/]",
    "[/bold]",
    "Costa Rica [on behalf of GRULAC]",
    "[b]bold[/b] name",
    "[bold red on white]Loud[/]",
    "[#ff0000]Red[/]",
    "[reverse]Flip[/reverse]",
    "[blink]Blink[/blink]",
    "[italic unclosed",
    "[link=https://example.org]a link[/link]",
    "[link='file:///etc/passwd']local[/link]",
    "[@click=app.quit]Quit me[/]",
    "[@click=app.undo]Brazil[/]",
    "[@click=app.screenshot('f.svg','/tmp')]Shot[/]",
    "[@click=screen.dismiss]Close[/]",
    "[$accent]Variable[/]",
    "[on $error]Alarm[/]",
    "\\[escaped] and \\\\[double]",
    "[[double open]]",
    "a ] b [ c",
    ":smile: :thumbs_up: :flag_for_brazil:",
    "{name} {0} %s %(x)s",
    # terminal escapes
    "\x1b[2JClear",
    "\x1b]0;PWNED\x07Retitle",
    "\x1b]8;;https://evil.example\x07hyperlink\x1b]8;;\x07",
    "\x1b[31mRed\x1b[0m",
    "\x1bcReset",
    "\x9b2JC1 CSI",
    "\x9d0;C1 OSC\x9c",
    "Bell\x07\x07",
    "Back\x08\x08space",
    "Carriage\roverwrite",
    "Nul\x00byte",
    "Del\x7fete",
    # bidi and invisible characters
    "\u202eevil.exe\u202c",
    "\u2066isolated\u2069 name",
    "\u200bzero\u200bwidth",
    "Line\u2028separator",
    # line breaks and tabs
    "Two\nlines",
    "Tab\tname",
    # HTML / Markdown (the summary escapes these; the console shows them)
    "<script>alert(1)</script>",
    "# Heading **bold** `code` [x](https://e.org)",
    # scripts and sizes
    "مصر",
    "Côte d’Ivoire",
    "e\u0301\u0301\u0301 combining",
    "🇧🇷 Brasil",
    "X" * 10_000,
]

# Bytes that must never reach a terminal as text: ESC, BEL, NUL, C1 controls, bidi overrides.
FORBIDDEN = ["\x1b", "\x07", "\x00", "\x08", "\x7f", "\x9b", "\x9d", "\x9c", "\u202e", "\u2066"]


def forbidden_in(text: str) -> list[str]:
    return [repr(c) for c in FORBIDDEN if c in text]


def hostile_session(directory, texts, title, session_id="hostile"):
    """A session whose speakers, points, panel and title are `texts`, the floor not yet given."""
    from tests.conftest import GUIDE_2011
    from tui.core.debate.clock import FakeClock
    from tui.core.debate.participants import REGIONAL_GROUPS, Participant
    from tui.core.storage.sessions import create_session

    session = create_session(directory, GUIDE_2011, FakeClock(), session_id=session_id, title=title)
    session.add_speakers([Participant(t, "member-state", REGIONAL_GROUPS[n % 5])
                          for n, t in enumerate(texts)])
    for n, t in enumerate(texts):
        # As a session file may hold them: past the engine's own cleaning of typed text.
        session._record("point.add", text=t, by=texts[-1 - n], subtheme=None, question=None,
                        main=True, conclusion=False)
        if n < 5:
            session.add_panel_member(Participant(t, "panellist", REGIONAL_GROUPS[n]))
        else:
            session.add_panel_member(Participant(t, "independent-expert"))
    return session
