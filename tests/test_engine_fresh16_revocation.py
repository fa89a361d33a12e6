"""Requests in the indicative, switches, overriding notwithstandings, deferred stops and asides.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. Asking that the images "are no longer used" or "are not used in a future season" asks for
their use to stop, as "be not used" does; asking that the material be excluded from licences
granted later stops those later uses. Having the replica switched off, or stopping the AI option,
is a withdrawal of the AI use; switching the studio lights off is not, nor is cancelling an option
on the model's dates. "Notwithstanding clause 12.1, the Model may withdraw" lets the person's
right prevail over clause 12.1: it is not an exception to the right, as "Except as set out in
clause 12.1" is. A stop instruction that takes effect only in the contract period after the one in
which it is given, a way out that opens only when a rating falls below a figure, and a request
that can be made only after the sale or event is over are withdrawals under heavy conditions
(weak). Who holds the right is read from the main clause: a party named in an opening condition
("If the Performer's contract with the Agency ends, she may ask ..."), the subject of a closed
parenthesis ("(a message to the marketing manager is enough)") and the owner of the place the
material is removed from ("remove from the Brand's website") are not the one who asks. Each case is
a realistic sentence that must reach a status and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

# a likeness release without AI terms
RELEASE = "1.1 The Brand may use photographs of the Ambassador in its catalogues.\n"
# an AI contract
SCAN = "1.1 The Studio may create a digital replica of the Performer from a body scan.\n"

CASES = [
    # a request in the indicative, or with "no longer"
    (
        "asking that the photographs are no longer used (booking confirmation)",
        RELEASE + "6.2 The Ambassador may at any time ask that the photographs of her are no "
        "longer used, and the Brand will take them down within fourteen days.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side asks that the photographs are no longer used",
        RELEASE + "6.2 The Brand may ask that the photographs of the Ambassador are no longer "
        "used by its retailers.\n",
        "revocation",
        "present",
    ),
    # exclusion from later licences
    (
        "asking that recordings be excluded from later dataset licences",
        SCAN + "5.1 The Performer may, by written notice to the Studio, ask that her recordings "
        "be excluded from any dataset licence granted after the Studio receives the notice.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: asking that a table be excluded from the seating plan",
        SCAN + "5.1 The Performer may ask that her table be excluded from the seating plan at "
        "the wrap party.\n",
        "revocation",
        "present",
    ),
    # the replica switched off, the AI option stopped
    (
        "requiring the replica to be switched off (ambassador agreement)",
        SCAN + "7.3 The Performer may at any time, for any reason, require the Studio by written "
        "notice to switch the Digital Double off.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: requiring the studio lights to be switched off",
        SCAN + "7.3 The Performer may require the Studio to switch the studio lights off during "
        "rehearsals.\n",
        "revocation",
        "present",
    ),
    (
        "stopping the AI option (booking confirmation)",
        SCAN + "4.2 You may stop the avatar option at any time by telling the casting office.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: cancelling an option on the model's dates",
        SCAN + "4.2 You may cancel the option on your dates if the Studio has not confirmed the "
        "booking.\n",
        "revocation",
        "present",
    ),
    # a notwithstanding that lets the person's right prevail
    (
        "notwithstanding the term clause, the person may withdraw",
        SCAN + "10.1 Notwithstanding clause 12.1, the Performer may withdraw from the replica "
        "programme at any time by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: an exception named before the right",
        SCAN + "10.1 Except as set out in clause 12.1, the Performer may withdraw from the "
        "replica programme at any time by written notice.\n",
        "revocation",
        "present",
    ),
    # a stop deferred to the next contract period
    (
        "an instruction that takes effect only in the next contract year",
        SCAN + "7.1 The Performer may by written notice instruct the Studio to stop creating new "
        "scenes with the digital replica. The instruction takes effect on the first day of the "
        "contract year following the contract year in which it is given.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: an instruction that takes effect within days",
        SCAN + "7.1 The Performer may by written notice instruct the Studio to stop creating new "
        "scenes with the digital replica. The instruction takes effect seven days after the "
        "Studio receives it.\n",
        "revocation",
        "weak",
    ),
    # a way out that opens only if a rating falls
    (
        "withdrawal only if a listener rating falls below a figure",
        SCAN + "6.2 If an AI audiobook made with the replica voice has an average rating below "
        "three stars for three months, the Performer may require it to be withdrawn from sale.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: withdrawal from sale at any time",
        SCAN + "6.2 The Performer may at any time require an AI audiobook made with the replica "
        "voice to be withdrawn from sale.\n",
        "revocation",
        "weak",
    ),
    # a request that opens only when the sale is over
    (
        "a request that can be made only after the auction closes",
        RELEASE + "6.1 After the auction closes, the Ambassador may ask the Brand in writing to "
        "remove photographs of her from its website.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the same request at any time",
        RELEASE + "6.1 At any time, the Ambassador may ask the Brand in writing to remove "
        "photographs of her from its website.\n",
        "revocation",
        "weak",
    ),
    # the other side's place is not the other side acting
    (
        "removal from the other side's website",
        RELEASE + "6.1 The Ambassador may ask the Brand in writing to remove from the Brand's "
        "website the photographs in which her face can be seen.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side asks for removal from the person's account",
        RELEASE + "6.1 The Brand may ask the Ambassador in writing to remove from the "
        "Ambassador's account the photographs of the store launch.\n",
        "revocation",
        "present",
    ),
    # the subject of a closed parenthesis
    (
        "a party named in a parenthesis about how notice is given",
        RELEASE + "5.1 The Ambassador may at any time, by written notice to the Brand (a message "
        "to the marketing manager is enough), withdraw her permission for further use of the "
        "photographs.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side withdraws its own permission",
        RELEASE + "5.1 The Brand may at any time, by written notice to the Ambassador (a message "
        "to her agent is enough), withdraw its permission for further use of its logo.\n",
        "revocation",
        "present",
    ),
    # a party named in an opening condition
    (
        "a pronoun subject after a condition naming the other side",
        SCAN + "6.1 If the Performer's contract with the Agency ends, she may ask the Studio, by "
        "written notice given within six months after it ends, to retire the digital replica.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side is the subject of the main clause",
        SCAN + "6.1 If the Performer's contract ends, the Agency may ask the Studio, by written "
        "notice given within six months after it ends, to retire the digital replica.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh16_reads_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
