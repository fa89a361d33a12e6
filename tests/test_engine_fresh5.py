"""Time-limited withdrawal, consent by conduct or by others, later pay and per-item take-downs
(the fresh5 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style (US, UK, Australian, translated civil-law, plain-English app terms): a withdrawal that takes
effect "only from the end of a usage period", or must arrive "no later than thirty days before the
premiere", is withdrawal under a heavy condition (weak), and an election or opt-in is withdrawn
like a consent; a grant "irrevocable during the Term" that the person "may not withdraw on any
ground" leaves no withdrawal, and a termination right for breach does not restore one; a person
"considered to have consented", "taken to agree" or "treated as having consented" has consent by
conduct (weak); a guardian or club that consents "on behalf of the Trainee / Pupil / Player" is a
third party (weak); "without the separate consent of" takes consent away (missing), "the Model's
separate consent" required protects; "if no box is ticked, no consent is given" is the opt-in
protecting the person, not a removal; pay "to be agreed" only for uses authorised later, beside a
stated fee, leaves the fee present; a request to stop using "a particular image", or a wish that
"a particular clip not appear", is a take-down of single items (weak); "avatar" as a profile
picture is not a replica, and a term defined at the close of an AI sentence ("Virtual Member") is
AI wherever it is named. Each case is a realistic sentence that must reach a status and a
look-alike that must not, as (phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, report_of

from analyser.pipeline import Pipeline
from analyser.segmenter import line_to_start

FEE = (
    "4. The Company shall pay the Model USD 2,000 for each Campaign in which the Digital Replica "
    "appears.\n"
)



CASES = [
    # withdrawal limited in time: effect only from a period's end, or a cut-off before an event
    (
        "withdrawal only from the end of a period (AU)",
        AI + FEE + "6. The Talent may withdraw consent to synthetic spots only with effect from "
        "the end "
        "of a usage period, by giving the Agency not less than eight weeks' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal cut off before the premiere (IT translation)",
        AI + FEE + "Art. 5 - Withdrawal 1) The Actress may withdraw her consent to any AI "
        "Reconstruction by registered letter received no later than thirty (30) days before the "
        "festival premiere.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal of an election at a programme year's end (US)",
        AI + FEE + "7(g) The Host may withdraw his election only with effect from the end of a "
        "Programme Year, by written notice given before the end of that Programme Year.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal effective only at the end of a contract year (UK)",
        AI + FEE + "9.1 The Artist may withdraw this consent, but the withdrawal shall take effect "
        "only at the end of the Contract Year in which notice is given.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal not earlier than an anniversary (civil-law translation)",
        AI + FEE + "Article 7 The Performer may revoke this authorisation, but not earlier than "
        "the "
        "first anniversary of the premiere of the Film.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal effective only from the end of a billing period (app terms)",
        AI + FEE + "8. You can withdraw your consent to AI voice features in your settings, but "
        "the withdrawal takes effect only from the end of your current subscription period.\n",
        "revocation",
        "weak",
    ),
    (
        "condition after a semicolon (app terms)",
        AI + FEE + "8. You can withdraw your consent to AI voice features in your settings; the "
        "withdrawal takes effect only from the end of your current subscription period.\n",
        "revocation",
        "weak",
    ),
    (
        "a proportionate sentence after a semicolon",
        AI + FEE + "8. You can withdraw your consent to AI voice features in your settings; we "
        "will then stop using your voice within seven days.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawal at any time, with a deadline on the other side only",
        AI + FEE + "6. The Model may withdraw consent at any time by written notice, and the "
        "Company "
        "shall stop all use no later than fourteen days after receiving the notice.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawal of an election at any time",
        AI + FEE + "7(g) The Host may withdraw his election at any time by e-mail to the "
        "Network.\n",
        "revocation",
        "present",
    ),
    # a lock-in covering every use, and a termination right for breach
    (
        "irrevocable during the Term, breach termination is a remedy",
        AI + FEE + "Article 12 (1) The grants and consents in Articles 5 to 7 are irrevocable "
        "during "
        "the Term, and the Talent may not withdraw them on any ground.\n"
        "(2) If either party breaches paragraph (1), the other party may terminate this Agreement "
        "immediately without notice.\n",
        "revocation",
        "missing",
    ),
    # consent by conduct in other words
    (
        "considered to have consented (CA union rider)",
        AI + FEE + "1.3 A background performer who attends the Scan and completes the capture is "
        "considered to have consented to the creation and use of the Digital Replica.\n",
        "consent",
        "weak",
    ),
    (
        "taken to agree (UK school terms)",
        "Student Image Terms\n1. By enrolling on the Diploma and attending practical sessions you "
        "are "
        "taken to agree to being photographed and filmed, and to the uses of those images in "
        "clause 2.\n",
        "consent",
        "weak",
    ),
    (
        "shall be taken to have agreed (AU)",
        AI + FEE + "3. The Participant shall be taken to have agreed to the recording of their "
        "voice "
        "for the Digital Replica if they remain in the booth after the red light is switched on.\n",
        "consent",
        "weak",
    ),
    (
        "treated as having consented (app terms)",
        AI + FEE + "5. If you keep the AI voice feature switched on, you are treated as having "
        "consented to the cloning of your voice.\n",
        "consent",
        "weak",
    ),
    (
        "not taken to have agreed by attending",
        AI + FEE + "5. The Performer shall not be taken to have agreed to any Digital Replica use "
        "merely by attending the Scan.\n6. The Company shall not create a Digital Replica without "
        "the Performer's prior written consent.\n",
        "consent",
        "present",
    ),
    # a third party consents on the person's behalf
    (
        "legal representative on behalf of the trainee (KR translation)",
        "Article 10 (Recording)\n(1) The Agency may record the Trainee's lessons.\n(2) The Legal "
        "Representative consents, on behalf of the Trainee, to such recording.\n",
        "consent",
        "weak",
    ),
    (
        "parent on behalf of the pupil (UK)",
        "School Photography Consent\n1. The parent or guardian gives consent on behalf of the "
        "Pupil "
        "to the use of the Pupil's photograph in the school prospectus.\n",
        "consent",
        "weak",
    ),
    (
        "club on behalf of the player (sports)",
        "Image Rights\n3.1 The Club gives its consent on behalf of the Player to the use of the "
        "Player's image in the licensed video game.\n",
        "consent",
        "weak",
    ),
    # consent taken away in other words
    (
        "without the separate consent of (KR translation)",
        AI + FEE + "Article 11 (2) The Company may create, modify and use the Digital Replica "
        "without "
        "the separate consent of the Model or the Legal Representative.\n",
        "consent",
        "missing",
    ),
    (
        "consent shall not be required for any (US)",
        AI + FEE + "5.3 The Model's consent shall not be required for any Digital Replica content "
        "produced in accordance with this Section 5, including updates and translations.\n",
        "consent",
        "missing",
    ),
    (
        "without the further approval of (UK)",
        AI + FEE + "3.2 The Company may reuse the Digital Replica in later campaigns without the "
        "further approval of the Model.\n",
        "consent",
        "missing",
    ),
    (
        "the separate consent required, negated removal",
        AI + FEE + "3.2 The Company shall not reuse the Digital Replica without the separate "
        "consent "
        "of the Model.\n",
        "consent",
        "present",
    ),
    # opt-in boxes: no box ticked means no consent
    (
        "no box ticked, no consent (DE translation)",
        "Consent to the use of photographs\n\u00a7 2 (1) I consent to the Company using "
        "photographs "
        "of me, with my name and job title, for the purposes I have ticked below.\n(3) If no box "
        "is "
        "ticked for a purpose, no consent is given for it.\n",
        "consent",
        "present",
    ),
    (
        "no consent required, a real removal",
        "Employee photographs\n2. No consent of the Employee shall be required for any use of the "
        "photographs on the intranet.\n",
        "consent",
        "missing",
    ),
    # pay to be agreed only for later uses, beside a stated fee
    (
        "later uses to be agreed beside a lump sum (FR translation)",
        "Article 5 - Remuneration\nIn return for this authorisation the Workshop shall pay the "
        "Model a "
        "lump sum of EUR 1,200. Any use authorised later under Article 2 shall give rise to "
        "additional remuneration to be agreed at that time.\n",
        "compensation",
        "present",
    ),
    (
        "further use beyond the term negotiated (US)",
        AI + FEE + "4.2 Fees for any further use beyond the Term shall be negotiated in good "
        "faith.\n",
        "compensation",
        "present",
    ),
    (
        "later uses to be agreed and nothing else",
        "5. Remuneration\nAny use authorised later under Article 2 shall give rise to remuneration "
        "to "
        "be agreed at that time.\n",
        "compensation",
        "weak",
    ),
    (
        "main use to be agreed",
        AI + "4. The fee for the Digital Replica is to be agreed between the parties.\n",
        "compensation",
        "weak",
    ),
    # take-downs of particular items
    (
        "stop using a particular image (UK school)",
        "4. Removing images\n(a) A student may ask the Academy in writing to stop using a "
        "particular "
        "image on its website.\n",
        "revocation",
        "weak",
    ),
    (
        "remove a specific photo (app terms)",
        "Your photos\n3. You may ask us to remove a specific photo from our Instagram page.\n",
        "revocation",
        "weak",
    ),
    (
        "stop using all photos",
        "Your photos\n3. You may ask us to stop using your photos at any time.\n",
        "revocation",
        "present",
    ),
    (
        "a particular clip not appear (CA notice)",
        "Recital filming notice\nIf you would prefer that a particular clip or photograph of your "
        "child not appear on the Studio's YouTube channel, please email the front desk with the "
        "link.\n",
        "revocation",
        "weak",
    ),
    (
        "would rather not appear, ask the school (UK)",
        "Photographs at school events\nParents who would rather their child's photograph did not "
        "appear in the newsletter should contact the school office.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh5_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


AI_CASES = [
    (
        "avatar as a directory profile picture (DE translation)",
        "\u00a7 1 (1) The Company would like to use a portrait photograph as the employee's "
        "profile "
        "picture (avatar) in the internal Microsoft Teams and telephone directory.\n",
        False,
    ),
    (
        "avatar as a forum picture (app terms)",
        "1. Your profile photo or avatar is shown to other members of the forum next to your "
        "posts.\n",
        False,
    ),
    (
        "an avatar that speaks",
        "1. The Company may generate an avatar of the employee that speaks in training videos.\n",
        True,
    ),
    (
        "a term defined at the close of an AI sentence",
        "Article 11 (Virtual Member Project)\n(1) The Agency may create virtual members based on "
        "the Trainee's face and voice, using three-dimensional scanning and generative artificial "
        'intelligence ("Virtual Member").\n(2) The Agency may use the Virtual Member in any '
        "content.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "ai"), AI_CASES)
def test_fresh5_ai_detection(pipeline: Pipeline, phenomenon: str, text: str, ai: bool) -> None:
    assert report_of(pipeline, text).ai_addressed is ai, phenomenon


FLAG_CASES = [
    (
        "in Brazil and abroad (BR translation)",
        "Clause Two The COMPANY may publish the Campaign Content in its channels and in paid "
        "media, in Brazil and abroad.\n",
        "worldwide",
        True,
    ),
    (
        "travel abroad is not a territory",
        "5. The Company will reimburse the Model's travel expenses for shoots in the UK and "
        "abroad.\n",
        "worldwide",
        False,
    ),
    (
        "licensed for cinema and television (IT translation)",
        AI + "Art. 6 1) The Foundation may show the Restored Version at the festival and license "
        "it for cinema, television and streaming in the European Union for fifteen years.\n",
        "third_party_transfer",
        True,
    ),
    (
        "appointed agent and attorney (JP translation)",
        "Article 4 (1) The Talent appoints the Agency as her exclusive agent and attorney with "
        "full power to execute agreements concerning the use of her portrait.\n",
        "power_of_attorney",
        True,
    ),
    (
        "no separate payment for derivative uses",
        AI + "Article 8 (3) The monthly fee covers all use of the Digital Replica, and no separate "
        "payment shall be made for it.\n",
        "no_further_compensation",
        True,
    ),
    (
        "use by a third party needs a new authorisation (FR translation)",
        "Article 2 (d) Any other use of the photographs, in particular on packaging or by any "
        "third party, shall be the subject of a new written authorisation.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a minor's parent as legal representative is not an heir (KR translation)",
        "This Agreement is signed by the Trainee and by Yoon Jae-sung, father and legal "
        "representative of the Trainee.\n1. The Agency may photograph the Trainee.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "the heirs and legal representatives bound",
        "9. This release binds my heirs, executors and legal representatives.\n",
        "binding_on_heirs",
        True,
    ),
    (
        "the edit shown before use (US patient release)",
        "B.3 Before first use Corvale will show me the edited video and the final photographs.\n",
        "alteration",
        False,
    ),
    (
        "the photographs may be edited",
        "B.3 Corvale may edit the video and retouch the photographs of me as it sees fit.\n",
        "alteration",
        True,
    ),
    (
        "considered to have consented",
        AI + "1.3 A performer who completes the capture is considered to have consented to the "
        "creation of the Digital Replica.\n",
        "deemed_consent",
        True,
    ),
    (
        "not taken to have agreed",
        AI + "1.3 The Performer shall not be taken to have agreed to anything merely by "
        "attending.\n",
        "deemed_consent",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh5_red_flags_read_in_their_sentence(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert (flag in {f.id for f in report_of(pipeline, text).red_flags}) is raised, phenomenon


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("B.3 Before first use Corvale will show me the edited video.", "B.3"),
        ("7(c)(ii) The Host may approve or decline each campaign by email.", "7(c)(ii)"),
        ("7(a) Definitions. \"Voice Model\" means a text-to-speech model.", "7(a)"),
        (
            "Schedule 2 Part B para 3. The Agency will pay AUD 450 for each spot.",
            "Schedule 2 Part B para 3",
        ),
        ("Schedule 1 para 2. Fees: shoot fee AUD 1,400 per day.", "Schedule 1 para 2"),
        ("Schedule 2 - Usage", "Schedule 2"),
    ],
)
def test_fresh5_numbering_styles_start_clauses(line: str, number: str) -> None:
    found = line_to_start(line)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "line",
    [
        "A dancer may leave at any time.",
        "I agree. 7 days later the Company will publish the photographs.",
        "Schedule the shoot for the morning of 4 May.",
    ],
)
def test_fresh5_prose_does_not_start_clauses(line: str) -> None:
    found = line_to_start(line)
    assert found is None or found.number is None
