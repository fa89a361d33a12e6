"""Archive notices, collective terms and look-alikes (fresh72, fresh73).

"A title without the Narrator's written approval shall not be released" requires the approval:
"without" and the negated verb after it cancel, as in "shall not ... without". "If you do not
object ... the Agency will treat you as agreeing" is consent deemed from silence. "You may ask at
any time to be removed" is a way out. "The Presenter agrees that the Broadcaster may (a) repeat
complete Archive Episodes ... and (b) publish clips" is a grant of listed uses. A share "applied
first to recoup any unrecouped advances" is contingent pay; money the licensee pays the Library is
not paid to the people in its films; "Minimum per ticked clip per sale | EUR 6" is a rate, not a
token sum; "No payment ... may be described as a buyout" protects the pay. Each case is
(phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

VOICE = "1. The Publisher may make a Voice Model of the Narrator for the audiobooks in Schedule 1. "

CASES = [
    (
        "approval required by a negated verb after 'without'",
        VOICE + "6.1 A title without the Narrator's written approval shall not be released.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a use allowed without consent",
        VOICE + "6.1 The Publisher may release any title without the Narrator's consent.\n",
        "consent",
        "present",
    ),
    (
        "silence read as agreement",
        "2.2 If you do not object in writing within thirty (30) days of this notice, the Agency "
        "will treat you as agreeing to your inclusion in the licensed Portfolio Database.\n",
        "consent",
        "weak",
    ),
    (
        "asking at any time to be removed",
        '1. Erzberg Models GmbH (the "Agency") licenses its Portfolio Database.\n'
        "4.1 You may ask at any time to be removed from the licensed Portfolio Database.\n",
        "revocation",
        "present",
    ),
    (
        "agreeing to uses listed after the modal",
        "2.1 The Presenter agrees that the Broadcaster may (a) repeat complete Archive Episodes on "
        "its own channels, and (b) publish clips of no more than three minutes on its own "
        "streaming service, from 1 March 2026 to 28 February 2029.\n",
        "consent",
        "present",
    ),
    (
        "a share credited against advances",
        "3.1 The Label credits fifty per cent (50%) of the fee attributable to you to your royalty "
        "account, where it is applied first to recoup any unrecouped advances.\n",
        "compensation",
        "weak",
    ),
    (
        "money paid to the library, none to the people filmed",
        "4.1 The Licensee pays the Library SEK 4,800,000 in three instalments. The Depicted "
        "Persons will not receive any payment in respect of this Agreement.\n",
        "compensation",
        "missing",
    ),
    (
        "a minimum per clip in a rate table",
        "3.1 For each Dataset Sale we pay you forty per cent (40%) of the net receipts "
        "attributable to your ticked clips.\nMinimum per ticked clip per sale | EUR 6\n",
        "compensation",
        "present",
    ),
    (
        "a rule that no payment is a buyout",
        "6.1 The Producer shall pay the Performer USD 900 for each Use of a Digital Replica.\n"
        "6.3 No payment under this Section may be described as a buyout or set off against any "
        "other payment due to the Performer.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_archive_notices_and_collective_terms(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("1.1 Its newsroom uses an AI headline-suggestion tool for text only.\n", False),
        ("10.2 The catalogue's search uses machine learning to read the typed captions of "
         "photographs and suggest subject headings.\n", False),
        ('1.1 The new hall\'s acoustic "digital twin", the computer model used to tune the stage '
         "reflectors, will be presented in a short film.\n", False),
        ("7.1 In the Union's member portal each member's avatar is the member's initials.\n",
         False),
        ("10.2 The archive uses machine learning to read the faces in the photographs and train "
         "a model of each sitter.\n", True),
    ],
)
def test_ai_look_alikes_of_newsroom_tools_catalogues_halls_and_portals(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
