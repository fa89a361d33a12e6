"""Language from the rounds on fresh206 to fresh214 (session 39).

The person's consent "treated as given unless the Model objects" within a deadline is deemed
consent (weak, with the flag); an approval of how a likeness looks that is "treated as given", or
"no Twin Consent will be treated as given", is not. A release that gathers its grantees under a
defined name ("(together, the "Releasees")") before the right it grants is still the person's
grant. "You can end our use of your Virtual Twin" is the person's way out in the other side's own
words; "We can end our use" is not. A use that lasts while the person "ha[s] not withdrawn" consent
states a condition, not a refusal of the way out. "You irrevocably direct Clients to pay your fees"
to the agency is how the person is paid, not an irrevocable grant; withdrawing from a stunt or
from a festival's line-up is no way out of the grant. A company's short name of a few words
('Gull Rock Imaging Ltd. ("Gull Rock")') names the other side, so "I understand that Gull Rock may
remove any photograph" is its act, not the person's way out; a service level ("availability of
99.5%") is no share paid to the person. From fresh209 to fresh211: "I permit the Studio to use"
and "The Artist gives all consents required under Part II of the CDPA" are the person's grant; a
replica switched off on the person's death, a consent to the processing of health information,
listeners opting out of personalised ads, a building or backstage pass revoked, and a filming day,
a confirmed booking or an agreed recording date left are no way out; ninety days' prior notice is
long; models kept after withdrawal and content left up in perpetuity keep the way out weak; a fee
that includes every AI output is a buyout, one covering a number of outputs a year is a rate, and
"R4 200" is a fee. Each case is (phenomenon, text, requirement, status); a "look-alike" case must
not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, assert_flag, assert_reads

from analyser.engine import find_parties
from analyser.pipeline import Pipeline

_SEASON = ('1. The Agency ("Agency") represents the Model ("Model") for the Client\'s AI Images.\n'
           "2. Each season the Client sends a Season Notice listing the AI Images it wants "
           "to generate from the Model's photographs.\n")
_VOICE = ('1. Suir Energy ("we") will build a Voice Model of you ("you") from your recordings '
          "for the billing line.\n")
_TWIN = ('1. Larchline ("we") will make a Virtual Twin of you ("you") from body scans for our '
         "try-on tool.\n")

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "consent treated as given unless the person objects is deemed",
        _SEASON + "3.2 The Model's consent to the AI Images for a season is treated as given "
        "unless the Model objects in writing within five (5) business days after the Season "
        "Notice.\n",
        "consent",
        "weak",
    ),
    (
        "a grant to grantees gathered under a defined name is the person's grant",
        RELEASE + "1. I grant to the Photographer and to the Photographer's licensees, agents "
        'and any stock agency with which the Photographer deals (together, the "Releasees") the '
        "irrevocable, perpetual and worldwide right to use photographs of me for any purpose "
        "whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a grant by the other side to the person's side is not the person's grant",
        RELEASE + "1. The Photographer grants to me and to my agents (together, the "
        '"Model Parties") the right to use the prints in my portfolio.\n',
        "consent",
        "weak",
    ),
]

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "the person ends the other side's use in its own words",
        _TWIN + "6.1 You can end our use of your Virtual Twin at any time by emailing us. Within "
        "fourteen (14) days we will stop using it and delete the Virtual Twin and the scans.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ending its own use is no way out for the person",
        _TWIN + "6.1 We can end our use of your Virtual Twin at any time without giving a "
        "reason.\n",
        "revocation",
        "present",
    ),
    (
        "a use that lasts while consent is not withdrawn leaves the way out standing",
        _VOICE + "5.1 We will use the Voice Model for as long as you are employed by us and have "
        "not withdrawn your consent.\n6.1 You can withdraw your consent at any time by emailing "
        "us. You do not have to give a reason.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a refusal of the way out is still read as one",
        _VOICE + "5.1 You may not withdraw your consent once the Voice Model has been built.\n",
        "revocation",
        "present",
    ),
    (
        "a direction to pay fees through the agency is not an irrevocable grant",
        AI + "5.1 You irrevocably direct Clients to pay your fees to the Agency's trust account "
        "for your benefit.\n6.4 You may withdraw your consent to the Digital Replica at any time "
        "by written notice to the Agency.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: an irrevocable grant beside the way out still undermines it",
        AI + "5.1 You irrevocably grant the Company the right to use the Digital Replica.\n6.4 You "
        "may withdraw your consent to the Digital Replica at any time by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawing from a stunt is no way out beside an irrevocable grant",
        AI + "2.3 The Model may withdraw from any stunt, fall or fight sequence that the Model "
        "considers unsafe.\n4.5 The rights in this clause 4 are irrevocable and are granted in "
        "perpetuity.\n",
        "revocation",
        "missing",
    ),
    (
        "withdrawing from a festival's line-up is no way out",
        RELEASE + "4.1 I allow the Photographer to film me at the Festival.\n4.4 The permission in "
        "this clause 4 is irrevocable.\n7.1 Artists may withdraw from the line-up and set times "
        "may change without notice.\n",
        "revocation",
        "missing",
    ),
]


_GULL = ('Photographer: Gull Rock Imaging Ltd., 1869 Upper Water Street, Halifax ("Gull Rock")\n'
         "I give Gull Rock the irrevocable right to use photographs of me in its stock library.\n")

PARTIES: list[tuple[str, str, str, str]] = [
    (
        "the other side's own act of removal is no way out for the person",
        _GULL + "I understand that Gull Rock may remove any photograph from its stock library at "
        "any time, at its sole discretion.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: the person's own request for removal is still a way out",
        _GULL + "I may ask Gull Rock to remove any photograph of me from its stock library at any "
        "time, and it will do so within 30 days.\n",
        "revocation",
        "missing",
    ),
]

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "a service level is no share paid to the person",
        AI + "8.2 You will not receive any payment for the Digital Replica.\n16.4 We aim for "
        "availability of 99.5% per calendar month on paid plans.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a share of revenue on paid plans is pay",
        AI + "8.2 You receive fifty per cent (50%) of the net revenue from the Digital Replica on "
        "paid plans.\n",
        "compensation",
        "missing",
    ),
]


_DRAMA = ('This Agreement is between Northlight Audio Ltd (the "Producer") and Ruth Calder (the '
          '"Artist").\n')
_LOCKED = AI + "6.7 The Model's consents in this Agreement are irrevocable for the Term.\n"

LATER: list[tuple[str, str, str, str]] = [
    (
        "a first-person permission is the person's grant",
        RELEASE + "1.1 I permit the Photographer and Kundan Heritage to use the photographs taken "
        "of me at the shoot (the \"Photographs\"), for any lawful purpose, including but not "
        "limited to the lookbook.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the other side's permission to the person is no grant of the likeness",
        RELEASE + "1.1 The Photographer permits me to use the photographs in my own portfolio.\n",
        "consent",
        "weak",
    ),
    (
        "the performer's consents under the CDPA for listed uses are the person's grant",
        _DRAMA + "3.1 The Artist gives all consents required under Part II of the Copyright, "
        "Designs and Patents Act 1988 for the Producer to make sound recordings of her performance "
        "and to use them as part of the Series.\n",
        "consent",
        "present",
    ),
    (
        "a grant to grantees gathered under a defined name, a comma after it",
        RELEASE + "1.1 I hereby irrevocably grant to the Photographer and its licensees and "
        'assigns (together the "Releasees"), the perpetual and worldwide right to use photographs '
        "of me for any purpose whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "a replica switched off on the person's death is no way out in life",
        _LOCKED + "12.1 In the event of the Model's death, the Digital Replica shall be switched "
        "off within twenty-four (24) hours.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: the person switching the replica off is a way out",
        AI + "6.1 The Model may switch the Digital Replica off at any time in the app.\n",
        "revocation",
        "missing",
    ),
    (
        "withdrawing consent to the processing of health information is no way out of the grant",
        _LOCKED + "7.2 The Model may withdraw her consent to the processing of that health "
        "information at any time by telling the welfare contact.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: withdrawing consent to the replica itself is a way out",
        AI + "7.2 The Model may withdraw her consent to the Digital Replica at any time by "
        "telling the Company.\n",
        "revocation",
        "missing",
    ),
    (
        "listeners opting out of personalised ads is no way out for the person",
        _LOCKED + "5.2 Listeners may opt out of personalized advertising through the privacy "
        "settings.\n",
        "revocation",
        "missing",
    ),
    (
        "a building pass the other side revokes is no licence ended",
        AI + "4.2 The Company shall issue the Model a building access pass and may revoke the "
        "pass at the end of the Term.\n",
        "revocation",
        "missing",
    ),
    (
        "a fee that includes every AI output produced is a buyout",
        AI + "3.1 The Company pays the Model a session fee of SGD 4,000.\n3.2 The Session Fee "
        "includes all AI Modules produced during the Licence Period.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: AI outputs paid for each beyond the fee are not folded into it",
        AI + "3.1 The Company pays the Model a session fee of SGD 4,000.\n3.2 The Session Fee "
        "does not include AI Modules, which are paid at SGD 400 each.\n",
        "compensation",
        "weak",
    ),
    (
        "a fee that covers a capped number of outputs a year is a rate",
        AI + "4.2 The Company shall pay the Model a licence fee of GBP 1,500 for each year of the "
        "Term.\n4.3 The licence fee covers up to four hundred (400) new prompts of Synthetic "
        "Audio in each year of the Term.\n",
        "compensation",
        "present",
    ),
    (
        "no royalty after leaving before approval, and no fee up front, leave the royalty standing",
        AI + "1.3 The Model may withdraw from the project before the Company approves the pilot. "
        "No royalty is then payable.\n2.1 No fee is payable up front. The Model shall receive "
        "fifty percent (50%) of Net Royalties from the Digital Replica.\n",
        "compensation",
        "present",
    ),
    (
        "a way out on ninety days' prior notice is a long notice",
        AI + "10.1 The Model may withdraw her consent to the Digital Replica by giving the Company "
        "not less than ninety (90) days' prior written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a way out on fourteen days' prior notice is no long notice",
        AI + "10.1 The Model may withdraw her consent to the Digital Replica by giving the Company "
        "not less than fourteen (14) days' prior written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out with no duty to retrain or delete the models already trained",
        AI + "6.1 The Model may withdraw her consent at any time.\n6.3 Withdrawal does not oblige "
        "the Company or any Licensee to retrain or delete any model trained on a Dataset version "
        "released before the withdrawal. Such models may continue to be used in perpetuity.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a way out with the models trained on the person deleted",
        AI + "6.1 The Model may withdraw her consent at any time.\n6.3 On withdrawal the Company "
        "will delete every model trained on the Model's recordings within 30 days.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out that leaves published content up in perpetuity",
        AI + "9.3 The Model may withdraw her consent to the Digital Replica by giving fourteen "
        "(14) days' written notice.\n9.2 Content published on the Channels during the Campaign "
        "Period may remain on the Channels in perpetuity.\n",
        "revocation",
        "weak",
    ),
    (
        "a fee in rand written with its sign is a stated fee",
        RELEASE + "3.1 I allow the Photographer to use the photographs on its website for 24 "
        "months.\n3.2 The Photographer will pay me a fee of R4 200 for the two shoot days.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a backstage pass the organiser revokes is no licence ended",
        RELEASE + "4.1 I allow the Photographer to film me at the show.\n4.2 The Photographer "
        "may revoke a backstage pass if it is passed to another person.\n",
        "revocation",
        "weak",
    ),
    (
        "a backstage pass the organiser may revoke is no way out beside an irrevocable release",
        RELEASE + "3.1 The present release is irrevocable.\n4.3 The Photographer provides me with "
        "a backstage pass, which it may revoke at any time.\n",
        "revocation",
        "missing",
    ),
    (
        "leaving a confirmed booking or an agreed recording date is no way out",
        _LOCKED + "8.2 The Model may withdraw from a confirmed Booking only in the event of "
        "illness.\n1.3 The Model may withdraw from the agreed recording date for reasons of "
        "illness.\n",
        "revocation",
        "missing",
    ),
    (
        "leaving a filming day is no way out",
        _LOCKED + "2.2 The Model may withdraw from a filming day on medical grounds.\n",
        "revocation",
        "missing",
    ),
]


@pytest.mark.parametrize(
    ("preamble", "word", "side"),
    [
        ('Photographer / Studio: Gull Rock Imaging Ltd., 1869 Upper Water Street, Halifax, Nova '
         'Scotia B3J 1S9 ("Gull Rock")', "rock", "other"),
        ('Client: Tanaka Brothers Pty Ltd, 12 King Street, Sydney ("Tanaka Brothers")', "brothers",
         "other"),
        ('Model: Isla Hurst, of 9 Runnymede Street, Hobart ("Isla Hurst")', "hurst", None),
    ],
)
def test_a_companys_short_name_of_a_few_words_names_the_other_side(
    pipeline: Pipeline, preamble: str, word: str, side: str | None
) -> None:
    parties = find_parties(preamble + "\n", pipeline.engine.party_defaults)
    assert parties.sides.get(word) == side


@pytest.mark.parametrize(
    ("phenomenon", "text", "requirement", "status"),
    CONSENT + REVOCATION + PARTIES + COMPENSATION + LATER,
)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("phenomenon", "text", "raised"),
    [
        (
            "the person's consent treated as given at a deadline",
            _SEASON + "3.2 The Model's consent to the AI Images for a season is treated as given "
            "unless the Model objects within five (5) business days.\n",
            True,
        ),
        (
            "an approval of how the likeness looks treated as given",
            _SEASON + "3.2 The Model's approval of the retouched likeness will not be "
            "unreasonably withheld, and will be treated as given if the Model does not respond "
            "within ten (10) days.\n",
            False,
        ),
        (
            "a consent that will not be treated as given",
            _SEASON + "3.2 We cannot give a Twin Consent on your behalf, and no Twin Consent will "
            "be treated as given because you attended a scan session or did not object.\n",
            False,
        ),
    ],
)
def test_consent_treated_as_given_is_deemed_consent(
    pipeline: Pipeline, phenomenon: str, text: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, "deemed_consent", raised)
