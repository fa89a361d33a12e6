"""Residual phenomena of the fresh8 and fresh9 sets, each read the way a lawyer reads it in any
contract: realistic sentences in varied drafting styles that must reach a status, beside
look-alikes that must not, as (phenomenon, text, requirement, status).

- A consent requirement "except as set out in Exhibit B" keeps its force when the named part
  lists a closed set of uses: what the exception lets happen without consent is only that list.
  An exception to what the contract "otherwise provides", to a part that cannot be found, or to a
  part that allows use "for any purpose" still weakens the requirement.
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

CASES = [
    # a narrow named exception to an express consent requirement
    (
        "consent except as set out in a schedule of named uses (English services agreement)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as set out in Schedule 2.\n"
        "Schedule 2 - Permitted Uses\n"
        "The replica may be used in the three television spots listed below, in English, on the "
        "Company's own channels, for twelve months from first broadcast.\n",
        "consent",
        "present",
    ),
    (
        "consent save as provided in an annex listing courses (Irish plain style)",
        "4. We will not make or use an AI voice of you unless you agree in writing, save as "
        "provided in Annex 1.\n"
        "Annex 1 - Courses\n"
        "Existing recordings may be re-voiced for the two induction courses named in this Annex, "
        "in Irish and English only.\n",
        "consent",
        "present",
    ),
    (
        "consent except as set out in a schedule allowing any purpose (look-alike)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as set out in Schedule 2.\n"
        "Schedule 2 - Permitted Uses\n"
        "The replica may be used for any purpose whatsoever in connection with the Company's "
        "business.\n",
        "consent",
        "weak",
    ),
    (
        "consent except as otherwise provided in the agreement (look-alike)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as otherwise provided in this Agreement.\n",
        "consent",
        "weak",
    ),
    (
        "consent except as set out in a schedule the contract does not contain (look-alike)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as set out in Schedule 4.\n",
        "consent",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_residual_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


def test_a_withdrawal_subject_to_a_schedule_keeps_that_schedules_conditions(
    pipeline: Pipeline,
) -> None:
    # the closed-list reading is for consent: an exception to a withdrawal right brings the
    # named part's conditions with it
    text = (
        "AI. The Company may create a digital replica of the Model for the Campaign.\n"
        "8. Subject to Schedule 3, the Model may withdraw her consent to the digital replica at "
        "any time by written notice.\n"
        "Schedule 3 - Special Terms\n"
        "A withdrawal takes effect only after the Model repays all fees received for the "
        "replica.\n"
    )
    assert report_of(pipeline, text).requirement("revocation").status == "weak"
