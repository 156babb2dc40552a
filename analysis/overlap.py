"""Source overlap: which articles share text (reprints, agency copy, a quote that travelled), also across uk ↔ ru.

Method, monolingual (both articles in the same language, or language unknown)
-------------------------------------------------------------------------------
* Tokens are ``analysis.text.tokenize`` tokens of the column (``body`` by default: boilerplate already
  removed, so a shared footer is not overlap). Each token is cut to a **stem** of its first
  ``OVERLAP_STEM_LEN`` (5) letters, so case endings and prefix-stable edits ("направлені"/"направлено") still match;
  the stem is hashed with a *stable* hash (blake2b, 8 bytes), never Python's salted ``hash()``.
* **Shingles** are word ``SHINGLE_N``-grams (4) of stems, combined into one 64-bit hash with NumPy.
* **Score = containment** of the two sets of shingles, ``|A ∩ B| / min(|A|, |B|)``: 1.0 when the shorter
  article is wholly inside the longer one, and a single shared paragraph in two otherwise different
  articles still scores its share of the *shorter* article (Jaccard would divide by the union and drown a
  shared paragraph in a long article). A pair is listed when ``score >= threshold`` **and** the two share
  at least ``OVERLAP_MIN_SHARED`` (10) shingles — about one whole sentence — so two texts do not pair on one
  stock phrase.
* ``method="exact"`` intersects every pair of shingle sets. ``method="index"`` (passim-style) builds an
  inverted index shingle → articles, drops shingles found in more than ``max_df`` articles (formulae,
  boilerplate that survived stripping), takes as candidates the pairs sharing at least ``OVERLAP_MIN_SHARED``
  indexed shingles, then scores each candidate on its full shingle sets, exactly as ``exact`` does. The two
  agree unless a pair's shared text consists only of shingles more frequent than ``max_df``.

Method, cross-lingual (one article Ukrainian, the other Russian)
----------------------------------------------------------------
Both texts go to a common **consonant skeleton**: ``analysis.text.skeleton`` (і ї ы й→и, є э ё→е, ґ→г,
ъ ь ' dropped), then vowels dropped, doubled letters collapsed, a Ukrainian past-tense final -в read as
Russian -л (in Ukrainian text only), a few function words without a cognate ("що"/"что", "також"...)
dropped, and the first ``XL_STEM_LEN`` (4) consonants kept: "підтвердив"/"подтвердил" → "пдтв",
"Курській"/"Курской" → "крск", "Росії"/"России" → "рс". Numbers and Latin-script words are kept as they are
(they survive translation). Units with fewer than two letters are dropped. Sentences are aligned one-to-one
when their unit sequences match **in order** (``difflib`` matching blocks) for at least ``XL_SENT_SIM`` (0.4)
of the shorter sentence and at least ``XL_MIN_UNITS`` units. **Score = share of the shorter article's
sentences that align.** Same-topic articles share names and vocabulary but rarely whole sentences in the
same order, which is what keeps precision; these pairs are flagged ``cross_lingual`` and have their own
threshold. Sentence alignment is tried only for pairs sharing at least ``XL_MIN_SHARED`` consonant-unit
bigrams making at least ``XL_MIN_CONTAINMENT`` of the shorter article's bigrams (both methods); the index
finds those pairs from an inverted index of the bigrams.
"""
from __future__ import annotations

import difflib
import functools
import hashlib
import re
import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from analysis.text import normalize, progress, skeleton

__all__ = [
    "find_overlaps",
    "shared_passages",
    "similarity_matrix",
    "attribution",
    "OVERLAP_COLUMNS",
    "PASSAGE_COLUMNS",
    "OVERLAP_THRESHOLD",
    "CROSS_LINGUAL_THRESHOLD",
    "SHINGLE_N",
    "OVERLAP_STEM_LEN",
    "OVERLAP_MIN_SHARED",
]

#: Word n-gram length of a shingle.
SHINGLE_N = 4
#: Letters a token is cut to before hashing (light stemming).
OVERLAP_STEM_LEN = 5
#: Minimum number of shared shingles for a monolingual pair (and for an index candidate): 10 shared 4-grams
#: are about one whole shared sentence (13+ words), not a stock clause. Chosen on the generated 10k corpus:
#: with 5, 25,566 of 26,779 pairs found were not planted (mostly stock clauses such as "Северная Корея уже
#: передала России более 20 000 контейнеров…" under different attributions; some outlet footers that survived
#: stripping); with 8 / 10 / 12 / 15: 10,713 / 7,435 / 6,538 / 4,334, planted-pair recall unchanged (0.979) at
#: each (every planted reprint shares 16+ shingles). The seeds' Rutte pair (000/001) shares 18.
OVERLAP_MIN_SHARED = 10
#: Default containment a monolingual pair must reach to be listed.
OVERLAP_THRESHOLD = 0.05
#: Default share of aligned sentences a uk ↔ ru pair must reach to be listed.
CROSS_LINGUAL_THRESHOLD = 0.3
#: Columns of ``find_overlaps``.
OVERLAP_COLUMNS = [
    "article_a", "article_b", "score", "shared_chars", "n_passages",
    "lang_a", "lang_b", "cross_lingual", "earlier", "later",
]
#: Columns of ``shared_passages``.
PASSAGE_COLUMNS = [
    "text_a", "text_b", "start_a", "start_b", "end_a", "end_b", "n_sentences", "similarity",
]

# Cross-lingual knobs (documented in the module docstring).
XL_STEM_LEN = 4
XL_SENT_SIM = 0.4
XL_MIN_UNITS = 4
XL_MIN_SHARED = 3          # shared unit bigrams for a cross-lingual candidate ...
XL_MIN_CONTAINMENT = 0.1   # ... and their share of the shorter article's bigrams (cheap prefilter)
# Sentence alignment for passages (same language).
SENT_SIM = 0.6
SENT_MIN_UNITS = 4
# "auto" uses the exact all-pairs path up to this many articles.
AUTO_EXACT_MAX = 300
MAX_DF = 100


def find_overlaps(
    articles: pd.DataFrame,
    *,
    column: str = "body",
    threshold: float = OVERLAP_THRESHOLD,
    cross_lingual_threshold: float = CROSS_LINGUAL_THRESHOLD,
    method: str = "auto",
    max_df: int = MAX_DF,
    passages: bool = True,
) -> pd.DataFrame:
    """One row per pair of articles that share text; columns ``OVERLAP_COLUMNS``, best score first.

    ``score`` is shingle containment for same-language pairs and the share of aligned sentences for
    uk ↔ ru pairs (``cross_lingual`` True); see the module docstring. ``shared_chars`` and ``n_passages``
    come from the sentence alignment of ``shared_passages`` (characters of ``article_a``'s aligned text);
    ``passages=False`` skips that step (both <NA>) for speed. ``earlier``/``later`` are article ids ordered by
    ``published`` when both dates are known and differ, else <NA>.

    Needs ``article_id`` and ``column`` (falls back to ``text`` with a warning when ``column`` is missing);
    uses ``lang`` and ``published`` when present (language is guessed from the alphabet otherwise).
    ``method``: ``"exact"`` (all pairs), ``"index"`` (inverted index, sub-quadratic), ``"auto"`` (exact up to
    ``AUTO_EXACT_MAX`` articles).
    """
    if method not in {"auto", "exact", "index"}:
        raise ValueError(f"method must be 'auto', 'exact' or 'index', not {method!r}")
    column = _column(articles, column)
    if method == "auto":
        method = "exact" if len(articles) <= AUTO_EXACT_MAX else "index"
    # The index method needs the cross-lingual keys only after the shingles are done with (lower peak memory).
    corpus = _prepare(articles, column, xl_keys=method == "exact")
    pairs = _exact_pairs(corpus) if method == "exact" else _index_pairs(corpus, max_df)
    return _score_pairs(corpus, pairs, threshold, cross_lingual_threshold, passages)


def shared_passages(articles: pd.DataFrame, a: str, b: str, *, column: str = "body") -> pd.DataFrame:
    """The aligned shared passages of articles ``a`` and ``b`` (ids), for showing side by side.

    Sentences are aligned one-to-one by the order-preserving match of their stems (``difflib`` on stem
    sequences; consonant-skeleton units when one article is Ukrainian and the other Russian), so a quote
    re-rendered with a synonym or a changed ending still aligns; runs of consecutive aligned sentences
    merge into one passage. Columns ``PASSAGE_COLUMNS``: the passage text in each article, its character
    offsets in the column's text (``start``/``end``), the number of aligned sentence pairs and the mean
    sentence similarity (0..1). Empty frame when nothing aligns.
    """
    column = _column(articles, column)
    ids = articles["article_id"].astype(str).tolist()
    missing = [x for x in (a, b) if x not in ids]
    if missing:
        raise KeyError(f"article id(s) not in the frame: {missing}")
    sub = articles.iloc[[ids.index(a), ids.index(b)]]
    corpus = _prepare(sub, column, shingles=False)
    return _passages(corpus, 0, 1)


