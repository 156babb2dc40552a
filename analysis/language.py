"""Language detection for articles and paragraphs: script and orthography first, seeded langdetect second.

How a text is decided (``detect_language``):

1. URLs, e-mail addresses, domains and @handles are cut out. A text with fewer than three words of
   language left (dates, domains, timestamps such as "00:49", bare numbers, one or two words; month and
   weekday names and GMT/UTC/AM/PM do not count as words) is ``"und"``, never a guess.
2. The dominant script decides where it is certain: Hangul→ko, kana→ja, Han without kana→zh,
   Georgian→ka, Armenian→hy, Greek→el, Hebrew→he, Thai→th, and the other one-language scripts.
   Upper-case acronyms ("NATO", "КНДР", "G7") and capitalised names weigh little, so a Ukrainian
   paragraph with "KBS" or "Fox News" in it stays Cyrillic.
3. Within Cyrillic the letters decide where they are certain (``orthography_language``):
   Kazakh ә ғ қ ң ө ұ ү һ (and other Turkic/Tajik letters); Serbian ђ ћ / Macedonian ѓ ќ ѕ (ј љ њ џ);
   Belarusian ў, or і with ы э ё and (almost) no и; Ukrainian і ї є ґ and the apostrophe; Russian ы э ъ ё;
   Bulgarian: many ъ but no ы э ё. Ukrainian and Russian markers are weighed against each other by
   their usual frequencies, so a Russian name in a Ukrainian paragraph does not flip it.
   Arabic script: Urdu ٹ ڈ ڑ ں ے, Persian پ چ ژ گ ک ی, Arabic ة ي ك.
4. Only where letters are not decisive does langdetect run: a ``DetectorFactory`` of this module's own
   (never langdetect's module-level one), loaded once per script family (Latin, Cyrillic, Arabic,
   Devanagari) with only that family's profiles, seeded (``seed=0``) so the result never changes, on a
   bounded sample of the text (at most ``SAMPLE_CHARS`` characters).

A *prior* (``detect_languages(texts, prior=...)``, e.g. the article's language for its paragraphs) wins
unless the text's own evidence is strong: certain letters with at least two markers (or langdetect
agreeing), or langdetect at ≥ 0.95 on a text of five or more content words.
"""
from __future__ import annotations

import json
import math
import os
import random
import re
import threading
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

import pandas as pd

from analysis.text import APOSTROPHE

__all__ = [
    "LANGUAGE_NAMES",
    "UNDETERMINED",
    "SAMPLE_CHARS",
    "detect_language",
    "detect_languages",
    "orthography_language",
    "script_of",
    "langdetect_language",
    "tag_languages",
    "language_mix",
    "language_disagreements",
    "foreign_paragraphs",
    "other_language_share",
]

#: Code for "no language can be told" (ISO 639-2 "und").
UNDETERMINED = "und"

#: At most this many characters of a text are handed to langdetect (three windows: start, middle, end).
SAMPLE_CHARS = 480

#: ISO 639-1 code → English name, for labels (every code this module can return).
LANGUAGE_NAMES: dict[str, str] = {
    "und": "Undetermined",
    "af": "Afrikaans", "am": "Amharic", "az": "Azerbaijani", "ar": "Arabic", "ba": "Bashkir", "be": "Belarusian",
    "bg": "Bulgarian", "bn": "Bengali", "bo": "Tibetan", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "dv": "Dhivehi", "el": "Greek", "en": "English",
    "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "gu": "Gujarati", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "hy": "Armenian", "id": "Indonesian", "it": "Italian", "iu": "Inuktitut", "ja": "Japanese",
    "ka": "Georgian", "kk": "Kazakh", "km": "Khmer", "kn": "Kannada", "ko": "Korean",
    "ky": "Kyrgyz", "lo": "Lao", "lt": "Lithuanian", "lv": "Latvian", "mk": "Macedonian",
    "ml": "Malayalam", "mn": "Mongolian", "mr": "Marathi", "my": "Burmese", "ne": "Nepali",
    "nl": "Dutch", "no": "Norwegian", "or": "Odia", "pa": "Punjabi", "pl": "Polish",
    "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "si": "Sinhala", "sk": "Slovak",
    "sl": "Slovenian", "so": "Somali", "sq": "Albanian", "sr": "Serbian", "sv": "Swedish",
    "sw": "Swahili", "ta": "Tamil", "te": "Telugu", "tg": "Tajik", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "tt": "Tatar", "uk": "Ukrainian", "ur": "Urdu", "uz": "Uzbek",
    "vi": "Vietnamese", "zh": "Chinese",
}


def detect_language(text: str) -> tuple[str, float]:
    """The language of ``text``: (ISO 639-1 code or ``"und"``, confidence in [0, 1]). Deterministic.

    Never raises on odd input: empty text, digits only, punctuation → ``("und", 0.0)``.
    """
    v = _judge(text, None)
    return v.lang, v.conf


