"""Reports re-run top to bottom: every notebook on the seeds and on small corpora, through ``build_reports``.

The builds (conftest: ``seed_build``, ``one_article_build``, ``nothing_found_build``) run once per session.
"""
from __future__ import annotations

import hashlib
import html
import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from conftest import HOSTILE, ROOT, SEED_DIR, write_corpus
import report

NOTEBOOKS = report.notebook_paths()
NAMES = [p.stem for p in NOTEBOOKS]
# Taken before any build runs: a run must never write back over the notebooks in git.
BEFORE = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in NOTEBOOKS}
BUILDS = ["seed_build", "one_article_build", "nothing_found_build", "empty_build"]
IMG = re.compile(r"<img\b[^>]*>", re.I)


def _executed(build, name: str):
    return nbformat.read(build.out / "executed" / f"{name}.ipynb", as_version=4)


def _report(request, build_name: str, name: str):
    build = request.getfixturevalue(build_name)
    failure = build.failure_of(name)
    assert failure is None, f"{build_name}: {failure}"
    page = build.out / f"{name}.html"
    assert page.is_file(), f"{build_name}: no report {page.name}"
    return build, page.read_text(encoding="utf-8")


# --- the notebooks as committed -----------------------------------------------------------------

def test_there_are_notebooks():
    assert "01_language_mix" in NAMES
    assert NAMES == sorted(NAMES)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=NAMES)
def test_notebook_is_clean_and_runnable_by_papermill(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    assert nb.metadata.get("kernelspec", {}).get("language") == "python"
    assert nb.metadata.get("language_info", {}).get("name") == "python"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.get("outputs") == [] for c in code), "committed with outputs"
    assert all(c.get("execution_count") is None for c in code), "committed with execution counts"
    params = [c for c in code if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(params) == 1, "needs exactly one cell tagged 'parameters'"
    assert re.search(r'^DATA_DIR\s*=\s*"data/articles"', params[0].source, re.M)
    assert re.search(r'^REPORT_DIR\s*=\s*"reports"', params[0].source, re.M)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.lstrip().startswith("# ")
    bootstrap = code[code.index(params[0]) + 1].source
    assert 'if (p / "helpers.py").is_file()' in bootstrap and "h.load_articles(DATA_DIR)" in bootstrap


# --- every notebook on every corpus ---------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("build_name", BUILDS)
def test_report_is_complete(request, build_name, name):
    build, page = _report(request, build_name, name)
    nb = _executed(build, name)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"error output: {errors[0].get('ename')}: {errors[0].get('evalue')}"
    assert "Traceback" not in page and "jp-OutputArea-error" not in page
    assert 'data-mime-type="application/vnd.jupyter.stderr"' not in page
    # Figures: every image the notebook drew is in the page, embedded; none is a link to a file.
    drawn = sum("image/png" in o.get("data", {}) for c in nb.cells for o in c.get("outputs", []))
    imgs = IMG.findall(page)
    assert all('src="data:image/png;base64,' in tag for tag in imgs), [t[:80] for t in imgs]
    assert len(imgs) == drawn
    assert all(re.search(r'alt="[^"]*chart \d+', tag) for tag in imgs), "charts need alt text"
    if build_name == "seed_build":
        assert drawn >= 1, "no chart on the seeds"
    # Code hidden, a header with the corpus and date, no machine paths, nothing loaded from the network.
    assert "h.load_articles(DATA_DIR)" not in page and "import helpers" not in page
    assert 'class="report-meta"' in page and re.search(r"run on \d{4}-\d{2}-\d{2}", page)
    assert str(ROOT) not in page and str(build.data_dir) not in page and str(build.out) not in page
    assert not re.search(r'<script[^>]+src="https?:', page)
    assert "<title>" in page and f"<title>{name}</title>" not in page  # the notebook's own title


@pytest.mark.parametrize("build_name", BUILDS)
def test_index_links_every_report(request, build_name):
    build = request.getfixturevalue(build_name)
    index = (build.out / "index.html").read_text(encoding="utf-8")
    links = re.findall(r'<a href="([^"]+\.html)">([^<]+)</a>', index)
    targets = [href for href, _ in links]
    assert targets == [p.name for p in build.reports] == [f"{n}.html" for n in NAMES if not build.failure_of(n)]
    assert all((build.out / t).is_file() for t in targets)
    summaries = re.findall(r'<span class="summary">([^<]*)</span>', index)
    assert len(summaries) == len(NAMES) and all(s.strip() for s in summaries)
    assert str(build.data_dir) not in index


def test_seed_reports_name_the_corpus_as_in_the_repo(seed_build):
    for name in NAMES:
        if seed_build.failure_of(name):
            continue
        page = (seed_build.out / f"{name}.html").read_text(encoding="utf-8")
        assert "Corpus: <code>data/articles</code>" in page
        nb = _executed(seed_build, name)
        injected = [c for c in nb.cells if "injected-parameters" in c.metadata.get("tags", [])]
        assert len(injected) == 1
        assert 'DATA_DIR = "data/articles"' in injected[0].source  # relative to the repo root, not absolute
        assert f'REPORT_DIR = "{seed_build.out}"' in injected[0].source  # outside the repo: absolute


def test_first_report_summarises_a_computed_finding(seed_build):
    index = (seed_build.out / "index.html").read_text(encoding="utf-8")
    first = re.search(r'01_language_mix\.html">.*?<span class="summary">([^<]*)</span>', index, re.S)
    assert first and re.search(r"\d", first.group(1)), "the summary should be a computed sentence"


def test_runs_leave_the_notebooks_in_git_untouched(seed_build, one_article_build):
    # Executed copies go to <reports>/executed/, never over notebooks/: those stay output-free.
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in nb.cells if c.cell_type == "code"), f"{path.name} was written with outputs"
    assert sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb")) == sorted(BEFORE)
    assert all((seed_build.out / "executed" / name).is_file() for name in BEFORE)


