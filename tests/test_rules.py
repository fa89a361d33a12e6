"""Rule packs: validated on load with precise errors, and every rule's examples hold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from analyser.engine import Engine
from analyser.errors import RulePackInvalidError
from analyser.rules import available_packs, load_pack_file, load_packs, pack_path

BASELINE = pack_path("baseline")


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_packs(available_packs()))


def _cases() -> list[tuple[str, str, bool]]:
    packs = load_packs(available_packs())
    return [
        (rule.id, example.text, example.should_match)
        for pack in packs
        for rule in pack.rules
        for example in rule.examples
    ]


@pytest.mark.parametrize(("rule_id", "text", "should_match"), _cases())
def test_rule_examples(engine: Engine, rule_id: str, text: str, should_match: bool) -> None:
    rule = next(r for r in engine.rules if r.id == rule_id)
    assert engine.fires(rule, text) is should_match


def test_baseline_ships_with_the_package() -> None:
    assert "baseline" in available_packs()
    assert BASELINE.is_file()


def test_every_rule_has_positive_and_negative_examples() -> None:
    for pack in load_packs(available_packs()):
        for rule in pack.rules:
            kinds = {example.should_match for example in rule.examples}
            assert kinds == {True, False}, rule.id


def test_a_negation_that_turns_a_rule_around_has_its_own_reason() -> None:
    # "may use the replica without the Model's consent" read by consent.required must not be
    # explained by "your written consent is required before the use"
    for pack in load_packs(available_packs()):
        for rule in pack.rules:
            turned = rule.negated not in ("ignore", rule.effect)
            assert (rule.negated_reason is not None) is turned, rule.id


def _broken_pack(tmp_path: Path, mutate: object) -> Path:
    data = yaml.safe_load(BASELINE.read_text(encoding="utf-8"))
    assert callable(mutate)
    mutate(data)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _set_rule_field(field: str, value: object) -> object:
    def mutate(data: dict[str, list[dict[str, object]]]) -> None:
        data["rules"][0][field] = value

    return mutate


def _ai_specific_with_regex(data: dict[str, list[dict[str, object]]]) -> None:
    # which sentences speak about AI is settled from phrase and pattern matches, before regexes
    data["rules"][0]["ai_specific"] = True
    data["rules"][0]["regex"] = ["digital twin"]


def _set_negation_field(field: str, value: object) -> object:
    def mutate(data: dict[str, dict[str, object]]) -> None:
        data["negation"][field] = value

    return mutate


def _ai_specific_requirement_rule(data: dict[str, list[dict[str, object]]]) -> None:
    rule = next(r for r in data["rules"] if r["target"] == "requirement")
    rule["ai_specific"] = True


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (_set_rule_field("colour", "red"), "rule 'ai.replica_terms', field 'colour'"),
        (_set_rule_field("target", "nonsense"), "field 'target': expected one of ai, requirement"),
        (_set_rule_field("regex", ["(unclosed"]), "field 'regex[0]': expected a valid regular"),
        (_set_rule_field("phrases", "not a list"), "field 'phrases': expected a list"),
        (_set_rule_field("examples", {"match": ["x"]}), "field 'examples'"),
        (_set_rule_field("context", ["no_such_lexicon"]), "field 'context': expected a lexicon"),
        (_set_rule_field("negated_context", ["no_such_lexicon"]),
         "field 'negated_context': expected a lexicon"),
        (_set_rule_field("negated_protective", ["no_such_lexicon"]),
         "field 'negated_protective': expected a lexicon"),
        (_set_rule_field("holder", "nobody"), "field 'holder': expected one of person"),
        (_set_rule_field("priority", "high"), "field 'priority': expected an integer"),
        (_set_rule_field("patterns", [[{"BOGUS": 1}]]), "field 'patterns[0]'"),
        (_set_rule_field("patterns", [[{"LOWER": True}]]), "field 'patterns[0].LOWER'"),
        # YAML reads an unquoted "on" or "no" inside a list as a boolean (regression)
        (_set_rule_field("patterns", [[{"LOWER": {"IN": ["of", True]}}]]),
         "field 'patterns[0].LOWER.IN': expected strings (quote words like on, no, yes)"),
        # a word list other than IN, which the pattern walker cannot run (session-25 slowdown)
        (_set_rule_field("patterns", [[{"LOWER": {"NOT_IN": ["the"]}}]]),
         "field 'patterns[0].LOWER': expected a string or {IN: [words]}"),
        (_set_rule_field("ai_specific", "yes"), "field 'ai_specific': expected true or false"),
        (_set_rule_field("negated_reason", "it is not so."),
         "field 'negated_reason': expected no negated_reason on a rule whose negated hits are"),
        (_ai_specific_with_regex,
         "field 'regex': expected no regex on a rule with ai_specific: true"),
        (_ai_specific_requirement_rule,
         "field 'target': expected ai on a rule with ai_specific: true, found 'requirement'"),
        (_set_negation_field("cancelling", "waives the right to"), "field 'cancelling'"),
        (_set_negation_field("cancel", ["waives the right to"]), "field 'cancel'"),
    ],
)
def test_broken_rule_gives_one_precise_error(tmp_path: Path, mutate: object, expected: str) -> None:
    path = _broken_pack(tmp_path, mutate)
    with pytest.raises(RulePackInvalidError) as caught:
        _load_alone(path)
    message = str(caught.value)
    assert message.startswith("broken.yaml: ")
    assert expected in message
    assert "\n" not in message


def _load_alone(path: Path) -> None:
    from analyser.rules import check_pack_links

    check_pack_links([load_pack_file(path)])


def test_duplicate_rule_id_is_rejected(tmp_path: Path) -> None:
    def mutate(data: dict[str, list[dict[str, object]]]) -> None:
        data["rules"].append(dict(data["rules"][0]))

    with pytest.raises(RulePackInvalidError, match="'ai.replica_terms': the id is used twice"):
        load_pack_file(_broken_pack(tmp_path, mutate))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second "exclude:" in a rule used to replace the first without a word
        (
            "id: x\nversion: '1'\ntitle: t\nrules:\n  - id: consent.a\n    exclude: [a]\n"
            "    phrases: [b]\n    exclude: [c]\n",
            "dup.yaml: rule 'consent.a', field 'exclude': given twice in one mapping "
            "(lines 6 and 8)",
        ),
        # ... and a second "examples:" kept its examples from ever running
        (
            "id: x\nversion: '1'\ntitle: t\nrules:\n  - id: revocation.leave\n    examples:\n"
            "      match: [a]\n      match: [b]\n",
            "rule 'revocation.leave', field 'match': given twice in one mapping (lines 7 and 8)",
        ),
        # at the top of the pack no rule is named
        ("id: x\nversion: '1'\ntitle: t\ntitle: u\n", "dup.yaml: field 'title': given twice"),
    ],
)
def test_key_given_twice_is_rejected_with_rule_and_lines(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(RulePackInvalidError) as caught:
        load_pack_file(path)
    assert expected in str(caught.value)


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("id: x\nrules: [\n  - a: b\n", encoding="utf-8")
    with pytest.raises(RulePackInvalidError, match=r"bad.yaml: not valid YAML at line \d+"):
        load_pack_file(path)


def test_unknown_pack_lists_the_available_ones() -> None:
    with pytest.raises(RulePackInvalidError, match=r"no such rule pack \(available: .*baseline"):
        load_packs(["nowhere"])


def test_pack_name_cannot_be_a_path_trick() -> None:
    with pytest.raises(RulePackInvalidError, match="may use only"):
        pack_path("../etc/passwd")


def test_pattern_spacy_rejects_names_rule_and_file(tmp_path: Path) -> None:
    data = yaml.safe_load(BASELINE.read_text(encoding="utf-8"))
    data["id"] = "mine"
    data["rules"] = [data["rules"][0]]
    data["rules"][0]["id"] = "ai.mine"
    data["rules"][0]["patterns"] = [[{"LOWER": {"IN": 5}}]]
    path = tmp_path / "mine.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(RulePackInvalidError) as caught:
        Engine(load_packs([str(path)]))
    assert str(caught.value).startswith("mine.yaml: rule 'ai.mine', field 'patterns': spaCy")
    # the reason names the problem, not spaCy's heading "Pattern 0:" (regression)
    assert "Pattern 0:" not in str(caught.value)
    assert "IN" in str(caught.value).split("spaCy rejects it", 1)[1]


@pytest.mark.parametrize("pack", available_packs())
def test_packs_read_the_same_with_the_fast_yaml_loader(pack: str) -> None:
    from analyser.rules import _SAFE_LOADER

    text = pack_path(pack).read_text(encoding="utf-8")
    assert yaml.load(text, Loader=_SAFE_LOADER) == yaml.safe_load(text)


# Currency-code alternations are guarded by a lookahead ("(?=[a-z]{3}\b)") so that the regex
# engine tries the hundred-odd codes only at three-letter words, not at every word: the guard is
# for speed and must change no match.
_GUARDS = re.compile(r"\(\?=\[a-z\]\{3\}(?:\\b\|us\\\$|\\b|\\s\?\\\))\)")
_GUARDED = [
    (rule.id, expression.pattern)
    for pack in load_packs(available_packs())
    for rule in pack.rules
    for expression in rule.regex
    if _GUARDS.search(expression.pattern)
]


def test_currency_alternations_are_guarded() -> None:
    assert len(_GUARDED) >= 4


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(
    ["USD", "usd", "Usd", "ZMW", "pen", "open", "Sar", "necessary", "US$", "$", "(", ")", "( MAD )",
     "(MAD)", " ", " ", "1,500", "750", "12", "0.90", "per", "each", "for each", "fee", ".", ",",
     "\u017f", "\u0131"]), max_size=25).map("".join))
def test_the_guard_changes_no_match(text: str) -> None:
    for _, pattern in _GUARDED:
        guarded = re.compile(pattern, re.IGNORECASE)
        unguarded = re.compile(_GUARDS.sub("", pattern), re.IGNORECASE)
        assert [m.span() for m in guarded.finditer(text)] == [
            m.span() for m in unguarded.finditer(text)
        ]


# --- where the shipped packs are read from ---------------------------------------------------


def _tree(root: Path, *, pyproject: bool, baseline: bool) -> Path:
    package = root / "analyser"
    package.mkdir(parents=True)
    (package / "rules.py").write_text("", encoding="utf-8")
    (root / "rules").mkdir()
    if pyproject:
        (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    if baseline:
        (root / "rules" / "baseline.yaml").write_text("", encoding="utf-8")
    return package / "rules.py"


@pytest.mark.parametrize(
    ("pyproject", "baseline", "found"),
    [
        (True, True, True),  # a checkout or a git worktree: its own rules/
        (False, True, False),  # site-packages holding some other "rules" folder
        (True, False, False),  # a tree without packs
    ],
)
def test_packs_come_from_the_source_tree_the_package_is_imported_from(
    tmp_path: Path, pyproject: bool, baseline: bool, found: bool
) -> None:
    from analyser.rules import source_rules_dir

    module = _tree(tmp_path, pyproject=pyproject, baseline=baseline)
    expected = (tmp_path / "rules").resolve() if found else None
    assert source_rules_dir(module) == expected


def test_this_checkout_reads_its_own_rules_folder() -> None:
    """Regression: a git worktree without the rules_data link read the main checkout's packs
    through the editable install, silently."""
    here = Path(__file__).resolve().parent.parent
    assert pack_path("baseline").resolve() == (here / "rules" / "baseline.yaml").resolve()
