"""Blind round 10 on site furniture: scored after round 9's fixes (commit 13ebbc2), before any change for it.

``tests/data/furniture_articles10/`` holds 40 articles written blind by another engineer while round 9 was being
fitted: 10 outlets with 3 articles each and their own templates (061, adevarul, hromadske, izvestia, kp, mediazona,
suspilne, tvn24, unian, vgolos) and 10 single articles, in 7 languages (uk ru ro pl tr de ja). 061_1 and vgolos_2
reprint one story with the same title and paragraphs: the shared news must stay.
``furniture_articles10_labels.csv`` labels every non-empty line (``file, line_no, is_furniture, kind``).

Blind, with round 9's rules and before any change (whole pipeline): recall 0.960 (266/277), news share 0.004 (1
line: again an editor's correction "Виправлення: …" that the writer labelled news); lines recurring in an outlet's
3 articles 0.935, one-off lines 0.973; the lexicon alone 0.769. The code before round 9 scored the same 0.960
(266/277; lexicon alone 0.758): round 9's fixes carried over to no further line of round 10. Per language ro 0.875,
ru 0.955, uk 0.966, de ja pl tr 1.00. Misses by cause: the loader took a line that is no headline for the title, so
the line escaped the rules (5: hromadske's logo line starting lower-case "громадське — незалежні новини, яким
довіряють" ×3, rubrics "Война в Украине"/"Международная панорама" above the headline); a reading time with the
number first "3 minute de citit" (3, recurring, outside the 2-paragraph start window); one-off notices: "become our
donor", "the editors do not share the opinions …", "reprinting without consent is forbidden" (3).

After round 10's rules: recall 1.000 (277/277), news share 0.004 (the same correction). In ``line_keys`` a title
starting lower-case is counted like any line, and every paragraph before the lede is at the start edge (the
reading time is found by repetition even without its lexicon rule); in ``_plan_article`` a label-shaped title
above a longer headline that a stamp follows is a rubric; ``_round9_entry`` learnt reading times with the number
first, "become our donor/member", editors' disclaimers and reprint bans "without consent". Then two structural rules
for what earlier rounds left: the outlet's name alone on a header or last line when the article's furniture names
it too ("Новая газета Европа" … "Фото: Новая газета Европа"), and a "related" phrase heads a block of one headline
whichever lexicon entry names it ("Още по темата"); and the footer by position (``_tail_furniture``): after the body's
last sentence and a furniture line, a short line that is no sentence, quotation or list item is furniture (with
round 9/10's new phrase rules switched off it finds 4 more lines of round 9 and 1 of round 10, no news); and the
header by position (``_head_furniture``): between a headline-shaped title and the lede, a line of at most 4 words
that is no sentence is furniture (1 more line of round 9 with the phrase rules off). Rounds 4 0.986 → 0.996 and 5
0.988 → 0.996, 6–9 unchanged, no news flagged there. With the phrase rules of rounds 5–9 switched off (as for a
language no list knows), the two position rules find 23/9/0/6/10/3 more lines of rounds 5–10 and flag no more news.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from furniture_scoring import scored_round, write_article

import helpers as h
from analysis.boilerplate import is_furniture
from analysis.text import normalize


def test_reprint_in_two_outlets_stays():
    """061_1 and vgolos_2 print the same title and paragraphs: shared news, never furniture."""
    scored = scored_round(10)
    a = {r["line"] for r in scored if r["file"] == "061_1.txt" and not r["is_furniture"]}
    b = {r["line"] for r in scored if r["file"] == "vgolos_2.txt" and not r["is_furniture"]}
    shared = a & b
    assert len(shared) >= 3
    assert not [r["line"] for r in scored if r["line"] in shared and r["flagged"] and not r["is_furniture"]]


# --- the repetition and title rules on inputs written here (an invented outlet, German-like text) -------------
_BODY = ["Pjongjang sandte {n} Soldaten nach Kursk, sagte der Minister am Montag in Seoul.",
         "Die Soldaten sollen in russischen Einheiten dienen, heißt es in dem Bericht.",
         "Moskau hat die Angaben zu den {n} Soldaten bisher nicht bestätigt."]
_HEADS = ["Seoul: Nordkorea schickt Soldaten nach Russland", "Pentagon bestätigt Truppen aus Pjongjang in Kursk",
          "Erste Gefechte mit nordkoreanischen Einheiten gemeldet"]
_MORE = ["Nach Angaben aus Kiew kämpfen die {n} Soldaten bereits an der Grenze zur Region Sumy.",
         "Ein Sprecher der NATO sprach von einer gefährlichen Ausweitung des Krieges in Europa.",
         "Südkorea erwägt nun, der Ukraine direkt Waffen zu liefern, berichtet die Agentur Yonhap.",
         "In Washington wird über neue Sanktionen gegen Pjongjang und Moskau beraten.",
         "China rief alle Seiten zur Zurückhaltung auf und lehnte jede Stellungnahme zu den {n} Soldaten ab.",
         "Beobachter erwarten, dass weitere Einheiten im Winter folgen könnten."]
_STAMPS = ["5. November 2024, 10:20", "12. November 2024, 08:05", "3. Dezember 2024, 17:45"]


def _articles(folder: Path):
    return {a.article_id: a for a in h.load_articles(folder, cache=False).itertuples()}


def test_a_logo_line_starting_lower_case_goes(tmp_path):
    """The first line of three articles of an unknown outlet starts lower-case: the loader takes it for the title,
    but no headline starts so, and it recurs: a logo line. The headlines under it stay."""
    logo = "kvenn — unabhängige Nachrichten aus dem Norden"
    for i, (n, head, stamp) in enumerate(zip((1500, 3000, 8000), _HEADS, _STAMPS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", [logo, head, stamp] + [b.format(n=n) for b in _BODY])
    arts = _articles(tmp_path)
    for a in arts.values():
        kinds = {r["text"]: r["kind"] for r in a.removed}
        assert kinds.get(logo) == "repeated_across_articles", kinds
        assert not any(head in kinds for head in _HEADS)
        assert any(a.body.startswith(head) for head in _HEADS), a.body


def test_a_recurring_capitalised_title_stays(tmp_path):
    """The same capitalised headline opening three articles (reprints) is a title and stays."""
    for i, n in enumerate((1500, 3000, 8000), 1):
        write_article(tmp_path, f"wire_{i}.txt", [_HEADS[0], _STAMPS[0]] + [b.format(n=n) for b in _BODY])
    arts = _articles(tmp_path)
    assert all(a.body.startswith(_HEADS[0]) for a in arts.values())


def test_a_rubric_taken_for_the_title_goes(tmp_path):
    """One article: a two-word rubric, the headline, a stamp, the body. The loader takes the rubric for the title;
    above a longer headline that a stamp follows it is a rubric, and the headline stays."""
    write_article(tmp_path, "one_1.txt", ["Krieg im Osten", _HEADS[1], _STAMPS[0]] + [b.format(n=3000) for b in _BODY])
    a = _articles(tmp_path)["one_1"]
    kinds = {r["text"]: r["kind"] for r in a.removed}
    assert kinds.get("Krieg im Osten") == "furniture", kinds
    assert a.body.startswith(_HEADS[1])


def test_a_short_title_over_a_sentence_stays(tmp_path):
    """A short title over a lede that ends like a sentence (no stamp between): the title stays."""
    lines = ["Kim in Moskau", "Der nordkoreanische Machthaber ist am Montag in Moskau eingetroffen, meldet Seoul.",
             _STAMPS[0]] + [b.format(n=3000) for b in _BODY]
    write_article(tmp_path, "one_1.txt", lines)
    a = _articles(tmp_path)["one_1"]
    assert a.body.startswith("Kim in Moskau"), a.removed


def test_a_recurring_header_line_under_the_headline_goes(tmp_path):
    """A reading time under rubric-title, headline and stamp (4th paragraph, outside the first two) recurring in three
    articles: the page header runs up to the lede, so it is at the edge — found by repetition, not by a word list."""
    line = "Lesezeit etwa drei Minuten im Kvenn-Format"
    assert is_furniture(line) is None
    for i, (n, head, stamp) in enumerate(zip((1500, 3000, 8000), _HEADS, _STAMPS), 1):
        write_article(tmp_path, f"kvenn_{i}.txt", ["Krieg im Osten", head, stamp, line] + [b.format(n=n) for b in _BODY]
               + [b.format(n=n) for b in _MORE])  # a longer body: the end window does not reach the header
    arts = _articles(tmp_path)
    assert all({r["text"]: r["kind"] for r in a.removed}.get(line) == "repeated_across_articles"
               for a in arts.values()), [a.removed for a in arts.values()]


def test_the_outlets_name_on_the_last_line_goes_when_its_furniture_names_it(tmp_path):
    """One article ends on the outlet's name alone, right after the last sentence; a photo credit in the header names
    the outlet too — the name line is the outlet's (round 4's "Новая газета Европа" … "Фото: Новая газета Европа").
    Without the credit it stays: nothing says it is the outlet, and no furniture fences it off from the body."""
    name = "Kvenn am Abend"
    assert is_furniture(name) is None
    body = [b.format(n=3000) for b in _BODY]
    write_article(tmp_path, "one_1.txt", [_HEADS[0], _STAMPS[0], "Foto: Kvenn am Abend"] + body + [name])
    kinds = {r["text"]: r["kind"] for r in _articles(tmp_path)["one_1"].removed}
    assert kinds.get(name) == "furniture", kinds
    write_article(tmp_path, "one_1.txt", [_HEADS[0], _STAMPS[0]] + body + [name])
    kinds = {r["text"]: r["kind"] for r in _articles(tmp_path)["one_1"].removed}
    assert name not in kinds, kinds


def test_a_short_line_between_headline_and_lede_goes_by_position(tmp_path):
    """Between a headline and the lede, a line of at most 4 words that is no sentence is the page header's (a byline
    of initials, an outlet name: round 5's "N1 Srbija"); a longer standfirst there stays."""
    short, stand = "Kvenn Nord 24", "Seoul says thousands of soldiers have moved to the Russian border region"
    assert is_furniture(short) is None and is_furniture(stand) is None
    write_article(tmp_path, "one_1.txt", [_HEADS[0], short, stand, _STAMPS[0]] + [b.format(n=3000) for b in _BODY])
    kinds = {r["text"]: r["kind"] for r in _articles(tmp_path)["one_1"].removed}
    assert kinds.get(short) == "furniture" and stand not in kinds, kinds


