"""Read plain-text and Markdown contracts: detect the encoding, refuse binary data.

Line ends are normalised to ``\\n`` (CRLF and lone CR); form feeds and everything else are kept,
so the decoded string is the reference text every offset counts from.
"""

from __future__ import annotations

import codecs
import re

from analyser.errors import EmptyError, UnsupportedFormatError
from analyser.parsers.limits import Extracted

__all__ = ["MSG_BINARY", "MSG_NO_TEXT", "decode_text", "normalise_newlines", "read_text"]

MSG_BINARY = (
    "this file is not a PDF, Word (.docx) or text document; save the contract as .docx, PDF "
    "or .txt and try again"
)
MSG_NO_TEXT = "the document contains no text; check that you chose the right file"
MAX_CONTROL_RATIO = 0.01
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
UTF16_PROBE_BYTES = 4096
_LEGACY_CODE_PAGE_PREFIXES = ("cp4", "cp7", "cp8", "cp1125", "mac_")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_text(data: bytes, name: str) -> Extracted:
    """Turn the bytes of a .txt or .md file into text; raise for binary or blank files."""
    text = normalise_newlines(decode_text(data, name))
    if not text.strip():
        raise EmptyError(name, MSG_NO_TEXT)
    return Extracted(text=text)


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into ``\\n``."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_text(data: bytes, name: str) -> str:
    """Decode ``data`` as text (BOM, UTF-8, UTF-16 without BOM, or a detected charset)."""
    text = _decode_by_bom(data)
    if text is None:
        text = _decode_without_bom(data, name)
    if _looks_binary(text):
        raise UnsupportedFormatError(name, MSG_BINARY)
    return text


def _decode_by_bom(data: bytes) -> str | None:
    """Decode data that starts with a Unicode byte-order mark, dropping the mark."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _decode_without_bom(data: bytes, name: str) -> str:
    """Decode data with no byte-order mark: UTF-8, BOM-less UTF-16, else charset detection."""
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return utf16
    if b"\x00" in data:
        raise UnsupportedFormatError(name, MSG_BINARY)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect_and_decode(data, name)


def _utf16_without_bom(data: bytes) -> str | None:
    """Decode data that looks like UTF-16 (every other byte zero) but has no BOM."""
    probe = data[:UTF16_PROBE_BYTES]
    if len(data) % 2 or len(probe) < 4:
        return None
    even_zeros = probe[0::2].count(0)
    odd_zeros = probe[1::2].count(0)
    half = len(probe) // 2
    if odd_zeros > 0.9 * half and even_zeros == 0:
        encoding = "utf-16-le"
    elif even_zeros > 0.9 * half and odd_zeros == 0:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _detect_and_decode(data: bytes, name: str) -> str:
    """Decode with the charset charset-normalizer finds most plausible."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or _is_legacy_code_page(best.encoding):
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            if best is None:
                raise UnsupportedFormatError(name, MSG_BINARY) from None
    return str(best)


def _is_legacy_code_page(encoding: str) -> bool:
    """Say whether a detected encoding is a DOS or old Mac code page (cp1252 is likelier)."""
    return encoding.startswith(_LEGACY_CODE_PAGE_PREFIXES)


def _looks_binary(text: str) -> bool:
    """Say whether decoded text has too many control characters to be a document."""
    if "\x00" in text:
        return True
    controls = len(_CONTROL_CHARACTERS.findall(text))
    return controls > MAX_CONTROL_RATIO * max(len(text), 1)
