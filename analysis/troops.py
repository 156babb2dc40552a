"""Reported North Korean troop numbers: who said how many were in Russia, when, and what the figure means.

``extract_troop_counts`` finds every mention of a North Korean military head-count in Ukrainian,
Russian and English text and says what each figure is:

* ``present``    — troops said to be in Russia now (deployed, stationed, arrived, sent, fighting);
* ``projected``  — expected, planned or possible future numbers ("зросте до 12 тис.", "expected to");
* ``casualties`` — killed and/or wounded ("загинули", "убиты", "killed", "втрати");
* ``returned``   — sent back home or withdrawn;
* ``other``      — a North Korean head-count with none of those cues, and captured soldiers (POWs).

Only articles in ``TROOP_LANGUAGES`` (uk, ru, en) are read; others give no rows.

Method (hand-written rules; no library reads "тис." or Ukrainian number words):

1. Every paragraph of ``split_paragraphs(text)`` is scanned; a paragraph listed in the article's
   ``removed`` (kind other than ``"title"``) is outside the body (``in_body`` False). Paragraphs that
   repeat (same ``match_key``) are scanned once.
2. Number phrases: digits with space / comma / dot thousands separators ("12 000", "12,000",
   "11.000"), decimal commas before a multiplier ("1,1 тис." = 1 100), multipliers (тис., тисяч,
   тыс., thousand, k), number words in uk/ru/en ("сім тисяч", "seven thousand",
   "four-thousand-100", "півтори тисячі"), ranges ("10–12 тисяч", "від 10 до 12", "between 10 and 12
   thousand") and approximations ("близько", "понад", "до", "more than", "up to").
3. Vague quantities get no point figure (``value`` <NA>) but an implied range (see ``VAGUE_RANGES``).
4. A figure is a North Korean troop count only when the words bound to it (the noun phrase after the
   number) name troops (``військових``, ``солдат``, ``troops``…) and North Korea is named in that
   phrase or is the nearest such marker in the sentence; a bare figure ("зросте до 12 тис.") counts
   when its sentence names North Korean troops. A distractor noun bound to the figure (containers,
   shells, drones, money, years, workers, army, "окупантів"), any other unknown noun bound to the figure
   ("12 тисяч автоматів") or another nationality ("російських солдатів") rules it out; so do dates,
   years, times, millions and model names ("KN-23"). A sentence naming no side at all borrows the side
   of the latest of the article's 4 previous sentences that names one (up to 8 when none of the 4 does;
   "1,000 of those troops", "Ще 1,5 тисячі проходять підготовку"), unless the sentence names another side
   up to the end of the figure's clause ("потери России … включая 1300 человек"; a nationality counts as
   a side only bound to a force or its losses, not "Russian navy ships"). A previous sentence naming
   another side with no figure, troop word or loss ("Россия не признала их участия") names no side. A troop figure also counts when North Korea is named elsewhere in a sentence that names no
   other side, or when it counts captured soldiers; a people count ("300 погибших") after North Korean
   troop sentences counts too.
   "Ще 7 поранили" / "ще троє потрапили в полон" continue the troop figure before them, as does a gapped
   figure ("Сеул оценивал около 11 тыс. человек, а Пентагон — от 11 до 12 тысяч"). A list or table
   line ("Killed: about 300 (NIS, January)", "— взяты в плен: двое.", "Розгорнуто: близько 12 тис.")
   counts in an article about North Korean troops when its label or the list's heading ("Главное о
   северокорейском контингенте:") says what it counts; a country followed by a verb of saying ("Kyiv
   says", "Украинская сторона называла", "По данным ВСУ") is a source, not a side; a unit's strength
   ("Storm Corps, which numbers 40,000", "батальон насчитывает около 500 человек", "угруповання … налічує",
   "бригада, у складі якої", "корпус насчитывает, по оценкам экспертов, от 40 до 45 тысяч", "an army of 365,000") is no
   deployment, nor are troops training or exercising at home ("под Пхеньяном … готовятся", "участвовали в учениях"),
   a sentence of the last century with no Russia named ("у Корейській війні 1950–1953 років"), citizens ("13 тисяч
   громадян КНДР") or a people count in another side's battalion. Nor are (round 9) a strength per unit or of a
   unit ("2,000 to 3,000 troops each", "численность корпуса — около 40 тыс.", "в корпусі … служать від 40 до 45
   тисяч"), a ratio ("по одному на 50 солдат"), a joint force ("военнослужащих двух стран"), a figure in a relative
   clause about a unit ("бригадою, яка … втратила понад 5 тисяч"), a gapped figure after a figure of something else
   ("1 тыс. добровольцев, а с начала года — более 300 тыс. человек"), a North Korea noun phrase with another head
   ("34,000 North Korean defectors") or a count held by a country with troops of its own ("The United States has
   28,500 troops", "Сеул, який тримає … 500 тисяч"; such a sentence is an aside: the story's side goes on after it).
   A force named by its country after it ("ВС РФ", "військові з Ірану") names a side; a foreign force as a place or
   companion ("при штабах російських угруповань") and a country after an institution ("разведки Южной Кореи") do
   not; North Korea as the far side of a border ("на кордоні з КНДР") owns no figure. Round 10: "whose 500,000-strong
   military", "з її 500 тисячами солдатів" after another nationality and "за каждую отправленную тысячу" are no
   head-counts; "Russia is said to be suffering" names Russia (a passive is no source); North Korea's losses counted in
   people ("втрати північнокорейських підрозділів становлять 30—40 осіб") and "the North Korean presence … could top
   15k" count; a force noun ("первого контингента") is a kind cue only when no neighbouring clause gives one, and places
   in an attribution clause ("…, Russia's Security Council secretary said") are none. Also: a joint force ("российских и
   северокорейских военных", a total "в том числе 11 тыс. северокорейцев") and the inter-Korean border (DMZ) give no
   count; a figure quoted as such ("dismissed the figure of 10,000 troops") and a definite figure the article already
   gave ("Of the 12,000, about 3,000 …") are the story's troops past an aside about other sides. A bare
   figure spoken of or placed ("казала про «приблизно 10 тисяч»", "про 11–12 тисяч у Курській області")
   after North Korean troop sentences counts; so does a small loss count of theirs ("они теряют до 50
   человек в сутки", "40 з них загинули", "потери среди офицеров — 30 человек").
   Round 11: North Korea as the origin of another head noun ("тысячи строителей из КНДР"), soldiers from a region
   ("солдат из республики"), a numbered unit with no North Korea next to it ("5-я общевойсковая армия … потеряла",
   unless it is the one that kills: "61st Brigade … killed 40 of them") and another side's losses named after the loss
   noun ("потери российской стороны", also across an attribution clause "…, по данным Киева, …") give no count; a
   foreign force the troops are integrated into is a place, not a side; a side that asks for troops ("Москва попросит
   еще десять тысяч") is no owner; a figure the article gave for North Korean troops (or a bound of its range) at
   the head of a sentence or spoken of ("Із 12 тисяч, що прибули …", "ГУР каже про 11 тисяч") refers back to them
   past an aside; "wounded 47 more" continues the troop figure before it; a reserve placed in Russia
   ("у резерві поблизу Курська") is there. Round 12: a country with a verb of saying after a parenthetical ("Киев, в
   свою очередь, говорит о …") is a source; a small count with its predicate of capture after it ("Two were taken
   prisoner") counts in a story about North Korean troops; a bare figure whose relative clause holds its predicate
   ("11 тисяч, що прибули восени") and a part of a whole named after "з/из/of" ("з 12 тисяч … вибуло 4 тисячі") count;
   a numbered unit is another side's only when it loses or holds its own men (not "бригад 11-го корпуса"); a noun of
   counting ("14,000 the total number of North Korean troops") is no head of its own. Nor are a unit as the subject of a
   sentence naming no North Korea ("Бригада … втратила 40 бійців"), an anaphoric force noun of another side ("Чисельність
   угруповання ЗСУ — …") or North Korea holding its own forces ("North Korea has about 200,000 special forces troops").
   "…, and 1,000 more in December" takes the kind of the figure before; a decision to send spoken of as done
   ("Pyongyang's decision to dispatch … marks its largest deployment", "Решение … направить … стало") is no plan.
   A unit "has"/"налічує понад" N is its strength; "groups of 10 to 15 soldiers" is a group size; exercises before
   their place at home ("навчання … поблизу Пхеньяна") are at home; "an estimated" is no verb of saying; an auxiliary
   ends a figure's noun phrase ("55 countries have pledged military aid"); "foreign fighters" with no North Korea named
   in the phrase are no count; nor are a figure whose subject joins North Korea and Russia ("Росія та КНДР разом
   зосередили 60 тисяч"), a base whose part is the North Koreans ("Из 50 тысяч … около 11 тысяч — северокорейцы") and
   men of a prisoner exchange. After a verb of estimating every gapped subject is a source ("Сеул называл около 10 тыс.,
   Вашингтон — 11–12 тыс., а Киев — «до 15 тыс.»"). Another side reacting to the reports with no figure ("Moscow has
   not confirmed the deployment", "Кремль відмовився коментувати") names no side; a bare figure after its place ("в
   Курской области уже около 10 тысяч") or "believed to be in the Kursk region" counts after North Korean troop
   sentences; "по оценкам" is an estimate. "N of its/their soldiers" after another side is that side's; a unit "made up
   of" or "has an estimated" N gives its strength. "Окупанти/загарбники" as actors are another side; men in hospital
   are casualties; the wounded "отправили на лечение в Пхеньян" returned. Rounds 13-14: no count is the base of a
   share ("a third of your 11,000", "Із 12 тисяч — кожен третій"), a group's or one's own unit's size ("групами до
   10–15 осіб", "у його підрозділі було близько 100 осіб"), men in a relative clause after another nationality
   ("российским контрактникам, которых … 50 тыс."), a price per head-count ("за 10-тысячный контингент … $20 млн"), a
   part of civilians ("граждан КНДР, из них 8 тыс."), prisoners exchanged, forces "which number" N, or a figure in a
   "whose …" aside about the source (which names no side and no border). Losses as a purpose ("для замещения потерь")
   are no cue; a dash apposition lists the parts of a whole ("6 тисяч військових — 1 тисячу саперів …"); a verb of
   seizing with a counted object ("захопили двох") or a capture participle after the noun phrase is capture, but the
   force prisoners came from ("prisoners of war from Pyongyang's 12-thousand-strong force") is not. Round 15: a
   military district's strength ("округ, части которого …, насчитывает … 150 тысяч"), men "on both sides", men back
   "from captivity", a figure whose subject is another side's demonym ("росіяни зосередили …") and a cross-reference
   line ("Читайте також: …") count nothing; a bare figure in apposition to a wave ("Першу хвилю — 11–12 тисяч —")
   counts; "eventual"/"by the summer" are plans, "на батьківщину" is a return. Rounds 16-17: a nationality bound to a
   source noun ("в южнокорейской разведке … потери") is a source, not a side; a country's genitive closing a
   prepositional phrase ("на кораблях ВМФ России", "по оценке ГУР Украины") is no actor; men placed in another country
   ("У Південній Кореї … служать") are that country's when the sentence names no North Korea; a capitalised army noun
   before a country's genitive ("Армия Южной Кореи") names that side; a reserve named in a dash apposition ("ещё 600
   тыс. — в резерве") is at home; a strength per unit named before the figure ("brigades, each with …"), an audience
   ("нас читають …") and a number hyphenated to a unit of time ("120-day") count nothing; a figure in brackets after a
   North Korean troop phrase ("контингент (около 11 тыс.)") is its apposition; "members of the unit" are its men; a
   time adverbial ends a bare figure's phrase ("3,000 more early this year"); another country's possessive right before
   the figure ("South Korea's 500,000 troops") and another side's incursion ("the Ukrainian incursion involved …") own it.
5. ``kind`` comes from cue words in the figure's own clause (the clause is cut between two figures at
   the last conjunction), else a neighbouring clause with no figure of its own (apposition "— около
   2 тыс. человек —", "ще 2,7 тисячі — поранені"), else the nearest cue in the sentence; priority
   returned > casualties > projected > present. Losses as a cause or purpose ("after heavy losses", "to
   make up for losses", "для восполнения потерь") are no cue; a
   destination ("в Россию") is the weakest fallback cue; a modal before it makes it projected ("может
   отправить"); a figure with no cue repeats the kind of the figure before it. The base of a share ("з 11 тисяч … 1,5 тисячі
   загинули", "40% из 11 тысяч") is ``present``. A headline figure with no cue takes the kind of the
   same figure in the next two paragraphs (the lede). A list under a heading of plans ("Плани
   Пхеньяна:") is ``projected``; an English definite figure placed in Russia ("the 12,000 North Korean
   troops in Kursk would soon be joined by …") is ``present``; troops that "готуються/готовятся" are
   training (``present``), "готується відправити" is a plan, as are "will arrive", "мали направити",
   "for deployment"; "prompted Pyongyang to send" is no plan. A figure with no cue takes the kind of a
   parallel figure after it in the sentence, else (after a pronoun: "Всего их около 11 тыс.") the cue of
   the sentence before; a figure estimated or named with no other cue ("Сеул оценивал около 11 тыс.") is
   ``present``; so is one listed ("a slide lists 11.000"). Round 11: the fallen named as the ones to replace ("to
   replace soldiers killed or wounded") are a cause, no cue; "выбыли/вибули" alone is casualties; a force noun in an
   apposition ("— больше четверти всего контингента") and a condition clause ("Если первая волна …") give no kind;
   nor does a neighbouring clause with a figure of its own ("…, in which an estimated 2.5 million people died"; dates
   aside); "dispatch of N" is present. Rounds 16-17: sent to Pyongyang with the destination first ("в Пхеньян были
   отправлены … раненых") is a return; a future copula ("їх буде", "there will be") and "for a second deployment" are
   plans (the copula only with the figure as its complement); a figure joined by "а также/as well as" with no verb of its own shares the kind before it; a gerund clause
   ("доведя … до", "bringing … to") takes the kind of the clause it hangs on; "sent N troops to push back" is a purpose,
   no return; a later figure with a verb of estimating
   or saying of its own lends no kind to a figure spoken of with no cue (that one is ``present``).
   Rounds 18-22 (written at the density of ordinary news; one structural rule per category, each measured on all
   205 labelled articles):
   a figure with no cue that repeats a value (or range) the article already gave takes that figure's kind, before the
   kind of the figure before it;
   a North Korean troop figure with no cue at all is ``present`` (captured men and men to be swapped stay ``other``);
   a figure named or estimated with a troop noun of its own ("називав цифру у 11 тисяч солдатів") is ``present``
   before it inherits the kind of an earlier figure (a bare "назвал цифру свыше 3 тысяч" after losses stays losses);
   reported futures and obligations ("would likely reach", "придется перебросить", "возрастет до") are plans, but a
   modal governing a verb of commenting or confirming ("не может комментировать сообщения о …") is none;
   "wiped out", "slaughtered", "perished" and the missing in action ("пропали без вести", "зникли безвісти") are
   casualties; capture with a place before its counted object ("захопили в Курській області двох") and a count as
   the object of "взяли в плен" are captures; an approximate year-like number bound to a troop noun ("roughly 2000
   wounded soldiers") and a bare figure in apposition to the wounded ("частину поранених — орієнтовно 2 тисячі —")
   count; a part before its whole ("Up to 4,000 of the 11,000 troops … are dead") takes the sentence's predicate and
   the whole is its base (``present``); a bare figure whose North Koreans are civilians (workers, citizens, students,
   builders) counts nothing; "its own losses" with no North Korea before the figure are another side's; a quoted
   figure binds the noun after the closing quote; "as" opening a clause of its own cuts the figure's clause; a
   headline figure whose only cue is a destination takes the kind of the same figure in the lede (six paragraphs);
   and these are no sides: a security council named by its country ("Радбезу Росії"), an incursion as the time of
   something else, a country fought for ("за Россию") or near ("near Ukraine"), a force named as a source ("по
   словам украинских военных"), a nationality with a time adverbial before its verb of saying ("Украинская разведка
   в январе говорила"). The inverted approximation of speech ("тысяч восемь") is a figure (8 000).
   Rounds 23-24 (ordinary news; mostly the kind of a figure whose value was right; each rule measured on all 229
   labelled articles): a present-tense capture verb counts only when bound to its counted object ("Ukraine captures 2
   … soldiers"; not "announced capturing … since Pyongyang sent 11,000"); a handful of men with no cue right after a
   sentence naming a capture are prisoners; a capture noun in another conjunct yields to the figure's own casualty head
   ("перші полонені і сотні загиблих"); a parenthetical attribution is transparent ("Потери контингента, по данным
   разведки, составили около 4,7 тыс."); the base new men are added to ("on top of the 14,000 or so who …", "крім",
   "помимо") is ``present`` unless its own words plan or kill them; a figure inside a quoted slogan takes its kind from
   the quotation's own words (not from "и призвал «вернуть ребят домой»"); a past verb of arrival ("приїхали нові —
   ще кілька тисяч") is a present cue; an apposition that only sizes its noun ("believed to number in the hundreds")
   takes the kind of the clauses around it; a later conjunct with a subject of its own (", and North Korean workers
   are …") is not a bare figure's referent; a holder's own strength in a relative clause ("U.S. Forces Korea, which
   keeps 28,500 troops") is none; a genitive "тисяч" after a preposition ("для тисяч інших солдатів") is "thousands".
   Rounds 25-26 (ordinary news, blind on 68f4648: pooled P 0.912, R 0.912; each rule measured on all 253 labelled
   articles): the parts of a whole listed in an apposition after it and its place ("6,000 … to Russia – 1,000
   deminers and 5,000 builders", "6 тысяч военнослужащих — 1 тыс. саперов … и 5 тыс. строителей") take its kind; a
   predicate before an attribution clause gives a bare figure its kind ("прийшло поповнення: за даними Сеула, ще 3 –
   3,5 тисячі"); a sentence about a mobilisation that names no North Korea counts none of theirs ("когда под ружье
   поставили 300 тысяч человек"); the number of a legal provision ("стаття 118 конвенції") is no head-count; citizens
   of another country who fight ("граждан Узбекистана …, воюющих по контракту") are another side for the bare figure
   after them; a figure after a conjunction with a loss predicate of its own ("погибли не менее 100 человек, а около
   1 тыс. получили ранения") continues the troop figure before it.
   Round 27 (held out on 254b8a6: P 0.917, R 0.917): a withdrawal conceded ("remain … despite a temporary
   withdrawal", "попри відведення", "несмотря на отвод") is no cue; men who joined ("к ним добавились еще …",
   "додалися", "were added") are ``present``; a hedge on a size ("речь может идти о …", "може йтися про", "could be
   talking about") is no plan and takes the cue of the sentence before; "отправили в Пхеньян" is a return.
   Round 28 (held out on 254b8a6: P 0.977, R 0.935): a pronoun for the things a rejected figure counted ("еще 5
   организаций, их общее число превысило 200") counts no troops; a hedge adjective may stand between a verb of speaking
   and its figure ("говорят о возможных 100 тысячах"); "може,"/"может," between commas is doubt, no plan; a side word
   with an adjective in a prepositional phrase ("зустріч з новим противником") is no actor; a bare figure with no noun
   of its own in a contrastive conjunct after a troop figure ("…про 11–12 тисяч, але … ми бачили кілька сотень")
   counts the same men (not one after things or time); a bare figure within a few words after pay or a price ("the
   price per soldier is 2,000", "их зарплата — около 2 тыс.") is money; a side word bound to a source noun after it
   ("киевские источники", "Ukrainian officials") is a source, and an arrival noun ("о прибытии", "the arrival of") a
   present cue; a short or predicative participle ("из них около 8 тыс. переброшены", "перекинуті") ends a figure's
   noun phrase.
   Rounds 29-32 (ordinary news, blind on 254b8a6: pooled P 0.958, R 0.938): an ally's own contingent named by its
   nationality ("2,000 Canadian troops", "німецьких військових") is another side's; a part with a troop noun listed in
   a dash apposition after its whole and its place ("… до Курської області Росії 6 тисяч військових — тисячу саперів та
   5 тисяч військових будівельників") is a part even when the place names Russia; captured men written as words: a
   part after a capture verb ("capturing two of them"), men in the other side's hospital or custody ("в украинском
   госпитале"), a handful (up to 10) with no cue anywhere after the article named a capture ("the two North Koreans");
   a later figure in a complement clause of another verb ("… и допустила, что … прибудут еще до 10 тыс.") lends no kind;
   an inverted approximate range ("тысяч пять–шесть") is 5 000–6 000, and a modal with a verb of sending ("могут
   отправить", "could be sent") is a bare figure's predicate; a side word bound to a leader's title ("Глава
   киевского режима Владимир Зеленский называл …", "президент України") is a source, and a figure named as such
   ("называл цифру в 12 тысяч", "gave a figure of") is spoken of; a quoted formation right after the troop noun
   ("бойцов «Ахмата»", "fighters of the \"Wagner\" group") is another side's unless it is North Korea's («Штурм»); men
   serving in a unit named by a pronoun ("Корпус …; в нем служат десятки тысяч", "serve in it") are its strength; pay
   or a price before a bare figure is no money when a people predicate follows it ("paid for it: … 4,700 were killed");
   a capture noun in another conjunct yields to a loss noun heading the figure ("Полонені корейці й тисячі втрат"); a
   quotation opened after a colon goes on with the clause before it, where a modal with a copula before a noun of sending
   ("може стати відправлення …: «Говорять про тисячу саперів»") plans; a place as the object of a purpose ("для
   розмінування Курщини") is no destination; a capture participle with its place between a counted word and its noun
   ("двух попавших в плен в Курской области северокорейских солдат") binds the noun. After these rules rounds 29-32
   score P 1.0, R 1.0 (fitted).
   Rounds 33-36 (ordinary news, blind on db6ca66: pooled P 0.966, R 0.921): a general staff is a source, not a side
   ("по данным Генштаба ВСУ", "the General Staff of the Armed Forces of Ukraine"), and "по сведениям", "як повідомив",
   "как сообщил" open an attribution; a shortage of hands ("дефицит кадров … 40 тыс. человек") and a whole army's
   strength ("численность вооруженных сил Казахстана … 39 тысяч человек") count nothing; a handful whose own noun is a
   capture noun ("Один із двох полонених сказав …") are prisoners; uk/ru "ще/еще" before a bare figure is "more"
   ("може відправити ще кілька тисяч", "ще від 25 до 30 тисяч"); Moscow as the English recipient of a verb of
   promising or sending ("promised Moscow another 6,000 troops") owns nothing, as the dative "Москве" does not; the
   singular thousand "о тысяче", "тысячей", "тисячею", and "тисячі/тысячи" after a noun of sending or arrival
   ("об отправке тысячи саперов") are one thousand; a count out of "them" right after a verb of killing ("they killed 40
   of them", "уничтожили 40 из них") is the story's troops killed, whoever kills them; a relative clause on a country
   whose verb is a loss ("For Russia, which … is losing about 1,000 soldiers a day") counts that country's losses; a
   bare figure in apposition to a group counts as one to a wave does ("Першу групу, понад 11 тисяч, перекинули").
6. ``claimant``: the nearest alias in the sentence (people and agencies before bare country names),
   else in the paragraph, else in a list's heading ("Оцінка ГУР:"), normalised to ``CLAIMANTS``;
   ``unknown`` when nobody is named.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from analysis.language import detect_language, script_of
from analysis.text import match_key, normalize, progress, split_paragraphs

__all__ = [
    "CLAIMANTS",
    "CLAIMANT_ALIASES",
    "KINDS",
    "VAGUE_RANGES",
    "TROOP_COLUMNS",
    "TROOP_LANGUAGES",
    "extract_troop_counts",
    "find_troop_mentions",
    "latest_present",
]

#: What a figure is said to count.
KINDS = ("present", "projected", "casualties", "returned", "other")

#: Who says it. Each claimant with the aliases (regular expressions, case-insensitive) that name it.
#: "unknown" when nobody is named in the sentence or its paragraph.
CLAIMANT_ALIASES: dict[str, tuple[str, ...]] = {
    "Zelensky": (r"Зеленськ\w*", r"Зеленск\w*", r"Zelensk\w*", r"президент\w* України", r"президент\w* Украины",
                 r"Ukrainian President", r"Ukraine's president", r"Офіс\w* президента", r"Офис\w* президента"),
    "GUR": (r"ГУР\w*", r"Буданов\w*", r"Budanov\w*", r"Юсов\w*", r"Yusov\w*", r"\bHUR\b", r"\bGUR\b",
            r"Головн\w+ управлінн\w+ розвідки", r"Главн\w+ управлени\w+ разведки",
            r"(?:воєнн|військов)\w+ розвідк\w*", r"военн\w+ разведк\w*", r"розвідк\w* України",
            r"Ukrain\w*(?:'s)? (?:military |defen[cs]e )?intelligence", r"Defen[cs]e Intelligence of Ukraine"),
    "Ukraine": (r"Генштаб\w* ЗСУ", r"Генеральн\w+ штаб\w* ЗСУ", r"Сирськ\w*", r"Сырск\w*", r"Syrskyi",
                r"Умєров\w*", r"Умеров\w*", r"Umerov", r"Сибіг\w*", r"Сибиг\w*", r"Sybiha", r"Кислиц\w*",
                r"Kyslytsya", r"МЗС України", r"МЗС", r"Міноборони України", r"СБУ", r"\bSBU\b",
                r"Центр\w* протидії дезінформації", r"ЦПД", r"Коваленк\w*", r"Ukrain\w+ officials?",
                r"Kyiv", r"Київ\w*", r"Ukrainian (?:military|army|General Staff)"),
    "Pentagon": (r"Пентагон\w*", r"Pentagon\w*", r"Остін\w*", r"Остин\w*", r"Lloyd Austin", r"\bAustin\b",
                 r"Сінгх", r"Сингх", r"Sabrina Singh", r"\bSingh\b", r"Райдер\w*", r"\bRyder\b",
                 r"міністр\w* оборони США", r"министр\w* обороны США", r"Міноборони США",
                 r"Минобороны США", r"US Defen[cs]e Secretary", r"Department of Defen[cs]e", r"\bDoD\b"),
    "US": (r"Білий дім", r"Білого дому", r"Белый дом", r"Белого дома", r"White House", r"Блінкен\w*",
           r"Блинкен\w*", r"Blinken", r"Кірбі", r"Кирби", r"Kirby", r"Салліван\w*", r"Салливан\w*",
           r"Sullivan", r"Держдеп\w*", r"Госдеп\w*", r"State Department", r"Байден\w*", r"Biden",
           r"Вашингтон\w*", r"Washington", r"США", r"\bUS\b", r"\bU\.S\.", r"United States",
           r"американськ\w+ розвідк\w*", r"американск\w+ разведк\w*", r"US intelligence"),
    "NIS": (r"\bNIS\b", r"\bНІС\b", r"\bНРС\b", r"\bНРС\b", r"National Intelligence Service",
            r"Національн\w+ розвідувальн\w+ служб\w*", r"Национальн\w+ разведывательн\w+ служб\w*",
            r"розвідк\w* Південної Кореї", r"разведк\w* Южной Кореи", r"південнокорейськ\w+ розвідк\w*",
            r"южнокорейск\w+ разведк\w*", r"South Korea(?:'s|n) (?:spy agency|intelligence)"),
    "South Korea": (r"Південн\w+ Коре\w+", r"Южн\w+ Коре\w+", r"South Korea\w*", r"Сеул\w*", r"Seoul",
                    r"Yonhap", r"Йонхап\w*", r"Ренхап\w*", r"Yoon", r"Юн Сок Ел\w*", r"Юн Сок Йол\w*",
                    r"Республік\w+ Корея", r"Республик\w+ Корея", r"Joint Chiefs of Staff", r"\bJCS\b"),
    "NATO": (r"НАТО", r"NATO", r"Рютте", r"Rutte", r"Альянс\w*", r"Alliance"),
    "G7": (r"\bG7\b", r"Груп\w+ семи", r"Большой семерки", r"Большой семёрки", r"\bG-7\b"),
    "EU": (r"\bЄС\b", r"\bЕС\b", r"\bEU\b", r"European Union", r"Євросоюз\w*", r"Евросоюз\w*", r"Боррел\w*",
           r"Borrell"),
    "Russia": (r"Кремл\w*", r"Kremlin", r"Пєсков\w*", r"Песков\w*", r"Peskov", r"Міноборони РФ",
               r"Минобороны России", r"Russian Defen[cs]e Ministry", r"Лавров\w*", r"Lavrov",
               r"Захаров\w*", r"Zakharova"),
    "North Korea": (r"\bKCNA\b", r"\bЦТАК\b", r"Кім Чен Ин\w*", r"Ким Чен Ын\w*", r"Kim Jong Un"),
    "Japan": (r"Японі\w*", r"Япони\w*", r"Japan\w*", r"Токіо", r"Токио", r"Tokyo"),
    "media": (r"Reuters", r"Рейтер\w*", r"\bCNN\b", r"\bBBC\b", r"\bВВС\b", r"Bloomberg", r"Financial Times",
              r"Wall Street Journal", r"\bWSJ\b", r"New York Times", r"\bNYT\b", r"Washington Post", r"Axios",
              r"\bISW\b", r"Інститут\w* вивчення війни", r"Институт\w* изучения войны", r"Institute for the Study of War"),
}
#: The small vocabulary ``claimant`` is normalised to (last: nobody named).
CLAIMANTS = (*CLAIMANT_ALIASES, "unknown")

#: Vague quantities: (low, high) implied for a phrase with no point figure; None = open-ended.
#: "кілька/декілька/несколько/several/a few тисяч" -> 2 000..9 000; "тисячі/тысячи/thousands" ->
#: 2 000..; "десятки тисяч/tens of thousands" -> 20 000..90 000; "сотні/сотни/hundreds" -> 200..900;
#: "кілька сотень/several hundred" -> 200..900; "десятки/dozens" -> 20..90.
VAGUE_RANGES = {
    "several thousand": (2000, 9000),
    "thousands": (2000, None),
    "tens of thousands": (20000, 90000),
    "hundreds": (200, 900),
    "several hundred": (200, 900),
    "dozens": (20, 90),
}

#: Languages the rules read; ``extract_troop_counts`` skips articles in any other language.
TROOP_LANGUAGES = ("uk", "ru", "en")

#: Columns of the table ``extract_troop_counts`` returns, in order.
TROOP_COLUMNS = ["article_id", "published", "outlet", "lang", "value", "low", "high", "approx", "vague", "kind",
                 "claimant", "quote", "sentence", "in_body", "paragraph"]


def extract_troop_counts(articles: pd.DataFrame, *, column: str = "body", normalized: bool = False) -> pd.DataFrame:
    """One row per mention of a North Korean military head-count in ``articles`` (see the module doc).

    Needs ``article_id`` and a text column: ``text`` (scanned paragraph by paragraph, with
    ``removed`` telling which paragraphs are outside the body), or else ``column`` (default
    ``"body"``; everything in it is in the body). Optional: ``published``, ``outlet``, ``lang``,
    ``removed``. Only articles in ``TROOP_LANGUAGES`` are read: ``lang`` when given (other than "und"),
    else the language ``analysis.language.detect_language`` finds. Columns: ``TROOP_COLUMNS``; ``value``/``low``/``high`` are nullable Int64 (an exact
    figure has low == high == value; a range or a vague quantity has value <NA>; ``vague`` marks
    "кілька тисяч"-like quantities whose range is implied, see ``VAGUE_RANGES``), ``in_body`` is
    False for a figure that only sits in a teaser or boilerplate.

    ``normalized=True`` says the text column is already in ``analysis.text.normalize``'s normal form (as
    ``text`` and ``body`` of ``helpers.load_articles`` are) and skips normalising it again; the table is the
    same either way for such text. A progress bar shows from ``_PROGRESS_MIN`` articles on (none with
    ``NEWS_BUNDLE_PROGRESS=0``).
    """
    rows: list[dict] = []
    if articles is None or len(articles) == 0:
        return _empty()
    source = "text" if "text" in articles.columns else column
    if source not in articles.columns:
        raise KeyError(f"articles need a 'text' or {column!r} column")
    n = len(articles)

    def col(name, default):
        return articles[name].tolist() if name in articles.columns else [default] * n

    texts = articles[source].tolist()
    removeds = col("removed", None) if source == "text" else [None] * n
    recs = zip(col("article_id", ""), texts, removeds, col("lang", None), col("published", pd.NaT),
               col("outlet", pd.NA))
    for article_id, text, removed, lang, published, outlet in progress(
            recs, desc="troop figures", enabled=n >= _PROGRESS_MIN, total=n, unit="articles"):
        if not isinstance(text, str) or not text.strip():
            continue
        if not isinstance(lang, str) or lang in ("", "und"):
            lang = _guess_lang(text)
        if lang not in TROOP_LANGUAGES:
            continue  # the rules read Ukrainian, Russian and English only
        base = {"article_id": str(article_id), "published": published, "outlet": outlet, "lang": lang}
        for m in _article_mentions(text if normalized else normalize(text), removed):
            rows.append({**base, **m})
    if not rows:
        return _empty()
    out = pd.DataFrame(rows)
    for col_name in ("value", "low", "high", "paragraph"):
        out[col_name] = pd.array(out[col_name].tolist(), dtype="Int64")
    out["approx"] = out["approx"].astype(bool)
    out["vague"] = out["vague"].astype(bool)
    out["in_body"] = out["in_body"].astype(bool)
    if "published" in out:
        out["published"] = _as_datetime(out["published"])
    return out[TROOP_COLUMNS].reset_index(drop=True)


def find_troop_mentions(text: str) -> list[dict]:
    """The North Korean troop figures in one piece of text (all of it in body), as a list of dicts.

    Each dict has ``value, low, high, approx, kind, claimant, quote, sentence``; handy for checking one
    sentence or phrase.
    """
    return [
        {k: m[k] for k in ("value", "low", "high", "approx", "kind", "claimant", "quote", "sentence")}
        for m in _article_mentions(normalize(text or ""), None)
    ]


def latest_present(counts: pd.DataFrame) -> pd.DataFrame:
    """For each claimant, the running latest ``present`` figure by date (for a step line).

    Takes the table of ``extract_troop_counts``; keeps in-body, dated ``present`` mentions with a
    figure (``value``, else the range midpoint), one per claimant and day (the highest).
    Columns: ``claimant, published, figure``.
    """
    cols = ["claimant", "published", "figure"]
    if counts is None or len(counts) == 0:
        return pd.DataFrame(columns=cols)
    d = counts[(counts["kind"] == "present") & counts["in_body"] & counts["published"].notna()].copy()
    fig = d["value"].astype("Float64")
    mid = (d["low"].astype("Float64") + d["high"].astype("Float64")) / 2
    d["figure"] = fig.fillna(mid)
    d = d[d["figure"].notna()]
    if d.empty:
        return pd.DataFrame(columns=cols)
    d["published"] = _as_datetime(d["published"]).dt.normalize()
    d = d.groupby(["claimant", "published"], as_index=False)["figure"].max()
    return d.sort_values(["claimant", "published"]).reset_index(drop=True)[cols]


# --- private -------------------------------------------------------------------------------

def _empty() -> pd.DataFrame:
    out = pd.DataFrame({c: pd.Series(dtype="object") for c in TROOP_COLUMNS})
    for col in ("value", "low", "high", "paragraph"):
        out[col] = pd.Series(dtype="Int64")
    out["approx"] = pd.Series(dtype=bool)
    out["vague"] = pd.Series(dtype=bool)
    out["in_body"] = pd.Series(dtype=bool)
    out["published"] = pd.Series(dtype="datetime64[ns, Europe/Kyiv]")
    return out


def _as_datetime(s: pd.Series) -> pd.Series:
    try:
        return pd.to_datetime(s, utc=True).dt.tz_convert("Europe/Kyiv")
    except (TypeError, ValueError):
        return s


def _guess_lang(text: str) -> str:
    """uk / ru / en, or another language code when the text is in none of them."""
    lang, _conf = detect_language(text)
    if lang in TROOP_LANGUAGES:
        return lang
    if lang != "und" and (script_of(text).lower() != "cyrillic" or _conf >= 0.9):
        return lang
    return _script_guess(text)


def _script_guess(text: str) -> str:
    uk = len(re.findall("[іїєґІЇЄҐ]", text))
    ru = len(re.findall("[ыэъёЫЭЪЁ]", text))
    cyr = len(re.findall("[а-яА-Я]", text))
    lat = len(re.findall("[a-zA-Z]", text))
    if lat > cyr:
        return "en"
    return "uk" if uk > ru else "ru"


def _removed_index(removed, paragraphs: list[str], keys: list[str] | None = None) -> dict[int, str]:
    """Map paragraph index -> removal kind from the ``removed`` list of dicts (index or text).

    ``keys``: the paragraphs' ``match_key(p, digits=False, normalized=True)`` when the caller has them."""
    out: dict[int, str] = {}
    if not isinstance(removed, (list, tuple)) and not hasattr(removed, "__iter__"):
        return out
    if isinstance(removed, (str, bytes, dict)):
        return out
    if keys is None:
        keys = [match_key(p, digits=False, normalized=True) for p in paragraphs]
    for r in removed:
        if not isinstance(r, dict):
            continue
        kind = str(r.get("kind", "") or "")
        idx = r.get("paragraph")
        t = r.get("text")
        if isinstance(idx, (int,)) and not isinstance(idx, bool) and 0 <= idx < len(paragraphs):
            # the loader records the paragraph itself: equal text has equal keys (no key to compute)
            if t is None or t == paragraphs[idx] or match_key(str(t), digits=False) == keys[idx]:
                out[idx] = kind
                continue
        if isinstance(t, str) and t.strip():
            k = match_key(t, digits=False)
            for i, pk in enumerate(keys):
                if pk == k and i not in out:
                    out[i] = kind
                    break
    return out