def similarity_matrix(articles: pd.DataFrame, column: str = "body", *, max_articles: int | None = None,
                      pairs: pd.DataFrame | None = None) -> pd.DataFrame:
    """Square DataFrame (index and columns = ``article_id``) of pairwise scores, 1.0 on the diagonal.

    Same scores as ``find_overlaps`` (containment for same-language pairs, aligned-sentence share for
    uk ↔ ru pairs), for every pair, without thresholds: meant for a heatmap. All pairs cost n²/2, so with
    ``max_articles`` a larger corpus is first cut to the ``max_articles`` articles with the highest score
    in ``pairs`` (a ``find_overlaps`` table; computed when not given), ties and articles without a pair in
    corpus order.
    """
    if max_articles is not None and len(articles) > max_articles:
        if pairs is None:
            pairs = find_overlaps(articles, column=column)
        best = pd.concat([pairs[["article_a", "score"]].set_axis(["article_id", "score"], axis=1),
                          pairs[["article_b", "score"]].set_axis(["article_id", "score"], axis=1)])
        best = best.groupby("article_id")["score"].max()
        ids = articles["article_id"].astype(str)
        rank = pd.DataFrame({"score": ids.map(best).fillna(-1.0).to_numpy(), "pos": np.arange(len(ids))})
        keep = rank.sort_values(["score", "pos"], ascending=[False, True], kind="stable")["pos"][:max_articles]
        articles = articles.iloc[np.sort(keep.to_numpy())]
    column = _column(articles, column)
    corpus = _prepare(articles, column)
    n = len(corpus.ids)
    m = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            if corpus.is_xl(i, j):
                s = _xl_score(corpus, i, j)
            else:
                denom = min(len(corpus.shingles[i]), len(corpus.shingles[j]))
                s = (np.intersect1d(corpus.shingles[i], corpus.shingles[j], assume_unique=True).size / denom
                     if denom else 0.0)
            m[i, j] = m[j, i] = s
    return pd.DataFrame(m, index=pd.Index(corpus.ids, name="article_id"), columns=corpus.ids)


def attribution(articles: pd.DataFrame) -> pd.DataFrame:
    """Who cites whom: ``outlet, cited, n_articles`` from the ``cites`` column (list of names per article).

    ``outlet`` is the article's outlet, or ``"unknown outlet (<article_id>)"`` when it is missing. Names are
    kept as written (stripped); an article citing a name twice counts once. Sorted by ``n_articles``
    (descending), then names. Empty frame when there is no ``cites`` column or nothing is cited.
    """
    cols = ["outlet", "cited", "n_articles"]
    if "cites" not in articles.columns or articles.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c == "n_articles" else "str") for c in cols})
    outlets = (articles["outlet"] if "outlet" in articles.columns
               else pd.Series(pd.NA, index=articles.index, dtype="str"))
    rows = []
    for aid, outlet, cites in zip(articles["article_id"].astype(str), outlets, articles["cites"]):
        name = outlet if isinstance(outlet, str) and outlet.strip() else f"unknown outlet ({aid})"
        if cites is None or (not isinstance(cites, (list, tuple, np.ndarray)) and pd.isna(cites)):
            continue
        if isinstance(cites, str):
            cites = [cites]
        for cited in {str(c).strip() for c in cites if isinstance(c, str) and c.strip()}:
            rows.append((name.strip(), cited, aid))
    if not rows:
        return attribution(articles.iloc[0:0])
    df = pd.DataFrame(rows, columns=["outlet", "cited", "article_id"])
    out = (df.groupby(["outlet", "cited"], sort=False)["article_id"].nunique()
           .rename("n_articles").reset_index())
    out = out.sort_values(["n_articles", "outlet", "cited"], ascending=[False, True, True], kind="stable")
    return out.reset_index(drop=True).astype({"outlet": "str", "cited": "str", "n_articles": "int64"})


# --- private: preparing the corpus -----------------------------------------------------------------

_KEEP = set(b"'-")
# ASCII punctuation → space; bytes >= 128 (UTF-8 of Cyrillic etc.), letters, digits, ' and - kept.
_BYTE_TABLE = bytes(c if (c >= 128 or chr(c).isalnum() or c in _KEEP) else 32 for c in range(256))
# Non-word characters at the edges of a token (non-ASCII punctuation the byte table keeps: … № • ...).
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SENT_END = re.compile(r"(?<=[.!?…])[\"')\]]*\s+")
_VOWELS = str.maketrans("", "", "аеиоуяю")
_DOUBLE = re.compile(r"(.)\1+")
_LATIN = re.compile(r"^[a-z]+$")
_CYR = re.compile(r"[а-яіїєґёъыэ]")
# Function words with no cognate unit in the other language (dropped before cross-lingual matching).
_XL_STOP = frozenset(
    "что чтобы щоб який яка яке які якого якій яку который которая которое которые которых которым "
    "это этот эта эти этого этом цей ця це ці цього також также уже вже еще ещё ще как як так "
    "и і й та а но але или або".split())
