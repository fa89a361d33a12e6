"""Limits on a way out that overlap it, and buyers who keep using what was made from the person
(session 21; the round on fresh126 to fresh129 extends it).

A limit read in the same words as the way out ("may ask ..., within fourteen days after the
visit, that material ... be left out") qualifies it instead of competing with it as another
reading. Buyers or brands that "may keep using" outputs made from the person, or "keep access to"
the model, after the person leaves, with no end, leave the way out `weak`; the same words with an
end ("until that period ends", "during the Term", "for 30 days") do not. Each case is
(phenomenon, text, requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

_RELEASE = '1. The Visitor (the "Visitor") allows the Producer to film the Visitor for the EPK.\n'
_MARKET = (
    "1.1 You grant us a licence to offer licences of your Face Profile and of Synthetic Content "
    "generated from it to Brands.\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "a window that overlaps the request it limits still limits it: weak",
        _RELEASE + "4.1 The Visitor may ask by email to the unit publicist, within fourteen days "
        "after the visit, that material showing the Visitor be left out of future EPK releases.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the same request with no window",
        _RELEASE + "4.1 The Visitor may at any time ask by email to the unit publicist that "
        "material showing the Visitor be left out of future EPK releases.\n",
        "revocation",
        "weak",
    ),
    (
        "brands keep using outputs made before unlisting, with no end: weak",
        _MARKET + "4.1 You may unlist your Face Profile at any time. After unlisting, no Brand can "
        "buy a new licence, but licences already bought continue until they end, for up to 24 "
        "months, and Brands may keep using Synthetic Content generated during them.\n",
        "revocation",
        "weak",
    ),
    (
        "buyers keep access to the voice model after unlisting: weak",
        _MARKET + "5.1 You may unlist your Voice Model at any time. Once it is unlisted, no new "
        "Buyer Licence can be sold.\n5.2 Unlisting does not end or limit any Buyer Licence already "
        "sold, and Buyers holding a Buyer Licence keep access to your Voice Model for the purposes "
        "of clause 4.2.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: outputs kept only until the licence period ends",
        _MARKET + "4.1 You may unlist your Face Profile at any time, and Brands may keep using "
        "Synthetic Content generated before then until the end of their current licence year.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side may continue to use the double in a grant, deleted on request",
        '1. The Model (the "Model") allows the Agency to make a Digital Double of the Model.\n'
        "2.1 After the end of the representation, the Agency may continue to use the Digital "
        "Double to produce showreels for prospective clients.\n4.1 The Model may at any time "
        "require the Agency by e-mail to stop all use of the Digital Double. The Agency shall stop "
        "using it and delete it within fourteen (14) days.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal that reaches only uses in new productions: weak",
        '1. Dancer ("Dancer") grants Company the right to use the Performance Data to animate '
        "digital characters.\n6.1 Dancer may, by written notice to Company, withdraw consent to "
        "the use of Dancer's Performance Data in new productions for new Clients that have not "
        "been commissioned at the date Company receives the notice.\n",
        "revocation",
        "weak",
    ),
    (
        "audio used in perpetuity even after the person unpublishes: weak",
        _MARKET + "5.2 Each Clone Licence allows the Customer to use the audio it generates in its "
        "content worldwide in perpetuity, even after you unpublish your Voice Clone or close your "
        "account.\n6.1 You may unpublish your Voice Clone at any time in your dashboard.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a way out that stops all uses, deleting the model",
        _MARKET + "6.1 You may unpublish your Voice Clone at any time in your dashboard, and we "
        "will delete it and stop all uses of the audio within 30 days.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_limits_on_a_way_out_and_outputs_kept(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
