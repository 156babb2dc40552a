"""Blind round 7 on site furniture: whole articles, outlets with three articles each, no manifest.

``tests/data/furniture_articles7/`` holds 40 articles written blind (before ``analysis/boilerplate.py`` or any earlier
furniture fixture was read): 10 outlets not used in rounds 4-6 with 3 articles each, every outlet with its OWN
template (rubric, byline/agency, date stamp, caption credit, promo, legal, block header over teasers; dates, counts
and teasers changing), the 3 articles of an outlet on different moments of the story; plus 10 single articles of 10
other outlets. 15 languages (ko th hu bg sr-Cyrl sr-Latn cs es pt fr uz hy be uk ru en). Only 3 of the 10 outlets name
themselves in a way the loader reads (hvg.hu and kun.uz domain lines, g1 links). Two agency stories are reprinted
with the same title by two outlets (EFE: eltiempo_2 / eluniversal_1; AFP: lesoir_3 / ledevoir_1): shared news stays.
``tests/data/furniture_articles7_labels.csv`` labels every non-empty line (``file, line_no, is_furniture, kind``).

Blind, before any change (whole pipeline): recall 0.844 (271/321), news share 0.025 (7 news lines flagged: a Thai
and an Armenian article lost their body to the teaser rules, which read a paragraph without a full stop as a
headline); lines recurring in an outlet's 3 articles 0.974, one-off lines 0.773; the lexicon alone 0.461. Misses by
cause: teasers under an outlet's own block header (13), date stamps of other scripts and formats (11), bylines after
"Por:" or in capitals and Korean place=name bylines (6), "Le puede interesar:"/"Lire aussi" lines (6), captions
ending on agencies or "제공" (5), an outlet-name line pushed out of the edge window by a title printed twice (3),
rubrics (2). Per language from 0.67 (hy) and 0.71 (be) to 1.00 (cs, ru).

After round 7's rules — shapes, not phrases: a date stamp by its digits and letters, a stamp line followed by other
furniture, an outlet's recurring line as a block header (with a colon it heads even one teaser), no headline rules in
an article without full stops, title copies outside the edge count, a rubric-shaped title counted by repetition, a
label above the title, caption tails of agencies — recall 0.997 (320/321), no news flagged; recurring 1.000, one-off
0.995; lexicon alone 0.626. Left then: nikvesti_1's rubric "Новини Миколаєва та області", which the loader takes for
the title (its first line of words); round 8's "news of …" rubric shape removes it (a title that is lexicon furniture
goes), so with round 8's rules: recall 1.000 (321/321), no news flagged.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from furniture_scoring import ROUNDS, outlets_unknown_to_the_loader, scored_round

import helpers as h
from analysis.boilerplate import is_furniture
from analysis.text import normalize


def test_most_outlets_stay_unknown_to_the_loader():
    assert len(outlets_unknown_to_the_loader(ROUNDS[7].folder)) >= 7


def test_titles_stay_and_scripts_without_full_stops_keep_their_body():
    """The labelled title of every article is in its body, and no news line of the Thai and Armenian articles (no
    "." at the end of a Thai sentence; "։" ends an Armenian one) is taken for a teaser headline."""
    scored = scored_round(7)
    for r in scored:
        if r["kind"] == "title":
            assert not r["flagged"], r["file"]
    news = [r for r in scored if r["lang"] in ("th", "hy") and not r["is_furniture"]]
    assert len(news) >= 12 and not [r["line"] for r in news if r["flagged"]]


@pytest.mark.parametrize("pair", [("eltiempo_2.txt", "eluniversal_1.txt"), ("lesoir_3.txt", "ledevoir_1.txt")])
def test_agency_reprint_in_two_outlets_stays(pair):
    scored = scored_round(7)
    a = {r["line"] for r in scored if r["file"] == pair[0] and not r["is_furniture"]}
    b = {r["line"] for r in scored if r["file"] == pair[1] and not r["is_furniture"]}
    shared = a & b
    assert len(shared) >= 3
    assert not [r["line"] for r in scored if r["line"] in shared and r["flagged"]]


# --- the structural rules on inputs written here (an invented outlet, lines no lexicon knows) ----------------
_BODY = ["Pjongjang sandte {n} Soldaten nach Kursk, sagte der Minister am Montag in Seoul.",
         "Die Soldaten sollen in russischen Einheiten dienen, heißt es in dem Bericht.",
         "Moskau hat die Angaben zu den {n} Soldaten bisher nicht bestätigt."]


def _removed(folder: Path) -> dict[str, dict[str, str]]:
    arts = h.load_articles(folder, cache=False)
    return {a.article_id: {r["text"]: r["kind"] for r in a.removed} for a in arts.itertuples()}


def _bodies(folder: Path) -> dict[str, str]:
    arts = h.load_articles(folder, cache=False)
    return dict(zip(arts["article_id"], arts["body"]))


def test_a_rubric_taken_as_title_is_found_by_repetition(tmp_path):
    """An unknown outlet prints its rubric "Zorbal blekk" first: the loader takes it for the title (2 words), and
    it recurs in 3 articles, so it goes; the real headlines (longer, different) stay."""
    heads = ["Seoul: Nordkorea schickt Soldaten nach Russland", "Pentagon bestätigt Truppen aus Pjongjang in Kursk",
             "Erste Gefechte mit nordkoreanischen Einheiten gemeldet"]
    assert is_furniture("Zorbal blekk") is None  # only repetition can find it
    for i, (n, head) in enumerate(zip((1500, 3000, 8000), heads), 1):
        lines = ["Zorbal blekk", head] + [b.format(n=n) for b in _BODY]
        (tmp_path / f"zorbal_{i}.txt").write_text("\n".join(lines), encoding="utf-8")
    removed = _removed(tmp_path)
    bodies = _bodies(tmp_path)
    assert all(r.get("Zorbal blekk") == "repeated_across_articles" for r in removed.values()), removed
    assert all(bodies[f"zorbal_{i}"].startswith(head) for i, head in enumerate(heads, 1)), bodies


def test_a_headline_title_shared_by_three_reprints_stays(tmp_path):
    """A headline (more than 4 words) is exempt from counting even when three articles share it."""
    title = "Nordkorea schickt Soldaten nach Russland, sagt Seoul"
    for i, n in enumerate((1500, 3000, 8000), 1):
        (tmp_path / f"reprint_{i}.txt").write_text("\n".join([title] + [b.format(n=n) for b in _BODY]), encoding="utf-8")
    bodies = _bodies(tmp_path)
    assert all(b.split("\n")[0] == title for b in bodies.values()), bodies


def test_an_outlet_line_after_a_doubled_title_is_at_the_edge(tmp_path):
    """The title printed twice, then the outlet's name: the name still counts as the article's start."""
    for i, n in enumerate((1500, 3000, 8000), 1):
        title = f"Meldung {i}: {n} Soldaten aus Nordkorea in Kursk"
        lines = [title, title, "Blorvik-Abendblatt jeden Morgen"] + [b.format(n=n) for b in _BODY]
        (tmp_path / f"blorvik_{i}.txt").write_text("\n".join(lines), encoding="utf-8")
    assert is_furniture("Blorvik-Abendblatt jeden Morgen") is None  # only repetition can find it
    removed = _removed(tmp_path)
    assert all(r.get("Blorvik-Abendblatt jeden Morgen") == "repeated_across_articles" for r in removed.values()), removed


def test_an_outlets_recurring_header_heads_its_teasers(tmp_path):
    """An outlet's own header ("Aus der Kvenn-Redaktion:") recurs at the end of its articles; the one headline
    under it (a different one each time) is a teaser."""
    teasers = ["Neuer Tunnel in Blorvik eröffnet", "Wetter: Sturm über der Küste erwartet", "Kvenn-Pokal: Finale am Sonntag"]
    for i, (n, t) in enumerate(zip((1500, 3000, 8000), teasers), 1):
        lines = [f"Meldung {i}: {n} Soldaten aus Nordkorea in Kursk"] + [b.format(n=n) for b in _BODY] + \
                ["Aus der Kvenn-Redaktion:", t]
        (tmp_path / f"kvenn_{i}.txt").write_text("\n".join(lines), encoding="utf-8")
    removed = _removed(tmp_path)
    for i, t in enumerate(teasers, 1):
        assert removed[f"kvenn_{i}"].get(t) == "teaser_block", removed[f"kvenn_{i}"]
    bodies = _bodies(tmp_path)
    assert all("nicht bestätigt" in b for b in bodies.values())


def test_an_article_without_full_stops_keeps_its_body(tmp_path):
    """Thai sentences end without a full stop: a row of them is no headline run (it was, before round 7)."""
    lines = ["เกาหลีเหนือส่งทหารเพิ่มไปรัสเซีย ตามรายงานของหน่วยข่าวกรองเกาหลีใต้",
             "หน่วยข่าวกรองแห่งชาติเกาหลีใต้ระบุว่า ทหารชุดใหม่เดินทางถึงท่าเรือวลาดิวอสต็อกเมื่อต้นสัปดาห์",
             "เจ้าหน้าที่ยูเครนกล่าวว่า ทหารเกาหลีเหนือบางส่วนถูกส่งไปยังแนวหน้าในแคว้นคูร์สก์แล้ว",
             "ทำเนียบขาวเรียกร้องให้รัสเซียอธิบายการใช้ทหารต่างชาติในสงคราม",
             "ฝ่ายรัสเซียปฏิเสธที่จะแสดงความเห็นต่อรายงานดังกล่าว",
             "นักวิเคราะห์มองว่า การเคลื่อนไหวนี้อาจทำให้ความขัดแย้งขยายวงกว้างขึ้นในภูมิภาค",
             "รัฐบาลญี่ปุ่นแสดงความกังวลต่อความร่วมมือทางทหารระหว่างสองประเทศ",
             "องค์การสหประชาชาติจะหารือเรื่องนี้ในการประชุมคณะมนตรีความมั่นคงสัปดาห์หน้า"]
    (tmp_path / "th_1.txt").write_text("\n".join(lines), encoding="utf-8")
    arts = h.load_articles(tmp_path, cache=False)
    assert arts["removed"].iloc[0] == [] and arts["body"].iloc[0] == "\n".join(lines)


def test_a_label_above_the_title_goes(tmp_path):
    lines = ["Világ", "Szöul: újabb észak-koreai katonák érkeztek Oroszországba"] + [b.format(n=3000) for b in _BODY]
    (tmp_path / "hu_1.txt").write_text("\n".join(lines), encoding="utf-8")
    arts = h.load_articles(tmp_path, cache=False)
    assert [r["text"] for r in arts["removed"].iloc[0]] == ["Világ"]
    assert arts["body"].iloc[0].startswith("Szöul: újabb")


# Lines written after the fixture (not in it): other sites, other languages, the same shapes.
@pytest.mark.parametrize("line", [
    "14 พ.ย. 2567 13:20 น.", "09:12, 5 նոյեմբերի 2024", "Бета | 05.11.2024. у 08:15", "5 de noviembre 2024, 10:03 p. m.",
    "2024.11.05. 14:22", "Publié le 05/11/2024 à 09:12 Mis à jour le 05/11/2024 à 10:40",
    "Publicado el 5/11/2024 a las 10:31 Tiempo de lectura: 3 min",
    "Por: REDACCIÓN INTERNACIONAL", "Por: EFE", "By: KTUU Staff", "도쿄=김민수 특파원", "베이징/박소영 특파원",
    "북한군 병사들이 훈련하고 있다. 조선중앙통신 제공", "젤렌스키 대통령. 로이터 연합뉴스", "Soldados norcoreanos en Kursk. EFE/EPA",
    "Foto ilustrativa", "Фото ілюстраційне", "Imagen de archivo", "Assista ao vídeo", "Mira el video",
    "Te puede interesar: Kim Jong-un visita Moscú", "Lire aussi Les Nord-Coréens à Koursk",
    "Leia também Coreia do Norte envia tropas", "Ez is érdekelheti: Orbán Viktor Moszkvába utazik",
    "Subscribe to the Morning Brief and get headlines in your inbox", "조선일보 뉴스레터 무료 구독하기",
    "Bizni Telegram'da kuzating", "Pratite nas na Telegramu", "Етикети: Русия, КНДР, Украйна",
    "Témák: Oroszország, Észak-Korea", "Suivez-nous sur WhatsApp",
    "Перепечатка материалов возможна только с обязательной ссылкой на источник",
])
def test_round7_furniture_lines(line):
    assert is_furniture(normalize(line)) is not None


@pytest.mark.parametrize("line", [
    "In 2024 North Korea sent troops to Russia.", "Por eso Seúl convocó al embajador ruso.",
    "Por Kursk pasan los refuerzos", "By November, about 11,000 troops had arrived.", "Zelensky wrote on Telegram.",
    "Rutte: This is a significant escalation.", "국정원은 18일 북한이 특수부대 1500명을 러시아에 보냈다고 밝혔다.",
    "Le ministre a parlé à 18:04 devant les députés à Bruxelles.", "Fotos mostram soldados norte-coreanos em Kursk.",
    "กระทรวงกลาโหมเกาหลีใต้ระบุว่า ทหารเกาหลีเหนือ 11,000 นาย อยู่ในแคว้นคูร์สก์",
    "Az ukrán hadsereg 2024. november 4-én ütközött meg először az észak-koreai katonákkal.",
    "15 000 soldats nord-coréens, selon Séoul", "Por su parte, el Kremlin guardó silencio.",
    "Par ailleurs, Kiev affirme que 11 000 soldats sont à Koursk.",
    "A Coreia do Norte enviou 10 mil soldados em 2024, segundo Seul.", "Moszkva tagadja a vádakat.",
    "Ким Чен Ын и Путин подписали договор 19 июня 2024 года.", "Пратећи ове извештаје, Сеул је позвао руског амбасадора.",
    "The treaty took effect on Dec. 4, 2024.", "Blinken: 10,000 North Korean troops are in Kursk",
    "Telegram channels reported heavy fighting near Sudzha.", "Kim met Putin for 5 min", "Pausa de 10 minutos",
    "По словам Зеленского, 11 тысяч военных КНДР уже в Курской области.",
    "Le puede costar caro a Pionyang, dijo el analista.",
])
def test_round7_news_lines_are_not_furniture(line):
    assert is_furniture(normalize(line)) is None
