"""Whose right a grant's infinitives are: the grantee's, named just after the grant verb.

"You grant us a licence to use your footage, and to sublicense your Stock Avatar to Customers":
the sublicence is ours to give, though "You" is the sentence's subject and "your" stands nearer
the hit. The same holds after an adverb ("The Artist irrevocably grants the Studio ... to license
the Voice Model to the Studio's clients"), and when the grant names others beside the grantee
("You grant Prairie Forge and its licensees a licence"). Where the grantee is the person ("We
grant you a licence ... to sublicense your Swaps to your friends"), or the person's own act is
barred ("You may not assign your rights"), nothing passes to others. Each case is a realistic
sentence that must reach its reading and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag

from analyser.pipeline import Pipeline

STUDIO = 'This Agreement is between the Artist and Sonic Ltd (the "Studio").\n'
PLATFORM = 'These Terms are between you and Raddbanki ehf. ("Raddbanki", "we", "us").\n'

FLAG_CASES = [
    ("the grantee's sublicence after the person's grant",
     PLATFORM + "3.1 You grant us a worldwide licence to use your Source Footage and Stock Avatar, "
     "and to sublicense your Stock Avatar to Customers.\n",
     "third_party_transfer", True),
    ("the grantee's licence on, after an adverb before the grant",
     STUDIO + "2.1 The Artist irrevocably grants the Studio the exclusive right to create the "
     "Voice Model and to license the Voice Model and Synthetic Output to the Studio's clients.\n",
     "third_party_transfer", True),
    ("licensees named beside the grantee",
     'These Terms are between you and Prairie Forge Inc. ("Prairie Forge", "we", "us").\n'
     "3.1 You grant Prairie Forge and its licensees, including broadcasters and platform "
     "partners, a licence to use your Face Avatar.\n",
     "third_party_transfer", True),
    ("the person as grantee licenses her own clients",
     STUDIO + "2.1 The Studio grants the Artist the right to license the Voice Model to her own "
     "clients.\n",
     "third_party_transfer", False),
    ("the grantee barred from licensing on",
     STUDIO + "2.1 The Artist grants the Studio the right to use the Voice Model in the Game only, "
     "and not to license it to anyone else.\n",
     "third_party_transfer", False),
    ("the person barred from assigning",
     PLATFORM + "2.1 You may not assign your rights under these Terms.\n",
     "third_party_transfer", False),
    ("the person as grantee shares her own Swaps",
     PLATFORM + "2.1 We grant you a licence to use the app and to sublicense your Swaps to your "
     "friends.\n",
     "third_party_transfer", False),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_a_grants_infinitives_are_the_grantees(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)


def test_sharing_beside_a_change_is_no_change_of_pay(pipeline: Pipeline) -> None:
    """'to modify and share your public Swaps' changes no share of pay (regression: the grantee
    reading made the licence the other side's, and "modify ... share" read as a pay change)."""
    from engine_cases import report_of

    text = (PLATFORM + "4.1 You grant us and other users a worldwide licence to host, display, "
            "modify and share your public Swaps.\n5.1 We pay you EUR 5 for each Swap used in "
            "our advertising.\n")
    reasons = " ".join(report_of(pipeline, text).requirement("compensation").reasons)
    assert "change what you are paid" not in reasons
