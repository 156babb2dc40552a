"""Scoring shared by the whole-article furniture rounds (``test_furniture_round4.py``, ``test_furniture_round5.py``).

A labels CSV has ``file, line_no, is_furniture, kind`` for every non-empty line of every article (``line_no`` is
1-based in the file). A line counts as *flagged* when ``load_articles`` removed it: it is (part of) a ``removed``
entry of the paragraph the line ended up in.
"""
from __future__ import annotations

import csv
import warnings
from collections import defaultdict
from pathlib import Path

import helpers as h
from analysis.text import split_paragraphs


def outlet_of(file: str) -> str:
    """The outlet part of an article file name ``<outlet>_<n>.txt``."""
    return file.rsplit("_", 1)[0]


def read_labels(path: Path) -> dict[str, list[tuple[int, bool, str]]]:
    """file → [(line_no, is_furniture, kind)] in file order."""
    out: dict[str, list[tuple[int, bool, str]]] = defaultdict(list)
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            out[r["file"]].append((int(r["line_no"]), r["is_furniture"] == "1", r["kind"]))
    return dict(out)


def score_lines(folder: Path, labels: dict, lang_of: dict[str, str]) -> list[dict]:
    """One row per labelled line: file, lang, line, is_furniture, kind, flagged (removed by the pipeline)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = h.load_articles(folder, cache=False)
    rows = []
    for art in articles.itertuples():
        file = f"{art.article_id}.txt"
        lines = [ln for ln in art.text.split("\n") if ln.strip()]
        assert len(lines) == len(labels[file]), file
        paras = split_paragraphs(art.text)
        owner, j, acc = [], 0, None
        for ln in lines:  # which paragraph each line ended up in (a lower-case line joins the one before)
            acc = ln if acc is None else f"{acc} {ln}"
            owner.append(j)
            if acc == paras[j]:
                j, acc = j + 1, None
        assert j == len(paras), file
        removed = defaultdict(list)
        for r in art.removed:
            removed[r["paragraph"]].append(r["text"])
        for (_no, fur, kind), ln, p in zip(labels[file], lines, owner):
            flagged = any(ln == t or ln in t for t in removed.get(p, ()))
            rows.append(dict(file=file, lang=lang_of[outlet_of(file)], line=ln, is_furniture=fur, kind=kind,
                             flagged=flagged))
    return rows


def scores(rows: list[dict]) -> tuple[float, float, list[str], list[str]]:
    """(recall of furniture lines, share of flagged lines that are news, missed lines, news lines flagged)."""
    fur = [r for r in rows if r["is_furniture"]]
    hits = [r for r in rows if r["flagged"]]
    recall = sum(r["flagged"] for r in fur) / len(fur)
    news_share = sum(not r["is_furniture"] for r in hits) / len(hits) if hits else 0.0
    missed = [r["line"] for r in fur if not r["flagged"]]
    news = [r["line"] for r in hits if not r["is_furniture"]]
    return recall, news_share, missed, news


def languages_with(folder: Path, lang_of: dict[str, str], n: int = 3) -> list[str]:
    """The languages that at least ``n`` article files of ``folder`` are written in, sorted."""
    counts: dict[str, int] = defaultdict(int)
    for p in folder.glob("*.txt"):
        counts[lang_of[outlet_of(p.name)]] += 1
    return sorted(lang for lang, k in counts.items() if k >= n)


def lexicon_rates(folder: Path, labels: dict) -> tuple[float, float]:
    """``is_furniture`` on each labelled line alone (no repetition): (recall of furniture, share of news lines flagged)."""
    from analysis.boilerplate import is_furniture
    from analysis.text import normalize

    fur = news = fur_hit = news_hit = 0
    for file, rows in labels.items():
        text = (folder / file).read_text(encoding="utf-8").split("\n")
        for no, is_fur, _ in rows:
            flagged = is_furniture(normalize(text[no - 1])) is not None
            fur += is_fur
            news += not is_fur
            fur_hit += is_fur and flagged
            news_hit += (not is_fur) and flagged
    return fur_hit / fur, news_hit / news