def detect_languages(texts: Sequence[str], prior: Sequence[str | None] | None = None) -> list[tuple[str, float]]:
    """Batch form of ``detect_language``, with an optional prior language per text.

    ``prior[i]`` (e.g. the article's language for each of its paragraphs; None or "und" for none) is
    the answer for ``texts[i]`` unless that text's own evidence for another language is strong (see the
    module docstring); it never turns an ``und`` text (a date, a domain) into a language. With
    ``prior=None`` the answers equal ``detect_language`` text by text. Repeated (text, prior) pairs are
    decided once.
    """
    texts = list(texts)
    if prior is None:
        priors: list[str | None] = [None] * len(texts)
    else:
        priors = [p if isinstance(p, str) and p and p != UNDETERMINED else None for p in prior]
        if len(priors) != len(texts):
            raise ValueError(f"prior has {len(priors)} entries for {len(texts)} texts")
    seen: dict[tuple[str, str | None], tuple[str, float]] = {}
    out: list[tuple[str, float]] = []
    for t, p in zip(texts, priors):
        key = (t if isinstance(t, str) else "", p)
        r = seen.get(key)
        if r is None:
            v = _judge(key[0], p)
            r = seen[key] = (v.lang, v.conf)
        out.append(r)
    return out


def orthography_language(text: str) -> str | None:
    """The language that the letters alone make certain, else None.

    Script where it is certain (Hangul→ko, kana→ja, Han→zh, Georgian→ka, Greek→el, …); within Cyrillic
    the letters of one language (і ї є ґ → uk, ы э ъ ё → ru, ў → be, ә қ ұ → kk, ђ ћ → sr, ѓ ќ ѕ → mk,
    ъ without ы э ё → bg); within Arabic script the letters of Urdu, Persian and Arabic. Latin-script
    texts, texts too short to tell and texts whose markers contradict each other give None.
    """
    f = _features(text if isinstance(text, str) else "")
    if f.words < _MIN_WORDS:
        return None
    o = _orthography(f)
    return o[0] if o is not None else None


def script_of(text: str) -> str:
    """The dominant script of ``text``'s letters ("Cyrillic", "Latin", "Hangul", "Han", "Kana", …).

    Acronyms and capitalised names weigh less than ordinary words; ``"None"`` for text without letters.
    """
    f = _features(text if isinstance(text, str) else "")
    return f.script or "None"


def langdetect_language(text: str, *, sample: int = SAMPLE_CHARS) -> tuple[str, float]:
    """What seeded langdetect alone says about ``text`` (all its 55 profiles, no script or letter rules).

    For comparison (``language_disagreements``) and diagnostics only: (code, probability), or
    ``("und", 0.0)`` when langdetect finds no features. "zh-cn"/"zh-tw" become "zh".
    """
    clean = _clean(text if isinstance(text, str) else "")
    r = _langdetect(clean, "all", sample=sample)
    return r if r is not None else (UNDETERMINED, 0.0)


def tag_languages(frame: pd.DataFrame, text: str = "text", prior: str | None = None) -> pd.DataFrame:
    """A copy of ``frame`` with ``lang`` and ``lang_confidence`` columns detected from column ``text``.

    ``prior`` names a column holding each row's prior language (e.g. ``"article_lang"``), or None.
    Works on an empty frame (the two columns are added, empty).
    """
    out = frame.copy()
    texts = out[text].fillna("").astype(str).tolist() if len(out) else []
    priors = out[prior].tolist() if (prior is not None and len(out)) else None
    res = detect_languages(texts, priors)
    out["lang"] = pd.Series([r[0] for r in res], index=out.index, dtype="str")
    out["lang_confidence"] = pd.Series([r[1] for r in res], index=out.index, dtype="float64")
    return out


