"""Whether a contract addresses AI, read from what its AI words describe.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. AI words that describe something other than the person are no AI use of the person: "AI"
as a feature of a device or the name of a product line ("the Solace AI line", "an AI
noise-cancelling chip", "AI crop-vision cameras" in a description of what a company sells); an
avatar that is a cartoon or icon chosen from a set, or the person's own photograph used as a
profile picture on a website ("as your avatar on booking sites"), while an avatar made of or
resembling the person stays a replica; a "digital version" of a publication (a calendar, a
magazine), while a digital version of the person is a replica; and a "digital twin" of a thing or
a place (a vineyard plot, a terminal), while a digital twin of the person is a replica. Two ways
of saying that a model is trained on the person's material do address AI: a model "trained on"
the person's recordings, with the reduced relative clause set off by commas ("a computer model,
trained on the Artist's recordings, ..."), and the person's recordings "used to train, test and
improve" software or a named product's models (while footage used to train new fashion models or
staff is not). Each case is a realistic sentence that must reach a reading and a look-alike that
must not, as (phenomenon, text, addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import RELEASE, report_of

from analyser.pipeline import Pipeline

SHOOT = (
    "1. The Model will be photographed for the Company's autumn campaign, and the Company may use "
    "the photographs in print and online advertising for two years.\n"
)

AI_CASES = [
    # AI as a feature of a product or device
    (
        "a product line named with AI",
        SHOOT + "2. The photographs will show the Model wearing the Solace AI line of earphones, "
        "whose AI noise-cancelling chip adapts to the room.\n",
        False,
    ),
    (
        "look-alike: AI voice technology makes new lines in the person's voice",
        SHOOT + "2. The Company may use AI voice technology to make new lines in the Model's voice "
        "for the campaign videos.\n",
        True,
    ),
    (
        "the company's devices described by AI words",
        SHOOT + "2. The Company makes AI weed-detection cameras and sensors for farms, and the "
        "Model's photographs may appear next to them.\n",
        False,
    ),
    (
        "look-alike: AI tools alter the person's images",
        SHOOT + "2. The Company may use AI tools to change the background and the clothing in the "
        "Model's images.\n",
        True,
    ),
    # an avatar that is a cartoon or a profile picture
    (
        "a cartoon avatar from a set stands for a contestant",
        SHOOT + "2. In the quiz app each player is shown as one of eight cartoon fruit avatars "
        "picked by the organiser, next to the player's photograph.\n",
        False,
    ),
    (
        "look-alike: a cartoon avatar of the person",
        SHOOT + "2. The Company may also create a cartoon avatar of the Model for its mobile "
        "game.\n",
        True,
    ),
    (
        "the person's photo used as a profile avatar on websites",
        RELEASE + "1. You may use the retouched portraits for your own promotion; many clients use "
        "one of them as their avatar on booking websites.\n",
        False,
    ),
    (
        "look-alike: an avatar built from the person's scan",
        RELEASE + "1. The Photographer may build your avatar for the online fitting room from your "
        "3D scan.\n",
        True,
    ),
    # a digital version of a publication
    (
        "the digital version of a calendar",
        SHOOT + "2. The photographs will also appear in the downloadable digital version of the "
        "2027 staff calendar.\n",
        False,
    ),
    (
        "look-alike: a digital version of the person",
        SHOOT + "2. The Company may create a digital version of the Model for its virtual "
        "fitting room.\n",
        True,
    ),
    # a digital twin of a thing
    (
        "a digital twin of a vineyard plot",
        SHOOT + '2. The Company sells a "digital twin" of each vineyard plot that forecasts the '
        "harvest.\n",
        False,
    ),
    (
        "look-alike: a digital twin of the person",
        SHOOT + "2. The Company may build a digital twin of the Model from the shoot images.\n",
        True,
    ),
    # a model trained on the person's material
    (
        "a model, trained on the person's recordings, set off by commas",
        "1. The Artist will dub the role of the detective into Spanish.\n"
        '2. "Voice Matching" means a method by which a computer model, trained on the Artist\'s '
        "recordings, turns another speaker's lines into the Artist's voice.\n",
        True,
    ),
    (
        "look-alike: the person trained with a coach on recordings",
        "1. The Model, trained with the Agency's coach on recordings of past shows, will walk in "
        "the autumn show.\n",
        False,
    ),
    (
        "the person's recordings used to train a named product's models",
        "1. You will be filmed in our driving simulator for two hours.\n"
        "2. Your recordings may be used to train, test and improve the SafeLane models.\n",
        True,
    ),
    (
        "look-alike: footage used to train new fashion models",
        "1. The Model will be filmed at the autumn show.\n"
        "2. The footage may be used to train the Agency's new models on the runway.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh14_ai_words_read_for_what_they_describe(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon
