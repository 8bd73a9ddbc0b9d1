"""The debate: participants, limits, the clock, events folded into state, the engine, the panel,
statistics and the plain-data snapshot of a session.

May import `text` and `bank`; never storage or summary (the engine gets its event log injected).
"""
