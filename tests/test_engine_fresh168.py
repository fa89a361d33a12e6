"""Language from the round on fresh168 to fresh173 (session 26).

A way out that reaches only what is begun or added after it ("The withdrawal applies only to
garments whose development begins after the Agency receives the e-mail", "shall not generate
Renders for any product first added to the Store after that date") is limited. "After the initial
period the Artist may end it" takes up the licence of the sentence before, and gives a way out that
waits. A request that a use not happen ("may request that Synthetic Media of the Talent is not
created", "ask Ovozkhona not to publish"), an opt-out of future capture by "a Model who does not
wish to be captured at future Runway Weeks" and switching a clone off are ways out; leaving a show
or asking for a "no photos" pin on the day is not. A window may open the sentence ("Within seven
(7) days after the recording, you may ask us to cut any part"). A click that confirms the person's
age is no consent read from conduct. A usage fee covering a period is the pay for that use, "No fee
is charged" charges the person nothing, and a fee credited to the person's seller balance is paid;
a ticked box ("[x]") and a blank in a table row that states its amount leave no fee open; a small
amount per unit in a rate table, or an advance recouped from royalties, is pay, and a small sum is
nominal only where it is given as the price of the grant. "AI" spelled out as something else ("the
AI form (our "Allergy Information" form)"), a digital twin or three-dimensional scan of a building,
a booth's "digital twin", an avatar chosen from a set of cartoons or named with a logo do not speak
about replicas of the person. A second label in a party's bracket ('(the "Licensee" or "Dublu")')
and a person's particulars ('Mr Luca Ferreira, residing in Hosingen (the "Streamer")') name the
sides. Each case is (phenomenon, text, requirement, status); a "look-alike" case must not reach the
status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag, assert_reads, report_of

from analyser.pipeline import Pipeline

_AVATAR = ('1. Kavaloa ("Kavaloa") makes a Fit Avatar, an AI avatar of the Model ("Model"), '
           "from her body scan.\n"
           "2. Kavaloa pays the Model EUR 400 for each season in which the Fit Avatar is used.\n"
           "3. Withdrawal\n")
_VOICE = ('1. The Bank ("Bank") licenses a Synthetic Voice, an AI voice clone of the Artist '
          '("Artist"), for its telephone lines.\n'
          "2. The Bank pays the Artist EUR 50 for each new prompt.\n"
          "3. Ending\n")
_CLONE = ("1. TarabaLive will generate a Host Clone, an AI avatar of you, to present live "
          "streams.\n"
          "2. We pay you EUR 40 for each stream the Host Clone presents.\n"
          "3. Your controls\n")

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "a withdrawal that reaches only what is begun after it is limited",
        _AVATAR + "3.1 The Model may withdraw her agreement to the Fit Avatar by e-mail. The "
        "withdrawal applies only to garments whose development begins after the Agency receives "
        "the e-mail.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a withdrawal that reaches every garment",
        _AVATAR + "3.1 The Model may withdraw her agreement to the Fit Avatar by e-mail. The "
        "withdrawal applies to every garment, including those already in development.\n",
        "revocation",
        "weak",
    ),
    (
        "a stop only for products first added later is limited",
        _AVATAR + "3.1 The Model may withdraw her Avatar Consent by written notice.\n"
        "3.2 From the date withdrawal takes effect Kavaloa shall not generate Renders for any "
        "product first added to the Store after that date.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a stop for every product",
        _AVATAR + "3.1 The Model may withdraw her Avatar Consent by written notice.\n"
        "3.2 From the date withdrawal takes effect Kavaloa shall not generate Renders for any "
        "product.\n",
        "revocation",
        "weak",
    ),
    (
        "'may end it' after a lock-in is a way out that waits",
        _VOICE + "3.1 The Artist may not end the licence of the Synthetic Voice during the initial "
        "period. After the initial period the Artist may end it by giving the Bank ninety (90) "
        "days' written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side may end it",
        _VOICE + "3.1 The Artist may not end the licence of the Synthetic Voice during the term. "
        "After the initial period the Bank may end it by giving the Artist ninety (90) days' "
        "written notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a request that the use not happen is a way out",
        _AVATAR + "3.1 The Model may at any time request that Renders of the Model are not "
        "created for future seasons.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a request to see the use first",
        _AVATAR + "3.1 The Model may request that Renders of the Model are shown to her before "
        "they are published.\n",
        "revocation",
        "present",
    ),
    (
        "switching a clone off is a way out",
        _CLONE + "3.1 You may switch the Host Clone off at any time in the Host Dashboard. It "
        "stops appearing in new streams within twenty-four (24) hours.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: switching the studio lights off",
        _CLONE + "3.1 You may switch the studio lights off at the end of each stream.\n",
        "revocation",
        "present",
    ),
    (
        "a request to the other side, named, not to publish, within a window, is limited",
        _AVATAR + "3.1 The Model may, within seven (7) days after the shoot, ask Kavaloa not to "
        "publish any Render, and Kavaloa will comply.\n",
        "revocation",
        "weak",
    ),
    (
        "a window opening the sentence limits the request after it",
        _AVATAR + "3.1 Within seven (7) days after the shoot, the Model may ask Kavaloa to remove "
        "any Render of her.\n",
        "revocation",
        "weak",
    ),
    (
        "an opt-out of future capture by whoever does not wish it is a way out",
        _AVATAR + "3.1 A Model who does not wish to be scanned at future seasons may tell "
        "Kavaloa in writing, and Kavaloa will not scan her again.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a guest asking not to be photographed on the day",
        _AVATAR + "3.1 Guests who do not wish to be photographed may ask the Photographer for a "
        "green pin on arrival.\n",
        "revocation",
        "present",
    ),
    (
        "a withdrawal on notice, set between commas, only from products launched later",
        _VOICE + "3.1 The Artist may, on sixty (60) days' written notice, withdraw the Synthetic "
        "Voice from any service that the Bank launches after the notice takes effect.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side withdrawing the voice from its services",
        _VOICE + "3.1 The Bank may, on sixty (60) days' written notice, withdraw the Synthetic "
        "Voice from any service.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: leaving a show is no way out of the grant",
        _AVATAR + "3.1 A Model who feels unwell may withdraw from a show without penalty.\n",
        "revocation",
        "present",
    ),
]

_SHOP = ('1. Hunarbozor ("Hunarbozor") may show your Portrait in Featured Maker campaigns.\n'
         "2. No fee is charged for the Maker Profile.\n"
         "3. Fees\n")

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "a usage fee covering a period is the use's own pay",
        "1. The Company may publish the Model's photographs in its catalogue.\n"
        "2. The Company shall pay the Model a day rate of TJS 2,200 for each shoot day, together "
        "with a usage fee of TJS 3,000 covering publication of the photographs for twelve (12) "
        "months.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a shoot fee said to cover every use brings no pay of its own",
        "1. The Company may publish the Model's photographs in its catalogue.\n"
        "2. The shoot fee of TJS 2,200 covers the shoot day and all uses of the photographs.\n",
        "compensation",
        "present",
    ),
    (
        "a fee credited to the person's seller balance is paid, and a fee not charged to the "
        "person takes no pay away",
        _SHOP + "3.1 For every Featured Maker campaign in which your Portrait appears, Hunarbozor "
        "shall pay you a fee of TJS 600, credited to your seller balance within thirty (30) "
        "days after the campaign starts.\n",
        "compensation",
        "present",
    ),
    (
        "what the person gets for nothing takes no pay away",
        _SHOP + "3.1 Hunarbozor shall pay you TJS 600 for each Featured Maker campaign in which "
        "your Portrait appears.\n3.2 Before a campaign starts you can ask us to rebuild your "
        "Portrait, free of charge, up to two times.\n3.3 New makers attend two unpaid training "
        "sessions on the marketplace's tools.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the use itself given free of charge",
        _SHOP + "3.1 Hunarbozor shall pay you TJS 600 for each Featured Maker campaign in which "
        "your Portrait appears.\n3.2 The use of your Portrait in Hunarbozor's own newsletters is "
        "free of charge.\n",
        "compensation",
        "present",
    ),
    (
        "a ticked box and a row that states its amount leave no fee open",
        "1. The Studio may publish the Narrator's recordings as audiobooks.\n"
        "2. The Studio pays the Narrator EUR 140 for each finished hour.\n"
        "3. Schedule\n| Title | Start | End | Hours | Fee |\n"
        "| Mlin | [●] | [●] | 12 | EUR 1,680 |\n"
        "4. Uses\n[x] Audiobook platforms\n[x] Library lending\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: the fee itself left blank",
        "1. The Studio may publish the Narrator's recordings as audiobooks.\n"
        "2. The Studio pays the Narrator EUR 140 for each finished hour.\n"
        "3. Schedule\n| Title | Start | Hours | Fee |\n| Mlin | 1 May | 12 | [●] |\n",
        "compensation",
        "present",
    ),
    (
        "small amounts per unit in a rate table and an advance recouped from royalties are pay",
        "1. The Institute may use the Contributor's clips to train speech models.\n"
        "2. Rates\n| Task | Length | Fee |\n| Face video, varied light | 60 seconds | EUR 1.20 |\n"
        "3. The Institute pays an advance of EUR 2,000 on signature and 15% of net receipts.\n"
        "4. The advance under clause 3 is recouped from royalties only.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a symbolic sum given in consideration",
        "1. The Institute may use the Contributor's clips to train speech models.\n"
        "2. In consideration of the sum of EUR 1, the receipt of which the Contributor "
        "acknowledges, the Contributor grants the rights in clause 1.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a deposit credited to the person's own session fee",
        _SHOP + "3.1 The deposit of TJS 75 is credited to your session fee.\n",
        "compensation",
        "present",
    ),
]


@pytest.mark.parametrize(
    ("phenomenon", "text", "requirement", "status"), REVOCATION + COMPENSATION
)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


_CORPUS = ('1. The Institute ("we") records your voice for a speech corpus used to train '
           "text-to-speech models.\n"
           "2. We will not create a voice model of your voice unless you tick box C.\n")


@pytest.mark.parametrize(
    ("phenomenon", "text", "raised"),
    [
        ("a click that confirms the person's age is no consent read from conduct",
         _CORPUS + '3. By clicking "I agree and start recording" you confirm that you are at '
         "least 18 years old and that you have read these terms.\n", False),
        ("attending and signing in, said to be agreement to the terms, is",
         _CORPUS + "3. By attending the session and signing in at reception, you confirm that "
         "you have read this e-mail and agree to these terms.\n", True),
    ],
)
def test_consent_read_from_conduct(
    pipeline: Pipeline, phenomenon: str, text: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, "deemed_consent", raised)


@pytest.mark.parametrize(
    ("text", "addressed"),
    [
        # "AI" spelled out as something else
        ('2.2 Before the first class the Parent completes the AI form (our "Allergy Information" '
         "form).\n5.1 The Agency deletes the casting photographs and AI form when the Child "
         "leaves.\n", False),
        ("2.2 If you would rather not be photographed, ask for a red lanyard at the AI desk "
         "(Artist Information, next to the green room).\n", False),
        ("2.2 Our AI tools (artificial intelligence) will make an AI version of the Model's "
         "face.\n", True),
        # twins and scans of things
        ("4.6 The Studio uses an acoustic model of its own booth, which its engineers call the "
         'booth\'s "digital twin", to match the room tone.\n', False),
        ("1.4 Stop 9 shows the digital twin of the old press house, a three-dimensional scan of "
         "the building that visitors can explore.\n", False),
        ("1.4 The Studio makes a three-dimensional scan of the Model's body for the avatar.\n",
         True),
        ("1.4 The Studio makes the Model's digital twin from her scan.\n", True),
        # avatars that are pictures
        ("2.4 A profile in our group chat, where you choose an avatar from our set of cartoon "
         "mountain animals.\n", False),
        ("The trail is led by Maslinko, a cartoon olive who is the avatar of the Museum's "
         "children's programme.\n", False),
        ("If an account using your avatar or our logo contacts you, please report it.\n", False),
        ("2.1 The Studio will build a talking avatar of the Presenter from her recordings.\n",
         True),
        # stand-ins named by a role: of the person, or the platform's stock
        ("1.1 The Agency consents to Crainic creating a synthetic presenter from recordings of "
         "the Talent.\n", True),
        ("Sintezia sells a platform on which companies make training videos read by synthetic "
         "presenters from its stock library.\n", False),
        ("4.1 We would like to make a Size Guide Twin: a three-dimensional digital copy of your "
         "child's body, made from a short scan.\n", True),
    ],
)
def test_look_alikes_do_not_speak_about_replicas(
    pipeline: Pipeline, text: str, addressed: bool
) -> None:
    assert report_of(pipeline, text).ai_addressed is addressed


@pytest.mark.parametrize(
    ("phenomenon", "text", "status"),
    [
        (
            "a second label in the other side's bracket names it",
            'Parties: DUBLU NISTRU SRL, operator of the Dublu app (the "Licensee" or "Dublu"), '
            'and the creator named below (the "Talent").\n'
            "1. Dublu makes an Official Avatar, an AI avatar of the Talent.\n"
            "2. Dublu pays the Talent 30% of the avatar's subscription revenue.\n"
            "3. The Talent may not terminate this Agreement for convenience. Dublu may terminate "
            "it on thirty (30) days' notice.\n",
            "missing",
        ),
        (
            "a person's particulars name the person, a company form the other side",
            'Oesling Esports S.a r.l., Zone Industrielle, Hosingen (the "Team")\n'
            'Mr Luca Ferreira, known as "Lux_Ferro", residing in Hosingen (the "Streamer")\n'
            "1. The Team makes an AI avatar of the Streamer for its channel.\n"
            "2. The Team pays the Streamer EUR 200 for each video with the avatar.\n"
            "3. The Streamer cannot withdraw the rights in clause 1 during the term. The Team may "
            "also terminate it with one month's notice.\n",
            "missing",
        ),
    ],
)
def test_the_other_side_ending_the_agreement_is_not_the_persons_way_out(
    pipeline: Pipeline, phenomenon: str, text: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, "revocation", status)
