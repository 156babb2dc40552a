"""Blind round 8 on site furniture: scored after round 7's fixes, before any change for it.

``tests/data/furniture_articles8/`` holds 40 articles written blind by another engineer while round 7 was being
fitted (neither side saw the other's material): 10 outlets with 3 articles each and their own templates (15min,
aawsat, aktuality, berlingske, iltalehti, jagran, ltn, radiofarda, vecernji, walla) and 10 single articles, in 17
languages (lt ru ar sk da zh fi hi he el fa uk nl en id vi hr). iltalehti_2 and kaleva_1 reprint the same STT story
with the same title: the shared news must stay. ``tests/data/furniture_articles8_labels.csv`` labels every non-empty
line (``file, line_no, is_furniture, kind``; a second copy of a title is labelled furniture, kind ``title``).

Blind, with round 7's rules and before any change (whole pipeline): recall 0.829 (305/368), no news flagged; lines
recurring in an outlet's 3 articles 0.857, one-off lines 0.799; the lexicon alone 0.524. The code before round 7
scored 0.815 (300/368): round 7's fixes carried over to 5 more lines of round 8 — blind scores stay well below the
fitted ones. Per language from 0.38 (hi), 0.44 (nl), 0.50 (sk) and 0.62 (id) to 1.00 (da el fa fi lt uk vi).
Misses by cause: repetition blocked by shape (an outlet's line longer than 8 words at the end, a quoted outlet name,
a header outside the 3-paragraph edge window: 24 lines — jagran's app promo and fixed "trending" box, aawsat's
byline, aktuality's "Najčítanejšie" and legal line, walla's reading time and WhatsApp promo, vecernji's slogan),
teasers under it (9), stamps with a label ("Publish Date: …", "نُشر: …") (6), bylines (7), counters/reading times
of other scripts (4), one-off promos, tags, copyright, a tweet signature.

After round 8's rules (``_round8_entry``; at an article's end a recurring line may have up to 20 words when it is
not a sentence; a short quoted name does not stop the repetition rule; two headlines under a label that furniture
separates from the body are a box): recall 0.992 (365/368), no news flagged; recurring 0.984, one-off 1.000; lexicon
alone 0.633. The 3 left were vecernji's slogan "Vijesti koje vrijede – svaki dan od 1959.": a sentence by its shape,
5 paragraphs from the end. Then ``line_keys`` learnt the line before each line (``context``): a short sentence at
the end (the last 6 paragraphs with content) is furniture when what precedes it changes between articles — reprints
of one story end on the same sentence after the same line. Final: recall 1.000 (368/368), no news flagged.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from furniture_scoring import scored_round, write_article

import helpers as h
from analysis.boilerplate import is_furniture
from analysis.text import normalize


def test_agency_reprint_in_two_outlets_stays():
    """iltalehti_2 and kaleva_1 print the same STT title and paragraphs: shared news, never furniture."""
    scored = scored_round(8)
    a = {r["line"] for r in scored if r["file"] == "iltalehti_2.txt" and not r["is_furniture"]}
    b = {r["line"] for r in scored if r["file"] == "kaleva_1.txt" and not r["is_furniture"]}
    shared = a & b
    assert len(shared) >= 3
    assert not [r["line"] for r in scored if r["line"] in shared and r["flagged"]]


# --- the repetition and teaser rules on inputs written here (an invented outlet and language-free lines) -----
_BODY = ["Pjongjang sandte {n} Soldaten nach Kursk, sagte der Minister am Montag in Seoul.",
         "Die Soldaten sollen in russischen Einheiten dienen, heißt es in dem Bericht.",
         "Moskau hat die Angaben zu den {n} Soldaten bisher nicht bestätigt."]
_HEADS = ["Seoul: Nordkorea schickt Soldaten nach Russland", "Pentagon bestätigt Truppen aus Pjongjang in Kursk",
          "Erste Gefechte mit nordkoreanischen Einheiten gemeldet"]


def _removed(folder: Path) -> dict[str, dict[str, str]]:
    arts = h.load_articles(folder, cache=False)
    return {a.article_id: {r["text"]: r["kind"] for r in a.removed} for a in arts.itertuples()}


def test_a_long_promo_recurring_at_the_end_goes(tmp_path):
    """Twelve words, no final period, last line of three articles of an unknown outlet: more than the 8 words a
    recurring line may have elsewhere, but an article's end is where such promos sit."""
    promo = "Die wichtigsten Meldungen aus Blorvik und der Welt jeden Morgen in der Kvenn-App"
    assert is_furniture(promo) is None
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [promo])
    removed = _removed(tmp_path)
    assert all(r.get(promo) == "repeated_across_articles" for r in removed.values()), removed


