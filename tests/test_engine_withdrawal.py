"""Withdrawal, lock-ins, removals of consent and AI as a mere topic (the fresh3 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract: a termination right that
answers the other side's breach is a remedy, not a withdrawal; a request the other side only has
to "consider in good faith" is a weak revocation; "cannot be withdrawn ..., except that the Model
may withdraw ... if she repays the fee" is withdrawal under a heavy condition; a consent word that
is itself withdrawn ("this permission cannot be withdrawn", "a withdrawal by the Model of a signed
Consent Form") speaks to revocation, not consent; a negation in the main clause does not reach a
non-defining relative clause (", which cannot be withdrawn"); consent deemed from entering a
filming area next to "no separate consent is required" is no consent; goods given free of charge
are a perk, not unpaid use; AI as a subject a photo may illustrate is not AI use of the person.
Each case is a realistic sentence that must reach a status and a look-alike that must not, as
(phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, assert_flag, report_of

from analyser.pipeline import Pipeline

CASES = [
    # termination for the other side's breach or insolvency is a remedy, not a withdrawal
    (
        "breach remedy",
        "3.1 The Ambassador grants the Sponsor the right to use her name and image in the 2026 "
        "campaign.\n13.1 The Ambassador may terminate this agreement by written notice with "
        "immediate effect if the Sponsor:\n(a) fails to pay any sum due; or\n(b) becomes "
        "insolvent.\n",
        "revocation",
        "missing",
    ),
    (
        "breach remedy",
        "3.1 The Ambassador grants the Sponsor the right to use her name and image in the 2026 "
        "campaign.\n13.1 The Ambassador may terminate this agreement at any time by 30 days' "
        "written notice.\n",
        "revocation",
        "present",
    ),
    # the other side's termination for the person's breach does not make revocation weak
    (
        "other side's breach remedy",
        "3.1 The Ambassador grants the Sponsor the right to use her name and image in the 2026 "
        "campaign.\n13.2 The Sponsor may terminate this agreement with immediate effect if the "
        "Ambassador commits a material breach of it.\n",
        "revocation",
        "missing",
    ),
    (
        "other side's breach remedy",
        "3.1 The Ambassador grants the Sponsor the right to use her name and image in the 2026 "
        "campaign.\n13.2 The Sponsor may terminate this agreement at any time.\n",
        "revocation",
        "weak",
    ),
    # a request the other side only considers or discusses in good faith
    (
        "request considered",
        AI + "3.5 You may ask the Studio in writing not to convert your voice for future "
        "productions. The Studio will consider any such request in good faith, taking into "
        "account its commitments to the platform.\n",
        "revocation",
        "weak",
    ),
    (
        "request considered",
        AI + "3.5 You may ask the Studio in writing to stop converting your voice for future "
        "productions, and the Studio shall stop within 30 days.\n",
        "revocation",
        "present",
    ),
    (
        "consult in good faith",
        "9.1 If the Model considers that the use of the Visuals harms her reputation, she may "
        "request the Company to discontinue their use, and the Company and the Model shall "
        "consult in good faith on whether and when the use is to be discontinued.\n",
        "revocation",
        "weak",
    ),
    (
        "consult in good faith",
        "9.1 The Model may request the Company to discontinue the use of the Visuals at any "
        "time, and the Company shall do so within 14 days.\n",
        "revocation",
        "present",
    ),
    # asking a named party to retire the replica, only after a minimum period
    (
        "ask a named party",
        AI + "6.2 After the initial period the Model may ask Brightvale to retire the Digital "
        "Replica by giving six (6) months' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "ask a named party",
        AI + "6.2 The Model may ask Brightvale to retire the Digital Replica at any time by "
        "written notice.\n",
        "revocation",
        "present",
    ),
    # "cannot be withdrawn ..., except that the Model may withdraw ... if she repays the fee"
    (
        "lock-in with a paid exit",
        "3.1 Usage granted under this booking cannot be withdrawn during the usage period, "
        "except that the Model may withdraw the usage for future publication on three months' "
        "notice if she repays to the Client the full fee received for the booking.\n",
        "revocation",
        "weak",
    ),
    (
        "lock-in with a paid exit",
        "3.1 Usage granted under this booking cannot be withdrawn during the usage period.\n",
        "revocation",
        "missing",
    ),
    # leaving a programme at will ends the use
    (
        "leave the programme",
        AI + "F.1 You may leave the programme at any time, for any reason, by e-mailing us.\n",
        "revocation",
        "present",
    ),
    (
        "leave the programme",
        AI + "F.1 You may leave the set at any time during breaks.\n",
        "revocation",
        "missing",
    ),
    # withdrawing consent to marketing e-mails is not withdrawing the grant; ", which cannot be
    # withdrawn" is not negated by the main clause's "does not affect"
    (
        "data consent only",
        RELEASE + "2.1 I grant the Photographer the right to use photographs of me in its stock "
        "library.\n5.2 I may withdraw my consent to the processing of my contact details for "
        "marketing purposes at any time. A withdrawal under this clause does not affect the "
        "grant in clause 2, which cannot be withdrawn.\n",
        "revocation",
        "missing",
    ),
    (
        "data consent only",
        RELEASE + "2.1 I grant the Photographer the right to use photographs of me in its stock "
        "library.\n5.2 I may withdraw my consent to the use of my photographs at any time by "
        "written notice.\n",
        "revocation",
        "present",
    ),
    # a consent word that is itself what cannot be withdrawn speaks to revocation
    (
        "withdrawn consent",
        "By entering any filming area you are deemed to grant the Producer the rights described "
        "below. No separate consent from you is required for the Producer to film you. This "
        "permission cannot be withdrawn once you have entered a filming area.\n",
        "consent",
        "missing",
    ),
    (
        "withdrawn consent",
        "By entering any filming area you are deemed to grant the Producer the rights described "
        "below. This permission cannot be withdrawn once you have entered a filming area.\n",
        "consent",
        "weak",
    ),
    (
        "lock-in is not a consent",
        AI + "8.1 No Digital Replica shall be used except under a Replica Consent Form signed by "
        "the Model personally.\n8.5 Notwithstanding clause 8.4, a withdrawal by the Model of a "
        "signed Replica Consent Form shall not take effect until the end of the Lock-in Period.\n",
        "consent",
        "present",
    ),
    (
        "lock-in is not a consent",
        AI + "8.1 No Digital Replica shall be used except under a Replica Consent Form signed by "
        "the Model personally, save as set out in Schedule 3.\n",
        "consent",
        "weak",
    ),
    # a grant with the grantee, then the term between commas, then the right
    (
        "grant to, during, the right",
        "3.1 The Ambassador grants to the Sponsor and each member of its Group, during the Term, "
        "the exclusive right to use the Ambassador's name and image for any commercial purpose "
        "whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "grant to, during, the right",
        "3.1 The Sponsor may use the Ambassador's name and image.\n",
        "consent",
        "missing",
    ),
    # a use beyond the listed ones needs a new agreement with the person
    (
        "separate agreement",
        "3.1 The Company may use the Visuals only in the media listed in Schedule 1.\n3.2 The "
        "Company shall not use the Visuals in any other medium without a separate written "
        "agreement with the Agency and the Model.\n",
        "consent",
        "present",
    ),
    (
        "separate agreement",
        "3.1 The Company may use the Visuals only in the media listed in Schedule 1.\n3.2 No "
        "separate agreement is needed for the Company to use the Visuals in any other medium.\n",
        "consent",
        "missing",
    ),
    # goods given to the person free of charge are a perk beside a real fee
    (
        "perk free of charge",
        "6.1 The Sponsor shall pay the Ambassador an annual retainer of GBP 85,000.\n7.2 The "
        "Sponsor shall provide the Ambassador, free of charge for the Term, with home insurance "
        "cover.\n",
        "compensation",
        "present",
    ),
    (
        "perk free of charge",
        "6.1 The Sponsor shall pay the Ambassador an annual retainer of GBP 85,000.\n7.2 The "
        "Sponsor may use the Ambassador's image in its archive free of charge after the Term.\n",
        "compensation",
        "weak",
    ),
    # amounts in zloty (and other currencies) are stated pay
    (
        "currency",
        AI + "4.4 The Studio shall pay the Model PLN 12 net for each Synthetic Line included in a "
        "released build.\n",
        "compensation",
        "present",
    ),
    (
        "currency",
        AI + "4.4 The Model will not be paid for any Synthetic Line.\n",
        "compensation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_withdrawal_and_consent_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


@pytest.mark.parametrize(
    ("text", "ai"),
    [
        # AI as a subject the photos may illustrate is not AI use of the person
        (
            RELEASE + "2.3 The photographs of me may be used to illustrate any subject, "
            "including technology (for example, articles about artificial intelligence).\n",
            False,
        ),
        (
            RELEASE + "2.3 The Photographer may use artificial intelligence to alter the "
            "photographs of me.\n",
            True,
        ),
        # models trained with the person's recordings are AI use of the person
        (
            "6.2 After a withdrawal we delete your recordings. Models that were already trained "
            "with your recordings before the withdrawal will not be retrained.\n",
            True,
        ),
        (
            "6.2 After a withdrawal we delete your recordings. The Model has trained with the "
            "Agency's runway coach using video recordings of past shows.\n",
            False,
        ),
    ],
)
def test_ai_only_when_it_is_about_the_person(pipeline: Pipeline, text: str, ai: bool) -> None:
    assert report_of(pipeline, text).ai_addressed is ai


def test_withdrawal_for_all_purposes_is_not_a_blanket_grant(pipeline: Pipeline) -> None:
    flagged = "The Company may use the recordings for any purpose.\n"
    withdrawal = (
        "You may withdraw your consent at any time, for all purposes or for Purpose B only.\n"
    )
    assert "any_purpose" in {f.id for f in report_of(pipeline, flagged).red_flags}
    assert "any_purpose" not in {f.id for f in report_of(pipeline, withdrawal).red_flags}


FLAG_CASES = [
    # "require each Client not to assign": the "not" governs the infinitive
    (
        "not to",
        "8.9 The Agency shall require each Client not to assign or sublicense the Digital "
        "Replica to any other person.\n",
        "third_party_transfer",
        False,
    ),
    (
        "not to",
        "8.9 The Agency shall require each Client to sublicense the Digital Replica to its "
        "media partners.\n",
        "third_party_transfer",
        True,
    ),
    # "prohibits ... from using ... to train"
    (
        "prohibits",
        "8.3 Each Client agreement shall prohibit the Client from using the Model's scan data "
        "or voice recordings to train any artificial intelligence model.\n",
        "ai_training_use",
        False,
    ),
    (
        "prohibits",
        "8.3 Each Client may use the Model's scan data or voice recordings to train any "
        "artificial intelligence model.\n",
        "ai_training_use",
        True,
    ),
    # training allowed by an exception to a prohibition
    (
        "except to create",
        "7.1 The Producer shall not use the Artist's recordings to train any artificial "
        "intelligence model, except to create the Digital Replica.\n",
        "ai_training_use",
        True,
    ),
    (
        "except to create",
        "7.1 The Producer shall not use the Artist's recordings to train any artificial "
        "intelligence model.\n",
        "ai_training_use",
        False,
    ),
    # "without limitation in time" is perpetual
    (
        "perpetual by meaning",
        "3.1 The Performer transfers to the Studio the economic rights in the Recordings "
        "throughout the world and without limitation in time.\n",
        "perpetual",
        True,
    ),
    (
        "perpetual by meaning",
        "3.1 The Performer licenses the Recordings to the Studio for ten years without any "
        "limitation on the media.\n",
        "perpetual",
        False,
    ),
    # a definition and composite cards are not alterations; a grant to alter is
    (
        "alteration",
        '1.3 "Digital Replica" means any computer-generated or AI-altered representation of the '
        "Model's face or voice.\n7.1 The Agency may show the Model's photographs on its "
        "composite cards.\n",
        "alteration",
        False,
    ),
    (
        "alteration",
        "7.1 The Agency may alter, composite or distort the Model's photographs.\n",
        "alteration",
        True,
    ),
    # executors who grant the licence, or may ask for withdrawal, are not heirs bound by it
    (
        "executors",
        "This Deed is made between Jane Doe, as executor of the estate of the late Mary Doe, and "
        "the Museum, which may use Mary Doe's recorded voice in the exhibition.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "executors",
        "This release binds me, my heirs and executors, and the Museum may use my recorded "
        "voice in the exhibition.\n",
        "binding_on_heirs",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_red_flags_read_in_their_sentence(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
