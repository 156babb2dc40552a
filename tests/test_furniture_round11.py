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

from furniture_scoring import scored_round

import helpers as h


def test_corrections_labelled_news_stay_in_the_body():
    """An editor's correction of the story is news (issue 3): every line labelled ``correction`` stays."""
    scored = scored_round(11)
    rows = [r for r in scored if r["kind"] == "correction"]
    assert rows and not any(r["is_furniture"] for r in rows)
    assert not [r["line"] for r in rows if r["flagged"]]


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
