"""Ways out closed by an event or a period, buyouts, open-ended consent and unrelated unpaid work.

Drawn from the error classes of the blind `fresh20` to `fresh23` sets at first contact, each read
the way a lawyer would read it in any contract: a withdrawal the person may make only "before the
Campaign goes live", "until the Final Cut Date" or "before the picture lock" is weak, because after
that point the uses go on; a withdrawal that spares uses "before the withdrawal", runs to "the end
of the Term", belongs to a contest entry, is barred ("may not be withdrawn before ...") or is the
condition of a promise ("If you withdraw before the print deadline, we will not use ...") gates
nothing. The party a notice goes to ("by e-mail to the Producer") is not who withdraws, and a
right the person "waives" is one the person does not have (but "does not waive" keeps it). A
withdrawal that "takes effect at the end of the Season" is weak; a subscription cancelled at the
end of a billing period is no such lock. A fee that is "full consideration" for the rights, or
"inclusive of all usage", is a buyout (weak), while "in consideration of the fees" is not. Consent
that runs on to "such further uses as Rheinknie may reasonably require" is weak, while "such other
tax form as the law requires" says nothing of consent. Pay withheld for the person's own lateness
is a penalty, not a power to change the pay, and an unpaid charity appearance or collaboration is
not an unpaid use of the likeness. "Footage that is not used will be deleted" keeps the duty to
delete: the "not" belongs to the relative clause. A label the contract defines as the person
("Client: the person signing below") is the person's, whatever the word usually names. A
company named "Avatar Nutrition Ltd" is the same company when a later clause says "Avatar
Nutrition products", and "Cervezas Avatar, S.A." or "the Avatar Framing Company" are companies,
while the Avatar of the Model beside them is still a replica.
Each case is a realistic sentence that must reach a status and a look-alike that must not, as
(phenomenon, text, requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_reads, report_of

from analyser.pipeline import Pipeline

WITHDRAW = "2. The Model may withdraw her consent to the Digital Replica at any time by e-mail.\n"

CASES = [
    # a way out that closes at an event in the production or campaign is weak
    (
        "withdrawal only until the campaign goes live",
        AI + "2. The Creator may withdraw a Synthetic Content Approval by e-mail to the Manager at "
        "any time before the Campaign goes live.\n",
        "revocation",
        "weak",
    ),
    (
        "a passive revocation until the final cut, the notice sent to the other side",
        AI + "2. A Version Sheet may be revoked by the Performer by e-mail to the Producer until "
        "the Final Cut Date stated in it.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal before the picture lock, past a clause number",
        AI + "2. I may withdraw this release, including my choice in clause 2.2, by writing to the "
        "Producer at any time before the picture lock of the Film.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawal with notice before the end of a calendar quarter",
        AI + "2. The Model may withdraw the permission for future uses by written notice given at "
        "least thirty days before the end of a calendar quarter.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: uses before the withdrawal are not undone",
        AI + WITHDRAW + "3. Withdrawal does not affect the lawfulness of use before the "
        "withdrawal.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the way out runs for the whole term",
        AI + "2. You may withdraw your consent to the Digital Replica at any time before the end "
        "of the Term.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a withdrawal with a promise that follows it",
        AI + "2. The Model may withdraw consent at any time, and the Company will stop using the "
        "Digital Replica before the next print run.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a condition, not a window",
        AI + WITHDRAW + "3. If you withdraw before the print deadline, we will not print any image "
        "of you.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a contest entry withdrawn before the deadline",
        AI + WITHDRAW + "3. You may withdraw your Entry at any time before the Entry Deadline by "
        "deleting it in your account.\n",
        "revocation",
        "weak",
    ),
    (
        "a bar on withdrawing before a date is no way out",
        AI + "2. Once the Avatar has been delivered, the Avatar Consent may not be withdrawn "
        "before the date in clause 7.1.\n",
        "revocation",
        "missing",
    ),
]

FEE = (
    "4. The Company shall pay the Model USD 2,000 for each Campaign in which the Digital Replica "
    "appears.\n"
)

CASES += [
    # a withdrawal that takes effect only at the end of a period
    (
        "withdrawal effective only from the end of a licence year",
        AI + "2. The Model may end the licence of the Digital Replica with effect from the end of "
        "a Licence Year by written notice received at least ninety days before that date.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a subscription cancelled at the end of a billing period",
        AI + WITHDRAW + "3. You can cancel your subscription at any time with effect from the end "
        "of the current billing period.\n",
        "revocation",
        "weak",
    ),
    # a buyout: one fee is the full consideration, or already includes every use
    (
        "a scan fee in full consideration for the contribution",
        AI + "2. The Studio pays the Model a scan fee of EUR 1,500 on signature, in full "
        "consideration for the Digital Replica.\n",
        "compensation",
        "weak",
    ),
    (
        "a booking fee inclusive of all usage",
        AI + "2. The Client shall pay a Booking Fee of EUR 1,200. The Booking Fee is inclusive of "
        "all usage of the Digital Replica under clause 4.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a grant in consideration of a per-use fee",
        AI + FEE + "5. In consideration of the fees in clause 4, the Model grants the Company the "
        "right to use the Digital Replica in each Campaign.\n",
        "compensation",
        "weak",
    ),
    # consent that runs on to further uses the other side decides
    (
        "consent to such further uses as the other side may require",
        AI + "2. The Model consents to the creation of the Digital Replica as described in Annex "
        "2, and to such further uses of the Digital Replica as the Company may reasonably "
        "require.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: such other tax form as the law requires",
        AI + "2. The Company shall not use the Digital Replica without the Model's separate "
        "written consent for each campaign.\n3. The Company shall issue the Model an invoice or "
        "such other tax form as the law requires.\n",
        "consent",
        "weak",
    ),
    # pay withheld for lateness, and unpaid activities, are not about pay for the use
    (
        "look-alike: a day fee reduced for lateness",
        AI + FEE + "5. If the Model arrives more than one hour late without good reason, the "
        "Company may reduce the day fee pro rata.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: unpaid community appearances",
        AI + FEE + "5. The Model shall make up to four community appearances per year at schools "
        "and hospitals, unpaid, as part of the Company's charitable work.\n",
        "compensation",
        "weak",
    ),
    # a negation inside a relative clause on the subject, closed by the main clause's modal
    (
        "footage that is not used will be deleted",
        AI + "2. Footage of the Model that is not used in the Campaign will be deleted within "
        "twelve months after the Campaign ends.\n",
        "deletion",
        "present",
    ),
]

CASES += [
    # a right the person waives is a right the person does not have; "does not waive" keeps it
    (
        "the person waives the right to revoke",
        AI + "2. This authorisation is given in return for the discount in clause 4, and the Model "
        "waives the right to revoke it.\n",
        "revocation",
        "missing",
    ),
    (
        "not waiving the right to revoke keeps it",
        AI + "2. The Model does not waive the right to revoke this consent at any time.\n",
        "revocation",
        "present",
    ),
    (
        "nothing waives the right to revoke",
        AI + WITHDRAW + "3. Nothing in this Agreement waives the right to revoke it.\n",
        "revocation",
        "present",
    ),
    # a release that says what the other side may do with the pictures is the person's permission
    (
        "a booking that lets the client use the photographs for any purpose",
        "1. The Model is booked to staff the Client's stand on 4 June.\n2. The Client may "
        "photograph and film the Model at the Event and use the photographs and video for any "
        "purpose.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the other side's power to build a voice model is no consent to it",
        "1. The Network may use the Show's recordings to train a synthetic voice model of the "
        "Host's voice.\n",
        "consent",
        "present",
    ),
    # the label a contract gives the person is the person's, whatever the word usually names
    (
        "a client defined as the person signing",
        'Studio: Tinta Body Art Ltd ("the Studio").\nClient: the person signing below ("the '
        'Client").\n1. The Studio may make a digital model of the Client\'s body from a 3D scan.\n'
        "2. The Client may at any time ask the Studio to remove photographs of the Client from its "
        "website, and the Studio will do so within fifteen days.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh20_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


AI_CASES = [
    (
        "a company named once with its legal form, then without it",
        "1. We may share Testimonials with our supplement partner, Avatar Nutrition Ltd, only "
        "for displays in our gyms.\n2. Displays about Avatar Nutrition products stay inside our "
        "gyms.\n",
        False,
    ),
    (
        "companies whose names end in Avatar or in Company",
        "1. The festival's beer partner, Cervezas Avatar, S.A., will film its bar areas.\n2. "
        "Framed stills are printed by our partner, the Avatar Framing Company, Newbridge.\n",
        False,
    ),
    (
        "a studio and a ride named Avatar, with no article before the name",
        "1. Our design studio, Avatar Forge Design, will prepare the cover layout.\n2. The parade "
        "passes Avatar Adventure, the new flying-theatre ride.\n",
        False,
    ),
    (
        "an avatar service named without an article is still about avatars",
        "1. When your Brokerage activates Avatar Studio for your Agent Profile, we create your "
        "Avatar from your profile video.\n",
        True,
    ),
    (
        "a replica beside a company of the same word",
        "1. Photographer: Avatar Lens Studio Pty Ltd, trading as Avatar Lens.\n2. The Photographer "
        "may create an Avatar of the Model for its app.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "addressed"), AI_CASES)
def test_fresh20_company_names_are_not_replicas(
    pipeline: Pipeline, phenomenon: str, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed, phenomenon
