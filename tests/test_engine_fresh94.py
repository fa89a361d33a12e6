"""Production releases, creator platforms, commercials and fashion contracts (fresh94 to fresh97).

Conditions: a "without" that says how an act is done does not negate the "only if" condition
after it; an "Unless ..." or "If ..." condition stays open across its inner commas, and past ", or"
inside it, but not past ", and" after a clause that is not a condition. Pay: a share of the
revenue is pay, and a rate "which we set and may change" is the other side's to change; goods
given "as the whole consideration" are pay in kind; "no royalties" beside the fee's buyout is
that buyout's "nothing more". Ways out: a feature named and switched off ("You can switch
Revoice off"), a request "that photographs of you are not used any more", a window closed by a
notice "received before" a date. AI look-alikes: moderation filters, colour grading, in-game
and drawn avatars, a twin "(a 3D scan)" of a ballroom; "voice conversion" and a "synthetic
reconstruction" of a voice are AI. Each case is (phenomenon, text, requirement, status) or
(text, addressed).
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

CASES: list[tuple[str, str, str, str]] = [
    (
        "a 'without' of manner before an 'only if' condition",
        "2.1 Scans of the face shall be taken without make-up only if the Model agrees on the "
        "day.\n",
        "consent",
        "present",
    ),
    (
        "an 'Unless ...' condition with commas inside it",
        "2.2 Unless you tell the Producer in writing, at least ten days before a cycle starts, "
        "that you do not agree to that cycle, you are treated as having agreed to it.\n",
        "consent",
        "weak",
    ),
    (
        "consent said not to be read into conduct takes none away",
        "3.1 The Model consents to the capture by signing the Capture Consent in Schedule 1. "
        "3.3 The Model's consent shall not be implied from her attendance at the Capture "
        "Session or from her failure to object.\n",
        "consent",
        "present",
    ),
    (
        "a switch the person turns on, named after 'only if'",
        "3.1 We will use your videos, your face and your voice in a campaign only if you have "
        'switched on "Feature me" in Settings.\n',
        "consent",
        "present",
    ),
    (
        "look-alike: the feature stays on unless switched off",
        "3.1 We will use your videos, your face and your voice in campaigns; you may switch off "
        '"Feature me" in Settings.\n',
        "consent",
        "present",
    ),
    (
        "a tick-box table of uses",
        "2.1 The School will scan the Model and show the Model's avatar only for the uses the "
        "Model ticks below. Nothing is ticked in advance.\n",
        "consent",
        "present",
    ),
    (
        "a share of the revenue at a rate the other side may change",
        "4.1 We pay you a share of the subscription revenue from your Persona at the creator "
        "share rate for your tier, which we set and may change in our discretion.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a share of the revenue at a fixed rate",
        "4.1 We pay you a share of the subscription revenue from your Persona at the rate of "
        "fifty per cent (50%).\n",
        "compensation",
        "weak",
    ),
    (
        "goods as the whole consideration",
        "2.1 The Model receives garments of the Model's choice from the Spring 2026 collection "
        "with a retail value of CHF 600, as the whole consideration for the shoot.\n",
        "compensation",
        "weak",
    ),
    (
        "'no royalties' beside the fee's buyout",
        "4.1 We pay you a one-off fee of USD 400 for each Target Language. The fee is a buyout "
        "of all rights in the Dubbed Versions and the Voice Clone, and no royalties are paid to "
        "you.\n",
        "compensation",
        "weak",
    ),
    (
        "a person's share before the agency's 'as our commission'",
        "3.1 You receive eighty per cent (80%) of the price paid by the Buyer for each licence, "
        "and we keep twenty per cent (20%) as our commission.\n",
        "compensation",
        "present",
    ),
    (
        "a feature the contract names, switched off by the person",
        "5.1 You can switch Revoice off at any time in Creator Dashboard, without giving a "
        "reason.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the platform switches the feature off",
        "5.1 We can switch Revoice off for your channel at any time.\n",
        "revocation",
        "present",
    ),
    (
        "a request that photographs are not used any more",
        "5.1 You may ask at any time, by message to your store manager, that photographs of you "
        "are not used any more.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the crew asks the person to take off glasses",
        "If you wear glasses, the technician may ask you to remove them for the face scan.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal only by a notice received before a date",
        "4. The Contributor may withdraw from the Film by written notice received before 1 "
        "March 2026 (the planned picture lock).\n",
        "revocation",
        "weak",
    ),
    (
        "a licence named by its defined term, ended on reimbursing costs",
        "3.1 The Artist may end the Voice Model licence by written notice, provided that the "
        "Artist first reimburses the Studio's costs of building the Voice Model.\n",
        "revocation",
        "weak",
    ),
    (
        "a condition open across ', or' takes no way out away",
        "2.2 If you go live with Revoice switched on, or do not switch it off before the date "
        "shown in the notice, you are treated as having consented. 5.1 You can switch Revoice "
        "off at any time in Creator Dashboard.\n",
        "revocation",
        "present",
    ),
    (
        "', and' after a clause that is not a condition keeps the negation",
        "4.1 The Artist may revoke the authority in clause 2.2 by written notice. 4.2 Licences "
        "signed before the revocation takes effect continue until their end, and the Artist "
        "may not withdraw the consents given under them.\n",
        "revocation",
        "weak",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_productions_platforms_commercials_and_fashion(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("2.2 Entries are screened by the app's machine learning content moderation filter, "
         "which blocks nudity before an Entry appears in the gallery.\n", False),
        ("9.3 The Series will be finished with AI colour grading and noise reduction applied to "
         "all footage by the post-production facility.\n", False),
        ("1.2 Our club avatar, a small owl drawn by our designer, appears beside member posts on "
         "our website.\n", False),
        ("2.4 The picture displayed on your public model profile is your avatar, which you "
         "upload yourself and can change at any time.\n", False),
        ("1.1 The Producer may record the Contributor's gameplay, including the Contributor's "
         'in-game avatar "Quillwraith".\n', False),
        ('5. Before filming, the surveyors made a "digital twin" (a 3D scan) of the hotel\'s '
         "ballroom so that the art department could plan the set.\n", False),
        # the same words where the AI works on the person
        ('5. The Studio made a "digital twin" (a 3D scan) of the Model\'s face for the '
         "campaign.\n", True),
        ('1.2 "Treatment" includes the synthetic reconstruction of the Contributor\'s voice from '
         "the Material.\n", True),
        ("9.1 The Agency may use her Image by any technology, including systems that learn from "
         "existing photographs and video of a person and generate new images of that person.\n",
         True),
        ("2.1 The Brand would like to make cut-downs in which software generates short new lines "
         "in the Creator's voice.\n", True),
    ],
)
def test_ai_look_alikes_of_services_and_games(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
