"""Red flags: extra pay, waived claims, AI versions, finite conjuncts, heirs who act, passing on.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. "No extra payment" for the AI versions says what "no further payment" says, and waiving
"any claim for further payment" gives up pay on top of the fee (a claim kept is not waived).
Making "AI versions" from the photographs, or changing "the Avatar's clothing", alters the
person's image, while cutting and synchronising recordings "as technically required" for a dub
is post-production. In "This release cannot be revoked and binds my heirs" the "cannot" governs
"be revoked"; "binds", a verb in the third person, is a second predicate no negation reaches. In
an estate's own licence the heirs act (they are named in an annex, sign, are consulted, receive
the rights by succession): nothing binds them. Training software or a system on the person's
scan is machine learning even without the word "AI"; training staff to use software is not. "May,
without the Actor's further consent, use the recordings to build a voice model" says how the act
is done, not that it is not done; "shall not, without the Actor's consent, build ..." still
forbids it. Material passes on when a ban's exception names the recipients ("except the partner
clinics"), when it "may be shared with" partner universities, when editions containing it may be
licensed "to other publishers", when the other side may transfer "these Terms" to a buyer, and
when it may allow its partners, listed between commas, to feature it. Each case is a realistic
sentence that must raise the flag and a look-alike that must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag

from analyser.pipeline import Pipeline

# a likeness release without AI terms
RELEASE = "1.1 The Company may use photographs of the Model in its catalogue.\n"
# an AI contract
VOICE = "1.1 The Studio engages the Actor to dub the series into Spanish.\n"
# a booking with AI images
BOOKING = "1.1 The Client may use the shoot photos of the Model on its website for one year.\n"

FLAG_CASES = [
    # extra pay
    (
        "no extra payment for the AI versions (booking message)",
        BOOKING + "2.1 The AI images are included in the day rate, and there is no extra payment "
        "for them.\n",
        "no_further_compensation",
        True,
    ),
    (
        "look-alike: no extra payment for travel",
        BOOKING + "2.1 There is no extra payment for travel to the studio.\n",
        "no_further_compensation",
        False,
    ),
    # a waived claim to more pay
    (
        "a waiver of any claim for further payment (stock release)",
        RELEASE + "7. I waive any right to inspect or approve the photographs or any use made of "
        "them, and any claim for further payment.\n",
        "no_further_compensation",
        True,
    ),
    (
        "look-alike: a claim to further remuneration kept",
        RELEASE + "7. The Model keeps any claim for further remuneration for the use of the "
        "photographs under the copyright law.\n",
        "no_further_compensation",
        False,
    ),
    # AI versions and possessive changes
    (
        "AI versions made from the photos (booking message)",
        BOOKING + "2.1 The Client will also make AI versions from the shoot photos, with your face "
        "on other designs and backgrounds.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: language versions of a video",
        BOOKING + "2.1 The Client will make German versions of the campaign video.\n",
        "alteration",
        False,
    ),
    (
        "a change to the avatar's clothing (avatar licence)",
        "1.1 The Company builds an AI avatar of the Presenter from studio footage.\n"
        "3.2 Customers may change the Avatar's clothing, background and speaking speed in the "
        "editor.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: a change to the agency's schedule",
        RELEASE + "3.2 The Company may change the Agency's booking schedule for the photographs "
        "by notice.\n",
        "alteration",
        False,
    ),
    # technical editing
    (
        "look-alike: editing a dub as technically required",
        VOICE + "4.2 The Studio may edit, cut and synchronise the recordings of the Actor's voice "
        "as technically required for the dubbed version.\n",
        "alteration",
        False,
    ),
    (
        "editing the recordings as the studio sees fit",
        VOICE + "4.2 The Studio may edit and alter the recordings of the Actor's voice as it sees "
        "fit.\n",
        "alteration",
        True,
    ),
    # a finite conjunct after a negation
    (
        "an irrevocable release that binds heirs, put with cannot",
        RELEASE + "8. This release cannot be revoked and binds my heirs and legal "
        "representatives.\n",
        "binding_on_heirs",
        True,
    ),
    (
        "look-alike: a release that does not bind heirs",
        RELEASE + "8. This release does not bind my heirs or legal representatives.\n",
        "binding_on_heirs",
        False,
    ),
    # heirs who act in an estate licence
    (
        "look-alike: heirs named in an annex who are consulted (estate licence)",
        VOICE + "5.2 The Licensee shall consult the heirs named in Annex 2 on the choice of "
        "producer for each album.\n",
        "binding_on_heirs",
        False,
    ),
    (
        "a licence binding on the performer's heirs",
        VOICE + "9.1 This licence is binding on the Actor's heirs and personal representatives.\n",
        "binding_on_heirs",
        True,
    ),
    # training software
    (
        "scan data used to train software (scan consent form)",
        "1.1 We will take a body scan of you for crowd scenes.\n"
        "2.1 C. Use your scan data to train and test our vendor's crowd-generation software.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: staff trained on software",
        "1.1 We will take a body scan of you for crowd scenes.\n"
        "2.1 We will train our staff on the software that stores your scan data.\n",
        "ai_training_use",
        False,
    ),
    # a parenthetical without consent
    (
        "a voice model built without further consent, between commas (dubbing contract)",
        VOICE + "5.1 The Studio may, without the Actor's further consent, use the Actor's "
        "recordings to build a voice model of the Actor's voice.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: no voice model without consent",
        VOICE + "5.1 The Studio shall not, without the Actor's written consent, use the Actor's "
        "recordings to build a voice model of the Actor's voice.\n",
        "ai_training_use",
        False,
    ),
    # passing on
    (
        "a ban whose exception names the recipients (storyteller release)",
        RELEASE + "2.2 The Charity will not give my story or photographs to any other "
        "organisation except the partner clinics listed on its website.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: an exception for the person's own doctor",
        RELEASE + "2.2 The Charity will not give my story or photographs to any other "
        "organisation except my own doctor.\n",
        "third_party_transfer",
        False,
    ),
    (
        "recordings that may be shared with partner universities (research consent)",
        "1.1 We record your voice for a research corpus.\n5.1 If you tick box D, your "
        "recordings may be shared with the two partner universities named in section 5.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: recordings that will not be shared",
        "1.1 We record your voice for a research corpus.\n5.1 Your recordings will not be shared "
        "with any university or other third party.\n",
        "third_party_transfer",
        False,
    ),
    (
        "editions with the photographs licensed to other publishers (guidebook letter)",
        RELEASE + "2. The Company may license Spanish-language editions of the guide, including "
        "the photographs, to other publishers abroad.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: no licence to other publishers",
        RELEASE + "2. The Company may not license editions of the guide containing the "
        "photographs to other publishers.\n",
        "third_party_transfer",
        False,
    ),
    (
        "app terms that may be transferred to a buyer",
        "1.1 We turn your face scan into a filter for the app.\n3.4 We may transfer these Terms "
        "to any company that acquires the app.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: terms that will not be transferred without consent",
        "1.1 We turn your face scan into a filter for the app.\n3.4 We will not transfer these "
        "Terms to another company without your consent.\n",
        "third_party_transfer",
        False,
    ),
    (
        "partners, listed between commas, allowed to feature the filter",
        "1.1 We turn your face scan into a filter for the app.\n3.4 We may allow our partners, "
        "including festival organisers and sponsors, to feature your filter in their own "
        "promotions.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: partners not allowed to feature it",
        "1.1 We turn your face scan into a filter for the app.\n3.4 We will not allow our "
        "partners, including festival organisers and sponsors, to feature your filter.\n",
        "third_party_transfer",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh15_red_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
