"""Creator, athlete, music and amended or translated documents (fresh106 to fresh109).

Pay: a fee table whose header says "before commission" is the person's pay; a template figure
typed after its placeholder ("GBP [amount] 650") is stated; a revenue share with "no minimum
payment, no guaranteed amount" is weak; "no usage fee is paid for them" after "are not Videos for
that purpose and" is its own clause, not cancelled by the first "not"; a fee the person pays to
get out, the person's commission to the manager, a third party's commission, interest on late
payment, a definition of "Gross Compensation" and an act done "free of charge" are no statements
of pay. Ways out: asking "to have it removed", wanting the other side "to stop reposting", telling
the other side one "does not want AI Variants to be made", and the opt-out "if you do not want
your performance included ..., tell the stage manager"; a way out "for new licences" only is
weak. Consent: plain grants ("You agree that I
can use the photos", "allows the Business to repost", "gives her accord to the use"). AI
look-alikes: avatars described as pictures, masks, chosen icons and named mascots, a caption tool,
machine learning that matches casting briefs, a venue's twin used to plan maintenance. Each case
is (phenomenon, text, requirement, status) or (text, addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_reads, report_of

from analyser.pipeline import Pipeline

CASES: list[tuple[str, str, str, str]] = [
    (
        "a fee table headed 'before commission' is the person's pay",
        AI + "\nSchedule 1: fees\n\nExploitation Form | Fee payable to the Model (before "
        "commission)\nDigital Replica post | USD 1,500 per month per brand\n",
        "compensation",
        "present",
    ),
    (
        "a template figure typed after its placeholder is stated",
        "1. The Client may use the photographs in its brochure.\n2. Fees.\nDay rate (8 hours) | "
        "GBP [amount] 650\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a placeholder left empty",
        "1. The Client may use the photographs in its brochure.\n2. Fees.\nDay rate (8 hours) | "
        "GBP [amount]\n",
        "compensation",
        "present",
    ),
    (
        "a revenue share with no floor",
        AI + "3.1 The Model receives thirty per cent (30%) of the net ad revenue from the "
        "Digital Replica. There is no minimum payment, no guaranteed amount, and in a month with "
        "no revenue the Model receives nothing.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a revenue share with a guaranteed minimum",
        AI + "3.1 The Model receives thirty per cent (30%) of the net ad revenue from the "
        "Digital Replica, and at least USD 500 in every month.\n",
        "compensation",
        "weak",
    ),
    (
        "no usage fee for the replica uses, after a clause negated on its own",
        AI + "2. For each month of paid usage, the Company pays the Model a usage fee of USD 800 "
        "per Video.\n3. Digital Replica clips are not Videos for that purpose and no usage fee "
        "is paid for them.\n",
        "compensation",
        "weak",
    ),
    (
        "the person's commission to the manager is not pay",
        AI + "4.1 The Model shall pay the Manager a commission of fifteen percent (15%) of the "
        "Model's gross earnings.\n5. The Model shall not be entitled to any fee for the Digital "
        "Replica.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: the fee paid to the person less a commission",
        AI + "4.1 The Manager shall pay the Model the fee for each booking, less a commission of "
        "twenty per cent (20%), within forty-five (45) days.\n",
        "compensation",
        "missing",
    ),
    (
        "a fee the person pays to withdraw is no pay",
        "7.2 The Manager shall pay the Creator a promotional use fee of USD 250 for each month.\n"
        "7.3 The Creator may withdraw the permission only by giving six months' notice and paying "
        "the Manager a rebranding fee of USD 5,000 to cover the cost of replacing materials.\n",
        "compensation",
        "present",
    ),
    (
        "a removal done free of charge is a service",
        AI + "3.1 The Company shall pay the Model AUD 3,000 on signature.\n4.1 The Model may ask "
        "the Company to take down any AI Remix. The Company shall do so within ten (10) days, "
        "free of charge.\n",
        "compensation",
        "present",
    ),
    (
        "asking to have it removed is a way out",
        "1. The Gym may use photographs of members in its social media.\n4.1 A member who "
        "appears in a photograph may ask the front desk at any time to have it removed, and the "
        "Gym will not use it again.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: asking to have one's locker key replaced",
        "1. The Gym may use photographs of members in its social media.\n4.1 A member may ask "
        "the front desk at any time to have a lost locker key replaced.\n",
        "revocation",
        "present",
    ),
    (
        "wanting the other side to stop and asking for a fee is a way out with a cost",
        "3. You agree that we may repost your reel on our Instagram.\n5. If you later want us to "
        "stop reposting, you can ask us by sending a signed request by post to our office, "
        "together with a processing fee of USD 150.\n",
        "revocation",
        "weak",
    ),
    (
        "telling the other side one does not want the replica made, only before a launch",
        AI + "5. The Model may tell the Company in writing that she does not want Digital "
        "Replica clips to be made, but only before the first Video goes live.\n",
        "revocation",
        "weak",
    ),
    (
        "an opt-out from a programme before the slot",
        "1. The Trust may film performances for its highlights programme.\n4.1 If you do not "
        "want your performance included in the highlights programme, tell the stage manager "
        "before your slot or e-mail the Trust before 30 June 2026.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out that reaches only new licences",
        AI + "8.1 The Model may withdraw consent at any time by notice. 8.2 Withdrawal stops the "
        "Company offering the Digital Replica for new licences.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a way out that stops all new uses",
        AI + "8.1 The Model may withdraw consent at any time by notice, and the Company will stop "
        "all new uses of the Digital Replica within 30 days.\n",
        "revocation",
        "weak",
    ),
    (
        "a plain permission with the uses listed",
        "1. What I can use the photos for. You agree that I can use the photos from the shoot on "
        "my own website and in my printed portfolio book. I will not use them for anything "
        "else.\n",
        "consent",
        "present",
    ),
    (
        "a translated accord to listed uses",
        "2. The artist gives her accord to the use of the photographs only for the printed "
        "catalogue and the website of the Maison.\n",
        "consent",
        "present",
    ),
    (
        "a permission to repost named posts",
        '1. Jordan Reyes ("Student-Athlete") and Cane Grill LLC ("Business").\n2.1 The '
        "Student-Athlete allows the Business to repost the four posts on its own Instagram "
        "account until 31 December 2027.\n",
        "consent",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_creator_athlete_music_and_amended_documents(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("7. My e-mail shows a little camera avatar instead of a photo; please ignore it.\n",
         False),
        ('8. Otherwise her profile in the page "our models" shows a grey avatar without '
         "photograph.\n", False),
        ("2.2 The Model's styling includes a synthetic fur stole and a chrome avatar mask.\n",
         False),
        ("5.1 Each member profile in the app shows an avatar chosen by the member.\n", False),
        ('5.2 The team mascot, a costumed bison known as "the Avatar", will attend family '
         "events.\n", False),
        ("6. Our community manager uses an AI caption tool that suggests hashtags, and your "
         "profile avatar (the small round picture next to your handle) will show in our "
         "repost.\n", False),
        ('1.6 "Scout AI" means the Agency\'s talent-scouting application, which uses machine '
         "learning to match casting briefs to the measurements in its database.\n", False),
        ('5.1 Appearances may include tours of the new "digital twin" model the Club uses to '
         "plan ice maintenance.\n", False),
        # the same words where the AI works on the person
        ("2.1 The app shows a little avatar of the Model generated from her scan.\n", True),
        ('4.1 The Brand may create a digital double known as "the Avatar" from the Creator\'s '
         "scans.\n", True),
        ("5.1 The Club uses the digital twin of the Player to plan her training and in its "
         "adverts.\n", True),
        # regression: a name and lower-case words after "of" were read as a modelled thing
        ("1.1 The Agency may create a digital replica of the Model only with the Model's prior "
         "written consent.\n", True),
        ("3.2 The Studio keeps a 3D scan of the Talent solely for fittings.\n", True),
        # a possessive name still only owns the thing modelled
        ("4.2 Visitors may tour a 3D model of the Museum's old weaving hall.\n", False),
    ],
)
def test_ai_look_alikes_of_pictures_mascots_and_tools(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
