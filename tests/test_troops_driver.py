"""Tests for the driver of analysis.troops (extract_troop_counts): the paragraph prefilter, normalized=,
progress. The rules themselves are tested in test_troops.py."""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import troops as T
from analysis.text import normalize, split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))
HELD_OUT = sorted((ROOT / "tests" / "data" / "troop_articles").glob("*.txt"))
PHRASES = ROOT / "tests" / "data" / "troop_phrases.csv"


@pytest.fixture(scope="module")
def loaded() -> pd.DataFrame:
    """Seeds and held-out articles as ``helpers.load_articles`` gives them (stripped: with ``removed``)."""
    sys.path.insert(0, str(ROOT))
    import helpers

    frames = [helpers.load_articles(ROOT / "data" / "articles", cache=False),
              helpers.load_articles(ROOT / "tests" / "data" / "troop_articles", cache=False)]
    for f in frames:
        f.attrs = {}  # attrs hold frames (rejected files): concat cannot compare them
    return pd.concat(frames, ignore_index=True)


def _phrases() -> list[str]:
    with PHRASES.open(encoding="utf-8") as fh:
        return list(dict.fromkeys(r["text"] for r in csv.DictReader(fh)))


def _texts() -> list[str]:
    return [normalize(p.read_text(encoding="utf-8")) for p in (*SEEDS, *HELD_OUT)] + [normalize(t) for t in _phrases()]


def test_inputs_are_there():
    assert len(SEEDS) == 5 and len(HELD_OUT) >= 20 and len(_phrases()) >= 40


def test_prefilter_keeps_every_paragraph_with_a_mention():
    """Scanning every paragraph (history and all), no paragraph with a mention is one the prefilter skips."""
    with_mentions = skipped = 0
    for text in _texts():
        history = {"sents": [], "last_kind": None}
        for par in split_paragraphs(text):
            found = T._paragraph_mentions(par, history)
            if found:
                with_mentions += 1
                assert T._may_hold_number(par), par
            elif not T._may_hold_number(par):
                skipped += 1
    assert with_mentions >= 100  # the check saw many figures …
    assert skipped >= 100  # … and the prefilter did skip paragraphs


@pytest.mark.parametrize("prefilter_on", [True])
def test_prefilter_gives_the_same_mentions(loaded, prefilter_on):
    """Per article, the mentions (and what the history made of them) are the same with and without the prefilter."""
    n = 0
    for text, removed in zip(loaded["text"], loaded["removed"]):
        a = T._article_mentions(text, removed, prefilter=prefilter_on)
        b = T._article_mentions(text, removed, prefilter=False)
        assert a == b
        n += len(a)
    for text in _phrases():
        assert T._article_mentions(normalize(text), None) == T._article_mentions(normalize(text), None, prefilter=False)
    assert n >= 100


def test_prefilter_knows_every_number_word_in_any_case():
    words = sorted({*T._UNITS, *T._HUNDRED})
    assert len(words) > 100
    for w in words:
        for form in (w, w.upper(), w.capitalize()):
            assert T._may_hold_number(f"Там було «{form}», сказав він."), form
    for stem in T._NUMBER_STEM_WORDS:
        assert T._may_hold_number(f"Понад {stem.upper()}ЯЧІ людей"), stem
    # no digit, no stem, no number word: "сторона" holds "сто" only inside a word, "often" holds "ten"
    assert not T._may_hold_number("Сторона конфлікту often мовчить, а Кремль не коментує.")
    assert not T._may_hold_number("")