def _fig(m: dict) -> tuple:
    """(value, low, high) of a mention with <NA> as None (comparable)."""
    return tuple(None if m[k] is pd.NA or m[k] is None else int(m[k]) for k in ("value", "low", "high"))


def _article_mentions(text: str, removed, *, prefilter: bool = True) -> list[dict]:
    """Mentions in one normalised article text. ``prefilter=False`` scans every paragraph (the same mentions,
    slower: a paragraph with no digit and no number word holds none; its sentences still go to the history)."""
    paragraphs = split_paragraphs(text)
    keys = [match_key(p, digits=False, normalized=True) for p in paragraphs]
    rem = _removed_index(removed, paragraphs, keys)
    groups: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        groups.setdefault(k, []).append(i)
    out = []
    history: dict = {"sents": [], "last_kind": None}
    skipped: list[str] = []  # paragraphs passed over whose sentences the history has not taken yet
    for key, idxs in groups.items():
        if not key:
            continue
        body_idx = [i for i in idxs if rem.get(i, "title") == "title" or i not in rem]
        in_body = bool(body_idx)
        first = body_idx[0] if body_idx else idxs[0]
        par = paragraphs[first]
        if prefilter and not _may_hold_number(par):
            skipped.append(par)
            continue
        if skipped:
            _feed_history(history, skipped)
            skipped = []
        for m in _paragraph_mentions(par, history):
            m["in_body"] = in_body
            m["paragraph"] = first
            out.append(m)
    out.sort(key=lambda m: m["paragraph"])
    # a headline figure with no cue of its own ("up to 12,000 troops, mounting losses") is the figure the
    # lede repeats: it takes the kind of the same figure in the next six paragraphs (byline and dateline lines between)
    for m in out:
        # rounds 18-22: a headline figure whose only cue is a destination ("is sending 6,000 more troops to Russia")
        # has no cue of its own either
        weak = m["kind"] == "present" and not any(
            not _PLACE.fullmatch(c.group()) for c in _CUES["present"].finditer(m["sentence"]))
        if m["paragraph"] != 0 or (m["kind"] != "other" and not weak) or _CUES["captured"].search(m["sentence"]):
            continue
        same = [x for x in out if 0 < x["paragraph"] <= 6 and x["kind"] != "other"
                and _fig(x) == _fig(m)]
        if same:
            m["kind"] = same[0]["kind"]
    return out


def _feed_history(history: dict, pars: list[str]) -> None:
    """Give ``history`` the sentences of paragraphs that were not scanned, as ``_paragraph_mentions`` would have
    (it keeps the article's last ``_HISTORY_FAR`` sentences, then appends the current one): only the last
    ``_HISTORY_FAR + 1`` sentences can matter, so paragraphs are split from the last one back until there are
    that many."""
    need = _HISTORY_FAR + 1
    sents: list[str] = []
    for par in reversed(pars):
        sents[:0] = [par[a:b].rstrip() for a, b in _sentences(par)]
        if len(sents) >= need:
            break
    if sents:
        history["sents"] = [*history["sents"], *sents][-need:]
    history.setdefault("pars", []).extend(pars)  # round 32: read only when a handful asks whether a capture was named
    # the sentence counter runs on as if every sentence had been scanned (how far back "the figure before" is)
    history["n"] = history.get("n", 0) + sum(len(_sentences(p)) for p in pars)


def _may_hold_number(s: str) -> bool:
    """The test a sentence passes before ``_paragraph_mentions`` parses its numbers: a digit, a stem of
    ``_NUMBER_STEM_WORDS`` in any case (re.I), or a word whose lower case is in ``_UNITS``. A paragraph that
    fails it has no sentence that passes it (``_article_mentions`` skips it).

    Same answer as ``_NUMBER_STEMS.search(s) or any(w.lower() in _UNITS for w in _WORD.findall(s))``, faster:
    the stems are looked for in one lower-cased copy unless ``s`` holds a letter that re.I and .lower() fold
    differently (``_CASE_ODD``)."""
    if _DIGIT.search(s):
        return True
    if _CASE_ODD.search(s):
        return bool(_NUMBER_STEMS.search(s)) or not _UNITS.keys().isdisjoint(map(str.lower, _WORD.findall(s)))
    low = s.lower()  # without those letters, the words of the lower-cased copy are the lower-cased words
    return any(w in low for w in _NUMBER_STEM_WORDS) or not _UNITS.keys().isdisjoint(_WORD.findall(low))


#: From this many articles on, ``extract_troop_counts`` shows a progress bar (about 2 s of work).
_PROGRESS_MIN = 1000


# Sentences ------------------------------------------------------------------------------------
_SENT_END = re.compile(r"[.!?…]+[\"»)]*\s+(?=[\"«(]?[A-ZА-ЯІЇЄҐЁ0-9])")
_ABBREV_BEFORE = re.compile(
    r"(?:\b(?:тис|тыс|млн|млрд|ін|др|т|п|с|ст|р|рр|г|гг|вул|ул|обл|див|ім|им|U\.S|Mr|Mrs|Dr|St|Gen|No|vs|approx|"
    r"[A-ZА-ЯІЇЄҐ])\.+[\"»)]*)\s+$"
)


def _sentences(par: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENT_END.finditer(par):
        if _ABBREV_BEFORE.search(par[max(0, m.start() - 12): m.end()]):
            # "тис. Північнокорейських" is rare; "тис. Як" ends a sentence: split only before a capital word
            # that is not a continuation (after тис./тыс. split when a capital follows).
            word = par[max(0, m.start() - 4): m.start()].lower()
            if not re.search(r"(?:тис|тыс)$", word):
                continue
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(par)))
    return [(a, b) for a, b in spans if par[a:b].strip()]


# Vocabulary -----------------------------------------------------------------------------------
_NK = re.compile(
    r"КНДР|\bпівнічнокорейськ\w*|\bсеверокорейск\w*|\bпівнічнокорейц\w*|\bсеверокорейц\w*|"
    r"\bПівнічн\w* Коре\w*|\bкорейц\w*|\bСеверн\w* Коре\w*|\bNorth[- ]Korea\w*|\bDPRK\b|\bPyongyang\w*|\bПхеньян\w*|"
    r"(?<![Пп]івденно)(?<![Юю]жно)\bкорейськ\w*|(?<![Юю]жно)\bкорейск\w*|\bKPA\b|\bКНА\b|"
    r"(?<!South )(?<!South-)\bKorean(?:s)?\b|\bN\. ?Korea\w*|\bN\.Korea\w*|(?-i:\bNK\b)|"
    r"\bКім Чен Ин\w*|\bКим Чен Ын\w*|\bKim Jong[- ]Un\b|(?-i:\b[Tt]he North\b(?!-|\s+[A-Z]|\s+of\b))",
    re.I,
)
_DEMONYM = re.compile(r"\b(?:північнокорейц\w*|северокорейц\w*|корейц\w*|корейців|North Koreans)\b", re.I)
_TROOP = re.compile(
    r"\b(?:військов(?:их|і|ий|им|ими|ого|ому)|військ[аоу]?|вояк\w*|військовослужбовц\w*|військовослужбовець|"
    r"військовик\w*|солдат\w*|бійц\w*|боєць|бойц\w*|боец|военн(?:ых|ые|ый|ым|ыми|ого|ому)|военнослужащ\w*|"
    r"офіцер\w*|офицер\w*|генерал(?:и|ів|ы|ов|ам|ами|ах)|сапер\w*|сапёр\w*|officers?|generals|sappers?|deminers?|войск\w*|"
    r"найманц\w*|найманець|наемник\w*|спецпризначенц\w*|спецназ\w*|піхотинц\w*|пехотинц\w*|"
    r"контингент\w*|troops?|soldiers?|personnel|"
    # round 17: "members of the unit", "члени підрозділу": members of a force are its men
    r"(?:members|членів|членов|члени|члены)(?=\s+(?:of\s+)?(?:(?:the|its|their|his|this|that|цього|того|этого|того)\s+)?"
    r"(?:[^\W\d_]+\s+)?(?:unit|contingent|force|corps|brigade|battalion|regiment|підрозділ\w*|контингент\w*|корпус\w*|"
    r"бригад\w*|батальйон\w*|подразделени\w*|батальон\w*)\b)|servicem[ae]n|service ?members?|military|fighters?|forces|"
    r"mercenar\w*|infantry\w*|commandos?|contingent|casualt\w*|reinforcements?|replacements|підкріплен\w*|подкреплени\w*|"
    r"угрупован\w*|группировк\w*|(?<=ские )част(?:и|ей|ями)|(?<=ські )частин(?:и|ами)?|"
    r"prisoners?|POWs?|військовополонен\w*|военнопленн\w*|пленн(?:ых|ые|ый|ым|ыми)|полонен(?:их|і|ими))\b",
    re.I,
)
_AMBIGUOUS_TROOP = re.compile(r"^(?:військов(?:их|і|ий|им|ими|ого|ому)|военн(?:ых|ые|ый|ым|ыми|ого|ому)|military)$",
                              re.I)
_CASUALTY_NOUN = re.compile(r"\b(?:загиблих|убитих|вбитих|поранених|погибших|убитых|раненых|killed|dead|wounded|"
                            r"injured|пострадавш\w*|постраждал\w*)\b", re.I)
# "втрати КНДР", "потери северокорейских войск", "North Korean losses": a sentence about North Korea's losses
_NK_LOSSES = re.compile(
    r"\b(?:втрат\w*|потер\w*|losses|casualties)\s+(?:\S+\s+){0,1}?(?:" + _NK.pattern + ")|(?:" + _NK.pattern
    + r")\s+(?:\S+\s+){0,1}?(?:втрат\w*|потер\w*|losses|casualties)\b", re.I)
# a small number word counts only right before its troop noun (one adjective between at most)
_SMALL_WORD_NP = re.compile(
    r"\s+(?:[^\W\d_]+(?:их|ых|ed)\s+)?(?:(?:" + _NK.pattern + r")\s+)?(?:" + _TROOP.pattern + "|"
    + _DEMONYM.pattern + ")", re.I)
_GROUP_OF = re.compile(r"(?:\b(?:груп\w*|групп\w*|group of|the)\s*)$", re.I)
_PEOPLE = re.compile(r"\b(?:осіб|особ|людей|чоловік|человек|people|men|загиблих|убитих|вбитих|поранених|"
                     r"убитими|вбитими|пораненими|убитыми|ранеными|"
                     r"погибших|убитых|раненых|пострадавш\w*|постраждал\w*|killed|dead|wounded|injured)\b", re.I)
