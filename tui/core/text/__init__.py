"""Words and formats shared by every layer: the six languages, the catalog of fixed texts
(interface, documents, summary), durations, Markdown escaping and rendering, problems in files.

Imports nothing of the other core packages.
"""
