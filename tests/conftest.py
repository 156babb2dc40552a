"""Shared test fixtures: the repository paths, small corpora written on the fly, and report builds.

Report builds execute every notebook (slow: seconds per notebook), so each corpus is built once per
test session, into a temporary folder (never the repository's ``reports/``), with ``keep_going=True`` so
one failing notebook does not hide the others. Tests read ``Build.failures`` to fail per notebook.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = ROOT / "data" / "articles"
for _p in (ROOT, ROOT / "scripts"):
    if str(_p) not in sys.path:
        sys.path.insert(0, str(_p))

#: Markup that must reach every report as text, never as live HTML.
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")

#: Two short articles on unrelated, unmilitary stories: no troop figures, nothing shared, markup in the text.
NOTHING_FOUND = {
    "a_weather.txt": (
        f"Погода {HOSTILE[0]} у Києві: синоптики обіцяють тепло\n\n"
        f"Синоптики Українського гідрометцентру повідомили, що в столиці цього тижня буде сонячно і сухо. {HOSTILE[1]}\n\n"
        "За їхніми словами, вітер буде слабким, а вночі можливі тумани в низинах біля річки.\n\n"
        "Мешканцям радять не забувати про парасольки: наприкінці тижня можливий короткочасний дощ & гроза.\n"
    ),
    "b_ceramics.txt": (
        f"В Москве открылась выставка {HOSTILE[1]} современной керамики\n\n"
        "Выставка работ молодых керамистов открылась в центре столицы и продлится до конца месяца.\n\n"
        "Организаторы рассказали, что представлены вазы, посуда и небольшие скульптуры из глины.\n\n"
        "Вход на выставку свободный, а по выходным проходят мастер-классы для детей и взрослых.\n"
    ),
}


@dataclass
class Build:
    """One ``build_reports`` run: where it wrote, what it returned, which notebooks failed."""

    data_dir: Path
    out: Path
    reports: list[Path] = field(default_factory=list)
    failures: list = field(default_factory=list)
    seconds: float = 0.0

    def failure_of(self, notebook: str):
        return next((f for f in self.failures if Path(f.notebook).stem == notebook), None)


def write_corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    """Write ``files`` (name → text or bytes) into ``folder`` and return it."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        path = folder / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return folder


def run_build(data_dir: Path, out: Path, timeout: int = 300) -> Build:
    """``build_reports`` on ``data_dir`` into ``out`` (the path ``make report`` takes), failures collected."""
    from report import ReportError, build_reports

    build = Build(data_dir, out)
    start = time.perf_counter()
    try:
        build.reports = build_reports(data_dir, out, timeout, keep_going=True, quiet=True)
    except ReportError as exc:
        build.reports, build.failures = exc.reports, exc.failures
    build.seconds = time.perf_counter() - start
    return build


def _corpora(root: Path) -> dict[str, Path]:
    seed = sorted(SEED_DIR.glob("*.txt"))[-1]
    return {
        # Every notebook on the five seeds.
        "seed": SEED_DIR,
        # One seed article, plus one file the loader rejects.
        "one": write_corpus(root / "one", {seed.name: seed.read_bytes(), "scan.pdf": b"%PDF-1.4 not an article"}),
        # Two unrelated articles: no troop figures, no overlap, hostile markup in the text.
        "none": write_corpus(root / "none", NOTHING_FOUND),
        # No article at all: every file is rejected.
        "empty": write_corpus(root / "empty", {"blank.txt": "", "photo.jpg": b"\xff\xd8\xff\xe0 not text"}),
    }


@pytest.fixture(scope="session")
def _builds(tmp_path_factory) -> dict:
    """Start the builds at once in worker processes (kernels mostly wait, so they overlap well)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    root = tmp_path_factory.mktemp("reports")
    corpora = _corpora(root / "corpora")
    pool = ProcessPoolExecutor(max_workers=3, mp_context=multiprocessing.get_context("fork"))
    futures = {key: pool.submit(run_build, path, root / f"{key}_reports") for key, path in corpora.items()}
    yield futures
    pool.shutdown(wait=True, cancel_futures=True)


@pytest.fixture(scope="session")
def seed_build(_builds) -> Build:
    """Every notebook on the five seeds."""
    return _builds["seed"].result()


@pytest.fixture(scope="session")
def one_article_build(_builds) -> Build:
    """Every notebook on a corpus of one seed article, plus one file the loader rejects."""
    return _builds["one"].result()


@pytest.fixture(scope="session")
def nothing_found_build(_builds) -> Build:
    """Every notebook on two unrelated articles: no troop figures, no overlap, hostile markup in the text."""
    return _builds["none"].result()


@pytest.fixture(scope="session")
def empty_build(_builds) -> Build:
    """Every notebook on a corpus whose every file is rejected: no article at all."""
    return _builds["empty"].result()
