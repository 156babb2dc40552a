"""Tests for analysis.overlap: reprints, quotes, furniture, cross-lingual uk ↔ ru, index vs exact."""
from __future__ import annotations

import random
import subprocess
import sys
import warnings
from pathlib import Path

import pandas as pd
import pytest

import helpers as h
from analysis import overlap as O
from analysis.text import normalize, split_paragraphs, tokenize

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))

# My own Russian translation of the body of seed 004 (glavcom, G7 statement), sentence by sentence.
RU_TRANSLATION_004 = """Министры иностранных дел стран Группы семи и трех ключевых стран-союзниц заявили, что серьезно обеспокоены развертыванием северокорейских войск в России и работают над общим ответом на эту ситуацию.
Об этом говорится в заявлении министров, которое опубликовано на сайте Министерства иностранных дел Японии.
Кроме членов G7 заявление также подписали Южная Корея, Австралия и Новая Зеландия.
Министры заявили, что выражают серьезную обеспокоенность в связи с развертыванием войск КНДР в России, которые могут быть использованы на поле боя против Украины.
Несколько тысяч военных КНДР были развернуты в России.
Прямая поддержка КНДР агрессивной войны России против Украины, кроме демонстрации отчаянных усилий России компенсировать свои потери, будет означать опасное расширение конфликта, что будет иметь серьезные последствия для мира и безопасности в Европе и Индо-Тихоокеанском регионе, сказано в заявлении.
Главы МИД стран G7 и союзники заявили, что самым решительным образом осуждают усиление военного сотрудничества между Северной Кореей и Россией, включая незаконную закупку Россией северокорейских баллистических ракет.
Дипломаты призвали КНДР прекратить оказывать помощь России в ее захватнической войне.
Они также глубоко обеспокоены потенциальной возможностью любой передачи Северной Корее технологий, связанных с ядерным оружием или баллистическими ракетами.
Министры подтвердили приверженность поддержке Украины и заявили, что работают с международными партнерами над скоординированным ответом на это новое развитие событий.
Напомним, в Курской области России произошло первое боевое столкновение ВСУ и северокорейских военных.
Ранее первые северокорейские солдаты, прибывшие в Курскую область РФ, уже попали под обстрел Сил обороны Украины.
Ранее президент Украины Владимир Зеленский заявил в интервью южнокорейскому телеканалу KBS, что российский диктатор Владимир Путин привлек северокорейских военных к войне против Украины, чтобы избежать дополнительной мобилизации в России.
Зеленский добавил, что сейчас в подготовительных российских лагерях находятся 3 тыс. северокорейских военных, их количество в ближайшее время вырастет до 12 тыс.
Как сообщалось, Совет Безопасности ООН собирался для обсуждения вопроса развертывания северокорейских военных на фронте в Украине.
Представитель Украины Сергей Кислица на заседании Совета безопасности ООН заявил, что северокорейские военные могут начать непосредственное участие в боевых действиях против ВСУ уже в ноябре."""

# A Russian article of my own on the same story (G7 statement on North Korean troops), NOT a translation.
RU_SAME_TOPIC = """Страны "Большой семерки" осудили отправку солдат из Северной Кореи в Россию.
В совместном документе главы внешнеполитических ведомств G7, а также Австралии, Южной Кореи и Новой Зеландии назвали сотрудничество Москвы и Пхеньяна угрозой для безопасности Европы и Азии.
По данным разведки Южной Кореи, в Курской области уже находятся несколько тысяч военных КНДР, а к концу года их может стать 12 тысяч.
Дипломаты опасаются, что в обмен на солдат Пхеньян получит от Москвы ракетные и ядерные технологии.
Министры пообещали и дальше поддерживать Украину и договорились согласовать ответ со своими партнерами.
В Кремле заявление семерки комментировать не стали, а в Пхеньяне назвали его вмешательством во внутренние дела."""

FOOTER = """Редакція не завжди поділяє думки, висловлені авторами статей, і не несе відповідальності за їхній зміст.
Усі права захищені. Використання матеріалів дозволяється лише за умови посилання на джерело та гіперпосилання на сайт не нижче першого абзацу.
Підписуйтеся на наш канал у Telegram та сторінку у Facebook, щоб першими дізнаватися найважливіші новини дня.
Якщо ви помітили помилку, виділіть її мишкою та натисніть Ctrl+Enter, щоб повідомити редакцію."""


