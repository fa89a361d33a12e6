"""Consent given in a long grantee list, an office-holder's sign-off, and an agent's confirmation.

Each phenomenon is read the way a lawyer would read it in any contract, whatever the drafting
style: a first-person grant whose grantees form a list, the last with its own successors ("I grant
the Clinic, Harbour Media Partners Ltd and their licensees and assigns the right to use ..."), is
still the person's own grant, specific where the uses are listed and weak where they run "in any
media, including but not limited to ..."; the permission of an office-holder named by job title
("without the written permission of the Director of Research", "the prior approval of the Head of
Communications") is an employer's internal sign-off and not the person's consent to a use of the
likeness, while the permission of the person, by party word or by name ("the consent of Jane
Doe"), still counts; and an agent who confirms or approves the use itself "on behalf of" the
person, who signs nothing, gives consent for them (weak), while an agent who confirms only dates
or collects the usage fee on the person's behalf consents to nothing. Each case is a realistic
sentence that must reach a status and a look-alike that must not, as (phenomenon, text,
requirement, status).
"""

from __future__ import annotations

import pytest
from engine_cases import report_of

from analyser.pipeline import Pipeline

RELEASE = (
    'Photo release by Dana Whitfield ("I", "me") to Harbourview Dental Clinic (the "Clinic"). '
)
NO_CONSENT_SOUGHT = (
    "2.2 The Company does not seek individual consent from staff before photographing them at work "
    "or before using those images.\n"
)
BOOKING = (
    'Booking confirmation between Northlight Models Ltd (the "Agency"), acting for the Model, and '
    'Verra Shoes Ltd (the "Client"). Model: Lina Okafor (the "Model").\n'
)
USAGE = (
    "3.1 The Client may use the photographs of the Model on its own online store for 12 months.\n"
)

CASES = [
    # a first-person grant to a list of grantees with their successors
    (
        "a grant to a list of grantees and their licensees and assigns, for listed uses",
        RELEASE + "2. I grant the Clinic, Harbour Media Partners Ltd and their licensees and "
        "assigns the right to use photographs of me taken at the shoot in the Clinic's 2027 "
        "brochure.\n",
        "consent",
        "present",
    ),
    (
        "the same grant for any media, including but not limited to listed media",
        RELEASE + "2. I grant the Clinic, Harbour Media Partners Ltd and their licensees and "
        "assigns the right to use my name, image and voice in advertising, in any media, "
        "including but not limited to print, television and websites.\n",
        "consent",
        "weak",
    ),
    (
        "look-alike: the other side grants the person access, not a right in the likeness",
        RELEASE + "2. The Clinic grants me, my partner and our two children under twelve a pass to "
        "the waiting-room lounge on the shoot day.\n",
        "consent",
        "missing",
    ),
    # an office-holder's internal sign-off
    (
        "the written permission of a director of a department",
        NO_CONSENT_SOUGHT + "6.1 Staff must not photograph or film the test plots without the "
        "written permission of the Director of Research.\n",
        "consent",
        "missing",
    ),
    (
        "the prior approval of a titled officer",
        NO_CONSENT_SOUGHT + "6.1 Staff shall not post videos of the warehouse without the prior "
        "approval of the Head of Communications.\n",
        "consent",
        "missing",
    ),
    (
        "the written consent of a site supervisor",
        NO_CONSENT_SOUGHT + "6.1 Interns may not record client meetings without the written "
        "consent of the Site Supervisor.\n",
        "consent",
        "missing",
    ),
    (
        "look-alike: the employee's own written permission",
        "3.1 The Company shall not use photographs of the Employee in advertising without the "
        "written permission of the Employee.\n",
        "consent",
        "present",
    ),
    (
        "look-alike: the consent of the person, named",
        'Agreement between Kestrel Studios Ltd (the "Studio") and Jane Doe (the "Model"). 3.1 The '
        "Studio shall not create a digital double of her without the prior written consent of "
        "Jane Doe.\n",
        "consent",
        "present",
    ),
    # an agent confirming the use on the person's behalf
    (
        "an agency confirms the booking and the usage on behalf of the model",
        BOOKING + "1.1 The Agency confirms this booking, and the usage in clause 3, on behalf of "
        "the Model.\n" + USAGE,
        "consent",
        "weak",
    ),
    (
        "a guardian approves the licence on the child's behalf",
        "1.1 The Guardian approves the licence of the photographs in clause 4 on the Child's "
        "behalf.\n4.1 The School may use the photographs in its 2027 prospectus.\n",
        "consent",
        "weak",
    ),
    # (the usage line alone is the Client's listed use, the person's permission by signing:
    # present; until session 20 "photographs of the Model" made the Model its holder and it read
    # missing. The on-behalf act that is no consent must not make it weak either way)
    (
        "look-alike: the agency confirms only the dates on behalf of the model",
        BOOKING + "1.1 The Agency confirms the shoot dates and the studio address on behalf of the "
        "Model.\n" + USAGE,
        "consent",
        "present",
    ),
    (
        "look-alike: the agency accepts the usage fee on behalf of the model",
        BOOKING + "1.1 The Agency accepts payment of the usage fee on behalf of the Model.\n"
        + USAGE,
        "consent",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_fresh14_residual_consent_phenomena_read_as_a_lawyer_would(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert report_of(pipeline, text).requirement(requirement).status == status, phenomenon
