"""Requests that do not stop a use, pay that is not this document's, and withdrawal only considered.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: a copy of a register or of the photographs given "on request and at the end of the Term"
is the person's access to records, not a stop to the use (while deleting all copies on request
is one); the parties' irrevocable submission to a court's jurisdiction is a disputes term, not an
irrevocable grant; fees paid under another programme that "has its own agreement" are not pay
under this document, so "you will not receive any payment" stands as compensation missing (and
pay left wholly to a separate agreement is weak, not stated); a small amount paid "for each"
finished minute is a rate even when the unit comes before the amount, not nominal pay like one
dollar; a gift card or voucher is pay in kind; a withdrawal that spares every production the
other side has already "notified" lets it lock uses in by notice, and is weak; a request to
retire a replica or that material "not be used" any longer, put "in writing" or to a named body,
is a withdrawal request, weak where the next sentence says the other side "will consider each
request" (whoever that sentence opens with), present where it must act on it; an objection made
"at any time" or "in writing to the Manager" between commas still reaches further uses; and a
step taken by a body in a relative clause ("complain to the Board, which shall ask the buyer to
remove it") is the body's, not the person's right to stop the use. Each case is a realistic
sentence that must reach a status and a look-alike that must not, as (phenomenon, text,
requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, report_of

from analyser.pipeline import Pipeline

# an AI contract whose only words on withdrawal are those of the case
AVATAR = "1.1 The Studio may create a digital avatar of the Presenter for its training videos.\n"
# a release without AI terms for an employer's photographs of staff
STAFF = "2.1 Staff may be photographed at work for the Company's newsletter and website.\n"
NO_PAY = "6.1 You will not receive any payment or royalty for any use of your Voice Clone.\n"

CASES = [
    # a copy given on request is access, not a stop
    (
        "deletion of all copies on request (agency replica terms)",
        AI + "7.4 On the Model's request the Company shall remove the Digital Replica from its "
        "platforms and delete all copies of the scan data.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a copy of the licence register on request and at the end of the Term",
        AI + "7.4 The Company shall keep a register of Digital Replica licences and shall give "
        "the Model a copy of it on request and at the end of the Term.\n",
        "revocation",
        "missing",
    ),
    # submission to jurisdiction is not an irrevocable grant
    (
        "withdrawal beside an irrevocable submission to the courts (Ontario venue clause)",
        AI + "5.1 The Model may withdraw her consent to the Digital Replica at any time by "
        "written notice.\n12.2 The parties irrevocably submit to the exclusive jurisdiction of "
        "the courts of Ontario.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the same withdrawal beside an irrevocable grant",
        AI + "5.1 The Model may withdraw her consent to the Digital Replica at any time by "
        "written notice.\n9.1 The Model irrevocably grants the Company the right to use the "
        "Digital Replica for the Term.\n",
        "revocation",
        "weak",
    ),
    # pay under another agreement is not this document's pay
    (
        "a separate paid programme with its own agreement beside no payment (voice app terms)",
        "1.1 We build a Voice Clone of you with speech synthesis.\n" + NO_PAY + "6.2 Our Studio "
        "Voices programme, which pays licence fees, has its own agreement and is open by "
        "invitation only.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: these terms themselves pay a licence fee",
        "1.1 We build a Voice Clone of you with speech synthesis.\n6.2 We pay you a licence fee "
        "for each month in which your Voice Clone is listed in the Library.\n",
        "compensation",
        "present",
    ),
    (
        "pay left wholly to a separate agreement is not stated here",
        AI + "4.1 Royalties for the Digital Replica are paid under a separate agreement between "
        "the Agency and the Model.\n",
        "compensation",
        "weak",
    ),
    # a small per-unit amount with the unit first is a rate
    (
        "a small amount for each finished minute, unit before the amount (audiobook pick-ups)",
        AI + "5.2 For each finished minute of synthetic audio included in a title, the "
        "Publisher shall pay the Narrator GBP 8.75 within sixty days of release.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a one-off sum of five pounds",
        AI + "5.2 In consideration of the sum of GBP 5 paid to the Model, the Company may use "
        "the Digital Replica.\n",
        "compensation",
        "weak",
    ),
    # goods and gift cards in kind
    (
        "a gift card and the product from the shoot (parental consent)",
        "1.1 I consent to photographs of my child being used in the Retailer's spring "
        "catalogue.\n4.1 In return for this consent, my child will receive the scooter used at "
        "the shoot and a gift card of CAD 25.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: gift cards only as goods the shop sells",
        "1.1 I consent to photographs of my child being used in the Retailer's spring "
        "catalogue.\n4.1 Gift cards bought in the Retailer's shops cannot be used to pay for "
        "prints of the photographs.\n",
        "compensation",
        "missing",
    ),
    # withdrawal that spares productions already notified
    (
        "withdrawal only for productions not yet notified (dubbing studio)",
        AI + "9.1 The Artist may withdraw the consent in clause 6 for productions not yet "
        "notified to the Artist, by written notice to the Studio.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: withdrawal for every use not yet published",
        AI + "9.1 The Artist may withdraw the consent in clause 6 for any use not yet published, "
        "by written notice to the Studio.\n",
        "revocation",
        "present",
    ),
    # a retirement request, only considered in the next sentence
    (
        "request in writing to retire an avatar that the manager only considers (staff policy)",
        AVATAR + "5.1 A presenter may ask in writing for their avatar to be retired. The Head "
        "of Learning will consider each request in good faith, having regard to the Studio's "
        "operational needs.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the Head of Learning must retire it",
        AVATAR + "5.1 A presenter may ask in writing for their avatar to be retired. The Head "
        "of Learning will retire the avatar within fourteen days.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the next sentence considers a different request",
        AVATAR + "5.1 A presenter may ask in writing for their avatar to be retired. The Head "
        "of Learning will consider any request for changes to a script in good faith.\n",
        "revocation",
        "present",
    ),
    # a request that material not be used any more
    (
        "request that photographs not be used in new materials, only considered (club rules)",
        STAFF + "5.1 A member may ask the Committee in writing that photographs, films and "
        "interviews of her family not be used in new materials. The Committee will consider "
        "each request at its next meeting.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the same request the club must act on",
        STAFF + "5.1 A member may ask the Committee in writing that photographs, films and "
        "interviews of her family not be used in new materials. The Committee shall then stop "
        "using them within fourteen days.\n",
        "revocation",
        "present",
    ),
    # objections at any time, or with the channel between commas
    (
        "objection at any time, the addressee between commas (employee image policy)",
        STAFF + "6.1 Any employee may at any time object, in writing to the Communications "
        "Manager, to the further use of images in which the employee appears.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the Company objects to further use of its own logo",
        STAFF + "6.1 The Company may at any time object, in writing to the employee, to the "
        "further use of its logo on the employee's personal website.\n",
        "revocation",
        "missing",
    ),
    # a body's act in a relative clause
    (
        "a complaint to a board, which asks the buyer to remove the image (cooperative rules)",
        STAFF + "6.2 A member who believes an image has been used disrespectfully may complain "
        "to the Board, which shall ask the buyer concerned to remove it.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: the member asks the buyer to remove it",
        STAFF + "6.2 A member may ask the buyer concerned to remove any image of her at any "
        "time.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh12_revocation_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


def test_a_submission_to_the_courts_raises_no_irrevocable_flag(pipeline: Pipeline) -> None:
    text = AI + "12.2 The parties irrevocably submit to the exclusive jurisdiction of the courts.\n"
    assert "irrevocable" not in {f.id for f in report_of(pipeline, text).red_flags}


def test_a_separate_programme_does_not_undercut_no_payment(pipeline: Pipeline) -> None:
    # the no-payment statement stays flagged; the other programme's fees decide nothing
    text = (
        "1.1 We build a Voice Clone of you with speech synthesis.\n" + NO_PAY + "6.2 Our Studio "
        "Voices programme, which pays licence fees, has its own agreement.\n"
    )
    report = report_of(pipeline, text)
    assert "no_further_compensation" in {f.id for f in report.red_flags}
    assert all(e.rule != "compensation.rate_words" for e in report.requirement(
        "compensation").evidence)
