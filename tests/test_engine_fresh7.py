"""Express removals that stand alone, withdrawals drafted around a phrase between commas, clauses
that set another aside, and look-alikes of consent (the fresh7 first-contact set).

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style (UK, US, translated civil-law, plain-English notices and app terms): "no further consent is
required" leaves no consent for later uses even when the contract elsewhere warrants that the
person "has all rights needed to grant the licence", says that "the assignments, consents and
licences in clauses 4 and 12 are irrevocable", appoints an attorney "to sign any document needed"
or forbids the other side to assign "without the prior written consent of the Artist" (consent to
a transfer, not to a use); "consent will not be sought" negates like "consent is not required";
versions of the person's content "generated with generative artificial intelligence tools" and a
term defined as 'A "Digital Voice Edition" is an audio edition ... synthesised with a voice
model' are AI; a withdrawal "for the future, at any time," between commas, a request "for a
photograph of you to be removed" and "you may unpublish a Voice" are withdrawals, and "we will do
our best to remove it" is a best-effort one; an AI clause that applies "notwithstanding Clause
4.3" sets aside clause 4.3's irrevocability for AI uses and prevails rather than being an
exception to itself; a franchise's termination right is not the player's; a fee table may name
its currency only in its header. Each case is a realistic sentence that must reach a status and a
look-alike that must not, as (phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, FEE, RELEASE, REMOVAL, report_of

from analyser.pipeline import Pipeline
from analyser.segmenter import line_to_start

GRANT = (
    "1. The Player grants to the Franchise, during the Term, the exclusive right to use the "
    "Player Image in connection with the Team.\n"
)
NO_FURTHER = (
    "2. The Player agrees that the Franchise may use the Player Image for the Team's "
    "promotion, and that no further consent of the Player shall be required for any such use.\n"
)


CASES = [
    # an express removal stands although something else in the contract mentions consent
    (
        "warranty of title beside a removal (US influencer)",
        AI + FEE + REMOVAL + "7. Creator represents that Creator has all rights needed to grant "
        "the license.\n",
        "consent",
        "missing",
    ),
    (
        "consents listed as things given (NI publishing)",
        AI + FEE + REMOVAL + "13.2 The assignments, consents and licences in clauses 4 and 12 "
        "are irrevocable and survive termination.\n",
        "consent",
        "missing",
    ),
    (
        "attorney to sign consent and release forms (PK sports, no AI)",
        GRANT + NO_FURTHER + "13.1 The Player appoints the Franchise as his attorney to sign, "
        "in his name, any document needed to give effect to the grant of rights in clause 1, "
        "including consent and release forms requested by sponsors.\n",
        "consent",
        "missing",
    ),
    (
        "consent to a transfer beside a removal (RO translation)",
        AI + FEE + REMOVAL + "3.2 The Bank shall not assign or license the Digital Replica to "
        "any third party without the prior written consent of the Model.\n",
        "consent",
        "missing",
    ),
    (
        "consent to a use is still a requirement (look-alike of the transfer case)",
        AI + FEE + "3.2 The Company shall not use or assign the Digital Replica without the "
        "prior written consent of the Model.\n",
        "consent",
        "present",
    ),
    (
        "consent will not be sought (US HR policy)",
        AI + "4.2 Because Digital Replicas are used only internally, the Company does not "
        "require employees' written consent, and consent will not be sought.\n",
        "consent",
        "missing",
    ),
    (
        "consent is sought (look-alike)",
        AI + "4.2 Before any Digital Replica is made, the Model's written consent will be "
        "sought and recorded.\n",
        "consent",
        "present",
    ),
    (
        "removal about a feature defined by generative AI (NJ influencer)",
        "5. (a) Brand may use the Content and Creator's name, image, likeness and voice to "
        "create additional versions of the Content, including versions generated or modified "
        "with generative artificial intelligence tools (\"AI Variants\").\n"
        "(b) Creator agrees that Brand does not need any further consent from Creator to create, "
        "edit or run AI Variants.\n"
        "6. Creator may approve each post before it runs; Brand shall not publish a post without "
        "Creator's written approval.\n",
        "consent",
        "missing",
    ),
    (
        "removal about a term defined with 'is an' (UK audiobook)",
        "12. Digital Voice Editions\n"
        "12.1 A \"Digital Voice Edition\" is an audio edition produced by synthesising speech "
        "with a voice model created from the Recordings.\n"
        "12.2 The Narrator's consent shall not be required for any Digital Voice Edition.\n"
        "5. The Publisher shall not use the Recordings in advertising without the Narrator's "
        "prior written consent.\n",
        "consent",
        "missing",
    ),
    (
        "an attorney signs replica consent forms in her name (LU agency)",
        AI + FEE + "8.2 The Model authorises the Agency to sign in her name the replica consent "
        "forms that Clients require.\n",
        "consent",
        "weak",
    ),
    (
        "the head of household consents for its members (BD NGO form)",
        RELEASE + "2. I consent to the Photographer photographing me and my farm for the "
        "project report.\n5.1 The head of household may give consent for members of the "
        "household who appear in the photographs, including the spouse and adult children.\n",
        "consent",
        "weak",
    ),
    (
        "each member consents for themselves (look-alike)",
        RELEASE + "2. I consent to the Photographer photographing me and my farm for the "
        "project report.\n5.1 Each member of the household who appears in the photographs "
        "signs their own consent.\n",
        "consent",
        "present",
    ),
    (
        "a union enforces the rider on the performer's behalf (BC game rider)",
        AI + FEE + "1.3 The Guild may enforce this Rider on the Performer's behalf through the "
        "grievance procedure.\n3.1 The Company shall not create or use a Digital Replica unless "
        "the Model has personally signed a separate written consent.\n",
        "consent",
        "present",
    ),
    (
        "approved expenses are not consent (LU agency)",
        AI + REMOVAL + "6.2 The Agency may deduct the expenses that the Model has approved in "
        "writing in advance, such as test shoots and travel.\n",
        "consent",
        "missing",
    ),
    (
        "a clause that applies notwithstanding another prevails (SA ambassador)",
        AI + FEE + "9.1 Notwithstanding Clause 4.3 or any other provision of this Agreement, the "
        "Company may create the Digital Replica only if the Model has signed the separate "
        "written consent in Annex B.\n",
        "consent",
        "present",
    ),
    (
        "an exception still weakens (look-alike)",
        AI + FEE + "9.1 Except as set out in Schedule B, the Company shall not use the Digital "
        "Replica without the Model's separate written consent.\n",
        "consent",
        "weak",
    ),
    # withdrawals
    (
        "withdraw, for the future, her consent (MA booking)",
        RELEASE + "7.1 I may withdraw, for the future, my consent to the use of the lookbook "
        "images at any time by written notice. The Photographer will remove them within fifteen "
        "days.\n",
        "revocation",
        "present",
    ),
    (
        "withdraw, for the future and at any time, the authorisation (UY translation)",
        AI + FEE + "EIGHT (Withdrawal). The Model may withdraw, for the future and at any time, "
        "the authorisation given in clause THREE by notice giving thirty (30) days' notice.\n",
        "revocation",
        "present",
    ),
    (
        "withdraw, with help, from a show is no withdrawal of consent (look-alike)",
        RELEASE + "5. I may withdraw, with the Photographer's agreement, from the shoot if I am "
        "ill.\n",
        "revocation",
        "missing",
    ),
    (
        "ask for a photograph of you to be removed (AU parish notice)",
        "Photography Notice\nWe photograph services for our website. You can email the parish "
        "office at any time and ask for a photograph or recording of you to be removed. We will "
        "remove it within seven days and will not use it again.\n",
        "revocation",
        "present",
    ),
    (
        "ask for a copy to be sent is no withdrawal (look-alike)",
        "Photography Notice\nWe photograph services for our website. You can email the parish "
        "office at any time and ask for a copy of a photograph of you to be sent to you.\n",
        "revocation",
        "missing",
    ),
    (
        "we will do our best to remove it (BD NGO form)",
        RELEASE + "8. If I no longer want my photograph used, the Photographer will do its best "
        "to remove it from the website and to stop using it in new materials.\n",
        "revocation",
        "weak",
    ),
    (
        "unpublish a voice after a wind-down (NV marketplace)",
        AI + FEE + "8.1 The Model may unpublish the Digital Replica at any time. Unpublishing "
        "takes effect only at the end of the Wind-Down Period.\n"
        "8.2 Licences granted to customers before then are perpetual and irrevocable.\n",
        "revocation",
        "weak",
    ),
    (
        "opting out of arbitration is no withdrawal (look-alike)",
        AI + FEE + "15.3 The Model may opt out of arbitration by e-mail within 30 days after "
        "signing.\n",
        "revocation",
        "missing",
    ),
    (
        "irrevocable for the Term, set aside by an AI clause (SA ambassador)",
        AI + FEE + "4. Campaign Photographs\n4.3 The rights in Clause 4.1 are granted irrevocably "
        "for the Term.\n9. Digital Replica\n9.1 Notwithstanding Clause 4.3, the Company may use "
        "the Digital Replica only with the Model's separate written consent.\n"
        "9.6 The Model may withdraw her consent to the Digital Replica at any time by written "
        "notice.\n",
        "revocation",
        "present",
    ),
    (
        "irrevocable for the Term, not set aside (look-alike)",
        AI + FEE + "4. Campaign Photographs\n4.3 All rights granted under this Agreement are "
        "irrevocable for the Term.\n9. Digital Replica\n9.6 The Model may withdraw her consent "
        "to the Digital Replica at any time by written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a franchise's termination is not the player's withdrawal (PK sports)",
        "(1) RAVI RIVERHAWKS CRICKET (PRIVATE) LIMITED, a company incorporated under the "
        "Companies Act (the \"Franchise\"); and (2) HAMZA AWAN (the \"Player\").\n"
        + GRANT
        + "4.1 The rights granted in clause 1 are irrevocable during the Term.\n"
        "12.2 The Franchise may terminate this Agreement by notice if the Player is found guilty "
        "of an offence.\n",
        "revocation",
        "missing",
    ),
    (
        "no further remuneration for what the model generates (RO translation)",
        AI + "5.1 The Company shall pay the Model a single fee of EUR 9,500 on signature.\n"
        "5.2 No further remuneration is owed to the Model for the number of messages generated "
        "with the Digital Replica, whatever the volume.\n",
        "compensation",
        "weak",
    ),
    (
        "no further payment for travel (look-alike)",
        AI + "5.1 The Company shall pay the Model a fee of EUR 9,500 for each Campaign.\n"
        "5.2 No further payment is due to the Model for travel or accommodation.\n",
        "compensation",
        "present",
    ),
    # pay in a table whose header names the currency
    (
        "fee table with the currency in its header (MA booking)",
        RELEASE + "2.1 The Photographer shall pay me the following fees:\nItem Fee (MAD)\n"
        "Fitting (3 hours) 1,500\nShow and finale walk 9,000\n",
        "compensation",
        "present",
    ),
    (
        "amount in a less common currency (TN shoot)",
        RELEASE + "2. The Photographer shall pay me a fee of TND 1,200 for the shoot.\n",
        "compensation",
        "present",
    ),
]


TRANSFER_CASES = [
    (
        "an exception after a negated sublicence (MA booking)",
        RELEASE + "6.1 The Photographer may not sublicense my images to anyone, except that it "
        "may allow the Organising Committee to use show images for the official livestream.\n",
        True,
    ),
    (
        "an exception for the buyer of the game (BC rider)",
        AI + "9.2 The Company shall not sell, license or transfer a Digital Replica to any third "
        "party, except to a purchaser of the Game as a whole.\n",
        True,
    ),
    (
        "distributors permitted to display (SA ambassador)",
        AI + "4.4 The Company may permit its authorised distributors and retail partners in the "
        "Territory to display the Campaign Materials in their stores.\n",
        True,
    ),
    (
        "partners that may also use them (BD NGO form)",
        RELEASE + "3.2 Our donors and partner organisations may also use them in their own "
        "reports, websites and publications about the project.\n",
        True,
    ),
    (
        "an exception for the party's own use (look-alike)",
        RELEASE + "6.1 The Photographer may not sublicense my images to anyone, except that it "
        "may use them internally for training.\n",
        False,
    ),
    (
        "the contracting sponsor's own use (look-alike)",
        'Release by Sam Lee ("I") to Brightwave Pty Ltd (the "Sponsor"). 2.2 The Sponsor may '
        "use photographs of me taken at the Event on the Sponsor's websites for three years.\n",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "raised"), TRANSFER_CASES)
def test_fresh7_others_allowed_to_use_is_a_transfer(
    pipeline: Pipeline, phenomenon: str, text: str, raised: bool
) -> None:
    flags = {flag.id for flag in report_of(pipeline, text).red_flags}
    assert ("third_party_transfer" in flags) is raised, phenomenon


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh7_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


AI_CASES = [
    (
        "versions made with generative AI tools",
        "The Brand may use the Creator's image and voice to create new versions of the Content, "
        "including versions generated with generative artificial intelligence tools.",
        True,
    ),
    (
        "a power plant's digital twin display behind the model (IS tourism)",
        "4. Some Images will show the Model in the visitor centre in front of the interactive "
        "\"digital twin\" display of the geothermal power plant.",
        False,
    ),
    (
        "a digital twin of the model (look-alike)",
        "4. The Brand will scan the Model to build a digital twin of her for the campaign.",
        True,
    ),
    (
        "subtitled versions of a brochure made with AI tools",
        "The Brand may publish translated versions of its brochure generated with AI tools.",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "ai"), AI_CASES)
def test_fresh7_ai_detection(pipeline: Pipeline, phenomenon: str, text: str, ai: bool) -> None:
    assert report_of(pipeline, text).ai_addressed is ai, phenomenon


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("ONE (Background). The singer recorded for the label.", "ONE"),
        ("EIGHT (Withdrawal). The Heirs may withdraw the authorisation.", "EIGHT"),
        ("FOURTEEN (Jurisdiction and domicile). The courts of Montevideo decide.", "FOURTEEN"),
    ],
)
def test_fresh7_numbering_styles_start_clauses(line: str, number: str) -> None:
    found = line_to_start(line)
    assert found is not None and found.number == number


@pytest.mark.parametrize(
    "line",
    [
        "ONE (1) archive copy may be kept by the Company after the Term.",
        "TWELVE (12) photographs. The Company may use them on its website.",
    ],
)
def test_fresh7_look_alike_lines_do_not_start_numbered_clauses(line: str) -> None:
    found = line_to_start(line)
    assert found is None or found.number is None
