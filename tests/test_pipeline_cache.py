"""Built pipelines kept on disk: read back only when nothing they depend on changed, never from
a file someone else could have written, and never at the cost of an error or a wrong answer."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

from analyser.errors import RulePackInvalidError
from analyser.pipeline import analyse, load_pipeline
from analyser.pipeline_cache import CACHE_DIR_ENV, NO_CACHE_ENV, cache_dir, cached, pipeline_key
from analyser.report import report_to_json
from analyser.rules import pack_files

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


class _Builder:
    def __init__(self, value: object) -> None:
        self.value = value
        self.calls = 0

    def __call__(self) -> object:
        self.calls += 1
        return self.value


def test_an_entry_is_built_once_and_then_read_back(tmp_path: Path) -> None:
    build = _Builder({"rules": [1, 2, 3]})
    first = cached("k1", build, tmp_path)
    second = cached("k1", build, tmp_path)
    assert build.calls == 1
    assert second == first and second is not first
    assert (tmp_path / "pipeline-k1.pickle").is_file()


def test_another_key_builds_again(tmp_path: Path) -> None:
    build = _Builder("x")
    cached("k1", build, tmp_path)
    cached("k2", build, tmp_path)
    assert build.calls == 2


@pytest.mark.parametrize(
    "damage",
    [
        b"",  # empty
        b"\x80\x05\x95 truncated",  # a pickle cut short
        b"not a pickle at all",
    ],
)
def test_a_broken_entry_is_rebuilt_and_rewritten(tmp_path: Path, damage: bytes) -> None:
    (tmp_path / "pipeline-k.pickle").write_bytes(damage)
    build = _Builder(["fresh"])
    assert cached("k", build, tmp_path) == ["fresh"]
    assert build.calls == 1
    assert pickle.loads((tmp_path / "pipeline-k.pickle").read_bytes()) == ["fresh"]


@pytest.mark.parametrize("mode", [0o664, 0o646])
def test_an_entry_others_could_write_is_not_read(tmp_path: Path, mode: int) -> None:
    entry = tmp_path / "pipeline-k.pickle"
    entry.write_bytes(pickle.dumps("planted"))
    entry.chmod(mode)
    build = _Builder("built")
    assert cached("k", build, tmp_path) == "built"


def test_a_folder_others_could_write_is_not_read_from(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    (folder / "pipeline-k.pickle").write_bytes(pickle.dumps("planted"))
    (folder / "pipeline-k.pickle").chmod(0o600)
    folder.chmod(0o777)
    assert cached("k", _Builder("built"), folder) == "built"


def test_a_folder_that_cannot_be_made_only_costs_the_cache(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    build = _Builder("built")
    assert cached("k", build, blocker / "cache") == "built"
    assert cached("k", build, blocker / "cache") == "built"
    assert build.calls == 2


def test_errors_of_the_build_itself_propagate(tmp_path: Path) -> None:
    def broken() -> object:
        raise RulePackInvalidError("rules/x.yaml", "rule 'a': field 'pattern': bad")

    with pytest.raises(RulePackInvalidError, match="rule 'a'"):
        cached("k", broken, tmp_path)
    assert not list(tmp_path.glob("pipeline-*"))


def test_old_entries_are_pruned(tmp_path: Path) -> None:
    for index in range(12):
        cached(f"k{index:02d}", _Builder(index), tmp_path)
        os.utime(tmp_path / f"pipeline-k{index:02d}.pickle", (index, index))
    cached("latest", _Builder("new"), tmp_path)
    kept = sorted(p.name for p in tmp_path.glob("pipeline-*.pickle"))
    assert len(kept) == 8
    assert "pipeline-latest.pickle" in kept and "pipeline-k00.pickle" not in kept


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({NO_CACHE_ENV: "1"}, None),
        ({CACHE_DIR_ENV: "/somewhere/else"}, Path("/somewhere/else")),
        ({CACHE_DIR_ENV: "", "XDG_CACHE_HOME": "/xdg"}, Path("/xdg/likeness")),
        ({NO_CACHE_ENV: "0", CACHE_DIR_ENV: "/c"}, Path("/c")),
    ],
)
def test_the_cache_folder_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: Path | None
) -> None:
    for name in (NO_CACHE_ENV, CACHE_DIR_ENV, "XDG_CACHE_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cache_dir() == expected


def test_the_key_follows_the_packs_contents(tmp_path: Path) -> None:
    baseline = pack_files(["baseline"])
    extra = tmp_path / "extra.yaml"
    extra.write_text("id: extra\n", encoding="utf-8")
    key = pipeline_key([*baseline, extra])
    assert pipeline_key([*baseline, extra]) == key
    extra.write_text("id: extra\n# changed\n", encoding="utf-8")
    assert pipeline_key([*baseline, extra]) != key
    assert pipeline_key(baseline) != key


def test_a_cached_pipeline_reads_contracts_exactly_as_a_fresh_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(NO_CACHE_ENV, "1")
    fresh = load_pipeline(["baseline", "ny_fwa"])
    monkeypatch.delenv(NO_CACHE_ENV)
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path))
    load_pipeline(["baseline", "ny_fwa"])  # builds and stores
    assert len(list(tmp_path.glob("pipeline-*.pickle"))) == 1
    thawed = load_pipeline(["baseline", "ny_fwa"])  # read back
    assert thawed is not fresh and thawed.pack_ids == fresh.pack_ids
    files = sorted(SAMPLES.glob("*.pdf"))[:4] + sorted(SAMPLES.glob("*.docx"))[:4]
    files += sorted(SAMPLES.glob("*.txt"))[:4]
    for path in files:
        assert report_to_json(analyse(path, pipeline=thawed)) == report_to_json(
            analyse(path, pipeline=fresh)
        ), path.name


def test_a_broken_pack_fails_as_before_with_a_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(CACHE_DIR_ENV, str(tmp_path / "cache"))
    load_pipeline()
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\nversion: 1\nrules: [{id: x, nonsense: 1}]\n", encoding="utf-8")
    with pytest.raises(RulePackInvalidError, match="broken.yaml"):
        load_pipeline([str(broken)])
    missing = tmp_path / "missing.yaml"
    with pytest.raises(RulePackInvalidError, match="missing.yaml"):
        load_pipeline([str(missing)])
