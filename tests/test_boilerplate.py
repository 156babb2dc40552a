"""Tests for analysis.boilerplate: on the five seeds and on corpora the tests build themselves."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pandas as pd
import pytest

from analysis.boilerplate import (
    BOILERPLATE_KINDS,
    FURNITURE_LEXICON,
    find_boilerplate,
    find_teaser_block,
    is_furniture,
    strip_boilerplate,
)
from analysis.text import match_key, normalize, split_paragraphs

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))


def _title(text: str) -> str:
    """First paragraph that is not furniture (what a loader would take as the title)."""
    return next(p for p in split_paragraphs(text) if not is_furniture(p))


def _frame(texts, ids=None, outlets=None, titles=None) -> pd.DataFrame:
    texts = [normalize(t) for t in texts]
    return pd.DataFrame({
        "article_id": ids or [f"a{i:04d}" for i in range(len(texts))],
        "text": texts,
        "title": titles or [_title(t) for t in texts],
        "outlet": pd.Series(outlets if outlets is not None else [None] * len(texts), dtype="str"),
    })


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    texts = [p.read_text(encoding="utf-8") for p in SEEDS]
    return _frame(texts, ids=[p.stem[:3] for p in SEEDS])


@pytest.fixture(scope="module")
def stripped(seeds) -> pd.DataFrame:
    return strip_boilerplate(seeds)


@pytest.fixture(scope="module")
def found(seeds) -> pd.DataFrame:
    return find_boilerplate(seeds)


def _removed(stripped, aid):
    return stripped.set_index("article_id").loc[aid, "removed"]


def _kind_of(stripped, aid, snippet):
    kinds = {r["kind"] for r in _removed(stripped, aid) if snippet in r["text"]}
    assert kinds, f"{snippet!r} not removed from {aid}"
    return kinds


def _body(stripped, aid):
    return stripped.set_index("article_id").loc[aid, "body"]


# --- every furniture line and repeat described in the brief is found ------------------------------

EXPECTED = [
    ("000", "Генсек НАТО Рютте підтвердив присутність військ КНДР в росії", {"repeated_in_article"}),
    ("000", "ЧИТАЙТЕ ТАКОЖ: Чого очікувати Україні", {"furniture"}),
    ("000", "Головне", {"furniture"}),
    ("002", "Фото: Офіс президента", {"furniture"}),
    ("002", "Підписуйтеся на нас в Telegram", {"furniture"}),
    ("002", "Світ, 13.11.2024 12:38", {"furniture"}),
    ("003", "Наращивание военного сотрудничества между Россией и КНДР", {"repeated_in_article"}),
    ("003", "Москва перебросила 7 тысяч солдат КНДР к украинской границе!", {"teaser_block"}),
    ("003", "00:49", {"furniture"}),
    ("004", "glavcom.ua", {"furniture"}),
    ("004", "Tue, 05 Nov 2024 15:54:03 +0200", {"furniture"}),
    ("004", "Останні новини", {"furniture"}),
    ("004", "більше новин", {"furniture"}),
]


@pytest.mark.parametrize("aid,snippet,kinds", EXPECTED)
def test_seed_segments_removed_with_kind(stripped, aid, snippet, kinds):
    got = _kind_of(stripped, aid, snippet)
    # the first copy of a repeated title is recorded as the title; the second copy is the repeat
    assert kinds <= got
    assert got <= kinds | {"title"}
    assert snippet not in _body(stripped, aid) or kinds == {"repeated_in_article"}


@pytest.mark.parametrize("aid,snippet,kinds", EXPECTED)
def test_seed_segments_are_rows_of_find_boilerplate(found, aid, snippet, kinds):
    rows = found[found["text"].str.contains(snippet, regex=False)]
    assert len(rows), snippet
    assert set(rows["kind"]) <= set(BOILERPLATE_KINDS)
    assert any(aid in ids for ids in rows["article_ids"])
    assert (rows["key"] == [match_key(t, digits=k != "repeated_in_article" and k != "teaser_block")
                            for t, k in zip(rows["text"], rows["kind"])]).all()


def test_repeated_paragraph_keeps_first_copy(stripped):
    body = _body(stripped, "003")
    lede = "Наращивание военного сотрудничества между Россией и КНДР в Альянсе назвали многократным"
    removed = [r for r in _removed(stripped, "003") if lede in r["text"]]
    # paragraph 0 is the title (first copy, news: it stays), paragraph 4 the repeat: the repeat goes, once
    assert [r["kind"] for r in removed] == ["repeated_in_article"]
    assert [r["paragraph"] for r in removed] == [4]
    assert body.count(lede) == 1 and body.startswith(lede)


def test_title_printed_twice_keeps_one_copy(stripped):
    title = "Генсек НАТО Рютте підтвердив присутність військ КНДР в росії"
    removed = [r for r in _removed(stripped, "000") if r["text"] == title]
    # the title is news: its first copy opens the body, the second copy is a repeat
    assert [(r["paragraph"], r["kind"]) for r in removed] == [(1, "repeated_in_article")]
    assert _body(stripped, "000").split("\n")[0] == title
    assert _body(stripped, "000").count(title) == 1


def test_title_does_not_count_as_boilerplate(seeds, stripped, found):
    row = stripped.set_index("article_id").loc["000"]
    expected = sum(len(r["text"]) for r in row["removed"] if r["kind"] != "title") / len(row["text"])
    assert row["boilerplate_share"] == pytest.approx(expected)
    assert "title" not in set(found["kind"])
    titles = set(seeds["title"])
    # a title is only a row of find_boilerplate as its repeated copy
    assert set(found.loc[found["text"].isin(titles), "kind"]) <= {"repeated_in_article"}


# --- the teaser block of seed 001 -------------------------------------------------------------

def test_seed_001_teaser_block_is_last_14_lines(seeds, stripped, found):
    text = seeds.set_index("article_id").loc["001", "text"]
    paras = split_paragraphs(text)
    lines = [ln for ln in text.split("\n") if ln.strip()]
    block = [r for r in _removed(stripped, "001") if r["kind"] == "teaser_block"]
    assert [r["text"] for r in block] == lines[-14:]
    assert [r["paragraph"] for r in block] == list(range(len(paras) - 14, len(paras)))
    rows = found[(found["kind"] == "teaser_block") & found["article_ids"].map(lambda ids: "001" in ids)]
    assert len(rows) == 1  # ONE segment, not one per headline
    repeats = [ln for i, ln in enumerate(lines[-14:]) if ln in lines[-14:][:i]]
    assert len(repeats) == 4
    assert all(r in rows.iloc[0]["text"] for r in repeats)
    # the body paragraph just before the block stays
    assert "Рустемом Умєровим" in _body(stripped, "001")


def test_find_teaser_block_by_shape_repeated_or_not(seeds):
    text = seeds.set_index("article_id").loc["001", "text"]
    paras = split_paragraphs(text)
    title = paras[0]
    start = len(paras) - 14
    assert find_teaser_block(paras, title) == start
    assert find_teaser_block(paras[:-4], title) == start          # without the four repeats
    assert find_teaser_block(paras[:start], title) is None       # the body alone has no block
    assert find_teaser_block(paras[:start] + paras[start + 1:], title) == start  # another headline first


@pytest.mark.parametrize("aid", ["000", "002", "004"])
def test_no_teaser_block_in_articles_without_one(seeds, aid):
    text = seeds.set_index("article_id").loc[aid, "text"]
    assert find_teaser_block(split_paragraphs(text), _title(text)) is None


def test_video_teaser(seeds):
    text = seeds.set_index("article_id").loc["003", "text"]
    paras = split_paragraphs(text)
    assert find_teaser_block(paras, paras[0]) == len(paras) - 2
    # without its duration the last line is ordinary text: no teaser
    assert find_teaser_block(paras[:-1], paras[0]) is None
    # a "Відео" marker before a headline-like last line works too
    assert find_teaser_block(paras[:-2] + ["Відео", paras[-2]], paras[0]) == len(paras) - 1


# --- no sentence of a news body is flagged ----------------------------------------------------

BODY_SENTENCES = {
    "000": ["Генеральний секретар НАТО Марк Рютте підтвердив, що північнокорейські війська залучені у Курській області.",
            "Про це він заявив на брифінгу 28 жовтня, передає Суспільне.",
            "Лише за минулу добу ЗСУ ліквідвали 160 окупантів.",
            'Як писав "Ми-Україна" раніше, НАТО і Південна Корея обговорять присутність військових КНДР в Україні.'],
    "001": ["Генеральний секретар НАТО Марк Рютте підтвердив розгортання військових підрозділів КНДР у Курській області",
            "Генсек уточнив, що у війні Путіна вже були вбиті або поранені понад 600 тис. російських солдатів.",
            "Він також поінформував, що сьогодні у нього заплановані телефонні розмови з президентом Республіки Корея"],
    "002": ["Країна-агресорка Росія своїми ракетними технологіями платиться Північній Кореї",
            "Посадовець також наголосив, що партнери мають збільшити допомогу Україні на тлі нових загроз.",
            "Раніше Рютте заявляв, що НАТО та США повинні об'єднати зусилля",
            "Нагадаємо, під час 10 Київського безпекового форуму для молоді"],
    "003": ["НАТО считает отправку войск КНДР в РФ опасным расширением",
            "В Альянсе подчеркнули, что",
            "Напомним, Соединенные Штаты Америки продолжают взаимодействие с союзниками и партнерами"],
    "004": ["Кілька тисяч військових КНДР були розгорнуті в Росії.",
            "Нагадамо, у Курській області Росії відбулося перше бойове зіткнення ЗСУ та північнокорейських військових.",
            "Зеленський додав, що наразі у підготовчих російських таборах перебува 3 тис. північнокорейських військових",
            "Представник України Сергій Кислиця на засіданні Ради безпеки ООН заявив"],
}


@pytest.mark.parametrize("aid", sorted(BODY_SENTENCES))
def test_no_body_sentence_flagged(stripped, found, aid):
    body = _body(stripped, aid)
    removed_text = "\n".join(r["text"] for r in _removed(stripped, aid))
    for sentence in BODY_SENTENCES[aid]:
        assert sentence in body, sentence
        assert sentence not in removed_text, sentence
        assert not found["text"].str.contains(sentence, regex=False).any(), sentence


def test_removed_dicts_point_into_split_paragraphs(stripped):
    for row in stripped.itertuples():
        paras = split_paragraphs(row.text)
        for r in row.removed:
            assert set(r) == {"paragraph", "text", "kind"}
            assert r["kind"] in BOILERPLATE_KINDS + ("title",)
            assert r["text"] and r["text"] in paras[r["paragraph"]]
        # nothing is thrown away: body + removed rebuild every paragraph
        kept = row.body.split("\n") if row.body else []
        assert len(kept) + len({r["paragraph"] for r in row.removed}) == len(paras)
        assert 0.0 <= row.boilerplate_share <= 1.0


def test_share_and_input_untouched(seeds, stripped):
    assert "body" not in seeds.columns  # a copy, not the input
    assert (stripped["boilerplate_share"] > 0).all()
    assert stripped.set_index("article_id").loc["001", "boilerplate_share"] > 0.3


# --- the lexicon --------------------------------------------------------------------------------

LEXICON_EXAMPLES = {
    "read_also": ("Читайте також: Як НАТО відповість", "Читачі також пишуть нам про це."),
    "subscribe": ("Подписывайтесь на наш Telegram-канал", "Він підписав указ про санкції."),
    "navigation": ("Останні новини", "Останні новини з фронту свідчать про наступ."),
    "credit": ("Photo: Reuters", "Фотографії з місця події опублікували в мережі."),
    "credit_plain": ("Ілюстративне фото", "Фото з фронту показали журналістам учора."),
    "source_byline": ("Джерело: Укрінформ", "Джерело в уряді повідомило, що рішення ухвалено."),
    "timestamp": ("1:02:33", "О 12:38 пролунали вибухи."),
    "dateline": ("5 листопада 2024, 12:38", "5 листопада 2024 року війська КНДР прибули до Курська."),
    "header_date": ("Mon, 4 Nov 2024 09:00 GMT", "Monday was a quiet day on the front."),
    "domain_link": ("https://t.me/ukrinform", "Про це повідомив сайт glavcom.ua у вівторок."),
    "copyright": ("© 2024 Главком. Усі права захищені", "Права людини порушуються щодня."),
    "separator": ("* * *", "***Увага***"),
    # added with the red-team of real-site furniture (tests/data/furniture/)
    "share": ("Поділитися: Facebook Twitter Telegram", "Share of North Korean shells in Russian stocks reaches 60%."),
    "channel_promo": ("Читайте нас в Google News", "У Telegram з'явилося відео з північнокорейськими солдатами."),
    "newsletter": ("Sign up for our newsletter", "Subscribers to NK News first saw the satellite images."),
    "related": ("Новини за темою", "По теме высказался и Сеул: там вызвали посла России."),
    "tags": ("Теги: КНДР, Росія", "Теги та хештеги з корейськими словами поширюють пропагандисти."),
    "byline": ("By Jane Smith and Tom Lee, Reuters", "By November, about 11,000 troops had arrived in Kursk."),
    "staff_source": ("Редактор: Ірина Петренко", "Редактор видання NK News заявив, що знімки це підтверджують."),
    "photo_credit": ("REUTERS/Kim Hong-Ji", "Photo evidence published by Kyiv shows soldiers in Russian uniforms."),
    "date_only": ("12:45, 5 листопада 2024", "О 02:15 за київським часом ЗСУ атакували позиції."),
    "published": ("Опубліковано: 05.11.2024, 15:54", "Опубліковано відео, на якому військові КНДР отримують форму."),
    "reading_time": ("Время чтения: 2 мин", "Бой продолжался около 2 минут, рассказал военный."),
    "views": ("1 234 перегляди", "Перегляди відео з корейськими солдатами перевищили мільйон."),
    "comments": ("Оставить комментарий", "Коментарів від Міноборони РФ не надходило."),
    "ads": ("Реклама 18+", "Реклама контрактної служби з'явилася корейською мовою."),
    "cookie": ("This website uses cookies to improve your experience.", "Прийняти таке рішення міг лише Кім Чен Ин."),
    "consent": ("Прийняти", "Accept it or not, the troops are there, Zelensky said."),
    "reprint": ("Использование материалов разрешено только при наличии активной гиперссылки",
                "Використання північнокорейських військ підтвердили в Сеулі."),
    "site_nav": ("Головна > Світ", "Home to thousands of North Korean troops, Kursk has become a test case."),
    "ui_label": ("Політика конфіденційності", "Пошук тіл загиблих триває, повідомили в ГУР."),
    "disclaimer": ("Мнение редакции может не совпадать с мнением автора", "Мнение экспертов разделилось."),
    "error_report": ("Помітили помилку? Виділіть її та натисніть Ctrl+Enter", "Ошибка разведки исключена, заявили в Сеуле."),
    "donate": ("Підтримайте Українську правду", "Поддержите Украину, призвал Зеленский союзников."),
    "app_promo": ("Завантажуйте наш застосунок", "Скачайте будь-який звіт розвідки — там та сама цифра."),
    "loading": ("Загрузка...", "Загрузка войск в эшелоны проходила в Чхонджине."),
    "video_label": ("Дивіться відео", "Відео з полігону опублікував Центр стратегічних комунікацій."),
    "caption_credit": ("Зеленський під час пресконференції в Києві (фото: ОП)",
                       "Зеленський показав фото з Курської області журналістам."),
    "outlet_channel": ("Коммерсантъ в Telegram", "Ссылка на документ появилась в Telegram-канале."),
    "outlet_motto": ("Liga.net — головні новини України та світу",
                     "Liga.net з посиланням на ГУР повідомила про 3 тисячі військових."),
    "section_header": ("Новини України", "Новини про КНДР надійшли вранці."),
    "pagination": ("Сторінка 1 з 3", "Сторінка 3 договору містить пункт про військову допомогу."),
    "live": ("Оновлюється", "Трансляцію параду показало державне телебачення КНДР."),
    "rating": ("Оцінка: 4.8 (12 голосів)", "Оцінка розвідки: до 12 тисяч військових КНДР уже в Росії."),
    # Issue 3: "correction" is no entry any more — an editor's correction of the story is news (see
    # ``test_corrections_of_the_story_are_news``); the generic update notes stay.
    "update_note": ("This article has been updated with a statement from Seoul",
                    "The article of the treaty was cited by Pyongyang."),
    "wire": ("МОСКВА, 5 ноя — РИА Новости.", "Москва, 5 листопада — Кремль заперечує присутність військ КНДР."),
}


@pytest.mark.parametrize("line", [
    "Correction: An earlier version of this article misstated the number of troops",
    "Виправлення: у першій версії матеріалу помилково було вказано, що полонених троє.",
    "Исправление: в первой версии заметки неверно указано число военных.",
    "Rectificatif : une version précédente de cet article indiquait 3 000 blessés, et non 2 700.",
])
def test_corrections_of_the_story_are_news(line):
    """Issue 3 changed this expectation: an editor's correction of THIS story was labelled news by every round's
    writer (rounds 9-12) and the lead agrees — it is no site furniture. A generic site line about errors stays."""
    assert is_furniture(normalize(line)) is None
    assert is_furniture(normalize("Помітили помилку? Виділіть її та натисніть Ctrl+Enter")) == "error_report"


def test_lexicon_entries_all_have_examples():
    assert {name for name, _ in FURNITURE_LEXICON} == set(LEXICON_EXAMPLES)


@pytest.mark.parametrize("name", sorted(LEXICON_EXAMPLES))
def test_lexicon_positive_and_negative(name):
    positive, negative = LEXICON_EXAMPLES[name]
    assert is_furniture(normalize(positive)) == name
    assert is_furniture(normalize(negative)) is None


# --- real-site furniture, one line at a time (tests/data/furniture/) ---------------------------
# lines.csv was written blind (before reading the lexicon): 330 furniture lines as sites print them
# (uk/ru/en + de/fr/pl) and 171 news lines that look like them. lines_round2.csv (133 + 40) was written
# after the first round of fixes, to find what the lexicon still missed. lines_round3.csv (239 + 108) was
# written blind a third time (other outlets' templates, captions with credits, corrections, live markers,
# pagination, ratings): blind recall 0.715, news share 0.012. lines_round3b.csv (162 + 63) probed other
# templates after those fixes (NYT/WaPo/Guardian/BBC/Yonhap/Korea Herald/Le Monde/Spiegel, RIA/TASS datelines,
# dates with counts, rows of buttons): recall 0.488, news share 0.025 before its fixes. lines_round3c.csv
# (168 + 42) probed site chrome after that (staff/role lines, contact and registration footers, inbox offers,
# consent small print, font/language switches, ISO stamps): recall 0.452, news share 0 before its fixes.
# All must stay at recall >= 0.9
# with at most 5% of the flagged lines being news.

FURNITURE_DIR = ROOT / "tests" / "data" / "furniture"


def _furniture_scores(name: str):
    rows = pd.read_csv(FURNITURE_DIR / name, dtype={"line": "str", "lang": "str"}, keep_default_na=False)
    flagged = [is_furniture(normalize(line)) is not None for line in rows["line"]]
    rows = rows.assign(flagged=flagged)
    furniture = rows[rows["is_furniture"] == 1]
    hits = rows[rows["flagged"]]
    recall = furniture["flagged"].mean()
    news_share = (hits["is_furniture"] == 0).mean() if len(hits) else 0.0
    return rows, recall, news_share


@pytest.mark.parametrize("name", ["lines.csv", "lines_round2.csv", "lines_round3.csv", "lines_round3b.csv",
                                  "lines_round3c.csv"])
def test_real_site_furniture_found_without_flagging_news(name):
    rows, recall, news_share = _furniture_scores(name)
    assert (rows["is_furniture"] == 1).sum() >= 100 and (rows["is_furniture"] == 0).sum() >= 40
    missed = rows[(rows["is_furniture"] == 1) & ~rows["flagged"]]["line"].tolist()
    news = rows[(rows["is_furniture"] == 0) & rows["flagged"]]["line"].tolist()
    assert recall >= 0.9, missed
    assert news_share <= 0.05, news


def test_blind_lines_cover_languages_and_kinds():
    rows = pd.read_csv(FURNITURE_DIR / "lines.csv", keep_default_na=False)
    assert set(rows["is_furniture"]) == {0, 1}
    assert {"uk", "ru", "en", "de", "fr", "pl"} <= set(rows["lang"])
    assert (rows["is_furniture"] == 1).sum() >= 150 and (rows["is_furniture"] == 0).sum() >= 150


def test_news_lines_of_the_seeds_are_not_furniture():
    """Every seed line of 60+ characters that is not a listed furniture line is news: none is flagged."""
    furniture_starts = ("ЧИТАЙТЕ ТАКОЖ", "Підписуйтеся на нас")
    for p in SEEDS:
        for line in normalize(p.read_text(encoding="utf-8")).split("\n"):
            if len(line) >= 60 and not line.startswith(furniture_starts):
                assert is_furniture(line) is None, (p.name, line)


@pytest.mark.parametrize("line", ["👉 Підписуйтесь на наш Telegram", "• Поділитися", "▶ Video", "🔔 Подписывайтесь на нас в Дзен"])
def test_leading_emoji_or_bullet_does_not_hide_furniture(line):
    assert is_furniture(normalize(line)) is not None


@pytest.mark.parametrize("line", ['"Підтримайте нас зброєю", — звернувся Зеленський до партнерів.',
                                  '"Ми опублікували відео в нашому Telegram", — сказав Буданов.',
                                  "— Підписуйтесь, — жартує боєць на відео, — це ж не реклама."])
def test_quotes_are_news(line):
    assert is_furniture(normalize(line)) is None


def test_long_furniture_lines_still_found():
    """Lines over 120 characters go through the long-capable entries only; long furniture stays found."""
    for line in ["Читайте також: " + "Зеленський заявив про 11 тисяч військових КНДР у Курській області " * 2,
                 "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl+Enter, щоб повідомити про це редакцію.",
                 "Сайт використовує файли cookie. Продовжуючи користуватися сайтом, ви погоджуєтеся з цим, а також з "
                 "політикою конфіденційності."]:
        assert is_furniture(normalize(line)) is not None, line


def test_long_lines_are_never_lexicon_furniture():
    line = "Читайте також: " + "КНДР відправила війська. " * 30
    assert is_furniture(line) is None


# --- repetition within an outlet, not across outlets --------------------------------------------

FOOTER = "Редакція Зорі Полісся вдячна читачам. Шукайте нас у Вайбері"
QUOTE = '"Розгортання військ КНДР є значною ескалацією", — заявив генсек НАТО Марк Рютте.'


def _sentences() -> list[str]:
    out = []
    for p in SEEDS:
        for para in split_paragraphs(normalize(p.read_text(encoding="utf-8"))):
            if len(para) > 80 and not is_furniture(para):
                out.extend(s.strip() for s in re.split(r"(?<=[.!?])\s+", para) if len(s.strip()) > 40)
    return sorted(set(out))


def _synthetic(n: int, rng: random.Random, extra: str | None, n_para: int = 6) -> list[str]:
    pool = _sentences()
    texts = []
    for i in range(n):
        paras = [" ".join(rng.sample(pool, 2)) for _ in range(n_para)]
        title = f"Новина номер {i}: " + rng.choice(pool)[:60]
        texts.append("\n\n".join([title, *paras] + ([extra] if extra else [])))
    return texts


@pytest.fixture(scope="module")
def outlet_corpus() -> pd.DataFrame:
    rng = random.Random(3)
    zorya = _synthetic(200, rng, FOOTER)
    others = []
    for j, t in enumerate(_synthetic(30, rng, None)):
        paras = t.split("\n\n")
        paras.insert(3, QUOTE)  # the same quote, mid-body, in 30 different outlets
        others.append("\n\n".join(paras))
    outlets = ["Зоря Полісся"] * 200 + [f"Outlet {j}" for j in range(30)]
    return _frame(zorya + others, outlets=outlets)


def test_outlet_footer_found_by_repetition_alone(outlet_corpus):
    assert is_furniture(FOOTER) is None  # no lexicon knows it
    found = find_boilerplate(outlet_corpus)
    row = found[found["key"] == match_key(FOOTER)]
    assert len(row) == 1
    assert row.iloc[0]["kind"] == "repeated_across_articles"
    assert row.iloc[0]["n_articles"] == 200
    out = strip_boilerplate(outlet_corpus)
    assert not out["body"].str.contains("Шукайте нас у Вайбері", regex=False).any()


def test_quote_in_many_outlets_is_news_not_furniture(outlet_corpus):
    found = find_boilerplate(outlet_corpus)
    assert not (found["key"] == match_key(QUOTE)).any()
    out = strip_boilerplate(outlet_corpus)
    assert out["body"].str.contains(QUOTE, regex=False).sum() == 30
    # the same when the outlets are unknown: a quoted sentence is not furniture by shape
    unknown = outlet_corpus.assign(outlet=pd.Series([None] * len(outlet_corpus), dtype="str"))
    out = strip_boilerplate(unknown)
    assert out["body"].str.contains(QUOTE, regex=False).sum() == 30


def test_distinct_bodies_stay(outlet_corpus):
    out = strip_boilerplate(outlet_corpus)
    # only the footer goes from the outlet's articles: share is the footer's share
    zorya = out[out["outlet"] == "Зоря Полісся"]
    kinds = {r["kind"] for rs in zorya["removed"] for r in rs}
    assert kinds == {"repeated_across_articles"}


def test_unknown_outlet_short_edge_line_is_furniture_by_shape():
    rng = random.Random(5)
    # a motto no lexicon entry knows ("Наш сайт у соцмережах" is lexicon furniture since round 3)
    motto = "Ваш провідник у світі подій"
    assert is_furniture(motto) is None
    texts = _synthetic(40, rng, motto)
    df = _frame(texts)
    found = find_boilerplate(df)
    row = found[found["key"] == match_key(motto)]
    assert list(row["kind"]) == ["repeated_across_articles"]


def test_boilerplate_argument_applies_known_keys(outlet_corpus):
    found = find_boilerplate(outlet_corpus)
    one = outlet_corpus.iloc[:1]
    assert FOOTER in strip_boilerplate(one).iloc[0]["body"]  # one article alone shows no repetition
    assert FOOTER not in strip_boilerplate(one, boilerplate=found).iloc[0]["body"]


# --- keys --------------------------------------------------------------------------------------

def test_keys_stable_under_whitespace_case_apostrophes():
    variants = ["Зв’язок із редакцією: пишіть нам", "зв'язок  із РЕДАКЦІЄЮ:   пишіть нам",
                "ЗВʼЯЗОК ІЗ РЕДАКЦІЄЮ — пишіть нам!", "Звязок із редакцією пишіть нам"]
    keys = {match_key(v) for v in variants}
    assert len(keys) == 1
    rng = random.Random(7)
    texts = [t + "\n\n" + variants[i % len(variants)] for i, t in enumerate(_synthetic(12, rng, None))]
    found = find_boilerplate(_frame(texts, outlets=["Outlet"] * 12))
    rows = found[found["key"] == keys.pop()]
    assert len(rows) == 1 and rows.iloc[0]["n_articles"] == 12


def test_in_article_repeat_keeps_numbers_apart():
    text = ("Заголовок статті про війська\n\nУ Курській області перебувають 11 тис. військових КНДР.\n\n"
            "У Курській області перебувають 12 тис. військових КНДР.\n\n"
            "у курській   області перебувають 11 тис. військових кндр")
    out = strip_boilerplate(_frame([text]))
    kinds = [(r["paragraph"], r["kind"]) for r in out.iloc[0]["removed"]]
    assert kinds == [(3, "repeated_in_article")]
    assert out.iloc[0]["body"].startswith("Заголовок статті про війська\n")
    assert "12 тис." in out.iloc[0]["body"]


# --- edge corpora ---------------------------------------------------------------------------------

def test_empty_corpus():
    empty = pd.DataFrame({"article_id": pd.Series(dtype="str"), "text": pd.Series(dtype="str"),
                          "title": pd.Series(dtype="str")})
    found = find_boilerplate(empty)
    assert len(found) == 0
    assert list(found.columns) == ["text", "key", "n_occurrences", "n_articles", "article_ids", "kind", "char_share"]
    out = strip_boilerplate(empty)
    assert {"body", "boilerplate_share", "removed"} <= set(out.columns) and len(out) == 0


def test_one_article_corpus_and_no_outlet_column(seeds):
    one = seeds[seeds["article_id"] == "002"][["article_id", "text", "title"]]
    out = strip_boilerplate(one)
    assert len(out) == 1 and out.iloc[0]["boilerplate_share"] > 0
    assert len(find_boilerplate(one)) == 3


def test_clean_corpus_finds_nothing():
    rng = random.Random(11)
    df = _frame(_synthetic(5, rng, None))
    assert len(find_boilerplate(df)) == 0
    out = strip_boilerplate(df)
    assert (out["boilerplate_share"] == 0).all()


def test_empty_text_and_missing_title():
    df = pd.DataFrame({"article_id": ["x", "y"], "text": ["", "Один рядок тексту без заголовка."],
                       "title": ["", ""]})
    out = strip_boilerplate(df)
    assert list(out["body"]) == ["", "Один рядок тексту без заголовка."]
    assert list(out["boilerplate_share"]) == [0.0, 0.0]


# --- a folder without a manifest: outlets unknown, a few articles per outlet ------------------------

def test_unknown_outlet_template_in_three_articles_is_found_without_a_corpus_share():
    """Three articles of one unnamed outlet in a folder of 40: its short edge line is 7.5% of the corpus (under
    ``min_share``), yet it is that outlet's template; a long edge sentence shared by three articles is news."""
    rng = random.Random(11)
    tag = "Кореспондентська мережа Полісся"
    assert is_furniture(tag) is None
    shared_news = ("Північнокорейські військові проходять підготовку на полігонах Приморського краю, "
                   "а частину вже перекинули до Курської області, повідомляє розвідка.")
    texts = _synthetic(40, rng, None)
    for i in (3, 17, 29):
        texts[i] = texts[i] + "\n\n" + tag
    for i in (5, 18, 30):
        texts[i] = texts[i] + "\n\n" + shared_news
    out = strip_boilerplate(_frame(texts))
    assert not out["body"].str.contains(tag, regex=False).any()
    kinds = {r["kind"] for rs in out["removed"] for r in rs if r["text"] == tag}
    assert kinds == {"repeated_across_articles"}
    assert out["body"].str.contains(shared_news, regex=False).sum() == 3
    # two different known outlets printing the same short line: shared, not one outlet's template
    outlets = [None] * 40
    outlets[3], outlets[17], outlets[29] = "Outlet A", "Outlet B", "Outlet B"
    out = strip_boilerplate(_frame(texts, outlets=outlets))
    assert out["body"].str.contains(tag, regex=False).sum() == 3


