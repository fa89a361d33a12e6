"""The benchmark's bare limit reads the same tokens with and without a primed tokenizer cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.batch_speed import _bare_one

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.mark.parametrize(("name", "fmt"), [
    ("tfp_release_noai.txt", "txt"),
    ("rider_good.pdf", "pdf"),
    ("voice_clone_licence.docx", "docx"),
])
def test_priming_the_limit_keeps_its_token_count(name: str, fmt: str) -> None:
    path = str(SAMPLES / name)
    stock = _bare_one((path, fmt, False))
    assert stock > 100
    assert _bare_one((path, fmt, True)) == stock
    assert _bare_one((path, fmt, True)) == stock  # read again, now from the cache
