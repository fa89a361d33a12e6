"""Kept models, parties named by their work or legal form, and look-alikes (fresh64, fresh65).

"We may retain models trained before your request and continue to use and sell them" leaves the
replica in use after the person withdraws: the way out is weak. A company defined with a Central
European legal form ('Vahsynth s.r.o., Mierove namestie 11, Trencin ("Vahsynth")') and a person
defined by what they do (the "Singer") are the two sides, so "Only Vahsynth may end this
Agreement early" is no way out for the Singer. A warranty that the Performer "is free to enter
into this Agreement and to grant the rights" grants nothing; a cost the agency may advance
"without the Model's prior written agreement" takes nothing from a signed authorisation; the
Model's own unpaid appearances for her club say nothing about pay for the uses. A fee that
"includes all Permitted Uses" is a buyout, and a voucher "receipt of which I acknowledge" is only
a recital.
"Such a request may only be made after 31 December 2027" gates the way out it follows. Each case
is (phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

SINGER = (
    "This Agreement is made between Vahsynth s.r.o., Mierove namestie 11, Trencin, Slovakia "
    '("Vahsynth"), and Zuzana Hrnciarova, professionally known as "ZUZA" (the "Singer").\n'
    "2.1 The Singer grants Vahsynth the right to train the Singer Voice Model on the Stems.\n"
)

CASES = [
    (
        "models trained before the request stay in use",
        "1.1 The Dataset is used to train gesture-recognition models.\n"
        "5.1 You may withdraw your consent at any time by email to data@example.com.\n"
        "5.2 We may retain models trained before your request and continue to use and sell them.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: models trained before the request are deleted",
        "1.1 The Dataset is used to train gesture-recognition models.\n"
        "5.1 You may withdraw your consent at any time by email to data@example.com.\n"
        "5.2 Models trained before your request will be deleted within 30 days.\n",
        "revocation",
        "weak",
    ),
    (
        "only the company, defined with its legal form, may end the agreement",
        SINGER + "4.2 Only Vahsynth may end this Agreement early, on ninety (90) days' notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the singer herself may end the agreement",
        SINGER + "4.2 The Singer may end this Agreement at any time on thirty days' notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a request that may only be made after a date",
        "4. The Brand may use AI tools to create AI-generated images of the Creator.\n"
        "5. The Creator may ask the Brand to stop using AI-generated content featuring the "
        "Creator by email, but such a request may only be made after 31 December 2027.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a warranty of capacity to grant",
        "8.1 The Performer represents and warrants that:\n(a) the Performer is free to enter "
        "into this Agreement and to grant the rights granted herein;\n",
        "consent",
        "present",
    ),
    (
        "costs advanced without the model's agreement beside a signed authorisation",
        '1. Jean Martin (the "Model") appoints Opale Models SAS (the "Agency").\n'
        "3.1 No Image Use may be granted to a Client unless the Model has personally signed an "
        "Image Authorisation for it.\n"
        "9.1 The Agency may advance the cost of composite cards, test shoots and portfolio prints, "
        "up to EUR 600 per year, without the Model's prior written agreement.\n",
        "consent",
        "present",
    ),
    (
        "the model's own unpaid club appearances beside her share of the fees",
        "5.1 The Model receives 80% of the Gross Fees of every Booking, paid within thirty days.\n"
        "2.2 The Model may continue to appear, unpaid, in the content of the running club of "
        "which she is a member.\n",
        "compensation",
        "present",
    ),
    (
        "a session fee that includes all permitted uses",
        "4.1 The Licensee shall pay the Artist CZK 4,500 per session. The session fee includes "
        "all Permitted Uses under every tier of the Usage Schedule for the Licence Period.\n",
        "compensation",
        "weak",
    ),
    (
        "a voucher acknowledged as received",
        "4. In recognition of my time I have received a thank-you voucher for the Hospital "
        "cafeteria, receipt of which I acknowledge.\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_kept_models_parties_and_buyouts(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        # a camera's and an editing tool's own AI functions
        ("5. The Photographer works with a camera whose AI autofocus tracks faces and eyes, and "
         "edits with an application's AI noise reduction.\n", False),
        # AI as the topic of a study the person's material is not part of
        ("6. The radiology department is taking part in a separate research study on machine "
         "learning for lung imaging.\n", False),
        ("6. In the research study your face images will be used to train machine learning "
         "models that read expressions.\n", True),
        # a profile picture the application calls an avatar
        ("7.7 The Model's page in the booking application shows a profile picture, called his "
         '"avatar" in the application, which the Model chooses from his portfolio.\n', False),
        # a machine-learning tool the contract says does not touch the person
        ("8.1 The Network's episode recommendation engine, which uses machine learning to suggest "
         "episodes to listeners from listening history, does not process the Host's voice or "
         "image.\n", False),
        ("8.1 The Network's recommendation engine uses machine learning to analyse the Host's "
         "voice and suggest similar hosts.\n", True),
    ],
)
def test_ai_look_alikes_of_cameras_studies_profiles_and_tools(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
