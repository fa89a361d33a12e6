"""A legal form written with dots ("S.A.", "S.R.L.", "S.A.S.", "C.V.") names the other side.

The parties' names are read with their dots and commas as spaces, so "Banco Andino Solidario
S.A." arrives as "Banco Andino Solidario S A". Read so, it is still a company, and its label ("the
Bank") is the other side: "The Bank may end this Agreement on 60 days' notice" is not the
person's way out. A person's own name ending in a capital initial is not a company. Each case is
a realistic sentence that must reach its reading and a look-alike that must not.
"""

from __future__ import annotations

import pytest

from analyser.engine import find_parties
from analyser.pipeline import Pipeline

# three parties, so that no party is known only as "the one left": an agency acts for the person
AGENCY = 'Altavoz Talentos Ltd, acting as agent for the artist (the "Agency"), '
PARTY_CASES = [
    (f'between Banco Andino Solidario S.A. (the "Bank"), {AGENCY}and Ana Rojas (the "Artist")',
     "bank", "other"),
    (f'between Cerveceria del Valle S.R.L. (the "Brewery"), {AGENCY}and Ana Rojas (the "Artist")',
     "brewery", "other"),
    (f'between Lumiere Mode S.A.S. (the "House"), {AGENCY}and Ana Rojas (the "Artist")',
     "house", "other"),
    (f'between Pixeles Andinos S.A. de C.V. (the "Lender"), {AGENCY}and Ana Rojas (the "Artist")',
     "lender", "other"),
    (f'between Banco Andino Solidario S.A. (the "Bank"), {AGENCY}and Ana Rojas (the "Artist")',
     "artist", "person"),
    ('between Rosa Maria S A Quispe (the "Narrator"), an individual, and Banco Sol Ltd (the '
     '"Bank")', "narrator", "person"),
]


@pytest.mark.parametrize(("preamble", "label", "side"), PARTY_CASES)
def test_a_legal_form_with_dots_names_a_company(
    pipeline: Pipeline, preamble: str, label: str, side: str
) -> None:
    parties = find_parties(f"This Agreement is made {preamble}.\n",
                           pipeline.engine.party_defaults)
    assert parties.sides.get(label) == side


def test_the_banks_termination_is_not_the_persons_way_out(pipeline: Pipeline) -> None:
    from engine_cases import report_of

    text = (
        'This Agreement is made between Banco Andino Solidario S.A. (the "Bank"), Altavoz '
        'Talentos Ltd (the "Agency") and Ximena Choque Mamani (the "Artist").\n'
        "1.1 The Bank may create a synthetic voice model of the Artist from the recordings.\n"
        "5.2 The licence is irrevocable for the Term, and the Artist shall have no right to "
        "withdraw it before the Term ends. The Bank may end this Agreement on 60 days' written "
        "notice.\n"
    )
    assert report_of(pipeline, text).requirement("revocation").status == "missing"
