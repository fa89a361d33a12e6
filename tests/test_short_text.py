"""A text too short to be a contract is still graded, with a `too_short` warning.

A 5-byte file (even one named `.pdf`, read as plain text) used to be graded as a contract with
every protection missing and nothing said. Below ``MIN_WORDS`` words the report carries a warning,
beside the parsers' own, in the terminal summary, the JSON report and the page; a real contract,
however short, does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from test_cli import likeness

from analyser.pipeline import MIN_WORDS, Pipeline, analyse, word_count
from analyser.report import report_to_json, validate_report

SHORT_RELEASE = (
    "PHOTO RELEASE\n\n"
    "1. I, Sam Lee, allow Lumen Studio Ltd to use the photographs taken of me on 3 May 2025 on "
    "its website and social media accounts for one year from that date.\n"
    "2. Lumen Studio Ltd will pay me GBP 200 within 30 days.\n"
    "3. I may withdraw this permission for future uses at any time by e-mail.\n\n"
    "Signed: Sam Lee    Date: 3 May 2025\n"
)
CHINESE_RELEASE = (
    "肖像使用同意书\n甲方可在其网站上使用乙方的照片一年，并向乙方支付人民币两千元。"
    "乙方可随时书面撤回同意。\n"
)


def _codes(pipeline: Pipeline, data: bytes, name: str) -> list[str]:
    return [w.code for w in analyse(data, name, pipeline=pipeline).document.warnings]


@pytest.mark.parametrize(
    ("phenomenon", "name", "text", "warned"),
    [
        ("five bytes", "note.txt", "hello", True),
        ("one sentence", "consent.txt", "I consent to Lumen Studio using my photographs.", True),
        ("just under the threshold", "words.txt", " ".join(["word"] * (MIN_WORDS - 1)), True),
        ("at the threshold", "words.txt", " ".join(["word"] * MIN_WORDS), False),
        ("a normal short release", "release.txt", SHORT_RELEASE, False),
        ("a short Chinese release, counted by characters", "release.txt", CHINESE_RELEASE, False),
    ],
)
def test_too_short_text_warns(
    pipeline: Pipeline, phenomenon: str, name: str, text: str, warned: bool
) -> None:
    assert ("too_short" in _codes(pipeline, text.encode("utf-8"), name)) is warned, phenomenon


def test_too_short_text_named_pdf_keeps_both_warnings_and_is_still_graded(
    pipeline: Pipeline,
) -> None:
    report = analyse(b"hello", "contract.pdf", pipeline=pipeline)
    assert [w.code for w in report.document.warnings] == ["extension_mismatch", "too_short"]
    assert "only 1 word," in report.document.warnings[1].message
    assert len(report.requirements) == 13
    data = json.loads(report_to_json(report))
    validate_report(data)
    assert data["document"]["warnings"][1]["code"] == "too_short"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("hello", 1),
        ("The Model's fee is USD 7.2 per sub-licence ____ -- 3.", 9),
        ("甲方支付乙方", 6),
        ("", 0),
    ],
)
def test_word_count(text: str, words: int) -> None:
    assert word_count(text) == words


def test_check_shows_the_warning_in_the_summary_and_the_json(tmp_path: Path) -> None:
    tiny = tmp_path / "contract.pdf"
    tiny.write_bytes(b"hello")
    summary = likeness("check", tiny, "--fail-on", "never")
    assert summary.returncode == 0, summary.stderr
    assert "Reading problems" in summary.stdout
    assert "only 1 word, too few for a contract" in summary.stdout
    result = likeness("check", tiny, "--format", "json", "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    validate_report(data)
    assert [w["code"] for w in data["document"]["warnings"]] == ["extension_mismatch", "too_short"]
    release = tmp_path / "release.txt"
    release.write_text(SHORT_RELEASE, encoding="utf-8")
    normal = json.loads(likeness("check", release, "--format", "json", "--fail-on", "never").stdout)
    assert normal["document"]["warnings"] == []


@given(st.text(alphabet=st.sampled_from("ab7 .,-'\u2019_\n甲方"), max_size=60), st.integers(0, 60))
def test_a_prefix_never_has_more_words_than_the_whole_text(text: str, cut: int) -> None:
    """Why a long text may be counted on its first characters only (the too_short check)."""
    assert word_count(text[:cut]) <= word_count(text)


def test_a_long_text_with_few_words_still_warns(pipeline: Pipeline) -> None:
    """Past the counted prefix: 3,000 characters of underscores and three words is too short."""
    text = "_" * 3000 + " Model release form"
    report = analyse(text.encode("utf-8"), "form.txt", pipeline=pipeline)
    assert [w.code for w in report.document.warnings] == ["too_short"]
    assert "only 3 words," in report.document.warnings[0].message
