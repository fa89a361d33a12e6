"""Unpaid AI uses, organisations named by what they are, and gated ways out (fresh54, fresh55).

In an AI contract, "The Artist shall receive no payment for the creation of the Digital Replica"
followed by "shall not be entitled to any additional fee, residual or royalty for any use of the
Digital Replica" leaves the replica unpaid: the second sentence denies more pay where nothing is
paid, so it adds no buyout (an episodic fee "for photography only" pays other work). Where a fee
is named before the denial ("The Image Rights Fee is the only consideration for the rights ...,
and no further compensation"), the fee covers the uses: a buyout (weak). A day rate that "covers
your attendance and your work on set only, and no other payment will be made for the scan or any
use of the Digital Extra" is pay for other work only. A contract that names the other side by
what it is ("WOCM-TV ... ("Station")") gives the Station's own termination to the other side, not
to the person. Ways out that open or close at a point are weak: "may, by written notice given
before the Game's release, withdraw permission", "by written notice before 1 April 2026",
"After that, you may ask us to retire any of your classes", a request made "within fourteen (14)
days after the filming day". "Performer may withdraw the Samples from the library at any time" is
a full way out. "The Club shall not require any further consent of the Player or the Image Company
for any use" removes consent. Each case is (phenomenon, text, requirement, status); a
"look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

RIDER = (
    "1. The Artist's episodic fee is GBP 7,500 per episode photographed. The episodic fee is for "
    "photography only.\n"
    '2. "Digital Replica" means a computer-generated likeness of the Artist created from scans of '
    "the Artist.\n"
)
EXTRA = (
    '2.1 Our visual effects vendor will use the scan to make a "Digital Extra": a '
    "computer-generated double of you, used only to fill out crowd scenes in this film.\n"
)

CASES = [
    (
        "no payment for the replica, and no additional fee or royalty for its use",
        RIDER
        + "6.1 The Artist shall receive no payment for the creation of the Digital Replica or for "
        "its use in Replica Scenes. The Artist shall not be entitled to any additional fee, "
        "residual or royalty for any use of the Digital Replica.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: the fee named before the denial covers the avatars (a buyout)",
        "1. The Club shall pay the Player an image rights fee of CLP 4,000,000 per season.\n"
        "2. The Image Rights Fee is the only consideration for the rights granted in clause 1, "
        "including the creation and use of Digital Avatars, and no further compensation shall be "
        "payable.\n3. The Player shall make himself available, free of charge, for up to eight "
        "commercial sessions per season.\n",
        "compensation",
        "missing",
    ),
    (
        "a day rate for other work only, and no other payment for the replica",
        "1.1 You are booked as a background performer at the day rate on your booking slip.\n"
        + EXTRA
        + "3.1 Your day rate covers your attendance and your work on set only, and no other "
        "payment will be made for the scan or any use of the Digital Extra.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a day rate that covers every use of the replica",
        "1.1 You are booked as a background performer at the day rate on your booking slip.\n"
        + EXTRA
        + "3.1 Your day rate covers your attendance and every use of the Digital Extra, and no "
        "other payment will be made.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: the station, named by what it is, terminates for cause",
        "THIS AGREEMENT is made between Ocmulgee Broadcasting Company, owner of television station "
        'WOCM-TV, Macon, Georgia ("Station"), and Denise Holloway ("Talent").\n'
        "2.1 Station may use Talent's name and likeness to promote the newscasts during the Term.\n"
        "6.1 Station may terminate this Agreement for cause.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal that closes at the game's release",
        "3.1 Artist grants Producer the right to use the recordings for the uses in Schedule 1.\n"
        "4.1 Artist may, by written notice given before the Game's release, withdraw permission "
        "for the uses in category U4 of Schedule 1.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal by notice before a date",
        "3.1 The Athlete grants the Brand the right to repost the five Deliverables.\n"
        '5.1 The Athlete may withdraw from this Agreement by written notice before 1 April 2026 '
        '(the "Launch Date").\n',
        "revocation",
        "weak",
    ),
    (
        "a request that opens after a period the clause has set",
        "2.1 By appearing in a recorded class, you agree that we may use the recording.\n"
        "4.1 Classes stay in the library for at least 24 months. After that, you may ask us to "
        "retire any of your classes.\n",
        "revocation",
        "weak",
    ),
    (
        "a request not to use scenes, within fourteen days of filming",
        "2.1 I agree that Hanse Lernpfad may film me for the course.\n"
        "4.1 I may ask Hanse Lernpfad in writing, within fourteen (14) days after the filming "
        "day, not to use scenes in which my face is recognisable.\n",
        "revocation",
        "weak",
    ),
    (
        "the person takes the samples out of the library",
        "2.1 Northern Voices may license the Samples to its customers for use in radio.\n"
        "4.1 Performer may withdraw the Samples from the library at any time by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "two grantees joined by 'and' before 'may use'",
        "3.1 The Actor agrees that the Studio and the Film's distributor may use the Actor's "
        "recorded performance in the Dutch-language version of the Film.\n",
        "consent",
        "present",
    ),
    (
        "no further consent of the player or the image company for any use",
        '1.1 "Player\'s Image" includes any avatar or AI-generated representation of the Player.\n'
        "2.1 The Image Company and the Player grant to the Club, throughout the world during the "
        "Term, the exclusive right to use, reproduce, modify and exploit the Player's Image.\n"
        "2.2 The Club shall not require any further consent of the Player or the Image Company for "
        "any use within clause 2.1.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_unpaid_ai_uses_named_organisations_and_gated_ways_out(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
