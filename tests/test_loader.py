"""The loader: the seeds as read by a person, every kind of bad input, encodings, table input, determinism."""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from pathlib import Path

import pandas as pd
import pytest

import helpers as h
from analysis.text import match_key, normalize, split_paragraphs, tokenize

SEEDS = h.ROOT / "data" / "articles"
SHARED_SEEDS = h.ROOT.parent / "shared" / "seeds"

# Verified by reading each file (see data/articles.csv for where the manifest's values come from).
EXPECTED = {
    "000_e5529774deccaff7": dict(title="Генсек НАТО Рютте підтвердив присутність військ КНДР в росії",
                                 outlet="Ми-Україна", date="2024-10-28", date_source="text", lang="uk"),
    "001_1ffae8b320c8eec2": dict(title="Я можу підтвердити, що війська КНДР розгорнуті в Курській області РФ — Рютте",
                                 outlet=None, date=None, date_source="none", lang="uk"),
    "002_a904b6fad875d714": dict(title="Чим Росія розплачується із Північною Кореєю за військових і боєприпаси: "
                                       "відповідь генсека НАТО",
                                 outlet=None, date="2024-11-13", date_source="dateline", lang="uk"),
    "003_395fcf46554f416d": dict(title="Наращивание военного сотрудничества между Россией и КНДР в Альянсе назвали "
                                       "многократным нарушением резолюций Совета Безопасности ООН.",
                                 outlet=None, date="2024-11-08", date_source="text", lang="ru"),
    "004_350221abaec2f633": dict(title="G7 готує скоординовану відповідь на використання Росією північнокорейських військ",
                                 outlet="glavcom.ua", date="2024-11-05", date_source="header", lang="uk"),
}


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return h.load_articles("data/articles")


def _load_quietly(source, **kw) -> pd.DataFrame:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", h.ArticleRejected)
        return h.load_articles(source, **kw)


# --- the seeds -----------------------------------------------------------------------------

def test_seed_files_are_the_shared_seeds_byte_for_byte():
    ours = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert ours == sorted(EXPECTED_FILE + ".txt" for EXPECTED_FILE in EXPECTED)
    if SHARED_SEEDS.is_dir():
        for name in ours:
            assert (SEEDS / name).read_bytes() == (SHARED_SEEDS / name).read_bytes(), name


def test_seeds_load_as_five_rows_with_titles_outlets_dates_languages(seeds):
    assert list(seeds["article_id"]) == sorted(EXPECTED)
    for row in seeds.itertuples():
        want = EXPECTED[row.article_id]
        assert row.title == want["title"], row.article_id
        assert (row.outlet if pd.notna(row.outlet) else None) == want["outlet"], row.article_id
        got_date = row.published.strftime("%Y-%m-%d") if pd.notna(row.published) else None
        assert got_date == want["date"], row.article_id
        assert row.date_source == want["date_source"], row.article_id
        assert row.lang == want["lang"], row.article_id
        assert 0.5 <= row.lang_confidence <= 1.0


def test_published_is_timezone_aware_and_header_keeps_its_time(seeds):
    assert str(seeds["published"].dt.tz) == h.TIMEZONE
    glavcom = seeds.set_index("article_id").loc["004_350221abaec2f633", "published"]
    assert glavcom == pd.Timestamp("2024-11-05 15:54:03+02:00")


def test_seed_columns_and_counts(seeds):
    for col in ["article_id", "path", "sha256", "encoding", "text", "title", "outlet", "url", "cites",
                "published", "date_source", "lang", "lang_confidence", "quality", "n_chars", "n_words",
                "n_paragraphs", "body", "boilerplate_share", "removed"]:
        assert col in seeds.columns, col
    for row in seeds.itertuples():
        raw_bytes = (SEEDS / f"{row.article_id}.txt").read_bytes()
        assert row.sha256 == hashlib.sha256(raw_bytes).hexdigest()
        assert h.raw_text(seeds, row.article_id) == raw_bytes.decode("utf-8")
        assert row.encoding == "utf-8"
        assert row.text == normalize(raw_bytes.decode("utf-8"))
        assert row.n_chars == len(row.text)
        assert row.n_paragraphs == len(split_paragraphs(row.text))
        assert 250 < row.n_words < 800
        assert not Path(row.path).is_absolute() and row.path.startswith("data/articles/")


