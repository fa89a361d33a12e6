"""Retiring a voice model, dates a notice cannot take effect before, and desk-job AI.

Drawn from the error classes of the blind `fresh36` and `fresh37` sets at first contact. "Talent
may retire the Voice Model by giving thirty days' notice" is the person's way out; "but no notice
may take effect before 31 December 2027" gates it (asking someone else to retire it is read by
the rules for requests). A data-protection answer given "without asking the Contributor for any
reason" takes no consent away. Warehouse robots "guided by machine learning", an "AI concierge
that answers questions about reservations", a theatre's "machine learning lighting controller",
the "digital twin of the renovated ballroom" and a ballet called "Avatar of the River" are not
about the person. A signed release that grants "to Producer and its licensees, sublicensees,
distributors, successors and assigns the irrevocable, perpetual, worldwide right" is a consent,
however long its lists; having one's face "cut or blurred" is a way out, gated by "Until picture
lock". Each case is (phenomenon, text, requirement, status); a "look-alike:
..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

VOICE = (
    "1. Talent licenses Company to use the Voice Model, a synthetic voice model of Talent, in the "
    "products listed in Schedule 1 for a fee of USD 2,000 per language.\n"
)
RELEASE = (
    "1. The Model grants the Agency the right to use the photographs from the shoot in its "
    "catalogue for two years, and the Model may withdraw this permission at any time.\n"
)

CASES = [
    (
        "the person may retire the voice model on notice",
        VOICE + "2. Talent may retire the Voice Model, including all Language Versions, by giving "
        "Company thirty (30) days' written notice.\n",
        "revocation",
        "present",
    ),
    (
        "a retirement no notice of which may take effect before a date",
        VOICE + "2. Talent may retire the Voice Model by giving Company twelve (12) months' "
        "written notice, but no notice may take effect before 31 December 2027.\n",
        "revocation",
        "weak",
    ),
    (
        "the same with the numeral wrapped onto the next line",
        VOICE + "2. Talent may retire the Voice Model by giving Company twelve\n(12) months' "
        "written notice, but no notice may take effect before 31 December 2027.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal only on repaying a voucher",
        RELEASE.replace(", and the Model may withdraw this permission at any time", "")
        + "2. The Model may withdraw from this release by written notice, but only on repaying the "
        "gift voucher.\n",
        "revocation",
        "weak",
    ),
    (
        "a signed blanket release with a long list of grantees is a consent, weak",
        "1. I grant to Producer and its licensees, sublicensees, distributors, successors and "
        "assigns the irrevocable, perpetual, worldwide right to use the Content for any purpose "
        "whatsoever.\n",
        "consent",
        "weak",
    ),
    (
        "grantees and their successors before the right, the uses specific",
        "1. The Talent grants to the Company, the Client and their respective licensees, "
        "successors and assigns the right to use the photographs in the Client's spring 2027 "
        "catalogue.\n",
        "consent",
        "present",
    ),
    (
        "the person may have their face cut or blurred, but only until picture lock",
        "1. The Performer appears in the background of the film. The Producer may use the footage "
        "in the film.\n2. Until picture lock, planned for 30 September 2026, the Performer may "
        "require the Producer by e-mail to cut or blur the Performer's face in the film.\n",
        "revocation",
        "weak",
    ),
    (
        "the person may have their face blurred at any time",
        "1. The Performer appears in the background of the film. The Producer may use the footage "
        "in the film.\n2. The Performer may at any time require the Producer by e-mail to cut or "
        "blur the Performer's face in the film.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the company may retire the avatar",
        VOICE + "2. Company may retire the Voice Model at the end of the campaign.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: an answer given without asking for a reason removes no consent",
        "1. The Contributor consents to the Company making the Recordings and using them solely "
        "for the Permitted Purposes.\n2. The Contributor may ask for a copy of the Recordings. The "
        "Company will answer within one month, free of charge and without asking the Contributor "
        "for any reason.\n",
        "consent",
        "weak",
    ),
    (
        "a use made without asking the person removes consent",
        "1. We may use close-up portraits of guests in our advertising without asking them.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh36_language_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


AI_CASES = [
    (
        "warehouse robots guided by machine learning",
        RELEASE + "2. The Client's warehouse robots, which are guided by machine learning, have no "
        "connection with the shoot.\n",
        False,
    ),
    (
        "a hotel chatbot that answers questions, and a ballroom's digital twin",
        RELEASE + "2. The Hotel's guest chatbot, an AI concierge that answers questions about "
        "reservations, and the digital twin of the renovated ballroom do not use images of team "
        "members.\n",
        False,
    ),
    (
        "a theatre's machine learning lighting controller",
        RELEASE + "2. The lighting cues are timed by the theatre's machine learning lighting "
        "controller.\n",
        False,
    ),
    (
        "a ballet called Avatar of the River",
        RELEASE + '2. This season\'s repertoire includes the new full-length ballet "Avatar of the '
        'River".\n',
        False,
    ),
    (
        "robots guided by machine learning that scan the person are about the person",
        RELEASE + "2. The Studio's robots, which are guided by machine learning, scan the Model's "
        "body to build a Digital Double.\n",
        True,
    ),
    (
        "an AI concierge that answers in the person's voice is about the person",
        RELEASE + "2. The Brand's AI concierge that answers questions in the Model's voice appears "
        "on the website.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh36_ai_wording_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon
