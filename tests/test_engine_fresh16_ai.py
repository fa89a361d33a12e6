"""Whether a contract addresses AI, and consent deemed or given under an authority to sign.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. A "digital twin" of a place is a model of that place, not of the person, whether the place
is named as a proper name ("a digital twin of the Exhibition Grounds") or the twin is explained
beside it ("the Hotel's Digital Twin, the interactive 3D map of all three floors"); a twin
explained as a model of the person's face and body stays a replica. AI software named by the
business job it does (a "machine-learning demand-forecasting engine", "generative pattern-design
software" for prints) is about the business; the same words beside the person's face, voice or
training stay AI. "Avatar" as the name of a horse ("the bay gelding Silver Avatar"), of a
product with its model number ("the Avatar 24 kW stove") or in quotes before the goods ('"Avatar"
merino cardigan') is no replica. An artificial intelligence that is a character of the story
the person appears in, computer-generated scenery ("computer-generated or painted
backgrounds") and 3D scans listed with a treatment's clinical records are not AI use of the
person; AI altering the person's footage, a computer-generated version of the person and 3D
scans of the face for an avatar are. The heading of a tick-box column ("Yes / No") offers a choice:
it negates nothing in the row after it. Consent is deemed when agreement is read from conduct
named after it ("you agree to these terms ... by uploading", "agrees, by doing so, to the uses")
when choices are ticked in advance ("already ticked", "not struck through are agreed"), when
the person is "deemed to have approved" a use sent by e-mail, and when the outline of a use is
"deemed approved" after silence (a statement of account or a notice is not a use);
an obligation to be done in a certain way ("agree to deliver ... by sending them", "support the
campaign, including by appearing in a video") and a box the person ticks are not. An authority
to sign in the person's name or on the person's behalf (a mandate, a "procuration") is a power
of attorney; one the other side gives its own staff, or a denial of authority, is not. Each case
is a realistic sentence that must reach a reading and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag, report_of

from analyser.pipeline import Pipeline

# a likeness booking without AI terms
BOOKING = (
    "1. The Client may use the photographs of the Model from the shoot on its website and in "
    "its stores for one year.\n"
)
# a voice contract with AI terms
VOICE = (
    "1. The Studio may create a synthetic voice of the Narrator from the session recordings "
    "for the audiobook series.\n"
)

AI_CASES = [
    # a digital twin of a place
    (
        "a digital twin of a place named as a proper name",
        BOOKING + "2. The evacuation routes for the launch event have been tested in a digital "
        "twin of the Exhibition Grounds built by the organiser's engineers.\n",
        False,
    ),
    (
        "look-alike: a digital twin of the person made at a venue",
        BOOKING + "2. The Client may build a Digital Twin of the Model at the Venue on the "
        "first shoot day.\n",
        True,
    ),
    (
        "a digital twin explained beside it as a map of a building",
        BOOKING + "2. Before the shoot the Client will share the Hotel's Digital Twin, the "
        "interactive 3D map of all three floors, so that the crew can plan the set-ups.\n",
        False,
    ),
    (
        "look-alike: a digital twin explained as a model of the person's face and body",
        BOOKING + "2. The Client's Digital Twin, a three-dimensional model of the Model's face "
        "and body, may appear in the online store.\n",
        True,
    ),
    # AI software named by its business job
    (
        "a machine-learning engine named by its business job",
        BOOKING + "2. Stock for the pop-up store is ordered by the Client's machine-learning "
        "demand-forecasting engine, which reads past sales only, not photographs.\n",
        False,
    ),
    (
        "look-alike: the same kind of engine trained on the person's photographs",
        BOOKING + "2. The Client's machine-learning recommendation engine may be trained on the "
        "photographs of the Model.\n",
        True,
    ),
    (
        "generative software that designs prints",
        BOOKING + "2. The scarves in the shoot carry prints made with generative pattern-design "
        "software from the designer's sketches, shown beside photographs of the Model.\n",
        False,
    ),
    (
        "look-alike: generative software that makes images of the person",
        BOOKING + "2. The Client's generative image-design software may create new photographs "
        "of the Model for the website.\n",
        True,
    ),
    # Avatar as a name
    (
        "a horse named Avatar",
        "1. The Rider may be photographed for the sale catalogue on the bay gelding Silver "
        "Avatar in the parade ring, and the Stud may use the photographs on its website.\n",
        False,
    ),
    (
        "a product named Avatar with its model number",
        BOOKING + "2. The shoot features the Client's Avatar 24 kW wood-fired sauna stove.\n",
        False,
    ),
    (
        "a garment named Avatar in quotes before the material and the goods",
        BOOKING + '2. Look 3 is style VK-114 "Avatar" merino cardigan, charcoal.\n',
        False,
    ),
    (
        "look-alike: an Avatar in quotes that wears the goods",
        BOOKING + '2. The Client may create an avatar of the Model (the "Avatar"). The "Avatar" '
        "wears dresses from the spring collection in the online store.\n",
        True,
    ),
    # AI as a character, computer-generated scenery, clinical scans
    (
        "an artificial intelligence as a character of the story",
        "1. The Extras may be filmed for the Film and the Producer may use the footage in the "
        "Film and its trailers. The Film tells the story of NOVA, an artificial intelligence that "
        "runs a lighthouse, and the Extras appear as villagers in the footage.\n",
        False,
    ),
    (
        "look-alike: artificial intelligence used on the person's footage",
        "1. The Extras may be filmed for the Film. The Producer may use artificial intelligence "
        "to alter the footage of the Extras.\n",
        True,
    ),
    (
        "computer-generated scenery joined to another kind of background",
        BOOKING + "2. The Client may place the photographs in computer-generated or painted "
        "backgrounds for the catalogue.\n",
        False,
    ),
    (
        "look-alike: a computer-generated version of the person",
        BOOKING + "2. The Client may create a computer-generated or digital version of the Model "
        "for the catalogue.\n",
        True,
    ),
    (
        "3D scans listed as clinical records of a treatment",
        "1. During treatment the Clinic takes intraoral photographs, X-rays and 3D scans of your "
        "teeth, and may use before-and-after photographs of your smile on its website.\n",
        False,
    ),
    (
        "look-alike: 3D scans of the face for an avatar",
        "1. The Clinic may use dental photographs and 3D scans of your face to build an avatar "
        "for its website.\n",
        True,
    ),
    # a tick-box column heading
    (
        "a Yes / No column heading before an AI use in a table row",
        BOOKING + "2. Use What it means Yes / No Initials\nA. AI images Using my photographs as "
        "input to an AI image generator to create new pictures of me Yes [ ] No [ ]\n",
        True,
    ),
    (
        "look-alike: a row that says the photographs are not used with AI",
        BOOKING + "2. Use What it means Yes / No Initials\nA. Website The photographs are not "
        "used with any AI image generator Yes [ ] No [ ]\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh16_ai_words_read_for_what_they_name(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon


FLAG_CASES = [
    # agreement read from conduct named after it
    (
        "agreement to the terms read from an upload",
        VOICE + "2. You agree to these Voice Terms, and to the uses left switched on in your "
        "profile, by uploading your first recording.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: a duty to deliver files by sending them",
        VOICE + "2. You agree to deliver the edited recordings by sending them to the Studio "
        "within five days.\n",
        "deemed_consent",
        False,
    ),
    (
        "agreement read from attending, by doing so",
        VOICE + "2. A member of staff who attends the recording session agrees, by doing so, to "
        "the uses described in this policy.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: attending that is expressly no agreement",
        VOICE + "2. A member of staff who attends the recording session does not agree, by doing "
        "so, to any use of the recordings.\n",
        "deemed_consent",
        False,
    ),
    (
        "look-alike: a duty done by appearing, given as an example",
        BOOKING + "2. During the Term the Model shall support the Client's campaign, including "
        "by appearing in two videos and attending the launch event.\n",
        "deemed_consent",
        False,
    ),
    # boxes ticked in advance
    (
        "uses agreed unless struck through",
        VOICE + "2. Boxes A to D below are already ticked. Uses that are not struck through are "
        "agreed.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: no box is ticked in advance",
        VOICE + "2. No box on this form is pre-ticked; a use is agreed only if you tick its box "
        "yourself.\n",
        "deemed_consent",
        False,
    ),
    # the person deemed to approve a use put to them
    (
        "the person deemed to have approved a booking sent by e-mail",
        VOICE + "2. If the Narrator does not object within three working days of the e-mail "
        "being sent, she is deemed to have approved the new title.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: a commission statement sent by e-mail and left unchallenged",
        VOICE + "2. If the Narrator does not query a commission statement sent by e-mail within "
        "60 days, she is deemed to have approved it.\n",
        "deemed_consent",
        False,
    ),
    (
        "the outline of a use deemed approved after silence",
        VOICE + "2. The Studio shall send the Narrator an outline of each new series. If the "
        "Narrator does not respond within five business days, the outline shall be deemed "
        "approved.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: a notice deemed received",
        VOICE + "2. A notice sent by e-mail is deemed received on the next working day.\n",
        "deemed_consent",
        False,
    ),
    # an authority to sign for the person
    (
        "an authority to sign consents on the person's behalf",
        VOICE + "2. The Narrator authorises the Agency to sign, on the Narrator's behalf, any "
        "consent a publisher asks for.\n",
        "power_of_attorney",
        True,
    ),
    (
        "look-alike: the other side authorises its own staff to sign for it",
        VOICE + "2. The Studio authorises its production company to sign call sheets on its "
        "behalf.\n",
        "power_of_attorney",
        False,
    ),
    (
        "a mandate called a procuration",
        VOICE + "2. The Agency signs this contract for the Narrator under her procuration of 4 "
        "March 2026.\n",
        "power_of_attorney",
        True,
    ),
    (
        "look-alike: a denial of any authority to sign",
        VOICE + "2. The Agency is not authorised to sign anything in the Narrator's name.\n",
        "power_of_attorney",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh16_deemed_consent_and_attorney_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
