"""Lock-ins, cut-off dates, tick-box answers, follow-on sub-clauses and denied detriments.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. A right to end the licence on notice that "may not be given before" a date or an
anniversary is a lock-in, and a withdrawal possible only "until" or "before" a fixed date is cut
off while the uses go on: both are withdrawal under a heavy condition (weak), unless the date is
the end of the licence itself. Withdrawing from a study "at any time", with no object, and
withdrawing a ticked "Yes" on a consent form are withdrawals of the consent. The person saying
they no longer want the material used, told to the other side, stops the use; the "not" is part
of the wish. The next sub-clause of the same section that opens by naming the withdrawal
("5.2 A withdrawal applies only to productions that have not begun principal photography")
states that withdrawal's conditions, as a following sentence of the same clause would; a
production already filming is out of its reach. A confirmation sent "if you ask" that a
deletion due anyway has been made is information, not a stop on request. A negation that denies
a detriment for withdrawing ("no employee will be disciplined ... for opting out") denies the
detriment, not the right; a relative clause that describes what the person has not done
("employees who do not return the opt-out form") describes a case, like an open condition. A
stop the other side makes only "where practicable" after a request is an effort, not a duty
(weak). Each case is a realistic sentence that must reach a status and a look-alike that must
not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

# a likeness release without AI terms
RELEASE = "1.1 The Brand may use photographs of the Ambassador in its catalogues.\n"
# an AI contract
SCAN = "1.1 The Studio may create a digital replica of the Performer from a body scan.\n"
# a research consent form
STUDY = "1.1 We record your voice and face for a research corpus on speech and emotion.\n"

CASES = [
    # a notice that ends the licence, locked in until a date
    (
        "a termination notice that may not be given before a date (ambassador agreement)",
        RELEASE + "9.2 The Ambassador may terminate this Agreement on sixty (60) days' written "
        "notice, but no such notice may be given before 1 June 2027.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a notice that may be given by e-mail",
        RELEASE + "9.2 The Ambassador may terminate this Agreement on sixty (60) days' written "
        "notice, which may be given by e-mail.\n",
        "revocation",
        "weak",
    ),
    # withdrawal only until a fixed date
    (
        "a withdrawal possible only until a fixed date (research consent)",
        STUDY + "6.1 You may withdraw at any time until 31 March 2027 by writing to the project "
        "office, and we will then stop using your recordings.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a cut-off that is the end of the licence itself",
        STUDY + "6.1 You may withdraw your consent at any time before 31 March 2027, when the "
        "licence ends.\n",
        "revocation",
        "weak",
    ),
    # withdrawing from a study with no object
    (
        "withdrawing from a study at any time (participant information sheet)",
        STUDY + "6.1 You are free to withdraw at any time, without giving a reason, by e-mailing "
        "the study team.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the sponsor may withdraw from the project",
        STUDY + "6.1 The Sponsor may withdraw at any time if the project loses its funding.\n",
        "revocation",
        "present",
    ),
    # a ticked answer withdrawn
    (
        "a ticked Yes withdrawn (scan consent form)",
        SCAN + '5.1 You may withdraw any "Yes" you have ticked above by e-mailing the casting '
        "office.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side withdraws its Yes to a schedule",
        SCAN + '5.1 The Studio may withdraw any "Yes" it has given to the Performer\'s proposed '
        "schedule.\n",
        "revocation",
        "present",
    ),
    # the person no longer wanting the material used
    (
        "the person no longer wants the images online and says so (booking message)",
        SCAN + "5.1 If at any time you no longer want the replica images online, message the "
        "booker, who will tell the Studio.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: no longer wanting a newsletter",
        SCAN + "5.1 If you no longer want to receive our newsletter, message the booker.\n",
        "revocation",
        "present",
    ),
    # the next sub-clause that names the withdrawal
    (
        "a sub-clause on the withdrawal that keeps a production already filming",
        SCAN + "5. Changing your mind\n5.1 You may withdraw your consent to the replica at any "
        "time by e-mail.\n5.2 A withdrawal applies only to productions that have not begun "
        "principal photography on the day we receive it.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the same words in another section, about something else",
        SCAN + "5. Changing your mind\n5.1 You may withdraw your consent to the replica at any "
        "time by e-mail.\n6. Fees\n6.1 Cancellation fees apply only after principal photography "
        "has begun.\n",
        "revocation",
        "weak",
    ),
    # a confirmation on request
    (
        "a confirmation of a deletion due anyway, sent if the person asks",
        SCAN + "4.3 We will delete the scan within ninety days after the last production ends, "
        "and will confirm the deletion to you by e-mail if you ask.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: the scan deleted on request",
        SCAN + "4.3 On request, we will delete the scan within ninety days and stop using the "
        "replica.\n",
        "revocation",
        "missing",
    ),
    # a denied detriment
    (
        "no one is disciplined for opting out (staff handbook)",
        RELEASE + "14.5 You may opt out at any time by e-mailing Human Resources. No employee will "
        "be disciplined or treated less favourably for opting out.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a withdrawal that is itself refused",
        RELEASE + "14.5 You may not opt out once the photographs are printed, and you will be "
        "disciplined for refusing to take part.\n",
        "revocation",
        "present",
    ),
    # a relative clause that describes the person not acting
    (
        "staff who do not return the opt-out form (staff handbook)",
        RELEASE + "14.4 Staff who do not return the opt-out form within thirty days are treated "
        "as having agreed.\n14.5 You may opt out at any time by e-mailing Human Resources.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: staff who may not opt out",
        RELEASE + "14.4 Staff who may not opt out are listed in the Annex.\n14.5 You may opt out "
        "at any time by e-mailing Human Resources.\n",
        "revocation",
        "present",
    ),
    # a stop only where practicable
    (
        "a blur after a request only where practicable (filming notice)",
        RELEASE + "If you would prefer not to appear, tell the Guest Desk. Where practicable, we "
        "will blur you or leave you out of any video we publish after your request.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the same stop as a firm duty",
        RELEASE + "If you would prefer not to appear, tell the Guest Desk. We will blur you or "
        "leave you out of any video we publish after your request.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh15_reads_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
