"""Tests for analysis.language: seeds, und lines, determinism, labelled accuracy, the prior, tables."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.language import (  # noqa: E402
    foreign_paragraphs,
    other_language_share,
    LANGUAGE_NAMES,
    detect_language,
    detect_languages,
    language_disagreements,
    language_mix,
    langdetect_language,
    orthography_language,
    script_of,
    tag_languages,
)
from analysis.text import normalize, split_paragraphs  # noqa: E402

SEEDS = sorted((ROOT / "data" / "articles").glob("*.txt"))
LABELLED = Path(__file__).resolve().parent / "data" / "lang_labelled.csv"


def _seed_texts() -> dict[str, str]:
    return {p.stem: normalize(p.read_text(encoding="utf-8")) for p in SEEDS}


def _labelled() -> list[dict]:
    with open(LABELLED, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


# --- seeds ---------------------------------------------------------------------------------

def test_five_seeds_present():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("prefix,lang", [("000", "uk"), ("001", "uk"), ("002", "uk"), ("003", "ru"), ("004", "uk")])
def test_seed_article_language(prefix, lang):
    texts = _seed_texts()
    (aid,) = [a for a in texts if a.startswith(prefix)]
    got, conf = detect_language(texts[aid])
    assert got == lang
    assert 0.9 <= conf <= 1.0


def test_photo_caption_is_ukrainian():
    assert detect_language("Фото: Офіс президента")[0] == "uk"
    assert orthography_language("Фото: Офіс президента") == "uk"


@pytest.mark.parametrize("line", [
    "glavcom.ua", "00:49", "Tue, 05 Nov 2024 15:54:03 +0200", "13.11.2024 12:38", "Світ, 13.11.2024 12:38",
    "https://www.pravda.com.ua/news/2024/11/05/7482345/", "600 000", "Головне", "Fox News", "",
    "   ", "1234567890", "—", "...", "@glavcom", "ЗСУ, ГУР, СБУ та НАТО",
])
def test_lines_without_enough_language_are_und(line):
    lang, conf = detect_language(line)
    assert lang == "und"
    assert conf == 0.0


def test_odd_input_does_not_raise():
    assert detect_languages(["", "12", "!!", "00:49"]) == [("und", 0.0)] * 4
    assert detect_languages([]) == []
    assert detect_language(None) == ("und", 0.0)  # type: ignore[arg-type]


# --- determinism ---------------------------------------------------------------------------

def _all_verdicts() -> list:
    texts = [r["text"] for r in _labelled()] + list(_seed_texts().values())
    return [list(v) for v in detect_languages(texts)]


def test_deterministic_in_process():
    assert _all_verdicts() == _all_verdicts()


def test_deterministic_across_processes():
    code = (
        "import json, sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]);"
        "import test_language as t; print(json.dumps(t._all_verdicts()))"
    )
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), str(Path(__file__).parent)],
                         capture_output=True, text=True, check=True, cwd=str(ROOT)).stdout
    import json
    assert json.loads(out) == _all_verdicts()


def test_batch_equals_single_without_prior():
    texts = [r["text"] for r in _labelled()][::3]
    assert detect_languages(texts) == [detect_language(t) for t in texts]


# --- accuracy on the labelled set ----------------------------------------------------------

def test_labelled_set_shape():
    rows = _labelled()
    written = [r for r in rows if r["source"] == "written"]
    seeds = [r for r in rows if r["source"].startswith("seed:")]
    assert len(written) >= 150
    assert len({r["lang"] for r in written if r["lang"] != "und"}) >= 14
    # every paragraph of every seed is in the set, labelled
    n_paras = sum(len(split_paragraphs(t)) for t in _seed_texts().values())
    assert len(seeds) == n_paras
    assert all(r["lang"] in LANGUAGE_NAMES for r in rows)


def test_accuracy_on_labelled_set():
    rows = [r for r in _labelled() if len(r["text"]) >= 40]
    got = detect_languages([r["text"] for r in rows])
    wrong = [(r["lang"], g[0], r["text"][:60]) for r, g in zip(rows, got) if g[0] != r["lang"]]
    accuracy = 1 - len(wrong) / len(rows)
    assert accuracy >= 0.99, wrong


def test_every_written_language_is_recognised_somewhere():
    rows = [r for r in _labelled() if r["source"] == "written" and len(r["text"]) >= 40]
    got = detect_languages([r["text"] for r in rows])
    for lang in {r["lang"] for r in rows}:
        hits = [g[0] == r["lang"] for r, g in zip(rows, got) if r["lang"] == lang]
        assert sum(hits) / len(hits) >= 0.8, lang


# --- script and orthography ----------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("북한군이 러시아 쿠르스크 지역에 배치됐다고 확인했다.", "ko"),
    ("北朝鮮軍がロシア西部のクルスク州に展開したことを確認した。", "ja"),
    ("北约秘书长证实，朝鲜军队已被部署到俄罗斯库尔斯克州。", "zh"),
    ("ნატოს გენერალურმა მდივანმა დაადასტურა ინფორმაცია.", "ka"),
    ("Паводле звестак разведкі, у Расіі ўжо знаходзяцца салдаты.", "be"),
    ("Сарапшылардың пікірінше, Пхеньян мұнай және ақша алып отыр.", "kk"),
    ("Кремљ није желео ни да потврди ни да демантује ове извештаје.", "sr"),
    ("Кремъл отказа да потвърди или да отрече информацията и заяви, че това е двустранен въпрос.", "bg"),
    ("Генсек НАТО підтвердив присутність військ КНДР.", "uk"),
    ("Генсек НАТО подтвердил, что северокорейские военные находятся в Курской области.", "ru"),
])
def test_orthography_and_script_decide(text, lang):
    assert orthography_language(text) == lang
    assert detect_language(text)[0] == lang


def test_one_hard_sign_is_left_to_langdetect():
    text = "Войниците са получили руски униформи и фалшиви документи, съобщават медиите."
    assert orthography_language(text) is None      # one ъ proves nothing: Russian writes it too
    assert detect_language(text)[0] == "bg"


def test_orthography_is_none_for_latin_and_for_undecided_cyrillic():
    assert orthography_language("NATO confirmed that North Korean troops are in Kursk.") is None
    assert orthography_language("Москва перебросила солдат к границе") is None  # no і ї є ґ ы э ъ ё
    assert orthography_language("00:49") is None


def test_script_of():
    assert script_of("Про це KBS повідомила з посиланням на NATO та G7.") == "Cyrillic"
    assert script_of("Fox News reported it on Monday") == "Latin"
    assert script_of("北朝鮮軍がロシアに展開した") == "Kana"
    assert script_of("12:30") == "None"


def test_latin_languages_not_restricted_to_uk_ru_en():
    texts = {
        "de": "Die Außenminister der G7 verurteilten die wachsende militärische Zusammenarbeit scharf.",
        "fr": "Le Kremlin n'a ni confirmé ni démenti ces informations, évoquant une affaire bilatérale.",
        "pl": "Według wywiadu Korei Południowej w Rosji przebywa już około 10 tysięcy żołnierzy.",
        "tr": "Uzmanlar, Kuzey Kore'nin karşılığında petrol, para ve füze teknolojisi aldığını düşünüyor.",
    }
    assert {k: detect_language(v)[0] for k, v in texts.items()} == {k: k for k in texts}


# --- the prior -----------------------------------------------------------------------------

def test_russian_quote_in_ukrainian_article_stays_russian():
    quote = ("\"Мы не будем комментировать эти сообщения, это вопрос двусторонних отношений между "
             "Москвой и Пхеньяном, и мы продолжим развивать их\", — сказал Песков журналистам.")
    assert detect_languages([quote], ["uk"]) == [detect_language(quote)]
    assert detect_languages([quote], ["uk"])[0][0] == "ru"


def test_short_acronym_heavy_ukrainian_paragraph_keeps_prior():
    for para in ("Fox News і KBS: NATO та G7 засудили КНДР", "Fox News, CNN і BBC News: G7 та NATO"):
        assert detect_languages([para], ["uk"])[0][0] == "uk", para
    para2 = "Про це KBS повідомила з посиланням на NATO та G7."
    assert detect_languages([para2], ["uk"])[0][0] == "uk"
    assert detect_language(para2)[0] == "uk"


def test_prior_holds_when_letters_are_not_decisive():
    # No і ї є ґ ы э ъ ё: the article's language decides.
    para = "Москва перебросила солдат к границе"
    assert detect_languages([para, para], ["ru", "uk"]) == [("ru", pytest.approx(0.75, abs=0.25)),
                                                          ("uk", pytest.approx(0.75, abs=0.25))]
    assert [v[0] for v in detect_languages([para, para], ["ru", "uk"])] == ["ru", "uk"]


def test_prior_never_turns_und_into_a_language():
    assert detect_languages(["00:49", "glavcom.ua"], ["ru", "uk"]) == [("und", 0.0), ("und", 0.0)]


def test_english_paragraph_in_ukrainian_article_is_english():
    para = "NATO Secretary General Mark Rutte confirmed on Monday that North Korean troops have been deployed."
    assert detect_languages([para], ["uk"])[0][0] == "en"


def test_prior_length_mismatch_raises():
    with pytest.raises(ValueError):
        detect_languages(["a b c"], ["uk", "ru"])


def test_seed_paragraphs_with_article_prior():
    for aid, text in _seed_texts().items():
        article_lang = detect_language(text)[0]
        paras = split_paragraphs(text)
        got = detect_languages(paras, [article_lang] * len(paras))
        for p, (lang, conf) in zip(paras, got):
            assert lang in (article_lang, "und"), (aid, p)
            if len(p) >= 40:
                assert lang == article_lang, (aid, p)
            assert 0.0 <= conf <= 1.0


# --- tables --------------------------------------------------------------------------------

def _paragraph_table() -> pd.DataFrame:
    rows = []
    for aid, text in _seed_texts().items():
        for i, p in enumerate(split_paragraphs(text)):
            rows.append({"article_id": aid, "paragraph": i, "text": p, "n_chars": len(p)})
    return tag_languages(pd.DataFrame(rows))


def test_tag_languages_adds_columns_and_handles_empty():
    df = _paragraph_table()
    assert {"lang", "lang_confidence"} <= set(df.columns)
    assert df["lang_confidence"].between(0, 1).all()
    empty = tag_languages(pd.DataFrame({"text": pd.Series([], dtype="str")}))
    assert list(empty.columns) == ["text", "lang", "lang_confidence"] and len(empty) == 0


def test_language_mix_rows_sum_to_one():
    paras = _paragraph_table()
    mix = language_mix(paras)
    assert set(mix.index) == set(paras["article_id"])
    assert (mix.sum(axis=1) - 1).abs().max() < 1e-9
    ru_id = [a for a in mix.index if a.startswith("003")][0]
    assert mix.loc[ru_id, "ru"] > 0.95
    # und share of 004 equals its und paragraphs' characters over all its characters
    a4 = paras[paras["article_id"].str.startswith("004")]
    expected = a4.loc[a4["lang"] == "und", "n_chars"].sum() / a4["n_chars"].sum()
    assert mix.loc[a4["article_id"].iloc[0], "und"] == pytest.approx(expected)
    assert mix.columns[-1] == "und"


def test_language_mix_one_article_and_empty():
    one = pd.DataFrame({"article_id": ["a", "a"], "lang": ["uk", "ru"], "text": ["абв", "абвгде"]})
    mix = language_mix(one)
    assert mix.loc["a", "uk"] == pytest.approx(1 / 3) and mix.loc["a", "ru"] == pytest.approx(2 / 3)
    assert len(language_mix(one.iloc[0:0])) == 0


def test_language_disagreements():
    paras = pd.DataFrame({
        "article_id": ["x", "x", "x"],
        "paragraph": [0, 1, 2],
        "text": ["Фото: Офіс президента",                       # uk by letters, low confidence
                 "Генсек НАТО підтвердив присутність військ КНДР у Курській області.",
                 "00:49"],
    })
    out = language_disagreements(paras, min_confidence=0.8)
    assert {"orthography", "langdetect", "lang", "lang_confidence", "reason"} <= set(out.columns)
    assert "Фото: Офіс президента" in set(out["text"])
    assert "00:49" not in set(out["text"])
    row = out.set_index("text").loc["Фото: Офіс президента"]
    assert row["orthography"] == "uk" and row["lang"] == "uk"
    none = language_disagreements(paras.iloc[1:2], min_confidence=0.5)
    assert len(none) == 0 and "reason" in none.columns
    assert len(language_disagreements(paras.iloc[0:0])) == 0


def test_language_disagreements_samples_the_langdetect_comparison_on_large_input():
    texts = ["Фото: Офіс президента", "Так, це він", "Так, це вона"] * 2           # low confidence, uk letters
    texts += ["Генсек НАТО підтвердив присутність військ КНДР у Курській області."] * 4
    paras = pd.DataFrame({"article_id": ["x"] * len(texts), "paragraph": range(len(texts)), "text": texts})
    full = language_disagreements(paras, min_confidence=0.8)
    assert full.attrs == {"compared": 10, "eligible": 10}
    cut = language_disagreements(paras, min_confidence=0.8, max_compared=2)
    assert cut.attrs == {"compared": 2, "eligible": 10}
    low = set(full.loc[full["reason"].str.contains("confidence"), "text"])
    assert low and low <= set(cut["text"])           # every low-confidence paragraph is listed anyway
    assert cut["langdetect"].notna().sum() <= 2      # langdetect ran on the sample only
    pd.testing.assert_frame_equal(cut, language_disagreements(paras, min_confidence=0.8, max_compared=2))


def test_language_names_cover_outputs():
    rows = _labelled()
    codes = {v[0] for v in detect_languages([r["text"] for r in rows])}
    assert codes <= set(LANGUAGE_NAMES)


# --- whole articles ------------------------------------------------------------------------

def test_belarusian_article_quoting_russian_is_belarusian():
    article = "\n".join([
        "Лукашэнка пракаментаваў паведамленні пра паўночнакарэйскіх вайскоўцаў у Расіі.",
        "\"Мы ничего об этом не знаем, и это не наше дело\", — сказал ён журналістам у Мінску.",
        "Паводле яго слоў, Беларусь не будзе ўдзельнічаць у вайне і не дасць сваіх салдат.",
        "\"Пусть они сами разбираются со своими союзниками\", — дадаў палітык.",
        "Незалежныя эксперты мяркуюць, што Мінск уважліва сочыць за развіццём падзей.",
    ])
    assert detect_language(article)[0] == "be"
    paras = article.split("\n")
    got = [v[0] for v in detect_languages(paras, ["be"] * len(paras))]
    assert got == ["be", "ru", "be", "ru", "be"]


def test_latin_article_with_furniture_lines():
    article = "\n".join([
        "Home", "Politik", "05.11.2024, 15:54 Uhr", "dpa",
        "Nato-Generalsekretär Mark Rutte hat bestätigt, dass nordkoreanische Soldaten in die russische "
        "Region Kursk verlegt worden sind.",
        "Die Bundesregierung sprach von einer gefährlichen Eskalation und bestellte den Geschäftsträger ein.",
        "Nach Angaben aus Seoul sollen rund 10.000 Soldaten aus Nordkorea in Russland sein.",
        "Mehr zum Thema", "Newsletter abonnieren",
    ])
    assert detect_language(article)[0] == "de"


@pytest.mark.parametrize("text,lang", [
    ("Rusiya Şimali Koreya əsgərlərinin Kursk vilayətində olmasını təkzib edir.", "az"),
    ("Москва го негира присуството на севернокорејски војници.", "mk"),
])
def test_languages_langdetect_lacks_or_confuses(text, lang):
    assert detect_language(text)[0] == lang


CATALAN = (
    "El secretari general de l'OTAN, Mark Rutte, ha confirmat que les tropes nord-coreanes s'han desplegat "
    "a la regió russa de Kursk. Segons els serveis d'intel·ligència de Corea del Sud, uns deu mil soldats "
    "nord-coreans ja són a Rússia. El Kremlin no ha volgut confirmar ni desmentir aquestes informacions i ha "
    "parlat d'un afer bilateral. Zelenski ha demanat als aliats que actuïn abans que els soldats arribin al "
    "front. Els ministres d'Afers Exteriors del G7 han condemnat la creixent cooperació militar entre Moscou "
    "i Pyongyang. Els experts creuen que Pyongyang rep a canvi petroli, diners i tecnologia per als seus "
    "míssils. També la premsa de Seül assegura que els soldats han rebut uniformes russos i documents falsos."
)


def test_function_word_path_leaves_neighbours_to_langdetect():
    # Catalan shares el/del/la with Spanish: it must not be taken for Spanish by function words.
    assert detect_language(CATALAN)[0] == "ca"


def test_long_latin_texts_agree_with_langdetect():
    rows = [r for r in _labelled() if r["source"] == "written"]
    by_lang: dict[str, list[str]] = {}
    for r in rows:
        by_lang.setdefault(r["lang"], []).append(r["text"])
    checked = 0
    for lang, texts in by_lang.items():
        article = "\n".join(texts)
        if len(texts) < 5 or script_of(article) != "Latin" or lang in ("az", "sr"):
            continue
        assert detect_language(article)[0] == lang
        assert langdetect_language(article)[0] == lang
        checked += 1
    assert checked >= 12


def test_foreign_paragraphs_and_other_language_share():
    paras = pd.DataFrame({
        "article_id": ["a", "a", "a", "b", "b"],
        "paragraph": [0, 1, 2, 0, 1],
        "text": ["x" * 60, "y" * 30, "00:49", "z" * 50, "w" * 50],
        "lang": ["uk", "ru", "und", "ru", "ru"],
        "n_chars": [60, 30, 5, 50, 50],
        "in_body": [True, False, False, True, True],
    })
    own = {"a": "uk", "b": "ru"}
    foreign = foreign_paragraphs(paras, own)
    assert foreign[["article_id", "paragraph", "own", "where"]].values.tolist() == [["a", 1, "uk", "furniture"]]
    share = other_language_share(language_mix(paras), own)
    assert share["a"] == pytest.approx(30 / 95) and share["b"] == 0.0
    assert other_language_share(language_mix(paras[paras["in_body"]]), own)["a"] == 0.0
