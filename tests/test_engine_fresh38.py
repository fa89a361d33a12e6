"""A licence given as a verb, ending an assignment, a breach clause, and AI in names and titles.

Drawn from the error classes of the blind `fresh38` to `fresh41` sets at first contact. "The
Commentator licenses the Broadcaster to create the Synthetic Voice ... and to use it to read" is
the person's grant (the subject decides whose). A consent needed only to "assign or sublicense
the Presenter Materials" is about transfer, not consent to the use. "The Artist may terminate the
assignment of the right to use the Synthetic Voice at any time" and "may end the Company's right
to produce and use Localised Versions" are the person's way out; "Either party may terminate this
Agreement for a serious breach not cured within thirty days" is a remedy for breach, not a way to
take consent back. A delegate pass given "(value BWP 6,500)" is pay in kind, not a fee. A company
called "Onyar AI Imaging S.L.", a conference whose "Sessions in 2026 include "AI in mine
planning"", an attendance system that "uses machine learning to flag unusual absence patterns"
and "a digital twin of the showroom's ceiling grid" are not about the person. Each case is
(phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

VOICE = (
    "1. The Commentator licenses the Broadcaster to create the Synthetic Voice from studio "
    "recordings and to use it on the Broadcaster's own streams of the 2026 basketball season.\n"
)
RELEASE = (
    "1. The Model grants the Agency the right to use the photographs from the shoot in its "
    "catalogue for two years, and the Model may withdraw this permission at any time.\n"
)

CASES = [
    (
        "a licence given as a verb, with a named use",
        VOICE,
        "consent",
        "present",
    ),
    (
        "look-alike: the company authorises the person to use its rooms",
        "1. The Company authorises the Model to use the studio's changing rooms during the shoot.\n"
        "2. The Company may use the photographs in any media.\n",
        "consent",
        "present",
    ),
    (
        "the person may terminate the assignment of the right to use the voice",
        VOICE + "2. The Artist may terminate the assignment of the right to use the Synthetic "
        "Voice at any time, without giving reasons, by written notice.\n",
        "revocation",
        "present",
    ),
    (
        "the person may end the company's right to use the replica",
        VOICE + "2. The Presenter may end the Company's right to produce and use Localised "
        "Versions at any time by thirty (30) days' written notice.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a consent needed only to hand the material on",
        "1. The Company may use the Presenter Materials in any media.\n2. The Company shall not "
        "assign or sublicense the Presenter Materials without the Presenter's prior written "
        "consent.\n",
        "consent",
        "present",
    ),
    (
        "a pass given in kind, with its value in brackets, is no fee",
        "1. The Organiser may record each Speaker's session and publish the video on the Forum "
        "website.\n2. In consideration of these uses each Speaker receives a complimentary "
        "three-day delegate pass (value BWP 6,500).\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: either party may terminate for a serious breach not cured",
        VOICE + "2. Either party may terminate this Agreement for a serious breach not cured "
        "within thirty days of notice.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh38_language_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


AI_CASES = [
    (
        "a company with AI in its name before its legal form",
        RELEASE + "2. The communications office uses the camera equipment of Onyar AI Imaging "
        "S.L., which is hired with its operator for the day.\n",
        False,
    ),
    (
        "talks' titles in a conference programme",
        RELEASE + '2. Sessions in 2026 include "AI in mine planning" and "Digital twins for '
        'tailings dam safety".\n',
        False,
    ),
    (
        "an attendance system that flags absences with machine learning",
        RELEASE + "2. The District's attendance system, which uses machine learning to flag "
        "unusual absence patterns, does not use student photographs.\n",
        False,
    ),
    (
        "a digital twin of a ceiling grid, named in plain words (fresh40)",
        RELEASE + "2. Its technicians work from a digital twin of the showroom's ceiling grid to "
        "plan truss loads.\n",
        False,
    ),
    (
        "a building's digital twin model that manages heating (fresh41)",
        RELEASE + '2. Our office is in a building whose owner uses a "digital twin" model to '
        "manage heating.\n",
        False,
    ),
    (
        "an AI model fine-tuned on the user's selfies is about the person (fresh41)",
        "1. We create a temporary personal model: a small AI model fine-tuned on your selfies that "
        "generates professional headshots that look like you.\n",
        True,
    ),
    (
        "a digital twin of a young dancer is about the person",
        RELEASE + "2. The Studio will make a digital twin of the young dancer for the sequel.\n",
        True,
    ),
    (
        "the same company making a replica of the person is about the person",
        RELEASE + "2. Onyar AI Imaging S.L. will create a digital double of the Model's face for "
        "the campaign.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh38_ai_wording_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon
