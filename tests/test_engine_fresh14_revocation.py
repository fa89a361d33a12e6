"""Defaults on pay owed, prizes, lump sums, quotas, take-down requests and objections.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. On pay: "does not pay" inside a leading condition that a main clause follows ("If the
Agency does not pay a renewal fee when due, its licence ends") describes a default on pay that is
owed, not a statement that nothing is paid; money won in a competition (a winner's or runner-up's
prize) rewards the win, not the use of the likeness; a single lump sum said to "cover" the uses
of the likeness or replica is a buyout (weak); and a unit of time or of use ("per month") is a
rate of pay only in a sentence that speaks of pay ("post three pieces of content per month" is a
quota of work). On withdrawal: a request that the other side "take" the material "down", with the
phrasal verb split by its object, is a right to stop its use; an objection to uses "not yet"
made reaches future uses, and a following sentence that opens with "The objection" brings its
conditions to it; a period stated before "unless you ask us to take them down sooner" is the
default the request cuts short, not a condition on asking. Each case is a realistic sentence that
must reach a status and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

# a likeness release without AI terms
RELEASE = "1.1 The Agency may use photographs of the Model from the shoot in its brochures.\n"
# an AI contract
VOICE = "1.1 The Publisher may create a synthetic voice of the Narrator from her recordings.\n"

CASES = [
    # a default on pay owed, in a leading condition
    (
        "a default on a renewal fee in a leading condition (model release)",
        RELEASE + "4.1 The Agency shall pay the Model EUR 800 for the shoot and EUR 500 for each "
        "year of use. If the Agency does not pay a renewal fee when due, its licence of the "
        "photographs ends.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: no fee at all after a closed condition",
        RELEASE + "4.1 If the Model appears in the brochure, she will not be paid any fee for "
        "that appearance.\n",
        "compensation",
        "present",
    ),
    # a prize rewards the win
    (
        "a competition prize beside 'no fee' (contest entry terms)",
        RELEASE + "5.1 The winner of the Contest will receive EUR 5,000 and a weekend in Rome.\n"
        "6.1 Entrants will not be paid any fee for any use of their photographs.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a fee for the use in a contest agreement",
        RELEASE + "5.1 The Agency will pay each finalist EUR 5,000 for the use of her photographs "
        "in the Contest campaign.\n",
        "compensation",
        "missing",
    ),
    # a lump sum that covers the uses is a buyout
    (
        "a lump sum said to cover the replica's later uses (dubbing contract)",
        VOICE + "4.1 The Publisher shall pay the Narrator a lump sum of EUR 3,000. This lump sum "
        "covers every use of the synthetic voice in later editions.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a lump sum for the recording sessions, and a fee per use",
        VOICE + "4.1 The Publisher shall pay the Narrator a lump sum of EUR 3,000 for the "
        "recording sessions and EUR 400 for each title voiced by the synthetic voice.\n",
        "compensation",
        "weak",
    ),
    # a quota of work is not a rate of pay
    (
        "posts per month in an unpaid programme (ambassador terms)",
        RELEASE + "2.1 Ambassadors are asked to post at least three photographs per month on "
        "their own accounts.\n3.1 The programme is unpaid.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a retainer paid per month",
        RELEASE + "2.1 The Agency pays the Model a retainer per month while her photographs are "
        "in use.\n3.1 No other fee is payable.\n",
        "compensation",
        "missing",
    ),
    # take ... down
    (
        "a request to take an image down (photographer's FAQ)",
        RELEASE + "7.1 You may ask us to take any photograph of you down from our website, and we "
        "will remove it within seven days.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side asks the person to take a post down",
        RELEASE + "7.1 We may ask you to take a sponsored post down from your own account.\n",
        "revocation",
        "present",
    ),
    # an objection to uses not yet made, and its follow-on conditions
    (
        "an objection to uses not yet published (audiobook rider)",
        VOICE + "5.1 The Narrator may object to the use of the synthetic voice in any audiobook "
        "not yet published, by e-mail to the Publisher.\n",
        "revocation",
        "present",
    ),
    (
        "an objection that takes effect only after six months",
        VOICE + "5.1 The Narrator may object to the use of the synthetic voice in any audiobook "
        "not yet published. The objection takes effect six (6) months after its receipt.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: an objection to a choice not about use",
        VOICE + "5.1 The Narrator may object to the choice of a recording studio not yet booked.\n",
        "revocation",
        "present",
    ),
    # a default period before "unless you ask"
    (
        "a default period the request cuts short (school FAQ)",
        RELEASE + "8.1 Photographs stay on our website for up to three years unless you ask us to "
        "take them down sooner.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a request that may only be made after three years",
        RELEASE + "8.1 You may ask us to take the photographs down from our website, but only "
        "after three years.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh14_reads_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