# Characters ``normalize`` would change (odd spaces, quotes, apostrophes, dashes, CR, combining marks):
# text without any is taken as already normal (the loader's columns are), which saves ~2 ms an article.
_NOT_NORMAL = re.compile("[\r\t\u00a0\u00ad\u00ab\u00bb\u00b4`\u02b9\u02bc\u0300-\u036f\u1680"
                         "\u2000-\u2013\u2015\u2018-\u201f\u2028-\u202f\u2032\u2033\u205f\u2060\u2212"
                         "\u3000\ufeff]")
_P = np.uint64(0x9E3779B97F4A7C15)


class _StemHash(dict):
    """token (bytes) → stable 64-bit hash of its stem; 0 for tokens without a letter or digit."""

    def __missing__(self, tok: bytes) -> int:
        stem = _clean(tok)[:OVERLAP_STEM_LEN]
        value = int.from_bytes(hashlib.blake2b(stem.encode(), digest_size=8).digest(), "little") if stem else 0
        self[tok] = value
        return value


class _XlHash(dict):
    """token (bytes) → stable 64-bit hash of its cross-lingual unit; 0 when the token has none."""

    def __init__(self, lang: str):
        super().__init__()
        self.lang = lang

    def __missing__(self, tok: bytes) -> int:
        unit = _xl_unit(_clean(tok), self.lang)
        value = int.from_bytes(hashlib.blake2b(unit.encode(), digest_size=8).digest(), "little") if unit else 0
        self[tok] = value
        return value


@dataclass
class _Corpus:
    ids: list[str]
    texts: _Texts
    langs: list[str]
    published: list
    shingles: list[np.ndarray] = field(default_factory=list)
    sizes: np.ndarray | None = None   # shingles per article, kept when the shingle sets are let go
    _sent: dict = field(default_factory=dict)

    def is_xl(self, i: int, j: int) -> bool:
        return {self.langs[i], self.langs[j]} == {"uk", "ru"}

    def sentences(self, i: int) -> list[tuple[int, int, str]]:
        if i not in self._sent:
            self._sent[i] = _sentences(self.texts[i])
        return self._sent[i]


def _column(articles: pd.DataFrame, column: str) -> str:
    if "article_id" not in articles.columns:
        raise KeyError("the articles frame needs an 'article_id' column")
    if column in articles.columns:
        return column
    if "text" in articles.columns:
        warnings.warn(f"column {column!r} not in the articles frame; comparing full 'text' instead "
                      "(boilerplate not removed, shared furniture may show as overlap)", stacklevel=3)
        return "text"
    raise KeyError(f"the articles frame has neither {column!r} nor 'text'")


class _Texts:
    """The texts of a column, read one at a time (normalised when they need it), not copied into a list:
    at 100,000 articles a list of every body as Python strings is another 400+ MB."""

    def __init__(self, column: pd.Series):
        self._col = column.reset_index(drop=True)

    def __len__(self) -> int:
        return len(self._col)

    def __getitem__(self, i: int) -> str:
        t = self._col.iat[i]
        if not isinstance(t, str):
            return ""
        return normalize(t) if _needs_normalize(t) else t

    def __iter__(self):
        for i in range(len(self._col)):
            yield self[i]


def _prepare(articles: pd.DataFrame, column: str, *, shingles: bool = True, xl_keys: bool = True) -> _Corpus:
    texts = _Texts(articles[column])
    if "lang" in articles.columns:
        langs = [x if isinstance(x, str) and x else _guess_lang(texts[i]) for i, x in enumerate(articles["lang"].tolist())]
    else:
        langs = [_guess_lang(t) for t in texts]
    published = (articles["published"].tolist() if "published" in articles.columns else [pd.NaT] * len(texts))
    corpus = _Corpus(articles["article_id"].astype(str).tolist(), texts, langs, published)
    if shingles and xl_keys:
        corpus.shingles, xl = _shingle_sets(texts, langs)
        corpus._sent.update({("xlkeys", k): v for k, v in xl.items()})
    elif shingles:  # the cross-lingual keys come later, from _cached_xl_keys (the same values)
        corpus.shingles = _shingle_sets(texts)
    return corpus


def _needs_normalize(text: str) -> bool:
    """True when ``normalize`` could change ``text`` (cheap checks; ``normalize`` itself costs ~2 ms)."""
    return bool(
        _NOT_NORMAL.search(text) or "  " in text or " \n" in text or "\n " in text or "\n\n\n" in text
        or " - " in text or text[:1].isspace() or text[-1:].isspace() or text.startswith("- ")
    )