_FOREIGN = re.compile(
    r"\b(?:(?i:російськ\w*|росіян\w*|русск\w*|российск\w*|россиян\w*)|Russian\w*|Russia's|"
    r"(?i:українськ\w*|украинск\w*|українц\w*|украинц\w*)|Ukrainian\w*|Ukraine's|ворож\w*|вражеск\w*|enemy|"
    r"(?i:південнокорейськ\w*|южнокорейск\w*)|South Korean\w*|South Korea's|(?i:американськ\w*|американск\w*)|American\w*|"
    r"US|U\.S\.|(?i:китайськ\w*|китайск\w*)|Chinese|(?i:білоруськ\w*|белорусск\w*)|Belarusian\w*|(?i:іранськ\w*|иранск\w*)|"
    r"Iranian\w*|рф|РФ|(?i:кубинськ\w*|кубинск\w*|сирійськ\w*|сирийск\w*|непальськ\w*|непальск\w*|індійськ\w*|"
    r"индийск\w*|сербськ\w*|сербск\w*|чеченськ\w*|чеченск\w*|африканськ\w*|африканск\w*|польськ\w*|польск\w*|"
    r"британськ\w*|британск\w*|"
    # round 29: an ally's own contingent ("about 2,000 Canadian troops are deployed in Latvia", "німецькі військові")
    r"канадськ\w*|канадск\w*|німецьк\w*|немецк\w*|французьк\w*|французск\w*|латвійськ\w*|латвийск\w*|литовськ\w*|"
    r"литовск\w*|естонськ\w*|эстонск\w*|японськ\w*|японск\w*|турецьк\w*|турецк\w*|італійськ\w*|итальянск\w*|"
    r"румунськ\w*|румынск\w*|фінськ\w*|финск\w*|шведськ\w*|шведск\w*|норвезьк\w*|норвежск\w*|голландськ\w*|"
    r"нідерландськ\w*|нидерландск\w*|грузинськ\w*|грузинск\w*|казахськ\w*|казахск\w*|ізраїльськ\w*|израильск\w*|"
    r"кадирівськ\w*|кадыровск\w*|кадирівц\w*|кадыровц\w*)|Cuban\w*|Syrian\w*|Nepal\w*|Indian\w*|Serbian\w*|Chechen\w*|"
    r"African\w*|Polish|British|Canadian\w*|Germans?|French|Latvian\w*|Lithuanian\w*|Estonian\w*|Japanese|Turkish|"
    r"Italian\w*|Romanian\w*|Finnish|Swedish|Norwegian\w*|Dutch|Georgian\w*|Kazakh\w*|Israeli\w*|Kadyrov\w*)\b",
)
_DISTRACTOR = re.compile(
    r"(?:\b(?:ракет\w*|снаряд\w*|боєприпас\w*|боеприпас\w*|дрон\w*|безпілотник\w*|БпЛА|БПЛА|беспилотник\w*|"
    r"танк\w*|гармат\w*|артилер\w*|артиллер\w*|гаубиц\w*|контейнер\w*|containers?|shells?|rounds?|missiles?|"
    r"drones?|tanks?|artillery|howitzers?|ammunition|munitions?|rockets?|km|км|кілометр\w*|километр\w*|"
    r"kilomet\w*|miles?|кв|sq|square|полігон\w*|полигон\w*|bases?|sites?|метр\w*|доллар\w*|долар\w*|dollars?|USD|гривень|гривн\w*|грн|рубл\w*|вон|won|euros?|"
    r"євро|евро|тонн\w*|tons?|tonnes?|рок\w*|рік|році|роки|лет|год|года|году|years?|дн\w*|діб|доби|суток|days?|"
    r"годин\w*|hours?|хвилин\w*|минут\w*|minutes?|тижн\w*|недел\w*|weeks?|місяц\w*|месяц\w*|months?|"
    r"відсот\w*|процент\w*|percent|per cent|робітник\w*|рабоч\w*|workers?|labou?rers?|резервіст\w*|"
    r"резервист\w*|reservists?|reserves?|резерв\w*|армі\w*|арми\w*|army|armies|дивізі\w*|дивизи\w*|"
    r"divisions?|бригад\w*|brigades?|батальйон\w*|батальон\w*|battalions?|полк\w*|regiments?|одиниц\w*|"
    r"единиц\w*|units?|вагон\w*|ешелон\w*|эшелон\w*|кораб\w*|ships?|літак\w*|самолет\w*|aircraft|planes?|"
    r"систем\w*|systems?|артсистем\w*|автомат\w*|гвинтів\w*|винтов\w*|rifles?|гранат\w*|grenades?|"
    r"комплект\w*|uniforms?|громадян\w*|граждан\w*|citizens?|nationals|установ\w*|штук\w*|pieces?|mortars?|міномет\w*|миномет\w*|населен\w*|population|"
    r"жител\w*|мешкан\w*|residents?|civilians?|цивільн\w*|мирн\w*|дітей|детей|children|окупант\w*|"
    r"оккупант\w*|орк\w*|росіян\w*|россиян\w*|атак\w*|attacks?|штурм\w*|assaults?|боїв|боев|clashes|"
    r"населених|settlements?|villages?|сіл|сел|гектар\w*|hectares?|kg|кг|кілограм\w*|килограмм\w*|"
    r"мільярд\w*|миллиард\w*|billion|млрд|млн|мільйон\w*|миллион\w*|million|tanks|vehicles?|машин\w*|"
    r"техніки|техники|снайпер\w*|тисячолітт\w*|раз|разів|times?|місць|мест|seats?|пунктів|пунктов|"
    r"points?|спроб\w*|випадк\w*|случа\w*|cases?|статт\w*|стать\w*|article|резолюц\w*|resolution)\b|[%$€£₴])",
    re.I,
)
_MONTH = re.compile(
    r"^(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|январ|феврал|март|апрел|ма[яй]|июн|"
    r"июл|август|сентябр|октябр|ноябр|декабр|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)
_BARE_FOLLOWER = re.compile(
    r"^(?:у|в|на|до|під|біля|поблизу|по|з|із|зі|со|с|к|во|для|через|близько|вже|уже|ще|еще|ещё|також|також|тоже|"
    r"та|і|й|и|а|але|но|або|или|що|что|як|как|які|яких|котор\w*|who|which|that|are|were|is|was|have|has|had|"
    r"will|would|could|can|may|might|should|must|be|been|being|already|also|now|currently|in|at|to|into|near|on|"
    r"for|by|and|or|but|as|with|across|inside|there|remain\w*|reportedly|so|then|since|this|these|those|"
    r"нині|зараз|сейчас|наразі|було|буде|будуть|были|был|было|будет|будут|їх|их|them|of|from|the|over|under|"
    r"it|they|he|she|we|він|вона|вони|он|она|они|if|unless|when|якщо|если|коли|когда|"
    # round 17: a time adverbial ends a bare figure's phrase ("3,000 more early this year", "ще 2 тисячі наприкінці року")
    r"early|late|earlier|later|last|next|recently|наприкінці|напочатку|на початку|в конце|в начале|минулого|прошлого|"
    r"наступного|следующего|цього|этого|раніше|ранее|пізніше|позже)$",
    re.I,
)
_VERB_END = re.compile(r"(?:ться|тся|ся|сь|ть|ли|ло|ла|ють|ять|ят|уть|ють|ить|ить|ует|ює|ує|ет|ит|ут|ют|ать|"
                       r"[^\W\d_]{2,}(?:ено|ано|яно|ято|ито|уто)|ed|ing|"
                       # a short or predicative participle ("8 тыс. переброшены", "2 тисячі перекинуті"; not "страны")
                       r"(?<!стр)(?<!Стр)[^\W\d_]{3,}(?:ены|ёны|аны|яны|иты|яты|ыты|уты|ені|яні|ані|уті|иті))$", re.I)
_NP_SKIP = re.compile(
    r"^(?:з|із|зі|из|от|від|of|from|the|a|an|more|additional|додатков\w*|дополнительн\w*|ще|еще|ещё|"
    r"other|інших|других|elite|елітн\w*|элитн\w*|спеціальн\w*|специальн\w*|special|regular|регулярн\w*|"
    r"кадров\w*|армійськ\w*|армейск\w*|its|their|своїх|своих|її|ее|її|active|active-duty|combat|бойов\w*|"
    r"боев\w*|field|troops'|well-trained|trained|навчених|обучен\w*|so-called|так\w* званих|"
    r"Народн\w*|People's|армії|армии|army|Korean|корейськ\w*|корейск\w*|КНА|KPA)$",
    re.I,
)
_PARTITIVE = re.compile(r"^\s*(?:з них|із них|из них|of them|of whom|з яких|из которых|серед них|среди них)\b", re.I)
_ANAPHOR = re.compile(
    r"\b(?:їх|их|them|they|вони|они|з них|из них|загалом|всего|в целом|in total|total|кількість|кількості|"
    r"чисельність|чисельності|число|численност\w*|number|numbers|контингент\w*|contingent|угруповання|"
    r"группировк\w*|figure|цифр\w*|оцінк[аиуі]|оценк[аиуе]|estimates?)\b", re.I)
# a bare figure somebody spoke of ("казала про «приблизно 10 тисяч»", "говорил о 10 тысячах") or placed right after
# it ("про 11–12 тисяч у Курській області", "10,000 in Kursk"): the troops of the sentences before
_ABOUT_FIGURE_BEFORE = re.compile(r"(?:^|\s)(?:про|о|об|about|називал[аои]?|називає|называл[аои]?|называет|"
                                  r"оцінювал[аои]?|оцінює|оценивал[аои]?|оценивает|estimated|put the (?:figure|number) at|"
                                  r"said|says|seen|saw|counted|cited|"
                                  # round 32: a figure named as such ("называл цифру в 12 тысяч", "назвав цифру у",
                                  # "gave a figure of")
                                  r"(?:назва\w*|назвал\w*|назвав\w*|называ\w*|назива\w*|наводи\w*|приводи\w*|озвучи\w*|"
                                  r"gave|gives|cited|quoted|put forward)\s+(?:(?:a|the)\s+)?(?:цифр[ауы]|число|кількість|"
                                  r"количество|figure|number|estimate)(?:\s+(?:в|у|of))?)"
                                  r"\s+[«\"]?(?:(?:приблизно|близько|около|примерно|"
                                  r"about|around|roughly|some|понад|более|більше|щонайменше|не менее|at least|more than|over)\s+)?"
                                  # round 28: a hedge adjective ("говорят о возможных 100 тысячах", "a possible 100,000")
                                  r"(?:(?:a\s+)?(?:возможн\w+|можлив\w+|потенциальн\w+|потенційн\w+|вероятн\w+|ймовірн\w+|"
                                  r"possible|potential|likely)\s+)?$", re.I)
_PLACE_RIGHT_AFTER = re.compile(r"\s*[»\"]?\s+(?:у|в|на|in|inside)\s+(?:Курськ\w*|Курск\w*|Курщин\w*|Росі[їю]|России|"
                                r"Kursk|Russia)\b", re.I)

_PLACE_RIGHT_BEFORE = re.compile(r"\b(?:у|в|на|in|inside)\s+(?:Курськ\w*\s+област\w*|Курск\w*\s+област\w*|Курщин\w*|Росі[їю]|"
                                 r"России|Kursk(?:\s+region)?|Russia)\s*,?\s+(?:(?:вже|уже|now|already|зараз|сейчас|"
                                 r"наразі|there are|are)\s+)?(?:(?:близько|приблизно|около|примерно|about|some|around|"
                                 r"понад|более|over|до|up to)\s+)?$", re.I)

# Number words --------------------------------------------------------------------------------
_UNITS = {
    # uk
    "один": 1, "одна": 1, "одного": 1, "однієї": 1, "два": 2, "дві": 2, "двох": 2, "три": 3, "трьох": 3,
    "чотири": 4, "чотирьох": 4, "п'ять": 5, "п'яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7,
    "вісім": 8, "восьми": 8, "дев'ять": 9, "дев'яти": 9, "десять": 10, "десяти": 10, "одинадцять": 11,
    "одинадцяти": 11, "дванадцять": 12, "дванадцяти": 12, "тринадцять": 13, "тринадцяти": 13,
    "чотирнадцять": 14, "чотирнадцяти": 14, "п'ятнадцять": 15, "п'ятнадцяти": 15, "шістнадцять": 16,
    "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19, "двадцять": 20, "двадцяти": 20,
    "тридцять": 30, "тридцяти": 30, "сорок": 40, "сорока": 40, "п'ятдесят": 50, "п'ятдесяти": 50,
    "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80, "дев'яносто": 90, "сто": 100, "ста": 100,
    "двісті": 200, "двохсот": 200, "триста": 300, "трьохсот": 300, "чотириста": 400, "п'ятсот": 500,
    "п'ятисот": 500, "шістсот": 600, "сімсот": 700, "вісімсот": 800, "дев'ятсот": 900,
    # ru
    "одной": 1, "две": 2, "двух": 2, "трех": 3, "трёх": 3, "четыре": 4, "четырех": 4, "четырёх": 4,
    "пять": 5, "пяти": 5, "шесть": 6, "семь": 7, "восемь": 8, "девять": 9, "девяти": 9, "одиннадцать": 11,
    "одиннадцати": 11, "двенадцать": 12, "двенадцати": 12, "тринадцать": 13, "тринадцати": 13,
    "четырнадцать": 14, "пятнадцать": 15, "пятнадцати": 15, "шестнадцать": 16, "семнадцать": 17,
    "восемнадцать": 18, "девятнадцать": 19, "двадцать": 20, "двадцати": 20, "тридцать": 30, "тридцати": 30,
    "пятьдесят": 50, "пятидесяти": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80,
    "девяносто": 90, "двести": 200, "двухсот": 200, "трехсот": 300, "трёхсот": 300, "четыреста": 400,
    "пятьсот": 500, "пятисот": 500, "шестьсот": 600, "семьсот": 700, "восемьсот": 800, "девятьсот": 900,
    # en
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "dozen": 12, "eighty": 80, "ninety": 90,
    # collective numerals ("ще троє потрапили в полон", "двое военных")
    "двоє": 2, "троє": 3, "четверо": 4, "п'ятеро": 5, "шестеро": 6, "семеро": 7, "двое": 2, "трое": 3,
    "пятеро": 5, "шестеро": 6, "семеро": 7, "двоих": 2, "троих": 3, "четверых": 4, "пятерых": 5, "шестерых": 6,
    "семерых": 7, "п'ятьох": 5, "шістьох": 6, "сімох": 7, "вісьмох": 8,
    # instrumental and dative of 2-4 ("з трьома генералами", "с тремя генералами")
    "двома": 2, "трьома": 3, "чотирма": 4, "двом": 2, "трьом": 3, "чотирьом": 4,
    "двумя": 2, "тремя": 3, "четырьмя": 4, "двум": 2, "трем": 3, "трём": 3, "четырем": 4, "четырём": 4,
    # one and a half
    "півтори": 1.5, "півтора": 1.5, "полторы": 1.5, "полтора": 1.5, "полутора": 1.5,
}
_HUNDRED = {"hundred"}
_THOUSAND = re.compile(r"^(?:тис|тисяч\w*|тыс|тысяч\w*|thousands?|k)$", re.I)
_MILLION = re.compile(r"^(?:млн|мільйон\w*|миллион\w*|millions?|m)$", re.I)
_VAGUE_Q = re.compile(r"^(?:кілька|декілька|кількох|декількох|кільком|несколько|нескольких|several|few)$", re.I)
_GENITIVE_PREP = {"для", "з", "із", "зі", "від", "серед", "без", "до", "біля", "из", "от", "среди", "у", "около"}
_THOUSANDS_PLURAL = re.compile(r"^(?:тисячі|тисячами|тисяч|тисячах|тысячи|тысячами|тысяч|тысячах|thousands)$", re.I)
_TENS_PLURAL = re.compile(r"^(?:десятки|десятків|десятков|десятками|tens|dozens)$", re.I)
_HUNDREDS_PLURAL = re.compile(r"^(?:сотні|сотень|сотнях|сотни|сотен|сотнями|hundreds)$", re.I)

# A sentence may hold a figure only when it has a digit or one of these stems (multipliers, round numbers) or
# when one of its words is in ``_UNITS``; a paragraph where none is found is not scanned (``_may_hold_number``).
_NUMBER_STEM_WORDS = ("тис", "тыс", "thousand", "hundred", "сот", "десят", "сорок", "twenty", "thirty", "fifty", "dozen")
_NUMBER_STEMS = re.compile(r"\d|" + "|".join(_NUMBER_STEM_WORDS), re.I)
_DIGIT = re.compile(r"\d")
# the words other than digits and ``_UNITS`` that a number phrase of ``_parse_number`` may start with
_NUMBER_START = re.compile("|".join(f"(?:{rx.pattern})" for rx in (_VAGUE_Q, _TENS_PLURAL, _THOUSANDS_PLURAL,
                                                                   _HUNDREDS_PLURAL))
                           + r"|^(?:a|an|тисяча|тысяча|тисячу|тысячу|тысяче|тысячей|тисячею)$", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# characters that re.I may match to a Latin or Cyrillic letter whose .lower() is another one (dotted/dotless i,
# long s, micro sign, Greek letters, old Cyrillic letter forms, ligatures: the members of Python's extra re.I
# case classes outside a-z/а-я): text holding one is searched with the regular expression itself
_CASE_ODD = re.compile("[\u0130\u0131\u017f\u00b5\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0"
                       "\u03c1\u03c2\u03c3\u03c6\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0463\u1c80-\u1c88"
                       "\u1e61\u1e9b\u1fbe\u1fd3\u1fe3\ua64b\ufb05\ufb06]")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*|\S")

_LOWER_MOD = re.compile(
    r"(?:понад|більше ніж|більш ніж|більше|щонайменше|принаймні|не менше ніж|не менш ніж|не менше|"
    r"як мінімум|мінімум|свыше|более чем|более|больше чем|больше|не менее чем|не менее|по меньшей мере|"
    r"как минимум|минимум|more than|over|at least|upwards of|in excess of|north of)\s*$", re.I)
_ABOUT_MOD = re.compile(
    r"(?:близько|приблизно|орієнтовно|майже|біля|около|примерно|порядка|почти|ориентировочно|about|around|"
    r"approximately|roughly|nearly|almost|some|an estimated|estimated|approx\.?|~|приблизительно)\s*$", re.I)
_NEARLY_MOD = re.compile(r"(?:майже|почти|nearly|almost|close to|ледь не|чуть ли не)\s*$", re.I)
_UPTO_MOD = re.compile(r"(?:\bдо|up to|as many as|не більше ніж|не більше|не более|no more than)\s*$", re.I)
_GROWTH_BEFORE_DO = re.compile(
    r"(?:зрост\w*|зросла|зріс|збільш\w*|вирост\w*|виріс|довест\w*|довед\w*|вырас\w*|вырос\w*|увелич\w*|"
    r"сяга\w*|сягн\w*|досяг\w*|достиг\w*|доведен\w*|нарост\w*|нараст\w*|кількість|число|чисельність|"
    r"численность)(?:\s+\S+){0,3}?\s+до\s*$", re.I)
_POST_LOWER = re.compile(r"^\s*(?:з лишком|с лишним|з гаком|с гаком|plus\b|\+|or more|і більше|и более|и больше)",
                         re.I)
_ORDINAL_SUFFIX = re.compile(
    r"-?(?:й|го|му|ю|я|е|ї|і|ий|ої|ій|ого|ому|ый|ой|ая|ое|ом|им|th|st|nd|rd)\b", re.I)
_GROWTH_TO = re.compile(r"\b(?:increas\w*|rais\w*|rise|rises|rising|rose|risen|grow\w*|grew|boost\w*|up|jump\w*|"
                        r"doubl\w*|tripl\w*|cut|reduc\w*|lower\w*|revis\w*)\b(?:\s+\S+){0,3}\s*$", re.I)
_RANGE_OPEN = re.compile(r"(?:\bвід|\bот|\bbetween|\bfrom|\bз|\bміж|\bмежду)\s*$", re.I)

# Kind cues ------------------------------------------------------------------------------------
_CUES = {
    "casualties": re.compile(
        r"\b(?:загин\w*|загибл\w*|вбит\w*|убит\w*|вбив\w*|поранен\w*|ранен\w*|ранили|поранили|killed|killing|kills|wounded|"
        r"wounding|injured|casualt\w*|dead|died|dying|скончал\w*|помер\w*|умер(?:ли|ла|ло)?|deaths?|гинут\w*|гибнут|погибают|втрат\w*|потер\w*|losses|ліквідов\w*|ліквідува\w*|"
        r"ликвидир\w*|ликвидирова\w*|знищ\w*|уничтож\w*|погиб\w*|загиб\w*|гибел\w*|вибул\w* з ладу|выбыл\w* из строя|(?:вибул|выбыл)(?:и|о|а)?\b(?!\s+(?:в|во|у|до|из|з|із|к|на)\s)|"
        r"wiped out|slaughter\w*|perish\w*|massacred|mowed down|пропал\w* без вести|пропавш\w* без вести|зник\w* безвісти|"
        r"безвісти зникл\w*|безвісти відсутн\w*|missing in action|(?-i:MIA)|санітарн\w*|санитарн\w*|пострадавш\w*|постраждал\w*|шпитал\w*|госпитал\w*|hospitali[sz]ed|in hospitals?|лікуван\w*|лечени\w*|вивел\w* з ладу|вивед\w* з ладу|виведен\w* з ладу|вивест\w* з ладу|вывел\w* из строя|выведен\w* из строя|вывест\w* из строя|put out of action|eliminated|neutrali[sz]ed|lost|lose|loses|losing|loss|втрача\w*|теря\w*)\b", re.I),
    "returned": re.compile(
        r"\b(?:повернул\w*|повернут\w*|повернен\w*|відправил\w* додому|додому|вивели|виведен\w*|вивед\w*|"
        r"відвели|відвел\w*|відвів|відвод\w*|відведен\w*|вернул\w*|вернут\w*|возвращ\w*|домой|отозва\w*|выведен\w*|вывели|отвел\w*|"
        r"returned|return(?:ing)? home|repatriat\w*|(?:відправлен\w*|отправлен\w*|sent|flown|доставлен\w*|evacuated|airlifted|"
        r"евакуйован\w*|евакуювали|эвакуирован\w*|эвакуировали|вивезли|вывезли|вивезен\w*|вывезен\w*)\s+(?:назад\s+|back\s+)?"
        r"(?:в|до|у|to)\s+(?:Пхеньян\w*|КНДР|Pyongyang|North Korea)|"
        r"(?:(?<=\s)|^)(?:в|до|у|to)\s+(?:Пхеньян\w*|КНДР|Pyongyang|North Korea)\s+(?:(?:були|було|была|было|были|was|were|have been|had been|has been)\s+)?"
        r"(?:відправлен\w*|отправлен\w*|відправил\w*|отправил\w*|вивезен\w*|вывезен\w*|sent|flown|evacuated|airlifted)|"
        r"(?:відправил\w*|отправил\w*|вивезл\w*|вывезл\w*)\s+(?:[^\W\d_]+\s+){0,2}?(?:в|до|у)\s+(?:Пхеньян\w*|КНДР|Північн\w+ Коре\w+|"
        r"Северн\w+ Коре\w+)|(?:went|gone|going|headed|shipped)\s+(?:back\s+)?home|"
        r"left (?:Russia|Kursk)|покинул\w* (?:Росси\w*|Курск\w*)|покинул\w* (?:Росі\w*|Курськ\w*|Курщин\w*)|репатрі\w*|репатри\w*|withdrawn|withdrew|withdraw\w*|pulled (?:out|back)|sent (?:back|home)|"
        r"back home|rotated out|відклика\w*|вивела|вивів|вивело|виводит\w*|виводять|вывела|вывел|вывело|выводит\w*|"
        r"выводят|отвод\w*|обратно|на родину|на батьківщину|вывест\w*|вивест\w*|(?:pulled|rotated|brought|sent|taken|flown|airlifted|evacuated)\s+(?:(?!to\s)\S+\s+){0,4}?(?:out|back|home)|відкликал\w*|відкликан\w*|отзыва\w*|отвед\w*|recalled)\b(?!\s+(?:з ладу|із ладу|из строя))", re.I),
    "projected": re.compile(
        r"(?:\b(?:зросте|зростатиме|зростуть|збільшиться|збільшаться|збільшить|збільшать|планує\w*|планують|"
        r"планувал\w*|плануєть\w*|планирует|планируют|планировал\w*|план\w* (?:направ|відправ|send|deploy)\w*|"
        r"очікуєт\w*|очікують|очікувал\w*|ожидает\w*|ожидают|expected|expects?|expecting|could reach|may reach|"
        r"might reach|would (?:(?:likely|probably|soon|then|also|eventually)\s+)?(?:reach|rise to|grow to|total|climb to|dispatch|"
        r"deploy|provide|transfer|add)|(?:has|have|had|needs?|will have) to (?:send|dispatch|deploy|provide)|"
        r"(?:придется|придеться|доведеться|нужно|нужно будет|треба|треба буде|потрібно) (?:[^\W\d_]+ )?(?:прислать|прислати|отправить|"
        r"відправити|направить|направити|перебросить|перекинути)|(?:вырастет|вырастут|возрастет|возрастёт|увеличится|"
        r"увеличатся|достигнет) до|will be sent|will send|will deploy|will be deployed|would send|plans? to|planning|"
        r"will be joined|will (?:soon |also |likely |then )?(?:arrive|join|reinforce|head|go|follow|fight|reach|dispatch|transfer|ship|move|"
        r"commit|provide|add|be (?:sent|moved|transferred|deployed|dispatched))|"
        r"будуть (?:[^\W\d_]+ )?[^\W\d_]+(?:ні|ті)|(?:буде|будуть|будет|будут|will be|would be)(?=\s+(?:[^\W\d_]+\s+){0,2}?(?:\d|кілька|декілька|несколько|several|"
        r"десят|сот|тисяч|тысяч|thousands|hundreds|dozens))|будут (?:[^\W\d_]+ )?[^\W\d_]+(?:ны|ты)|мал(?:и|а|о|ося) (?:[^\W\d_]+ )?(?:направ|відправ|перекин|переправ|передат)[^\W\d_]*ти|"
        r"должн(?:ы|а|о) были (?:[^\W\d_]+ )?(?:направ|отправ|перебро)[^\W\d_]*ть|"
        r"до кінця року|к концу года|by the end of the year|by year-end|ма(?:є|ють) (?:бути|прибути)|повинн\w*|"
        r"должн(?:ы|а|о|ен) (?:быть|прибыть|отправиться|появиться)|(?:is|are) due to|(?:is|are) set to|"
        r"готу(?:ється|ються)\s+(?:до\b|[^\W\d_]+ти\b)|готов(?:ится|ятся)\s+(?:к\b|[^\W\d_]+ть\b)|"
        r"(?:готуют(?!ься)\w*|готує(?!ться)\w*|готовят(?!ся)\w*|готовит(?!ся)\w*)(?![^.;]{0,60}?\b(?:для|до|к|for)\s+"
        r"(?:штурм|наступ|бо[їяюе]|атак|assault|offensive|combat|battle))|"
        r"можлив(?:е|ий|а|і|ого|их|ої|им|ими)|возможн(?:ое|ый|ая|ые|ого|ых|ой|ым|ыми)|possible|preparing|prepares?|відправить|направить|надішле|пришле|"
        r"перекине|отправит|направит|пришлет|пришлёт|перебросит|відправлять|надсилатиме|"
        r"could|(?-i:may)|might|(?-i:can)|можуть|може|могут|может|зможе|сможет|мож\w+ бути|прогноз\w*|forecast\w*|"
        r"projected|anticipated|прибудуть|прибуде|прибудет|прибудут|наступн\w+ хвил\w*|следующ\w+ волн\w*|"
        r"next wave|future|eventual|by (?:the )?(?:coming |next )?(?:summer|spring|autumn|fall|winter|year-end)|майбутн\w*|будущ\w*|найближч\w+ час\w*|ближайш\w+ врем\w*|soon|незабаром|вскоре|"
        r"зросте до|довести до|increase to|rise to|grow to|потенційн\w*|потенциальн\w*|potential\w*|"
        r"reportedly plans?|intends?|to send|to deploy|to dispatch|would be sent|would send|would deploy|to be sent|"
        r"for (?:(?:an?\s+|the\s+)?(?:second|third|fourth|next|new|further|later|possible)\s+)?(?:deployment|dispatch|rotation)|(?:для|до) (?:відправки|відправлення|отправки|переброски|перекидання)|к отправке|"
        r"вирішил\w*|вирішив|ухвалил\w*|решил\w*|решени\w*|рішення|decided|decision|готов|готова|готовы|готовий|готові|ready to|willing to|розгляда\w*|"
        r"рассматрива\w*|consider\w*|можливість|можливості|возможност\w*|здатн\w*|здатен|спроможн\w*|способн\w*|capable|able to|має намір|намерен\w*|досягне|сягне|достигнет|will reach|will grow|will rise|pledged|pledges?|promised|promises?|vowed to send|пообіцяв|пообіцяла|пообіцяли|обіцяє|обіцяють|пообещал\w*|обещает|обещают)\b)", re.I),
    "present": re.compile(
        r"\b(?:followed by|followed|приїхал\w*|приїхав|прийшл(?:о|и|а)|пришл(?:о|и|а)|прийшов|пришёл|пришел|приехал\w*|приїжджал\w*|приезжал\w*|прибывш\w*|прибувш\w*|перебува\w*|перебув\w*|знаход\w*|розгорн\w*|розміщ\w*|дислок\w*|прибул\w*|прибули|прибуло|"
        r"відправ\w*|направ\w*|надісла\w*|передав\w*|передал\w*|передала|получил\w*|отримал\w*|received|надал\w*|предостав\w*|provided|supplied|handed|перекину\w*|перекинул\w*|переброс\w*|перекид\w*|переправ\w*|"
        r"навча\w*|тренуют\w*|готу(?:ється|ються)|готов(?:ится|ятся)|"
        r"(?:готу\w*|готов\w*|prepar\w*)\s+(?:[^\W\d_]+\s+)?(?:до|к|for)\s+(?:штурм|наступ|бо[їяюе]|атак|assault|offensive|combat|battle)\w*|"
        r"перш\w+ хвил\w*|перв\w+ волн\w*|first wave|воюют\w*|воюють|беруть участь|участвуют|бере участь|брал\w* участ\w*|участвовал\w*|"
        r"took part|taking part|joined|у боях|в боях|у бою|в бою|in combat|combat operations|задіян\w*|залучен\w*|"
        r"находят\w*|находит\w*|находил\w*|размещ\w*|развернут\w*|развёрнут\w*|прибыл\w*|отправ\w*|перебро\w*|"
        r"дислоцир\w*|deployed|deploying|deployment|dispatch(?=\s+of\b)|stationed|arrived|arriving|sent|dispatched|"
        r"transferred|moved|located|based|training|trained|fighting|fought|are in|were in|in Russia|to Russia|"
        r"in Kursk|to Kursk|Росі[їю]|России|Россию|РФ|Курськ\w*|Курск\w*|Курщин\w*|Russia|Kursk|фронт\w*|front|"
        r"сягнул\w*|досягл\w*|досяг|становить|становила|склада\w*|составля\w*|насчитыва\w*|налічу\w*|"
        r"reached|totals?|totall?ing|number(?:s|ed|ing)?|достигл\w*|there are|there were|контингент\w*|"
        r"contingent|угрупован\w*|группировк\w*|strong|рухают\w*|рухаєт\w*|рухал\w*|прямують|прямує|движут\w*|"
        r"двигают\w*|moving|heading|кордон\w*|границ\w*|border|підготовк\w*|подготовк\w*|обуча\w*|обучени\w*|тренир\w*|зосередж\w*|сосредоточ\w*|"
        r"Далек\w+ Сход\w*|Дальн\w+ Восток\w*|Far East|concentrated|massed|ferried|shipped|transported|перевез\w*|перевезл\w*|доставлен\w*|підкріплен\w*|подкреплени\w*|reinforcements?|reinforc(?:ed|ing|es?)\b(?:\s+(?:its|their|the)\s+(?:forces|troops|units))?|присутн\w*|присутстви\w*|presence|"
        r"залиша\w*|остают\w*|остаются|remain\w*|в бой|у бій|в бій|into battle|into combat|"
        # round 27: men who joined ("к ним добавились еще 3 тыс.", "до них додалися", "were added to them") are there
        r"добавил(?:ись|ось|ся|ась)|додал(?:ися|ося|ася|ись|ось|ся|ась)|додались|(?:were|have been|had been) added|"
        # the arrival spoken of as a noun ("заявляли о прибытии дополнительных 3 тыс. солдат", "the arrival of 3,000 more")
        r"прибыти[еяию]|прибутт[яіюм]\w*|arrival|"
        r"під (?:[^\W\d_]+ )?командуванням|под (?:[^\W\d_]+ )?командованием|under (?:[^\W\d_]+ )?command|"
        r"у складі|в складі|в составе|alongside|"
        r"загальн\w+ (?:кількіст|чисельніст)\w*|общ\w+ (?:численност|числ|количеств)\w*)\b", re.I),
    # captured North Korean soldiers are counted as "other" (checked before every other cue)
    "captured": re.compile(
        r"\b(?:полон\w*|плен|плену|пленн\w*|пленил\w*|пленени\w*|captured|captives?|prisoners?|POWs?)\b|"
        # round 30: men held by the other side ("в украинском госпитале", "у київському шпиталі", "in Ukrainian custody")
        r"\b(?:украинск\w*|українськ\w*|київськ\w*|киевск\w*|Ukrainian|Kyiv|Ukraine's)\s+(?:[^\W\d_]+\s+)?"
        r"(?:госпитал\w*|шпитал\w*|лікарн\w*|больниц\w*|hospitals?|custody|СИЗО|СІЗО)\b|"
        # rounds 23-24: a present-tense capture verb bound to a counted object ("Ukraine captures 2 N. Korean soldiers")
        r"\b(?:captures|capturing|capture|seizes|seizing)(?=\s+(?:[^\W\d_.]+\.?\s+){0,1}?(?:\d|two|three|four|five|several|a few|dozens)\b)|"
        # a verb of seizing with a counted object: "ЗСУ захопили двох північнокорейських військових"
        r"\b(?:захопил\w*|захватил\w*|захоплен\w*|захвачен\w*)(?=\s+(?:[^\W\d_]+\s+){0,4}?(?:\d|двох|трьох|двоє|троє|"
        r"двоих|троих|двое|трое|двух|трех|трёх|четырех|чотирьох|одного|кількох|нескольких)\b)", re.I),
    "projected_weak": re.compile(r"\b(?:(?:ще|ещё|еще)(?!\s+(?:у|в|во|з|із|с|со|на|до|тоді|тогда)\b)|another|additional|more(?!\s+than)|further|додатков\w*|дополнительн\w*)\b", re.I),
}
_KIND_ORDER = ("returned", "casualties", "projected", "present")
_ON_TOP_BEFORE = re.compile(r"\b(?:on top of|in addition to|besides|крім|окрім|кроме|помимо|сверх|вдобавок к)\s+"
                            r"(?:(?:the|those|тих|тех)\s+)?(?:(?:estimated|roughly|some|about|approximately|nearly|близько|"
                            r"приблизно|майже|около|примерно|порядка|почти)\s+)?$", re.I)
_NUMBER_VERB = re.compile(r"\b(?:number(?:s|ed|ing)?|totall?ing|насчитыва\w*|налічу\w*|чисельністю|численностью)\b", re.I)
_CONJ_OR_COMMA = re.compile(r",|\s(?:і|й|и|та|а|and)\s", re.I)
# verbs of estimating or naming a figure: the weakest cue of all (``present`` only when nothing else says more)
_ESTIMATE = re.compile(r"\b(?:оценива\w*|оцінюва\w*|оцінює|оцінил\w*|оценил\w*|називал\w*|називає|назива\w*|называл\w*|"
                       r"называет|назвал\w*|назвав|estimated|estimates?|put the (?:figure|number) at|lists|listed|counts|counted|"
                       r"оценкам|оценке|оцінками|оцінкою|оцінкам|"
                       r"нарахува\w*|насчита\w*|налічил\w*)\b", re.I)
# between two parts of one whole: "500 — офицеры и трое — генералы", "500 офіцерів, троє генералів"
_PART_CHAIN = re.compile(r"\s*(?:—\s*)?[^\W\d_]+\s*(?:,\s*|\s(?:і|и|та|й|and)\s+|,\s*(?:і|и|та|а|and)\s+)", re.I)
# "з них 500 офіцерів", "including 500 officers": a figure that is a part of the figure before it
# rounds 25-26: the parts of a whole in an apposition after its place ("6,000 … to Russia – 1,000 deminers and 5,000
# builders", "6 тысяч военнослужащих — 1 тыс. саперов … и 5 тыс. строителей"): the parts take the kind of their whole
_APPOSITION_GAP = re.compile(r"(?:\s+[^\W\d_]+)?(?:\s+(?:to|in|into|в|во|у|до|на)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2})?\s*[—–:]\s*", re.I)
_NEXT_PART_GAP = re.compile(r"(?:\s*[^\W\d_]+(?:-[^\W\d_]+)?){0,7}\s*,?\s+(?:і|и|та|й|and)\s+", re.I)
# rounds 25-26: the number of a legal provision ("стаття 118 конвенції", "Article 118 of the Convention", "ст. 118")
_ARTICLE_NO_BEFORE = re.compile(r"\b(?:стат(?:т[яіеюи]|ей|ья|ьи|ье|ью|ьям)|ст\.|articles?|art\.|пункт\w*|п\.|§|"
                                r"розділ\w*|раздел\w*|глав[аиіуе]|chapter|section)\s*$", re.I)
# rounds 25-26: citizens or migrants of a named country other than North Korea who fight or serve ("граждан Узбекистана,
# Таджикистана …, воюющих по контракту"): another side for the sentences after it
_SERVING = re.compile(r"\b(?:вою\w*|воюв\w*|fight\w*|serv\w*|служ\w*|контракт\w*|contract\w*|вербу\w*|завербова\w*|"
                      r"recruit\w*|enlist\w*)", re.I)
_CITIZENS_OF_OTHER = re.compile(r"\b(?:громадян\w*|граждан\w*|citizens|nationals|мігрант\w*|мигрант\w*|migrants|"
                                r"уродженц\w*|уроженц\w*|выходц\w*|вихідц\w*)\s+(?:of\s+|from\s+|из\s+|з\s+)?"
                                r"(?!КНДР|Північн|Северн|North\b|Кореї|Кореи|Korea|DPRK|Пхеньян|Pyongyang)[А-ЯІЇЄA-Z]\w+")
_PARTITIVE_BEFORE = re.compile(
    r"^\W*(?:(?:і|и|та|а|and)\s+)?(?:з них|із них|з-поміж них|з яких|із яких|серед них|у тому числі|в тому числі|зокрема|из них|из которых|"
    r"среди них|в том числе|including|among them|of whom|of them)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|,(?!\d)|\s—\s|\s-\s|\"")
_RESERVE = re.compile(
    r"\b(?:резерв\w*|reserv\w*|внутри страны|всередині країни|у самій КНДР|в самой КНДР|inside the country|"
    r"at home|standing army|under arms)\b", re.I)
# a reserve said to be at home (not "у резерві поблизу Курська")
# a base at the head of a sentence: "Із 12 тисяч, що прибули восени, …", "Of roughly 11,000 …"
_HEAD_BASE_BEFORE = re.compile(r"^\W*(?:з|із|зі|из|of|out of)\s+(?:the\s+)?(?:(?:близько|приблизно|майже|понад|около|примерно|"
                               r"почти|более|свыше|about|roughly|some|nearly|around|more than|an estimated)\s+)?$", re.I)
_HOME_RESERVE = re.compile(r"\b(?:внутри страны|всередині країни|у самій КНДР|в самой КНДР|inside the country|at home|"
                           r"standing army|under arms)\b", re.I)
_ELLIPSIS_BEFORE = re.compile(
    r"\b(?:ще|еще|ещё|another|a further)\s+(?:(?:близько|приблизно|майже|понад|щонайменше|около|примерно|почти|"
    r"более|свыше|не менее|about|nearly|some|more than|at least)\s+)?$"
    # gapping: "Сеул оценивал около 11 тыс. человек, а Пентагон — от 11 до 12 тысяч"
    r"|,\s*(?:а|і|и|while|and)\s+(?!(?:Росі|Росси|Russia|Україн|Украин|Ukrain|Москв|Moscow|Київ|Киев|Kyiv|РФ|ЗСУ|ВСУ|"
    r"Кремл|Kremlin|Білорус|Беларус|Belarus|Іран|Иран|Iran|США|US\b|Сеул|Seoul|South)\w*\s+—)(?-i:[A-ZА-ЯІЇЄ])[\w.'-]*(?:\s+(?-i:[A-ZА-ЯІЇЄ])[\w.'-]*)?\s+—\s+"
    r"(?:(?:от|від|from|between|близько|приблизно|около|примерно|about|some)\s+)?$", re.I)
# troops training at home ("В самой КНДР под Пхеньяном в учебных лагерях готовятся еще 6 тысяч"): no deployment
_HOME_TRAINING = re.compile(
    r"\b(?:в самой КНДР|в самій КНДР|у самій КНДР|в Северной Корее|у Північній Кореї|в Північній Кореї|"
    r"під Пхеньяном|под Пхеньяном|near Pyongyang|in North Korea|at home)\b.*\b(?:навча\w*|тренуют\w*|тренир\w*|"
    r"обуча\w*|учебн\w*|навчальн\w*|training|trained|готуються|готовятся)\b|"
    # the exercise before its place at home: "навчання за участі 30 тисяч військових поблизу Пхеньяна"
    r"\b(?:навчан\w*|учени\w*|exercises?|drills?)\b.*\b(?:поблизу Пхеньяна|біля Пхеньяна|під Пхеньяном|около Пхеньяна|"
    r"возле Пхеньяна|под Пхеньяном|near Pyongyang|outside Pyongyang|in North Korea|у КНДР|в КНДР|в Северной Корее|"
    r"у Північній Кореї)", re.I)
_PARTICIPLE = re.compile(r"^[^\W\d_]{3,}(?:ован|ен|ён|ан|ян|ин|ут|ит)(?:их|ых|і|ые|ий|ый)$", re.I)
_PREP = re.compile(r"^(?:до|в|у|на|з|із|из|к|во|to|in|into|from)$", re.I)
# military units named in a sentence make a bare people count a troop count ("Северокорейские подразделения —
# около 1,5 тысячи человек —", "North Korean units, an estimated 1,500 men,")
_UNIT_CTX = re.compile(r"\b(?:підрозділ\w*|подразделени\w*|units|формуван\w*|формировани\w*)\b", re.I)
# another side named as the actor of a clause (the destination "до Росії", "to Russia" is no actor);
# any case: Ukrainian outlets write "росія", "рф"
_OTHER_SIDE = re.compile(
    r"\b(?:Росі[яїюєй]|Росси[яиюей]|Москв\w*|Кремл\w*|Україн[аиіуоы]\w*|Украин\w*|Київ\w*|Києв\w*|Киев\w*|ЗСУ|ВСУ|"
    r"Путін\w*|Путин\w*|Putin|ворог\w*|противник\w*|окупант\w*|оккупант\w*|загарбник\w*|Сили оборони|Силы обороны|Ukraine|"
    r"Kyiv|Moscow|Kremlin|Russia|"
    r"Білорус\w*|Беларус\w*|Belarus|Іран\w*|Иран\w*|Iran|Мінськ\w*|Минск\w*|Minsk|Тегеран\w*|Tehran)\b(?!'s)", re.I)
# a country that is mostly a source in this story is a side when it holds troops of its own ("The United States has
# about 28,500 troops stationed in South Korea", "Сеул, який тримає на кордоні … 500 тисяч військовослужбовців")
_HOLDER = re.compile(
    r"\b(?:США|United States|U\.S|(?-i:US|USFK)|Washington|Вашингтон\w*|Сеул\w*|Seoul|South Korea|Південн\w+ Коре\w*|Южн\w+ Коре\w*|"
    r"Китай\w*|China|Beijing|Пекін\w*|Пекин\w*|Japan|Япон\w*|the South|Польщ\w*|Польш\w*|Poland|Британі\w*|Британи\w*|"
    r"Britain|the UK|Франці\w*|Франци\w*|France|Німеччин\w*|Германи\w*|Germany|Туреччин\w*|Турци\w*|Turkey|Türkiye|"
    r"Ізраїл\w*|Израил\w*|Israel|Фінлянді\w*|Финлянди\w*|Finland|Румуні\w*|Румыни\w*|Romania|Литв\w*|Lithuania|"
    r"Латві\w*|Латви\w*|Latvia|Естоні\w*|Эстони\w*|Estonia|Тайван\w*|Taiwan|НАТО|NATO)\b(?!'s)\.?[\s,]+(?:[^\W\d_]+[\s,]+){0,2}?"
    # rounds 23-24: a force's own strength in a relative clause ("U.S. Forces Korea, which keeps 28,500 troops")
    r"(?:(?:which|that|who|який|яка|які|который|которая|которые)\s+(?:(?:now|still|currently|also|зараз|сейчас|также|також)\s+)?)?"
    r"(?:(?:has|have|had)(?!\s+(?:been|said|put|seen|told|shown|found|known|[^\W\d_]+ed)\b)|keeps?|kept|fields?|maintains?|"
    r"stations?|whose|тримає|тримав|тримають|держит|держал|держат|має|имеет|"
    r"содержит|утримує|чия|чий|чиї|чья|чей|чьи)\b", re.I)
# "North Korean presence in Russia could top 15k": North Korea's force named by another noun
_NK_FORCE = re.compile(r"(?:" + _NK.pattern + r")\s+(?:presence|deployment|force|присутстви\w*|присутніст\w*)\b", re.I)
# "з її 500 тисячами солдатів" after a foreign nationality: that side's own troops
_FOREIGN_ITS_BEFORE = re.compile(r"(?:" + _FOREIGN.pattern + r")\s+(?:з|із|с|со|with)\s+(?:її|ее|её|its|their|їх|их)\s+"
                                 r"(?:(?:about|some|around|близько|около|понад|более)\s+)?$")
# "500,000-strong military": a whole army's strength
_STRONG_ARMY_AFTER = re.compile(r"\s*-?\s*strong\s+(?:[^\W\d_]+\s+){0,2}?(?:army|military|armed forces|navy|air force)\b", re.I)
_BASE_BEFORE = re.compile(
    r"\b(?:з|із|зі|из|of|out of)\s+(?:the\s+)?(?:(?:близько|приблизно|майже|понад|около|примерно|почти|более|"
    r"свыше|about|roughly|some|nearly|around|more than|an estimated|estimated|approximately)\s+)?$", re.I)
_SHARE_BEFORE = re.compile(r"(?:%|\b(?:частин\w*|част\w*|part|half|половин\w*|третин\w*|треть|четверт\w*|most|many|"
                           r"більшість|большинств\w*|percent|per cent|відсот\w*|процент\w*))\s*$", re.I)
_SOURCE_NOUNS = (r"розвідк\w*|разведк\w*|спецслужб\w*|міністерств\w*|министерств\w*|Міноборони|Минобороны|МЗС|МИД|"
                 r"уряд\w*|правительств\w*|парламент\w*|ЗМІ|СМИ|медіа|посольств\w*|агентств\w*|видань|изданий|"
                 # rounds 18-22: a council named by its country ("секретар Радбезу Росії") is a source
                 r"Радбез\w*|Совбез\w*|Рад\w* безпеки|Совет\w* безопасности|Security Council|"
                 # round 33: a general staff speaks for its force ("по данным Генштаба ВСУ", "Генштабу ЗСУ")
                 r"Генштаб\w*|Генеральн\w+ штаб\w*|General Staff")
# a nationality that names a side: bound to a force or its losses ("російські війська", "Russian forces",
# "українських втрат"), not to ships, officials or a region ("Russian navy ships", "Ukrainian officials")
_LOSS_OF_DEMONYM = (r"(?:втрат\w*|потер\w*|загибл\w*|погибш\w*|убит\w*|вбит\w*|поранен\w*|ранен\w*)\s+"
                     r"(?:[^\W\d_]+\s+)?(?:росіян\w*|россиян\w*|українц\w*|украинц\w*|Russians|Ukrainians)\b")
_FOREIGN_SIDE = re.compile(
    r"(?:" + _FOREIGN.pattern + r")\s+(?i:(?:(?!(?:" + _SOURCE_NOUNS + r"|intelligence|officials?|sources?|spy)\b)[^\W\d_]+\s+){0,2}?(?:" + _TROOP.pattern
    + r"|армі\w*|арми\w*|army|armies|forces?|військ\w*|войск\w*|units|підрозділ\w*|подразделени\w*|"
    r"угруповання|группировк\w*|командуван\w*|командовани\w*|command|втрат\w*|потер\w*|losses|"
    # round 17: another side's incursion ("the Ukrainian incursion … involved about 10,000 troops")
    r"incursion|вторгнен\w*|вторжени\w*))"
    r"(?!\s+(?i:intelligence|officials?|sources?|spokes\w*|analysts?|experts?|bloggers?|leadership|says|said)\b)"
    # losses named by a demonym after them: "втрат росіян", "15 тисяч загиблих росіян", "потери украинцев"
    r"|(?i:\b(?:" + _LOSS_OF_DEMONYM + r"))"
    # losses of another side named after them: "потери российской стороны", "losses of the Russian side"
    r"|(?i:\b(?:втрат\w*|потер\w*|losses|casualties)\s+(?:of\s+the\s+)?)(?:" + _FOREIGN.pattern + r")")
# rounds 18-22: an incursion as the time of something else ("infrastructure destroyed during Ukraine's incursion", "после
# вторжения ВСУ") names no side
_INCURSION_AS_TIME = re.compile(
    r"\b(?:during|after|since|before|following|amid|під час|після|від початку|после|во время|с начала|с момента|до)\s+(?:the\s+)?"
    r"(?:[^\W\d_]+(?:'s)?\s+){0,2}(?:incursion|вторгнен\w*|вторжени\w*)\b", re.I)
# losses as the cause of what a figure counts ("sends 3,000 more troops after heavy losses", "на заміну
# вибулим через великі втрати"): no casualty cue for that figure
_CAUSE = re.compile(
    r"\b(?:after|following|due to|because of|despite|amid|to replace|replacing|після|через|попри|внаслідок|"
    r"на заміну|после|из-за|несмотря на|на замену|взамен)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"(?:losses|casualties|втрат\w*|потер\w*|загибл\w*|погибш\w*|відведен\w*|виведен\w*|отведенн\w*|"
    r"выведенн\w*|withdrawn|rotated)|"
    # losses as the purpose ("to replenish units that suffered heavy casualties", "для восполнения потерь")
    r"\b(?:to replenish|replenishing|to make up for|making up for|to compensate for|to offset|для восполнения|для замещения|"
    r"на замещение|для заміщення|на заміщення|для покрытия|для покриття|"
    r"для компенсации|на восполнение|для поповнення|на поповнення|для компенсації|щоб компенсувати|чтобы восполнить)"
    r"\s+(?:[^\W\d_]+\s+){0,4}?"
    r"(?:losses|casualties|втрат\w*|потер\w*|загибл\w*|погибш\w*)|"
    # the fallen to be replaced named by their own participles: "to replace soldiers killed or wounded", "на заміну
    # загиблим і пораненим"
    r"\b(?:to replace|replacing|to replenish|на заміну|на замену|взамен|щоб замінити|чтобы заменить)\s+(?:[^\W\d_]+\s+){0,3}?"
    r"(?:killed|wounded|dead|fallen|injured|загибл\w*|убит\w*|вбит\w*|поранен\w*|ранен\w*|вибул\w*|выбывш\w*)"
    r"(?:\s+(?:or|and|і|й|и|та|або|или)\s+(?:killed|wounded|injured|поранен\w*|ранен\w*|убит\w*|вбит\w*))?|"
    # round 27: a withdrawal conceded ("remain in Kursk despite a temporary withdrawal of some units", "попри часткове
    # відведення", "несмотря на отвод"): the figure stays where its own clause puts it
    r"\b(?:despite|in spite of|notwithstanding|попри|незважаючи на|не зважаючи на|несмотря на|невзирая на|вопреки)\s+"
    r"(?:[^\W\d_]+\s+){0,2}?(?:withdrawals?|pull-?outs?|pullbacks?|rotations?|відвод\w*|відведенн\w*|виводу|виведенн\w*|"
    r"ротаці\w*|отвод\w*|вывод\w*|выведени\w*|отведени\w*|ротаци\w*)\b|"
    # a causative past: "has prompted Pyongyang to send a further 3,000 reinforcements" were sent, not planned
    r"\b(?:prompted|forced|led|pushed|compelled|caused|spurred)\s+(?:[^\W\d_]+\s+){0,2}?to(?=\s+(?:send|deploy|dispatch))", re.I)
# place words among the present cues: in the rest of a sentence they lose to any other cue
_PLACE = re.compile(r"(?:Далек\w+ Сход\w*|Дальн\w+ Восток\w*|Far East|Росі[їю]|России|Россию|РФ|Курськ\w*|Курск\w*|Курщин\w*|Russia|Kursk|in Russia|to Russia|in Kursk|"
                    r"to Kursk|фронт\w*|front|кордон\w*|границ\w*|border)", re.I)
# a predicate right after a bare figure: "10,000 had arrived", "10,000 were in Russia"
_PREDICATE_AFTER = re.compile(
    r"\s*[—–)]?\s+(?:(?:or so|or more|more|additional)\s+)?(?:(?:had|have|has|were|are|was|is|will|would|had been|have been|"
    r"were being|вже|уже)\s+)*"
    r"(?:(?:believed|thought|said|estimated|reported)\s+to\s+(?:be|have)\s+)?"
    r"(?:been\s+)?(?:arrived|deployed|sent|moved|stationed|killed|wounded|fighting|fought|followed|died|returned|"
    r"flown|brought|taken|evacuated|repatriated|"
    r"in Russia|in (?:the )?Kursk|прибули|прибыли|загинули|погибли|повернулися|вернулись|воюють|воюют|перебувають|"
    r"находятся|"
    # round 30: a modal with a verb of sending as the bare figure's predicate ("тысяч пять–шесть могут отправить",
    # "ще 5 тисяч можуть перекинути", "5,000 more could be sent")
    r"(?:могут|можуть|можуть|could|may|might)\s+(?:(?:быть|бути|be|ещё|еще|ще|вскоре|незабаром|soon)\s+){0,2}"
    r"(?:отправ\w*|направ\w*|переброс\w*|перебрас\w*|відправ\w*|перекину\w*|перекинут\w*|прибыть|прибути|sent|deployed|"
    r"dispatched|arrive))\b", re.I)
# "11 тисяч, що прибули восени": a relative clause that holds the figure's predicate
_RELATIVE_START = re.compile(r"^\s*,?\s*(?:що|які|яких|что|которые|которых|who|which|that)\b", re.I)
# "Two were taken prisoner", "двое попали в плен": a predicate of capture right after a small count
_CAPTURED_PRED_AFTER = re.compile(
    r"\s+(?:(?:more|others|of them|з них|із них|из них)\s+)?(?:(?:were|have been|had been|was|are|були|было|были|був|был|"
    r"also|також|также)\s+)*(?:taken prisoner|captured|потрапил\w* (?:в|у) полон|попал\w* в плен|взят\w* в плен|"
    r"взят\w* (?:в|у) полон|узят\w* (?:в|у) полон|опинил\w* (?:в|у) полоні|оказал\w* в плену|сдал\w* в плен|"
    r"здал\w* (?:в|у) полон|"
    # rounds 18-22: the count as the object of capture ("Двоих взяли в плен", "двох узяли в полон")
    r"(?:взял|узял|захопил|захватил)\w* (?:в|у) (?:плен|полон))\b", re.I)
# a recipient in the dative ("обіцяє Москві", "передала Кремлю") is no actor
_DATIVE_SIDE = re.compile(r"^(?:Москві|Москве|Кремлю|Путіну|Путину)$", re.I)
# round 35: the English recipient right after a verb of giving ("he promised Moscow another 6,000 troops", "offered
# Russia"), as the dative "Москве" is
_GIVE_BEFORE = re.compile(r"\b(?:promis\w*|offer\w*|pledg\w*|sen[dt]s?|sending)"
                          r"\s+(?:the\s+)?$", re.I)
_RECIPIENT = re.compile(r"^(?:Moscow|Russia|Kremlin|Putin)$", re.I)
# a condition after the figure: "… 100,000 more if Moscow asks", "якщо Москва попросить"
_CONDITION = re.compile(r"\b(?:if|unless|should|якщо|если)\s+[^,;.]*", re.I)
# a country as the source of a figure, not a side: "Kyiv says", "Украинская сторона называла" (but "Kyiv says it
# lost …" names Ukraine's own losses)
_SAYS_AFTER = re.compile(
    r"(?:,\s*(?:в свою очередь|у свою чергу|своєю чергою|in turn|for its part|for their part|со своей стороны|зі свого боку|"
    r"however|однак|однако|натомість|тем временем|тим часом)\s*,)?\s+(?!(?:is|are|was|were|been|be|being)\s)(?:[^\W\d_]+\s+){0,2}?"
    # rounds 18-22: a time adverbial before the verb ("Украинская разведка в январе говорила")
    r"(?:(?:в|у|во|in|on|last|earlier|минулого|прошлой|прошлого|раніше|ранее)\s+(?:[^\W\d_]+\s+)?(?=[^\W\d_]+\s))?"
    r"(?:says?|said|claims?|claimed|(?<!\ban )(?<!\bthe )estimates?|(?<!\ban )estimated|believes?|"
    r"puts?(?=\s+(?:the\s+|its\s+|their\s+)?(?:number|figure|total|toll|count|estimate|losses|casualties)\b)|called|reports?|"
    r"reported|заявля\w*|заяви\w*|сообщ\w*|повідом\w*|называ\w*|назвал\w*|оценива\w*|оцінюю?\w*|оцінил\w*|"
    r"вважа\w*|счита\w*|каже|кажуть|говор\w*)\b(?!\s+(?:it|its|вона|она|що вона|что она)\b)", re.I)
# a gapped subject with any name ("Сеул называл около 10 тыс., Вашингтон — 11–12 тыс., а Киев — «до 15 тыс.»")
_GAP_SOURCE_BEFORE = re.compile(r",\s*(?:а|і|и|та|while|and)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+—\s+[«\"]?"
                                r"(?:(?:от|від|from|between|близько|приблизно|около|примерно|about|some|до|up to)\s+)?$", re.I)
# a side that asks for troops ("Москва попросит еще десять тысяч", "Moscow asked for 10,000 more") is the recipient,
# not the owner of the figure
_REQUEST_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,1}?(?:попрос\w*|просит\w*|просил\w*|просят|запрос\w*|запроси\w*|"
                            r"запрашива\w*|asks?|asked|requests?|requested|попрохав|попросила|попросили|просить|просив|"
                            r"просила|просили)\b", re.I)
# moving forces: "Россия … продолжает перебрасывать в Курскую область собственные части" names Russia's side
_DEPLOY = re.compile(r"\b(?:перебрас\w*|переброс\w*|перекид\w*|перекину\w*|стягу\w*|стягива\w*|нарощу\w*|"
                     r"наращива\w*|deploy\w*|redeploy\w*|mass(?:es|ed|ing)|reinforc\w*|moving|moved)\b", re.I)
_DEFINITE_BEFORE = re.compile(r"\bthe\s+(?:(?:estimated|roughly|some|approximately|about)\s+)?$", re.I)
_PLACE_AFTER = re.compile(r"\s+(?:(?:already|now|currently|still|deployed|stationed|fighting)\s+)?(?:in|inside)\s+"
                          r"(?:the\s+)?(?:Russia|Kursk)\b")
# list and table lines ("— погибли: не менее 1 тыс.;", "Killed: about 300 (NIS, January)") and list headings
_BULLET = re.compile(r"^\s*(?:[-–—•*·▪►◦▫■□●○▶➤➡→✅✔❗‼⚡🔹🔸🔺🔻🔴🟢📌👉\ufe0f]+|\d{1,2}[.)])\s*")
_LABEL = re.compile(r"(?P<label>[^\W\d_][\w'-]*(?:\s+[^\W\d_][\w'-]*){0,5}(?:\s*\([^()]{0,40}\))?)"
                    r"\s*(?P<sep>:|\s[—–-]\s)\s*")
# the strength of a unit ("Storm Corps, which numbers about 40,000 soldiers"), not a count of troops sent
_UNIT_SIZE_BEFORE = re.compile(
    r"\b(?:corps|корпус\w*|divisions?|дивізі\w*|дивизи\w*|brigades?|бригад\w*|army|армі\w*|арми\w*|forces)\s*,?\s*"
    r"(?:which|that|що|який|яка|котор\w+)\s+(?:numbers?|has|comprises|consists of|налічує|нараховує|насчитывает|"
    r"состоит из|складається з)\s+(?:(?:about|some|around|roughly|approximately|up to|близько|приблизно|до|около|"
    r"примерно|порядка)\s+)?$|"
    r"\b(?:corps|корпус\w*|divisions?|дивізі\w*|дивизи\w*|brigades?|бригад[аиуы]?|battalions?|батальй?он\w*|"
    r"regiments?|полк\w*|роти|рота|роты|company|units?|угруповання|группировк\w*|округ\w*|(?:military )?districts?)[»\"]?(?:[\s,«»\"]+[^\W\d_]+){0,6}?[\s,»\"]+(?:numbers|numbering|comprises|serve|служать|служат|"
    r"consists of|(?:is|was|are|were) (?:made up|composed) of|made up of|composed of|(?:is|was) estimated at|(?:estimated|believed|thought|said) to number|у складі якої|у складі якого|в составе которой|в составе которого|налічує|нараховує|налічувала|насчитывает|насчитывала|состоит из|складається з|має у складі|"
    r"(?:typically |usually |normally |now |still )?(?:has|have)|має|мають|имеет|имеют)(?:\s*,\s*(?:по|за|according to)\s[^,]{0,40},)?\s+"
    r"(?:(?:about|some|around|roughly|approximately|up to|близько|приблизно|до|около|примерно|порядка|від|от|between|"
    r"from|понад|більше|більш ніж|более|свыше|over|more than|almost|майже|почти|щонайменше|не менее|at least|"
    r"an estimated|estimated|по оценкам|за оцінками)\s+)?$|"
    r"\b(?:an? army|armies|армі[юяї]|арми[юяи]|corps|корпус\w*)\s+(?:of|чисельністю|численностью)\s+"
    r"(?:(?:about|some|around|roughly|approximately|up to|близько|приблизно|до|около|примерно|порядка)\s+)?$|"
    # round 31: a pronoun for the unit named before ("Корпус … ; по оценкам экспертов, в нем служат десятки тысяч")
    r"\b(?:corps|корпус\w*|divisions?|дивізі\w*|дивизи\w*|brigades?|бригад\w*|battalions?|батальй?он\w*|regiments?|"
    r"полк\w*)\b[^.!?]{0,100}?\b(?:в нем|в нём|у ньому|в ньому|у нім|в нім|in it|within it)\s+(?:(?:now|сейчас|зараз)\s+)?"
    r"(?:служ\w*|serve[sd]?|serving|насчитыва\w*|налічу\w*)\s+"
    r"(?:(?:about|some|around|roughly|approximately|up to|близько|приблизно|до|около|примерно|порядка|от|від|более|"
    r"понад|свыше|over|more than)\s+)?$", re.I)
_CAPTURED_BEFORE = re.compile(r"\b(?:captured|taken prisoner|POWs?|prisoners?|в полоні|у полоні|полонені|взят[оы]? в плен|"
                              r"в плену|пленные|пленных|полонених)\s*[:—–-]\s*$", re.I)
_CAPTURED_VERB_BEFORE = re.compile(r"\b(?:captured|capturing|took prisoner|taken prisoner|взяли в полон|взяли у полон|"
                                   r"полонили|взяли в плен|пленили|захватили в плен)\s+(?:(?:another|also|ще|еще|ещё)\s+)?$",
                                   re.I)
# civilians: residents, a strike on a town, children
_CIVILIAN = re.compile(r"\b(?:жил[иао]?|живут|живуть|мешка\w*|прожива\w*|residents?|inhabitants|(?:is|was|are|were) home to|населенн?\w*|"
                       r"civilians?|цивільн\w*|мирн(?:их|ых|і|ые) (?:жител|мешкан)\w*|мирних|мирных|дітей|детей|"
                       r"children|удар(?:у|ом|а)? по|обстріл\w*|обстрел\w*|shelling|strike on|місто|город|town|village|село|"
                       # round 17: an audience ("нас читають понад 100 тисяч людей", "followed by 50,000 readers")
                       r"читают|читають|читач\w*|читател\w*|readers?|subscribers?|підписник\w*|подписчик\w*|followers?)\b",
                       re.I)
# people mobilised, recruited or evacuated: another side's
_RECRUIT = re.compile(r"\b(?:mobili[sz]\w*|мобіліз\w*|мобилиз\w*|conscript\w*|призов\w*|строковик\w*|срочник\w*|"
                      r"контрактник\w*|добровольц\w*|volunteers?|recruited|завербова\w*|evacuated from|евакуйован\w*|"
                      r"евакуйовано|эвакуирован\w*|виїхали|выехали)\b", re.I)
# a war of the last century ("у Корейській війні 1950–1953 років: тоді КНДР втратила …", "In 1950–53, …"), or the
# inter-Korean border ("30 North Korean soldiers crossed the DMZ"): North Korea at home
_OLD_YEAR = re.compile(r"\b19\d\d\b|\bDMZ\b|\b[Dd]emilitari[sz]ed [Zz]one|\binter-Korean\b|Military Demarcation Line|"
                       r"\bДМЗ\b|демаркаційн\w*|демаркационн\w*|демілітаризован\w*|демилитаризованн\w*|міжкорейськ\w*|"
                       r"межкорейск\w*")
# military exercises at home ("20 тысяч военнослужащих КНДР участвовали в учениях у границы с Южной Кореей")
_EXERCISE = re.compile(r"\b(?:учени[яйеи]\w*|військов\w+ навчан\w*|зимов\w+ навчан\w*|літн\w+ навчан\w*|exercises|"
                       r"drills?|drilling)\b", re.I)
# North Korea and another side as one subject ("Росія та КНДР разом зосередили …", "Russia and North Korea have massed")
_JOINT_SUBJECT = re.compile(
    r"(?:" + _NK.pattern + r")\s+(?:та|і|й|и|and|&)\s+(?:Росі[яї]\w*|Росси[яи]\w*|Russia|Москв\w*|Moscow|РФ)\b|"
    r"\b(?:Росі[яї]\w*|Росси[яи]\w*|Russia|Москв\w*|Moscow|РФ)\s+(?:та|і|й|и|and|&)\s+(?:" + _NK.pattern + ")", re.I)
# "5,000 of its soldiers", "з його 40 тисяч своїх військових": a possessive after the figure points to a side named before
_OWN_OF_SIDE_AFTER = re.compile(r"\s+(?:of\s+)?(?:its|their|своїх|своих|власних|собственных|своєї|своей)\s+", re.I)
# prisoner exchanges trade the warring sides' men
_EXCHANGE = re.compile(r"\b(?:swap\w*|exchang\w*|обмін\w*|обмен\w*|обміня\w*|обменя\w*)\b", re.I)
# round 13: "a third of your 11,000" (the base of a share is no figure of its own kind), "groups of 10–15", "у його
# підрозділі було близько 100 осіб" (the size of one's unit), "российским контрактникам, которых … около 50 тыс."
# (a relative clause about another side's men), "за 10-тысячный контингент … $20 млн" (a price per head-count)
_SHARE_OF_BEFORE = re.compile(r"\b(?:a third|a quarter|a half|half|two-thirds|third|quarter|треть|третин\w*|половин\w*|"
                              r"четверт\w*)\s+(?:of|з|із|зі|из|от|від)\s+(?:(?:your|their|its|his|our|the|them|своїх|своих)\s+)?$",
                              re.I)
_GROUP_SIZE_BEFORE = re.compile(r"\b(?:груп\w*|групп\w*|groups?|squads?|загон\w*|отряд\w*)\s+(?:of\s+)?"
                                r"(?:(?:до|по|від|от|з|из|up to|of up to|from|between)\s+)?$", re.I)
_OWN_UNIT_SIZE_BEFORE = re.compile(
    r"\b(?:у|в|in)\s+(?:його|її|їхньому|своєму|своїй|его|её|ее|их|своем|своём|своей|his|her|their|its)\s+"
    r"(?:підрозділ\w*|подразделени\w*|unit|роті|роте|взвод\w*|батальй?он\w*|батальоне|company|platoon|battalion|групі|группе)"
    r"\b[^.;]{0,60}?\b(?:було|было|були|были|служил\w*|служили|was|were|had)\s+"
    r"(?:(?:близько|около|приблизно|примерно|майже|почти|about|around|some|roughly|nearly)\s+)?$", re.I)
_FOREIGN_RELATIVE_BEFORE = re.compile(
    r"(?:" + _FOREIGN.pattern + r")\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+\s*,\s*(?:которых|которые|яких|які|who|whom|of whom)\b"
    r"[^,;.]{0,60}$")
# round 13/14: "13 тыс. граждан КНДР, из них почти 8 тыс." (a part of civilians), "Із 12 тисяч — кожен третій" (the
# base of a share named after it)
_CIVIL_PARTITIVE_BEFORE = re.compile(
    r"\b(?:граждан\w*|громадян\w*|citizens|nationals|workers|laborers|labourers|рабоч\w*|робітник\w*|студент\w*|students|"
    r"турист\w*|tourists|строител\w*|будівельник\w*|лесоруб\w*|лісоруб\w*)\b[^.;]{0,40}?\b(?:из них|з них|із них|"
    r"of them|of whom|среди них|серед них|из которых|з яких)\s+(?:(?:почти|около|более|свыше|майже|близько|понад|"
    r"about|nearly|some|almost|over|more than)\s+)?$", re.I)
_SHARE_AFTER_BASE = re.compile(
    r"\s*(?:[^\W\d_]+\s*)?[—–:,]\s*(?:кожен|кожний|каждый|every|each)\s+(?:[^\W\d_]+(?:ий|ій|ый|ой)|third|fourth|fifth|second)\b",
    re.I)
_CAPTURED_RIGHT_AFTER = re.compile(r"\s*(?:captured|taken prisoner|взят\w* в плен|взят\w* в полон|взят\w* у полон|"
                                  r"полонен\w*)\b", re.I)
_ORIGIN_BEFORE = re.compile(r"\b(?:from|з|із|зі|из|от)\s+(?:[^\W\d_]+(?:'s)?\s+){0,2}$", re.I)
# "South Korea, whose 500,000-strong military faces the North across the DMZ, said …": an aside about the source
_WHOSE_ASIDE = re.compile(r",\s*(?:whose|чия|чиї|чиє|чей|чья|чьи|чье)\b(?:[^,;]|,(?=\d))*,", re.I)
_PRICE_FOR_BEFORE = re.compile(r"\b(?:за|for)\s+$", re.I)
_MONEY = re.compile(r"\$|€|\b(?:долл\w*|доллар\w*|dollars?|USD|євро|евро|euros?)\b", re.I)
# a unit as the subject at the head of a sentence ("Бригада, за словами командира, втратила …", "The battalion lost …")
# round 15: a bare figure in apposition to a wave or batch of the troops ("Першу хвилю — 11–12 тисяч — перекинули …")
_WAVE_APPOSITION_BEFORE = re.compile(
    r"\b(?:хвил[яіюею]\w*|волн[аыуе]\w*|waves?|ешелон\w*|эшелон\w*|batch(?:es)?|"
    # round 34: a group as the head ("Першу групу, понад 11 тисяч, перекинули", "the first group, some 11,000,")
    r"груп[аиуі]|групою|групп[аыуе]|группой|groups?|"
    # rounds 18-22: the wounded or dead as the head of the apposition ("частину поранених — орієнтовно 2 тисячі —")
    r"(?:поранених|загиблих|убитих|вбитих|раненых|погибших|убитых|wounded|dead|killed|injured)"
    r"(?:\s+(?:і|и|та|й|and)\s+[^\W\d_]+)?)\s*(?:—|\(|:|,)\s*"
    r"(?:(?:за даними|за оцінками|по данным|по оценкам|according to)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s*,\s*)?"
    r"(?:(?:близько|приблизно|орієнтовно|майже|понад|около|примерно|ориентировочно|почти|более|свыше|about|some|roughly|"
    r"around|nearly|over|approximately|more than|щонайменше|не менше|не менее|at least)\s+)?$",
    re.I)
# round 15: a figure counted "on both sides" of the war belongs to no one side ("5,000 soldiers a week are dying on both
# sides")
_BOTH_SIDES = re.compile(r"\b(?:(?:on|of|from) both sides|(?:з|із|с|со|у|в) (?:обох|обеих) сторін|(?:з|із|с|со|у|в) обеих сторон|"
                         r"обох сторін|обеих сторон)\b", re.I)
# round 15: men back "from captivity" in the figure's clause are prisoners of an exchange, not troops sent home
_FROM_CAPTIVITY = re.compile(r"\b(?:из|з|із)\s+(?:[^\W\d_]+\s+)?(?:плена|полону)\b|\bfrom\s+(?:[^\W\d_]+\s+)?captivity\b",
                             re.I)
# round 15: another side's demonym as the subject of the verb right before the figure ("росіяни зосередили понад …")
_OTHER_DEMONYM_SUBJECT_BEFORE = re.compile(
    r"\b(?:росіяни|россияне|українці|украинцы|Russians|Ukrainians)\s+(?:[^\W\d_]+\s+){1,2}$", re.I)
# round 15: a cross-reference line to another story ("Читайте також: …", "Read also: …", "RELATED: …")
_XREF = re.compile(r"^\W*(?:Читайте (?:також|также|тоже)|Дивіться також|Смотрите также|Read (?:also|more)|See also|"
                   r"Related|Also read)\b\s*:", re.I)
_UNIT_SUBJECT = re.compile(r"^\W*(?:(?:the|its|сама|сам|само)\s+)?(?:батальй?он\w*|бригад[аи]|рот[аи]|полк|дивізі[яї]|дивизи[яи]|"
                           r"battalion|brigade|regiment|company|division)\b", re.I)
# North Korea as the holder of its own forces ("North Korea has about 200,000 special forces troops")
_NK_HOLDS = re.compile(r"(?:" + _NK.pattern + r")\s+(?:(?:has|have)(?!\s+(?:been|sent|lost|begun|taken|given|brought|made|"
                       r"[^\W\d_]+ed)\b)|maintains|fields|keeps|має|имеет|содержит|утримує|тримає|держит)\s+"
                       r"(?:(?:about|some|around|roughly|approximately|an estimated|nearly|over|more than|близько|приблизно|"
                       r"понад|около|примерно|более|свыше)\s+)?$", re.I)
# a unit of another side holding a people count ("в его батальоне осталось не больше 200 человек")
_UNIT_WORD = re.compile(r"\b(?:батальй?он\w*|бригад\w*|рот[аеиуы]|полк\w*|battalions?|brigades?|regiments?|company)\b",
                        re.I)
# "10,000 a week later": a time after the figure that dates it, no rate
# Russia or the Far East named: the sentence is about the deployment, whatever else it recalls
_RUSSIA_PLACE = re.compile(r"Росі[їяю]|Росси|РФ|Курськ|Курск|Курщин|Russia|Kursk|Далек\w+ Сход|Дальн\w+ Восток|Far East|"
                           r"Примор|Primor|Владивосток|Vladivostok", re.I)
_LATER_AFTER = re.compile(r"\s+(?:a|an|one|two|three|\d+)\s+(?:weeks?|days?|months?)\s+(?:later|earlier|after|ago|before)\b",
                          re.I)
_PRONOUN_BEFORE = re.compile(r"\b(?:вони|они|they|їх|их|them)\b", re.I)
_PLAN_WORD = re.compile(r"\b(?:план\w*|plans?|прогноз\w*|forecasts?|outlook|сценар\w*|scenarios?)\b", re.I)
_COLLECTIVE = {"двоє", "троє", "четверо", "п'ятеро", "двое", "трое", "пятеро", "two", "three", "four", "five"}
# people sent to work, not to fight
_LABOUR = re.compile(r"\b(?:робітник\w*|рабоч\w*|workers?|labou?r\w*|будівництв\w*|строительств\w*|construction|"
                     r"студент\w*|students?|туррист\w*|турист\w*|tourists?)\b", re.I)
_MODAL_BEFORE = re.compile(
    r"\b(?:може|можуть|може бути|зможе|планує|планують|готова|готові|готує|может|могут|сможет|планирует|"
    r"планируют|готова|готовы|готовит|готовят|could|may|might|will|would|plans? to|ready to)\s+(?:ще\s+|еще\s+|ещё\s+)?$",
    re.I)
# "може стати відправлення", "could be the deployment of": a modal with a copula before a noun of sending
_MODAL_COPULA_BEFORE = re.compile(r"\b(?:може|можуть|зможе|может|могут|сможет|could|may|might|will|would)\s+"
                                  r"(?:стати|бути|стать|быть|become|be)\s+(?:(?:the|a|an)\s+)?$", re.I)
# a place as the object of a purpose ("для розмінування Курщини", "для разминирования Курской области", "to demine
# Kursk"): no destination
_PURPOSE_PLACE = re.compile(r"\b(?:для|на|to|for)\s+(?:розмінуван\w*|разминировани\w*|відновлен\w*|восстановлени\w*|"
                            r"відбудов\w*|demin\w*|rebuild\w*|reconstruct\w*|clear\w* mines in)\s+(?:[^\W\d_]+\s+){0,2}?"
                            r"(?:Курськ\w*|Курск\w*|Курщин\w*|Kursk)(?:\s+(?:област\w*|region))?", re.I)
_ATTRIBUTION = re.compile(
    r"^\s*(?:за (?:(?:його|її|їхніми|їх)\s+)?(?:даними|словами|інформацією|оцінками|оцінкою)|"
    r"по (?:(?:его|ее|её|их)\s+)?(?:данным|словам|информации|оценкам|оценке)|"
    r"за даними|за словами|за інформацією|за оцінками|за оцінкою|як повідомляє|по данным|по словам|"
    r"по информации|по оценкам|по оценке|как сообщает|according to|citing|officials said|sources said|"
    # round 33: more openings of an attribution ("по сведениям Генштаба ВСУ", "як повідомив Генштаб ЗСУ")
    r"по сведениям|за відомостями|як повідом\w+|как сообщ\w+|"
    r"(?:he|she|they|the \w+) said)\b", re.I)
_LOSS_NOUN = re.compile(r"\b(?:losses|casualties|втрат[иа]?|потер[иь]|потерями|втратами)\b", re.I)
_HISTORY = 4  # previous sentences of the article that may say whose troops a figure counts
_HISTORY_FAR = 8  # … looked further back when none of those names a side ("How many have died?", "Estimates vary")
_CONJ = re.compile(r"\b(?:і|й|и|та|а|але|но|and|while|but|whereas|тоді як|тогда как|в то время как)\b", re.I)
# a country after an institution that speaks for it ("разведки Южной Кореи", "Міноборони Південної Кореї") is a source
_NK_AS_PLACE_BEFORE = re.compile(r"(?:\b(?:кордон\w*|границ\w*|borders?|frontier)\s+(?:з|із|зі|с|со|with)|"
                                 r"\b(?:проти|против|against))\s+(?:the\s+)?$", re.I)
# a force named by its country after it ("ВС РФ", "військові з Ірану", "troops from Belarus"): another side
_COUNTRY_GEN = (r"(?:РФ|Росії|России|Russia|України|Украины|Ukraine|Ірану|Ирана|Iran|Білорусі|Беларуси|Belarus|США|"
                r"the US|the United States|Китаю|Китая|China|Південної Кореї|Южной Кореи|South Korea)")
_FORCE_OF_COUNTRY = re.compile(
    r"\b(?:ВС|ЗС|(?i:армі\w*|арми\w*|войск\w*|військ\w*|військов\w*|военн\w*|военнослужащ\w*|військовослужбов\w*|"
    r"солдат\w*|forces|troops|army|military|soldiers|personnel|instructors|інструктор\w*|инструктор\w*))\s+"
    r"(?:(?:з|із|из|from|of)\s+)?" + _COUNTRY_GEN + r"\b(?!'s)")
# round 33: a force named after its general staff is that staff's, a source ("the General Staff of the Armed Forces of
# Ukraine", "Генштаб Збройних сил України")
_STAFF_OF_BEFORE = re.compile(r"(?:\bГенштаб\w*|\bГенеральн\w+ штаб\w*|\bGeneral Staff)\s+(?:of\s+)?(?:the\s+)?(?:[^\W\d_]+\s+)?$", re.I)
# a foreign force as a place or a companion ("при штабах російських угруповань", "alongside Russian forces")
_COMPANION_BEFORE = re.compile(r"(?:\bпри\s+[^\W\d_]+|\bу складі|\bв складі|\bв составе|\bразом (?:з|із)|\bвместе с|"
                               r"\bпоряд (?:з|із)|\bпоруч (?:з|із)|\bрядом с|\balongside|\btogether with|\bwithin|"
                               r"\b(?:integrated|embedded|incorporated|absorbed)\s+(?:in|into|with)|\battached to|"
                               r"\b(?:інтегрован\w*|включен\w*|влит\w*|вливают\w*|придан\w*)\s+(?:в|у|до|к)|\bінтегрувал\w*\s+(?:в|у|до))\s+$", re.I)
# a unit's strength: "численность корпуса в мирное время — около 40 тыс.", "численность каждой из них … 2–3 тысяч"
_STRENGTH_OF_UNIT = re.compile(
    r"\b(?:численност\w*|чисельніст\w*|strength|size)\s+(?:of\s+)?(?:(?:the|its|their|[^\W\d_]+(?:ого|ої|ей|ой|ых|их)|\d+-?[^\W\d_]*)\s+){0,2}"
    r"(?:кожн\w*|кажд\w*|each|корпус\w*|бригад\w*|дивізі\w*|дивизи\w*|батальй?он\w*|полк\w*|corps|brigades?|"
    r"divisions?|battalions?|regiments?|"
    # round 35: a whole army's strength ("численность вооруженных сил Казахстана … около 39 тысяч человек")
    r"сил|сили|forces|армі\w*|арми\w*|army|military|війська|войск)\b[^.;]{0,60}$|"
    # "кожна їхня рота — це 100–150 бійців", "each company has about 100 men": a strength per unit
    r"\b(?:кожн\w*|кажд\w*|each|every)\s+(?:[^\W\d_]+\s+)?(?:рот[аиуы]|батальй?он\w*|бригад\w*|полк\w*|взвод\w*|"
    r"підрозділ\w*|подразделени\w*|company|battalion|brigade|regiment|platoon|unit|squad)\b[^.;]{0,40}$", re.I)
# round 35: "more" before a bare figure in uk/ru ("ще кілька тисяч", "еще около 5 тысяч", "ще від 25 до 30 тисяч")
_MORE_BEFORE = re.compile(r"\b(?:ще|еще|ещё)\s+(?:(?:близько|приблизно|щонайменше|около|примерно|не менее|до|понад|"
                          r"более|свыше|від|от)\s+)?$", re.I)
# round 35: a relative clause on a country whose verb is a loss ("Russia, which … is losing about 1,000 soldiers",
# "Россия, которая теряет")
_RELATIVE_LOSER_BEFORE = re.compile(
    r"\b(?:Russia|Ukraine|Moscow|Kyiv|Росі[яї]|Росси[ия]|Україн[аи]|Украин[аы]|Москва|Київ|Киев)\s*,\s*(?:which|that|who|яка|що|"
    r"которая|который|которые)\b[^.;]{0,80}?\b(?:los(?:es|ing|t)|suffer\w*|втрача\w*|втратил\w*|теря\w*|потерял\w*)\b"
    r"[^.;]{0,40}$", re.I)
# round 33: a shortage of hands ("дефицит кадров … превышает 40 тыс. человек", "a shortage of 40,000 workers")
_SHORTAGE_BEFORE = re.compile(r"\b(?:дефицит\w*|дефіцит\w*|нехватк\w*|нестач\w*|shortages?|shortfall)\b[^.;]{0,120}$", re.I)
# "2,000 to 3,000 troops each", "по 500 человек в каждой": a strength per unit
_EACH_AFTER = re.compile(r"\s*,?\s+(?:each|apiece|в кажд\w+|у кожн\w+|на кожн\w+|на кажд\w+)\b", re.I)
# "по одному на 50 корейских солдат", "one for every 50 soldiers": a ratio, no head-count
_RATIO_BEFORE = re.compile(r"(?:\b(?:по\s+)?(?:одн\w*|один|one|1)\s+(?:на|for|per)\s+(?:кожн\w+\s+|кажд\w+\s+|every\s+|each\s+)?|"
                           r"\b(?:per|на кожн\w+|на кажд\w+|for every)\s+|"
                           r"\b(?:groups|teams|squads|units)\s+of\s+(?:up to\s+|between\s+)?|"
                           r"\b(?:за|на|per|for)\s+(?:кожн\w+|кажд\w+|every|each)\s+(?:[^\W\d_]+\s+)?)"
                           r"(?:(?:about|some|около|примерно|близько|приблизно)\s+)?$", re.I)
# "военнослужащих двух стран", "troops of both countries": a mixed force
_MIXED_AFTER = re.compile(r"\s+(?:(?:двух|двох|обеих|обох|обоих)\s+(?:стран|країн|сторін|сторон|армий|армій)|"
                          r"of (?:both|the two) (?:countries|sides|armies|nations))\b", re.I)
# a figure in a relative clause about a unit ("155-ю бригадою морської піхоти, яка … втратила понад 5 тисяч військових")
_UNIT_RELATIVE_BEFORE = re.compile(
    r"\b(?:бригад\w*|батальй?он\w*|полк\w*|дивізі\w*|дивизи\w*|корпус\w*|brigades?|battalions?|regiments?|"
    r"divisions?|corps)\b[^.;,]{0,40},\s*(?P<rel>(?:яка|який|яке|які|котор\w+|which|that)\b[^;]{0,120})$", re.I)
# a gapped figure after a figure of something else ("около 1 тыс. добровольцев, а с начала года — более 300 тыс.
# человек"): it shares that figure's noun
_GAP_AFTER_REJECT = re.compile(r"^[^;]{0,60}?,\s*(?:а|і|и|та|and|while|but)\s[^;,]{0,40}?—\s*"
                               r"(?:(?:более|понад|більше|около|близько|about|some|over|more than|до|up to)\s+)?$", re.I)
# round 28: a contrastive conjunction between two figures ("…, але на нашій ділянці ми бачили …", "but we saw"), and a
# figure with no noun of its own (its clause ends right after it)
_CONTRAST_BEFORE = re.compile(r"(?:,|\s)\s*(?:але|однак|проте|зате|но|однако|зато|but|yet|whereas|while)\s", re.I)
_PAY = re.compile(r"\b(?:prices?|pay|pays|paid|payments?|costs?|salar(?:y|ies)|wages?|цін(?:а|у|и|і|ою)|цен(?:а|у|ы|е|ой)|"
                  r"зарплат\w*|платит\w*|платить|плату|плата|платил\w*|платять|платня|платні|платеж\w*|платіж\w*|"
                  r"вартість|вартості|стоимост\w*|коштує|коштують|выплат\w*|виплат\w*)\b", re.I)
_NO_NOUN_AFTER = re.compile(r"\s*(?:[,.;:!?—–)»\"]|$)")
# round 28: a pronoun for the things a rejected figure counted, between it and a bare figure ("5 организаций, их общее
# число превысило 200", "ще 5 організацій, їх загальна кількість сягнула 200", "5 more groups, bringing their total to 200")
_THEIR_AFTER_REJECT = re.compile(r"[^;.!?]{0,30}?,\s*(?:(?:а|і|и|та|and|while|but|bringing|доведя|довівши)\s+)?"
                                 r"(?:их|їх|їхн\w*|their|its)\s+(?:[^\W\d_]+\s+){0,4}?"
                                 r"(?:(?:более|понад|більше|около|близько|about|some|over|more than|до|to|up to)\s+)?$", re.I)
# the story's event or force named as such ("reports of the deployment", "the contingent"): the article's troops
_QUOTED_FIGURE_BEFORE = re.compile(r"\b(?:the (?:figure|number|estimate|total|reports?) of|цифр\w* (?:в|у)|дан\w* (?:о|об|про)|"
                                  r"повідомлен\w* про|сообщени\w* о|оцінк\w* (?:в|у)|оценк\w* (?:в|о))\s+"
                                  r"(?:(?:about|some|around|roughly|около|примерно|близько|приблизно)\s+)?$", re.I)
_TOPIC_NOUN = re.compile(r"\b(?:the deployment|this deployment|the contingent|переброск\w*|перекидан\w*|розгортанн\w*|"
                         r"развертывани\w*|развёртывани\w*)\b", re.I)
# "the 12-thousand-strong force": a strength bound to the force it measures
_STRONG_FORCE_AFTER = re.compile(r"\s*-?\s*strong\s+(?:[^\W\d_]+\s+){0,2}?(?:force|contingent|expeditionary force|"
                                 r"detachment|deployment)\b", re.I)


@dataclass
class _Num:
    start: int            # char offset in the sentence
    end: int              # end of the number phrase (incl. range and multiplier)
    tok_end: int          # token index after the phrase
    value: float | None
    low: float | None
    high: float | None
    approx: bool
    vague: bool
    yearlike: bool


def _tokens(s: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(s)]


def _digit_value(tok: str) -> float | None:
    if re.fullmatch(r"\d+", tok):
        return float(tok)
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", tok):
        return float(re.sub(r"[.,]", "", tok))
    if re.fullmatch(r"\d+[.,]\d+", tok):
        return float(tok.replace(",", "."))
    return None


def _may_start_number(w: str) -> bool:
    """False when no number phrase of ``_parse_number`` starts with the word ``w`` (a pure function of ``w``)."""
    lw = w.lower()
    return bool(w[0].isdigit() or lw in _UNITS or _NUMBER_START.match(lw))


_START_SEEN: dict[str, bool] = {}  # _may_start_number by word, for _numbers (cleared when it grows large)


def _parse_number(s: str, toks, i: int):
    """Parse a number phrase starting at token ``i``; return (tok_end, value, has_mult, vague_range) or None."""
    n = len(toks)
    w = toks[i][2]
    lw = w.lower()
    if not _may_start_number(w):
        return None  # no phrase below starts with this word (keep _may_start_number in step with the tests below)
    # vague quantities
    if _VAGUE_Q.match(lw) or (lw == "a" and i + 1 < n and toks[i + 1][2].lower() == "few"):
        j = i + 1 if lw != "a" else i + 2
        if j < n and _THOUSAND.match(toks[j][2]) and toks[j][2].lower() != "k":
            j2 = j + 1 + (1 if j + 1 < n and toks[j + 1][2] == "." and toks[j][2].lower() in ("тис", "тыс") else 0)
            return j2, None, True, VAGUE_RANGES["several thousand"]
        if j < n and (_HUNDREDS_PLURAL.match(toks[j][2]) or toks[j][2].lower() == "hundred"):
            return j + 1, None, False, VAGUE_RANGES["several hundred"]
        return None
    if _TENS_PLURAL.match(lw):
        j = i + 1
        if j < n and toks[j][2].lower() == "of":
            j += 1
        if j < n and _THOUSANDS_PLURAL.match(toks[j][2]):
            return j + 1, None, True, VAGUE_RANGES["tens of thousands"]
        return i + 1, None, False, VAGUE_RANGES["dozens"]
    if lw in ("тисячі", "тысячи") and _single_thousand(s[:toks[i][0]]):
        return i + 1, 1000.0, True, None  # "близько тисячі", "около тысячи": one thousand (genitive singular)
    if lw in ("тисяч", "тысяч") and i + 1 < n and 2 <= _UNITS.get(toks[i + 1][2].lower(), 0) <= 20 and (
            i + 2 >= n or not toks[i + 2][2][0].isalnum() or toks[i + 2][2].lower() in (
                "не", "или", "або", "чи", "—", "могут", "можуть", "может", "може", "могли", "могла")):
        # rounds 18-22: the inverted approximation of speech ("их там тысяч восемь, не больше"): about 8 000
        return i + 2, _UNITS[toks[i + 1][2].lower()] * 1000.0, True, None
    if _THOUSANDS_PLURAL.match(lw) and (lw not in ("тисяч", "тысяч") or (
            i > 0 and toks[i - 1][2].lower() in _GENITIVE_PREP and toks[i - 1][1] < toks[i][0])):
        # rounds 23-24: a genitive "тисяч" right after a preposition ("для тисяч інших північнокорейських солдатів") is
        # "thousands"; after a number word it is the multiplier
        return i + 1, None, True, VAGUE_RANGES["thousands"]
    if _HUNDREDS_PLURAL.match(lw):
        return i + 1, None, False, VAGUE_RANGES["hundreds"]

    total, cur, has_mult, any_num = 0.0, None, False, False
    last = None  # "num" | "mult" | "hyph"
    j = i
    while j < n:
        a, b, t = toks[j]
        lt = t.lower()
        gap = s[toks[j - 1][1]:a] if j > i else ""
        if t[0].isdigit():
            if j > i and last == "num":
                break
            if j > i and gap not in ("", " ", "-"):
                break
            if a > 0 and (s[a - 1].isalpha() or s[a - 1] in "$€£₴#№/:+"):
                return None if j == i else None
            if j == i and a > 1 and s[a - 1] == "-" and s[a - 2].isalpha():
                return None  # a model name: "KN-23", "Су-34"
            v = _digit_value(t)
            if v is None:
                return None if j == i else None
            # merge "12 000" / "1 200 000"
            k = j
            if re.fullmatch(r"\d{1,3}", t):
                while (k + 1 < n and re.fullmatch(r"\d{3}", toks[k + 1][2]) and s[toks[k][1]:toks[k + 1][0]] == " "
                       and not (k + 2 < n and toks[k + 2][2] in (",", ".") and k + 3 < n
                                and toks[k + 3][2][0].isdigit() and toks[k + 2][0] == toks[k + 1][1])):
                    v = v * 1000 + float(toks[k + 1][2])
                    k += 1
            end_char = toks[k][1]
            if end_char < len(s) and (s[end_char] == ":" or (s[end_char] in "./" and end_char + 1 < len(s)
                                                               and s[end_char + 1].isdigit())):
                return None
            if end_char < len(s) and s[end_char] == "%":
                return None
            if _ORDINAL_SUFFIX.match(s, end_char):
                return None  # "810-ю бригадою", "11-го корпусу", "11th Corps"
            if j == i and v <= 31 and re.search(r"\b(?:January|February|March|April|May|June|July|August|September|"
                                                r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|"
                                                r"Nov|Dec)\.?\s+$", s[max(0, a - 12):a]):
                return None  # "on June 17", "Jan. 11": a day
            if cur is not None and last in ("num",):
                break
            cur = (cur or 0) + v if last == "hyph" and cur is not None and cur < v else v if cur is None else cur + v
            any_num, last = True, "num"
            j = k + 1
            # "10k" / "12K"
            if j < n and toks[j][2] in ("k", "K") and toks[j][0] == toks[k][1]:
                total += cur * 1000
                cur, has_mult, last = None, True, "mult"
                j += 1
            continue
        if lt in _UNITS:
            if gap not in ("", " ", "-") and j > i:
                break
            v = _UNITS[lt]
            if cur is not None and last == "num":
                if (cur % 10 == 0 and v < 10 and cur >= 20) or (cur % 100 == 0 and v < 100 and cur >= 100):
                    cur += v
                else:
                    break
            else:
                cur = v if cur is None else cur + v
            any_num, last = True, "num"
            j += 1
            continue
        if lt in _HUNDRED and (any_num or cur is not None):
            cur = (cur or 1) * 100
            last = "num"
            j += 1
            continue
        if lt in ("a", "an") and j == i and j + 1 < n and (toks[j + 1][2].lower() in ("thousand", "hundred")):
            cur, any_num, last = 1, True, "num"
            j += 1
            continue
        if lt in ("тисяча", "тысяча", "тисячу", "тысячу", "тысяче", "тысячей", "тисячею") and j == i:  # (r33: "о тысяче")
            cur, any_num, last = 1, True, "num"
            # falls through to multiplier on next loop: treat the word itself as 1000
            total += 1000
            cur, has_mult, last = None, True, "mult"
            j += 1
            continue
        if any_num and _THOUSAND.match(t) and lt != "k" and last == "num" and gap in (" ", "-", ""):
            total += (cur if cur is not None else 1) * 1000
            cur, has_mult, last = None, True, "mult"
            j += 1
            if j < n and toks[j][2] == "." and lt in ("тис", "тыс"):
                j += 1
            continue
        if any_num and _MILLION.match(t) and last == "num" and gap in (" ", "-", "") and lt != "m":
            total += (cur if cur is not None else 1) * 1_000_000
            cur, has_mult, last = None, True, "mult"
            j += 1
            if j < n and toks[j][2] == "." and lt == "млн":
                j += 1
            continue
        if t == "-" and any_num and j + 1 < n and gap == "" and (
                toks[j + 1][2].lower() in _UNITS or toks[j + 1][2][0].isdigit() or _THOUSAND.match(toks[j + 1][2])
                or toks[j + 1][2].lower() in _HUNDRED) and s[toks[j][1]:toks[j + 1][0]] == "":
            # "four-thousand-100"; a "10-12" range is handled by the caller (digit after digit)
            if last == "num" and toks[j + 1][2][0].isdigit():
                break
            last = "hyph" if last == "mult" else last
            j += 1
            continue
        break
    if not any_num:
        return None
    value = total + (cur or 0)
    return j, value, has_mult, None


def _single_thousand(before: str) -> bool:
    """True when "тисячі"/"тысячи" after ``before`` is the genitive of one thousand, not "thousands"."""
    return bool(re.search(r"(?:\b(?:близько|приблизно|майже|понад|більше|щонайменше|до|з|із|около|примерно|"
                          r"почти|более|больше|свыше|порядка|не менее|не більше|до|из|с|от|від))\s*$", before, re.I)
                or bool(_SENDING_NOUN_BEFORE.search(before)))


# round 33: a noun of sending or arrival governs the genitive: "отправку тысячи саперов", "прибуття тисячі саперів"
# are one thousand ("thousands" after it would be "тисяч/тысяч")
_SENDING_NOUN_BEFORE = re.compile(
    r"\b(?:відправ\w*ння|відправк\w|направленн\w|перекидан\w+|прибутт\w|приїзд\w*|отправк\w|отправлени\w|"
    r"направлени\w|переброск\w|прибыти\w|приезд\w*)\s+(?:(?:ещ[её]|ще|додатков\w+|дополнительн\w+|[^\W\d_]+(?:ой|ої))\s+)?$",
    re.I)


def _numbers(s: str, toks) -> list[_Num]:
    out: list[_Num] = []
    i, n = 0, len(toks)
    seen = _START_SEEN
    if len(seen) > 200_000:
        seen.clear()
    while i < n:
        w = toks[i][2]
        may = seen.get(w)
        if may is None:
            may = seen[w] = _may_start_number(w)
        p = _parse_number(s, toks, i) if may else None
        if p is None:
            i += 1
            continue
        j, value, has_mult, vague = p
        start = toks[i][0]
        low = high = None
        approx = False
        if vague is not None:
            low, high = vague
            out.append(_Num(start, toks[j - 1][1], j, None, low, high, True, True, False))
            i = j
            continue
        # ranges
        before = s[:start]
        rng = None
        if j < n:
            sep = toks[j][2].lower()
            opened = bool(_RANGE_OPEN.search(before))
            # "10,000 to 12,000 troops", "10 to 12 thousand": an English range needs no "between"/"from"
            bare_to = (sep == "to" and not opened and toks[i][2][0].isdigit() and j + 1 < n
                       and toks[j + 1][2][0].isdigit() and not _GROWTH_TO.search(before[-40:]))
            if (sep in ("—", "-", "–") or (sep in ("до", "to", "and", "і", "и", "та") and opened)
                    or sep in ("або", "или", "or") or bare_to) and j + 1 < n:
                q = _parse_number(s, toks, j + 1)
                if q is not None and q[3] is None:
                    j2, v2, m2, _ = q
                    v1 = value
                    if m2 and not has_mult:
                        v1 = value * (v2 / max(1.0, _strip_mult(v2, toks, j + 1, j2)))
                    elif has_mult and not m2 and v2 < 1000 and toks[i][2].lower() in ("тисяч", "тысяч"):
                        v2 = v2 * 1000.0  # round 30: an inverted approximate range ("тысяч пять–шесть"): 5 000–6 000
                    # "від 1,5 тисячі до 15 тисяч", "from 3,000 … to 10,000": a change, not a range
                    if v1 < v2 and (sep not in ("або", "или", "or") or m2 == has_mult or m2) and (
                            v2 <= (3 if bare_to else 4) * v1):
                        rng = (v1, v2, j2, m2 or has_mult)
        yearlike = (not has_mult and value is not None and 1900 <= value <= 2100 and float(value).is_integer()
                    and re.fullmatch(r"\d{4}", toks[i][2]) is not None)
        if rng:
            v1, v2, j, has_mult = rng
            out.append(_Num(start, toks[j - 1][1], j, None, v1, v2, True, False, False))
            i = j
            continue
        # approximations
        if _LOWER_MOD.search(before[-30:]):
            low, approx = value, True
        elif _NEARLY_MOD.search(before[-30:]):
            high, approx = value, True
        elif _UPTO_MOD.search(before[-30:]) and not _GROWTH_BEFORE_DO.search(before[-80:]):
            high, approx = value, True
        elif _ABOUT_MOD.search(before[-30:]):
            low, high, approx = value, value, True
        else:
            low = high = value
        if _POST_LOWER.match(s[toks[j - 1][1]:]):
            low, high, approx = value, None, True
        out.append(_Num(start, toks[j - 1][1], j, value, low, high, approx, False, yearlike))
        i = j
    return out


def _strip_mult(v2: float, toks, i: int, j: int) -> float:
    """The raw leading number of a phrase (before its multiplier): "3,5 тисячі" -> 3.5."""
    for k in range(i, j):
        t = toks[k][2]
        if t[0].isdigit():
            return _digit_value(t) or 1.0
        if t.lower() in _UNITS:
            return float(_UNITS[t.lower()])
    return 1.0


def _classify(s: str, toks, num: _Num) -> tuple[str, int, bool]:
    """Look at the words bound to the figure: ("troop"|"bare"|"reject", np_end_char, nk_in_np)."""
    n = len(toks)
    j = num.tok_end
    troop = nk = foreign = False
    unknown = 0
    np_end = num.end
    if _PARTITIVE.match(s[num.end:]) or _LATER_AFTER.match(s, num.end):
        return "bare", num.end, False
    strong = _STRONG_FORCE_AFTER.match(s, num.end)
    if strong:
        return "troop", num.end + strong.end(), bool(_NK.search(s[num.end:num.end + strong.end()]))
    first = True
    nk_noun = False  # a noun right after a North Korea adjective: "34,000 North Korean defectors"
    after_nk = False
    participle = False
    generic = False
    last_unknown = ""
    while j < n and j < num.tok_end + 8:
        a, b, t = toks[j]
        seg = s[a:]
        if t[0].isdigit():
            break
        if not t[0].isalnum() and t not in ("'",):
            if t == "-" and not first:
                j += 1
                continue
            if t in ("»", "\"") and first and j == num.tok_end and s[a - 1:a] != " " and not _PARTITIVE.match(s[b:]):
                j += 1  # rounds 18-22: a quoted figure ("«десятки тысяч» чеченских добровольцев") binds the noun after
                continue
            break
        m_nk = _NK.match(seg)
        if m_nk and not troop and j > num.tok_end and toks[j - 1][2].lower() in ("до", "to", "into", "в", "у", "во"):
            return "bare", num.end, False  # "1 000 поранених евакуювали до Пхеньяна": the destination, no nationality
        if (m_nk and not troop and unknown and toks[j - 1][2].lower() in ("з", "із", "зі", "из", "from", "of")
                and not _COUNT_NOUN.match(last_unknown)):
            return "reject", b, True  # "тысячи строителей из КНДР": North Korea is the origin of another head noun
        if m_nk and not troop:
            nk = True
            if _DEMONYM.match(seg):
                troop = True
            np_end = a + m_nk.end()
            j = _tok_after(toks, a + m_nk.end())
            first = False
            if troop:
                break
            after_nk = True
            continue
        m_tr = _TROOP.match(seg)
        if m_tr:
            if _AMBIGUOUS_TROOP.match(t) and j + 1 < n and _DISTRACTOR.match(s[toks[j + 1][0]:]):
                return "reject", b, nk
            troop = True
            np_end = a + m_tr.end()
            j = _tok_after(toks, np_end)
            break
        if _PEOPLE.match(seg):
            if _CASUALTY_NOUN.match(seg) and re.match(_LOSS_OF_DEMONYM, seg, re.I):
                return "reject", b, nk  # "15 тисяч загиблих росіян"
            if _CASUALTY_NOUN.match(seg) and re.match(r"\s+(?:\S+\s+){0,2}?(?:" + _NK.pattern + "|" + _TROOP.pattern + ")",
                                                    s[b:], re.I):
                j += 1
                first = False
                continue
            if nk:
                troop, np_end = True, b
                j += 1
                break
            return "bare", b, False
        if _FOREIGN.match(seg):
            foreign = True
            j += 1
            first = False
            continue
        if _FOREIGN_GENERIC.match(seg):
            generic = True  # "1,000 foreign fighters": of no named side unless North Korea is named in the phrase
            j += 1
            first = False
            continue
        if _DISTRACTOR.match(seg):
            return "reject", b, nk
        if unknown and t.lower() in _AUX_WORDS:
            break  # "55 countries have pledged military aid": the noun phrase ended with its own head
        cp = _CAPTURE_PARTICIPLE_NP.match(seg) if first else None
        if cp:
            # round 18's miss: "обменять двух попавших в плен в Курской области северокорейских солдат": a capture
            # participle with its place between the count and its noun
            j = _tok_after(toks, a + cp.end())
            first = False
            continue
        if (_VERB_END.search(t) or _CUES["captured"].match(seg)) and re.match(
                r"\s+(?:\S+\s+){0,1}?(?:" + _NK.pattern + "|" + _TROOP.pattern + ")", s[b:], re.I) and not (
                _BARE_FOLLOWER.match(t)):
            j += 1  # "two captured North Korean soldiers", "1 000 поранених північнокорейських військових"
            first = False
            continue
        if first and (_BARE_FOLLOWER.match(t) or _VERB_END.search(t) or _is_cue_word(seg)) and not _NP_SKIP.match(t):
            return "bare", num.end, False
        if _NP_SKIP.match(t):
            j += 1
            # "3,000 more in January", "ще": still right after the figure
            first = first and t.lower() in ("more", "additional", "else", "ще", "еще", "ещё")
            continue
        # "з 11 тисяч направлених до Росії північнокорейців": a participle and its place before the noun
        if _PARTICIPLE.match(t) or (participle and _PREP.match(t)):
            participle = True
            j += 1
            first = False
            continue
        if first and _MONTH.match(t):
            return "reject", b, nk
        if after_nk and len(t) >= 3 and not _BARE_FOLLOWER.match(t) and not _VERB_END.search(t):
            nk_noun = True
        after_nk = False
        unknown += 1
        last_unknown = t
        first = False
        if unknown > 2:
            break
        j += 1
    if troop and foreign and nk:
        return "reject", np_end, True  # "50 тыс. российских и северокорейских военных": a joint force
    if troop:
        # round 30: a quoted formation right after the noun ("бойцов «Ахмата»", "fighters of the \"Wagner\" group") is
        # another side's unless it is North Korea's own ("«Штурм»", "Storm")
        q = _QUOTED_FORMATION_AFTER.match(s, np_end)
        if q and not nk and not _NK.search(q.group(1)) and not _NK_FORMATION.search(q.group(1)):
            return "reject", np_end, False
        # a marker just after the noun: "солдат КНДР", "troops from North Korea", "військових з Північної Кореї"
        k = j
        steps = 0
        while k < n and steps < 3:
            a, b, t = toks[k]
            if not t[0].isalnum():
                break
            m_nk = _NK.match(s[a:])
            if m_nk:
                nk, np_end = True, a + m_nk.end()
                break
            if _FOREIGN.match(s[a:]):
                foreign = True
                break
            if steps and _ORIGIN_REGION.match(t) and not _CUES["returned"].search(s):
                foreign = True  # "1 000 солдат из республики погибли": soldiers of a region at home, not North Korea's
                break
            if not re.match(r"^(?:з|із|зі|из|от|від|of|from|the|армії|армии|army)$", t, re.I):
                break
            k += 1
            steps += 1
        if (foreign or generic) and not nk:
            return "reject", np_end, False
        return "troop", np_end, nk
    if foreign:
        return "reject", np_end, nk
    if nk:
        return ("reject" if nk_noun else "troop_nk_only"), np_end, True
    if first:
        return "bare", num.end, False
    # an unknown noun phrase bound to the figure ("12 тисяч автоматів", "200 дальнобойных артсистем")
    return "reject", np_end, False


_QUOTED_FORMATION_AFTER = re.compile(r"\s+(?:(?:of|from)\s+(?:the\s+)?)?[«\"„“]\s*([A-ZА-ЯІЇЄҐЁ][^»\"“”]{1,30}?)\s*[»\"”“]")
# round 31: "… the Storm Corps; about 40,000 soldiers serve in it": the unit's strength
_SERVE_IN_IT_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?serve\s+(?:in|within)\s+it\b", re.I)
_NK_FORMATION = re.compile(r"Штурм|Storm|Покпхун|Пхокпхун|Pokpung|Буря|Бур[яі]|КНА|KPA", re.I)
_CAPTURE_PARTICIPLE_NP = re.compile(
    r"(?:попавш\w*|потрапил\w*|взят\w*|захоплен\w*|захваченн\w*)\s+(?:(?:в|у)\s+(?:плен|полон)\s+)?"
    r"(?:(?:в|у|на|под|під|near|in)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+)?(?=(?:" + _NK.pattern + r")\b)", re.I)
# a region or republic as the soldiers' origin ("солдат из республики", "troops from the region")
_ORIGIN_REGION = re.compile(r"^(?:республик\w*|республік\w*|регион\w*|регіон\w*|region|regions|republic|краю|края|"
                            r"провинци\w*|провінці\w*|province)$", re.I)


_FOREIGN_GENERIC = re.compile(r"(?:foreign|іноземн\w*|иностранн\w*)\b", re.I)
# auxiliaries that end a noun phrase ("55 countries have pledged military aid")
_AUX_WORDS = {"have", "has", "had", "are", "were", "is", "was", "will", "would", "could", "can", "may", "might", "should",
              "must", "do", "does", "did"}
# "14,000 the total number of North Korean troops": a noun of counting is no head of its own
_COUNT_NOUN = re.compile(r"^(?:number|numbers|total|figure|count|tally|кількіст\w*|чисельніст\w*|числ\w*|численност\w*|"
                         r"количеств\w*|загал\w*)$", re.I)


def _is_cue_word(seg: str) -> bool:
    """A predicate right after a figure ("2 700 поранені", "1000 ранены", "1,000 wounded"): the figure is bare."""
    m = next((m for k in ("casualties", "returned", "captured") for m in [_CUES[k].match(seg)] if m), None)
    if m is None:
        return False
    # "двох полонених північнокорейських солдатів": an adjective of the troop noun, not a predicate
    return not re.match(r"\s+(?:\S+\s+){0,1}?(?:" + _NK.pattern + "|" + _TROOP.pattern + ")", seg[m.end():], re.I)


def _tok_after(toks, pos: int) -> int:
    for k, (a, _b, _t) in enumerate(toks):
        if a >= pos:
            return k
    return len(toks)


def _paragraph_mentions(par: str, history: dict | None = None) -> list[dict]:
    """Mentions in one paragraph; ``history`` carries the article's previous sentences and the kind of its
    last figure across paragraphs (updated in place)."""
    if history is None:
        history = {"sents": [], "last_kind": None}
    if _XREF.match(par):
        return []  # round 15: a cross-reference to another story
    sents = _sentences(par)
    out: list[dict] = []
    history.setdefault("pars", []).append(par)
    for si, (sa, sb) in enumerate(sents):
        s = par[sa:sb].rstrip()
        far = history["sents"][-_HISTORY_FAR:]
        hist = far[-_HISTORY:]
        history["sents"] = [*far, s]
        history["n"] = history.get("n", 0) + 1
        if not _may_hold_number(s):
            continue
        toks = _tokens(s)
        nums = _numbers(s, toks)
        if not nums:
            continue
        clauses = _clauses(s)
        # North Korea as the far side of a border or the object of "against" owns no figure ("Сеул, який тримає на
        # кордоні з КНДР близько 500 тисяч військовослужбовців")
        nk_spans = [m.span() for m in _NK.finditer(s) if not _NK_AS_PLACE_BEFORE.search(s[max(0, m.start() - 40):m.start()])]
        has_troop = (bool(_TROOP.search(s)) or bool(_DEMONYM.search(s)) or bool(_NK_LOSSES.search(s))
                     or bool(_UNIT_CTX.search(s)) or bool(_NK_FORCE.search(s)))
        prev = par[sents[si - 1][0]:sents[si - 1][1]] if si > 0 else ""
        # no North Korea marker in the sentence: the troops may be those of the sentences before
        # ("About 1,000 of those troops were pulled back", "Речь может идти еще о 3–5 тысячах военных")
        # "Of the 12,000, about 3,000 are in training": a definite figure the article already gave for North Korean
        # troops refers back to them
        # ("Із 12 тисяч, що прибули восени, …" at the head of a sentence; "ГУР каже про 11 тисяч" — a figure spoken of)
        anaph = {id(num) for num in nums if num.value is not None and num.value in history.get("nk_values", ()) and (
            re.search(r"\b(?:the|these|those|цих|тих|этих|тех|всіх|всех)\s+$", s[:num.start], re.I)
            or _HEAD_BASE_BEFORE.match(s[:num.start])
            or _ABOUT_FIGURE_BEFORE.search(s[max(0, num.start - 40):num.start]))}
        anaphoric = bool(anaph)
        # North Korea only as a destination ("About 1,000 were evacuated to Pyongyang") leaves the side to the sentences
        # before
        nk_actor = [sp for sp in nk_spans if not re.search(r"\b(?:to|back to|into|до|в|у|во|назад до|обратно в)\s+$",
                                                           s[max(0, sp[0] - 15):sp[0]], re.I)]
        topic_base = not nk_actor and (_nk_topic(far) or (
            bool(_TOPIC_NOUN.search(s) or anaphoric) and _nk_troop_topic(far + [history.get("last_nk", "")])
            and not _names_other_side(s[:min(len(s), min((n.end for n in nums), default=len(s)) + 1)])))

        def topic(pos: int) -> bool:
            # another side named up to the end of the figure's clause keeps the previous sentences' side away
            # ("потери России … включая 1300 человек"); one named only in a later clause does not ("another
            # 3,000 had been sent to make up for losses, and … 100,000 more if Moscow asks")
            return topic_base and not _names_other_side(s[:_clause_of(clauses, pos)[1] or len(s)])

        infos = []
        for num in nums:
            cls, np_end, nk_np = _classify(s, toks, num)
            infos.append((num, cls, np_end, nk_np))
        # NK markers outside a figure's noun phrase go to the nearest figure of their clause
        np_spans = [(x[0].start, x[2]) for x in infos]
        owner: dict[int, int] = {}
        for a, b_ in nk_spans:
            if any(pa <= a < pb for pa, pb in np_spans) or _self_contained(s, a, b_):
                continue
            ca, cb = _clause_of(clauses, a)
            # a rejected figure ("КНДР передала Росії понад 100 ракет …") does not take the marker
            cands = [k for k in range(len(infos)) if ca <= infos[k][0].start < cb and infos[k][1] != "reject"
                     and not infos[k][0].yearlike]
            if not cands:
                cands = [k for k in range(len(infos)) if infos[k][0].start > a and ";" not in s[a:infos[k][0].start]
                         and infos[k][1] != "reject" and not infos[k][0].yearlike
                         and not _other_side(s, clauses, infos[k][0].start)]
            if not cands:
                continue
            best = min(cands, key=lambda k: min(abs(a - infos[k][0].start), abs(a - infos[k][2])))
            owner[best] = owner.get(best, 0) + 1
        item = _list_item(s)
        heading = _list_heading(far) if item is not None else None
        listed_idx: set[int] = set()
        items = []
        part_of: dict[int, int] = {}
        whole_kind: dict[int, str] = {}
        appos_part: set[int] = set()  # rounds 25-26: parts listed in an apposition after their whole
        for k, (num, cls, np_end, nk_np) in enumerate(infos):
            ok = elliptic = listed = False
            ca, cb = _clause_of(clauses, num.start)
            if cls == "troop":
                # North Korea named in the figure's own clause ("Пхеньян відправить 1 000 саперів і 5 000 ...",
                # "Северокорейский контингент насчитывает 11,5 тыс. военных") unless another nationality is
                ok = nk_np or (owner.get(k, 0) > 0) or (
                    any(ca <= a < cb for a, _b in nk_spans) and not _foreign_force(s[ca:cb]))
                if not ok and topic(num.start) and not _other_side(s, clauses, num.start):
                    ok = True
                # North Korea named elsewhere in a sentence that names no other side ("перша група з 1,5 тисячі
                # військових …, а загалом Пхеньян планує направити 12 тисяч", "part of the force, possibly around
                # 2,000 soldiers, had been rotated back to North Korea"); captured soldiers in a sentence naming
                # North Korea are its soldiers even when their captor is named ("Kyiv's forces captured two soldiers")
                if not ok and nk_spans and (not _names_other_side(s) or _CUES["captured"].search(s[ca:cb])):
                    ok = True
                # "Peskov dismissed the figure of 10,000 troops cited by the Pentagon": a figure quoted as such is the
                # story's, whoever comments on it
                if (not ok and _QUOTED_FIGURE_BEFORE.search(s[max(0, num.start - 40):num.start]) and _nk_troop_topic(far)
                        and not _foreign_force(s[ca:cb])):
                    ok = True
            elif cls == "troop_nk_only":
                ok = has_troop
            elif cls == "bare":
                big = num.vague or (num.value is not None and num.value >= 100) or (
                    num.low is not None and num.low >= 100)
                if _PARTITIVE.match(s[num.end:]) and _LABOUR.search(s[max(0, num.start - 50):num.start]):
                    big = False  # "as well as workers — as many as 15,000 of them —": the workers' count
                ctx = bool(nk_spans) and (has_troop or bool(_ANAPHOR.search(s)))
                if not ctx and _ANAPHOR.search(s) and prev:
                    # "Группировка российских войск …, насчитывает до 60 тыс. человек" after a sentence about North
                    # Korean troops: the anaphor's side is named, and it is not North Korea
                    upto = s[:_clause_of(clauses, num.start)[1] or len(s)]
                    ctx = bool(_NK.search(prev)) and bool(_TROOP.search(prev) or _DEMONYM.search(prev)) and not (
                        _names_other_side(upto, holder=False))
                # "…, а Росія — 50 тисяч": a gapped figure of another side
                # "… North Korean troops had died, and Russia's losses in Kursk were around 38,000": another side
                # named in the figure's own clause owns it
                # (unless North Korea is named there too: "Moscow wants Pyongyang to provide as many as 100,000")
                ok = big and ctx and not (_other_side(s, clauses, num.start)
                                          and not any(ca <= a < num.start for a, _b in nk_spans))
                # "знищили 30 військових КНДР, ще 7 поранили", "загинули 17 солдатів КНДР, ще троє потрапили
                # в полон": a figure after "ще/another" continues the troop figure before it in the sentence
                if not ok and any(x[2] for x in items) and (_ELLIPSIS_BEFORE.search(s[:num.start]) or (
                        _GAP_SOURCE_BEFORE.search(s[max(0, num.start - 60):num.start])
                        and (_ESTIMATE.search(s[:num.start]) or _SAID.search(s[:num.start])))):
                    ok = elliptic = True  # (after a verb of estimating, any gapped subject is a source: "а Киев — «до 15 тыс.»")
                # rounds 25-26: "погибли не менее 100 человек, а около 1 тыс. получили ранения": a figure after a
                # conjunction with a loss predicate of its own continues the troop figure before it
                if (not ok and any(x[2] for x in items) and re.search(
                        r",\s*(?:а|и|і|й|та|and|while)\s+(?:[^\W\d_]+\s+){0,2}$", s[max(0, num.start - 40):num.start], re.I)
                        and _CUES["casualties"].search(re.split(r"[,;.:!?—]", s[num.end:], maxsplit=1)[0])
                        and not _other_side(s, clauses, num.start)):
                    ok = elliptic = True
                # round 28: "Пентагон каже про 11–12 тисяч, але … ми бачили поки що, може, кілька сотень": a bare figure
                # with no noun of its own in a contrastive conjunct after a troop figure of the sentence counts the same men
                last_ok = next((x for x in reversed(items) if x[2]), None)
                if (not ok and big and last_ok and _CONTRAST_BEFORE.search(s, last_ok[0].end, num.start)
                        and _NO_NOUN_AFTER.match(s, num.end) and not _other_side(s, clauses, num.start)
                        and not _names_other_side(s[last_ok[0].end:num.start])
                        and not _DISTRACTOR.search(s, last_ok[0].end, num.start)):
                    ok = elliptic = True  # (not when the conjunct names things, money or time)
                # "killed at least 50 North Korean soldiers …, and wounded 47 more": "N more" after a troop figure of the
                # sentence is more of the same troops
                if (not ok and any(x[2] for x in items) and s[num.start].isdigit()
                        and re.match(r"\s+(?:more|others)\b(?!\s+than)", s[num.end:], re.I)
                        and not _other_side(s, clauses, num.start)):
                    ok = elliptic = True
                # "Ще щонайменше 1,5 тисячі проходять підготовку" after a sentence about North Korean troops;
                # a count of people ("оценивала потери в 300 погибших и 2700 раненых") or a figure followed by its
                # predicate ("more than 10,000 had arrived") there too
                people = bool(_PEOPLE.match(re.sub(r"^\s*(?:of the|of those|of|з|із|из)\s+", "",
                                                   re.sub(r"^[\s»\"')]+", " ", s[num.end:])).lstrip()))
                more = bool(re.match(r"\s+(?:more|additional|ще|еще|ещё)\b", s[num.end:], re.I)) or bool(
                    # round 35: uk/ru say "more" before the figure ("може відправити ще кілька тисяч", "еще 5 тысяч")
                    _MORE_BEFORE.search(s, max(0, num.start - 30), num.start))
                if not ok and big and topic(num.start) and not _other_side(s, clauses, num.start) and (
                        has_troop or _ANAPHOR.search(s) or _ELLIPSIS_BEFORE.search(s[:num.start]) or people
                        or _PREDICATE_AFTER.match(s[num.end:]) or more
                        or _PREDICATE_AFTER.match(_RELATIVE_START.sub(" ", s[num.end:], count=1))
                        or _ABOUT_FIGURE_BEFORE.search(s[max(0, num.start - 40):num.start])
                        or _PLACE_RIGHT_AFTER.match(s[num.end:]) or id(num) in anaph
                        or _WAVE_APPOSITION_BEFORE.search(s[max(0, num.start - 40):num.start])
                        or _PLACE_RIGHT_BEFORE.search(s[max(0, num.start - 60):num.start])):
                    ok = True
                # "Пхеньян дополнительно направил еще около 3 тысяч человек" in an article about its troops
                # "Pyongyang sent roughly 3,000 more in January"
                # (rounds 23-24: also right after a sentence about "the deployment": "…why the deployment is unlikely
                # to end … Pyongyang could send tens of thousands more")
                if (not ok and big and (people or more) and nk_spans and (_nk_troop_topic(far if more else hist) or (
                        more and hist and _TOPIC_NOUN.search(hist[-1])))
                        and not _LABOUR.search(s, 0, _conj_cut(s, num.end)) and not _names_other_side(s)):
                    ok = True
                # "погибли … около 200 северокорейских военных, а потери среди офицеров составили не менее 30
                # человек": a count of people whose own clause names losses, after a troop figure of the sentence
                if (not ok and people and any(x[2] for x in items) and not _names_other_side(s[ca:cb])
                        and _LOSS_NOUN.search(s[ca:num.start]) and num.value is not None and s[num.start].isdigit()):
                    ok = True
                # "они теряют до 50 человек в сутки" after sentences about North Korean troops: a small people count
                # with a pronoun for those troops and a loss verb in its clause
                # ("щонайменше 40 з них загинули" the same)
                if (not ok and num.value is not None and s[num.start].isdigit() and topic(num.start)
                        and (people and _PRONOUN_BEFORE.search(s[ca:num.start]) or _PARTITIVE.match(s[num.end:]))
                        and not _other_side(s, clauses, num.start) and _CUES["casualties"].search(s[ca:cb])):
                    ok = True
                # round 36: "Ukraine's special operations forces said they killed 40 of them": the object of a verb of
                # killing counted out of "them" after North Korean troop sentences; the side named is the killer
                if (not ok and num.value is not None and s[num.start].isdigit() and _nk_troop_topic(hist)
                        and _PARTITIVE.match(s[num.end:]) and _KILLED_COUNT_BEFORE.search(s, max(0, num.start - 40), num.start)):
                    ok = True
                # "середні втрати північнокорейських підрозділів становлять 30—40 осіб на добу": North Korea's losses
                # counted in people in the figure's clause
                if (not ok and people and s[num.start].isdigit() and _NK_LOSSES.search(s[ca:num.start])
                        and not _other_side(s, clauses, num.start)):
                    ok = True
                # "North Korea lost about 1,000 men in a week": North Korea the subject of a loss verb before a people count
                if (not ok and people and s[num.start].isdigit() and re.search(
                        r"(?:" + _NK.pattern + r")[^\w;]+(?:[^\W\d_]+[^\w;]+){0,4}?(?:lost|loses|suffered|втратил\w*|втрача\w*|"
                        r"потерял\w*|теря\w*|зазнал\w* втрат\w*|понес\w* потер\w*)[^\w;]+(?:[^\W\d_]+[^\w;]+){0,3}$",
                        s[max(0, num.start - 120):num.start], re.I) and not _other_side(s, clauses, num.start)):
                    ok = True
                # 'Kyiv said "at least 30" had been killed or wounded', "корейцы теряли до 70 человек за день": a small
                # loss count with its predicate after it, or with North Koreans as the subject of its clause
                pred = _PREDICATE_AFTER.match(re.sub(r'^["»]', " ", s[num.end:]))
                if (not ok and num.value is not None and s[num.start].isdigit() and nk_spans
                        and not _other_side(s, clauses, num.start) and (
                            (pred and re.search(r"killed|wounded|died|загинули|погибли", pred.group()))
                            or (people and _DEMONYM.search(s[ca:num.start]) and _CUES["casualties"].search(s[ca:cb])))):
                    ok = True
                # "killed 200 North Korean soldiers and captured three": a small collective word right after capture
                if (not ok and (any(x[2] for x in items) or (
                        # round 30: "a month after Ukraine reported capturing two of them": a part of the sentence's
                        # North Korean troops
                        _PARTITIVE.match(s[num.end:]) and (nk_spans or topic(num.start))))
                        and s[num.start:num.end].lower() in (*_COLLECTIVE, "one", "двох", "двух", "трьох", "трех", "троих")
                        and _CAPTURED_VERB_BEFORE.search(s[max(0, num.start - 40):num.start])):
                    ok = listed = True
                # "з 12 тисяч, що прибули восени, вибуло 4 тисячі": a part of a whole of the sentence named after "з/из/of"
                if (not ok and big and any(x[2] and _BASE_BEFORE.search(s[max(0, x[0].start - 40):x[0].start]) for x in items)
                        and not _other_side(s, clauses, num.start) and not _names_other_side(s[ca:cb])):
                    ok = True
                # "Two were taken prisoner in January", "Двоє потрапили в полон": a small count with its predicate of
                # capture right after it, in a sentence or story about North Korean troops
                if (not ok and num.value is not None and 0 < num.value <= 50 and _CAPTURED_PRED_AFTER.match(s[num.end:])
                        and (nk_spans or topic(num.start)) and not _other_side(s, clauses, num.start)):
                    ok = listed = True
                # "killed — about 1,000; wounded — 2,700; captured — 2" in a sentence about North Korean troops
                if (not ok and num.value is not None and 0 < num.value <= 50 and s[num.start].isdigit()
                        and _CAPTURED_BEFORE.search(s[max(0, num.start - 30):num.start])
                        and (nk_spans or topic_base) and not _names_other_side(s[ca:cb])):
                    ok = listed = True
                # a list or table line in an article about North Korean troops whose label (or the list's heading)
                # says what it counts: "Killed: about 300 (NIS, January)", "— взяты в плен: двое.", "• вторая волна
                # (…) — от 1 до 3 тыс.;" under "Главное о северокорейском контингенте:"
                if not ok and item is not None and _item_value(s, nums, num, item[1]):
                    label = item[0]
                    cued = any(_CUES[c].search(label) for c in (*_KIND_ORDER, "captured"))
                    captured = bool(_CUES["captured"].search(label))
                    small = captured and num.value is not None and 0 < num.value <= 50 and (
                        s[num.start].isdigit() or s[num.start:num.end].lower() in _COLLECTIVE)
                    head_ok = heading is not None and bool(
                        _NK.search(heading) or _TROOP.search(heading) or any(_CUES[c].search(heading) for c in _KIND_ORDER))
                    if (big or small) and (cued or head_ok) and (topic_base or (heading and _NK.search(heading))) and not (
                            _names_other_side(label) or _LABOUR.search(s)):
                        ok = listed = True
            if not ok and cls in ("troop", "bare") and _NK_PHRASE_PAREN_BEFORE.search(s[max(0, num.start - 80):num.start]):
                ok = True  # round 17: "воює північнокорейський контингент (близько 11 тисяч)": a figure in brackets after
                # a North Korean troop phrase is its apposition, whoever else the sentence names
            # civilian words bound to an earlier figure of the sentence ("з населенням близько 26 мільйонів осіб …
            # відправка 12 тисяч") are that figure's
            civ_from = max((x[0].end for x in infos[:k]), default=0)
            if ok and cls == "bare" and not listed and not any(x[2] for x in items) and _CIVILIAN.search(
                    s[civ_from:] if civ_from else s) and not (_PARTITIVE.match(s[num.end:]) and _KILLED_COUNT_BEFORE.search(
                    s, max(0, num.start - 40), num.start)):
                ok = False  # "у ньому жили близько 300 людей", "загинули 35 людей, ще 117 поранені після удару"
            if _UNIT_SIZE_BEFORE.search(s[max(0, num.start - 120):num.start]) or _STRONG_ARMY_AFTER.match(s, num.end) or (
                    _SERVE_IN_IT_AFTER.match(s, num.end) and re.search(r"\b(?:corps|division|brigade|battalion|regiment)\b",
                                                                      s[:num.start], re.I)) or (
                    _FOREIGN_ITS_BEFORE.search(s[max(0, num.start - 60):num.start])):
                ok = False  # "the Storm Corps, which numbers about 40,000 soldiers": a unit's strength at home
            if ok and (_SHARE_OF_BEFORE.search(s[max(0, num.start - 40):num.start])
                       or _GROUP_SIZE_BEFORE.search(s[max(0, num.start - 40):num.start])
                       or _OWN_UNIT_SIZE_BEFORE.search(s[max(0, num.start - 120):num.start])
                       or _FOREIGN_RELATIVE_BEFORE.search(s[max(0, num.start - 120):num.start])
                       or (_PRICE_FOR_BEFORE.search(s[max(0, num.start - 8):num.start]) and _MONEY.search(s))
                       or _CIVIL_PARTITIVE_BEFORE.search(s[max(0, num.start - 100):num.start])
                       or (_BASE_BEFORE.search(s[max(0, num.start - 40):num.start])
                           and _SHARE_AFTER_BASE.match(s, num.end))):
                ok = False  # round 13: a base of a share, the size of groups or of one's unit, another side's men, a price
            if ok and any(w.start() < num.start < w.end() and not _NK.search(s[max(0, w.start() - 40):w.start()])
                          for w in _WHOSE_ASIDE.finditer(s)):
                ok = False  # "Japan, whose 247,000-strong forces face North Korea, said …": the strength of the source's own
            if ok and not nk_np and (_BOTH_SIDES.search(s[ca:cb]) or (not nk_np and (
                    _FROM_CAPTIVITY.search(s[ca:cb])
                    or _OTHER_DEMONYM_SUBJECT_BEFORE.search(s[max(0, num.start - 60):num.start])))):
                ok = False  # round 15: both sides; men back from captivity; another side's demonym as the subject
            if ok and not nk_np and (_JOINT_SUBJECT.search(s[ca:num.start]) or _EXCHANGE.search(s[ca:cb])):
                ok = False  # "Росія та КНДР разом зосередили 60 тисяч", "a prisoner swap returned 150 soldiers"
            if ok and not nk_np and _OWN_OF_SIDE_AFTER.match(s, num.end) and _OTHER_SIDE.search(s[:num.start]) and not any(
                    a < num.start for a, _b in nk_spans):
                ok = False  # "Ukraine says 5,000 of its soldiers are fighting in Kursk": the side named before owns them
            if ok and not nk_np and _POSSESSOR_BEFORE.search(s[max(0, num.start - 60):num.start]):
                ok = False  # round 17: "South Korea's 500,000 troops": a country's possessive before the figure owns it
            loc = _FOREIGN_LOCATIVE.search(s[:num.start]) if ok and not nk_np and not nk_spans else None
            if loc and not (_SAYING.search(s, loc.end(), num.start) or _SAID.search(s, loc.end(), num.start)
                            or _ESTIMATE.search(s, loc.end(), num.start) or _BELIEVE.search(s, loc.end(), num.start)):
                ok = False  # round 16: "У Південній Кореї служать 500 тисяч військових": men placed in another country
            if ok and _NK_HOLDS.search(s[max(0, num.start - 60):num.start]) and not _RUSSIA_PLACE.search(s[ca:cb]):
                ok = False  # "North Korea has about 200,000 special forces troops": its forces at home
            if ok and not nk_np and _STRENGTH_OF_UNIT.search(s[max(0, num.start - 100):num.start]) and not _NK.search(
                    s[max(0, num.start - 100):num.start]):
                ok = False  # "численность корпуса — около 40 тыс.", "численность каждой из них … 2–3 тысяч"
            if ok and (_EACH_BEFORE.search(s[max(0, num.start - 60):num.start]) or _MEASURE_ADJ_AFTER.match(s, num.end)):
                ok = False  # round 17: "two brigades, each with several thousand soldiers"; "the 120-day mission"
            if ok and (_EACH_AFTER.match(s, max(np_end, num.end)) or _RATIO_BEFORE.search(s[max(0, num.start - 40):num.start])
                       or _MIXED_AFTER.match(s, max(np_end, num.end))):
                ok = False  # "2,000 to 3,000 troops each", "по одному на 50 солдат", "военнослужащих двух стран"
            rel = _UNIT_RELATIVE_BEFORE.search(s[max(0, num.start - 200):num.start])
            if ok and not nk_np and rel and not _NK.search(rel.group("rel")):
                ok = False  # "бригадою морської піхоти, яка … втратила понад 5 тисяч військових": the unit's own
            if (ok and cls == "bare" and k > 0 and infos[k - 1][1] == "reject" and not infos[k - 1][0].yearlike
                    and _GAP_AFTER_REJECT.search(s[infos[k - 1][2]:num.start])):
                ok = False  # "1 тыс. добровольцев, а с начала года — более 300 тыс. человек": the same noun
            if (ok and cls == "bare" and k > 0 and infos[k - 1][1] == "reject" and not infos[k - 1][0].yearlike
                    and _THEIR_AFTER_REJECT.match(s, infos[k - 1][2], num.start)
                    and not (_TROOP.search(s, infos[k - 1][2], num.start) or _NK.search(s, infos[k - 1][2], num.start))):
                ok = False  # round 28: "признала «нежелательными» еще 5 организаций, их общее число превысило 200": the
                #             pronoun counts the things of the figure before
            if (ok and cls == "bare" and not listed and _PAY.search(s, max(0, num.start - 50), num.start)
                    and not _PREDICATE_AFTER.match(s[num.end:])):
                # (round 32: not when a people predicate follows: "They also paid for it: … some 4,700 were killed")
                ok = False  # round 28: "but the price per soldier is 2,000", "зарплата одного солдата — 2 тисячі": money
            if ok and (_OLD_YEAR.search(_WHOSE_ASIDE.sub(" ", s)) or _EXERCISE.search(s[:cb])) and not _RUSSIA_PLACE.search(s) and not any(
                    _CUES[c].search(s[ca:cb]) for c in ("returned", "projected")):
                ok = False  # the Korean War's losses ("1950–1953 років: тоді КНДР втратила"); exercises at home
            if ok and cls == "bare" and not listed and _RECRUIT.search(s[ca:cb]) and not any(ca <= a < cb for a, _b in nk_spans):
                ok = False  # "About 12,000 men were mobilized in Buryatia", "12 000 людей евакуйовано з Суджі"
            if ok and not nk_spans and not nk_np and not listed and _RECRUIT.search(s[:num.start]):
                ok = False  # rounds 25-26: "Новая волна мобилизации после 2022 года, когда под ружье поставили 300 тысяч
                #             человек": a sentence about a mobilisation that names no North Korea counts none of theirs
            if ok and not nk_spans and not nk_np and not listed and _SHORTAGE_BEFORE.search(s[max(0, num.start - 140):num.start]):
                ok = False  # round 33: "Дефицит кадров в строительной отрасли … превышает 40 тыс. человек": a labour gap
            lrel = _RELATIVE_LOSER_BEFORE.search(s, max(0, num.start - 160), num.start) if ok and not nk_np else None
            if lrel and not _NK.search(lrel.group()):
                ok = False  # round 35: "For Russia, which by Ukrainian counts is losing about 1,000 soldiers a day": the
                #             country a relative clause hangs on loses them
            if ok and _ARTICLE_NO_BEFORE.search(s[:num.start]):
                ok = False  # rounds 25-26: "стаття 118 конвенції зобов'язує повертати полонених": a numbered provision
            if ok and cls == "bare" and not listed and _UNIT_WORD.search(s[ca:num.start]) and not any(
                    ca <= a < cb for a, _b in nk_spans) and not _PARTITIVE.match(s[num.end:]):
                ok = False  # "в его батальоне осталось не больше 200 человек": another side's unit
            if (ok and cls == "troop" and not nk_np and not nk_spans and not listed and _UNIT_SUBJECT.match(s)
                    and not _PARTITIVE.match(s[num.end:])):
                ok = False  # "Бригада, за словами командира, втратила 40 бійців": a unit of no named side is not theirs
            if ok and (_HOME_TRAINING.search(s[:num.end]) or (
                    _HOME_TRAINING.search(s[:cb]) and not _RUSSIA_PLACE.search(s[ca:cb]))) and not any(
                    _CUES[c].search(s[:max(num.end, cb)]) for c in ("returned", "projected")):
                ok = False  # training at home, not yet sent (a plan to send them is projected)
            if ok and _OWN_LOSSES.search(s[:num.start]) and not any(a < num.start for a, _b in nk_spans):
                ok = False  # rounds 18-22: "For Russia, … Its own losses, which … puts at 850,000": another side's own
            # rounds 23-24: "Pyongyang could send tens of thousands more, and North Korean engineers and workers are
            # … courted": a later conjunct with a subject of its own says nothing of the figure's referent
            if ok and cls == "bare" and not _TROOP.search(s) and _civil_referent(s[:_conj_cut(s, num.end)], hist):
                ok = False  # rounds 18-22: "рабочие из Северной Кореи: … их въехало более 10 тыс.": workers, not troops
            # rounds 18-22: an approximate year-like number bound to a troop noun is a head-count ("roughly 2000
            # wounded soldiers"): years are not approximated
            if num.yearlike and not (cls == "troop" and (nk_np or num.approx) and not re.search(
                    r"(?:\b(?:у|в|in|of|since|з|с|до|by|until|from|року|році)|[.,])\s*$", s[:num.start], re.I)):
                ok = False
            if num.value is not None and (num.value >= 1_000_000 or not float(num.value).is_integer()):
                ok = False
            if num.value is None and num.low is not None and num.low >= 1_000_000:
                ok = False
            if ok and not elliptic and not listed and num.value is not None and num.value < 100 and not s[num.start].isdigit() and not (
                    (_SMALL_WORD_NP.match(s, num.end) or (nk_np and _CAPTURE_PARTICIPLE_NP.match(s[num.end:].lstrip())))
                    and (not _GROUP_OF.search(s[:num.start]) or (
                        re.search(r"\bthe\s*$", s[:num.start], re.I) and _NK.match(s[num.end:].lstrip())))):
                ok = False  # "двох полонених північнокорейських військових" yes; "Групи семи", "трьох безпеку" no
            if ok and not s[num.start].isdigit() and s[num.start].isupper() and re.search(
                    r"\b[A-Z][a-z]+ of\s*$", s[:num.start]) and not _title_case(s):
                ok = False  # a name: "Group of Seven" (not a headline in title case: "Capture of Two Soldiers")
            # a part of the figure before it: "..., з них 500 офіцерів і три генерали", "including 500 officers"
            earlier = [q for q in range(len(items)) if items[q][2]]
            if cls != "reject" and earlier and _PARTITIVE_BEFORE.match(s[ca:num.start]) and not (
                    num.yearlike or (num.value is not None and num.value >= 1_000_000)):
                ok = True
                part_of[k] = earlier[-1]
            elif (cls != "reject" and (ok or cls == "troop") and earlier and not num.yearlike and num.value is not None
                  and num.value < 1_000_000 and ((ok and re.fullmatch(r"\s*[—–]\s*", s[items[earlier[-1]][1]:num.start])) or (
                      items[earlier[-1]][0].value is not None and num.value < items[earlier[-1]][0].value
                      and _APPOSITION_GAP.fullmatch(s[items[earlier[-1]][1]:num.start])))):
                part_of[k] = earlier[-1]  # "6 тисяч військових — 1 тисячу саперів …": an apposition lists the parts
                appos_part.add(k)
                ok = True  # round 32: its troop noun makes it a part even when the sentence names another side
            elif (cls != "reject" and k - 1 in part_of and items[-1][2] and not num.yearlike
                  and num.value is not None and num.value < 1_000_000
                  and _PART_CHAIN.fullmatch(s[items[-1][0].end:num.start])):
                ok = True  # "из которых 500 — офицеры и трое — генералы": the next part of the same whole
                part_of[k] = part_of[k - 1]
            elif (cls != "reject" and k - 1 in part_of and items[-1][2] and not num.yearlike
                  and num.value is not None and items[part_of[k - 1]][0].value is not None
                  and num.value < items[part_of[k - 1]][0].value
                  and _NEXT_PART_GAP.fullmatch(s[items[-1][0].end:num.start])):
                ok = True  # rounds 25-26: "— 1 тыс. саперов для разминирования … и 5 тыс. строителей": next part
                part_of[k] = part_of[k - 1]
                appos_part.add(k)
            elif (cls != "reject" and ok and not earlier and history["last_kind"]
                  and _PARTITIVE_BEFORE.match(s[ca:num.start])):
                whole_kind[k] = history["last_kind"]  # "серед них 500 офіцерів" after the sentence with the whole
            items.append((num, np_end, ok))
            if listed or (ok and item is not None and _item_value(s, nums, num, item[1])):
                listed_idx.add(len(items) - 1)  # a list line's value (its heading may give the kind)
        # "около 60 тыс. военных, в том числе 11 тыс. северокорейцев": a whole whose part is the North Koreans is a
        # total of several sides
        for part, whole in part_of.items():
            nk_part = infos[part][3] or re.match(r"\s*(?:[^\W\d_]+\s+)?[—–-]\s*(?:" + _DEMONYM.pattern + ")", s[infos[part][2]:],
                                                 re.I)
            if nk_part and not infos[whole][3] and items[whole][2] and not any(
                    a < items[whole][0].start for a, _b in nk_spans):
                items[whole] = (items[whole][0], items[whole][1], False)
        # "Из 50 тысяч военных … около 11 тысяч — северокорейцы": a base whose later part is the North Koreans is a total
        # of several sides too
        for k, (num, np_end, ok) in enumerate(items):
            if not ok or infos[k][3] or not _BASE_BEFORE.search(s[max(0, num.start - 40):num.start]) or any(
                    a < num.start for a, _b in nk_spans):
                continue
            if any(items[q][2] and (infos[q][3] or re.match(r"\s*(?:[^\W\d_]+\s+)?(?:[—–-]|are|is|were|—\s*это|—\s*це)\s*"
                                                          r"(?:" + _NK.pattern + ")", s[infos[q][2]:], re.I))
                   for q in range(k + 1, len(items))):
                items[k] = (num, np_end, False)
        # rounds 18-22: "Up to 4,000 of the 11,000 troops Kim sent …": a bare figure right before "of (the)/з/из" and a
        # North Korean troop figure is a part of those troops
        part_before: set[int] = set()
        for k in range(len(items) - 1):
            num, np_end, ok = items[k]
            whole = items[k + 1][0]
            if not ok and items[k + 1][2] and num.value is not None and num.value >= 2 and not num.yearlike and (
                    whole.value is None or whole.value > num.value) and _PART_OF_NEXT.fullmatch(
                    s, num.end, items[k + 1][0].start):
                items[k] = (num, np_end, True)
                part_before.add(k)
        if not any(x[2] for x in items):
            continue
        kinds: dict[int, str] = {}
        for idx, (num, np_end, ok) in enumerate(items):
            if not ok:
                continue
            seg_a, seg_b = _segment(s, clauses, items, idx)
            if idx in part_before:
                # the part shares its whole's predicate, past a participle clause of the whole ("3 тисячі з 12 тисяч
                # …, розгорнутих на Курщині, загинули"), up to the next figure
                seg_b = max(seg_b, items[idx + 2][0].start if idx + 2 < len(items) else len(s))
            if _GERUND_CLAUSE.match(s, seg_a) and s[:seg_a].rstrip().endswith(","):
                # round 16: "…может направить …, доведя их число до 20 тыс.": a gerund clause takes the kind of the
                # clause it hangs on
                seg_a = max((c[0] for c in clauses if c[1] <= seg_a), default=seg_a)
            res_b = seg_b
            dash = re.match(r"\s*[—–]\s*", s[seg_b:])
            if dash:  # round 16: "еще 600 тыс. — в резерве": the apposition after a dash places the figure
                nxt_c = _clause_of(clauses, seg_b + dash.end())
                if not any(nxt_c[0] <= n.start < nxt_c[1] for n, _e, _o in items):
                    res_b = max(seg_b, nxt_c[1])
            if _RESERVE.search(s[seg_a:res_b]) and not (_RUSSIA_PLACE.search(s[seg_a:res_b]) and not _HOME_RESERVE.search(
                    s[seg_a:res_b])):
                continue  # a reserve at home; "у резерві поблизу Курська" is in Russia
            # "відправить 1 000 саперів і 5 000 військових будівельників": a figure joined to the one before it
            # in the same clause shares its verb
            q = max((k for k in kinds if k < idx), default=None)
            coord = kinds[q] if q is not None and seg_a > _clause_of(clauses, num.start)[0] and (
                _clause_of(clauses, items[q][0].start) == _clause_of(clauses, num.start)) else None
            if coord is None and q is not None and _AS_WELL_AS_BEFORE.search(s[items[q][0].end:num.start]):
                coord = kinds[q]  # round 16: "…, а также около 6 тыс. саперов", "as well as 1,000 engineers"
            if idx in part_before and _CUES["captured"].search(s, 0, num.start):
                kinds[idx] = "other"  # "Их взяли в плен … — двое из примерно 12 тысяч военных": the captured part
            kind = kinds[idx] = kinds.get(idx) or _kind(s, seg_a, seg_b, items, clauses, idx, whole=kinds.get(part_of.get(idx, -1)) or whole_kind.get(idx),
                                      coord=coord, prev=kinds[q] if q is not None else None)
            if (idx in appos_part and kind == "present" and kinds.get(part_of.get(idx, -1)) == "projected"
                    and not _CUES["captured"].search(s, num.start, seg_b)):
                kind = kinds[idx] = "projected"  # rounds 25-26: the parts listed after a planned whole are planned too
            if kind == "other" and hist and num.value is not None and num.value < 100 and (_CUES["captured"].search(
                    hist[-1]) or (num.value <= 10 and _capture_named(history, par[:sb]))) and not any(
                    _CUES[c].search(s) for c in (*_KIND_ORDER, "projected_weak")):
                # rounds 23-24: "Полонених узяли сусіди … Двох корейців … потім показували по телевізору": a handful of
                # men with no cue of their own, right after the sentence that names the capture, are those prisoners
                # (round 32: a handful of up to ten anywhere after it: "For now the two North Koreans wait.")
                pass
            elif kind == "other" and not _CUES["captured"].search(s):
                # no cue anywhere: "а ГУР … оценивало их в 5 тысяч", "the HUR puts the figure at 11,000" repeat
                # the kind of the figure before (in the sentence, else in the article when the sentence refers back)
                prev_kinds = [kinds[k] for k in kinds if k < idx]
                # else the kind of a parallel figure after it ("казала про «приблизно 10 тисяч», а за тиждень —
                # про 11–12 тисяч у Курській області")
                nxt = next((q for q in range(idx + 1, len(items)) if items[q][2]), None)
                nxt_kind = _kind(s, *_segment(s, clauses, items, nxt), items, clauses, nxt) if (
                    not prev_kinds and nxt is not None and not _COMPLEMENT_BETWEEN.search(
                        s, num.end, items[nxt][0].start)) else "other"
                if nxt_kind != "other" and _OWN_STATEMENT.search(
                        s, _segment(s, clauses, items, nxt)[0], items[nxt][0].start):
                    # round 16: "У ГУР говорили про 11—12 тисяч, а Сирський оцінював втрати … у 3 тисячі": a later
                    # figure with a verb of its own is no parallel; its cues are its own
                    nxt_kind = "other"
                same = history.get("fig_kinds", {}).get(_fig_key(num))
                if same and not num.vague:
                    # rounds 18-22: a figure that repeats a value (or range) the article already gave with a kind
                    # refers to the same men ("Тож тисяча … саперів" after "відправить тисячу саперів")
                    kind = kinds[idx] = same
                elif prev_kinds:
                    kind = kinds[idx] = prev_kinds[-1]
                elif nxt_kind != "other":
                    kind = kinds[idx] = nxt_kind
                elif _ESTIMATE.search(s, max(0, num.start - 60), num.start) and _TROOP.search(
                        s, num.end, max(num.end, items[idx][1])):
                    # rounds 18-22: a figure named or estimated with no cue of its own is troops there, not the kind
                    # of the figure before ("Раніше президент називав цифру у 11 тисяч солдатів" after a casualty figure;
                    # a bare "назвал цифру свыше 3 тысяч" after losses goes on counting them)
                    kind = kinds[idx] = "present"
                elif hist and _HEDGE.search(s) and any(_CUES[c].search(hist[-1]) for c in _KIND_ORDER):
                    kind = kinds[idx] = next(c for c in _KIND_ORDER if _CUES[c].search(hist[-1]))
                elif history["last_kind"] and history["n"] - history.get("last_at", 0) <= _HISTORY and (
                        _ANAPHOR.search(s) or _ABOUT_FIGURE_BEFORE.search(
                        s[max(0, num.start - 40):num.start])):
                    kind = kinds[idx] = history["last_kind"]
                elif hist and _ANAPHOR.search(s) and not _CUES["captured"].search(hist[-1]):
                    # "Северокорейские войска находятся в Курской области. Всего их около 11 тыс.": the cue of the
                    # sentence the pronoun refers to
                    kind = kinds[idx] = next((c for c in _KIND_ORDER if _CUES[c].search(hist[-1])), "other")
                if kind == "other" and (_ESTIMATE.search(s) or _ABOUT_FIGURE_BEFORE.search(s[max(0, num.start - 40):num.start])):
                    # an estimate with no cue at all ("Сеул оценивал уже около 11 тыс. человек"): troops there
                    kind = kinds[idx] = "present"
                if kind == "other" and not (same and not num.vague) and not _EXCHANGE.search(s):
                    # rounds 18-22: a North Korean troop figure with no cue at all is far more often troops there
                    # ("погрузили 1500 бойцов спецназа", "о первых полутора тысячах военных КНДР на полигонах")
                    kind = kinds[idx] = "present"
            if idx in listed_idx and heading and not _CUES["captured"].search(s):
                # "Плани Пхеньяна:" / "Главное о северокорейском контингенте:": the heading says what its items count
                hk = next((c for c in _KIND_ORDER if _CUES[c].search(heading)), None)
                if _PLAN_WORD.search(heading):
                    hk = "projected"
                if hk and (kind == "other" or (kind == "present" and hk == "projected")):
                    kind = kinds[idx] = hk
            claimant = _claimant(s, num.start, par, sa)
            if claimant == "unknown" and heading:
                claimant = _claimant(heading, 0, heading, 0)  # "Оцінка ГУР:"
            quote = s[seg_a:seg_b].strip(" ,;:—-\"()")
            if num.start - seg_a > 160:
                quote = s[max(seg_a, num.start - 120):seg_b].strip(" ,;:—-\"()")
            out.append({
                "value": _int(num.value), "low": _int(num.low), "high": _int(num.high),
                "approx": bool(num.approx), "vague": bool(num.vague), "kind": kind, "claimant": claimant, "quote": quote,
                "sentence": s.strip(),
            })
            history["last_kind"] = kind
            history["last_at"] = history["n"]
            if not num.vague:
                history.setdefault("fig_kinds", {}).setdefault(_fig_key(num), kind)
            if kind in ("present", "projected"):
                history.setdefault("nk_values", set()).update(
                    v for v in (num.value, num.low, num.high) if v is not None)
            if _NK.search(s):
                history["last_nk"] = s
    return out


# rounds 18-22: "its own losses", "свои потери", "власні втрати": the losses of the sentence's (or the last) subject
_OWN_LOSSES = re.compile(r"\b(?:(?:its|their)\s+own\s+(?:losses|casualties|dead|toll)|сво(?:и|их|ими)\s+(?:собственн\w+\s+)?"
                         r"потер\w*|собственн\w+\s+потер\w*|(?:сво(?:ї|їх)|власн\w+)\s+(?:власн\w+\s+)?втрат\w*)", re.I)
_CIVIL_HEAD = re.compile(_LABOUR.pattern[:-3] + r"|граждан\w*|громадян\w*|citizens|nationals|builders|будівельник\w*|строител\w*)\b", re.I)


def _conj_cut(s: str, pos: int) -> int:
    """Where a conjunct with a subject of its own begins after ``pos`` (", and …", ", а …"), else len(s): rounds 23-24,
    "Pyongyang could send tens of thousands more, and North Korean engineers and workers are … courted"."""
    m = _CONJ_CLAUSE.search(s, pos)
    return m.start() if m else len(s)


def _civil_referent(s: str, hist: list[str]) -> bool:
    """True when the North Koreans a bare figure can refer to are civilians: its sentence names North Korea with a
    civilian head (workers, citizens, students) and no troop word, or it names no North Korea and the latest earlier
    sentence that does is such a one (rounds 18-22)."""
    ref = s if (_NK.search(s) or _DEMONYM.search(s)) else next(
        (h for h in reversed(hist) if _NK.search(h) or _DEMONYM.search(h)), "")
    return bool(_CIVIL_HEAD.search(ref)) and not _TROOP.search(ref)


def _fig_key(num) -> tuple:
    """(value, low, high) of a parsed number, the key under which an article remembers a figure's kind."""
    return (_int(num.value), _int(num.low), _int(num.high))


def _list_item(s: str) -> tuple[str, int] | None:
    """(label, end of its separator) when sentence ``s`` is a list or table line: an optional bullet, a label of
    at most six words (and a parenthesis), then ":" (or a dash after a bullet) and a value ("Deployed:
    11,000–12,000", "— погибли: не менее 1 тыс.;", "• первая волна (октябрь–декабрь 2024) — около 11–12 тыс.")."""
    b = _BULLET.match(s)
    m = _LABEL.match(s, b.end() if b else 0)
    if not m or (not b and m.group("sep") != ":") or m.end() >= len(s.rstrip()):
        return None
    return m.group("label"), m.end()


def _item_value(s: str, nums, num, sep_end: int) -> bool:
    """True when ``num`` is the value of the list line whose label ends at ``sep_end``: the first figure after
    it, at most three words on ("около", "не менее", "від"), with at most six words after it (parentheses aside)."""
    first = next((x for x in nums if x.start >= sep_end), None)
    if first is not num or len(s[sep_end:num.start].split()) > 3 or re.search(r"\d", s[sep_end:num.start]):
        return False
    return len(re.sub(r"\([^()]*\)", " ", s[num.end:]).split()) <= 6


def _list_heading(hist: list[str]) -> str | None:
    """The heading of the list the current line belongs to: the latest previous sentence that is no list line,
    when it is short and ends with ":" ("Оцінка ГУР:", "Плани Пхеньяна:", "Key figures:")."""
    for x in reversed(hist):
        if _list_item(x) is not None:
            continue
        x = x.strip()
        return x if x.endswith(":") and len(x.split()) <= 10 and not re.search(r"\d", x) else None
    return None


def _title_case(s: str) -> bool:
    """True for an English headline in title case (most words of four letters or more capitalised)."""
    words = re.findall(r"[A-Za-z]{4,}", s)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


# another side reacting to the reports ("Moscow has not confirmed the deployment", "Кремль відмовився коментувати"):
# a sentence with no figure of its own that names no side
_REACTION = re.compile(r"\b(?:confirm\w*|den(?:y|ies|ied)|comment\w*|acknowledg\w*|admit\w*|dismiss\w*|called|"
                       r"визна\w*|підтверд\w*|заперечу\w*|запереч\w*|коментува\w*|коментар\w*|назвал\w*|назвав|"
                       r"признал\w*|признава\w*|подтверд\w*|отрица\w*|опроверг\w*|комментир\w*|отказал\w*|відмовил\w*)\b", re.I)


def _nk_topic(hist: list[str]) -> bool:
    """True when the latest of the previous sentences that names a side names North Korea (the last
    ``_HISTORY`` sentences, or up to ``_HISTORY_FAR`` when none of those names a side).

    A sentence that names another side only as the actor of something that is no fighting, losing or
    counting ("Россия до сих пор официально не признала их участия в войне": no figure, no troop word, no
    loss) names no side here."""
    for x in reversed(hist):
        if _NK.search(x):
            return True
        if _CITIZENS_OF_OTHER.search(x) and _SERVING.search(x):
            return False  # rounds 25-26: "граждан Узбекистана …, воюющих по контракту": another country's men fighting
        # a country holding its own forces ("South Korea fields an army of …") is an aside: the story goes on after it
        if _names_other_side(x, holder=False) and (re.search(r"\d", x) or _TROOP.search(x) or _CUES["casualties"].search(x)
                                     or _UNIT_CTX.search(x) or _DEPLOY.search(x) or _foreign_force(x)) and not (
                _REACTION.search(x) and not re.search(r"\d", x) and not _foreign_force(x)):
            return False
    return False


_NUMBERED_UNIT = re.compile(
    r"\b\d{1,3}(?:-(?:а|я|й|ї|ю|ої|ой|ей|ий|го|му|ма|та|ша|ти|ї)|th|st|nd|rd)\s+(?:[^\W\d_]+[\s-]+){0,3}?"
    r"(?:армі\w*|арми\w*|бригад\w*|дивізі\w*|дивизи\w*|корпус\w*|полк\w*|батальй?он\w*|army|brigade|division|corps|"
    r"regiment|battalion|Army|Brigade|Division|Corps|Regiment|Battalion)\b", re.I)


_KILL_AGENT = re.compile(r"\b(?:killed|kill|destroyed|eliminated|captured|took prisoner|знищил\w*|знищув\w*|знищи\w*|"
                         r"уничтожил\w*|уничтожа\w*|ліквідува\w*|ликвидировал\w*|вбили|убили|взяли в полон|взяли в плен|"
                         r"полонили|пленили)\b", re.I)
# round 36: the object of a verb of killing right before a count out of "them" ("they killed 40 of them", "знищили 40 з
# них"): the story's troops, whoever the killer is
_KILLED_COUNT_BEFORE = re.compile(r"(?:" + _KILL_AGENT.pattern + r")\s+(?:(?:about|some|at least|around|nearly|близько|"
                                  r"щонайменше|около|не менее|почти|майже)\s+)?$", re.I)


_ORDINAL_GATE = re.compile(r"\d(?:-|th|st|nd|rd)")
_OWN_LOSS_VERB = re.compile(r"\b(?:потерял\w*|теряет|теряют|втратил\w*|втрачає|втрачають|lost|loses|has lost|suffered|"
                            r"насчитыва\w*|налічу\w*|numbers|numbered|numbering|has|have|had|має|мала|имеет|имела|(?:may|might|could|to|would|now|still)\s+number|понесл\w*|"
                            r"зазнал\w*)\b", re.I)


def _foreign_force(x: str) -> bool:
    """True when ``x`` names a force of another side: a nationality bound to a force or its losses ("російські
    війська") that is no place or companion ("при штабах російських угруповань"), or a force with its country
    after it ("ВС РФ", "військові з Ірану")."""
    if any(not _STAFF_OF_BEFORE.search(x, max(0, m.start() - 40), m.start()) for m in _FORCE_OF_COUNTRY.finditer(x)):
        return True
    # a numbered unit with no North Korea named next to it that loses or holds its own men ("5-я общевойсковая армия ВВО
    # … потеряла"; not "бригад 11-го корпуса", North Korea's corps): another side's force
    # (unless it is the one that kills or captures: "Ukraine's 61st Brigade … had killed 40 of them")
    if _ORDINAL_GATE.search(x) and any(not _NK.search(x[max(0, m.start() - 40):m.end() + 30]) and not _COMPANION_BEFORE.search(x[max(0, m.start() - 30):m.start()])
           and not _KILL_AGENT.search(x, m.end(), m.end() + 80) and _OWN_LOSS_VERB.search(x, m.end(), m.end() + 120)
           for m in _NUMBERED_UNIT.finditer(x)):
        return True
    if not _FOREIGN.search(x):
        return False
    return any(not _COMPANION_BEFORE.search(x[max(0, m.start() - 30):m.start()])
               and not _SOURCE_PP_BEFORE.search(x[max(0, m.start() - 30):m.start()]) for m in _FOREIGN_SIDE.finditer(x))


# rounds 18-22: a force named as the source of a report ("по словам украинских военных", "according to Ukrainian troops")
_SOURCE_PP_BEFORE = re.compile(r"(?:по словам|за словами|со слов|по данным|за даними|according to|citing|по оценкам|"
                               r"за оцінками)\s+$", re.I)


def _names_other_side(x: str, holder: bool = True) -> bool:
    """True when sentence ``x`` names another side: a nationality bound to a force or its losses, or another
    country / its leader / "the enemy" as an actor (not a destination: "до Росії", "to Russia")."""
    x = _CONDITION.sub(lambda m: " " * len(m.group()), x)
    x = _INCURSION_AS_TIME.sub(lambda m: " " * len(m.group()), x)
    x = _WHOSE_ASIDE.sub(lambda m: " " * len(m.group()), x)  # "South Korea, whose 500,000-strong military …, said"
    return _foreign_force(x) or (holder and bool(_HOLDER.search(x))) or any(
                not re.search(r"(?:\b(?:до|в|у|во|на|за|с|со|зі|with|against|против|проти|to|in|into|from|of|for|near|біля|поблизу|возле|вблизи|з|із|из|по|даними|данным|словами|словам|оцінками|оценкам|"
                r"оцінкою|оценке|according to|" + _SOURCE_NOUNS + r")\s*"
                # round 28: an adjective inside the phrase ("зустріч з новим противником", "against a new enemy")
                r"(?:(?:[^\W\d_]{2,}(?:им|ым|ою|ой|ий|ый|ого|ому|ими|ыми|их|ых|ій|ої|ую|юю|ем|єм)|new|old|the|a|an|same|common)\s+)?)$",
                x[:m.start()], re.I)
                and not _SAYS_AFTER.match(x, m.end()) and not _DATIVE_SIDE.match(m.group())
                and not (_GIVE_BEFORE.search(x, max(0, m.start() - 20), m.start()) and _RECIPIENT.match(m.group()))
                and not _REQUEST_AFTER.match(x, m.end()) and not _pp_genitive(x, m)
                and not _SOURCE_AFTER.match(x, m.end()) and not _TITLE_BEFORE.search(x, max(0, m.start() - 40), m.start())
                for m in _OTHER_SIDE.finditer(x))


# round 32: a side word bound to a leader's title ("Глава киевского режима Владимир Зеленский называл цифру", "президент
# України", "the head of the Kyiv administration") names a person, the source of what follows, not a side's force
_TITLE_BEFORE = re.compile(r"\b(?:глав[аиуыое]|президент\w*|прем'?єр\w*|премьер\w*|лідер\w*|лидер\w*|керівник\w*|"
                           r"руководител\w*|очільник\w*|head|president|leader|prime minister)\s+(?:of\s+(?:the\s+)?)?$",
                           re.I)


# a side word bound to a source noun after it ("киевские источники", "українські ЗМІ", "Ukrainian officials said"): a
# source, not a side
_SOURCE_AFTER = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:" + _SOURCE_NOUNS + r"|источник\w*|джерел\w*|sources?|officials?|media|"
                           r"outlets?|journalists?|журналіст\w*|журналист\w*|военкор\w*|воєнкор\w*|блогер\w*|bloggers?|"
                           r"analysts?|аналітик\w*|аналитик\w*|експерт\w*|эксперт\w*|experts?|intelligence)\b", re.I)


def _pp_genitive(x: str, m: re.Match) -> bool:
    """True when the country ``m`` is a genitive inside a prepositional phrase ("на кораблях ВМФ России", "по оценке
    ГУР Украины", "у штабі армії Росії"): an attribute of a place, a means or a source, not an actor (round 17)."""
    return bool(_COUNTRY_GENITIVE.fullmatch(m.group()) and _PP_BEFORE_GENITIVE.search(x[max(0, m.start() - 60):m.start()]))


def _nk_troop_topic(hist: list[str]) -> bool:
    """True when one of the previous sentences names North Korean troops (North Korea and a troop word)."""
    return any(_NK.search(x) and (_TROOP.search(x) or _DEMONYM.search(x) or _NK_LOSSES.search(x)) for x in hist)


def _self_contained(s: str, a: int, b: int) -> bool:
    """True when the North Korea marker at s[a:b] sits in its own troop phrase ("North Korean soldiers")."""
    if _DEMONYM.match(s[a:]):
        return True
    after = re.match(r"\s*(?:\S+\s+)?", s[b:])
    nxt = s[b:][after.end():] if after else ""
    if _TROOP.match(s[b:].lstrip()) or (after and _TROOP.match(nxt) and not _TROOP.match(s[b:].lstrip()) and False):
        return True
    before = s[max(0, a - 40):a]
    return bool(re.search(_TROOP.pattern + r"\s*$", before, re.I))


def _int(v):
    return pd.NA if v is None else int(round(v))


def _clauses(s: str) -> list[tuple[int, int]]:
    cuts = [0]
    for m in _CLAUSE_BREAK.finditer(s):
        cuts.append(m.start())
        cuts.append(m.end())
    cuts.append(len(s))
    spans = [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts) - 1, 2)]
    return [(a, b) for a, b in spans if b > a] or [(0, len(s))]


