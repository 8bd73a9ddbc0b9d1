"""A notice never hides what the Chair must press: on a dialog, no toast covers its fields or
buttons, and a notice said while it is open is shown beside it (on its own line), not over it."""

from __future__ import annotations

import pytest
from textual.widget import Widget
from textual.widgets import Button, Checkbox, Input, Select

from tests.ui.screen import screen_text

FIELDS = (Button, Input, Select, Checkbox)


def covered(app) -> list[str]:
    """The fields and buttons of the dialog on top that something else is drawn over, cell by cell."""
    screen = app.screen
    out = []
    for widget in screen.query("*"):
        if not isinstance(widget, FIELDS) or not widget.display:
            continue
        region = widget.region
        for y in range(region.y, region.bottom):
            for x in range(region.x, region.right):
                try:
                    top, _ = screen.get_widget_at(x, y)
                except Exception:  # off screen: hidden as well
                    out.append(f"{widget!r} off screen at {x},{y}")
                    break
                if top is not widget and widget not in top.ancestors_with_self:
                    out.append(f"{widget!r} under {top!r} at {x},{y}")
                    break
            else:
                continue
            break
    return out


def toasts(app) -> list[Widget]:
    from textual.widgets._toast import Toast

    return [t for t in app.screen.query(Toast) if t.display and t.region.area]


@pytest.mark.parametrize("key", ["a", "p"])
async def test_notices_from_before_never_cover_a_dialog(console, key):
    async with console.app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("n", "s", "n")  # three notices: floor given, speech ended, floor given
        await pilot.pause()
        assert len(console.app._notifications) == 3
        await pilot.press(key)
        await pilot.pause()
        assert covered(console.app) == []
        assert toasts(console.app) == []


@pytest.mark.parametrize("key", ["a", "p"])
async def test_a_notice_while_a_dialog_is_open_is_said_beside_it(console, key):
    async with console.app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press(key)
        await pilot.pause()
        console.app.notify("The session file was changed by another program since the console wrote "
                           "it: nothing was recorded; close the console and check the file", severity="error")
        console.app.notify("Nobody has the floor", severity="warning")
        await pilot.pause()
        assert covered(console.app) == []
        text = screen_text(console.app)
        assert "Nobody has the floor" in text  # the latest said, in words, where the Chair looks
        # Back on the main screen, the notices are toasts there as ever.
        await pilot.press("escape")
        await pilot.pause()
        assert "Nobody has the floor" in screen_text(console.app)


LONG_FR = ("Le fichier de la séance a été modifié par un autre programme depuis que la console l'a "
           "écrit : rien n'a été enregistré ; fermez la console et vérifiez le fichier")


async def test_the_tallest_add_dialog_with_the_longest_notice_keeps_everything(console_fr):
    """A closed list's notice, a question under the name, and a notice of three rows: still all
    visible at 80×24, in French, the notice whole."""
    console_fr.session.close_list()
    async with console_fr.app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("a", *"Germeny", "enter")
        await pilot.pause()
        console_fr.app.notify(LONG_FR, severity="error")
        await pilot.pause()
        assert covered(console_fr.app) == []
        text = " ".join(screen_text(console_fr.app).split())
        assert LONG_FR in text
        assert "Germeny n'est pas un État Membre" in text  # the question under the name as well
