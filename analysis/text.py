"""Normalising and tokenising article text: the one place every analysis shares.

Public functions (documented below) come first; private helpers start with ``_``.

The normal form (``normalize``) is idempotent and keeps the text readable:

* Unicode NFC; CRLF and CR become LF.
* Zero-width characters (U+200B–U+200D, U+2060, U+FEFF) and soft hyphens (U+00AD) are removed.
* Every kind of space (no-break U+00A0, narrow no-break U+202F, thin, figure, ideographic,
  tabs, form feeds) becomes one ASCII space; runs of spaces collapse; lines are stripped.
* Apostrophes inside words (’ ʼ ' ‘ ` ´ ′) become one apostrophe, ``'`` (U+0027).
* Double quotes (« » „ “ ” ‟ ″ and ") become ``"``.
* Dashes: hyphens (U+2010, U+2011) and the minus sign become ``-``; figure, en, em dashes and the
  horizontal bar become ``—``; a hyphen standing alone between spaces (" - ") is a dash, ``—``.
* More than one blank line collapses to one blank line; leading/trailing blank lines go.

``match_key`` is the key for matching (boilerplate, overlap): case-folded, apostrophes and
punctuation removed, digits optionally mapped to ``0``. ``skeleton`` maps Ukrainian and Russian
spellings to one Cyrillic skeleton for cross-lingual comparison.
"""
from __future__ import annotations

import os
import re
import unicodedata

__all__ = [
    "APOSTROPHE",
    "normalize",
    "split_paragraphs",
    "match_key",
    "tokenize",
    "skeleton",
    "text_quality",
    "progress",
]

#: The one apostrophe the normal form uses inside words.
APOSTROPHE = "'"

