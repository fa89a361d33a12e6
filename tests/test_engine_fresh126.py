"""Limits on a way out that overlap it, and buyers who keep using what was made from the person
(session 21; the round on fresh126 to fresh129 extends it).

A limit read in the same words as the way out ("may ask ..., within fourteen days after the
visit, that material ... be left out") qualifies it instead of competing with it as another
reading. Buyers or brands that "may keep using" outputs made from the person, or "keep access to"
the model, after the person leaves, with no end, leave the way out `weak`; the same words with an
end ("until that period ends", "during the Term", "for 30 days") do not. Each case is
(phenomenon, text, requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

_RELEASE = '1. The Visitor (the "Visitor") allows the Producer to film the Visitor for the EPK.\n'
_MARKET = (
    "1.1 You grant us a licence to offer licences of your Face Profile and of Synthetic Content "
    "generated from it to Brands.\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "a window that overlaps the request it limits still limits it: weak",
        _RELEASE + "4.1 The Visitor may ask by email to the unit publicist, within fourteen days "
        "after the visit, that material showing the Visitor be left out of future EPK releases.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the same request with no window",
        _RELEASE + "4.1 The Visitor may at any time ask by email to the unit publicist that "
        "material showing the Visitor be left out of future EPK releases.\n",
        "revocation",
        "weak",
    ),
    (
        "brands keep using outputs made before unlisting, with no end: weak",
        _MARKET + "4.1 You may unlist your Face Profile at any time. After unlisting, no Brand can "
        "buy a new licence, but licences already bought continue until they end, for up to 24 "
        "months, and Brands may keep using Synthetic Content generated during them.\n",
        "revocation",
        "weak",
    ),
    (
        "buyers keep access to the voice model after unlisting: weak",
        _MARKET + "5.1 You may unlist your Voice Model at any time. Once it is unlisted, no new "
        "Buyer Licence can be sold.\n5.2 Unlisting does not end or limit any Buyer Licence already "
        "sold, and Buyers holding a Buyer Licence keep access to your Voice Model for the purposes "
        "of clause 4.2.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: outputs kept only until the licence period ends",
        _MARKET + "4.1 You may unlist your Face Profile at any time, and Brands may keep using "
        "Synthetic Content generated before then until the end of their current licence year.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side may continue to use the double in a grant, deleted on request",
        '1. The Model (the "Model") allows the Agency to make a Digital Double of the Model.\n'
        "2.1 After the end of the representation, the Agency may continue to use the Digital "
        "Double to produce showreels for prospective clients.\n4.1 The Model may at any time "
        "require the Agency by e-mail to stop all use of the Digital Double. The Agency shall stop "
        "using it and delete it within fourteen (14) days.\n",
        "revocation",
        "weak",
    ),
    (
        "audio used in perpetuity even after the person unpublishes: weak",
        _MARKET + "5.2 Each Clone Licence allows the Customer to use the audio it generates in its "
        "content worldwide in perpetuity, even after you unpublish your Voice Clone or close your "
        "account.\n6.1 You may unpublish your Voice Clone at any time in your dashboard.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a way out that stops all uses, deleting the model",
        _MARKET + "6.1 You may unpublish your Voice Clone at any time in your dashboard, and we "
        "will delete it and stop all uses of the audio within 30 days.\n",
        "revocation",
        "weak",
    ),
    (
        "cancelling the permission is a way out, here only before the booking date: weak",
        '1. Talent ("Talent") allows Client to use the photographs in the booking form.\n'
        "4.1 Talent may cancel the permission in clause 1 only before the booking date, by written "
        "notice to Agency and Client. After the booking date the permission continues for the "
        "usage in the booking form.\n",
        "revocation",
        "weak",
    ),
    (
        "cancelling the permission at any time: present",
        '1. Talent ("Talent") allows Client to use the photographs in the booking form.\n'
        "4.1 Talent may cancel the permission in clause 1 at any time by written notice to Agency "
        "and Client, and Client shall then stop all use of the photographs within 14 days.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the Client cancelling a booking is not the person's way out",
        '1. Talent ("Talent") allows Client to use the photographs in the booking form.\n'
        "4.1 Client may cancel the booking at any time before the booking date.\n",
        "revocation",
        "present",
    ),
    (
        "asking to be excluded from future licensing, models trained on it kept: weak",
        '1. You allow us to license your images as training data ("Data Licensing").\n'
        "6.1 You may ask us to exclude your images from future Data Licensing by e-mail. We will "
        "exclude them from new data deliveries within sixty days. Data already delivered to data "
        "customers, and any model trained on it, will not be recalled or deleted.\n",
        "revocation",
        "weak",
    ),
    (
        "'shall not assign ..., and in particular ..., to any other person without' consent",
        '1. The Model ("Model") allows the Retailer to create a Virtual Model of the Model.\n'
        "8.1 The Retailer shall not assign, sub-license, lend or otherwise transfer any right "
        "under this Release, and in particular any right in a Virtual Model or Virtual Model "
        "Image, to any other person without the prior written consent of the Model.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a 'not' in another clause with its own verb does not cancel 'without'",
        '1. The Model ("Model") allows the Client to photograph the Model.\n'
        "3.1 The Agency will not charge any booking fee, and the Client may create a digital "
        "replica of the Model without the consent of the Model.\n",
        "consent",
        "present",
    ),
    (
        "asking at any time, for any reason, to take the episode down: present",
        '1. You ("you") allow us to publish the recording of your interview as a podcast episode.\n'
        "4.2 You may ask us at any time, for any reason, to take the episode down. We will remove "
        "it from our feed and website within fourteen (14) days and delete the raw recording.\n",
        "revocation",
        "present",
    ),
    (
        "the person ending an addendum at any time: present",
        '1. The Performer ("Performer") allows the Company to build a Voice Model of the '
        "Performer's voice.\n5.2 The Performer may end this Addendum at any time by giving "
        "fourteen (14) days' written notice to the Company, for any reason or none, and the "
        "Company shall then delete the Voice Model.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: commission taken on residuals pays the person nothing",
        '1. You ("you") appoint us as your agent.\n4.2 Commission is payable on all fees, repeat '
        "fees and residuals from engagements we negotiate during the Term.\n6.3 You will not "
        "receive any payment for our promotional use of your image.\n",
        "compensation",
        "weak",
    ),
    (
        "a stop the other side 'will do so' only once the person pays its costs: weak",
        '1. The Model ("Model") allows the Client to use the Images.\n5.1 If the Model leaves the '
        "Agency, the Model may ask, through the Agency, that the Client stop using the Images. The "
        "Client will do so within ninety (90) days after the request, provided that the Model "
        "first pays the Client's reasonable costs of replacing the Images.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side 'will do so' with no condition",
        '1. The Model ("Model") allows the Client to use the Images.\n5.1 The Model may ask, '
        "through the Agency, that the Client stop using the Images. The Client will do so within "
        "fourteen (14) days after the request.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out open before the show, on the day or afterwards is not gated by the show",
        '1. You ("you") allow us to photograph your child at the Show and in the avatar booth.\n'
        "5.1 You can withdraw your consent to photography, filming and the avatar booth at any "
        "time, before the Show, on the day or afterwards, without giving a reason, and we will "
        "delete every photograph and avatar of your child within seven (7) days.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a donation to the school is no pay",
        '1. You ("you") allow us to photograph your child for our catalogue.\n3.1 No fee is '
        "payable to your child or to you for any use of the Photographs.\n3.2 As a thank-you, we "
        "will make a donation of three hundred euro (EUR 300) to the School's Parents' "
        "Association.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a legal basis of consent given by agreeing to the terms is no requirement",
        '1. You ("you") give us a licence to use your Content and to make AI Presenters from it.\n'
        "3.2 Once you have agreed to these terms, no further consent from you is required for any "
        "use of your Content or for the creation of any AI Presenter.\n12.1 The legal basis for "
        "this use is our legitimate interests and, where required, your consent given by "
        "agreeing to these terms.\n",
        "consent",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_limits_on_a_way_out_and_outputs_kept(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("8. Questions about orders are answered by our website's chat assistant, an AI tool that "
         "answers from our order records; it does not use your Video.\n", False),
        ('1.1 The Studio is making a story game (the "Game"). The player controls a customisable '
         "miner avatar and manages a mine.\n", False),
        ("2.1 Our studio has a digital twin, which is a three-dimensional floor plan showing "
         "camera and lighting positions.\n", False),
        # the same words where the AI works on the person
        ("4.1 A Customer may receive a Prompt in a synthetic version of your voice.\n", True),
        ("3. The Studio may create an avatar of the Performer from her scan.\n", True),
    ],
)
def test_ai_look_alikes_and_a_synthetic_version_of_the_voice(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed


_APP = '1.1 You ("you") upload photos so that we can make AI portraits of you.\n'
_TWIN = '1.1 The Model ("Model") allows the Agency to make a Digital Twin of the Model.\n'
_VOICE = (
    '1.1 The Performer ("Performer") allows the Studio to build a voice model of the Performer.\n'
)

SECOND_ROUND: list[tuple[str, str, str, str]] = [
    (
        "look-alike: a deletion brought forward 'or earlier if you ask' is a retention period",
        _APP + "4.2 We delete your model twelve (12) months after delivery or earlier if you ask.\n"
        "7.1 You may withdraw your consent at any time, and we will delete your photos and your "
        "model within seven (7) days.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: what happens 'after you unlist' names the act, not a denied way out",
        _APP + "6.1 You may unlist your profile at any time.\n6.2 Licences approved before you "
        "unlist continue until the end of their licence period, which may not be longer than "
        "twelve (12) months. No new images are generated after you unlist.\n",
        "revocation",
        "missing",
    ),
    (
        "a setting named in quotes that the person switches off, trained models kept: weak",
        _APP + '4.2 You can switch off "Improve Portraits" in Settings at any time. Switching it '
        "off applies to training that starts later. Models already trained will not be changed."
        "\n",
        "revocation",
        "weak",
    ),
    (
        "'your consent to any particular Licence, Buyer or use shall not be required': missing",
        _APP + "3.1 By uploading Photos, you agree that Buyers may license them, and that your "
        "consent to any particular Licence, Buyer or use shall not be required.\n",
        "consent",
        "missing",
    ),
    (
        "'no minimum price or minimum payment' beside a revenue share: weak",
        _APP + "4.1 We pay you fifty per cent (50%) of the net revenue from each licence of your "
        "photos.\n4.2 There is no minimum price or minimum payment.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: the platform's service fee is no pay to the person",
        _APP + "2.4 Any fee is agreed between you and the Photographer. We deduct a service fee of "
        "ten per cent (10%) from the Photographer's payment.\n3.4 You will not receive any payment "
        "from us for any use of your photos.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a further document that need not be obtained removes no consent",
        _TWIN + "2.1 The Agency signs this Agreement as the Model's attorney under a power of "
        "attorney.\n2.2 The Client may rely on the Agency's signature as the Model's consent and "
        "need not obtain any further document from the Model.\n",
        "consent",
        "missing",
    ),
    (
        "the person 'is not paid for' the capture or any use: missing",
        _TWIN + "6.3 The day rate is for the Model's photographic services only. The Model is not "
        "paid for Digital Twin capture or for any use of a Digital Twin.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a certificate of non-revocation is no way out",
        _TWIN + "5.1 This power of attorney is irrevocable for twelve (12) months.\n5.3 Any person "
        "may rely on a certificate of non-revocation given by a director of the Attorney.\n",
        "revocation",
        "weak",
    ),
    (
        "'you may end it' after a first year: weak",
        _TWIN + "8.2 You may not end this Mandate during its first twelve (12) months. After that, "
        "you may end it by giving us six (6) months' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal of every use not yet begun, before the booking: present",
        _TWIN + "6.2 You may withdraw your approval of any Usage that has not yet begun by telling "
        "us before the booking takes place. Usage that has begun runs only to the end date in its "
        "Booking Confirmation.\n",
        "revocation",
        "present",
    ),
    (
        "material already issued continues for the life of the product: weak",
        _TWIN + "5.4 The Model may withdraw permission for future use of Fitting Images by giving "
        "the Agency sixty (60) days' written notice. Tech Packs already issued continue to be used "
        "for the life of the garment style.\n",
        "revocation",
        "weak",
    ),
    (
        "an agent that grants the licence on behalf of the Model: weak",
        '1. The Agency acts as agent for the model named in the booking confirmation (the "Model").'
        "\n4.1 The Agency, as agent for and on behalf of the Model, grants the Client a licence to "
        "use the Images for the Usage.\n",
        "consent",
        "weak",
    ),
    (
        "a rate the other side sets in good faith: weak",
        _VOICE + "4.5 Synthetic Pick-Ups are paid at a reuse rate that the Studio shall set in "
        "good faith at the time of each patch.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: re-recording the person's own misreads without charge",
        _VOICE + "2.2 Corrections of the Performer's own misreads are recorded without charge.\n"
        "4.1 The Studio shall pay the Performer CAD 15 for each line generated with the voice "
        "model.\n",
        "compensation",
        "weak",
    ),
    (
        "'Because ..., your withdrawal takes effect on the next 31 March': weak",
        _VOICE + "5.1 You may withdraw your consent to the voice model by writing to us. Because "
        "we plan production by catalogue year, your withdrawal takes effect on the next 31 March "
        "after we receive it.\n",
        "revocation",
        "weak",
    ),
    (
        "a request open only once the person stops volunteering: weak",
        '1. The Volunteer ("Volunteer") records the greeting for the Society.\n6.1 If the '
        "Volunteer stops volunteering with the Society, the Volunteer may ask the office manager "
        "to stop using the Recordings.\n",
        "revocation",
        "weak",
    ),
    (
        "customers not required to delete their copies: weak",
        _APP + "7.1 You may remove any photo from the library at any time. Licences granted before "
        "removal continue, and Customers and distribution partners are not required to delete "
        "their copies.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side not seeking new consents keeps the consent required",
        _TWIN + "2.1 We will not create a Digital Twin unless you have personally signed a Twin "
        "Consent for that use.\n8.1 We may end this Addendum on notice. If we do, we will not seek "
        "any new Twin Consent from you.\n",
        "consent",
        "weak",
    ),
    (
        "a repayment the person 'will not have to' make: present",
        _TWIN + "6.1 You may withdraw any Twin Consent at any time by written notice to us.\n6.4 "
        "You will not have to repay any fee because you have withdrawn a Twin Consent.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), SECOND_ROUND)
def test_second_round_language(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
