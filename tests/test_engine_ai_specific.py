"""A forbidden AI use allowed on consent speaks about AI; a contract silent on AI has no AI terms.

"The Company shall not use the Digital Replica without the Model's prior written consent" forbids
the AI use only until the person agrees: the contract speaks about AI, as one that forbids a
replica "of the Model" does. The consent must be the person's (or no one's named): "without the
Council's approval" lifts a ban on a building's digital twin, which says nothing about the person.

A requirement is "AI-specific" only in a contract that speaks about AI. Before, eleven likeness
releases the engine rightly found silent on AI still marked a requirement AI-specific, because an
AI word it had set aside as a look-alike (a book called "The Avatar of the Lake", the "Digital
Twin House") sat in the deciding sentence.
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

RELEASE = (
    "1. The Model grants the Agency the right to use the photographs from the shoot in its "
    "catalogue for two years, and the Model may withdraw this permission at any time.\n"
)

ADDRESSED = [
    (
        "a replica the company may not use without the model's written consent",
        RELEASE + "2. The Company shall not use the Digital Replica without the Model's prior "
        "written consent.\n",
        True,
    ),
    (
        "AI training forbidden unless the performer agrees in writing",
        RELEASE + "2. The Producer will not train any artificial intelligence on the recordings "
        "unless the Performer agrees in writing.\n",
        True,
    ),
    (
        "a synthetic voice forbidden except with the person's approval",
        RELEASE + "2. No synthetic voice shall be made except with the Model's approval.\n",
        True,
    ),
    (
        "look-alike: a building's digital twin allowed with the council's approval",
        RELEASE + "2. The Agency will not use the photographs in the digital twin model of the "
        "Waterfront precinct without the Council's approval.\n",
        False,
    ),
    (
        "look-alike: a building's digital twin forbidden, no consent in the sentence",
        RELEASE + "2. The photographs will not be used in the digital twin model of the "
        "Waterfront precinct that the Council is building for planning.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), ADDRESSED)
def test_a_forbidden_ai_use_allowed_on_consent_speaks_about_ai(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon


SILENT = [
    (
        "a book title with Avatar in it",
        '1. The Narrator records the audiobook of "The Avatar of the Lake" by Claire Vuillermoz. '
        "The Publisher may use the recordings only with the Narrator's written consent, which the "
        "Narrator may withdraw at any time, and pays the Narrator a fee of $400 per finished "
        "hour.\n",
    ),
    (
        "an office in a building named the Digital Twin House",
        '1. The Agency, whose office is in the "Digital Twin House", may use the photographs only '
        "with the Model's written consent and pays the Model $300 for each use.\n",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text"), SILENT)
def test_a_contract_silent_on_ai_marks_no_requirement_ai_specific(
    pipeline: Pipeline, phenomenon: str, text: str
) -> None:
    report = report_of(pipeline, text)
    assert report.ai_addressed is False, phenomenon
    assert report.requirement("consent").status == "present", phenomenon
    assert [r.id for r in report.requirements if r.ai_specific] == [], phenomenon
