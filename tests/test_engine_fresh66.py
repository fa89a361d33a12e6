"""Runs that outlast a withdrawal, rows under a lead-in, rewards and look-alikes (fresh66, fresh67).

"Advertisements already running continue until the end of their campaign, for up to twelve (12)
months" leaves the uses going for months after the person leaves: the way out is weak; a short
run-out ("never more than 14 days", the current 13-week cycle) only finishes what was running. A
fee table under "we will pay you a Presenter Allowance ..., as follows:" is pay, row by row. A
fee "in clause 4.1" that "includes all use" is a buyout; "no separate image fee is paid" beside a
stipend is one too. Membership fees are what the person pays, and "a reduction of NOK 400 in the
annual membership fee" is a reward, not pay. "No payment depends on the Athlete's playing time"
denies nothing, nor does a free viewing a guest may buy prints from. A feature "switched on only
if you move the switch" is an opt-in. "You do not need to confirm this consent separately" and
"Permission ... may not be withdrawn" ask for nothing and remove nothing. Each case is
(phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

LEAVE = "4.2 You can leave the Success Showcase at any time in Settings > Privacy. "

CASES = [
    (
        "advertisements already running go on for twelve months",
        LEAVE + "Advertisements already running continue until the end of their campaign, for up "
        "to twelve (12) months, and we do not withdraw them early.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: scheduled posts run out within fourteen days",
        LEAVE + "Paid posts already scheduled may run until the end of their booking, which is "
        "never more than 14 days.\n",
        "revocation",
        "weak",
    ),
    (
        "a fee table introduced by a lead-in",
        "7.1 For each Training Video published with your AI Presenter we will pay you a "
        "Presenter Allowance through payroll, in addition to your salary, as follows:\n"
        "Training Video Presenter Allowance\n"
        "Up to 5 minutes of AI Presenter on screen JPY 8,000 per video\n",
        "compensation",
        "present",
    ),
    (
        "a fee in a numbered clause that includes all use",
        "4.1 The Company will pay the Instructor EUR 85 for each Filmed Class led.\n"
        "4.2 The fee in clause 4.1 includes all use of the Class Content and the Instructor "
        "Likeness under clause 3.\n",
        "compensation",
        "weak",
    ),
    (
        "a stipend with no separate image fee",
        "4.1 The Team shall pay the Rider a monthly stipend of KES 35,000 during the Season. The "
        "stipend covers the Rider's racing and the use of Team Images under clause 3; the "
        "Rider's image rights are included in it and no separate image fee is paid.\n",
        "compensation",
        "weak",
    ),
    (
        "membership fees paid by members beside free practice tracks",
        "3.1 Members receive free access to all practice tracks and one concert recording each "
        "year on a USB stick.\n6.1 Membership fees are PEN 20 per month and are used for the "
        "hall, the piano tuner and sheet music.\n",
        "compensation",
        "weak",
    ),
    (
        "a reduction in the membership fee",
        "3.1 In recognition of the permission in clause 2, the Club's sponsors fund a reduction "
        "of NOK 400 in the annual membership fee for every registered player.\n",
        "compensation",
        "weak",
    ),
    (
        "a fee beside the rule that pay does not depend on playing",
        "2.2 Nothing in this Agreement is payment for athletic performance or for enrolment, and "
        "no payment depends on the Athlete's playing time or statistics.\n5.1 The Collective "
        "shall pay the Athlete USD 3,500 per month during the Term for the Activations.\n",
        "compensation",
        "present",
    ),
    (
        "a feature switched on only by the person",
        "2.1 Probador Virtual is switched off for every account. It is switched on only if you "
        'move the switch "Create try-on images of me" to on and then confirm on the next '
        "screen.\n",
        "consent",
        "present",
    ),
    (
        "consent deemed by uploading needs no second confirmation",
        "4.2 By uploading Selfies, you consent to our creating a Personal Model from them. You do "
        "not need to confirm this consent separately.\n",
        "consent",
        "weak",
    ),
    (
        "no consent required beside a permission that may not be withdrawn",
        "3.1 No consent from the Promoter is required for photographs or video taken at events, "
        "or for their use by the Client in advertising.\n3.4 Permission for the use of event "
        "photographs may not be withdrawn by the Promoter once the event has taken place.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_run_outs_lead_ins_rewards_and_opt_ins(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ('4.1 The Company also sells a smartwatch, the "Noyyal Pulse", with an "AI sleep coach" '
         "and customisable watch-face avatars.\n", False),
        ('6.2 The restoration team has made a "digital twin" of the 1890 organ, a model of its '
         "pipes, for planning repairs.\n", False),
        ('6.2 The "digital twin" tour on the Club website is a 3D scan of the empty building.\n',
         False),
        ("6.2 Portal profiles show an initials avatar unless you upload your own picture.\n",
         False),
        ('6.3 The "avatar" shown next to it is the Church logo.\n', False),
        ("6.2 The Club may make a 3D scan of the Trainer to build a digital twin that leads "
         "classes in the app.\n", True),
    ],
)
def test_ai_look_alikes_of_devices_instruments_tours_and_logos(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
