"""Negations that describe a case or a cost, payment on top, and grants that reach other companies.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. On withdrawal: a negation inside an open condition ("if you keep the avatar live ...
without switching the feature off, you are treated as agreeing") describes the case in which the
person has not acted; it does not take the right to act away; a "no" that denies a cost or a
reason ("no fee or charge is payable for revoking") negates the cost, not the revocation; and a
right to require the other side to withdraw or remove the replica or material itself is a right
to stop its use. On pay: "no royalty, fee or further payment" with "further" closing the list
is nothing on top of a payment made elsewhere (weak), unlike "no fee or other payment" (none at
all). On red flags: "for all purposes" after words that say what something counts as in law
("constitutes the Model's consent ... for all purposes") means in every legal respect, not for any
use; the person's own authorisation of the other party is the grant, not a passing on, while the
other side letting, permitting or giving access to its agencies, shops or parent company, sharing
with a named university, transferring the rights to its client and an exception to a transfer
ban ("other than supplying catalogue pages to the schools") are; sending a book to prospective
clients so they may book the person is not; an executor's request and heirs named only as payees
bind no heirs; a signature under a power of attorney that "is not" a consent gives none, while
signing "as her agent and attorney" does sign for her; routine corrections with every other change
forbidden, a duty to label content "altered or generated" and the person's own delivery of
edited audio are not alterations, while changing a figure's costume or "changes to pose" are,
even after a relative clause that negates something else ("garments that were not photographed,
including changes to pose"); and building a voice model "of" the person is training, weak when
it may be used solely for that model. Each case is a realistic sentence that must reach a status
(or raise or not raise a flag) and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_flag, report_of

from analyser.pipeline import Pipeline

# an AI contract whose only words on the topic are those of the case
AVATAR = "1.1 The Platform builds a talking avatar of you from your training video.\n"
WITHDRAW = "5.1 You may withdraw your consent to the avatar at any time in Settings.\n"
RIDER = "1.1 The Producer may create a Digital Replica of the Performer for the spot.\n"
# a likeness release without AI terms
RELEASE = "1.1 The Company may use photographs of the Model from the shoot in its catalogue.\n"

CASES = [
    # a negation inside an open condition describes the case, it takes no right away
    (
        "a feature left on 'without switching it off' in a condition (app terms)",
        AVATAR + WITHDRAW + "6.2 If you keep your avatar live after a new feature launches "
        "without switching the feature off, you are treated as having agreed to that feature.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal not made within a window, in a condition (talent rider)",
        RIDER + "5.1 The Performer may withdraw consent to any Replica Use by written notice.\n"
        "5.2 If the Performer does not withdraw consent before the spot airs, the Producer may "
        "run the spot for its cycle.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a condition closed by a comma, then the right taken away",
        AVATAR + WITHDRAW + "6.2 If a new feature has launched, you may not switch off the "
        "use of your avatar in it.\n",
        "revocation",
        "weak",
    ),
    # "no fee ... for revoking" denies the cost
    (
        "no fee or charge payable for revoking (guild rider)",
        RIDER + "5.1 The Performer may revoke any consent by written notice to the Producer.\n"
        "5.2 No fee or charge is payable by the Performer for revoking.\n",
        "revocation",
        "present",
    ),
    (
        "no reason needed for withdrawing (dataset consent)",
        RIDER + "5.1 No reason need be given by the Performer for withdrawing consent to the "
        "Digital Replica.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: no performer may revoke",
        RIDER + "5.1 No performer may revoke a consent once the spot has been booked.\n",
        "revocation",
        "missing",
    ),
    # the person requires the other side to withdraw the replica itself
    (
        "the artist may require the licensee to withdraw the avatar (telecom licence)",
        "1.1 The Licensee may present a digital avatar of the Artist in its app.\n"
        "10.1 The Artist may, at any time and without having to give reasons, require the "
        "Licensee to withdraw the avatar by registered letter.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the licensee requires the artist to withdraw an outfit",
        "1.1 The Licensee may present a digital avatar of the Artist in its app.\n"
        "10.1 The Licensee may require the Artist to withdraw the avatar's old outfit from the "
        "spring campaign.\n",
        "revocation",
        "missing",
    ),
    # "further" closing a list of pay words is pay on top
    (
        "no royalty, fee or further payment, on top of a session fee (speech corpus consent)",
        "1.1 We record your voice to build a synthetic voice for reading apps.\n"
        "3.2 No royalty, fee or further payment is made to you for any use of the synthetic "
        "voice built from your recordings.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: no fee or other payment at all",
        "1.1 We record your voice to build a synthetic voice for reading apps.\n"
        "3.2 No fee or other payment is made to you for any use of the synthetic voice built "
        "from your recordings.\n",
        "compensation",
        "missing",
    ),
    # a named university gets the material: weak; a ban without exception: present
    (
        "recordings shared with one named university (tick-box research consent)",
        AI + "2.1 C. To share your recordings, under your participant code, with Danube State "
        "University for non-commercial research.\n",
        "transfer",
        "weak",
    ),
    (
        "look-alike: a model's book sent to prospective clients only",
        AI + "7.1 The Agency shall not sublicense any Digital Replica.\n7.2 The Agency shall "
        "share the Model's photographs with prospective Clients only to obtain Bookings.\n",
        "transfer",
        "present",
    ),
    # limited training only for the licensed model
    (
        "recordings used solely to build a voice model of the narrator (audiobook)",
        "4.1 The Publisher may use the Narrator's recordings solely to build a synthetic voice "
        "model of the Narrator's voice for pick-ups.\n",
        "ai_training",
        "weak",
    ),
    (
        "look-alike: no voice model may be built",
        "4.1 The Publisher shall not build a synthetic voice model of the Narrator's voice.\n",
        "ai_training",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh13_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon


FLAG_CASES = [
    # "for all purposes" as the legal effect of a consent, or as a grant
    (
        "an acceptance that constitutes consent for all purposes (agency mandate)",
        AI + "13.3 Acceptance of a Replica Booking by the Agency constitutes the Model's "
        "consent to that Replica Booking for all purposes.\n",
        "any_purpose",
        False,
    ),
    (
        "photographs usable for all purposes",
        RELEASE + "2.1 The Company may use the photographs in all media and for all purposes.\n",
        "any_purpose",
        True,
    ),
    # who lets others use the material
    (
        "the model authorises the agency itself to use her photographs",
        RELEASE + "11.1 During the Term the Model authorises the Agency to use photographs "
        "she has approved in her portfolio and on the Agency's website.\n",
        "third_party_transfer",
        False,
    ),
    (
        "the client permits its advertising agency to use the replica",
        AI + "3.1 The Client may permit its advertising agency to use the Digital Replica in "
        "the Campaign.\n",
        "third_party_transfer",
        True,
    ),
    (
        "the roaster lets the cafés that buy its beans use the photographs",
        RELEASE + "3.1 The Company may let the cafés and shops that buy its coffee use the "
        "photographs to promote that coffee.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the shops are only told when photographs appear",
        RELEASE + "3.1 The Company will let the shops know when the photographs are published.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a parent company that may use staff images (staff handbook)",
        RELEASE + "4.1 Our parent company, Harbour Group Holdings plc, may use images of staff "
        "in its annual report.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the parent company may not use them",
        RELEASE + "4.1 Our parent company, Harbour Group Holdings plc, may not use images of "
        "staff.\n",
        "third_party_transfer",
        False,
    ),
    (
        "access to the posts given to the brand's media agency (gifted collaboration)",
        RELEASE + "3.3 The Brand may give access to the posts and to any approved variant to "
        "its media agency, solely to place the paid ads.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: access given to the creator herself",
        RELEASE + "3.3 The Brand may give access to the posts to the Creator for her records.\n",
        "third_party_transfer",
        False,
    ),
    (
        "the rights transferred to the studio's client (dubbing agreement)",
        RELEASE + "4.2 The Studio may transfer the rights in the recordings under clause 4.1 to "
        "the Client.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the fee transferred to the performer's bank",
        RELEASE + "4.2 The Studio shall transfer the fee for the recordings to the Performer's "
        "bank account.\n",
        "third_party_transfer",
        False,
    ),
    (
        "an exception to a transfer ban for the schools (parental authorisation)",
        RELEASE + "4.2 The Company shall not transfer or lend the photographs to any third "
        "party, other than supplying catalogue pages to the schools that buy its uniforms.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the only exception is a return to the parent",
        RELEASE + "4.2 The Company shall not transfer or lend the photographs to any third "
        "party, other than returning them to the Parent on request.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a lookbook supplied to the company's overseas retail partner",
        RELEASE + "2.1 The wholesale lookbook is supplied to the Company's Korean retail "
        "partner, which may use the photographs in its online shop.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the book sent to prospective clients",
        RELEASE + "14.2 The Agency shall share the Model's photographs with prospective Clients "
        "only for the purpose of Bookings.\n",
        "third_party_transfer",
        False,
    ),
    # heirs bound, or only asking or paid
    (
        "reactivation only if the executor asks in writing (creator terms)",
        AVATAR + "16.1 We will not reactivate your avatar or let anyone use it unless your "
        "executor or other legal representative asks us in writing to do so.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "fees paid to the chef's heirs",
        AI + "12.1 If the Chef dies during the Licence Period, the fees due under clause 3 shall "
        "be paid to the Lender or the Chef's heirs.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "a licence that binds heirs",
        AI + "12.1 This licence survives the Model's death and binds her heirs and personal "
        "representatives.\n",
        "binding_on_heirs",
        True,
    ),
    # powers of attorney
    (
        "a signature under a power of attorney is not a replica consent (loan-out)",
        AI + "7.2 A signature by the Lender or under any power of attorney is not a Digital "
        "Replica Consent.\n",
        "power_of_attorney",
        False,
    ),
    (
        "the agency signs for the model as her agent and attorney (booking confirmation)",
        AI + "1. The Agency signs this booking for and on behalf of the Model as her agent and "
        "attorney under her management agreement.\n",
        "power_of_attorney",
        True,
    ),
    (
        "look-alike: a company's own attorney signs for the company",
        AI + "Signed for the Licensee by Jane Roe, as attorney for Harbour Mobile SA.\n",
        "power_of_attorney",
        False,
    ),
    # alteration
    (
        "routine corrections with every other change forbidden (endorsement)",
        RELEASE + "3.3 The Company may correct colour and exposure and remove blemishes, but "
        "shall not otherwise alter the Model's face or body without her written approval of "
        "the altered image.\n",
        "alteration",
        False,
    ),
    (
        "a duty to label content as digitally altered or generated",
        AI + "6.6 The Company shall label any image made with the Digital Replica as digitally "
        "altered or generated where the law so requires.\n",
        "alteration",
        False,
    ),
    (
        "the narrator's own delivery of edited audio",
        RELEASE + "1.2 The Narrator shall deliver clean, edited audio recordings to the "
        "Publisher's specifications.\n",
        "alteration",
        False,
    ),
    (
        "crowd figures whose costume and age may be changed (background release)",
        "2.3 We may create digital figures from your scan and may change their costume, hair "
        "and age.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: the model changes her own costume",
        RELEASE + "2.3 The Model may change her costume between looks.\n",
        "alteration",
        False,
    ),
    (
        "changes to pose after a relative clause that negates something else (AI model swap)",
        AI + "4.1 The Client may generate images of the Model wearing garments that were not "
        "photographed at the shoot, including changes to pose and hair.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: no change to the model's pose may be made",
        AI + "4.1 The Client shall not make any changes to the Model's pose or hair.\n",
        "alteration",
        False,
    ),
    # a voice model built of the person is training
    (
        "recordings used to build a voice model of the narrator",
        "4.1 The Publisher may use the Narrator's recordings to build a synthetic voice model "
        "of the Narrator's voice.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: no voice model may be built",
        "4.1 The Publisher shall not build a synthetic voice model of the Narrator's voice.\n",
        "ai_training_use",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh13_red_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
