"""The question bank: the strict YAML reader, the guide schema and model, loading and caching,
search, readiness under decision 18/1, new guides and the guide as a Markdown document.

May import `text` and `files`; never the debate, storage or summary.
"""
