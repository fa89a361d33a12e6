"""Language from the round on fresh130 to fresh137 (session 22).

Sentences that name a protection only to keep it ("Notwithstanding clauses 5.1 and 5.2, the
Publisher shall not ... except with the Narrator's written consent", "we do not keep your consent
from one set to the next", "Nothing in this Agreement prevents the Voice Owner from ..."), money
that is the person's cost or no pay at all (an agency's registration or management fee, a
thank-you payment the other side "is not obliged to make", credits to spend on the platform), and
ways out the engine did not see or read as denied (a withdrawal "through the Agency", "a new use
that you have withdrawn from", "may end the permission"). Each case is (phenomenon, text,
requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

_VOICE = '1.1 The Narrator ("Narrator") records audiobooks for the Publisher ("Publisher").\n'
_TWIN = '1.1 The Model ("Model") allows the Company ("Company") to make a Digital Twin of her.\n'
_APP = '1.1 You ("you") upload photos so that we can make AI portraits of you.\n'
_TALENT = '1.1 The Talent ("Talent") is represented by the Agency ("Agency").\n'

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "a 'Notwithstanding' that opens a consent requirement lets it prevail: present",
        _VOICE + '1.2 "Voice Asset" means a synthetic voice model built from the Recording.\n'
        "2.1 The Narrator grants the Publisher an exclusive licence to reproduce the Recording "
        "throughout the world.\n3.1 Notwithstanding clauses 2.1 and 2.2, the Publisher shall not "
        "create a Voice Asset and shall not release any Synthetic Edition except with the "
        "Narrator's written consent for that Title.\n",
        "consent",
        "present",
    ),
    (
        "an approval from the person's agent said not to count is no consent by others: present",
        _VOICE + "5.1 The Publisher shall not use the Synthetic Voice in any product unless the "
        "Narrator has approved that product in writing. An approval, signature or email from the "
        "Narrator's agent or any other person on her behalf is not a Product Approval and shall "
        "not be relied on by the Publisher.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: an agent who may approve on the person's behalf",
        _VOICE + "5.1 The Publisher shall not use the Synthetic Voice in any product unless it "
        "has been approved in writing. The Narrator's agent may give that approval on her "
        "behalf.\n",
        "consent",
        "present",
    ),
    (
        "a representative appointed when the person loses capacity is no consent by others",
        _TWIN + "3.1 Each Replica Use needs the Model's prior written consent.\n3.2 If the Model "
        "loses capacity, no new Replica Use may be agreed until a person lawfully appointed to act "
        "for the Model consents on the Model's behalf.\n",
        "consent",
        "present",
    ),
    (
        "a court hearing held 'where possible' at a court is no optional consent",
        _TWIN + "3.1 We will not create or use the Digital Twin unless you have ticked Yes below "
        "and signed this agreement.\n6.2 This agreement is governed by the law of Scotland, with "
        "any hearing held where possible at the sheriff court nearest to Gairloch.\n",
        "consent",
        "present",
    ),
    (
        "a freedom kept ('Nothing in this Agreement prevents ...') negates no consent",
        _TWIN + "3.1 Each use of the Digital Twin requires a Use Consent signed by the Model.\n"
        "9.2 Nothing in this Agreement prevents the Model from asking her union to review a Use "
        "Consent.\n",
        "consent",
        "present",
    ),
    (
        "'without asking you to record every version' does not do away with consent",
        _TWIN + "1.2 To publish ads without asking you to record every version, we would like to "
        "use a synthetic replica of your voice.\n2.1 We will not create a Replica Read unless you "
        "have first approved the advertiser and the script in writing.\n",
        "consent",
        "present",
    ),
    (
        "a consent not kept for the next set is asked again: present",
        _APP + "2.1 We create AI portraits only when you confirm the consent screen for the "
        "photos you have selected. We ask you each time you start a new set, and we do not keep "
        "your consent from one set to the next.\n",
        "consent",
        "present",
    ),
    (
        "a relative clause on the subject before 'requires' says which uses: present",
        _TWIN + "3.1 The Company may use the Images as listed in Schedule 1. A use that is not "
        "listed in Schedule 1 requires the Model's separate written consent and a separate fee.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a use that does not require consent",
        _TWIN + "3.1 The Company may use the Images as listed in Schedule 1, and any further use "
        "does not require the Model's consent.\n",
        "consent",
        "present",
    ),
    (
        "variations signed 'by or on behalf of each of the parties' are no consent by others",
        _TWIN + "3.1 Each Replica Use needs the Model's prior written consent.\n9.4 No variation "
        "of this Agreement shall be effective unless it is in writing and signed by or on behalf "
        "of each of the parties.\n",
        "consent",
        "present",
    ),
    (
        "passing the rights on without consent is a transfer term, not consent removed: weak",
        _TWIN + "4.1 The Model grants the Company the irrevocable right to use the Digital Twin in "
        "its campaigns.\n4.4 The Company may sub-license, assign or otherwise transfer any of the "
        "rights in this clause 4 to any Client without further consent of the Model.\n",
        "consent",
        "weak",
    ),
    (
        "no one's permission for invented characters does not remove the person's consent",
        _APP + "2.1 We create your AI Avatar only if you opt in on the consent screen.\n12.1 "
        "Because Preset Characters are invented people, you do not need anyone's permission to "
        "use them.\n",
        "consent",
        "present",
    ),
]

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "the agency's management fee is the person's cost, not pay: missing",
        _TALENT + "2.1 You will not receive any payment for our use under clause 1.\n4.1 Our "
        "management fee is 20% of your gross brand income during the term.\n",
        "compensation",
        "missing",
    ),
    (
        "a registration fee the agency charges is no pay: missing",
        _TALENT + "2.3 No fee is paid for the use in clause 2.1.\n4.1 The Agency charges a "
        "registration fee of R450 per year.\n",
        "compensation",
        "missing",
    ),
    (
        "a thank-you payment the other side need not make is no stated amount: missing",
        _VOICE + "3.1 No fee is paid.\n3.2 If the Game earns more than NOK 500,000 in its first "
        "year, the Developer will consider a thank-you payment, but is not obliged to make one.\n",
        "compensation",
        "missing",
    ),
    (
        "a flat allowance whatever the number of outputs is a buyout: weak",
        _VOICE + "4.1 The Studio shall pay the Narrator an allowance of NOK 1,000 for each "
        "calendar year in which any Synthetic Line ships, regardless of the number of Synthetic "
        "Lines.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a fee per look and month, whatever the number of channels",
        _TWIN + "6.1 We will pay a Look Fee of EUR 180 per Look per calendar month of display. "
        "The Look Fee is payable once per Look per month irrespective of the number of Channels "
        "on which it is displayed.\n",
        "compensation",
        "weak",
    ),
    (
        "a fee said not to shrink is no unpaid use: present",
        _VOICE + "3.1 The Publisher shall pay the Narrator a royalty of five per cent (5%) of net "
        "receipts from each Title.\n6.3 No fee or royalty under clause 3 is reduced because a "
        "Synthetic Edition of the same Title exists.\n",
        "compensation",
        "present",
    ),
    (
        "organic (unpaid) posts are posts that are not ads, not unpaid use: present",
        _TWIN + "3.1 The Company may use the Images (a) on its webshop and (b) on its own social "
        "media accounts, in organic (unpaid) posts.\n4.1 The Company shall pay a usage fee of ISK "
        "120,000 for each use in clause 3.1.\n",
        "compensation",
        "present",
    ),
    (
        "a rate the other side sets from time to time is unstated: weak",
        _APP + "4.1 We may pay you a share of the licence fees Clients pay for your Twin Content, "
        "at a rate we set from time to time and publish in the app.\n",
        "compensation",
        "weak",
    ),
    (
        "fees that cover a stated period are a rate for it: present",
        _TWIN + "5.1 The Studio shall pay a Base Video fee of EUR 250 and an AI Variant fee of "
        "EUR 120.\n5.3 The Base Video fee and AI Variant fee cover the first three months of the "
        "Usage Period.\n",
        "compensation",
        "present",
    ),
    (
        "a fee already paid that is not repayable is no unpaid use: present",
        _TWIN + "4.1 We pay a Twin Fee of EUR 900 for each quarter.\n6.1 You may withdraw at any "
        "time. No reason need be given, and no fee already paid is repayable.\n",
        "compensation",
        "present",
    ),
    (
        "the person's own free charity appearances say nothing of pay: present",
        _TALENT + "2.1 The Agency shall pay the Talent 80% of each booking fee.\n2.4 The Talent "
        "remains free to take part, without charge, in school, family and charity events.\n",
        "compensation",
        "present",
    ),
    (
        "no fee for performances not sung is no unpaid use: present",
        _VOICE + "6.1 The Company shall pay the Artist a fee of EUR 4,000 for each Performance.\n"
        "6.2 No fee is payable for Performances that the Artist does not sing.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: no fee for the recordings of the performances",
        _VOICE + "6.1 The Company shall pay the Artist a fee of EUR 4,000 for each Performance.\n"
        "6.2 No fee is payable for any use of the recordings of the Performances.\n",
        "compensation",
        "present",
    ),
    (
        "paid in the brand's products only: weak",
        _TALENT + "3.2 If no fee is entered in the brief, the campaign is paid in the brand's "
        "products only.\n",
        "compensation",
        "weak",
    ),
    (
        "advertising credits that are not paid in cash: weak",
        _APP + "3.1 If you take part in a campaign, we credit your account with CLP 40,000 in "
        "advertising credits. Credits are not paid in cash.\n",
        "compensation",
        "weak",
    ),
    (
        "goods given in return, named or by their retail value: weak",
        _TWIN + "2.1 In consideration of the extension the Client shall give the Model knitwear "
        "from the SS26 range to a retail value of EUR 600.\n",
        "compensation",
        "weak",
    ),
    (
        "the garments worn at the shoot received in return: weak",
        _TWIN + "2.1 In return for the shoot and the permission in clause 1, the Model will "
        "receive the garments worn at the shoot (up to six pieces) and a credit line.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: garments given beside a fee for the use",
        _TWIN + "2.1 The Client shall pay the Model a usage fee of EUR 900 for each campaign. In "
        "return for the shoot, the Model will also receive the garments worn at the shoot.\n",
        "compensation",
        "weak",
    ),
    (
        "the exposure of being featured as the consideration: weak",
        _APP + "3.1 In return, we will credit your handle whenever we repost your content, and you "
        "will receive the exposure of being featured to our followers.\n",
        "compensation",
        "weak",
    ),
    (
        "one krona and gear is nominal: weak",
        _TWIN + "4.1 In consideration of ISK 1 (one krona) and a set of our kayaking gear, you "
        "grant us the rights in clauses 2 and 3.\n",
        "compensation",
        "weak",
    ),
    (
        "a blank fee said to include all uses: weak",
        _TWIN + "5. Fee: ISK ______________ (inclusive of all uses, including all AI-generated "
        "versions of me).\n",
        "compensation",
        "weak",
    ),
]

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "a relative clause with its own subject after 'not': 'a new use that you have withdrawn "
        "from' is not denied",
        _APP + "7.1 You may withdraw any Yes at any time by e-mail. From the day we receive your "
        "e-mail we will not make any new use that you have withdrawn from.\n",
        "revocation",
        "present",
    ),
    (
        "a 'not' in an earlier 'that' clause does not deny the withdrawal: present",
        _TWIN + "8.1 The Model may withdraw her consent to AI Posts at any time by notice.\n"
        "20.2 I understand that I will not be paid for AI Posts, that I can withdraw this consent "
        "at any time under clause 8, and that my AI Posts will be deleted.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the 'not' in the withdrawal's own clause",
        _TWIN + "8.1 The Model may withdraw her consent to AI Posts at any time by notice.\n"
        "20.2 I understand that I will not be paid for AI Posts and that I cannot withdraw this "
        "consent once a post is live.\n",
        "revocation",
        "present",
    ),
    (
        "a limit in an earlier 'that' clause does not reach the withdrawal: present",
        _VOICE + "I consent to the Synthetic Edition. I understand that I will approve the "
        "complete master before publication, and that I may withdraw this consent at any time.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the limit in the withdrawal's own clause",
        _VOICE + "I consent to the Synthetic Edition, and I understand that I may withdraw this "
        "consent only before publication.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal 'through the Agency' is the person's, with its conditions: weak",
        _TWIN + "6.2 The Model, through the Agency, may withdraw consent to further AI Images by "
        "giving six months' written notice, provided that the Agency first repays the advance in "
        "full.\n",
        "revocation",
        "weak",
    ),
    (
        "'may end the permission in clause 2 at any time' is a way out: present",
        _TALENT + "2.1 The Talent allows the Company to use her photographs on its website.\n5.1 "
        "The Talent may end the permission in clause 2 at any time by giving the Company 30 days' "
        "written notice.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawing 'that Yes': present",
        _APP + "7.2 If you have said Yes to another use, you can withdraw that Yes at any time by "
        "replying to our e-mail, and we will stop that use within 14 days.\n",
        "revocation",
        "present",
    ),
    (
        "a bar on use while the person cannot give or withdraw consent denies no way out",
        _TWIN + "6.1 The Model may withdraw any Replica Consent at any time by written notice.\n"
        "7.1 No Replica may be used while she is unable to give or withdraw consent, without the "
        "written consent of her legal representative.\n",
        "revocation",
        "present",
    ),
    (
        "ending the display of the material only at the end of a period: weak",
        _TWIN + "5.2 The Model may end the display of Styled Previews only at the end of a "
        "Display Period, by giving at least sixty (60) days' written notice.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CONSENT)
def test_consent_kept_by_the_words_that_seem_to_limit_it(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), COMPENSATION)
def test_money_that_is_not_pay_and_pay_that_is_not_money(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), REVOCATION)
def test_ways_out_read_in_their_own_clause(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("1.2 Your profile shows your chosen avatar image next to each review.\n", False),
        ("6.1 Your seller profile may show an avatar, which can be a photo or an illustration.\n",
         False),
        ("1.1 The seagulls follow a flocking AI that makes them gather around the player's "
         "avatar; none of the characters' voices are generated.\n", False),
        ("2.2 The Designer may remove backgrounds with an AI background-removal tool, but shall "
         "not change the Model's face.\n", False),
        ("Completing Form 5 sets up your schedule in ShiftSense AI and links it to the rota.\n",
         False),
        # the same words where the AI works on the person
        ("2.1 AI images of the Model may be used in the campaign.\n", True),
        ('1.2 "Synthetic Prompts" means Prompts generated by the Bank\'s supplier from a voice '
         "profile created from the Artist's recordings.\n", True),
        ("3.1 The Company may create an avatar of the Model from her scan.\n", True),
    ],
)
def test_profile_avatars_and_game_ai_are_not_replicas(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
