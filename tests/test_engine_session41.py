"""Language from session 41's rounds (the whole non-test corpus, then fresh224 to fresh226).

A release's grant keeps the consent it gives when another clause makes it irrevocable: that takes
away the way out, not the consent. The default of a choice ("If you do not tick box (E), we will
frame or crop every photo so that your face is not shown"), the "no" option of a tick box ("[ ] I
do not opt in") and pay denied for the uses chosen ("You will not be paid for any of the uses you
agree to") deny no opt-in. Each case is (phenomenon, text, requirement, status); a "look-alike"
case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_reads

from analyser.pipeline import Pipeline

_RELEASE = 'Release by Mina Sato ("I") to Harbourlight Studio Ltd (the "Photographer").\n'
_OPT_IN = (
    "2.1 Tick each use you agree to. We will use photos of your tattoo only for the uses you tick.\n"
)

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "an irrevocable release keeps the consent its specific grant gives",
        _RELEASE + "1. I consent to the Photographer using the photographs from the 3 May shoot in "
        "its 2027 calendar and on its own website, for no other purpose.\n5. This release is "
        "irrevocable.\n",
        "consent",
        "present",
    ),
    (
        "an irrevocable release keeps the consent its specific grant gives",
        _RELEASE + "1. I consent to the Photographer using the photographs from the 3 May shoot in "
        "its 2027 calendar and on its own website, for no other purpose.\n5. This release is "
        "irrevocable.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: an irrevocable release for any purpose is still blanket",
        _RELEASE + "1. I consent to the Photographer using the photographs from the 3 May shoot for "
        "any purpose whatsoever.\n5. This release is irrevocable.\n",
        "consent",
        "present",
    ),
    (
        "the default of a choice not made negates no opt-in",
        _RELEASE + _OPT_IN + "2.2 If you do not tick box (E), we will frame or crop every photo so "
        "that your face is not shown and will not tag or name you.\n",
        "consent",
        "present",
    ),
    (
        "the 'no' option of a tick box negates no opt-in",
        AI + "\n4. The Agency may build a Runway Avatar of the Model only if the Model opts in below."
        "\nModel's choice (tick one):\n[ ] I opt in to the Runway Avatar as described in paragraph 4."
        "\n[ ] I do not opt in.\n",
        "consent",
        "present",
    ),
    (
        "pay denied for the uses chosen negates no opt-in",
        _RELEASE + _OPT_IN + "3. You will not be paid for any of the uses you agree to in point 2.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: uses that do not wait for an opt-in are not consent",
        _RELEASE + "2.1 We do not need you to opt in: every photo may be used on our website.\n",
        "consent",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CONSENT)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
