"""The Dask engine: the same pipeline on a local Dask cluster (2 worker processes) equals the pandas engine.

The corpus: 400 generated articles (``benchmarks.generate.generate_corpus(400, …, seed=1)``, ~50 outlets with
their own furniture, planted reprints and troop figures) plus the five seeds, plus files the loader must
reject. The cluster's workers are separate processes, so anything that depended on Python's salted
``hash()`` or on the order work arrives in would show up here as a difference.
"""
from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

import helpers as h
from analysis.boilerplate import furniture_keys, line_keys, strip_boilerplate
from analysis.troops import extract_troop_counts
from analysis.text import normalize

distributed = pytest.importorskip("distributed")
dd = pytest.importorskip("dask.dataframe")

SEEDS = h.ROOT / "data" / "articles"


@pytest.fixture(scope="module")
def client():
    """A LocalCluster of 2 single-thread worker processes and its Client, closed after the module."""
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    cl = distributed.Client(cluster)
    yield cl
    cl.close()
    cluster.close()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    from benchmarks.generate import generate_corpus

    folder = tmp_path_factory.mktemp("dask") / "corpus"
    generate_corpus(400, folder, seed=1)
    for p in SEEDS.glob("*.txt"):
        shutil.copy(p, folder / p.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 not an article")
    (folder / "cp1251.txt").write_bytes("Заголовок новини про КНДР\n\nВійська КНДР у Курській області, "
                                        "пише видання.\n".encode("cp1251"))
    return folder


def _load(folder, **kw) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", h.ArticleRejected)
        return h.load_articles(folder, cache=False, **kw)


@pytest.fixture(scope="module")
def pandas_frame(corpus) -> pd.DataFrame:
    return _load(corpus)


@pytest.fixture(scope="module")
def dask_frame(corpus, client) -> pd.DataFrame:
    return _load(corpus, engine="dask", npartitions=7)


def test_dask_engine_equals_pandas_engine_on_a_mid_size_corpus(pandas_frame, dask_frame, client):
    assert len(client.scheduler_info()["workers"]) == 2
    assert len(pandas_frame) == 400 + 5 + 1
    pd.testing.assert_frame_equal(pandas_frame, dask_frame)
    pd.testing.assert_frame_equal(h.rejected_files(pandas_frame), h.rejected_files(dask_frame))
    assert sorted(h.rejected_files(dask_frame)["path"]) == ["empty.txt", "scan.pdf", "truth.json"]
    assert dask_frame.attrs["corpus_key"] == pandas_frame.attrs["corpus_key"]
    # the test is not vacuous: the corpus has cross-article furniture, dates from prose, several languages
    kinds = {r["kind"] for removed in dask_frame["removed"] for r in removed}
    assert "repeated_across_articles" in kinds and "teaser_block" in kinds
    assert (dask_frame["date_source"] == "text").any() and dask_frame["lang"].nunique() >= 3


def test_dask_engine_without_stripping_and_on_one_article(corpus, client, tmp_path):
    pd.testing.assert_frame_equal(_load(corpus, strip=False), _load(corpus, strip=False, engine="dask"))
    one = tmp_path / "one"
    one.mkdir()
    shutil.copy(sorted(SEEDS.glob("*.txt"))[0], one)
    pd.testing.assert_frame_equal(_load(one), _load(one, engine="dask"))
    empty = tmp_path / "empty"
    empty.mkdir()
    pd.testing.assert_frame_equal(_load(empty), _load(empty, engine="dask"))


def test_dask_engine_on_a_table_source(tmp_path, client):
    rows = [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in sorted(SEEDS.glob("*.txt"))]
    rows.append({"id": "blank", "text": "  "})
    pd.DataFrame(rows).to_csv(tmp_path / "seeds.csv", index=False)
    plain, on_dask = _load(tmp_path / "seeds.csv"), _load(tmp_path / "seeds.csv", engine="dask", npartitions=3)
    pd.testing.assert_frame_equal(plain, on_dask)
    assert h.rejected_files(on_dask)["reason"].tolist() == ["empty text"]


def test_per_article_troop_counts_equal_the_direct_call(dask_frame, client):
    direct = extract_troop_counts(dask_frame)
    assert len(direct) > 50  # the generator plants troop figures
    on_dask = h.per_article(extract_troop_counts, dask_frame, engine="dask", npartitions=9)
    pd.testing.assert_frame_equal(direct, on_dask)
    pd.testing.assert_frame_equal(direct, h.per_article(extract_troop_counts, dask_frame))


def test_furniture_keys_from_a_dask_group_by_equal_the_pandas_count(pandas_frame, client):
    articles = pandas_frame[["article_id", "text", "title", "outlet"]].copy()
    articles.attrs = {}  # pd.concat compares attrs, and a frame in attrs cannot be compared
    keys = line_keys(articles)
    assert keys["key_hash"].dtype == "int64" and not keys.duplicated(["article_id", "key_hash"]).any()
    sizes = articles["outlet"].value_counts()
    expected = furniture_keys(keys, n_articles=len(articles), outlet_sizes=sizes)
    assert expected  # the generated outlets repeat their headers and footers
    on_dask = furniture_keys(dd.from_pandas(keys, npartitions=5, sort=False), n_articles=len(articles),
                             outlet_sizes=sizes)
    assert on_dask == expected
    # hashes are computed on the workers too: the same keys in another process
    remote = client.submit(line_keys, articles.iloc[:50]).result()
    pd.testing.assert_frame_equal(remote, line_keys(articles.iloc[:50]))
    # the two phases, then stripping in pieces, equal stripping the whole at once
    pieces = pd.concat([strip_boilerplate(articles.iloc[i:i + 60], across=expected) for i in range(0, len(articles), 60)])
    pd.testing.assert_frame_equal(pieces, strip_boilerplate(articles))


def test_per_article_rejects_an_unknown_engine_and_keeps_an_empty_frame():
    with pytest.raises(ValueError, match="engine"):
        h.load_articles("data/articles", engine="spark")
    with pytest.raises(ValueError, match="engine"):
        h.per_article(extract_troop_counts, pd.DataFrame(), engine="ray")
    empty = pd.DataFrame({"article_id": pd.Series(dtype="str"), "text": pd.Series(dtype="str")})
    assert h.per_article(extract_troop_counts, empty, engine="dask").empty


def test_an_outlet_footer_counts_across_partitions(client):
    """A footer in 3 of an outlet's articles, each in a different partition, is still furniture."""
    places = ["Курській", "Бєлгородській", "Брянській", "Приморському", "Хабаровському", "Амурській"]
    body = ("Генеральний секретар НАТО заявив, що північнокорейські війська розгорнуті в {p} області, "
            "і це є значною ескалацією війни, яку веде Росія проти України.")
    texts = [normalize(f"Війська КНДР помічені в {p} області\n\n{body.format(p=p)}\n\nРедакція сайту приклад завжди з вами")
             for p in places]
    articles = pd.DataFrame({"article_id": [f"a{i}" for i in range(6)], "text": texts,
                             "title": [t.split("\n")[0] for t in texts], "outlet": ["example.ua"] * 6})
    keys = dd.from_pandas(articles, npartitions=6, sort=False).map_partitions(line_keys, meta=line_keys(articles.iloc[:0]))
    across = furniture_keys(keys, n_articles=6, outlet_sizes={"example.ua": 6})
    assert len(across) == 1
    stripped = strip_boilerplate(articles.iloc[:1], across=across)
    assert [r["kind"] for r in stripped.iloc[0]["removed"]] == ["repeated_across_articles"]
    assert "Редакція" not in stripped.iloc[0]["body"]


def test_site_line_titles_are_replaced_on_dask_too(client, tmp_path):
    """A slogan atop three different stories is no title, on either engine (the titles are counted across
    partitions)."""
    slogan = "Закарпаття без цензури — щодня з 2006 року"
    heads = ["Пхеньян визнав участь своїх військ у боях", "Розвідка: загинули сотні військових КНДР",
             "Зеленський показав відео допиту полонених"]
    for i, head in enumerate(heads):
        (tmp_path / f"s{i}.txt").write_text(f"{slogan}\n{head}\nМатеріал {i} про війська КНДР у Курській області.\n",
                                            encoding="utf-8")
    plain, on_dask = _load(tmp_path), _load(tmp_path, engine="dask", npartitions=3)
    assert sorted(plain["title"]) == sorted(heads)
    pd.testing.assert_frame_equal(plain, on_dask)