def test_prefilter_matches_the_sentence_test():
    """Wherever the sentence test of ``_paragraph_mentions`` (re.I stems, words of ``_UNITS``) fires on a
    sentence, the prefilter fires on its paragraph; odd case-folding letters included."""
    sentence_test = re.compile(r"\d|" + "|".join(T._NUMBER_STEM_WORDS), re.I)
    letters = set("".join(T._NUMBER_STEM_WORDS)) | set("".join(T._UNITS)) | set("".join(T._HUNDRED))
    letter_class = re.compile("[" + "".join(re.escape(c) for c in sorted(letters)) + "]", re.I)
    odd = [chr(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF
           and letter_class.fullmatch(chr(cp)) and chr(cp).lower() not in letters]
    assert odd  # the dotless i, the long s … exist
    for c in odd:
        assert T._CASE_ODD.search(c), hex(ord(c))
    for par in [p for t in _texts() for p in split_paragraphs(t)]:
        words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", par)
        if sentence_test.search(par) or any(w.lower() in T._UNITS for w in words):
            assert T._may_hold_number(par), par


def _denormalize(text: str) -> str:
    """The same text as a web page might give it: CRLF, no-break spaces, typographic quotes and apostrophes,
    en dashes, trailing spaces."""
    out = re.sub(r"(?<=\w)'(?=\w)", "’", text.replace("—", "–")).replace(", ", ",\u00a0").replace("\n", "  \r\n")
    quotes = iter(["«", "»"] * (out.count('"') // 2 + 1))
    return re.sub('"', lambda m: next(quotes), out)


def test_normalized_and_raw_text_give_the_same_table(loaded):
    frame = loaded[["article_id", "text", "removed", "lang", "published", "outlet"]]
    raw = frame.assign(text=[_denormalize(t) for t in frame["text"]])
    assert (raw["text"] != frame["text"]).all()
    assert [normalize(t) for t in raw["text"]] == frame["text"].tolist()
    want = T.extract_troop_counts(frame, normalized=True)
    assert len(want) >= 100
    pd.testing.assert_frame_equal(T.extract_troop_counts(raw), want)
    pd.testing.assert_frame_equal(T.extract_troop_counts(frame), want)
    # normalized=True trusts the caller: raw text read as normal gives another table (the keyword does something)
    assert not T.extract_troop_counts(raw, normalized=True).equals(want)


def test_columns_needed_and_small_corpora(loaded):
    only = loaded[["article_id", "text"]]
    got = T.extract_troop_counts(only, normalized=True)
    assert list(got.columns) == T.TROOP_COLUMNS and len(got) > 0
    assert got["published"].isna().all()
    aid = got.loc[got["in_body"], "article_id"].value_counts().index[0]  # the article with most figures in body
    one = T.extract_troop_counts(loaded[loaded["article_id"] == aid])
    assert len(one) >= 1 and set(one["article_id"]) == {aid}
    assert T.extract_troop_counts(loaded.iloc[0:0]).empty
    body_only = T.extract_troop_counts(loaded.loc[loaded["article_id"] == aid, ["article_id", "body"]])
    assert len(body_only) >= 1 and body_only["in_body"].all()


def _small_corpus(n: int) -> pd.DataFrame:
    text = "Пхеньян направив до Росії 11 тисяч військових КНДР."
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(n)], "text": [text] * n, "lang": ["uk"] * n})


def test_progress_bar_only_when_asked(monkeypatch, capsys):
    monkeypatch.setattr(T, "_PROGRESS_MIN", 3)
    df = _small_corpus(4)
    monkeypatch.setenv("NEWS_BUNDLE_PROGRESS", "0")
    off = T.extract_troop_counts(df)
    assert capsys.readouterr().err == ""
    monkeypatch.setenv("NEWS_BUNDLE_PROGRESS", "1")
    on = T.extract_troop_counts(df)
    assert "troop figures" in capsys.readouterr().err  # the bar (tqdm writes to stderr)
    pd.testing.assert_frame_equal(on, off)
    assert len(on) == 4
    # below the threshold: no bar even when bars are on
    T.extract_troop_counts(_small_corpus(2))
    assert capsys.readouterr().err == ""