def test_cites_name_the_agencies_each_seed_credits(seeds):
    cites = dict(zip(seeds["article_id"], seeds["cites"]))
    assert cites["000_e5529774deccaff7"] == ["Суспільне", "Ми-Україна"]
    assert cites["002_a904b6fad875d714"] == ["Укрінформ"]
    # 001's "Українська правда" and "CNN" are credited only inside teasers for other stories.
    assert cites["001_1ffae8b320c8eec2"] == []
    assert cites["003_395fcf46554f416d"] == [] and cites["004_350221abaec2f633"] == []


def test_damaged_seed_is_flagged_and_clean_ones_are_not(seeds):
    quality = dict(zip(seeds["article_id"], seeds["quality"]))
    assert set(quality["004_350221abaec2f633"].split(",")) == {"missing_є", "missing_apostrophe", "missing_hyphen"}
    assert all(quality[a] == "ok" for a in quality if not a.startswith("004"))


def test_two_loads_are_equal(seeds):
    again = h.load_articles("data/articles")
    pd.testing.assert_frame_equal(seeds, again)


def test_paths_resolve_from_the_repo_not_the_working_directory(tmp_path, seeds):
    cwd = os.getcwd()
    try:
        os.chdir(tmp_path)
        elsewhere = h.load_articles("data/articles")
    finally:
        os.chdir(cwd)
    pd.testing.assert_frame_equal(seeds, elsewhere)


def test_without_a_manifest_the_text_still_gives_outlet_and_dates():
    bare = h.load_articles("data/articles", manifest=False).set_index("article_id")
    assert pd.isna(bare.loc["000_e5529774deccaff7", "outlet"])
    assert bare.loc["004_350221abaec2f633", "outlet"] == "glavcom.ua"
    assert bare.loc["000_e5529774deccaff7", "published"].strftime("%Y-%m-%d") == "2024-10-28"


def test_paragraphs_table(seeds):
    paras = h.paragraphs(seeds)
    assert list(paras.columns) == ["article_id", "paragraph", "text", "lang", "lang_confidence", "n_chars", "in_body"]
    for aid, group in paras.groupby("article_id"):
        text = seeds.set_index("article_id").loc[aid, "text"]
        assert list(group["paragraph"]) == list(range(len(split_paragraphs(text))))
    russian = paras[paras["article_id"] == "003_395fcf46554f416d"]
    assert (russian.loc[russian["n_chars"] >= 40, "lang"] == "ru").all()
    assert paras.loc[paras["text"] == "00:49", "lang"].tolist() == ["und"]


# --- normalisation -------------------------------------------------------------------------

@pytest.mark.parametrize("raw, want", [
    ("зв’язку зв‘язку звʼязку зв'язку", "зв'язку зв'язку зв'язку зв'язку"),
    ("«Укрінформ» „так“ “ні”", '"Укрінформ" "так" "ні"'),
    ("Рютте – НАТО — США - ЄС", "Рютте — НАТО — США — ЄС"),
    ("12\u00a0000 і 3\u202fтис.", "12 000 і 3 тис."),
    ("пів\u00adнічно\u200bкорейські", "північнокорейські"),
    ("рядок\r\nдругий\r\n\r\n\r\n\r\nтретій  ", "рядок\nдругий\n\nтретій"),
    ("сторінка\x0cдруга\t\tтретя\x0c", "сторінка друга третя"),
    ("будь-який Індо-Тихоокеанський", "будь-який Індо-Тихоокеанський"),
])
def test_normalize_rules(raw, want):
    assert normalize(raw) == want


def test_normalize_is_idempotent_on_seeds_and_odd_text():
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    texts.append("\ufeff  «x» \u2013 ‘y’ \u00a0\r\n\r\n\r\n z\u200d \u2028 - a\t\tb ")
    for t in texts:
        once = normalize(t)
        assert normalize(once) == once


