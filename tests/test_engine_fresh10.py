"""Negated weakeners of consent, reviewed outputs, standing permissions, fees for longer periods.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: "no consent is to be implied from the Performer's attendance" or "no consent may be
inferred from her signature or her silence" shuts implied consent out, so only an express consent
counts; it neither removes consent nor makes it deemed (while "consent shall be implied from
attendance" is deemed consent); "the Agent, any manager and any attorney-in-fact may not sign a
Replica Consent on the Performer's behalf" shuts out consent given by someone else (while "the
Agent may sign a Replica Consent on the Performer's behalf" is consent given by a third party);
"a set not commented on within five working days is deemed approved" reviews one output (a set of
images, a cut, a take, a render) of a replica whose use the person consented to expressly in
another clause, like a sample or a preview (while "deemed to have consented" to the use is deemed
consent); "admins can generate Outputs with your Presenter without asking you each time"
leaves a standing, blanket consent (weak), not a removal of consent (while "without asking you"
takes consent away); and "Replica Fees for usage periods longer than those in the table are to be
negotiated" leaves only the pay for a longer licence open, so the stated fees decide (while a
replica fee that is only ever to be negotiated is unstated pay, weak); "ZMW 1,200 for each
Synthetic Read" is a stated fee like "USD 1,200" (any ISO currency code); and "shall not use the
Voice Model in advertising for tobacco or in political messages without the Actor's prior written
consent" confines consent to sensitive content: it gives no consent to the use where another
clause removes it (missing) and beside a blanket grant leaves consent weak; "may ask People and
Culture in writing to retire their avatar ... The Company is not obliged to agree to the request"
is a request the other side may refuse (weak); and "if you would like it removed, e-mail us at any
time ... we will remove" is a withdrawal right (present); "if you think someone has cloned your
voice without permission, write to us" is a complaint route, not a removal of consent. Each case
is a realistic sentence that must reach a status and a look-alike that must not, as (phenomenon,
text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, report_of

from analyser.pipeline import Pipeline

EXPRESS_CONSENT = (
    "4.1 The Producer shall not create or use a Digital Replica of the Performer without the "
    "Performer's separate prior written consent for each use.\n"
)
TWIN_CONSENT = (
    "2. The Brand shall not produce images with the Digital Twin of the Model without the Model's "
    "prior written consent, given for each campaign.\n"
)

CASES = [
    # a clause that shuts out implied consent beside an express consent requirement
    (
        "consent not to be implied from attendance or other conduct (US game rider)",
        EXPRESS_CONSENT + "4.2 No consent is to be implied from the Performer's presence at a "
        "capture session, from her delivery of the Recordings or from any other conduct.\n",
        "consent",
        "present",
    ),
    (
        "consent not to be inferred from signature or silence (NL union rider)",
        EXPRESS_CONSENT + "4.2 No consent may be inferred from the Performer's signature of the "
        "Booking Contract, from the Performer's silence or from her continued work on the "
        "Series.\n",
        "consent",
        "present",
    ),
    (
        "consent never to be presumed (UK plain English)",
        "3. We will only make your avatar if you sign the Avatar Consent Form. Your consent is "
        "never to be presumed from your taking part in the shoot.\n",
        "consent",
        "present",
    ),
    (
        "consent implied from attendance (look-alike)",
        EXPRESS_CONSENT + "4.2 The Performer's consent shall be implied from her attendance at "
        "any capture session.\n",
        "consent",
        "weak",
    ),
    # a clause that shuts out consent given by someone else
    (
        "agent, manager and attorney may not sign for the performer (US game rider)",
        EXPRESS_CONSENT + "4.3 The Performer's agent, any personal manager and any "
        "attorney-in-fact may not sign a Replica Consent on the Performer's behalf.\n",
        "consent",
        "present",
    ),
    (
        "the agency may sign for the model (look-alike)",
        EXPRESS_CONSENT + "4.3 The Performer's agent may sign a Replica Consent on the "
        "Performer's behalf.\n",
        "consent",
        "weak",
    ),
    (
        "an attorney-in-fact approves uses for the model (look-alike)",
        EXPRESS_CONSENT + "4.3 The Performer appoints her agent as her attorney-in-fact to "
        "approve each use of the Digital Replica.\n",
        "consent",
        "weak",
    ),
    # a deemed approval of any single output beside express consent to the use
    (
        "a set of images deemed approved after a comment window (AM fashion twin)",
        TWIN_CONSENT + "6. The Brand sends each set of Twin Images to the Model before "
        "publication. A set not commented on within five working days is deemed approved.\n",
        "consent",
        "present",
    ),
    (
        "a cut of the spot treated as approved (UK advertising)",
        TWIN_CONSENT + "7. If the Model does not send notes on the first cut of the spot within "
        "72 hours, the first cut shall be treated as approved.\n",
        "consent",
        "present",
    ),
    (
        "each render deemed accepted (DE e-commerce try-on)",
        TWIN_CONSENT + "5. Each render not rejected by the Model within three days is deemed "
        "accepted.\n",
        "consent",
        "present",
    ),
    (
        "a set deemed approved and consented to (look-alike)",
        TWIN_CONSENT + "6. A set not commented on within five working days is deemed approved, "
        "and the Model is deemed to have consented to its use in any campaign.\n",
        "consent",
        "weak",
    ),
    (
        "approval of each set is the only consent asked for (look-alike)",
        "The Brand may create a Digital Twin of the Model for its campaigns.\n"
        "6. Each set of Twin Images needs the Model's approval. A set not commented on within "
        "five working days is deemed approved.\n",
        "consent",
        "weak",
    ),
    # permission that stands once given, not asked again for each use
    (
        "team admins use a shared avatar without asking each time (platform terms)",
        "5.1 By uploading your training videos you agree that we may create your Avatar.\n"
        "5.2 Members of a team you share your Avatar with can make videos with it from their own "
        "scripts without asking you each time.\n",
        "consent",
        "weak",
    ),
    (
        "a client uses a voice model without asking for permission each time (agency terms)",
        "4. The Agency may license the Voice Model to Clients. A Client may use the Voice Model in "
        "new scripts without asking for your permission each time.\n",
        "consent",
        "weak",
    ),
    (
        "use without asking at all (look-alike)",
        "5.2 Members of a team can make videos with your Avatar from their own scripts without "
        "asking you.\n",
        "consent",
        "missing",
    ),
    (
        "no new video without asking each time (look-alike)",
        "5.2 We will not use your Avatar in a new video without asking you each time.\n",
        "consent",
        "present",
    ),
    # pay left to be negotiated only for usage periods longer than the priced ones
    (
        "fees for longer usage periods to be negotiated beside a fee table (AU management)",
        "The Agency may accept Replica Engagements for the Model.\n"
        "11.5 The Model shall receive 80% of each Replica Fee received by the Agency.\n"
        "SCHEDULE 2 - MINIMUM REPLICA FEES\n"
        "Digital advertising, one campaign: AUD 3,500 for 12 months.\n"
        "Replica Fees for usage periods longer than those in this Schedule are to be negotiated by "
        "the Agency with the Client.\n",
        "compensation",
        "present",
    ),
    (
        "fees for an extended period to be agreed beside a stated fee (UK booking terms)",
        AI + "4. The Company shall pay the Model GBP 2,000 for a six-month licence of the Digital "
        "Replica. The fee for any extended period is to be agreed between the parties.\n",
        "compensation",
        "present",
    ),
    (
        "the only replica fee is to be negotiated (look-alike)",
        AI + "4. Replica Fees are to be negotiated by the Agency with each Client.\n",
        "compensation",
        "weak",
    ),
    (
        "only longer periods are priced, by negotiation (look-alike)",
        AI + "4. Fees for usage periods longer than twelve months are to be negotiated with the "
        "Client.\n",
        "compensation",
        "weak",
    ),
    # a fee stated in any currency, whatever its ISO code
    (
        "a per-read fee in Zambian kwacha (ZM podcast agreement)",
        AI + "6.3 The Network shall pay the Host ZMW 1,200 for each synthetic advertisement "
        "published, with the monthly presenter fee.\n",
        "compensation",
        "present",
    ),
    (
        "a day rate in Jamaican dollars (JM shoot)",
        AI + "5. The Company shall pay the Model JMD 85,000 for the shoot day and for the "
        "Replica.\n",
        "compensation",
        "present",
    ),
    (
        "an amount in kwacha the person pays as damages (look-alike)",
        AI + "6.3 The Host shall be liable for damages of up to ZMW 50,000 for a breach of "
        "clause 5.\n",
        "compensation",
        "missing",
    ),
    # consent asked only for a class of sensitive content
    (
        "consent only for tobacco, gambling and political uses beside a removal (RS dubbing)",
        AI + "4.2 No further consent of the Model shall be required for any use of the Digital "
        "Replica.\n4.3 The Company shall not use the Digital Replica in advertising for tobacco "
        "or gambling, or in political messages, without the Model's prior written consent.\n",
        "consent",
        "missing",
    ),
    (
        "consent only for sensitive subjects beside a blanket release (LK stock release)",
        "1. I grant the Agency the right to use the Images for any purpose whatsoever.\n"
        "2. The Agency shall not license any Image for use in connection with mental illness, "
        "sexual health or adult content without my prior written consent.\n",
        "consent",
        "weak",
    ),
    (
        "consent for every use, sensitive ones named as well (look-alike)",
        AI + "4.2 The Company shall not use the Digital Replica without the Model's prior "
        "written consent for each use.\n4.3 The Company shall not use the Digital Replica in "
        "political messages without the Model's prior written consent.\n",
        "consent",
        "present",
    ),
    # a request to stop put to a named department, and a request the other side may turn down
    (
        "a request to retire the avatar the employer need not agree to (BH staff policy)",
        "3. The Company may create a Digital Avatar of each Service Presenter.\n"
        "6.1 A Service Presenter may ask Talent Operations in writing to retire their Digital "
        "Avatar. Talent Operations will reply within 30 days. The Company is not obliged to agree "
        "to the request.\n",
        "revocation",
        "weak",
    ),
    (
        "a request to retire the avatar that the employer must act on (look-alike)",
        "3. The Company may create a Digital Avatar of each Service Presenter.\n"
        "6.1 A Service Presenter may ask Talent Operations in writing to retire their Digital "
        "Avatar at any time, and the Company will stop using it within 30 days.\n",
        "revocation",
        "present",
    ),
    # "would like it removed": the wish to have one's image taken down, then a duty to do so
    (
        "an attendee who would like a photo removed e-mails at any time (GT festival notice)",
        "We film and photograph the festival and publish the material on our channels.\n"
        "If you are in a published photograph or video and would like it removed, write to "
        "privacy@example.org at any time. Within 10 days we will remove it and will not use it "
        "in any new material.\n",
        "revocation",
        "present",
    ),
    (
        "an attendee who would like a photo printed (look-alike)",
        "We film and photograph the festival and publish the material on our channels.\n"
        "If you are in a published photograph and would like it printed, write to "
        "prints@example.org at any time and we will send it within 10 days.\n",
        "revocation",
        "missing",
    ),
    # a complaint route for someone else's wrong is not a removal of consent
    (
        "report a clone made without permission beside consent by tapping (SK app FAQ)",
        "When you tap \"Build my avatar\", you agree that we may create an AI avatar of you.\n"
        "If you believe someone has made an avatar of you without permission, write to our "
        "abuse team and we will investigate.\n",
        "consent",
        "weak",
    ),
    (
        "we may make avatars without further consent (look-alike)",
        "When you tap \"Build my avatar\", you agree that we may create an AI avatar of you.\n"
        "We may make further avatars of you without further consent.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh10_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


@pytest.mark.parametrize(
    "clause",
    [
        "4.2 No consent is to be implied from the Performer's attendance at a capture session.",
        "4.2 The Agent, any manager and any attorney-in-fact may not sign a Replica Consent on "
        "the Performer's behalf.",
        "4.2 A set not commented on within five working days is deemed approved.",
    ],
)
def test_clauses_that_shut_out_weak_consent_raise_no_flag(pipeline: Pipeline, clause: str) -> None:
    flags = {f.id for f in report_of(pipeline, EXPRESS_CONSENT + clause + "\n").red_flags}
    assert not flags & {"deemed_consent", "power_of_attorney"}


def test_an_agent_who_may_sign_for_the_performer_is_flagged(pipeline: Pipeline) -> None:
    text = EXPRESS_CONSENT + (
        "4.3 The Performer appoints her agent as her attorney-in-fact to sign each Replica "
        "Consent on the Performer's behalf.\n"
    )
    assert "power_of_attorney" in {f.id for f in report_of(pipeline, text).red_flags}
