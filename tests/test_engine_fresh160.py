"""Language from the round on fresh160 to fresh167 (session 25).

A limit on the way out bears on it wherever the contract states it: in an AI contract, the sentence
saying what withdrawing leaves running need not name AI itself ("4.1 Episodes already published
remain licensed to the Network's partners", in a section on the archive, after "2.2 The Host may
withdraw her consent to the AI Voice at any time"). An objection to a use named by its kind
("portfolio use of your photographs") is a way out. Consent is taken away by "Your consent to any
particular Localised Version, language, script or answer ... is not required" however long the list
of uses, and by "Once the Brand Avatar has been built and signed off ..., no further consent ... is
required" (the sign-off is the grant, not a consent asked before each use). "Ten percent (10%) off
their next appointment" is a discount, not a share; "No fee ... is payable ... in addition to the
Hospitality Package" leaves the package as the pay, with nothing more. Each case is (phenomenon,
text, requirement, status); a "look-alike" case must not reach the status. A "without" phrase
opening a sentence whose main clause denies the act ("Without your written consent, no Body Avatar
will be made") requires consent rather than doing without it. A question heading answered "Yes" in
the next numbered clause ("5. Can I have my photos taken down?" / "5.1 Yes, at any time.") gives the
right it names, as an answer in the same clause does, and the person "may end participation in the
Character" with no possessive, may "ask us at any time, by e-mail to your booker, to remove" the
materials, or "may end the Brand's usage rights". An appointment as "agent and attorney" to sign
licences weakens consent, unless it is for ordinary bookings in an AI contract that asks the
person's own consent for the AI uses. In a likeness release, a clause saying the person's consent is
not needed for the uses decides over consent asked in other clauses for other things (a use
forbidden "without his written consent" still asks for it).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

_HOST = ('1. The Host ("Host") presents the Podcast for the Network ("Network").\n'
         "2. AI Voice\n"
         "2.1 The Network makes an AI Voice of the Host with a voice model and uses it to read "
         "translated Episodes.\n"
         "2.2 The Host may withdraw her consent to the AI Voice at any time by e-mail.\n"
         "3. Fees\n"
         "3.1 The Network pays the Host USD 300 per Episode.\n"
         "4. Archive\n")

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "a limit in a sub-clause that names no AI weakens the AI way out",
        _HOST + "4.1 Episodes already published remain licensed to the Network's partners.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a run-out with an end is no limit",
        _HOST + "4.1 Episodes already published remain licensed to the Network's partners for "
        "twelve months from delivery.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the way out alone",
        _HOST + "4.1 The Network will confirm the withdrawal in writing.\n",
        "revocation",
        "weak",
    ),
]


_SALON_TERMS = ('1. You ("you") are a client of the Salon ("we"). We may post before-and-after '
                "photos of your hair on our Instagram page.\n")

REVOCATION += [
    (
        "a question heading answered 'Yes' in the next numbered clause gives the right it names",
        _SALON_TERMS + "5. Can I have my photos taken down?\n5.1 Yes, at any time. Tell your "
        "stylist which photos you want removed.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the same heading answered 'No'",
        _SALON_TERMS + "5. Can I have my photos taken down?\n5.1 No. Once posted, photos stay "
        "up.\n",
        "revocation",
        "present",
    ),
]

_CHARACTER = ('1.1 The Talent ("Talent") is the face of the virtual influencer of Mirrorgate '
              '("Mirrorgate"), an AI character built from the Talent\'s scans.\n')

REVOCATION += [
    (
        "the person ends her participation, without a possessive",
        _CHARACTER + "4.1 The Talent may end participation in the Character at any time by "
        "written notice to Mirrorgate.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ends the person's participation",
        _CHARACTER + "4.1 Mirrorgate may end the Talent's participation in the Character if she "
        "breaches clause 5.\n",
        "revocation",
        "present",
    ),
]

_AGENCY_SITE = ('1. You ("you") are represented by the Agency ("we"), which shows your Profile '
                "Materials.\n")

REVOCATION += [
    (
        "a request to stop made however and to whomever, between commas",
        _AGENCY_SITE + "4.1 You may ask us at any time, by e-mail to your booker, to remove any "
        "or all of your Profile Materials from our website, comp cards and social media "
        "accounts.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a request the person cannot make",
        _AGENCY_SITE + "4.1 You cannot ask us to remove Profile Materials from packages already "
        "sent to clients.\n",
        "revocation",
        "present",
    ),
    (
        "the person ends the other side's rights by its possessive",
        '1. The Creator ("Creator") grants the Brand ("Brand") usage rights in the Content.\n'
        "4.1 The Creator may end the Brand's usage rights under clause 2 at any time by giving "
        "fourteen (14) days' notice.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ends the person's rights",
        '1. The Creator ("Creator") grants the Brand ("Brand") usage rights in the Content.\n'
        "4.1 The Brand may end the Creator's approval rights if she misses two deadlines.\n",
        "revocation",
        "present",
    ),
]

_CONTEST = ('1. The Entrant ("you") enters the Contest run by the Organiser ("we"), and grants us '
            "the right to use her photographs.\n")

REVOCATION += [
    (
        "look-alike: withdrawing from the event said not to affect the rights, after a clause "
        "number",
        _CONTEST + "4.2 Withdrawing from the Event, or being disqualified, does not affect the "
        "rights granted in clause 2.\n",
        "revocation",
        "present",
    ),
    (
        "a way out whose effect on something else is denied keeps its force",
        _CONTEST + "4.2 You may withdraw your consent at any time. Withdrawing it does not affect "
        "your prize.\n",
        "revocation",
        "present",
    ),
]

_ASSIGNMENT = '1. The Model ("Model") assigns her image rights to the Brand ("Brand").\n'

REVOCATION += [
    (
        "a right of revocation waived by its noun",
        _ASSIGNMENT + "5.1 The Model expressly waives the right of revocation provided for in "
        "Article 2.3 of Organic Law 1/1982.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: the right of revocation not waived",
        _ASSIGNMENT + "5.1 The Model does not waive the right of revocation provided for in "
        "Article 2.3 of Organic Law 1/1982.\n",
        "revocation",
        "missing",
    ),
]

_STUDIO = ('1. You ("you") book a portrait session with the Studio ("we").\n'
           "4.1 We show photographs from sessions on our website and our Instagram page.\n")

REVOCATION += [
    (
        "an objection to a use named by its kind",
        _STUDIO + "5.1 You may object to portfolio use of your photographs at any time by writing "
        "to us.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side objects to a use of someone else's images",
        _STUDIO + "5.1 The Client may object to portfolio use of the photographer's images.\n",
        "revocation",
        "present",
    ),
]

_GUIDE = ('1.1 The Guide ("you") agrees that the Board may make an AI Guide Avatar of you and '
          "Localised Versions of it.\n")
_CREATOR = ('1.1 You ("you") will create sponsored posts for us, and you allow us to build and use '
            'an AI avatar of you (the "Brand Avatar") that presents our products in short videos '
            "on our own channels.\n")

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "consent to each use said not to be required after a long list of uses",
        _GUIDE + "5.2 Your consent to any particular Localised Version, language, script or answer "
        "of the Guide Avatar is not required.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: what the other side is not required to do",
        _GUIDE + "5.2 Your consent to each use in a campaign where the Board is not required to "
        "credit you must be given in writing.\n",
        "consent",
        "missing",
    ),
    (
        "a sign-off that opens a removal of consent is not a consent asked for",
        _CREATOR + "3.3 Once the Brand Avatar has been built and signed off at the recording "
        "session, no further consent of the Creator is required for any Avatar Video that we "
        "produce with it during the season.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: a sign-off asked before each use",
        _CREATOR + "3.3 No Avatar Video is published until you have signed off its script.\n",
        "consent",
        "missing",
    ),
]


_INSTRUCTOR = ('1.1 The Instructor ("Instructor") is filmed by the Company ("Company") to build an '
               "AI Motion Coach.\n")

CONSENT += [
    (
        "consent to a use named at length said not to be required",
        _INSTRUCTOR + "2.1 As the recordings are made in the course of employment, the "
        "Instructor's consent to the creation and use of a Motion Coach is not required.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: consent to a use named at length required",
        _INSTRUCTOR + "2.1 The Instructor's consent to the creation and use of a Motion Coach is "
        "required before any session.\n",
        "consent",
        "missing",
    ),
]

_HANDS = ('1. I, the Model ("Model"), register with the Agency ("Agency"), which scans my hands '
          "to build AI Digital Hands of me for clients.\n")

CONSENT += [
    (
        "the person appoints the other side as agent and attorney to sign licences",
        _HANDS + "3. I appoint the Agency as my agent and attorney to agree and sign, in my name, "
        "licences of my Digital Hands to clients, without referring each licence to me.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: an attorney for ordinary bookings beside a personal AI consent",
        '1.1 The Model ("Model") is represented by the Agency ("Agency").\n'
        "2.1 The Model appoints the Agency as her agent and attorney to sign ordinary booking "
        "confirmations.\n"
        "7.1 No Digital Replica of the Model may be made or used without the Model's prior "
        "written consent, signed by her personally for each project.\n",
        "consent",
        "weak",
    ),
]

_STAFF = ('1.1 This Policy covers photographs of the Employee ("Employee") taken by the Company '
          '("Company") for its website and staff badges.\n')

CONSENT += [
    (
        "in a likeness release, consent said not to be needed decides over consent asked for "
        "something else",
        _STAFF + "2.2 The Employee's consent is not required for these uses, which the Company "
        "carries out on the basis of its legitimate interest.\n"
        "4.3 Images shall be deleted when the Employee leaves the Company, unless the Employee "
        "agrees otherwise in writing.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: consent asked for the same uses in the same clause",
        _STAFF + "2.2 The Employee's consent is not required for badges. Any other use needs the "
        "Employee's prior written consent.\n",
        "consent",
        "missing",
    ),
]

_FIT = ('1.1 The Fit Model ("Fit Model") works for the Agency ("Agency"), which may arrange 3D '
        "body scans to build a Body Avatar of her.\n")

CONSENT += [
    (
        "a 'without' condition opening a denied act requires consent",
        _FIT + "2.2 Without a signed Body Scan Consent for that client no scan takes place, and "
        "the Fit Model suffers no loss of fittings for refusing.\n",
        "consent",
        "present",
    ),
    (
        "a 'without' condition before a comma and a denied act",
        _FIT + "2.2 Without your written consent, no Body Avatar will be made.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: 'without' consent before a permitted act",
        _FIT + "2.2 Without further consent of the Fit Model, the Agency may scan her and use the "
        "Body Avatar in any campaign.\n",
        "consent",
        "present",
    ),
]


_SALON = ('1. You ("you") are a client of the Salon ("we"). We may post before-and-after photos of '
          "your hair on our Instagram page.\n")
_HOTEL = '1.1 The Talent ("Talent") appears in the Hotel\'s ("Hotel") 2026 campaign photographs.\n'

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "a percentage off the next appointment is a discount",
        _SALON + "4.1 Clients whose photos we post receive ten percent (10%) off their next "
        "appointment within three months.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a percentage of sales is a share",
        _SALON + "4.1 We pay you ten percent (10%) of the price of every product sold with your "
        "photo.\n",
        "compensation",
        "weak",
    ),
    (
        "nothing in addition to a package given is a buyout of it, not unpaid use",
        _HOTEL + "4.1 In return for the Talent's time and the rights in this release, the Hotel "
        "will provide the Talent with three (3) nights' accommodation for two people, all meals "
        'and spa treatments (the "Hospitality Package").\n'
        "4.2 No fee, usage payment or other sum is payable to the Talent or to the Agency in "
        "addition to the Hospitality Package.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: no fee at all",
        _HOTEL + "4.2 No fee, usage payment or other sum is payable to the Talent for the "
        "photographs or their use.\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(
    ("phenomenon", "text", "requirement", "status"), CONSENT + REVOCATION + COMPENSATION
)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        # an account's picture, named by the account or shown with the user's name
        ("3.3 The Model may upload a profile photo or choose one of the illustrated avatars "
         "offered in the Talent Portal as her portal avatar.\n", False),
        ("6.1 Your badge shows the name and avatar from your Makerhall profile.\n", False),
        ("Your contributor avatar and display name appear in the header of the e-mail the Model "
         "receives.\n", False),
        ("6.2 Each app user may upload an avatar to display next to their name in the meeting "
         "lists.\n", False),
        ("2. None of the player avatars speaks, and your voice is used only for the characters "
         "in clause 1.1.\n", False),
        # an avatar of the person stays a replica
        ("2.1 The Studio will create a talking avatar of the Presenter from her recordings.\n",
         True),
        ("2.1 You may choose a digital avatar built from your selfies to present your videos.\n",
         True),
        # a digital twin explained close after as a model of a thing
        ('1.2 The Agency is photographing the port for the city\'s "Digital Twin" harbour '
         "model.\n", False),
        ('Episode 27, "Digital twins for cocoa cooperatives: can a computer model of a farm help '
         'small growers?", was recorded with the Guest.\n', False),
        ("1.2 The Brand will make a digital twin of the Model, a computer model of her body for "
         "fittings.\n", True),
        # software named by its business job, an assistant among them
        ("1.1 Recording slots are booked through our AI scheduling assistant, which offers you "
         "the times when our studio is free.\n", False),
        ("1.1 Our AI assistant speaks with a voice clone of the Narrator built from her "
         "recordings.\n", True),
    ],
)
def test_account_avatars_and_business_assistants_are_not_replicas(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    from engine_cases import report_of

    assert report_of(pipeline, text).ai_addressed is addressed
