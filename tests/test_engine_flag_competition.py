"""Red flags that a narrower reading of the same words, vetoed in its own sentence, kept out.

A rule's excludes say when its reading does not apply: "to its affiliates" reads as a transfer
to related companies only, unless the sentence also names partners, distributors or licensees.
A reading so vetoed competes with nothing, so the wider transfer it overlaps is flagged; where the
narrow reading stands, it still wins and nothing is flagged. Each case is a realistic sentence
that must reach its reading and a look-alike that must not.

The same holds for a ban that presupposes a use: "shall use the recordings only to create the
Avatar's voice and shall not use them to train any other model" trains the licensed model on
them, so the likeness is used to train AI, though the ban read alone ("not ... train") says
nothing is trained; a ban on training any model at all, or on training other models for a show,
raises nothing.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag

from analyser.pipeline import Pipeline

RELEASE = "1.1 The Ambassador grants Cartonel the right to use the Materials in its app store.\n"
AVATAR = "1.1 The Sponsor will create a digital avatar of the Streamer from studio footage.\n"

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
    ("a ban on training any other model: the licensed one is trained",
     AVATAR + "5.1 The Sponsor shall use the Streamer's recordings only to create the Avatar's "
     "voice and shall not use them to train any other model.\n",
     "ai_training_use", True),
    ("a ban on training any other voice model, after a list of verbs",
     AVATAR + "5.1 The Sponsor shall not use the recordings to train, fine-tune or evaluate any "
     "other voice model.\n",
     "ai_training_use", True),
    ("a ban on training any model at all",
     AVATAR + "5.1 The Sponsor shall not use the recordings to train any artificial intelligence "
     "model.\n",
     "ai_training_use", False),
    ("other models trained for a show are people",
     "1.1 The Agency books the Model for the spring show.\n"
     "2.1 The Agency shall not train any other models for the runway show.\n",
     "ai_training_use", False),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_a_vetoed_narrow_reading_leaves_the_flag(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
