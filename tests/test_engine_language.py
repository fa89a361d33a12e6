"""The language phenomena that decide a status (issue 3, scope 2): each with a positive and a
negative sentence, and the cue the engine reports."""

from __future__ import annotations

import pytest

from analyser.model import Document, RequirementResult
from analyser.pipeline import Pipeline, analyse_document, load_pipeline

AI = "The Company may create a Digital Replica of the Model for the Campaign. "


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return load_pipeline()


def _result(pipeline: Pipeline, text: str, requirement: str) -> RequirementResult:
    document = Document(text=text, name="case.txt", format="txt", sha256="")
    return analyse_document(document, pipeline).requirement(requirement)


CASES = [
    # parties: who holds the right, from the contract's own definitions
    (
        "parties",
        'Acme Ltd ("Producer") and Sam Lee (the "Talent"). The Producer will create a digital '
        "replica of the Talent. The Talent may revoke this consent on written notice.",
        "revocation",
        "present",
    ),
    (
        "parties",
        'Acme Ltd ("Producer") and Sam Lee (the "Talent"). The Producer will create a digital '
        "replica of the Talent. The Producer may revoke the Talent's access at any time.",
        "revocation",
        "weak",
    ),
    (
        "parties",
        'Glimmer Inc ("we", "us") and you. We will build an avatar of you. You may withdraw '
        "your consent at any time.",
        "revocation",
        "present",
    ),
    (
        "parties",
        'Glimmer Inc ("we", "us") and you. We will build an avatar of you. We may withdraw the '
        "campaign at any time.",
        "revocation",
        "weak",
    ),
    (
        "parties",
        "I allow the Studio to make a synthetic voice of me. I may revoke this permission by "
        "e-mail.",
        "revocation",
        "present",
    ),
    (
        "parties",
        'Jo Park, hereinafter "Performer", allows the Studio to create a digital double. '
        "The Studio may terminate this licence at any time.",
        "revocation",
        "weak",
    ),
    # negation and exception scope
    (
        "negation",
        AI + "The Company shall not use the Digital Replica without the Model's prior written "
        "consent.",
        "consent",
        "present",
    ),
    ("negation", AI + "No consent of the Model shall be required.", "consent", "missing"),
    (
        "exception",
        AI + "Except as set out in Schedule B, the Company shall not use the Digital Replica "
        "without the Model's prior written consent.",
        "consent",
        "weak",
    ),
    (
        "exception",
        AI + "Notwithstanding clause 4, the Model may revoke consent on written notice.",
        "revocation",
        "weak",
    ),
    ("exception", AI + "The Model may revoke consent on written notice.", "revocation", "present"),
    (
        "without limitation",
        AI + "Any use, including without limitation social media, needs the "
        "Model's prior written consent.",
        "consent",
        "present",
    ),
    # modality and conditions
    (
        "modality",
        AI + "The Company shall obtain the Model's prior written consent before each use.",
        "consent",
        "present",
    ),
    (
        "modality",
        AI + "The Company will use reasonable efforts to obtain the Model's consent before "
        "each use.",
        "consent",
        "weak",
    ),
    (
        "modality",
        AI + "The Model is entitled to withdraw consent at any time.",
        "revocation",
        "present",
    ),
    (
        "condition",
        AI + "The Model may withdraw consent, subject to payment of a release fee.",
        "revocation",
        "weak",
    ),
    (
        "condition",
        AI + "The Model may withdraw consent, subject to the Company's approval.",
        "revocation",
        "weak",
    ),
    (
        "condition",
        AI + "The Company may use the Digital Replica, provided that it first obtains the "
        "Model's written consent.",
        "consent",
        "present",
    ),
    # qualifiers tied to the grant
    (
        "qualifiers",
        "The Model hereby grants the Company a perpetual, worldwide, sublicensable licence to "
        "use the Model's likeness.",
        "consent",
        "weak",
    ),
    (
        "qualifiers",
        "The Model hereby grants the Company a licence to use the Model's likeness in the "
        "2026 print catalogue.",
        "consent",
        "present",
    ),
    (
        "qualifiers",
        "The Model hereby consents to the use of the Model's image in all media now known or "
        "hereafter devised.",
        "consent",
        "weak",
    ),
    # amounts and rates
    ("amounts", AI + "The Company shall pay the Model $500 per use.", "compensation", "present"),
    (
        "amounts",
        AI + "The Model shall receive 15% of net receipts from each use.",
        "compensation",
        "present",
    ),
    (
        "amounts",
        AI + "The Company shall pay the Model a fee of [●] per use.",
        "compensation",
        "weak",
    ),
    (
        "amounts",
        "In consideration of $1 and other good and valuable consideration, I grant the "
        "Photographer the right to use my image.",
        "compensation",
        "weak",
    ),
    (
        "amounts",
        AI + "The Agency shall retain a commission of 20% of the Model's fees.",
        "compensation",
        "missing",
    ),
    # wording variety: other ways to revoke, to pay and to ask
    (
        "revocation wording",
        AI + "The Model may ask the Company to stop using the Digital Replica at any time.",
        "revocation",
        "present",
    ),
    (
        "revocation wording",
        AI + "On the Model's request the Company shall cease all further use of "
        "the Digital Replica.",
        "revocation",
        "present",
    ),
    (
        "revocation wording",
        AI + "On the Model's request the Company shall send copies of the photographs.",
        "revocation",
        "missing",
    ),
    (
        "revocation wording",
        AI + "This consent may be revoked only by mutual written agreement.",
        "revocation",
        "missing",
    ),
    (
        "revocation wording",
        AI + "Once given, a consent cannot be cancelled.",
        "revocation",
        "missing",
    ),
    (
        "revocation wording",
        AI + "If the Company cancels the shoot, it will pay half the fee.",
        "revocation",
        "missing",
    ),
    (
        "pay wording",
        AI + "The Company shall pay the Model the fee set out in the Booking Form for each use.",
        "compensation",
        "weak",
    ),
    (
        "pay wording",
        AI + "The Model will receive $4 per 1,000 impressions.",
        "compensation",
        "present",
    ),
    (
        "pay wording",
        AI + "The Model will be paid in exposure and credit only.",
        "compensation",
        "weak",
    ),
    (
        "consent wording",
        AI + "The Company will ask the Model's permission before each new use.",
        "consent",
        "present",
    ),
    (
        "consent wording",
        AI + "The Model's loan-out company gives all consents on the Model's behalf.",
        "consent",
        "weak",
    ),
    (
        "consent wording",
        AI + "The Company may use the replica in any project without asking again.",
        "consent",
        "missing",
    ),
    (
        "consent wording",
        AI + "The Company may, at its discretion, seek the Model's approval.",
        "consent",
        "weak",
    ),
    (
        "consent wording",
        AI + "The Model must approve every script before the replica speaks it.",
        "consent",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_phenomenon_decides_status(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert _result(pipeline, text, requirement).status == status, phenomenon


@pytest.mark.parametrize(
    ("text", "requirement", "cue"),
    [
        (
            AI + "The Company may use the Digital Replica without the Model's consent.",
            "consent",
            'negated by "without"',
        ),
        (
            AI + "Except as set out in Schedule B, the Company shall not use the Digital Replica "
            "without the Model's prior written consent.",
            "consent",
            'weakened by "Except as set out in"',
        ),
        (
            AI + "The Model may withdraw consent only upon payment of a fee.",
            "revocation",
            'weakened by "only upon"',
        ),
    ],
)
def test_reasons_report_the_deciding_cue(
    pipeline: Pipeline, text: str, requirement: str, cue: str
) -> None:
    assert any(cue in reason for reason in _result(pipeline, text, requirement).reasons)


def test_contradiction_across_clauses_quotes_both_clauses(pipeline: Pipeline) -> None:
    text = (
        "4. Digital Replicas\n4.1 The Company may create a digital replica of the Model.\n"
        "4.3 The Model may revoke this consent at any time on written notice.\n"
        "9. General\n9.3 All rights granted under this Agreement are irrevocable.\n"
    )
    result = _result(pipeline, text, "revocation")
    assert result.status == "weak"
    assert {e.clause for e in result.evidence} >= {"4.3", "9.3"}
    assert any("undermines" in reason for reason in result.reasons)
