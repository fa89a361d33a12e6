"""Releases, agency paperwork, AI data platforms and voice work (fresh90 to fresh93).

A withdrawal said not to end the whole agreement ("withdrawing permission does not end this
Agreement"), or a way out "without ending this Agreement", takes no way out away; a right said to
stay untouched ("Nothing in this clause affects your right to end this Agreement") stands. A way
out whose next sentence ("To do so you must ...") asks for a fee is weak. Conduct listed with
"including by" after an opening "By taking part ..." is still deemed consent. "Not entitled to
any fee" denies pay; an agency's commission is not the person's pay. An agency's authority said
"not to extend to" a consent gives no consent on the person's behalf; an attorney signing "model
releases and usage licences" does. "You can delete any recording" is a way out ("recording" is a
noun, not "record"). Each case is (phenomenon, text, requirement, status) or (text, addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

WITHDRAW = "7.1 You may at any time, by email to the Agency, withdraw your permission.\n"

CASES: list[tuple[str, str, str, str]] = [
    (
        "a withdrawal said not to end the whole agreement keeps the way out",
        WITHDRAW + "7.3 There is no charge for withdrawing permission, and withdrawing permission "
        "does not end this Agreement unless you say that it should.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the person may not end the agreement at all",
        WITHDRAW + "7.3 You may not terminate this Agreement before the end of the Term.\n",
        "revocation",
        "present",
    ),
    (
        "a right said to stay untouched is not taken away",
        WITHDRAW + "14.2 Nothing in this clause affects your right to end this Agreement under "
        "clause 3.3.\n",
        "revocation",
        "present",
    ),
    (
        "some or all of the uses ended without ending the agreement",
        "4.1 The Artist may end all or any of the uses in Schedule A by thirty (30) days' written "
        "notice to the Agency, without ending this Agreement.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ends the uses",
        "4.1 The Agency may end all or any of the uses in Schedule A by thirty (30) days' written "
        "notice to the Artist.\n",
        "revocation",
        "present",
    ),
    (
        "the next sentence asks for a notary and a fee to leave",
        "5.1 You may ask to leave the Programme. To do so you must have your signature witnessed "
        "by a notary public and send the form by registered post, together with an "
        "administration fee of CAD 250.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the next sentence only says how to leave",
        "5.1 You may ask to leave the Programme. To do so you must send us an e-mail from the "
        "address on your account.\n",
        "revocation",
        "weak",
    ),
    (
        "the person told to stop using the app is no way out",
        "1.1 If you do not agree, you must stop using Glowframe and delete the app.\n"
        "4.4 This licence continues after you stop using Glowframe or delete your account.\n",
        "revocation",
        "missing",
    ),
    (
        "a recording the person can delete is a way out",
        "5.1 You can delete any recording from your dashboard at any time.\n",
        "revocation",
        "present",
    ),
    (
        "conduct listed with 'including by' after an opening 'By taking part'",
        "2.1 By taking part in the filming, including by answering interview questions or "
        "continuing to work in a marked filming zone, a Participant consents to appearing in "
        "the film on these terms.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: signing the form, including its tick boxes, is express",
        "2.1 By signing this form, including the tick boxes in Part B, the Participant consents "
        "to appearing in the film on these terms.\n",
        "consent",
        "weak",
    ),
    (
        "an agency's authority said not to reach the consent",
        "8.1 The Client may not create a Digital Replica of the Model without a Digital Use "
        "Consent signed by the Model personally. The authority of the Agency to sign for the "
        "Model does not extend to a Digital Use Consent, and a consent signed by the Agency on "
        "the Model's behalf is of no effect.\n",
        "consent",
        "present",
    ),
    (
        "an attorney signs model releases on the person's behalf",
        "2.1 The Model appoints the Manager as the Model's attorney, with authority to sign on "
        "the Model's behalf model releases and usage licences for photographs taken at "
        "bookings.\n",
        "consent",
        "weak",
    ),
    (
        "not entitled to any fee, and no further compensation",
        "6.4 You shall not be entitled to any fee, royalty or other payment for the taking of "
        "the Images or for any use of them, and no further compensation shall be payable.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a fee is paid and nothing further",
        "6.4 You will be paid a fee of EUR 300 for the shoot, and no further compensation shall "
        "be payable for any use of the Images.\n",
        "compensation",
        "missing",
    ),
    (
        "the agency's commission is not the person's pay",
        "2.2 You will not receive any payment for these promotional uses. 2.3 Your mother agency "
        "will receive ten per cent (10%) of your fees, and we will deduct a further ten per "
        "cent (10%) as our commission.\n",
        "compensation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_releases_agencies_data_platforms_and_voice_work(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("8.2 The Studio's booking system lets each model upload a profile picture, which the "
         'system calls an "avatar", so that crew can recognise her on the call sheet. The Model '
         "may change or delete her avatar at any time.\n", False),
        ("6. Contact. The Photographer's client gallery lets the Model choose an avatar for her "
         "gallery login; it has no effect on this release.\n", False),
        ("3.1 You can change your avatar, the small picture shown next to your name in the app, "
         "at any time.\n", False),
        ("2.1 The Summit programme includes tracks on applied machine learning, industrial "
         "digital twins for factories and power networks, and data governance.\n", False),
        ('Producer: Lowtide Audio Pty Ltd, producer of the "Gradient Talk" podcast about machine '
         "learning in industry.\n1. The Guest agrees to be recorded for one episode.\n", False),
        ("4.3 During proofing, the proofer may generate a text-to-speech scratch track of a "
         "corrected sentence from a stock computer voice.\n", False),
        # the same words where the AI works on the person
        ("8.2 The booking system lets each model upload a profile picture, which the system "
         'calls an "avatar". The Studio may also generate an AI avatar of the Model from her '
         "scans.\n", True),
        ("3.1 The Studio may adapt the performance by voice-conversion and speech-synthesis "
         "technology, including by adapting a conversion model to the Actor's voice.\n", True),
        ('3.2 A "Converted Voice" is audio generated by our voice-conversion system so that '
         "lines spoken by another person sound like your voice.\n", True),
    ],
)
def test_ai_look_alikes_and_voice_conversion(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
