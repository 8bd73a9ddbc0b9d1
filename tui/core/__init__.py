"""The domain: plain Python, never imports Textual (a test enforces it)."""