def _clause_of(clauses, pos: int) -> tuple[int, int]:
    for a, b in clauses:
        if a <= pos < b:
            return a, b
    return 0, 0


def _segment(s: str, clauses, kept, idx: int) -> tuple[int, int]:
    num, np_end, _ok = kept[idx]
    ca, cb = _clause_of(clauses, num.start)
    a, b = ca, cb
    # rounds 23-24: a parenthetical attribution is transparent ("Потери контингента, по данным разведки, составили
    # около 4,7 тыс."): the clause before it is the figure's own when it holds no figure
    wa = _across_attribution(s, clauses, ca)
    if wa < ca and not any(wa <= n.start < ca for n, _e, _o in kept):
        a = wa
    if idx > 0:
        pnum, pend, _ok = kept[idx - 1]
        if pnum.start >= ca:
            a = max(a, _split_point(s, pend, num.start))
    if idx + 1 < len(kept):
        nnum, _e, _ok = kept[idx + 1]
        if nnum.start < cb:
            b = min(b, _split_point(s, np_end, nnum.start))
    return a, max(b, num.end)


# round 29: a later figure in a complement clause of another verb ("оценила их число в 1,5 тыс. и допустила, что …
# прибудут еще до 10 тыс.") is no parallel of the figure before it
_COMPLEMENT_BETWEEN = re.compile(r",\s*(?:что|що|that|якщо|если|if)\b", re.I)


