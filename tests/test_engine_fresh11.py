"""Consent shut out from others, reviewed outputs of any kind, money that is not the person's pay.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: "no consent under this Addendum may be given by the Artist's manager or any other person"
shuts out consent given by someone else, and "no consent under this Rider shall be implied" shuts
out implied consent, whatever words stand between "no consent" and its verb, so only an express
consent counts (while "no consent under this Rider shall be required" removes consent); "no
consent under this Rider is perpetual or irrevocable" says every consent can be withdrawn, not
that consent is not needed; whatever output is "deemed approved" after a review window (an item,
a caption, a photograph, a script) is an output put to review, set aside beside an express consent
to the use in another clause (in a contract without AI terms a general express consent is
enough), while "deemed to have approved the request" deems the person, and a script or a request
"deemed accepted" is a proposed use, so both stay deemed consent;
unpaid editorial or charity work the person may do "with the Agency's prior agreement" is the
person's own activity, not unpaid use of the likeness; an amount the person pays (a re-editing
charge for a removal, a platform's plan prices) is not pay, and a zero price is no pay rather than
nominal pay, so "no fee ... is payable to you for any use" stands as compensation missing; and a
priced buyout of the recorded lines in an AI contract that pays separately for the voice model
does not make the AI pay weak (while a buyout that speaks of the voice model does); a withdrawal
open only "after the last performance", "after the end of his employment" or "before the end of
principal photography", or only on paying for the re-edit, is weak (while the same request "at any
time" is present); and a party defined as '("the Label")' is the other side, so its own right to
stop using the model is not the person's withdrawal. Each case is
a realistic sentence that must reach a status and a look-alike that must not, as (phenomenon,
text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

EXPRESS_CONSENT = (
    "3.1 The Label shall not create or use a Vocal Model of the Artist without the Artist's "
    "separate prior written consent for each release.\n"
)
PHOTO_CONSENT = (
    "6.2 The Company shall not use the Ambassador's photographs for any other product or in any "
    "other media without the Ambassador's prior written consent.\n"
)
VOICE_PAY = (
    "Fees: for the voice model the client pays GBP 2,000 per licence year and GBP 0.15 per "
    "generated minute.\n"
)

# parties defined with the determiner inside the quotes
LABEL_PARTIES = (
    'Between: KORA SOUND RECORDS SARL, a company registered in Bamako ("the Label"), and '
    'Ms Awa Traore ("the Artist").\n'
    "4.1 The Label may create a Vocal Model of the Artist.\n"
)

CASES = [
    # consent by someone else shut out, words between "no consent" and its verb
    (
        "no consent may be given by the manager or any other person (label addendum)",
        EXPRESS_CONSENT + "3.4 No consent under this Addendum may be given by the Artist's "
        "manager, label representative or any other person, and no consent under this Addendum "
        "shall be inferred from her attendance at a session.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: no consent under this Addendum shall be required (removal)",
        EXPRESS_CONSENT + "3.4 No consent under this Addendum shall be required for the use of "
        "the Vocal Model in promotional snippets.\n",
        "consent",
        "weak",
    ),
    (
        "no Replica Consent may be signed by the agency (modelling agreement)",
        "2.1 The Brand shall not produce images with the Digital Twin of the Model without the "
        "Model's prior written consent, given for each campaign.\n2.2 No Replica Consent shall be "
        "signed by the Agency or by any attorney of the Model.\n",
        "consent",
        "present",
    ),
    # a statement that no consent is irrevocable
    (
        "no consent under this Rider is perpetual or irrevocable",
        EXPRESS_CONSENT + "5.2 No consent under this Addendum is perpetual or irrevocable.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: no consent required and the licence is irrevocable",
        EXPRESS_CONSENT + "5.2 No consent of the Artist is required for remixes, and this licence "
        "is perpetual and irrevocable.\n",
        "consent",
        "weak",
    ),
    # any output deemed approved after a review window
    (
        "an item deemed approved beside a general express consent (brand ambassador, no AI)",
        PHOTO_CONSENT + "7.1 The Company shall send the Ambassador each photograph before it is "
        "published. If the Ambassador does not respond within three business days, the item is "
        "deemed approved.\n",
        "consent",
        "present",
    ),
    (
        "a caption deemed approved beside express replica consent",
        EXPRESS_CONSENT + "3.5 Each caption for a release not commented on by the Artist within "
        "two working days shall be deemed approved.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the person deemed to have approved the request",
        PHOTO_CONSENT + "7.1 If the Ambassador does not respond within three business days, she "
        "is deemed to have approved the request.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a replica script deemed accepted is a proposed use, not an output",
        EXPRESS_CONSENT + "3.5 Any lyric script for the Vocal Model not rejected by the Artist "
        "within five days after delivery is deemed accepted.\n",
        "consent",
        "weak",
    ),
    # unpaid work the person does with the other side's permission
    (
        "charity appearances without payment with the Agency's agreement (management agreement)",
        "6.1 The Agency shall pay the Model a Replica Fee of EUR 1,200 for each six-month usage "
        "period of the Digital Twin.\n6.4 The Model may take part in charity shows without payment "
        "with the Agency's prior agreement, which shall not be unreasonably withheld.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the agency uses the twin without payment",
        "6.1 The Agency shall pay the Model a Replica Fee of EUR 1,200 for each six-month usage "
        "period of the Digital Twin.\n6.4 The Agency may use the Digital Twin in charity campaigns "
        "without payment to the Model.\n",
        "compensation",
        "weak",
    ),
    # money the person pays, and a zero price
    (
        "nothing payable and the person pays for re-editing (community film)",
        "2.1 Taking part is voluntary. No fee, wage or other payment is payable to you for any use "
        "of the Footage or the AI-generated trailer.\n5.3 You may ask us to cut you from the "
        "trailer by giving notice and paying the Club EUR 120 towards the cost of re-editing.\n",
        "compensation",
        "missing",
    ),
    (
        "nothing paid for listing a digital human; the plan prices are the user's",
        "4.1 Plans are shown below. Plan fees are charged in advance.\n\nPlan | Monthly fee | "
        "Avatar minutes\nFree | USD 0 | 5\nPro | USD 39 | 120\n\n7.3 You will not receive any "
        "payment, royalty or other compensation for the listing of your digital human or its use "
        "by other users.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a fee the studio pays beside no payment for the stock listing",
        "4.1 The Studio shall pay you USD 400 for the photo shoot.\n7.3 You will not receive any "
        "payment, royalty or other compensation for the listing of the photographs on stock sites "
        "or for their use by buyers.\n",
        "compensation",
        "weak",
    ),
    # a withdrawal open only after or before an event in the person's work
    (
        "removal only after the last performance, on notice and a re-editing charge",
        "3.1 The Club may make an AI-generated trailer from the rehearsal footage.\n4.2 You may "
        "ask the Club to remove your image from the trailer after the last performance, by giving "
        "notice and paying the Club EUR 90 towards the re-edit.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: removal at any time on notice",
        "3.1 The Club may make an AI-generated trailer from the rehearsal footage.\n4.2 You may "
        "ask the Club to remove your image from the trailer at any time by giving seven days' "
        "notice.\n",
        "revocation",
        "present",
    ),
    (
        "stopping the voice model only once employment has ended",
        "2.1 The Broadcaster may create a Voice Model of the Presenter.\n5.2 After the end of his "
        "employment, the Presenter may require the Broadcaster to stop using the Voice Model by "
        "giving sixty days' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: stopping the voice model at any time",
        "2.1 The Broadcaster may create a Voice Model of the Presenter.\n5.2 The Presenter may "
        "require the Broadcaster to stop using the Voice Model at any time by giving sixty days' "
        "written notice.\n",
        "revocation",
        "present",
    ),
    (
        "changing one's mind about a scan only before principal photography ends",
        "2.1 The Producer may scan background performers to make digital doubles.\n4.1 If you "
        "change your mind about the scan, you may ask the unit to delete it before the end of "
        "principal photography.\n",
        "revocation",
        "weak",
    ),
    # a priced buyout of recordings beside separate AI pay
    (
        "session fee plus a buyout for the recorded lines, voice model paid per year",
        "The client's supplier will train a synthetic voice from your recordings.\n"
        + VOICE_PAY
        + "Session: session fee GBP 500 plus GBP 300 buyout for the recorded lines.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the buyout covers the voice model too",
        "The client's supplier will train a synthetic voice from your recordings.\n"
        + VOICE_PAY
        + "Session: GBP 500 is a full buyout of the recordings and of the voice model.\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh11_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


def test_an_item_deemed_approved_beside_express_consent_raises_no_flag(pipeline: Pipeline) -> None:
    text = PHOTO_CONSENT + (
        "7.1 If the Ambassador does not respond within three business days, the item is deemed "
        "approved.\n"
    )
    assert "deemed_consent" not in {f.id for f in report_of(pipeline, text).red_flags}


def test_an_item_deemed_approved_where_it_is_the_only_consent_stays_deemed(
    pipeline: Pipeline,
) -> None:
    # an estate approving each render of a hologram: the deemed approval is the consent
    text = (
        "3. The Licensee may create a hologram of the Artist. Each render requires the Estate's "
        "approval. If the Estate does not respond within ten Business Days, the item shall be "
        "deemed approved.\n"
    )
    report = report_of(pipeline, text)
    assert report.requirement("consent").status == "weak"
    assert "deemed_consent" in {f.id for f in report.red_flags}


def test_a_party_defined_with_the_inside_its_quotes_is_the_other_side(pipeline: Pipeline) -> None:
    # regression: '("the Label")' was not read as a party, so the Label's own right to stop using
    # the model counted as the Artist's withdrawal beside an irrevocable grant
    text = LABEL_PARTIES + (
        "5.1 The rights granted in this Addendum are irrevocable for the Term.\n"
        "5.2 The Label may stop using the Vocal Model at its discretion.\n"
    )
    assert report_of(pipeline, text).requirement("revocation").status == "missing"


def test_the_artists_own_right_to_stop_the_model_still_counts(pipeline: Pipeline) -> None:
    text = LABEL_PARTIES + (
        "5.2 The Artist may withdraw her consent to the Vocal Model at any time, and the Label "
        "shall then stop using it.\n"
    )
    assert report_of(pipeline, text).requirement("revocation").status == "present"
