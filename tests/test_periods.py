"""``helpers.articles_per_period``: the counts behind notebook 01's chart of articles over time."""
from __future__ import annotations

import pandas as pd

import helpers as h
from conftest import SEED_DIR


def _articles(dates: list[str | None], langs: list[str]) -> pd.DataFrame:
    published = pd.to_datetime(pd.Series(dates, dtype="object")).dt.tz_localize("Europe/Kyiv")
    return pd.DataFrame({"article_id": [f"a{i}" for i in range(len(dates))], "published": published, "lang": langs})


def test_seeds_are_counted_per_day_without_the_undated():
    articles = h.load_articles(SEED_DIR, cache=False)
    table, period = h.articles_per_period(articles)
    assert period == "day"
    assert int(table.to_numpy().sum()) == int(articles["published"].notna().sum())
    dated = articles[articles["published"].notna()]
    assert list(table.index) == sorted(dated["published"].dt.tz_localize(None).dt.normalize().unique())
    by_lang = dated["lang"].value_counts()
    assert list(table.columns) == sorted(by_lang.index, key=lambda c: (-by_lang[c], c))


def test_a_long_span_is_counted_per_week_from_monday():
    # 2024-11-04 is a Monday; 2024-11-10 is the Sunday of the same week; 120 days is too many daily bars
    dates = ["2024-11-04 09:00", "2024-11-10 23:30", "2024-11-12 08:00", "2025-03-03 12:00", None]
    table, period = h.articles_per_period(_articles(dates, ["uk", "ru", "uk", "en", "uk"]), max_bars=60)
    assert period == "week"
    assert list(table.index) == [pd.Timestamp("2024-11-04"), pd.Timestamp("2024-11-11"), pd.Timestamp("2025-03-03")]
    assert table.loc[pd.Timestamp("2024-11-04")].to_dict() == {"uk": 1, "ru": 1, "en": 0}
    assert int(table.to_numpy().sum()) == 4  # the undated one is left out


def test_years_are_counted_per_month_and_days_when_they_fit():
    dates = ["2023-01-15", "2023-01-20", "2024-06-01", "2025-12-31"]
    table, period = h.articles_per_period(_articles(dates, ["en"] * 4), max_bars=60)
    assert period == "month" and table["en"].tolist() == [2, 1, 1]
    assert list(table.index) == [pd.Timestamp("2023-01-01"), pd.Timestamp("2024-06-01"), pd.Timestamp("2025-12-01")]
    _, period = h.articles_per_period(_articles(["2024-11-01", "2024-12-29"], ["uk", "uk"]), max_bars=60)
    assert period == "day"  # 59 days fit in 60 bars
    _, period = h.articles_per_period(_articles(["2024-11-01", "2024-12-31"], ["uk", "uk"]), max_bars=60)
    assert period == "week"  # 61 days do not


def test_no_dated_article_gives_an_empty_table():
    table, period = h.articles_per_period(_articles([None, None], ["uk", "ru"]))
    assert table.empty and period == "day"
