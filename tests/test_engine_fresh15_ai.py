"""Whether a contract addresses AI when "Avatar" opens the name of a place, a trade or a company.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. "Avatar" as the first word of a proper name is no replica of the person: a place in the
landscape or a resort ("riders in the Avatar Snowpark", "the Avatar Ridge trail"), a trade named
after it ("the AVATAR Textiles wool capsule") and a company whose name ends in a legal form
("the title sponsor AVATAR Outdoor Ltd", "Avatar Media Holdings GmbH"). An avatar made of the
person, a defined "Avatar" term followed by an ordinary word ("the Avatar Licence fee", "the
Avatar may appear in theme park advertising") and "Avatar" before "as" ("the Avatar as described
in Schedule 1") stay AI. Each case is a realistic sentence that must reach a reading and a
look-alike that must not, as (phenomenon, text, addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

FILMING = (
    "1. The Resort's crew will film the Ambassador skiing for the Resort's winter campaign, and "
    "the Resort may use the footage on its website and social media for two seasons.\n"
)
SHOW = (
    "1. The Model will walk in four shows of the spring fashion week, and the Organiser may use "
    "photographs of the shows to promote the event for one year.\n"
)

AI_CASES = [
    # a place in the landscape or a resort
    (
        "a terrain park named Avatar",
        FILMING + "2. Night sessions in the Avatar Snowpark are filmed under floodlights on "
        "Fridays.\n",
        False,
    ),
    (
        "look-alike: an avatar of the person made for the resort's app",
        FILMING + "2. The Resort may also create an avatar of the Ambassador for its booking "
        "app.\n",
        True,
    ),
    (
        "a shoot on a ridge named Avatar",
        FILMING + '2. The second shoot is the "Avatar Ridge Traverse" in the eastern valley in '
        "February.\n",
        False,
    ),
    (
        "look-alike: the replica shown in theme park advertising",
        FILMING + "2. The Resort may build a 3D avatar of the Ambassador from the footage. The "
        "Avatar may appear in the Resort's theme park advertising.\n",
        True,
    ),
    # a trade or a company named Avatar
    (
        "a sponsor whose name opens with Avatar and ends in a legal form",
        SHOW + "2. The opening show is presented by the title sponsor AVATAR Outdoor Ltd., which "
        "may also use the photographs.\n",
        False,
    ),
    (
        "a collection named after a textile house called Avatar",
        SHOW + "2. The Model will wear the AVATAR Textiles wool capsule in the second show.\n",
        False,
    ),
    (
        "look-alike: the person's avatar wears the collection",
        SHOW + "2. The Organiser may create an AVATAR of the Model that wears the wool capsule in "
        "the virtual show.\n",
        True,
    ),
    (
        "look-alike: a defined Avatar described in a schedule",
        SHOW + "2. The Organiser may use the Avatar as described in Schedule 1 in the virtual "
        "show.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh15_avatar_names_read_for_what_they_name(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon
