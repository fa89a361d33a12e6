"""Filed exhibits and translated contracts (fresh76, fresh77).

A fee whose amount a public filing has redacted ("an annual retainer of EUR [***], payable
monthly") is agreed and payable; a blank "[●]" is still unstated. "EUR 180, paid as a flat session
fee in full settlement of all rights granted below" is a buyout. Translations keep their own
words: "the Cedent renounces to revoke it" gives the way out up, "may oppose at any time ... the
continuation of the use of her image" and "may at any moment object" keep it, "shall be considered
accepted by her ... independently of signature" deems consent, and "only in case of serious damage
to her honour" is a heavy condition. A long subject ("the consent of the extras to the scanning and
to the creation and use of their digital doubles is not required") is still negated by its verb.
"Cannot be withdrawn by you, even if you later switch AI Dubbing off" gives no way out. Each case
is (phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CESSION = (
    '1. Marta Vidal (the "Cedent") cedes to Fundacion Norte (the "Cessionary") the rights of '
    "image and voice for the audioguide of the museum.\n"
)

CASES = [
    (
        "a redacted retainer in a filed exhibit",
        "4.1 The Bank shall pay the Spokesperson an annual retainer of EUR [***], payable "
        "monthly.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a blank still to be filled in",
        "4.1 The Bank shall pay the Spokesperson an annual retainer of EUR [●], payable monthly.\n",
        "compensation",
        "present",
    ),
    (
        "a flat session fee in full settlement of all rights",
        "In consideration of the sum of EUR 180, paid as a flat session fee in full settlement of "
        "all rights granted below, I hereby grant to the Photographer the rights below.\n",
        "compensation",
        "weak",
    ),
    (
        "a renunciation of the right to revoke",
        CESSION + "3.1 The cession is irrevocable for the whole period of clause 4, and the Cedent "
        "renounces to revoke it, in the measure permitted by law.\n",
        "revocation",
        "missing",
    ),
    (
        "opposing the continuation of the use at any time",
        CESSION + "4.1 The Cedent may oppose at any time, by simple letter or e-mail, the "
        "continuation of the use of her image.\n",
        "revocation",
        "present",
    ),
    (
        "objecting at any moment",
        "4.1 Each member of the Staff may at any moment object to the use of his or her image, "
        "also after the fair, by writing to the press office.\n",
        "revocation",
        "present",
    ),
    (
        "an addendum considered accepted without signature",
        "2.2 If the CONTRACTED does not express written opposition within ten days, the present "
        "Addendum shall be considered accepted by her, for all legal purposes, independently of "
        "signature.\n",
        "consent",
        "weak",
    ),
    (
        "a stop only in case of serious damage",
        "4.1 The Model may ask the Office to stop the use of the photographs only in case of "
        "serious damage to her honour, and only through the Office.\n",
        "revocation",
        "weak",
    ),
    (
        "consent not required after a long subject",
        "3.2 The Producer will scan the extras; the consent of the extras to the scanning and to "
        "the creation and use of their digital doubles is not required.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: switching off as the case nothing stops",
        "4.1 You grant us a licence to distribute each Dubbed Version. That licence is irrevocable "
        "once the Dubbed Version is published, and Dubbed Versions cannot be withdrawn by you, "
        "even if you later switch AI Dubbing off.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_exhibits_and_translations(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("6.1 The Studio organises the sessions with an agenda application using machine "
         "learning, in which only the names of the parents are inserted.\n", False),
        ("4. The Photographer's booking calendar suggests session dates using machine learning, "
         "and that this does not involve my photographs.\n", False),
        ("B. The Company develops AI-powered avalanche forecasting services for resorts.\n",
         False),
        ("4. The Photographer may use machine learning to retouch my photographs.\n", True),
    ],
)
def test_ai_look_alikes_of_agendas_calendars_and_services(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