_LOSS_NOUN_AFTER = re.compile(r"\s+(?:of\s+)?(?:втрат|потерь|losses|casualties)\b", re.I)


def _capture_named(history: dict, upto: str) -> bool:
    """True when the article up to here (its earlier paragraphs and ``upto``, the current one so far) names a capture;
    computed once per article, only when a handful of men asks (round 32)."""
    if not history.get("capture_seen"):
        pars = history.get("pars", [])
        done = history.get("capture_checked", 0)
        history["capture_seen"] = any(_CUES["captured"].search(p) for p in pars[done:-1])
        history["capture_checked"] = max(done, len(pars) - 1)
    return history["capture_seen"] or bool(_CUES["captured"].search(upto))


def _split_point(s: str, left_end: int, right_start: int) -> int:
    gap = s[left_end:right_start]
    conj = list(_CONJ.finditer(gap))
    if conj:
        return left_end + conj[-1].start()
    return left_end


def _kind(s: str, a: int, b: int, kept, clauses, idx: int, whole: str | None = None,
          coord: str | None = None, prev: str | None = None) -> str:
    """The kind of figure ``kept[idx]`` from the cues of its segment s[a:b].

    Captured soldiers are "other". A cue in a predicate joined after the figure's own one ("8 тис. солдатів
    КНДР вже у Курській області і ... можуть вступити в бій") does not override a cue before that
    conjunction. ``whole``: the kind of the figure this one is a part of ("з них 500 офіцерів"), used when
    the segment has no cue of its own. ``coord``: the kind of the figure this one is coordinated with in
    the same clause ("will send 1,000 deminers and 5,000 military builders to Kursk"); it wins over a
    mere ``present`` cue of the segment.
    """
    s = _CAUSE.sub(lambda m: " " * len(m.group()), s)
    # rounds 18-22: a modal that governs a verb of commenting or confirming is no plan ("не может комментировать
    # сообщения о … 10 тысячах", "could not confirm reports of 10,000")
    s = _MODAL_REPORT.sub(lambda m: " " * len(m.group()), s)
    # round 28: "може"/"может" set off by commas is an adverb of doubt ("ми бачили, може, кілька сотень"), no plan
    s = _MODAL_PARENTHETICAL.sub(lambda m: m.group()[0] + " " * (len(m.group()) - 2) + m.group()[-1], s)
    if _DECISION_DONE.search(s):
        # "Pyongyang's decision to dispatch 11,000 soldiers marks its largest deployment": a decision spoken of as done
        for m in _DECISION_DONE.finditer(s):
            for g in ("dec", "verb"):
                s = s[:m.start(g)] + " " * (m.end(g) - m.start(g)) + s[m.end(g):]
    seg = s[a:b]
    np_end = max(kept[idx][1], kept[idx][0].end)
    big_base = not (kept[idx][0].value is not None and kept[idx][0].value < 100)  # "One of the two … captured"
    if big_base and _is_base(s, kept, idx) or _SHARE_OF_FORCE_BEFORE.search(s[max(0, kept[idx][0].start - 120):kept[idx][0].start]):
        # the whole a part is counted from ("з 11 тисяч … 1,5 тисячі загинули", "40% из 11 тысяч … выбыли
        # из строя"): the troops that were there, unless its own words say otherwise (also when the part was
        # captured: "Двое из 12 тысяч военных КНДР взяты в плен", rounds 18-22)
        own = s[kept[idx][0].start:np_end]
        if not _CUES["casualties"].search(own) and not _CUES["captured"].search(own):
            return "projected" if _CUES["projected"].search(own) else "present"
    if _CAPTURED_RIGHT_AFTER.match(s, np_end):
        return "other"  # "Two North Korean soldiers captured by Ukraine have become …"
    if not big_base and _CUES["captured"].search(s, kept[idx][0].end, np_end):
        return "other"  # round 36: a handful whose own noun is a capture noun ("Один із двох полонених сказав …")
    start = kept[idx][0].start
    if _EXCHANGE.search(s, max(0, start - 40), start):
        return "other"  # rounds 18-22: "обменять двух северокорейских солдат на украинцев": men to swap are prisoners
    cap = _CUES["captured"].search(seg)
    if cap and a + cap.end() <= start and not _CUES["captured"].search(s, start, b) and (_CASUALTY_NOUN.search(
            s, start, np_end) or _LOSS_NOUN_AFTER.match(s, kept[idx][0].end)) and _CONJ_OR_COMMA.search(s, a + cap.end(), start):
        # (round 32: a loss noun as the head too: "Полонені корейці й тисячі втрат")
        # rounds 23-24: "перші полонені і сотні загиблих": a capture cue in another conjunct is not bound to the figure;
        # the figure's own head noun (a casualty noun) says what it counts
        return "casualties"
    if cap and not (
            _ORIGIN_BEFORE.search(s[a:start]) and not _CUES["captured"].search(s[start:b])):
        return "other"  # but "the first prisoners of war from Pyongyang's 12-thousand-strong force": the force they came from
    own_end = _clause_of(clauses, b + 1)[1] if _RELATIVE_START.match(s[b:]) else b  # "крім 11 тисяч, які прибудуть"
    if _ON_TOP_BEFORE.search(s[max(0, start - 60):start]) and not (
            _CUES["projected"].search(s, start, max(b, own_end)) or _CUES["projected_weak"].search(s, start, b)):
        # rounds 23-24: "6,000 more men on top of the 14,000 or so who … have been sent", "помимо 11 тысяч": the
        # base the new men are added to is the troops already there (unless its own words say they died or left)
        return next((k for k in ("returned", "casualties") if _CUES[k].search(seg)), "present")
    if _DEFINITE_BEFORE.search(s[:kept[idx][0].start]) and _PLACE_AFTER.match(s, np_end):
        # "the 12,000 North Korean troops in Kursk would soon be joined by artillery crews": troops that are
        # there, whatever the sentence says will happen to them next (unless they die or leave)
        return next((k for k in ("returned", "casualties") if _CUES[k].search(seg)), "present")
    # a force noun ("військових першого контингенту", "о 12-тысячном контингенте КНДР, который … готовит для
    # отправки") names the troops, not what happens to them: it is a cue only when nothing nearer says more
    force_cue = bool(_FORCE_NOUN_CUE.search(seg))
    s = s[:a] + _PURPOSE_PLACE.sub(lambda m: " " * len(m.group()), _FORCE_NOUN_CUE.sub(lambda m: " " * len(m.group()), seg)) + s[b:]
    seg = s[a:b]
    conj = (_CONJ.search(s, np_end, b) or _AS_CLAUSE.search(s, np_end, b)) if np_end < b else None
    if conj:
        head = s[a:conj.start()]
        for kind in _KIND_ORDER:
            if kind == "present" and coord in ("returned", "casualties", "projected"):
                return coord
            if _CUES[kind].search(head):
                return kind
    # "rotated out about 1,000 wounded soldiers and sent 3,000 replacements": a verb of its own before the figure
    own_verb = any(not _PLACE.fullmatch(m.group()) and not re.match(
        r"(?:deployment|presence|strong|totals?|number|reinforcement|присутн|присутств|підготовк|подготовк|підкріплен|"
        r"подкреплени|загальн|общ|у складі|в складі|в составе|alongside|перш|перв|first)", m.group(), re.I)
                   for m in _CUES["present"].finditer(s, a, kept[idx][0].start))
    if own_verb and coord in ("returned", "casualties", "projected") and not _CUES["projected"].search(s, a, kept[idx][0].start):
        coord = None
    if s[:a].rstrip().endswith(",") and s[b:].lstrip().startswith(",") and _NUMBER_VERB.search(seg):
        # rounds 23-24: an apposition that only sizes its noun ("Some of the wounded, believed to number in the hundreds,
        # had been sent back"): "number" is no cue; the clauses around it say what the figure is
        seg = _NUMBER_VERB.sub(lambda m: " " * len(m.group()), seg)
    for kind in _KIND_ORDER:
        if kind == "present" and coord in ("returned", "casualties", "projected"):
            return coord
        if _CUES[kind].search(seg):
            if kind == "casualties" and _sent_home_after(s, b, kept, clauses):
                return "returned"  # "кілька сотень поранених, відправлених до Пхеньяна": the wounded sent home
            return kind
    if coord:
        return coord
    # a clause next to the figure's own, with no figure of its own, completes it: an apposition
    # ("вывела … часть своих военных — около 2 тыс. человек") or a verbless predicate after a dash
    # ("ще 2,7 тисячі — поранені", "з яких щонайменше 1 000 — загиблі"; it wins over the kind of the whole),
    # a participle phrase ("Двое северокорейских военных, взятых в плен ВСУ, …" are captured)
    near = _neighbour_clauses(s, a, b, kept, clauses)
    # rounds 23-24: a figure inside a quotation ("«Россия зовет на помощь 12 тысяч солдат из КНДР», и призвал «вернуть
    # ребят домой»") takes its kind from the quotation's own words, never from the clause that quotes it
    num = kept[idx][0]
    qa, qb = 0, len(s)
    if s.count('"', 0, num.start) % 2 == 1 and '"' in s[num.end:]:
        qa, qb = s.rindex('"', 0, num.start), s.index('"', num.end)
        if len(_WORD.findall(s[qa:num.start])) + len(_WORD.findall(s[max(np_end, num.end):qb])) < 3:
            qa, qb = 0, len(s)  # a quoted figure ("о «нескольких тысячах» военнослужащих") is no slogan of its own
        elif not s[:qa].rstrip().endswith(":"):
            near = ""  # (round 31: a quotation opened after a colon goes on with the clause before it)
    if _CUES["captured"].search(near):
        return "other"
    # "около 3 тысяч — больше четверти всего контингента": a force noun next to the figure names the troops; it is a
    # cue only when nothing else in the sentence gives one
    near_force = bool(_FORCE_NOUN_CUE.search(near))
    near = _FORCE_NOUN_CUE.sub(lambda m: " " * len(m.group()), near)
    for kind in _KIND_ORDER:
        mk = _CUES[kind].search(near)
        if mk:
            if kind == "present" and (_MODAL_BEFORE.search(near[max(0, mk.start() - 30):mk.start()])
                                      or _MODAL_COPULA_BEFORE.search(near[max(0, mk.start() - 40):mk.start()])):
                return "projected"  # round 31: "наступним кроком може стати відправлення …: «Говорять про тисячу саперів»"
            return "returned" if kind == "casualties" and _sent_home_after(s, b, kept, clauses) else kind
    if force_cue:
        return "present"
    if whole:
        return whole
    # "…, and 1,000 more in December": a figure right after the conjunction, with no verb of its own, too
    if prev and (_ELLIPSIS_BEFORE.search(s[:kept[idx][0].start]) or (re.match(
            r"\s+(?:more|additional)\b(?!\s+than)", s[max(kept[idx][1], kept[idx][0].end):]) and re.search(
            r"(?:^|[,;]|\s)(?:and|і|й|и|та|а)\s+(?:(?:about|some|roughly|around|another|близько|около|ще|еще|ещё)\s+)?$",
            s[a:kept[idx][0].start]))):
        return prev  # "прибули 23 жовтня, ще приблизно 2 тисячі — 28 жовтня": the predicate of the figure before
    if _CUES["projected_weak"].search(seg):
        return "projected"
    # nearest cue in the rest of the sentence, outside clauses that hold another figure
    others = [_segment(s, clauses, kept, k) for k, (n, _e, o) in enumerate(kept) if k != idx and o]
    num = kept[idx][0]
    best = None
    for kind in _KIND_ORDER:
        for m in _CUES[kind].finditer(s):
            if a <= m.start() < b or any(oa <= m.start() < ob for oa, ob in others) or not qa <= m.start() < qb:
                continue
            if near_force and _FORCE_NOUN_CUE.fullmatch(m.group()):
                continue  # the force noun of an apposition names the troops
            if kind == "present" and _PLACE.fullmatch(m.group()) and best is not None:
                continue  # a destination ("в Россию") is the weakest cue: any other wins over it
            if kind == "casualties" and _LOSS_NOUN.fullmatch(m.group()) and m.start() >= b and "," in s[b:m.start()]:
                continue  # "up to 12,000 troops, mounting losses and …": a list item after a comma
            if m.start() >= b and _CONJ_CLAUSE.search(s[b:m.start()]) and any(
                    o and n.start > m.start() for n, _e, o in kept):
                continue  # "тепер — про 11 тисяч, а до кінця року … може зрости до 15 тисяч": the next figure's cue
            d = min(abs(m.start() - num.start), abs(m.start() - num.end))
            if kind == "present" and _MODAL_BEFORE.search(s[max(0, m.start() - 30):m.start()]):
                kind = "projected"  # "КНДР может отправить в Россию … до 20 тысяч человек"
            rank = (d, _KIND_ORDER.index(kind))
            if best is None or rank < best[0]:
                best = (rank, kind)
    return best[1] if best else ("present" if near_force else "other")


