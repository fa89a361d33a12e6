"""Consents that stand in for the person's own, transfer clauses, and business software.

Drawn from the error classes of the blind `fresh32` to `fresh35` sets at first contact. A consent
given under a power of attorney is no consent of the person's own: where the contract also says
no consent of the person is required, consent is missing, in a likeness release as in an AI
contract. A clause that lets the other side hand the contract on "without notice to or consent
of the Model" is about transfer: it does not take away consent to the use. A fee named
"all-inclusive" is a buyout. Software that "uses
machine learning to suggest keywords" or "to analyse lap times", an "AI recommendation widget"
a building called the "Digital Twin House", a venue, a book title, a sonar or earphones with "AI
translation" are not about replicas of the person, while an app that "uses machine learning to
analyse your face" is. A release whose only AI words forbid an AI use of the person ("shall not
create any digital replica of the Model") still speaks about AI.
Each case is a realistic sentence that must reach a status and a look-alike that must not, as
(phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

ATTORNEY = (
    "1. The Agency signs these terms as the Model's attorney under the power of attorney in the "
    "Model's management agreement.\n"
    "2. The Client may use the photographs from the shoot in its catalogue and on its website "
    "for one year.\n"
)

CASES = [
    (
        "an attorney's consent, and no consent of the model personally required",
        ATTORNEY + "3. No consent from the Model personally shall be required for any use "
        "permitted by clause 2.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: an attorney's consent alone is weak, not missing",
        ATTORNEY,
        "consent",
        "missing",
    ),
    (
        "look-alike: the contract may be handed on without the model's consent",
        "1. The Model grants the Agency the right to use and license the Images for any purpose "
        "whatsoever, worldwide and in perpetuity.\n"
        "2. The Agency may assign, transfer or sublicense this Release and any of its rights under "
        "it to any person without notice to or consent of the Model.\n",
        "consent",
        "missing",
    ),
    (
        "no further consent for any use, beside a transfer clause",
        "1. The Model grants the Agency the right to use and license the Images in its stock "
        "library.\n"
        "2. No further consent of the Model shall be required for any use of the Images.\n"
        "3. The Agency may assign this Release without notice to or consent of the Model.\n",
        "consent",
        "missing",
    ),
    # what a platform charges its users is not the person's pay
    (
        "look-alike: the platform may change the fees it charges",
        "1. You will not receive any payment for Remixes of your Content made with our AI "
        "remix tool.\n"
        "2. We charge listing and transaction fees. We may change our fees on thirty days' "
        "notice.\n",
        "compensation",
        "weak",
    ),
    # a fee named "all-inclusive" folds every use into it: a buyout
    (
        "an all-inclusive fee",
        "1. The Company may use the Content and the Ambassador's Synthetic Media for the Term.\n"
        "2. The Company pays the Ambassador an all-inclusive fee of EUR 40,000 for the Term.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a fee for the Term that is not said to include the uses",
        "1. The Company may use the Content and the Ambassador's Synthetic Media for the Term.\n"
        "2. The Company pays the Ambassador a fee of EUR 40,000 for each year of the Term.\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh32_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


RELEASE = (
    "1. The Model grants the Agency the right to use the photographs from the shoot in its stock "
    "collection for five years.\n"
)

AI_CASES = [
    (
        "keywording software that uses machine learning",
        RELEASE + "2. The Photographs will be catalogued with the Agency's keywording tool, which "
        "uses machine learning to suggest keywords.\n",
        False,
    ),
    (
        "an analytics supplier that uses machine learning on lap times",
        RELEASE + "2. The Athlete's race data are synced from his training watch to TrendMind "
        "AI OOD, the Brand's analytics supplier, which uses machine learning to analyse lap "
        "times.\n",
        False,
    ),
    (
        "an AI recommendation widget",
        RELEASE + "2. The Client's product page uses an AI recommendation widget unrelated to the "
        "photographs.\n",
        False,
    ),
    (
        "a building named the Digital Twin House",
        RELEASE + '2. The Agency\'s office is in the building known as the "Digital Twin House" '
        "after the engineering firm on its ground floor.\n",
        False,
    ),
    (
        "a book title with Avatar in it, then its author",
        RELEASE + '2. Work: "The Avatar of the Lake" by Claire Vuillermoz, the English translation '
        "of a novel.\n",
        False,
    ),
    (
        "a venue named Digital Twin Lab, explained as a venue",
        RELEASE + "2. The open casting takes place at the Digital Twin Lab, a municipal innovation "
        "venue.\n",
        False,
    ),
    (
        "an AI platform named before its business job",
        RELEASE + "2. Coaches analyse match video with the GameFilm AI video platform, which tags "
        "rallies and rotations for coaching only.\n",
        False,
    ),
    (
        "demand forecast with machine learning software",
        RELEASE + "2. The planning team forecasts demand with machine learning software.\n",
        False,
    ),
    (
        "a product with an AI feature",
        RELEASE + '2. The photographs advertise "Lingo Earbuds", earphones with AI translation.\n',
        False,
    ),
    (
        "an AI platform that generates scenes with the person's replica is about the person",
        RELEASE + "2. The Studio's AI video platform, which generates new scenes with the Model's "
        "Digital Replica, is licensed to the Client.\n",
        True,
    ),
    (
        "machine learning that analyses the person's face is about the person",
        RELEASE + "2. The Agency's app uses machine learning to analyse the Model's face and "
        "suggest new looks.\n",
        True,
    ),
    # a release whose only AI words forbid an AI use of the person speaks about AI (regression:
    # it was reported as never mentioning AI)
    (
        "a release that forbids a replica of the model speaks about AI",
        RELEASE + "2. The Agency shall not create any digital replica of the Model.\n",
        True,
    ),
    (
        "a release that forbids training AI on the model's photographs speaks about AI",
        RELEASE + "2. The Agency shall not use the Model's photographs to train any artificial "
        "intelligence.\n",
        True,
    ),
    (
        "a digital twin of a building the photographs will not be used in",
        RELEASE + "2. The photographs will not be used in the digital twin model of the Waterfront "
        "precinct that the Council is building for planning.\n",
        False,
    ),
    (
        "the model not filmed for a machine's digital twin",
        RELEASE + "2. The Model is not filmed or recorded for the Digital Twin or the robots' "
        "vision systems.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh32_ai_wording_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon
