"""Ways out that close at an event in the production, and whom a notice is sent to.

Drawn from the error classes of the blind `fresh20` and `fresh21` sets at first contact, each read
the way a lawyer would read it in any contract: a withdrawal the person may make only "before the
Campaign goes live", "until the Final Cut Date" or "before the picture lock" is weak, because after
that point the uses go on; a withdrawal that spares uses "before the withdrawal", runs to "the end
of the Term", belongs to a contest entry, is barred ("may not be withdrawn before ...") or is the
condition of a promise ("If you withdraw before the print deadline, we will not use ...") gates
nothing. The party a notice goes to ("by e-mail to the Producer") is not who withdraws.
Each case is a realistic sentence that must reach a status and a look-alike that must not, as
(phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_reads

from analyser.pipeline import Pipeline

WITHDRAW = "2. The Model may withdraw her consent to the Digital Replica at any time by e-mail.\n"

CASES = [
    # a way out that closes at an event in the production or campaign is weak
    (
        "withdrawal only until the campaign goes live",
        AI + "2. The Creator may withdraw a Synthetic Content Approval by e-mail to the Manager at "
        "any time before the Campaign goes live.\n",
        "revocation",
        "weak",
    ),
    (
        "a passive revocation until the final cut, the notice sent to the other side",
        AI + "2. A Version Sheet may be revoked by the Performer by e-mail to the Producer until "
        "the Final Cut Date stated in it.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal before the picture lock, past a clause number",
        AI + "2. I may withdraw this release, including my choice in clause 2.2, by writing to the "
        "Producer at any time before the picture lock of the Film.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal with notice before the end of a calendar quarter",
        AI + "2. The Model may withdraw the permission for future uses by written notice given at "
        "least thirty days before the end of a calendar quarter.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: uses before the withdrawal are not undone",
        AI + WITHDRAW + "3. Withdrawal does not affect the lawfulness of use before the "
        "withdrawal.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the way out runs for the whole term",
        AI + "2. You may withdraw your consent to the Digital Replica at any time before the end "
        "of the Term.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a withdrawal with a promise that follows it",
        AI + "2. The Model may withdraw consent at any time, and the Company will stop using the "
        "Digital Replica before the next print run.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a condition, not a window",
        AI + WITHDRAW + "3. If you withdraw before the print deadline, we will not print any image "
        "of you.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a contest entry withdrawn before the deadline",
        AI + WITHDRAW + "3. You may withdraw your Entry at any time before the Entry Deadline by "
        "deleting it in your account.\n",
        "revocation",
        "weak",
    ),
    (
        "a bar on withdrawing before a date is no way out",
        AI + "2. Once the Avatar has been delivered, the Avatar Consent may not be withdrawn "
        "before the date in clause 7.1.\n",
        "revocation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh20_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
