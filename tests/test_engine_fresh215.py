"""Language from the rounds on fresh215 to fresh220 (session 40).

A consent said not to be required stays missing beside look-alikes of a consent asked for: a copy
of "the consent and safety briefing" handed to the performer, and the person's own duty not to
post photographs of consumers "without their permission". A ticket, credential or event badge the
other side may revoke, and withdrawing from "that appearance", are no way out of the grant;
"If ... you do not want your image used, email ..." is one. A retirement that takes effect 120
days after the notice, vocals "produced before retirement" used in perpetuity, trained models that
"may continue to be used ... and cannot be recalled", a withdrawal that "takes effect from the
start of the next season" and a revocation for which the person "shall compensate the Producer
... for the damage caused" leave the way out weak. What the agency receives from a photographer is
not the person's pay. Each case is (phenomenon, text, requirement, status); a "look-alike" case
must not reach the status. A model "trained without it" after the person turns a setting off,
and a voice bank taken off sale at the person's notice, are ways out ("does not by itself turn
off" denies no switch); the use "covered by the Employee's remuneration" and things in kind
acknowledged as "sufficient consideration" are weak pay. From fresh218 to fresh220: "it" after
an opening condition naming the company is the company ("If the Sponsor terminates ..., it may
withdraw any Endorsement Materials"); "things Player has not said or done, without any further
consent" keeps the removal of consent (the "not" is the things'); leaving a taping or a class is
no way out; a bot's permission is no consent; "By checking in ..., a Player agrees to be filmed"
is deemed consent, "by recording a new consent" is not. A withdrawal said to cost nothing, a
session stopped that "does not withdraw any consent" and a competition "that has not yet been
judged" deny no way out; a name badge or a permit revoked is none; a request open only to "an
employee who leaves the Group" is weak. Nothing "other" than what the person gets is no further
pay; travel paid back up to a cap is no pay; leaving a recall or a fitting is no way out; a
consent the other side "does not rely on" and says is not required is missing. A consent given
"once and for all, to every present and future use", one the other side "may presume" and one
sought only "where reasonably practicable" are weak. From fresh221: "take back this permission"
is a way out, and cancelling a subscription or being moved out of frame is none; a sum accepted
"as full and final payment for ... all uses" is a buyout; a department's approval of what staff
post asks no consent of the person. From fresh222 and fresh223: an account or access revoked
and a set-up left are no way out.
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_reads

from analyser.pipeline import Pipeline

_GRANT = (
    '1. Dunmore Sportswear Ltd (the "Brand") may use photographs and footage of Ana Ruiz (the '
    '"Model") taken at the event in its catalogue and on its website for twelve months.\n'
)
_VOICE = (
    '1. Harpeth Jingle Co. (the "Company") will build a Voice Model from the recordings of Lee '
    'Cho (the "Vocalist") and use it for radio jingles.\n'
)
_WITHDRAW = "3.1 The Vocalist may withdraw her consent at any time by written notice.\n"

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "a copy of 'the consent and safety briefing' asks for no consent beside its removal",
        AI + "\n2. No further consent of the Model shall be required for any use of the Digital "
        "Replica.\n3. The Model will receive a copy of the consent and safety briefing for the "
        "Digital Replica scan session at least forty-eight (48) hours in advance.\n",
        "consent",
        "missing",
    ),
    (
        "the person's duty not to post other people without their permission asks no consent",
        _GRANT + "2. The Model's consent is not required for any use described in this clause.\n"
        "3. The Model must not post photographs of consumers, children or other models without "
        "their permission.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: the other side may not post photographs of the person without her permission",
        _GRANT + "2. The Brand must not post photographs of the Model in any other place without "
        "the Model's prior written permission.\n",
        "consent",
        "missing",
    ),
]

REVOCATION: list[tuple[str, str, str, str]] = [
    (
        "a ticket or credential the other side may revoke is no way out",
        _GRANT + "4.1 We may revoke any ticket or credential, without refund, if the holder "
        "behaves in a way that disrupts play.\n",
        "revocation",
        "missing",
    ),
    (
        "an event badge or access credential the other side may revoke is no way out",
        _GRANT + "4.1 The Brand may revoke the Model's event badge or retail-store access "
        "credential at any time for a breach of the Handbook.\n",
        "revocation",
        "missing",
    ),
    (
        "withdrawing from that appearance is no way out",
        _GRANT + "2. The Model will appear at the launch night. She may withdraw from that "
        "appearance at any time before the night because of illness.\n",
        "revocation",
        "missing",
    ),
    (
        "'if you do not want your image used, email' is a way out",
        _GRANT + "3.1 If, after the event, you do not want your image used, email "
        "media@dunmore.example with a description or screenshot.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: not wanting one's image used is answered by staying away",
        _GRANT + "3.1 If you do not want your image used, please do not enter the filming zone.\n",
        "revocation",
        "present",
    ),
    (
        "a retirement that takes effect 120 days after the notice is a long notice",
        _VOICE + "4.2 The Vocalist may request that the Voice Model be retired by written notice "
        "to the Company. Retirement takes effect one hundred twenty (120) days after the Company "
        "receives the notice.\n",
        "revocation",
        "weak",
    ),
    (
        "what was produced before retirement used in perpetuity",
        _VOICE + "4.2 The Vocalist may request that the Voice Model be retired by written notice "
        "to the Company. Synthetic Vocals produced before retirement may continue to be "
        "broadcast, licensed and used in perpetuity.\n",
        "revocation",
        "weak",
    ),
    (
        "trained models that may continue to be used and cannot be recalled",
        _VOICE + _WITHDRAW + "3.2 However, models already trained with the recordings will not "
        "be retrained. They may continue to be used in research and may be published openly, "
        "and cannot be recalled once published.\n",
        "revocation",
        "weak",
    ),
    (
        "a withdrawal that takes effect from the start of the next season",
        _GRANT + "5.1 The Model may withdraw her agreement for future uses by written notice to "
        "the press office. Withdrawal takes effect from the start of the next season.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: a withdrawal that takes effect on receipt",
        _GRANT + "5.1 The Model may withdraw her agreement for future uses by written notice to "
        "the press office. Withdrawal takes effect from the date the press office receives the "
        "notice.\n",
        "revocation",
        "weak",
    ),
    (
        "a revocation for which the person must compensate the other side's damage",
        '1. Jingle House s.r.o. (the "Producer") will record the voice of Petr Novak (the '
        '"Artist") for radio jingles.\n4.1 The Parties note that under Section 87 of the Civil '
        "Code a person who has consented to the use of an audio recording of his voice may revoke "
        "that consent if the manner of use has substantially changed, or for other serious "
        "reasons.\n4.2 If the Artist revokes his consent without such a reason, he shall "
        "compensate the Producer and the Station for the damage caused, including the cost of "
        "recording and producing a replacement Package.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the other side compensating the person when she withdraws",
        _VOICE + "4.2 The Vocalist may withdraw her consent at any time, and the Company will "
        "compensate the Vocalist for any session fee lost.\n",
        "revocation",
        "weak",
    ),
    (
        "a switch that makes the model retrained without the data, within 60 days, is a way out",
        '1. Brightloop Games ("we") will train a Lip-Sync Model with your session data ("you").\n'
        "5.3 Any version of the Lip-Sync Model trained with your Session Data will be replaced "
        "in the game by a version trained without it within sixty (60) days after you turn the "
        "setting off.\n6.2 Leaving the Beta does not by itself turn off data sharing for "
        "sessions already recorded.\n",
        "revocation",
        "present",
    ),
    (
        "a voice bank taken off sale at the person's notice is a way out",
        _VOICE + "6.2 The Vocalist may end sales of the Voice Bank by written notice to the "
        "Company.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the other side ending sales of the voice bank",
        _VOICE + "6.2 The Company may end sales of the Voice Bank at any time.\n",
        "revocation",
        "present",
    ),
]

COMPENSATION: list[tuple[str, str, str, str]] = [
    (
        "what the agency receives from a photographer is not the person's pay",
        _GRANT + "2. The Brand shall pay the Model a fee of GBP 900 for the event.\n"
        "3. The Agency may recommend photographers for test shoots, and the Agency receives no "
        "payment from any photographer it recommends.\n",
        "compensation",
        "present",
    ),
    (
        "the use covered by the employee's remuneration is a fee for something else",
        '1. Radio Odra (the "Employer") will build a Digital Presenter from the recordings of '
        'Ewa Nowak (the "Employee").\n3.1 Participation in the recording sessions and the use of '
        "the Digital Presenter are covered by the Employee's remuneration under the employment "
        "contract.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: recording time covered by a salary",
        '1. Radio Odra (the "Employer") will build a Digital Presenter from the recordings of '
        'Ewa Nowak (the "Employee").\n3.1 The Employee\'s recording time is covered by her '
        "salary. She will not receive any payment, royalty or other compensation for the Digital "
        "Presenter.\n",
        "compensation",
        "weak",
    ),
    (
        "things in kind acknowledged as sufficient consideration",
        _GRANT + "3.1 In return for this permission I will receive a Festival pass, lunch and a "
        "merchandise pack. I acknowledge that this is sufficient consideration for this "
        "Release.\n",
        "compensation",
        "weak",
    ),
]

_ESPORTS = (
    '1. Neon Vultures LLC ("Team") engages Ray Ortiz ("Player") and may create a Digital Player '
    "of him.\n"
)
_SPONSOR = (
    '1. Coldwater Drinks Ltd (the "Sponsor") engages Jon Ek (the "Player") and may use his '
    "name and likeness in Endorsement Materials.\n"
)

LATER: list[tuple[str, str, str, str]] = [
    (
        "look-alike: 'it' after a condition naming the company is the company's withdrawal",
        _SPONSOR + "11.4 If the Sponsor terminates under Section 11.1, it may withdraw any "
        "Endorsement Materials from the market.\n",
        "revocation",
        "present",
    ),
    (
        "the 'not' of things the replica is made to say leaves the removal of consent standing",
        _ESPORTS + "7.2 Team may cause the Digital Player to say or do things Player has not said "
        "or done, without any further consent of Player.\n",
        "consent",
        "missing",
    ),
    (
        "leaving the taping before the game is no way out",
        _GRANT + "1.2 I may withdraw from the taping at any time before my game begins by telling "
        "the contestant coordinator.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: a Discord bot's permission the player may revoke",
        '1. Prairie LAN ("we") streams the tournament.\n'
        "6.3 A Player may revoke the Tournament Discord bot's permission to read the "
        "Player's server roles at any time in Discord settings.\n",
        "consent",
        "present",
    ),
    (
        "'By checking in ..., a Player agrees to be filmed' is deemed consent",
        '1. Prairie LAN ("we") streams the tournament.\n1.2 By checking in at the venue and '
        "taking a seat at a tournament station, a Player agrees to be filmed and recorded and to "
        "the uses in section 2.\n",
        "consent",
        "weak",
    ),
    (
        "a withdrawal that costs nothing is still a withdrawal",
        '1. Sharjah Modest Co ("we") may use images of you ("you") in its catalogue.\n'
        "12.1 You may withdraw your consent at any time.\n12.4 You will not have to repay any "
        "fee and you will not owe us any compensation because you withdraw or end the "
        "Agreement.\n",
        "revocation",
        "present",
    ),
    (
        "stopping a session that withdraws no consent does not deny the way out",
        _GRANT + "7.1 The Model may withdraw her consent at any time by email.\n7.2 Stopping a "
        "session does not withdraw any consent already given.\n",
        "revocation",
        "present",
    ),
    (
        "'a competition that has not yet been judged' does not negate the stop",
        'TFP portfolio release between Lina Haddad, photographer ("I", "me"), and you, the model '
        '("you").\n1. I may use the images in my portfolio.\n3.1 You can withdraw your permission '
        "for me to use any or all of the images at any time, by sending me a message.\n3.2 Within "
        "seven (7) days of your message I will remove the images from my website, withdraw them "
        "from any competition that has not yet been judged and stop using them in new work.\n",
        "revocation",
        "present",
    ),
    (
        "a name badge or a permit revoked is no way out",
        _GRANT + "2.3 If the competent authority suspends or revokes the Model's permit, the Brand "
        "may suspend its obligations.\n2.4 The Brand may revoke a name badge or staff identity "
        "card that is misused.\n",
        "revocation",
        "missing",
    ),
    (
        "a request open only after the person has left the job is weak",
        _GRANT + "5.1 An employee who leaves the Group may ask the HR Department in writing that "
        "their image not be used in new marketing material produced after their departure.\n",
        "revocation",
        "weak",
    ),
    (
        "nothing 'other' than what the person gets is no further pay, not none",
        _GRANT + "4.1 The Brand will give the Model a spa voucher.\n4.2 The Model will not "
        "receive any other fee or payment for the filming or for any use of the video.\n",
        "compensation",
        "weak",
    ),
    (
        "look-alike: 'any fee, royalty or other payment' denies every kind",
        _GRANT + "4.2 The Model has not received, and will not receive, any fee, royalty or other "
        "payment for any use of the Images.\n",
        "compensation",
        "weak",
    ),
    (
        "travel paid back up to a cap is no pay for the use",
        '1. Claddagh Hope ("we") will photograph you ("you") for its Appeal.\n5.1 As a charity, '
        "we are not able to pay storytellers, and you will not be paid for taking part or for our "
        "use of the Materials.\n5.2 We will reimburse your travel costs to our office or to any "
        "Appeal event, up to \u20ac40 per trip, on production of tickets or receipts.\n",
        "compensation",
        "missing",
    ),
    (
        "leaving a recall or a fitting is no way out",
        _GRANT + "1.4 The Model may withdraw from the recall or the fitting by giving the "
        "production coordinator at least twenty-four hours' notice.\n",
        "revocation",
        "missing",
    ),
    (
        "consent not relied on and not required is missing",
        '1. Harrowgate LLP (the "Firm") takes headshots of its staff ("you").\n4.2 Because the '
        "Firm does not rely on consent for these uses, your consent is not required and will not "
        "be sought for any use described in section 3. This policy, rather than any consent form, "
        "governs how headshots are used.\n",
        "consent",
        "missing",
    ),
    (
        "'We do not rely on your consent, and your consent is not required' is missing",
        '1. Harrowgate LLP ("we") photographs the festival and its guests ("you").\n2.1 We do not '
        "rely on your consent, and your consent is not required for photographs or film taken at "
        "the festival.\n",
        "consent",
        "missing",
    ),
    (
        "a consent given once and for all to every present and future use is blanket",
        '1. Nile Voice Studio (the "Studio") will record Omar Said (the "Artist") for dubbing.\n'
        "3.1 By signing this contract the Artist consents, once and for all, to every present and "
        "future use of his voice and the Synthetic Voice permitted by this contract.\n",
        "consent",
        "weak",
    ),
    (
        "a consent the other side may presume is deemed",
        '1. Atlas Stock (the "Agency") photographs Salma Idrissi (the "Model").\n2.3 The Agency '
        "may also presume the Model's consent to any AI Variation which is consistent with the "
        "style of the Session.\n",
        "consent",
        "weak",
    ),
    (
        "consent sought only 'where reasonably practicable' is optional",
        '1. Taff Radio (the "Station") employs Gwen Rees (the "Presenter").\n8.3 For uses '
        "outside the Core Uses the Station shall, where reasonably practicable, seek the "
        "Presenter's consent.\n",
        "consent",
        "weak",
    ),
    (
        "'You can take back this permission at any time' is a way out",
        '1. Noor Studio ("we") photographs you ("you") for your portfolio.\n5.2 You can take back '
        "this permission at any time, for any reason, by sending a WhatsApp message to the "
        "Studio.\n",
        "revocation",
        "present",
    ),
    (
        "cancelling a subscription that withdraws no consent denies no way out",
        '1. Selfiverse ("we") makes avatars from your photos ("you").\n5.3 You may withdraw your '
        "consent at any time in Settings.\n11.4 Cancelling a subscription does not withdraw your "
        "consent or delete your data.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: being moved out of frame before a shot is a request to be left out",
        _GRANT + "8. Junior artistes who do not wish to appear in a particular shot may ask to be "
        "moved out of frame before that shot is taken.\n",
        "revocation",
        "weak",
    ),
    (
        "a sum accepted as full and final payment for all uses is a buyout",
        '1. I, Sana Malik, record jingles for Indus Voice ("the Studio").\n5. I accept the sum of '
        "PKR 60,000, less withholding tax, as full and final payment for the recording sessions "
        "and for all uses of the Recordings and the Synthetic Voice.\n",
        "compensation",
        "weak",
    ),
    (
        "a department's approval of what staff post asks no consent of the person",
        '1. Port Qasim Logistics (the "Company") photographs its employees at work.\n1.2 The '
        "consent of the employee is not required for any such use.\n1.7 Employees may not post "
        "photographs taken inside port terminals on personal social media without the written "
        "approval of the Corporate Communications Department.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: an account, an access or a set-up the person leaves is no way out",
        _GRANT + "9.4 The Model's LMS account is revoked on the last working day. The Brand may "
        "give the Model access to its shared calendar and may revoke that access at any time. The "
        "Model may withdraw from any set-up that she reasonably considers unsafe.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(
    ("phenomenon", "text", "requirement", "status"), CONSENT + REVOCATION + COMPENSATION + LATER
)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
