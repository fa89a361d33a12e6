"""Usage lines, plain agreement, look-alike terms and works named as parties (fresh56, fresh57).

A booking e-mail's "4. Usage: Aurora Trails website, its booking app, brochures ..., Canada and
the United States, for two years" states the permission the booking gives, without a verb; a
blanket usage line ("all media now known or hereafter devised, throughout the world, in
perpetuity") is a blanket grant. "Then yes, I agree to the six AI colour variants for the product
pages" is consent in plain words. "Withdrawal is available only while no audiobook narrated by
your Pro Voice is on sale" limits the way out it follows. "Talent may withdraw the Talent Digital
Human from the Library by written notice given at any time after the second anniversary" is a
way out, weak for its wait. Entry to an event given "in consideration of your admission" is pay in
kind, and "Castings are unpaid" says nothing about pay for the uses. A work the contract defines
('"The Orchard Keepers" (feature film) ("the Picture")') is not a party: "at any time before
picture lock of the Picture" gates the Performer's own withdrawal. A term the contract defines as
a look-alike ('"Avatar" means the profile picture or illustrated icon that you choose') is that
look-alike wherever it is named; a model named by what it generates ("image-generation models")
is AI, and AI named only to deny it ("no AI features") is not. Each case is (phenomenon, text,
requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CASES = [
    (
        "a usage line in a booking confirmation",
        "Hi Marcus,\n3. Fee: CAD 1,100 per day.\n4. Usage: Aurora Trails website, its booking app, "
        "brochures and its own Instagram and Facebook accounts, Canada and the United States, for "
        "two years from 1 February.\n",
        "consent",
        "present",
    ),
    (
        "a blanket usage line",
        "Hi Marcus,\n3. Fee: CAD 1,100 per day.\n4. Usage: all media now known or hereafter "
        "devised, throughout the world, in perpetuity.\n",
        "consent",
        "weak",
    ),
    (
        "agreeing to the AI variants themselves",
        "3. Dylan: Just the product pages, UK shop only, six months. We'd pay GBP 250 each.\n"
        "8. Ffion: Then yes, I agree to the six AI colour variants for the product pages on those "
        "terms.\n",
        "consent",
        "present",
    ),
    (
        "withdrawal available only while nothing is on sale",
        '1.1 "Pro Voice" means a synthetic voice model of your voice.\n'
        "4.1 You may withdraw your consent and delete your Pro Voice in the app. Withdrawal is "
        "available only while no audiobook narrated by your Pro Voice is on sale.\n",
        "revocation",
        "weak",
    ),
    (
        "the digital human withdrawn from the library after a wait",
        "2.1 Talent grants Kalvora the right to build the Talent Digital Human.\n"
        "4.1 Talent may withdraw the Talent Digital Human from the Library by written notice given "
        "at any time after the second anniversary of this Licence.\n",
        "revocation",
        "weak",
    ),
    (
        "admission to the event as the consideration",
        "3. In consideration of your admission, by entering the course you consent to appearing in "
        "the footage and agree that the Organiser may use it.\n",
        "compensation",
        "weak",
    ),
    (
        "unpaid castings beside a day fee",
        "5.1 The Client pays the Model a day fee of GBP 900 for each shoot day.\n"
        "5.2 Castings are unpaid unless the Booking Form says otherwise.\n",
        "compensation",
        "present",
    ),
    (
        "the picture named in a deal memo is not a party",
        'Production: "The Orchard Keepers" (feature film, working title) ("the Picture").\n'
        '13.1 "Replica Use" means any use of a digital replica of the Performer in the Picture.\n'
        "13.2 The Performer may withdraw her consent to any Replica Use by written notice to the "
        "Producer at any time before picture lock of the Picture.\n",
        "revocation",
        "weak",
    ),
]


# fresh58 / fresh59: telling the other side one no longer agrees is a way out; an exit open to
# either party only after the initial period waits; "good and valuable consideration" recited
# beside "I will not receive any fee" pays nothing; a stand-in's own sentence gives nothing
# against "No further consent of Artist shall be required"; a withdrawal "but only until" a date
# is weak; synthetic narration is AI, so "No fee is payable for synthetic narration" beside a
# per-hour fee for studio sessions leaves it unpaid
CASES += [
    (
        "telling the network one no longer agrees",
        '1.1 "Voice Clone" means a synthetic voice model of the Presenter.\n'
        "4.1 The Presenter may at any time tell the Network's program director in writing that she "
        "no longer agrees to the voice clone being used.\n",
        "revocation",
        "present",
    ),
    (
        "either party may end only after the initial period",
        "2.1 The Model grants the Agency the right to use her photographs in its portfolio.\n"
        "17.1 Either party may terminate this Agreement after the Initial Period by giving three "
        "(3) months' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "recited consideration beside a plain denial of pay",
        "For good and valuable consideration, the receipt of which I acknowledge, I grant the "
        "Releasee the right to use the Images.\n4. I acknowledge that I will not receive any fee, "
        "royalty or other payment for the grant or for any use of the Images.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: recited consideration beside a fee",
        "For good and valuable consideration, the receipt of which I acknowledge, I grant the "
        "Releasee the right to use the Images.\n4. The Releasee shall pay me USD 400 for the "
        "shoot.\n",
        "compensation",
        "missing",
    ),
    (
        "a stand-in's consent against no further consent",
        '3.1 "Digital Voice Double" means a synthetic voice model of the Artist.\n'
        "3.2 Lender hereby gives, on Artist's behalf, every consent needed for the creation and "
        "use of the Digital Voice Double. No further consent of Artist shall be required for "
        "any line generated with it.\n",
        "consent",
        "missing",
    ),
    (
        "a withdrawal open but only until a date",
        "2. The Model grants the Photographer the right to show the prints in the exhibition.\n"
        "5. The Model may withdraw permission for any of the uses by message to the Photographer, "
        "but only until 1 September 2026.\n",
        "revocation",
        "weak",
    ),
    (
        "no fee for synthetic narration beside a per-hour studio fee",
        "1.1 The Client may update courses with synthetic narration in the Narrator's voice.\n"
        "3.1 The fees of GBP 240 per finished hour continue to apply to studio sessions.\n"
        "3.2 No fee is payable for synthetic narration.\n",
        "compensation",
        "missing",
    ),
]


# fresh60: a licence to "crop, retouch and combine" the photographs "without further consent" is a
# removal, not routine retouching; so is "may use them without obtaining any further consent"
CASES += [
    (
        "cropping and combining photographs without further consent",
        "2.3 Licensee may use any photograph of Designer and may crop, retouch and combine such "
        "photographs with product images and text, without further consent of Designer.\n",
        "consent",
        "missing",
    ),
    (
        "use without obtaining any further consent",
        "2.2 Isarhaus may choose, crop and combine the photographs with product images at its "
        "discretion, and may use them without obtaining any further consent of the Designer.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: routine colour correction needs no further consent",
        "2.1 I grant the Studio the right to use the photographs in its 2027 catalogue.\n"
        "2.2 Colour correction, cropping and the removal of blemishes need no further consent "
        "from me.\n",
        "consent",
        "missing",
    ),
]


# fresh61: an assignment of "the rights to use her image" is the person's grant; a revocation
# that obliges the person to indemnify the assignee is weak
CASES += [
    (
        "the assignor assigns the rights to use her image",
        "1. The Assignor assigns to the Assignee, within the limits of this contract, the rights "
        "to use her image and voice as captured in the photographic session for the 2027 "
        "campaign.\n",
        "consent",
        "present",
    ),
    (
        "a revocation that obliges the person to indemnify",
        "1. The Assignor assigns to the Assignee the rights to use his image in the race photos.\n"
        "4. The Assignor may revoke this assignment at any time by written notice to the Assignee, "
        "but he shall then indemnify the Assignee for the damages caused by the revocation.\n",
        "revocation",
        "weak",
    ),
]


# fresh62 / fresh63: deleting one's own uploads is a way out ("You may delete any photo at any
# time", "delete all your saved Recordings"); leaving a showcase "only once twelve months have
# passed" is a weak one
CASES += [
    (
        "deleting any photo one has posted",
        "3.1 You grant us a licence to show the photos you post in the app and in our promotion.\n"
        "5.1 You may delete any photo at any time, and the licence in clause 3 ends for that "
        "photo.\n",
        "revocation",
        "present",
    ),
    (
        "deleting all one's saved recordings",
        "3.1 We keep your Recordings to improve the Service if you leave the setting on.\n"
        "5.2 You can also delete all your saved Recordings at any time in Settings.\n",
        "revocation",
        "present",
    ),
    (
        "asking to leave the showcase only after a year",
        "2.1 You agree that Vowbook may show your Showcase Photos in its online gallery.\n"
        "5.1 You may ask to leave the Showcase, but only once twelve months have passed since the "
        "date of signing.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_usage_lines_plain_agreement_and_works(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        # a term defined as a profile picture stays one wherever it is named
        ('2.1 (f) "Avatar" means the profile picture or illustrated icon that you choose to '
         "represent your channel.\n9.1 Your channel name and Avatar are displayed beside your "
         "videos.\n9.2 Reelhaven may display your Avatar in its own marketing.\n", False),
        ('2.1 "Avatar" means an animated likeness of you generated from your training video.\n'
         "9.1 Your Avatar may present our courses.\n", True),
        ('"Avatar" means the profile icon you choose.\n2.1 "Avatar Twin" means a digital '
         "replica of you made from your scan.\n", True),
        # a model named by what it generates
        ("1.1 You upload selfies and receive professional-style headshots produced by "
         "image-generation models.\n", True),
        # AI named only to deny it; a map called a digital twin
        ("2. The booth is an ordinary camera and printer with no AI features.\n", False),
        ('2. Your seat is shown on the "digital twin" seating map in the raceday app.\n', False),
        # a "voice clone" that is a backup of a file; an avatar that is a profile picture
        ("4.1 The studio keeps a voice clone of each session file, meaning a backup copy of the "
         "raw audio, for 90 days.\n", False),
        ("6. Guests check in with the festival app, in which each guest has an avatar profile "
         "picture.\n", False),
        # fresh61: an avatar chosen for a profile; a twin of a hall named in French; a sorting tool
        ("6. Customers of the mobile application may choose an avatar for their profile.\n", False),
        ("2. The seating plan was prepared on a digital twin of the Salle des f\u00eates supplied "
         "by the venue manager.\n", False),
        ("6. The results page uses a machine-learning number-recognition tool to sort the pictures "
         "by bib number.\n", False),
        # fresh62 / fresh63: spam filters, a username and avatar, an avatar thumbnail
        ("6.1 We use machine learning spam filters to detect spam and fake accounts.\n", False),
        ("1.2 Photos you post appear in your profile, next to your username and avatar.\n", False),
        ("4.1 The Model's profile shows an avatar thumbnail (a small cropped headshot).\n", False),
    ],
)
def test_ai_terms_and_look_alikes_defined_by_the_contract(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