def test_a_long_recurring_sentence_about_the_story_stays(tmp_path):
    """The same, but a sentence (a final period) that names the story's people and places: it may be an agency's
    paragraph or a recap, and it stays."""
    line = "Nordkorea hat nach Angaben aus Seoul bereits Tausende Soldaten nach Russland geschickt und plant mehr."
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [line])
    removed = _removed(tmp_path)
    assert not any(line in r for r in removed.values()), removed


def test_a_long_recurring_sentence_off_the_story_goes(tmp_path):
    """A long sentence at the end of three different stories of an unknown outlet that names nothing of any of them
    (an outlet's promo or notice) is furniture. (Until the lead's off-topic rule, round 8 kept it as a possible
    agency paragraph; the blind rounds showed such lines are donation appeals, legal notices and bios.)"""
    line = "Die wichtigsten Meldungen aus Blorvik und der Welt stehen jeden Morgen in der Zeitung."
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [line])
    removed = _removed(tmp_path)
    assert all(removed[f"kvenn_{i}"].get(line) == "repeated_across_articles" for i in (1, 2, 3)), removed


_ENDS = ["Seoul rechnet mit weiteren Transporten vor dem Winter.", "Kiew meldet erste Gefechte an der Grenze.",
         "Washington berät mit den Verbündeten über eine Antwort."]


def test_a_short_slogan_sentence_after_different_lines_goes(tmp_path):
    """A sentence (final period) recurring at the end of three articles of an unknown outlet, each time after a
    different line: the outlet's slogan, not a shared paragraph."""
    slogan = "Kvenn-Abendblatt — jeden Tag seit 1959."
    assert is_furniture(slogan) is None
    for i, (n, head, end) in enumerate(zip((1500, 3000, 8000), _HEADS, _ENDS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [end, slogan])
    removed = _removed(tmp_path)
    assert all(r.get(slogan) == "repeated_across_articles" for r in removed.values()), removed
    assert not any(end in r for r in removed.values() for end in _ENDS)


def test_a_reprinted_last_paragraph_stays(tmp_path):
    """Three reprints (different titles, unknown outlets) end on the same two sentences: the last one comes after
    the same line each time, so it is shared news and stays."""
    tail = ["Die Regierung in Seoul bestellte den russischen Botschafter ein.", "Moskau dementiert die Berichte."]
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"wire_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + tail)
    removed = _removed(tmp_path)
    assert not any(t in r for r in removed.values() for t in tail), removed


def test_an_outlets_label_above_a_box_of_changing_teasers_goes(tmp_path):
    """The outlet's label sits 5 paragraphs from the end, above four teasers that change: it is still at the end."""
    label = "Meistgelesen bei Kvenn"
    boxes = [["Neuer Tunnel in Blorvik eröffnet", "Sturm über der Küste erwartet", "Finale am Sonntag ausverkauft",
              "Bäckerei schließt nach 80 Jahren"],
             ["Busse fahren ab Montag häufiger", "Neues Museum am Hafen", "Kvenn-Pokal: Halbfinale verschoben",
              "Schnee im Oktober überrascht Bauern"],
             ["Brücke wird ein Jahr gesperrt", "Rekord beim Stadtlauf", "Theater zeigt neues Stück",
              "Fähre fällt wegen Nebel aus"]]
    assert is_furniture(label) is None
    for i, (n, head, box) in enumerate(zip((1500, 3000, 8000), _HEADS, boxes), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head] + [b.format(n=n) for b in _BODY] + [label] + box)
    removed = _removed(tmp_path)
    assert all(label in r for r in removed.values()), removed


def test_a_short_quoted_name_does_not_stop_repetition(tmp_path):
    byline = 'Blorvik — Kvenn: "Abendblatt"'
    assert is_furniture(byline) is None
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), _HEADS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [head, byline] + [b.format(n=n) for b in _BODY])
    removed = _removed(tmp_path)
    assert all(r.get(byline) == "repeated_across_articles" for r in removed.values()), removed


def test_two_headlines_under_a_label_after_furniture_are_a_box(tmp_path):
    lines = [_HEADS[0]] + [b.format(n=3000) for b in _BODY] + [
        "Ostatnie wiadomości z Blorviku zawsze w Telegramie", "Meistgelesen", "Neuer Tunnel in Blorvik eröffnet",
        "Kvenn-Pokal: Finale am Sonntag"]
    write_article(tmp_path, "box_1.txt", lines)
    removed = _removed(tmp_path)["box_1"]
    assert removed.get("Neuer Tunnel in Blorvik eröffnet") == "teaser_block", removed
    assert removed.get("Kvenn-Pokal: Finale am Sonntag") == "teaser_block", removed


