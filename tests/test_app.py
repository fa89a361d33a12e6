"""Specification of the Streamlit page, driven in-process with ``AppTest``."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from streamlit.testing.v1 import AppTest

from analyser.pipeline import analyse
from analyser.report import DISCLAIMER

REPO_ROOT = Path(__file__).resolve().parent.parent
APP = REPO_ROOT / "app.py"
SAMPLES = REPO_ROOT / "samples"
RUN_TIMEOUT = 180
PRIVACY_LINE = "Your contract is analysed on this computer; it is never uploaded anywhere."
BADGES = {"present": ":green[✅ Present]", "weak": ":orange[⚠️ Weak]", "missing": ":red[❌ Missing]"}
HOSTILE_CONTRACT = (
    "MODEL RELEASE\n\n1. Grant. The Model grants the Company the right to use photographs of the "
    "Model in perpetuity. ![x](http://tracker.invalid/p.png) <img src=x onerror=alert(1)> "
    "[click](http://evil.invalid) **bold** :red[red] $x^2$\n\n"
    "2. Payment. The Company shall pay the Model 500 USD.\n"
)


def load_app_module() -> ModuleType:
    """Import app.py as a module (its page only runs under Streamlit, as ``__main__``)."""
    spec = importlib.util.spec_from_file_location("likeness_app", APP)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def fresh_page() -> AppTest:
    """Return the page after its first run, with nothing chosen yet."""
    at = AppTest.from_file(str(APP), default_timeout=RUN_TIMEOUT)
    at.run()
    assert not at.exception, at.exception
    return at


def first_sample(suffix: str) -> Path:
    """Return the first bundled sample with ``suffix`` (fail when there is none)."""
    found = sorted(SAMPLES.glob(f"*{suffix}"))
    if not found:
        pytest.fail(f"no samples/*{suffix}: run `make samples`")
    return found[0]


def all_markdown(at: AppTest) -> str:
    """Return every Markdown body on the page, one per line."""
    return "\n".join(str(element.value) for element in at.markdown)


def test_empty_page_has_title_privacy_line_and_disclaimer() -> None:
    at = fresh_page()
    assert at.title[0].value
    assert PRIVACY_LINE in all_markdown(at)
    assert at.caption[-1].value == DISCLAIMER
    assert at.file_uploader[0].allowed_type == [".pdf", ".docx", ".txt", ".md"]
    assert not at.error and not at.download_button


def test_bundled_sample_selectbox_lists_the_samples() -> None:
    at = fresh_page()
    expected = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".txt"})
    if not expected:
        pytest.fail("samples/ holds no contracts: run `make samples`")
    assert at.selectbox(key="sample").options[1:] == expected


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt"])
def test_choosing_a_sample_shows_one_card_per_requirement(suffix: str) -> None:
    path = first_sample(suffix)
    report = analyse(path)
    at = fresh_page()
    at.selectbox(key="sample").set_value(path.name).run()
    assert not at.exception, at.exception
    text = all_markdown(at)
    for result in report.requirements:
        assert f"{BADGES[result.status]} · " in text
    verdict = load_app_module().escape_markdown(report.verdict)
    assert verdict in [str(box.value) for box in (*at.error, *at.warning, *at.success)]
    kinds = [caption.value for caption in at.caption]
    assert kinds.count("AI-specific") + kinds.count("general clause only") == len(
        report.requirements)
    assert at.caption[-1].value == DISCLAIMER


def test_uploaded_file_is_analysed_and_downloadable() -> None:
    path = first_sample(".pdf")
    at = fresh_page()
    at.file_uploader[0].set_value((path.name, path.read_bytes(), "application/pdf")).run()
    assert not at.exception, at.exception
    assert "Your protections" in [header.value for header in at.subheader]
    assert [button.label for button in at.download_button] == ["Download the full report (JSON)"]
    report = analyse(path)
    text = all_markdown(at)
    assert all(f"{BADGES[r.status]} · " in text for r in report.requirements)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "could not be read"),
        ("empty.docx", b"", "could not be read"),
    ],
    ids=["png-named-pdf", "empty"],
)
def test_bad_upload_shows_an_error_in_words(name: str, data: bytes, words: str) -> None:
    at = fresh_page()
    at.file_uploader[0].set_value((name, data, "application/octet-stream")).run()
    assert not at.exception, at.exception
    assert len(at.error) == 1
    message = str(at.error[0].value)
    assert words in message and name.split(".")[0] in message
    assert "Traceback" not in message and not at.download_button


def test_contract_text_is_escaped_not_rendered() -> None:
    at = fresh_page()
    at.file_uploader[0].set_value(("release.txt", HOSTILE_CONTRACT.encode(), "text/plain")).run()
    assert not at.exception, at.exception
    text = all_markdown(at)
    assert "http://tracker.invalid" in text or "perpetuity" in text
    for raw in ("![x](", "<img", "[click](", "**bold**", ":red[red]", "$x^2$"):
        assert raw not in text
    for element in at.markdown:
        assert not getattr(element.proto, "allow_html", False)


@pytest.mark.parametrize(
    ("raw", "escaped"),
    [
        ("plain words", "plain words"),
        ("![x](http://a)", r"\!\[x\]\(http\:\/\/a\)"),
        ("<b>hi</b>", r"\<b\>hi\<\/b\>"),
        ("**bold** _it_ `code`", r"\*\*bold\*\* \_it\_ \`code\`"),
        (":red[x] $y$", r"\:red\[x\] \$y\$"),
        ("line one\nline  two", "line one line two"),
    ],
    ids=["plain", "image", "html", "emphasis", "directive-math", "newlines"],
)
def test_escape_markdown(raw: str, escaped: str) -> None:
    assert load_app_module().escape_markdown(raw) == escaped
