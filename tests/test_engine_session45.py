"""Language from session 45's blind sets (fresh260 to fresh262: education, performing arts,
contests and pageants).

Money the entrant pays, or is kept back from her refund, pays her nothing: "The entry fee is EUR 15
per person", "a refund of 50% of the entry fee", "a refund of the entry fee less a US $75
processing charge", and travel costs refunded against receipts ("We will refund reasonable travel
costs to the audition venue up to GBP 50") are no fee for the use. A sponsor that pays the
person's entry fees and a travel allowance still pays her something. Each case is (phenomenon,
text, requirement, status); a "look-alike" case must not reach the status.

Beside a consent the person gives for the replica: conduct named only to be set aside ("consent
is given by signing this Rider and not by attending the scan") deems nothing; terms "reviewed on
his behalf" by a union's lawyers are advice, not a consent given for him; correcting captions and
on-screen graphics "without further approval" takes no consent away; and a consent of "the staff
member's estate or family" that will not be sought is someone else's, not hers.

No way out either: a student who "may withdraw from the Masterclass before filming" leaves a class,
a titleholder "whose title is revoked" loses a crown, and two days to object to a script library
"of receiving it" is a review of the words, not a window that closes the way out.

A term the contract defines by AI words is AI wherever it is named: "The recordings are used to
create, train and update the Digital Coach", after "a 'Digital Coach': a digital twin of the
Employee, created with artificial intelligence", uses her recordings to train AI.

From fresh263 and fresh264 (athletes' NIL deals; charities and the public sector): "The Athlete
grants the Dealer a non-exclusive license to use her name" is a grant, and a "non-transferable"
licence is no transferable one; "By initialing below, the Participant consents" is a consent given
in writing, not deemed from conduct; and "The Player is not required to sign any Project Consent"
protects her freedom to refuse, it takes no consent away.

From fresh265 (Ibero-American drafting): the other side waiving "any compensation for the
revocation" or "any claim for damages ... arising from the revocation" keeps the way out; a
model who "may withdraw from the filming if the working conditions endanger his health" leaves a
shoot; a request to revoke that "does not proceed" while the data are needed is no way out; and
nothing owed when the contract "shall have no effect", or when the other side "may decide not to
use the Material", says nothing of pay for the use. From fresh264: "You may change your mind about
taking part at any time before filming starts" leaves the filming; nothing filmed is taken back.
A show viewers may watch "free of charge", cookware the other side supplies "free of charge" and a
shoot day moved "without charge" leave the person's fee standing.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag, assert_reads

from analyser.pipeline import Pipeline

_CONTEST = (
    "Entry terms of the Rhine Cosplay Championship 2026 between Rhein Events GmbH "
    '(the "Organiser") and the entrant (the "Entrant").\n'
    "5.1 The Organiser may photograph and film the Entrant on stage and use the photographs and "
    "recordings on its website and social media accounts.\n"
    "5.4 No fee is paid for the photographs and recordings or for their use under this section 5.\n"
)

_DOUBLE = (
    'Digital double rider between Jordan Hale ("Actor") and Mirror Dream Productions LLC '
    '("Producer").\n'
    "2.1 Actor consents to the creation of the Digital Double and to its use solely in the dream "
    "sequence in live performances of the Play, as described in Exhibit 1.\n"
)

_PAGEANT = (
    'Contestant agreement between Maria Santos (the "Candidate") and Binibini Pageants Inc. '
    '(the "Organization").\n'
    "6.1 The Candidate irrevocably grants the Organization the right to use her name and "
    "photographs in its pageant broadcasts and promotions.\n"
)
_AVATAR = (
    'Winner avatar terms between Mirrorverse Inc. ("we") and the contest winner ("you").\n'
    "4.1 With your written consent given by signing these terms, we will create a digital avatar "
    "of you for the app.\n"
    "7.2 You may stop the use of your Avatar at any time, for any reason and without any penalty, "
    "by e-mail.\n"
)

_DEALER = 'Agreement between Jane Roe (the "Athlete") and Sooner Motors LLC (the "Dealer").\n'

_PORTO = (
    'Image authorisation between Rita Sousa (the "Model") and Nuno Lopes (the "Photographer").\n'
    "2.1 The Model authorises the Photographer to publish the images on his website.\n"
    "6.1 The Model may revoke this authorisation at any time, by e-mail to the Photographer.\n"
)
_BOGOTA = (
    'Image authorisation between Andres Gil ("THE MODEL") and Cafe Andino SAS ("THE '
    'ADVERTISER").\n'
    "1.1 THE MODEL authorises THE ADVERTISER to use his image in the coffee commercial in "
    "Colombia for one year.\n"
    "5.1 The authorisation granted in clause 1 is irrevocable during the term of use.\n"
    "4.1 THE ADVERTISER shall pay THE MODEL COP 3,000,000 for the filming and the use.\n"
)

_SHOW = (
    'Model terms between Liga Ozola (the "Model") and Riga Fashion Week SIA (the "Organiser").\n'
    "5.1 The Organiser shall pay the Model EUR 900 for the Virtual Show and the use of her "
    "Avatar in it.\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "a show viewers may watch free of charge leaves her fee standing",
        _SHOW + "9.1 The Virtual Show may be watched free of charge or through a paid virtual "
        "front-row ticket.\n",
        "compensation",
        "present",
    ),
    (
        "a shoot day moved without charge leaves her fee standing",
        _SHOW + "5.2 If weather prevents shooting, the Organiser may move the shoot day once, to "
        "a date agreed with the Agency, without charge.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: her avatar used free of charge in later shows is unpaid use",
        _SHOW + "9.2 The Organiser may use the Avatar in later shows free of charge.\n",
        "compensation",
        "present",
    ),
    (
        "changing her mind about taking part before filming starts takes nothing back",
        'Campaign release between PC Morag Bell ("you") and the Police Service ("the Service").\n'
        "2.1 You agree that the Service may use the photographs and film of you in its "
        "recruitment campaign.\n"
        "5.1 You may change your mind about taking part at any time before filming starts, by "
        "telling the Campaign Producer.\n",
        "revocation",
        "missing",
    ),
    (
        "the other side waiving compensation for the revocation keeps the way out",
        _PORTO + "6.2 The Photographer waives any compensation for the revocation.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the person waiving the revocation gives up the way out",
        _PORTO + "6.2 The Model waives the right of revocation for the duration of the term.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawing from the filming for his safety is no way out of an irrevocable grant",
        _BOGOTA + "8.1 THE MODEL may withdraw from the filming if the working conditions "
        "endanger his health or safety, and the hours worked shall be paid.\n",
        "revocation",
        "missing",
    ),
    (
        "a request to revoke that does not proceed is no way out",
        _BOGOTA + "5.3 Under article 9 of Decree 1377 of 2013, a request to revoke the "
        "authorisation does not proceed while the data are needed for the commercial.\n",
        "revocation",
        "missing",
    ),
    (
        "nothing owed if the other side decides not to use the material says nothing of pay",
        _BOGOTA + "6.3 THE ADVERTISER may decide not to use the Material, in whole or in part, "
        "without any compensation being due.\n",
        "compensation",
        "present",
    ),
    (
        "a non-exclusive licence granted for listed uses is a grant",
        _DEALER + "3.1 The Athlete grants the Dealer a non-exclusive license to use her name, "
        "photograph and voice in the Campaign Materials, in Oklahoma, during the Campaign "
        "Period.\n",
        "consent",
        "present",
    ),
    (
        "a non-transferable licence is not weakened as a transferable one",
        _DEALER + "3.1 The Athlete grants the Dealer a non-exclusive, non-transferable licence, "
        "during the Term only, to use her name and photograph in the Campaign Materials.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a transferable licence is weakened",
        _DEALER + "3.1 The Athlete grants the Dealer a transferable licence, during the Term "
        "only, to use her name and photograph in the Campaign Materials.\n",
        "consent",
        "present",
    ),
    (
        "consent given by initialing below is not deemed from conduct",
        'Capture agreement between Ana Cruz (the "Participant") and the City of Mesa Fire '
        'Department (the "City").\n'
        "3.1 By initialing below, the Participant consents to the creation of the Digital Double "
        "from the Capture and to its use in the scenes described in Exhibit A.\n",
        "consent",
        "present",
    ),
    (
        "her freedom not to sign a project consent takes no consent away",
        'Agreement between Sam Lee (the "Player") and Northside Football Club Ltd (the '
        '"Club").\n'
        "6.1 The Club shall not create a Digital Likeness of the Player except in a project for "
        "which the Player has signed a Project Consent.\n"
        "6.3 The Player is not required to sign any Project Consent.\n",
        "consent",
        "present",
    ),
    (
        "a student withdrawing from a masterclass withdraws no consent",
        'Filming agreement between Rhian Evans (the "Teacher") and Harp Films Ltd (the '
        '"Producer").\n'
        "2.1 The Teacher grants the Producer the right to film the masterclass and use the film "
        "on its streaming service.\n"
        "1.2 A student may withdraw from the Masterclass before filming.\n",
        "revocation",
        "missing",
    ),
    (
        "a title revoked from a titleholder withdraws no consent",
        _PAGEANT + "5.2 A titleholder whose title is revoked shall return the crown, sash and any "
        "unreleased cash prize.\n",
        "revocation",
        "missing",
    ),
    (
        "two days to object to a script library as it is sent closes no way out",
        _AVATAR + "5.2 You may object to any part of the script library by e-mail within two "
        "business days of receiving it, and we will consider your objections in good faith.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a withdrawal allowed only within thirty days after the contest",
        _AVATAR.replace("at any time, ", "")
        + "7.3 You may withdraw your consent only within thirty (30) days after the final.\n",
        "revocation",
        "present",
    ),
    (
        "consent given by signing and not by attending the scan is not deemed",
        _DOUBLE + "2.2 Actor's consent is given by signing this Rider and not by attending the "
        "scan.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: consent given by attending the scan is deemed from conduct",
        _DOUBLE + "2.2 Actor's consent is given by attending the scan.\n",
        "consent",
        "present",
    ),
    (
        "terms reviewed on his behalf by a union's lawyers are no consent given for him",
        _DOUBLE + "7.1 Actor confirms that the terms of this Rider, including his consent in "
        "clause 2.1, were reviewed on his behalf by the legal department of the Actors' "
        "Association.\n",
        "consent",
        "present",
    ),
    (
        "captions corrected without further approval take no consent away",
        _DOUBLE + "6.3 Producer may correct captions and on-screen graphics without further "
        "approval, but may not alter the Digital Double's words or movements.\n",
        "consent",
        "present",
    ),
    (
        "the estate's consent that will not be sought is not the person's",
        _DOUBLE + "9.2 Producer will not seek the consent of the Actor's estate or family to "
        "continue using the Digital Double in the current run.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the person's own consent that will not be sought is taken away",
        _DOUBLE + "9.2 Producer will not seek the Actor's consent to continue using the Digital "
        "Double in later productions.\n",
        "consent",
        "present",
    ),
    (
        "the entrant's own entry fee pays her nothing",
        _CONTEST + "1.2 The entry fee is EUR 15 per person and includes a day ticket.\n",
        "compensation",
        "missing",
    ),
    (
        "a refund of the entry fee less a processing charge pays her nothing",
        _CONTEST + "1.3 The Entrant may withdraw before 1 October 2026 and receive a refund of the "
        "entry fee less a EUR 10 processing charge.\n",
        "compensation",
        "missing",
    ),
    (
        "a refund of half the entry fee pays her nothing",
        _CONTEST
        + "1.3 The Entrant may withdraw until 15 August 2026 and receive a refund of 50% of "
        "the entry fee, which is EUR 40.\n",
        "compensation",
        "missing",
    ),
    (
        "travel costs refunded against receipts are no fee",
        _CONTEST + "2.2 We will refund reasonable travel costs to the venue up to EUR 50 on "
        "production of receipts.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a sponsor paying her entry fees and a travel allowance pays her something",
        'Sponsorship agreement between Mere Walker (the "Athlete") and Taranaki Surf Co '
        '(the "Sponsor").\n'
        "2.1 The Sponsor may use the Athlete's name and photographs in its advertising during the "
        "Season.\n"
        "3.1 The Sponsor will pay the Athlete's entry fees for up to eight events in the Season "
        "and a travel allowance of NZD 400 per event.\n",
        "compensation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


_COACH = (
    'Annex between Lena Berg (the "Employee") and Motio Klinik AB (the "Employer").\n'
    '1.2 The Employer is producing a "Digital Coach": a digital twin of the Employee, created with '
    "artificial intelligence from video and voice recordings of the Employee.\n"
)

FLAG_CASES: list[tuple[str, str, bool]] = [
    (
        "training a term defined by AI words on her recordings is AI training",
        _COACH + '2.2 The recordings (the "Recordings") are used to create, train and update the '
        "Digital Coach.\n",
        True,
    ),
    (
        "look-alike: training staff on a term that is not defined by AI words trains no AI",
        'Annex between Lena Berg (the "Employee") and Motio Klinik AB (the "Employer").\n'
        '1.2 The Employer is producing a "Coaching Handbook" with photographs of the Employee.\n'
        "2.2 New staff are given training in the Coaching Handbook.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "raised"), FLAG_CASES)
def test_ai_training_flag_reads_defined_terms(
    pipeline: Pipeline, phenomenon: str, text: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, "ai_training_use", raised)