def _guess_lang(text: str) -> str:
    uk = len(re.findall("[іїєґІЇЄҐ]", text))
    ru = len(re.findall("[ыэъёЫЭЪЁ]", text))
    if uk > 2 * ru + 2:
        return "uk"
    if ru > 2 * uk + 2:
        return "ru"
    return "und"


def _tokens(text: str) -> list[bytes]:
    """Raw tokens of normalised text as UTF-8 bytes; ``_clean`` of each gives the ``tokenize`` token.

    A fast path (bytes.translate + split) that does not re-normalise: the ``text``/``body`` columns are
    already in normal form. A test checks it against ``analysis.text.tokenize`` on the seeds.
    """
    return text.casefold().replace("\u2014", " ").replace("\u2026", " ").encode().translate(_BYTE_TABLE).split()


def _clean(tok: bytes) -> str:
    """A raw token without non-word characters at its edges ("" when nothing is left)."""
    return _EDGES.sub("", tok.decode("utf-8", "ignore"))


def _shingle_sets(texts: list[str], langs: list[str] | None = None):
    """Sorted unique uint64 shingle hashes per text; with ``langs``, also the cross-lingual unit-bigram
    hashes of the uk/ru texts (same token pass), as ``(shingles, {index: bigrams})``."""
    stem_cache = _StemHash()
    xl_caches = {lang: _XlHash(lang) for lang in ("uk", "ru")}
    out, xl_keys = [], {}
    for k, text in enumerate(_bar(texts, "overlap: shingles")):
        toks = _tokens(text)
        out.append(_ngram_hashes(np.fromiter(map(stem_cache.__getitem__, toks), np.uint64), SHINGLE_N))
        if langs is not None and langs[k] in xl_caches:
            xl_keys[k] = _ngram_hashes(np.fromiter(map(xl_caches[langs[k]].__getitem__, toks), np.uint64), 2)
    return (out, xl_keys) if langs is not None else out


def _ngram_hashes(a: np.ndarray, n: int) -> np.ndarray:
    """Sorted unique hashes of the n-grams of the non-zero hashes in ``a`` (NumPy; wraps mod 2**64)."""
    a = a[a != 0]
    if a.size < n:
        return np.empty(0, np.uint64)
    h = a[: a.size - n + 1].copy()
    for k in range(1, n):
        h = h * _P + a[k: a.size - n + 1 + k]
    return np.unique(h)


def _score_pairs(corpus, pairs, threshold: float, cross_lingual_threshold: float, passages: bool) -> pd.DataFrame:
    """Score verified candidate pairs, apply the thresholds, and build the ``find_overlaps`` frame."""
    mono, xl = pairs
    rows = []
    for i, j, inter in mono:
        denom = (min(int(corpus.sizes[i]), int(corpus.sizes[j])) if corpus.sizes is not None
                 else min(len(corpus.shingles[i]), len(corpus.shingles[j])))
        score = inter / denom if denom else 0.0
        if inter >= OVERLAP_MIN_SHARED and score >= threshold:
            rows.append((i, j, score, False))
    for i, j in xl:
        score = _xl_score(corpus, i, j)
        if score >= cross_lingual_threshold and score > 0:
            rows.append((i, j, score, True))
    return _pairs_frame(corpus, rows, passages)


# --- private: pairs ------------------------------------------------------------------------------

def _exact_pairs(corpus: _Corpus):
    n = len(corpus.ids)
    mono, xl = [], []
    for i in range(n):
        for j in range(i + 1, n):
            if corpus.is_xl(i, j):
                if _xl_candidate(corpus, i, j):
                    xl.append((i, j))
                continue
            if corpus.shingles[i].size and corpus.shingles[j].size:
                inter = np.intersect1d(corpus.shingles[i], corpus.shingles[j], assume_unique=True).size
                if inter:
                    mono.append((i, j, inter))
    return mono, xl


def _index_pairs(corpus: _Corpus, max_df: int):
    mono = []
    cand = _candidates(corpus.shingles, max_df, OVERLAP_MIN_SHARED)
    for i, j in cand:
        if corpus.is_xl(i, j):
            continue
        inter = np.intersect1d(corpus.shingles[i], corpus.shingles[j], assume_unique=True).size
        mono.append((i, j, inter))
    # Scoring needs only the sizes from here on: let the shingle sets go before the cross-lingual keys come.
    corpus.sizes = np.fromiter((s.size for s in corpus.shingles), np.int64, len(corpus.shingles))
    corpus.shingles = []
    xl_docs = [k for k, lang in enumerate(corpus.langs) if lang in ("uk", "ru")]
    xl = []
    if xl_docs:
        keys = [_cached_xl_keys(corpus, k) for k in _bar(xl_docs, "overlap: uk-ru keys")]
        side = np.array([corpus.langs[k] == "uk" for k in xl_docs])
        for a, b in _candidates(keys, max_df, XL_MIN_SHARED, side):
            i, j = xl_docs[a], xl_docs[b]
            if corpus.is_xl(i, j) and _xl_candidate(corpus, i, j):
                xl.append((i, j))
        del keys
        for k in xl_docs:  # alignment needs sentences, not these keys
            corpus._sent.pop(("xlkeys", k), None)
    return mono, xl


