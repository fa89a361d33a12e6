"""Residual phenomena of the fresh8 and fresh9 sets, each read the way a lawyer reads it in any
contract: realistic sentences in varied drafting styles that must reach a status, beside
look-alikes that must not, as (phenomenon, text, requirement, status).

- A consent requirement "except as set out in Exhibit B" keeps its force when the named part
  lists a closed set of uses: what the exception lets happen without consent is only that list.
  An exception to what the contract "otherwise provides", to a part that cannot be found, or to a
  part that allows use "for any purpose" still weakens the requirement.
- "Notwithstanding paragraph 4, under which the Performer grants ... irrevocably, ..., that grant
  applies only to ...": the relative clause after "under which" describes the provision set
  aside; it ends at the comma that opens the main clause, and its words are not this clause's
  own terms (they still raise their red flag).
- A question heading answered "Yes" ("Can I change my mind? Yes, at any time.") gives what the
  question names; an unanswered question, or one answered "No", stays a heading. "Even if I
  change my mind" is the case in which withdrawal is refused, not a right to withdraw.
- Consent deemed from silence in plain words ("If we do not hear from you by then, we will take
  it that you agree", "taken as given", "we will assume you are happy") is deemed consent, as
  "shall be deemed given" is; a consent that must be given in writing, silence not counting, is not.
- "with or without my name" allows both ways and negates nothing, so the blanket words after it
  ("for any purpose whatsoever") still count. In a release with no AI terms that grants use for
  any purpose, a consent asked for only for a few listed subjects in another clause carves them
  out of the blanket grant: every other use is unasked for, so consent is weak.
- "may request in writing that the AI Presenter be retired": how the request is made may stand
  between "request" and "that"; a request open only once the employment has ended is weak.
- "You can withdraw ... at any time. This right applies notwithstanding the word 'irrevocable' in
  clause 2 of the Release.": the next sentence names the right and says it prevails, so the
  right prevails over the irrevocability it names, as if said in one sentence.
- "I grant to the Company, its affiliates, licensees, successors and assigns the absolute,
  irrevocable and perpetual right and permission to ...": a grant whose grantees and adjectives
  are lists with commas is still the grant (and, with blanket words, a weak consent).
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

CASES = [
    # a narrow named exception to an express consent requirement
    (
        "consent except as set out in a schedule of named uses (English services agreement)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as set out in Schedule 2.\n"
        "Schedule 2 - Permitted Uses\n"
        "The replica may be used in the three television spots listed below, in English, on the "
        "Company's own channels, for twelve months from first broadcast.\n",
        "consent",
        "present",
    ),
    (
        "consent save as provided in an annex listing courses (Irish plain style)",
        "4. We will not make or use an AI voice of you unless you agree in writing, save as "
        "provided in Annex 1.\n"
        "Annex 1 - Courses\n"
        "Existing recordings may be re-voiced for the two induction courses named in this Annex, "
        "in Irish and English only.\n",
        "consent",
        "present",
    ),
    (
        "consent except as set out in a schedule allowing any purpose (look-alike)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as set out in Schedule 2.\n"
        "Schedule 2 - Permitted Uses\n"
        "The replica may be used for any purpose whatsoever in connection with the Company's "
        "business.\n",
        "consent",
        "weak",
    ),
    (
        "consent except as otherwise provided in the agreement (look-alike)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as otherwise provided in this Agreement.\n",
        "consent",
        "weak",
    ),
    (
        "consent except as set out in a schedule the contract does not contain (look-alike)",
        "3. The Company shall not create or use any digital replica of the Artist without the "
        "Artist's prior written consent, except as set out in Schedule 4.\n",
        "consent",
        "weak",
    ),
    # words describing the provision an opening "Notwithstanding" sets aside
    (
        "irrevocable grant described in the set-aside provision (Canadian rider)",
        "2. Notwithstanding clause 5 of the Performer Agreement, under which the Performer "
        "assigns all rights in the recordings irrevocably, in perpetuity and throughout the "
        "world, that assignment does not extend to any digital replica of the Performer.\n"
        "6. The Performer may revoke consent to the digital replica at any time by written "
        "notice.\n",
        "revocation",
        "present",
    ),
    (
        "a perpetual licence described with 'whereby' (Australian deed)",
        "7.1 Notwithstanding Schedule 1, whereby the Talent licenses her image to the Company "
        "irrevocably and worldwide, the Company shall not use any AI avatar of the Talent "
        "except with her written consent.\n"
        "7.2 The Talent may withdraw her consent to the AI avatar at any time on written "
        "notice.\n",
        "revocation",
        "present",
    ),
    (
        "irrevocability stated in the main clause after the set-aside phrase (look-alike)",
        "2. Notwithstanding clause 5 of the Performer Agreement, under which the Performer "
        "assigns the session recordings, the Performer's consent to the digital replica is "
        "irrevocable.\n"
        "6. The Performer may revoke consent to the digital replica at any time by written "
        "notice.\n",
        "revocation",
        "weak",
    ),
    (
        "irrevocability in a 'notwithstanding' that does not open the clause (look-alike)",
        "2. The Performer grants the Producer the digital replica rights irrevocably, "
        "notwithstanding clause 5, under which the Performer may end the engagement.\n"
        "6. The Performer may revoke consent to the digital replica at any time by written "
        "notice.\n",
        "revocation",
        "weak",
    ),
    # a question heading answered "Yes"
    (
        "FAQ question heading answered yes (Canadian club notice)",
        "4. Do we need your permission?\nYes. We will not post photos of your child unless you "
        "tick Yes on the form.\n"
        "7. Can I change my mind?\nYes, whenever you like. Send us an e-mail and we will take "
        "the photos down within a week.\n",
        "revocation",
        "present",
    ),
    (
        "FAQ question heading in capitals answered yes (school newsletter)",
        "CAN I CHANGE MY MIND?\nYes - just let the office know in writing and we "
        "will stop using your child's image.\n",
        "revocation",
        "present",
    ),
    (
        "FAQ question heading answered no (look-alike)",
        "7. Can I change my mind?\nNo. Once the season's photos are taken they stay in the "
        "club's albums.\n",
        "revocation",
        "missing",
    ),
    (
        "changing one's mind as the case withdrawal is refused (look-alike)",
        "5.2 This release is irrevocable and I cannot withdraw it, even if I change my mind "
        "after the shoot.\n",
        "revocation",
        "missing",
    ),
    # consent deemed from silence in plain words
    (
        "silence taken as agreement in a booking e-mail (Caribbean agency)",
        "AI voice: the client would like two synthetic tags made from your session. Please "
        "reply by Thursday noon if you object. If we don't hear from you by then, we will take "
        "it that you agree, and the permission is then locked in for the campaign.\n",
        "consent",
        "weak",
    ),
    (
        "silence assumed to be happiness with the replica (UK plain English)",
        "3. The Studio shall not use your digital double without your permission. We will e-mail "
        "you before each new use; if you do not reply within five days, we will assume you are "
        "happy for it to go ahead.\n",
        "consent",
        "weak",
    ),
    (
        "express written consent where silence does not count (look-alike)",
        "3. The Studio shall not use your digital double without your prior written consent for "
        "each use. If you do not reply to a request, the answer is no.\n",
        "consent",
        "present",
    ),
    # a consent limited to listed subjects beside a blanket grant
    (
        "consent only for sensitive subjects beside an any-purpose grant (stock release)",
        "1. I grant the Agency the perpetual right to use photographs of me taken at the shoot, "
        "with or without my name, for any purpose whatsoever.\n"
        "2. The Agency shall not license any photograph for political campaigns or tobacco "
        "advertising without my prior written consent.\n",
        "consent",
        "weak",
    ),
    (
        "consent for each use beside a grant for named uses (look-alike)",
        "1. I grant the Agency the right to use photographs of me taken at the shoot, with or "
        "without my name, in its 2026 spring catalogue.\n"
        "2. The Agency shall not use any photograph for any other purpose without my prior "
        "written consent.\n",
        "consent",
        "present",
    ),
    # a passive request with its manner before "that"
    (
        "request in writing that the avatar be retired, at any time (Kenyan broadcaster)",
        "AI. The Employer may create an AI presenter of the Employee's face and voice.\n"
        "9. The Employee may at any time request in writing that the AI presenter be retired, "
        "and the Employer shall stop using it within fourteen days.\n",
        "revocation",
        "present",
    ),
    (
        "request in writing that the avatar be retired only after the employment ends",
        "AI. The Employer may create an AI presenter of the Employee's face and voice.\n"
        "9. After the employment ends, the Employee may request in writing that the AI presenter "
        "be retired. While the Employee remains employed, the AI presenter may not be retired "
        "at her request.\n",
        "revocation",
        "weak",
    ),
    (
        "the employer requesting in writing that old photographs be removed (look-alike)",
        "AI. The Employer may create an AI presenter of the Employee's face and voice.\n"
        "9. The Employer may request in writing that the Employee's old photographs be removed "
        "from the agency website.\n",
        "revocation",
        "missing",
    ),
    # a following sentence that names the right and says it prevails
    (
        "withdrawal right then 'This right applies notwithstanding' (Cypriot addendum)",
        "1. Under clause 2 of the Release the Agency holds an irrevocable licence of your "
        "photographs.\n"
        "4. You may withdraw your consent to the training programme at any time by e-mail. This "
        "right applies notwithstanding the word \"irrevocable\" in clause 2 of the Release.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawal right then 'That right prevails over' (New Zealand deed)",
        "2. The licence in this deed is granted irrevocably.\n"
        "7. The Model may revoke her consent to the avatar on 14 days' notice. That right "
        "prevails over clause 2.\n",
        "revocation",
        "present",
    ),
    (
        "an unrelated prevailing sentence after the right (look-alike)",
        "2. The licence in this deed is granted irrevocably.\n"
        "7. The Model may revoke her consent to the avatar on 14 days' notice. The fee schedule "
        "prevails over clause 2.\n",
        "revocation",
        "weak",
    ),
    # a grant with listed grantees and adjectives
    (
        "grant to listed grantees of an absolute right, with any-purpose scope (Hawaii release)",
        "1. For good and valuable consideration I grant to the Company, its affiliates, "
        "licensees, successors and assigns the absolute, irrevocable and perpetual right to "
        "photograph me and to use my image.\n"
        "2. These rights may be exercised in all media now known or hereafter devised, for any "
        "purpose whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "grant to listed grantees for one named catalogue (Queensland release)",
        "1. I grant to the Studio, its photographer and its printer the limited, personal and "
        "revocable right to use photographs of me taken at the shoot in the 2027 "
        "catalogue.\n",
        "consent",
        "present",
    ),
    (
        "a grant to listed grantees of access, not of a right (look-alike)",
        "1. The Company shall grant to the Model, her agent and her chaperone, the use of a "
        "dressing room during the shoot.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_residual_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


def test_a_withdrawal_subject_to_a_schedule_keeps_that_schedules_conditions(
    pipeline: Pipeline,
) -> None:
    # the closed-list reading is for consent: an exception to a withdrawal right brings the
    # named part's conditions with it
    text = (
        "AI. The Company may create a digital replica of the Model for the Campaign.\n"
        "8. Subject to Schedule 3, the Model may withdraw her consent to the digital replica at "
        "any time by written notice.\n"
        "Schedule 3 - Special Terms\n"
        "A withdrawal takes effect only after the Model repays all fees received for the "
        "replica.\n"
    )
    assert report_of(pipeline, text).requirement("revocation").status == "weak"


def test_a_set_aside_description_still_raises_its_red_flag(pipeline: Pipeline) -> None:
    text = (
        "2. Notwithstanding clause 5 of the Performer Agreement, under which the Performer "
        "assigns all rights in the recordings irrevocably, in perpetuity and throughout the "
        "world, that assignment does not extend to any digital replica of the Performer.\n"
        "6. The Performer may revoke consent to the digital replica at any time by written "
        "notice.\n"
    )
    assert "irrevocable" in {f.id for f in report_of(pipeline, text).red_flags}


def test_consent_taken_from_silence_raises_the_deemed_consent_flag(pipeline: Pipeline) -> None:
    text = (
        "AI voice: please reply by Thursday if you object to the synthetic tags. If we don't "
        "hear from you, we will take it that you agree.\n"
    )
    assert "deemed_consent" in {f.id for f in report_of(pipeline, text).red_flags}


def test_with_or_without_does_not_negate_a_blanket_scope(pipeline: Pipeline) -> None:
    text = (
        "1. I grant the Photographer the right to publish the photographs, with or without my "
        "name, for any purpose whatsoever.\n"
    )
    assert "any_purpose" in {f.id for f in report_of(pipeline, text).red_flags}


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("7. Can I change my mind?\nYes, whenever you like. Send us an e-mail and we will take "
         "the photos down within a week.\n",
         "Can I change my mind?\nYes, whenever you like."),
        ("CAN I CHANGE MY MIND?\nYes - just let the office know in writing and we will stop "
         "using your child's image\n",
         "CAN I CHANGE MY MIND?\nYes - just let the office know in writing and we will stop "
         "using your child's image"),
    ],
    ids=["answer sentence", "answer without a full stop"],
)
def test_a_question_heading_answered_yes_is_quoted_with_its_answer(
    pipeline: Pipeline, text: str, quote: str
) -> None:
    """The question alone ("Can I change my mind?") does not show the reader why it decided."""
    result = report_of(pipeline, text).requirement("revocation")
    assert result.status == "present"
    assert quote in [e.quote for e in result.evidence]
