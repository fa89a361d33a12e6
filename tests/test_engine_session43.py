"""Language from session 43's rounds (the non-test corpus and blind sets fresh251 to fresh259).

A grant whose sentence ends with a colon lists its uses after it, as lettered items or run into the
paragraph; a catch-all among them ("(e) any other promotional use of the Brand's collections that
the Brand reasonably determines", "(d) other products and services ... as Party A may determine from
time to time", "more generally, any communication medium") leaves the uses open and weakens the
grant as it would in the grant's own sentence. A territory or a term stated in an item is that
item's, an open use that waits for a consent of its own ("but only with the Creator's separate
written consent") is no catch-all, and the list ends where the grant's clause (or the run-in list's
last item) ends. In the grant's own sentence, "any other promotional or commercial purpose of the
Company", "including, but not limited to," and "such other partners as the Manager considers
beneficial" are catch-alls too. From fresh252 and fresh253: against "No further consent of the Model
shall be required for any use of the Virtual Human", neither the person's data-protection consent
given in the contract ("The Model gives separate consent under Article 23 ... for the purposes set
out in Article 3") nor a title's "Participant Release and Biometric Consent" asks for consent to
each use; an exhibit headed "Form of Replica Consent" does. From fresh251 to fresh259: "may assign
this Agreement to its holding company ..., but not otherwise without the Presenter's written
consent" requires consent (the "not" right before "without" cancels it); "such further pick-up
sessions as the Producer may reasonably require" is more work, not uses the other side decides; an
agent who "negotiated the terms of this Agreement on her behalf" consents to nothing; "Nobody will
touch the Model ... without asking first" negates the "without asking"; "The Model authorises the
Producer and the Brand, under Article 10 of the Civil Code ..., to publish" and "You agree that we
may edit your recorded classes and make them available" are grants. An unowned consent that the
other side's act must not go without is the person's: "The Producer shall not create a digital
replica of the Performer without prior written consent" (or "without her prior written consent")
requires the Performer's consent; an image "published by a third party without permission" names
none. Each case is (phenomenon, text, requirement, status); a "look-alike" case must not reach the
status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

_CREATOR = (
    'Avatar licence between Lucia Ferrer (the "Creator") and Brisa Swimwear SL (the "Brand").\n'
    '1.1 "Avatar" means the animated digital replica of the Creator made from her body scan.\n'
    "2.1 The Creator licenses the Brand to use the Avatar during the Season, in Spain and "
    "Portugal, for the following purposes:\n"
    "(a) product pages of the Brand's online shop;\n"
    "(b) the Brand's own Instagram and TikTok accounts;\n"
)
_BANK = (
    'Presenter licence between Lin Mei-hua ("Party B") and Harbour Bank Co., Ltd. ("Party A").\n'
    '1.1 "Digital Presenter" means the AI-generated video presenter that reproduces Party B\'s '
    "face and voice.\n"
)
_SHOOT = (
    'Release between Amani Otieno (the "Model") and Kijani Outdoor Ltd (the "Company").\n'
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "a lettered catch-all after a grant ending with a colon weakens it",
        _CREATOR + "(c) any other promotional use of the Brand's collections that the Brand "
        "reasonably determines.\n2.2 The Brand shall pay the Creator EUR 4,000.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: every lettered item names a use",
        _CREATOR + "(c) screens in the Brand's shops in Madrid and Lisbon.\n"
        "2.2 The Brand shall pay the Creator EUR 4,000.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a territory stated in an item is the item's",
        _CREATOR + "(c) posters in the Brand's shops throughout the world.\n"
        "2.2 The Brand shall pay the Creator EUR 4,000.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: an open use that waits for a consent of its own",
        _CREATOR + "(c) any other promotional use, but only with the Creator's separate written "
        "consent.\n2.2 The Brand shall pay the Creator EUR 4,000.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a catch-all in the next clause is not one of the listed uses",
        _CREATOR + "(c) screens in the Brand's shops in Madrid and Lisbon.\n"
        "2.2 The Creator may repost the Avatar Content on her own channels and for any other "
        "promotional purpose of her own.\n",
        "consent",
        "weak",
    ),
    (
        "a catch-all closing a list run into the paragraph weakens the grant",
        _BANK + "2.1 Party B licenses Party A to create the Digital Presenter and to use it in the "
        "following: (a) the customer service function of Party A's app; (b) education videos on "
        "Party A's YouTube channel; and (c) other products and services of Party A as Party A may "
        "determine from time to time.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the run-in list ends before a later sentence of the clause",
        _BANK + "2.1 Party B licenses Party A to create the Digital Presenter and to use it in the "
        "following: (a) the customer service function of Party A's app; and (b) education videos "
        "on Party A's YouTube channel. Party A may determine the order of the videos.\n",
        "consent",
        "weak",
    ),
    (
        "'more generally, any' medium closes a list of media",
        'Image authorisation between Chloé Martin (the "Model") and Clairval SAS.\n'
        "2.1 The Model authorises Clairval to reproduce her image, as it appears in the "
        "Photographs, on the following media:\n(a) the Clairval printed catalogue;\n"
        "(b) the website clairval.fr;\n(c) more generally, any communication medium of Clairval "
        "relating to its products.\n",
        "consent",
        "weak",
    ),
    (
        "'any other promotional or commercial purpose' in the grant's sentence",
        _SHOOT + "1.1 I authorise the Company to use the Model's image in its catalogues, on its "
        "website and for any other promotional or commercial purpose of the Company.\n",
        "consent",
        "weak",
    ),
    (
        "'including, but not limited to,' with its commas",
        _SHOOT + "1.1 The Model consents to the Company using the photographs for uses including, "
        "but not limited to, catalogues, posters and online advertising.\n",
        "consent",
        "weak",
    ),
    (
        "licensees the other side picks: 'such other partners as the Manager considers beneficial'",
        'Addendum between Chae Yoon (the "Artist") and Nuri Management (the "Manager").\n'
        "3.1 The Artist consents to the Manager creating a voice model of the Artist and licensing "
        "synthetic voice products to advertisers and such other partners as the Manager considers "
        "beneficial to the Artist's career.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: named uses in the grant's sentence and nothing open",
        _SHOOT + "1.1 I authorise the Company to use the Model's image in its 2027 printed "
        "catalogue and on the product pages of its website.\n",
        "consent",
        "weak",
    ),
]


_SCAN = (
    "Virtual Human Face Scan and Buyout Agreement\n"
    'Between Han Ji-woo (the "Model") and Ardent Vision Co., Ltd. (the "Company").\n'
    '1.1 "Virtual Human" means the AI-generated digital human built from the Model\'s face scans.\n'
    "3.1 The Model hereby grants to the Company the right to create the Virtual Human and to use "
    "it in the Company's advertising.\n"
    "3.2 No further consent of the Model shall be required for any use of the Virtual Human "
    "permitted by this Article 3.\n"
)
CASES += [
    (
        "a data-protection consent given in a buyout asks for no consent to each use",
        _SCAN + "7.1 The Model gives separate consent under Article 23 of the Personal Information "
        "Protection Act to the Company collecting and processing the Model's biometric "
        "information for the purposes set out in Article 3.\n",
        "consent",
        "missing",
    ),
    (
        "a title's 'Biometric Consent' asks for no consent to each use",
        "Community Scan Day - Participant Release and Biometric Consent\n"
        "Evergreen Interactive, Inc. is hosting a Community Scan Day for its library of digital "
        "humans.\n"
        '1.1 "Synthetic Human" means a digital human made with AI from my Scan Data.\n'
        "2.1 I hereby grant to Evergreen the right to capture my face and body and to create "
        "Synthetic Humans from the Scan Data.\n"
        "2.2 I agree that no further consent from me shall be required for any use of the Scan "
        "Data or any Synthetic Human.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: an exhibit headed 'Form of Replica Consent' is the consent asked for",
        'Endorsement agreement between Talia Morvaine ("Talent") and Lumen Skin Inc. (the '
        '"Company").\n'
        "5.1 The Company shall not create a Digital Double of Talent unless Talent has signed a "
        "Replica Consent in the form of Exhibit B for each Campaign.\n"
        "5.2 Notwithstanding Section 5.1, no further consent of Talent shall be required for any "
        "use of Digital Double materials in a Campaign Extension.\n"
        "Exhibit B - Form of Replica Consent\n"
        "I, Talia Morvaine, consent to the creation and use of my Digital Double in the Campaign "
        "named below, in the media and scenes listed.\n",
        "consent",
        "missing",
    ),
]


CASES += [
    (
        "'but not otherwise without' her consent requires it",
        'Licence between Tan Mei Ling (the "Presenter") and MediLink Pte. Ltd. (the "Company").\n'
        "4.1 The Presenter grants to the Company an exclusive licence to use the Avatar in its "
        "telehealth app in Singapore for two years.\n"
        "8.2 The Company may assign this Agreement to its holding company on written notice to the "
        "Presenter, but not otherwise without the Presenter's written consent.\n",
        "consent",
        "present",
    ),
    (
        "'such further pick-up sessions as the Producer may require' is more work, not more uses",
        'Narration agreement between Claire Dubois (the "Narrator") and Boreal Films Inc. (the '
        '"Producer").\n'
        "1.1 The Producer engages the Narrator to record the narration of the Programme on May 12, "
        "2026, and in such further pick-up sessions as the Producer may reasonably require.\n"
        "3.1 The Narrator grants the Producer the right to use her voice recordings in the "
        "Programme and its trailers.\n",
        "consent",
        "present",
    ),
    (
        "an agent who negotiated the terms on her behalf consents to nothing",
        'Agreement between Dana Ruiz (the "Performer") and Lakefront Films LLC (the "Producer").\n'
        "5.1 The Producer shall not create or use a digital replica of the Performer without the "
        "Performer's prior written consent.\n"
        "12.2 The Performer's agent negotiated the terms of this Agreement on her behalf.\n",
        "consent",
        "present",
    ),
    (
        "'Nobody will ... without asking first' asks first",
        'Release between Aroha Ngata (the "Model") and Pip Lee (the "Photographer").\n'
        "3.1 The Photographer and the Model may each use the edited images in their own "
        "portfolios.\n"
        "7.1 Nobody will use the images for any other purpose without asking the Model first.\n",
        "consent",
        "present",
    ),
    (
        "an authorisation with the law it is given under between commas is a grant",
        'Booking conditions between Giulia Neri (the "Model") and Atelier Brunetti srl (the '
        '"Brand").\n'
        "4.1 The Model authorises the Brand, under Article 10 of the Civil Code and Articles 96 "
        "and 97 of Law no. 633 of 22 April 1941, to publish photographs of the Show in which she "
        "appears on the Brand's website only.\n",
        "consent",
        "present",
    ),
    (
        "'you agree that we may edit your recorded classes' is a grant",
        'Release between Maya Lind ("you") and North Loop Yoga LLC ("we").\n'
        "2.1 You agree that we may edit your recorded classes and make them available to our "
        "members through our on-demand app.\n",
        "consent",
        "present",
    ),
]


_PRODUCER = (
    'Agreement between Dana Ruiz (the "Performer") and Lakefront Films LLC (the "Producer").\n'
)
CASES += [
    (
        "'shall not create a replica of the Performer without prior written consent' requires it",
        _PRODUCER + "5.1 The Producer shall not create a digital replica of the Performer without "
        "prior written consent.\n",
        "consent",
        "present",
    ),
    (
        "'... without her prior written consent' after the other side's act is the person's",
        _PRODUCER + "5.1 The Producer shall not create a digital replica of the Performer without "
        "her prior written consent.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: an image published by a third party without permission",
        _PRODUCER + "3.1 The Performer grants the Producer the right to use photographs of her "
        "taken on set in the Film's 2027 poster campaign.\n"
        "9.2 The Producer will tell the Performer without delay if any photograph has been "
        "published by a third party without permission.\n",
        "consent",
        "weak",
    ),
]


_IRREVOCABLE = (
    'Release between Ada Obi (the "Participant") and Grace Assembly (the "Ministry").\n'
    "2.1 I grant the Ministry the right to use recordings of my voice and image from the live "
    "recording on its albums and channels.\n"
    "4.1 This release is irrevocable.\n"
)
CASES += [
    (
        "asking to stop news withdraws nothing from an irrevocable release",
        _IRREVOCABLE + "6.1 I may ask the Ministry to stop sending me news about other Ministry "
        "events at any time.\n",
        "revocation",
        "missing",
    ),
    (
        "revoking a consent to receive messages withdraws nothing",
        _IRREVOCABLE + "7.2 She may revoke this consent to receive the Ministry's newsletter at "
        "any time.\n",
        "revocation",
        "missing",
    ),
    (
        "opting out of receiving promotional texts withdraws nothing",
        _IRREVOCABLE + "8.2 The Participant may opt out at any time of receiving the Ministry's "
        "promotional text messages.\n",
        "revocation",
        "missing",
    ),
    (
        "leaving the filming for her safety withdraws nothing",
        _IRREVOCABLE + "6.2 The Participant may leave the filming at any time for reasons of "
        "health or safety.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: a withdrawal the other side passes on 'within three days of receiving it'",
        'Agreement between Riya Shah (the "Model") and Bloom Agency (the "Agency").\n'
        "8.5 The Model may withdraw any Replica Consent Form at any time by written notice to the "
        "Agency, and the Agency shall notify the Client of the withdrawal within three (3) "
        "business days of receiving it.\n",
        "revocation",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
