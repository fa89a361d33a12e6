"""Where a finding is cited: its clause number, the heading of an unnumbered clause, or the
preamble (text before the first clause)."""

from __future__ import annotations

import pytest

from analyser.pipeline import Pipeline
from tests.engine_cases import report_of

_UNNUMBERED = """Photography Notice

Lumen Studio Ltd ("we") may photograph visitors to the Open Day.

Using Your Photographs

We will not use your photographs without your written consent.

No Payment

Nobody is paid for appearing in the photographs.
"""

_NUMBERED = """Photography Agreement

Lumen Studio Ltd ("we") may photograph visitors to the Open Day.

4. Using Your Photographs

We will not use your photographs without your written consent.
"""

_QUESTION = """Photography notice

We photograph visitors to the Open Day.

Do we need your consent?

We will not use your photographs without your written consent.
"""

_RUN_IN = """Booking confirmation

We confirm the booking of the Model for the Open Day.

Consent: We will not use the Model's photographs without the Model's written consent.
"""

_PREAMBLE = """We will not use your photographs without your written consent.

Using Your Photographs

We may publish them on our website.
"""


@pytest.mark.parametrize(
    ("text", "clause", "heading", "reason_opens"),
    [
        (_UNNUMBERED, None, "Using Your Photographs", 'The section "Using Your Photographs": '),
        (_NUMBERED, "4", None, "Clause 4: "),
        (_QUESTION, None, "Do we need your consent?", 'The section "Do we need your consent?": '),
        (_RUN_IN, None, "Consent", 'The section "Consent": '),
        (_PREAMBLE, None, None, "The preamble: "),
    ],
)
def test_consent_is_cited_by_number_heading_or_preamble(
    pipeline: Pipeline, text: str, clause: str | None, heading: str | None, reason_opens: str
) -> None:
    consent = next(r for r in report_of(pipeline, text).requirements if r.id == "consent")
    assert consent.status == "present"
    assert (consent.evidence[0].clause, consent.evidence[0].heading) == (clause, heading)
    assert consent.reasons[0].startswith(reason_opens)


def test_evidence_in_the_json_report_carries_the_heading(pipeline: Pipeline) -> None:
    from analyser.report import report_to_dict

    data = report_to_dict(report_of(pipeline, _UNNUMBERED))
    consent = next(r for r in data["requirements"] if r["id"] == "consent")
    assert consent["evidence"][0]["heading"] == "Using Your Photographs"
    assert consent["evidence"][0]["clause"] is None


def test_reasons_from_several_places_name_clauses_and_sections(pipeline: Pipeline) -> None:
    text = (_NUMBERED + "\nYour Rights\n\n"
            "We will not use your photographs without your written consent.\n")
    consent = next(r for r in report_of(pipeline, text).requirements if r.id == "consent")
    assert consent.reasons[0].startswith('Clause 4 and the section "Your Rights": ')
