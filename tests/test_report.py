"""Specification of the report outputs: JSON (and its schema), CSV and the terminal summary."""

from __future__ import annotations

import copy
import csv
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from analyser import __version__
from analyser.errors import CorruptError, EmptyError
from analyser.model import (
    Document,
    Evidence,
    ExtractionWarning,
    Page,
    RedFlag,
    Reference,
    Report,
    RequirementResult,
)
from analyser.report import (
    CSV_COLUMNS,
    DISCLAIMER,
    FailedDocument,
    error_to_dict,
    load_report_schema,
    location_phrase,
    outcomes_to_json,
    report_to_dict,
    report_to_json,
    report_to_text,
    reports_to_csv,
    shorten_quote,
    validate_report,
)

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES = REPO_ROOT / "samples"

CONSENT_TEXT = "The Company shall not create a digital replica without the Model's written consent."
PAY_TEXT = "Good and valuable consideration, the receipt of which is acknowledged."
HOSTILE_TEXT = '<script>alert("x")</script> =HYPERLINK("http://evil") \x1b[31mred\x1b[0m'
TEXT = "\f".join([CONSENT_TEXT + "\n" + PAY_TEXT, "Perpetual and irrevocable. " + HOSTILE_TEXT])


def _evidence(
    quote: str, *, clause: str | None = "7.2", page: int | None = 1, rule: str = "test.rule"
) -> Evidence:
    start = TEXT.find(quote)
    return Evidence(quote, start, start + len(quote), clause, page, rule, ("cue",))


def _result(
    rid: str, status: str, *, ai: bool = True, evidence: tuple[Evidence, ...] = ()
) -> RequirementResult:
    return RequirementResult(
        id=rid,
        title=rid.replace("_", " ").title(),
        status=status,
        ai_specific=ai,
        evidence=evidence,
        reasons=(f"{rid} reason",),
        recommendation=f"Ask for {rid}.",
        references=(Reference("NY Labor Law § 1035(10)", "https://example.org/law"),),
    )


def make_report(
    *,
    pages: bool = True,
    warnings: tuple[ExtractionWarning, ...] = (),
    requirements: tuple[RequirementResult, ...] | None = None,
    red_flags: tuple[RedFlag, ...] | None = None,
    ai: bool = True,
) -> Report:
    """Return a hand-made report over TEXT, shaped like the engine's output."""
    split = TEXT.index("\f")
    page_spans = (Page(1, 0, split), Page(2, split + 1, len(TEXT))) if pages else ()
    document = Document(
        text=TEXT,
        name="contract.pdf" if pages else "contract.docx",
        format="pdf" if pages else "docx",
        sha256=hashlib.sha256(TEXT.encode()).hexdigest(),
        pages=page_spans,
        warnings=warnings,
    )
    if requirements is None:
        requirements = (
            _result("consent", "present", evidence=(_evidence(CONSENT_TEXT),)),
            _result(
                "compensation",
                "weak",
                ai=False,
                evidence=(_evidence(PAY_TEXT, clause="3", page=None),),
            ),
            _result("revocation", "missing"),
        )
    if red_flags is None:
        red_flags = (
            RedFlag(
                "perpetual",
                "Perpetual",
                "high",
                (_evidence("Perpetual", clause="Schedule 1", page=2),),
                "Forever.",
                "duration",
            ),
        )
    return Report(
        document=document,
        clauses=(),
        rule_packs=(("baseline", "1.0.0"),),
        ai_addressed=ai,
        ai_evidence=(_evidence("digital replica"),) if ai else (),
        requirements=requirements,
        red_flags=red_flags,
        verdict="Revocation is missing.",
        score=40,
    )


def sample_files() -> list[Path]:
    """Return the bundled sample contracts (none until the samples exist)."""
    if not SAMPLES.is_dir():
        return []
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".pdf", ".docx", ".txt"})


@pytest.fixture(scope="module")
def real_reports() -> list[Report]:
    """Return reports of every bundled sample, analysed by the real pipeline."""
    from analyser.pipeline import analyse, load_pipeline

    files = sample_files()
    if not files:
        pytest.fail("samples/ holds no contracts: run `make samples`")
    pipeline = load_pipeline()
    return [analyse(path, pipeline=pipeline) for path in files]


