"""Language from session 41's rounds (the whole non-test corpus, then fresh224 to fresh226).

A release's grant keeps the consent it gives when another clause makes it irrevocable: that takes
away the way out, not the consent. The default of a choice ("If you do not tick box (E), we will
frame or crop every photo so that your face is not shown"), the "no" option of a tick box ("[ ] I
do not opt in") and pay denied for the uses chosen ("You will not be paid for any of the uses you
agree to") deny no opt-in. From fresh224 to fresh226: grantees listed with "and to any person
acting with its permission" before the right still make a grant; "No individual authorisation of
the Dancers shall be required" removes the person's consent; an agency authorised to "sign AI Voice
Licences in the Speaker's name" consents for the person; "By signing Part A ..., and only by doing
so, you agree" is no deemed consent; an assignment "without the Performer's consent" is about the
transfer. Pay "by direct deposit" is a fee, and "each time" a use happens "we will pay you US $40"
is a per-use fee; a share "in a percentage that we will set from time to time" is unstated. A
revocation whose "indemnity has been paid" first, one the person "waives for the duration of the
Term", a request open only "After the Term" and a revocation followed by "In that case the Host
shall compensate the Network for the damages caused" are weak or missing; "withdrawing it
afterwards would not be possible" denies it; no refund of what was bought and a period that is one
of several ends ("until the earliest of: three years ..., or the date you withdraw") do not weaken
it; withdrawing from a "lookbook shoot booked for 8 September" is no way out. The case an "If ..."
follow-on names is no condition; a way out before publication and another after it leave no gate.
From fresh227 to fresh229: consent "not given or implied by attending" is no deemed consent; a
permission to two named grantees is a grant; a use "taken out of rotation" on request, and an image
that should "no longer be used", are ways out; requests that "will not be accepted" and a request
open only to one "who leaves the Home" are not or weak; users' own switches, volunteer passes,
logins and links revoked are none; a lesson fee the trainee pays is no pay; a person defined as
"Party B" is the person, and "Party A's" consent is the company's. From fresh230 to fresh232: what
an act is said not to be, and leaving a competition, a scene or a registration, are no way out or
denial of one; a consent to filming "not required" removes consent; a stop only for characters
"first created after the date of the request" is weak; withdrawing the whole consent "or" single
photographs is a full way out. From fresh233 to fresh235: ending "this Supplementary Agreement" is
a way out; an act that "does not end her consent" and what happens "after your Twin is switched
off" deny none; "Consent of staff is not required" removes consent. Each case is
(phenomenon, text, requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import AI, assert_reads

from analyser.pipeline import Pipeline

_RELEASE = 'Release by Mina Sato ("I") to Harbourlight Studio Ltd (the "Photographer").\n'
_OPT_IN = (
    "2.1 Tick each use you agree to. We will use photos of your tattoo only for the uses you "
    "tick.\n"
)

CONSENT: list[tuple[str, str, str, str]] = [
    (
        "an irrevocable release keeps the consent its specific grant gives",
        _RELEASE + "1. I consent to the Photographer using the photographs from the 3 May shoot in "
        "its 2027 calendar and on its own website, for no other purpose.\n5. This release is "
        "irrevocable.\n",
        "consent",
        "present",
    ),
    (
        "an irrevocable release keeps the consent its specific grant gives",
        _RELEASE + "1. I consent to the Photographer using the photographs from the 3 May shoot in "
        "its 2027 calendar and on its own website, for no other purpose.\n5. This release is "
        "irrevocable.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: an irrevocable release for any purpose is still blanket",
        _RELEASE + "1. I consent to the Photographer using the photographs from the 3 May shoot "
        "for "
        "any purpose whatsoever.\n5. This release is irrevocable.\n",
        "consent",
        "present",
    ),
    (
        "the default of a choice not made negates no opt-in",
        _RELEASE + _OPT_IN + "2.2 If you do not tick box (E), we will frame or crop every photo so "
        "that your face is not shown and will not tag or name you.\n",
        "consent",
        "present",
    ),
    (
        "the 'no' option of a tick box negates no opt-in",
        AI + "\n4. The Agency may build a Runway Avatar of the Model only if the Model opts in "
        "below."
        "\nModel's choice (tick one):\n[ ] I opt in to the Runway Avatar as described in "
        "paragraph 4."
        "\n[ ] I do not opt in.\n",
        "consent",
        "present",
    ),
    (
        "pay denied for the uses chosen negates no opt-in",
        _RELEASE + _OPT_IN + "3. You will not be paid for any of the uses you agree to in point "
        "2.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: uses that do not wait for an opt-in are not consent",
        _RELEASE + "2.1 We do not need you to opt in: every photo may be used on our website.\n",
        "consent",
        "present",
    ),
]

_AI_GRANT = (
    '1. Tallwood Games Ltd (the "Studio") will build a Digital Double of Rua Parata '
    '(the "Performer") from the capture sessions and use it in the game Kauri Run.\n'
)
_REVOKE = "9.1 The Host may revoke his consent at any time by written notice to the Network.\n"
_PARTY_AB = (
    'Kasumigaoka Sound Co., Ltd. (hereinafter "Party A") and Ayane Kurosaki (hereinafter "Party '
    'B") enter into this agreement as follows.\n'
)

LATER: list[tuple[str, str, str, str]] = [
    (
        "grantees with 'and to any person acting with its permission' before the right still grant",
        _RELEASE + "1. I grant to the Photographer, its licensees, successors and assigns, and to "
        "any "
        "person acting with its permission, the right to take and use photographs of me made at "
        "the "
        "shoot in the 2027 calendar only.\n",
        "consent",
        "present",
    ),
    (
        "the person's individual authorisation said not to be required removes consent",
        _AI_GRANT + "2. The Bloco authorises the Studio to create the Digital Double.\n3. No "
        "individual authorisation of the Performer shall be required for the creation and use of "
        "the Digital Double.\n",
        "consent",
        "missing",
    ),
    (
        "an agency authorised to sign the voice licences in the person's name consents for her",
        AI + "\n2.1 The Speaker authorises the Agency to negotiate, conclude and sign AI Voice "
        "Licences "
        "in the Speaker's name.\n3.1 Each AI Voice Licence permits the client to build one "
        "synthetic "
        "voice for the licensed categories.\n",
        "consent",
        "weak",
    ),
    (
        "a signature said to be the only way to agree is no deemed consent",
        AI + "\n2.1 By signing Part A of the signature page, and only by doing so, you agree that "
        "the "
        "Company may include your recordings in Datasets used to train generative image models.\n",
        "consent",
        "present",
    ),
    (
        "an assignment without the person's consent is about the transfer, not the use",
        _AI_GRANT + "2. The Performer consents to the Digital Double being used in Kauri Run "
        "only.\n"
        "7.3 The Studio may license, sublicense and assign any of its rights under this Agreement "
        "to "
        "any publisher without the Performer's consent.\n",
        "consent",
        "present",
    ),
    (
        "pay by direct deposit is a fee",
        _RELEASE + "3. We will pay you US $225 for the session by direct deposit within 7 days.\n",
        "compensation",
        "present",
    ),
    (
        "a sum paid 'each time' a use happens is a per-use fee",
        AI + "\n3.2 Each time your recordings are included in a Dataset licensed to a new "
        "licensee, "
        "we will pay you US $40.\n",
        "compensation",
        "present",
    ),
    (
        "look-alike: a penalty the person pays each time is no fee",
        AI + "\n3.2 Each time the Model misses a call time, the Model shall pay the Agency a "
        "penalty "
        "of USD 40.\n",
        "compensation",
        "present",
    ),
    (
        "a share in a percentage the other side will set is unstated pay",
        AI + "\n6.6 For Brand Deals performed by the Avatar you will receive a share of the net "
        "income "
        "received by us, in a percentage that we will set from time to time.\n",
        "compensation",
        "weak",
    ),
    (
        "a revocation that takes effect once the person's indemnity is paid is weak",
        _AI_GRANT + "6.1 The Performer may revoke her consent at any time. The revocation takes "
        "effect when the indemnity has been paid.\n",
        "revocation",
        "weak",
    ),
    (
        "a revocation the person waives for the term is missing",
        _AI_GRANT + "4.3 To the extent permitted by law, the Performer waives for the duration of "
        "the Term the revocation of consent provided for in article 2.3 of LO 1/1982.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: a fee waived for a revocation takes no revocation away",
        _AI_GRANT + "4.3 The Performer may revoke her consent at any time. The Studio waives its "
        "fee for the revocation of consent.\n",
        "revocation",
        "missing",
    ),
    (
        "a request open only after the term is weak",
        _RELEASE + "9.7 After the Term, the Model may ask the Photographer in writing to stop "
        "using "
        "the Images in new advertising.\n",
        "revocation",
        "weak",
    ),
    (
        "'In that case' the person compensates the other side: the revocation is weak",
        'Agreement between Ona Radio (the "Network") and Pau Vidal (the "Host").\n1. The Network '
        "may use recordings of the Host's voice in its podcast.\n" + _REVOKE + "9.2 In that case "
        "the Host shall compensate the Network for the damages caused.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: the next clause that does not go on about the revocation leaves it",
        'Agreement between Ona Radio (the "Network") and Pau Vidal (the "Host").\n1. The Network '
        "may use recordings of the Host's voice in its podcast.\n" + _REVOKE + "9.2 The Host "
        "shall compensate the Network for the damages caused by any breach of clause 4.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawing 'would not be possible' denies the way out",
        _RELEASE + "5.1 This release may be used by many customers within hours, and withdrawing "
        "it "
        "afterwards would not be possible.\n",
        "revocation",
        "missing",
    ),
    (
        "no refund of what was bought costs nothing to leave",
        AI + "\n6.1 You can withdraw your consent at any time in Settings.\n6.4 Withdrawing "
        "consent "
        "does not entitle you to a refund of packs already generated.\n",
        "revocation",
        "present",
    ),
    (
        "a period that is one of several ends does not put off the way out",
        _RELEASE + "4.1 The Photographer will use the Images until the earliest of: three years "
        "after the session, the date you leave the Department, or the date you withdraw your "
        "consent.\n",
        "revocation",
        "present",
    ),
    (
        "the case an 'If ...' sentence names is no condition on the way out",
        _RELEASE + "4.1 The Model may ask the Photographer at any time, before or after "
        "publication, to withdraw the Model's consent. If the request is made before "
        "publication, the Photographer will not publish the photographs.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a condition after the comma of an 'If ...' sentence still weakens",
        _RELEASE + "4.1 The Model may ask the Photographer at any time to withdraw the Model's "
        "consent. If the request is made, the Model must first repay the fee.\n",
        "revocation",
        "present",
    ),
    (
        "a way out before publication and another after it leave no gate",
        _RELEASE + "5.1 You can withdraw this permission at any time before the episode is "
        "published, and we will not publish it.\n5.2 After the episode is published, if you ask us "
        "in writing, we will remove the episode and all clips within 10 business days.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a way out after publication that is itself limited meets no gate",
        _RELEASE + "4.2 The Model may withdraw consent by written notice before the first "
        "publication of the Campaign. After first publication, the Model may withdraw consent only "
        "if the Model leaves the Force.\n",
        "revocation",
        "present",
    ),
    (
        "consent said not to be implied from attending is no deemed consent",
        AI + "\n5.2 Performer consents to the creation of a Digital Replica of her voice for the "
        "Characters in Schedule A only.\n5.4 Consent is not given or implied by attending a "
        "Session, signing a call sheet or accepting payment.\n",
        "consent",
        "present",
    ),
    (
        "a permission to two named grantees is a grant",
        'Agreement between Harbourlight Studio Ltd (the "Photographer") and Mina Sato (the '
        '"Model").\n2.1 The Model permits the Photographer and the Committee to record her '
        "performance and to use it only in the 2027 calendar.\n",
        "consent",
        "present",
    ),
    (
        "asking for the use to be taken out of rotation is a way out",
        _RELEASE + "5.1 You may ask at any time, while you work here or when you leave, for "
        "Imaging voiced by you to be taken out of rotation.\n",
        "revocation",
        "present",
    ),
    (
        "a request open only to a person who has left is weak",
        _RELEASE + "5.1 A Staff member who leaves the Home may ask for their photos to be taken "
        "off the Home's website.\n",
        "revocation",
        "weak",
    ),
    (
        "asking that the image 'no longer be used' negates no way out",
        _RELEASE + "5.1 Any employee may ask at any time that their Image no longer be used by "
        "submitting an Image Opt-Out request.\n",
        "revocation",
        "present",
    ),
    (
        "requests to withdraw that 'will not be accepted' deny the way out",
        AI + "\n6.1 Requests to withdraw from the voice programme will not be accepted.\n",
        "revocation",
        "missing",
    ),
    (
        "another agreement's end that 'does not end this Agreement' denies no way out",
        _RELEASE + "10.1 The Model may withdraw her consent at any time by written notice.\n10.4 "
        "The termination or expiry of the Guiding Agreement does not end this Agreement.\n",
        "revocation",
        "present",
    ),
    (
        "users' own switch, a volunteer pass, a login and a link revoked are no way out",
        _RELEASE + "7.3 Users of Devices may switch the assistant voice off at any time. Your "
        "volunteer pass may be revoked if you stop volunteering. A manager may revoke a "
        "colleague's till login. You can revoke a link at any time and the Client will lose "
        "access.\n",
        "revocation",
        "missing",
    ),
    (
        "a lesson fee the trainee pays is no pay",
        _RELEASE + "3.2 The Trainee shall pay a lesson fee of JPY 15,000 per month.\n5.1 No "
        "remuneration is paid to the Trainee for the Recordings.\n",
        "compensation",
        "missing",
    ),
    (
        "a person defined as 'Party B' grants as the person",
        _PARTY_AB + "2.1 Party B permits Party A and the Committee to record her performance and "
        "to use it only in the broadcast of the Work.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the consent of 'Party A', the company, is not the person's",
        _PARTY_AB + "3.1 Party B shall not appear in any other animation series without Party A's "
        "prior written consent.\n",
        "consent",
        "present",
    ),
    (
        "what an act is said not to be denies no way out",
        _RELEASE + "7.1 The Model may withdraw her consent at any time.\n7.5 A decision to cut a "
        "scene is the Producer's and is not a withdrawal of consent by the Model. Withdrawing "
        "your consent does not mean withdrawing from treatment.\n",
        "revocation",
        "present",
    ),
    (
        "leaving the competition, a scene or a registration is no way out",
        _RELEASE + "4.1 You may leave the competition at any time by telling the series producer. "
        "You may withdraw from a scene involving water for safety reasons. You may cancel your "
        "registration up to 3 October 2025 for a refund less a JPY 300 handling fee.\n",
        "revocation",
        "missing",
    ),
    (
        "a consent to filming said not to be required removes consent",
        _RELEASE + "3.2 The Performer's consent to filming, photography or broadcast under this "
        "clause is not required and will not be sought.\n",
        "consent",
        "missing",
    ),
    (
        "a stop only for what is made after the request is weak",
        _AI_GRANT + "5.1 The Performer may request in writing that the Studio stop using the "
        "Digital Double for characters first created after the date of the request.\n",
        "revocation",
        "weak",
    ),
    (
        "withdrawing the whole consent or single photographs is a full way out",
        _RELEASE + "4.1 You may withdraw this consent, or remove individual photographs from it, "
        "at any time by writing to us.\n",
        "revocation",
        "present",
    ),
    (
        "ending an agreement of its own, named by its kind, is a way out",
        _AI_GRANT + "7.2 The Performer may terminate this Supplementary Agreement at any time, "
        "without giving reasons, with thirty (30) days' notice.\n",
        "revocation",
        "present",
    ),
    (
        "an act said not to end the consent denies no way out",
        _AI_GRANT + "5.1 The Performer may withdraw her consent at any time by email.\n5.2 She may "
        "also skip a show. That is about attending a show and does not end her consent under "
        "this addendum.\n",
        "revocation",
        "present",
    ),
    (
        "the consent of staff said not to be required removes consent",
        'Media policy of Harbour Health (the "District") for its employees ("you").\n2.1 You will '
        "be asked for written consent before any interview.\n3.1 Consent of staff is not "
        "required for filming or photography of staff carrying out their duties.\n",
        "consent",
        "missing",
    ),
    (
        "what happens once the twin is off, and a switch that costs nothing, deny no switch",
        AI + "\n9.1 You can switch off your Twin at any time.\n9.3 Fans cannot generate new "
        "messages after your Twin is switched off.\n7.5 We do not charge you any fee to "
        "activate, run or switch off your Twin.\n",
        "revocation",
        "present",
    ),
    (
        "withdrawing from a lookbook shoot booked for a date is no way out",
        _RELEASE + "7.2 The Model may withdraw from the Label's Spring/Summer lookbook shoot "
        "booked "
        "for 8 September 2025 by giving 48 hours' notice.\n",
        "revocation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CONSENT + LATER)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
