"""The language phenomena that decide a status (issue 3, scope 2): each with a positive and a
negative sentence, and the cue the engine reports."""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, report_of

from analyser.pipeline import Pipeline

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
        AI + "Except as set out in clause 4, the Model may revoke consent on written notice.",
        "revocation",
        "weak",
    ),
    # "notwithstanding" before the person's own right lets it prevail over the named clause
    (
        "override",
        AI + "Notwithstanding clause 4, the Model may revoke consent on written notice.",
        "revocation",
        "present",
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
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


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
    reasons = report_of(pipeline, text).requirement(requirement).reasons
    assert any(cue in reason for reason in reasons)


@pytest.mark.parametrize(
    ("text", "requirement", "says", "never_says"),
    [
        (
            AI + "The Company may use the Digital Replica without the Model's consent.",
            "consent",
            "your consent is not required before the use.",
            "consent is required before",
        ),
        (
            AI + "The Model may not withdraw consent or end the licence.",
            "revocation",
            "you may not withdraw your consent",
            "you may withdraw",
        ),
        (
            AI + "The Model does not retain ownership of the Digital Replica.",
            "ownership",
            "you do not keep ownership",
            "you keep ownership",
        ),
    ],
)
def test_a_negated_hit_is_explained_the_way_it_reads(
    pipeline: Pipeline, text: str, requirement: str, says: str, never_says: str
) -> None:
    reasons = " ".join(report_of(pipeline, text).requirement(requirement).reasons)
    assert says in reasons
    assert never_says not in reasons


def test_contradiction_across_clauses_quotes_both_clauses(pipeline: Pipeline) -> None:
    text = (
        "4. Digital Replicas\n4.1 The Company may create a digital replica of the Model.\n"
        "4.3 The Model may revoke this consent at any time on written notice.\n"
        "9. General\n9.3 All rights granted under this Agreement are irrevocable.\n"
    )
    result = report_of(pipeline, text).requirement("revocation")
    assert result.status == "weak"
    assert {e.clause for e in result.evidence} >= {"4.3", "9.3"}
    assert any("undermines" in reason for reason in result.reasons)


SELLER = (
    'Prairie Motors, LLC, an Iowa limited liability company doing business as Prairie Chevrolet, '
    '4100 Main Road, Des Moines, Iowa 50310 ("Seller"), and Sam Lee ("Athlete"). '
)
RIDER = (
    "2. Grant\n2.1 The Model irrevocably grants the Company the right to use the photographs.\n"
    "5. AI Rider\n5.1 The Company may create a Digital Replica of the Model.\n"
)

# Phenomena met in the blind `fresh` split (issue 3): for each a sentence it must catch and a
# sentence that looks alike and must not, as (phenomenon, text, requirement, status).
GENERALISATION_CASES = [
    # two negations across a relative clause cancel out
    (
        "double negation",
        SELLER + "Seller will not publish any item that Athlete has not approved in writing.",
        "consent",
        "present",
    ),
    (
        "double negation",
        SELLER + "Seller may publish any item that Athlete has not approved in writing.",
        "consent",
        "missing",
    ),
    # a negation inside brackets does not reach outside them
    (
        "parenthetical negation",
        AI + "Tick each use (leave it blank if you do not agree) to give your prior written "
        "consent.",
        "consent",
        "present",
    ),
    (
        "parenthetical negation",
        AI + "The Company may use it (in any campaign) without the Model's prior written consent.",
        "consent",
        "missing",
    ),
    # "X does not require payment" negates the payment, not X
    (
        "active require",
        AI + "The Model may revoke this consent at any time. Revocation does not require any "
        "payment by the Model.",
        "revocation",
        "present",
    ),
    ("active require", AI + "The Model may not revoke this consent.", "revocation", "missing"),
    # a word quoted to talk about it is mentioned, not used; a rider that says it prevails wins
    (
        "mention and override",
        RIDER + '5.2 Notwithstanding the word "irrevocably" in clause 2, the Model may revoke '
        "consent to the Digital Replica at any time on written notice.",
        "revocation",
        "present",
    ),
    (
        "mention and override",
        RIDER + "5.2 The Model may revoke consent to the Digital Replica at any time on written "
        "notice.",
        "revocation",
        "weak",
    ),
    # "no further consent" takes away the consent to each use that a grant does not give
    (
        "no further consent",
        AI + "The Model consents to the creation of the Digital Replica. No further consent of "
        "the Model shall be required for any use of it.",
        "consent",
        "missing",
    ),
    (
        "no further consent",
        AI + "The Model consents to the creation of the Digital Replica. Each use of it requires "
        "the Model's prior written consent.",
        "consent",
        "present",
    ),
    (
        "consents given",
        AI + "The fee covers all rights assigned and consents given under this Agreement. The "
        "Company need not obtain the Model's consent for any use of the Digital Replica.",
        "consent",
        "missing",
    ),
    (
        "estate consent",
        AI + "The Company need not obtain the Model's consent for any use of the Digital Replica. "
        "After the Model's death, no new use may be made without the prior written consent of "
        "the Model's estate.",
        "consent",
        "missing",
    ),
    # opt-out and conduct are deemed consent
    (
        "opt-out",
        AI + "Unless the Model ticks the opt-out box, the Company may use the Digital Replica in "
        "future campaigns.",
        "consent",
        "weak",
    ),
    (
        "opt-out",
        AI + "The Model may opt in to each use of the Digital Replica separately.",
        "consent",
        "present",
    ),
    (
        "deemed by conduct",
        "By registering for and entering the Summit, you consent to being photographed and to "
        "the use of the photographs on our website.",
        "consent",
        "weak",
    ),
    (
        "deemed by conduct",
        "By signing this release, I consent to the use of the photographs in the spring catalogue.",
        "consent",
        "present",
    ),
    # a grant is blanket when the release gives it for any purpose, or irrevocably
    (
        "blanket grant",
        RELEASE + "I consent to the Photographer using the photographs as set out in this "
        "release. The photographs may be used for any purpose whatsoever.",
        "consent",
        "weak",
    ),
    (
        "blanket grant",
        RELEASE + "I consent to the Photographer using the photographs as set out in this "
        "release. The photographs may be used only in the 2026 spring catalogue.",
        "consent",
        "present",
    ),
    (
        "irrevocable grant",
        RELEASE + "I irrevocably consent to the Photographer filming me for the documentary.",
        "consent",
        "weak",
    ),
    (
        "irrevocable grant",
        RELEASE + "I consent to the Photographer filming me for the documentary.",
        "consent",
        "present",
    ),
    # the person's discretion to withhold approval is a strong consent, not an optional one
    (
        "discretion to withhold",
        AI + "Each use of the Digital Replica needs the Model's written approval, which the Model "
        "may withhold in its sole discretion.",
        "consent",
        "present",
    ),
    # pay: negotiated later, folded into another fee, or who pays whom
    (
        "good-faith fee",
        AI + "For each use of the Digital Replica the Company shall pay the Model a fee to be "
        "negotiated in good faith.",
        "compensation",
        "weak",
    ),
    (
        "good-faith fee",
        AI + "For each use of the Digital Replica the Company shall pay the Model USD 900.",
        "compensation",
        "present",
    ),
    (
        "included in another fee",
        AI + "Use of the Digital Replica is included in the Model's usage fee for the booking, "
        "without any separate fee.",
        "compensation",
        "weak",
    ),
    (
        "payment direction",
        AI + "For each use of the Digital Replica the Company shall pay the Model USD 900. No fee "
        "or penalty is payable by the Model on withdrawal.",
        "compensation",
        "present",
    ),
    (
        "payment direction",
        AI + "No fee is payable to the Model for the Digital Replica.",
        "compensation",
        "missing",
    ),
    (
        "nominal recital",
        RELEASE + "For value received, the receipt and sufficiency of which I acknowledge, I "
        "consent to the Photographer using my portrait in the 2026 catalogue.",
        "compensation",
        "weak",
    ),
    (
        "in kind",
        RELEASE + "In return for taking part, you receive a cut and colour free of charge "
        "(normal salon value about EUR 180).",
        "compensation",
        "weak",
    ),
    (
        "in kind",
        RELEASE + "The Photographer shall pay you EUR 180 for taking part.",
        "compensation",
        "present",
    ),
    # revocation: proportionate refunds and future uses are not heavy; lock-ins and breach
    # remedies are not a free withdrawal
    (
        "pro-rata refund",
        AI + "The Model may withdraw consent at any time on 30 days' notice, and then refunds the "
        "unexpired part of the usage fee.",
        "revocation",
        "present",
    ),
    (
        "pro-rata refund",
        AI + "The Model may withdraw consent only if the Model refunds the whole usage fee.",
        "revocation",
        "weak",
    ),
    (
        "future uses",
        AI + "The Model may revoke consent to any use of the Digital Replica that has not yet "
        "been first published.",
        "revocation",
        "present",
    ),
    (
        "future uses",
        AI + "The Model may revoke consent to the Digital Replica only before it is first "
        "published.",
        "revocation",
        "weak",
    ),
    (
        "lock-in",
        AI + "After the Initial Period, the Model may terminate this licence on written notice.",
        "revocation",
        "weak",
    ),
    (
        "breach remedy",
        AI + "The Model may terminate this Agreement if the Company fails to pay any fee.",
        "revocation",
        "missing",
    ),
    (
        "require to stop",
        AI + "The Model may, by written notice, require the Company to stop using the Digital "
        "Replica.",
        "revocation",
        "present",
    ),
    (
        "require to stop",
        AI + "The Company may, by written notice, require the Model to stop posting.",
        "revocation",
        "missing",
    ),
    (
        "cannot be withdrawn",
        RELEASE + "I consent to the Photographer using my portrait. Once signed, this release "
        "cannot be withdrawn.",
        "revocation",
        "missing",
    ),
    # deemed consent is a grant by conduct: an express "no further consent" still takes it away
    (
        "deemed and no further consent",
        "By continuing your employment, you agree that the Company may photograph you for its "
        "advertising. No further consent of yours is required for any such use.",
        "consent",
        "missing",
    ),
    (
        "deemed and no further consent",
        "By continuing your employment, you agree that the Company may photograph you for its "
        "advertising.",
        "consent",
        "weak",
    ),
    # "does not constitute consent" keeps consent necessary; it does not negate it
    (
        "does not constitute consent",
        AI + "The Company shall not use the Digital Replica until the Model has signed the "
        "Replica Consent. Signature of this Agreement alone does not constitute that consent.",
        "consent",
        "present",
    ),
    (
        "does not constitute consent",
        AI + "The Company may use the Digital Replica without the Model's consent.",
        "consent",
        "missing",
    ),
    # "X agrees that the Company may use ..." is a grant; "prior written agreement" is consent
    (
        "agreement wording",
        RELEASE + "I agree that the Photographer may use the photographs only in the 2026 "
        "catalogue.",
        "consent",
        "present",
    ),
    (
        "agreement wording",
        RELEASE + "The photographs shall not be used for any other product without my prior "
        "written agreement.",
        "consent",
        "present",
    ),
    (
        "agreement wording",
        RELEASE + "The Photographer agrees that the photographs may be stored for a year.",
        "consent",
        "missing",
    ),
    # a termination for the other's breach or insolvency is a remedy, not a withdrawal
    (
        "breach remedy",
        AI + "The Company may end this agreement if the Model fails to attend booked sessions.",
        "revocation",
        "missing",
    ),
    (
        "breach remedy",
        AI + "Either party may terminate this Agreement if the other party becomes insolvent.",
        "revocation",
        "missing",
    ),
    (
        "breach remedy",
        AI + "Either party may terminate this Agreement on 30 days' written notice.",
        "revocation",
        "present",
    ),
    # a take-down the other side only tries to carry out; a revocation cut off at production
    (
        "best effort",
        AI + "You may ask us to take down the Digital Replica from our own feeds. We will try to "
        "do so within seven days.",
        "revocation",
        "weak",
    ),
    (
        "best effort",
        AI + "You may ask us to take down the Digital Replica from our own feeds, and we will do "
        "so within seven days.",
        "revocation",
        "present",
    ),
    (
        "production lock-in",
        AI + "The Model may revoke consent as to any use of the Digital Replica that has not "
        "entered production.",
        "revocation",
        "weak",
    ),
    # replica rights that survive withdrawal or termination undermine the withdrawal
    (
        "surviving rights",
        AI + "The Model may revoke consent at any time. Licences of the Digital Replica granted "
        "to customers survive any withdrawal.",
        "revocation",
        "weak",
    ),
    (
        "surviving rights",
        AI + "The Model may revoke consent at any time. Clause 9 (confidentiality) survives "
        "termination.",
        "revocation",
        "present",
    ),
    (
        "surviving rights",
        AI + "The rights in the Digital Replica survive termination of this Agreement.",
        "revocation",
        "missing",
    ),
    # parties described in the preamble, not only named right before the bracket
    (
        "parties in the preamble",
        SELLER + "Athlete licenses Athlete's likeness to Seller. Seller may terminate this "
        "Agreement at any time.",
        "revocation",
        "weak",
    ),
    (
        "parties in the preamble",
        SELLER + "Athlete licenses Athlete's likeness to Seller. Athlete may terminate this "
        "Agreement at any time.",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), GENERALISATION_CASES)
def test_generalisation_phenomenon_decides_status(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon



@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("The Agency may use AI to modify the Model's image.", True),
        ('One post will show the Athlete trying the Dealer\'s "SmartTrade AI" estimator.', False),
        ("Sessions on the AI Stage and the Generative AI Masterclass are live-streamed.", False),
        (
            "The Narrator knows the book discusses the history of AI and machine learning, and "
            "will read it in a neutral voice.",
            False,
        ),
        ("The Studio may use machine learning to alter the Narrator's voice.", True),
    ],
)
def test_ai_inside_a_name_is_not_ai_likeness(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        (RELEASE + "This release is irrevocable.", True),
        (RELEASE + "Once signed, this release cannot be withdrawn.", False),
    ],
)
def test_irrevocable_flag_needs_the_word(pipeline: Pipeline, text: str, flagged: bool) -> None:
    flags = {flag.id for flag in report_of(pipeline, text).red_flags}
    assert ("irrevocable" in flags) is flagged


