"""The Chair's summary: the document, its Markdown/HTML/CSV exports and the speaking-time chart.

May import `text`, `files`, `bank` and `debate`; never storage.
"""