# --- JSON and schema --------------------------------------------------------------------------


def test_report_dict_has_the_documented_shape() -> None:
    data = report_to_dict(make_report())
    assert list(data) == [
        "schema",
        "tool",
        "rule_packs",
        "document",
        "ai_likeness",
        "requirements",
        "red_flags",
        "summary",
    ]
    assert data["schema"] == "likeness-report/1"
    assert data["tool"] == {"name": "likeness", "version": __version__}
    assert data["rule_packs"] == [{"id": "baseline", "version": "1.0.0"}]
    assert data["document"]["pages"] == 2
    assert data["document"]["characters"] == len(TEXT)
    assert data["summary"] == {
        "verdict": "Revocation is missing.",
        "missing": ["revocation"],
        "weak": ["compensation"],
        "score": 40,
    }


@pytest.mark.parametrize(
    ("report", "pages", "warnings"),
    [
        (make_report(), 2, []),
        (make_report(pages=False), None, []),
        (
            make_report(warnings=(ExtractionWarning("two_columns", "Two columns on page 2.", 2),)),
            2,
            [{"code": "two_columns", "message": "Two columns on page 2.", "page": 2}],
        ),
        (
            make_report(warnings=(ExtractionWarning("extension_mismatch", "Named .pdf."),)),
            2,
            [{"code": "extension_mismatch", "message": "Named .pdf.", "page": None}],
        ),
    ],
    ids=["pdf", "docx-no-pages", "page-warning", "document-warning"],
)
def test_document_pages_and_warnings(
    report: Report, pages: int | None, warnings: list[dict[str, Any]]
) -> None:
    document = report_to_dict(report)["document"]
    assert document["pages"] == pages
    assert document["warnings"] == warnings
    validate_report(report_to_dict(report))


@pytest.mark.parametrize(
    "report",
    [
        make_report(),
        make_report(pages=False, ai=False),
        make_report(requirements=(), red_flags=()),
        make_report(warnings=(ExtractionWarning("ocr", "Read by OCR.", 1),)),
    ],
    ids=["full", "no-ai-docx", "empty-results", "warning"],
)
def test_hand_made_reports_validate(report: Report) -> None:
    validate_report(json.loads(report_to_json(report)))


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema",), "likeness-report/2"),
        (("tool", "name"), "other"),
        (("requirements", 0, "status"), "absent"),
        (("red_flags", 0, "severity"), "critical"),
        (("document", "sha256"), "not-a-hash"),
        (("document", "format"), "rtf"),
        (("requirements", 0, "evidence", 0, "page"), 0),
        (("summary", "score"), "40"),
        (("requirements", 0, "extra"), 1),
        (("extra",), 1),
    ],
    ids=[
        "schema-id",
        "tool",
        "status",
        "severity",
        "sha",
        "format",
        "page-0",
        "score-type",
        "extra-requirement-key",
        "extra-top-key",
    ],
)
def test_schema_rejects_invalid_reports(path: tuple[str | int, ...], value: object) -> None:
    data = copy.deepcopy(report_to_dict(make_report()))
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(jsonschema.ValidationError):
        validate_report(data)


@pytest.mark.parametrize(
    "error",
    [EmptyError("a.pdf", "The file is empty."), CorruptError("b.pdf", "The PDF is damaged.")],
    ids=["empty", "corrupt"],
)
def test_error_object_validates(error: EmptyError | CorruptError) -> None:
    data = error_to_dict(error.source, error)
    assert data == {
        "document": {"name": error.source},
        "error": {"code": error.code, "message": error.message},
    }
    validate_report(data)


def test_schema_is_draft_2020_12_and_itself_valid() -> None:
    schema = load_report_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_json_is_deterministic_and_keeps_text_unescaped() -> None:
    first, second = report_to_json(make_report()), report_to_json(make_report())
    assert first == second
    assert first.endswith("}\n")
    assert '\n  "tool"' in first
    assert "§" in first and "\\u00a7" not in first