@pytest.mark.parametrize(
    ("phenomenon", "text", "flag", "flagged"),
    [
        # building a voice model from recordings is training, without the word "train"
        (
            "training without the word",
            AI + "The Studio creates a synthetic voice model from the Model's recordings.",
            "ai_training_use",
            True,
        ),
        (
            "training without the word",
            AI + "The Company will create digital replicas of the Model from a body scan.",
            "ai_training_use",
            False,
        ),
        # "provide" (a verb) does not end a negation the way "provided that" does
        (
            "provided as a verb",
            AI + "We use the photographs you provide to train AI models.",
            "ai_training_use",
            True,
        ),
        (
            "provided as a verb",
            AI + "We do not use the photographs you provide to train AI models.",
            "ai_training_use",
            False,
        ),
        # a negation inside an "if ..." clause closed by a comma does not reach the main clause
        (
            "conditional clause",
            AI + "If the Model does not wish to take part, the Model should tick the opt-out box.",
            "deemed_consent",
            True,
        ),
        (
            "conditional clause",
            AI + "The Model will not be asked to tick any opt-out box.",
            "deemed_consent",
            False,
        ),
        # a definition listing kinds of fees is not a buyout
        (
            "definition of fees",
            '"Gross Fees" means all fees, usage fees, buyout fees and overtime payable by a Client '
            "for the use of the Model's images.",
            "no_further_compensation",
            False,
        ),
        (
            "definition of fees",
            "The fee is a full buyout of all rights in the Model's images, and no further "
            "compensation is payable for any use.",
            "no_further_compensation",
            True,
        ),
        # a buyout alone prices the uses once (compensation weak); it does not itself say that
        # nothing more is paid, which is what the flag names (the label criteria in samples/)
        (
            "definition of fees",
            "The fee is a full buyout of all rights in the Model's images.",
            "no_further_compensation",
            False,
        ),
        # "non-transferable" is the opposite of "transferable"; "or otherwise" does not end "not"
        (
            "transfer",
            SELLER + "Athlete grants Seller a non-exclusive, non-transferable licence to use "
            "Athlete's likeness.",
            "third_party_transfer",
            False,
        ),
        (
            "transfer",
            "You grant us a transferable licence to use your likeness.",
            "third_party_transfer",
            True,
        ),
        (
            "transfer",
            SELLER + "Seller may not sublicense, assign or otherwise transfer the licence of "
            "Athlete's likeness to any other person.",
            "third_party_transfer",
            False,
        ),
        # the grantee, not the grantor, holds the right granted
        (
            "grantee holds the right",
            RELEASE + "I grant the Photographer the right to use, publish, sell and license the "
            "photographs.",
            "third_party_transfer",
            True,
        ),
        (
            "passing on",
            "The Producer may license the Recording of the Artist's performance to cinema "
            "distributors.",
            "third_party_transfer",
            True,
        ),
        (
            "passing on",
            "We may share a selection of Images of you with the headline sponsors.",
            "third_party_transfer",
            True,
        ),
        (
            "passing on",
            "We will not share the Images of you with our sponsors.",
            "third_party_transfer",
            False,
        ),
        # heirs: a release that binds them, not an estate that acts for the person
        (
            "heirs",
            RELEASE + "This release binds my heirs, executors and administrators.",
            "binding_on_heirs",
            True,
        ),
        (
            "heirs",
            AI + "If the Model dies, the Model's estate may exercise the Model's right of "
            "withdrawal.",
            "binding_on_heirs",
            False,
        ),
        # all media "now known or later developed"; any purpose as a grant, not as a limit
        (
            "all media",
            "The Images may be used in any media now known or later developed.",
            "all_media",
            True,
        ),
        (
            "all media",
            "The Team may use the footage of the Player in any media during the Term.",
            "all_media",
            False,
        ),
        (
            "any purpose",
            "The Company may use the photographs of you for any lawful business purpose.",
            "any_purpose",
            True,
        ),
        (
            "any purpose",
            "If we want to use your images for any purpose not described in this notice, we will "
            "ask for your consent first.",
            "any_purpose",
            False,
        ),
        # appointing the agency as attorney
        (
            "attorney",
            "The Model appoints the Agency as the Model's attorney to sign releases for the "
            "Model's images.",
            "power_of_attorney",
            True,
        ),
        ("attorney", "The Model signs each release personally.", "power_of_attorney", False),
        # alteration: a free hand, not narrow technical edits
        (
            "alteration",
            "The Brand may edit, modify and recut the videos of the Influencer as it sees fit.",
            "alteration",
            True,
        ),
        (
            "alteration",
            "The Producer may edit the Recording for timing, but will not change the substance of "
            "the Artist's performance.",
            "alteration",
            False,
        ),
        # "will not receive any fee" is unpaid, unless only until something happens
        (
            "not paid",
            RELEASE + "I will not receive any fee, royalty or other payment for any use of the "
            "Images.",
            "no_further_compensation",
            True,
        ),
        (
            "not paid",
            RELEASE + "I will not receive the usage fee until the Images are first published.",
            "no_further_compensation",
            False,
        ),
    ],
)
def test_generalisation_phenomenon_decides_flag(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, flagged: bool
) -> None:
    flags = {found.id for found in report_of(pipeline, text).red_flags}
    assert (flag in flags) is flagged, phenomenon
