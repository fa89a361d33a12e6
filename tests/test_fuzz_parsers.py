"""Property-based fuzzing of every parser: random and mutated bytes never raise anything but an
AnalyserError, and whatever is read keeps the Document invariants (pages tile the text).

Kept small enough for CI (well under a minute); raise ``FUZZ_EXAMPLES`` locally for a longer run.
"""

from __future__ import annotations

import io
import os
import zipfile
from functools import cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analyser.errors import AnalyserError
from analyser.model import Document
from analyser.parsers import Limits, parse
from benchmarks.hostile import docx_bytes, minimal_pdf, replace_zip_part

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "40"))
LIMITS = Limits(max_seconds=3.0, max_pages=50)
NAMES = ("contract.pdf", "contract.docx", "contract.txt", "contract.md", "upload")
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@cache
def _seeds() -> dict[str, bytes]:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1, pageCompression=0)
    for page in range(2):
        canvas.drawString(72, 760, "ACME Ltd - Confidential")
        canvas.drawString(72, 700, f"1.{page} The Model grants a non-exclu-")
        canvas.drawString(72, 686, "sive licence to use the Digital Replica.")
        canvas.showPage()
    canvas.save()
    return {
        "pdf_minimal": minimal_pdf("The Model keeps every right."),
        "pdf_reportlab": buffer.getvalue(),
        "docx": docx_bytes("1. The Model may revoke consent at any time."),
        "txt": b"1. Consent\n\nThe Model consents in writing.\n",
    }


def _check(data: bytes, name: str, engine: str = "auto") -> None:
    """Parse; an AnalyserError is fine, any other exception fails the test."""
    try:
        document = parse(data, name, limits=LIMITS, engine=engine)
    except AnalyserError as error:
        assert error.code and error.message
        return
    _assert_invariants(document)


def _assert_invariants(document: Document) -> None:
    if document.pages:
        chunks = document.text.split("\f")
        assert len(chunks) == len(document.pages)
        for page, chunk in zip(document.pages, chunks, strict=True):
            assert document.text[page.start : page.end] == chunk
    if document.format in ("pdf", "docx"):
        assert "\r" not in document.text


def _mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None, insert: bytes) -> bytes:
    mutated = bytearray(data)
    for position, value in flips:
        mutated[position % len(mutated)] = value
    if insert:
        at = (flips[0][0] if flips else 0) % len(mutated)
        mutated[at:at] = insert
    if cut is not None:
        mutated = mutated[: max(1, cut % len(mutated))]
    return bytes(mutated)


Mutation = tuple[list[tuple[int, int]], int | None, bytes]
mutations = st.tuples(
    st.lists(st.tuples(st.integers(0, 1 << 20), st.integers(0, 255)), max_size=8),
    st.one_of(st.none(), st.integers(0, 1 << 20)),
    st.binary(max_size=16),
)


@FUZZ
@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes(data: bytes, name: str) -> None:
    _check(data, name)


@FUZZ
@given(
    seed=st.sampled_from(["pdf_minimal", "pdf_reportlab", "docx", "txt"]),
    mutation=mutations,
    engine=st.sampled_from(["pdfium", "pdfplumber"]),
)
def test_mutated_documents(seed: str, mutation: Mutation, engine: str) -> None:
    flips, cut, insert = mutation
    data = _mutate(_seeds()[seed], flips, cut, insert)
    _check(data, f"contract.{seed.split('_')[0]}", engine)


@FUZZ
@given(part=st.sampled_from(["word/document.xml", "word/styles.xml", "word/numbering.xml",
                             "word/_rels/document.xml.rels", "[Content_Types].xml"]),
       mutation=mutations)  # fmt: skip
def test_mutated_docx_parts(part: str, mutation: Mutation) -> None:
    flips, cut, insert = mutation
    seed = _seeds()["docx"]
    with zipfile.ZipFile(io.BytesIO(seed)) as archive:
        names = archive.namelist()
        if part not in names:
            return
        content = archive.read(part)
    _check(replace_zip_part(seed, part, _mutate(content, flips, cut, insert)), "contract.docx")


@FUZZ
@given(
    prefix=st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"{\\rtf1", b"\xef\xbb\xbf", b""]),
    body=st.binary(max_size=2048),
)
def test_magic_prefixes_with_garbage(prefix: bytes, body: bytes) -> None:
    _check(prefix + body, "upload")
