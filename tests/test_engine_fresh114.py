"""Withdrawals that leave perpetual licences running, and content the person removes from a
library (session 20; the rounds on fresh114 to fresh117 extend it).

A way out that stops only new licences is `weak` when the licences already granted are
"perpetual" or run "in perpetuity" (samples/README.md, "Known judgement calls"), and `present` when
they run to their own ends. "You may remove any Content from the library at any time" is the
person's own way out, like deleting a photo. Each case is (phenomenon, text, requirement, status);
a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

_GRANT = (
    "1.1 The Model grants the Agency a licence to create and license a Digital Twin of the "
    "Model.\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "earlier licences said to include perpetual ones keep running: weak",
        _GRANT + "8.4 The Model may at any time by written notice withdraw from the Programme, and "
        "the Agency shall not license the Digital Twin for any new Booking. 8.5 Licences of the "
        "Digital Twin already granted to Clients before the notice is received continue for their "
        "full stated periods, including any licence stated to be perpetual.\n",
        "revocation",
        "weak",
    ),
    (
        "earlier licences that are perpetual under another clause: weak",
        _GRANT + "3.4 Customer Licences granted before any removal of Content under clause 8 are "
        "perpetual and continue after that removal.\n8.1 You may remove any Content from the "
        "library at any time through your account dashboard, without giving a reason.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: earlier licences that run to their own ends leave the way out whole",
        _GRANT + "8.1 You may remove any Content from the library at any time through your "
        "account dashboard, without giving a reason.\n8.2 Licences granted before the removal "
        "continue for their remaining term of no more than twelve months.\n",
        "revocation",
        "weak",
    ),
    (
        "content removed from a marketplace by the person is a way out",
        _GRANT + "4.1 You may remove any item of Content from the marketplace at any time.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the platform removing content is not the person's way out",
        _GRANT + "4.1 We may remove any item of Content from the marketplace at any time.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_ways_out_that_leave_licences_running(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ('5. The Photographer\'s image library software includes an "AI auto-tag" feature that '
         "suggests keywords such as \"beach\" or \"portrait\".\n", False),
        ("2. The Photographer's stock-library software, which uses an AI auto-keywording feature, "
         "may add descriptive keywords to the Images.\n", False),
        ("5. Our scouting app uses an AI face-detection feature only to crop photographs to a "
         "standard head-and-shoulders frame.\n", False),
        ("5.4 The Model's profile on the Agency's website shows an avatar, being a cropped "
         "headshot chosen by the Model, next to her measurements.\n", False),
        ("5.1 The Company's website uses an avatar, a small picture chosen by each reviewer, "
         "beside customer reviews.\n", False),
        ("3. I may choose my own avatar from the character artwork or a plain icon.\n", False),
        ('6. The Agency\'s profile on social media uses a green "W" avatar.\n', False),
        ("3.2 The Agency's own studio has a digital twin, an interactive 3D floor plan on the "
         "website that clients can use to plan sets.\n", False),
        ("3.1 The Host will wear a shirt in a synthetic performance fabric with the Client's "
         "logo.\n", False),
        # the same words where the AI works on the person
        ("5. The Photographer uses an AI feature to generate new versions of the Model's "
         "face.\n", True),
        ("3.2 The Agency may make a digital twin, a 3D likeness of the Model, for clients.\n",
         True),
        ("3. The Company may create an avatar of the Performer from her scan.\n", True),
    ],
)
def test_ai_look_alikes_in_releases_agencies_platforms_and_voice_work(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed


_RIDER = 'Rider between Carrick Ltd ("the Company") and Eilidh Rankin ("the Model").\n'
_VOICE = (
    'Terms between Northvoice Ltd ("the Client") and Sam Lee ("the Artist").\n'
    "1.1 The Client may create synthetic pickups of the Artist's voice with a voice model.\n"
    "1.2 The session fee is GBP 400 for a session of up to one hour.\n"
)
_APP = (
    'These Terms are between you and Glowframe Inc ("we", "us").\n'
    '1.2 "Face Model" means the image-generation model that we fine-tune on your Selfies to make '
    "AI-generated headshots of you.\n"
)

ROUND_CASES: list[tuple[str, str, str, str]] = [
    (
        "a consent given by signing the rider personally is asked for",
        _RIDER + "2. The Company shall not scan the Model or create the Digital Double except with "
        "the Model's separate written consent given by signing this Rider personally.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: consents referred to as given under the agreement ask for nothing",
        _RIDER + "1. The Company may create a Digital Double of the Model.\n2. This fee covers all "
        "of the rights assigned and consents given under this Agreement.\n",
        "consent",
        "present",
    ),
    (
        "nothing made until the person switches a setting on",
        _APP + '2.1 We will not create a Face Model until you switch on the setting "Create my '
        'Face Model" on the Face Data screen.\n',
        "consent",
        "present",
    ),
    (
        "uploading read as agreement is deemed consent",
        _APP + "2.2 When you upload Selfies you agree that we may create a Face Model from them.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: replying to confirm is an express act, not conduct",
        _RIDER + "1. The Company may create a Digital Double of the Model. These are the booking "
        'terms; when you reply "confirmed" you accept them, and the Model has signed her own '
        "consent lines at the bottom.\n",
        "consent",
        "weak",
    ),
    (
        "a setting switched off ends the use",
        _APP + '4.1 When you switch off "Create my Face Model" or close your account, we will '
        "delete your Selfies and your Face Model within 30 days.\n",
        "revocation",
        "present",
    ),
    (
        "no usage fee or other additional payment for the replica uses",
        _VOICE + "3.4 No usage fee or other additional payment is payable for synthetic pickups, "
        "whichever media they are used in.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a pick-up session attended at no additional fee is work, not a use",
        _VOICE + "3.4 The Artist shall attend one pick-up session per Title at no additional "
        "fee.\n",
        "compensation",
        "weak",
    ),
    (
        "replica images that do not attract usage fees",
        _RIDER + "1. The Company may create a Digital Twin of the Model.\n3. The Company shall pay "
        "the Model GBP 900 per Shoot day. Images produced with the Digital Twin do not attract "
        "usage fees.\n",
        "compensation",
        "weak",
    ),
    (
        "the fee for the replica left to be agreed",
        _RIDER + "1. The Company may create a Synthetic Voice of the Model.\n4. The Company shall "
        "pay the Model GBP 450 per filming day. The fee for the Synthetic Voice shall be agreed "
        "between the parties in good faith before release.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a further fee for a later use left to be agreed",
        _RIDER + "1. The Company may show a hologram of the Model in the Exhibition.\n4. The "
        "Company shall pay the Model GBP 3,000. If the Hologram is shown elsewhere, a further fee "
        "shall be agreed.\n",
        "compensation",
        "weak",
    ),
    (
        "an administration fee the person sends is no pay",
        _RIDER + "1. The Company may create a Digital Double of the Model. No fee is payable to "
        "the Model for any use of the Digital Double.\n3.1 The Model may apply to cancel this "
        "release by written application, accompanied by an administration fee of GBP 75 which "
        "covers the review of the Digital Double's licences.\n",
        "compensation",
        "missing",
    ),
    (
        "a share table's rows are pay",
        'Addendum between Lark Agency LLC ("the Agency") and Mia Fox ("the Creator").\n1. The '
        "Agency may license a Creator Avatar made with AI from the Creator's videos.\n3.1 The "
        "Agency shall pay the Creator the following shares within 30 days.\nDeal type | Creator "
        "share | Minimum per deal\nAvatar Deal, single post | 75% | USD 1,500\n",
        "compensation",
        "present",
    ),
    (
        "a time-for-prints shoot is pay in kind",
        _RIDER + '1. This is a time-for-prints ("TFP") shoot. In return for her time and for the '
        "rights in this release, the Model will receive fifteen edited images.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: copies sent free of charge are no unpaid use",
        _RIDER + "5.1 The Company shall pay the Model a royalty of 12% of Net Receipts.\n7.4 The "
        "Company shall send the Model, free of charge, two download codes for each title.\n",
        "compensation",
        "missing",
    ),
    (
        "a request by e-mail to remove an image is a way out",
        _RIDER + "7. The Model may at any time ask the Company by e-mail to remove any image from "
        "its website and social media.\n",
        "revocation",
        "present",
    ),
    (
        "cancelling the release is a way out, and an administration fee makes it weak",
        _RIDER + "3.1 The Model may apply to cancel this release by written application, "
        "accompanied by an administration fee of GBP 75.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out open only before the date of an event is weak",
        _RIDER + "3.1 The Model may ask the Company not to include her in the Preview by email "
        "before the date of the graduate showcase.\n",
        "revocation",
        "weak",
    ),
    (
        "a stop of new work that keeps the twin and its model is weak",
        _RIDER + "5. The Model may, by written notice, ask the Company to stop producing new "
        "images with the Digital Twin. The Company shall not start new productions after 60 days, "
        "but may keep the Digital Twin, the scan and the fine-tuned image model.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal said not to require payment nor to end the agreement stays a way out",
        _RIDER + "6.6 The Model may at any time, by written notice, withdraw her authority to "
        "consent to Digital Replicas. The withdrawal does not require any payment by the Model "
        "and does not end this Agreement.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: closing the account not being a withdrawal takes no way out away",
        _APP + "9.1 You may withdraw your consent at any time in Settings. Closing your Account "
        "does not by itself withdraw your consent.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: the other side named in the person's definition keeps its own right to end",
        "Agreement BETWEEN\n(1) Nightjar Audio Limited, Wetherby (\"the Producer\"); and\n(2) Ben "
        'Ash, of an address notified in writing to the Producer ("the Narrator").\n1. The Narrator '
        "grants the Producer the right to create a synthetic voice of the Narrator.\n12.2 The "
        "Producer may terminate this Agreement by written notice to the Narrator.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), ROUND_CASES)
def test_release_agency_platform_and_voice_language(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("1.2 You may use your headshots for your own acting career, including as the avatar on "
         "your casting-network profile.\n", False),
        ("1.2 Volunteers register through the crowd app, whose scheduling feature uses machine "
         "learning to spread arrival times and avoid queues.\n", False),
        ("5. The portal screens uploads with an AI fraud filter to detect stolen images, and its "
         "developers test new search features with synthetic test data.\n", False),
        ("4.2 The chat page shows a help avatar; the avatar answers questions about episode times "
         "and is not a likeness of any guest.\n", False),
        ('1.1 "Courses" means the three online courses "Harbour Safety", "Fish Handling Hygiene" '
         'and "Introduction to Machine Learning for Fisheries".\n', False),
        ("2.2 The machine learning course explains how algorithms are trained on catch data.\n",
         False),
        ("2.2 The Producer uses an AI chapter-marker tool to split episodes into sections.\n",
         False),
        # a model fine-tuned on the person's portraits makes the contract about AI
        ('1.2 "Derivative Images" means new images of you produced by an image model that the '
         "Studio fine-tunes on your Session Portraits.\n", True),
        # the same words where the AI works on the person
        ("4.2 The chat page shows an avatar of the Host that answers questions in her voice.\n",
         True),
        ("2.2 The course uses machine learning to generate a synthetic voice of the Narrator.\n",
         True),
    ],
)
def test_second_round_look_alikes_and_a_model_fine_tuned_on_the_person(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed


_BRAND = 'This release is given by Talia Grant ("Model") to Snowgum Outfitters Pty Ltd ("Brand").\n'

SECOND_ROUND_CASES: list[tuple[str, str, str, str]] = [
    (
        "photographs 'of the Model' name who is pictured, not who may use them",
        _BRAND + "2.1 The Brand may use the photographs of the Model in its posters.\n",
        "consent",
        "present",
    ),
    (
        "no use except under an agreement the person signs",
        _BRAND + "2.1 No commercial partner may use the Model's name, image or likeness except "
        "under a written partnership agreement signed by the Model.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a clause heading named in an order of precedence gives no power of attorney",
        _BRAND + "1.1 The Model consents to the creation of a Digital Twin for the Campaign.\n1.2 "
        "If this Addendum conflicts with the Management Agreement, including clause 9 (Power of "
        "Attorney), this Addendum prevails.\n",
        "consent",
        "weak",
    ),
    (
        "a fee paid to the other side to leave is no pay to the person",
        _BRAND + "1.1 The Brand may operate an AI Clone of the Model.\n3.1 You will not receive "
        "any fee, royalty or other payment for the Clone.\n4.1 You may leave the Programme on "
        "payment to us of the Clone set-up costs of GBP 2,000.\n",
        "compensation",
        "missing",
    ),
    (
        "a deposit credited to the person's own session fee is no pay",
        _BRAND + "1.2 The deposit of CAD 75 is credited to your session fee.\n3.2 You will not "
        "receive any payment or fee for our marketing use of your images.\n",
        "compensation",
        "missing",
    ),
    (
        "a way out only for campaigns not yet launched is weak",
        _BRAND + "5.1 The Model may, by written notice, withdraw permission for the Brand to "
        "feature her in any Campaign that the Brand has not yet launched.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out the other side acts on only after months of notice is weak",
        _BRAND + "6. You may ask us to withdraw your showreel from circulation, but we will only "
        "do so after three (3) months' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "no fee set until one is agreed",
        _BRAND + "1.1 The Brand may create a synthetic voice of the Model for audiobooks.\n3.2 The "
        "fee for each further Title shall be negotiated. Until it is agreed, no fee is set for "
        "that Title.\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), SECOND_ROUND_CASES)
def test_second_round_language(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
