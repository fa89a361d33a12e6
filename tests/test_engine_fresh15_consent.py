"""Consent read from naming promises, grantee lists, open-ended classes of use and deemed silence.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: a promise not to identify or tag a person by name without asking ("we will not identify
any visitor by name without asking first") is about identifying them, not permission to film them
or use their image, so where the notice says their consent is not asked it restores none, while a
promise not to use a close-up in advertising without asking is consent to a use; a grant to a
list of grantees of a right with its own adjectives ("I grant the Photographer and its licensees,
successors and assigns the irrevocable and worldwide right to use ...") is the person's grant, and
beside an "all media ... any purpose" clause a blanket one (weak), while a grant the other side
makes to the person is none; in an AI contract whose only consent to the replica is the person's
plain grant, another sentence that lets the replica itself be used "for any lawful business
purpose" makes that consent blanket (weak), while a blanket scope for ordinary photographs, a
negated "any other purpose", or an express approval of each replica output leaves it present;
uses that run on to "any other publications ... that the Club produces" reach an open class of
the other side's future output (weak), while a clause that closes that class does not; and a
person "deemed to have no objection" when silent has consented by silence (deemed consent, weak),
while the other side deemed not to object is not the person's consent. Each case is a realistic
sentence that must reach a status and a look-alike that must not, as (phenomenon, text,
requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import AI, RELEASE, assert_flag, assert_reads

from analyser.pipeline import Pipeline

MARKET_NOTICE = (
    "Filming in the market hall\n"
    "1. Our crew films visitors in the market hall for the Council's tourism videos and social "
    "media. We do not ask visitors to sign anything, and your consent is not needed for us to "
    "film you here.\n"
)
STOCK_GRANT = (
    "1. For the sum of EUR 10, I grant the Photographer and its licensees, successors and assigns "
    "the irrevocable and worldwide right to use photographs of me taken at the harbour shoot.\n"
    "2. The photographs may be used in all media now known or later developed, for any purpose.\n"
)
PRESENTER_GRANT = (
    "2.1 The Presenter consents to the Company building a digital avatar of her from the studio "
    "footage and offering the Avatar to its business customers on its video platform.\n"
)
CLUB_YEARBOOK = "2. I agree to the use of my photographs as set out in this form.\n"
AGENCY_NOTICE = (
    "3.1 The Agency will tell the Model of each proposed use of her Digital Replica by e-mail two "
    "days before it agrees the use with a client.\n"
)

CASES = [
    # a promise about naming, beside a notice that asks no consent to film
    (
        "asking before naming a visitor restores no consent to filming",
        MARKET_NOTICE + "2. We will not identify any visitor by name in a caption or post without "
        "asking the visitor first.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: asking before a close-up is used in advertising",
        MARKET_NOTICE + "2. We will not use a close-up of any visitor in a paid advertisement "
        "without asking the visitor first.\n",
        "consent",
        "missing",
    ),
    (
        "a promise not to tag a person without asking restores no consent",
        MARKET_NOTICE + "2. Our staff will not tag you in any photograph or video we post "
        "without asking you first.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: a photograph on a swing tag needs the visitor's permission",
        MARKET_NOTICE + "2. Our stallholders will not print a visitor's photograph on any swing "
        "tag without the visitor's written permission.\n",
        "consent",
        "missing",
    ),
    # a grant to a list of grantees of a right with its own adjectives
    (
        "a grant to listed grantees of an irrevocable right, beside a blanket clause",
        RELEASE + STOCK_GRANT,
        "consent",
        "weak",
    ),
    (
        "look-alike: the other side grants the person a licence",
        RELEASE + "1. The Photographer grants me, my agent and my family a free and personal "
        "licence to view the online gallery of the harbour shoot.\n"
        "2. The photographs may be used in all media now known or later developed, for any "
        "purpose.\n",
        "consent",
        "weak",
    ),
    # a plain grant to the replica beside a blanket use of the replica itself
    (
        "the replica may be used for any lawful business purpose",
        PRESENTER_GRANT + "3.1 Customers may use the Avatar to present any script they write, for "
        "any lawful business purpose and in any media.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: a blanket scope for the ordinary set photographs",
        PRESENTER_GRANT + "3.1 The Company may use the behind-the-scenes photographs of the "
        "filming day for any purpose.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: any other purpose negated for the replica",
        PRESENTER_GRANT + "3.1 Customers may use the Avatar only in training videos for their own "
        "staff and shall not use it for any other purpose.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: each replica video needs the presenter's prior written approval",
        PRESENTER_GRANT + "3.1 Customers may use the Avatar for any lawful business purpose.\n"
        "3.2 No video with the Avatar shall be published without the Presenter's prior written "
        "approval of that video.\n",
        "consent",
        "weak",
    ),
    # uses that run on to an open class of the other side's output
    (
        "uses extended to any other publications the club produces",
        RELEASE + "1. The Club may use photographs of me in its 2027 yearbook and in any other "
        "publications, posters and promotional materials that the Club produces.\n" + CLUB_YEARBOOK,
        "consent",
        "weak",
    ),
    (
        "look-alike: the club's other publications closed off",
        RELEASE + "1. The Club may use photographs of me in its 2027 yearbook. The photographs "
        "will not be used in any other publications that the Club produces.\n" + CLUB_YEARBOOK,
        "consent",
        "weak",
    ),
    # silence deemed to be no objection
    (
        "the person deemed to have no objection when silent",
        AI + AGENCY_NOTICE + "3.2 If the Model does not reply within those two days, she shall be "
        "deemed to have no objection to the use.\n",
        "consent",
        "weak",
    ),
]

FLAG_CASES = [
    (
        "the person deemed to have no objection is deemed consent",
        AI + AGENCY_NOTICE + "3.2 If the Model does not reply within those two days, she shall be "
        "deemed to have no objection to the use.\n",
        "deemed_consent",
        True,
    ),
    (
        "look-alike: the agency deemed to have no objection to the model's own booking",
        AI + AGENCY_NOTICE + "3.2 If the Agency does not reply to the Model within two days, the "
        "Agency shall be deemed to have no objection to her own outside booking.\n",
        "deemed_consent",
        False,
    ),
    (
        "look-alike: a commission statement left unchallenged",
        AI + AGENCY_NOTICE + "3.2 If the Model does not query a commission statement within 60 "
        "days, she shall be deemed to have no objection to it.\n",
        "deemed_consent",
        False,
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh15_consent_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)


@pytest.mark.parametrize(("phenomenon", "text", "flag", "raised"), FLAG_CASES)
def test_fresh15_deemed_silence_flags_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, flag: str, raised: bool
) -> None:
    assert_flag(pipeline, phenomenon, text, flag, raised)
