"""Language from session 42's rounds (the whole non-test corpus, then the blind sets id, ie, if).

A list of uses closed by "and any other lawful purpose" is an any-purpose grant; a script "deemed
approved" if not objected to "within forty-eight hours after it is sent" is consent by silence (the
word "sent" dates the window; no notice is deemed delivered). ", and in particular not on wine
labels, ..." goes on naming what "We will not use" already governs, so the "not" still reaches the
"without asking you first" at the end; a list item "(e) not accept any Booking ... without the
Talent's prior written approval" negates the lead-in's "shall" and requires consent; an assignment
"without such consent" that "shall be void" is about the transfer, and a use without consent that
"shall be void" requires consent. A voice model "held by the Supplier on the Caja's behalf" is no
consent given for the person, and customers' consent that "has no bearing on" hers takes none of
hers away. From fresh236 and fresh237: "The Artist licenses the Agency and the Client to broadcast"
and "I hereby irrevocably grant to the Photographer, its licensees ... the absolute right" are
grants. From fresh238: an account's acceptance of the terms is no deemed consent where the terms say
"Accepting these Terms does not give your consent" and ask for it on a consent screen, and a Digital
Model "treated as approved" if the Model "does not request corrections" is a review of an output,
not a use deemed consented to. From fresh239 to fresh241: a stand-in's consent given now ("The Agent
consents on the Athlete's behalf"), or warranted obtained, stands nothing against "no further
consent from the Agent or the Athlete". "No authority ... to treat your silence as agreement" deems
nothing, and an agency that will "check a random sample of generated photographs ... on the Model's
behalf" consents to nothing. From fresh242 to fresh244: "are not covered by the authorisation in
Article 3 and require ... written consent" keeps the "not" in the first predicate, and "Blank or
pre-ticked forms have no effect" is no pre-ticked consent; consent by tagging "@lumbre.mx" reads
over the handle's dot, and "By posting ..., you give us permission" is consent read from posting.
Each case is (phenomenon, text, requirement, status); a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_flag, assert_reads

from analyser.pipeline import Pipeline

_STUDIO = (
    'Agreement between Lena Brandt (the "Instructor") and Corktown Fitness LLC (the "Studio").\n'
)
_WINE = (
    'Photography consent between Babalwa Ndlovu ("you") and Rustenvlei Wine Estate ("we", "us").\n'
    "2.1 You agree that we may use Photographs in which you appear only on our website and in "
    "our tasting-room brochure.\n"
)
_HOST = (
    'Addendum between Amira Ben Salah (the "Host") and Medina Audio SARL (the "Network").\n'
    "2.1 The Host agrees that the Network may use her studio recordings to build a voice model "
    "that reads sponsor scripts in her voice.\n"
)
_MANAGER = (
    'Management agreement between Adaeze Okafor (the "Talent") and Lagoon Talent Ltd (the '
    '"Manager").\n'
    "5.1 No Booking shall bind the Talent unless she has approved its Booking Confirmation in "
    "writing.\n"
    "3.1 The Manager shall:\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "a list of uses closed by 'any other lawful purpose' is blanket",
        _STUDIO + "2.1 The Instructor grants the Studio the right to use the Recordings, and the "
        "Instructor's name, likeness, voice and biography, for on-demand streaming, advertising, "
        "trade, promotion, and any other lawful purpose.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a list of named uses with no catch-all",
        _STUDIO + "2.1 The Instructor grants the Studio the right to use the Recordings, and the "
        "Instructor's name, likeness, voice and biography, for on-demand streaming of the classes "
        "recorded and for no other purpose.\n",
        "consent",
        "weak",
    ),
    (
        "a script deemed approved 48 hours after it is sent is consent by silence",
        _HOST + "3.2 If the Host does not object to a script within forty-eight (48) hours after "
        "it is sent, the script is deemed approved and the Network may produce the ad read.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: each script needs the Host's written approval",
        _HOST + "3.2 The Network shall send each script to the Host, and no ad read shall be made "
        "from a script until the Host has approved it in writing.\n",
        "consent",
        "weak",
    ),
    (
        "', and in particular not on ...' keeps the 'will not ... without asking you' together",
        _WINE + "2.2 We will not use the Photographs for any other purpose, and in particular not "
        "on wine labels, in television advertising, or in advertising for any other business, "
        "without asking you first and agreeing a further fee with you.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a new clause after ', and in particular' with its own 'may' removes consent",
        _WINE + "2.2 We will not sell the Photographs, and in particular we may use them on wine "
        "labels and in television advertising without asking you.\n",
        "consent",
        "present",
    ),
    (
        "a list item '(e) not ... without ... approval' goes on from the lead-in's 'shall'",
        _MANAGER + "(e) not accept any Booking, or grant any right to use Images, without the "
        "Talent's prior written approval as set out in clause 5.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a list item that lets the Manager act 'without' approval",
        _MANAGER + "(e) accept Bookings and grant rights to use Images without the Talent's prior "
        "written approval.\n",
        "consent",
        "present",
    ),
    (
        "a use without consent that 'shall be void' requires consent",
        _STUDIO + "2.1 The Studio may film the Instructor's live classes. Any use of the "
        "Recordings in advertising without the Instructor's written consent shall be void.\n",
        "consent",
        "present",
    ),
]

_BANK = (
    'Voice licence between Rosa Quispe (the "Voice Artist") and Caja Andina S.A. (the "Caja").\n'
    "2.1 The Caja will not record, train or use any Voice Model of the Voice Artist unless the "
    "Voice Artist has personally signed the Consent Form.\n"
)

CASES += [
    (
        "a voice model held by a supplier on the company's behalf is no consent given for her",
        _BANK + "11.2 The Voice Model is held by the Supplier on the Caja's behalf only for the "
        "purpose of this Agreement.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: an agency that consents on the Voice Artist's behalf",
        _BANK + "11.2 The Agency may sign the Consent Form for the Voice Model on the Voice "
        "Artist's behalf.\n",
        "consent",
        "present",
    ),
    (
        "a studio acting 'on the fashion house's behalf' is no consent given for the person",
        _BANK + "11.2 The Studio, acting as processor on the fashion house's behalf, keeps the "
        "Voice Model data until the campaign ends.\n",
        "consent",
        "present",
    ),
    (
        "customers' consent that 'has no bearing on' hers takes none of hers away",
        _BANK + "2.3 The consent of customers to the recording of their calls with the assistant, "
        "which the Caja obtains under its customer terms, is a separate matter and has no bearing "
        "on the Voice Artist's consent.\n",
        "consent",
        "present",
    ),
]

_NARRATOR = (
    'Voice-over agreement between Ada Eze (the "Artist") and Blue Reed Ltd (the "Agency").\n'
)

CASES += [
    (
        "'licenses the Agency and the Client to broadcast' grants the named uses",
        _NARRATOR + "2.1 The Artist licenses the Agency and the Client to broadcast the "
        "Commercials, and to use the Artist's recorded voice in them, on the media and for the "
        "periods set out in the Schedule, within Nigeria only.\n",
        "consent",
        "present",
    ),
    (
        "'I hereby irrevocably grant ... the absolute right' is a grant, and a blanket one",
        'Release signed by Niamh Byrne ("I") for Harbour Photography (the "Photographer").\n'
        "1. I hereby irrevocably grant to the Photographer, its licensees, successors and assigns "
        "the absolute right and permission to take and use photographs of me in any and all media "
        "now known or hereafter devised.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: 'hereby irrevocably authorizes and directs each Client to pay' is no grant",
        _NARRATOR + "5.1 The Artist hereby irrevocably authorizes and directs each Client to pay "
        "the Artist's fees into the Agency's client account.\n",
        "consent",
        "weak",
    ),
]

_APP = (
    'Terms of Use of the Kinmo app, between Kinmo Pvt Ltd ("we") and you ("you").\n'
    "1.1 By creating an account you accept these Terms.\n"
    "8.2 Profile Studio makes new portraits of you with an AI image model. It is switched off "
    "until you switch it on, and it starts only if you tap \"I agree\" on its consent screen.\n"
)
_FIT = (
    'Digital Model agreement between Mei Lin Tan (the "Model") and Lumea Pte. Ltd. ("Lumea").\n'
    "2.1 The Model consents to Lumea creating the Digital Model from the Scan Data and using it "
    "only to show garments in the Virtual Try-On on Lumea's own marketplace.\n"
)

CASES += [
    (
        "an account accepted is no consent where accepting the Terms 'does not give your consent'",
        _APP + "8.1 Accepting these Terms does not give your consent to any of the AI Features, "
        "and using the app is not consent to them.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the account's acceptance stays deemed consent when nothing disowns it",
        _APP.replace("It is switched off until you switch it on, and it starts only if you tap "
                     '\"I agree\" on its consent screen.', "It is switched on for every account."),
        "consent",
        "present",
    ),
    (
        "a Digital Model 'treated as approved' if no corrections are requested is a review",
        _FIT + "3.2 If the Model does not request corrections within ten (10) Business Days, the "
        "Digital Model is treated as approved.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a request for a new use deemed approved is consent by silence",
        _FIT + "3.2 If the Model does not answer a request for a new use within ten (10) Business "
        "Days, the request is treated as approved.\n",
        "consent",
        "present",
    ),
]

_SPONSOR = (
    'Endorsement agreement between Summit Trail Gear (Pty) Ltd (the "Sponsor") and Peak Sports '
    'Management (the "Agent"), acting for the trail runner Sipho Dlamini (the "Athlete").\n'
    '1.1 "AI Coach" means the chatbot in the Sponsor\'s app that answers users in the persona '
    "and synthetic voice of the Athlete.\n"
)

CASES += [
    (
        "a stand-in's consent given now is nothing against 'no further consent from the Agent or "
        "the Athlete'",
        _SPONSOR + "3.3 The Sponsor may create, train and operate the AI Coach without the need "
        "for any further consent from the Agent or the Athlete.\n9.1 The Agent consents on the "
        "Athlete's behalf to the processing of his personal information for the AI Coach.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: a stand-in's consent given now stands where only the person's is removed",
        _SPONSOR + "3.3 The Sponsor may create, train and operate the AI Coach without the need "
        "for any further consent from the Athlete.\n9.1 The Agent consents on the Athlete's behalf "
        "to the processing of his personal information for the AI Coach.\n",
        "consent",
        "missing",
    ),
    (
        "consent an intermediary 'warrants that it has obtained' is nothing against a removal",
        _SPONSOR + "3.2 The Agent warrants that it has obtained from the Athlete all consents "
        "needed for the AI Coach.\n3.3 No further consent of the Athlete shall be required for any "
        "use of the AI Coach.\n",
        "consent",
        "missing",
    ),
]

_TWIN = (
    'Digital Replica Authorization between Priya Raman ("you") and Hudson Model Management LLC '
    '("Management").\n'
    "2.2 No Digital Replica may be created or used by Management or any Client unless you have "
    "signed an Authorization for that Client and that project.\n"
)

CASES += [
    (
        "silence said not to count ('no authority ... to treat your silence as agreement') deems "
        "nothing",
        _TWIN + "2.3 Management has no power of attorney and no authority to sign an "
        "Authorization for you, to accept one on your behalf, or to treat your silence as "
        "agreement.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: silence that is treated as agreement is deemed consent",
        _TWIN + "2.3 If you do not answer within five days, Management may treat your silence as "
        "agreement to the project.\n",
        "consent",
        "present",
    ),
    (
        "an agency checking outputs 'on the Model's behalf' consents to nothing",
        _TWIN + "5.4 The Agency will check a random sample of generated photographs each month on "
        "the Model's behalf, and the Client will remove any Digital Replica photograph to which "
        "the Agency objects.\n",
        "consent",
        "present",
    ),
]

_DOUBLE = (
    'Performer contract between Camille Roux (the "Performer") and Loire Fiction SAS (the '
    '"Producer").\n'
    "7.3 By signing this Article, the Performer consents to the creation of a Digital Double of "
    "her by the Producer's visual effects provider and to its use solely to complete the Double "
    "Scenes in episodes 5 and 8.\n"
)

CASES += [
    (
        "'are not covered by ... and require ... consent': the 'not' stops at the second verb",
        _DOUBLE + "7.2 The creation and use of the Digital Double are not covered by the "
        "authorisation in Article 3 and require the Performer's separate, express and written "
        "consent.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: a Digital Double said not to require the Performer's consent",
        _DOUBLE + "7.2 The creation and use of the Digital Double in other episodes do not require "
        "the Performer's separate consent.\n",
        "consent",
        "present",
    ),
    (
        "a form 'pre-ticked' that has no effect asks the person to tick for herself",
        _DOUBLE + "7.4 The Performer ticks each use on the Title Consent herself. Blank or "
        "pre-ticked forms have no effect.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: uses pre-ticked on the form are agreed unless unticked",
        _DOUBLE + "7.4 Every further use of the Digital Double on the form is pre-ticked; untick "
        "any use you do not accept.\n",
        "consent",
        "present",
    ),
]

_SEEDING = (
    'Product seeding terms between Lumbre Cosmetics S.A. de C.V. (the "Brand") and the creator '
    'named below (the "Creator").\n'
)

CASES += [
    (
        "a handle's dot ('@lumbre.mx') does not end the sentence of a consent by tagging",
        _SEEDING + "4.1 By tagging @lumbre.mx in a Post, the Creator authorises the Brand to "
        "repost, share and use the Post in paid social media advertising.\n",
        "consent",
        "weak",
    ),
    (
        "'By posting ..., you give us permission' is consent read from posting",
        _SEEDING + "4.1 By posting content with #LumbreCircle, you give us permission to repost "
        "it, including your image and voice, on our Instagram account.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: permission given by signing a form is asked for",
        _SEEDING + "4.1 By signing this form, you give us permission to repost your post of 3 May "
        "on our Instagram account until 31 December 2026.\n",
        "consent",
        "weak",
    ),
]

_STORE = (
    'Norrsken Livs AB, corporate identity number 556677-8899, Box 1204, 171 23 Solna '
    '("Norrsken")\n\nErik Lindqvist, employed as store employee at Norrsken Livs Hornstull, '
    'Stockholm ("the Employee")\n'
    "2.1 The Employee consents to Röstverkstan AB producing a Synthetic Voice of the Employee "
    "from the Voice Recordings on Norrsken's behalf, and to Norrsken using the Synthetic Voice for "
    "announcements in its stores only.\n"
)

CASES += [
    (
        "a workplace named in the person's description stays the other side's name",
        _STORE,
        "consent",
        "present",
    ),
    (
        "look-alike: a supplier acting on the person's behalf consents for him",
        _STORE.replace("on Norrsken's behalf", "on the Employee's behalf"),
        "consent",
        "present",
    ),
    (
        "'Consent cannot be given by conduct, by attending ...' deems no consent",
        _STORE + "3.3 Consent cannot be given by conduct, by attending a recording session, by "
        "silence or by a general clause in the employment contract.\n",
        "consent",
        "present",
    ),
]

_AMBASSADOR = (
    'Ambassador agreement between Ananya Kulkarni (the "Student") and Deccan Institute of '
    'Technology (the "University").\n'
    '1.1 "Avatar" means the AI-generated video avatar of the Student built from the Source '
    "Recordings.\n"
)

CASES += [
    (
        "a tick-box consent inside 'shall not use ... other than the uses ... ticked' is asked",
        _AMBASSADOR + "3.4 The University shall not use the Avatar for any purpose other than the "
        "Permitted Uses for which the Student has ticked the box.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: uses other than the Channels 'without asking' keep the prohibition",
        _AMBASSADOR + "3.4 The University shall not use the Avatar anywhere other than its own "
        "website without asking the Student again in writing.\n",
        "consent",
        "missing",
    ),
]

_HOTEL = 'Guest photography terms of Villa Limoncella S.r.l. (the "Hotel") for its guests.\n'

CASES += [
    (
        "a parent who signs only 'Where the person ... is under 18' consents for no adult",
        'Testimony release between the person signing below ("I") and Grace Chapel Accra (the '
        '"Church").\n2.1 I agree that the Church may use my recorded testimony in its Sunday '
        "services and on its own YouTube channel only.\n6.1 Where the person giving the testimony "
        "is under 18, the parent or guardian signing below gives the permissions in this form on "
        "the child's behalf.\n",
        "consent",
        "present",
    ),
    (
        "an authorisation that is 'a condition of her engagement' is not freely given",
        'Employment contract between Maison Lumière SAS (the "Company") and Inès Garnier (the '
        '"Employee").\n6.1 The Employee authorises the Company to photograph her and to use her '
        "image in its spring catalogue only.\n6.2 This authorisation is an essential element of "
        "her position as Brand Ambassador and a condition of her engagement in that position.\n",
        "consent",
        "weak",
    ),
    (
        "'When a Guest posts ... and tags ..., the Guest agrees' is consent read from posting",
        _HOTEL + "4.1 When a Guest posts a photograph on Instagram and tags @villalimoncella, the "
        "Guest agrees that the Hotel may share that photograph in its Instagram stories.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: 'If the Child is aged thirteen ... the Child signs below' is signed consent",
        'Release between Mia Rossi (the "Parent"), for Luca Rossi (the "Child"), and Bimbi Moda '
        'S.r.l. (the "Brand").\n3.1 The Child may appear in the Brand\'s 2026 catalogue.\n3.4 If '
        "the Child is aged thirteen or over, the Brand will explain clause 3 to the Child, and the "
        "Child signs below to show that the Child agrees.\n",
        "consent",
        "weak",
    ),
]

FLAGS: list[tuple[str, str, str, bool]] = [
    (
        "'and any other lawful purpose' closes a list of uses",
        _STUDIO + "2.1 The Studio may use the Recordings for streaming, advertising, trade and any "
        "other lawful purpose.\n",
        "any_purpose",
        True,
    ),
    (
        "a use 'not covered by' the contract is no catch-all grant",
        _STUDIO + "2.1 Any use of the Recordings for goods, advertisements or any other commercial "
        "purpose not covered by this Agreement requires a separate written agreement.\n",
        "any_purpose",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAGS)
def test_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
