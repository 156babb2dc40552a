"""Run every notebook top to bottom on a corpus and export one HTML report per notebook.

``make report`` (and ``make report DATA=path/to/corpus``) calls the command line below; the tests call
``build_reports`` directly, so both take one code path:

1. clear the report folder (stale reports never survive a run);
2. execute each ``notebooks/[0-9]*.ipynb`` in sorted order in a fresh ``python3`` kernel with papermill,
   passing ``DATA_DIR`` and ``REPORT_DIR`` (relative to the repository root when inside it, else absolute),
   a per-cell timeout, and ``cwd`` = the notebooks folder; the executed copies go to ``<reports>/executed/``
   (the notebooks in git are never written to);
3. export each executed notebook to ``<reports>/<name>.html`` for readers: code hidden, figures embedded as
   base64, a header naming the corpus as the user typed it and when it ran, no requests to the network;
4. write ``<reports>/index.html`` linking every report with a one-line summary (its first computed finding,
   else its question).

A failing cell stops the run with a message naming the notebook, the cell (index and first line) and the
error; the exit code is then 1.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import html
import os
import re
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK_DIR = ROOT / "notebooks"
NOTEBOOK_GLOB = "[0-9]*.ipynb"
#: A file the runner leaves in every report folder it builds: only such a folder (or an empty one) is cleared.
MARKER = ".built-by-report-py"

__all__ = ["build_reports", "notebook_paths", "ReportError", "NotebookFailure", "main"]


@dataclass
class NotebookFailure:
    """One notebook that failed: where (cell index in the notebook as committed, its first line) and why."""

    notebook: str
    cell_index: int | None
    first_line: str
    error: str

    def __str__(self) -> str:
        where = f"cell {self.cell_index}" if self.cell_index is not None else "before any cell ran"
        line = f" (`{self.first_line}`)" if self.first_line else ""
        return f"{self.notebook} failed in {where}{line}: {self.error}"


@dataclass
class ReportError(RuntimeError):
    """Raised by ``build_reports`` when a notebook fails; ``reports`` are the HTML files written before it."""

    failures: list[NotebookFailure]
    reports: list[Path] = field(default_factory=list)

    def __str__(self) -> str:
        return "\n".join(str(f) for f in self.failures)


def notebook_paths(notebook_dir: str | Path = NOTEBOOK_DIR) -> list[Path]:
    """The notebooks a report run executes: ``notebooks/[0-9]*.ipynb`` in sorted order."""
    return sorted(Path(notebook_dir).glob(NOTEBOOK_GLOB))


def build_reports(data_dir: str | Path = "data/articles", report_dir: str | Path = "reports", timeout: int = 600,
                  notebooks: list[str | Path] | None = None, *, label: str | None = None,
                  keep_going: bool = False, quiet: bool = False) -> list[Path]:
    """Execute the notebooks on ``data_dir`` and write their HTML reports and ``index.html`` to ``report_dir``.

    Relative ``data_dir`` / ``report_dir`` resolve from the repository root (as in ``helpers``). ``timeout``
    is the limit per cell in seconds. ``notebooks`` defaults to every ``notebooks/[0-9]*.ipynb``; names
    without a folder are looked up in ``notebooks/``. ``label`` is how the corpus is named in the reports
    (default: ``data_dir`` as given, shortened when it is a machine-absolute path). With ``keep_going``
    the remaining notebooks still run after a failure. Returns the HTML reports written, in order (not
    the index); raises ``ReportError`` naming the notebook, cell and error when a notebook fails.
    """
    data = _resolve(data_dir)
    out = _resolve(report_dir)
    if not data.exists():
        raise FileNotFoundError(f"no corpus at {label or data_dir}: give a folder of .txt files or a .csv/.jsonl file")
    paths = [_notebook_path(nb) for nb in notebooks] if notebooks is not None else notebook_paths()
    if not paths:
        raise FileNotFoundError(f"no notebooks matching {NOTEBOOK_GLOB} in {_shown(NOTEBOOK_DIR)}")
    shown_corpus = label if label is not None else _label(data_dir)
    _clear(out, data)
    executed_dir = out / "executed"
    executed_dir.mkdir(parents=True, exist_ok=True)
    (out / MARKER).write_text("Built by scripts/report.py; the next run deletes everything in this folder.\n")
    run_at = _dt.datetime.now().astimezone()
    params = {"DATA_DIR": _param_path(data), "REPORT_DIR": _param_path(out)}

    reports: list[Path] = []
    entries: list[dict] = []
    failures: list[NotebookFailure] = []
    log = (lambda *a: None) if quiet else (lambda *a: print(*a, flush=True))
    log(f"Corpus: {shown_corpus}  ->  reports in {_shown(out)}")
    quiet_env = {"NEWS_BUNDLE_PROGRESS": "0", "PYDEVD_DISABLE_FILE_VALIDATION": "1"}  # no progress bars in reports
    saved_env = {k: os.environ.get(k) for k in quiet_env}
    os.environ.update(quiet_env)
    try:
        _run_all(paths, executed_dir, out, params, timeout, shown_corpus, run_at, keep_going, log,
                 reports, entries, failures)
    finally:
        for k, v in saved_env.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v

    (out / "index.html").write_text(_index_html(entries, shown_corpus, run_at, failures), encoding="utf-8")
    total = sum(e["seconds"] for e in entries)
    log(f"{len(reports)} of {len(paths)} reports in {total:.1f} s; index: {_shown(out / 'index.html')}")
    if failures:
        raise ReportError(failures, reports)
    return reports


def _run_all(paths, executed_dir, out, params, timeout, shown_corpus, run_at, keep_going, log,
             reports, entries, failures) -> None:
    """Execute and export each notebook in turn, appending to ``reports``, ``entries`` and ``failures``."""
    import nbformat
    import papermill as pm
    from papermill.exceptions import PapermillExecutionError

    for nb_path in paths:
        name = nb_path.stem
        executed = executed_dir / nb_path.name
        start = time.perf_counter()
        try:
            _execute(pm, nb_path, executed, params, timeout, log)
        except PapermillExecutionError as exc:
            failure = _failure(nb_path, exc.source, f"{exc.ename}: {_first_line(exc.evalue, 300)}")
        except Exception as exc:  # kernel died, timeout, unreadable notebook...
            failure = _failure(nb_path, _running_cell_source(executed), f"{type(exc).__name__}: {_first_line(str(exc), 300)}")
        else:
            failure = None
        seconds = time.perf_counter() - start
        if failure is not None:
            failures.append(failure)
            entries.append({"name": name, "html": None, "title": name, "summary": str(failure), "seconds": seconds})
            log(f"  FAILED {nb_path.name:<32} {seconds:6.1f} s  {failure}")
            if not keep_going:
                break
            continue
        nb = nbformat.read(executed, as_version=4)
        title, question = _title_and_question(nb, name)
        summary = _first_finding(nb) or question or title
        html_path = out / f"{name}.html"
        html_path.write_text(_export_html(nb, title, shown_corpus, run_at, nb_path.name), encoding="utf-8")
        reports.append(html_path)
        entries.append({"name": name, "html": html_path.name, "title": title, "summary": summary, "seconds": seconds})
        log(f"  ok     {nb_path.name:<32} {seconds:6.1f} s  -> {_shown(html_path)}")
        for warning in _stderr_lines(nb):
            log(f"         warning (left out of the report): {warning}")


#: The kernel's own log level. jupyter_client interrupts a kernel before it shuts it down, and ipykernel logs
#: "KeyboardInterrupt caught in kernel." at ERROR when that interrupt lands in a message handler: noise after a
#: notebook has finished. A failing cell, a timeout and a dead kernel still reach the report through papermill.
KERNEL_LOG_LEVEL = "--IPKernelApp.log_level=CRITICAL"

#: How many times a notebook is started when its kernel dies before running any cell.
KERNEL_START_ATTEMPTS = 3


def _execute(pm, nb_path: Path, executed: Path, params: dict, timeout: int, log) -> None:
    """Run one notebook with papermill; start again (up to ``KERNEL_START_ATTEMPTS``) when the kernel dies
    before any cell ran. Kernels started at the same moment can race for a port the system just called free
    ("Kernel died before replying to kernel_info"); that says nothing about the notebook. A failure once a
    cell has started running is never retried."""
    for attempt in range(1, KERNEL_START_ATTEMPTS + 1):
        try:
            pm.execute_notebook(str(nb_path), str(executed), parameters=params, kernel_name="python3",
                                cwd=str(nb_path.parent), execution_timeout=timeout, log_output=False,
                                progress_bar=False, report_mode=False,
                                extra_arguments=[KERNEL_LOG_LEVEL])
            return
        except Exception as exc:  # noqa: BLE001 -- re-raised unless it is a kernel that never started
            if attempt == KERNEL_START_ATTEMPTS or not _kernel_never_started(exc, executed):
                raise
            log(f"  retry  {nb_path.name:<32} the kernel died at start-up ({_first_line(str(exc), 120)}); "
                f"attempt {attempt + 1} of {KERNEL_START_ATTEMPTS}")
            time.sleep(0.5 * attempt)


def _kernel_never_started(exc: Exception, executed: Path) -> bool:
    """True when ``exc`` is a kernel start-up failure and no cell of ``executed`` began running."""
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        return False
    message = str(exc).lower()
    start_up = ("kernel died before replying to kernel_info" in message
                or "kernel didn't respond" in message)
    return start_up and _running_cell_source(executed) is None


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python scripts/report.py --data data/articles --timeout 600 [--out reports] [notebook ...]``."""
    parser = argparse.ArgumentParser(description="Run every notebook on a corpus and export HTML reports.")
    parser.add_argument("--data", default="data/articles",
                        help="corpus folder (or .csv/.jsonl); relative paths are relative to the current directory")
    parser.add_argument("--out", default=str(ROOT / "reports"), help="report folder (cleared first); default reports/")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell (default 600)")
    parser.add_argument("--keep-going", action="store_true", help="run the remaining notebooks after a failure")
    parser.add_argument("notebooks", nargs="*", help="notebooks to run (default: notebooks/[0-9]*.ipynb)")
    args = parser.parse_args(argv)
    data = Path(args.data).expanduser()
    data = data if data.is_absolute() else Path.cwd() / data  # as typed, from where make (or the user) ran
    out = Path(args.out).expanduser()
    out = out if out.is_absolute() else Path.cwd() / out
    label = args.data if not Path(args.data).is_absolute() else _label(args.data)
    try:
        build_reports(data, out, args.timeout, args.notebooks or None, label=label, keep_going=args.keep_going)
    except ReportError as exc:
        print(f"\nReport run stopped: {exc}", file=sys.stderr)
        print(f"The executed notebooks (with the error in place) are in {_shown(out / 'executed')}/", file=sys.stderr)
        return 1
    except (FileNotFoundError, ValueError) as exc:
        print(f"Report run stopped: {exc}", file=sys.stderr)
        return 2
    return 0


