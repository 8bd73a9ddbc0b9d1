"""Sessions on disk: the journal (a TinyDB storage appending one line per action), the session
store over it, `SessionFollower` for read-only viewers (the room display, the web server), and
creating, finding and opening sessions.

May import `text`, `files`, `bank` and `debate`; never the summary.
"""
