"""Jurisdiction and agreement packs: each loads with baseline, its examples hold, and it changes
the report the way its law or agreement says (a condition lowers a present requirement and names
what is absent; the pack's citations appear on the requirement)."""

from __future__ import annotations

import hashlib
import re
from functools import cache
from pathlib import Path

import pytest

from analyser.engine import Engine
from analyser.model import Document, Report
from analyser.pipeline import Pipeline, analyse_document, load_pipeline
from analyser.report import report_to_dict, validate_report
from analyser.rules import RulePack, available_packs, load_packs

PACKS = ("ny_fwa", "us_replica_laws", "eu", "sag_aftra", "uk_equity")
LEGAL_NOTES = Path("/work/shared/reference/legal-requirements.md")


@cache
def _packs(pack_id: str) -> tuple[RulePack, ...]:
    return load_packs(["baseline", pack_id])


@cache
def _engine(pack_id: str) -> Engine:
    return Engine(_packs(pack_id))


@cache
def _pipeline(pack_id: str) -> Pipeline:
    return load_pipeline(["baseline", pack_id] if pack_id != "baseline" else ["baseline"])


def _pack(pack_id: str) -> RulePack:
    return next(p for p in _packs(pack_id) if p.id == pack_id)


def _analyse(text: str, pack_id: str) -> Report:
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()  # the schema wants a real digest
    document = Document(text=text, name="x.txt", format="txt", sha256=digest)
    report = analyse_document(document, _pipeline(pack_id))
    validate_report(report_to_dict(report))
    return report


# --------------------------------------------------------------------------- loading


@pytest.mark.parametrize("pack_id", PACKS)
def test_pack_ships_and_loads_with_baseline(pack_id: str) -> None:
    assert pack_id in available_packs()
    packs = _packs(pack_id)
    assert [p.id for p in packs] == ["baseline", pack_id]
    pack = _pack(pack_id)
    assert pack.title and pack.version
    assert pack.conditions, "every jurisdiction pack grades something"
    assert pack.references, "every jurisdiction pack cites its source"


def test_all_packs_load_together() -> None:
    packs = load_packs(["baseline", *PACKS])
    assert {p.id for p in packs} >= {"baseline", *PACKS}


@pytest.mark.parametrize("pack_id", PACKS)
def test_every_citation_has_a_short_source_and_a_url(pack_id: str) -> None:
    pack = _pack(pack_id)
    references = [r for refs in pack.references.values() for r in refs]
    references += [r for c in pack.conditions for r in c.references]
    assert references
    for reference in references:
        assert reference.url.startswith(("https://", "http://"))
        assert 0 < len(reference.source) <= 200


@pytest.mark.skipif(not LEGAL_NOTES.is_file(), reason="the shared legal notes are not available")
@pytest.mark.parametrize("pack_id", PACKS)
def test_every_url_is_copied_from_the_legal_notes(pack_id: str) -> None:
    notes = LEGAL_NOTES.read_text(encoding="utf-8")
    listed = set(re.findall(r"https?://[^\s;,)]+", notes))
    pack = _pack(pack_id)
    urls = {r.url for refs in pack.references.values() for r in refs}
    urls |= {r.url for c in pack.conditions for r in c.references}
    assert urls <= listed, sorted(urls - listed)


# --------------------------------------------------------------------------- examples


def _condition_cases() -> list[tuple[str, str, str, bool]]:
    return [
        (pack_id, condition.id, example.text, example.should_match)
        for pack_id in PACKS
        for condition in _pack(pack_id).conditions
        for example in condition.examples
    ]


@pytest.mark.parametrize(("pack_id", "condition_id", "text", "passes"), _condition_cases())
def test_condition_examples(pack_id: str, condition_id: str, text: str, passes: bool) -> None:
    engine = _engine(pack_id)
    condition = next(c for c in engine.conditions if c.id == condition_id)
    absent = engine.condition_elements_absent(condition, text)
    if passes:
        assert absent == []
    else:
        assert absent


