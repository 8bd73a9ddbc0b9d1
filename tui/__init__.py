"""thematic-debate: prepare and run CCPCJ thematic debates (decision 18/1)."""

__version__ = "0.1.0"
