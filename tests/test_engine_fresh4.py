"""Costs, third parties, negation scope and run-in headings (the fresh4 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract: a removal "at no cost to
you" or a service given "free of charge to any performer" is a cost the person does not bear, not
unpaid use; an "unpaid amount" that bears interest is a late payment; consent a family or estate
gives after death is not the person's consent; "you can remain a member without giving this
consent" makes consent optional for the person, it does not take it away; a parent consenting "on
behalf of the Child" is a third party's consent, while a lawyer who negotiated "on her behalf" only
represents her; a power of attorney that is "never sufficient" protects the person; routine visual
effects work (colour grading, wire removal) needing no consent does not remove consent to replica
uses; "tell us and we will take it down" is a withdrawal right; "liable for the damages" is a heavy
condition on it; licences that "continue in perpetuity" after withdrawal undermine it; a
negation inside the subject ("any speech that the Participant has not recorded, requires her
consent") does not reach the main verb. Each case is a realistic sentence that must reach a status
and a look-alike that must not, as (phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, report_of

from analyser.pipeline import Pipeline

GRANT = (
    "2.1 The Model grants the Client the right to use the Photographs on its website for "
    "12 months. "
)



CASES = [
    # a cost the person does not bear is not unpaid use
    (
        "cost to the person",
        GRANT + "The Client shall pay the Model a fee of USD 900 for the shoot.\n"
        "6. If you would like a Photograph taken down, tell the Client and it will remove it "
        "within five days at no cost to you.\n",
        "compensation",
        "present",
    ),
    (
        "cost to the person",
        GRANT + "The Client shall pay the Model a fee of USD 900 for the shoot.\n"
        "6. The Client may use the Photographs in its catalogue at no cost.\n",
        "compensation",
        "weak",
    ),
    (
        "service free of charge to the person",
        AI + "4.1 The Company shall pay the Model EUR 2,000 per month of use.\n"
        "9.2 The union shall give a contract review free of charge to any performer it "
        "represents.\n",
        "compensation",
        "present",
    ),
    (
        "service free of charge to the person",
        AI + "4.1 The Company may use the Digital Replica free of charge.\n",
        "compensation",
        "missing",
    ),
    (
        "late payment",
        AI + "7.1 The Company shall pay the Model USD 1,500 for each use of the Digital Replica.\n"
        "14.2 If the Company fails to pay any amount when due, the unpaid amount shall bear "
        "interest at 1% per month.\n",
        "compensation",
        "present",
    ),
    (
        "late payment",
        AI + "7.1 The Model's appearance in the Digital Replica is unpaid.\n",
        "compensation",
        "missing",
    ),
    # currencies beyond the usual few
    (
        "amount in pesos",
        GRANT + "3. Fee: ARS 850,000 for the shoot day, payable within 30 days.\n",
        "compensation",
        "present",
    ),
    (
        "amount in pesos",
        GRANT + "3. Fee: a fee to be agreed between the parties.\n",
        "compensation",
        "weak",
    ),
    # consent given after death by the family or the estate is not the person's consent
    (
        "family consent after death",
        AI + "4.2 The consent of the Model is not required for any use of the Digital Replica.\n"
        "8.3 If the Model dies, the Digital Replica shall not be used again unless the Model's "
        "family agrees otherwise in writing.\n",
        "consent",
        "missing",
    ),
    (
        "family consent after death",
        AI + "4.2 The Digital Replica shall not be used without the Model's prior written "
        "consent.\n",
        "consent",
        "present",
    ),
    # consent that the person may refuse without consequence is optional, not removed
    (
        "without giving this consent",
        AI + "2.1 The Company shall not create the Digital Replica without the Model's separate "
        "signed consent. The Model can keep the booking without giving this consent.\n",
        "consent",
        "present",
    ),
    (
        "without giving this consent",
        AI + "2.1 The Company may create the Digital Replica without the Model's consent.\n",
        "consent",
        "missing",
    ),
    # a parent consents for a child: a third party's consent
    (
        "guardian on behalf",
        RELEASE.replace("Sam Lee", "Ada Obi, parent of Tolu Obi") + "1.1 I consent on behalf of "
        "my son to the filming of his image and voice for the Series only. Any other use requires "
        "my prior written consent.\n",
        "consent",
        "weak",
    ),
    # counsel who negotiated for the person only represent her
    (
        "counsel on behalf",
        AI + "2.1 The Company shall not use the Digital Replica without the Model's prior written "
        "consent to each use.\n19. The Model confirms that clause 2 was negotiated on her behalf "
        "by her lawyer.\n",
        "consent",
        "present",
    ),
    (
        "counsel on behalf",
        AI + "2.1 The Company shall not use the Digital Replica without the Model's prior written "
        "consent to each use.\n2.2 The Agency may give that consent on the Model's behalf.\n",
        "consent",
        "weak",
    ),
    # a power of attorney that never counts on its own protects the person
    (
        "insufficient power of attorney",
        AI + "2.1 The Digital Replica may be used only with the Model's prior written consent. A "
        "consent signed under a power of attorney is valid only if the Model has also "
        "countersigned it.\n",
        "consent",
        "present",
    ),
    (
        "insufficient power of attorney",
        AI + "2.1 The Digital Replica may be used only with the Model's prior written consent. "
        "The Model grants the Agency a power of attorney to give that consent for her.\n",
        "consent",
        "weak",
    ),
    # routine visual effects work needing no consent does not remove consent to replica uses
    (
        "routine VFX edits",
        AI + "2.1 The Company shall not use the Digital Replica without the Model's prior written "
        "consent. No consent is required for colour grading, wire removal or the correction of "
        "continuity errors.\n",
        "consent",
        "present",
    ),
    (
        "routine VFX edits",
        AI + "2.1 The Company shall not use the Digital Replica without the Model's prior written "
        "consent. No consent is required for new scenes created with the Digital Replica.\n",
        "consent",
        "weak",
    ),
    # the negation of a relative clause inside the subject does not reach the main verb
    (
        "negation inside the subject",
        AI + "2.3 Any other use, or any line that the Model has not recorded, requires her prior "
        "written consent.\n",
        "consent",
        "present",
    ),
    (
        "negation inside the subject",
        AI + "2.3 The Company shall not, without the Model's prior written consent, use the "
        "Digital Replica for any other campaign.\n",
        "consent",
        "present",
    ),
    (
        "negation inside the subject",
        AI + "2.3 Any other use of the Digital Replica does not require the Model's consent.\n",
        "consent",
        "missing",
    ),
    # telling the other side to take material down is a withdrawal right
    (
        "tell us and we take it down",
        GRANT + "6. If you no longer want a picture to appear on our website, just e-mail us and "
        "we will remove it within a week.\n",
        "revocation",
        "present",
    ),
    (
        "tell us and we take it down",
        GRANT + "6. Please tell us of any change to your address and we will update our "
        "records.\n",
        "revocation",
        "missing",
    ),
    (
        "removal request window",
        RELEASE + "4. If you want to be removed from the published footage, e-mail us within "
        "fourteen (14) days after the last day of the event.\n",
        "revocation",
        "weak",
    ),
    # delisting is leaving; licences that continue in perpetuity after it undermine it
    (
        "delisting",
        AI + "5.1 You may delist your voice at any time in your dashboard.\n",
        "revocation",
        "present",
    ),
    (
        "delisting with perpetual licences",
        AI + "5.1 You may delist your voice at any time in your dashboard. Licences sold before "
        "you delist continue in perpetuity.\n",
        "revocation",
        "weak",
    ),
    # liability for the other side's damages is a heavy condition on withdrawal
    (
        "liable for damages",
        AI + "6.1 The Model may revoke this consent by written notice, and shall be liable for "
        "the damages the Company suffers as a result.\n",
        "revocation",
        "weak",
    ),
    (
        "liable for damages",
        AI + "6.1 The Model may revoke this consent by written notice at any time.\n",
        "revocation",
        "present",
    ),
    # a representation that powers have not been revoked is not about the person's consent
    (
        "powers not revoked",
        GRANT + "\n9. The Client's representative has powers to sign this agreement, which have "
        "not been revoked or limited.\n",
        "revocation",
        "missing",
    ),
    # a negation after the hit stops at ", and": a loan-out's consent for the person is weak
    (
        "post-negation scope",
        AI + "2.2 The Lender may give all consents on the Artist's behalf, and the Company shall "
        "not be required to obtain any separate consent from the Artist.\n",
        "consent",
        "weak",
    ),
    (
        "post-negation scope",
        AI + "2.2 The Company shall not be required to obtain any separate consent from the "
        "Artist.\n",
        "consent",
        "missing",
    ),
    (
        "post-negation scope",
        AI + "Separate consent of the Model: not required.\n",
        "consent",
        "missing",
    ),
    # a request the other side may turn down is not a right to stop
    (
        "request that may be declined",
        AI + "8.1 The Presenter may ask the Head of Brand Communications to retire the avatar. "
        "The Head of Brand Communications will consider the request and may decline it.\n",
        "revocation",
        "weak",
    ),
    (
        "request that may be declined",
        AI + "8.1 The Presenter may ask the Head of Brand Communications to retire the avatar, "
        "and the avatar will be retired within 14 days.\n",
        "revocation",
        "present",
    ),
    # a fee to be agreed for uses that also need the person's agreement is not an unstated fee
    (
        "further uses on agreement and fee",
        GRANT + "The Client shall pay the Model GBP 900 for the shoot day. Any other use needs "
        "your written agreement and an additional fee to be agreed with your agent.\n",
        "compensation",
        "present",
    ),
    (
        "further uses on agreement and fee",
        GRANT + "The fee for the shoot day is to be agreed with your agent.\n",
        "compensation",
        "weak",
    ),
    # a feature the contract defines by AI words is AI wherever it is named
    (
        "feature defined as AI",
        '1.2 "Voice Notes" means short audio messages generated by a voice model of the '
        "Creator.\n7.1 For each Voice Note sold, the Creator receives a share at the rate shown "
        "in the dashboard. We may change the rate on 15 days' notice.\n7.2 No remuneration is "
        "payable to the Creator for the creation of the voice model.\n",
        "compensation",
        "weak",
    ),
    (
        "feature defined as AI",
        '1.2 "Voice Notes" means short audio messages recorded by the Creator.\n'
        "7.1 The Company may create a voice model of the Creator. No remuneration is payable to "
        "the Creator for the creation of the voice model.\n",
        "compensation",
        "missing",
    ),
    # a review of scenes the other side considers in good faith is not a withdrawal right
    (
        "request considered beside a withdrawal right",
        AI + "6.1 The Model may withdraw consent to future uses at any time by written notice.\n"
        "11.2 The Model may request changes to a scene. The Company shall consider the request "
        "in good faith.\n",
        "revocation",
        "present",
    ),
]


CASES += [
    # ownership: the person keeps rights, the other side takes none, or owns the materials
    (
        "person keeps personality rights",
        AI + "8.1 The Model retains her portrait rights and all other personality rights in her "
        "image and voice.\n",
        "ownership",
        "present",
    ),
    (
        "other side acquires nothing",
        AI + "5.3 Your scans are your personal data, and we do not acquire any rights in your "
        "body or your image.\n",
        "ownership",
        "present",
    ),
    (
        "split ownership",
        AI + "6.1 The Digital Replica and the recordings are owned by the Foundation. The Model "
        "keeps her personality rights, including her rights to her image and voice.\n",
        "ownership",
        "weak",
    ),
    (
        "split ownership",
        AI + "6.1 The Digital Replica and the recordings are owned by the Foundation.\n",
        "ownership",
        "missing",
    ),
    (
        "belongs to the other side",
        RELEASE + "9. Copyright in the photographs belongs to the Photographer. Nothing in this "
        "release transfers my rights in my own name or image to the Photographer.\n",
        "ownership",
        "weak",
    ),
    (
        "rights not affected",
        RELEASE + "7. The Photographer owns the photographs. My rights over my own image are not "
        "affected by this release.\n",
        "ownership",
        "weak",
    ),
    # deletion with a copy kept in another sentence; backups deleted too
    (
        "copy kept",
        AI + "11.1 Within 30 days after the Term the Company shall delete the Digital Replica. "
        "The Company may keep one encrypted copy of the scans for three years.\n",
        "deletion",
        "weak",
    ),
    (
        "copy kept",
        AI + "11.1 Within 30 days after the Term the Company shall delete the Digital Replica, "
        "including from backups.\n",
        "deletion",
        "present",
    ),
    (
        "copy kept alone",
        AI + "11.1 One archive copy of the recordings is kept for the Company's records.\n",
        "deletion",
        "missing",
    ),
]


CASES += [
    # rights that end at death, or need the estate's consent; limited use after death
    (
        "ends at death",
        AI + "10. If the Model dies or becomes permanently incapacitated, the Company shall "
        "disable the Digital Replica within seven days.\n",
        "post_mortem",
        "present",
    ),
    (
        "ends at death",
        AI + "10. A consent under clause 3 lapses when the Model dies.\n",
        "post_mortem",
        "present",
    ),
    (
        "estate consent given in advance",
        AI + "10. The estate's consent to new performances after the Model's death is given in "
        "advance by this clause.\n",
        "post_mortem",
        "weak",
    ),
    (
        "limited use after death",
        AI + "10. In the event of the Model's death, the Digital Replica may continue to be shown "
        "until the end of the campaign period.\n",
        "post_mortem",
        "weak",
    ),
    (
        "limited use after death",
        AI + "10. The Digital Replica may continue to be shown until the end of the campaign "
        "period.\n",
        "post_mortem",
        "missing",
    ),
    # AI disclosure in other words: displayed words, credits, announcements
    (
        "displayed AI notice",
        AI + "7.2 Every video that uses the Digital Replica shall display the words \"This "
        "presenter is AI-generated\" at the start.\n",
        "disclosure",
        "present",
    ),
    (
        "displayed AI notice",
        AI + "7.2 Every video that uses the Digital Replica shall display the Brand's logo at the "
        "start.\n",
        "disclosure",
        "missing",
    ),
    # counsel named, or only an invitation to consult one
    (
        "own counsel",
        AI + "11. The Model confirms that she was advised on this agreement by her own counsel, "
        "Ms. Rania Aziz.\n",
        "representation",
        "present",
    ),
    (
        "may consult",
        AI + "11. The Model may consult a lawyer or her union representative before signing.\n",
        "representation",
        "weak",
    ),
    (
        "recommended",
        AI + "11. The Company recommends that the Model ask a lawyer to review this agreement.\n",
        "representation",
        "weak",
    ),
]


CASES += [
    # third parties named in a warranty or a recall disclaimer are not a transfer protection
    (
        "third parties in a warranty",
        RELEASE + "3. The Photographer may license the photographs to third parties, including "
        "its distributors, for any purpose.\n6. The Photographer warrants that the photographs "
        "will not infringe the rights of any third party.\n",
        "transfer",
        "missing",
    ),
    (
        "third parties in a warranty",
        RELEASE + "3. The Photographer shall not license the photographs to any third party.\n",
        "transfer",
        "present",
    ),
    # affiliates together with partners at large, or only a named company
    (
        "affiliates and partners",
        AI + "9.2 The Company may sublicense the licence to its affiliates and to partners that "
        "distribute the Service.\n",
        "transfer",
        "missing",
    ),
    (
        "affiliates and partners",
        AI + "9.2 The Company may sublicense the licence to its affiliates.\n",
        "transfer",
        "weak",
    ),
    (
        "named licensee",
        RELEASE + "8. The Photographer may license the photographs only to Harbour Books Ltd for "
        "the exhibition catalogue.\n",
        "transfer",
        "weak",
    ),
]


CASES += [
    # model improvement the person must switch on is opt-in training
    (
        "switched on",
        AI + "5.1 Help improve the app (default off): if you switch this on, we may use your "
        "selfies to improve our general image models.\n",
        "ai_training",
        "present",
    ),
    (
        "switched on",
        AI + "5.1 We may use your selfies to improve our general image models and to train new "
        "features.\n",
        "ai_training",
        "missing",
    ),
    # a bar on training any other model leaves training of the licensed one
    (
        "any other model",
        AI + "9. The Company shall not use the recordings to train any other artificial "
        "intelligence model.\n",
        "ai_training",
        "weak",
    ),
    (
        "any other model",
        AI + "9. The Company shall not use the recordings to train any artificial intelligence "
        "model.\n",
        "ai_training",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh4_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


FLAG_CASES = [
    # "will not be compensated" says nothing is paid
    (
        "not be compensated",
        RELEASE + "3. I will not be compensated for any use of the footage.\n",
        "no_further_compensation",
        True,
    ),
    (
        "not be compensated",
        RELEASE + "3. I will be compensated at my day rate for each use of the footage.\n",
        "no_further_compensation",
        False,
    ),
    # training people is not training AI
    (
        "training of people",
        AI + "1.3 Forecast images are AI-generated from the Member's body scan and show how the "
        "body may look after the chosen training programme.\n",
        "ai_training_use",
        False,
    ),
    (
        "training of people",
        AI + "1.3 The Member's body scans may be used to train the Company's AI models.\n",
        "ai_training_use",
        True,
    ),
    # use by sponsors and media partners extends the grant to third parties
    (
        "sponsors and media partners",
        RELEASE + "2. My image may be used by the Organiser and its sponsors and media partners "
        "in coverage of the event.\n",
        "third_party_transfer",
        True,
    ),
    (
        "sponsors and media partners",
        RELEASE + "2. My image may be used by the Organiser in coverage of the event.\n",
        "third_party_transfer",
        False,
    ),
    # waiving inspection
    (
        "without inspection",
        RELEASE + "2. The Photographer may publish the photographs without inspection or approval "
        "by me.\n",
        "waiver_of_approval",
        True,
    ),
    # the person's irrevocable entitlement to pay is not an irrevocable grant
    (
        "irrevocable entitlement",
        AI + "5.4 Remuneration under this clause is an irrevocable entitlement of the Model.\n",
        "irrevocable",
        False,
    ),
    (
        "irrevocable entitlement",
        AI + "5.4 The licence of the Digital Replica under this clause is irrevocable.\n",
        "irrevocable",
        True,
    ),
    # an insufficient power of attorney is no power of attorney flag
    (
        "insufficient power of attorney",
        AI + "3.4 A general power of attorney is never sufficient for a replica consent.\n",
        "power_of_attorney",
        False,
    ),
    (
        "insufficient power of attorney",
        AI + "3.4 The Model grants the Agency a power of attorney to sign replica consents.\n",
        "power_of_attorney",
        True,
    ),
]


FLAG_CASES += [
    # consent deemed from the other contracting party's conduct is not the person's
    (
        "supplier's conduct",
        "2. Talent: two adult models for two days, total buyout.\n9. By accepting this order, or "
        "by starting performance of it, the Supplier agrees to these terms.\n",
        "deemed_consent",
        False,
    ),
    (
        "treated as agreement",
        AI + "4.4 Attendance at a scheduled recording session is treated as the employee's "
        "agreement to the use of the recordings.\n",
        "deemed_consent",
        True,
    ),
    (
        "changed terms accepted by continued use",
        AI + "2.3 If we change these terms, your continued use of the app after the change means "
        "you accept the changed terms.\n",
        "deemed_consent",
        True,
    ),
    (
        "changed terms accepted by continued use",
        AI + "2.3 If we change these terms, your continued use of the app does not mean you "
        "accept the changed terms; we will ask you to tick a box.\n",
        "deemed_consent",
        False,
    ),
    # a company's legal representative, and heirs who may ask for removal, do not bind heirs
    (
        "legal representative of a company",
        AI + "Signed for the Company by its legal representative or authorised signatory.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "heirs may ask",
        AI + "11. After the Participant's death the display may continue to the end of the "
        "period, unless her heirs ask the Museum to remove it.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "heirs may ask",
        AI + "11. This agreement binds the Participant's heirs and personal representatives.\n",
        "binding_on_heirs",
        True,
    ),
    # alterations that need consent, and edits for length, are not an alteration flag
    (
        "consent-requiring alteration",
        AI + "3.6 A change to the Model's facial expression or body in a material way requires "
        "consent under clause 3.1.\n",
        "alteration",
        False,
    ),
    (
        "voice and look adjustments",
        AI + "2.4 Buyers may adjust the pitch, speed and accent of the audio generated with the "
        "Model's voice.\n",
        "alteration",
        True,
    ),
    (
        "voice and look adjustments",
        AI + "2.4 The Company may adjust the schedule of the recording sessions by notice.\n",
        "alteration",
        False,
    ),
    # licences on to named companies and to the other side's clients
    (
        "licence to a named company",
        RELEASE + "8. The Photographer may license the photographs only to Harbour Books Ltd for "
        "the exhibition catalogue.\n",
        "third_party_transfer",
        True,
    ),
    (
        "licence to the other side's clients",
        AI + "6.4 Training modules containing AI Presenter Avatars may be licensed to the "
        "Group's outsourcing clients.\n",
        "third_party_transfer",
        True,
    ),
    (
        "licence to the other side's clients",
        AI + "6.4 Training modules containing AI Presenter Avatars may not be licensed to the "
        "Group's outsourcing clients.\n",
        "third_party_transfer",
        False,
    ),
]


FLAG_CASES += [
    # heirs who receive payments are not bound by the grant
    (
        "payments to heirs",
        AI + "11.3 The Estate may assign its rights to receive payment under this Agreement to "
        "any heir or legatee of the Artist.\n",
        "binding_on_heirs",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh4_red_flags_read_in_their_sentence(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert (flag in {f.id for f in report_of(pipeline, text).red_flags}) is raised, phenomenon


@pytest.mark.parametrize(("text", "ai_specific"), [
    # the defined term named later in lower case and plural is still the AI feature
    ('1. "Synthetic Spot" means an advertisement that shows a digital replica of the Talent.\n'
     "2. The Talent's written consent is required before any synthetic spots are published.\n",
     True),
    ('1. "Synthetic Spot" means an advertisement that shows a digital replica of the Talent.\n'
     "2. The Talent's written consent is required before any Synthetic Spot is published.\n",
     True),
    # a quoted term of several words is defined whole: "Voice Twin", not "Twin" (regression),
    # so a clause naming only its last word ("Twin Lakes") is not an AI clause
    ('1. "Voice Twin" means a synthetic voice of the Artist generated by artificial '
     "intelligence.\n2. The Artist's written consent is required before any Voice Twin is "
     "published.\n", True),
    ('1. "Voice Twin" means a synthetic voice of the Artist generated by artificial '
     "intelligence.\n2. The Artist's written consent is required before any photograph taken "
     "at the Twin Lakes venue is published.\n", False),
    # a term defined without AI words does not make the clause naming it an AI clause
    ('1. "Print Spot" means a press advertisement. The Company may also use artificial '
     "intelligence tools to schedule bookings.\n2. The Talent's written consent is required "
     "before any print spots are published.\n", False),
])
def test_a_term_defined_by_ai_words_marks_the_clauses_naming_it_in_any_case(
    pipeline: Pipeline, text: str, ai_specific: bool
) -> None:
    assert report_of(pipeline, text).requirement("consent").ai_specific is ai_specific