def test_one_headline_under_a_related_phrase_at_the_end_is_a_teaser(tmp_path):
    """A "more on the topic" phrase that the lexicon names a UI label still heads a block: one headline under it at
    the article's end goes (round 5's "Още по темата")."""
    head = "Пхенян потвърди, че изпраща войски в Русия"
    write_article(tmp_path, "one_1.txt", [_HEADS[0], _STAMPS[0]] + [b.format(n=3000) for b in _BODY + _MORE]
           + ["Още по темата", head])
    kinds = {r["text"]: r["kind"] for r in _articles(tmp_path)["one_1"].removed}
    assert kinds.get(head) == "teaser_block", kinds


def test_a_short_line_below_the_footer_goes_by_position(tmp_path):
    """After the body's last sentence and a furniture line, a short promo no word list knows is the footer's."""
    promo = "Kvenn am Abend — jeden Tag frisch auf dem Tisch"
    assert is_furniture(promo) is None
    write_article(tmp_path, "one_1.txt", [_HEADS[0], _STAMPS[0]] + [b.format(n=3000) for b in _BODY]
           + ["Foto: Reuters", promo])
    kinds = {r["text"]: r["kind"] for r in _articles(tmp_path)["one_1"].removed}
    assert kinds.get(promo) == "furniture", kinds