def _strings() -> list[str]:
    """Sentences and paragraphs of the seeds, held-out articles and phrases, plus cased and odd-letter variants."""
    out = []
    for text in _texts():
        for par in split_paragraphs(text):
            out.append(par)
            out.extend(par[a:b] for a, b in T._sentences(par))
    extra = [s.upper() for s in out[:300]] + [s.replace("s", "ſ").replace("i", "ı") for s in out[:300]]
    return out + extra + ["ſeoul ſays", "KYİV and Kyıv", "ЗЕЛЕНСЬКИЙ", "ᲃеул", "µ ΣΕΟΥΛ"]


def test_sentence_test_is_the_original_one():
    """``_may_hold_number`` answers as the regular expressions it replaces, on real text and odd letters."""
    stems = re.compile(r"\d|" + "|".join(T._NUMBER_STEM_WORDS), re.I)
    for s in _strings() + ["ТЫС", "тыſяча", "ſотні", "fıfty", "ᲃот", "İKİ", "twenty", "TWENTY"]:
        want = bool(stems.search(s)) or any(w.lower() in T._UNITS for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)*", s))
        assert T._may_hold_number(s) == want, s


def test_alias_gate_finds_every_alias():
    """``_alias_hits`` finds what searching every alias finds (the required-letters gate skips nothing)."""
    def every(s):
        hits = [(m.start(), m.end(), name) for name, rx in T._ALIAS_RES for m in rx.finditer(s)]
        return [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
                                           for o in hits)]
    gated = sum(1 for _n, _rx, lit, _f in T._ALIAS_GATES if lit)
    assert gated >= 0.8 * len(T._ALIAS_GATES)
    found = 0
    for s in _strings():
        want = every(s)
        assert T._alias_hits(s) == want, s
        found += bool(want)
    assert found >= 100


def test_number_start_gate_keeps_every_number():
    """A word the fast exit of ``_parse_number`` turns away starts no number phrase, on every token of the texts."""
    started = 0
    for s in _strings():
        toks = T._tokens(s)
        for i, (_a, _b, w) in enumerate(toks):
            lw = w.lower()
            if w[0].isdigit() or lw in T._UNITS or T._NUMBER_START.match(lw):
                started += T._parse_number(s, toks, i) is not None
                continue
            assert T._parse_number(s, toks, i) is None
    assert started >= 500
    for w in ("кілька", "Декілька", "DOZENS", "тисячі", "Тысячи", "hundreds", "a", "An", "тисячу"):
        assert T._NUMBER_START.match(w.lower()), w


def test_odd_letters_cover_every_re_ignorecase_class():
    """Every character that re.I matches to a letter of an alias literal or a number stem while .lower() maps it
    to another letter is in ``_CASE_ODD`` (the gates then fall back to the regular expressions)."""
    letters = set("".join(T._NUMBER_STEM_WORDS)) | set("".join(T._UNITS))
    letters |= {c for _n, _rx, lit, _f in T._ALIAS_GATES for c in lit}
    letters = {c for c in letters if c.isalpha()}
    cls = re.compile("[" + "".join(re.escape(c) for c in sorted(letters)) + "]", re.I)
    bad = []
    for cp in range(0x110000):
        c = chr(cp)
        if 0xD800 <= cp <= 0xDFFF or not cls.fullmatch(c) or T._CASE_ODD.match(c):
            continue
        for x in letters:
            if re.fullmatch(re.escape(x), c, re.I) and c.lower() != x.lower():
                bad.append(hex(cp))
    assert not bad


def test_lower_keeps_words_apart_the_same_way():
    """Outside ``_CASE_ODD``, .lower() maps one character to one and a letter to a letter (a non-letter to a
    non-letter), so the words of a lower-cased copy are the lower-cased words (``_may_hold_number``)."""
    letter = re.compile(r"[^\W\d_]")
    bad = [hex(cp) for cp in range(0x110000) if not 0xD800 <= cp <= 0xDFFF and not T._CASE_ODD.match(chr(cp))
           and (len(chr(cp).lower()) != 1 or bool(letter.match(chr(cp))) != bool(letter.match(chr(cp).lower())))]
    assert not bad
    assert "'".lower() == "'"
