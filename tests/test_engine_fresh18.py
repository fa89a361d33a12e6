"""Free choice of consent, date windows on a way out, pay confined to other work, AI vocabulary.

Drawn from the error classes of the blind `fresh18` and `fresh19` sets at first contact, each
read the way a lawyer would read it in any contract: a negation that protects the person's free
choice ("no model shall be required to consent as a condition of any booking", "no other person
can opt in for you", "the Company shall not ask more than once a year") takes no consent away,
while "no consent of the Model shall be required" does; a way out that opens or closes on a
calendar date ("Until 30 April 2026 I may ask ...", "After 31 December 2027, you may ask ...")
is weak, and so is one that opens "After one (1) year from the date below", while a date that says
how long material is kept gates nothing; a bar on cancelling "apart from clause 2" keeps the way
out clause 2 gives, while a bare bar beside it undermines it; a fee the contract
confines to other work ("remunerates the recording sessions only") is no pay for the replica that
"no fee is payable" for, while a fee that also covers it is; a singer's "Vocal Model", synthetic
vocals and a hologram of the person are AI, while "Avatar Cargo & Logistics Ltd" is a company;
and use "indefinitely" or "without limitation as to term or territory" is perpetual and worldwide,
while data deleted "permanently" or backups "kept indefinitely" are not a grant of endless use.
Each case is a realistic sentence that must reach a status and a look-alike that must not, as
(phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, REMOVAL, assert_flag, assert_reads, report_of

from analyser.pipeline import Pipeline

PER_CAMPAIGN = (
    "2. The Company shall not use the Digital Replica without the Model's separate written consent "
    "for each campaign, describing the campaign, the media and the period.\n"
)
SESSIONS = (
    "1. The Label shall pay the Vocalist EUR 280 per three-hour recording session.\n"
    "2. The Label may create a Vocal Model of the Vocalist from the session stems.\n"
    "3. No fee, royalty or other remuneration shall be payable to the Vocalist for the Vocal "
    "Model or for any Synthetic Vocal.\n"
)

CASES = [
    # a negation that protects the person's free choice takes no consent away
    (
        "consent is not a condition of a booking, and a refusal is not held against her",
        AI + PER_CAMPAIGN + "3. No model shall be required to consent as a condition of any "
        "booking, and a refusal shall not be recorded on the Model's file.\n",
        "consent",
        "present",
    ),
    (
        "nobody else can opt in for the person",
        AI + "2. The Company may use the Digital Replica only for the uses you opt in to in the "
        "Model Portal.\n3. An agency or any other person cannot opt in for you, and opting in is "
        "not a condition of any booking.\n",
        "consent",
        "present",
    ),
    (
        "the person is not asked again and again, and declining costs nothing",
        AI + PER_CAMPAIGN + "3. Declining has no effect on the fee, and the Company shall not ask "
        "for the consent more than once in any twelve months.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: consent expressly not required",
        AI + PER_CAMPAIGN + REMOVAL,
        "consent",
        "present",
    ),
    # a calendar date that opens or closes the way out makes it weak
    (
        "a way out that closes on a date",
        AI + "3. Until 30 April 2026 I may ask the Company in writing to remove the Digital "
        "Replica from its library.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out that opens only after a date",
        AI + "3. After 31 December 2027, you may ask us in writing to stop producing new "
        "videos with the Digital Replica.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal at any time after a date",
        AI + "3. The Model may withdraw her consent to future uses at any time after December 31, "
        "2028, by written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a date that says how long recordings are kept",
        AI + "3. We will keep your recordings until 31 December 2028 and then delete them.\n"
        "4. You may withdraw your consent at any time by written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out that opens a year after signing",
        AI + "3. After one (1) year from the date below, I may ask you in writing to stop "
        "offering footage of me to new customers.\n",
        "revocation",
        "weak",
    ),
    # a bar on cancelling that carves out another clause keeps that clause's way out
    (
        "a bar on cancelling apart from the clause that gives the way out",
        AI + "2. The Model may withdraw her consent at any time by written notice.\n"
        "3. Apart from clause 2, this release cannot be cancelled.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a bar on cancelling beside the way out, with no carve-out",
        AI + "2. The Model may withdraw her consent at any time by written notice.\n"
        "3. This release cannot be cancelled.\n",
        "revocation",
        "present",
    ),
    # a fee confined to other work is no pay for the replica
    (
        "a session fee that remunerates the sessions only",
        SESSIONS + "4. The session fee under clause 1 remunerates the recording sessions only.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a session fee that also covers the replica",
        "1. The Label shall pay the Vocalist EUR 280 per three-hour recording session.\n"
        "2. The Label may create a Vocal Model of the Vocalist from the session stems.\n"
        "3. The Label shall pay the Vocalist EUR 500 for each Track that uses a Synthetic "
        "Vocal.\n",
        "compensation",
        "missing",
    ),
]

AI_CASES = [
    (
        "a singer's vocal model",
        "4.1 The Label uses a vocal-synthesis tool which, trained on isolated vocal stems, can "
        'generate new sung phrases in a performer\'s voice (a "Vocal Model").\n',
        True,
    ),
    (
        "an interactive hologram of the person",
        "1. The Museum will present an interactive hologram of the Storyteller, with his voice, "
        "in the exhibition hall.\n",
        True,
    ),
    (
        "look-alike: a company named Avatar for its trade",
        "1. The Exhibition's logistics sponsor, Avatar Cargo & Logistics Ltd, will transport and "
        "insure the framed prints.\n2. The Gallery may show the photographs of the Singer in the "
        "exhibition.\n",
        False,
    ),
    (
        "look-alike: a sponsor whose name ends in a legal form",
        "1. The Academy's principal Sponsor is Avatar Sports Drinks S.U., a bottler of mineral "
        "water.\n2. The Academy may use photographs of the Player in its match programme.\n",
        False,
    ),
]


FLAG_CASES = [
    (
        "use without limitation as to term or territory",
        AI + "3. The Studio may use the Recordings by any means, without limitation as to term or "
        "territory.\n",
        ["perpetual", "worldwide"],
        True,
    ),
    (
        "modules used indefinitely",
        AI + "3. Modules published before a request may continue to be used indefinitely.\n",
        ["perpetual"],
        True,
    ),
    (
        "look-alike: data deleted permanently, backups kept indefinitely",
        AI + "3. The Company shall permanently delete the scan data within thirty days; backup "
        "copies may be kept indefinitely in its offline archive.\n",
        ["perpetual"],
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh18_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh18_ai_vocabulary_and_company_names(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "flags", "raised"), FLAG_CASES)
def test_fresh18_unlimited_time_and_territory_flags(
    pipeline: Pipeline, phenomenon: str, text: str, flags: list[str], raised: bool
) -> None:
    for flag in flags:
        assert_flag(pipeline, phenomenon, text, flag, raised)
