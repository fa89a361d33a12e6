"""The analyser's one exception family.

Every error has a stable ``code`` (DESIGN.md §6), the ``source`` it concerns (a file name, a rule
pack) and a message a non-programmer understands. ``str(error)`` is a single line naming both.
"""

from __future__ import annotations

__all__ = [
    "AnalyserError",
    "CorruptError",
    "EmptyError",
    "EncryptedError",
    "FileMissingError",
    "NoTextLayerError",
    "RulePackInvalidError",
    "TimeoutError_",
    "TooLargeError",
    "UnreadableFileError",
    "UnsupportedFormatError",
]


class AnalyserError(Exception):
    """Base class: a problem the user can act on, never a programming error."""

    code = "error"

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")

    def __reduce__(self) -> tuple[type[AnalyserError], tuple[str, str]]:
        # rebuilt from its own arguments, so that an error raised in a worker process (a
        # multiprocessing pool, a Dask worker) reaches the caller intact; the default would call
        # the class with the single formatted message and fail there
        return (type(self), (self.source, self.message))

    def to_dict(self) -> dict[str, str]:
        """Return the error as the ``error`` object of the report schema."""
        return {"code": self.code, "message": self.message}


class UnsupportedFormatError(AnalyserError):
    """The bytes are not a PDF, DOCX, TXT or MD document."""

    code = "unsupported_format"


class EncryptedError(AnalyserError):
    """The document is password protected."""

    code = "encrypted"


class CorruptError(AnalyserError):
    """The document claims a format but cannot be read as one."""

    code = "corrupt"


class EmptyError(AnalyserError):
    """The file has no bytes, or no text at all."""

    code = "empty"


class NoTextLayerError(AnalyserError):
    """A PDF whose pages are images only (a scan)."""

    code = "no_text_layer"


class TooLargeError(AnalyserError):
    """The file exceeds a configured limit (bytes, pages, decompressed size)."""

    code = "too_large"


class TimeoutError_(AnalyserError):  # noqa: N801 - avoid shadowing the builtin
    """Reading the document took longer than the configured limit."""

    code = "timeout"


class RulePackInvalidError(AnalyserError):
    """A YAML rule pack does not follow the rule-pack schema."""

    code = "rule_pack_invalid"


class FileMissingError(AnalyserError):
    """The path named on the command line does not exist or is not a file."""

    code = "not_found"


class UnreadableFileError(AnalyserError):
    """The operating system refused to read the file (permissions, device errors)."""

    code = "unreadable"