def test_several_outcomes_make_an_array_in_order() -> None:
    failed = FailedDocument("bad.pdf", CorruptError("bad.pdf", "The PDF is damaged."))
    data = json.loads(outcomes_to_json([make_report(), failed, make_report(pages=False)]))
    assert [item["document"]["name"] for item in data] == [
        "contract.pdf",
        "bad.pdf",
        "contract.docx",
    ]
    for item in data:
        validate_report(item)


def test_one_outcome_is_one_object() -> None:
    assert isinstance(json.loads(outcomes_to_json([make_report()])), dict)


# the fixture reads every bundled sample (4,111) in one process, which this first test pays for:
# about 300 s on an idle machine, past the suite's 300 s limit per test when CI shares it
@pytest.mark.timeout(1200)
def test_real_reports_validate_and_are_deterministic(real_reports: list[Report]) -> None:
    from analyser.pipeline import analyse, load_pipeline

    # every sample's report is valid; a second pipeline, loaded afresh, reads one sample in five
    # (a fixed stride through all formats and splits) exactly as the first did (one load for all:
    # loading the packs per document made this the suite's slowest test, and reading all 3,600
    # samples twice took most of its time limit)
    other = load_pipeline()
    for index, report in enumerate(real_reports):
        validate_report(report_to_dict(report))
        if index % 5 == 0:
            again = analyse(SAMPLES / report.document.name, pipeline=other)
            assert report_to_json(again) == report_to_json(report)


# --- CSV --------------------------------------------------------------------------------------


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_has_one_row_per_requirement() -> None:
    text = reports_to_csv([make_report()])
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    rows = _csv_rows(text)
    assert [(r["requirement"], r["status"], r["ai_specific"]) for r in rows] == [
        ("consent", "present", "true"),
        ("compensation", "weak", "false"),
        ("revocation", "missing", "true"),
    ]
    assert rows[0] | {"reasons": ""} == {
        "file": "contract.pdf",
        "requirement": "consent",
        "status": "present",
        "ai_specific": "true",
        "clause": "7.2",
        "page": "1",
        "quote": CONSENT_TEXT,
        "reasons": "",
    }
    assert (rows[1]["clause"], rows[1]["page"]) == ("3", "")
    assert (rows[2]["quote"], rows[2]["clause"]) == ("", "")


def test_csv_error_row_names_the_code() -> None:
    failed = FailedDocument("bad.pdf", CorruptError("bad.pdf", "The PDF is damaged."))
    rows = _csv_rows(reports_to_csv([failed, make_report()]))
    assert rows[0] == {
        "file": "bad.pdf",
        "requirement": "",
        "status": "error",
        "ai_specific": "",
        "clause": "",
        "page": "",
        "quote": "",
        "reasons": "corrupt: The PDF is damaged.",
    }
    assert len(rows) == 4