@pytest.fixture(scope="module")
def seeds() -> pd.DataFrame:
    return h.load_articles(ROOT / "data" / "articles")


def _id(seeds: pd.DataFrame, prefix: str) -> str:
    return next(a for a in seeds["article_id"] if a.startswith(prefix))


def _pairs(df: pd.DataFrame) -> set[frozenset]:
    return {frozenset((a, b)) for a, b in zip(df["article_a"], df["article_b"])}


def _frame(bodies: dict[str, str], lang: dict[str, str] | None = None) -> pd.DataFrame:
    ids = list(bodies)
    df = pd.DataFrame({"article_id": ids, "body": [normalize(bodies[i]) for i in ids]})
    if lang is not None:
        df["lang"] = [lang[i] for i in ids]
    return df


# --- tokens and hashing -------------------------------------------------------------------------

def test_fast_tokens_are_tokenize_tokens():
    for path in SEEDS:
        text = normalize(path.read_text(encoding="utf-8"))
        mine = [w for w in (O._clean(t) for t in O._tokens(text)) if w]
        assert mine == tokenize(text), path.name


def test_shingle_hashes_are_stable_across_processes():
    text = normalize(SEEDS[0].read_text(encoding="utf-8"))
    here = O._shingle_sets([text])[0]
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from analysis import overlap as O; "
            "from analysis.text import normalize; import pathlib; "
            "t = normalize(pathlib.Path(sys.argv[2]).read_text(encoding='utf-8')); "
            "print(','.join(map(str, O._shingle_sets([t])[0].tolist())))")
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code, str(ROOT), str(SEEDS[0])], capture_output=True,
                             text=True, check=True, env={"PYTHONHASHSEED": seed, "PATH": ""}).stdout.strip()
        assert out == ",".join(map(str, here.tolist()))
    assert here.size > 100


# --- seeds --------------------------------------------------------------------------------------

def test_rutte_quote_aligns_between_000_and_001(seeds):
    a, b = _id(seeds, "000"), _id(seeds, "001")
    p = O.shared_passages(seeds, a, b)
    hit = p[p["text_a"].str.contains("були направлені до росії") & p["text_b"].str.contains("були відправлені до Росії")]
    assert len(hit) == 1
    row = hit.iloc[0]
    body_a = seeds.set_index("article_id").loc[a, "body"]
    body_b = seeds.set_index("article_id").loc[b, "body"]
    assert body_a[row.start_a:row.end_a].replace("\n", " ") == row.text_a
    assert body_b[row.start_b:row.end_b].replace("\n", " ") == row.text_b
    assert 0.6 <= row.similarity < 1.0          # aligned, but not identical wording


def test_seed_pairs_only_the_rutte_pair(seeds):
    out = O.find_overlaps(seeds)
    assert list(out.columns) == O.OVERLAP_COLUMNS
    assert _pairs(out) == {frozenset((_id(seeds, "000"), _id(seeds, "001")))}
    row = out.iloc[0]
    assert row.n_passages >= 1 and row.shared_chars > 100 and not row.cross_lingual
    assert pd.isna(row.earlier) and pd.isna(row.later)       # 001 has no date
    # Exact and index agree on the seeds too.
    idx = O.find_overlaps(seeds, method="index")
    assert _pairs(idx) == _pairs(out)


