"""Checks on zip containers (DOCX, ODT) before any XML in them is parsed.

Zip bombs are refused from the declared sizes (total, per-part ratio, number of parts) before
anything is inflated; XML parts that declare a DOCTYPE or entities (billion laughs, external
entities) are refused after reading only their first bytes. The XML parsers also run with entity
expansion and network access off.
"""

from __future__ import annotations

import io
import zipfile
import zlib

from analyser.errors import CorruptError
from analyser.parsers.limits import Limits
from analyser.parsers.sniff import check_zip_sizes

__all__ = ["MSG_XML_ENTITIES", "check_zip_container"]

PROLOG_BYTES = 64 * 1024
XML_SUFFIXES = (".xml", ".rels")
MSG_XML_ENTITIES = (
    "this file contains XML entity declarations, which Word and LibreOffice never write (it may "
    "be crafted to attack the reader); open it in Word or LibreOffice, save it again and try again"
)
_FORBIDDEN = (b"<!DOCTYPE", b"<!ENTITY", "<!DOCTYPE".encode("utf-16-le"))


def check_zip_container(data: bytes, name: str, limits: Limits, corrupt_message: str) -> None:
    """Raise TooLargeError for zip bombs and CorruptError for damaged zips or entity tricks."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            check_zip_sizes(infos, name, limits)
            for info in infos:
                if info.filename.lower().endswith(XML_SUFFIXES) and _declares_entities(
                    archive, info
                ):
                    raise CorruptError(name, MSG_XML_ENTITIES)
    except (
        zipfile.BadZipFile,
        zlib.error,
        ValueError,
        OSError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise CorruptError(name, corrupt_message) from exc
    except RuntimeError as exc:  # an encrypted zip member
        raise CorruptError(name, corrupt_message) from exc


def _declares_entities(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    """Say whether an XML part's prolog declares a DOCTYPE or entities."""
    with archive.open(info) as part:
        head = part.read(PROLOG_BYTES)
    return any(marker in head for marker in _FORBIDDEN)