def test_a_reprinted_title_is_not_cross_article_furniture():
    """Five outlets reprint one story under the same short headline: the headline is news, never furniture."""
    rng = random.Random(12)
    title = "КНДР перекинула ще 3 тисячі військових"
    texts = _synthetic(30, rng, None)
    for i in range(5):
        texts[i] = title + "\n\n" + texts[i].split("\n\n", 1)[1]
    df = _frame(texts)
    assert (df["title"] == title).sum() == 5
    keys = find_boilerplate(df)["key"]
    assert not (keys == match_key(title)).any()
    assert not (keys == match_key(title, digits=False)).any()


def test_a_slogan_followed_by_lexicon_furniture_is_still_at_the_edge():
    """An outlet's slogan sits fourth from the end, before "Читайте також:"-style lines and copyright: among the
    paragraphs that are not lexicon furniture it is at the end, so repetition finds it."""
    rng = random.Random(13)
    slogan = "Незалежність понад усе і завжди"
    assert is_furniture(slogan) is None
    tail = ["Підписуйтеся на наш Telegram-канал", "© 2024 Усі права захищено", "Читайте також:"]
    assert all(is_furniture(normalize(t)) for t in tail)
    texts = _synthetic(30, rng, None)
    for i in (2, 11, 23):
        texts[i] = texts[i] + "\n\n" + slogan + "\n\n" + "\n\n".join(tail)
    out = strip_boilerplate(_frame(texts))
    assert not out["body"].str.contains(slogan, regex=False).any()
