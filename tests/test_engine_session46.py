"""Language from session 46's corpus review and blind sets.

Others allowed to use the person's material: "The Club may allow Club Sponsors to use images of
the Player" names the recipients without a determiner, and the Player after "images of" is who is
pictured, not who allows; a clinic that "may share my photographs with the manufacturer of the
products" and a producer that "may share the casting tape with any broadcaster" pass the material
on. A club that lets sponsors park, or a company that will not share with any broadcaster, passes
nothing. Each case is (phenomenon, text, flag or requirement, expected).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag

from analyser.pipeline import Pipeline

_CLUB = (
    'Image protocol between Perth Football Club (the "Club") and its listed players (each a '
    '"Player").\n'
)

FLAG_CASES: list[tuple[str, str, str, bool]] = [
    (
        "a club letting its sponsors use the player's images passes them on",
        _CLUB + "4.1 The Club may allow Club Sponsors to use images of the Player supplied by the "
        "Club for the length of their sponsorship agreement.\n",
        "third_party_transfer",
        True,
    ),
    (
        "the person pictured after 'images of' is not who allows the use",
        _CLUB + "4.1 The Club may allow its sponsors to use images of the Player in their "
        "advertising.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: sponsors allowed to park use no image",
        _CLUB + "4.1 The Club may allow Sponsors to park in the players' car park on match days. "
        "The Club may use photographs of the Player on its website.\n",
        "third_party_transfer",
        False,
    ),
    (
        "photographs shared with a manufacturer for its own material pass on",
        'Photo consent between Dr Ana Ruiz (the "Clinic") and the patient ("I").\n'
        "2.3 The Clinic may share my photographs with the manufacturer of the products used in my "
        "treatment for that manufacturer's educational and promotional material.\n",
        "third_party_transfer",
        True,
    ),
    (
        "a casting tape shared with any broadcaster passes on",
        'Casting release between Blue Door Films (the "Producer") and the applicant ("you").\n'
        "1.3 We may share your casting tape with any broadcaster, co-producer or distributor of "
        "the programme, and they may use it for the same purposes.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: recordings not shared with any broadcaster stay",
        'Casting release between Blue Door Films (the "Producer") and the applicant ("you").\n'
        "1.3 We may use your recordings to decide on casting. We will not share your recordings "
        "with any broadcaster or publisher.\n",
        "third_party_transfer",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
