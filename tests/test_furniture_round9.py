"""Blind round 9 on site furniture: scored by the lead after round 8's fixes, before any change for it.

``tests/data/furniture_articles9/`` holds 40 articles written blind by another engineer: 10 outlets with 3 articles
each and their own templates (24kanal, bharian, echo, galka, glavred, istories, klix, lenta, liga, vchasno) and 10
single articles, in 7 languages (uk ru sv sq ms bs mk). galka_2, interfaxua_1, liga_2 and vchasno_2 reprint one
agency story with the same title and paragraphs: the shared news must stay. ``furniture_articles9_labels.csv``
labels every non-empty line (``file, line_no, is_furniture, kind``).

Blind, with round 8's rules and before any change (whole pipeline, scored at 4c05ee7): recall 0.922 (273/296), news
share 0.004 (1 line: an editor's correction "Виправлення: …", which the lexicon takes for furniture and the writer
labelled news); recurring lines 0.925, one-off lines 0.920; the lexicon alone 0.659. Per language bs 0.75, ru 0.89,
sv 0.88, uk 0.95, mk ms sq 1.00. Misses by cause: repetition blocked by shape (9: echo's and istories' donation
appeals open with or hold a quoted outlet name and have 12+ words, glavred's bio box is two sentences under a
recurring "Про персону: …" label), bylines of initials ("K. R.", 3), "Povezano: …" related lines (3), a "most
interesting this week" label and its two headlines (3), one-off promos: a price per month in kronor, "watch … live",
a donation appeal with a quoted name, a forwarded newsletter's "subscribe here" line and the rubric under it (5).

After round 9's rules (``_round9_entry``; ``_short_quotes``: a short quoted name is no quotation at an article's
end; ``line_keys`` column ``end_long``: a longer line at the end right under the same recurring furniture line is
a box): recall 1.000 (296/296), news share 0.003 (the same correction); lexicon alone 0.74. The round-5/6 substring
gates became one regex search each, so ``is_furniture`` costs no more per news line than before.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from furniture_scoring import scored_round, write_article

import helpers as h
from analysis.boilerplate import is_furniture
from analysis.text import normalize


def test_agency_reprint_in_four_outlets_stays():
    """galka_2, interfaxua_1, liga_2 and vchasno_2 print the same title and paragraphs: shared news, never furniture."""
    scored = scored_round(9)
    files = ("galka_2.txt", "interfaxua_1.txt", "liga_2.txt", "vchasno_2.txt")
    news = [{r["line"] for r in scored if r["file"] == f and not r["is_furniture"]} for f in files]
    shared = set.intersection(*news)
    assert len(shared) >= 3
    assert not [r["line"] for r in scored if r["line"] in shared and r["flagged"]]


# --- the repetition rules on inputs written here (an invented outlet, German-like text) -------------------------
_BODY = ["Pjongjang sandte {n} Soldaten nach Kursk, sagte der Minister am Montag in Seoul.",
         "Die Soldaten sollen in russischen Einheiten dienen, heißt es in dem Bericht.",
         "Moskau hat die Angaben zu den {n} Soldaten bisher nicht bestätigt."]
_HEADS = ["Seoul: Nordkorea schickt Soldaten nach Russland", "Pentagon bestätigt Truppen aus Pjongjang in Kursk",
          "Erste Gefechte mit nordkoreanischen Einheiten gemeldet"]
_ENDS = ["Seoul rechnet mit weiteren Transporten vor dem Winter.", "Kiew meldet erste Gefechte an der Grenze.",
         "Washington berät mit den Verbündeten über eine Antwort."]


def _removed(folder: Path) -> dict[str, dict[str, str]]:
    arts = h.load_articles(folder, cache=False)
    return {a.article_id: {r["text"]: r["kind"] for r in a.removed} for a in arts.itertuples()}


_BIO = ("Kim Jong Un ist ein nordkoreanischer Politiker und seit 2011 der Oberste Führer des Landes, Sohn von Kim "
        "Jong Il und Enkel des Staatsgründers Kim Il Sung. Er gilt als Verbündeter des Kremls.")


def test_a_long_box_under_a_recurring_label_goes(tmp_path):
    """Three articles of an unknown outlet end on the same label and, under it, the same two-sentence bio: the label
    recurs (furniture by repetition) and the bio always follows it — a box, however long."""
    label = "Zur Person: Kim Jong Un"
    assert is_furniture(_BIO) is None and is_furniture(label) is None
    for i, (n, head, end) in enumerate(zip((1500, 3000, 8000), _HEADS, _ENDS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [end, label, _BIO])
    removed = _removed(tmp_path)
    assert all(r.get(_BIO) == "repeated_across_articles" for r in removed.values()), removed
    assert not any(end in r for r in removed.values() for end in _ENDS)


def test_a_long_recurring_paragraph_after_news_stays(tmp_path):
    """The same bio at the end of three articles, but after a news line that is the same each time (a reprinted
    ending) and is not furniture: it stays — only a box under a furniture line goes."""
    tail = "Seoul rechnet mit weiteren Transporten vor dem Winter."
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"wire_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [tail, _BIO])
    removed = _removed(tmp_path)
    assert not any(_BIO in r or tail in r for r in removed.values()), removed


def test_an_end_appeal_opening_with_a_quoted_name_goes(tmp_path):
    """Thirteen words opening with a short quoted name, last line of three articles: a name is no quotation."""
    appeal = '"Kvenn" lebt von Ihren Beiträgen und bleibt frei für alle, die es lesen wollen'
    assert is_furniture(appeal) is None
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [appeal])
    removed = _removed(tmp_path)
    assert all(r.get(normalize(appeal)) == "repeated_across_articles" for r in removed.values()), removed


def test_a_recurring_quotation_at_the_end_stays(tmp_path):
    """A quotation attributed with a comma ('"…", sagte er') recurring at the end stays: it is a quote."""
    quote = '"Wir werden nicht nachgeben", sagte der Minister in Seoul vor Journalisten am Abend'
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [quote])
    removed = _removed(tmp_path)
    assert not any(normalize(quote) in r for r in removed.values()), removed


# Lines written after the fixture (not in it): other sites, other languages, the same shapes.
@pytest.mark.parametrize("line", [
    "M. K.", "J. P. S.", "Т. Ш.", "Povezano: Zelenski stiže u Zagreb", "Поврзано: Путин го пречека Ким",
    "Lexo edhe: Zelensky në Tiranë", "Artikel berkaitan: Tentera Korea Utara di Kursk", "Se även: Natos svar",
    'Поддержите "Медиазону" — это важно', 'Підтримайте "Громадське" щомісячним внеском',
    "Support us: independent journalism needs you", "Podržite nas — svaka donacija pomaže",
    "Якщо вам переслали цей лист, підпишіться тут", "Forwarded this email? Subscribe here",
    "Смотрите РБК онлайн — прямой эфир круглосуточно", "Watch Sky News live", "Gledajte N1 uživo",
    "Найпопулярніше за тиждень", "Самое читаемое за неделю", "Most read this week", "Najčitanije ove sedmice",
    "Prova Plus – första månaden för 10 kr", "Pretplata: prvi mjesec 1 kuna",
])
def test_round9_furniture_lines(line):
    assert is_furniture(normalize(line)) is not None


@pytest.mark.parametrize("line", [
    "U.S. troops", "K. R. said the soldiers were tired.", "Povezano s tim, ministar je rekao da Rusija laže.",
    'Лукашенко призвал поддержать "Единую Россию" на выборах', '"Поддержите нас", — сказал Зеленский союзникам',
    "Ukraine asked allies to support its forces in Kursk.", "Он подписался здесь под договором с КНДР.",
    "Найгірше позаду", "The most important week for Kyiv", "Watch: the soldiers crossed the border",
    "Sweden pays 1 krona per month to each soldier, the report says.",
    "Дивіться, як північнокорейські військові тренуються на полігоні.",
])
def test_round9_news_lines_are_not_furniture(line):
    assert is_furniture(normalize(line)) is None
