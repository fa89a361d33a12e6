"""The plain-language messages the PDF reader raises, shared by its engines."""

from __future__ import annotations

from analyser.parsers.limits import Limits

__all__ = [
    "MSG_CORRUPT",
    "MSG_ENCRYPTED",
    "MSG_NO_TEXT_LAYER",
    "MSG_WRONG_PASSWORD",
    "encrypted_message",
    "timeout_message",
    "too_many_pages_message",
]

MSG_ENCRYPTED = (
    "this PDF is password-protected; give its password (likeness --password) or remove the "
    "password (print to PDF) and try again"
)
MSG_WRONG_PASSWORD = (
    "this PDF is password-protected and the password given does not open it; check the "
    "password and try again"
)
MSG_CORRUPT = (
    "this PDF is damaged and cannot be read; open it and save or print it to a new PDF, "
    "then try again"
)
MSG_NO_TEXT_LAYER = (
    "this PDF has no text layer, it looks like a scan; run it through OCR (for example "
    "ocrmypdf, or install Tesseract so the analyser can read it) or ask for a PDF exported "
    "from the original document"
)


def encrypted_message(password: str | None) -> str:
    """Say that a password is needed, or that the given one is wrong."""
    return MSG_ENCRYPTED if not password else MSG_WRONG_PASSWORD


def too_many_pages_message(count: int, limits: Limits) -> str:
    """Describe a PDF with more pages than the limit."""
    return (
        f"this PDF has {count} pages, more than the {limits.max_pages}-page limit; "
        "split it into smaller files and try again"
    )


def timeout_message(limits: Limits) -> str:
    """Describe a document that took longer to read than the time limit."""
    return (
        f"reading this document took longer than the {limits.max_seconds:g}-second limit; "
        "split it into smaller files or save it again (a new PDF or .docx) and try again"
    )