@pytest.mark.parametrize(
    ("quote", "cell"),
    [
        ('=HYPERLINK("http://evil")', '\'=HYPERLINK("http://evil")'),
        ("+1 fee", "'+1 fee"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ('The Model, "quoted"\nnext line', 'The Model, "quoted" next line'),
    ],
    ids=["equals", "plus", "at", "comma-quote-newline"],
)
def test_csv_cells_are_safe_for_spreadsheets(quote: str, cell: str) -> None:
    evidence = Evidence(quote, 0, len(quote), None, None, "r", ())
    report = make_report(requirements=(_result("consent", "weak", evidence=(evidence,)),))
    assert _csv_rows(reports_to_csv([report]))[0]["quote"] == cell


# --- text summary -----------------------------------------------------------------------------


def test_text_summary_tells_a_non_lawyer_what_matters() -> None:
    text = report_to_text(make_report())
    for expected in [
        "File: contract.pdf (pdf, 2 pages)",
        "AI and digital replicas: ADDRESSED.",
        "PRESENT  Consent (AI-specific)",
        "WEAK     Compensation (general clause only)",
        "MISSING  Revocation (AI-specific)",
        f"\u201c{CONSENT_TEXT}\u201d (clause 7.2, page 1)",
        f"\u201c{PAY_TEXT}\u201d (clause 3)",
        "No clause in the contract gives this.",
        "Why: consent reason",
        "Advice: Ask for revocation.",
        "HIGH: Perpetual",
        "(Schedule 1, page 2)",
        "Verdict: Revocation is missing.",
        "Missing: revocation",
        "Weak: compensation",
    ]:
        assert expected in text
    assert "Advice: Ask for consent." not in text
    assert text.rstrip().endswith(DISCLAIMER)
    assert "lawyer" in DISCLAIMER and "not legal advice" in DISCLAIMER


def test_text_summary_says_when_ai_is_not_addressed() -> None:
    assert "AI and digital replicas: NOT ADDRESSED" in report_to_text(make_report(ai=False))


def test_text_summary_shows_warnings_before_results() -> None:
    report = make_report(warnings=(ExtractionWarning("two_columns", "Two columns.", 2),))
    text = report_to_text(report)
    assert "page 2: Two columns." in text
    assert text.index("Two columns.") < text.index("Protections:")


def test_text_summary_prints_markup_literally_and_drops_terminal_controls() -> None:
    hostile = _evidence(HOSTILE_TEXT, clause="9", page=2)
    report = make_report(requirements=(_result("consent", "weak", evidence=(hostile,)),))
    text = report_to_text(report)
    assert '<script>alert("x")</script>' in text
    assert "\x1b" not in text


@pytest.mark.parametrize(
    ("clause", "page", "heading", "phrase"),
    [
        ("7.2", 3, None, "clause 7.2, page 3"),
        ("(b)", None, None, "clause (b)"),
        (None, 4, None, "page 4"),
        ("Schedule 1", 2, None, "Schedule 1, page 2"),
        (None, None, None, ""),
        # an unnumbered clause is cited by its heading; a number, when there is one, wins
        (None, 2, "Your consent", "under \u201cYour consent\u201d, page 2"),
        (None, None, "No payment", "under \u201cNo payment\u201d"),
        ("4", None, "Payment", "clause 4"),
    ],
)
def test_location_phrase(clause: str | None, page: int | None, heading: str | None,
                         phrase: str) -> None:
    assert location_phrase(clause, page, heading) == phrase


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("short  quote\nover lines", "short quote over lines"),
        ("word " * 100, ("word " * 40).strip() + "\u2026"),
        ("x" * 300, "x" * 200 + "\u2026"),
    ],
    ids=["whitespace", "long-words", "no-spaces"],
)
def test_shorten_quote(quote: str, expected: str) -> None:
    assert shorten_quote(quote) == expected


def test_real_text_summaries_end_with_the_disclaimer(real_reports: list[Report]) -> None:
    for report in real_reports:
        text = report_to_text(report)
        assert text.startswith(f"File: {report.document.name}")
        assert text.rstrip().endswith(DISCLAIMER)
        for result in report.requirements:
            assert result.status.upper() in text


@pytest.mark.parametrize(
    ("count", "shown", "tail"),
    [(0, 0, None), (4, 4, None), (5, 4, "(and 1 more reason in the JSON report)"),
     (13, 4, "(and 9 more reasons in the JSON report)")],
)
def test_text_summary_keeps_the_first_reasons(count: int, shown: int, tail: str | None) -> None:
    result = RequirementResult("consent", "Consent", "weak", True, (),
                               tuple(f"reason {n}." for n in range(count)), "Ask.")
    text = report_to_text(make_report(requirements=(result,)))
    assert text.count("Why: reason") == shown
    assert (tail in text) if tail else ("more reason" not in text)


def test_csv_joins_reasons_with_a_bar() -> None:
    result = RequirementResult("consent", "Consent", "weak", True, (),
                               ("Clause 2: deemed.", "Clause 3: by agency."), "Ask.")
    rows = _csv_rows(reports_to_csv([make_report(requirements=(result,))]))
    assert rows[0]["reasons"] == "Clause 2: deemed. | Clause 3: by agency."