# a decision to send that the sentence speaks of as an event that happened ("…'s decision to dispatch … marks", "рішення
# Пхеньяна відправити … стало"): no plan
_DECISION_DONE = re.compile(
    r"\b(?P<dec>decision|рішення|решени[ея])\s+(?:[^\W\d_]+\s+){0,2}?(?P<verb>(?:to\s+)?(?:send|dispatch|deploy|відправити|"
    r"направити|перекинути|направить|отправить|перебросить))\b[^.;]{0,120}?\b(?:marks|marked|signals|signalled|signaled|came|comes|"
    r"was|has been|стало|став|стала|було|є|ознаменувал\w*|означа\w*|стало|было|является|знаменует|ознаменовал\w*)\b", re.I)


_MODAL_PARENTHETICAL = re.compile(r"[,—(]\s*(?:може|может|могло)\s*[,—)]", re.I)
# round 27: a hedge on the size of what the sentence before said ("Часть раненых отправили в Пхеньян. … речь может
# идти о нескольких тысячах", "може йтися про", "мова може йти про", "we could be talking about"): the figure sizes
# that sentence's men and takes its cue
_HEDGE = re.compile(
    r"\b(?:речь|мова)\s+(?:может|могла|могло|може|могла б|могла бы)\s+(?:идти|йти)\b|"
    r"\b(?:может|могла|могло|може)\s+(?:идти|йти)\s+(?:речь|мова)\b|\b(?:може|могло|могла)\s+(?:б\s+)?йтися\b|"
    r"\b(?:could|may|might)\s+be\s+(?:talking|speaking)\s+(?:about|of)\b", re.I)