def test_two_headline_lines_at_the_end_of_the_body_stay(tmp_path):
    """Without furniture between the body and the label, a label and two short lines are the article's own."""
    lines = [_HEADS[0]] + [b.format(n=3000) for b in _BODY] + ["Reaktionen", "Kiew: eine gefährliche Eskalation",
                                                               "Seoul: Russland muss die Soldaten zurückschicken"]
    write_article(tmp_path, "box_1.txt", lines)
    assert _removed(tmp_path)["box_1"] == {}


def test_devanagari_teasers_are_counted_in_words_not_letters(tmp_path):
    """A 17-word Hindi headline is 35 pieces when its vowel signs split the words: still a headline under a "read
    also" header."""
    teasers = ["रूस और यूक्रेन के बीच युद्ध में उत्तर कोरिया के सैनिकों की भूमिका पर विशेषज्ञों की राय",
               "दिल्ली में प्रदूषण का स्तर फिर बढ़ा, कई स्कूल एक हफ्ते के लिए बंद"]
    lines = ["उत्तर कोरिया के सैनिक कुर्स्क पहुंचे, पेंटागन ने की पुष्टि",
             "अमेरिकी रक्षा विभाग ने कहा कि लगभग दस हजार सैनिक कुर्स्क क्षेत्र में हैं।",
             "दक्षिण कोरिया ने रूसी राजदूत को तलब किया।", "रूस ने इन खबरों का खंडन किया है।",
             "यह भी पढ़ें"] + teasers
    write_article(tmp_path, "hi_1.txt", lines)
    removed = _removed(tmp_path)["hi_1"]
    assert all(removed.get(t) == "teaser_block" for t in teasers), removed
    assert "रूस ने इन खबरों का खंडन किया है।" not in removed


# Lines written after the fixture (not in it): other sites, other languages, the same shapes.
@pytest.mark.parametrize("line", [
    "Publish Date: Fri, 08 Nov 2024 09:30 PM (IST)", "Datum objave: 05.11.2024. u 14:22",
    "Diterbitkan: 5 November 2024 10:15 WIB", "מאת: דנה לוי", "بقلم: أحمد علي", "Edited By: Rahul Sharma",
    "Written by: Jane Doe", "Maria van der Berg", "Sarah Lee, Seoul Correspondent", "Ivan Petrov, staff writer",
    "זמן קריאה: 4 דקות", "閱讀時間 3 分鐘", "Czas czytania: 4 minuty", "12 תגובות", "1 200 צפיות", "57 komentara",
    "הצטרפו לערוץ הטלגרם שלנו", "تابعونا على تلغرام", "Поддержите нас, это важно для независимой журналистики",
    "Support us: every contribution matters", "Новости Сибири", "Vijesti iz svijeta", "أخبار العالم",
    "Rusland · Oekraïne · NAVO", "Kyiv | Moskva | Soul", "— Andriy Yermak (@AndriyYermak) November 5, 2024",
    "Lees onbeperkt voor 2 euro per maand", "Lue rajattomasti: 1 € ensimmäinen kuukausi", "Hak cipta © 2024 Kompas",
    "Bản quyền thuộc về báo Tuổi Trẻ", "Dapatkan ringkasan berita setiap pagi di email Anda",
    "Pilihan Editor: Kim Jong Un Kunjungi Moskow", "Unduh aplikasi Kompas untuk berita terbaru",
    "앱을 다운로드하고 최신 뉴스를 받아보세요", "Download our app for the latest news",
])
def test_round8_furniture_lines(line):
    assert is_furniture(normalize(line)) is not None


@pytest.mark.parametrize("line", [
    "Kim met Putin for 5 min", "North Korean troops: 12 000 soldiers", "Ukraine says 3 soldiers were captured",
    "Zelensky: North Korea sent 11 000 troops", "Blinken said on Telegram that troops were engaged.",
    "Новости о потерях КНДР не подтверждены.", "Kyiv, Moskva and Seoul traded accusations on Tuesday.",
    "Maria van der Berg said the troops were exhausted.", "Sarah Lee, a correspondent in Seoul, said the soldiers are young.",
    "The troops were paid 2,000 euro per month, Seoul said.", "אוקראינה: החיילים הצפון קוריאנים נלחמים בקורסק.",
    "Kim Jong Un visited the factory on November 5, 2024.", "Supporters of the treaty said it would last.",
    "Pohjois-Korea on kiistänyt lähettäneensä joukkoja.", "Tentara Korea Utara tiba di Kursk pada 23 Oktober 2024.",
    "Russia-Ukraine war: North Korean troops in Kursk", "Soldiers downloaded a Russian app, Kyiv said.",
    "The app was downloaded by soldiers",
])
def test_round8_news_lines_are_not_furniture(line):
    assert is_furniture(normalize(line)) is None
