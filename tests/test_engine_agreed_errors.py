"""Limited ways out (opt-outs, objections, switch-off requests) and rewards in kind.

Drawn from the errors on which both annotators of a split agree (`samples/agreement/`): a notice
that lets whoever "does not want to appear" in the material e-mail or tell the other side, and be
left out, gives a way out that is only a request to be left out (weak), not nothing. Not wanting
to be filmed at all is handled at capture (keep out of the area, sit elsewhere): that stops no
use of what was captured, and gives no way out. "You may object to the use of your photographs in
the patient magazine" and "may ask the Employer to switch off the Virtual Concierge" are the
person's ways out, weakened by their conditions (only a particular image, only after twelve
months); a client objecting to the choice of photographer is not. Points with no cash value, a
voucher off the next order or the chance to win a prize are a reward in kind (compensation weak),
also beside a royalty-free licence or "No other payment is made"; where the contract says plainly
"You will not receive any payment", they are a perk and the use is unpaid (missing). A faulty
print redone "free of charge" is a service, not unpaid use, and so is what the person may ask for
"at no cost"; the person asking for "two rounds of changes before approval" is no optional consent,
a consent given "by tapping Approve and completing the Consent Form" is not deemed from conduct,
and a duty to report a security incident is no notice of a new use. A table row "Three Reels |
EUR 1,800" reads with its header "Item | Fee" as a fee, while a "Plan | Monthly fee" table is a
price list the user pays. "You can unpublish a Video. Unpublishing does not end the licence" gives
no way out: the act just given is said not to end the licence. A way out open only "within thirty
days after the Forum ends" is weak; thirty days counted from the person's own request is how fast
the other side acts. "You may withdraw your Capture Data" takes the person's material back. A way
out "only for photographs not yet published, and only on repaying the voucher and the Company's
costs" costs money to take (weak); repaying only the unexpired part of a fee does not. An opt-out
that "takes effect from the start of the next calendar quarter" or "from the following season" is
deferred (weak), and so is one that a later sentence closes ("After the release date you may not
make this request"). Staff who stay "are deemed to agree", and "a tutor who does not return it
within that time takes part": consent read from conduct or silence (weak). A discount, a meal or
gift voucher "as a token of thanks" or a store credit is pay in kind (weak), even where the voucher
names its worth; a fee in a clause of its own pays for the use, and a discount beside it is a perk.
What the person pays ("The Creator pays the Agency EUR 9 per minute") is no fee. "May ask at any
time, by e-mail to the office, for her avatar to be removed" is the person's way out, and so are
"may end your consent", "may ask, through the Agency, that item (e) stop" and "may ask the Organiser
not to feature her"; a way out "without repaying any fee" waives the condition it names. "A model
who steps into the scan booth and completes the scan consents" consents by conduct, and a
warehouse's "digital twin" inventory system is no replica. Each
case is (phenomenon, text, requirement, status); a "look-alike: ..." case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

ENTRY = (
    "1. The participant authorises the Organiser to photograph them during the Race and to use "
    "those images on the Race website and to promote future editions of the Race.\n"
)

VOICE_APP = (
    "1. With My Voice you may create a voice model of your own voice and publish it so that "
    "other users can use it in their videos.\n2. You grant us a non-exclusive, royalty-free "
    "licence to use and process your recordings and voice model to run the app.\n"
)
PRINT_APP = (
    "1. You place an order by uploading photos.\n2. We may show photos from orders in our "
    "Showcase on our website and social media.\n"
)

MARKETPLACE = (
    "1. The Platform will not list your Avatar unless you tick each Licence Type in the Consent "
    "Form yourself.\n2. You receive 70% of the Net Sale Price of each Licence sold for your "
    "Avatar.\n"
)

INFLUENCER = (
    "1. You grant us a licence to repost the Content on our own channels and to use it in paid "
    "social advertising for ninety days.\n"
)

CREATOR = (
    "2. You grant us a worldwide licence to host, copy and publish your Videos on the "
    "platform.\n"
)

SPEAKER = (
    "1. The Organiser may film each session and publish the videos on the Forum website.\n"
)

RELEASE_SHOOT = (
    "1. The Talent allows the Company to use the photographs from the street casting in its "
    "catalogue for two years.\n"
)

SALON = (
    "1. The Model allows the Salon to use the photographs from the shoot on its website for one "
    "year.\n"
)

CASES = [
    (
        "an opt-out by e-mail before a date for whoever does not want to appear",
        ENTRY + "2. A participant who does not want to appear in promotional material for future "
        "editions may email the Organiser before 31 December 2026. The Organiser will then not "
        "use that participant's image in new promotional material.\n",
        "revocation",
        "weak",
    ),
    (
        "a request to a crew member from whoever would prefer not to appear",
        ENTRY + "2. If you would prefer not to appear, you may ask a crew member or email the "
        "Organiser after the Race. We will try to leave you out of future edits.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: not wanting to be photographed is handled by where you sit",
        ENTRY + "2. A participant who does not wish to be photographed may start from the last "
        "wave, where no official photographs are taken.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: not wanting to be filmed means not entering the area",
        ENTRY + "2. If you do not want to be filmed, please do not enter the finish area; "
        "ask a marshal for directions to the spectator stand.\n",
        "revocation",
        "weak",
    ),
    (
        "an objection to the use of a particular image, before the prospectus is printed",
        ENTRY + "2. You may object to the use of a particular image of you by writing to the "
        "communications office before the prospectus goes to print.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the client objects to the use of another photographer",
        ENTRY + "2. The Client may object to the use of a different photographer for the shoot.\n",
        "revocation",
        "weak",
    ),
    (
        "a request to switch the avatar off, only after twelve months",
        "1. The Employee agrees that the Employer may show the Virtual Concierge, an avatar of "
        "the Employee, on the hotel's lobby screens.\n2. The Employee may ask the Employer to "
        "switch off the Virtual Concierge by written notice of ninety (90) days. The notice may "
        "be given only after the Virtual Concierge has been in use for at least twelve (12) "
        "months.\n",
        "revocation",
        "weak",
    ),
    (
        "reward points with no cash value beside a royalty-free licence",
        VOICE_APP + "3. When other users use your voice model, you earn Notes, our in-app reward "
        "points. Notes have no cash value.\n",
        "compensation",
        "weak",
    ),
    (
        "a voucher off the next order, and no other payment",
        PRINT_APP + "3. If one of your photos is featured we will send you a voucher for 10% off "
        "your next order. No other payment is made.\n",
        "compensation",
        "weak",
    ),
    (
        "the chance to win a prize is the only thing given for an entry",
        ENTRY + "2. Entering gives you the chance to win a prize and to be featured on our "
        "channels. Nothing else is given for entries.\n",
        "compensation",
        "weak",
    ),
    (
        "credits with no cash value where the contract says plainly nothing is paid",
        VOICE_APP + "3. You will not receive any payment, royalty or share of revenue for the "
        "use of your voice model. Sharers receive 500 free generation credits each month for "
        "their own use. Credits have no cash value.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: a faulty print redone free of charge is no statement about pay",
        PRINT_APP + "3. If one of your photos is featured we will send you a voucher for 10% off "
        "your next order.\n4. If a product is faulty or damaged, tell us within 14 days and we "
        "will reprint it free of charge.\n",
        "compensation",
        "missing",
    ),
    (
        "look-alike: the person may ask for changes at no cost",
        MARKETPLACE + "3. You may ask for up to two rounds of changes before approval at no "
        "cost.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the person may ask for changes at no cost (pay)",
        MARKETPLACE + "3. You may ask for up to two rounds of changes before approval at no "
        "cost.\n",
        "compensation",
        "weak",
    ),
    (
        "a consent given by completing the consent form is express",
        "1. By tapping \"Approve for listing\" and completing the Consent Form in Schedule B, "
        "you consent to the Platform offering your Avatar on the Marketplace.\n2. You receive "
        "70% of the Net Sale Price of each Licence sold for your Avatar.\n",
        "consent",
        "present",
    ),
    (
        "the rows of a fee table read with the header that names the fee",
        INFLUENCER + "3. Fees\n\nItem | Fee\nThree Instagram Reels | EUR 1,800\n"
        "Whitelisting, 90 days | EUR 900\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a table of plans is a price list the user pays",
        INFLUENCER + "3. Plans\n\nPlan | Monthly fee | Minutes\nStarter | USD 0 | 5\n"
        "Studio | USD 119 | 300\n",
        "compensation",
        "present",
    ),
    (
        "an act the next sentence says does not end the licence is no way out",
        CREATOR + "4.1 You can unpublish a Video from your creator page. Unpublishing does not "
        "end the licence in clause 2.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: an act that leaves only uses already made in place stays a way out",
        CREATOR + "4.1 You can unpublish a Video from your creator page at any time, and we will "
        "stop using it. Unpublishing does not affect copies already shared by other users.\n",
        "revocation",
        "missing",
    ),
    (
        "a way out open only within thirty days after an event",
        SPEAKER + "4.1 A Speaker may ask the Organiser to remove the video of the Speaker's "
        "session from the Forum website within thirty (30) days after the Forum ends.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: thirty days from the person's request is the other side's response time",
        SPEAKER + "4.1 A Speaker may ask the Organiser at any time to remove the video of the "
        "Speaker's session, and the Organiser will remove it within thirty (30) days after the "
        "request.\n",
        "revocation",
        "weak",
    ),
    (
        "the person may withdraw their own data, within a window",
        "1. You agree that the Lab may use your Capture Data to build an avatar of your face for "
        "the study.\n2. You may withdraw your Capture Data by emailing the principal "
        "investigator within 30 days after your capture session.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out for unpublished photographs that costs the person money",
        RELEASE_SHOOT + "2. The Talent may withdraw from this release by written notice, but only "
        "for photographs that have not yet been published, and only on repaying the gift voucher "
        "and the Company's casting costs.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: repaying only the unexpired part of the fee is proportionate",
        RELEASE_SHOOT + "2. The Talent may withdraw from this release by written notice for "
        "photographs that have not yet been published, on repaying the unexpired part of the "
        "usage fee.\n",
        "revocation",
        "weak",
    ),
    (
        "an opt-out deferred to the next calendar quarter",
        CREATOR + "4.1 You may opt out of AI Remixes by submitting the opt-out form. An opt-out "
        "takes effect from the start of the next calendar quarter.\n",
        "revocation",
        "weak",
    ),
    (
        "an objection that counts from the following season",
        CREATOR + "4.1 You may object to the use of your Videos in future courses, with effect "
        "from the following season.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out a later sentence closes after an event",
        "1. You allow the Producer to use an AI vocal modelled on your voice on the Track.\n"
        "2. You may ask the Producer in writing at any time to remove all AI vocals from the "
        "Track. After the release date you may not make this request.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: what happens after the person withdraws is no cut-off",
        "1. You allow the Producer to use an AI vocal modelled on your voice on the Track.\n"
        "2. You may ask the Producer in writing at any time to remove all AI vocals from the "
        "Track. After you ask, we will no longer use the AI vocals.\n",
        "revocation",
        "weak",
    ),
    (
        "staff who stay in the room are deemed to agree",
        "1. The Restaurant will photograph the kitchen and dining room for its new menu.\n2. Staff "
        "who remain in the dining room during the shoot are deemed to agree to being photographed "
        "and to the use of the photographs on the menu.\n",
        "consent",
        "weak",
    ),
    (
        "an opt-out by default: whoever does not return the form takes part",
        "1. The School will build a synthetic voice of each tutor for its Tutor Voice feature.\n2. "
        "All tutors take part. A tutor who does not return the form within 14 days takes part in "
        "the Tutor Voice feature.\n",
        "consent",
        "weak",
    ),
    (
        "a discount given in return for the permission",
        SALON + "2. In return for the permission, you receive a 15% discount on your trial "
        "session.\n",
        "compensation",
        "weak",
    ),
    (
        "a gift voucher as a token of thanks, with its worth",
        SALON + "2. As a token of thanks, the Model receives a EUR 150 gift voucher.\n",
        "compensation",
        "weak",
    ),
    (
        "a fee in its own clause, with a staff discount beside it",
        SALON + "2. The Salon shall pay the Model a fee of EUR 500 for the shoot.\n3. The Model "
        "also receives a 10% discount on the Salon's products.\n",
        "compensation",
        "present",
    ),
    (
        "what the person pays is no fee",
        SALON + "2. The Creator pays the Agency EUR 9 per minute of video, invoiced monthly.\n"
        "3. In return for the rights in clause 1, the Agency grants the Creator a discount of 10% "
        "on those fees.\n",
        "compensation",
        "weak",
    ),
    (
        "a request for the avatar to be removed, named after 'for'",
        "1. The Organiser may show each model's avatar on the Digital Runway.\n2. A model may ask "
        "at any time, by e-mail to runway@example.org, for her or his avatar to be removed.\n",
        "revocation",
        "present",
    ),
    (
        "the person may end their consent, from an anniversary only",
        "1. You consent to our making a voice model of your voice for the dubbed series.\n2. You "
        "may end your consent only with effect from an anniversary of this letter, by written "
        "notice given at least six (6) months before that anniversary.\n",
        "revocation",
        "weak",
    ),
    (
        "the person may ask the other side not to feature her, after a date",
        "1. The Host allows the Organiser to use photographs of her in its promotions.\n2. After "
        "1 March 2027 the Host may ask the Organiser not to feature her in promotions made after "
        "that date, by written notice given at least three (3) months before the promotion is "
        "published.\n",
        "revocation",
        "weak",
    ),
    (
        "a way out without repaying any fee is not conditional on a repayment",
        "1. The Performer licenses the Studio to use a voice clone of the Performer in the Game.\n"
        "2. The Performer may end the Clone licence at any time by giving the Studio thirty (30) "
        "days' written notice, without giving reasons and without repaying any fee.\n",
        "revocation",
        "present",
    ),
    (
        "a model who steps into the booth consents by conduct",
        "1. The Organiser will scan models backstage and show their avatars on the Digital "
        "Runway.\n2. A model who steps into the scan booth and completes the scan consents to "
        "the creation of her or his avatar and to its use on the Digital Runway.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a model who signs the form consents expressly",
        "1. The Organiser will scan models backstage and show their avatars on the Digital "
        "Runway.\n2. A model who signs the consent form below consents to the creation of her or "
        "his avatar and to its use on the Digital Runway.\n",
        "consent",
        "weak",
    ),
]


@pytest.mark.parametrize(
    ("phenomenon", "text", "requirement", "status"), CASES, ids=[case[0] for case in CASES]
)
def test_recurring_error_classes_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


AI_CASES = [
    (
        "a warehouse's digital twin inventory system is a model of a thing",
        "1. The Model allows the Company to use the fit photographs in its showroom.\n2. The "
        "Company's warehouse uses a \"digital twin\" inventory system that tracks sample "
        "locations.\n",
        False,
    ),
    (
        "a digital twin of the model stays a replica",
        "1. The Company may build a digital twin of the Model for its showroom.\n",
        True,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "ai"), AI_CASES, ids=[c[0] for c in AI_CASES])
def test_ai_words_for_things_are_look_alikes(
    pipeline: Pipeline, phenomenon: str, text: str, ai: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is ai, phenomenon
