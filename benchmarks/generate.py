"""Synthetic corpus generator for the benchmarks: articles in the seeds' shape, with planted truth.

``generate_corpus(n_articles, out_dir, seed=0)`` writes ``n_articles`` UTF-8 ``.txt`` files into
subfolders of at most 1000 files (``out_dir/000/a000000.txt`` …) and ``out_dir/truth.json``, and returns
the same truth as a dict. CLI: ``python benchmarks/generate.py 10000 benchmarks/out/corpus10k [--seed 0]``.

How an article is built
-----------------------
* Sentences come from the seeds' body sentences (``data/articles``: uk from 000, 001, 002, 004; ru from
  003), without their teasers, furniture and any sentence holding a digit (so no seed figure leaks in).
  A new sentence is 9–22 words made of runs of 1–3 consecutive words from random seed sentences, and a
  quarter of its lower-case words (an eighth of its names) are swapped for other words of the same
  language's seed vocabulary: real words and word pairs, but two unrelated articles share almost no
  4-word sequence (measured: see the tests), so only planted reprints are reprints.
  English and German articles are made the same way from the small sentence banks below (the seeds have none).
* Languages: ~70% uk, ~25% ru, ~3% en, ~2% de (by the outlet's language); ~6% of uk/ru articles also
  carry an English quote paragraph.
* ~50 invented outlets, each with a domain, a language, a paragraph style (blank line or not), a date
  style (e-mail style header after the domain line, a "Section, dd.mm.yyyy hh:mm" dateline at the end,
  or none), 0–1 header line and 2–3 footer lines of its own, repeated across its articles.
* Generic furniture on some articles: "Фото: …" credit, "ЧИТАЙТЕ ТАКОЖ: <other headline>", end
  navigation ("Головне", "Останні новини"/"більше новин"), a trailing block of 4–8 other headlines
  (teaser block), and a video teaser with a troop figure plus its duration ("00:49") as in seed 003.
* Troop figures (value, kind ∈ present/projected/casualties/returned) from sentence templates in uk/ru/en,
  and distractor numbers (Russian losses, munition containers) that are not troop counts.
* Reprints (~12% of articles) of an earlier original by another outlet: ``verbatim`` (same body),
  ``edited`` (a few words changed, a paragraph dropped and one added), ``reordered`` (paragraphs
  shuffled), ``passage`` (two paragraphs copied into an otherwise new article) and ``cross_script``
  (one or two paragraphs of a Ukrainian article quoted in a Russian one). Figures travel with copied text.

``truth.json``: ``{"meta": {...}, "outlets": {domain: {...}}, "articles": [{id, path, lang, outlet,
published, furniture: [{text, kind}], troops: [{value, kind, lang, in_body, text}], distractors: [...]}],
"reprints": [{source, reprint, kind, shared_paragraphs}]}``. Furniture kinds: ``outlet_header``,
``outlet_footer``, ``domain`` (the bare domain line), ``date`` (header date or dateline), ``generic`` (credit, "ЧИТАЙТЕ ТАКОЖ", navigation),
``teaser`` (teaser-block headline), ``video_teaser`` (teaser line and its duration).

Deterministic given ``seed`` (one ``random.Random(seed)``; no other randomness, no clock).
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import random
import re
import sys
import time
from pathlib import Path

__all__ = ["generate_corpus", "GENERATOR_VERSION", "seed_sentences"]

#: Bumped whenever the generator's output changes (run.py reuses a corpus only with the same version).
GENERATOR_VERSION = 2

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "articles"
FILES_PER_FOLDER = 1000

_LANG_SHARES = (("uk", 0.70), ("ru", 0.25), ("en", 0.03), ("de", 0.02))
_OUTLETS_PER_LANG = {"uk": 30, "ru": 14, "en": 4, "de": 2}
_REPRINT_RATE = 0.12
_REPRINT_KINDS = (("verbatim", 0.30), ("edited", 0.30), ("reordered", 0.15), ("passage", 0.15), ("cross_script", 0.10))
_SWAP_RATE = 0.25  # share of lower-case words swapped for another seed word of the language
_NAME_SWAP = 0.5   # capitalised words (names) are swapped at this fraction of that rate

_EN_BANK = (
    "NATO Secretary General Mark Rutte confirmed that North Korean troops have been sent to Russia.",
    "The alliance called the deployment a dangerous expansion of Russia's illegal war against Ukraine.",
    "South Korea's intelligence service said the soldiers were being trained at bases in Russia's Far East.",
    "Ukrainian officials warned that the troops could be sent to the front line within days.",
    "The Kremlin did not deny the reports and said its cooperation with Pyongyang was a sovereign matter.",
    "Washington said it would consult its allies on a response to the deepening military ties.",
    "Analysts say the move gives Moscow fresh manpower while Pyongyang gains combat experience and technology.",
    "The foreign ministers of the Group of Seven said they were gravely concerned about the deployment.",
    "Seoul summoned the Russian ambassador and said it would review its policy on arms supplies to Ukraine.",
    "President Volodymyr Zelensky urged partners to act before the soldiers reached the battlefield.",
    "The Pentagon said some of the units had already moved towards the Kursk region.",
    "Pyongyang has also supplied Russia with artillery shells and ballistic missiles, officials say.",
    "The statement was joined by Australia, Japan, New Zealand and the Republic of Korea.",
    "Diplomats said the deployment marked a new phase in the war that began in February 2022.",
    "Military experts doubt that the troops are ready for modern drone warfare.",
)
_DE_BANK = (
    "NATO-Generalsekretär Mark Rutte bestätigte die Entsendung nordkoreanischer Soldaten nach Russland.",
    "Die Allianz sprach von einer gefährlichen Ausweitung des russischen Angriffskriegs gegen die Ukraine.",
    "Nach Angaben des südkoreanischen Geheimdienstes werden die Soldaten im Osten Russlands ausgebildet.",
    "Die ukrainische Regierung warnte, die Truppen könnten schon bald an der Front eingesetzt werden.",
    "Der Kreml wies die Berichte nicht zurück und sprach von souveräner Zusammenarbeit mit Pjöngjang.",
    "Die Außenminister der G7 zeigten sich über die Entwicklung zutiefst besorgt.",
    "Beobachter sehen darin einen Gewinn an Kampferfahrung und Technologie für Nordkorea.",
    "Seoul bestellte den russischen Botschafter ein und prüft nun Waffenlieferungen an die Ukraine.",
    "Präsident Selenskyj forderte die Partner auf, schnell und entschlossen zu handeln.",
    "Nordkorea hat Russland bereits Artilleriegranaten und ballistische Raketen geliefert.",
)

# Troop-figure sentences per language and kind, composed from parts so that two articles rarely share the
# same wording: {intro}, {where}, {troops} and {when} are drawn from _PARTS; {n} is the rendered number.
_PARTS = {
    "uk": {"intro": ("За даними ГУР", "Як заявив Зеленський", "За інформацією Пентагону", "За словами Буданова",
                     "Як повідомила розвідка Південної Кореї", "Як зазначили в НАТО", "За оцінками аналітиків"),
           "where": ("у Курській області", "на території росії", "у прикордонних районах росії", "на Курщині"),
           "troops": ("північнокорейських військових", "військових КНДР", "солдатів КНДР", "північнокорейських солдатів"),
           "when": ("до кінця року", "найближчим часом", "протягом наступного місяця", "вже взимку")},
    "ru": {"intro": ("По данным ГУР", "Как заявил Зеленский", "По информации Пентагона", "По словам Буданова",
                     "Как сообщила разведка Южной Кореи", "Как отметили в НАТО", "По оценкам аналитиков"),
           "where": ("в Курской области", "на территории России", "в приграничных районах России", "на Курщине"),
           "troops": ("северокорейских военных", "военных КНДР", "солдат КНДР", "северокорейских солдат"),
           "when": ("до конца года", "в ближайшее время", "в течение следующего месяца", "уже зимой")},
    "en": {"intro": ("According to the Pentagon", "Zelensky said that", "South Korea's spy agency said",
                     "NATO officials said", "According to Ukrainian intelligence", "Analysts estimate that"),
           "where": ("in Russia's Kursk region", "in Russia", "near the Ukrainian border", "in the Kursk area"),
           "troops": ("North Korean troops", "North Korean soldiers", "soldiers from North Korea", "DPRK troops"),
           "when": ("by the end of the year", "in the coming weeks", "next month", "by winter")},
}
_TROOP_TEMPLATES = {
    "uk": {
        "present": ("{intro}, {where} зараз перебувають {n} {troops}.", "{intro}, {where} вже розгорнуті {n} {troops}."),
        "projected": ("{intro}, {when} кількість військових КНДР {where} може зрости до {n}.",
                      "{intro}, Пхеньян планує відправити ще {n} {troops} {when}."),
        "casualties": ("{intro}, {n} {troops} загинули або були поранені {where}.",
                       "{intro}, {where} вбито та поранено {n} {troops}."),
        "returned": ("{intro}, {n} {troops} повернулися додому.",),
    },
    "ru": {
        "present": ("{intro}, {where} сейчас находятся {n} {troops}.", "{intro}, {where} уже развернуты {n} {troops}."),
        "projected": ("{intro}, {when} число военных КНДР {where} может вырасти до {n}.",
                      "{intro}, Пхеньян планирует отправить еще {n} {troops} {when}."),
        "casualties": ("{intro}, {n} {troops} погибли или были ранены {where}.",),
        "returned": ("{intro}, {n} {troops} вернулись домой.",),
    },
    "en": {
        "present": ("{intro}, {n} {troops} are now deployed {where}.",),
        "projected": ("{intro}, the number of North Korean soldiers {where} could reach {n} {when}.",),
        "casualties": ("{intro}, {n} {troops} have been killed or wounded {where}.",),
        "returned": ("{intro}, {n} {troops} have returned home.",),
    },
}
_TROOP_VALUES = {
    "present": (3000, 7000, 8000, 10000, 11000, 11500, 12000),
    "projected": (12000, 15000, 20000, 100000),
    "casualties": (1000, 1200, 3000, 4000, 4800),
    "returned": (1000, 2000, 3000),
}
_TROOP_KIND_WEIGHTS = (("present", 0.5), ("projected", 0.2), ("casualties", 0.2), ("returned", 0.1))
_DISTRACTORS = {
    "uk": ("{intro}, за минулу добу росія втратила {n} солдатів убитими та пораненими.",
           "{intro}, Північна Корея вже передала росії понад {n} контейнерів з боєприпасами."),
    "ru": ("{intro}, за минувшие сутки Россия потеряла {n} военных убитыми и ранеными.",
           "{intro}, Северная Корея уже передала России более {n} контейнеров с боеприпасами."),
    "en": ("{intro}, North Korea has shipped more than {n} containers of munitions to Russia.",),
}
_DISTRACTOR_VALUES = (1250, 1380, 1520, 1600, 13000, 20000)
_VIDEO_TEASER = {
    "uk": "Москва перекинула {n} солдатів КНДР до українського кордону!",
    "ru": "Москва перебросила {n} солдат КНДР к украинской границе!",
}

# Outlet furniture templates ({name} is the outlet's name); each outlet draws its own few.
_FOOTERS = {
    "uk": ("Читайте {name} у Telegram: тільки перевірені новини про війну",
           "Підтримайте {name} — наша редакція працює завдяки читачам",
           "Передрук матеріалів {name} дозволено лише з активним посиланням",
           "Усі новини про війну читайте на сайті {name} у розділі Війна",
           "Стежте за {name} у Viber та WhatsApp, щоб першими дізнаватися головне",
           "Помітили помилку? Виділіть її та натисніть Ctrl+Enter — {name} виправить",
           "{name}: незалежна журналістика для тих, хто хоче знати правду",
           "Реклама на {name}: напишіть нам на пошту редакції"),
    "ru": ("Читайте {name} в Telegram: только проверенные новости о войне",
           "Поддержите {name} — редакция работает благодаря читателям",
           "Перепечатка материалов {name} разрешена только с активной ссылкой",
           "Подписывайтесь на {name} в Viber и WhatsApp, чтобы первыми узнавать главное",
           "Нашли ошибку? Выделите её и нажмите Ctrl+Enter — {name} исправит",
           "{name}: независимая журналистика для тех, кто хочет знать правду"),
    "en": ("Follow {name} on Telegram for verified news about the war",
           "Support independent journalism at {name}: become a member today",
           "Republishing {name} content requires an active link to the original",
           "Spotted a mistake? Select it and press Ctrl+Enter and {name} will fix it"),
    "de": ("Folgen Sie {name} auf Telegram für geprüfte Nachrichten zum Krieg",
           "Unterstützen Sie unabhängigen Journalismus bei {name}",
           "Nachdruck von Inhalten der Redaktion {name} nur mit Link zum Original"),
}
_HEADERS = {
    "uk": ("{name} · Новини світу", "Розділ: Війна | {name}", "Стрічка новин {name}"),
    "ru": ("{name} · Новости мира", "Раздел: Война | {name}", "Лента новостей {name}"),
    "en": ("{name} · World news", "Section: War | {name}"),
    "de": ("{name} · Weltnachrichten", "Ressort: Krieg | {name}"),
}
_NAME_PARTS = {
    "uk": (("Київський", "Західний", "Східний", "Вечірній", "Ранковий", "Новий", "Незалежний", "Столичний",
            "Степовий", "Дніпровський", "Поліський", "Карпатський"),
           ("Вісник", "Кур'єр", "Огляд", "Тиждень", "Портал", "Експрес", "Телеграф", "Монітор")),
    "ru": (("Вечерний", "Утренний", "Новый", "Независимый", "Столичный", "Южный", "Северный", "Балтийский"),
           ("Вестник", "Курьер", "Обозреватель", "Экспресс", "Телеграф", "Монитор", "Репортёр")),
    "en": (("Eastern", "Global", "Daily", "Free", "Northern"), ("Herald", "Monitor", "Courier", "Dispatch")),
    "de": (("Neue", "Freie", "Östliche"), ("Rundschau", "Zeitung", "Presse")),
}
_DOMAIN_WORDS = ("kyiv", "zakhid", "skhid", "vechir", "ranok", "nova", "volya", "step", "dnipro", "polissia",
                 "karpaty", "visnyk", "kurier", "ohliad", "tyzhden", "express", "telegraf", "monitor", "pravda",
                 "novyny", "info", "press", "daily", "herald", "world", "front", "region", "city", "live", "news")
_TLD = {"uk": ("ua", "com.ua", "net"), "ru": ("ru", "info", "media"), "en": ("com", "net"), "de": ("de",)}
_SECTIONS = {"uk": ("Світ", "Війна", "Політика", "Новини"), "ru": ("Мир", "Война", "Политика", "Новости"),
             "en": ("World", "War"), "de": ("Welt", "Krieg")}
_GENERIC = {
    "uk": {"credit": ("Фото: ілюстративне", "Фото: Офіс президента", "Фото: Генштаб ЗСУ"),
           "read_also": "ЧИТАЙТЕ ТАКОЖ: {title}",
           "nav": (("Головне",), ("Останні новини", "більше новин"), ("Новини партнерів",))},
    "ru": {"credit": ("Фото: иллюстративное", "Фото: Офис президента"),
           "read_also": "ЧИТАЙТЕ ТАКЖЕ: {title}",
           "nav": (("Главное",), ("Последние новости", "больше новостей"))},
    "en": {"credit": ("Photo: Reuters", "Photo: AP"), "read_also": "READ ALSO: {title}",
           "nav": (("Latest news",), ("Most read",))},
    "de": {"credit": ("Foto: dpa",), "read_also": "LESEN SIE AUCH: {title}", "nav": (("Meistgelesen",),)},
}
_QUOTE_INTRO = "Как пишет украинское издание {domain}:"
_EN_QUOTE_INTRO = {"uk": "В англійському оригіналі заява звучить так:", "ru": "В английском оригинале заявление звучит так:"}
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_START = _dt.datetime(2024, 10, 18, 6, 0)
_SPAN_DAYS = 40


def generate_corpus(n_articles: int, out_dir: str | Path, seed: int = 0) -> dict:
    """Write ``n_articles`` synthetic articles under ``out_dir`` and return (and write as ``truth.json``) the truth.

    Files go to ``out_dir/NNN/aXXXXXX.txt`` (at most 1000 per folder); ``out_dir`` is created if needed and
    existing article files of the same names are overwritten. Same ``seed`` → byte-identical files and truth.
    See the module docstring for what is planted and the shape of the truth.
    """
    if n_articles < 0:
        raise ValueError("n_articles must be >= 0")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    gen = _Generator(seed)
    articles, reprints = [], []
    total_bytes = 0
    made_dirs: set[int] = set()
    for i in range(n_articles):
        art = gen.article(i, n_articles)
        folder = i // FILES_PER_FOLDER
        if folder not in made_dirs:
            (out / f"{folder:03d}").mkdir(exist_ok=True)
            made_dirs.add(folder)
        rel = f"{folder:03d}/{art['id']}.txt"
        data = art.pop("content").encode("utf-8")
        with open(f"{out}/{rel}", "wb") as fh:
            fh.write(data)
        total_bytes += len(data)
        art["path"] = rel
        if art.get("reprint_of"):
            reprints.append(art.pop("reprint_of"))
        else:
            art.pop("reprint_of", None)
        articles.append(art)
    truth = {
        "meta": {"generator_version": GENERATOR_VERSION, "seed": seed, "n_articles": n_articles,
                 "total_bytes": total_bytes, "files_per_folder": FILES_PER_FOLDER},
        "outlets": gen.outlet_table(),
        "articles": articles,
        "reprints": reprints,
    }
    (out / "truth.json").write_text(json.dumps(truth, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    return truth


def seed_sentences(seed_dir: str | Path = SEED_DIR) -> dict[str, list[str]]:
    """The seeds' body sentences by language (``uk``, ``ru``), without furniture, teasers, repeats or digits."""
    pools: dict[str, list[str]] = {"uk": [], "ru": []}
    seen: set[str] = set()
    for path in sorted(Path(seed_dir).glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        lang = "ru" if re.search("[ыэъё]", " ".join(lines)) and not re.search("[іїєґ]", " ".join(lines)) else "uk"
        for j, line in enumerate(lines):
            if j > 0 and line.startswith(("Якщо США", "Він також")) and "поінформував" not in line:
                break  # seed 001: the teaser block starts here
            if len(line) < 60 or line.startswith(("ЧИТАЙТЕ", "Підписуйтеся", "Як писав", "Москва перебросила")):
                continue
            for sent in re.split(r"(?<=[.!?…])\s+(?=[\"“«]?[А-ЯІЇЄҐA-Z])", line):
                sent = sent.strip()
                if sent.count('"') % 2:
                    sent = sent.replace('"', "")
                for q in "“”«»":
                    sent = sent.replace(q, "")
                sent = re.sub(r"\s+", " ", sent).strip(" -—")
                if len(sent) < 30 or re.search(r"\d", sent) or sent in seen:
                    continue
                if not sent.endswith((".", "!", "?")):
                    sent += "."
                seen.add(sent)
                pools[lang].append(sent)
    return pools


# --------------------------------------------------------------------------------------------
# private
# --------------------------------------------------------------------------------------------

_TOKEN = re.compile(r"^([^\w]*)([\w'’-]+?)([^\w]*)$")


class _Sentence:
    """A pre-tokenised source sentence: its tokens (quotes and sentence-final stops removed, so any run of
    them can sit inside a new sentence), and its swappable words as (position, text before the word, text
    after it, case) — case 0: lower-case word, 1: capitalised word (names)."""

    __slots__ = ("tokens", "swappable")

    def __init__(self, text: str):
        self.tokens = [t.rstrip(".!?…") for t in text.replace('"', "").split(" ")]
        self.tokens = [t for t in self.tokens if t]
        self.swappable = []
        for k, tok in enumerate(self.tokens):
            m = _TOKEN.match(tok)
            if not m or not m.group(2).isalpha():
                continue
            word = m.group(2)
            if word.islower() and len(word) >= 2:
                self.swappable.append((k, m.group(1), m.group(3), 0))
            elif word[0].isupper() and word[1:].islower() and len(word) >= 3:
                self.swappable.append((k, m.group(1), m.group(3), 1))


class _Generator:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        pools = seed_sentences()
        pools["en"] = list(_EN_BANK)
        pools["de"] = list(_DE_BANK)
        self.pools = {lang: [_Sentence(s) for s in sents] for lang, sents in pools.items()}
        self.vocab = {}  # lang -> (lower-case words, capitalised words)
        for lang, sents in self.pools.items():
            words: tuple[set, set] = (set(), set())
            for s in sents:
                for k, _, _, case in s.swappable:
                    words[case].add(_TOKEN.match(s.tokens[k]).group(2))
            self.vocab[lang] = (sorted(words[0]), sorted(words[1]))
        self.outlets = self._make_outlets()
        self.by_lang = {lang: [o for o in self.outlets if o["lang"] == lang] for lang in _OUTLETS_PER_LANG}
        self.recent: dict[str, list[dict]] = {lang: [] for lang in _OUTLETS_PER_LANG}  # originals for reprints
        self.recent_titles: list[str] = []

    # --- outlets ---------------------------------------------------------------------------

    def _make_outlets(self) -> list[dict]:
        rng = self.rng
        outlets, used_names, used_domains = [], set(), set()
        for lang, count in _OUTLETS_PER_LANG.items():
            adjs, nouns = _NAME_PARTS[lang]
            for k in range(count):
                name = f"{rng.choice(adjs)} {rng.choice(nouns)}"
                for _ in range(50):
                    if name not in used_names:
                        break
                    name = f"{rng.choice(adjs)} {rng.choice(nouns)}"
                else:
                    name = f"{name} {len(used_names)}"
                used_names.add(name)
                while True:
                    domain = f"{rng.choice(_DOMAIN_WORDS)}-{rng.choice(_DOMAIN_WORDS)}.{rng.choice(_TLD[lang])}"
                    if domain not in used_domains:
                        break
                used_domains.add(domain)
                footers = [t.format(name=name) for t in rng.sample(_FOOTERS[lang], rng.choice((2, 2, 3)))]
                headers = [rng.choice(_HEADERS[lang]).format(name=name)] if rng.random() < 0.5 else []
                outlets.append({
                    "domain": domain, "name": name, "lang": lang,
                    "weight": 1.0 / (k + 1) ** 0.8,  # a few big outlets, a long tail
                    "blank_lines": rng.random() < 0.4,
                    "domain_line": rng.random() < 0.9,
                    "date_style": rng.choice(("header", "header", "dateline", "none")),
                    "curly": rng.random() < 0.3,  # typographic quotes and apostrophes
                    "headers": headers, "footers": footers,
                })
        return outlets

    def outlet_table(self) -> dict:
        keep = ("name", "lang", "domain_line", "date_style", "headers", "footers")
        return {o["domain"]: {k: o[k] for k in keep} for o in self.outlets}

    # --- text ------------------------------------------------------------------------------

    def sentence(self, lang: str, swap: float = _SWAP_RATE) -> str:
        """A new sentence: runs of 1–3 words from random source sentences, then some words swapped.

        Short runs keep the text locally seed-like (real words, real word pairs, the language's letters)
        while two unrelated articles almost never share a 4-word sequence, as unrelated news articles don't.
        """
        random_ = self.rng.random
        pool = self.pools[lang]
        n_pool = len(pool)
        target = 9 + int(random_() * 14)
        tokens: list[str] = []
        swappable: list[tuple] = []
        while len(tokens) < target:
            src = pool[int(random_() * n_pool)]
            run = 1 + int(random_() * 3)
            start = int(random_() * max(1, len(src.tokens) - run + 1))
            base = len(tokens) - start
            tokens.extend(src.tokens[start:start + run])
            swappable.extend((k + base, pre, suf, case) for k, pre, suf, case in src.swappable
                             if start <= k < start + run)
        if swap > 0:
            vocabs = self.vocab[lang]
            sizes = (len(vocabs[0]), len(vocabs[1]))
            rates = (swap, swap * _NAME_SWAP)
            for k, pre, suf, case in swappable:
                if random_() < rates[case]:
                    tokens[k] = pre + vocabs[case][int(random_() * sizes[case])] + suf
        text = " ".join(tokens).strip(" ,;:-—")
        return text[0].upper() + text[1:] + "."

    def paragraph(self, lang: str) -> str:
        return " ".join(self.sentence(lang) for _ in range(self.rng.choice((1, 2, 2, 3))))

    def title(self, lang: str) -> str:
        for _ in range(20):
            s = self.sentence(lang)
            if len(s) <= 110:
                break
        return s.rstrip(".")

    def number(self, value: int, lang: str) -> str:
        rng = self.rng
        if lang == "en":
            return f"{value:,}" if rng.random() < 0.8 or value % 1000 else f"{value // 1000} thousand"
        word = "тис." if lang == "uk" else "тыс."
        r = rng.random()
        if value % 1000 == 0 and r < 0.4:
            return f"{value // 1000} {word}"
        if value % 100 == 0 and value % 1000 and r < 0.6:
            return f"{value // 1000},{(value % 1000) // 100} {word}"
        return f"{value:,}".replace(",", " ")

    def troop_sentence(self, lang: str) -> tuple[str, dict]:
        rng = self.rng
        kind = _weighted(rng, _TROOP_KIND_WEIGHTS)
        value = rng.choice(_TROOP_VALUES[kind])
        parts = {k: rng.choice(v) for k, v in _PARTS[lang].items()}
        text = rng.choice(_TROOP_TEMPLATES[lang][kind]).format(n=self.number(value, lang), **parts)
        text = text[0].upper() + text[1:]
        return text, {"value": value, "kind": kind, "lang": lang, "in_body": True, "text": text}

    def distractor_sentence(self, lang: str) -> tuple[str, dict]:
        value = self.rng.choice(_DISTRACTOR_VALUES)
        intro = self.rng.choice(_PARTS[lang]["intro"])
        text = self.rng.choice(_DISTRACTORS[lang]).format(n=self.number(value, lang), intro=intro)
        return text, {"value": value, "lang": lang, "text": text}

    def body(self, lang: str, n_sentences: int) -> list[dict]:
        """Body paragraphs as dicts: text, troops (planted figures in it), distractors."""
        rng = self.rng
        paras, left = [], n_sentences
        while left > 0:
            k = min(left, rng.choice((1, 2, 2, 3)))
            paras.append({"text": " ".join(self.sentence(lang) for _ in range(k)), "troops": [], "distractors": []})
            left -= k
        if lang in _TROOP_TEMPLATES:
            for _ in range(_weighted(rng, ((0, 0.45), (1, 0.4), (2, 0.15)))):
                sent, fig = self.troop_sentence(lang)
                self._insert(paras, sent, troops=[fig])
            if rng.random() < 0.15:
                sent, d = self.distractor_sentence(lang)
                self._insert(paras, sent, distractors=[d])
        if lang in ("uk", "ru") and rng.random() < 0.06:
            quote = " ".join(self.sentence("en") for _ in range(2))
            paras.insert(rng.randint(1, len(paras)), {"text": f"{_EN_QUOTE_INTRO[lang]} \"{quote}\"",
                                                       "troops": [], "distractors": [], "mixed": "en"})
        return paras

    def _insert(self, paras: list[dict], sent: str, troops=(), distractors=()) -> None:
        rng = self.rng
        if paras and rng.random() < 0.5:  # appended to an existing paragraph
            p = rng.choice(paras)
            p["text"] = f"{p['text']} {sent}"
            p["troops"] = p["troops"] + list(troops)
            p["distractors"] = p["distractors"] + list(distractors)
        else:
            paras.insert(rng.randint(1, len(paras)) if paras else 0,
                         {"text": sent, "troops": list(troops), "distractors": list(distractors)})

    # --- articles --------------------------------------------------------------------------

    def article(self, i: int, n: int) -> dict:
        rng = self.rng
        lang = _weighted(rng, _LANG_SHARES)
        outlets = self.by_lang[lang]
        outlet = rng.choices(outlets, weights=[o["weight"] for o in outlets])[0]
        published = _START + _dt.timedelta(days=_SPAN_DAYS * i / max(n, 1), minutes=rng.randint(0, 600))
        reprint = None
        paras: list[dict]
        title = self.title(lang)
        kind = _weighted(rng, _REPRINT_KINDS) if rng.random() < _REPRINT_RATE else None
        if kind == "cross_script" and lang != "ru":
            kind = None
        candidates = []
        if kind:
            src_lang = "uk" if kind == "cross_script" else lang
            candidates = [a for a in self.recent[src_lang] if a["outlet"] != outlet["domain"]]
        if kind and candidates:
            src = rng.choice(candidates)
            paras, shared = self._reprint(kind, src, lang)
            if kind in ("verbatim", "edited", "reordered") and rng.random() < 0.5:
                title = src["title"]
            reprint = {"source": src["id"], "reprint": f"a{i:06d}", "kind": kind, "shared_paragraphs": shared}
        else:
            paras = self.body(lang, rng.randint(4, 15))
        lines, furniture = self._layout(outlet, lang, title, paras, published)
        troops = [dict(f) for p in paras for f in p["troops"]]
        distractors = [dict(d) for p in paras for d in p["distractors"]]
        for line, kind_f, fig in furniture:
            if fig:
                troops.append(fig)
        sep = "\n\n" if outlet["blank_lines"] else "\n"
        content = sep.join(lines)
        if outlet["curly"]:
            content = _curly(content)
        art_id = f"a{i:06d}"
        if reprint is None and lang in self.recent:
            window = self.recent[lang]
            window.append({"id": art_id, "outlet": outlet["domain"], "title": title, "paras": paras})
            if len(window) > 300:
                del window[: len(window) - 300]
        self.recent_titles.append(title)
        if len(self.recent_titles) > 200:
            del self.recent_titles[:100]
        return {
            "id": art_id, "lang": lang, "outlet": outlet["domain"],
            "published": published.strftime("%Y-%m-%dT%H:%M:00+02:00"),
            "mixed": sorted({p["mixed"] for p in paras if p.get("mixed")}),
            "furniture": [{"text": t, "kind": k} for t, k, _ in furniture],
            "troops": troops, "distractors": distractors,
            "reprint_of": reprint, "content": content + "\n",
        }

    def _reprint(self, kind: str, src: dict, lang: str) -> tuple[list[dict], int]:
        rng = self.rng
        copied = [dict(p, troops=[dict(f) for f in p["troops"]], distractors=list(p["distractors"])) for p in src["paras"]]
        if kind == "verbatim":
            return copied, len(copied)
        if kind == "reordered":
            rng.shuffle(copied)
            return copied, len(copied)
        if kind == "edited":
            for p in copied:
                if not p["troops"] and not p["distractors"] and not p.get("mixed"):
                    p["text"] = self._edit(p["text"], lang)
            if len(copied) > 3:
                drop = [k for k, p in enumerate(copied) if not p["troops"]]
                if drop:
                    del copied[rng.choice(drop)]
            copied.insert(rng.randint(1, len(copied)), {"text": self.paragraph(lang), "troops": [], "distractors": []})
            return copied, len(copied) - 1
        own = self.body(lang, rng.randint(5, 14))
        k = min(len(copied), rng.choice((1, 2, 2)) if kind == "cross_script" else 2)
        start = rng.randint(0, len(copied) - k)
        block = copied[start:start + k]
        if kind == "cross_script":
            for p in block:
                p["text"] = f"«{p['text']}»"
            block.insert(0, {"text": _QUOTE_INTRO.format(domain=src["outlet"]), "troops": [], "distractors": []})
        at = rng.randint(1, len(own))
        return own[:at] + block + own[at:], k

    def _edit(self, text: str, lang: str) -> str:
        """A light copy-edit: about one word in twelve swapped for another of the language's vocabulary."""
        rng = self.rng
        tokens = text.split(" ")
        vocab = self.vocab.get(lang, ((), ()))[0]
        if not vocab:
            return text
        for k in range(1, len(tokens)):
            m = _TOKEN.match(tokens[k])
            if m and len(m.group(2)) >= 4 and m.group(2).isalpha() and m.group(2).islower() and rng.random() < 0.08:
                tokens[k] = m.group(1) + rng.choice(vocab) + m.group(3)
        return " ".join(tokens)

    def _layout(self, outlet: dict, lang: str, title: str, paras: list[dict], published: _dt.datetime):
        """The article's lines in file order, and its furniture as (text, kind, troop figure or None)."""
        rng = self.rng
        lines: list[str] = []
        furniture: list[tuple[str, str, dict | None]] = []
        generic = _GENERIC[lang]

        def furn(text: str, kind: str, fig: dict | None = None) -> None:
            lines.append(text)
            furniture.append((text, kind, fig))

        if rng.random() < 0.05:
            furn(rng.choice(generic["credit"]), "generic")
        lines.append(title)
        if rng.random() < 0.03:
            lines.append(title)  # printed twice, as in seed 000
        if outlet["domain_line"]:
            furn(outlet["domain"], "domain")
        if outlet["date_style"] == "header":
            wd = _WEEKDAYS[published.weekday()]
            furn(f"{wd}, {published.day:02d} {_MONTHS[published.month - 1]} {published.year} "
                 f"{published:%H:%M}:{rng.randint(0, 59):02d} +0200", "date")
        for h in outlet["headers"]:
            if rng.random() < 0.9:
                furn(h, "outlet_header")
        read_also_at = rng.randint(2, max(2, len(paras) - 1)) if rng.random() < 0.1 and self.recent_titles else None
        for k, p in enumerate(paras):
            if k == read_also_at:
                furn(generic["read_also"].format(title=rng.choice(self.recent_titles)), "generic")
            lines.append(p["text"])
        for f in outlet["footers"]:
            if rng.random() < 0.85:
                furn(f, "outlet_footer")
        if rng.random() < 0.08 and len(self.recent_titles) >= 8:
            for t in rng.sample(self.recent_titles, rng.randint(4, 8)):
                furn(t, "teaser")
        if lang in _VIDEO_TEASER and rng.random() < 0.03:
            value = rng.choice((7000, 10000, 12000))
            text = _VIDEO_TEASER[lang].format(n=self.number(value, lang))
            furn(text, "video_teaser", {"value": value, "kind": "present", "lang": lang, "in_body": False, "text": text})
            furn(f"{rng.randint(0, 3):02d}:{rng.randint(0, 59):02d}", "video_teaser")
        if outlet["date_style"] == "dateline":
            furn(f"{rng.choice(_SECTIONS[lang])}, {published:%d.%m.%Y %H:%M}", "date")
        if rng.random() < 0.15:
            for t in rng.choice(generic["nav"]):
                furn(t, "generic")
        return lines, furniture


def _weighted(rng: random.Random, pairs):
    r = rng.random()
    acc = 0.0
    for value, w in pairs:
        acc += w
        if r < acc:
            return value
    return pairs[-1][0]


_CURLY_DOUBLE = re.compile(r'"([^"\n]*)"')


def _curly(text: str) -> str:
    """Typographic quotes and apostrophes, as some outlets print them (normalisation must undo this)."""
    text = _CURLY_DOUBLE.sub(lambda m: f"«{m.group(1)}»", text)
    return re.sub(r"(?<=\w)'(?=\w)", "\u2019", text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic corpus with planted truth.")
    parser.add_argument("n_articles", type=int)
    parser.add_argument("out_dir")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    truth = generate_corpus(args.n_articles, args.out_dir, seed=args.seed)
    meta = truth["meta"]
    print(f"{meta['n_articles']} articles, {meta['total_bytes'] / 1e6:.1f} MB, {len(truth['reprints'])} planted reprints, "
          f"{sum(len(a['troops']) for a in truth['articles'])} troop figures -> {args.out_dir} "
          f"({time.perf_counter() - t0:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
