"""The outside-evaluation genres, protective riders, three-party documents and informal forms
(fresh102 to fresh105).

A percentage in a table headed by the agency's commission ("the Client fee less Management's
commission:") is still the person's pay; a removal fee and a date the person must "tell me
before" gate a way out. AI look-alikes: avatars explained as icons, mascots, initials or the
person's own choice, a site that "is a clone" of a template, twins of venues and buildings, a
"3D model of the building", sizing and booking tools, synthetic fleece; a voice "synthesised or
machine-generated" is AI. Each case is (phenomenon, text, requirement, status) or (text,
addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CASES: list[tuple[str, str, str, str]] = [
    (
        "a fee table under the agency's commission is still the person's pay",
        "4.1 For each Engagement, Management will obtain and pass on to the Model the Client fee "
        "less Management's commission:\n\n| Engagement type | Minimum Client fee | Management "
        "commission\n| Photographic day | NZD 1,200 | 20%\n",
        "compensation",
        "present",
    ),
    (
        "a removal fee gates the way out",
        "6. If you later want your photos removed, you may ask us by letter to remove them, "
        "enclosing a removal fee of EUR 45.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: removal without any fee",
        "6. If you later want your photos removed, you may ask us by letter to remove them; "
        "there is no fee.\n",
        "revocation",
        "weak",
    ),
    (
        "a date the person must tell the photographer before",
        "3. If you want to withdraw your permission, please tell me before 31 March 2027.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_genres_riders_three_party_documents_and_forms(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("4.1 The Contributor may use a thumbnail crop of one Image as the Contributor's avatar "
         "on the Agency's contributor portal.\n", False),
        ("3.3 The Publisher's website shows each staff member's avatar as a drawn portrait.\n",
         False),
        ('Just so nobody is confused: the "avatar" next to your name in the team app is still '
         "the default shirt icon.\n", False),
        ("7.3 The Model's profile in the portal shows an avatar of her choice, which may be a "
         "generic icon.\n", False),
        ("5.2 The Company's new website is a clone of the network's template site, and profile "
         "pages will show an avatar of initials.\n", False),
        ("1.2 The venue's digital twin, a 3D model used by the stage crew to plan rigging, will "
         "be shown at the briefing.\n", False),
        ('4.1 The Client\'s 3D model of the building, which the architects call the hotel\'s '
         '"digital twin", is used for renovation planning.\n', False),
        ("5.1 Its sizing tool, which uses machine learning to grade patterns between sizes, "
         "receives measurements without the Model's name.\n", False),
        ("5.1 Our jackets use recycled synthetic fleece.\n", False),
        # the same words where the AI works on the person
        ("1.2 Voice Materials include any simulation of the Artist's voice, whether recorded, "
         "synthesised or machine-generated.\n", True),
        ("The Studio will build the Model's digital twin, a 3D model of her body.\n", True),
    ],
)
def test_ai_look_alikes_of_portals_venues_and_tools(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
