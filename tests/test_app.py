"""Specification of the Streamlit page, driven in-process with ``AppTest``.

The loaded pipeline is cached per process (``st.cache_resource``), so these tests share it.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType
from typing import Any

import docx
import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

from analyser.pipeline import analyse, load_pipeline
from analyser.report import DISCLAIMER, validate_report

REPO_ROOT = Path(__file__).resolve().parent.parent
APP = REPO_ROOT / "app.py"
SAMPLES = REPO_ROOT / "samples"
RUN_TIMEOUT = 180
PRIVACY_LINE = "Your contract is analysed on this computer; it is never uploaded anywhere."
BADGES = {"present": ":green[✅ Present]", "weak": ":orange[⚠️ Weak]", "missing": ":red[❌ Missing]"}
MIME = {".pdf": "application/pdf", ".docx": "application/octet-stream", ".txt": "text/plain",
        ".md": "text/markdown"}
DOWNLOAD_JSON = "Download the full report (JSON)"
REPORT_DOWNLOADS = [
    DOWNLOAD_JSON,
    "Download the table (CSV)",
    "Download the report to print or share (HTML)",
    "Download the report (Markdown)",
]
DOWNLOAD_DOCX = "Download your contract with comments (Word)"
HOSTILE_CONTRACT = (
    "MODEL RELEASE\n\n1. Grant. The Model grants the Company the right to use photographs of the "
    "Model in perpetuity. ![x](http://tracker.invalid/p.png) <img src=x onerror=alert(1)> "
    "[click](http://evil.invalid) **bold** :red[red] $x^2$ <script>alert('x')</script> "
    "<b>bold tag</b>\n\n"
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


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    """Upload ``files`` (name, bytes) to the page and run it."""
    values = [(name, data, MIME.get(Path(name).suffix, "application/octet-stream"))
              for name, data in files]
    at.file_uploader(key="upload").set_value(values).run()
    assert not at.exception, at.exception
    return at


def all_markdown(at: AppTest) -> str:
    """Return every Markdown body on the page, one per line."""
    return "\n".join(str(element.value) for element in at.markdown)


def verdict_boxes(at: AppTest) -> list[str]:
    """Return the bodies of every error, warning and success box."""
    return [str(box.value) for box in (*at.error, *at.warning, *at.success)]


class _Recorder(app_test_module.MemoryMediaFileStorage):  # type: ignore[misc]
    """Media storage that remembers every file, so a test can read what a download holds."""

    files: dict[str, bytes] = {}

    def load_and_get_id(self, path_or_data: Any, mimetype: str, kind: Any,
                        filename: str | None = None) -> str:
        file_id: str = super().load_and_get_id(path_or_data, mimetype, kind, filename)
        if isinstance(path_or_data, bytes):
            _Recorder.files[file_id] = path_or_data
        elif isinstance(path_or_data, str):
            _Recorder.files[file_id] = path_or_data.encode("utf-8")
        return file_id


@pytest.fixture
def downloads(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, bytes]]:
    """Record the bytes behind every download button: label -> content, after a run."""
    _Recorder.files = {}
    monkeypatch.setattr(app_test_module, "MemoryMediaFileStorage", _Recorder)
    yield _Recorder.files


def download_bytes(at: AppTest, label: str, recorded: dict[str, bytes]) -> bytes:
    """Return the content behind the (first) download button called ``label``."""
    for button in at.download_button:
        if button.label == label:
            file_id = Path(button.proto.url).stem
            return recorded[file_id]
    raise AssertionError(f"no download button {label!r}: {[b.label for b in at.download_button]}")


def test_empty_page_has_title_privacy_line_and_disclaimer() -> None:
    at = fresh_page()
    assert at.title[0].value
    assert PRIVACY_LINE in all_markdown(at)
    assert at.caption[-1].value == DISCLAIMER
    uploader = at.file_uploader(key="upload")
    assert uploader.allowed_type == [".pdf", ".docx", ".txt", ".md"]
    assert uploader.accept_multiple_files
    assert not at.error and not at.download_button


def test_settings_offer_every_extra_pack_and_two_detail_levels() -> None:
    at = fresh_page()
    from analyser.rules import DEFAULT_PACKS, available_packs, load_packs

    extra = [pack for pack in available_packs() if pack not in DEFAULT_PACKS]
    if extra:
        titles = {pack.id: pack.title for pack in load_packs(extra)}
        assert at.multiselect(key="packs").options == [titles[pack] for pack in extra]
    assert len(at.radio(key="detail").options) == 2
    assert at.radio(key="detail").value == "plain"


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
    assert verdict in verdict_boxes(at)
    kinds = [caption.value for caption in at.caption]
    assert kinds.count("AI-specific") + kinds.count("general clause only") == len(
        report.requirements)
    assert at.caption[-1].value == DISCLAIMER


@pytest.mark.parametrize("suffix", [".pdf", ".docx", ".txt", ".md"])
def test_upload_of_each_format_shows_verdict_cards_and_highlighted_text(suffix: str) -> None:
    source = first_sample(".txt" if suffix == ".md" else suffix)
    name = source.stem + suffix
    data = source.read_bytes()
    report = analyse(data, name)
    at = upload(fresh_page(), (name, data))
    assert "Your protections" in [header.value for header in at.subheader]
    text = all_markdown(at)
    assert all(f"{BADGES[r.status]} · " in text for r in report.requirements)
    assert load_app_module().escape_markdown(report.verdict) in verdict_boxes(at)
    assert "What it means for you:" in text
    labels = [button.label for button in at.download_button]
    assert labels[:4] == REPORT_DOWNLOADS
    assert (DOWNLOAD_DOCX in labels) == (suffix == ".docx")
    full_text = [str(element.value) for element in at.html]
    assert len(full_text) == 1 and "<mark" in full_text[0]
    quoted = next(r for r in report.requirements if r.evidence)
    assert f'id="ev-req-{quoted.id}-0"' in full_text[0]
    assert f"(#ev-req-{quoted.id}-0)" in text


def test_core_three_come_first_and_the_others_are_folded() -> None:
    path = first_sample(".pdf")
    at = upload(fresh_page(), (path.name, path.read_bytes()))
    cards = [str(m.value) for m in at.markdown if str(m.value).startswith("#### ")]
    report = analyse(path)
    titles = {r.id: r.title for r in report.requirements}
    escape = load_app_module().escape_markdown
    for index, requirement in enumerate(("consent", "compensation", "revocation")):
        assert cards[index].endswith(escape(titles[requirement]))
    assert any(e.label.startswith("More protections") for e in at.expander)


def test_several_files_with_one_corrupt_compare_the_rest() -> None:
    pdf, docx_path = first_sample(".pdf"), first_sample(".docx")
    at = upload(fresh_page(), (pdf.name, pdf.read_bytes()), ("broken.pdf", b"%PDF-1.7\n garbage"),
                (docx_path.name, docx_path.read_bytes()))
    unread = [str(box.value) for box in at.error if "could not be read" in str(box.value)]
    assert len(unread) == 1 and "broken" in unread[0]
    assert "broken" in str(at.error[0].value)
    assert "Traceback" not in str(at.error[0].value)
    top = ("Check your contracts", "Batch report (many contracts)")
    assert [tab.label for tab in at.tabs if tab.label not in top] == [
        load_app_module().escape_markdown(pdf.name),
        load_app_module().escape_markdown(docx_path.name),
    ]
    table = at.dataframe[0].value
    assert list(table["Contract"]) == [pdf.name, docx_path.name]
    assert len(table.columns) == 2 + len(analyse(pdf).requirements)
    assert "Your contracts side by side" in [header.value for header in at.subheader]
    labels = [button.label for button in at.download_button]
    assert labels.count(DOWNLOAD_JSON) == 2 and labels.count(DOWNLOAD_DOCX) == 1
    ids = [str(element.value) for element in at.html]
    assert 'id="d0-ev-' in ids[0] and 'id="d1-ev-' in ids[1]


def test_choosing_a_pack_adds_its_rules_and_references(downloads: dict[str, bytes]) -> None:
    from analyser.rules import DEFAULT_PACKS, available_packs

    extra = [pack for pack in available_packs() if pack not in DEFAULT_PACKS]
    assert extra, "the jurisdiction packs ship beside baseline"
    pack = "ny_fwa" if "ny_fwa" in extra else extra[0]
    path = first_sample(".pdf")
    at = upload(fresh_page(), (path.name, path.read_bytes()))
    baseline = json.loads(download_bytes(at, DOWNLOAD_JSON, downloads))
    at.multiselect(key="packs").set_value([pack]).run()
    assert not at.exception, at.exception
    chosen = json.loads(download_bytes(at, DOWNLOAD_JSON, downloads))
    assert [p["id"] for p in baseline["rule_packs"]] == list(DEFAULT_PACKS)
    assert [p["id"] for p in chosen["rule_packs"]] == [*DEFAULT_PACKS, pack]
    expected = analyse(path, pipeline=load_pipeline((*DEFAULT_PACKS, pack)))
    assert [r["status"] for r in chosen["requirements"]] == [
        r.status for r in expected.requirements]
    validate_report(chosen)


class _Collector(HTMLParser):
    """Parse HTML strictly enough to find its tags, text and any script."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse_html(page: str) -> _Collector:
    collector = _Collector()
    collector.feed(page)
    collector.close()
    return collector


