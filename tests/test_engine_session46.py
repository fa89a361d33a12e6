"""Language from session 46's corpus review and blind sets.

Others allowed to use the person's material: "The Club may allow Club Sponsors to use images of
the Player" names the recipients without a determiner, and the Player after "images of" is who is
pictured, not who allows; a clinic that "may share my photographs with the manufacturer of the
products" and a producer that "may share the casting tape with any broadcaster" pass the material
on. A club that lets sponsors park, or a company that will not share with any broadcaster, passes
nothing. Each case is (phenomenon, text, flag or requirement, expected).

From fresh266 to fresh271 (Africa and the Middle East, AI apps' terms, agency paperwork, corporate
staff, children, digital doubles): rights that "shall survive the expiration or termination" of
the agreement leave no way out, while a confidentiality clause that survives says nothing of it;
a character model "not affected by a withdrawal" stays in use, a fee not affected by it does not
limit the way out; a head cast removed by hand signal ends a casting, not a use; shows "already
been broadcast" that cannot be withdrawn do not take the way out away; a consumer client's
fourteen days to withdraw from a booking is not the person's window; an end named before
"whichever comes first", a choice of "a particular photograph or clip, or all of your materials",
"in whole or for particular images", a repayment the person "is not required to" make and one "in
proportion to the remaining months" leave the way out whole, while three months' notice keeps it
weak. "The Employee's decision to conclude, not to conclude or to end this Agreement" gives her a
way to end it (the "not" negates the first infinitive only). A company described by its share
capital and registered office, 'hereinafter the "Maison"', is the other side: its own notice to
end the programme is no limit on the person's way out. A producer that "may decide not to use a
Digital Replica ... in its sole discretion" leaves the stated fee as it is.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag, assert_reads

from analyser.pipeline import Pipeline

_CLUB = (
    'Image protocol between Perth Football Club (the "Club") and its listed players (each a '
    '"Player").\n'
)

FLAG_CASES: list[tuple[str, str, str, bool]] = [
    (
        "a club letting its sponsors use the player's images passes them on",
        _CLUB + "4.1 The Club may allow Club Sponsors to use images of the Player supplied by the "
        "Club for the length of their sponsorship agreement.\n",
        "third_party_transfer",
        True,
    ),
    (
        "the person pictured after 'images of' is not who allows the use",
        _CLUB + "4.1 The Club may allow its sponsors to use images of the Player in their "
        "advertising.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: sponsors allowed to park use no image",
        _CLUB + "4.1 The Club may allow Sponsors to park in the players' car park on match days. "
        "The Club may use photographs of the Player on its website.\n",
        "third_party_transfer",
        False,
    ),
    (
        "photographs shared with a manufacturer for its own material pass on",
        'Photo consent between Dr Ana Ruiz (the "Clinic") and the patient ("I").\n'
        "2.3 The Clinic may share my photographs with the manufacturer of the products used in my "
        "treatment for that manufacturer's educational and promotional material.\n",
        "third_party_transfer",
        True,
    ),
    (
        "a casting tape shared with any broadcaster passes on",
        'Casting release between Blue Door Films (the "Producer") and the applicant ("you").\n'
        "1.3 We may share your casting tape with any broadcaster, co-producer or distributor of "
        "the programme, and they may use it for the same purposes.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: recordings not shared with any broadcaster stay",
        'Casting release between Blue Door Films (the "Producer") and the applicant ("you").\n'
        "1.3 We may use your recordings to decide on casting. We will not share your recordings "
        "with any broadcaster or publisher.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a hotel letting its booking partners use the photographs passes them on",
        'Release between Hotel Azul Lda (the "Hotel") and the guest ("you").\n'
        "2.3 The Hotel may let its travel-agency and booking partners use the photographs and "
        "footage to advertise the Hotel.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: partners let use the spa use no likeness",
        'Release between Hotel Azul Lda (the "Hotel") and the guest ("you").\n'
        "2.3 The Hotel may use the photographs on its website. The Hotel may let its partners use "
        "the spa on weekdays.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a livestream licensed to television stations passes on",
        'Announcer terms between the Regatta Committee (the "Committee") and the commentator '
        '("you").\n'
        "4.1 The Committee may license the livestream, highlights and recordings of you to "
        "television stations, radio stations and online news services, which may broadcast them.\n",
        "third_party_transfer",
        True,
    ),
    (
        "a grant to the platform and every user reaches its users",
        'Creator terms between VozNova S.L. ("we") and the creator ("you").\n'
        "3.2 If you publish your Voice in the Voice Library, you grant us and every VozNova user a "
        "non-exclusive licence to generate speech with your Voice.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: a couple's story sent to both partners stays with them",
        'Story terms between Amor Co. ("we") and the couple ("you").\n'
        "2.3 We may publish your story and photographs in the app. We will send the edited version "
        "to both partners, and we will publish it only after both partners have approved it.\n",
        "third_party_transfer",
        False,
    ),
    (
        "scans made available to a consortium's member companies pass on",
        'Notice of the Sizing Institute (the "Institute") to each participant ("you").\n'
        "4.1 The body scans and measurements are also made available to the member companies of "
        "the consortium, for developing size charts.\n",
        "third_party_transfer",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)


_HOST = (
    'Agreement between Bentahan Live Inc. (the "Platform") and Maria Santos (the "Host").\n'
    "4.2 The Platform may use the Session Recordings and the Host's image and voice in its app "
    "and advertising.\n"
)
_STUDIO = (
    'Licence between Studio Nuvem, Lda. (the "Studio") and Rita Sousa (the "Model").\n'
    "2.1 The Model grants the Studio a licence to create a Character Model from her 3D scan and to "
    "use it in the Virtual Character's content.\n"
    "6.2 The Model may withdraw her consent at any time by written notice to the Studio.\n"
)
_CAMPAIGN = (
    'Agreement between Nachtfalter GmbH ("Nachtfalter") and Jonas Weber (the "Model").\n'
    "2.1 The Model consents to the use of the campaign photographs in the Usage Period.\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "rights that survive the expiration or termination leave no way out",
        _HOST + "4.4 The rights under this clause 4 to use the Session Recordings are perpetual "
        "and shall survive the expiration or termination of this Agreement.\n"
        "7.1 Either party may terminate this Agreement by giving thirty (30) "
        "days' written notice.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: a confidentiality clause that survives leaves the way out",
        _HOST + "4.4 The Host may withdraw her consent to the use of the Session Recordings at any "
        "time by written notice.\n"
        "9.1 Clause 8 (confidentiality) shall survive the expiration or termination of this "
        "Agreement.\n",
        "revocation",
        "missing",
    ),
    (
        "a character model not affected by the withdrawal stays in use",
        _STUDIO + "6.3 The Character Model and the Virtual Character already created are not "
        "affected by a withdrawal under clause 6.2, and the Studio may continue to use them.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a fee not affected by the withdrawal limits nothing",
        _STUDIO + "6.3 The fee already paid to the Model is not affected by a withdrawal.\n",
        "revocation",
        "weak",
    ),
    (
        "a head cast removed by hand signal ends a casting, not a use",
        'Life cast agreement between Kowhai Workshop Ltd ("Kowhai") and Tama Reid (the '
        '"Actor").\n'
        "2.3 The Actor may ask for the head cast to be removed at any time by the agreed hand "
        "signal, and the supervisor will remove it immediately.\n"
        "3.1 Kowhai may use the life casts for the design of prosthetics for the Production and "
        "for any other lawful purpose.\n",
        "revocation",
        "missing",
    ),
    (
        "shows already broadcast that cannot be withdrawn leave the way out",
        'Release between Radio Lake FM (the "Station") and the volunteer presenter ("you").\n'
        "3.2 The Station may use your voice and photographs in its programmes and podcasts.\n"
        "4.1 You may withdraw your permission for the uses in clause 3.2 at any time.\n"
        "4.2 Shows that have already been broadcast, and funder reports already sent, cannot be "
        "withdrawn.\n",
        "revocation",
        "present",
    ),
    (
        "a consumer client's fourteen days to withdraw from a booking is not the person's window",
        'Platform terms between Talentwerk GmbH (the "Platform") and the talent (the "Talent").\n'
        "3.4 Clients who are consumers may withdraw from a Booking Contract within fourteen days "
        "of its conclusion.\n"
        "7.1 The Talent may withdraw his or her consent to any further use of the Recordings at "
        "any time, with effect for the future.\n",
        "revocation",
        "present",
    ),
    (
        "an end named before 'whichever comes first' does not put the way out off",
        'Addendum between Clipwell Pty Ltd ("Clipwell") and the creator ("you").\n'
        "5.1 You may switch AI Remix off at any time.\n"
        "5.3 The Voice Model is deleted within seven days after you switch AI Remix off or after "
        "the end of the Usage Period, whichever comes first.\n",
        "revocation",
        "present",
    ),
    (
        "a particular photograph or all of the materials reaches every use",
        'Terms between Southern Agents Pty Ltd ("we") and the performer ("you").\n'
        "3.1 We may use your photographs and clips to promote you to clients.\n"
        "3.4 You can ask us at any time to stop using a particular photograph or clip, or all of "
        "your materials.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: only a particular photograph limits the way out",
        'Terms between Southern Agents Pty Ltd ("we") and the performer ("you").\n'
        "3.1 We may use your photographs and clips to promote you to clients.\n"
        "3.4 You can ask us at any time to stop using a particular photograph.\n",
        "revocation",
        "present",
    ),
    (
        "a repayment the person is not required to make costs nothing",
        'Consent between Client Inc. ("Client") and Ana Lima (the "Model").\n'
        "6.1 The Model may revoke this Consent at any time by written notice to Client.\n"
        "6.3 The Model is not required to repay the session fee if she revokes this Consent.\n",
        "revocation",
        "present",
    ),
    (
        "the other of two infinitives after 'not to' is a choice of its own",
        'Licence between Bank Polski S.A. (the "Bank") and Anna Nowak (the "Employee").\n'
        "1.2 The Employee's decision to conclude, not to conclude or to end this Agreement "
        "shall not "
        "affect her employment.\n",
        "revocation",
        "present",
    ),
    (
        "a company described by its share capital, 'hereinafter the Maison', is the other side",
        "MAISON ARLETTE, a societe par actions simplifiee with share capital of EUR 2,400,000, "
        'having its registered office at 18 rue Royale, Paris, hereinafter the "Maison",\n'
        'MS INES KABORE, model, residing in Paris, hereinafter the "Model",\n'
        "8.1 The Model may withdraw her consent at any time, without giving reasons.\n"
        "9.1 The Maison may end the programme at the end of any Season by giving the Model three "
        "months' written notice.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawal in whole or for particular images reaches every use",
        'Agreement between Agence Nord Inc. (the "Agency") and the parent (the "Parent").\n'
        "2.1 The Parent consents to the use of the test images of the Model by the Agency.\n"
        "4.1 The Parent may withdraw the consent in clause 2.1, in whole or for particular images "
        "or purposes, at any time and without giving reasons.\n",
        "revocation",
        "present",
    ),
    (
        "a repayment in proportion to the remaining months is no heavy condition",
        _CAMPAIGN + "5.1 The Model may revoke his consent at any time with effect for the future.\n"
        "5.3 If the Model revokes his consent before the end of the Usage Period, he will "
        "repay the "
        "usage fee in proportion to the remaining months of the Usage Period.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: three months' notice stays heavy beside a proportionate refund",
        _CAMPAIGN + "4.1 The Model may withdraw permission for the use of the images only on three "
        "(3) months' written notice, and on refunding the usage fee in proportion to the remaining "
        "campaign period.\n",
        "revocation",
        "present",
    ),
    (
        "a producer deciding not to use the replica in its discretion leaves the fee",
        'Rider between Riverside Pictures LLC (the "Producer") and Dana Cole (the "Performer").\n'
        "5.5 The Producer shall pay the Performer USD 4,200 per day of Digital Replica use in the "
        "Picture.\n"
        "13.1 The Producer may at any time decide not to use a Digital Replica, or to remove a "
        "Digital Replica from the Picture, in its sole discretion, and no further payment shall be "
        "due for uses not made.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
