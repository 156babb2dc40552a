"""The speed-ups must not change results: the worker pool of the loader, boilerplate chunking, overlap key ranges.

(No timings here: speed is measured by benchmarks/run.py.)
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import helpers  # noqa: E402
from analysis import boilerplate, overlap  # noqa: E402

SEEDS = ROOT / "data" / "articles"


def _plain(df: pd.DataFrame) -> pd.DataFrame:
    out = df.copy()
    out.attrs = {}
    return out


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork")
@pytest.mark.parametrize("strip", [True, False])
def test_pooled_load_equals_serial(monkeypatch, strip):
    serial = helpers.load_articles(SEEDS, strip=strip, cache=False)
    monkeypatch.setattr(helpers, "POOL_MIN_ARTICLES", 1)
    monkeypatch.setattr(helpers, "POOL_WORKERS", 2)
    monkeypatch.setattr(helpers, "POOL_CHUNK", 2)  # five seeds -> three tasks per stage
    calls = []
    real = helpers._pool_map
    monkeypatch.setattr(helpers, "_pool_map", lambda f, c, d: calls.append(d) or real(f, c, d))
    pooled = helpers.load_articles(SEEDS, strip=strip, cache=False)
    assert calls, "the pool was not used"
    assert helpers._POOL is None, "the pool must be closed after load_articles"
    pd.testing.assert_frame_equal(_plain(serial), _plain(pooled))


def test_pooled_load_of_a_table_source(monkeypatch, tmp_path):
    texts = [open(p, encoding="utf-8").read() for p in sorted(SEEDS.glob("*.txt"))]
    table = tmp_path / "corpus.csv"
    pd.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))], "text": texts}).to_csv(table, index=False)
    serial = helpers.load_articles(table, cache=False)
    monkeypatch.setattr(helpers, "POOL_MIN_ARTICLES", 1)
    monkeypatch.setattr(helpers, "POOL_WORKERS", 2)
    monkeypatch.setattr(helpers, "POOL_CHUNK", 2)
    pooled = helpers.load_articles(table, cache=False)
    pd.testing.assert_frame_equal(_plain(serial), _plain(pooled))


def test_boilerplate_chunks_do_not_change_the_result(monkeypatch):
    arts = helpers.load_articles(SEEDS, strip=False, cache=False)
    # Make furniture the counting pass must see across chunks: one outlet footer in every article.
    arts = pd.concat([arts] * 3, ignore_index=True)
    arts["article_id"] = [f"a{i:02d}" for i in range(len(arts))]
    arts["outlet"] = "example.com"
    arts["text"] = arts["text"] + "\nЧитайте example.com щодня і без реклами"
    whole = boilerplate.strip_boilerplate(arts)
    found = boilerplate.find_boilerplate(arts)
    assert (found["kind"] == "repeated_across_articles").any()
    monkeypatch.setattr(boilerplate, "_CHUNK", 2)
    pd.testing.assert_frame_equal(whole, boilerplate.strip_boilerplate(arts))
    pd.testing.assert_frame_equal(found, boilerplate.find_boilerplate(arts))


def test_overlap_key_ranges_do_not_change_candidates(monkeypatch):
    rng = np.random.default_rng(7)
    base = rng.integers(0, 2**63, size=400, dtype=np.uint64) * np.uint64(2)
    sets = [np.unique(np.concatenate([base[k * 10:k * 10 + 40], rng.integers(0, 2**63, 50, dtype=np.uint64)]))
            for k in range(30)]
    side = np.array([k % 2 == 0 for k in range(30)])
    want = overlap._candidates(sets, 100, 5), overlap._candidates(sets, 100, 5, side)
    assert want[0], "the fixture must produce candidate pairs"
    for bits in (0, 1, 5):
        monkeypatch.setattr(overlap, "_KEY_BUCKET_BITS", bits)
        monkeypatch.setattr(overlap, "_KEY_BUCKETS", 1 << bits)
        assert (overlap._candidates(sets, 100, 5), overlap._candidates(sets, 100, 5, side)) == want


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork")
def test_pooled_load_counts_cross_article_furniture_over_the_whole_corpus(monkeypatch, tmp_path):
    """The pool strips chunk by chunk with keys counted over all chunks: an outlet footer that no chunk holds
    three times by itself is still found, and the frame equals the serial one."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    for k in range(6):
        body = texts[k % len(texts)].rstrip("\n")
        (tmp_path / f"n{k}.txt").write_text(f"{body}\n\nНовини Прикарпаття щодня: пишіть нам у чат-бот\n",
                                            encoding="utf-8")
    manifest = tmp_path.parent / f"{tmp_path.name}.csv"
    pd.DataFrame({"file": [f"n{k}.txt" for k in range(6)], "outlet": ["prykarpattia.example"] * 6}).to_csv(
        manifest, index=False)
    serial = helpers.load_articles(tmp_path, cache=False)
    monkeypatch.setattr(helpers, "POOL_MIN_ARTICLES", 1)
    monkeypatch.setattr(helpers, "POOL_WORKERS", 2)
    monkeypatch.setattr(helpers, "POOL_CHUNK", 2)  # 2 articles per chunk: no chunk alone reaches 3
    pooled = helpers.load_articles(tmp_path, cache=False)
    pd.testing.assert_frame_equal(_plain(serial), _plain(pooled))
    kinds = {r["kind"] for removed in pooled["removed"] for r in removed if "чат-бот" in r["text"]}
    assert kinds == {"repeated_across_articles"}
    assert not pooled["body"].str.contains("чат-бот").any()


def test_overlap_merging_often_does_not_change_candidates(monkeypatch):
    rng = np.random.default_rng(11)
    base = rng.integers(0, 2**63, size=600, dtype=np.uint64)
    sets = [np.unique(np.concatenate([base[(k * 7) % 500:(k * 7) % 500 + 60], rng.integers(0, 2**63, 40, dtype=np.uint64)]))
            for k in range(40)]
    want = overlap._candidates(sets, 100, 5)
    assert len(want) > 20, "the fixture must produce many candidate pairs"
    monkeypatch.setattr(overlap, "_MERGE_EVERY", 1)  # merge the pending pair codes after every block
    assert overlap._candidates(sets, 100, 5) == want


@pytest.mark.skipif("fork" not in __import__("multiprocessing").get_all_start_methods(), reason="no fork")
def test_troop_figures_in_the_pool_equal_the_direct_call(monkeypatch):
    """``helpers.extract_troop_counts`` runs chunk by chunk in the worker pool for a large corpus: the same table."""
    from analysis.troops import extract_troop_counts as direct

    arts = pd.concat([helpers.load_articles(SEEDS, cache=False)] * 3, ignore_index=True)
    arts["article_id"] = [f"{a}-{i}" for i, a in enumerate(arts["article_id"])]
    want = direct(arts)
    monkeypatch.setattr(helpers, "POOL_MIN_ARTICLES", 1)
    monkeypatch.setattr(helpers, "POOL_WORKERS", 2)
    monkeypatch.setattr(helpers, "POOL_CHUNK", 4)
    calls = []
    real = helpers._pool_map
    monkeypatch.setattr(helpers, "_pool_map", lambda f, c, d: calls.append(d) or real(f, c, d))
    got = helpers.extract_troop_counts(arts)
    assert calls == ["extract_troop_counts"] and helpers._POOL is None
    assert len(want) >= 9
    pd.testing.assert_frame_equal(_plain(want), _plain(got))