# --------------------------------------------------------------------------------------------
# private
# --------------------------------------------------------------------------------------------

def _resolve(path: str | Path) -> Path:
    p = Path(path).expanduser()
    return (p if p.is_absolute() else ROOT / p).resolve()


def _notebook_path(nb: str | Path) -> Path:
    p = Path(nb)
    if not p.is_absolute() and len(p.parts) == 1:
        p = NOTEBOOK_DIR / p
    p = _resolve(p)
    if not p.is_file():
        raise FileNotFoundError(f"no notebook {nb}")
    return p


def _param_path(p: Path) -> str:
    """Repo-relative (POSIX) when inside the repository, else absolute: what papermill passes the notebook."""
    try:
        return p.resolve().relative_to(ROOT).as_posix() or "."
    except ValueError:
        return str(p.resolve())


def _shown(p: Path) -> str:
    """A path for messages and reports: repo-relative inside the repository, else its last two parts."""
    try:
        return p.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(*p.parts[-2:]).as_posix() if len(p.parts) >= 2 else p.name


def _label(data_dir: str | Path) -> str:
    p = Path(data_dir)
    return p.as_posix() if not p.is_absolute() else _shown(p)


def _clear(out: Path, data: Path) -> None:
    """Delete everything in ``out`` -- after checking it is a report folder, not the repo, the corpus or a home."""
    guarded = {ROOT, *ROOT.parents, Path.home().resolve(), NOTEBOOK_DIR.resolve()}
    if out in guarded or out == data or out in data.parents or (out / ".git").exists():
        raise ValueError(f"refusing to clear {_shown(out)}: choose a folder of its own for the reports")
    if out.is_dir() and any(out.iterdir()) and not (out / MARKER).exists() and out != ROOT / "reports":
        raise ValueError(f"refusing to clear {_shown(out)}: it is not empty and was not built by scripts/report.py")
    if out.is_dir():
        for child in out.iterdir():
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child)
            else:
                child.unlink()
    out.mkdir(parents=True, exist_ok=True)


