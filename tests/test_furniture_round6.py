"""Blind round 6 on site furniture: whole articles, outlets with three articles each, no manifest.

``tests/data/furniture_articles6/`` holds 42 articles written blind (before the lexicon was read): 12 outlets
not used in rounds 4/5 with 3 articles each, every outlet with its OWN template (the same rubric, byline,
date/view-count, slogan, app/channel promo, legal and editor-in-chief lines each time, counts and dates
changing), the 3 articles of an outlet on different moments of the story; plus 6 single articles of 6 other
outlets. 14 languages (uk ru en de pl ro it tr ja ka kk lv az et). Only 3 of the 12 outlets name themselves
in a way the loader reads (a bare domain line or a link), so the repetition rule mostly works on unknown
outlets. Two outlets (kommersant_2, vedomosti_1) reprint the same TASS story with the same title: the shared
news must stay. ``tests/data/furniture_articles6_labels.csv`` labels every non-empty line
(``file, line_no, is_furniture, kind``; line_no 1-based in the file, counting empty lines).
Blind, before any change (whole pipeline): recall 0.734 (201/274), no news flagged; lines recurring in an outlet's 3
articles 0.750, one-off lines 0.702; the lexicon alone 0.591. Per language from 0.00 (az) and 0.48 (ru: a rubric taken
as the title, a print-edition stamp, a quoted channel promo) to 1.00 (it, ro). After round 6's rules (``_round6_entry``,
lv/az/et months, quoted channel promos): recall 0.989, no news flagged; recurring 0.983, one-off 1.000; lexicon alone
0.934. Left: wyborcza's slogan (4th paragraph from the end, outside the repetition rule's 3-paragraph edge window).
"""
from __future__ import annotations

from pathlib import Path

import pytest
from furniture_scoring import ROUNDS, outlets_unknown_to_the_loader, scored_round

import helpers as h
from analysis.boilerplate import is_furniture
from analysis.text import normalize


def test_most_outlets_stay_unknown_to_the_loader():
    assert len(outlets_unknown_to_the_loader(ROUNDS[6].folder)) >= 8


def test_agency_reprint_in_two_outlets_stays():
    """kommersant_2 and vedomosti_1 print the same TASS title and paragraphs: shared news, never furniture."""
    scored = scored_round(6)
    a = {r["line"] for r in scored if r["file"] == "kommersant_2.txt" and not r["is_furniture"]}
    b = {r["line"] for r in scored if r["file"] == "vedomosti_1.txt" and not r["is_furniture"]}
    shared = a & b
    assert len(shared) >= 3
    assert not [r["line"] for r in scored if r["line"] in shared and r["flagged"]]


# --- the repetition rule on inputs written here (invented outlets, a slogan no lexicon can know) ----------
_SLOGAN = "Blorvik Kvenn — zunder farr elmo"
_BODY = ["Pjongjang sandte {n} Soldaten nach Kursk, sagte der Minister am Montag in Seoul.",
         "Die Soldaten sollen in russischen Einheiten dienen, heißt es in dem Bericht.",
         "Moskau hat die Angaben zu den {n} Soldaten bisher nicht bestätigt."]