def language_mix(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Share of characters per language per article, wide: one row per ``article_id`` (the index), one
    column per language code, each row summing to 1.

    Needs ``article_id`` and ``lang``; character counts come from ``n_chars`` when present, else from the
    length of ``text``. Columns are ordered by overall share, ``und`` last. Empty input → empty frame.
    """
    if len(paragraphs) == 0:
        return pd.DataFrame(index=pd.Index([], name="article_id", dtype="str"), dtype="float64")
    p = paragraphs[["article_id", "lang"]].copy()
    if "n_chars" in paragraphs.columns:
        p["n_chars"] = pd.to_numeric(paragraphs["n_chars"], errors="coerce").fillna(0)
    else:
        p["n_chars"] = paragraphs["text"].fillna("").astype(str).str.len()
    p["lang"] = p["lang"].fillna(UNDETERMINED).astype(str)
    wide = p.pivot_table(index="article_id", columns="lang", values="n_chars", aggfunc="sum", fill_value=0)
    wide = wide.astype("float64")
    totals = wide.sum(axis=1)
    # An article whose paragraphs have no characters at all counts as wholly undetermined.
    if (totals == 0).any():
        if UNDETERMINED not in wide.columns:
            wide[UNDETERMINED] = 0.0
        wide.loc[totals == 0, UNDETERMINED] = 1.0
        totals = wide.sum(axis=1)
    wide = wide.div(totals, axis=0)
    order = sorted((c for c in wide.columns if c != UNDETERMINED), key=lambda c: (-wide[c].sum(), c))
    if UNDETERMINED in wide.columns:
        order.append(UNDETERMINED)
    wide = wide[order]
    wide.columns.name = "lang"
    wide.index.name = "article_id"
    return wide


def foreign_paragraphs(paragraphs: pd.DataFrame, article_langs) -> pd.DataFrame:
    """Paragraphs in another language than their article's own (``und`` paragraphs and articles aside).

    ``article_langs`` maps ``article_id`` → the article's language (a dict or a Series). Returns the
    input's rows with two more columns: ``own`` (the article's language) and ``where`` (``"body"`` or
    ``"furniture"``, from ``in_body`` when present, else ``"body"``), in input order.
    """
    own = paragraphs["article_id"].map(dict(article_langs)).fillna(UNDETERMINED).astype("str")
    where = (paragraphs["in_body"].map({True: "body", False: "furniture"}) if "in_body" in paragraphs.columns
             else pd.Series("body", index=paragraphs.index)).astype("str")
    out = paragraphs.assign(own=own, where=where)
    keep = (out["lang"] != out["own"]) & (out["lang"] != UNDETERMINED) & (out["own"] != UNDETERMINED)
    return out[keep]


def other_language_share(mix: pd.DataFrame, article_langs) -> pd.Series:
    """Per article of a ``language_mix`` table: the share of characters in a language other than its own.

    ``und`` characters do not count as another language. ``article_langs`` maps ``article_id`` → the
    article's language. Returns a float Series indexed like ``mix``.
    """
    langs = dict(article_langs)
    values = [float(sum(v for c, v in row.items() if c not in (langs.get(aid), UNDETERMINED)))
              for aid, row in mix.iterrows()]
    return pd.Series(values, index=mix.index, dtype="float64", name="other_language_share")


def language_disagreements(paragraphs: pd.DataFrame, min_confidence: float = 0.8, *,
                           max_compared: int | None = 2_000) -> pd.DataFrame:
    """Paragraphs where langdetect alone and the orthography disagree, or the confidence is low.

    Needs ``text``; uses ``lang``/``lang_confidence`` when present (else detects them). Returns the
    input's identifying columns (``article_id``, ``paragraph`` when present) plus ``text``, ``lang``,
    ``lang_confidence``, ``orthography`` (``orthography_language``, <NA> when letters are not decisive),
    ``langdetect`` and ``langdetect_confidence`` (``langdetect_language``) and ``reason``. Paragraphs
    that are ``und`` with no letters to judge are left out. Empty input → empty frame with those columns.

    Plain langdetect on every paragraph is the slow path the detector avoids (~0.2 MB/s: half an hour at
    100,000 articles), so with more than ``max_compared`` paragraphs to judge, the langdetect comparison
    runs on a fixed random sample of that many (seeded: the same every run); low-confidence paragraphs are
    all listed regardless. ``attrs["compared"]`` and ``attrs["eligible"]`` say how many were compared out of
    how many could be. ``max_compared=None`` compares all.
    """
    cols = [c for c in ("article_id", "paragraph") if c in paragraphs.columns]
    out_cols = [*cols, "text", "lang", "lang_confidence", "orthography", "langdetect",
                "langdetect_confidence", "reason"]
    if len(paragraphs) == 0:
        return pd.DataFrame({c: pd.Series([], dtype="float64" if c.endswith("confidence") else "str")
                             for c in out_cols})
    df = paragraphs.copy()
    if "lang" not in df.columns or "lang_confidence" not in df.columns:
        df = tag_languages(df)
    recs = df[[*cols, "text", "lang", "lang_confidence"]].to_dict("records")
    feats = [_features(r["text"] if isinstance(r["text"], str) else "") for r in recs]
    eligible = [k for k, f in enumerate(feats) if f.words >= _MIN_WORDS]
    compared = set(eligible)
    if max_compared is not None and len(eligible) > max_compared:
        compared = set(random.Random(_SEED).sample(eligible, max_compared))
    rows = []
    for k in eligible:
        rec = recs[k]
        conf = float(rec["lang_confidence"]) if pd.notna(rec["lang_confidence"]) else 0.0
        if k not in compared and conf >= min_confidence:
            continue
        text = rec["text"] if isinstance(rec["text"], str) else ""
        o = _orthography(feats[k])
        ortho = o[0] if o is not None else None
        ld, ld_conf = langdetect_language(text) if k in compared else (pd.NA, float("nan"))
        reasons = []
        if k in compared and ortho is not None and ld != UNDETERMINED and ld != ortho:
            reasons.append("orthography and langdetect disagree")
        if conf < min_confidence:
            reasons.append(f"confidence {conf:.2f} < {min_confidence:.2f}")
        if reasons:
            row = {c: rec[c] for c in cols}
            row.update(text=text, lang=rec["lang"], lang_confidence=conf,
                       orthography=ortho if ortho is not None else pd.NA,
                       langdetect=ld, langdetect_confidence=ld_conf, reason="; ".join(reasons))
            rows.append(row)
    out = (pd.DataFrame(rows, columns=out_cols) if rows
           else language_disagreements(paragraphs.iloc[0:0], min_confidence))
    out.attrs.update(compared=len(compared), eligible=len(eligible))
    return out


# --- private -------------------------------------------------------------------------------

_MIN_WORDS = 3          # fewer words of language than this → und
_FEATURE_CHARS = 3000   # letters and markers are counted on at most this many characters of a text
_SEED = 0

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<!\w)@\w+")
# Domains: labels then a lower-case TLD ("glavcom.ua", "news.bbc.co.uk/path"); "Ukraine.The" is not one.
_DOMAIN = re.compile(r"\b(?<!@)(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[a-z]{2,24}\b(?:/\S*)?", re.ASCII)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LATIN_RUN = re.compile(r"[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u1E00-\u1EFF]+")
_OTHER_RUN = re.compile(r"[^\W\d_\u0000-\u024F\u0400-\u052F\u1E00-\u1EFF]+")
_FAST_RUNS = 12
_LAT_LOWER_START = re.compile(r"(?<![^\W\d_])[a-z\u00DF-\u00FF]")
_DATE_WORDS = frozenset("""
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august
september october november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday
thursday friday saturday sunday am pm gmt utc est edt cet cest eet eest msk kyiv kiev
січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня
січень лютий березень квітень травень червень липень серпень вересень жовтень листопад грудень
року рік год року р г
января февраля марта апреля мая июня июля августа сентября октября ноября декабря
январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь года
пн вт ср чт пт сб нд вс
""".split())

# Scripts: (first code point, last code point, name), sorted; Latin and Cyrillic are tested first.
_SCRIPT_RANGES = sorted([
    (0x0370, 0x03FF, "Greek"), (0x1F00, 0x1FFF, "Greek"),
    (0x0530, 0x058F, "Armenian"), (0x0590, 0x05FF, "Hebrew"), (0xFB1D, 0xFB4F, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"), (0x0750, 0x077F, "Arabic"), (0x08A0, 0x08FF, "Arabic"),
    (0xFB50, 0xFDFF, "Arabic"), (0xFE70, 0xFEFF, "Arabic"), (0x0780, 0x07BF, "Thaana"),
    (0x0900, 0x097F, "Devanagari"), (0x0980, 0x09FF, "Bengali"), (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"), (0x0B00, 0x0B7F, "Oriya"), (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"), (0x0C80, 0x0CFF, "Kannada"), (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"), (0x0E00, 0x0E7F, "Thai"), (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"), (0x1000, 0x109F, "Myanmar"), (0x10A0, 0x10FF, "Georgian"),
    (0x1C90, 0x1CBF, "Georgian"), (0x2D00, 0x2D2F, "Georgian"), (0x1100, 0x11FF, "Hangul"),
    (0x3130, 0x318F, "Hangul"), (0xA960, 0xA97F, "Hangul"), (0xAC00, 0xD7AF, "Hangul"),
    (0xD7B0, 0xD7FF, "Hangul"), (0x1200, 0x139F, "Ethiopic"), (0x1780, 0x17FF, "Khmer"),
    (0x1400, 0x167F, "Canadian"), (0x3040, 0x309F, "Kana"), (0x30A0, 0x30FF, "Kana"),
    (0x31F0, 0x31FF, "Kana"), (0xFF66, 0xFF9F, "Kana"), (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"), (0xF900, 0xFAFF, "Han"), (0x20000, 0x3FFFF, "Han"),
    (0x3100, 0x312F, "Bopomofo"), (0x31A0, 0x31BF, "Bopomofo"),
    (0x0400, 0x052F, "Cyrillic"), (0x1C80, 0x1C8F, "Cyrillic"), (0x2DE0, 0x2DFF, "Cyrillic"),
    (0xA640, 0xA69F, "Cyrillic"),
])
_SCRIPT_STARTS = [r[0] for r in _SCRIPT_RANGES]
# Scripts whose text is not split into words by spaces: count two characters as one word.
_UNSPACED = frozenset({"Han", "Kana", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan", "Bopomofo"})
# A script that settles the language by itself.
_SCRIPT_LANG = {
    "Hangul": "ko", "Georgian": "ka", "Armenian": "hy", "Greek": "el", "Hebrew": "he", "Thai": "th",
    "Bengali": "bn", "Gurmukhi": "pa", "Gujarati": "gu", "Oriya": "or", "Tamil": "ta", "Telugu": "te",
    "Kannada": "kn", "Malayalam": "ml", "Sinhala": "si", "Lao": "lo", "Tibetan": "bo", "Myanmar": "my",
    "Ethiopic": "am", "Khmer": "km", "Thaana": "dv", "Canadian": "iu", "Bopomofo": "zh",
}
# langdetect profile families: a script's text is only ever compared with profiles of that script.
_FAMILIES = {
    "Latin": ("af", "ca", "cs", "cy", "da", "de", "en", "es", "et", "fi", "fr", "hr", "hu", "id", "it",
              "lt", "lv", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "sq", "sv", "sw", "tl", "tr", "vi"),
    "Cyrillic": ("bg", "mk", "ru", "uk"),
    "Arabic": ("ar", "fa", "ur"),
    "Devanagari": ("hi", "mr", "ne"),
    "all": None,
}
_LANG_SCRIPT = {lang: fam for fam, langs in _FAMILIES.items() if langs for lang in langs}
_LANG_SCRIPT.update({"be": "Cyrillic", "kk": "Cyrillic", "sr": "Cyrillic", "ky": "Cyrillic",
                     "tt": "Cyrillic", "ba": "Cyrillic", "mn": "Cyrillic", "tg": "Cyrillic",
                     "uz": "Cyrillic", "az": "Latin", "ja": "Han", "zh": "Han", "ko": "Hangul"})
_LANG_SCRIPT.update({lang: s for s, lang in _SCRIPT_LANG.items() if lang not in _LANG_SCRIPT})

# Cyrillic (and Arabic-script) marker letters, counted in one pass over the lower-cased text.
_MARKERS = re.compile("[іїєґыэъёўиәғқңөұүһҗҙҡҫҷӣӯҳјљњџђћѓќѕ\u045dٹڈڑںےپچژگکیيكة]")
_TURKIC = frozenset("әғқңөұүһҗҙҡҫҷӣӯҳ")
_TG, _BA, _TT = frozenset("ҷӣӯ"), frozenset("ҙҡҫ"), frozenset("җ")
_KK, _KK_NOT_UZ = frozenset("әғқұһ"), frozenset("әңөұүһ")
_SRMK, _SR, _MK = frozenset("јљњџђћѓќѕ"), frozenset("ђћ"), frozenset("ѓќѕ")
# Frequent words that tell Serbian from Macedonian when neither ђ ћ nor ѓ ќ ѕ appear.
_SR_WORDS = frozenset("је су у ће из није били према кроз али шта још већ између који била био".split())
_MK_WORDS = frozenset("е во ќе го ги со кон според ниту беше оваа овој тоа нивните кој сакаше".split())
_CYR_APOSTROPHE = re.compile("(?<=[бпвмфрк])" + APOSTROPHE + "(?=[яюєї])")
_UK_RATE = 0.062    # і ї є ґ and ' per Cyrillic letter in Ukrainian news prose (seeds: 5.5–6.8%)
_RU_RATE = 0.022    # ы э ъ ё per Cyrillic letter in Russian news prose (seed 003: 2.2%)


class _Features(NamedTuple):
    text: str                 # cleaned text (URLs, domains, e-mails, handles cut out)
    words: int                # words of language (not dates, acronyms of ≤ 5 capitals, one-letter runs)
    content: int              # words starting lower-case (not names, not acronyms)
    script: str | None        # dominant script by weighted letters
    share: float              # that script's share of the weighted letters
    letters: dict             # weighted letters per script
    raw: dict                 # letters per script, unweighted
    content_by_script: dict   # content words per script


class _Verdict(NamedTuple):
    lang: str
    conf: float
    strong: bool     # evidence strong enough to overrule a prior


_UND = _Verdict(UNDETERMINED, 0.0, True)


def _script_of_char(ch: str) -> str:
    o = ord(ch)
    if o < 0x0250 or 0x1E00 <= o <= 0x1EFF:
        return "Latin"
    if 0x0400 <= o <= 0x052F:
        return "Cyrillic"
    lo, hi = 0, len(_SCRIPT_STARTS)
    while lo < hi:
        mid = (lo + hi) // 2
        if _SCRIPT_STARTS[mid] <= o:
            lo = mid + 1
        else:
            hi = mid
    if lo:
        start, end, name = _SCRIPT_RANGES[lo - 1]
        if o <= end:
            return name
    return "Other"


def _clean(text: str) -> str:
    if "://" in text or "www." in text or "WWW." in text:
        text = _URL.sub(" ", text)
    if "@" in text:
        text = _EMAIL.sub(" ", text)
        text = _HANDLE.sub(" ", text)
    if "." in text:
        text = _DOMAIN.sub(" ", text)
    return text


def _bounded(text: str, n: int = 0) -> str:
    """At most about ``n`` characters of ``text`` (default ``_FEATURE_CHARS``): start, middle and end,
    cut at spaces — a long article's language shows in any few thousand of its characters."""
    n = n or _FEATURE_CHARS
    if len(text) <= n:
        return text
    w = n // 3
    mid = len(text) // 2 - w // 2
    parts = []
    for a in (0, mid, len(text) - w):
        chunk = text[a:a + w]
        if a:
            cut = chunk.find(" ")
            chunk = chunk[cut + 1:] if 0 <= cut < 40 else chunk
        if a + w < len(text):
            cut = chunk.rfind(" ")
            chunk = chunk[:cut] if cut > len(chunk) - 40 else chunk
        parts.append(chunk)
    return "\n".join(parts)


