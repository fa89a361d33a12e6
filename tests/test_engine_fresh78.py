"""Agency terms, voice licences, releases in use and AI platform terms (fresh78 to fresh81).

The look-alikes these genres carry: the person's own Instagram avatar, an avatar "not a
photograph of the student", crowd cameras that "do not record faces", an editing app's "AI sky
replacement", "noise reduction powered by AI", an app that sorts "your own photos", the
"digital twin" of a jacket, of the Agency's showroom or of the Studio building, and a "voice
clone" inside a game's story. A heading ("5. Avatars.") over a clause that reads its avatar as a
look-alike names that look-alike too. Each AI case is (text, addressed): the contract speaks
about AI replicas or it does not. Each status case is (phenomenon, text, requirement, status); a
"look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CASES: list[tuple[str, str, str, str]] = [
    (
        "a voucher for the cafe, then 'Nothing else is paid'",
        "3. Thank You. As a thank-you you receive a EUR 20 voucher for the harbour caf\u00e9 and a "
        "signed print of your Portrait. Nothing else is paid.\n",
        "compensation",
        "weak",
    ),
    (
        "an entry into a prize draw, then 'No other payment is made'",
        "4. Thank You. Each guest whose content we use is entered into a monthly draw for a "
        "CAD 250 stay voucher. No other payment is made.\n",
        "compensation",
        "weak",
    ),
    (
        "free entry valued in brackets, then 'No other payment is made'",
        "5. In return for this release you receive free entry to the Challenge (normally AUD 149) "
        "and a challenge T-shirt. No other payment is made.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a service supplied free beside a model fee",
        "3. The Salon provides the colour service free of charge (normally CAD 180) and pays Model "
        "a model fee of CAD 150 on the day.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: jackets supplied free beside a fee table",
        "3.4 The Brand will supply the Influencer with two jackets free of charge for use in the "
        "Content.\n5.1 The Brand shall pay the Influencer a content fee of EUR 6,000.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a rule that a day rate never includes the twin's pay",
        "4.2 The Model shall be paid a usage fee of GBP 650 per month for the Digital Twin.\n"
        "5.2 No fee for a live session shall be treated as including any payment for a Digital "
        "Twin, and no Client may describe the day rate as a buyout of Digital Twin rights.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a fee for each output above the number the usage fee includes",
        "5.1 The Client shall pay (a) a build fee of GBP 1,500; (b) a usage fee of GBP 650 for "
        "each month; and (c) a fee per Twin Output above the number included in the usage fee, at "
        "not less than the rates in Schedule 1.\n",
        "compensation",
        "weak",
    ),
    (
        "the Model approves the production and the use herself",
        "2. I, the Model, approve the production of AI Variants for the knitwear range and their "
        "use on the Client's own online shop from 1 August 2026 to 31 July 2027.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the client approves the use",
        "2. The Client shall approve the production of AI Variants for the knitwear range and "
        "their use on its own online shop.\n",
        "consent",
        "present",
    ),
    (
        "a feature made only if the person switches it on",
        '2.1 We create a Fit Avatar only if you switch on "Create my Fit Avatar" on the Try-On '
        "screen. The switch is off by default.\n",
        "consent",
        "present",
    ),
    (
        "attendance that constitutes consent",
        "3.1 The Model's attendance at the scan session constitutes her consent to the creation of "
        "the Twin and to the usage in clause 2.\n",
        "consent",
        "weak",
    ),
    (
        "the agency authorised to grant usage on the Model's behalf",
        "3.1 The Model authorises the Agency to grant usage of photographs of the Model made at "
        "bookings to Clients on the Model's behalf, in the media, territory and period that the "
        "Agency considers customary.\n",
        "consent",
        "weak",
    ),
    (
        "two grantees, one named by a possessive, and open promotion",
        "3.1 Performer grants Studio and the Film's producer the right to use the recorded "
        "performance in the English dub of the Film, including without limitation any related "
        "promotional purpose the producer considers appropriate.\n",
        "consent",
        "weak",
    ),
    (
        "the Model requires the Agency by e-mail to stop all use",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "4.1 The Model may at any time, and for any reason, require the Agency by e-mail to stop "
        "all use of the Digital Double.\n",
        "revocation",
        "present",
    ),
    (
        "a demand that no new advertisement be made",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "3.1 Artist may at any time, by written notice to Agency, require that no new "
        "advertisement using the Recordings be made.\n",
        "revocation",
        "present",
    ),
    (
        "ending the usage of the twin on long notice and repaying the fee",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "5.1 The Model may end the usage of the Twin by giving six (6) months' written notice to "
        "the Agency and repaying the scan session fee in full.\n",
        "revocation",
        "weak",
    ),
    (
        "ending the order form only after six months",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "4.1 The Creator may end this Order Form on 90 days' written notice after the first six "
        "months.\n",
        "revocation",
        "weak",
    ),
    (
        "declining a renewal is the only way out",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "4.1 The Artist may decline a renewal only by written notice given at least sixty (60) "
        "days before the end of the current usage period.\n",
        "revocation",
        "weak",
    ),
    (
        "a right to withdraw said to stay unaffected",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "8.1 You may withdraw your agreement to the use of your voice at any time.\n"
        "15.4 The Society will consider your comments in good faith, without affecting your right "
        "to withdraw under clause 8.\n",
        "revocation",
        "present",
    ),
    (
        "unpaid, and free to withdraw at any time",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "16. I understand that I will not be paid a fee for the Recordings and that I can withdraw "
        "at any time under clause 8.\n",
        "revocation",
        "present",
    ),
    (
        "trained models kept after deletion",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "4.1 You may delete your Likeness Character at any time. Remixed versions made by other "
        "users and models already trained will not be deleted.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: trained models are not retrained, nothing stays in use",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "5. You can reply STOP at any time and we will take your content down. A model already "
        "trained before your request is not retrained.\n",
        "revocation",
        "weak",
    ),
    (
        "AI variations already created may continue with no end",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "7. You can ask us at any time to stop using the Content, and we will remove it within "
        "fourteen (14) days. AI-generated variations already created, and uses by our retail "
        "partners, may continue.\n",
        "revocation",
        "weak",
    ),
    (
        "left out of the edit if the crew is told on the day",
        "1. The Model grants the Company the right to use her photographs and voice recordings.\n"
        "6. If you do not want to appear in the highlights film, tell the crew at the media tent "
        "before 10 pm on the day you are filmed, and we will leave you out of the edit.\n",
        "revocation",
        "weak",
    ),
    (
        "a fee table whose header names the currency",
        "4. Fees\n\n| Item | Fee (AUD) |\n| Creator Content package (3 posts, 2 reels) | 4,500 |\n"
        "| Each approved AI Variant used in paid social | 350 |\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a table of plan prices the user pays",
        "4. Plans\n\n| Plan | Monthly fee (AUD) |\n| Creator plan | 1,200 |\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: castings unpaid in an agency's rate card",
        "Schedule A - Booking Fees\n| Photo, catalogue and e-commerce | EUR 180 per hour |\n"
        "| Casting and go-see | no fee | - |\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_agency_voice_release_and_platform_language(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("6. If I change my Instagram avatar to one of the Images, that is my own choice and "
         "does not extend this release.\n", False),
        ("5. Avatars. Students choose their own avatar (profile picture) in the School's learning "
         "app from a set of cartoon animals. The avatar is not a photograph of the student and "
         "is not covered by this form.\n", False),
        ("7. The crowd-flow cameras at the gates use machine learning to count people and do not "
         "record faces.\n", False),
        ("4. I may crop the Portraits, and I use my editing app's AI sky replacement on grey "
         "days.\n", False),
        ("1.2 The engineer will master the recording using noise reduction powered by AI and "
         "machine-learning loudness normalisation.\n", False),
        ("5.1 Smart Albums uses on-device AI to sort your own photos into albums.\n", False),
        ("4.1 The Agency's upload tool uses AI to suggest keywords for the Photographer's own "
         "images and to sort them into collections.\n", False),
        ('1.9 "Product Twin" means the three-dimensional digital twin of each Reek jacket made '
         "by the Brand's design team for its online store.\n", False),
        ('5.1 Clients may plan showroom bookings using the "digital twin" of the Agency\'s '
         "showroom, a 3D model of the room.\n", False),
        ('4.2 The "digital twin" shown at reception is a 3D model of the Studio building.\n',
         False),
        ("1.2 In the Game's story, an android called Mimic makes a \"voice clone\" of Captain "
         "Fell to fool her crew.\n", False),
        # the same words where the AI works on the person
        ("5. Avatars. The Club may create a cartoon avatar of the Player for its mobile game.\n",
         True),
        ("4. The Brand may use AI face replacement to put the Model's face on other bodies.\n",
         True),
        ("1.2 The Studio may make a voice clone of the Performer for the Game's story "
         "scenes.\n", True),
    ],
)
def test_ai_look_alikes_of_agencies_studios_and_apps(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
