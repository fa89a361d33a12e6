"""What the engine's phenomenon tests share: opening sentences and a text read as a contract.

Each ``test_engine_*`` module pairs realistic sentences that must reach a status with look-alikes
that must not; a case's text is analysed exactly as a one-clause TXT contract would be.
"""

from __future__ import annotations

from analyser.model import Document, Report
from analyser.pipeline import Pipeline, analyse_document

# Opens a case about AI use: the contract then speaks about a digital replica.
AI = "The Company may create a Digital Replica of the Model for the Campaign. "
# Opens an I/me release: "I" is the person, the Photographer the other side.
RELEASE = 'Release by Sam Lee ("I") to Lumen Studio Ltd (the "Photographer"). '
# A replica fee per campaign, and an express removal of consent to the replica's uses.
FEE = (
    "4. The Company shall pay the Model USD 2,000 for each Campaign in which the Digital Replica "
    "appears.\n"
)
REMOVAL = "2. No further consent of the Model is required for any use of the Digital Replica.\n"


def report_of(pipeline: Pipeline, text: str) -> Report:
    """The report of ``text`` read as a whole TXT contract."""
    return analyse_document(Document(text=text, name="case.txt", format="txt", sha256=""),
                            pipeline)


def assert_reads(pipeline: Pipeline, phenomenon: str, text: str, requirement: str,
                 status: str) -> None:
    """A case reaches ``status`` on ``requirement``; a "look-alike: ..." case must not."""
    result = {r.id: r for r in report_of(pipeline, text).requirements}[requirement]
    if phenomenon.startswith("look-alike"):
        assert result.status != status, phenomenon
    else:
        assert result.status == status, phenomenon


def assert_flag(pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool) -> None:
    """A case raises red flag ``flag`` exactly when ``raised``."""
    flags = {f.id for f in report_of(pipeline, text).red_flags}
    assert (flag in flags) is raised, phenomenon
