"""Language from the round on fresh138 to fresh145 (session 23).

A bar on other uses that only looks like a blanket grant ("We will not use your photos for any
other purpose ... unless you have given us separate written permission"), a permission said to
be absent rather than unneeded ("if you do not reply "I agree", there is no permission"), other
people's consent and an agent's approval said to have no effect; money that is the person's own
price or a day not worked, a recital that names the real fees, ending the deal "without payment";
and ways out the engine did not see (an option changed from "Yes" to "No", "ask HadithiCam to
remove", "end the use of her voice") or read too generously (a removal that must come before the
picture lock date, a withdrawal for future Pick-up Requests only). Each case is (phenomenon,
text, requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

_APP = '1.1 You ("you") upload photos so that we can make AI headshots of you.\n'
_MODEL = '1.1 The Model ("Model") is booked by the Client ("Client") for a catalogue shoot.\n'
_TALENT = '1.1 The Talent ("Talent") is managed by the Manager ("Manager").\n'
_VOICE = '1.1 The Voice ("Voice") records station liners for the Station ("Station").\n'

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "a bar on 'any other purpose' unless permission is given is no blanket grant: present",
        _APP + "2.2 We will not use your Source Photos, your Personal Model or your Headshots for "
        "any other purpose, including in our advertising or to train our general models, unless "
        "you have given us separate written permission for that use.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a grant for the listed uses and any other purpose",
        _APP + "2.2 You give us permission to use your Source Photos and your Headshots in our "
        "advertising and for any other purpose.\n",
        "consent",
        "present",
    ),
    (
        "a permission not given ('there is no permission') does not say none is needed: present",
        _APP + "2.2 We ask for permission by email, describing the exact image and use; if you do "
        'not reply "I agree", there is no permission.\n2.3 We shall not use any Headshot in our '
        "advertising without your written permission.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: 'no permission is needed' takes consent away",
        _APP + "2.2 No permission is needed for us to use your Headshots in our advertising.\n",
        "consent",
        "present",
    ),
    (
        "other people in the picture consent for themselves: the person's consent stays present",
        _MODEL + "3.1 The Client shall not use any photograph of the Model except in a Placement "
        "that the Model has approved under this clause 3.\n9.1 The Model shall confirm that no "
        "other person appears in a Featured Image, or that any other person who appears has given "
        "written consent.\n",
        "consent",
        "present",
    ),
    (
        "a bar on every use except those the person has approved is a consent requirement",
        _MODEL + "3.1 The Client shall not use any photograph of the Model, in any channel or in "
        "any other way, except as a Featured Image in a Placement that the Model has approved "
        "under this clause 3.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a bar lifted for what the other side has approved",
        _MODEL + "3.1 The Model shall not use any photograph from the shoot, in any channel or in "
        "any other way, except as a Featured Image in a Placement that the Client has approved "
        "under this clause 3.\n",
        "consent",
        "present",
    ),
    (
        "an agent's approval said to have no effect is no consent by others: present",
        '1.1 The Donor ("Donor") licenses a synthetic voice to the Licensee ("Licensee").\n'
        "3.2 The Licensee shall not use the Voice Model in any Product unless the Donor has "
        "signed a Product Approval for that Product. Approval given by an agent, a manager or any "
        "other person on the Donor's behalf has no effect, even if that person holds a power of "
        "attorney.\n",
        "consent",
        "present",
    ),
]

CONSENT += [
    (
        "a power said to give no permission on the person's behalf removes no consent",
        _MODEL + "5.4 An AI output that the Model has not approved in writing shall not be "
        "published.\n14.2 The Agency's authority covers bookings only. It gives no permission on "
        "the Model's behalf.\n",
        "consent",
        "present",
    ),
    (
        "'no payment for the uses you tick Yes': the negation is the pay's, not the ticking's",
        _MODEL + "2. We will use the Images only where you have ticked Yes.\n4. Test shoots are "
        "free of charge for you, and you will not receive any payment for the uses you tick Yes.\n",
        "consent",
        "present",
    ),
    (
        "shown 'only in the places you answer Yes to' is an opt-in",
        _MODEL + "2.1 We ask you about each place separately in the table below. We will show the "
        "commercial with you in it only in the places you answer Yes to.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: shown everywhere unless the person answers No",
        _MODEL + "2.1 We will show the commercial with you in it in all the places listed below "
        "unless you answer No.\n",
        "consent",
        "present",
    ),
    (
        "photographs 'not selected for any of the uses you agree to' deny no opt-in",
        _MODEL + "3.1 We will use the photographs only for the uses you agree to in the table "
        "below.\n3.3 Photographs that are not selected for any of the uses you agree to are "
        "deleted by 31 May 2026.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: passing material on 'without asking you' is a transfer term, not consent "
        "removed",
        _MODEL + "5.1 The Brand shall not make any AI Version of the Video without your written "
        "consent.\n5.3 The Brand may pass the Video and AI Versions to its affiliates and "
        "agencies for the purposes in clause 5.2 without asking you.\n",
        "consent",
        "missing",
    ),
]

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "no fee for a show day the person could not attend is no unpaid use: present",
        _MODEL + "3.1 The Client shall pay the Model a show fee of EUR 300 for each show day on "
        "which the Model walks.\n4.2 If the Model cannot attend a show day through illness, the "
        "Model shall tell the producer as soon as possible. No fee is payable for that day.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: no fee for the use of the show images",
        _MODEL + "3.1 The Client shall pay the Model a show fee of EUR 300 for each show day on "
        "which the Model walks.\n4.2 No fee is payable for any use of the show images.\n",
        "compensation",
        "present",
    ),
    (
        "a recital of consideration that names the fees is not nominal pay: present",
        _TALENT + "For good and valuable consideration, including the fees in Section 3, Talent "
        "agrees with the Producer as follows.\n3.1 Use fee: EUR 1,500 for each 13-week cycle of "
        "television use in each country.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a bare recital of good and valuable consideration",
        _TALENT + "For good and valuable consideration, Talent agrees with the Producer as "
        "follows.\n3.1 Talent grants the Producer the right to use the footage.\n",
        "compensation",
        "present",
    ),
    (
        "ending the deal 'without payment' costs the person nothing; it leaves the fees: present",
        _MODEL + "5.1 The Model receives seventy-five per cent (75%) of each Licence fee.\n8.1 The "
        "Model may end this Agreement at any time by written notice, for any reason and without "
        "payment.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the uses are made without payment",
        _MODEL + "5.1 The Client may use the Images in its catalogue for any reason and without "
        "payment.\n",
        "compensation",
        "present",
    ),
    (
        "a programme the person does not pay for says nothing of pay for the likeness",
        _MODEL + "3.1 The Client shall pay the Model EUR 400 for each shoot day and EUR 200 for "
        "each month of online use.\n3.2 The Model does not pay any fee for the development "
        "programme.\n",
        "compensation",
        "present",
    ),
    (
        "the price of a pack the person buys is no pay to the person",
        _APP + "4.1 A Headshot pack costs KES 1,500, paid by M-Pesa or card before generation.\n"
        "4.2 You will not receive any payment for any use of your Headshots.\n",
        "compensation",
        "missing",
    ),
]

COMPENSATION += [
    (
        "the person's own unpaid mentions of products she bought are no unpaid use",
        _MODEL + "2.2 The Model shall not promote any other cosmetics brand, except for products "
        "she bought herself and mentions without payment or gifts.\n4.3 The Client shall pay an "
        "Avatar Fee of EUR 900 for each calendar month in which the Avatar is used.\n",
        "compensation",
        "present",
    ),
    (
        "packs given away free of charge carry no royalty: the royalty stands",
        _MODEL + "8.1 The Client shall pay the Model a royalty of 10% of the net price of each AR "
        "Pack sold.\n8.4 AR Packs given away free of charge carry no royalty.\n",
        "compensation",
        "present",
    ),
    (
        "overtime at EUR 10 an hour is a rate, not nominal pay",
        _MODEL + "2. The Extra is paid EUR 80 for a shooting day of up to eight hours. Each "
        "additional hour or part of an hour is paid at EUR 10.\n",
        "compensation",
        "present",
    ),
    (
        "a withdrawal 'free of charge' leaves the pay as it is",
        _MODEL + "6.2 The Client pays the Model EUR 250 for each month in which the Avatar is "
        "used.\n9.1 The Model may withdraw at any time. Withdrawal is free of charge.\n",
        "compensation",
        "present",
    ),
    (
        "a fee agreed later with a stated floor ('not less than GHS 15,000') is stated",
        _VOICE + "3.1 The Station shall pay the Voice GHS 40,000 for each year of use of the "
        "Persona Voice.\n3.3 If the Voice consents to use of the Persona Voice in advertising, "
        "the fee for "
        "each campaign shall be agreed in writing before the campaign and shall not be less than "
        "GHS 15,000.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a fee left to be agreed, with no floor",
        _VOICE + "3.1 The Station shall pay the Voice GHS 40,000 for each year of use of the "
        "Persona Voice.\n3.3 If the Voice consents to use of the Persona Voice in advertising, "
        "the fee for "
        "each campaign shall be agreed in writing before the campaign.\n",
        "compensation",
        "present",
    ),
]

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "an option changed from 'Yes' to 'No' at any time is a way out: present",
        _MODEL + '3.3 The Model may change an option from "Yes" to "No" at any time by e-mail to '
        "the Client. Within 30 days the Client shall stop creating new AI material under that "
        "option and remove all AI material already published under it.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side changes an answer from 'Yes' to 'No'",
        _MODEL + '3.3 The Client may change an option from "Yes" to "No" at any time by e-mail '
        "to the Model.\n",
        "revocation",
        "present",
    ),
    (
        "a request to a company named in camel case ('ask HadithiCam to remove') is a way out",
        '1.1 I ("I") allow HadithiCam ("HadithiCam") to animate my photos.\n4.1 I may ask '
        "HadithiCam to remove my photos and Animated Samples from the sample library, and "
        "HadithiCam will remove them within seven (7) days of my request.\n",
        "revocation",
        "present",
    ),
    (
        "'may end the use of her voice' only from the end of a contract year: weak",
        _VOICE + "1.2 The Station may generate new liners in the Voice's voice with the Engine.\n"
        "6.2 The Voice may end the use of her voice in the Engine only with effect from the end "
        "of a contract year, by giving at least three months' notice in writing.\n",
        "revocation",
        "weak",
    ),
    (
        "a removal that must be asked for before the picture lock date is a window: weak",
        '1.1 You ("you") appear as an extra in the music video made by us ("we", "us").\n'
        "6.1 You may ask us to remove your Crowd Replica from the music video by e-mail to "
        "extras@dubysoskadrai.lt before the picture lock date of 31 July 2026.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a removal asked for at any time, done before the next print run",
        '1.1 You ("you") appear in the brochure made by us ("we", "us").\n6.1 You may ask us '
        "to remove your photo at any time, and we will remove it before the next print run.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal for future Pick-up Requests only keeps what was made: weak",
        '1.1 The Performer ("Performer") voices "Brenner" for the Studio ("Studio").\n4.1 If the '
        "Performer does not confirm a session, the Studio may produce Synthetic Lines.\n7.1 The "
        "Performer may withdraw the deemed consent in clause 4.1 for future Pick-up Requests at "
        "any time by e-mail to the Studio.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a withdrawal of approval for future content stops new uses",
        _TALENT + "4.1 Talent may withdraw Talent's approval of any brand's use of Talent's image "
        "for future content at any time by notice to Manager, and Manager will instruct the brand "
        "to stop new uses within 7 days.\n",
        "revocation",
        "weak",
    ),
    (
        "the words of an opt-out box ('I do NOT want ... (opt out)') refuse no way out: present",
        '1.1 The Model ("Model") poses for the Agency ("Agency").\n4.1 The Model may opt out of '
        "Dataset Licences at any time by e-mail, without giving reasons and without cost.\n"
        "Choice Tick\nI do NOT want my Images included in Dataset Licences (opt out)\n",
        "revocation",
        "present",
    ),
    (
        "a termination that depends on the manager's failure to find work is no limit on "
        "withdrawal: present",
        _TALENT + "8.2 Talent may terminate this Agreement on sixty (60) days' written notice if "
        "Manager has not obtained any Engagement for Talent in the previous six (6) months.\n"
        "14.1 Talent may withdraw any Replica Consent at any time by giving thirty (30) days' "
        "written notice to Manager.\n",
        "revocation",
        "present",
    ),
]

REVOCATION += [
    (
        "a way out that 'does not repay' the fee is not conditional on repaying it: present",
        _VOICE + "7.1 The Voice may withdraw her consent to the Voice Model at any time by "
        "written notice.\n7.3 If the Voice withdraws her consent, she does not repay the Voice "
        "Model Fee.\n",
        "revocation",
        "present",
    ),
    (
        "'may end the synthetic voice arrangement at any time' is a way out",
        '1.1 The Host ("Host") is represented by the Agency ("Agency").\n8.1 The Host may end '
        "the synthetic voice arrangement at any time by written notice to the Agency.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side may end the arrangement",
        '1.1 The Host ("Host") is represented by the Agency ("Agency").\n8.1 The Agency may end '
        "the synthetic voice arrangement at any time by written notice to the Host.\n",
        "revocation",
        "present",
    ),
    (
        "asking 'for her announcements to be replaced' is a way out",
        '1.1 The Employee ("Employee") records announcements for the Company ("Company").\n6. '
        "The Employee may at any time ask in writing for her announcements to be replaced. The "
        "Company will stop playing them within thirty (30) days.\n",
        "revocation",
        "present",
    ),
    (
        "a person named before her label is the person, though a company is named above",
        "Wavelength Audio Network Limited (Ghana) and Mamle Akuorkor Narh\n1.1 Mamle Akuorkor "
        'Narh (the "Host") created and presents the Show.\n4.1 The Network may produce AI Voice '
        "Translations of the Show in the Host's synthetic voice.\n5.1 The Host may at any time, "
        "by email to the Network, withdraw permission for AI Voice Translations.\n",
        "revocation",
        "present",
    ),
]

REVOCATION += [
    (
        "delivered lines the client may distribute 'for as long as it chooses' limit the way out",
        _VOICE + "6. You may withdraw a Yes by telling the studio manager in writing. Your "
        "withdrawal applies to any project not yet delivered. Generated lines in a project that "
        "has already been delivered stay in the delivered version, which the client may "
        "distribute for as long as it chooses.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: lines already published may remain in their programmes",
        _VOICE + "5.4 The Voice may withdraw consent to Synthetic Lines at any time by written "
        "notice.\n5.5 Synthetic Lines already published may remain in their Programs.\n",
        "revocation",
        "weak",
    ),
]

# third round (fresh150 to fresh153)
CONSENT += [
    (
        "a signature line 'or tick box on the tablet' is no opt-in",
        '1.1 I ("I") am photographed by the Photographer ("Photographer") in the street.\n2. No '
        "consent of mine is required for any future use or licence of the Photographs.\n8. "
        "Signature (or tick box on the tablet): ______________________\n",
        "consent",
        "missing",
    ),
]

COMPENSATION += [
    (
        "re-recording failed passages 'at no extra fee' is work redone, not unpaid use",
        '1.1 The Narrator ("Narrator") records the Audiobook for the Publisher ("Publisher").\n'
        "1.3 If a chapter fails the check, the Narrator will re-record the passages concerned at "
        "no extra fee.\n2.1 The Publisher will pay the Narrator a narration fee of B$ 250 per "
        "finished hour of the Audiobook.\n",
        "compensation",
        "present",
    ),
    (
        "a payout threshold ('once the amount due is at least EUR 10') is not nominal pay",
        _MODEL + "3.2 The Model receives 20% of the net revenue of every licence of the Images.\n"
        "3.4 The Agency will pay the royalty share quarterly, once the amount due is at least EUR "
        "10.\n",
        "compensation",
        "present",
    ),
    (
        "only cash denied ('does not receive a cash fee') beside goods in kind: weak",
        _TALENT + "4.1 In return for the AI Voice Guide the Talent receives a free annual pass and "
        "a hamper of local products. She does not receive a cash fee.\n",
        "compensation",
        "weak",
    ),
]

REVOCATION += [
    (
        "a way out open only until the end of the shoot day is a window: weak",
        _MODEL + "5.1 Until the end of the shoot day you may withdraw your scan consent by telling "
        "the crowd coordinator at the gate.\n",
        "revocation",
        "weak",
    ),
    (
        "'may end this licence with effect from the end of a Licence Year' waits: weak",
        _VOICE + "5.1 The Voice may end this licence with effect from the end of a Licence Year by "
        "giving the Station at least ninety (90) days' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a request the other side 'will consider' is no way out: weak",
        '1.1 I ("I") am photographed by the Photographer ("Photographer").\n5. I may ask the '
        "Photographer to remove a Photograph from her website. The Photographer will consider my "
        "request and may remove the Photograph if she agrees with the reasons.\n",
        "revocation",
        "weak",
    ),
]

CONSENT += [
    (
        "'only if I tick \"Yes\"' in a first-person release is an opt-in",
        '1.1 I ("I") am photographed by the Photographer ("Photographer").\n8. My photographs '
        'will be included in datasets for training machine-learning models only if I tick "Yes" '
        "to Question A below.\n",
        "consent",
        "present",
    ),
]

COMPENSATION += [
    (
        "a fee in Albanian lek written 'ALL 20,000' is a stated amount",
        _MODEL + "4.1 For each campaign in which the Model's image is used, the Company pays a "
        "Screenshot Fee of ALL 20,000.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: travel repaid 'by car at ALL 30 per kilometre'",
        _MODEL + "4.1 I will not receive any fee for the photographs.\n4.2 The Studio will pay "
        "my travel costs by car at ALL 30 per kilometre.\n",
        "compensation",
        "present",
    ),
]

REVOCATION += [
    (
        "cancelling a paid plan 'with effect from the end of the billing month' is no way out",
        _APP + "4.1 Premium costs 19 KM per month, billed monthly, and you may cancel it at any "
        "time with effect from the end of the billing month.\n6.2 You grant us a perpetual, "
        "irrevocable licence to use your photos.\n",
        "revocation",
        "missing",
    ),
]

# fourth round (fresh154 to fresh157)
COMPENSATION += [
    (
        "a fee in CFA francs ('FCFA 75,000 for each shoot day') is a stated amount",
        _MODEL + "3.1 The Shop shall pay the Model a day fee of FCFA 75,000 for each shoot day.\n",
        "compensation",
        "present",
    ),
    (
        "a fee in ouguiya ('MRU 150' for each segment) is a stated amount",
        _VOICE + "13. For each segment in your voice that is broadcast, the Station will pay you "
        "MRU 150.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CONSENT)
def test_consent_read_past_bars_and_absent_permissions(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), COMPENSATION)
def test_prices_days_not_worked_and_recitals_are_not_pay_terms(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), REVOCATION)
def test_ways_out_and_their_windows(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        ("1.2 The online store greets customers with \"Batukas\", a cartoon avatar of a boot.\n",
         False),
        ("4.2 Each model's profile in the application is shown with an avatar consisting of the "
         "model's initials on a colored background; no photograph of Model is used for the "
         "avatar.\n", False),
        ("1.3 Outside this Agreement are the stock cartoon avatars (a leopard and an eagle) that "
         "App users can choose as profile pictures, which are not based on the Creator.\n", False),
        ("1.3 The Company's demonstration plot has a digital twin (a computer model of the plot's "
         "soil moisture and crop growth) which will be shown in some videos.\n", False),
        ("1.1 The Company publishes the Katuni Avatars messaging-sticker app. The avatars in the "
         "app are stock cartoon characters drawn by the Company's illustrators.\n", False),
        ("1.2 The commercial also shows the car's AI driver-assistance features, demonstrated by "
         "our own staff.\n", False),
        ("4. The Streamer keeps his own channel avatar and banner, which may show the Team's "
         "logo.\n", False),
        ("1.2 The temp track is a stock computer voice, is not the Talent's voice and is not "
         "made from any recording of the Talent.\n", False),
        ("1.2 Until the session, the test system plays the prompts in a synthetic placeholder "
         "voice generated by the phone system's built-in text-to-speech engine.\n", False),
        ("2. The Broadcaster may build a synthetic commentary voice from recordings of the "
         "Commentator's commentary.\n", True),
        ("4. We would like to build a computer voice from your recordings. To do this we train a "
         "speech model on your recordings.\n", True),
        ("3.4 The app shows each model's profile with an avatar, which is the photograph or "
         "drawing the model chooses.\n", False),
        ("1.3 The app asks for an avatar, which may be any picture the Model chooses.\n", False),
        ("6.3 The Athlete keeps her profile picture and avatar on the federation's app up to "
         "date.\n", False),
        ("11. You will receive a login to our model app, where you can set an avatar.\n", False),
        ("8.1 Your profile may include an avatar or photograph chosen by you.\n", False),
        ("6.2 Northlight's Lens AI tool suggests keywords, titles and categories for every "
         "uploaded image.\n", False),
        ("7.1 You may add a profile picture (your avatar) so that the stage manager can "
         "recognise you.\n", False),
        ("12.2 The Model's profile in the application shows a small avatar chosen by the "
         "Model.\n", False),
        ("8.1 We share your name, your avatar and your shift times with the client.\n", False),
        ("2.2 The Artist's profile in the fan app shows the avatar she chose, a drawing of a palm "
         "tree.\n", False),
        ("1.2 Your profile photo is your avatar: the picture shown next to your name.\n", False),
        ("2. The script says \"Book your pitch in the Al Wiam app, choose your player avatar and "
         "pay by mobile money\".\n", False),
        ("1.1 The Centre would like a member's voice, rather than a computer voice, on the phone "
         "menu.\n", False),
        ("3.2 Generated Images may show you in any of the forty poses.\n", True),
        ("3.1 The Producer may scan my face and body to create a three-dimensional digital model "
         "of me.\n", True),
        # the same words where the avatar or the twin is of the person
        ("3.1 The Company may create a cartoon avatar of the Model from her scan.\n", True),
        ("3.1 The Studio will build a digital twin (a computer model of the Model's body) from "
         "the scan.\n", True),
    ],
)
def test_drawn_avatars_and_twins_of_places_are_not_replicas(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
