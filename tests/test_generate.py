"""The benchmark corpus generator: deterministic, the right number of files, and truth that is true."""
from __future__ import annotations

import collections
import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.text import normalize, split_paragraphs  # noqa: E402

_spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "benchmarks" / "generate.py")
generate = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate)

N = 60


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus")
    truth = generate.generate_corpus(N, out, seed=7)
    return out, truth


def _paras(folder: Path, article: dict) -> list[str]:
    return split_paragraphs(normalize((folder / article["path"]).read_text(encoding="utf-8")))


def test_same_seed_same_bytes_other_seed_other_bytes(corpus, tmp_path):
    out, _ = corpus
    again = generate.generate_corpus(N, tmp_path / "again", seed=7)
    other = generate.generate_corpus(N, tmp_path / "other", seed=8)
    assert _digest(out) == _digest(tmp_path / "again")
    assert again["meta"]["seed"] == 7
    assert _digest(out) != _digest(tmp_path / "other")
    assert other["meta"]["seed"] == 8


def test_writes_n_files_in_small_folders(corpus, tmp_path):
    out, truth = corpus
    files = sorted(out.rglob("*.txt"))
    assert len(files) == N == len(truth["articles"]) == truth["meta"]["n_articles"]
    assert (out / "truth.json").is_file()
    big = generate.generate_corpus(2500, tmp_path / "big", seed=1)
    per_folder = collections.Counter(p.parent.name for p in (tmp_path / "big").rglob("*.txt"))
    assert len(big["articles"]) == 2500 and sum(per_folder.values()) == 2500
    assert max(per_folder.values()) <= generate.FILES_PER_FOLDER and len(per_folder) == 3
    # about 3 kB per article, like the seeds (the 300 MB per 100k articles)
    assert 1500 < big["meta"]["total_bytes"] / 2500 < 5000


def test_ids_unique_and_truth_points_to_real_files(corpus):
    out, truth = corpus
    ids = [a["id"] for a in truth["articles"]]
    assert len(set(ids)) == len(ids)
    for a in truth["articles"]:
        path = out / a["path"]
        assert path.is_file() and path.stem == a["id"]
        assert a["outlet"] in truth["outlets"]
        assert a["lang"] in ("uk", "ru", "en", "de")
    known = set(ids)
    assert truth["reprints"], "60 articles should hold at least one planted reprint"
    for r in truth["reprints"]:
        assert r["source"] in known and r["reprint"] in known and r["source"] < r["reprint"]


def test_planted_reprints_share_text(corpus):
    out, truth = corpus
    by_id = {a["id"]: a for a in truth["articles"]}
    for r in truth["reprints"]:
        src = set(_paras(out, by_id[r["source"]]))
        rep = _paras(out, by_id[r["reprint"]])
        if r["kind"] in ("verbatim", "reordered", "passage"):
            shared = [p for p in rep if p in src and len(p) > 40]
        elif r["kind"] == "cross_script":  # quoted in «» (normalised to ""): strip the quotes
            shared = [p for p in rep if p.strip('"') in src and len(p) > 40]
        else:  # edited: most words of a copied paragraph survive
            src_words = [set(p.split()) for p in src]
            shared = [p for p in rep if any(len(set(p.split()) & w) > 0.7 * len(p.split()) for w in src_words)]
        assert len(shared) >= min(r["shared_paragraphs"], 1), (r, rep)


def test_background_articles_differ(corpus):
    out, truth = corpus
    reprinted = {r["reprint"] for r in truth["reprints"]}
    bodies = [tuple(_paras(out, a)) for a in truth["articles"] if a["id"] not in reprinted]
    assert len(set(bodies)) == len(bodies)


def test_planted_footers_repeat_within_their_outlet(corpus):
    out, truth = corpus
    occurrences = collections.Counter()
    for a in truth["articles"]:
        paras = set(_paras(out, a))
        for f in a["furniture"]:
            assert normalize(f["text"]) in paras, (a["id"], f)  # planted lines are really in the file
            if f["kind"] == "outlet_footer":
                assert f["text"] in truth["outlets"][a["outlet"]]["footers"]
                occurrences[(a["outlet"], f["text"])] += 1
    assert occurrences and max(occurrences.values()) >= 3
    # the biggest outlets print their footers on several articles
    biggest = collections.Counter(a["outlet"] for a in truth["articles"]).most_common(1)[0][0]
    assert all(occurrences[(biggest, f)] >= 2 for f in truth["outlets"][biggest]["footers"])


def test_planted_troop_figures_are_in_the_text(corpus):
    out, truth = corpus
    n = 0
    kinds = set()
    for a in truth["articles"]:
        text = normalize((out / a["path"]).read_text(encoding="utf-8"))
        for fig in a["troops"] + a["distractors"]:
            assert normalize(fig["text"]) in text, (a["id"], fig)
            assert isinstance(fig["value"], int) and fig["value"] > 0
        for fig in a["troops"]:
            kinds.add(fig["kind"])
            n += 1
    assert n >= N // 4
    assert kinds <= {"present", "projected", "casualties", "returned"} and "present" in kinds


def test_languages_are_mixed(tmp_path):
    truth = generate.generate_corpus(400, tmp_path, seed=3)
    langs = collections.Counter(a["lang"] for a in truth["articles"])
    assert langs["uk"] > langs["ru"] > langs["en"] + langs["de"] > 0
    assert 0.15 < langs["ru"] / 400 < 0.35


def test_seed_sentences_hold_no_digits_or_furniture():
    pools = generate.seed_sentences()
    assert len(pools["uk"]) > 30 and len(pools["ru"]) >= 8
    every = pools["uk"] + pools["ru"]
    assert not [s for s in every if any(ch.isdigit() for ch in s)]
    assert not [s for s in every if s.startswith(("ЧИТАЙТЕ", "Підписуйтеся", "Москва перебросила"))]
    # seed 001's teaser block is not body text
    assert not [s for s in every if "Чорному морі" in s or "Теммі Брюс" in s]


def test_unrelated_articles_rarely_share_four_word_runs(tmp_path):
    """Only planted reprints should look like reprints: unrelated same-language bodies (apart from the troop
    sentences, which share stock phrases as real ones do) share fewer than 5 word 4-grams."""
    import itertools

    from analysis.text import tokenize

    truth = generate.generate_corpus(300, tmp_path, seed=5)
    in_reprints = {x for r in truth["reprints"] for x in (r["source"], r["reprint"])}
    grams = {}
    for a in truth["articles"]:
        if a["id"] in in_reprints:
            continue
        furn = {normalize(f["text"]) for f in a["furniture"]}
        body = " ".join(p for p in _paras(tmp_path, a)[1:] if p not in furn)
        for fig in a["troops"] + a["distractors"]:  # composed from stock phrases on purpose
            body = body.replace(normalize(fig["text"]), " ")
        toks = tokenize(body)
        grams[a["id"]] = (a["lang"], {tuple(toks[k:k + 4]) for k in range(len(toks) - 3)})
    pairs = hits = 0
    for (_, (la, ga)), (_, (lb, gb)) in itertools.combinations(grams.items(), 2):
        if la == lb:
            pairs += 1
            hits += len(ga & gb) >= 5
    assert pairs > 10000
    assert hits / pairs < 0.01
