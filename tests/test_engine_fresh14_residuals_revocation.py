"""Whose right a party after a past participle holds, and how far a negation reaches over "and".

Each phenomenon is read the way a lawyer would read it in any contract. A party named after a
past participle that stands outside the hit ("any season not yet commissioned from the Studio",
"any title not yet produced by the Publisher") is the agent of that participle, not the holder of
the sentence's right: the right stays with the subject ("The Artist may object ..."). A participle
describing the act itself ("the objection made by the Studio") or a subject that is the other
side ("The Studio may object ...") still makes the right the other side's. A negation reaches
the words it governs, not a coordinated clause with its own verb and its own negation: in
"Ambassadors are not employees of the Brand and receive no fee" the "not" negates "are
employees", and "receive no fee" still says nothing is paid. Each case is a realistic sentence
that must reach a status and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

# a likeness release without AI terms
RELEASE = "1.1 The Brand may repost photographs of the Ambassador on its social media accounts.\n"
# an AI contract
VOICE = "1.1 The Publisher may create a synthetic voice of the Narrator from her recordings.\n"

CASES = [
    # the agent of a participle outside the hit is not the holder of the right
    (
        "an objection to uses not yet produced by the other side (audiobook contract)",
        VOICE + "5.1 The Narrator may object to the use of the synthetic voice in any audiobook "
        "not yet produced by the Publisher.\n",
        "revocation",
        "present",
    ),
    (
        "an objection to uses not yet supplied from the other side (voice licence)",
        VOICE + "5.1 The Narrator may object to the use of the synthetic voice in any edition not "
        "yet ordered from the Publisher.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side is the subject that may object",
        VOICE + "5.1 The Publisher may object to the use of the synthetic voice in any audiobook "
        "not yet recorded by the Narrator.\n",
        "revocation",
        "present",
    ),
    # a negation does not reach a coordinated clause with its own verb and negation
    (
        "not employees ... and receive no fee (unpaid ambassador terms)",
        RELEASE + "2.1 Ambassadors are not employees or contractors of the Brand and receive no "
        "fee, commission or other monetary compensation for their content.\n",
        "compensation",
        "missing",
    ),
    (
        "not agents ... and will receive no payment (volunteer release)",
        RELEASE + "2.1 Volunteers are not agents of the Brand and will receive no payment for "
        "the use of their photographs.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: one negation over the whole predicate with 'without' (model release)",
        RELEASE + "2.1 The Brand shall not repost any photograph of the Ambassador without "
        "paying her a fee of USD 200 for each post.\n",
        "compensation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh14_residuals_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
