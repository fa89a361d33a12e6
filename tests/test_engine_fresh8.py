"""Removals beside consent to other things, universal overrides, withdrawals and what follows
them, and pay on top of other pay (the fresh8 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style (UK, US, translated civil-law, plain-English notices and app terms): "consent shall not be
required" for the use leaves consent missing although the contract elsewhere asks consent for
something that is not a use of the likeness (race days, assigning the agreement), says "these
terms constitute the student's consent" for a statute, or agrees that photos "may remain" online
after a duty to remove them; "without any further Replica Consent" removes consent like "without
further consent"; "Notwithstanding anything else in this Agreement, including clause 14"
prevails over every other clause, as "or any other provision" does, while a bare "notwithstanding
clause 14" stays an exception; a withdrawal of "any Avatar Consent, and any permission to use the
Avatar" withdraws both; "without giving reasons, object to any further use" is an objection, not
a negated one; a full sentence after a withdrawal that names the request or says what "then"
happens ("A request takes effect only once the Board has approved ...", "The School will then ask
..., provided that the student first reimburses ...") carries its conditions; "ask to be released
from the image rights licence" is a withdrawal request; "will not receive any additional payment"
for the AI use is no further compensation (weak), not no pay at all; a salary that "includes full
remuneration for all uses" is pay for something else; a rate the other side "sets ... and may
change" is not a stated rate; trying to show the person a photo before it is posted is a preview,
not a best-effort withdrawal. Each case is a realistic sentence that must reach a status and a
look-alike that must not, as (phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, FEE, REMOVAL, report_of

from analyser.pipeline import Pipeline

GRANT = (
    "1. The Rider grants to the Team, during the Term, the exclusive right to use his name and "
    "image in connection with the Team and its sponsors.\n"
)
NO_FURTHER = (
    "2. No further consent of the Rider shall be required for any use of his image by the Team "
    "or its sponsors.\n"
)
WITHDRAW_ANY_TIME = (
    "6. The Presenter may withdraw her consent to the Avatar at any time by written notice.\n"
)
IRREVOCABLE = "14. All rights granted under this Agreement are irrevocable.\n"


CASES = [
    # a removal of consent to the use stands beside consent to things that are not that use
    (
        "consent to racing days beside a removal (SI cycling)",
        GRANT + NO_FURTHER + "3. The Rider shall not race more than 70 race days in a season "
        "without his consent.\n",
        "consent",
        "missing",
    ),
    (
        "consent to a use of the image is still a requirement (look-alike)",
        GRANT + NO_FURTHER + "3. The Team shall not use the Rider's image in advertising "
        "outside Slovenia without his written consent.\n",
        "consent",
        "weak",
    ),
    (
        "the terms said to be the consent under a statute (HU study rules)",
        AI + REMOVAL + "3. These study terms constitute the Model's consent for the purposes of "
        "the Civil Code.\n",
        "consent",
        "missing",
    ),
    (
        "agreement that photos may remain after a removal duty (PA employment annex)",
        "1. The Employer may photograph the Employee at work and use the photographs on its "
        "websites. The Employee's consent shall not be required for such use.\n"
        "7. When the employment ends, the Employer shall remove the photographs from its websites "
        "within sixty days, unless the Employee agrees in writing that they may stay.\n",
        "consent",
        "missing",
    ),
    (
        "a removal of consent to a defined consent (JM sponsorship)",
        AI + FEE + "3. The Company shall not use the Digital Replica except with the Model's "
        "written Replica Consent.\n"
        "18. Notwithstanding clause 3, the Company may post short clips of the Digital Replica on "
        "its own channels without any further Replica Consent.\n",
        "consent",
        "weak",
    ),
    (
        "withdrawing a consent and a permission together (look-alike of a consent requirement)",
        AI + FEE + "3. The Company shall not use the Digital Replica except with the Model's "
        "written Replica Consent.\n"
        "11. Notwithstanding anything else in this Agreement, the Model may withdraw any Replica "
        "Consent, and any permission to use the Digital Replica, at any time by notice.\n"
        "18. Notwithstanding clause 3, the Company may post short clips of the Digital Replica on "
        "its own channels without any further Replica Consent.\n",
        "consent",
        "weak",
    ),
    # a universal override prevails; a named one is an exception
    (
        "notwithstanding anything else in this Agreement (UK presenter)",
        "1. The Company may create a Digital Replica of the Presenter for the Campaign.\n"
        + IRREVOCABLE + "11. Notwithstanding anything else in this Agreement, including "
        "clause 14, the Presenter may withdraw her consent to the Avatar at any time by written "
        "notice.\n",
        "revocation",
        "present",
    ),
    (
        "notwithstanding anything to the contrary (US talent)",
        AI + "11. Notwithstanding anything to the contrary herein, Talent may revoke consent to "
        "the Digital Replica at any time on thirty days' notice.\n",
        "revocation",
        "present",
    ),
    (
        "an exception named before the right stays an exception (look-alike)",
        AI + "11. Except as set out in clause 14, the Presenter may withdraw her consent to the "
        "Avatar at any time by written notice.\n",
        "revocation",
        "weak",
    ),
    # how the person withdraws is not a negation of the withdrawal
    (
        "objection without giving reasons (PA employment annex)",
        "1. The Employer may use photographs of the Employee on its websites.\n"
        "6. The Employee may at any time, by written notice and without giving reasons, object "
        "to any further use of his image.\n",
        "revocation",
        "present",
    ),
    (
        "objection without stating a reason (UK plain English)",
        "1. We may use photographs of you on our website.\n"
        "6. You can, without stating a reason, object to any future use of your photographs.\n",
        "revocation",
        "present",
    ),
    (
        "no objection to further use (look-alike)",
        "1. The Employer may use photographs of the Employee on its websites.\n"
        "6. The Employee may not object to any further use of his image.\n",
        "revocation",
        "missing",
    ),
    # a sentence that goes on about the request carries its conditions
    (
        "the request takes effect only once a replacement is approved (CA museum)",
        AI + "5.1 You may ask us to retire your Digital Replica by writing to us. A request "
        "takes effect at the end of the season, and only once the Board has approved a "
        "replacement.\n",
        "revocation",
        "weak",
    ),
    (
        "what then happens only on repayment (HU academy)",
        AI + "5.1 The Model may withdraw her consent to the Digital Replica by notice. The "
        "Company will then remove it from the next version of the app, provided that the Model "
        "first reimburses the cost of the scan.\n",
        "revocation",
        "weak",
    ),
    (
        "a following sentence about something else (look-alike)",
        AI + "5.1 The Model may withdraw her consent to the Digital Replica by notice. The "
        "Company pays for the scan, including the cost of travel.\n",
        "revocation",
        "present",
    ),
    (
        "ask to be released from the licence, with a fee (SI cycling)",
        GRANT + "10. The Rider may, by written notice given six months before the end of a "
        "season, ask to be released from the image rights licence in clause 1, on paying a "
        "release fee equal to one season's image fee.\n",
        "revocation",
        "weak",
    ),
    (
        "released from the squad is not a withdrawal (look-alike)",
        GRANT + "10. The Rider may ask to be released from the squad for national team duty.\n",
        "revocation",
        "missing",
    ),
    # pay on top of other pay
    (
        "no additional payment for the AI use beside a session fee (US medical school)",
        AI + "4.1 Capture sessions are paid at USD 22 per hour.\n"
        "4.2 The Model will not receive any additional payment, royalty or fee for any use of "
        "the Digital Replica.\n",
        "compensation",
        "weak",
    ),
    (
        "no payment at all (look-alike)",
        AI + "4.2 The Model will not receive any payment, royalty or fee for any use of the "
        "Digital Replica.\n",
        "compensation",
        "missing",
    ),
    (
        "a salary that includes remuneration for the uses (RW employment addendum)",
        AI + "8. The Model's monthly salary includes full remuneration for the creation and all "
        "uses of the Digital Replica.\n",
        "compensation",
        "weak",
    ),
    (
        "a rate the other side sets and may change (US app terms)",
        AI + "Each session with the Digital Replica earns you points. We set the conversion "
        "rate and may change it from time to time. Payouts are made once your balance reaches "
        "USD 50.\n",
        "compensation",
        "weak",
    ),
    (
        "a rate fixed in the contract (look-alike)",
        AI + "Each session with the Digital Replica earns you USD 2 per session, paid monthly.\n",
        "compensation",
        "present",
    ),
    # a preview is not a withdrawal
    (
        "trying to show a photo before it is posted (CA swim club)",
        "We may post photos of your swimmer on the club website. You can ask us to show you "
        "photos before they are posted, and we will try to do so.\n",
        "revocation",
        "missing",
    ),
    (
        "trying to take a photo down (look-alike)",
        "We may post photos of your swimmer on the club website. You may ask us to take down a "
        "photo. We will try to do so within seven days.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh8_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon
