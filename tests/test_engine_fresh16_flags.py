"""Pay and red flags: cancellations, fees kept by others, pay in kind or by pronoun, training.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style. A booking "cancelled without charge", or a model who cancels and "shall not be paid", is a
term of the booking, not a statement that the use of the likeness is unpaid. Licence fees that
"belong to the Agency" are not the person's pay, whatever they are called. A free trip given "in
return for" taking part is pay in kind. "No minimum fee is guaranteed" and a fee payable "out of
the sponsorship" or "such amount as it reasonably can" leave the pay unassured. "No additional
fee is payable for them" and "Your wages cover it, and no additional payment is made" deny more
pay for what the pronoun refers to, though the sentence names no use of its own.

Training "generative models" or the "Animation Models", or "the models that generate" a replica,
is AI training whatever else the sentence says, while training fashion models on a runway is not;
a ban on training "any other model" presupposes that the licensed one is trained; an exception
"as strictly necessary to create" the replica lets it be trained; improving a speech engine with
recordings trains it; building "a synthetic model of the Actor's voice" trains it on her voice.

Material passes on when it is supplied to companies named in the plural ("its media agencies
and their vendors"), when a buyer or the party's tenants may use it, when the person lets the
other side's own agency or partners use it, when the grant includes a right "to sublicense
Licensees", when it "may be shared with partners of the Institute" (the passive names no one who
shares, so whose material it is does not matter), and when a supplier may use it to improve its
own product. Changing "its clothes" or
"the Virtual Host's outfits", combining the images with other images, and making a replica speak
lines the person never performed alter the person's image; a clause that prices an alteration
made under a separate consent, edited copies given to the person, a final version shown to the
person before airing, and items the person may reject before use do not. "For the whole world"
is worldwide; photographs "kept in the archive without limit of time" are retained, not licensed
in perpetuity. Each case is a realistic sentence that must reach its reading and a look-alike that
must not.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag, assert_reads

from analyser.pipeline import Pipeline

# a likeness release without AI terms
RELEASE = "1.1 The Company may use photographs of the Model in its catalogue.\n"
# a booking with a day rate
BOOKING = (
    "1.1 The Client may use the shoot photos of the Model on its web shop for one year.\n"
    "2.1 The Client shall pay the Model a day rate of EUR 900 for the shoot.\n"
)
# an AI contract
AVATAR = "1.1 The Company will create a digital avatar of the Presenter from studio footage.\n"

COMPENSATION_CASES = [
    # cancellation
    (
        "a booking the client may cancel without charge keeps its day rate",
        BOOKING + "3.1 The Client may cancel the shoot without charge up to 72 hours before the "
        "call time.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: use of the photos without charge",
        RELEASE + "2.1 The Company may use the photographs without charge.\n",
        "compensation",
        "present",
    ),
    # fees kept by the other side
    (
        "no fee to the model; the clients' licence fees belong to the agency",
        AVATAR + "6.5 No fee is payable to the Presenter for any use of the avatar, and the "
        "licence fees paid by customers for it belong to the Company.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a share of the licence fees paid to the presenter",
        AVATAR + "6.5 The Company shall pay the Presenter 50% of the licence fees paid by "
        "customers for the avatar.\n",
        "compensation",
        "missing",
    ),
    # pay in kind named as the return
    (
        "a free trip given in return for taking part",
        "1. In return for a free three-day diving course, I agree to be photographed, and I "
        "grant the Resort the right to use the photographs in its brochure.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a fee given in return for taking part",
        "1. In return for a fee of EUR 600, I agree to be photographed, and I grant the Resort "
        "the right to use the photographs in its brochure.\n",
        "compensation",
        "weak",
    ),
    # no minimum guaranteed
    (
        "no minimum replica fee guaranteed beside a day rate",
        "1.1 The Agency may accept bookings for a Digital Replica of the Model.\n"
        "2.1 The minimum day rate for studio work is EUR 400.\n"
        "3.1 The Agency does not guarantee any minimum fee for the Digital Replica.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a minimum fee guaranteed",
        "1.1 The Agency may accept bookings for a Digital Replica of the Model.\n"
        "3.1 The Agency guarantees a minimum fee of EUR 400 for each use of the Digital "
        "Replica.\n",
        "compensation",
        "weak",
    ),
    # contingent pay
    (
        "a fee payable out of the sponsorship",
        RELEASE + "2.1 The Model's fee is EUR 1,500, payable out of the sponsorship for the show "
        "within ten days after the Company receives it.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: a fee payable on a fixed date",
        RELEASE + "2.1 The Model's fee is EUR 1,500, payable within ten days after the show.\n",
        "compensation",
        "weak",
    ),
    # no further pay by a pronoun
    (
        "wages that cover it, with no additional payment",
        "1.1 The Hotel may use photographs of staff in its brochure.\n5.1 Appearing in "
        "photographs is part of your duties. Your salary covers it, and no additional payment "
        "is made.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: no additional payment for travel",
        "1.1 The Hotel may use photographs of staff in its brochure.\n5.1 The Hotel pays "
        "you EUR 200 for the shoot. No additional fee is payable for travel to the shoot.\n",
        "compensation",
        "weak",
    ),
]

FLAG_CASES = [
    # cancellation
    (
        "look-alike: a model who cancels is not paid for that day",
        BOOKING + "7.1 If the Model cancels without a medical reason, she shall not be paid "
        "for that day.\n",
        "no_further_compensation",
        False,
    ),
    (
        "no additional fee for the synthetic lines, referred to by a pronoun",
        "1.1 The Studio may build a voice model of the Actor.\n4.3 Lines made with the voice "
        "model are covered by the flat fee. No additional fee is payable for them.\n",
        "no_further_compensation",
        True,
    ),
    (
        "look-alike: an additional fee payable for each of them",
        "1.1 The Studio may build a voice model of the Actor.\n4.3 Lines made with the voice "
        "model are paid separately. An additional fee is payable for each of them.\n",
        "no_further_compensation",
        False,
    ),
    # models trained
    (
        "scans used to train generative models",
        "1.1 The Production scans the cast.\n8. They will be passed to the Client and may be "
        "used to train generative models for its campaigns.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: fashion models trained on the runway",
        RELEASE + "3.1 The Agency will train the models in runway walking before the show.\n",
        "ai_training_use",
        False,
    ),
    (
        "a ban on training any other model",
        AVATAR + "4.2 The footage shall not be used to train any other model or system.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: a ban on training any model",
        AVATAR + "4.2 The footage shall not be used to train any model or system.\n",
        "ai_training_use",
        False,
    ),
    (
        "training allowed as strictly necessary to create the replica",
        AVATAR + "4.2 The Company shall not use the footage to train any AI system, except as "
        "strictly necessary to create the avatar the Presenter has approved.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: training banned outright",
        AVATAR + "4.2 The Company shall not use the footage to train any AI system.\n",
        "ai_training_use",
        False,
    ),
    (
        "recordings used to improve a supplier's speech engine",
        "1.1 The Airline records crew announcements.\n5.6 The Airline's system supplier may use "
        "crew recordings to improve its speech engine.\n",
        "ai_training_use",
        True,
    ),
    (
        "a synthetic model of the actor's voice built with AI",
        "1.1 The Producer engages the Actor for the film.\n4.1 The Producer may use AI tools to "
        "build a synthetic model of the Actor's voice from the set recordings.\n",
        "ai_training_use",
        True,
    ),
    (
        "look-alike: a clay model of the actor's face",
        "1.1 The Producer engages the Actor for the film.\n4.1 The sculptor will make a clay "
        "model of the Actor's face for the museum.\n",
        "ai_training_use",
        False,
    ),
    # passing on
    (
        "material supplied to the client's agencies and vendors",
        "1.1 The Production photographs the cast on set.\n8. The photographs will be supplied "
        "to the Brand, its media agencies and their retouching vendors, and may be used in the "
        "campaign.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: material not supplied to agencies",
        "1.1 The Production photographs the cast on set.\n8. The photographs will not be "
        "supplied to any agencies or vendors.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a buyer of the horse may use the photographs",
        RELEASE + "4.2 The Breeder may give the photographs to the buyer of each foal, and the "
        "buyer may use them for the foal's sale.\n",
        "third_party_transfer",
        True,
    ),
    (
        "the party's tenants may edit and use the content",
        RELEASE + "3.2 The Centre and its tenants may crop the photographs and use them in "
        "their own advertising.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the tenants may not use it",
        RELEASE + "3.2 Its tenants may not use the photographs.\n",
        "third_party_transfer",
        False,
    ),
    (
        "the person allows the other side's agency and partners to use the content",
        RELEASE + "4.2 You also allow our design agency and our retail partners, such as "
        "department stores, to use your photographs.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: the person allows the other side itself",
        RELEASE + "4.2 You allow us to use your photographs on our website.\n",
        "third_party_transfer",
        False,
    ),
    (
        "a grant that includes a right to sublicense licensees",
        "1.1 You upload recordings of your voice.\n5.1 You grant us, for the Term, a licence to "
        "host your voice model, to generate audio with it, and to sublicense Licensees to use "
        "that audio.\n",
        "third_party_transfer",
        True,
    ),
    (
        "recordings that may be shared with partners of a named institute (passive)",
        "1.1 We record your voice for a research corpus.\n6. My transcribed recordings may be "
        "shared with partners of the Language Institute under a data licence.\n",
        "third_party_transfer",
        True,
    ),
    (
        "look-alike: recordings that will not be shared with partners",
        "1.1 We record your voice for a research corpus.\n6. My transcribed recordings will not "
        "be shared with partners of the Language Institute.\n",
        "third_party_transfer",
        False,
    ),
    # alteration
    (
        "a change to the virtual host's outfits",
        AVATAR + "8.5 The Company may change the Virtual Host's outfits, hairstyle and "
        "backgrounds for each season.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: the person changes her own hairstyle",
        RELEASE + "3.1 The Model may change her hairstyle between looks.\n",
        "alteration",
        False,
    ),
    (
        "a replica made to sing lines never performed",
        AVATAR + "4.3 The Company may make the avatar speak and sing lines that the Presenter "
        "has never recorded.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: a replica that speaks only recorded lines",
        AVATAR + "4.3 The avatar will only speak lines that the Presenter has recorded.\n",
        "alteration",
        False,
    ),
    (
        "images combined with other product images",
        RELEASE + "4. The Company may crop the images and combine the images with other product "
        "images on the page.\n",
        "alteration",
        True,
    ),
    (
        "look-alike: edited copies given to the person",
        RELEASE + "4.1 I receive ten edited photographs for my own portfolio.\n",
        "alteration",
        False,
    ),
    (
        "look-alike: an alteration that needs a separate consent",
        AVATAR + "3.2 Each advertisement in which a digital alteration of the Presenter is used "
        "requires a separate consent under clause 3.\n",
        "alteration",
        False,
    ),
    (
        "look-alike: the final version shown to the performer before airing",
        AVATAR + "10.1 The Company shall show the Presenter the final version of every scene in "
        "which a digital alteration of the Presenter appears before it is aired.\n",
        "alteration",
        False,
    ),
    # territory and time
    (
        "rights assigned for the whole world",
        RELEASE + "3.1 The Model assigns to the Company, for the whole world, all rights in the "
        "photographs.\n",
        "worldwide",
        True,
    ),
    (
        "look-alike: rights for one country",
        RELEASE + "3.1 The Model grants the Company the rights in the photographs for Spain "
        "only.\n",
        "worldwide",
        False,
    ),
    (
        "look-alike: photographs kept in an archive without limit of time",
        RELEASE + "7.1 The photographs may be kept in the breed register and the Club's archive "
        "without limit of time.\n",
        "perpetual",
        False,
    ),
    (
        "photographs used without limit of time",
        RELEASE + "7.1 The Company may use the photographs without limit of time.\n",
        "perpetual",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), COMPENSATION_CASES)
def test_fresh16_pay_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh16_red_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