def _features(text: str) -> _Features:
    clean = _clean(_bounded(text)) if text else ""
    runs = _LETTER_RUN.findall(clean)
    if len(runs) >= _FAST_RUNS:
        # Fast path: a text of a dozen words or more, nearly all (≥ 85% of letters) in Cyrillic or in
        # Latin — the usual paragraph or article — needs no word-by-word weighing of scripts.
        total = sum(map(len, runs))
        n_lat = sum(map(len, _LATIN_RUN.findall(clean)))
        n_other = sum(map(len, _OTHER_RUN.findall(clean)))
        n_cyr = total - n_lat - n_other
        script = "Cyrillic" if n_cyr >= 0.85 * total else "Latin" if n_lat >= 0.85 * total else None
        if script is not None:
            main = n_cyr if script == "Cyrillic" else n_lat
            # Content words matter for Latin-script text (langdetect's verdict is strong only on five
            # or more); for Cyrillic the letters decide, and every run is counted.
            content = len(_LAT_LOWER_START.findall(clean)) if script == "Latin" else len(runs)
            raw = {"Cyrillic": n_cyr, "Latin": n_lat}
            if n_other:
                raw["Other"] = n_other
            return _Features(clean, len(runs), content, script, main / total, {script: float(main)}, raw,
                             {script: content})
    letters: dict[str, float] = {}
    raw: dict[str, int] = {}
    content_by: dict[str, int] = {}
    words = 0
    content = 0
    for run in runs:
        c = run[0]
        o = ord(c)
        if o < 0x0250:
            scripts = (("Latin", run),)
        elif 0x0400 <= o <= 0x052F:
            scripts = (("Cyrillic", run),)
        else:
            scripts = _split_by_script(run)
        for script, part in scripts:
            n = len(part)
            raw[script] = raw.get(script, 0) + n
            if script in _UNSPACED:
                letters[script] = letters.get(script, 0.0) + n
                w = n // 2
                words += w
                content += w
                content_by[script] = content_by.get(script, 0) + w
                continue
            if part.isupper():                 # acronym: КНДР, NATO, G(7)
                weight = 0.1
            elif part[0].isupper():            # a name, or a sentence's first word
                weight = 0.5
            else:
                weight = 1.0
            letters[script] = letters.get(script, 0.0) + weight * n
            if n >= 2 and not (weight == 0.1 and n <= 5) and part.casefold() not in _DATE_WORDS:
                words += 1
                if weight == 1.0:
                    content += 1
                    content_by[script] = content_by.get(script, 0) + 1
    if not letters:
        return _Features(clean, 0, 0, None, 0.0, letters, raw, content_by)
    total = sum(letters.values())
    script = max(letters, key=lambda s: (letters[s], s))
    # Japanese: Han and kana together are one writing system; kana makes it Japanese.
    if script in ("Han", "Kana") and "Han" in letters and "Kana" in letters:
        script = "Kana" if letters["Kana"] >= 0.05 * (letters["Han"] + letters["Kana"]) else "Han"
        share = (letters["Han"] + letters["Kana"]) / total
    else:
        share = letters[script] / total
    return _Features(clean, words, content, script, share, letters, raw, content_by)


