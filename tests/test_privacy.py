"""Contracts stay on the machine: analysis opens no network connection and writes no file."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from analyser.pipeline import analyse, load_pipeline

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class NetworkUsedError(AssertionError):
    """Raised by the guarded socket when anything tries to connect."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUsedError(f"network access attempted: {args!r}")


@pytest.mark.parametrize(
    "name", ["rider_good.pdf", "voice_clone_licence.docx", "charity_unpaid_replica.txt"]
)
def test_analysis_uses_no_network_and_writes_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str
) -> None:
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.chdir(tmp_path)
    data = (SAMPLES / name).read_bytes()
    report = analyse(data, name, pipeline=load_pipeline())
    assert report.requirements
    assert list(tmp_path.iterdir()) == []
