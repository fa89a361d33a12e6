"""AI presenters at work, notices in the wild and look-alikes (fresh74, fresh75).

"You can delete your photo from the gallery" is the person's own way out: "from the gallery" says
where the photo is taken from, not who takes it. "Scan the QR code on your print at any time to
delete your photo and portrait" is one too. "Tap START only if you want an AI portrait" and "We
will not use your photo for anything else ... unless you give us a separate written permission"
are opt-ins. A one-off allowance "which covers all uses of the AI Presenter" and a fee "inclusive
of all rights in the Performance Materials" are buyouts; a tier "covering up to 2,500
announcements" is a rate. The other side's failure to publish is no way out for the person; a red
lanyard at the door stops no use; filming permits issued free to the press say nothing about pay.
Each case is (phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the
status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

BOOTH = "1. The booth takes one photo of you and uses AI to turn it into an AI-generated portrait. "

CASES = [
    (
        "deleting one's photo from the gallery",
        "6. You can delete your photo from the gallery using the link in your email.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the company removes the photos from the model's portfolio",
        '1. Ana Ruiz (the "Model") and Lumen Studio Ltd (the "Company").\n'
        "6. The Company may remove the photos from the Model's portfolio.\n",
        "revocation",
        "present",
    ),
    (
        "a QR code to delete at any time",
        BOOTH + "7. Changed your mind? Scan the QR code on your print at any time to delete your "
        "photo and portrait from the wall and our servers.\n",
        "revocation",
        "present",
    ),
    (
        "an opt-in by tapping start",
        BOOTH + "2. Your choice. Tap START only if you want an AI portrait.\n",
        "consent",
        "present",
    ),
    (
        "no other use unless the person gives permission",
        "1. Your photo strip will be shown only in this event's private online gallery. We will "
        "not use your photo for anything else, including our own advertising, unless you give us "
        "a separate written permission.\n",
        "consent",
        "present",
    ),
    (
        "an allowance that covers all uses",
        "2. The Agency may create an AI Presenter of the Officer.\n4.1 The Officer receives a "
        "one-off allowance of EUR 600, which covers all uses of the AI Presenter during the "
        "term.\n",
        "compensation",
        "weak",
    ),
    (
        "a fee inclusive of all rights",
        "4.1 Cambrian shall pay the Agency a Series Fee of GBP 38,000, inclusive of all rights in "
        "the Performance Materials granted in clause 3.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a usage tier covering a number of announcements",
        "7.1 The Broadcaster shall pay the Artist the fees below.\nMonthly usage fee, covering up "
        "to 2,500 Synthetic Announcements per month 1,200\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: termination for the company's failure to publish",
        "12.3 If the Company does not publish the Course within the period in clause 10.2, the "
        "Trainer may terminate this Agreement and keep all fees paid.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a lanyard at the door",
        "4.2 Any visitor who does not wish to appear may ask a member of staff for a red "
        "lanyard.\n",
        "revocation",
        "weak",
    ),
    (
        "free press permits beside a fee for the performers",
        "3.1 The Hall pays each performer EUR 250 for each concert recorded.\n3.4 Filming permits "
        "are issued free of charge for news reporting.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_presenters_notices_and_buyouts(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("5.1 The hotel keeps a digital twin of the building for maintenance. The digital twin "
         "contains no images of staff.\n", False),
        ("2. The pupils programme a robot arm with a simple machine learning module.\n", False),
        ("2. Pupils also choose an avatar, a cartoon robot icon, for the club's scoring board.\n",
         False),
        ("2. The booth uses AI to turn your photo into a portrait of you.\n", True),
    ],
)
def test_ai_look_alikes_of_twins_robots_and_icons(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