# rounds 18-22: a modal governing a verb of commenting, confirming or saying ("не может комментировать", "could not
# confirm", "не може підтвердити"): the report is spoken of, nothing is planned
_MODAL_REPORT = re.compile(
    r"\b(?:(?:не\s+)?(?:может|могут|мог|могла|могли|може|можуть|міг|могла|змогли|смогли|сможет|зможе)|could|can|cannot|can't|"
    r"couldn't|may|might)\s+(?:not\s+|не\s+)?(?:(?:immediately|independently|yet|сразу|пока|ещё|еще|одразу|поки|наразі|"
    r"independently)\s+)?(?:комментировать|прокомментировать|подтвердить|опровергнуть|сказать|коментувати|"
    r"прокоментувати|підтвердити|спростувати|сказати|comment|confirm|verify|deny|say)\b|"
    # round 27: a hedge on the size of what was said (``_HEDGE``): nothing is planned
    + _HEDGE.pattern, re.I)
# rounds 18-22: "as" opening a clause of its own ("… killed or wounded in Kursk as wounded troops are flown home"); not
# "as many as", "as well as", "as part of"
_AS_CLAUSE = re.compile(r"\s(?:as)\s+(?!(?:many|much|well|few|part|of|if|a|an|long|soon|far|the first|to|such|with)\b)"
                        r"(?=(?:[^\W\d_]+\s+){1,3}(?:are|is|were|was|have|has|had)\b)", re.I)