def _write(folder: Path, name: str, title: str, n: int, head: str = "", tail: str = _SLOGAN) -> None:
    lines = ([head] if head else []) + [title] + [b.format(n=n) for b in _BODY] + ([tail] if tail else [])
    (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _removed_kinds(folder: Path) -> dict[str, dict[str, str]]:
    arts = h.load_articles(folder, cache=False)
    return {a.article_id: {r["text"]: r["kind"] for r in a.removed} for a in arts.itertuples()}


def test_repetition_removes_an_unknown_outlets_slogan(tmp_path):
    assert is_furniture(normalize(_SLOGAN)) is None  # only repetition can find it
    for i, n in enumerate((1500, 3000, 8000), 1):
        _write(tmp_path, f"blorvik_{i}.txt", f"Bericht {i}: Nordkorea schickt Truppen nach Russland, Nummer {n}", n)
    kinds = _removed_kinds(tmp_path)
    assert all(k.get(_SLOGAN) == "repeated_across_articles" for k in kinds.values()), kinds


def test_repetition_needs_three_articles(tmp_path):
    for i, n in enumerate((1500, 3000), 1):
        _write(tmp_path, f"blorvik_{i}.txt", f"Bericht {i}: Nordkorea schickt Truppen nach Russland, Nummer {n}", n)
    kinds = _removed_kinds(tmp_path)
    assert not any(_SLOGAN in k for k in kinds.values()), kinds


def test_repetition_keeps_a_line_that_two_known_outlets_print(tmp_path):
    """A line in articles of two different known outlets (bare domain lines) is shared text, not a template —
    unless it is in ``min_share`` (10%) of the corpus, so 28 other articles without it are added."""
    for i, (dom, n) in enumerate((("blorvik.example", 1500), ("kvenn.example", 3000), ("blorvik.example", 8000)), 1):
        _write(tmp_path, f"mix_{i}.txt", f"Meldung {i}: Nordkorea schickt Truppen nach Russland, Zahl {n}", n,
               head=dom)
    for i in range(28):
        _write(tmp_path, f"other_{i}.txt", f"Andere Meldung {i}: Kim besucht eine Fabrik in Wonsan", 10 + i, tail="")
    kinds = _removed_kinds(tmp_path)
    assert not any(_SLOGAN in k for k in kinds.values()), {a: k for a, k in kinds.items() if k}


# Lines written after the fixture (not in it): round 6's rules must carry over to other sites of these languages.
@pytest.mark.parametrize("line", [
    "Главный редактор: Иван Петров", "Головний редактор — Андрій Куликов", "Editor-in-Chief: Jane Doe",
    "Redaktor naczelny: Jan Kowalski", "Chefredakteur: Max Mustermann", "Peatoimetaja Mari Tamm",
    "Газета «Известия» №205 от 06.11.2024, стр. 3", "Подробнее о переговорах — в материале «Что дальше»",
    "Подпишитесь на нашу вечернюю рассылку — главное за день", "Sign up for the Europe at Noon briefing",
    "Abonament cyfrowy za 19,90 zł miesięcznie", "FAZ+ testen: vier Wochen gratis lesen", "Lesen Sie das ePaper",
    "Our journalism is funded by readers. Please support us today!", "Reproducerea fără acordul redacției este interzisă.",
    "Materialların yenidən çapı qadağandır, hiperlink mütləqdir.", "Kõik õigused kaitstud.",
    "Visas tiesības aizsargātas", "Görüntülenme: 3.412", "Skatījumi: 1 024", "Şərhlər (4)", "5 noyabr 2024, 12:30",
    "2024. gada 5. novembrī, 14:20", "Uuendatud 05.11.2024 14:20", "Lugemisaeg 3 minutit",
    "Читайте \"Ведомости\" в Telegram — коротко о главном", "Haberin tüm hakları saklıdır.",
    "Yeni Şafak'ı Google News'te takip edin", "Xəbərləri Telegram kanalımızda izləyin",
    "FILED UNDER: Russia, Ukraine", "Ukrinform — the national news agency of Ukraine",
])
def test_round6_furniture_lines(line):
    assert is_furniture(normalize(line)) is not None


@pytest.mark.parametrize("line", [
    "Главный редактор RT Маргарита Симоньян заявила, что Пхеньян не отправлял войска.",
    "Редактор газеты рассказал о переговорах в Сеуле.", "Газета сообщила, что 3 тысячи военных уже в Курской области.",
    "Подробнее о планах Пентагона министр не рассказал.", "Путин подписал закон о ратификации договора 9 ноября.",
    "The Pentagon briefing was cancelled after North Korean troops reached Kursk.",
    "Ukraine asked allies to support its forces in Kursk.", "\"Support us today,\" Zelensky told the allies in Brussels.",
    "Kim Jong Un said the treaty was funded by trust between Moscow and Pyongyang.",
    "Reproducerea imaginilor din satelit a fost interzisă de Moscova pentru 3 zile.",
    "Görüntüler, Kuzey Koreli askerlerin Kursk'a ulaştığını gösteriyor.", "Kurskas apgabalā atrodas 11 000 karavīru.",
    "Nie ma zgody na wysłanie żołnierzy, mówi Seul.", "Die Rechte der Soldaten seien nicht geklärt, sagte ein Sprecher.",
    "South Korea's spy agency", "Mark Rutte said the deployment was a dangerous expansion of the war.",
    "Kuzey Kore'nin resmi haber ajansı KCNA, anlaşmanın onaylandığını duyurdu.",
])
def test_round6_news_lines_are_not_furniture(line):
    assert is_furniture(normalize(line)) is None