def test_shared_footer_is_overlap_only_before_stripping(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in SEEDS:
        if path.name[:3] in {"000", "002", "004"}:       # three unrelated stories, one invented footer
            text = normalize(path.read_text(encoding="utf-8"))
            (folder / path.name).write_text(text + "\n\n" + FOOTER + "\n", encoding="utf-8")
    # One outlet prints the footer under each of its articles (cross-article furniture is per outlet).
    manifest = tmp_path / "corpus.csv"
    names = sorted(p.name for p in folder.glob("*.txt"))
    manifest.write_text("file,outlet,url,published,notes\n" + "".join(f"{n},Тестове агентство,,,\n" for n in names),
                        encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        arts = h.load_articles(folder, manifest=manifest)
    assert len(arts) == 3
    assert all(line[:40] not in b for line in FOOTER.split("\n") for b in arts["body"])  # footer stripped
    raw = O.find_overlaps(arts, column="text")
    assert len(raw) == 3                                  # the footer alone pairs everything ...
    assert len(O.find_overlaps(arts, column="body")) == 0  # ... and nothing is left once it is stripped


# --- constructed corpora ------------------------------------------------------------------------

@pytest.fixture(scope="module")
def reprints(seeds) -> pd.DataFrame:
    body = seeds.set_index("article_id").loc[_id(seeds, "002"), "body"]
    paras = split_paragraphs(body)
    edited = [p.replace("Рютте", "генсек Марк Рютте").replace("Україні", "Києву") for p in paras]
    edited = edited[:3] + ["Вставлений редакцією абзац про інше, якого не було в оригіналі зовсім."] + edited[4:]
    unrelated = seeds.set_index("article_id").loc[_id(seeds, "004"), "body"]
    return _frame({
        "orig": body,
        "verbatim": body,
        "reordered": "\n".join(reversed(paras)),
        "edited": "\n".join(edited),
        "unrelated": unrelated,
    })


def test_reprints_are_found_and_same_topic_is_not(reprints):
    out = O.find_overlaps(reprints, method="exact")
    score = {frozenset((a, b)): s for a, b, s in zip(out["article_a"], out["article_b"], out["score"])}
    assert score[frozenset(("orig", "verbatim"))] == pytest.approx(1.0)
    assert score[frozenset(("orig", "reordered"))] > 0.8
    assert 0.3 < score[frozenset(("orig", "edited"))] < 1.0
    assert not any("unrelated" in p for p in score)
    assert _pairs(O.find_overlaps(reprints, method="index")) == _pairs(out)


def test_reordered_reprint_passages_cover_the_text(reprints):
    p = O.shared_passages(reprints, "orig", "reordered")
    n_paras = len(split_paragraphs(reprints.loc[0, "body"]))
    assert len(p) >= n_paras - 1 and (p["similarity"] > 0.99).all()


def test_cross_lingual_translation_found_same_topic_not(seeds):
    bodies = seeds.set_index("article_id")["body"]
    df = _frame({"uk004": bodies[_id(seeds, "004")], "ru_translation": RU_TRANSLATION_004,
                 "ru_same_topic": RU_SAME_TOPIC, "ru003": bodies[_id(seeds, "003")],
                 "uk000": bodies[_id(seeds, "000")]})                      # no lang column: guessed
    for method in ("exact", "index"):
        out = O.find_overlaps(df, method=method)
        assert _pairs(out) == {frozenset(("uk004", "ru_translation"))}, method
        row = out.iloc[0]
        assert row.cross_lingual and {row.lang_a, row.lang_b} == {"uk", "ru"}
        assert row.score >= 0.6
    # Precision: the same-topic pairs score far below the translation.
    m = O.similarity_matrix(df)
    assert m.loc["uk004", "ru_translation"] > 3 * max(m.loc["uk004", "ru_same_topic"], m.loc["uk004", "ru003"])
    p = O.shared_passages(df, "uk004", "ru_translation")
    assert p["text_b"].str.contains("KBS").any() and p["text_a"].str.contains("KBS").any()


# --- index vs exact on a mid-size generated corpus ----------------------------------------------

def _generated_corpus(n: int, seed: int) -> tuple[pd.DataFrame, set[frozenset]]:
    rng = random.Random(seed)
    sentences = []
    for path in SEEDS:
        for para in split_paragraphs(normalize(path.read_text(encoding="utf-8"))):
            sentences.extend(s for s in para.split(". ") if len(s.split()) >= 6)
    vocab = sorted({w for s in sentences for w in s.split()})

    def mutate(sentence: str) -> str:      # same vocabulary and shape, but (mostly) new word sequences
        return " ".join(rng.choice(vocab) if rng.random() < 0.4 else w for w in sentence.split()) + "."

    bodies, planted = {}, set()
    for k in range(n):
        bodies[f"g{k:04d}"] = "\n".join(mutate(rng.choice(sentences)) for _ in range(rng.randint(6, 14)))
    ids = list(bodies)
    for k in range(n // 10):                # reprints: whole, partial (a paragraph or three), edited
        src, dst = rng.sample(ids, 2)
        paras = bodies[src].split("\n")
        kind = k % 3
        if kind == 0:
            bodies[dst] = bodies[src]
        elif kind == 1:
            i = rng.randrange(len(paras))
            bodies[dst] = bodies[dst] + "\n" + "\n".join(paras[i:i + 3])
        else:
            bodies[dst] = "\n".join(p.replace(" і ", " та ") for p in paras[::-1])
        planted.add(frozenset((src, dst)))
    return _frame(bodies), planted


def test_index_and_exact_agree_on_generated_corpus():
    df, planted = _generated_corpus(300, seed=7)
    exact = O.find_overlaps(df, method="exact", passages=False)
    index = O.find_overlaps(df, method="index", passages=False)
    assert len(exact) >= len(planted) // 2
    key = ["article_a", "article_b"]
    e = exact.sort_values(key).reset_index(drop=True)
    i = index.sort_values(key).reset_index(drop=True)
    pd.testing.assert_frame_equal(e, i)
    # Most planted reprints are found (a later plant may overwrite an earlier one's text).
    assert len(planted & _pairs(exact)) >= 0.8 * len(planted)


# --- edge cases, dates, attribution -------------------------------------------------------------

def test_empty_and_single_article(seeds):
    for df in (seeds.iloc[0:0], seeds.iloc[0:1]):
        out = O.find_overlaps(df)
        assert list(out.columns) == O.OVERLAP_COLUMNS and out.empty
        assert O.similarity_matrix(df).shape == (len(df), len(df))
    assert O.attribution(seeds.iloc[0:0]).empty


def test_missing_column_falls_back_to_text_with_warning(seeds):
    df = seeds[["article_id", "text"]]
    with pytest.warns(UserWarning, match="'text'"):
        out = O.find_overlaps(df, column="body")
    assert frozenset((_id(seeds, "000"), _id(seeds, "001"))) in _pairs(out)


def test_earlier_and_later_follow_published(reprints):
    df = reprints.copy()
    df["published"] = pd.to_datetime(["2024-11-02", "2024-11-01", None, "2024-11-03", "2024-11-01"]
                                     ).tz_localize("Europe/Kyiv")
    out = O.find_overlaps(df).set_index(["article_a", "article_b"])
    assert tuple(out.loc[("orig", "verbatim"), ["earlier", "later"]]) == ("verbatim", "orig")
    assert pd.isna(out.loc[("orig", "reordered"), "earlier"])
    assert tuple(out.loc[("orig", "edited"), ["earlier", "later"]]) == ("orig", "edited")


def test_attribution_counts_articles_per_outlet_and_cited():
    df = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a4"],
        "outlet": ["Главком", "Главком", pd.NA, "Ми-Україна"],
        "cites": [["Укрінформ", "Суспільне"], ["Укрінформ", "Укрінформ"], ["Reuters"], []],
    })
    out = O.attribution(df)
    got = {(o, c): n for o, c, n in out.itertuples(index=False)}
    assert got == {("Главком", "Укрінформ"): 2, ("Главком", "Суспільне"): 1, ("unknown outlet (a3)", "Reuters"): 1}
    assert out.iloc[0]["n_articles"] == 2
    assert O.attribution(df.drop(columns="cites")).empty


def test_raw_typography_is_normalised_before_shingling():
    body = normalize(SEEDS[2].read_text(encoding="utf-8"))
    raw = (body.replace("'", "\u2019").replace('"', "\u00ab", 1).replace(" — ", " \u2013 ")
           .replace(" ", "\u00a0", 5))
    assert raw != body and O._needs_normalize(raw) and not O._needs_normalize(body)
    df = _frame({"a": body, "b": "x"})
    df.loc[1, "body"] = raw                               # bypass _frame's normalising for the raw copy
    out = O.find_overlaps(df)
    assert len(out) == 1 and out.loc[0, "score"] == pytest.approx(1.0)


def test_similarity_matrix_of_a_large_corpus_keeps_the_most_overlapping_articles(seeds):
    """``max_articles`` cuts a corpus to the articles with the best pair score before the n² loop; the scores
    of the articles kept are those of the full matrix."""
    full = O.similarity_matrix(seeds)
    pairs = O.find_overlaps(seeds)
    assert len(pairs) >= 1
    best = pairs.iloc[0]
    cut = O.similarity_matrix(seeds, max_articles=2, pairs=pairs)
    assert sorted(cut.index) == sorted([best["article_a"], best["article_b"]])
    pd.testing.assert_frame_equal(cut, full.loc[cut.index, cut.columns])
    # without pairs given they are computed; a max above the corpus size changes nothing
    pd.testing.assert_frame_equal(O.similarity_matrix(seeds, max_articles=2), cut)
    pd.testing.assert_frame_equal(O.similarity_matrix(seeds, max_articles=50), full)
