"""Withdrawals that leave perpetual licences running, and content the person removes from a
library (session 20; the rounds on fresh114 to fresh117 extend it).

A way out that stops only new licences is `weak` when the licences already granted are
"perpetual" or run "in perpetuity" (samples/README.md, "Known judgement calls"), and `present` when
they run to their own ends. "You may remove any Content from the library at any time" is the
person's own way out, like deleting a photo. Each case is (phenomenon, text, requirement, status);
a "look-alike" case must not reach the status.
"""

from __future__ import annotations

import pytest
from engine_cases import assert_reads

from analyser.pipeline import Pipeline

_GRANT = (
    "1.1 The Model grants the Agency a licence to create and license a Digital Twin of the "
    "Model.\n"
)

CASES: list[tuple[str, str, str, str]] = [
    (
        "earlier licences said to include perpetual ones keep running: weak",
        _GRANT + "8.4 The Model may at any time by written notice withdraw from the Programme, and "
        "the Agency shall not license the Digital Twin for any new Booking. 8.5 Licences of the "
        "Digital Twin already granted to Clients before the notice is received continue for their "
        "full stated periods, including any licence stated to be perpetual.\n",
        "revocation",
        "weak",
    ),
    (
        "earlier licences that are perpetual under another clause: weak",
        _GRANT + "3.4 Customer Licences granted before any removal of Content under clause 8 are "
        "perpetual and continue after that removal.\n8.1 You may remove any Content from the "
        "library at any time through your account dashboard, without giving a reason.\n",
        "revocation",
        "weak",
    ),
    (
        "look-alike: earlier licences that run to their own ends leave the way out whole",
        _GRANT + "8.1 You may remove any Content from the library at any time through your "
        "account dashboard, without giving a reason.\n8.2 Licences granted before the removal "
        "continue for their remaining term of no more than twelve months.\n",
        "revocation",
        "weak",
    ),
    (
        "content removed from a marketplace by the person is a way out",
        _GRANT + "4.1 You may remove any item of Content from the marketplace at any time.\n",
        "revocation",
        "present",
    ),
    (
        "look-alike: the platform removing content is not the person's way out",
        _GRANT + "4.1 We may remove any item of Content from the marketplace at any time.\n",
        "revocation",
        "present",
    ),
]


@pytest.mark.parametrize(("phenomenon", "text", "requirement", "status"), CASES)
def test_ways_out_that_leave_licences_running(
    pipeline: Pipeline, phenomenon: str, text: str, requirement: str, status: str
) -> None:
    assert_reads(pipeline, phenomenon, text, requirement, status)