def _split_by_script(run: str) -> list[tuple[str, str]]:
    parts: list[tuple[str, str]] = []
    cur = None
    buf: list[str] = []
    for ch in run:
        s = _script_of_char(ch)
        if s != cur and buf:
            parts.append((cur, "".join(buf)))
            buf = []
        cur = s
        buf.append(ch)
    if buf:
        parts.append((cur, "".join(buf)))
    return parts


def _orthography(f: _Features) -> tuple[str, float, bool] | None:
    """(language, confidence, strong) where script or letters settle it, else None.

    ``strong``: the evidence would overrule a prior (two or more markers, or for Ukrainian/Russian a
    small chance of error given the markers seen and the other language's markers not seen)."""
    script = f.script
    if script is None:
        return None
    if script == "Kana":
        return "ja", _script_conf(f.share), True
    if script == "Han":
        return "zh", _script_conf(f.share), True
    if script in _SCRIPT_LANG:
        return _SCRIPT_LANG[script], _script_conf(f.share), True
    if script == "Cyrillic":
        return _cyrillic(f)
    if script == "Arabic":
        return _arabic(f)
    if script == "Latin" and "ə" in f.text:
        m = f.text.count("ə") + f.text.count("Ə")
        if m >= 2:                      # ə: Azerbaijani (langdetect has no profile for it)
            return "az", _marker_conf(m), True
    return None


