"""Red flags that a narrower reading of the same words, vetoed in its own sentence, kept out.

A rule's excludes say when its reading does not apply: "to its affiliates" reads as a transfer
to related companies only, unless the sentence also names partners, distributors or licensees.
A reading so vetoed competes with nothing, so the wider transfer it overlaps is flagged; where the
narrow reading stands, it still wins and nothing is flagged. Each case is a realistic sentence
that must reach its reading and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag

from analyser.pipeline import Pipeline

RELEASE = "1.1 The Ambassador grants Cartonel the right to use the Materials in its app store.\n"

FLAG_CASES = [
    ("affiliates with partners pass the material on",
     RELEASE + "5.5 Cartonel may license the Materials to its affiliates and to its publishing and "
     "distribution partners for the promotion of Cartonel in their own channels.\n",
     "third_party_transfer", True),
    ("affiliates with distributors pass the material on",
     RELEASE + "5.5 The Company may license the Photographs to its affiliates and distributors.\n",
     "third_party_transfer", True),
    ("affiliates alone are a narrow transfer, not a flag",
     RELEASE + "5.5 The Company may license the Photographs to its affiliates.\n",
     "third_party_transfer", False),
    ("a ban on licensing to affiliates and partners passes nothing on",
     RELEASE + "5.5 The Company shall not license the Photographs to its affiliates or partners.\n",
     "third_party_transfer", False),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_a_vetoed_narrow_reading_leaves_the_flag(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
