"""Run the examples that every rule and condition carries (``likeness rules test``)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from analyser.engine import Engine

__all__ = ["ExampleResult", "iter_example_results"]


@dataclass(frozen=True)
class ExampleResult:
    """One example sentence of a rule or condition, and whether the engine agreed with it."""

    pack: str
    item: str
    text: str
    should_match: bool
    matched: bool

    @property
    def passed(self) -> bool:
        return self.should_match == self.matched


def iter_example_results(engine: Engine) -> Iterator[ExampleResult]:
    """Yield the outcome of every rule example and condition example of the engine's packs."""
    for rule in engine.rules:
        for example in rule.examples:
            yield ExampleResult(
                rule.pack,
                rule.id,
                example.text,
                example.should_match,
                engine.fires(rule, example.text),
            )
    for condition in engine.conditions:
        for example in condition.examples:
            satisfied = not engine.condition_elements_absent(condition, example.text)
            yield ExampleResult(
                condition.pack, condition.id, example.text, example.should_match, satisfied
            )
