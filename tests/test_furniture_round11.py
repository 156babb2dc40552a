"""Held-out round 11 on site furniture, fitted in issue 3 (after the lead scored it blind).

``tests/data/furniture_articles11/`` holds 40 articles written by another engineer: 10 outlets with 3 articles each
and their own templates (0532, expresso, holod, itsmycity, mukachevonet, ouestfrance, rtvi, strana, texty, vikna) and
10 single articles, in 7 languages (uk ru pt fr es et az). ``tests/data/furniture_articles11_labels.csv`` labels every
non-empty line (``file, line_no, is_furniture, kind``); the writer labelled a title's second copy furniture and an
editor's correction of the story ("Виправлення: …", "Rectificatif : …") news.

Blind (held out by the lead): at the session's start recall 0.844 with 1.9% news; after rounds 7–8 0.909 with 0.4%
news. Re-scored at the start of issue 3 (rounds 9–10 in): recall 0.981 (302/308), news share 0.003 — misses: the
masthead slogan "Закарпаття без цензури — щодня з 2006 року" above every mukachevonet headline (3: a digit makes it
sentence-shaped, so repetition did not take it), the byline "Авторка: …" (2: the lexicon knew "Автор:" only), a
one-off donation appeal; the one news line flagged was vikna's correction.

Issue 3's fixes: an editor's correction of the story is news (the lexicon entry "correction" became "update_note",
keeping "This story has been updated" and editors' notes); "Авторка:"/"Авторы:"/"Authors:" bylines. The masthead
slogan is found since the loader (lead, same session) stopped taking a site line atop 3+ different stories for their
title: the repetition rule then counts it (a rule of ``line_keys`` for lines above the headline was tried and
dropped: it found nothing more). Final: recall 0.997 (307/308), no news flagged; the one left is hromadske's one-off
"Громадське існує завдяки вам. Станьте частиною спільноти" (a sentence in the body's last lines).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from furniture_scoring import read_labels, score_lines, languages_with, mark_recurring, assert_bar, check_fixture

import helpers as h
from analysis.text import normalize

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "tests" / "data" / "furniture_articles11"
LABELS = ROOT / "tests" / "data" / "furniture_articles11_labels.csv"

#: The language each outlet writes in (the file name is ``<outlet>_<n>.txt``).
LANG = {"0532": "uk", "elconfidencial": "es", "err": "et", "expresso": "pt", "holod": "ru", "hromadske": "uk",
        "itsmycity": "uk", "mediazona": "ru", "mukachevonet": "uk", "novynarnia": "uk", "ouestfrance": "fr",
        "oxuaz": "az", "rosbalt": "ru", "rtvi": "ru", "strana": "ru", "texty": "uk", "tvrain": "ru", "tyzhden": "uk",
        "vezha": "uk", "vikna": "uk"}


@pytest.fixture(scope="module")
def labels() -> dict[str, list[tuple[int, bool, str]]]:
    return read_labels(LABELS)


@pytest.fixture(scope="module")
def scored(labels) -> list[dict]:
    return mark_recurring(score_lines(FOLDER, labels, LANG))


def test_fixture_is_outlets_with_templates(labels):
    check_fixture(FOLDER, labels, LANG, min_files=40, min_triples=10, min_singles=10, min_langs=7)


def test_whole_pipeline_finds_furniture_without_flagging_news(scored):
    assert_bar(scored)


def test_recurring_template_lines_and_one_off_lines(scored):
    for group in (True, False):
        assert_bar([r for r in scored if r["recurs"] == group], what=group)


@pytest.mark.parametrize("lang", languages_with(FOLDER, LANG))
def test_each_language_with_three_articles(scored, lang):
    assert_bar([r for r in scored if r["lang"] == lang], news_share=0.10, what=lang)


def test_corrections_labelled_news_stay_in_the_body(scored):
    """An editor's correction of the story is news (issue 3): every line labelled ``correction`` stays."""
    rows = [r for r in scored if r["kind"] == "correction"]
    assert rows and not any(r["is_furniture"] for r in rows)
    assert not [r["line"] for r in rows if r["flagged"]]


def test_every_title_stays_in_the_body(labels):
    """The labelled title (first ``title`` line, news) is in ``body``; a masthead slogan above it is not."""
    articles = h.load_articles(FOLDER, cache=False).set_index("article_id")
    for file, rows in labels.items():
        text = (FOLDER / file).read_text(encoding="utf-8").split("\n")
        no = next(no for no, fur, kind in rows if kind == "title" and not fur)
        assert normalize(text[no - 1]) in articles.loc[file[:-4], "body"], file


def test_a_masthead_slogan_above_the_headline_recurring_in_an_outlet_goes(tmp_path):
    """Structure, not phrase: a sentence-shaped line (a dash, digits) above the rubric and three different
    headlines of one unknown outlet is its masthead; the headlines and bodies stay."""
    heads = ["Сеул: КНДР відправила ще 2 тисячі військових", "Пентагон підтвердив бої на Курщині",
             "Зеленський закликав партнерів відповісти Пхеньяну"]
    slogan = "Полісся без цензури — щодня з 2004 року"
    bodies = [["За даними розвідки, у Курській області перебувають 3 тисячі військових КНДР, заявили в Києві.",
               "Сторони не коментують повідомлення, яке з'явилося 4 листопада."],
              ["У Пентагоні повідомили про перші бої за участі північнокорейських підрозділів.",
               "Речник відомства не назвав кількості загиблих."],
              ["Президент звернувся до союзників після нових даних розвідки про війська КНДР.",
               "Він назвав відсутність реакції партнерів небезпечною."]]
    for i, (head, body) in enumerate(zip(heads, bodies), 1):
        (tmp_path / f"polissia_{i}.txt").write_text("\n".join([slogan, "Україна і світ", head, f"1{i}.11.2024 16:4{i} | Редакція", *body]), encoding="utf-8")
    arts = h.load_articles(tmp_path, cache=False).set_index("article_id")
    for i, (head, body) in enumerate(zip(heads, bodies), 1):
        art = arts.loc[f"polissia_{i}"]
        assert slogan not in art.body and head in art.body
        assert any(r["text"] == slogan for r in art.removed)
        assert all(line in art.body for line in body)