@pytest.mark.parametrize("pack_id", PACKS)
def test_every_condition_has_pass_and_fail_examples(pack_id: str) -> None:
    for condition in _pack(pack_id).conditions:
        assert {e.should_match for e in condition.examples} == {True, False}, condition.id
        assert "{missing}" in condition.reason


def _rule_cases() -> list[tuple[str, str, str, bool]]:
    return [
        (pack_id, rule.id, example.text, example.should_match)
        for pack_id in PACKS
        for rule in _pack(pack_id).rules
        for example in rule.examples
    ]


@pytest.mark.parametrize(("pack_id", "rule_id", "text", "should_match"), _rule_cases())
def test_pack_rule_examples_with_baseline(
    pack_id: str, rule_id: str, text: str, should_match: bool
) -> None:
    engine = _engine(pack_id)
    rule = next(r for r in engine.rules if r.id == rule_id)
    assert engine.fires(rule, text) is should_match


@cache
def _all_packs_engine() -> Engine:
    return Engine(load_packs(["baseline", *PACKS]))


def _baseline_cases() -> list[tuple[str, str, bool]]:
    baseline = load_packs(["baseline"])[0]
    return [(r.id, e.text, e.should_match) for r in baseline.rules for e in r.examples]


@pytest.mark.parametrize(("rule_id", "text", "should_match"), _baseline_cases())
def test_packs_do_not_change_baseline_examples(rule_id: str, text: str, should_match: bool) -> None:
    """Pack rules must not outrank a baseline rule on the baseline's own examples."""
    engine = _all_packs_engine()
    rule = next(r for r in engine.rules if r.id == rule_id)
    assert engine.fires(rule, text) is should_match


# --------------------------------------------------------------------------- end to end

REPLICA = (
    "1. Digital Replica\n\n"
    "1.1 The Client shall not create or use a digital replica of the Model without the Model's "
    "separate written consent. By signing this separate written consent the Model agrees that "
    "the Client may use a digital replica of her face solely to advertise the Spring 2026 "
    "collection on the Client's website and social media channels"
)
NO_PAY = REPLICA + ", for six (6) months from first publication.\n"
ALL_FWA = (
    REPLICA + ", for a usage fee of $1,500 per use, for six (6) months from first publication.\n"
)

CONSENT_US = (
    "1. Digital Replica\n\n"
    "1.1 The Studio may create a digital replica of the Performer's voice.\n\n"
    "1.2 The Studio shall not use the digital replica without the Performer's prior written "
    "consent, and may use it solely for the following uses: the English dub of the feature film "
    '"Northbound".'
)
COUNSEL = " The Performer was represented by legal counsel in negotiating this clause."

REVOKE_EU = (
    "1. Digital Replica\n\n"
    "1.1 The Brand may create a digital twin of the Model for the Autumn campaign.\n\n"
    "2. Withdrawal\n\n"
    "2.1 The Model may withdraw consent to any further use of the digital twin{when} by e-mail "
    "to the Brand, and the Brand shall then delete it.\n"
)

PAY = (
    "1. Digital Replica\n\n"
    "1.1 The Producer may create a digital replica of the Performer for the Halo commercial.\n\n"
    "2. Fees\n\n"
    "2.1 The Producer shall pay the Performer a fee of $5,000 for the scan session{per_use}.\n"
)
PER_USE = " and a usage fee of $750 for each use of the digital replica"


# (pack, requirement, text lacking an element, the same text with it, words the reason names)
CASES = [
    ("ny_fwa", "consent", NO_PAY, ALL_FWA, "rate of pay"),
    ("us_replica_laws", "consent", CONSENT_US, CONSENT_US + COUNSEL, "counsel or union"),
    (
        "eu",
        "revocation",
        REVOKE_EU.format(when=""),
        REVOKE_EU.format(when=" at any time"),
        "at any time",
    ),
    (
        "sag_aftra",
        "compensation",
        PAY.format(per_use=""),
        PAY.format(per_use=PER_USE),
        "pay for each use",
    ),
    (
        "uk_equity",
        "compensation",
        PAY.format(per_use=""),
        PAY.format(per_use=PER_USE),
        "a fee for each use",
    ),
]