def test_every_download_is_a_valid_file(downloads: dict[str, bytes]) -> None:
    path = first_sample(".docx")
    at = upload(fresh_page(), (path.name, path.read_bytes()))
    report = json.loads(download_bytes(at, DOWNLOAD_JSON, downloads))
    validate_report(report)
    rows = list(csv.DictReader(io.StringIO(
        download_bytes(at, "Download the table (CSV)", downloads).decode("utf-8"))))
    assert [row["requirement"] for row in rows] == [r["id"] for r in report["requirements"]]
    page = download_bytes(at, "Download the report to print or share (HTML)",
                          downloads).decode("utf-8")
    parsed = parse_html(page)
    assert parsed.tags[:1] == ["html"] and "script" not in parsed.tags
    assert "@media print" in page and "<link" not in page and "src=" not in page
    assert report["summary"]["verdict"] in page.replace("&#x27;", "'").replace("&quot;", '"')
    markdown = download_bytes(at, "Download the report (Markdown)", downloads).decode("utf-8")
    assert markdown.startswith("# ") and "Your protections" in markdown
    annotated = docx.Document(io.BytesIO(download_bytes(at, DOWNLOAD_DOCX, downloads)))
    assert len(list(annotated.comments)) >= 1


def test_same_file_twice_is_analysed_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import analyser.pipeline

    calls: list[str] = []
    real = analyser.pipeline.analyse

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(str(args[1] if len(args) > 1 else ""))
        return real(*args, **kwargs)

    monkeypatch.setattr(analyser.pipeline, "analyse", counting)
    path = first_sample(".txt")
    at = upload(fresh_page(), (path.name, path.read_bytes()))
    at.radio(key="detail").set_value("legal").run()
    assert not at.exception, at.exception
    upload(at, (path.name, path.read_bytes()))
    assert calls == [path.name]


