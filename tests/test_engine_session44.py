"""Language from session 44's round of the non-test corpus.

A person who "may withdraw from that date" because she cannot attend the filming day withdraws
from a booking, not from a consent; nor does the other side's choice "not to use, or to withdraw
from circulation" its own material give the person anything to take back. A permission counted
out with a number in brackets ("may use up to forty (40) images selected from the shoot for the
following") and one with the pictures as its subject ("The Images may be used in the following
media only") are grants the person gives by signing. "No further authorisation from her shall be
required" and "no additional consent of the Performer is needed" take her consent away, as "no
further consent" does; the other side's promise not to use the photographs "without further
authorisation from the Model" keeps it. Each case is (phenomenon, text, requirement, status); a
"look-alike" case must not reach the status.

A wristband number given with a withdrawal ("withdraw your consent at any time ... giving your
wristband number") is no wristband revoked. The person may take her replica back by deleting it,
alone or named in a list: "You can delete your Face Model, any Effect result and any Gallery
appearance at any time", "You may delete any Creation, your Avatar Model or your whole account at
any time"; deleting her account alone says nothing of the licence.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

_INFLUENCER = (
    'Collaboration agreement between Omar Haddad (the "Influencer") and Dune Coffee LLC '
    '(the "Company").\n'
    "1.1 The Company may film the Influencer at its cafe and publish the videos on its own "
    "social media accounts for twelve months.\n"
)
_APP = (
    'Lumo Effects terms of use. Lumo Labs Ltd ("we") builds a Face Model of you from your '
    "selfies to power the AI Effects in the app.\n"
    "2.1 By turning on AI Effects you consent to our creating and using your Face Model for the "
    "effects you choose.\n"
)
_SHOOT = (
    'Shoot agreement between Ella Byrne (the "Model") and Harbour Knitwear Ltd (the "Client").\n'
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "withdrawing from a filming date she cannot attend withdraws no consent",
        _INFLUENCER + "2.3 If the Influencer is unable to attend the filming day due to illness, "
        "he may withdraw from that date by notifying the Company at least twenty-four (24) hours "
        "in advance.\n",
        "revocation",
        "missing",
    ),
    (
        "the other side withdrawing its own material from circulation gives her nothing to revoke",
        _INFLUENCER + "8.3 The Company may at any time decide not to use, or to withdraw from "
        "circulation, any of the videos.\n",
        "revocation",
        "missing",
    ),
    (
        "look-alike: a consent she may withdraw at any time is still revocable",
        _INFLUENCER + "8.3 The Influencer may withdraw this consent at any time by e-mail to the "
        "Company.\n",
        "revocation",
        "missing",
    ),
    (
        "a wristband number quoted in a withdrawal leaves the withdrawal standing",
        _INFLUENCER + "5.1 The Influencer can withdraw his consent at any time with effect for the "
        "future by e-mail to the Company, giving his wristband number.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: a wristband the Company may revoke is access, not a consent withdrawn",
        _INFLUENCER + "5.1 The Company may revoke the wristband of any guest at any time.\n",
        "revocation",
        "present",
    ),
    (
        "deleting her face model at any time takes the replica back",
        _APP + "7.1 You can delete your Face Model, any Effect result and any Gallery appearance "
        "at any time in Settings, without giving a reason.\n",
        "revocation",
        "present",
    ),
    (
        "her avatar model named in a list of things she may delete takes it back",
        _APP + "6.1 You may delete any Creation, your Avatar Model or your whole account at any "
        "time in Settings.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: deleting her account alone says nothing of the licence",
        _APP + "6.1 You may delete your whole account at any time in Settings.\n",
        "revocation",
        "present",
    ),
    (
        "a permission counted out with a number in brackets is a grant",
        _SHOOT + "3.1 The Client may use up to forty (40) images selected from the shoot in its "
        "spring catalogue and on its website in Ireland for one year, and for nothing else.\n",
        "consent",
        "present",
    ),
    (
        "pictures that 'may be used' in listed media are a grant",
        _SHOOT + "2.1 The Images may be used in the Client's spring catalogue and on its website "
        "in the United Kingdom and Ireland for one year.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: pictures for the person's own portfolio grant the other side nothing",
        _SHOOT + "2.1 The Images may be used in the Model's own portfolio.\n",
        "consent",
        "present",
    ),
    (
        "no further authorisation from her takes her consent away",
        _SHOOT + "3.1 The Client may use the Images in its catalogues and advertising.\n"
        "4.3 Once the Model has signed this Authorisation, no further authorisation from her "
        "shall be required for any use in clause 3.\n",
        "consent",
        "missing",
    ),
    (
        "no additional consent of the Performer takes her consent away",
        'Voice agreement between Ana Ruiz (the "Performer") and Faro Audio SL (the "Producer").\n'
        "2.1 The Producer may create a Voice Model of the Performer's voice and use it in the "
        "Podcast.\n2.4 No additional consent of the Performer is needed to use the Voice Model in "
        "later episodes.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: not without further authorisation from the Model keeps her consent",
        _SHOOT + "3.1 The Client may use the Images in its spring catalogue.\n"
        "4.3 The Client shall not use the Images in any new campaign without further "
        "authorisation from the Model.\n",
        "consent",
        "missing",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
