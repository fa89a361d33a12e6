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
    (
        "a hotel letting its booking partners use the photographs passes them on",
        'Release between Hotel Azul Lda (the "Hotel") and the guest ("you").\n'
        "2.3 The Hotel may let its travel-agency and booking partners use the photographs and "
        "footage to advertise the Hotel.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: partners let use the spa use no likeness",
        'Release between Hotel Azul Lda (the "Hotel") and the guest ("you").\n'
        "2.3 The Hotel may use the photographs on its website. The Hotel may let its partners use "
        "the spa on weekdays.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a livestream licensed to television stations passes on",
        'Announcer terms between the Regatta Committee (the "Committee") and the commentator '
        '("you").\n'
        "4.1 The Committee may license the livestream, highlights and recordings of you to "
        "television stations, radio stations and online news services, which may broadcast them.\n",
        "third_party_transfer",
        True,
    ),
    (
        "a grant to the platform and every user reaches its users",
        'Creator terms between VozNova S.L. ("we") and the creator ("you").\n'
        "3.2 If you publish your Voice in the Voice Library, you grant us and every VozNova user a "
        "non-exclusive licence to generate speech with your Voice.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: a couple's story sent to both partners stays with them",
        'Story terms between Amor Co. ("we") and the couple ("you").\n'
        "2.3 We may publish your story and photographs in the app. We will send the edited version "
        "to both partners, and we will publish it only after both partners have approved it.\n",
        "third_party_transfer",
        False,
    ),
    (
        "scans made available to a consortium's member companies pass on",
        'Notice of the Sizing Institute (the "Institute") to each participant ("you").\n'
        "4.1 The body scans and measurements are also made available to the member companies of "
        "the consortium, for developing size charts.\n",
        "third_party_transfer",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