def _script_conf(share: float) -> float:
    return round(min(0.99, 0.5 + 0.5 * share), 4)


def _marker_conf(markers: float, against: float = 0.0) -> float:
    c = 1.0 - 0.5 ** (1.0 + markers) - 0.15 * min(against, 3)
    return round(max(0.5, min(0.99, c)), 4)


def _cyrillic(f: _Features) -> tuple[str, float, bool] | None:
    low = f.text.lower()
    cnt = Counter(_MARKERS.findall(low))
    if APOSTROPHE in low:
        cnt[APOSTROPHE] = len(_CYR_APOSTROPHE.findall(low))
    n = max(1, f.raw.get("Cyrillic", 0))
    g = cnt.get
    keys = cnt.keys()

    def some(chars: frozenset) -> int:
        return sum(cnt[ch] for ch in keys & chars)

    # Turkic and Tajik letters (checked first: Kazakh also writes і, и, ы).
    if keys & _TURKIC:
        kk = some(_TURKIC)
        if kk >= 2 or kk / n >= 0.01:
            for lang, letters in (("tg", _TG), ("ba", _BA), ("tt", _TT)):
                m = some(letters)
                if m:
                    return lang, _marker_conf(m), m >= 2
            if g("ҳ") or (g("ў") and not some(_KK_NOT_UZ)):
                m = g("ҳ", 0) + g("ў", 0)
                return "uz", _marker_conf(m), m >= 2
            if some(_KK):
                return "kk", _marker_conf(kk), kk >= 2
            if g("ң"):
                return "ky", _marker_conf(kk), kk >= 2
            return "mn", _marker_conf(kk), kk >= 2
    # Serbian / Macedonian.
    if keys & _SRMK:
        srmk = some(_SRMK)
        if srmk >= 2 or srmk / n >= 0.01:
            mk, sr = some(_MK), some(_SR)
            if mk > sr:
                return "mk", _marker_conf(mk), mk >= 2
            if sr > mk:
                return "sr", _marker_conf(sr), sr >= 2
            words = _LETTER_RUN.findall(low)
            sr_w = sum(w in _SR_WORDS for w in words)
            mk_w = sum(w in _MK_WORDS for w in words)
            return ("mk" if mk_w > sr_w else "sr"), _marker_conf(srmk, 1), srmk >= 2
    i, i_short = g("і", 0), g("и", 0)
    uk = g("ї", 0) + g("є", 0) + g("ґ", 0) + g(APOSTROPHE, 0)
    ru_soft = g("ы", 0) + g("э", 0) + g("ё", 0)
    hard = g("ъ", 0)
    be = g("ў", 0)
    # Belarusian: ў, or і with ы э ё — and almost no и, which Belarusian never writes (Ukrainian,
    # Russian and Kazakh all write it a lot).
    # A Belarusian article quoting Russian has и in its quotes, but ў stays frequent (~1.5% of letters).
    if be and not (g("ї") or g("є")) and (
            be >= max(2, 0.003 * n) or i_short <= 0.25 * (i + ru_soft + be)):
        m = be + min(i, 3)
        return "be", _marker_conf(m), m >= 2
    if i and ru_soft and not (g("ї") or g("є")) and i_short <= 0.1 * (i + ru_soft):
        m = min(i, ru_soft)
        return "be", _marker_conf(m), m >= 2
    uk_all = uk + i
    # ъ alone is no proof of Russian (Bulgarian writes it more); it only adds to ы э ё.
    ru_all = ru_soft + hard if ru_soft else 0
    if uk_all and not ru_all:
        return _uk_ru("uk", uk_all, _RU_RATE * n)
    if ru_all and not uk_all:
        return _uk_ru("ru", ru_all, _UK_RATE * n)
    if not uk_all and not ru_all:
        # Bulgarian: ъ is common (or ѝ is written) and ы э ё never appear (nor Ukrainian letters).
        if hard >= 2 and hard / n >= 0.008:
            return "bg", _marker_conf(hard), True
        if g("\u045d"):
            return "bg", _marker_conf(g("\u045d")), g("\u045d") >= 2
        return None
    s_uk, s_ru = uk_all / _UK_RATE, ru_all / _RU_RATE
    if s_uk >= 3 * s_ru:
        return "uk", _marker_conf(uk_all - ru_all * _UK_RATE / _RU_RATE, ru_all), uk_all >= 2
    if s_ru >= 3 * s_uk:
        return "ru", _marker_conf(ru_all - uk_all * _RU_RATE / _UK_RATE, uk_all), ru_all >= 2
    return None


