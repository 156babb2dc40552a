"""Benchmark of the source-overlap stage (analysis.overlap) on generated corpora of 10k and 100k articles.

Usage (from the repository root)::

    .venv/bin/python benchmarks/bench_overlap.py            # 10,000 and 100,000 articles
    .venv/bin/python benchmarks/bench_overlap.py 2000 20000 # other sizes

The corpus is built from the seeds' sentences (data/articles): each generated article is 6–14 seed
sentences, each with ~50% of its words swapped for other seed words (same vocabulary and shape as the
news, but mostly new word sequences, as different articles on one story have), about 15% of them in
Russian (from the Russian seed). Then 1 article in 20 is overwritten by a planted reprint of another one
(whole, a 1–3 paragraph excerpt appended to its own text, or reordered with small edits).

Timed stages, on one pass (what ``find_overlaps(method="index")`` does): ``prepare`` (tokens → stems →
shingle hashes and uk/ru unit bigrams, per article), ``candidates`` (inverted indexes with the df cut-off,
candidate pairs, exact shingle intersections of the candidates), ``score_and_passages`` (thresholds,
cross-lingual sentence alignment of uk×ru candidates, shared passages of the reported pairs). Prints a
table, the 10k → 100k time ratio, and the recall of the planted reprints; writes
``benchmarks/out/bench_overlap.csv``. Nothing here asserts: timings depend on the machine and its load.
"""
from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis import overlap as O  # noqa: E402
from analysis.text import normalize, split_paragraphs  # noqa: E402


def seed_sentences() -> tuple[list[str], list[str]]:
    """Sentences of the Ukrainian seeds and of the Russian seed (six words or more)."""
    uk, ru = [], []
    for path in sorted((ROOT / "data" / "articles").glob("*.txt")):
        text = normalize(path.read_text(encoding="utf-8"))
        target = ru if O._guess_lang(text) == "ru" else uk
        for para in split_paragraphs(text):
            target.extend(s.strip() for s in para.split(". ") if len(s.split()) >= 6)
    return uk, ru


def generate(n: int, seed: int = 0) -> tuple[pd.DataFrame, set[frozenset]]:
    """``n`` articles (``article_id``, ``body``, ``lang``) and the set of planted reprint pairs."""
    rng = random.Random(seed)
    uk, ru = seed_sentences()
    vocab = {"uk": sorted({w for s in uk for w in s.split()}), "ru": sorted({w for s in ru for w in s.split()})}
    pools = {"uk": uk, "ru": ru}

    def article(lang: str) -> str:
        sents = []
        for _ in range(rng.randint(6, 14)):
            words = rng.choice(pools[lang]).split()
            sents.append(" ".join(rng.choice(vocab[lang]) if rng.random() < 0.5 else w for w in words) + ".")
        # 2 sentences per paragraph
        return "\n".join(" ".join(sents[k:k + 2]) for k in range(0, len(sents), 2))

    langs = ["ru" if rng.random() < 0.15 else "uk" for _ in range(n)]
    bodies = [article(lang) for lang in langs]
    planted: set[frozenset] = set()
    targets = rng.sample(range(n), n // 20)
    taken = set(targets)
    for k, dst in enumerate(targets):
        kind = k % 3
        src = rng.randrange(n)
        # an excerpt goes into an article of the same language (a reprint takes the source's language)
        while src in taken or src == dst or (kind == 1 and langs[src] != langs[dst]):
            src = rng.randrange(n)
        paras = bodies[src].split("\n")
        if kind == 0:
            bodies[dst] = bodies[src]
        elif kind == 1:
            i = rng.randrange(len(paras))
            bodies[dst] = bodies[dst] + "\n" + "\n".join(paras[i:i + rng.randint(1, 3)])
        else:
            bodies[dst] = "\n".join(p.replace(" і ", " та ").replace(" и ", " да ") for p in paras[::-1])
        langs[dst] = langs[src]
        planted.add(frozenset((f"a{src:06d}", f"a{dst:06d}")))
    df = pd.DataFrame({"article_id": [f"a{k:06d}" for k in range(n)], "body": bodies, "lang": langs})
    return df, planted


def run(n: int) -> dict:
    df, planted = generate(n)
    row: dict = {"n_articles": n, "n_chars_mean": round(df["body"].str.len().mean())}
    t0 = time.perf_counter()
    corpus = O._prepare(df, "body")                      # tokens, stems, shingles, uk/ru bigrams
    row["prepare_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    pairs = O._index_pairs(corpus, O.MAX_DF)             # inverted index → candidates → exact intersections
    row["candidates_s"] = time.perf_counter() - t0
    row["n_mono_candidates"], row["n_xl_candidates"] = len(pairs[0]), len(pairs[1])
    t0 = time.perf_counter()
    out = O._score_pairs(corpus, pairs, O.OVERLAP_THRESHOLD, O.CROSS_LINGUAL_THRESHOLD, True)
    row["score_and_passages_s"] = time.perf_counter() - t0
    row["total_s"] = row["prepare_s"] + row["candidates_s"] + row["score_and_passages_s"]
    row["articles_per_s"] = n / row["total_s"]
    found = {frozenset((a, b)) for a, b in zip(out["article_a"], out["article_b"])}
    row["n_pairs"] = len(out)
    row["n_planted"] = len(planted)
    row["planted_recall"] = len(found & planted) / len(planted) if planted else float("nan")
    return row


def main(sizes: list[int]) -> pd.DataFrame:
    rows = []
    for n in sizes:
        print(f"generating and timing {n:,} articles ...", flush=True)
        rows.append(run(n))
        print(pd.DataFrame([rows[-1]]).round(3).to_string(index=False), flush=True)
    table = pd.DataFrame(rows)
    print()
    print(table.round(3).to_string(index=False))
    if len(table) >= 2:
        a, b = table.iloc[0], table.iloc[-1]
        print(f"\n{int(a.n_articles):,} → {int(b.n_articles):,} articles "
              f"(×{b.n_articles / a.n_articles:.0f}): total time ×{b.total_s / a.total_s:.1f}, "
              f"prepare + candidates ×{(b.prepare_s + b.candidates_s) / (a.prepare_s + a.candidates_s):.1f}")
    out = ROOT / "benchmarks" / "out"
    out.mkdir(parents=True, exist_ok=True)
    table.to_csv(out / "bench_overlap.csv", index=False)
    return table


if __name__ == "__main__":
    main([int(x) for x in sys.argv[1:]] or [10_000, 100_000])
