"""Library errors. The CLI turns them into click exceptions with the message as is."""


class ExtractorError(Exception):
    """Base class: a problem the user can act on (bad input, bad option, bad data file)."""


class InputError(ExtractorError):
    """An input file that cannot be read or decoded. The message names the file."""

    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")