@pytest.mark.parametrize(
    ("pack_id", "requirement", "lacking", "full", "named"), CASES, ids=[c[0] for c in CASES]
)
def test_condition_lowers_a_present_requirement_and_names_what_is_absent(
    pack_id: str, requirement: str, lacking: str, full: str, named: str
) -> None:
    baseline = _analyse(lacking, "baseline").requirement(requirement)
    assert baseline.status == "present", baseline.reasons
    result = _analyse(lacking, pack_id).requirement(requirement)
    assert result.status == "weak"
    assert any(named in reason for reason in result.reasons), result.reasons
    assert result.recommendation != baseline.recommendation


@pytest.mark.parametrize(
    ("pack_id", "requirement", "lacking", "full", "named"), CASES, ids=[c[0] for c in CASES]
)
def test_requirement_with_every_element_stays_present(
    pack_id: str, requirement: str, lacking: str, full: str, named: str
) -> None:
    result = _analyse(full, pack_id).requirement(requirement)
    assert result.status == "present", result.reasons
    assert not any(named in reason for reason in result.reasons)


@pytest.mark.parametrize(
    ("pack_id", "requirement", "lacking", "full", "named"), CASES, ids=[c[0] for c in CASES]
)
def test_pack_references_appear_on_the_requirement(
    pack_id: str, requirement: str, lacking: str, full: str, named: str
) -> None:
    pack = _pack(pack_id)
    expected = set(pack.references.get(requirement, ()))
    expected |= {r for c in pack.conditions if c.requirement == requirement for r in c.references}
    assert expected
    with_pack = _analyse(full, pack_id).requirement(requirement).references
    assert expected <= set(with_pack)
    assert len(with_pack) == len(set(with_pack)), "a citation is listed twice"


@pytest.mark.parametrize("pack_id", PACKS)
def test_pack_adds_citations_of_its_own(pack_id: str) -> None:
    text = ALL_FWA + "\n2. Withdrawal\n\n2.1 The Model may withdraw consent at any time.\n"
    with_pack = _analyse(text, pack_id).requirements
    baseline = _analyse(text, "baseline").requirements
    added = {
        result.id: set(result.references) - set(base.references)
        for result, base in zip(with_pack, baseline, strict=True)
    }
    assert set(_pack(pack_id).references) <= set(added)
    assert any(added.values()), "the pack adds at least one citation of its own"


@pytest.mark.parametrize("pack_id", PACKS)
def test_packs_do_not_apply_their_ai_conditions_to_a_contract_without_ai(pack_id: str) -> None:
    text = (
        "1. Photographs\n\n1.1 The Photographer shall not use the Photographs without the "
        "Model's prior written consent. The Photographer shall pay the Model a fee of $800.\n"
    )
    for condition in _pack(pack_id).conditions:
        if condition.when != "ai":
            continue
        result = _analyse(text, pack_id).requirement(condition.requirement)
        assert result.status == _analyse(text, "baseline").requirement(condition.requirement).status


def test_ny_fwa_power_of_attorney_in_a_management_agreement_cites_section_1036() -> None:
    text = (
        "1. Representation\n\n1.1 The Agency shall represent the Model and may create a digital "
        "replica of the Model only with the Model's prior written consent.\n\n"
        "2. Power of Attorney\n\n2.1 The Model appoints the Agency as her true and lawful "
        "attorney-in-fact to sign booking confirmations on her behalf.\n"
    )
    report = _analyse(text, "ny_fwa")
    consent = report.requirement("consent")
    assert consent.status == "weak"
    assert any("§ 1036" in reason for reason in consent.reasons), consent.reasons
    assert "power_of_attorney" in {flag.id for flag in report.red_flags}
    assert report.ai_addressed
    # the baseline lets an ordinary attorney clause beside the person's own AI consent stand;
    # section 1036 bars the attorney as a condition of representation, AI or not
    baseline = _analyse(text, "baseline").requirement("consent")
    assert baseline.status == "present"
    assert not any("§ 1036" in reason for reason in baseline.reasons)
