"""Release forms, avatar platforms, voice licences and agencies outside fashion (fresh98-101).

Ways out named by what they end: a voicebank retired, an addendum withdrawn, the other side's use
of the voice ended ("may end Dalalven's use of the Persona Voice"), a jingle that must "no longer
be used", an episode taken down, a feature turned off, a consent under a several-word name ended
on repaying part of a fee (weak). Pay: costs the person may have to reimburse, a gift said not to
be payment, fees "deducted" from payouts and an agent's commission waived on salary are no
statements about pay; studio time "in place of a fee" is pay in kind. AI look-alikes: retouching
presets, AI opponents in a game, transcription, analytics, logos and mascots as account pictures,
stock machine voices, twins of places and vessels. Each case is (phenomenon, text,
requirement, status) or (text, addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CASES: list[tuple[str, str, str, str]] = [
    (
        "a voicebank the person retires",
        "5.1 The Singer may retire the Voicebank at any time by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "an addendum the person withdraws",
        "4.1 The Narrator may withdraw this Addendum at any time by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "the other side's use of the voice ended by the person",
        "4.1 The Voice Talent may end Dalalven's use of the Persona Voice at any time by written "
        "notice.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ends the person's use of its studio",
        "4.1 The Company may end Nordvik's use of the studio at any time by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "a jingle that must no longer be used",
        "4. The Singer may at any time, by written notice, require that the jingle no longer be "
        "used in any new campaign.\n",
        "revocation",
        "present",
    ),
    (
        "an episode taken down on request",
        "4. You may at any time ask us by email to take the episode or any clip featuring you "
        "down.\n",
        "revocation",
        "present",
    ),
    (
        "a named feature turned off",
        "4.1 You can turn off the AI Presenter at any time in Settings.\n",
        "revocation",
        "present",
    ),
    (
        "a consent under a several-word name, ended on repaying part of a fee",
        "4.1 The Presenter may end a Voice Model consent by written notice to the Agency, "
        "provided that the Presenter repays one-half of the retainer.\n",
        "revocation",
        "weak",
    ),
    (
        "costs the person may have to reimburse are no pay",
        "4.1 You will not receive any payment for the Recordings or any use of them. 5.4 If you "
        "withdraw, the Company may ask you to reimburse the production costs, up to NOK 20,000.\n",
        "compensation",
        "missing",
    ),
    (
        "a gift said not to be payment",
        "4.1 You will not receive any payment for the Recordings. 4.2 The gift has no cash value "
        "and is not payment for the rights granted in clause 3.\n",
        "compensation",
        "missing",
    ),
    (
        "studio time in place of a fee",
        "4. The Performer will be paid in studio time: ten hours of free booking at the Studio, "
        "in place of a fee.\n",
        "compensation",
        "weak",
    ),
    (
        "fees deducted from payouts are not the person's pay",
        "4.1 We pay you 70% of the net receipts from your Voice Clone. 4.2 We deduct no fees "
        "from payouts within the European Economic Area.\n",
        "compensation",
        "present",
    ),
    (
        "an agent's commission waived on salary",
        "1.2 Agent's commission is 10% of endorsement income. No fee is payable on Athlete's "
        "playing salary. 3.1 The sponsor pays the Athlete USD 40,000 a year for the avatar.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_release_forms_platforms_voice_licences_and_agencies(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("2.3 We will not digitally alter your face or your voice, and we will not use any AI "
         "retouching on your image.\n", False),
        ("2. Lines for the AI opponents are recorded by other actors.\n", False),
        ("3. We transcribe episodes with an AI transcription service that does not keep the "
         "audio.\n", False),
        ("4.1 The Company's social media accounts use its hat logo as their avatar.\n", False),
        ('6. The Foundation\'s mascot "Rusty", shown as the avatar on its social media accounts, '
         "is a cartoon and is not based on the Athlete.\n", False),
        ("2. The guide track is a generic synthetic voice that belongs to no person.\n", False),
        ('(A) Each ferry is delivered with a "digital twin", a simulation model of the hull, '
         "engines and batteries.\n", False),
        ("14.1 Its name does not mean that any artificial intelligence is used on the Artist's "
         "recordings or image.\n", False),
        # the same words where the AI works on the person
        ("1.3 Assets include lines produced by software tools trained on or conditioned by the "
         "Recordings that synthesise new dialogue in the voice of the Character.\n", True),
        ("The Club's avatar of the Athlete is built from her 3D scan and is not based on any "
         "other player.\n", True),
    ],
)
def test_ai_look_alikes_of_editing_games_and_accounts(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
