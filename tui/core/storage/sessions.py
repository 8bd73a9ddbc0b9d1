"""Creating and opening sessions: the glue between a guide, a session file and the engine."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from ..bank.bank_files import bank_files
from ..bank.cache import GuideCache
from ..bank.guide import Guide
from ..bank.loader import load_guide
from ..debate.clock import Clock
from ..debate.engine import Session
from ..debate.named_limits import with_named
from ..debate.participants import Participant
from ..debate.session_meta import SessionMeta
from ..text.problems import InputError
from .journal import paused_gc
from .session_store import REPLAY_ERRORS, SessionStore, StoreError, new_session_id, replay_failure


def default_guide(bank: Path) -> Path:
    """The guide of the most recent session among the valid guides of the bank."""
    best: tuple[Any, Path] | None = None
    for path in bank_files(bank):
        try:
            opens = load_guide(path).meta.opens
        except InputError:
            continue
        if best is None or (opens, path.name) > best[0]:
            best = ((opens, path.name), path)
    if best is None:
        raise StoreError(f"no valid guide in {bank}/ (give one with --guide PATH)")
    return best[1]


def create_session(directory: Path, guide_path: Path, clock: Clock, *, title: str | None = None,
                   speakers: Sequence[Participant] = (), session_id: str | None = None,
                   overrides: dict[str, int | None] | None = None, guide: Guide | None = None,
                   chair: str | None = None, named_limits: Mapping[str, int] | None = None,
                   meetings: Sequence[tuple[float, float]] = ()) -> Session:
    """A new session file for the guide, open for writing; speakers pre-registered in one action,
    the planned meetings in another. `named_limits` as `--limit` gives them (`member-state`: 180)."""
    guide = guide if guide is not None else load_guide(guide_path)
    limits = with_named(guide.time_limits.with_overrides(**(overrides or {})), named_limits or {})
    now = clock.now()
    meta = SessionMeta(
        # `--id ''` is refused (SessionStore.create), not taken for "the default id".
        id=session_id if session_id is not None else new_session_id(guide.id, now, directory),
        title=title or guide.meta.theme.text("en"),
        guide=str(guide_path.resolve()),
        guide_id=guide.id,
        created=now,
        limits=limits,
        chair=" ".join(chair.split()) if chair and chair.strip() else None,
    )
    store = SessionStore.create(directory, meta)
    session = Session(store, clock, limits, guide)
    try:
        if meetings:
            session.plan_meetings(meetings)
    except BaseException:
        store.close()
        raise
    if speakers:
        try:
            session.add_speakers(speakers)
            # Panellists and experts of the roster also take their places on the panel.
            for p in speakers:
                if p.category == "independent-expert" or (p.category == "panellist" and p.group):
                    session.add_panel_member(p)
        except BaseException:
            store.close()
            raise
    return session


def session_guide(meta: SessionMeta) -> Guide | None:
    """The session's guide, or None when its file is gone or no longer valid."""
    if not meta.guide:
        return None
    try:
        return cached_guide(Path(meta.guide))
    except InputError:
        return None


def cached_guide(path: Path) -> Guide:
    """The validated guide, from the guide cache when its bytes were validated before."""
    try:
        return GuideCache().load(path)
    except OSError:  # no usable cache folder: validate from scratch
        return load_guide(path)


def open_session(path: Path, clock: Clock, writer: bool = True,
                 guide: Guide | None = None) -> Session:
    store = SessionStore.open(path, writer=writer)
    try:
        meta = store.meta
        guide = guide if guide is not None else session_guide(meta)
        try:
            with paused_gc():  # (see there: 50,000 events folded make 100,000 objects)
                return Session(store, clock, meta.limits, guide)  # the one fold of the opened events
        except REPLAY_ERRORS as exc:
            # A file whose events cannot be replayed is refused before anything else.
            raise replay_failure(path, exc) from None
    except BaseException:
        store.close()
        raise