def test_one_article_report_lists_the_rejected_file(one_article_build):
    _, page = _report_from(one_article_build, "01_language_mix")
    assert "scan.pdf" in page and "not a .txt file" in page
    assert "<b>1</b> article(s)" in page or "<strong>1</strong> article(s)" in page


def _report_from(build, name):
    assert build.failure_of(name) is None, str(build.failure_of(name))
    return build, (build.out / f"{name}.html").read_text(encoding="utf-8")


# --- article text is data, not markup -------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_hostile_text_stays_text(nothing_found_build, name):
    _, page = _report_from(nothing_found_build, name)
    assert "<script>alert" not in page.lower().replace(" ", "")
    assert "<img src=x" not in page.lower() and "onerror=alert" not in page.replace("&lt;img src=x onerror=alert", "")
    for m in re.finditer(r"alert\(1\)", page):  # every mention is inside escaped markup
        before = page[max(0, m.start() - 40): m.start()]
        assert "&lt;" in before or "&amp;lt;" in before, before


def test_hostile_text_shown_escaped(nothing_found_build):
    _, page = _report_from(nothing_found_build, "01_language_mix")
    assert html.escape(HOSTILE[0]) in page or html.escape(HOSTILE[0], quote=False) in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def test_empty_corpus_says_so(empty_build):
    _, page = _report_from(empty_build, "01_language_mix")
    assert "<strong>no article</strong>" in page and "blank.txt" in page and "photo.jpg" in page


def test_nothing_found_corpus_still_reports_its_articles(nothing_found_build):
    _, page = _report_from(nothing_found_build, "01_language_mix")
    assert "<b>2</b> article(s)" in page or "<strong>2</strong> article(s)" in page
    assert "Every file found was loaded" in page


# --- failures, stale reports, guards --------------------------------------------------------------

def _notebook(path: Path, heading: str, *sources: str) -> Path:
    """A notebook as the runner expects one: a markdown heading, the tagged parameters cell, then ``sources``."""
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                   "language_info": {"name": "python"}}
    params = nbformat.v4.new_code_cell('DATA_DIR = "data/articles"\nREPORT_DIR = "reports"')
    params.metadata["tags"] = ["parameters"]
    nb.cells = [nbformat.v4.new_markdown_cell(heading), params, *map(nbformat.v4.new_code_cell, sources)]
    nbformat.write(nb, path)
    return path


def _failing_notebook(path: Path) -> Path:
    return _notebook(path, "# Broken\n\nWhat fails?", "total = 0\nshare = 1 / total", "print('never reached')")


