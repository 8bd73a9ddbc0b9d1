class CommandError(Exception):
    """A failure that is not about the content of an input file (exit code 1)."""


class UsageError(CommandError):
    """An option given in a way that cannot work (exit code 2, as argparse's usage errors)."""