def _candidates(sets: list[np.ndarray], max_df: int, min_shared: int,
                side: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Pairs (i < j) sharing at least ``min_shared`` keys whose document frequency is 2..max_df.

    With ``side`` (a boolean per set), only pairs with ``side[i] != side[j]`` are counted (uk × ru), and
    keys found on one side only are dropped before any pair is made. Pair counts are merged in chunks,
    so memory stays bounded by the number of distinct pairs, not by key occurrences. The keys are taken
    in ``_KEY_BUCKETS`` ranges of their top bits (each set is sorted, so a range is a slice of it): the
    concatenated, sorted keys of one range at a time, not of the whole corpus, are in memory.
    """
    n = len(sets)
    if n < 2:
        return []
    lens = np.fromiter((s.size for s in sets), np.int64, n)
    if lens.sum() == 0:
        return []
    bounds = (np.arange(1, _KEY_BUCKETS, dtype=np.uint64) << np.uint64(64 - _KEY_BUCKET_BITS))
    cuts = np.stack([np.r_[0, np.searchsorted(s, bounds), s.size] for s in sets])  # (n, buckets + 1)
    codes: list[np.ndarray] = []
    pending = 0
    acc_codes = np.empty(0, np.int64)   # sorted, unique pair codes seen so far ...
    acc_counts = np.empty(0, np.int32)  # ... and how many keys each pair shares

    def merge():
        # Sorted merge of the pending codes into the accumulator: about 3 arrays of its size at a time
        # (np.unique with an inverse and float weights, the first version, took ~6 and dominated peak memory).
        nonlocal acc_codes, acc_counts, codes, pending
        if not codes:
            return
        p = np.concatenate(codes)
        codes, pending = [], 0
        p.sort()
        starts = np.flatnonzero(np.r_[True, p[1:] != p[:-1]])
        counts = np.diff(np.r_[starts, p.size]).astype(np.int32)
        p = p[starts]
        del starts
        at = np.searchsorted(acc_codes, p)
        hit = at < acc_codes.size
        hit[hit] = acc_codes[at[hit]] == p[hit]
        acc_counts[at[hit]] += counts[hit]  # unique positions: both sides are unique
        new = ~hit
        acc_codes = np.insert(acc_codes, at[new], p[new])
        acc_counts = np.insert(acc_counts, at[new], counts[new])

    for b in range(_KEY_BUCKETS):
        blens = cuts[:, b + 1] - cuts[:, b]
        if blens.sum() == 0:
            continue
        keys = np.concatenate([s[cuts[k, b]:cuts[k, b + 1]] for k, s in enumerate(sets) if blens[k]])
        docs = np.repeat(np.arange(n, dtype=np.int64), blens)
        order = np.argsort(keys, kind="stable")          # stable: docs ascending inside a key
        keys, docs = keys[order], docs[order]
        del order
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        sizes = np.diff(np.r_[starts, keys.size])
        del keys
        useful = (sizes >= 2) & (sizes <= max_df)
        if side is not None:
            n_true = np.add.reduceat(side[docs].astype(np.int64), starts)
            useful &= (n_true > 0) & (n_true < sizes)
        for s in np.unique(sizes[useful]):
            st = starts[useful & (sizes == s)]
            iu, ju = np.triu_indices(int(s), 1)
            for chunk in range(0, st.size, max(1, 2_000_000 // iu.size)):
                block = docs[st[chunk:chunk + max(1, 2_000_000 // iu.size), None] + np.arange(s)]
                a, b_ = block[:, iu].ravel(), block[:, ju].ravel()   # a < b_: docs ascending in a group
                if side is not None:
                    keep = side[a] != side[b_]
                    a, b_ = a[keep], b_[keep]
                codes.append(a * n + b_)
                pending += a.size
                if pending > _MERGE_EVERY:
                    merge()
        del docs, starts, sizes, useful
    merge()
    keep = acc_codes[acc_counts >= min_shared]
    return [(int(c // n), int(c % n)) for c in keep]


#: Pair codes ``_candidates`` collects before merging them into its counts (memory vs. merge passes).
_MERGE_EVERY = 10_000_000

#: Key ranges ``_candidates`` works through one at a time (a power of two; more = less memory, a little slower).
_KEY_BUCKET_BITS = 3
_KEY_BUCKETS = 1 << _KEY_BUCKET_BITS


def _bar(items, desc: str):
    """``items`` with a tqdm bar when there are many (5,000+) and ``NEWS_BUNDLE_PROGRESS`` is not "0"."""
    return progress(items, desc=desc, enabled=len(items) >= 5000)


# --- private: sentences, units, alignment --------------------------------------------------------

def _sentences(text: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of sentences; a line or sentence starting lower-case joins the previous one."""
    spans: list[list[int]] = []
    pos = 0
    for line in text.split("\n"):
        lstart = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        cuts = [lstart] + [lstart + m.end() for m in _SENT_END.finditer(line)] + [lstart + len(line)]
        for s, e in zip(cuts, cuts[1:]):
            seg = text[s:e].strip()
            if not seg:
                continue
            s = s + (len(text[s:e]) - len(text[s:e].lstrip()))
            e = s + len(seg)
            first = seg.lstrip("\"'(—- ")[:1]
            if spans and first and first.islower():
                spans[-1][1] = e
            else:
                spans.append([s, e])
    return [(s, e, text[s:e].replace("\n", " ")) for s, e in spans]


def _mono_units(sentence: str) -> list[str]:
    return [u for u in map(_stem_of, _tokens(sentence)) if u]


@functools.lru_cache(maxsize=200_000)
def _stem_of(tok: bytes) -> str:
    return _clean(tok)[:OVERLAP_STEM_LEN]


def _xl_unit(tok: str, lang: str) -> str:
    tok = tok.strip("'-")
    if not tok or tok in _XL_STOP:
        return ""
    if any(ch.isdigit() for ch in tok):
        return "".join(ch for ch in tok if ch.isdigit())
    if _LATIN.match(tok):
        return tok if len(tok) >= 2 else ""
    sk = skeleton(tok).replace("-", "")
    if lang == "uk" and len(sk) >= 5 and sk[-1] == "в" and sk[-2] in "аеиоуяю":
        sk = sk[:-1] + "л"                     # Ukrainian past tense -в ↔ Russian -л
    cons = _DOUBLE.sub(r"\1", sk.translate(_VOWELS))
    return cons[:XL_STEM_LEN] if len(cons) >= 2 else ""


def _xl_units(sentence: str, lang: str) -> list[str]:
    out = []
    for tok in _tokens(sentence):
        u = _xl_unit(_clean(tok), lang)
        if u:
            out.append(u)
    return out


def _xl_keys(corpus: _Corpus, i: int) -> np.ndarray:
    """Sorted unique hashes of consecutive cross-lingual unit pairs (bigrams) of article ``i``."""
    lang = corpus.langs[i]
    cache = corpus._sent.get(("xlcache", lang))
    if cache is None:
        cache = corpus._sent[("xlcache", lang)] = _XlHash(lang)
    return _ngram_hashes(np.fromiter(map(cache.__getitem__, _tokens(corpus.texts[i])), np.uint64), 2)


def _xl_candidate(corpus: _Corpus, i: int, j: int) -> bool:
    """Enough shared unit bigrams (count and share of the shorter article) to try sentence alignment."""
    ki, kj = _cached_xl_keys(corpus, i), _cached_xl_keys(corpus, j)
    shared = np.intersect1d(ki, kj, assume_unique=True).size
    short = min(ki.size, kj.size)
    return shared >= XL_MIN_SHARED and short > 0 and shared / short >= XL_MIN_CONTAINMENT


def _cached_xl_keys(corpus: _Corpus, i: int) -> np.ndarray:
    key = ("xlkeys", i)
    if key not in corpus._sent:
        corpus._sent[key] = _xl_keys(corpus, i)
    return corpus._sent[key]


def _align(units_a: list[list[str]], units_b: list[list[str]], min_sim: float, min_units: int):
    """Greedy one-to-one sentence alignment: [(i, j, sim)] sorted by i."""
    sets_b = [set(u) for u in units_b]
    scored = []
    for i, ua in enumerate(units_a):
        if len(ua) < min_units:
            continue
        sa = set(ua)
        for j, ub in enumerate(units_b):
            if len(ub) < min_units:
                continue
            short = min(len(ua), len(ub))
            if len(sa & sets_b[j]) < max(min_units, min_sim * short):
                continue                                   # cannot reach the bar: skip difflib
            sm = difflib.SequenceMatcher(None, ua, ub, autojunk=False)
            matched = sum(blk.size for blk in sm.get_matching_blocks())
            sim = matched / short
            if matched >= min_units and sim >= min_sim:
                scored.append((sim, matched, i, j))
    scored.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_a, used_b, out = set(), set(), []
    for sim, _, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j, sim))
    return sorted(out)