_SPACES = re.compile(r"[ \t\x0b\x0c\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_APOSTROPHES = "\u2019\u02bc'\u2018`\u00b4\u2032\u02b9"
_APOS_IN_WORD = re.compile(rf"(?<=\w)[{_APOSTROPHES}](?=\w)")
# One pass replaces every character that the normal form changes one for one (or drops).
_ODD_MAP = {
    **dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", ""),
    **dict.fromkeys("«»„“”‟″", '"'),
    **dict.fromkeys("\u2010\u2011\u2212", "-"),
    **dict.fromkeys("\u2012\u2013\u2015", "\u2014"),
    "\u2028": "\n", "\u2029": "\n\n",
}
_ODD_CHARS = re.compile("[" + "".join(_ODD_MAP) + "]")
_APOS_ANY = re.compile(f"[{_APOSTROPHES}]")
_SPACE_AROUND_NEWLINE = re.compile(r" ?\n ?")
_ODD_SPACE = re.compile(r"[\t\x0b\x0c\x1c-\x1f\x85\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|  ")
_SPACED_HYPHEN = re.compile(r"(?<=\s)-(?=\s)|^-(?=\s)", re.M)
_BLANK_RUNS = re.compile(r"\n{3,}")

_WORD = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*")
_PUNCT_OR_SPACE = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")

# Cross-lingual skeleton: letters that Ukrainian and Russian spell differently for one sound.
_SKELETON = str.maketrans({
    "і": "и", "ї": "и", "ы": "и", "й": "и",
    "є": "е", "э": "е", "ё": "е",
    "ґ": "г",
    "ъ": None, "ь": None, "'": None,
})


def normalize(text: str) -> str:
    """Return the documented normal form of ``text`` (idempotent: ``normalize(normalize(t)) == normalize(t)``).

    Keeps line structure (one line per source line, single blank lines kept) so that paragraphs
    can still be told apart; see the module docstring for each rule. Text already in normal form
    passes through with a few scans and no copies of note (it runs on every article more than once).
    """
    if not text:
        return ""
    t = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    if "\r" in t:
        t = t.replace("\r\n", "\n").replace("\r", "\n")
    if _ODD_CHARS.search(t):
        t = _ODD_CHARS.sub(_replace_odd, t)  # zero-width out first, so "зв\u200b’язку" still joins
        if not unicodedata.is_normalized("NFC", t):  # a dropped zero-width may let letters compose
            t = unicodedata.normalize("NFC", t)
    if _APOS_ANY.search(t):
        t = _APOS_IN_WORD.sub(APOSTROPHE, t)
    if _ODD_SPACE.search(t):
        t = _SPACES.sub(" ", t)
    if " \n" in t or "\n " in t:
        t = _SPACE_AROUND_NEWLINE.sub("\n", t)
    t = t.strip(" ")
    if "-" in t:
        t = _SPACED_HYPHEN.sub("\u2014", t)
    if "\n\n\n" in t:
        t = _BLANK_RUNS.sub("\n\n", t)
    t = t.strip("\n")
    return t if unicodedata.is_normalized("NFC", t) else unicodedata.normalize("NFC", t)


def split_paragraphs(text: str) -> list[str]:
    """Split normalised text into paragraphs: one per non-empty line.

    A line broken inside a sentence is joined back to the previous one with a space (as in
    "3 тис.\nпівнічнокорейських"): the next line starts with a lower-case letter, is not a bare
    domain or link (nor starts with a domain, nor is one camel-case word such as "detikNews"), and the previous line is sentence-length (40+ characters) and ends without
    closing punctuation or with an abbreviation such as "тис.". Short lines ("Останні новини" then
    "більше новин") stay apart.
    """
    out: list[str] = []
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            continue
        if out and _continues(out[-1], line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def match_key(text: str, *, digits: bool = True, normalized: bool = False) -> str:
    """The key two segments are matched on: stable under case, whitespace, punctuation and apostrophes.

    With ``digits=True`` (the default) every digit becomes ``0``, so "00:49" and "03:12", or the
    same teaser with another count, share a key; pass ``digits=False`` to keep them apart. Pass
    ``normalized=True`` for text already in normal form to skip normalising it again.
    """
    t = (text if normalized else normalize(text)).casefold()
    t = t.replace(APOSTROPHE, "")
    t = _PUNCT_OR_SPACE.sub(" ", t).strip()
    if digits:
        t = _DIGIT.sub("0", t)
    return t


def tokenize(text: str, *, normalized: bool = False) -> list[str]:
    """Lower-case word tokens of ``text`` (letters and digits; inner apostrophes and hyphens kept).

    Pass ``normalized=True`` for text already in normal form (``load_articles``'s ``text`` and ``body``)
    to skip normalising it again.
    """
    return [w.casefold() for w in _WORD.findall(text if normalized else normalize(text))]


def skeleton(text: str) -> str:
    """Map Ukrainian and Russian spellings onto one Cyrillic skeleton (і ї ы й→и, є э ё→е, ґ→г; ъ ь ' dropped).

    Lower-cases first. Latin letters, digits and other scripts pass through unchanged, so names and
    figures keep their form across a translation.
    """
    return text.casefold().translate(_SKELETON)


def text_quality(text: str, lang: str | None = None) -> str:
    """Flag text damage instead of pretending the text is clean; ``"ok"`` when nothing is found.

    Returns a comma-separated list of flags, checked for Ukrainian (``lang="uk"``, or Ukrainian
    orthography when ``lang`` is None):

    * ``missing_є``: (almost) no ``є``/``Є`` in a text long enough that Ukrainian always has some
      (0.5–1.1% of letters in the seeds; flagged when at least 10 would be expected at 0.8% and
      fewer than an eighth of those are there; a title set apart may keep a few);
    * ``missing_apostrophe``: words that Ukrainian writes with an apostrophe appear without one
      ("звязку", "інтервю", "повязаних");
    * ``missing_hyphen``: compounds glued where a hyphen was lost ("будьякої", "ІндоТихоокеанському").

    Any language: ``replacement_chars`` when U+FFFD appears (a decoding failure upstream).
    """
    flags: list[str] = []
    if "\ufffd" in text:
        flags.append("replacement_chars")
    ukrainian = lang == "uk" or (lang is None and _looks_ukrainian(text))
    if ukrainian:
        letters = len(_NON_LETTERS.sub("", text))
        expected = letters * _E_RATE
        if expected >= 10 and len(re.findall("[єЄ]", text)) <= expected / 8:
            flags.append("missing_є")
        if APOSTROPHE not in text and _APOSTROPHE_STEMS.search(text):
            flags.append("missing_apostrophe")
        if _GLUED_COMPOUND.search(text):
            flags.append("missing_hyphen")
    return ",".join(flags) or "ok"


def progress(items, *, desc: str, enabled: bool = True, **options):
    """``items`` wrapped in a tqdm bar (a widget in JupyterLab, a line in a terminal), or ``items`` as they are.

    No bar when ``enabled`` is False (callers pass their own size threshold) or when the environment sets
    ``NEWS_BUNDLE_PROGRESS=0``, as ``make report`` does so that reports carry no bars. ``options`` go to tqdm.
    """
    if not enabled or os.environ.get("NEWS_BUNDLE_PROGRESS", "1") == "0":
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, mininterval=1.0, leave=False, **options)


# --- private -------------------------------------------------------------------------------

def _replace_odd(m: re.Match) -> str:
    return _ODD_MAP[m.group()]


# Share of letters that are є in Ukrainian news prose (measured on the uk seeds with є: ~0.8%).
_E_RATE = 0.008
# Stems Ukrainian spells with an apostrophe after a labial or р, seen without it.
_APOSTROPHE_STEMS = re.compile(
    r"\b(?:з|об|від|під|над|роз|пів|без|між)?(?:звяз|повяз|вязк|обовяз|інтервю|обєдн|обєкт|субєкт|"
    r"пять|девят|мясо|мяс|сімя|сімї|памят|компютер|зявил|зявля|вїзд|зїзд|підїзд|обїзд|мякш|"
    r"привяз|вязн|розвяз|здоровя)\w*",
    re.I,
)
_GLUED_COMPOUND = re.compile(
    r"\b(?:будь|хто|що|який|яка|яке|які|де|коли|куди|як)(?:небудь)\b|\bбудь(?:як|що|хто|де|коли|куди|чий)\w*|"
    r"\b[А-ЯІЇЄҐ][а-яіїєґ']{2,}[А-ЯІЇЄҐ][а-яіїєґ']{3,}",
)
# A link, a domain (also leading a credit: "hvg.hu/MTI | 2024. november 5."), or a one-word brand in camel case
# ("detikNews"): site furniture under a headline, never the rest of its sentence.
_LINK_LIKE = re.compile(r"^\S+\.[a-z]{2,}(?:/\S*)?$|^(?:https?://|www\.)|^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?(?=\s)"
                        r"|(?-i:^[a-z]+[A-Z]\w*$)")
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:тис|тыс|млн|млрд|ін|др|т|п|пп|с|ст|р|рр|г|гг|грн|руб|дол|вул|ул|обл|див|напр|прим|ред|"
    r"etc|approx|e\.g|i\.e|no|vs|mr|mrs|dr|st|gen|col|lt)\.)$",
    re.I,
)


# Georgian prose is written in Mkhedruli, which Unicode files as lower-case letters (its capitals, Mtavruli,
# are for all-caps display): a Georgian line starting "lower-case" says nothing about a broken sentence.
_UNICAMERAL = re.compile("[\u10a0-\u10ff\u1c90-\u1cbf\u2d00-\u2d2f]")


def _continues(previous: str, line: str) -> bool:
    """True when ``line`` continues a sentence that ``previous`` broke off (see ``split_paragraphs``)."""
    if not line[0].islower() or _UNICAMERAL.match(line) or _LINK_LIKE.match(line) or len(previous) < 40:
        return False
    return previous[-1] not in ".!?…:;\"»)" or bool(_ABBREVIATION_END.search(previous))


_NON_LETTERS = re.compile(r"[\W\d_]+")
_UK_ONLY = re.compile("[іїєґІЇЄҐ]")
_RU_ONLY = re.compile("[ыэъёЫЭЪЁ]")


def _looks_ukrainian(text: str) -> bool:
    return len(_UK_ONLY.findall(text)) > 2 * len(_RU_ONLY.findall(text)) + 2
