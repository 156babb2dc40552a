"""Scoring shared by the whole-article furniture rounds (``test_furniture_round4.py`` … ``test_furniture_roundN.py``).

A labels CSV has ``file, line_no, is_furniture, kind`` for every non-empty line of every article (``line_no`` is
1-based in the file). A line counts as *flagged* when ``load_articles`` removed it: it is (part of) a ``removed``
entry of the paragraph the line ended up in.

``ROUNDS`` is the table of the rounds (folder, labels, languages, the fixture's promised shape, the bars the shared
tests hold each round to); ``test_furniture_rounds.py`` runs the tests every round has, ``test_furniture_roundN.py``
those of round N alone, on ``scored_round(N)`` / ``labels_of(N)`` (scored once per session).
"""
from __future__ import annotations

import csv
import functools
import re
import warnings
from collections import defaultdict
from dataclasses import dataclass, field
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


def mark_recurring(rows: list[dict], n: int = 3) -> list[dict]:
    """Set ``recurs`` on each scored row: the line (digits aside) is printed in ``n`` or more articles of its outlet."""
    seen: dict[tuple[str, str], set] = defaultdict(set)
    key = lambda r: (outlet_of(r["file"]), re.sub(r"\d", "0", r["line"]))  # noqa: E731
    for r in rows:
        seen[key(r)].add(r["file"])
    for r in rows:
        r["recurs"] = len(seen[key(r)]) >= n
    return rows


def assert_bar(rows: list[dict], *, recall: float = 0.9, news_share: float = 0.05, what: object = "") -> None:
    """Recall of the furniture lines in ``rows`` at least ``recall``; news at most ``news_share`` of the flagged."""
    got_recall, got_share, missed, news = scores(rows)
    assert got_recall >= recall, (what, round(got_recall, 3), missed)
    assert got_share <= news_share, (what, round(got_share, 3), news)


def check_fixture(folder: Path, labels: dict, lang_of: dict[str, str], *, min_files: int, min_langs: int,
                  min_outlets: int = 0, min_triples: int = 0, min_singles: int = 0, earlier: tuple[str, ...] = (),
                  lines: tuple[int, int] | None = None, title_first: bool = False, one_title: bool = False) -> None:
    """The shape a blind round promised: every article labelled line by line (``line_no`` of every non-empty line,
    in order), each with furniture and news; enough files, outlets (``min_triples`` with 3 articles of their own
    template, ``min_singles`` with one) and languages; no outlet of the ``earlier`` fixture folders; optionally
    ``lines`` = (fewest, most) labelled lines per article, the title as the first line or exactly one title."""
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert files == sorted(labels) and len(files) >= min_files
    per_outlet: dict[str, int] = defaultdict(int)
    for f in files:
        per_outlet[outlet_of(f)] += 1
    assert len(per_outlet) >= min_outlets
    assert sum(k == 3 for k in per_outlet.values()) >= min_triples
    assert sum(k == 1 for k in per_outlet.values()) >= min_singles
    assert len({lang_of[o] for o in per_outlet}) >= min_langs
    used = {outlet_of(p.name) for d in earlier for p in (folder.parent / d).glob("*.txt")}
    assert not used & set(per_outlet), used & set(per_outlet)
    for file, rows in labels.items():
        text = (folder / file).read_text(encoding="utf-8").split("\n")
        assert [no for no, _, _ in rows] == [i for i, ln in enumerate(text, 1) if ln.strip()], file
        assert any(f for _, f, _ in rows) and any(not f for _, f, _ in rows), file
        if lines:
            assert lines[0] <= len(rows) <= lines[1], file
        if title_first:
            assert rows[0][2] == "title" and not rows[0][1], file  # the title is the first line, and news
        if one_title:
            assert sum(k == "title" for _, _, k in rows) == 1, file


def outlets_unknown_to_the_loader(folder: Path) -> set[str]:
    """The outlets with three articles in ``folder`` whose name the loader cannot read (no domain line, no link)."""
    articles = h.load_articles(folder, cache=False)
    known = {outlet_of(a) for a, o in zip(articles["article_id"], articles["outlet"]) if isinstance(o, str) and o}
    triples = {o for o in map(outlet_of, articles["article_id"]) if (folder / f"{o}_3.txt").exists()}
    return triples - known


DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Round:
    """One blind round: its articles and labels, the language of each outlet (the file name is
    ``<outlet>_<n>.txt``), the keyword arguments of its ``check_fixture``, and what the shared tests ask of it."""

    folder: Path
    labels: Path
    lang: dict[str, str]
    fixture: dict = field(default_factory=dict)
    recurring: bool = True  # lines recurring in an outlet's articles and one-off lines each reach the bar
    lang_recall: float = 0.9  # per language with 3+ articles: recall at least this …
    lang_news_share: float = 0.10  # … and news at most this share of the flagged lines
    titles: bool = False  # every labelled title stays in the body


def _round(name: str, lang: dict[str, str], **kw) -> Round:
    return Round(DATA / name, DATA / f"{name}_labels.csv", lang, **kw)


ROUNDS: dict[int, Round] = {
    4: _round("furniture_articles", dict(
        ukrinform="uk", tsn="uk", meduza="ru", rbc="ru", novayagazeta="ru", guardian="en", reuters="en",
        spiegel="de", tagesschau="de", lemonde="fr", franceinfo="fr", liberation="fr", onet="pl", rp="pl",
        elpais="es", infobae="es", abc="es", corriere="it", ansa="it", repubblica="it", publico="pt", folha="pt",
        observador="pt", hurriyet="tr", aa="tr", ntv="tr", yonhap="ko", nhk="ja", asahi="ja", nikkei="ja",
        bbczh="zh", aljazeera="ar", ynet="he", interpressnews="ka", digi24="ro", idnes="cs", lrt="lt",
        nashaniva="be", tengrinews="kk"),
        fixture=dict(min_files=40, min_outlets=25, min_langs=12, lines=(6, 20), title_first=True), recurring=False),
    5: _round("furniture_articles5", {
        "nos": "nl", "volkskrant": "nl", "svt": "sv", "dn": "sv", "yle": "fi", "hs": "fi", "dr": "da",
        "nrk": "no", "aftenposten": "no", "index": "hu", "telex": "hu", "kathimerini": "el", "dnevnik": "bg",
        "n1": "sr", "jutarnji": "hr", "sme": "sk", "delo": "sl", "vnexpress": "vi", "kompas": "id",
        "detik": "id", "bbchindi": "hi", "aajtak": "hi", "bbcpersian": "fa", "iranintl": "fa", "zn": "uk",
        "nv": "uk", "0462": "uk", "dumskaya": "ru", "sibreal": "ru", "fontanka": "ru", "verstka": "ru",
        "apnews": "en", "nytimes": "en", "lefigaro": "fr", "rtve": "es"},
        fixture=dict(min_files=30, min_outlets=25, min_langs=12, lines=(6, 20), title_first=True,
                     earlier=("furniture_articles",)), recurring=False),
    # wyborcza's slogan "Nie ma wolności bez solidarności" recurs in its 3 articles 4th from the end, before lexicon
    # furniture; it was outside the edge window (the last 3 paragraphs) until lexicon lines stopped counting there.
    6: _round("furniture_articles6", {
        "zaxid": "uk", "kommersant": "ru", "kyivindependent": "en", "faz": "de", "wyborcza": "pl",
        "hotnews": "ro", "lastampa": "it", "sozcu": "tr", "mainichi": "ja", "netgazeti": "ka", "egemen": "kk",
        "lsm": "lv", "vedomosti": "ru", "apa": "az", "postimees": "et", "politico": "en", "lb": "uk", "welt": "de"},
        fixture=dict(min_files=42, min_triples=12, min_singles=6, min_langs=8, lines=(6, 20),
                     earlier=("furniture_articles", "furniture_articles5"))),
    7: _round("furniture_articles7", {
        "hani": "ko", "chosun": "ko", "thairath": "th", "hvg": "hu", "mediapool": "bg", "politika": "sr", "danas": "sr",
        "seznamzpravy": "cs", "eltiempo": "es", "eluniversal": "es", "g1": "pt", "estadao": "pt", "lesoir": "fr",
        "ledevoir": "fr", "kunuz": "uz", "newsam": "hy", "svaboda": "be", "nikvesti": "uk", "ngs": "ru", "adn": "en"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=10, lines=(6, 20), one_title=True,
                     earlier=("furniture_articles", "furniture_articles5", "furniture_articles6"))),
    8: _round("furniture_articles8", {
        "15min": "lt", "7x7": "ru", "aawsat": "ar", "aktuality": "sk", "berlingske": "da", "hk01": "zh",
        "iltalehti": "fi", "jagran": "hi", "kaleva": "fi", "ltn": "zh", "maariv": "he", "naftemporiki": "el",
        "radiofarda": "fa", "rivne1": "uk", "standaard": "nl", "straitstimes": "en", "tempo": "id", "tuoitre": "vi",
        "vecernji": "hr", "walla": "he"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=10,
                     earlier=("furniture_articles", "furniture_articles5", "furniture_articles6",
                              "furniture_articles7"))),
    9: _round("furniture_articles9", {
        "24kanal": "uk", "aftonbladet": "sv", "agentstvo": "ru", "balkanweb": "sq", "belsat": "ru", "bharian": "ms",
        "depo": "uk", "echo": "ru", "espreso": "uk", "galka": "uk", "gazetaua": "uk", "glavred": "uk",
        "interfaxua": "uk", "istories": "ru", "klix": "bs", "lenta": "ru", "liga": "uk", "slobodenpecat": "mk",
        "thebell": "ru", "vchasno": "uk"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=7), lang_recall=0.85),
    10: _round("furniture_articles10", {
        "061": "uk", "adevarul": "ro", "babel": "uk", "censor": "uk", "cumhuriyet": "tr", "currenttime": "ru",
        "fakty": "uk", "hromadske": "uk", "izvestia": "ru", "kp": "ru", "mediazona": "ru", "obozrevatel": "uk",
        "sueddeutsche": "de", "suspilne": "uk", "tass": "ru", "tvn24": "pl", "unian": "uk", "vgolos": "uk",
        "yomiuri": "ja", "znak": "ru"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=7), lang_recall=0.85),
    11: _round("furniture_articles11", {
        "0532": "uk", "elconfidencial": "es", "err": "et", "expresso": "pt", "holod": "ru", "hromadske": "uk",
        "itsmycity": "uk", "mediazona": "ru", "mukachevonet": "uk", "novynarnia": "uk", "ouestfrance": "fr",
        "oxuaz": "az", "rosbalt": "ru", "rtvi": "ru", "strana": "ru", "texty": "uk", "tvrain": "ru", "tyzhden": "uk",
        "vezha": "uk", "vikna": "uk"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=7), titles=True),
    12: _round("furniture_articles12", {
        "20minut": "uk", "bbcrussian": "ru", "cheline": "uk", "dennikn": "sk", "focus": "uk", "gazetaru": "ru",
        "ilpost": "it", "milliyet": "tr", "mk": "ru", "pravda": "uk", "rg": "ru", "ria": "ru", "sankei": "ja",
        "segodnya": "uk", "ukranews": "uk", "unn": "uk", "ura": "ru", "volynnews": "uk", "zaborona": "uk",
        "zeit": "de"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=7), titles=True),
    13: _round("furniture_articles13", {
        "0564": "uk", "20hvylyn": "uk", "24chasa": "bg", "5kanal": "uk", "dailylviv": "uk", "detector": "uk",
        "gordonua": "uk", "inforesist": "uk", "kazinform": "kk", "moscowtimes": "ru", "newtimes": "ru", "ng": "ru",
        "novinky": "cs", "objectiv": "uk", "paperpaper": "ru", "report": "az", "rmf24": "pl", "svpressa": "ru",
        "thepage": "uk", "ura": "ru"},
        fixture=dict(min_files=40, min_triples=10, min_singles=10, min_langs=5), titles=True),
}


@functools.lru_cache(maxsize=None)
def labels_of(n: int) -> dict[str, list[tuple[int, bool, str]]]:
    """Round ``n``'s labels, read once (callers must not change them)."""
    return read_labels(ROUNDS[n].labels)


@functools.lru_cache(maxsize=None)
def scored_round(n: int) -> list[dict]:
    """Round ``n`` through the whole pipeline, each line scored and marked ``recurs``; computed once per session
    (callers must not change the rows). ``mark_recurring`` only adds the ``recurs`` key."""
    r = ROUNDS[n]
    return mark_recurring(score_lines(r.folder, labels_of(n), r.lang))


def write_article(folder: Path, name: str, lines: list[str]) -> None:
    """Write one test article ``name`` into ``folder``, a line per item of ``lines``."""
    (folder / name).write_text("\n".join(lines), encoding="utf-8")


def load_one(folder: Path, lines: list[str]):
    """Write ``lines`` as the one article ``site_1.txt`` of ``folder`` and return its row from ``load_articles``."""
    write_article(folder, "site_1.txt", lines)
    return h.load_articles(folder, cache=False).iloc[0]
