"""Sessions on disk: the crash-proof TinyDB session store, and creating, finding and opening sessions.

May import `text`, `files`, `bank` and `debate`; never the summary.
"""