def test_legal_detail_shows_rule_ids_and_cues() -> None:
    path = first_sample(".pdf")
    report = analyse(path)
    at = upload(fresh_page(), (path.name, path.read_bytes()))
    escape = load_app_module().escape_markdown
    rule = next(e.rule for r in report.requirements for e in r.evidence)
    assert f"Rule {escape(rule)}" not in all_markdown(at)
    at.radio(key="detail").set_value("legal").run()
    assert not at.exception, at.exception
    text = all_markdown(at)
    assert f"Rule {escape(rule)}" in text and "cues:" in text


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("scan.pdf", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "could not be read"),
        ("empty.docx", b"", "could not be read"),
    ],
    ids=["png-named-pdf", "empty"],
)
def test_bad_upload_shows_an_error_in_words(name: str, data: bytes, words: str) -> None:
    at = upload(fresh_page(), (name, data))
    assert len(at.error) == 1
    message = str(at.error[0].value)
    assert words in message and name.split(".")[0] in message
    assert "Traceback" not in message and not at.download_button


def test_contract_text_is_escaped_not_rendered(downloads: dict[str, bytes]) -> None:
    at = upload(fresh_page(), ("release.txt", HOSTILE_CONTRACT.encode()))
    text = all_markdown(at)
    assert "http://tracker.invalid" in text or "perpetuity" in text
    for raw in ("![x](", "<img", "[click](", "**bold**", ":red[red]", "$x^2$", "<script"):
        assert raw not in text
    for element in at.markdown:
        assert not getattr(element.proto, "allow_html", False)
    full_text = str(at.html[0].value)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in full_text
    assert "&lt;b&gt;bold tag&lt;/b&gt;" in full_text
    assert "<script" not in full_text and "<img" not in full_text and "<b>" not in full_text
    page = download_bytes(at, "Download the report to print or share (HTML)",
                          downloads).decode("utf-8")
    parsed = parse_html(page)
    assert "script" not in parsed.tags and "img" not in parsed.tags and "b" not in parsed.tags
    assert "<script>alert('x')</script>" in "".join(parsed.text)


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


def test_too_short_upload_warns_and_is_still_graded() -> None:
    at = upload(fresh_page(), ("contract.pdf", b"hello"))
    assert not any("could not be read" in str(box.value) for box in at.error)
    warnings = [str(box.value) for box in at.warning]
    assert any("too few for a contract" in w for w in warnings), warnings
    assert "Your protections" in [header.value for header in at.subheader]


def _contract_the_refiner_changes() -> Path:
    """A bundled text sample whose status the learned second reading changes (fail if none)."""
    pipeline = load_pipeline()
    for path in sorted(SAMPLES.glob("*.txt")):
        report = analyse(path, pipeline=pipeline)
        if any(e.rule == "learned.refiner" for r in report.requirements for e in r.evidence):
            return path
    pytest.fail("no sample whose status the refiner changes")


def test_the_learned_second_reading_can_be_turned_off() -> None:
    """On by default, the refiner's change says so; unticked, the rules' reading alone is shown,
    and ticking it again brings the change back (each reading cached on its own)."""
    path = _contract_the_refiner_changes()
    changed = "The rules alone read this as"
    at = upload(fresh_page(), (path.name, path.read_bytes()))
    assert at.sidebar.checkbox(key="learned").value is True
    assert changed in all_markdown(at)
    at.sidebar.checkbox(key="learned").uncheck().run()
    assert not at.exception, at.exception
    assert at.markdown and changed not in all_markdown(at)
    at.sidebar.checkbox(key="learned").check().run()
    assert not at.exception, at.exception
    assert changed in all_markdown(at)
