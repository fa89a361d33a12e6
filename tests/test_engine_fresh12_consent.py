"""Consent read from who acts for whom, what is deemed accepted, and what a removal covers.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: an agency of record that uses the replica "on the Brand's behalf" acts for the other side,
which is no consent given for the person (while an agency that may consent "on the Model's
behalf" is consent by a third party); confirming a choice "by entering your password" is an
express act, not consent read from conduct like "by entering the venue"; continued use "treated
as having accepted the updated terms" is consent by conduct to whatever the terms become, unless
the same clause keeps every new use to the person's own opt-in; a consent "deemed given" when the
person does not object within days "after the notice" is deemed consent, while a notice "deemed
given" on delivery is not; "unless I tick the box below, I agree" makes leaving a box blank the
agreement (an opt-out), while "if I tick the box, I agree" is an opt-in; a "Digital Crowd Double"
is a digital double whatever word names its job, while a "Double-page spread" is not; a loan-out
that "hereby gives, on the Artist's behalf, all consents needed" grants once here, so beside "no
further consent shall be required" nothing asks for consent (while one that "may give consents"
later still consents for the person); a script sent with the audio made from it and "deemed
approved" is a review of that output beside an express consent to the use (while a script alone
stays a proposed use deemed consented to); and a removal of consent for every use a part of the
contract grants ("for images used in accordance with section 3", "under this chapter") leaves a
consent asked for elsewhere only the uses outside the grant or someone else's consent (while a
removal confined to some uses leaves the consent clause its force). Each case is a realistic
sentence that must reach a status and a look-alike that must not, as (phenomenon, text,
requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

TWIN_CONSENT = (
    "2.1 The Brand shall not generate any image with the Digital Twin of the Model without the "
    "Model's prior written consent to that campaign.\n"
)
VOICE_OPT_IN = (
    "5.1 Your synthetic voice is private when it is created. A Marketplace use is switched on "
    "only if you opt in to it.\n"
)

CASES = [
    # on whose behalf the other side's agent acts
    (
        "the other side's agency acts on the Brand's behalf",
        TWIN_CONSENT + "2.4 A campaign consent may allow the Brand's media agency to place the "
        "approved Twin images on the Brand's behalf, but not to license them to anyone else.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the agency may consent on the Model's behalf",
        TWIN_CONSENT + "2.4 The Agency may give that consent to each campaign on the Model's "
        "behalf.\n",
        "consent",
        "weak",
    ),
    # a password confirms an express choice
    (
        "a use switched on and confirmed by entering a password",
        VOICE_OPT_IN + "5.2 To switch a use on, open Settings and confirm by entering your "
        "password.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: consent read from entering a venue",
        "1. The Organiser will film the Festival and may create AI avatars of performers from the "
        "footage. By entering the Festival grounds you consent to being filmed and to the "
        "avatars.\n",
        "consent",
        "weak",
    ),
    # changed terms accepted by conduct, fenced or not
    (
        "updated terms accepted by continued use, new uses kept to a new opt-in",
        VOICE_OPT_IN + "9.1 We may change these Creator Terms on thirty days' notice. If you "
        "keep using the app after that, you will be treated as having accepted the updated "
        "Creator Terms. But no change will switch on a Marketplace use for you; that needs a new "
        "opt-in from you.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: updated terms accepted by continued use, nothing kept back",
        VOICE_OPT_IN + "9.1 We may change these Creator Terms on thirty days' notice. If you "
        "keep using the app after that, you will be treated as having accepted the updated "
        "Creator Terms.\n",
        "consent",
        "weak",
    ),
    # consent deemed given after a notice, not a notice deemed given
    (
        "consent to a further production deemed given after the notice",
        "6.1 The Narrator consents to the Publisher creating a Voice Model from the session "
        "recordings.\n6.2 The Publisher shall notify the Narrator of each further audiobook in "
        "which it intends to use the Voice Model; if the Narrator raises no objection within "
        "five days after the notice, her consent to that audiobook is deemed given.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a notice deemed given on delivery",
        "6.1 The Publisher shall not use the Voice Model in any audiobook without the Narrator's "
        "prior written consent to that audiobook.\n12.1 Any notice under this Agreement is "
        "deemed given on the day after it is sent by courier.\n",
        "consent",
        "present",
    ),
    # a box left blank is the agreement
    (
        "unless the box is ticked, the model agrees to training use",
        'Release by Nino Beridze ("I") to Kartli Pictures LLC (the "Agency").\n1. I grant the '
        "Agency the right to use the photographs of me from the shoot.\n2. The Agency licenses "
        "image collections as training data for machine-learning models. Unless I tick the box "
        "at the foot of this page, I agree that the photographs may be licensed for that use.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: ticking the box is the agreement",
        'Release by Nino Beridze ("I") to Kartli Pictures LLC (the "Agency").\n2. The Agency '
        "shall not license the photographs as training data for machine-learning models without "
        "my prior written consent. If I tick the box at the foot of this page, I agree that the "
        "photographs may be licensed for that use.\n",
        "consent",
        "present",
    ),
    # a proxy's grant in this document against a removal
    (
        "the loan-out hereby gives all consents beside no further consent",
        "4.1 The Broadcaster may make a Synthetic Voice of the Presenter for the weather "
        "bulletins.\n4.2 No further consent of the Loan-out Company or of the Presenter shall be "
        "required for any bulletin, and the Loan-out Company hereby gives, on the Presenter's "
        "behalf, all consents needed under the Data Protection Act.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: the loan-out may give consents later, beside a removal",
        "4.1 The Broadcaster may make a Synthetic Voice of the Presenter for the weather "
        "bulletins.\n4.2 The Loan-out Company may give consents to new bulletins on the "
        "Presenter's behalf, and no further consent of the Presenter shall be required.\n",
        "consent",
        "weak",
    ),
    # a script reviewed with the output made from it
    (
        "script and resulting audio deemed approved beside an express consent",
        "2. The Family consents to the creation of a voice model of the late Mr Osei and to its "
        "use only in the museum's audio guide. Any other use requires the Family's prior written "
        "consent.\n4. The Museum shall submit each script and the resulting audio to the Family. "
        "A script or audio file not rejected within ten days is deemed approved.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a script alone deemed approved is a proposed use",
        "2. The Family consents to the creation of a voice model of the late Mr Osei and to its "
        "use only in the museum's audio guide. Any other use requires the Family's prior written "
        "consent.\n4. The Museum shall submit each new script for the voice model to the Family. "
        "A script not rejected within ten days is deemed approved.\n",
        "consent",
        "weak",
    ),
    # a removal for everything a part of the contract grants
    (
        "no consent for uses under the images section, agreement needed for uses outside it",
        "3. Where images are used\n3.1 Photographs of staff may be used only on the intranet and "
        "in the annual report.\n3.2 Photographs of staff will not be given to any newspaper "
        "without the staff member's written agreement.\n4. Consent\n4.1 The consent of staff "
        "members is not required for photographs taken and used in accordance with section 3.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: no consent needed only for some uses",
        "3.1 The Hotel shall not use photographs of the Guide in any medium without the Guide's "
        "prior written consent.\n3.2 The consent of the Guide is not required for the use of "
        "group photographs in the Hotel's internal newsletter.\n",
        "consent",
        "weak",
    ),
]

AI_CASES = [
    (
        "a digital double named by its job",
        "3.1 The visual-effects vendor will build a Digital Crowd Double of each volunteer from "
        "the booth photographs, to fill the stands in the stadium scenes.\n",
        True,
    ),
    (
        "look-alike: a double-page spread in a digital edition",
        "3.1 The Model's photographs will run in the Digital Edition Double-page spread of the "
        "spring issue and on the Magazine's website.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh12_consent_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh12_ai_wording_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon


def test_a_fenced_acceptance_of_updated_terms_keeps_its_flag(pipeline: Pipeline) -> None:
    text = VOICE_OPT_IN + (
        "9.1 If you keep using the app after a change, you will be treated as having accepted the "
        "updated Creator Terms. But no change will switch on a Marketplace use for you; that "
        "needs a new opt-in from you.\n"
    )
    report = report_of(pipeline, text)
    assert report.requirement("consent").status == "present"
    assert "deemed_consent" in {f.id for f in report.red_flags}


def test_a_script_reviewed_with_its_audio_raises_no_flag(pipeline: Pipeline) -> None:
    text = (
        "2. The Family consents to the creation of a voice model of the late Mr Osei and to its "
        "use only in the museum's audio guide. Any other use requires the Family's prior written "
        "consent.\n4. The Museum shall submit each script and the resulting audio to the Family. "
        "A script or audio file not rejected within ten days is deemed approved.\n"
    )
    assert "deemed_consent" not in {f.id for f in report_of(pipeline, text).red_flags}


def test_a_box_left_blank_raises_the_deemed_consent_flag(pipeline: Pipeline) -> None:
    text = (
        'Release by Nino Beridze ("I") to Kartli Pictures LLC (the "Agency").\n2. The Agency '
        "licenses image collections as training data for machine-learning models. Unless I tick "
        "the box at the foot of this page, I agree that the photographs may be licensed for that "
        "use.\n"
    )
    assert "deemed_consent" in {f.id for f in report_of(pipeline, text).red_flags}