def _sentence_units(corpus: _Corpus, i: int, xl: bool) -> list[list[str]]:
    key = ("units", i, xl)
    if key not in corpus._sent:
        sents = corpus.sentences(i)
        if xl:
            corpus._sent[key] = [_xl_units(s, corpus.langs[i]) for _, _, s in sents]
        else:
            corpus._sent[key] = [_mono_units(s) for _, _, s in sents]
    return corpus._sent[key]


def _aligned(corpus: _Corpus, i: int, j: int):
    sa, sb = corpus.sentences(i), corpus.sentences(j)
    xl = corpus.is_xl(i, j)
    ua, ub = _sentence_units(corpus, i, xl), _sentence_units(corpus, j, xl)
    if xl:
        return sa, sb, ua, ub, _align(ua, ub, XL_SENT_SIM, XL_MIN_UNITS)
    return sa, sb, ua, ub, _align(ua, ub, SENT_SIM, SENT_MIN_UNITS)


def _xl_score(corpus: _Corpus, i: int, j: int) -> float:
    """Share of the shorter article's (countable) sentences aligned as translations."""
    sa, sb, ua, ub, pairs = _aligned(corpus, i, j)
    na = sum(len(u) >= XL_MIN_UNITS for u in ua)
    nb = sum(len(u) >= XL_MIN_UNITS for u in ub)
    short = min(na, nb)
    return len(pairs) / short if short else 0.0


