"""The tests every blind furniture round has, once, over the table ``furniture_scoring.ROUNDS``.

Each round's own tests (its lines written after the fixture, its reprints, its structural rules) and the record of
its scores (the module docstring) stay in ``test_furniture_roundN.py``. Here, per round: the fixture has the shape
the round promised; the whole pipeline reaches the bar (recall >= 0.9, at most 5% of the flagged lines news); from
round 6 on, lines recurring in an outlet's articles (the repetition rule's job) and one-off lines (bylines, changing
teasers, single articles: the lexicon's and the shapes' job) each reach it on their own; each language with three
articles reaches its round's per-language bar; from round 11 on, every labelled title stays in the body.
"""
from __future__ import annotations

import pytest
from furniture_scoring import ROUNDS, assert_bar, check_fixture, labels_of, languages_with, scored_round

import helpers as h
from analysis.text import normalize

ALL = [pytest.param(n, id=f"round{n}") for n in ROUNDS]


@pytest.mark.parametrize("n", ALL)
def test_fixture_has_the_promised_shape(n):
    r = ROUNDS[n]
    check_fixture(r.folder, labels_of(n), r.lang, **r.fixture)


@pytest.mark.parametrize("n", ALL)
def test_whole_pipeline_finds_furniture_without_flagging_news(n):
    assert_bar(scored_round(n))


@pytest.mark.parametrize("n", [p for p in ALL if ROUNDS[p.values[0]].recurring])
def test_recurring_template_lines_and_one_off_lines(n):
    for group in (True, False):
        assert_bar([r for r in scored_round(n) if r["recurs"] == group], what=group)


@pytest.mark.parametrize("n, lang", [pytest.param(n, lang, id=f"round{n}-{lang}")
                                     for n, r in ROUNDS.items() for lang in languages_with(r.folder, r.lang)])
def test_each_language_with_three_articles(n, lang):
    """Per language: the round's recall (0.9; 0.85 in rounds 9 and 10); at most 10% of the flagged lines news (a
    few lines per language)."""
    r = ROUNDS[n]
    assert_bar([row for row in scored_round(n) if row["lang"] == lang], recall=r.lang_recall,
               news_share=r.lang_news_share, what=lang)


@pytest.mark.parametrize("n", [p for p in ALL if ROUNDS[p.values[0]].titles])
def test_every_title_stays_in_the_body(n):
    """The labelled title (first ``title`` line, news) is in ``body``; a masthead slogan above it is not."""
    folder = ROUNDS[n].folder
    articles = h.load_articles(folder, cache=False).set_index("article_id")
    for file, rows in labels_of(n).items():
        text = (folder / file).read_text(encoding="utf-8").split("\n")
        no = next(no for no, fur, kind in rows if kind == "title" and not fur)
        assert normalize(text[no - 1]) in articles.loc[file[:-4], "body"], file