def _uk_ru(lang: str, markers: int, expected_other: float) -> tuple[str, float, bool]:
    # Chance of being wrong: the markers seen are a name or a typo (halving with each one), and the
    # other language's markers, expected ``expected_other`` times in a text this long, all stayed away.
    p_wrong = 0.5 ** markers * math.exp(-expected_other)
    return lang, round(max(0.5, min(0.99, 1.0 - p_wrong)), 4), p_wrong < 0.05


def _arabic(f: _Features) -> tuple[str, float, bool] | None:
    cnt = Counter(_MARKERS.findall(f.text))
    g = cnt.get
    ur = sum(g(ch, 0) for ch in "ٹڈڑںے")
    fa = sum(g(ch, 0) for ch in "پچژگکی")
    ar = sum(g(ch, 0) for ch in "يكة")
    if ur >= 2:
        return "ur", _marker_conf(ur), ur >= 2
    if fa >= 2 and fa > 2 * ar:
        return "fa", _marker_conf(fa, ar), fa >= 2
    if ar >= 2 and not fa and not ur:
        return "ar", _marker_conf(ar), ar >= 2
    return None


def _judge(text: str, prior: str | None) -> _Verdict:
    if not text or not isinstance(text, str):
        return _UND
    f = _features(text)
    if f.words < _MIN_WORDS or f.script is None:
        return _UND
    v = _own_verdict(f)
    if prior is None or prior == v.lang:
        return v
    # A prior: the article's language wins unless this text's own evidence is strong.
    prior_script = _LANG_SCRIPT.get(prior)
    if v.lang == UNDETERMINED:
        # langdetect found nothing (acronyms only); the prior holds if the text is in its script.
        if prior_script and f.raw.get(_family_script(prior_script), 0):
            return _Verdict(prior, 0.5, False)
        return v
    if v.strong:
        return v
    own_script = f.script if f.script not in ("Kana",) else "Han"
    if prior_script is not None and _family_script(prior_script) == _family_script(own_script):
        # Same script, weak evidence: the prior holds.
        return _Verdict(prior, round(max(0.5, min(0.9, 1.0 - v.conf / 2 + 0.25)), 4), False)
    # Another script than the prior's: this text is in another language unless it is mostly names and
    # acronyms around words in the prior's script.
    if f.content_by_script.get(f.script, 0) < 3 and f.raw.get(_family_script(prior_script or ""), 0):
        return _Verdict(prior, 0.5, False)
    return v


def _family_script(script: str) -> str:
    return "Han" if script == "Kana" else script


def _own_verdict(f: _Features) -> _Verdict:
    o = _orthography(f)
    if o is not None:
        return _Verdict(*o)
    if f.script == "Latin" and f.words >= _FW_MIN_HITS:
        fw = _function_words(f.text)
        if fw is not None:
            return _Verdict(*fw)
    family = f.script if f.script in _FAMILIES else None
    if family is None:
        return _Verdict(UNDETERMINED, 0.0, False)
    r = _langdetect(f.text, family)
    if r is None:
        return _Verdict(UNDETERMINED, 0.0, False)
    lang, p = r
    strong = p >= 0.95 and f.content >= 5
    return _Verdict(lang, round(p, 4), strong)


# --- function words: a fast, certain path for long Latin-script texts ----------------------------

