"""HTML and Markdown reports: the page's content in one self-contained, escaped file."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from analyser.cli import main
from analyser.model import Report
from analyser.pipeline import Pipeline, analyse
from analyser.render import (
    CORE_REQUIREMENTS,
    comparison_rows,
    coverage_counts,
    escape_markdown,
    highlighted_text_html,
    highlights,
    report_to_html,
    report_to_markdown,
    requirement_meanings,
)
from analyser.report import DISCLAIMER

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"
HOSTILE = (
    "MODEL RELEASE\n\n1. Grant. The Model grants the Company the right to use photographs and a "
    "digital replica of the Model in perpetuity <script>alert('x')</script> <b>bold</b> "
    "<img src=x onerror=alert(1)> [click](javascript:alert(1)) ![i](http://t.invalid/p.png) "
    "**strong** & more.\n\n2. Payment. The Company shall pay the Model 500 USD.\n"
)


@pytest.fixture(scope="module")
def hostile(pipeline: Pipeline) -> Report:
    return analyse(HOSTILE.encode(), "release<script>.txt", pipeline=pipeline)


class Page(HTMLParser):
    """Collect tags, attributes, ids and text of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.ids: set[str] = set()
        self.hrefs: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = dict(attrs)
        if values.get("id"):
            self.ids.add(str(values["id"]))
        if values.get("href"):
            self.hrefs.append(str(values["href"]))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parsed(page: str) -> Page:
    result = Page()
    result.feed(page)
    result.close()
    return result


def test_html_report_escapes_contract_text(hostile: Report, pipeline: Pipeline) -> None:
    page = report_to_html(hostile, meanings=requirement_meanings(pipeline))
    tree = parsed(page)
    assert not {"script", "img", "b", "iframe"} & set(tree.tags)
    text = "".join(tree.text)
    assert "<script>alert('x')</script>" in text and "<b>bold</b>" in text
    assert "release<script>.txt" in text
    assert not any(href.startswith("javascript") for href in tree.hrefs)


def test_html_report_is_self_contained_and_prints(pipeline: Pipeline) -> None:
    path = sorted(SAMPLES.glob("*.pdf"))[0]
    report = analyse(path, pipeline=pipeline)
    page = report_to_html(report, meanings=requirement_meanings(pipeline))
    tree = parsed(page)
    assert tree.tags[0] == "html" and "style" in tree.tags
    assert not {"script", "link", "img", "iframe"} & set(tree.tags)
    assert "@media print" in page and "src=" not in page and "@import" not in page
    internal = [href[1:] for href in tree.hrefs if href.startswith("#")]
    assert internal and set(internal) <= tree.ids
    external = [href for href in tree.hrefs if not href.startswith("#")]
    assert all(href.startswith(("http://", "https://")) for href in external)
    text = html.unescape(page)
    for result in report.requirements:
        assert result.title in text
    assert report.verdict in text and DISCLAIMER in text


def test_cards_put_the_core_three_first(pipeline: Pipeline) -> None:
    path = sorted(SAMPLES.glob("*.docx"))[0]
    report = analyse(path, pipeline=pipeline)
    page = html.unescape(report_to_markdown(report))
    positions = [page.index(escape_markdown(report.requirement(r).title))
                 for r in CORE_REQUIREMENTS]
    assert positions == sorted(positions)
    others = [r for r in report.requirements if r.id not in CORE_REQUIREMENTS]
    if others:
        assert page.index("More protections") > positions[-1]


def test_highlighted_text_keeps_every_character(pipeline: Pipeline) -> None:
    for path in sorted(SAMPLES.glob("*.pdf"))[:3]:
        report = analyse(path, pipeline=pipeline)
        fragment = highlighted_text_html(report, "p-")
        assert fragment.count("<mark") >= 1
        marks = highlights(report, "p-")
        assert all(f'id="{mark.anchor}"' in fragment for mark in marks)
        plain = re.sub(r'<span class="pagebreak">[^<]*</span>', "", fragment)
        plain = html.unescape(re.sub(r"<[^>]+>", "", plain))
        assert plain.replace("\n", "") == report.document.text.replace("\f", "").replace("\n", "")


def test_markdown_report_escapes_contract_text(hostile: Report) -> None:
    page = report_to_markdown(hostile, detail="legal")
    for raw in ("<script", "<b>", "<img"):
        assert not re.search(r"(?<!\\)" + re.escape(raw), page), raw
    for raw in ("[click](", "![i](", "**strong**"):
        assert raw not in page
    assert r"\<script\>" in page
    assert page.startswith("# ") and "Your protections" in page


def test_requirement_meanings_cover_every_graded_protection(pipeline: Pipeline) -> None:
    meanings = requirement_meanings(pipeline)
    report = analyse(HOSTILE.encode(), "r.txt", pipeline=pipeline)
    for result in report.requirements:
        assert meanings[result.id][result.status]


def test_comparison_and_coverage(pipeline: Pipeline) -> None:
    reports = [analyse(path, pipeline=pipeline) for path in sorted(SAMPLES.glob("*.txt"))[:3]]
    rows = comparison_rows(reports)
    assert [row["Contract"] for row in rows] == [r.document.name for r in reports]
    counts = coverage_counts(reports)
    assert all(sum(row.values()) == len(reports) for row in counts.values())


@pytest.mark.parametrize("fmt", ["html", "markdown"])
def test_cli_check_writes_the_report(fmt: str, tmp_path: Path) -> None:
    pdf = sorted(SAMPLES.glob("*.pdf"))[0]
    hostile_file = tmp_path / "hostile.txt"
    hostile_file.write_text(HOSTILE, encoding="utf-8")
    out = tmp_path / f"report.{fmt}"
    code = main(["check", str(pdf), str(hostile_file), "--format", fmt, "--output", str(out),
                 "--fail-on", "never", "--detail", "legal"])
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<script", page) and "Comparison" in page
    if fmt == "html":
        tree = parsed(page)
        assert "script" not in tree.tags and "<script>alert('x')</script>" in "".join(tree.text)
    assert pdf.name in html.unescape(page).replace("\\", "")


def test_cli_check_html_with_an_unreadable_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 garbage")
    out = tmp_path / "report.html"
    pdf = sorted(SAMPLES.glob("*.pdf"))[0]
    assert main(["check", str(pdf), str(broken), "--format", "html", "--output", str(out)]) == 2
    page = out.read_text(encoding="utf-8")
    assert "broken.pdf" in page and "could not be read" in page
