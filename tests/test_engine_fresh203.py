"""Language from the round on fresh203 to fresh205 (session 37).

A clause that takes consent away for every use and names the clause it overrides ("Notwithstanding
clause 3.2, ... no further consent of the Actor shall be required for any use") leaves that clause
nothing to give: consent is missing, not weak (for some uses only, it is an exception: weak).
Leaving one engagement (a scheduled session, a capture session, a shoot date) is no way out of the
grant, nor is revoking a direct deposit authorization or a set credential.
No fee for taking the voice down, no pay for a show not walked, a deal that "ends without payment"
and "no further fee" when the other side cancels for the person's fault say nothing about pay for
the uses. The person's own attorney or guardian, acting when the person cannot manage their
affairs, is no power given to the other side. A withdrawal that "takes effect ninety
(90) days after" the notice, in the sentence after the way out, is a long notice (weak); models
"that were trained before your withdrawal ... will remain in use" and clips "already published
before your withdrawal" that "remain ... in perpetuity" keep working on the person. Each
case is (phenomenon, text, requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.engine import iter_clauses_set_aside
from analyser.pipeline import Pipeline

_GAME = ('1. The Studio ("Studio") engages the Actor ("Actor") to voice a character in the Game.\n'
         "2. Voice Replica\n"
         "2.1 The Studio will make a Voice Replica of the Actor from the Session Recordings.\n"
         "3. Consent\n"
         "3.2 The Studio will ask for the Actor's written consent, with the text of the proposed "
         "lines, before it generates any line with the Voice Replica.\n"
         "4. Fees\n"
         "4.1 The Studio pays the Actor TND 300 per session hour and TND 20 per Replica Line.\n")

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "a removal naming the clause it overrides leaves that clause nothing to give",
        _GAME + "9. General\n9.3 Notwithstanding clause 3.2, once the Game has been released no "
        "further consent of the Actor shall be required for any use of the Voice Replica in the "
        "Game.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: a removal naming the clause for some uses only is an exception to it",
        _GAME + "9. General\n9.3 Notwithstanding clause 3.2, the Studio may use Replica Lines "
        "in trailers without any further consent of the Actor.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: a removal naming another clause leaves the consent in 3.2 standing",
        _GAME + "9. General\n9.3 Notwithstanding clause 5.1, once the Game has been released no "
        "further consent of the Actor shall be required for any use of the Voice Replica in the "
        "Game.\n",
        "consent",
        "missing",
    ),
]

_DUBBING = ('1. The Studio ("Studio") engages the Actor ("Actor") to dub the Series into Arabic.\n'
            "2. The Actor grants the Studio the right to use the recordings of the Actor's voice "
            "in the Series and its trailers.\n"
            "3. The Studio pays the Actor TND 450 per episode.\n")

_MARKETPLACE = ('1. You ("you") list your voice on our marketplace ("we").\n'
                "3.1 We will not build a Voice Model of you unless you have recorded the Consent "
                "Statement and ticked a separate box, for the use categories you choose.\n")

CONSENT += [
    (
        "look-alike: the person's own attorney acting when the person cannot",
        _MARKETPLACE + "12.2 If you become unable to manage your own affairs, a person holding a "
        "valid power of attorney or guardianship order for you may delist your Voice Model on "
        "your behalf.\n",
        "consent",
        "weak",
    ),
    (
        "a power of attorney given to the other side weakens the consent",
        _MARKETPLACE + "12.2 You appoint us as your attorney-in-fact to approve new use categories "
        "for your Voice Model on your behalf.\n",
        "consent",
        "weak",
    ),
]

_DATASET = ('1. You ("you") contribute video of yourself to our dataset ("we").\n'
            "2. You consent to us using your footage to train our video models.\n"
            "5.1 You may withdraw your consent at any time by e-mail.\n")

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "models trained before the withdrawal stay in use for ever",
        _DATASET + "5.3 Models that were trained before your withdrawal will not be retrained and "
        "will remain in use, and may continue to be used and licensed in perpetuity.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: models trained before the withdrawal are deleted",
        _DATASET + "5.3 Models that were trained before your withdrawal will be deleted within "
        "thirty days.\n",
        "revocation",
        "weak",
    ),
    (
        "material made before the withdrawal that stays in use in perpetuity",
        _DATASET + "5.3 Clips already published before your withdrawal remain on our showcase in "
        "perpetuity.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: material made before the withdrawal that stays for a stated time",
        _DATASET + "5.3 Clips already published before your withdrawal remain on our showcase "
        "until 31 December 2027.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal that acts ninety days after the notice is a long notice",
        _DATASET + "5.2 A withdrawal takes effect ninety (90) days after we receive the notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a withdrawal that acts thirty days after the notice",
        _DATASET + "5.2 A withdrawal takes effect thirty (30) days after we receive the notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: leaving a scheduled session for illness is no way out of the grant",
        _DUBBING + "5.2 The Actor may withdraw from a scheduled session for illness or a family "
        "emergency by informing the Studio at least twenty-four (24) hours before.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawing the grant itself is the way out",
        _DUBBING + "5.2 The Actor may withdraw the permission in clause 2 at any time by written "
        "notice to the Studio.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: revoking a direct deposit authorization is a way of being paid",
        _DUBBING + "5.2 The Studio pays by direct deposit. The Actor may revoke her direct deposit "
        "authorization at any time by written notice and will then be paid by check.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a set credential the other side revokes",
        _DUBBING + "5.2 The Studio may revoke the set credential of any person who breaks the "
        "studio rules; any such revocation relates only to access to the building.\n",
        "revocation",
        "present",
    ),
    (
        "leaving a shoot date before it starts leaves an irrevocable grant missing",
        '1. Releasor ("Releasor") grants Releasee ("Releasee") an irrevocable licence to use the '
        "photographs of Releasor.\n2.3 Releasor may withdraw from a Shoot Date prior to its "
        "commencement on account of documented illness by notifying Releasee's producer.\n",
        "revocation",
        "missing",
    ),
]

_VOICE = ('1. You ("you") list your voice on our marketplace ("we").\n'
          "2. You consent to us using your recordings to train your Voice Model.\n"
          "4. You receive seventy per cent (70%) of the price paid by the Customer for each "
          "approved licence of your Voice Model.\n")
_SHOW = ('1. The Organiser ("Organiser") engages the Model ("Model") to walk in two shows.\n'
         "2. The Organiser will pay the Model KZT 90,000 for each show walked.\n"
         "3. The Organiser may use photographs of the shows on its website for one year.\n")

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "no fee for taking the voice down says nothing of pay for its uses",
        _VOICE + "6. You may remove your voice at any time; there is no fee for removing your "
        "voice.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: no fee for the uses themselves",
        _VOICE + "6. There is no fee for any use of your Voice Model by our own products.\n",
        "compensation",
        "present",
    ),
    (
        "no pay for a show not walked says nothing of pay for the photographs",
        _SHOW + "4. A Model who is ill may withdraw from a show; she will not be paid for that "
        "show and owes nothing else.\n",
        "compensation",
        "present",
    ),
    (
        "a deal that ends without payment when the event is cancelled",
        _SHOW + "4. If the shows are cancelled, the parties will agree new dates or this Agreement "
        "ends without payment.\n",
        "compensation",
        "present",
    ),
    (
        "no further fee when the other side cancels for the person's fault",
        _SHOW + "4. The Organiser may cancel this Agreement by written notice if the Model "
        "disparages the Organiser, in which case no further fee is payable.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: no further fee for later uses of the photographs",
        _SHOW + "4. No further fee is payable for any later use of the photographs.\n",
        "compensation",
        "present",
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
    ("text", "clauses"),
    [
        ("9.3 Notwithstanding clause 3.2, no further consent shall be required.", ["3.2"]),
        ("Notwithstanding Sections 2.1 and 2.3, the Client may refresh the catalogue.",
         ["2.1", "2.3"]),
        ("Notwithstanding paragraph 4(b), the licence continues.", ["4(b)"]),
        ("notwithstanding clauses 5, 6 or 7.1 the Producer may", ["5", "6", "7.1"]),
        ("Notwithstanding clauses 4 to 6, the Company may create the Avatar", ["4", "6"]),
        ("notwithstanding paras. 2 and 3 the Agency may", ["2", "3"]),
        ("Notwithstanding the Section 12.1 licence, AI uses need consent.", ["12.1"]),
        ("Notwithstanding anything in this Agreement, no consent is needed.", []),
        ("The clause 3.2 consent stands notwithstanding the release.", []),
    ],
)
def test_the_clauses_a_provision_overrides_are_read_by_number(
    text: str, clauses: list[str]
) -> None:
    assert list(iter_clauses_set_aside(text)) == clauses
