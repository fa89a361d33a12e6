"""Consent read from denied effects, void descriptions, pre-ticked boxes and conduct after the verb.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: a subject phrase that holds "without the Model's consent" and a predicate that denies it
any effect ("any use ... without the Model's written consent is prohibited", "a purchase order
... without a signed consent form gives no right to create or use one") requires consent, while
a use the other side "may" make without consent takes it away; a form or description that "is void
and gives no consent" is denied the force of a consent, which must then come from elsewhere, so it
removes nothing, while "no consent of the Model is required" does; "my consent to that AI
training is not required" takes consent away even beside the person's general grant, while one that
"is required and will be sought" does not; boxes ticked in advance that the person must untick
("pre-ticked", "a use you leave ticked is part of your consent") are an opt-out (weak), while a
table in which nothing is ticked in advance is an opt-in; agreeing "by doing so" or "by attending"
after the verb is consent read from conduct (weak), and "No separate consent form is used" then
says how it is given, not that none is needed, while a duty performed in a stated way ("shall
promote the range, including by appearing at two store openings") is no consent at all; a grant to
a list of grantees each with its own "to" is the person's grant, blanket beside "for any purpose";
a negation inside an object relative ("lines that the Model has never spoken, without the
Model's consent") does not cancel the "without" that follows it; a use barred "unless" the
other side sends a notice "and the Performer has countersigned" it waits for the person's
signature, while the other side's own approval as that limb asks nothing of the person; and a
person told of each licence "within fourteen days after granting it" is informed, not asked
(weak beside a consent given in advance), while a licence that needs her prior consent is asked.
Each case is a realistic sentence that must reach a status and a look-alike that must not, as
(phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, assert_flag, assert_reads

from analyser.pipeline import Pipeline

PER_CAMPAIGN = (
    "2. The Company shall not use the Digital Replica without the Model's separate written consent "
    "for each campaign, describing the campaign, the media and the period.\n"
)
STOCK_TRAINING = (
    "1. I grant the Agency the right to use photographs of me taken at the shoot in its stock "
    "library.\n"
    "2. The Agency may also use the photographs to train its AI image generator.\n"
)

CASES = [
    # a "without" in the subject, and a predicate that denies the act any effect
    (
        "any use without written consent is prohibited",
        AI + "2. Any use of the Digital Replica without the Model's prior written consent is "
        "prohibited.\n",
        "consent",
        "present",
    ),
    (
        "a purchase order without a signed consent form gives no right to create a double",
        AI + "2. A purchase order that mentions a digital double without a signed Double Consent "
        "Form from the Model gives no right to create or use one.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the company may use the replica without consent",
        AI + "2. The Company may use the Digital Replica in any later campaign without the "
        "Model's consent.\n",
        "consent",
        "present",
    ),
    # a void description gives no consent; it takes none away
    (
        "a consent form describing 'any purpose' is void and gives no consent",
        AI + PER_CAMPAIGN + "3. A consent form that describes the use as \"any purpose\" or "
        "\"all media\" is void and gives no consent to any use.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: no consent of the model is required for later campaigns",
        AI + PER_CAMPAIGN + "3. No consent of the Model is required for any campaign after the "
        "first.\n",
        "consent",
        "present",
    ),
    # consent to named uses denied as a requirement, beside the person's general grant
    (
        "my consent to the training is not required",
        RELEASE + STOCK_TRAINING + "3. My consent to that AI training is not required and is "
        "not sought by this release.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: my consent to the training is required and will be sought",
        RELEASE + STOCK_TRAINING + "3. My consent to that AI training is required and will be "
        "sought on a separate form before any training starts.\n",
        "consent",
        "missing",
    ),
    # boxes ticked in advance
    (
        "pre-ticked uses the person must untick",
        AI + "2. Each use of the Digital Replica in the table below is pre-ticked; untick any use "
        "you do not want before you sign. A use you leave ticked is part of your consent.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: nothing ticked in advance, each use ticked and initialled",
        AI + "2. No use of the Digital Replica in the table below is pre-ticked. The Company may "
        "make a use only if the Model has ticked it and written her initials next to it.\n",
        "consent",
        "weak",
    ),
    # agreement read from conduct named after the verb
    (
        "agreeing, by doing so, by attending the session",
        AI + "2. A staff member who attends the recording session and reads the script agrees, by "
        "doing so, to the uses of the Digital Replica described in this policy.\n",
        "consent",
        "weak",
    ),
    (
        "agreeing by attending the scan, with no separate consent form",
        AI + "2. The Model agrees, by attending the scan, to the uses of the Digital Replica "
        "described in this clause. No separate consent form is used.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: no separate consent of the model is required",
        AI + "2. No separate consent of the Model is required for any use of the Digital "
        "Replica.\n",
        "consent",
        "weak",
    ),
    # a grant to grantees each named with "to"
    (
        "a grant to grantees each with its own 'to', for any purpose",
        RELEASE + "1. I grant to the Photographer, to the Agency and to their licensees, "
        "successors and assigns the perpetual and worldwide right to use photographs of me taken "
        "at the shoot in all media now known or hereafter devised, for any purpose.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the photographer grants the person a licence to view the gallery",
        RELEASE + "1. The Photographer grants to me, to my agent and to my family a free and "
        "personal licence to view the online gallery of the shoot.\n",
        "consent",
        "weak",
    ),
    # a negation in an object relative before "without"
    (
        "lines the model has never spoken, generated without her consent",
        AI + "2. The Company may generate new lines for the Digital Replica, including lines "
        "that the Model has never spoken, without the Model's consent.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: the company ensures that the studio does not act without consent",
        AI + "2. The Company shall ensure that the Studio does not, without the Model's prior "
        "written consent, generate new lines for the Digital Replica.\n",
        "consent",
        "missing",
    ),
    # the person's countersignature as the second limb of a condition on the use
    (
        "no double in an episode unless a notice is sent and the performer countersigns it",
        AI + "2. The Company shall not use the Digital Replica in any episode unless, for that "
        "episode, it has sent the Model a notice describing each shot and the Model has "
        "countersigned the notice.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the company's own approval as the second limb",
        AI + "2. The Company may use the Digital Replica in any episode unless the Broadcaster "
        "objects and the Company has approved a different cut.\n",
        "consent",
        "present",
    ),
    # told of a licence only after it is granted, beside consent given in advance
    (
        "the person is told of each licence only after it is granted",
        AI + "2. The Model consents to the Agency creating the Digital Replica from her portfolio "
        "photographs.\n3. The Agency may license the Digital Replica to its clients and shall "
        "inform the Model of each licence within fourteen days after granting it.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: told of each proposed licence before it is granted, with a veto",
        AI + "2. The Model consents to the Agency creating the Digital Replica from her portfolio "
        "photographs.\n3. The Agency shall not license the Digital Replica to a client without "
        "the Model's prior written consent to that licence.\n",
        "consent",
        "weak",
    ),
]

FLAG_CASES = [
    (
        "agreeing, by doing so, is deemed consent",
        AI + "2. A staff member who attends the recording session agrees, by doing so, to the "
        "uses of the Digital Replica described in this policy.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: a duty performed by appearing at store openings",
        AI + "2. During the Term the Ambassador shall promote the new range, including by "
        "appearing at two store openings.\n",
        "deemed_consent",
        False,
    ),
    (
        "pre-ticked boxes are an opt-out",
        AI + "2. Every use of the Digital Replica in the table is pre-ticked; strike out any use "
        "you do not accept.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: no box is pre-ticked",
        AI + "2. No box in the table is pre-ticked; tick a use of the Digital Replica only if you "
        "agree to it.\n",
        "deemed_consent",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh16_consent_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh16_conduct_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
