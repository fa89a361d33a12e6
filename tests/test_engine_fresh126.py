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
        "a withdrawal that reaches only uses in new productions: weak",
        '1. Dancer ("Dancer") grants Company the right to use the Performance Data to animate '
        "digital characters.\n6.1 Dancer may, by written notice to Company, withdraw consent to "
        "the use of Dancer's Performance Data in new productions for new Clients that have not "
        "been commissioned at the date Company receives the notice.\n",
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
