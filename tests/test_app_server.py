"""The page really serves: ``streamlit run app.py`` starts and answers its health check."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

__all__ = ["HEALTH_TIMEOUT", "free_port", "streamlit_server"]

REPO_ROOT = Path(__file__).resolve().parent.parent
HEALTH_TIMEOUT = 60.0


def free_port() -> int:
    """Return a TCP port on localhost that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _health(url: str) -> str | None:
    """Return the body of the health endpoint, or None while the server is not up."""
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            body: bytes = response.read()
            return body.decode("utf-8", "replace")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def _wait_until_healthy(process: subprocess.Popen[bytes], url: str, log: Path) -> None:
    """Poll ``url`` until it says ``ok``; fail with the server log on exit or timeout."""
    deadline = time.monotonic() + HEALTH_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"streamlit exited with {process.returncode}:\n{log.read_text()}")
        if _health(url) == "ok":
            return
        time.sleep(0.5)
    pytest.fail(f"no 'ok' from {url} within {HEALTH_TIMEOUT:.0f} s:\n{log.read_text()}")


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Stop the server started by this test (it alone), politely first."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=15)


@contextmanager
def streamlit_server(log: Path) -> Iterator[str]:
    """Run ``streamlit run app.py`` on a free local port; yield its base URL, then stop it."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(REPO_ROOT / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--browser.gatherUsageStats", "false",
    ]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    with log.open("wb") as sink:
        process = subprocess.Popen(command, cwd=REPO_ROOT, env=env, stdout=sink,
                                   stderr=subprocess.STDOUT)
        try:
            base = f"http://127.0.0.1:{port}"
            _wait_until_healthy(process, f"{base}/_stcore/health", log)
            yield base
        finally:
            _stop(process)


@pytest.mark.slow
def test_streamlit_server_starts_and_answers_health(tmp_path: Path) -> None:
    with streamlit_server(tmp_path / "streamlit.log") as base:
        assert _health(f"{base}/_stcore/health") == "ok"
        with urllib.request.urlopen(base, timeout=10) as response:
            assert response.status == 200
    log = (tmp_path / "streamlit.log").read_text()
    assert "Traceback" not in log