# round 16: a verb of estimating or saying of a figure's own (its clause is a statement, not a gapped parallel)
_OWN_STATEMENT = re.compile(r"\b(?:оценива\w*|оцінюва\w*|оцінил\w*|оценил\w*|оцінює|оценивает|estimated|estimates|"
                            r"put (?:the|their|its) \w+ at|говори\w*|казал\w*|казав|said|says|заяви\w*|повідоми\w*|"
                            r"сообщи\w*|reported|told)\b", re.I)
# round 17: a strength per unit named before the figure ("brigades, each with several thousand soldiers", "бригади, кожна з
# яких має близько 2 тисяч")
_EACH_BEFORE = re.compile(r"\b(?:each|кожн\w*|кажд\w*)\s+(?:(?:with|of|has|had|numbering|з|із|из|с|має|мають|имеет|имеют|"
                          r"налічує|насчитывает|яких|которых|them|which)\s+){1,3}(?:(?:about|some|around|roughly|up to|близько|"
                          r"приблизно|около|примерно|до)\s+)?$", re.I)
# round 17: a number joined by a hyphen to a unit of time or length is a measure ("the 120-day mission", "30-денний")
_MEASURE_ADJ_AFTER = re.compile(r"-(?:day|week|month|year|hour|mile|km|kilometer|kilometre|денн\w*|тижнев\w*|місячн\w*|"
                                r"річн\w*|дневн\w*|недельн\w*|месячн\w*|летн\w*|годин\w*|часов\w*|кілометров\w*|километров\w*)\b",
                                re.I)
# round 17: a country's genitive and the prepositional phrase it may close (up to three words after the preposition)
_COUNTRY_GENITIVE = re.compile(r"Росії|России|України|Украины|Білорусі|Беларуси|Ірану|Ирана", re.I)
_PP_BEFORE_GENITIVE = re.compile(r"(?:^|[\s(,])(?:на|в|у|во|по|при|aboard)\s+(?:[^\W\d_]+\s+){1,3}$", re.I)
# round 17: a North Korean troop phrase right before an opening bracket ("северокорейский контингент (около 11 тыс.")
_NK_PHRASE_PAREN_BEFORE = re.compile(r"(?:" + _NK.pattern + r")\s+(?:[^\W\d_]+\s+)?(?:" + _TROOP.pattern + r")\s*\(\s*"
                                     r"(?:[^\W\d_]+\s+){0,2}$", re.I)
# round 16: a country other than Russia (and North Korea) as the place of the men ("У Південній Кореї … служать",
# "In Japan, …"): they belong to that country
_FOREIGN_LOCATIVE = re.compile(
    r"(?:^|[\s,(])(?:у|в|in)\s+(?:Південній Кореї|Южной Корее|South Korea|Японії|Японии|Japan|США|Сполучених Штатах|"
    r"Соединенных Штатах|the United States|the US|the U\.S\.|Китаї|Китае|China|Тайвані|Тайване|Taiwan|Україні|Украине|"
    r"Ukraine|Польщі|Польше|Poland|Білорусі|Беларуси|Belarus|Ірані|Иране|Iran)\b", re.I)
# round 17: another country's possessive right before a figure ("South Korea's 500,000 troops", "Kyiv's own 5,000")
_POSSESSOR_BEFORE = re.compile(
    r"\b(?:Ukraine|Russia|South Korea|Seoul|Kyiv|Moscow|Japan|Tokyo|China|Beijing|Taiwan|America|the US|the U\.S\.|"
    r"the United States|Washington|NATO|Poland|Belarus|Iran|Britain|the UK|France|Germany)'s\s+(?:own\s+)?"
    r"(?:(?:estimated|about|some|roughly|around|nearly|more than|over|up to)\s+)?$")
# a verb of believing: a place before it is the source's ("In Ukraine, officials believe …")
_BELIEVE = re.compile(r"\b(?:believe\w*|think|thinks|вважа\w*|счита\w*|полага\w*|припуска\w*|предполага\w*)\b", re.I)
# round 16: a gerund of bringing a number to a figure ("доведя … до", "bringing … to")
_GERUND_CLAUSE = re.compile(r"\s*(?:доведя|довівши|доводячи|доводя|увеличив|увеличивая|збільшивши|збільшуючи|bringing|"
                            r"raising|pushing|lifting|taking)\b", re.I)
# round 16: a figure joined to the one before by "as well as" with no verb of its own between
_AS_WELL_AS_BEFORE = re.compile(
    r"[,;]?\s*(?:а также|а також|а ще|як і|as well as|and also|along with|plus)\s+(?:[^\W\d_]+\s+){0,2}?$", re.I)
_FORCE_NOUN_CUE = re.compile(r"\b(?:контингент\w*|contingent|угрупован\w*|группировк\w*)\b", re.I)
# a coordinated clause after a comma ("…, а до кінця року …", "…, while …") belongs to the figure after it
_CONJ_CLAUSE = re.compile(r"[,;]\s*(?:а|і|и|та|але|но|and|while|but|whereas)\s", re.I)


# "Сеул называл около 10 тыс., Вашингтон — 11–12 тыс., а Киев — «до 15 тыс.»": gapped subjects after a verb of
# estimating or saying are sources, not sides
_SAID = re.compile(r"\b(?:говори\w*|говорил\w*|казал\w*|казав|said|says|claimed|put the (?:figure|number|total) at)\b", re.I)
# "a casualty rate approaching 40 percent of the deployed force — a dozen thousand men": the base of a share
_SHARE_OF_FORCE_BEFORE = re.compile(
    r"(?:%|\bpercent|\bper cent|\bвідсот\w*|\bпроцент\w*)\s+(?:of|з|із|из|от|від)\s+(?:the\s+)?(?:[^\W\d_]+\s+){0,2}?"
    r"(?:force|forces|contingent|troops|контингент\w*|військ\w*|войск\w*|особов\w+ склад\w*|личн\w+ состав\w*)"
    r"\s*[—–,:]\s*(?:(?:an?|some|about|roughly|around|the)\s+)?$", re.I)


_SAYING = re.compile(r"\b(?:said|says|told|announced|заяви\w*|сообщи\w*|сообща\w*|повідоми\w*|повідомля\w*|сказа\w*|"
                     r"рассказа\w*|розповів\w*|розповіла|пишет|пише|reported)\b", re.I)


def _sent_home_after(s: str, b: int, kept, clauses) -> bool:
    """True when the clause right after s[:b] is a participle or relative phrase with a cue of return and no figure
    of its own ("…раненых, отправленных в Пхеньян", "wounded soldiers, who were flown back home")."""
    for k, nxt in enumerate([c for c in clauses if c[0] >= b][:2]):  # the noun may stand alone between quotes
        if ";" in s[b:nxt[0]] or any(nxt[0] <= n.start < nxt[1] for n, _e, ok in kept if ok):
            return False
        text = s[nxt[0]:nxt[1]].strip()
        # "около 2 тыс. военных …, в основном раненых и обмороженных, к тому времени отправили обратно в КНДР": after
        # an apposition of the wounded, the clause is the figure's own predicate
        if (k == 1 or re.match(r"(?:[^\W\d_]+(?:ых|их|ні|ные|ed)\b|which|who|that|які|яких|которые|которых)", text, re.I)) and (
                _CUES["returned"].search(text)):
            return True
    return False


# a gapped subject before a figure's clause: ", а Росія — 50 тисяч", ", while Russia — 50,000"
_GAPPED_SUBJECT = re.compile(r"(?:^|,)\s*(?:а|і|и|та|while|and|whereas|тоді як|тогда как)\s+(\S+(?:\s+\S+)?)\s+—\s*$",
                             re.I)


def _other_side(s: str, clauses, pos: int) -> bool:
    """True when the clause at ``pos`` names another side as its actor, or another nationality. An attribution
    between the clause and the one before ("потери российской стороны, по данным Киева, превышают 1 000 человек")
    does not cut them apart."""
    ca, cb = _clause_of(clauses, pos)
    ca = _across_attribution(s, clauses, ca)
    seg = _CONDITION.sub(lambda m: " " * len(m.group()), s[ca:cb])
    seg = _WHOSE_ASIDE.sub(lambda m: " " * len(m.group()), seg)
    if _foreign_force(seg) or _HOLDER.search(seg):
        return True
    gap = _GAPPED_SUBJECT.search(s[max(0, ca - 60):ca])
    if gap and (_OTHER_SIDE.match(gap.group(1)) or _FOREIGN.match(gap.group(1))) and not (
            _ESTIMATE.search(s[:ca]) or _SAID.search(s[:ca])):
        return True  # "КНДР відправила 11 тисяч військових, а Росія — 50 тисяч": the gapped actor is another side
    return any(not re.search(r"(?:\b(?:до|в|у|во|на|за|to|in|into|from|of|for|near|біля|поблизу|возле|вблизи|з|із|из|по|даними|данным|словами|словам|оцінками|оценкам|"
                r"оцінкою|оценке|according to|" + _SOURCE_NOUNS + r")\s*)$", seg[:m.start()], re.I)
               and not _SAYS_AFTER.match(seg, m.end()) and not _DATIVE_SIDE.match(m.group())
               and not (_GIVE_BEFORE.search(seg, max(0, m.start() - 20), m.start()) and _RECIPIENT.match(m.group()))
               and not _REQUEST_AFTER.match(seg, m.end()) and not _pp_genitive(seg, m)
               and not _TITLE_BEFORE.search(seg, max(0, m.start() - 40), m.start())
               for m in _OTHER_SIDE.finditer(seg))


def _across_attribution(s: str, clauses, ca: int) -> int:
    """The start of the clause before an attribution clause that ends right before ``ca`` ("…, по данным Киева,
    …", "…, according to Kyiv, …"), else ``ca``."""
    if "," not in s[max(0, ca - 2):ca]:
        return ca
    before = [c for c in clauses if c[1] <= ca]
    if len(before) >= 2 and _ATTRIBUTION.match(s[before[-1][0]:before[-1][1]]) and s[before[-1][1]:ca].strip() == "," and (
            s[before[-2][1]:before[-1][0]].strip() == ","):
        return before[-2][0]
    return ca


# rounds 18-22: between a part and its whole ("4,000 of the 11,000", "4 тисяч із 11 тисяч")
_PART_OF_NEXT = re.compile(r"\s+(?:of the|of|out of|з|із|зі|из)\s+(?:(?:the|about|some|roughly|around|nearly|over|more than|"
                           r"близько|приблизно|майже|понад|около|примерно|почти|более|свыше)\s+)?", re.I)


def _is_base(s: str, kept, idx: int) -> bool:
    """True for a figure after "з/из/of (the)" that a later figure or a share ("40% из", "частина з") is part of."""
    num = kept[idx][0]
    before = s[:num.start]
    m = _BASE_BEFORE.search(before)
    if not m:
        return False
    later = any(ok and n.start > num.start for n, _e, ok in kept)
    # "з 11 тисяч північнокорейців близько третини вже вибули з ладу": a share named after the whole
    share_after = re.match(r"[\s,]+(?:[^\W\d_]+\s+){0,2}?(?:третин\w*|трет[ьи]|половин\w*|четверт\w*|half|a third|a quarter|"
                           r"most|більшість|большинств\w*|частин\w*|част[ьи])\b", s[max(kept[idx][1], num.end):], re.I)
    # rounds 18-22: a part figure right before the base ("Up to 4,000 of the 11,000 troops")
    part_before = any(n.end <= m.start() and _PART_OF_NEXT.fullmatch(s, n.end, num.start) for n, _e, _ok in kept)
    return later or part_before or bool(_SHARE_BEFORE.search(before[:m.start()])) or bool(share_after)


def _neighbour_clauses(s: str, a: int, b: int, kept, clauses) -> str:
    """Text of the clauses right before and after s[a:b] that hold no kept figure (not across ";")."""
    # a clause with a figure of its own ("…, in which an estimated 2.5 million people died") is that figure's
    starts = [n.start for n, _e, ok in kept if ok or not (n.yearlike or _MONTH.match(s[n.end:].lstrip()))]
    out = []
    # (round 31: a clause of no words, between a colon and a quotation mark, is no neighbour)
    before = [c for c in clauses if c[1] <= a and _WORD.search(s, c[0], c[1])]
    after = [c for c in clauses if c[0] >= b and _WORD.search(s, c[0], c[1])]
    # "Ще близько 1 тисячі, за даними ГУР, залишаються на полігонах": the predicate is after the attribution
    if len(after) > 1 and _ATTRIBUTION.match(s[after[0][0]:after[0][1]]):
        after = after[1:]
    # rounds 25-26: "прийшло поповнення: за даними Сеула, ще 3 – 3,5 тисячі": the predicate is before the attribution
    if len(before) > 1 and _ATTRIBUTION.match(s[before[-1][0]:before[-1][1]]):
        before = before[:-1]
    for c, gap in ((before[-1] if before else None, lambda c: s[c[1]:a]),
                   (after[0] if after else None, lambda c: s[b:c[0]])):
        if c is None or ";" in gap(c) or any(c[0] <= st < c[1] for st in starts):
            continue
        text = s[c[0]:c[1]]
        if c[0] >= b and re.match(r"\s*(?:а|але|но|while|but|whereas)\s", text, re.I):
            continue  # "про 11 тисяч, а до кінця року …": a contrasted clause, not a predicate of the figure
        if re.match(r"\s*[«\"]?\s*(?:if|unless|якщо|если)\s", text, re.I):
            continue  # "Если первая волна покажет себя …, Москва попросит еще десять тысяч": a condition, no predicate
        # "up to 12,000 troops, mounting losses and what Kim gets": after a comma, a noun of losses is
        # the next item of a list, not a predicate of the figure
        if c[0] >= b and "," in gap(c) and not re.search(r"[—:(]", gap(c)):
            text = _LOSS_NOUN.sub(lambda m: " " * len(m.group()), text)
        if _SAYING.search(text):
            # "…, Russia's Security Council secretary Sergei Shoigu said Tuesday": places in an attribution are no
            # destination of the figure
            text = _PLACE.sub(lambda m: " " * len(m.group()), text)
        out.append(text)
    return " | ".join(out)


_ALIAS_RES = [(name, re.compile(p, re.I if not re.search(r"[A-ZА-ЯІЇЄ]{2,}", p) else 0))
              for name, pats in CLAIMANT_ALIASES.items() for p in pats]
_GENERIC = {"US", "South Korea", "Japan", "Ukraine"}


def _required_literal(rx: re.Pattern) -> str:
    """The longest run of plain characters (2+) at the top level of ``rx``, which every match contains; "" when
    there is none or it holds a letter of ``_CASE_ODD``. Lower-cased for a case-insensitive ``rx``."""
    try:
        from re import _parser
        items = _parser.parse(rx.pattern, rx.flags).data
    except Exception:  # noqa: BLE001 - another Python's parser: no gate
        return ""
    best, run = "", ""
    for op, av in [*items, (None, None)]:
        if op is _parser.LITERAL:
            run += chr(av)
            continue
        best, run = max(best, run, key=len), ""
    if len(best) < 2 or _CASE_ODD.search(best):
        return ""
    return best.lower() if rx.flags & re.I else best


# (name, regex, a literal every match holds, whether to look for it in the lower-cased text)
_ALIAS_GATES = [(name, rx, _required_literal(rx), bool(rx.flags & re.I)) for name, rx in _ALIAS_RES]


def _claimant(s: str, pos: int, par: str, offset: int) -> str:
    found = _alias_hits(s)
    if found:
        return min(found, key=lambda h: abs(h[0] - pos) + (60 if h[2] in _GENERIC else 0)
                   + (0 if h[0] < pos else 15))[2]
    found = _alias_hits(par)
    if found:
        p = offset + pos
        return min(found, key=lambda h: abs(h[0] - p) + (60 if h[2] in _GENERIC else 0))[2]
    return "unknown"


def _alias_hits(s: str) -> list[tuple[int, int, str]]:
    hits = []
    low = None if _CASE_ODD.search(s) else s.lower()
    for name, rx, lit, folded in _ALIAS_GATES:
        # an alias that needs a run of letters absent from s cannot match: skip its search
        if lit and (lit not in s if not folded else low is not None and lit not in low):
            continue
        for m in rx.finditer(s):
            hits.append((m.start(), m.end(), name))
    # drop hits inside a longer hit
    keep = [h for h in hits if not any(o != h and o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
                                       for o in hits)]
    return keep