@pytest.mark.parametrize("tail", [
    ["Eine Kolonne auf dem Weg nach Kursk"],                                 # a caption right after the last sentence
    ["Foto: Reuters", "Was bekannt ist:", "11 000 Soldaten in Kursk", "Erste Gefechte im November"],  # a list
    ["Foto: Reuters", '"Wir kämpfen weiter"'],                               # a quotation
    ["Foto: Reuters", "— Seoul meldet weitere Transporte"],                  # a list dash
])
def test_short_lines_of_the_article_after_its_last_sentence_stay(tmp_path, tail):
    write_article(tmp_path, "one_1.txt", [_HEADS[0], _STAMPS[0]] + [b.format(n=3000) for b in _BODY] + tail)
    kinds = {r["text"]: r["kind"] for r in _articles(tmp_path)["one_1"].removed}
    kept = [t for t in tail if not t.startswith("Foto")]
    assert not [t for t in kept if normalize(t) in kinds], kinds


# Lines written after the fixture (not in it): other sites, other languages, the same shapes.
@pytest.mark.parametrize("line", [
    "5 min read", "4 хв читання", "7 мин чтения", "3 perc olvasás", "6 dakika okuma", "2 Minuten Lesezeit",
    "4 minutes de lecture", "5 minuti di lettura", "2 minutos de leitura", "6 minut čtení",
    "Станьте нашим патроном на Patreon", "Become a member today", "Zostań naszym darczyńcą",
    "Редакция не всегда разделяет мнение авторов колонок.", "The editors do not necessarily share the views expressed.",
    "Redakcja nie ponosi odpowiedzialności i nie podziela opinii czytelników",
    "Перепечатка материалов без разрешения редакции запрещена.", "Reproduction without permission is prohibited.",
])
def test_round10_furniture_lines(line):
    assert is_furniture(normalize(line)) is not None


@pytest.mark.parametrize("line", [
    "5 soldiers were killed", "3 minute de liniște au fost ținute la Kiev.", "Become a soldier, the poster says.",
    "Редакция газеты сообщила, что 3 журналиста задержаны.", "The editors said the report was accurate.",
    "Reproducerea imaginilor din satelit a fost interzisă de Moscova pentru 3 zile.",
    "Перепечатку материалов Reuters без согласия агентства обсуждают в суде",
])
def test_round10_news_lines_are_not_furniture(line):
    assert is_furniture(normalize(line)) is None