def test_normalize_is_idempotent_on_random_mixtures_of_awkward_characters():
    import random

    pool = list("абвгдеєжзиіїйклмнопрстуфхцчшщьюяыэъёАБВЄЇabcXYZ 0123456789.,:;!?-—–‒―−‐‑«»„“”‟″'’ʼ‘`´′\"\t\r\n"
                "\u200b\u200c\u200d\u2060\ufeff\u00ad\u00a0\u202f\u2009\u2028\u2029\u0308\x0c\x85")
    pool += ["\n\n\n", " - ", "\r\n", "   "]
    rng = random.Random(20241105)
    for _ in range(5000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        once = normalize(s)
        assert normalize(once) == once, repr(s)


def test_tokenize_on_normal_text_needs_no_second_normalisation():
    text = normalize((SEEDS / "002_a904b6fad875d714.txt").read_text(encoding="utf-8"))
    assert tokenize(text, normalized=True) == tokenize(text)
    assert tokenize("Зв’язку — «НАТО»") == ["зв'язку", "нато"]


def test_match_key_ignores_case_space_punctuation_apostrophes_and_digits():
    assert match_key("Підписуйтеся на нас в Telegram!") == match_key("  підписуйтеся   НА нас в telegram ")
    assert match_key("зв’язку") == match_key("звязку") == match_key("зв'язку")
    assert match_key("00:49") == match_key("03:12")
    assert match_key("00:49", digits=False) != match_key("03:12", digits=False)


def test_split_paragraphs_keeps_georgian_lines_apart():
    # Mkhedruli letters are lower-case to Unicode: without care every Georgian line joins the one before.
    title = "ჩრდილოეთ კორეის ჯარისკაცები კურსკის ოლქში იბრძვიან ახლა"
    text = f"{title}\nსამხრეთ კორეის დაზვერვის თქმით, რუსეთში 11 ათასი ჯარისკაცია.\nგამოქვეყნდა 05.11.2024"
    assert split_paragraphs(text) == text.split("\n")
    # ... while a broken Cyrillic sentence still joins
    assert split_paragraphs("Україна отримала розвідувальні дані про щонайменше 3 тис.\nпівнічнокорейських військових у Курській")[0].endswith(
        "Курській")


def test_split_paragraphs_joins_a_broken_sentence_but_not_short_lines():
    text = normalize((SEEDS / "004_350221abaec2f633.txt").read_text(encoding="utf-8"))
    paras = split_paragraphs(text)
    assert any("перебува 3 тис. північнокорейських військових" in p for p in paras)
    assert paras[1] == "glavcom.ua" and paras[-2:] == ["Останні новини", "більше новин"]


# --- bad input -----------------------------------------------------------------------------

GOOD_UK = ("Генсек НАТО підтвердив присутність військ КНДР\n\n"
           "Генеральний секретар НАТО заявив, що північнокорейські війська розгорнуті в Курській області, "
           "і це є значною ескалацією війни, яку веде Росія проти України.\n")
GOOD_RU = ("НАТО осудило отправку войск КНДР в Россию\n\n"
           "В заявлении Альянса говорится, что отправка северокорейских войск является опасным расширением "
           "войны России против Украины, пишет издание.\n")


def _bad_corpus(folder: Path) -> dict[str, str]:
    """Write one file per bad-input case; return {relative name: expected reason prefix}."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "ok_utf8.txt").write_text(GOOD_UK, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "png_renamed.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x10\xff\xfe" * 300)
    (folder / "digits_only.txt").write_text("12 000\n13.11.2024 12:38\n---\n", encoding="utf-8")
    (folder / "no_title.txt").write_text("glavcom.ua\nTue, 05 Nov 2024 15:54:03 +0200\n00:49\n", encoding="utf-8")
    (folder / "huge.txt").write_bytes(GOOD_UK.encode("utf-8") * (h.MAX_FILE_BYTES // len(GOOD_UK.encode()) + 2))
    (folder / "notes.md").write_text("# not an article", encoding="utf-8")
    (folder / "nested").mkdir(exist_ok=True)
    (folder / "nested" / "dangling.txt").symlink_to(folder / "does_not_exist.txt")
    return {"empty.txt": "empty file", "binary.txt": "binary", "png_renamed.txt": "binary",
            "digits_only.txt": "no text line", "no_title.txt": "no title", "huge.txt": "oversized",
            "notes.md": "not a .txt file", "nested/dangling.txt": "unreadable"}


def test_bad_files_are_rejected_with_a_reason_and_a_warning_each(tmp_path):
    folder = tmp_path / "corpus"
    expected = _bad_corpus(folder)
    with pytest.warns(h.ArticleRejected) as caught:
        articles = h.load_articles(folder)
    rejected = h.rejected_files(articles)
    assert list(rejected.columns) == h.REJECTED_COLUMNS
    assert sorted(rejected["path"]) == sorted(expected)
    for name, reason in expected.items():
        assert rejected.set_index("path").loc[name, "reason"].startswith(reason), name
    messages = [str(w.message) for w in caught]
    for name in expected:
        assert any(m.startswith(f"{name}: ") for m in messages), name
    assert list(articles["article_id"]) == ["ok_utf8"]
    found = [p for p in folder.rglob("*") if p.is_file() or p.is_symlink()]
    assert len(articles) + len(rejected) == len(found)
    assert not any(str(tmp_path) in m for m in messages)


def test_files_under_the_corpus_are_never_modified(tmp_path):
    folder = tmp_path / "corpus"
    _bad_corpus(folder)
    (folder / "cp1251.txt").write_bytes(GOOD_RU.encode("cp1251"))

    def snapshot():
        return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}

    before = snapshot()
    _load_quietly(folder)
    assert snapshot() == before


@pytest.mark.parametrize("encoding, payload", [
    ("utf-8-sig", GOOD_UK), ("utf-16", GOOD_UK), ("utf-16-le", GOOD_RU), ("cp1251", GOOD_UK), ("cp1251", GOOD_RU),
    ("koi8-u", GOOD_UK), ("koi8-r", GOOD_RU),
])
def test_encodings_are_detected_and_decoded(tmp_path, encoding, payload):
    (tmp_path / "a.txt").write_bytes(payload.encode(encoding))
    articles = _load_quietly(tmp_path)
    assert len(articles) == 1, h.rejected_files(articles)
    row = articles.iloc[0]
    assert h.raw_text(articles, row.article_id) == payload
    assert row.text == normalize(payload)
    assert row.encoding.replace("_", "-").startswith(encoding.split("-sig")[0][:5])
    assert row.quality == "ok"


def test_undecodable_bytes_are_rejected(tmp_path):
    (tmp_path / "mojibake.txt").write_bytes(b"\xff\xfe\xfd" + bytes(range(0x80, 0x100)) * 40 + b"\x00\x01\x02" * 50)
    articles = _load_quietly(tmp_path)
    assert articles.empty
    assert len(h.rejected_files(articles)) == 1


def test_an_empty_folder_gives_an_empty_frame_with_all_columns(tmp_path):
    articles = h.load_articles(tmp_path)
    assert articles.empty and "title" in articles.columns and "body" in articles.columns
    assert h.rejected_files(articles).empty


def test_a_missing_source_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no corpus at"):
        h.load_articles(tmp_path / "nope")


# --- table input and dates -----------------------------------------------------------------

def test_csv_and_jsonl_input_give_the_same_articles(tmp_path):
    rows = [
        {"id": "a1", "text": GOOD_UK, "outlet": "example.ua", "url": "https://example.ua/1", "published": "2024-11-05T10:00:00+02:00"},
        {"id": "a2", "text": GOOD_RU, "title": "Свой заголовок", "url": "https://www.example.ru/x"},
        {"id": "a3", "text": "   "},
    ]
    pd.DataFrame(rows).to_csv(tmp_path / "corpus.csv", index=False)
    (tmp_path / "corpus.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    from_csv = _load_quietly(tmp_path / "corpus.csv")
    from_jsonl = _load_quietly(tmp_path / "corpus.jsonl")
    for df in (from_csv, from_jsonl):
        assert list(df["article_id"]) == ["a1", "a2"]
        a1, a2 = df.iloc[0], df.iloc[1]
        assert a1.outlet == "example.ua" and a1.date_source == "manifest"
        assert a1.published == pd.Timestamp("2024-11-05T10:00:00+02:00")
        assert a2.title == "Свой заголовок" and a2.outlet == "example.ru"
        assert a1.lang == "uk" and a2.lang == "ru"
        assert h.rejected_files(df)["reason"].tolist() == ["empty text"]
    cols = ["article_id", "title", "text", "outlet", "published", "lang"]
    pd.testing.assert_frame_equal(from_csv[cols], from_jsonl[cols])


def test_manifest_values_win_and_are_day_first(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("glavcom.ua\n" + GOOD_UK, encoding="utf-8")
    (tmp_path / "corpus.csv").write_text("file,outlet,url,published,notes\na.txt,Главком,,05.11.2024,from the site\n",
                                         encoding="utf-8")
    row = h.load_articles(folder).iloc[0]
    assert row.outlet == "Главком"
    assert row.published.strftime("%Y-%m-%d") == "2024-11-05" and row.date_source == "manifest"


@pytest.mark.parametrize("lede, want, source", [
    ("Про це він заявив на брифінгу 28 жовтня 2024 року.", "2024-10-28", "text"),
    ("Об этом говорится в заявлении, опубликованном в пятницу, 8 ноября.", "2024-11-08", "text"),
    ("The statement was published on Friday, November 8.", "2024-11-08", "text"),
    ("Заява з'явилася у середу, 8 листопада.", None, "none"),  # 8 Nov is no Wednesday near the corpus year
    ("Про це заявили сьогодні вранці.", None, "none"),
])
def test_dates_in_prose_take_the_year_from_the_corpus_and_respect_weekdays(tmp_path, lede, want, source):
    (tmp_path / "anchor.txt").write_text("Інша новина про КНДР\nglavcom.ua\nTue, 05 Nov 2024 15:54:03 +0200\n"
                                         "Текст статті про війська КНДР у Курській області, досить довгий.\n",
                                         encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Заголовок статті про війська КНДР\n\n{lede}\n\nЩе один абзац тексту новини.\n",
                                    encoding="utf-8")
    row = h.load_articles(tmp_path).set_index("article_id").loc["b"]
    assert (row.published.strftime("%Y-%m-%d") if pd.notna(row.published) else None) == want
    assert row.date_source == source


def test_a_lone_prose_date_without_a_corpus_year_is_not_guessed(tmp_path):
    (tmp_path / "b.txt").write_text("Заголовок статті про війська КНДР\n\nПро це він заявив на брифінгу 28 жовтня.\n",
                                    encoding="utf-8")
    row = h.load_articles(tmp_path).iloc[0]
    assert pd.isna(row.published) and row.date_source == "none"


# --- the cache -----------------------------------------------------------------------------

def test_cached_load_equals_a_fresh_load_and_is_used(tmp_path, monkeypatch):
    monkeypatch.setattr(h, "CACHE_DIR", tmp_path / "cache")
    fresh = h.load_articles("data/articles", cache=False)
    first = h.load_articles("data/articles")
    assert len(list((tmp_path / "cache").glob("articles-*.parquet"))) == 1
    calls = []
    monkeypatch.setattr(h, "_build_frame", lambda *a, **k: calls.append(1) or fresh)
    second = h.load_articles("data/articles")
    assert calls == []  # served from the cache
    for df in (first, second):
        pd.testing.assert_frame_equal(fresh, df)
    assert second.attrs["corpus_key"] == first.attrs["corpus_key"]


def test_cache_is_invalidated_by_a_changed_file_or_changed_code(tmp_path, monkeypatch):
    monkeypatch.setattr(h, "CACHE_DIR", tmp_path / "cache")
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text(GOOD_UK, encoding="utf-8")
    before = h.load_articles(folder)
    (folder / "a.txt").write_text(GOOD_UK.replace("Курській", "Бєлгородській"), encoding="utf-8")
    after = h.load_articles(folder)
    assert "Бєлгородській" in after.iloc[0].text and "Бєлгородській" not in before.iloc[0].text
    assert after.attrs["corpus_key"] != before.attrs["corpus_key"]
    monkeypatch.setattr(h, "code_version", lambda: "another version of the code")
    changed_code = h.load_articles(folder)
    assert changed_code.attrs["corpus_key"] != after.attrs["corpus_key"]
    assert len(list((tmp_path / "cache").glob("articles-*.parquet"))) == 3


def test_chart_labels_never_carry_characters_the_chart_font_cannot_draw():
    df = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["yna.co.kr", None], "published": [pd.NaT, pd.NaT],
                       "title": ["북한군 1만명 러시아 파병", "Генсек НАТО Рютте підтвердив"], "lang": ["ko", "uk"]})
    assert h.article_labels(df).tolist() == ["yna.co.kr · no date · [title in Korean]",
                                             "b · no date · Генсек НАТО Рютте підтвердив"]


def test_match_key_on_normal_text_needs_no_second_normalisation():
    for p in split_paragraphs(normalize((SEEDS / "003_395fcf46554f416d.txt").read_text(encoding="utf-8"))):
        assert match_key(p, normalized=True) == match_key(p)
        assert match_key(p, digits=False, normalized=True) == match_key(p, digits=False)


def test_raw_text_is_re_read_and_refuses_a_changed_file(tmp_path):
    """The frame keeps no second copy of the text: ``raw_text`` re-reads the file, from a folder or a table,
    and says so when the file changed or is gone rather than return something else."""
    (tmp_path / "sub").mkdir()
    payload = "Заголовок статті\r\n\r\nПерший  абзац зі словом \u2019 апостроф.\r\n"
    (tmp_path / "sub" / "a.txt").write_bytes(payload.encode("cp1251", errors="replace"))
    articles = _load_quietly(tmp_path)
    assert "raw" not in articles.columns
    original = (tmp_path / "sub" / "a.txt").read_bytes().decode("cp1251")
    assert h.raw_text(articles, "sub/a") == original
    assert h.raw_text(articles[articles["article_id"] == "sub/a"], "sub/a") == original  # attrs survive a filter
    with pytest.raises(KeyError):
        h.raw_text(articles, "nope")
    (tmp_path / "sub" / "a.txt").write_bytes(payload.replace("Перший", "Другий").encode("cp1251", errors="replace"))
    with pytest.raises(ValueError, match="changed"):
        h.raw_text(articles, "sub/a")
    (tmp_path / "sub" / "a.txt").unlink()
    with pytest.raises(FileNotFoundError):
        h.raw_text(articles, "sub/a")
    table = tmp_path / "t.csv"
    pd.DataFrame({"id": ["x1"], "text": ["Назва\n\nТекст  з пробілами."]}).to_csv(table, index=False)
    rows = _load_quietly(table)
    assert h.raw_text(rows, "x1") == "Назва\n\nТекст  з пробілами."


def test_cached_analysis_is_computed_once_and_never_stale(tmp_path, monkeypatch):
    monkeypatch.setattr(h, "CACHE_DIR", tmp_path / "cache")
    arts = h.load_articles(SEEDS, cache=False)
    calls = []

    def counted(articles, *, factor=1):
        calls.append(len(articles))
        return pd.DataFrame({"article_id": articles["article_id"], "n": articles["n_chars"] * factor,
                             "published": articles["published"]})

    first = h.cached(counted, arts, factor=2)
    again = h.cached(counted, arts, factor=2)
    assert calls == [5]                                         # the second call read the cache
    pd.testing.assert_frame_equal(first, again)
    h.cached(counted, arts, factor=3)                           # other arguments: computed
    h.cached(counted, arts.iloc[:2], factor=2)                  # fewer rows: computed
    edited = arts.copy()
    edited.loc[0, "body"] = edited.loc[0, "body"] + " ще одне речення"
    h.cached(counted, edited, factor=2)                         # an edited value: computed
    assert calls == [5, 5, 2, 5]
    troops = h.cached(h.extract_troop_counts, arts)             # a real analysis round-trips exactly
    pd.testing.assert_frame_equal(troops, h.cached(h.extract_troop_counts, arts))
    pd.testing.assert_frame_equal(troops, h.extract_troop_counts(arts))
    assert len(list((tmp_path / "cache").glob("result-extract_troop_counts-*.parquet"))) == 1


TITLED = "Пхеньян визнав, що його війська воюють у Курській області"
BODY = "Про це повідомило державне агентство КЦТАК у понеділок, 28 квітня.\nРаніше Пхеньян мовчав про участь своїх військових."


@pytest.mark.parametrize("head", [
    "Новини / Світ / Війна",                                   # breadcrumb
    "Nyheter › Utrikes",
    "Місто • Світ",
    'Головна " Новини " Світ',                                 # a breadcrumb whose arrows became quotes
    "Агентство. Новости",
    "Мы используем cookies, чтобы сайт работал лучше. Принять",  # cookie banner (lexicon)
    "Читайте також: Зеленський назвав нову кількість військ КНДР",  # "read also" (lexicon)
])
def test_title_is_the_headline_below_site_furniture(tmp_path, head):
    write = tmp_path / "a.txt"
    write.write_text(f"{head}\n{TITLED}\n{BODY}\n", encoding="utf-8")
    (row,) = h.load_articles(tmp_path, cache=False).itertuples()
    assert row.title == TITLED


def test_a_headline_shaped_like_a_breadcrumb_still_titles_its_article(tmp_path):
    """When every line near the top looks like furniture, the first line of words is the title (the file is
    not rejected for having none)."""
    (tmp_path / "a.txt").write_text("Війна. Хроніка\n12:40\nglavcom.ua\n", encoding="utf-8")
    articles = h.load_articles(tmp_path, cache=False)
    assert articles["title"].tolist() == ["Війна. Хроніка"] and h.rejected_files(articles).empty


def test_titles_of_the_labelled_furniture_articles():
    """The loader's title is the line a person labelled `title` in the blind furniture rounds (whose pages start
    with rubrics, breadcrumbs, cookie banners, slogans and datelines). Rounds 4-9: 140 of 169 before furniture and
    breadcrumbs were skipped, 163 after; rounds 4-13: 280 of 293, then 292 once a site line atop three different
    stories stopped being their title. At least 97%."""
    from furniture_scoring import read_labels

    right = total = 0
    for labels_path in sorted((h.ROOT / "tests" / "data").glob("furniture_articles*_labels.csv")):
        folder = labels_path.with_name(labels_path.name.replace("_labels.csv", ""))
        titles = h.load_articles(folder, cache=False).set_index("article_id")["title"]
        for file, rows in read_labels(labels_path).items():
            lines = (folder / file).read_text(encoding="utf-8").split("\n")
            gold = [normalize(lines[no - 1]).strip() for no, _, kind in rows if kind.strip() == "title"]
            if gold:
                total += 1
                right += titles[file[:-4]] == gold[0]
    assert total >= 150 and right / total >= 0.97, (right, total)


@pytest.mark.parametrize("furniture", ["detikNews", "hvg.hu/MTI | 2024. november 5. 07:48", "glavcom.ua",
                                       "https://t.me/channel"])
def test_a_domain_or_brand_under_a_long_line_is_not_the_rest_of_its_sentence(furniture):
    headline = "Zelensky Sebut 7.000 Tentara Korut Dikerahkan ke Perbatasan Rusia hari ini"
    assert split_paragraphs(f"{headline}\n{furniture}") == [headline, furniture]
    # a broken sentence still joins, Latin or Cyrillic
    assert len(split_paragraphs(f"{headline} and\ncontinued there")) == 1


def _stories(folder: Path, first_line: str | None, titles: list[str], same_lede: bool = False) -> None:
    for i, title in enumerate(titles):
        lede = BODY if same_lede else f"Матеріал {i}: {BODY}"
        head = f"{first_line}\n" if first_line else ""
        (folder / f"site_{i}.txt").write_text(f"{head}{title}\n{lede}\n", encoding="utf-8")


HEADLINES = [TITLED, "Розвідка Кореї: у Курській області загинули сотні військових КНДР",
             "Зеленський показав відео допиту полонених із КНДР"]


def test_a_slogan_atop_different_stories_is_not_their_title(tmp_path):
    """A site line printed first in three articles whose next lines differ is a site line (a slogan, a rubric);
    each article's headline below it is the title."""
    _stories(tmp_path, "Закарпаття без цензури — щодня з 2006 року", HEADLINES)
    articles = h.load_articles(tmp_path, cache=False)
    assert sorted(articles["title"]) == sorted(HEADLINES)
    assert "_title_given" not in articles.columns


def test_three_reprints_keep_their_shared_title(tmp_path):
    """Three reprints of one story share their title and the lines below it: the title stays."""
    _stories(tmp_path, None, [TITLED] * 3, same_lede=True)
    assert h.load_articles(tmp_path, cache=False)["title"].tolist() == [TITLED] * 3


def test_a_site_line_title_needs_three_different_stories(tmp_path):
    _stories(tmp_path, "Закарпаття без цензури — щодня з 2006 року", HEADLINES[:2])
    assert set(h.load_articles(tmp_path, cache=False)["title"]) == {"Закарпаття без цензури — щодня з 2006 року"}