# Frequent function words, each list keeping only words that are not frequent in the other listed
# languages. Close neighbours (ca, gl, sk, da, no, af, id) have lists of their own so that their texts
# split the hits and fall through to langdetect instead of being taken for es, pt, cs, sv, nl, de or it.
_FUNCTION_WORDS = {
    "en": "the and of to that with for was were has have said from by which this are at it be been their they would will after about",
    "de": "der und das ist nicht mit sich des dem den ein eine auf für von zu im auch wird wurde sind nach bei dass einer",
    "fr": "le les des du et est une dans pour qui sur au aux pas avec ont été cette il selon",
    "es": "el los las del y por con es su sus al como más fue han este esta según",
    "pt": "os da dos das em um não com ao pelo pela foi são segundo também seu sua",
    "it": "il di che della dei delle nel nella per è sono gli alla anche ha come più",
    "nl": "het een van niet op te dat zijn voor met ook werd wordt naar door bij heeft deze",
    "pl": "w się że nie jest został została oraz przez który która które są było także według również",
    "tr": "ve bir bu ile için olarak olan çok daha gibi ancak sonra göre ise kadar",
    "ro": "și în cu pe din care este sunt fost pentru nu mai după să",
    "cs": "jsou také který která které byl byla bylo podle již řekl mezi",
    "sv": "och är inte ett också enligt från även säger att för till",
    "hu": "az és hogy nem egy meg volt már szerint után között csak",
    "fi": "ja on ei että oli myös mukaan hän ovat kanssa jälkeen",
    # neighbours, listed only to split hits
    "ca": "els amb és als dels pel seva aquest també segons",
    "gl": "unha coa polo non xa tamén pola",
    "sk": "sú tiež ktorý ktorá ktoré bol bola bolo podľa už povedal medzi sa",
    "da": "og er ikke også ifølge fra efter af blev siger at til",
    "no": "og er ikke også ifølge fra etter av ble sier å til",
    "af": "nie vir sal hulle sy wat deur word",
    "id": "yang dan dengan untuk dari ini itu tidak akan pada juga telah",
}
_FW_LISTED = frozenset(("ca", "gl", "sk", "da", "no", "af", "id"))
_FW_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _w in _words.split():
        _FW_INDEX[_w] = _FW_INDEX.get(_w, ()) + (_lang,)
_FW_MIN_HITS = 8        # at least this many function words of the winner
_FW_MARGIN = 4.0        # and this many times the runner-up's
_FW_SHARE = 0.06        # and at least this share of the text's words
_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+")


def _function_words(text: str) -> tuple[str, float, bool] | None:
    words = _LATIN_WORD.findall(text.lower())
    hits: dict[str, int] = {}
    for w in words:
        langs = _FW_INDEX.get(w)
        if langs:
            for lang in langs:
                hits[lang] = hits.get(lang, 0) + 1
    if not hits:
        return None
    ranked = sorted(hits.items(), key=lambda kv: (-kv[1], kv[0]))
    lang, top = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if (lang in _FW_LISTED or top < _FW_MIN_HITS or top < _FW_MARGIN * second
            or top < _FW_SHARE * len(words)):
        return None
    return lang, round(min(0.99, 1.0 - 0.25 * (second + 1) / top), 4), True


# --- langdetect: own factories, seeded, profiles of one script family each ---------------------

_lock = threading.Lock()
_factories: dict[str, object] = {}
_profiles: dict[str, object] = {}


def _factory(family: str):
    fac = _factories.get(family)
    if fac is not None:
        return fac
    with _lock:
        fac = _factories.get(family)
        if fac is not None:
            return fac
        from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

        langs = _FAMILIES[family] or tuple(sorted(
            n for n in os.listdir(PROFILES_DIRECTORY) if not n.startswith(".")))
        # The same table DetectorFactory.add_profile builds (n-gram → probability per language, for
        # n-grams of 1–3 characters), filled in one pass per profile instead of through LangProfile.
        size = len(langs)
        table: dict[str, list[float]] = {}
        for index, lang in enumerate(langs):
            prof = _profiles.get(lang)
            if prof is None:
                with open(os.path.join(PROFILES_DIRECTORY, lang), encoding="utf-8") as fh:
                    prof = _profiles[lang] = json.load(fh)
            n_words = prof["n_words"]
            for gram, count in prof["freq"].items():
                k = len(gram)
                if 1 <= k <= 3:
                    row = table.get(gram)
                    if row is None:
                        row = table[gram] = [0.0] * size
                    row[index] = count / n_words[k - 1]
        fac = DetectorFactory()
        fac.langlist = list(langs)
        fac.word_lang_prob_map = table
        fac.set_seed(_SEED)
        _factories[family] = fac
        return fac


def _sample(text: str, n: int) -> str:
    # Prefer prose: when the text has at least n characters in lines of 60+ characters, menus,
    # captions and datelines are left out of the sample.
    if "\n" in text and len(text) > n:
        prose = [line for line in text.split("\n") if len(line) >= 60]
        if sum(map(len, prose)) >= n:
            text = "\n".join(prose)
    text = " ".join(text.split())
    if len(text) <= n:
        return text
    w = n // 3
    mid = len(text) // 2 - w // 2
    return " ".join((text[:w], text[mid:mid + w], text[-w:]))


def _langdetect(text: str, family: str, sample: int = SAMPLE_CHARS) -> tuple[str, float] | None:
    from langdetect.lang_detect_exception import LangDetectException

    s = _sample(text, sample)
    if not s.strip():
        return None
    det = _factory(family).create()
    det.append(s)
    try:
        probs = det.get_probabilities()
    except LangDetectException:
        return None
    if not probs:
        return None
    lang = probs[0].lang
    if lang.startswith("zh"):
        lang = "zh"
    return lang, float(min(1.0, probs[0].prob))