def _passages(corpus: _Corpus, i: int, j: int) -> pd.DataFrame:
    rows = _passage_rows(corpus, i, j)
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype=("str" if c.startswith("text") else
                                                 "float64" if c == "similarity" else "int64"))
                             for c in PASSAGE_COLUMNS})
    return pd.DataFrame(rows, columns=PASSAGE_COLUMNS)


def _passage_rows(corpus: _Corpus, i: int, j: int) -> list[dict]:
    sa, sb, _, _, pairs = _aligned(corpus, i, j)
    runs: list[list[tuple[int, int, float]]] = []
    for p in pairs:
        if runs and p[0] == runs[-1][-1][0] + 1 and p[1] == runs[-1][-1][1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    rows = []
    ta, tb = corpus.texts[i], corpus.texts[j]
    for run in runs:
        s_a, e_a = sa[run[0][0]][0], sa[run[-1][0]][1]
        s_b, e_b = sb[run[0][1]][0], sb[run[-1][1]][1]
        rows.append({
            "text_a": ta[s_a:e_a].replace("\n", " "), "text_b": tb[s_b:e_b].replace("\n", " "),
            "start_a": s_a, "start_b": s_b, "end_a": e_a, "end_b": e_b,
            "n_sentences": len(run), "similarity": float(np.mean([p[2] for p in run])),
        })
    return rows


def _pairs_frame(corpus: _Corpus, rows, with_passages: bool) -> pd.DataFrame:
    out = []
    for i, j, score, xl in _bar(rows, "overlap: passages"):
        if with_passages:
            p = _passage_rows(corpus, i, j)
            shared, n_pass = sum(r["end_a"] - r["start_a"] for r in p), len(p)
        else:
            shared, n_pass = pd.NA, pd.NA
        earlier = later = pd.NA
        pi, pj = corpus.published[i], corpus.published[j]
        if pi is not None and pj is not None and not pd.isna(pi) and not pd.isna(pj) and pi != pj:
            earlier, later = (corpus.ids[i], corpus.ids[j]) if pi < pj else (corpus.ids[j], corpus.ids[i])
        out.append({
            "article_a": corpus.ids[i], "article_b": corpus.ids[j], "score": float(score),
            "shared_chars": shared, "n_passages": n_pass,
            "lang_a": corpus.langs[i], "lang_b": corpus.langs[j], "cross_lingual": bool(xl),
            "earlier": earlier, "later": later,
        })
    df = pd.DataFrame(out, columns=OVERLAP_COLUMNS)
    df = df.astype({"article_a": "str", "article_b": "str", "score": "float64",
                    "shared_chars": "Int64", "n_passages": "Int64", "lang_a": "str", "lang_b": "str",
                    "cross_lingual": "bool", "earlier": "str", "later": "str"})
    return df.sort_values(["score", "article_a", "article_b"], ascending=[False, True, True],
                          kind="stable").reset_index(drop=True)
