"""Language from the round on fresh146 to fresh149 and fresh158 to fresh159 (session 24).

An avatar a contract has explained once as a profile picture is the same picture wherever it is
named again; a digital twin or a 3D scan "of the stone" models a thing, not the person; "AI" that
opens a defined term ("AI Extensions") speaks about AI where a product name ending in "AI" does
not; consent removed in words the engine missed ("does not need to ask the Performer again for
his consent", "We do not ask for your permission before creating") and asked for in plain words
("needs your written OK"); a discretion in the sentence before a removal of consent is the
removal's; ways out by withdrawing "any item" or ending the other side's "right to produce", and
one whose delivered material stays licensed with no end; a studio used "free of charge" and a
blank for the place of signing are not pay terms. Each case is (phenomenon, text, requirement,
status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads, report_of

from analyser.pipeline import Pipeline

_APP = '1.1 You ("you") upload photos so that we can make AI headshots of you.\n'
_PERFORMER = ('1.1 The Performer ("Performer") voices a commercial for the Producer ("Producer"), '
              "which makes Language Versions of it with a synthetic voice model.\n")
_TALENT = ('1.1 The Talent ("Talent") records spots for the Company ("Company"), which builds a '
           "Synthetic Voice of the Talent with a voice model.\n")
_CREATOR = ('1.1 The Creator ("Creator") is managed by the Manager ("Manager"), which builds an '
            "AI avatar of the Creator.\n")

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "not asked again for consent to each version: consent removed",
        _PERFORMER + "3.4 The Performer agrees to the making and broadcast of the Language "
        "Versions. The Producer does not need to ask the Performer again for his consent to any "
        "Language Version.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: consent to each version is required",
        _PERFORMER + "3.4 The Producer shall not make any Language Version without the "
        "Performer's written consent.\n",
        "consent",
        "missing",
    ),
    (
        "the asking denied: consent removed",
        _APP + "3.2 By uploading photos, you agree that we may create AI Looks of you. We do not "
        "ask for your permission before creating an AI Look or before showing it to clients.\n",
        "consent",
        "missing",
    ),
    (
        "a pair of verbs: 'do not ask for, and do not need, your consent'",
        _APP + "3.2 We do not ask for, and do not need, your consent to use your AI headshots in "
        "our marketing.\n",
        "consent",
        "missing",
    ),
    (
        "'needs your written OK' asks for consent",
        _APP + "2. We use your AI headshots only on your profile page. Anything else (adverts, "
        "banners, posters) needs your written OK by e-mail first.\n",
        "consent",
        "present",
    ),
    (
        "the discretion in the sentence before a removal is the removal's: missing",
        _CREATOR + "10.1 The Creator authorises the Manager to build an AI avatar of her and to "
        "produce Synthetic Content with it.\n10.2 The Creator agrees that the Manager may produce "
        "and publish Synthetic Content at its discretion. No consent of the Creator shall be "
        "required for any individual script, video, post or use of Synthetic Content.\n",
        "consent",
        "missing",
    ),
    (
        "a breach the person may end the deal for takes consent as needed: it removes none",
        _CREATOR + "9.1 No Synthetic Content shall be produced except under a consent signed by "
        "the Creator.\n12.2 The Creator may terminate this Agreement with immediate effect if the "
        "Manager signs any document on her behalf without her consent.\n",
        "consent",
        "present",
    ),
    (
        "a permit the other side need not obtain removes no consent",
        _CREATOR + "4.2 The Manager shall not be required to obtain any licence or permit that "
        "only the Creator may hold.\n9.1 No Synthetic Content shall be produced except under a "
        "consent signed by the Creator.\n",
        "consent",
        "present",
    ),
]

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "a studio the person may use free of charge is no unpaid use",
        '1.1 The Influencer ("Influencer") is managed by the Manager ("Manager").\n3.3 The '
        "Influencer may use the Manager's studio free of charge for partnership shoots.\n5.2 The "
        "Manager pays the Influencer an image fee of 75,000 FCFA per month for every month in "
        "which it uses his content.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the person's image used free of charge",
        '1.1 The Influencer ("Influencer") is managed by the Manager ("Manager").\n3.3 The '
        "Manager may use the Influencer's image free of charge in its showreels.\n",
        "compensation",
        "present",
    ),
    (
        "a blank for the place and date of signing is no unstated fee",
        _TALENT + "4. Fees\nSector | Media | Minimum fee (FCFA) | Per use\nTelecoms | Online | "
        "1,200,000 | 150,000 per 15-second video\nDone at [●], on [●].\n",
        "compensation",
        "present",
    ),
]

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "withdrawing any listed item is a way out",
        _TALENT + "2.1 The Talent allows the Company to use (a) her photograph and (b) her "
        "Synthetic Voice in its spots.\n5.1 The Talent may withdraw any item in clause 2.1 at any "
        "time, without giving a reason, by a message to the Company. Within seven days the "
        "Company will stop using it.\n",
        "revocation",
        "present",
    ),
    (
        "ending the other side's right to produce is a way out",
        _TALENT + "5.1 The Talent may at any time, by written notice to the Company, end the "
        "Company's right to produce new Synthetic Voice. Within thirty days the Company shall "
        "stop producing Synthetic Voice and delete the voice model.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ends the person's right",
        _TALENT + "5.1 The Company may at any time end the Talent's right to use the studio.\n",
        "revocation",
        "present",
    ),
    (
        "delivered material that stays licensed with no end: weak",
        _APP + "3.8 You can switch AI Avatar off in your settings at any time. Avatar Content "
        "already delivered to brands remains licensed to them under the Brand Licence.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: delivered material licensed for twelve months more",
        _APP + "3.8 You can switch AI Avatar off in your settings at any time. Avatar Content "
        "already delivered to brands remains licensed to them for twelve months from delivery.\n",
        "revocation",
        "weak",
    ),
    (
        "a Yes changed to No is a way out, and outputs used without limit of time leave it weak",
        _TALENT + "8.1 The Talent may change any Yes in Clause 2.1 to No by written notice to the "
        "Company.\n8.2 Outputs published before the notice takes effect may continue to be used "
        "by the client without limit of time.\n",
        "revocation",
        "weak",
    ),
    (
        "a Yes changed to No, with published outputs stopped: present",
        _TALENT + "8.1 The Talent may change any Yes in Clause 2.1 to No at any time by written "
        "notice to the Company. Within seven days the Company will stop every use for that "
        "item.\n",
        "revocation",
        "present",
    ),
    (
        "the Principal of a power of attorney is the person: her revocation is a way out",
        '1.1 I, the undersigned, Ms Rachidatou Alassane Mama, model and actress, born on [●], '
        'holder of passport No. [●], residing at [●] (the "Principal"), appoint Zoun '
        'Agency SARL (the "Attorney") to sign licences for a Digital Replica of me.\n6.1 The '
        "Principal may revoke this Power at any time, by written notice to the Attorney, with "
        "immediate effect.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal on three months' notice waits too long: weak",
        _TALENT + "4.1 The Talent may withdraw this consent for future uses by giving the Company "
        "three (3) months' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal on ninety days' notice waits too long: weak",
        _TALENT + "4.1 The Talent may withdraw this consent at any time on ninety (90) days' "
        "notice to the Company.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: thirty days' notice is reasonable",
        _TALENT + "4.1 The Talent may withdraw this consent at any time on thirty (30) days' "
        "notice to the Company.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a removal within 90 days of a withdrawal at any time",
        _TALENT + "4.1 The Talent may withdraw this consent at any time by e-mail, and the "
        "Company shall remove the Synthetic Voice from all spots within 90 days.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: either party's own ending on ninety days leaves the person's way out alone",
        _TALENT + "4.1 The Talent may withdraw this consent at any time by e-mail, and the "
        "Company shall stop every use within seven days.\n5.1 Either party may end this "
        "Agreement on ninety days' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a deletion at the end of the term, confirmed on request, is no way out",
        _APP + "5.4 The fine-tuned model shall be deleted at the end of the Usage Period, and the "
        "Client shall confirm the deletion to the Agency on request.\n7. Once paid, the licence "
        "is irrevocable for the Usage Period, and the Model may not withdraw it.\n",
        "revocation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CONSENT)
def test_consent_removed_or_asked_in_plain_words(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), COMPENSATION)
def test_free_studios_and_signing_blanks_are_not_pay_terms(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), REVOCATION)
def test_ways_out_by_item_and_by_right(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        # an avatar explained once as a profile picture, named again elsewhere
        ("2.2 Your avatar is the small picture shown next to your name.\n4.1 We may feature your "
         "Showreel, your name and your avatar in the marketing of Castwell.\n", False),
        ('2.2 You can choose a profile picture, your "avatar", which appears next to your '
         "messages.\n6.1 Casting directors see your avatar in the list of candidates.\n", False),
        ("3.2 The Actor shall keep a current headshot as his profile picture, or \"avatar\", on "
         "each casting site.\n", False),
        ("6.4 The app may show the Actor's name next to the illustrated portrait of Klara Varga "
         "used as the character's avatar in the application.\n", False),
        # ... and the same contract building an avatar of the person
        ("2.2 Your avatar is the small picture shown next to your name.\n4.1 We may create an "
         "avatar of you from your photos for our campaigns.\n", True),
        # a model or a scan of a thing
        ("2.1 For each property the Agency makes a 3D virtual tour, a digital twin of the "
         "building made by laser scan.\n6.1 The Agency owns the digital twin and the tour "
         "software.\n", False),
        ("2.1 For each property the Agency makes a digital twin of the building.\n6.1 The Agency "
         "may also make a digital twin of the Presenter from her scan.\n", True),
        ("2. The Game's match engine AI selects which Recording is played, depending on events in "
         "the match.\n", False),
        ('1.2 Each natural stone is sold with a "digital twin" certificate, a 3D scan of the '
         "stone recorded by the Brand's grading system.\n", False),
        ("1.2 The Studio will make a 3D scan of the Model for the campaign.\n", True),
        ("1.2 The Host presents the screen demonstration of the digital twin of the Harveco "
         "CX 7 combine harvester, which shows visitors the machine's sensors.\n", False),
        ("2. The Game includes digital twins of twelve (12) Hungarian stadiums, built by the "
         "Studio from laser scans of the stadium buildings.\n", False),
        ('1.2 Episode No. 58, "AI on the family farm: artificial insemination (AI) services and '
         'heat detection", was recorded at the Guest\'s farm.\n', False),
        ("1.2 The Brand will make a digital twin of your body for its fitting app.\n", True),
        # "AI" opening a defined term, and a product name
        ('4.1 "AI Extensions" are images of the Model made from the photographs of the shoot.\n',
         True),
        ('4.1 "AI Stage" means the small stage in Hall B where the panels are held.\n', False),
        ("1.1 The app's AI check-in feature reads the QR code on your confirmation and tells you "
         "your place in the queue.\n", False),
        # synthetic variants and generation tools
        ("2. Korvo may use the Images to generate synthetic variants: new images in which a "
         "figure with my face appears in other clothing.\n", True),
        ("3. Korvo may use the Images to train its own image and video generation tools.\n", True),
        ("5.1 Our jackets use recycled synthetic fleece.\n", False),
    ],
)
def test_explained_avatars_and_models_of_things_are_not_replicas(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed
