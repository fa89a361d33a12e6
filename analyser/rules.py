"""Rule packs: YAML files of rules, lexicons and requirement texts, validated on load.

A pack is data, not code. Loading checks every key and type, compiles regular expressions, and
turns any mistake into one :class:`~analyser.errors.RulePackInvalidError` naming the file, the rule
id, the field, what was expected and what was found. ``baseline`` is always loaded first; other
packs add rules, lexicon terms and references. The default packs ship inside the installed package
(``analyser.rules_data``, the repository's ``rules/`` folder).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from analyser.errors import RulePackInvalidError
from analyser.model import STATUSES, Reference

__all__ = [
    "DEFAULT_PACKS",
    "Condition",
    "Example",
    "NegationCues",
    "RedFlagDef",
    "RequirementDef",
    "Rule",
    "RulePack",
    "available_packs",
    "load_pack_file",
    "load_packs",
    "pack_path",
]

DEFAULT_PACKS: tuple[str, ...] = ("baseline",)
EFFECTS = STATUSES
NEGATED_EFFECTS = (*STATUSES, "ignore")
HOLDERS = ("person", "other", "not_person", "any")
SEVERITIES = ("high", "medium", "low")
TARGETS = ("ai", "requirement", "red_flag")
REQUIREMENT_IDS = [
    "consent",
    "compensation",
    "revocation",
    "scope",
    "duration",
    "ownership",
    "deletion",
    "transfer",
    "ai_training",
    "approval",
    "disclosure",
    "post_mortem",
    "representation",
]
_ID = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$")
_TEXT_KEYS = frozenset({"ORTH", "TEXT", "LOWER", "LEMMA", "NORM", "SHAPE"})
_TOKEN_KEYS = frozenset(
    [
        "ORTH",
        "TEXT",
        "LOWER",
        "LEMMA",
        "NORM",
        "SHAPE",
        "IS_DIGIT",
        "IS_ALPHA",
        "IS_PUNCT",
        "IS_SPACE",
        "IS_TITLE",
        "IS_UPPER",
        "IS_LOWER",
        "LIKE_NUM",
        "IS_CURRENCY",
        "LENGTH",
        "OP",
    ]
)


@dataclass(frozen=True)
class Example:
    """A sentence a rule must (or must not) fire on with its effect; the tests run these."""

    text: str
    should_match: bool


@dataclass(frozen=True)
class Rule:
    """One matcher and what its match means.

    ``target`` is ``ai`` (the contract speaks about AI likeness), ``requirement`` (evidence that a
    protection is present, weak or missing) or ``red_flag``. A red-flag rule may also carry a
    ``requirement`` and ``effect`` when the flag undermines that protection.
    """

    id: str
    pack: str
    target: str
    requirement: str | None
    effect: str | None
    red_flag: str | None
    phrases: tuple[str, ...]
    patterns: tuple[tuple[Mapping[str, Any], ...], ...]
    regex: tuple[re.Pattern[str], ...]
    context: tuple[str, ...]
    exclude: tuple[str, ...]
    holder: str
    negated: str
    weakened_by: tuple[str, ...]
    fallback: bool
    priority: int
    reason: str
    examples: tuple[Example, ...]
    grant: bool = False
    negated_context: tuple[str, ...] = ()
    qualifies: bool = False


@dataclass(frozen=True)
class Condition:
    """A pack's extra test on a requirement that the baseline rules found present.

    Each element names what the clauses giving the requirement must state (for example the
    rate of pay of a replica consent under the NY Fashion Workers Act), as phrases. If any
    element is absent, the requirement drops to ``downgrade`` and the reason names what is absent.
    """

    id: str
    pack: str
    requirement: str
    when: str
    elements: Mapping[str, tuple[str, ...]]
    downgrade: str
    reason: str
    references: tuple[Reference, ...]
    examples: tuple[Example, ...]


@dataclass(frozen=True)
class RequirementDef:
    """A protection the engine grades, with the texts shown to the person."""

    id: str
    title: str
    meaning: Mapping[str, str]
    verdict: Mapping[str, str]
    recommendation: Mapping[str, str]
    suggested_clause: str
    references: tuple[Reference, ...]


@dataclass(frozen=True)
class RedFlagDef:
    """A risky term and the protection it undermines."""

    id: str
    title: str
    severity: str
    undermines: str | None
    explanation: str


@dataclass(frozen=True)
class NegationCues:
    """ConText-style cues: negations before or after a match, pseudo-negations, scope ends."""

    pre: tuple[str, ...] = ()
    post: tuple[str, ...] = ()
    pseudo: tuple[str, ...] = ()
    terminators: tuple[str, ...] = ()
    window: int = 14


@dataclass(frozen=True)
class RulePack:
    """One validated YAML pack."""

    id: str
    version: str
    title: str
    description: str
    source: str
    lexicons: Mapping[str, tuple[str, ...]]
    parties: Mapping[str, tuple[str, ...]]
    negation: NegationCues | None
    requirements: tuple[RequirementDef, ...]
    red_flags: tuple[RedFlagDef, ...]
    rules: tuple[Rule, ...]
    references: Mapping[str, tuple[Reference, ...]] = field(default_factory=dict)
    conditions: tuple[Condition, ...] = ()


# --------------------------------------------------------------------------- locating packs


def _packaged_dir() -> Path:
    """The shipped packs: ``analyser.rules_data`` when installed, else the source tree's rules/."""
    try:
        return Path(str(resources.files("analyser.rules_data")))
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "rules"


def available_packs(directory: Path | None = None) -> tuple[str, ...]:
    """Return the ids of the packs shipped in ``directory`` (default: the packaged rules)."""
    folder = directory or _packaged_dir()
    return tuple(sorted(p.stem for p in folder.glob("*.yaml")))


def pack_path(pack_id: str, directory: Path | None = None) -> Path:
    """Return the file of a shipped pack; raise RulePackInvalidError for an unknown id."""
    folder = directory or _packaged_dir()
    if not _ID.match(pack_id):
        raise RulePackInvalidError(pack_id, "a rule pack name may use only a-z, 0-9 and _")
    path = folder / f"{pack_id}.yaml"
    if not path.is_file():
        known = ", ".join(available_packs(folder)) or "none"
        raise RulePackInvalidError(pack_id, f"no such rule pack (available: {known})")
    return path


def load_packs(
    ids: Iterable[str] = DEFAULT_PACKS, directory: Path | None = None
) -> tuple[RulePack, ...]:
    """Load ``baseline`` plus the named packs (ids or paths to YAML files), checked together."""
    wanted = ["baseline", *[i for i in ids if i and i != "baseline"]]
    paths = [Path(i) if i.endswith((".yaml", ".yml")) else pack_path(i, directory) for i in wanted]
    seen: dict[str, Path] = {}
    unique = [
        p
        for p in paths
        if not (p.resolve() in seen.values() or seen.setdefault(p.stem, p.resolve()) is None)
    ]
    packs = tuple(load_pack_file(p) for p in unique)
    check_pack_links(packs)
    return packs


# --------------------------------------------------------------------------- validation


class _Checker:
    """Reads one mapping, recording which keys were used, and raises precise errors."""

    def __init__(self, source: str, where: str, data: Any) -> None:
        self.source = source
        self.where = where
        if not isinstance(data, Mapping):
            self.fail("", "a mapping", data)
        self.data: Mapping[str, Any] = data

    def fail(self, field_name: str, expected: str, found: Any) -> None:
        shown = repr(found)
        shown = shown if len(shown) <= 60 else shown[:57] + "..."
        location = f"{self.where}, field '{field_name}'" if field_name else self.where
        raise RulePackInvalidError(self.source, f"{location}: expected {expected}, found {shown}")

    def only(self, allowed: Iterable[str]) -> None:
        unknown = sorted(set(self.data) - set(allowed))
        if unknown:
            self.fail(
                unknown[0], f"one of the known keys ({', '.join(sorted(allowed))})", unknown[0]
            )

    def text(self, key: str, default: str | None = None) -> str:
        value = self.data.get(key, default)
        if not isinstance(value, str) or (default is None and not value.strip()):
            self.fail(key, "a non-empty string", value)
        return str(value)

    def optional_text(self, key: str) -> str | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, str):
            self.fail(key, "a string", value)
        return value

    def choice(self, key: str, options: Sequence[str], default: str | None = None) -> str:
        value = self.data.get(key, default)
        if value not in options:
            self.fail(key, f"one of {', '.join(options)}", value)
        return str(value)

    def strings(self, key: str) -> tuple[str, ...]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self.fail(key, "a list of non-empty strings", value)
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{key}[{index}]", "a non-empty string (quote it in YAML)", item)
        return tuple(value)

    def integer(self, key: str, default: int) -> int:
        value = self.data.get(key, default)
        if not isinstance(value, int) or isinstance(value, bool):
            self.fail(key, "an integer", value)
        return int(value)

    def boolean(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            self.fail(key, "true or false", value)
        return bool(value)

    def mapping(self, key: str) -> Mapping[str, Any]:
        value = self.data.get(key, {})
        if not isinstance(value, Mapping):
            self.fail(key, "a mapping", value)
        return dict(value)

    def items(self, key: str) -> list[Any]:
        value = self.data.get(key, [])
        if not isinstance(value, list):
            self.fail(key, "a list", value)
        return list(value)


_PACK_KEYS = [
    "id",
    "version",
    "title",
    "description",
    "lexicons",
    "parties",
    "negation",
    "requirements",
    "red_flags",
    "rules",
    "references",
    "conditions",
]
_RULE_KEYS = [
    "id",
    "target",
    "requirement",
    "effect",
    "red_flag",
    "phrases",
    "patterns",
    "regex",
    "context",
    "exclude",
    "holder",
    "negated",
    "negated_context",
    "weakened_by",
    "fallback",
    "priority",
    "grant",
    "qualifies",
    "reason",
    "examples",
]


# LibYAML's safe loader when PyYAML was built with it (the PyPI wheels are): the same documents,
# several times faster than the pure-Python one, which matters at every start of a worker.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_pack_file(path: Path) -> RulePack:
    """Read and validate one YAML pack file."""
    source = path.name
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except OSError as exc:
        raise RulePackInvalidError(source, f"cannot read the file ({exc.strerror})") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise RulePackInvalidError(source, f"not valid YAML{line}") from exc
    top = _Checker(source, "pack", raw)
    top.only(_PACK_KEYS)
    pack_id = top.text("id")
    if not _ID.match(pack_id):
        top.fail("id", "a snake_case id", pack_id)
    version = str(top.data.get("version", ""))
    if not version:
        top.fail("version", "a version string", top.data.get("version"))
    lexicons = _read_lexicons(source, top.mapping("lexicons"))
    return RulePack(
        id=pack_id,
        version=version,
        title=top.text("title"),
        description=top.text("description", ""),
        source=str(path),
        lexicons=lexicons,
        parties=_read_parties(source, top.mapping("parties")),
        negation=_read_negation(source, top.data.get("negation")),
        requirements=tuple(_read_requirement(source, r) for r in top.items("requirements")),
        red_flags=tuple(_read_red_flag(source, r) for r in top.items("red_flags")),
        rules=_read_rules(source, pack_id, top.items("rules")),
        references=_read_reference_map(source, top.mapping("references")),
        conditions=tuple(
            _read_condition(source, pack_id, index, item)
            for index, item in enumerate(top.items("conditions"))
        ),
    )


def _read_lexicons(source: str, data: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    check = _Checker(source, "lexicons", data)
    return {name: check.strings(name) for name in data}


def _read_parties(source: str, data: Mapping[str, Any]) -> dict[str, tuple[str, ...]]:
    check = _Checker(source, "parties", data)
    check.only(("person", "other"))
    return {side: check.strings(side) for side in ("person", "other") if side in data}


def _read_negation(source: str, data: Any) -> NegationCues | None:
    if data is None:
        return None
    check = _Checker(source, "negation", data)
    check.only(("pre", "post", "pseudo", "terminators", "window"))
    return NegationCues(
        pre=check.strings("pre"),
        post=check.strings("post"),
        pseudo=check.strings("pseudo"),
        terminators=check.strings("terminators"),
        window=check.integer("window", 14),
    )


def _read_references(check: _Checker, key: str) -> tuple[Reference, ...]:
    refs = []
    for index, item in enumerate(check.items(key)):
        ref = _Checker(check.source, f"{check.where}, {key}[{index}]", item)
        ref.only(("source", "url"))
        url = ref.text("url")
        if not url.startswith("https://") and not url.startswith("http://"):
            ref.fail("url", "an http(s) URL", url)
        refs.append(Reference(source=ref.text("source"), url=url))
    return tuple(refs)


def _read_reference_map(source: str, data: Mapping[str, Any]) -> dict[str, tuple[Reference, ...]]:
    check = _Checker(source, "references", data)
    return {key: _read_references(check, key) for key in data}


def _status_texts(check: _Checker, key: str) -> dict[str, str]:
    value = check.mapping(key)
    inner = _Checker(check.source, f"{check.where}, {key}", value)
    inner.only(STATUSES)
    return {status: inner.text(status) for status in STATUSES}


def _read_requirement(source: str, data: Any) -> RequirementDef:
    check = _Checker(source, "requirement", data)
    req_id = check.text("id")
    check.where = f"requirement '{req_id}'"
    check.only(
        ("id", "title", "meaning", "verdict", "recommendation", "suggested_clause", "references")
    )
    return RequirementDef(
        id=req_id,
        title=check.text("title"),
        meaning=_status_texts(check, "meaning"),
        verdict=_status_texts(check, "verdict"),
        recommendation=_status_texts(check, "recommendation"),
        suggested_clause=check.text("suggested_clause"),
        references=_read_references(check, "references"),
    )


def _read_red_flag(source: str, data: Any) -> RedFlagDef:
    check = _Checker(source, "red flag", data)
    flag_id = check.text("id")
    check.where = f"red flag '{flag_id}'"
    check.only(("id", "title", "severity", "undermines", "explanation"))
    return RedFlagDef(
        id=flag_id,
        title=check.text("title"),
        severity=check.choice("severity", SEVERITIES),
        undermines=check.optional_text("undermines"),
        explanation=check.text("explanation"),
    )


def _read_rules(source: str, pack_id: str, items: list[Any]) -> tuple[Rule, ...]:
    rules: list[Rule] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        rule = _read_rule(source, pack_id, index, item)
        if rule.id in seen:
            raise RulePackInvalidError(source, f"rule '{rule.id}': the id is used twice")
        seen.add(rule.id)
        rules.append(rule)
    return tuple(rules)


def _read_rule(source: str, pack_id: str, index: int, data: Any) -> Rule:
    check = _Checker(source, f"rule #{index + 1}", data)
    rule_id = check.text("id")
    check.where = f"rule '{rule_id}'"
    if not _ID.match(rule_id):
        check.fail("id", "a dotted snake_case id such as consent.prior_written", rule_id)
    check.only(_RULE_KEYS)
    target = check.choice("target", TARGETS)
    requirement = check.optional_text("requirement")
    effect = check.optional_text("effect")
    red_flag = check.optional_text("red_flag")
    if target == "requirement" and requirement is None:
        check.fail("requirement", "a requirement id for a requirement rule", None)
    if target == "red_flag" and red_flag is None:
        check.fail("red_flag", "a red-flag id for a red_flag rule", None)
    if requirement is not None and effect not in EFFECTS:
        check.fail("effect", f"one of {', '.join(EFFECTS)}", effect)
    phrases = check.strings("phrases")
    patterns = _read_token_patterns(check)
    regex = _read_regex(check)
    if not (phrases or patterns or regex):
        check.fail("phrases", "at least one of phrases, patterns or regex", None)
    return Rule(
        id=rule_id,
        pack=pack_id,
        target=target,
        requirement=requirement,
        effect=effect,
        red_flag=red_flag,
        phrases=phrases,
        patterns=patterns,
        regex=regex,
        context=check.strings("context"),
        exclude=check.strings("exclude"),
        holder=check.choice("holder", HOLDERS, "any"),
        negated=check.choice("negated", NEGATED_EFFECTS, "ignore"),
        weakened_by=check.strings("weakened_by"),
        fallback=check.boolean("fallback", False),
        priority=check.integer("priority", 0),
        reason=check.text("reason"),
        examples=_read_examples(check),
        grant=check.boolean("grant", False),
        negated_context=check.strings("negated_context"),
        qualifies=check.boolean("qualifies", False),
    )


def _read_condition(source: str, pack_id: str, index: int, data: Any) -> Condition:
    check = _Checker(source, f"condition #{index + 1}", data)
    condition_id = check.text("id")
    check.where = f"condition '{condition_id}'"
    if not _ID.match(condition_id):
        check.fail("id", "a dotted snake_case id", condition_id)
    check.only(
        ("id", "requirement", "when", "elements", "downgrade", "reason", "references", "examples")
    )
    raw_elements = check.mapping("elements")
    if not raw_elements:
        check.fail("elements", "a mapping of element name to phrases", raw_elements)
    inner = _Checker(source, f"{check.where}, elements", raw_elements)
    elements = {name: inner.strings(name) for name in raw_elements}
    for name, phrases in elements.items():
        if not phrases:
            inner.fail(name, "at least one phrase", phrases)
    reason = check.text("reason")
    if "{missing}" not in reason:
        check.fail("reason", "a text containing {missing}", reason)
    examples = check.mapping("examples")
    ex = _Checker(source, f"{check.where}, examples", examples)
    ex.only(("pass", "fail"))
    passing, failing = ex.strings("pass"), ex.strings("fail")
    if not passing or not failing:
        check.fail("examples", "at least one 'pass' and one 'fail' text", examples)
    return Condition(
        id=condition_id,
        pack=pack_id,
        requirement=check.text("requirement"),
        when=check.choice("when", ("ai", "always"), "ai"),
        elements=elements,
        downgrade=check.choice("downgrade", ("weak", "missing"), "weak"),
        reason=reason,
        references=_read_references(check, "references"),
        examples=tuple(Example(t, True) for t in passing)
        + tuple(Example(t, False) for t in failing),
    )


def _read_token_patterns(check: _Checker) -> tuple[tuple[Mapping[str, Any], ...], ...]:
    patterns = []
    for n, pattern in enumerate(check.items("patterns")):
        if not isinstance(pattern, list) or not pattern:
            check.fail(f"patterns[{n}]", "a non-empty list of token specs", pattern)
        for step in pattern:
            if not isinstance(step, Mapping) or not set(step) <= _TOKEN_KEYS:
                check.fail(
                    f"patterns[{n}]", f"token specs with keys from {sorted(_TOKEN_KEYS)}", step
                )
            for key in sorted(_TEXT_KEYS & set(step)):
                if not isinstance(step[key], str | Mapping):
                    check.fail(
                        f"patterns[{n}].{key}", "a string (quote words like on, no, yes)", step[key]
                    )
        patterns.append(tuple(dict(step) for step in pattern))
    return tuple(patterns)


def _read_regex(check: _Checker) -> tuple[re.Pattern[str], ...]:
    compiled = []
    for n, expression in enumerate(check.strings("regex")):
        try:
            compiled.append(re.compile(expression, re.IGNORECASE))
        except re.error as exc:
            check.fail(f"regex[{n}]", f"a valid regular expression ({exc.msg})", expression)
    return tuple(compiled)


def _read_examples(check: _Checker) -> tuple[Example, ...]:
    data = check.mapping("examples")
    inner = _Checker(check.source, f"{check.where}, examples", data)
    inner.only(("match", "no_match"))
    match = inner.strings("match")
    no_match = inner.strings("no_match")
    if not match or not no_match:
        check.fail("examples", "at least one 'match' and one 'no_match' sentence", data)
    return tuple(Example(t, True) for t in match) + tuple(Example(t, False) for t in no_match)


def check_pack_links(packs: Sequence[RulePack]) -> None:
    """Check that rules name requirements, red flags and lexicons some loaded pack defines."""
    requirements = {r.id for p in packs for r in p.requirements}
    flags = {f.id for p in packs for f in p.red_flags}
    lexicons = {name for p in packs for name in p.lexicons}
    for pack in packs:
        for flag in pack.red_flags:
            if flag.undermines is not None and flag.undermines not in REQUIREMENT_IDS:
                raise RulePackInvalidError(
                    Path(pack.source).name,
                    f"red flag '{flag.id}', field 'undermines': expected one of "
                    f"{', '.join(REQUIREMENT_IDS)}, "
                    f"found {flag.undermines!r}",
                )
        for key in pack.references:
            if key not in requirements:
                raise RulePackInvalidError(
                    Path(pack.source).name,
                    f"references: expected a requirement id, found {key!r}",
                )
        for rule in pack.rules:
            _check_rule_links(pack, rule, requirements, flags, lexicons)
        for condition in pack.conditions:
            if condition.requirement not in requirements:
                raise RulePackInvalidError(
                    Path(pack.source).name,
                    f"condition '{condition.id}', field 'requirement': expected a requirement id "
                    f"defined in a loaded pack, found {condition.requirement!r}",
                )


def _check_rule_links(
    pack: RulePack, rule: Rule, requirements: set[str], flags: set[str], lexicons: set[str]
) -> None:
    source = Path(pack.source).name

    def fail(field_name: str, expected: str, found: object) -> None:
        raise RulePackInvalidError(
            source, f"rule '{rule.id}', field '{field_name}': expected {expected}, found {found!r}"
        )

    if rule.requirement is not None and rule.requirement not in requirements:
        fail("requirement", "a requirement id defined in a loaded pack", rule.requirement)
    if rule.red_flag is not None and rule.red_flag not in flags:
        fail("red_flag", "a red-flag id defined in a loaded pack", rule.red_flag)
    for field_name, names in (("context", rule.context), ("negated_context", rule.negated_context)):
        for name in names:
            if name not in lexicons:
                fail(field_name, "a lexicon name", name)
    for field_name, values in (
        ("phrases", rule.phrases),
        ("exclude", rule.exclude),
        ("weakened_by", rule.weakened_by),
    ):
        for value in values:
            if value.startswith("@") and value[1:] not in lexicons:
                fail(field_name, "@ followed by a lexicon name", value)
