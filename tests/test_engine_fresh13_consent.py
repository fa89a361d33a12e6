"""Consent read from who acts for the person, whose consent is named, and what AI words name.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: another party's act that "constitutes the Artist's consent" (a manager's signature, an
agency's acceptance of a booking) is consent given by a third party, while the person's own
signature constituting her consent is hers; an attorney who signs "in the Model's name" the
client's consent forms consents for her, while one who signs further documents in her name to
confirm the other side's rights consents to no use; a contract saying that "a signature by the
Lender, by any agent or under any power of attorney is not a valid Replica Consent" shuts such
consent out (the power of attorney it names gives none), while one saying such a signature "is a
valid Replica Consent" lets a third party consent; "the consent of the Agency or of the
Presenter shall not be required" removes the person's consent too, the negation reaching the
noun over the parties named after it, while the consent of the Agency or of the other side is
not the person's; the consent a party "does not ask for" is the person's consent, given to that
party, so not asking for it removes it (while the person "being asked" for it, or the party
asking for it, gives it); the grant "to the Photographer [of] the absolute, irrevocable and
perpetual right and permission" is the person's blanket grant, not a consent asked for; a
"digital figure made from your scan" is a digital double whatever the contract calls it, so a
removal of consent for such figures removes consent to the AI use (while "digital prints made
from your photographs" are not AI); and "Avatar" as the name of a product line or a venue (the
"Avatar hybrid clubs", the "Avatar Lounge") is no replica of the person. Each case is a realistic
sentence that must reach a status and a look-alike that must not, as (phenomenon, text,
requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import RELEASE, report_of

from analyser.pipeline import Pipeline

DOUBLE_CONSENT = (
    "3.1 The Studio shall not create a Digital Double of the Performer without the Performer's "
    "prior written consent to each production.\n"
)
REPLICA_CONSENT = (
    "7.1 No Digital Replica of the Actor shall be made or used unless the Actor has signed a "
    "Replica Consent describing the scenes in which it appears.\n"
)
VOICE_GRANT = (
    "6.1 The Broadcaster may make a Synthetic Voice of the Presenter for its weather bulletins, "
    "and the Presenter consents to the use of the Synthetic Voice in those bulletins.\n"
)
CROWD_SCAN = (
    "1. You agree that we may film you as a background extra and use the footage in the Series.\n"
    "2. At the base camp our effects team makes a quick 3D scan of each background extra.\n"
)
STAFF_PHOTOS = (
    "Staff photographs\n1. We photograph team members at company events and use the photographs "
    "on our website and in our printed brochures.\n"
)

CASES = [
    # another party's act stands for the person's consent
    (
        "a manager's signature constitutes the performer's consent",
        DOUBLE_CONSENT + "3.2 The Manager's signature on a Digital Double request constitutes the "
        "Performer's consent to that request.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the performer's own signature constitutes her consent",
        DOUBLE_CONSENT + "3.2 The Performer's signature on a Digital Double request constitutes "
        "her consent to that request.\n",
        "consent",
        "present",
    ),
    # an attorney signing in the person's name
    (
        "an agency signs, in the model's name, the clients' consent forms",
        "4.1 The Client may create a Digital Replica of the Model for each booked campaign.\n"
        "4.2 The Model authorises the Agency to sign, in the Model's name, each client's replica "
        "consent form.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: an attorney signs further documents in her name",
        DOUBLE_CONSENT + "3.2 The Performer appoints the Agency as her attorney to sign, in her "
        "name, any document the Studio reasonably needs to register the copyright in the "
        "production.\n",
        "consent",
        "present",
    ),
    # a third party's signature shut out as consent
    (
        "a signature by the lender or an attorney is not a valid consent",
        REPLICA_CONSENT + "7.2 A signature by the Lender, by any agent or manager of the Actor or "
        "under any power of attorney is not a valid Replica Consent.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a signature under the lender's power of attorney is a valid consent",
        REPLICA_CONSENT + "7.2 A signature by the Lender under its power of attorney is a valid "
        "Replica Consent.\n",
        "consent",
        "weak",
    ),
    # the consent of several parties, the person among them
    (
        "the consent of the agency or of the presenter is not required",
        VOICE_GRANT + "6.2 The consent of the Agency or of the Presenter shall not be required "
        "for any script that the Synthetic Voice reads.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: the consent of the agency or of the broadcaster is not required",
        VOICE_GRANT + "6.2 The consent of the Agency or of the Broadcaster shall not be required "
        "for any change to the order of the bulletins.\n",
        "consent",
        "present",
    ),
    # the consent a party asks for is the other side's
    (
        "we do not ask for separate consent",
        STAFF_PHOTOS + "2. We do not ask for separate consent. We will let you know before a "
        "campaign that features you alone goes live.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: we ask for separate consent before an advertisement",
        STAFF_PHOTOS + "2. We ask for separate consent before a photograph of you appears in a "
        "paid advertisement.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: you will be asked for separate consent",
        STAFF_PHOTOS + "2. You will be asked for separate consent before a photograph of you "
        "appears in a paid advertisement.\n",
        "consent",
        "present",
    ),
    # one grantee, then a list of adjectives with commas
    (
        "a blanket grant of the right and permission to one grantee",
        RELEASE + "3. I grant to the Photographer the absolute, irrevocable and perpetual right "
        "and permission to use photographs of me for any purpose whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: permission asked for before other uses",
        RELEASE + "3. The Photographer shall not use photographs of me for any purpose other than "
        "the 2026 catalogue without my prior written permission.\n",
        "consent",
        "present",
    ),
    # a digital figure made from the person's scan is a digital double
    (
        "no further consent for digital figures made from the scan",
        CROWD_SCAN + "3. We may create Digital Crowd Figures from your scan. No further consent "
        "from you is required for any Digital Crowd Figure made from your scan.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: no further consent for digital prints made from photographs",
        CROWD_SCAN + "3. We may make digital prints from your photographs for the cast and "
        "crew. No further consent from you is required for those prints.\n",
        "consent",
        "weak",
    ),
]

AI_CASES = [
    (
        "digital figures made from a scan",
        "2.3 We may create Digital Crowd Figures from your scan and place them in any scene of "
        "the Series.\n",
        True,
    ),
    (
        "look-alike: digital prints made from photographs",
        "2.3 The Agency will send the Client digital prints made from your photographs.\n",
        False,
    ),
    (
        "Avatar as the name of a product line",
        '1.2 "Products" means the Company\'s Avatar hybrid clubs and its Harbour Line putters.\n'
        "5.1 The Player shall take part in two photo shoots a year for the Products.\n",
        False,
    ),
    (
        "Avatar as the name of a venue",
        "Staff photographs may appear on the screens at the entrance of the Avatar Lounge on the "
        "casino floor.\n",
        False,
    ),
    (
        "look-alike: an avatar of the player",
        "5.1 The Company may create an Avatar of the Player for its golf video game.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh13_consent_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh13_ai_wording_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon


def test_a_signature_shut_out_as_consent_raises_no_power_of_attorney_flag(
    pipeline: Pipeline,
) -> None:
    text = REPLICA_CONSENT + (
        "7.2 A signature by the Lender, by any agent or manager of the Actor or under any power "
        "of attorney is not a valid Replica Consent.\n"
    )
    assert "power_of_attorney" not in {f.id for f in report_of(pipeline, text).red_flags}


def test_a_venue_named_avatar_marks_no_sentence_as_ai(pipeline: Pipeline) -> None:
    text = (
        "1. We photograph team members at events, for example at the opening of the Avatar "
        "Lounge. We do not ask for separate consent.\n"
    )
    report = report_of(pipeline, text)
    assert report.ai_addressed is False
    assert report.requirement("consent").ai_specific is False
