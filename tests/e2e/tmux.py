"""Driving the real `debate` program in a tmux pane, as a person at a terminal would."""

from __future__ import annotations

import shutil
import subprocess
import time
import uuid


class Pane:
    def __init__(self, command: list[str], env: dict[str, str], cwd: str, size: tuple[int, int] = (80, 24)):
        self.name = f"debate-{uuid.uuid4().hex[:8]}"
        exports = " ".join(f"{k}={_quote(v)}" for k, v in env.items())
        line = f"cd {_quote(cwd)} && env {exports} " + " ".join(_quote(c) for c in command)
        subprocess.run(["tmux", "new-session", "-d", "-x", str(size[0]), "-y", str(size[1]),
                        "-s", self.name, line], check=True)

    def keys(self, *keys: str, literal: bool = False) -> None:
        args = ["tmux", "send-keys", "-t", self.name, *(["-l"] if literal else []), *keys]
        subprocess.run(args, check=True)

    def type(self, text: str) -> None:
        self.keys(text, literal=True)

    def screen(self) -> str:
        out = subprocess.run(["tmux", "capture-pane", "-p", "-t", self.name], capture_output=True, text=True)
        return out.stdout

    def alive(self) -> bool:
        return subprocess.run(["tmux", "has-session", "-t", self.name], capture_output=True).returncode == 0

    def wait_for(self, text: str, timeout: float = 15.0) -> str:
        """Poll the screen until `text` shows (the program is real: it takes the time it takes)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            screen = self.screen()
            if text in screen:
                return screen
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared; the screen was:\n{self.screen()}")

    def wait_gone(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.alive():
                return
            time.sleep(0.1)
        raise AssertionError(f"still running; the screen was:\n{self.screen()}")

    def kill(self) -> None:
        subprocess.run(["tmux", "kill-session", "-t", self.name], capture_output=True)


def program_env(sessions: object, root: object) -> dict[str, str]:
    """What the real program needs in a pane: its sessions folder, the sources, a colour terminal."""
    import os

    return {"DEBATE_SESSIONS_DIR": str(sessions), "PYTHONPATH": str(root), "TERM": "xterm-256color",
            "HOME": os.environ.get("HOME", "/tmp")}


def available() -> bool:
    return shutil.which("tmux") is not None


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"
