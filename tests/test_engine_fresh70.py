"""Quoted old terms, settlements, signers for others and look-alikes (fresh70, fresh71).

A side letter or a renewal quotes the clause it changes ("Clause 14 of the Standard Terms provides
that the Studio may "create a synthetic voice ... irrevocably and perpetually, for no additional
fee""): the quoted words are the old terms and give or take nothing; the words that replace a
clause ("is deleted and replaced by the following: "..."") are the contract and are read. A sum
"in full and final settlement of the Claim" settles a dispute; it is no buyout. A court clause's
"unless the law gives you the right to bring proceedings" grants nothing. "The Parent, on behalf
of the Child, and the Child herself consent" is the person's own consent too. Money paid to the
School's travel fund is not paid to the pupil, "No fee needs to be returned" denies no pay, and
a restaurant voucher is a reward. Each case is (phenomenon, text, requirement, status); a
"look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.engine import mask_superseded_quotes
from analyser.pipeline import Pipeline

SIDE_LETTER = (
    "1.2 Clause 14 of the Standard Terms provides that the Studio may \"create a synthetic voice "
    "from the Artist's recordings and use it in any production, irrevocably and perpetually, for "
    "no additional fee\". The parties have agreed to replace it by this Side Letter.\n"
    "2.1 The Studio may create a Voice Model of the Artist only for pick-up lines for the Series.\n"
    "3.1 For each Synthetic Use the Studio shall pay the Artist EUR 120.\n"
    "4.1 The Artist may withdraw the permission in clause 2.1 at any time by written notice.\n"
)

CASES = [
    (
        "the quoted old clause takes no pay away",
        SIDE_LETTER,
        "compensation",
        "present",
    ),
    (
        "the quoted old clause takes no way out away",
        SIDE_LETTER,
        "revocation",
        "present",
    ),
    (
        "look-alike: the replacing words are read",
        "9.2 Clause 9.2 of the Original Agreement is deleted and replaced by the following: \"The "
        "licence to create and use the Digital Replica is irrevocable.\"\n",
        "revocation",
        "present",
    ),
    (
        "a settlement sum beside a licence fee",
        "2.1 The Retailer shall pay the Actor EUR 18,000 in full and final settlement of the "
        "Claim, and a further licence fee of EUR 7,500 for the Wind-Down Licence of the AI "
        "advertisement.\n",
        "compensation",
        "present",
    ),
    (
        "the parent and the child herself consent",
        "2.1 The Parent, on behalf of the Child, and the Child herself consent to the Client using "
        "the photographs from the shoot only in the Client's printed 2027 catalogue.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a court clause",
        "18.2 Any dispute will be decided by the competent court in Almere, unless the law gives "
        "you the right to bring proceedings in the courts of the place where you live.\n",
        "consent",
        "present",
    ),
    (
        "money for the school's fund beside no payment to pupils",
        "3.1 The Broadcaster shall pay the School EUR 600 towards the choirs' travel fund. No "
        "payment is made to any Pupil or parent.\n",
        "compensation",
        "missing",
    ),
    (
        "a fee that need not be returned",
        "3.1 Shoot fee: EUR 220 for the four hours, paid to the Parent's account within 30 days.\n"
        "4.1 If the Child withdraws, no fee needs to be returned.\n",
        "compensation",
        "present",
    ),
    (
        "a restaurant voucher",
        "3.1 Each employee who takes part receives a EUR 40 restaurant voucher. This is a "
        "thank-you for taking part in the shoot.\n",
        "compensation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_quoted_terms_settlements_and_signers(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        ('(B) Clause 5.2 of the Original Licence provided that broadcasts could be kept '
         '"perpetually and irrevocably". The Artist asked that it be replaced.', True),
        ('Clause 7 of the Standard Agreement (which allows me to use the photographs "for any '
         'purpose and in any media") does not apply to this shoot.', True),
        ('Clause 9.2 of the Original Agreement is deleted and replaced by the following: "The '
         'licence is irrevocable."', False),
        ('The Model said "for any purpose" at the casting.', False),
    ],
)
def test_quotes_of_earlier_terms_are_blanked_with_offsets_kept(text: str, blanked: bool) -> None:
    read = mask_superseded_quotes(text)
    assert len(read) == len(text)
    quoted = text[text.index('"') + 1 : text.index('"', text.index('"') + 1)]
    assert (quoted not in read) is blanked


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("1.2 The shoot takes place in the Client's warehouse, of which the Client keeps a "
         "digital twin (a 3D model).\n", False),
        ("5. Our roaster sorts the beans with a camera that uses machine learning, and the bags "
         "are now synthetic jute.\n", False),
        ("6.1 The Care Home uses a fall-detection system with radar sensors and machine-learning "
         "software that analyses movement patterns without cameras or images.\n", False),
        ('1.9 "Crest Avatar" means the simplified icon of the Club crest used as the profile '
         "picture of the Club's accounts.\n", False),
        ('1.2 The Academy mascot "Roztek" appears as an avatar in the app and is a cartoon fox, '
         "not a player.\n", False),
        ("1.2 The School's parent app shows each family as an avatar with the family initials.\n",
         False),
        ("6.1 The Care Home may use machine-learning software to make an avatar of each Resident "
         "from the film.\n", True),
    ],
)
def test_ai_look_alikes_of_twins_sorters_sensors_and_crests(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