def test_cli_stops_naming_notebook_cell_and_error(tmp_path):
    nb = _failing_notebook(tmp_path / "09_broken.ipynb")
    out = tmp_path / "out"
    out.mkdir()
    (out / report.MARKER).write_text("")
    (out / "stale.html").write_text("old report")
    proc = subprocess.run([sys.executable, "scripts/report.py", "--data", "data/articles", "--out", str(out),
                           "--timeout", "60", str(nb)], cwd=ROOT, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 1, proc.stderr
    assert "09_broken.ipynb failed in cell 2 (`total = 0`): ZeroDivisionError: division by zero" in proc.stderr
    assert not (out / "stale.html").exists(), "stale reports must be cleared first"
    assert not (out / "09_broken.html").exists()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "09_broken: no report" in index and "ZeroDivisionError" in index
    executed = nbformat.read(out / "executed" / "09_broken.ipynb", as_version=4)
    injected = next(c for c in executed.cells if "injected-parameters" in c.metadata.get("tags", []))
    assert 'DATA_DIR = "data/articles"' in injected.source
    assert nbformat.read(nb, as_version=4).cells[2].get("outputs") == []  # the source notebook is untouched


def test_build_reports_raises_report_error(tmp_path):
    nb = _failing_notebook(tmp_path / "09_broken.ipynb")
    with pytest.raises(report.ReportError) as info:
        report.build_reports(SEED_DIR, tmp_path / "out", 60, [nb], quiet=True)
    (failure,) = info.value.failures
    assert failure.cell_index == 2 and failure.first_line == "total = 0"
    assert failure.error.startswith("ZeroDivisionError")


def test_refuses_to_clear_a_folder_it_did_not_build(tmp_path, monkeypatch):
    def no_deleting(*args, **kwargs):
        raise AssertionError(f"tried to delete {args[0]}")

    # Should the guard break, the test fails instead of deleting the repository or the seeds.
    monkeypatch.setattr(report.shutil, "rmtree", no_deleting)
    monkeypatch.setattr(report.Path, "unlink", no_deleting)
    precious = write_corpus(tmp_path / "notes", {"keep.txt": "мої нотатки"})
    with pytest.raises(ValueError, match="refusing to clear"):
        report.build_reports(SEED_DIR, precious, 60, [NOTEBOOKS[0]], quiet=True)
    assert (precious / "keep.txt").read_text(encoding="utf-8") == "мої нотатки"
    with pytest.raises(ValueError, match="refusing to clear"):
        report.build_reports(SEED_DIR, ROOT, 60, [NOTEBOOKS[0]], quiet=True)
    with pytest.raises(ValueError, match="refusing to clear"):
        report.build_reports(SEED_DIR, SEED_DIR, 60, [NOTEBOOKS[0]], quiet=True)


def test_missing_corpus_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="no corpus at"):
        report.build_reports(tmp_path / "nowhere", tmp_path / "out", 60, quiet=True)
    proc = subprocess.run([sys.executable, "scripts/report.py", "--data", "no/such/corpus", "--out",
                           str(tmp_path / "out")], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no corpus at no/such/corpus" in proc.stderr


def _tiny_notebook(path: Path) -> Path:
    return _notebook(path, "# Tiny\n\nDoes it run?", "print(6 * 7)")


def _flaky_start(monkeypatch, deaths: int, message="Kernel died before replying to kernel_info"):
    """papermill.execute_notebook whose first ``deaths`` calls die as a kernel that never started."""
    import papermill

    real, calls = papermill.execute_notebook, []

    def execute(*args, **kwargs):
        calls.append(args[0])
        if len(calls) <= deaths:
            raise RuntimeError(message)
        return real(*args, **kwargs)

    monkeypatch.setattr(papermill, "execute_notebook", execute)
    monkeypatch.setattr(report.time, "sleep", lambda s: None)
    return calls


def test_a_kernel_that_dies_at_start_up_is_started_again(tmp_path, monkeypatch):
    calls = _flaky_start(monkeypatch, deaths=1)
    nb = _tiny_notebook(tmp_path / "08_tiny.ipynb")
    (html_path,) = report.build_reports(SEED_DIR, tmp_path / "out", 60, [nb], quiet=True)
    assert len(calls) == 2
    assert "42" in html_path.read_text(encoding="utf-8")


def test_a_kernel_that_never_starts_is_reported_after_the_last_attempt(tmp_path, monkeypatch):
    calls = _flaky_start(monkeypatch, deaths=99)
    nb = _tiny_notebook(tmp_path / "08_tiny.ipynb")
    with pytest.raises(report.ReportError) as info:
        report.build_reports(SEED_DIR, tmp_path / "out", 60, [nb], quiet=True)
    assert len(calls) == report.KERNEL_START_ATTEMPTS
    (failure,) = info.value.failures
    assert failure.cell_index is None and "Kernel died before replying to kernel_info" in failure.error


def test_other_errors_and_failing_cells_are_not_retried(tmp_path, monkeypatch):
    calls = _flaky_start(monkeypatch, deaths=99, message="No such kernel named python3")
    with pytest.raises(report.ReportError):
        report.build_reports(SEED_DIR, tmp_path / "out", 60, [_tiny_notebook(tmp_path / "08_tiny.ipynb")], quiet=True)
    assert len(calls) == 1
    monkeypatch.undo()
    calls = _flaky_start(monkeypatch, deaths=0)
    with pytest.raises(report.ReportError):
        report.build_reports(SEED_DIR, tmp_path / "out2", 60, [_failing_notebook(tmp_path / "09_broken.ipynb")],
                             quiet=True)
    assert len(calls) == 1