def _first_line(text: str, limit: int = 120) -> str:
    line = next((ln.strip() for ln in str(text).splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1] + "…"


def _failure(nb_path: Path, source: str | None, error: str) -> NotebookFailure:
    """Name the failing cell by its index in the notebook as committed (papermill's copy has an extra cell)."""
    import nbformat

    index = None
    if source:
        try:
            cells = nbformat.read(nb_path, as_version=4).cells
            index = next((i for i, c in enumerate(cells) if c.source == source), None)
        except Exception:  # noqa: BLE001 -- the message still names the notebook and error
            index = None
    return NotebookFailure(_shown(nb_path), index, _first_line(source or ""), error)


def _running_cell_source(executed: Path) -> str | None:
    """The source of the cell that was running when execution stopped (papermill marks it in the copy)."""
    import nbformat

    try:
        nb = nbformat.read(executed, as_version=4)
    except Exception:  # noqa: BLE001
        return None
    for cell in nb.cells:
        status = cell.get("metadata", {}).get("papermill", {}).get("status")
        if cell.cell_type == "code" and status == "running":
            return cell.source
    return None


_WARNING_PREFIX = re.compile(r"^\S+\.py:\d+: (?=\w+: )")


def _stderr_lines(nb, limit: int = 5) -> list[str]:
    """The first distinct non-empty lines the notebook wrote to stderr (warnings), for the console summary."""
    seen: list[str] = []
    for cell in nb.cells:
        for o in cell.get("outputs", []) if cell.cell_type == "code" else []:
            if o.get("output_type") == "stream" and o.get("name") == "stderr":
                text = o.get("text", "")
                for line in (text if isinstance(text, str) else "".join(text)).splitlines():
                    if not line.strip() or line[:1].isspace():
                        continue  # the source line Python echoes under a warning
                    line = _WARNING_PREFIX.sub("", line.strip())  # "<kernel temp file>.py:6: " says nothing
                    if line not in seen:
                        seen.append(line if len(line) <= 200 else line[:199] + "…")
    return seen[:limit]


def _title_and_question(nb, fallback: str) -> tuple[str, str]:
    """The notebook's ``# Title`` and its first sentence-like line after it (the question)."""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        lines = [ln.strip() for ln in cell.source.splitlines() if ln.strip()]
        heading = next((ln for ln in lines if ln.startswith("# ")), None)
        if heading:
            rest = [ln for ln in lines if ln != heading and not ln.startswith("#")]
            return _plain(heading[2:]), _plain(rest[0]) if rest else ""
    return fallback, ""


def _first_finding(nb) -> str:
    """The first sentence of the first Markdown output (``h.say``) of a code cell, as plain text."""
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        for output in cell.get("outputs", []):
            md = output.get("data", {}).get("text/markdown") if output.get("output_type") in (
                "display_data", "execute_result") else None
            if md:
                text = _plain(md if isinstance(md, str) else "".join(md))
                if text:
                    m = re.match(r"(.{20,}?[.!?])(?:\s|$)", text)
                    sentence = m.group(1) if m else text
                    return sentence if len(sentence) <= 240 else sentence[:239] + "…"
    return ""


def _plain(markdown: str) -> str:
    """Markdown (as ``h.say`` writes it: escaped values) to one line of plain text."""
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    rendered = markdown2html_mistune(markdown)
    text = html.unescape(re.sub(r"<[^>]+>", " ", rendered))
    return re.sub(r"\s+", " ", text).strip()


_HEADER_STYLE = ("margin:0.2em 0 1.2em;padding:0.5em 0.8em;border-left:4px solid #4c72b0;background:#f4f6fa;"
                 "font-size:0.95em;color:#333")


def _export_html(nb, title: str, corpus: str, run_at: _dt.datetime, source_name: str) -> str:
    """HTML for readers: no code, no prompts, figures embedded, a header with corpus and date, no external scripts."""
    import nbformat
    from nbconvert import HTMLExporter

    nb = nbformat.from_dict(nb)  # a copy: the executed notebook on disk stays as papermill wrote it
    for cell in nb.cells:  # warnings and progress bars are for whoever runs the notebooks, not for readers
        if cell.cell_type == "code":
            cell.outputs = [o for o in cell.get("outputs", [])
                            if not (o.get("output_type") == "stream" and o.get("name") == "stderr")]
    header = (f'<p class="report-meta" style="{_HEADER_STYLE}">Corpus: <code>{html.escape(corpus)}</code> · '
              f'run on {run_at:%Y-%m-%d %H:%M %Z} · notebook <code>{html.escape(source_name)}</code> · '
              f'code hidden (open the notebook in JupyterLab to see it)</p>')
    cells = nb.cells
    first_md = next((i for i, c in enumerate(cells) if c.cell_type == "markdown"), None)
    if first_md is not None and re.match(r"\s*# ", cells[first_md].source):
        lines = cells[first_md].source.lstrip().splitlines()
        cells[first_md].source = "\n".join([lines[0], "", header, "", *lines[1:]])
    else:
        cells.insert(0, nbformat.v4.new_markdown_cell(f"# {title}\n\n{header}"))
    exporter = HTMLExporter(exclude_input=True, exclude_input_prompt=True, exclude_output_prompt=True)
    exporter.log.setLevel("ERROR")  # its "alternative text is missing" warning: we set the alt text below
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    count = iter(range(1, 10_000))
    body = re.sub(r'alt="No description has been provided for this image"',
                  lambda m: f'alt="{html.escape(title)}: chart {next(count)} (its title states the finding)"', body)
    return _offline(body)


_MATHJAX = re.compile(r"<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.S)
_EXTERNAL_SCRIPT = re.compile(r'<script\s+src="https?://[^"]*"\s*>\s*</script>', re.I)


def _offline(page: str) -> str:
    """Drop MathJax (it would typeset article text between two ``$`` signs as formulas) and CDN scripts."""
    return _EXTERNAL_SCRIPT.sub("", _MATHJAX.sub("", page))


def _index_html(entries: list[dict], corpus: str, run_at: _dt.datetime, failures: list[NotebookFailure]) -> str:
    esc = html.escape
    items = []
    for e in entries:
        if e["html"]:
            items.append(f'<li><a href="{esc(e["html"])}">{esc(e["title"])}</a> '
                         f'<span class="took">({e["seconds"]:.0f} s)</span><br><span class="summary">{esc(e["summary"])}</span></li>')
        else:
            items.append(f'<li class="failed"><b>{esc(e["name"])}: no report</b><br>'
                         f'<span class="summary">{esc(e["summary"])}</span></li>')
    status = (f"<p class=\"failed\"><b>{len(failures)} notebook(s) failed</b>; see below.</p>" if failures else "")
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reports: North Korean troops in Kursk across uk/ru outlets</title>
<style>
body {{ font-family: "DejaVu Sans", system-ui, sans-serif; max-width: 52em; margin: 2em auto; padding: 0 1em; line-height: 1.45; color: #222; }}
li {{ margin: 0 0 1em; }} .summary {{ color: #444; }} .took {{ color: #888; font-size: 0.85em; }}
.failed {{ color: #a00; }} code {{ background: #f4f4f4; padding: 0 0.2em; }}
</style>
</head>
<body>
<h1>Reports</h1>
<p>Corpus: <code>{esc(corpus)}</code> · run on {run_at:%Y-%m-%d %H:%M %Z} · {len([e for e in entries if e["html"]])} report(s)</p>
{status}
<ol>
{chr(10).join(items)}
</ol>
<p>Figures and the data behind each chart (PNG + CSV) are in <a href="figures/">figures/</a>;
the executed notebooks in <a href="executed/">executed/</a>.</p>
</body>
</html>
"""


if __name__ == "__main__":
    sys.exit(main())
