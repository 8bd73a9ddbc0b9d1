class CommandError(Exception):
    """A failure that is not about the content of an input file (exit code 1)."""
