"""Filled-in forms, plain-words opt-ins, gates and look-alikes (fresh68, fresh69).

On a form someone has filled in, an option whose box is left empty ("[ ] Option 1: Creator may
withdraw the licence ... at any time") is one the parties did not choose: it gives nothing, and the
ticked option decides. A blank form keeps every option open. "I will only make them if you reply
... YES to AI variations" and "Please tick where we may use them: [X] ..." are opt-ins; "shall be
deemed acceptance of these terms and consent to the uses" is consent deemed from attendance. A
way out "before the start of principal photography of any later season" or "before Vardar Knit
approves a set" is gated; "Once the client has approved a set ..., it stays in use for the season"
limits it. "May ask ... that she be left out of future EPK releases" is a way out. "Saying no, or
changing your mind later, has no effect on your job" takes no way out away. A session the model
pays for, a store voucher and a bus fare are not pay. Each case is (phenomenon, text, requirement,
status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.engine import mask_unchosen_options
from analyser.model import Clause
from analyser.pipeline import Pipeline

AI_RELEASE = (
    "1. The Brand may create AI-generated versions of the Creator's videos for its campaigns.\n"
)
OPTIONS = (
    "7. Withdrawal (tick one):\n"
    "[{first}] Option 1: Creator may withdraw the licence for all Content and AI versions at any "
    "time on 7 days' notice.\n"
    "[{second}] Option 2: The licence for the AI versions is irrevocable for the Campaign Period.\n"
)

CASES = [
    (
        "the ticked option of a filled-in form decides",
        AI_RELEASE + OPTIONS.format(first=" ", second="X"),
        "revocation",
        "missing",
    ),
    (
        "look-alike: the same option ticked",
        AI_RELEASE + OPTIONS.format(first="X", second=" "),
        "revocation",
        "missing",
    ),
    (
        "an opt-in by reply",
        "6. AI VARIATIONS. These AI-generated variations would show you, so I will only make them "
        'if you reply to this email with the words "YES to AI variations".\n',
        "consent",
        "present",
    ),
    (
        "uses ticked on a form",
        "1. Please tick where we may use them:\n[X] Salong Lindgren Instagram and Facebook pages "
        "[X] Salong Lindgren website (gallery page)\n",
        "consent",
        "present",
    ),
    (
        "consent deemed from attendance",
        "1.1 The Performer's attendance at the shoot shall be deemed acceptance of these terms and "
        "consent to the uses in clause 3, whether or not the Performer has signed.\n",
        "consent",
        "weak",
    ),
    (
        "withdrawal only before principal photography of a later season",
        "2. Producer may create a digital replica of Performer for pick-ups.\n4.1 Performer may, "
        "by written notice received by Producer before the start of principal photography of any "
        "later season, withdraw permission for the use of any digital replica of Performer in "
        "that season.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out until the client approves, then the set stays in use for the season",
        "6. The client would like AI variations of the photos of you.\n8. Changing your mind "
        "about AI variations: you can tell me at any time before Vardar Knit approves a set "
        "that you don't want it made, and I'll delete it. "
        "Once the client has approved a set and started to use it, it stays in use for the "
        "season.\n",
        "revocation",
        "weak",
    ),
    (
        "asking to be left out of future releases",
        '1. Mark Nowak (the "Visitor") agrees to be filmed for the electronic press kit.\n'
        "4.1 The Visitor may ask by email to the unit publicist that he be left out of future EPK "
        "releases.\n",
        "revocation",
        "present",
    ),
    (
        "changing one's mind protected, not removed",
        "6. You can withdraw your consent at any time by telling Frau Kessler. Saying no, or "
        "changing your mind later, has no effect on your job, your shifts or your pay.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a session the model pays for",
        "1. The model session costs MXN 150 (materials contribution), paid at reception.\n"
        "6. You will not receive any payment for the photos.\n",
        "compensation",
        "present",
    ),
    (
        "a bus fare and lunch paid back",
        "2. You receive CLP 15,000 for your bus fare and lunch.\n",
        "compensation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_forms_opt_ins_and_gates(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "kept", "blanked"),
    [
        # a filled-in form: the empty box's option is blanked up to the next box
        ("[ ] Option 1: withdraw at any time.\n[X] Option 2: irrevocable.\n",
         "[X] Option 2: irrevocable.", "withdraw at any time"),
        # a blank form: every option stays open to the person
        ("[ ] Option 1: withdraw at any time.\n[ ] Option 2: irrevocable.\n",
         "[ ] Option 1: withdraw at any time.", ""),
        # an empty placeholder is no option ("Fee: EUR [ ].")
        ("[X] Paid campaign. Fee: EUR [ ]. Period: [ ] to [ ].\n",
         "Fee: EUR [ ]. Period: [ ] to [ ].", ""),
    ],
)
def test_unchosen_options_are_blanked_with_offsets_kept(text: str, kept: str,
                                                       blanked: str) -> None:
    clause = Clause(number=None, heading=None, start=0, end=len(text), page=None)
    read = mask_unchosen_options(text, [clause])
    assert len(read) == len(text)
    assert kept in read
    if blanked:
        assert blanked not in read


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("8. Our booking app shows an avatar with your initials on your appointment.\n", False),
        ("5.1 The sound department keeps a voice clone of each day's audio, which in this school "
         "means a duplicate backup of the recording files.\n", False),
        ("1.2 In the film the AI is played by a voice actor and shown as graphics on screens.\n",
         False),
        ("7(b) The archaeological service is building a digital twin of the Vikos monastery from "
         "drone surveys.\n", False),
        ("8. FYI, our website's AI size finder might show your photo next to the jumper.\n", False),
        ("5.2 Media planning is done with a machine-learning audience tool that targets "
         "placements, not people in the images.\n", False),
        ("3. The Producer may build an AI voice clone of the Actor from the day's audio.\n", True),
    ],
)
def test_ai_look_alikes_of_icons_backups_characters_and_tools(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
