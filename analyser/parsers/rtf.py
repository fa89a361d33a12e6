"""Read RTF contracts with ``striprtf`` (small, pure Python).

Word writes list numbers into RTF as literal text (``{\\listtext 1.\\tab}``), so they come back as
printed; a tab after a list number becomes one space, like the DOCX reader's labels. Table rows
come back as one line with cells joined by ``" | "``. RTF has no reliable pages.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from analyser.errors import CorruptError, EmptyError
from analyser.parsers.limits import Extracted
from analyser.parsers.text import MSG_NO_TEXT, normalise_newlines

__all__ = ["MSG_CORRUPT", "read_rtf", "rtf_available"]

MSG_CORRUPT = (
    "this RTF file is damaged and cannot be read; open it in Word or LibreOffice, save it as "
    ".docx and try again"
)
CELL_SEPARATOR = " | "
_LIST_LABEL_TAB = re.compile(r"^([(\[]?[0-9A-Za-z]{1,6}(?:\.[0-9A-Za-z]{1,6})*[.)\]]?)\t", re.M)


def rtf_available() -> bool:
    """Say whether striprtf is installed."""
    try:
        importlib.import_module("striprtf.striprtf")
    except ImportError:
        return False
    return True


def read_rtf(data: bytes, name: str) -> Extracted:
    """Turn RTF bytes into text; raise CorruptError if striprtf cannot read them."""
    rtf_to_text: Any = importlib.import_module("striprtf.striprtf").rtf_to_text
    try:
        text = rtf_to_text(data.decode("latin-1"), errors="replace")
    except Exception as exc:  # noqa: BLE001 - any failure is a damaged file to the user
        raise CorruptError(name, MSG_CORRUPT) from exc
    lines = [_table_row(line) for line in normalise_newlines(str(text)).split("\n")]
    text = _LIST_LABEL_TAB.sub(r"\1 ", "\n".join(lines)).strip("\n")
    if not text.strip():
        raise EmptyError(name, MSG_NO_TEXT)
    return Extracted(text=text)


def _table_row(line: str) -> str:
    """Turn striprtf's ``a|b|`` table rows into ``a | b``."""
    if not line.endswith("|"):
        return line
    cells = [cell.strip() for cell in line[:-1].split("|")]
    return CELL_SEPARATOR.join(cells)
