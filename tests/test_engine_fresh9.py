"""Reviews of outputs beside consent to the use, fee tables read row by row, discretion over
ending a deal, negations that stop at a new clause, stop rights that open only after the contract,
and prices of things given in kind (the fresh9 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: "the sample is deemed approved" after an objection window reviews one output of a replica
whose use the person consented to expressly in another clause, so consent stays present (while
"deemed to have approved, and consented to the release of" the track, or an estate's deemed
approval where approving each item is the only consent asked for, is deemed consent); each row
of a fee table ("Conventional narration | included in the session fee") speaks only for itself,
so a per-minute rate in the next row is a stated rate; "may terminate ... at its discretion ...
and will pay any fees earned up to termination" puts the ending, not the fee, in the other side's
discretion; in "you do not need to give a reason and there is no fee" the "not" does not reach
the new clause "there is no fee"; "after this contract ends, the Talent may request that the
Company stop" gives no way out while the contract runs (weak); and "(normal price JOD 60)"
values a treatment given in kind, it is not pay. Each case is a realistic sentence that must
reach a status and a look-alike that must not, as (phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, report_of

from analyser.nlp import collapse_whitespace
from analyser.pipeline import Pipeline

EXPRESS_CONSENT = (
    "3. The Studio shall not create or use the Voice Model without the Narrator's prior written "
    "consent, given separately for each Audiobook.\n"
)
PER_USE_FEE = "4. The Studio shall pay the Narrator USD 300 for each Audiobook.\n"

CASES = [
    # a deemed approval of one output beside express consent to the use
    (
        "a sample deemed approved after an objection window (US voice licence)",
        EXPRESS_CONSENT + PER_USE_FEE + "5. Before release the Studio sends the Narrator a "
        "ten-minute sample of the synthetic narration. If the Narrator does not object within "
        "seven days, the sample is deemed approved.\n",
        "consent",
        "present",
    ),
    (
        "a preview treated as approved (UK plain-English form)",
        "2. We will not build or use your avatar without your written consent, which you give "
        "by signing the Avatar Consent Form.\n"
        "6. We will show you a preview of your avatar before we use it. Unless you tell us "
        "about a problem within ten days of seeing the preview, it will be treated as "
        "approved.\n",
        "consent",
        "present",
    ),
    (
        "deemed approval and consent to the release itself (look-alike)",
        EXPRESS_CONSENT + "5. If the Narrator has not objected within ten days of delivery, she "
        "shall be deemed to have approved, and consented to the release of, that Audiobook.\n",
        "consent",
        "weak",
    ),
    (
        "approval of each item is the only consent asked for (look-alike, estate licence)",
        "The Licensee may create a Digital Replica of the late Artist's voice for the Show.\n"
        "3. Each new track requires the prior approval of the Estate. If the Estate does not "
        "respond within ten days after receiving a track, the track shall be deemed approved.\n",
        "consent",
        "weak",
    ),
    # each row of a fee table speaks for itself
    (
        "a fee table whose per-use row has its own rate (DE e-learning licence)",
        AI + "\nSchedule 2 - Fees\nItem | Fee\nStudio recording | EUR 400 per session\n"
        "Edited narration | included in the session fee\n"
        "AI-generated narration using the Digital Replica | EUR 1.20 per generated minute\n",
        "compensation",
        "present",
    ),
    (
        "the replica row is included in another fee (look-alike)",
        AI + "\nSchedule 2 - Fees\nItem | Fee\nStudio recording | EUR 400 per session\n"
        "Use of the Digital Replica | included in the session fee\n",
        "compensation",
        "weak",
    ),
    # discretion over ending the deal is not discretion over the fee
    (
        "stop running content at its discretion and pay fees earned (CA influencer)",
        AI + PER_USE_FEE.replace("Studio", "Company").replace("Narrator", "Model")
        .replace("Audiobook", "use of the Digital Replica")
        + "9. The Company may end this Agreement, or stop running any content, at its "
        "discretion on notice, and will pay any fees earned up to the date of termination.\n",
        "compensation",
        "present",
    ),
    (
        "a fee paid at the other side's discretion (look-alike)",
        AI + "4. The Company may, at its discretion, pay the Model a bonus for uses of the "
        "Digital Replica.\n",
        "compensation",
        "weak",
    ),
    # a negation does not reach a new clause with its own subject
    (
        "no reason needed and there is no fee, beside no pay (OR app terms)",
        AI + "7. You will not receive any payment for any use of the Digital Replica.\n"
        "10. You can delete your Digital Replica at any time. You do not need to give a reason "
        "and there is no fee.\n",
        "compensation",
        "missing",
    ),
    (
        "a negation in the same clause still reaches it (look-alike)",
        AI + "4. The Digital Replica is not used free of charge: the Company pays the Model "
        "USD 200 for each use.\n",
        "compensation",
        "present",
    ),
    # a stop right that opens only after the contract ends
    (
        "stop only after this contract ends (JP talent contract, translated)",
        "Article 5 The Company may create a voice model of the Talent for the Channel.\n"
        "Article 8 (1) After this contract ends, the Talent may request in writing that the "
        "Company stop using the voice model.\n",
        "revocation",
        "weak",
    ),
    (
        "stop at any time, including on the contract's end (look-alike)",
        "Article 5 The Company may create a voice model of the Talent for the Channel.\n"
        "Article 8 The Talent may request in writing at any time that the Company stop using "
        "the voice model.\n",
        "revocation",
        "present",
    ),
    # a price quoted for something given in kind
    (
        "a treatment in kind with its normal price (JO dental release)",
        "I allow the Clinic to use my before-and-after photographs on its website.\n"
        "3. In return I will receive one complimentary whitening session (normal price JOD 60).\n",
        "compensation",
        "weak",
    ),
    (
        "a fee in money (look-alike)",
        "I allow the Clinic to use my before-and-after photographs on its website.\n"
        "3. In return the Clinic will pay me JOD 60 within fourteen days.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh9_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


def test_a_deemed_approval_beside_express_consent_raises_no_deemed_consent_flag(
    pipeline: Pipeline,
) -> None:
    text = (
        EXPRESS_CONSENT + "5. If the Narrator does not object within seven days, the sample is "
        "deemed approved.\n"
    )
    assert "deemed_consent" not in {f.id for f in report_of(pipeline, text).red_flags}


def test_table_rows_are_read_as_separate_sentences() -> None:
    collapsed, _ = collapse_whitespace("Item | Fee\nA | USD 1\nB | USD 2\nafter the table")
    assert collapsed == "Item | Fee\n\nA | USD 1\n\nB | USD 2 after the table"


def test_table_row_breaks_keep_offsets() -> None:
    text = "Item | Fee\nA | USD 1\nB | USD 2"
    collapsed, positions = collapse_whitespace(text)
    start = collapsed.index("B")
    assert text[positions[start]] == "B"
