"""Errors cross process boundaries intact (regression: an AnalyserError raised in a pool worker
could not be unpickled, because the default reduction called the class with one argument, and the
pool's result thread died, leaving the caller waiting for ever)."""

from __future__ import annotations

import inspect
import pickle
from concurrent.futures import ProcessPoolExecutor

import pytest

import analyser.errors as errors

ERROR_CLASSES = [
    cls for _, cls in inspect.getmembers(errors, inspect.isclass)
    if issubclass(cls, errors.AnalyserError)
]


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=[c.__name__ for c in ERROR_CLASSES])
def test_every_error_survives_pickling(cls: type[errors.AnalyserError]) -> None:
    error = cls("contract.pdf", "the file is damaged")
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is cls
    assert (copy.source, copy.message, copy.code) == (error.source, error.message, error.code)
    assert str(copy) == str(error)


def _raise_corrupt(name: str) -> None:
    raise errors.CorruptError(name, "the cross-reference table is broken")


def test_an_error_raised_in_a_worker_process_reaches_the_caller() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_corrupt, "broken.pdf")
        with pytest.raises(errors.CorruptError) as caught:
            future.result(timeout=60)
    assert caught.value.source == "broken.pdf"
    assert caught.value.code == "corrupt"
