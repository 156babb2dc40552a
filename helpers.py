"""The one module notebooks and tests import.

It loads a corpus of news articles into one pandas DataFrame (``load_articles``), splits it into
paragraphs (``paragraphs``), gives the notebooks a few display tools (``say``, ``show``,
``setup_plots``, ``save_figure``, ``article_labels``) and re-exports the public functions of the
``analysis`` package beside it, so a notebook needs only ``import helpers as h``.

Every relative path resolves from the repository root (``ROOT``), never from the working directory.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import email.utils
import functools
import hashlib
import html
import json
import os
import re
import warnings
from pathlib import Path

import pandas as pd

from analysis.text import *  # noqa: F401,F403
from analysis.language import *  # noqa: F401,F403
from analysis.boilerplate import *  # noqa: F401,F403
from analysis.overlap import *  # noqa: F401,F403
from analysis.troops import *  # noqa: F401,F403
from analysis import boilerplate as _boilerplate
from analysis import language as _language
from analysis import troops as _troops
from analysis.text import match_key, normalize, progress, split_paragraphs, text_quality, tokenize

#: The repository root: every relative path in the bundle resolves from here, never from the cwd.
ROOT = Path(__file__).resolve().parent
#: Files larger than this are rejected as oversized (a news article is a few kB; 5 MB is a book).
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Time zone of dates that carry none (datelines, dates in prose) and of the ``published`` column.
TIMEZONE = "Europe/Kyiv"
#: Where ``load_articles`` keeps finished frames as Parquet (git-ignored); ``NEWS_BUNDLE_CACHE_DIR`` overrides it.
CACHE_DIR = Path(os.environ.get("NEWS_BUNDLE_CACHE_DIR") or ROOT / ".cache")
#: How many cached corpora are kept; the least recently used go first.
CACHE_ENTRIES = 12
#: Stages over fewer items than this show no progress bar.
PROGRESS_MIN_ITEMS = 500
#: The columns of the table of rejected files (``rejected_files``).
REJECTED_COLUMNS = ["path", "reason", "size_bytes"]
#: What ``load_articles(engine=...)`` and ``per_article(engine=...)`` accept.
ENGINES = ("pandas", "dask")


class ArticleRejected(UserWarning):
    """Warning raised once per file (or row) that ``load_articles`` could not load, naming it and why."""


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------

def load_articles(source: str | Path = "data/articles", manifest: str | Path | bool | None = None,
                  *, strip: bool = True, cache: bool = True, engine: str = "pandas",
                  npartitions: int | None = None) -> pd.DataFrame:
    """Load a corpus into one DataFrame, one row per article.

    ``source`` is a folder of ``.txt`` files (searched recursively, sorted by path) or one ``.csv`` /
    ``.jsonl`` file with one article per row (column ``text``; optional ``article_id``/``id``,
    ``title``, ``outlet``, ``url``, ``published``). Relative paths resolve from the repository root.

    ``manifest`` is an optional CSV (``file, outlet, url, published, notes``) of what a user knows
    that the text does not say; ``None`` uses ``<source>.csv`` beside a source folder when it exists
    (``data/articles.csv`` for ``data/articles``), ``False`` uses none. Manifest values win over
    values found in the text.

    Columns: ``article_id, path, sha256, encoding, raw, text, title, outlet, url, cites, published,
    date_source, lang, lang_confidence, quality, n_chars, n_words, n_paragraphs`` and, with
    ``strip=True`` (the default), ``body, boilerplate_share, removed`` from
    ``analysis.boilerplate.strip_boilerplate``. Files that cannot be loaded are not dropped silently:
    each raises an ``ArticleRejected`` warning and is a row of ``rejected_files(articles)``.
    Files under ``source`` are only ever read.

    ``engine="pandas"`` (the default) runs everything in this process. ``engine="dask"`` runs the same
    stages on Dask — on the ``dask.distributed`` Client if one exists (``Client("tcp://scheduler:8786")``
    or a ``LocalCluster``), else on dask's default local scheduler: the workers read, decode and hash the
    files of a folder, then normalise them and find titles, outlets and dates (partition by partition),
    the boilerplate line keys are counted with a shuffled group-by, articles are stripped and their
    language, quality and citations found (partition by partition); only the year inference for dates in
    prose (one small reduction) runs here. ``npartitions`` sets how many partitions (default: four per
    worker thread). The result is the same pandas DataFrame as with ``engine="pandas"``, and shares its
    cache. Workers must be able to import this repository and read ``source`` at the same path.

    With ``cache=True`` the finished frame is kept as Parquet in ``CACHE_DIR``, keyed by the SHA-256 of
    every file, the manifest, ``strip`` and the code's version (``code_version()``); a changed file or
    changed code gives a new key, so a cached frame is never stale. Files are read and hashed every time.
    Long stages show tqdm progress bars (none when ``NEWS_BUNDLE_PROGRESS=0``, as in ``make report``).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine={engine!r}: use one of {', '.join(map(repr, ENGINES))}")
    src = resolve_path(source)
    if not src.exists():
        raise FileNotFoundError(f"no corpus at {_display_path(src)}: pass a folder of .txt files, "
                                f"or a .csv/.jsonl file")
    manifest_df = _read_manifest(src, manifest)
    if engine == "dask":
        with _dask_config():
            records_ddf, records, rejected = _dask_read_source(src, npartitions)
            key = _corpus_key(records, manifest_df, strip)
            articles = _cached_frame(key, cache, lambda: _dask_build_frame(records_ddf, manifest_df, strip=strip))
    else:
        try:
            _gc_pause()
            records, rejected = _read_source(src)
            key = _corpus_key(records, manifest_df, strip)
            articles = _cached_frame(key, cache, lambda: _build_frame(records, manifest_df, strip=strip))
        finally:
            _pool_close()
            _gc_resume()
            _release_memory()
    rejected_df = pd.DataFrame(rejected, columns=REJECTED_COLUMNS)
    for row in rejected_df.itertuples():
        warnings.warn(f"{row.path}: {row.reason}", ArticleRejected, stacklevel=2)
    articles.attrs["rejected"] = rejected_df
    articles.attrs["source"] = _display_path(src)
    articles.attrs["source_root"] = str(src.resolve())  # for raw_text(); never shown in a report
    articles.attrs["corpus_key"] = key
    return articles


def per_article(func, articles: pd.DataFrame, *, engine: str = "pandas", npartitions: int | None = None,
                **kwargs) -> pd.DataFrame:
    """``func(articles, **kwargs)`` for an analysis that looks at each article on its own, optionally on Dask.

    ``func`` takes a DataFrame of articles and returns a DataFrame (e.g. ``extract_troop_counts``,
    ``tag_languages``). With the default ``engine="pandas"`` a frame of ``POOL_MIN_ARTICLES`` or more runs chunk
    by chunk in the loader's pool of worker processes (the same table, in about half the time on 2 cores). With
    ``engine="dask"`` the rows of ``articles`` are split into ``npartitions``
    partitions (default: four per worker thread), ``func`` runs on each on the active Dask scheduler (the
    ``dask.distributed`` Client if one exists), and the results are concatenated in order. That equals
    ``func(articles)`` only when each article's rows depend on that article alone: true of
    ``extract_troop_counts``, NOT of corpus-level analyses such as ``find_overlaps`` (pairs across
    articles), ``find_boilerplate``/``strip_boilerplate`` without ``across`` (counts across articles)
    or ``latest_present``. An index of 0..n-1 in every partition's result (``reset_index``) is renumbered
    0..N-1 in the whole.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine={engine!r}: use one of {', '.join(map(repr, ENGINES))}")
    if engine == "pandas" and _pool_wanted(len(articles)):
        return _pool_per_article(func, articles, **kwargs)
    if engine == "pandas" or len(articles) == 0:
        return func(articles, **kwargs)
    with _dask_config():
        return _dask_per_article(func, articles, npartitions=npartitions, **kwargs)


def extract_troop_counts(articles: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """``analysis.troops.extract_troop_counts`` (see there) through ``per_article``: for a corpus of
    ``POOL_MIN_ARTICLES`` or more articles it runs in the worker pool, chunk by chunk, with the same table."""
    return per_article(_troops.extract_troop_counts, articles, **kwargs)


def code_version() -> str:
    """SHA-256 of the code that shapes the data (``helpers.py``, ``analysis/*.py``) and the pinned requirements."""
    digest = hashlib.sha256()
    for path in [ROOT / "helpers.py", ROOT / "requirements.txt", *sorted((ROOT / "analysis").glob("*.py"))]:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def cached(func, articles: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """``func(articles, **kwargs)`` through the Parquet cache, so re-running a notebook on an unchanged corpus
    does not recompute an analysis (``find_overlaps``, ``extract_troop_counts``, ``paragraphs``, …).

    The key is the code's version (``code_version()``), the function's name, its keyword arguments and a
    hash of every value of ``articles`` (so a filtered or edited frame is a new key, never a stale hit).
    Not cached, just computed: keyword arguments that are not plain values (a DataFrame, a function), and
    results that are not DataFrames or hold lists (Parquet would not give them back as they were).
    """
    key = _result_key(func, articles, kwargs)
    prefix = f"result-{getattr(func, '__name__', 'f')}"
    hit = _cache_read(key, prefix) if key else None
    if hit is not None:
        return hit
    out = func(articles, **kwargs)
    if key and isinstance(out, pd.DataFrame) and not any(
            out[c].map(lambda v: isinstance(v, (list, dict, tuple))).any()
            for c in out.columns if out[c].dtype == object):
        _cache_write(key, out, prefix)
    return out


def rejected_files(articles: pd.DataFrame) -> pd.DataFrame:
    """The table of files (or rows) that ``load_articles`` found but could not load: ``path, reason, size_bytes``.

    Files loaded + files rejected = files found.
    """
    rejected = articles.attrs.get("rejected")
    if rejected is None:
        return pd.DataFrame(columns=REJECTED_COLUMNS)
    return rejected.copy()


def raw_text(articles: pd.DataFrame, article_id: str) -> str:
    """The decoded original text of one article, re-read from its source (the frame keeps only the
    normalised ``text``: a second copy of every text would cost 300 MB at 100,000 articles).

    A file is read again and decoded with the article's ``encoding``; a table source (``.csv``/``.jsonl``)
    gives the row's ``text`` cell. Raises ``KeyError`` for an unknown ``article_id``, ``FileNotFoundError``
    when the source is gone, and ``ValueError`` when its bytes changed since loading (``sha256``).
    """
    hits = articles.loc[articles["article_id"] == article_id]
    if hits.empty:
        raise KeyError(f"no article {article_id!r} in this frame")
    row = hits.iloc[0]
    root = articles.attrs.get("source_root")
    src = Path(root) if root else None
    if src is not None and src.is_file():  # a table source: the row's text cell
        for rec in _read_table(src)[0]:
            if rec["article_id"] == article_id:
                data = rec["raw"].encode("utf-8")
                break
        else:
            raise FileNotFoundError(f"{row['path']}: row {article_id!r} is gone from {src.name}")
    else:
        candidates = []
        if src is not None:
            folder = (src / article_id).parent
            stem = Path(article_id).name
            if folder.is_dir():
                candidates += sorted(p for p in folder.iterdir() if p.stem == stem and p.suffix.lower() == ".txt")
        candidates.append(ROOT / str(row["path"]))
        path = next((p for p in candidates if p.is_file()), None)
        if path is None:
            raise FileNotFoundError(f"{row['path']}: the file is gone, so its raw text cannot be re-read")
        data = path.read_bytes()
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise ValueError(f"{row['path']}: changed since it was loaded (sha256 differs); load the corpus again")
    return data.decode(str(row["encoding"]))


def paragraphs(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per paragraph of each article's full text.

    Columns: ``article_id, paragraph`` (0-based index into ``split_paragraphs(text)``), ``text, lang,
    lang_confidence, n_chars`` and ``in_body`` (False for paragraphs that boilerplate stripping removed,
    True for the rest, including the title). A paragraph's language uses its article's language as a
    prior: it differs only when its own evidence (letters, script, langdetect) is strong.
    """
    rows = []
    for art in articles.itertuples(index=False):
        removed = {r["paragraph"]: r["kind"] for r in (getattr(art, "removed", None) or [])}
        for i, para in enumerate(split_paragraphs(art.text)):
            rows.append((art.article_id, i, para, art.lang, removed.get(i, "body") in ("body", "title")))
    out = pd.DataFrame(rows, columns=["article_id", "paragraph", "text", "_prior", "in_body"])
    detected = _language.detect_languages(out["text"].tolist(), prior=out["_prior"].tolist()) if len(out) else []
    out["lang"] = pd.Series([d[0] for d in detected], index=out.index, dtype="str")
    out["lang_confidence"] = pd.Series([d[1] for d in detected], index=out.index, dtype="float64")
    out["n_chars"] = out["text"].str.len().astype("int64")
    return out[["article_id", "paragraph", "text", "lang", "lang_confidence", "n_chars", "in_body"]]


def resolve_path(path: str | Path) -> Path:
    """``path`` itself if absolute, else ``path`` under the repository root (never the working directory)."""
    p = Path(path).expanduser()
    return p if p.is_absolute() else ROOT / p


# --------------------------------------------------------------------------------------------
# Display tools for the notebooks
# --------------------------------------------------------------------------------------------

def say(template: str, **values) -> None:
    """Display a computed finding as Markdown: ``say("**{n}** articles from {outlet}", n=5, outlet=name)``.

    String values are escaped (HTML and Markdown), so article text shows as text and never as markup;
    numbers keep their format specs (``{share:.0%}``).
    """
    from IPython.display import Markdown, display

    display(Markdown(template.format(**{k: _escape(v) for k, v in values.items()})))


def show(df: pd.DataFrame, max_rows: int = 30, caption: str | None = None) -> None:
    """Display ``df`` as an HTML table whose cell text is escaped (article text stays text)."""
    from IPython.display import HTML, display

    n = len(df)
    shown = df.head(max_rows)
    table = shown.to_html(escape=True, index=False, na_rep="—", border=0, classes="bundle-table", justify="left",
                          float_format=lambda x: f"{x:,.3g}")
    table = _TABLE_STYLE + table
    head = f"<p><b>{html.escape(caption)}</b></p>" if caption else ""
    tail = f"<p><i>Showing {max_rows} of {n} rows.</i></p>" if n > max_rows else ""
    if n == 0:
        tail = "<p><i>(no rows)</i></p>"
    display(HTML(head + table + tail))


# JupyterLab right-aligns every cell with a more specific selector; article text reads better left-aligned.
_TABLE_STYLE = ("<style>.bundle-table td, .bundle-table th, .bundle-table tr "
                "{ text-align: left !important; vertical-align: top; }"
                ".bundle-table td { max-width: 40em; }</style>")


def setup_plots() -> None:
    """Matplotlib defaults for the reports: DejaVu Sans (draws every Ukrainian and Russian letter), legible sizes."""
    import matplotlib

    matplotlib.rcParams.update({
        "font.family": "DejaVu Sans",
        "figure.figsize": (10, 5.5),
        "figure.dpi": 100,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
        "axes.titlesize": 13,
        "axes.titleweight": "bold",
        "axes.labelsize": 11,
        "xtick.labelsize": 10,
        "ytick.labelsize": 10,
        "legend.fontsize": 9,
        "axes.spines.top": False,
        "axes.spines.right": False,
    })


def save_figure(fig, name: str, data: pd.DataFrame | None = None, report_dir: str | Path = "reports") -> Path:
    """Save ``fig`` as ``<report_dir>/figures/<name>.png`` with the data behind it as ``<name>.csv``.

    The figure stays open so the notebook displays it inline (embedded in the HTML report).
    Returns the PNG path.
    """
    out = resolve_path(report_dir) / "figures"
    out.mkdir(parents=True, exist_ok=True)
    png = out / f"{name}.png"
    fig.savefig(png)
    if data is not None:
        data.to_csv(out / f"{name}.csv", index=False)
    return png


def article_labels(articles: pd.DataFrame, title_chars: int = 40) -> pd.Series:
    """Short chart labels, one per article: ``outlet · YYYY-MM-DD · title…`` (article id when the outlet is unknown).

    A title in a script the chart font cannot draw (DejaVu Sans has no Korean, Japanese or Chinese) is
    replaced by ``[title in <language>]``, so a chart never shows empty boxes.
    """
    drawable = _chart_font_chars()

    def label(row) -> str:
        who = row.outlet if isinstance(row.outlet, str) and row.outlet else row.article_id
        when = row.published.strftime("%Y-%m-%d") if pd.notna(row.published) else "no date"
        title = row.title if len(row.title) <= title_chars else row.title[: title_chars - 1].rstrip() + "…"
        if drawable and any(ord(ch) not in drawable for ch in title if not ch.isspace()):
            lang = getattr(row, "lang", None)
            title = f"[title in {LANGUAGE_NAMES.get(lang, 'another script')}]"
        return f"{who} · {when} · {title}"

    return pd.Series([label(r) for r in articles.itertuples(index=False)], index=articles.index, dtype="str")


def articles_per_period(articles: pd.DataFrame, max_bars: int = 60) -> tuple[pd.DataFrame, str]:
    """Dated articles counted per publication day — or per week (from Monday) or month when days would give
    more than ``max_bars`` bars — one column per language (most frequent first), one row per period that has
    an article, indexed by the period's first day (naive date, Europe/Kyiv). Returns ``(table, period)`` with
    ``period`` one of ``"day"``, ``"week"``, ``"month"``. Undated articles are left out: count them apart."""
    dated = articles[articles["published"].notna()]
    if dated.empty:
        return pd.DataFrame(index=pd.DatetimeIndex([], name="period")), "day"
    day = dated["published"].dt.tz_localize(None).dt.normalize() if dated["published"].dt.tz is not None \
        else dated["published"].dt.normalize()
    span = (day.max() - day.min()).days
    if span + 1 <= max_bars:
        period, start = "day", day
    elif span // 7 + 2 <= max_bars:
        period, start = "week", day - pd.to_timedelta(day.dt.day_of_week, unit="D")
    else:
        period, start = "month", day.dt.to_period("M").dt.start_time
    table = (pd.DataFrame({"period": start.to_numpy(), "lang": dated["lang"].to_numpy()})
             .groupby(["period", "lang"]).size().unstack("lang", fill_value=0).sort_index())
    order = sorted(table.columns, key=lambda c: (-int(table[c].sum()), c))
    return table[order], period


#: The panels of the troop chart, one per kind, in this order, with the words a reader sees.
TROOP_PANELS = {
    "present": "In Russia now (present)",
    "projected": "Expected or planned (projected)",
    "casualties": "Killed or wounded (casualties)",
    "returned": "Sent back home (returned)",
    "other": "Other troop figures (e.g. prisoners)",
}


def troop_chart_data(counts: pd.DataFrame) -> pd.DataFrame:
    """The table of ``extract_troop_counts`` with what a chart needs: ``figure`` (the height a mention is drawn
    at: its value, else the middle of its range, else its one bound), ``label`` (the outlet, else the article id)
    and ``vague`` (True for a vague quantity or a range with one open end, drawn as a band, not a point).
    Every mention is kept, dated or not, in the order of ``counts``."""
    out = counts.copy()
    if out.empty:
        return out.assign(figure=pd.Series(dtype=float), label=pd.Series(dtype="object"))
    value = out["value"].astype("Float64")
    low, high = out["low"].astype("Float64"), out["high"].astype("Float64")
    out["figure"] = value.fillna((low + high) / 2).fillna(low).fillna(high).astype(float)
    outlet = out["outlet"].astype("object")
    out["label"] = [o if isinstance(o, str) and o else a[:12] for o, a in zip(outlet, out["article_id"])]
    vague = out["vague"].astype(bool) if "vague" in out else pd.Series(False, index=out.index)
    out["vague"] = vague | (value.isna() & ~(low.notna() & high.notna())).astype(bool)
    return out


def plot_troop_figures(counts: pd.DataFrame, source: str = "the corpus", max_labels: int = 40,
                       show_teasers: bool = True):
    """Chart the troop figures over time: one panel per kind found (``TROOP_PANELS``), each with its own
    scale, so hundreds of casualties are not flattened under a forecast of 100 000. x = the article's date,
    marker = kind, colour = claimant (the nine most frequent named claimants get their own colour, the rest
    share one, ``unknown`` is grey), error bars = ranges, hatched band = vague quantity (cut at the panel's
    top, its upper bound written there, when it reaches over twice the panel's highest firm figure), grey x =
    a figure only in a teaser. The present panel carries a step line of each claimant's latest figure. Up to
    ``max_labels`` points every point is labelled with its outlet; above that, only each claimant's highest
    figure per panel (at most six per panel).

    Returns ``(fig, data)`` — ``data`` is the dated mentions drawn — or ``(None, data)`` when nothing is dated.
    """
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    plot = troop_chart_data(counts)
    dated = plot[plot["published"].notna()] if len(plot) else plot
    if not show_teasers and len(dated):
        dated = dated[dated["in_body"]]
    columns = ["article_id", "published", "outlet", "claimant", "kind", "value", "low", "high", "figure", "approx",
               "vague", "in_body", "quote"]
    data = dated[[c for c in columns if c in dated.columns]].reset_index(drop=True)
    if dated.empty:
        return None, data
    colour = _claimant_colours(dated["claimant"])
    kinds = [k for k in TROOP_PANELS if k in set(dated["kind"])]
    fig, axes = plt.subplots(len(kinds), 1, sharex=True, squeeze=False, figsize=(11, 1.2 + 2.5 * len(kinds)),
                             layout="constrained")
    axes = axes[:, 0]
    crowded = len(dated) > max_labels
    size, alpha = (30, 0.55) if crowded else (70, 1.0)
    for ax, kind in zip(axes, kinds):
        _draw_troop_panel(ax, dated[dated["kind"] == kind], kind, colour, size, alpha, crowded)
    present = dated[(dated["kind"] == "present") & dated["in_body"] & dated["value"].notna()]
    if len(present):
        top = present.sort_values(["figure", "published"], kind="stable").iloc[-1]
        title = (f"Highest figure reported as present: {top['figure']:,.0f} "
                 f"({top['claimant']}, {top['published']:%d %b %Y})")
    else:
        title = f"{len(dated)} dated North Korean troop figure(s), none a point figure reported as present"
    fig.suptitle(title, fontsize=13, fontweight="bold")
    fig.supylabel("North Korean troops (head-count)")
    axes[-1].set_xlabel("Article publication date (Europe/Kyiv)")
    first, last = dated["published"].min(), dated["published"].max()
    span = (last - first).days
    axes[-1].set_xlim(first - pd.Timedelta(days=1), last + pd.Timedelta(days=1))
    axes[-1].xaxis.set_major_locator(mdates.DayLocator(interval=max(1, (span + 2) // 8)) if span <= 60
                                     else mdates.AutoDateLocator(maxticks=8))
    axes[-1].xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
    for label in axes[-1].get_xticklabels():
        label.set(rotation=30, horizontalalignment="right")
    named = list(dict.fromkeys(colour.values()))
    handles = [Line2D([], [], marker=_KIND_MARKERS[k], linestyle="", color="black", label=k) for k in kinds]
    handles += [Line2D([], [], marker="o", linestyle="", color=c, label=_colour_label(colour, c)) for c in named]
    if data["vague"].any():
        handles.append(Patch(facecolor="none", edgecolor="black", hatch="///", label="vague (range implied)"))
    firm = data[~data["vague"]]
    if ((firm["low"].notna() & firm["high"].notna()) & (firm["low"] != firm["high"])).fillna(False).any():
        handles.append(Line2D([], [], marker="|", markersize=10, linestyle="", color="black", label="range (low–high)"))
    if (~data["in_body"]).any():
        handles.append(Line2D([], [], marker="x", linestyle="", color="grey", label="in teaser, not body"))
    if "present" in kinds:
        handles.append(Line2D([], [], color="black", label="latest present figure"))
    fig.legend(handles=handles, loc="outside right upper", title="kind / claimant")
    fig.text(0.01, -0.01, f"Source: articles in {source}; figures as reported, not verified.", fontsize=8, va="top")
    return fig, data


def _chart_font_chars() -> frozenset[int]:
    """Code points the chart font (DejaVu Sans) draws; empty when matplotlib cannot tell."""
    global _FONT_CHARS
    if _FONT_CHARS is None:
        try:
            from matplotlib import font_manager

            font = font_manager.get_font(font_manager.findfont("DejaVu Sans", fallback_to_default=True))
            _FONT_CHARS = frozenset(font.get_charmap())
        except Exception:  # no font information: labels stay as they are
            _FONT_CHARS = frozenset()
    return _FONT_CHARS


_FONT_CHARS: frozenset[int] | None = None


# --------------------------------------------------------------------------------------------
# private: reading files
# --------------------------------------------------------------------------------------------

_ARTICLE_COLUMNS = ["article_id", "path", "sha256", "encoding", "text", "title", "outlet", "url",
                    "cites", "published", "date_source", "lang", "lang_confidence", "quality",
                    "n_chars", "n_words", "n_paragraphs"]
_LEGACY_CYRILLIC = ("cp1251", "koi8-u", "koi8-r", "iso8859-5", "mac-cyrillic", "cp866")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _display_path(p: Path) -> str:
    """Repo-relative path when inside the repository; else the path's last two parts (no machine paths in reports)."""
    try:
        return p.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return Path(*p.parts[-2:]).as_posix() if len(p.parts) >= 2 else p.name


def _read_source(src: Path) -> tuple[list[dict], list[tuple]]:
    if src.is_dir():
        return _read_folder(src)
    if src.suffix.lower() in (".csv", ".jsonl", ".ndjson"):
        return _read_table(src)
    raise ValueError(f"{_display_path(src)}: a corpus is a folder of .txt files, or one .csv/.jsonl file")


def _read_folder(folder: Path) -> tuple[list[dict], list[tuple]]:
    records, rejected = [], []
    paths = _list_folder(folder)
    if _pool_wanted(len(paths)):
        chunks = [paths[i:i + POOL_CHUNK] for i in range(0, len(paths), POOL_CHUNK)]
        results = (r for part in _pool_map(functools.partial(_read_files, folder=folder), chunks, "read files")
                   for r in part)
    else:
        results = (_read_file(p, folder) for p in _progress(paths, desc="read files"))
    for rec, rej in results:
        if rej is not None:
            rejected.append(rej)
        else:
            records.append(rec)
    return records, rejected


def _read_files(paths: list[Path], folder: Path) -> list[tuple[dict | None, tuple | None]]:
    """``_read_file`` on each path (one task of the worker pool)."""
    return [_read_file(p, folder) for p in paths]


def _list_folder(folder: Path) -> list[Path]:
    """Every file (and symlink) under ``folder``, sorted by path: the corpus order."""
    return sorted((p for p in folder.rglob("*") if p.is_file() or p.is_symlink()), key=lambda p: p.as_posix())


def _read_file(p: Path, folder: Path) -> tuple[dict | None, tuple | None]:
    """One file: (record, None), or (None, (shown path, reason, size)) when it cannot be loaded."""
    shown = p.relative_to(folder).as_posix()
    try:
        size = p.stat().st_size
    except OSError as exc:
        return None, (shown, f"unreadable: {exc.strerror or exc}", None)
    if p.suffix.lower() != ".txt":
        return None, (shown, "not a .txt file", size)
    if size == 0:
        return None, (shown, "empty file", 0)
    if size > MAX_FILE_BYTES:
        return None, (shown, f"oversized: {size:,} bytes, over the {MAX_FILE_BYTES:,}-byte limit", size)
    try:
        data = p.read_bytes()
    except OSError as exc:
        return None, (shown, f"unreadable: {exc.strerror or exc}", size)
    _decoded, encoding, problem, norm = _decode(data)  # the frame keeps the normalised text only
    if problem:
        return None, (shown, problem, size)
    return {"article_id": p.relative_to(folder).with_suffix("").as_posix(),
            "path": _file_display_path(p, folder), "file": shown, "sha256": hashlib.sha256(data).hexdigest(),
            "encoding": encoding, "norm": norm, "size": size}, None


_FOLDER_SHOWN: dict[Path, str | None] = {}


def _file_display_path(p: Path, folder: Path) -> str:
    """``_display_path(p)`` for a file found under ``folder``, resolving the folder once, not every file.

    ``_list_folder`` does not descend into symlinked folders, so only a symlinked file itself needs resolving.
    """
    if folder not in _FOLDER_SHOWN:
        try:  # None: the folder is outside the repository (shown as the file's last two parts)
            _FOLDER_SHOWN[folder] = folder.resolve().relative_to(ROOT).as_posix()
        except ValueError:
            _FOLDER_SHOWN[folder] = None
    base = _FOLDER_SHOWN[folder]
    if base is None or p.is_symlink():
        return _display_path(p)
    rel = p.relative_to(folder).as_posix()
    return f"{base}/{rel}" if base not in ("", ".") else rel


def _read_table(path: Path) -> tuple[list[dict], list[tuple]]:
    shown = _display_path(path)
    if path.suffix.lower() == ".csv":
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
    else:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
        rows = [json.loads(line) for line in lines if line.strip()]
        table = pd.DataFrame([{k: "" if v is None else str(v) for k, v in r.items()} for r in rows]).fillna("")
    if "text" not in table.columns:
        raise ValueError(f"{shown}: a table corpus needs a 'text' column (has {', '.join(table.columns)})")
    id_col = next((c for c in ("article_id", "id") if c in table.columns and table[c].is_unique), None)
    records, rejected = [], []
    for i, row in enumerate(table.to_dict("records")):
        aid = str(row[id_col]) if id_col else f"{path.stem}-{i:05d}"
        raw = row["text"] if isinstance(row["text"], str) else ""
        where = f"{shown}#{aid}"
        if not raw.strip() or raw == "nan":
            rejected.append((where, "empty text", 0))
            continue
        data = raw.encode("utf-8")
        records.append({"article_id": aid, "path": where, "file": aid, "sha256": hashlib.sha256(data).hexdigest(),
                        "encoding": "utf-8", "raw": raw, "size": len(data),
                        **{k: row[k] for k in ("title", "outlet", "url", "published") if k in row and row[k] not in ("", "nan")}})
    return records, rejected


def _decode(data: bytes) -> tuple[str, str, str | None, str]:
    """(text, encoding, problem, normalised text): BOMs, UTF-8, UTF-16 without BOM, legacy Cyrillic, then
    charset-normalizer. The normalised text (``normalize(text)``, computed once for the title check) is
    carried on to the frame, so no stage normalises a file twice."""
    boms = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
            (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
    for bom, enc in boms:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(enc), enc)
            except UnicodeDecodeError:
                return "", enc, f"undecodable: starts with a {enc} byte-order mark but does not decode as {enc}", ""
    if b"\x00" in data:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_like_text(text):
                return _check_text(text, enc)
        return "", "binary", "binary file: contains NUL bytes and is not UTF-16 text", ""
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    best = _best_legacy_cyrillic(data)
    if best:
        return _check_text(*best)
    from charset_normalizer import from_bytes

    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        return "", "unknown", "undecodable: not UTF-8, UTF-16 or a known legacy encoding", ""
    return _check_text(str(guess), guess.encoding)


def _check_text(text: str, encoding: str) -> tuple[str, str, str | None, str]:
    if len(_CONTROL.findall(text)) > max(2, len(text) // 100):
        return "", encoding, f"binary or corrupted: control characters throughout (decoded as {encoding})", ""
    if not any(ch.isalpha() for ch in text):
        return "", encoding, "no text line: the file has no letters", ""
    norm = normalize(text)
    if _title_from(split_paragraphs(norm)) is None:
        return "", encoding, "no title: no line of words (only dates, links, credits or numbers)", ""
    return text, encoding, None, norm



def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    good = sum(ch.isalpha() or ch.isspace() or ch in ".,;:!?-\"'()«»—–0123456789" for ch in text)
    return good / len(text) > 0.85


def _best_legacy_cyrillic(data: bytes) -> tuple[str, str] | None:
    """Decode with each legacy Cyrillic code page; keep the one whose letters look most like real uk/ru text."""
    scored = []
    for enc in _LEGACY_CYRILLIC:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            continue
        cyr = [ch for ch in letters if "\u0400" <= ch <= "\u04ff"]
        if len(cyr) < 0.5 * len(letters):
            continue
        common = sum(ch in "оаеинтсрвлкмдпуяызбгчйхжшюцщіїєґ" for ch in cyr)
        upper_inside = len(re.findall(r"(?<=[а-яёіїєґ])[А-ЯЁІЇЄҐ]", text))
        junk = sum(not (ch.isalnum() or ch.isspace() or ch in ".,;:!?-\"'()«»—–%№/") for ch in text)
        scored.append((common / len(letters) - 2 * upper_inside / len(letters) - junk / len(text), enc, text))
    if not scored:
        return None
    score, enc, text = max(scored)
    return (text, enc) if score > 0.5 else None


def _read_manifest(src: Path, manifest) -> pd.DataFrame | None:
    if manifest is False:
        return None
    if manifest is None:
        candidate = src.with_suffix(".csv") if src.is_dir() else None
        if candidate is None or not candidate.is_file():
            return None
        path = candidate
    else:
        path = resolve_path(manifest)
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    if "file" not in table.columns:
        raise ValueError(f"{_display_path(path)}: a manifest needs a 'file' column")
    return table


# --------------------------------------------------------------------------------------------
# private: building the frame
# --------------------------------------------------------------------------------------------

# The frame is built in stages. Per-article stages are functions of a partition (a DataFrame of some
# articles -> a DataFrame of the same articles); corpus-level stages are group-bys / reductions:
#   1. _articles_partition  (per article) normalise, title, outlet, header/dateline date, counts
#   2. strip_boilerplate     (corpus)      line keys counted across the corpus, then each article stripped
#   3. _enrich_partition     (per article) language, quality, cites, candidate date in the prose
#   4. _finish               (corpus)      the corpus year for prose dates without one, dtypes, order
# engine="pandas" runs 1-3 on the whole frame as one partition; engine="dask" runs them with map_partitions.

_RECORD_COLUMNS = ["article_id", "path", "file", "sha256", "encoding", "raw", "norm", "title", "outlet", "url", "published"]
_STAGE1_COLUMNS = ["article_id", "path", "sha256", "encoding", "text", "title", "outlet", "url",
                   "published", "date_source", "n_chars", "n_words", "n_paragraphs"]
_STR_COLUMNS = ("article_id", "path", "sha256", "encoding", "text", "title", "outlet", "url", "date_source")


def _build_frame(records: list[dict], manifest: pd.DataFrame | None, *, strip: bool) -> pd.DataFrame:
    """The article frame from file records (``engine="pandas"``).

    Stages 1 and 3 are per article: for a large corpus (``POOL_MIN_ARTICLES``) they run chunk by chunk in a
    pool of ``POOL_WORKERS`` processes, with the same result; the corpus-level stages run here.
    """
    frame = _records_frame(records)
    by_file = _manifest_lookup(manifest)
    pooled = _pool_wanted(len(frame))
    if pooled:
        df = _concat(_pool_map(functools.partial(_articles_partition, by_file=by_file), _split(frame), "normalise"))
    else:
        df = _articles_partition(frame, by_file=by_file, progress=True)
    del frame
    for rec in records:  # the frame holds its own copy of the texts now
        rec.pop("raw", None)
        rec.pop("norm", None)
    candidates = _shared_titles(df.loc[~df["_title_given"], "title"])
    df = _retitle(df, _site_line_titles(_title_alternatives(df, candidates)) if candidates else {})
    if pooled:
        # Boilerplate in two phases, as on Dask: the workers hash every line (``line_keys``), the keys of
        # cross-article furniture are counted here (``furniture_keys``), then the workers strip and enrich
        # their chunks with those keys: the same frame as ``strip_boilerplate`` on the whole corpus.
        across = None
        if strip:
            keys = _concat(_pool_map(_boilerplate.line_keys, _split(df[["article_id", "outlet", "title", "text"]]),
                                     "boilerplate: count lines"))
            across = _boilerplate.furniture_keys(keys, n_articles=len(df), outlet_sizes=df["outlet"].value_counts())
            del keys
        cols = [c for c in ("article_id", "text", "title", "outlet", "published") if c in df.columns]
        new = _concat(_pool_map(functools.partial(_strip_enrich_columns, strip=strip, across=across),
                                _split(df[cols]), "boilerplate, language, quality, cites"))
        for c in new.columns:
            df[c] = new[c]
        del new
    else:
        if strip:
            df = _boilerplate.strip_boilerplate(df)
        df = _enrich_partition(df, progress=True)
    return _finish(df)


def _strip_enrich_columns(df: pd.DataFrame, *, strip: bool, across: set[int] | None) -> pd.DataFrame:
    """The columns stripping (with the corpus's cross-article keys ``across``) and ``_enrich_partition``
    add to ``df`` (one task of the worker pool)."""
    out = _boilerplate.strip_boilerplate(df, across=across) if strip else df
    out = _enrich_partition(out)
    return out[[c for c in out.columns if c not in df.columns]]


def _split(df: pd.DataFrame) -> list[pd.DataFrame]:
    return [df.iloc[i:i + POOL_CHUNK] for i in range(0, len(df), POOL_CHUNK)]


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    return pd.concat(parts) if len(parts) > 1 else parts[0]


# --- the worker pool (engine="pandas", large corpora) ------------------------------------------

#: Corpora of at least this many files are read and prepared in a pool of worker processes.
POOL_MIN_ARTICLES = 5000
#: Worker processes of that pool: ``NEWS_BUNDLE_WORKERS`` if set (1 = no pool), else the CPUs (at most 4).
POOL_WORKERS = int(os.environ.get("NEWS_BUNDLE_WORKERS") or 0) or min(4, os.cpu_count() or 1)
#: Articles per task of the pool.
POOL_CHUNK = 1000
_POOL = None


def _pool_wanted(n: int) -> bool:
    import multiprocessing

    return POOL_WORKERS > 1 and n >= POOL_MIN_ARTICLES and "fork" in multiprocessing.get_all_start_methods()


def _pool_map(func, chunks: list, desc: str) -> list:
    """``[func(c) for c in chunks]`` in the worker pool, in order, with a progress bar over the chunks.

    The pool is started once per ``load_articles`` and closed at its end. Its workers are forked (POSIX):
    spawned ones would re-run a calling script that has no ``if __name__ == "__main__"`` guard."""
    global _POOL
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    if _POOL is None:
        _POOL = ProcessPoolExecutor(max_workers=POOL_WORKERS, mp_context=multiprocessing.get_context("fork"),
                                    initializer=_pool_init)
    futures = [_POOL.submit(func, c) for c in chunks]
    return [f.result() for f in progress(futures, desc=desc, unit="chunk")]


_GC_WAS_ENABLED: list[bool] = []


def _gc_pause() -> None:
    """Switch Python's cyclic garbage collector off while a corpus loads. The loader builds millions of small
    containers that live on (records, paragraph lists, ``removed`` dicts), and every full collection walks all
    of them: at 100k articles that made loading super-linear. The stages create no reference cycles of note."""
    import gc

    _GC_WAS_ENABLED.append(gc.isenabled())
    gc.disable()


def _gc_resume() -> None:
    import gc

    if _GC_WAS_ENABLED and _GC_WAS_ENABLED.pop():
        gc.enable()


def _release_memory() -> None:
    """Hand the memory a load let go back to the system. Building the frame leaves the heap full of freed
    small objects (records, paragraph lists, pickles from the workers) that glibc keeps mapped: at 10,000
    articles ~90 MB of the process's resident memory, at 100,000 ~1 GB, held through every later stage.
    ``gc.collect()`` then glibc's ``malloc_trim(0)`` (a no-op where there is no glibc)."""
    import ctypes
    import gc

    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError, TypeError):
        pass


def _pool_init() -> None:
    os.environ["NEWS_BUNDLE_PROGRESS"] = "0"  # the parent shows the bars


def _pool_close() -> None:
    global _POOL
    if _POOL is not None:
        _POOL.shutdown()
        _POOL = None


def _records_frame(records: list[dict]) -> pd.DataFrame:
    """File records as a frame (``_RECORD_COLUMNS``; title/outlet/url/published only from table sources)."""
    return pd.DataFrame({c: pd.Series([r.get(c) for r in records], dtype="object") for c in _RECORD_COLUMNS})


def _manifest_lookup(manifest: pd.DataFrame | None) -> dict[str, dict]:
    by_file = {}
    if manifest is not None:
        for row in manifest.to_dict("records"):
            key = row["file"].strip()
            by_file[key] = row
            by_file[Path(key).stem] = row
    return by_file


def _articles_partition(records: pd.DataFrame, *, by_file: dict[str, dict], progress: bool = False) -> pd.DataFrame:
    """Stage 1, per article: normalised text, title, outlet, url, date from a header or dateline, counts."""
    rows = []
    recs = records.to_dict("records")
    for rec in (_progress(recs, desc="normalise") if progress else recs):
        text = rec.get("norm") or normalize(rec["raw"])
        paras = split_paragraphs(text)
        meta = by_file.get(rec["file"]) or by_file.get(rec["article_id"]) or {}
        given = {k: (meta.get(k) or rec.get(k) or "").strip() for k in ("title", "outlet", "url", "published")}
        title = normalize(given["title"]) if given["title"] else _title_from(paras) or ""
        header_date, header_source = _header_date(paras)
        published, date_source = (_parse_given_date(given["published"]), "manifest") if given["published"] else (header_date, header_source)
        rows.append((rec["article_id"], rec["path"], rec["sha256"], rec["encoding"], text, title,
                     given["outlet"] or _outlet_from(paras, given["url"]), given["url"] or None,
                     published, date_source if published is not None else "none",
                     len(text), len(tokenize(text, normalized=True)), len(paras), bool(given["title"])))
    cols = list(zip(*rows)) if rows else [()] * (len(_STAGE1_COLUMNS) + 1)
    out = pd.DataFrame({c: pd.Series(list(v), dtype="str" if c in _STR_COLUMNS else "int64" if c.startswith("n_") else
                                     "bool" if c == "_title_given" else "object")
                        for c, v in zip(_STAGE1_COLUMNS + ["_title_given"], cols)})
    out.index = records.index
    return out


def _title_alternatives(df: pd.DataFrame, candidates: set[str]) -> pd.DataFrame:
    """For articles whose found (not given) title is in ``candidates``: the next headline-like line after it
    (``alt``; None when there is none). Columns ``article_id, title, alt``."""
    rows = [(a, t, _title_from(split_paragraphs(x), exclude={t}))
            for a, t, x, given in zip(df["article_id"], df["title"], df["text"], df["_title_given"])
            if t in candidates and not given]
    return pd.DataFrame(rows, columns=["article_id", "title", "alt"], dtype="object")


def _site_line_titles(alternatives: pd.DataFrame, min_articles: int = 3) -> dict[str, str]:
    """``article_id → new title`` where the found title is a site line, not a headline: the same first line
    (a slogan, "Місто • Світ", "УНН — … Перші про головне") tops ``min_articles`` or more articles whose next
    headline-like lines differ (different stories; compared on ``match_key``). Reprints of one story share their
    next line too and keep their title."""
    new: dict[str, str] = {}
    for title, group in alternatives.groupby("title", sort=False):
        # Compared on the matching key (case, punctuation and digits aside): reprints that update a figure still match.
        alts = {match_key(a, normalized=True) for a in group["alt"] if isinstance(a, str)}
        if len(group) >= min_articles and len(alts) >= max(min_articles, 2 * len(group) / 3):
            new.update({a: alt for a, alt in zip(group["article_id"], group["alt"]) if isinstance(alt, str)})
    return new


def _retitle(df: pd.DataFrame, new_titles: dict[str, str]) -> pd.DataFrame:
    """``df`` with the titles of ``new_titles`` set and the helper column ``_title_given`` dropped."""
    df = df.drop(columns="_title_given")
    if new_titles:
        df["title"] = [new_titles.get(a, t) for a, t in zip(df["article_id"], df["title"])]
        df["title"] = df["title"].astype("str")
    return df


def _shared_titles(titles: pd.Series, min_articles: int = 3) -> set[str]:
    counts = titles.value_counts()
    return set(counts[counts >= min_articles].index)


def _enrich_partition(df: pd.DataFrame, *, progress: bool = False) -> pd.DataFrame:
    """Stage 3, per article: language and quality of the body, cites, and a candidate date in the prose.

    ``_prose_date`` holds ``_first_prose_date`` of the body for articles without a date yet (else None);
    ``_finish`` settles its year.
    """
    body = df["body"] if "body" in df.columns else df["text"]
    # Language of the article: of its body (furniture in another language must not decide it).
    sample = [b if b.strip() else t for b, t in zip(body, df["text"])]
    batches = range(0, len(sample), 1000)
    langs = [v for i in (_progress(batches, desc="language") if progress else batches)
             for v in _language.detect_languages(sample[i:i + 1000])]
    df = df.copy()
    df["lang"] = pd.Series([l for l, _ in langs], index=df.index, dtype="str")
    df["lang_confidence"] = pd.Series([c for _, c in langs], index=df.index, dtype="float64")
    df["quality"] = pd.Series([text_quality(t, l) for t, l in zip(df["text"], df["lang"])], index=df.index, dtype="str")
    df["cites"] = pd.Series([_cites_from(b) for b in body], index=df.index, dtype="object")
    df["_prose_date"] = pd.Series([_first_prose_date(text) if pub is None or pd.isna(pub) else None
                                   for pub, text in zip(df["published"], body)], index=df.index, dtype="object")
    return df


def _finish(df: pd.DataFrame) -> pd.DataFrame:
    """Stage 4, corpus level: dates in prose get the corpus year; ``published`` in ``TIMEZONE``; columns, order."""
    df = _dates_from_prose(df)
    df["published"] = pd.to_datetime(df["published"], utc=True).dt.tz_convert(TIMEZONE)
    order = _ARTICLE_COLUMNS + [c for c in df.columns if c not in _ARTICLE_COLUMNS]
    df = df[order].sort_values("article_id", kind="stable").reset_index(drop=True)
    for col in ("n_chars", "n_words", "n_paragraphs"):
        df[col] = df[col].astype("int64")
    return df


# --- the Dask engine -------------------------------------------------------------------------

#: Partitions per worker thread when ``npartitions`` is not given.
DASK_PARTITIONS_PER_THREAD = 4


def _dask_config():
    """Dask settings for the engine: keep object columns (lists, timestamps) as they are, no string conversion."""
    import dask

    return dask.config.set({"dataframe.convert-string": False})


def _dask_threads() -> int:
    """Worker threads of the active ``dask.distributed`` Client, else this machine's CPUs."""
    try:
        from distributed import get_client

        return max(1, sum(get_client().nthreads().values()))
    except (ImportError, ValueError):
        return os.cpu_count() or 1


def _dask_npartitions(n_rows: int, npartitions: int | None) -> int:
    n = npartitions if npartitions else DASK_PARTITIONS_PER_THREAD * _dask_threads()
    return max(1, min(int(n), n_rows))


_READ_COLUMNS = ["file", "reason", "size", *[c for c in _RECORD_COLUMNS if c != "file"]]


def _read_partition(paths: pd.DataFrame, *, folder: str) -> pd.DataFrame:
    """``_read_file`` on a partition of paths: one row per file, a record or (``reason`` set) a rejection."""
    base = Path(folder)
    rows = []
    for p in paths["p"]:
        rec, rej = _read_file(Path(p), base)
        if rej is not None:
            rows.append({"file": rej[0], "reason": rej[1], "size": rej[2]})
        else:
            rows.append({**rec, "reason": None})
    out = pd.DataFrame({c: pd.Series([r.get(c) for r in rows], dtype="object") for c in _READ_COLUMNS})
    out.index = paths.index
    return out


def _dask_read_source(src: Path, npartitions: int | None):
    """(dask frame of records, records without their text (for the cache key), rejected rows).

    A folder is read on the workers (``_read_partition``: read, decode, hash), which therefore need the
    corpus at the same path; a table file is read here and its records sent to the workers.
    """
    import dask.dataframe as dd

    if not src.is_dir():
        records, rejected = _read_source(src)
        frame = _records_frame(records)
        ddf = dd.from_pandas(frame, npartitions=_dask_npartitions(len(frame), npartitions), sort=False)
        return ddf, records, rejected
    files = pd.DataFrame({"p": pd.Series([str(p) for p in _list_folder(src)], dtype="object")})
    if files.empty:
        return dd.from_pandas(_records_frame([]), npartitions=1, sort=False), [], []
    paths = dd.from_pandas(files, npartitions=_dask_npartitions(len(files), npartitions), sort=False)
    read = paths.map_partitions(_read_partition, folder=str(src), meta=_read_partition(files.iloc[:0], folder=str(src)))
    read = read.persist()
    small = read[[c for c in _READ_COLUMNS if c not in ("raw", "norm")]].compute()
    rejected = [(r["file"], r["reason"], r["size"]) for r in small.to_dict("records") if r["reason"] is not None]
    records = [{k: v for k, v in r.items() if k not in ("reason", "size")}
               for r in small.to_dict("records") if r["reason"] is None]
    ddf = read[read["reason"].isna()][_RECORD_COLUMNS]
    return ddf, records, rejected


def _dask_build_frame(records, manifest: pd.DataFrame | None, *, strip: bool) -> pd.DataFrame:
    """``_build_frame`` on Dask: stages 1-3 with ``map_partitions``, the boilerplate count as a shuffled group-by."""
    import dask

    by_file = _manifest_lookup(manifest)
    empty = _records_frame([])
    meta = _articles_partition(empty, by_file={})
    ddf = records.map_partitions(_articles_partition, by_file=by_file, meta=meta).persist()
    candidates = _shared_titles(ddf[~ddf["_title_given"]]["title"].compute())
    new_titles = {}
    if candidates:
        alt_meta = _title_alternatives(meta, set())
        new_titles = _site_line_titles(ddf.map_partitions(_title_alternatives, candidates, meta=alt_meta).compute())
    meta = _retitle(meta, {})
    ddf = ddf.map_partitions(_retitle, new_titles, meta=meta).persist()
    if strip:
        keys = ddf.map_partitions(_boilerplate.line_keys, meta=_boilerplate.line_keys(meta))
        n_articles, outlets = dask.compute(ddf.map_partitions(len).sum(), ddf["outlet"].value_counts(split_out=1))
        across = _boilerplate.furniture_keys(keys, n_articles=int(n_articles), outlet_sizes=outlets)
        meta = _boilerplate.strip_boilerplate(meta, across=set())
        ddf = ddf.map_partitions(_boilerplate.strip_boilerplate, across=across, meta=meta)
    ddf = ddf.map_partitions(_enrich_partition, meta=_enrich_partition(meta))
    return _finish(ddf.compute())


def _dask_per_article(func, articles: pd.DataFrame, *, npartitions: int | None, **kwargs) -> pd.DataFrame:
    import dask
    import dask.dataframe as dd

    meta = func(articles.iloc[:0], **kwargs)
    plain = articles.copy(deep=False)
    plain.attrs = {}  # attrs (e.g. the rejected-files table) stay here; func's result gets meta's attrs
    ddf = dd.from_pandas(plain, npartitions=_dask_npartitions(len(plain), npartitions), sort=False)
    parts = list(dask.compute(*ddf.map_partitions(func, meta=meta.iloc[:0].copy(), **kwargs).to_delayed()))
    return _combine_parts(parts, meta)


def _pool_per_article(func, articles: pd.DataFrame, **kwargs) -> pd.DataFrame:
    """``per_article`` on the worker pool: ``func`` on chunks of ``POOL_CHUNK`` articles, results in order."""
    meta = func(articles.iloc[:0], **kwargs)
    plain = articles.copy(deep=False)
    plain.attrs = {}
    try:
        parts = _pool_map(functools.partial(func, **kwargs), _split(plain), getattr(func, "__name__", "per article"))
    finally:
        _pool_close()
    return _combine_parts(parts, meta)


def _combine_parts(parts: list[pd.DataFrame], meta: pd.DataFrame) -> pd.DataFrame:
    """The per-chunk results of a per-article analysis as one table (a 0..n-1 index renumbered 0..N-1)."""
    for part in parts:
        part.attrs = {}
    kept = [p for p in parts if len(p)] or parts[:1]
    renumber = all(isinstance(p.index, pd.RangeIndex) and p.index.start == 0 and p.index.step == 1 for p in kept)
    out = pd.concat(kept, ignore_index=renumber) if len(kept) > 1 else kept[0]
    for col in out.columns:  # a chunk whose column is all missing comes back as object: the whole is text
        text = next((p[col].dtype for p in kept if isinstance(p[col].dtype, pd.StringDtype)), None)
        if text is not None and out[col].dtype == object:
            out[col] = out[col].astype(text)
    out.attrs = dict(meta.attrs)
    return out


# Lines that are not titles: photo/video credits, bare domains and links, dates and times.
_CREDIT = re.compile(r"^(?:фото|фото й відео|відео|видео|ілюстрація|иллюстрация|джерело фото|источник фото|photo|"
                     r"video|image|credit|getty images|скриншот|колаж|коллаж)\b.{0,80}$", re.I)
_DOMAIN = re.compile(r"^(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/\S*)?$", re.I)
_URL = re.compile(r"^(?:https?://|www\.)\S+$", re.I)


def _title_from(paras: list[str], exclude: set[str] | frozenset = frozenset()) -> str | None:
    """The first line of the first 12 that reads as a headline: not a credit, domain, link, date or time, nor
    site furniture (``is_furniture``: a rubric, cookie banner, "read also"…) or a breadcrumb ("Новини / Світ").
    When every line is one of those, the first that has words at all (the old, looser reading), so a file is
    rejected for having no title only when it has no line of words near its top. Lines in ``exclude`` are skipped
    (the loader passes a site line found atop several different stories: ``_site_line_titles``)."""
    head = paras[:12]
    plain = [ln for ln in head if not (_CREDIT.match(ln) or _DOMAIN.match(ln) or _URL.match(ln) or _is_date_line(ln))]
    worded = [ln for ln in plain if _has_words(ln) and ln not in exclude]
    for line in worded:
        if not _breadcrumb(line) and not _boilerplate.is_furniture(line):
            return line
    return worded[0] if worded else None


def _has_words(line: str) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", line)
    return len(words) >= 2 or (len(words) == 1 and len(line) >= 12)


_CRUMB_SEPARATOR = re.compile(r"\s+(?:/|›|»|>|\||·|•|\"|→|::)\s+|\.\s+(?=\w)")


def _breadcrumb(line: str) -> bool:
    """A site path such as "Новини / Світ / Війна", "Nyheter › Utrikes" or "Агентство. Новости": two or more
    parts of at most three words each, six words in all, no digits and no sentence punctuation."""
    parts = _CRUMB_SEPARATOR.split(line.strip().rstrip("."))
    if len(parts) < 2 or re.search(r"\d|[:!?,]", line):
        return False
    sizes = [len(p.split()) for p in parts]
    return all(1 <= n <= 3 for n in sizes) and sum(sizes) <= 6


def _outlet_from(paras: list[str], url: str) -> str | None:
    """A bare domain line near the top or the end of the text, else the domain of ``url``."""
    for line in paras[:6] + paras[-3:]:
        m = _DOMAIN.match(line)
        if m:
            return m.group(1).lower()
    if url:
        m = re.match(r"^(?:https?://)?(?:www\.)?([^/\s:]+)", url.strip(), re.I)
        if m:
            return m.group(1).lower()
    return None


# --- dates ---------------------------------------------------------------------------------

_MONTHS = {
    # Ukrainian (genitive and nominative), Russian (genitive and nominative), English, German, French, Polish.
    **dict.fromkeys(["січня", "січень", "января", "январь", "january", "jan", "januar", "janvier", "stycznia"], 1),
    **dict.fromkeys(["лютого", "лютий", "февраля", "февраль", "february", "feb", "februar", "février", "lutego"], 2),
    **dict.fromkeys(["березня", "березень", "марта", "март", "march", "mar", "märz", "mars", "marca"], 3),
    **dict.fromkeys(["квітня", "квітень", "апреля", "апрель", "april", "apr", "avril", "kwietnia"], 4),
    **dict.fromkeys(["травня", "травень", "мая", "май", "may", "mai", "maja"], 5),
    **dict.fromkeys(["червня", "червень", "июня", "июнь", "june", "jun", "juni", "juin", "czerwca"], 6),
    **dict.fromkeys(["липня", "липень", "июля", "июль", "july", "jul", "juli", "juillet", "lipca"], 7),
    **dict.fromkeys(["серпня", "серпень", "августа", "август", "august", "aug", "août", "sierpnia"], 8),
    **dict.fromkeys(["вересня", "вересень", "сентября", "сентябрь", "september", "sep", "sept", "septembre", "września"], 9),
    **dict.fromkeys(["жовтня", "жовтень", "октября", "октябрь", "october", "oct", "oktober", "octobre", "października"], 10),
    **dict.fromkeys(["листопада", "листопад", "ноября", "ноябрь", "november", "nov", "novembre", "listopada"], 11),
    **dict.fromkeys(["грудня", "грудень", "декабря", "декабрь", "december", "dec", "dezember", "décembre", "grudnia"], 12),
}
_WEEKDAYS = {
    **dict.fromkeys(["понеділок", "понеділка", "понедельник", "monday"], 0),
    **dict.fromkeys(["вівторок", "вівторка", "вторник", "tuesday"], 1),
    **dict.fromkeys(["середу", "середа", "среду", "среда", "wednesday"], 2),
    **dict.fromkeys(["четвер", "четверга", "четверг", "thursday"], 3),
    **dict.fromkeys(["п'ятницю", "п'ятниця", "пятницу", "пятница", "пятниця", "пятницю", "friday"], 4),
    **dict.fromkeys(["суботу", "субота", "субботу", "суббота", "saturday"], 5),
    **dict.fromkeys(["неділю", "неділя", "воскресенье", "sunday"], 6),
}
_MONTH_RE = "|".join(sorted(map(re.escape, _MONTHS), key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(map(re.escape, _WEEKDAYS), key=len, reverse=True))
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[./](\d{1,2})[./](\d{4})(?:[,\sр.]*(\d{1,2})[:.](\d{2}))?(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
_DAY_MONTH = re.compile(rf"(?:\b({_WEEKDAY_RE}),?\s+)?(?<!\d)(\d{{1,2}})\s+({_MONTH_RE})\b\.?(?:\s+(\d{{4}}))?", re.I)
_MONTH_DAY = re.compile(rf"(?:\b({_WEEKDAY_RE}),?\s+)?\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?!\d)(?:,?\s+(\d{{4}}))?", re.I)
_TIME_ONLY = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")


def _is_date_line(line: str) -> bool:
    """A short line that is a date, a time, or a section name plus a date ("Світ, 13.11.2024 12:38")."""
    if _TIME_ONLY.match(line):
        return True
    if len(line) > 60:
        return False
    stripped = _NUMERIC_DATE.sub(" ", _ISO_DATE.sub(" ", line))
    if stripped != line or email.utils.parsedate_tz(line):
        return len(re.findall(r"[^\W\d_]{2,}", stripped)) <= 3
    m = _DAY_MONTH.search(line) or _MONTH_DAY.search(line)
    return bool(m and m.group(0).strip() and len(re.findall(r"[^\W\d_]{2,}", line)) <= 4 and re.search(r"\d{4}|\d:\d", line))


def _header_date(paras: list[str]) -> tuple[pd.Timestamp | None, str]:
    """A date on a header line near the top (e-mail style or ISO), or a dateline at the top or end."""
    for line in paras[:6]:
        if len(line) > 60:
            continue
        parsed = email.utils.parsedate_tz(line)
        if parsed and parsed[0] > 1900:
            return pd.Timestamp(email.utils.parsedate_to_datetime(line)), "header"
        m = _ISO_DATE.fullmatch(line.strip())
        if m:
            return _parse_given_date(line.strip()), "header"
    for line in paras[:6] + paras[-4:]:
        if _is_date_line(line):
            ts = _dateline(line)
            if ts is not None:
                return ts, "dateline"
    return None, "none"


def _dateline(line: str) -> pd.Timestamp | None:
    m = _NUMERIC_DATE.search(line)
    if m:
        d, mo, y, hh, mm = m.groups()
        return _local(int(y), int(mo), int(d), int(hh or 0), int(mm or 0))
    m = _ISO_DATE.search(line)
    if m:
        return _parse_given_date(m.group(0))
    m = _DAY_MONTH.search(line)
    if m and m.group(4):
        t = re.search(r"(\d{1,2}):(\d{2})", line[m.end():])
        return _local(int(m.group(4)), _MONTHS[m.group(3).lower()], int(m.group(2)),
                      int(t.group(1)) if t else 0, int(t.group(2)) if t else 0)
    m = _MONTH_DAY.search(line)
    if m and m.group(4):
        return _local(int(m.group(4)), _MONTHS[m.group(2).lower()], int(m.group(3)))
    return None


def _local(y: int, mo: int, d: int, hh: int = 0, mm: int = 0) -> pd.Timestamp | None:
    try:
        return pd.Timestamp(_dt.datetime(y, mo, d, hh, mm)).tz_localize(TIMEZONE)
    except (ValueError, OverflowError):
        return None


def _parse_given_date(value: str) -> pd.Timestamp | None:
    """Parse an ISO-like date from a manifest or table column; dates without a zone are in ``TIMEZONE``."""
    value = value.strip()
    m = _NUMERIC_DATE.fullmatch(value)
    if m:  # 05.11.2024 is 5 November, never 11 May
        return _dateline(value)
    try:
        ts = pd.Timestamp(value)
    except (ValueError, TypeError):
        parsed = email.utils.parsedate_tz(value)
        if not parsed:
            raise ValueError(f"unreadable date {value!r}: use YYYY-MM-DD or an ISO timestamp") from None
        ts = pd.Timestamp(email.utils.parsedate_to_datetime(value))
    return ts.tz_localize(TIMEZONE) if ts.tzinfo is None else ts


def _dates_from_prose(df: pd.DataFrame) -> pd.DataFrame:
    """Fill missing ``published`` from a date in the first paragraphs of the body ("на брифінгу 28 жовтня").

    The candidates are in ``_prose_date`` (``_enrich_partition``; the column is dropped here). The year comes
    from the date itself when written, else from the rest of the corpus (the most common year among dates
    already found), checked against the weekday where one is given ("в пятницу, 8 ноября"); with no year
    to infer, or a weekday that does not fit it, the date stays NaT. Only the body is read, so dates in
    teasers for other stories never count.
    """
    found = {i: hit for i, hit in enumerate(df["_prose_date"]) if hit}
    years = [ts.year for ts in df["published"] if ts is not None and not pd.isna(ts)]
    years += [h[0] for h in found.values() if h[0]]
    corpus_year = pd.Series(years).mode().min() if years else None
    published, sources = list(df["published"]), list(df["date_source"])
    for i, (year, month, day, weekday) in found.items():
        candidates = [year] if year else ([corpus_year] if corpus_year else [])
        for y in candidates:
            ts = _local(int(y), month, day)
            if ts is not None and (weekday is None or ts.weekday() == weekday):
                published[i], sources[i] = ts, "text"
                break
    df = df.drop(columns=["_prose_date"])
    df["published"] = pd.Series(published, index=df.index, dtype="object")
    df["date_source"] = pd.Series(sources, index=df.index, dtype="str")
    return df


def _first_prose_date(text: str) -> tuple[int | None, int, int, int | None] | None:
    """(year or None, month, day, weekday or None) of the first date in the first five paragraphs."""
    lede = "\n".join(split_paragraphs(text)[:5])
    hits = []
    for m in _DAY_MONTH.finditer(lede):
        hits.append((m.start(), m.group(4), _MONTHS[m.group(3).lower()], m.group(2), m.group(1)))
    for m in _MONTH_DAY.finditer(lede):
        hits.append((m.start(), m.group(4), _MONTHS[m.group(2).lower()], m.group(3), m.group(1)))
    for m in _NUMERIC_DATE.finditer(lede):
        hits.append((m.start(), m.group(3), int(m.group(2)), m.group(1), None))
    for start, year, month, day, weekday in sorted(hits, key=lambda h: h[0]):
        day = int(day)
        if 1 <= day <= calendar.monthrange(2024, month)[1] and 1 <= month <= 12:
            return (int(year) if year else None, month, day,
                    _WEEKDAYS.get(weekday.lower()) if weekday else None)
    return None


# --- cache and progress ----------------------------------------------------------------------

_JSON_COLUMNS = ("cites", "removed")


def _corpus_key(records: list[dict], manifest: pd.DataFrame | None, strip: bool) -> str:
    digest = hashlib.sha256(code_version().encode())
    digest.update(f"strip={strip}".encode())
    if manifest is not None:
        digest.update(manifest.to_csv(index=False).encode())
    for rec in records:
        extra = json.dumps({k: rec.get(k) for k in ("title", "outlet", "url", "published")}, sort_keys=True)
        digest.update(f"{rec['article_id']}\0{rec['path']}\0{rec['sha256']}\0{rec['encoding']}\0{extra}\n".encode())
    return digest.hexdigest()


def _result_key(func, articles: pd.DataFrame, kwargs: dict) -> str | None:
    """The cache key of ``cached``: code, function, arguments, and the frame's contents (None: do not cache)."""
    try:
        args = json.dumps(kwargs, sort_keys=True, allow_nan=True)
    except (TypeError, ValueError):
        return None
    digest = hashlib.sha256(f"{code_version()}\0{func.__module__}.{func.__qualname__}\0{args}\0{len(articles)}".encode())
    for col in articles.columns:
        values = articles[col]
        if values.dtype == object:  # lists, dicts, None: by their repr
            values = values.map(repr)
        digest.update(f"\0{col}\0".encode())
        digest.update(pd.util.hash_pandas_object(values, index=False).to_numpy().tobytes())
    return digest.hexdigest()


def _cached_frame(key: str, cache: bool, build) -> pd.DataFrame:
    """The frame cached under ``key`` when ``cache`` is on and it is there, else ``build()`` (then cached)."""
    articles = _cache_read(key) if cache else None
    if articles is None:
        articles = build()
        if cache:
            _cache_write(key, articles)
    return articles


def _cache_read(key: str, prefix: str = "articles") -> pd.DataFrame | None:
    path = CACHE_DIR / f"{prefix}-{key[:32]}.parquet"
    if not path.is_file():
        return None
    try:
        df = pd.read_parquet(path)
    except Exception as exc:  # a broken cache file is recomputed, and said so
        warnings.warn(f"cache file {path.name} unreadable ({exc}); recomputing", RuntimeWarning, stacklevel=3)
        return None
    for col in _JSON_COLUMNS:
        if col in df.columns:
            df[col] = [json.loads(v) for v in df[col]]
    os.utime(path)
    return df


def _cache_write(key: str, df: pd.DataFrame, prefix: str = "articles") -> None:
    try:
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        out = df.copy()
        out.attrs = {}
        for col in _JSON_COLUMNS:
            if col in out.columns:
                out[col] = pd.Series([json.dumps(v, ensure_ascii=False) for v in out[col]], index=out.index, dtype="str")
        tmp = CACHE_DIR / f".{prefix}-{key[:32]}.{os.getpid()}.tmp"
        out.to_parquet(tmp, index=False)
        tmp.replace(CACHE_DIR / f"{prefix}-{key[:32]}.parquet")
        family = prefix.split("-")[0]  # "articles", or "result" for every cached analysis together
        entries = sorted(CACHE_DIR.glob(f"{family}-*.parquet"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in entries[CACHE_ENTRIES * (1 if family == "articles" else 4):]:
            old.unlink(missing_ok=True)
    except OSError as exc:  # a read-only checkout still loads, just without a cache
        warnings.warn(f"could not write the cache in {CACHE_DIR.name}/ ({exc.strerror or exc})", RuntimeWarning, stacklevel=3)


def _progress(items, *, desc: str):
    """``items`` wrapped in a tqdm bar (JupyterLab widget or terminal) when long enough and not switched off."""
    return progress(items, desc=desc, enabled=len(items) >= PROGRESS_MIN_ITEMS)


# --- citations -----------------------------------------------------------------------------

#: Outlets and agencies recognised by name wherever an attribution phrase names them.
KNOWN_OUTLETS = (
    "Reuters", "Associated Press", "AP", "AFP", "Bloomberg", "CNN", "BBC", "Yonhap", "NHK", "Kyodo", "DPA", "Politico",
    "The Guardian", "The New York Times", "New York Times", "The Wall Street Journal", "Wall Street Journal",
    "The Washington Post", "Washington Post", "Financial Times", "The Economist", "Axios", "Fox News", "Sky News",
    "DailyMail", "Daily Mail", "The Telegraph", "Le Monde", "Der Spiegel", "Bild", "Kyiv Independent", "Al Jazeera",
    "Укрінформ", "Укринформ", "Суспільне", "Українська правда", "Украинская правда", "УНІАН", "УНИАН",
    "Інтерфакс-Україна", "Интерфакс-Украина", "Інтерфакс", "Интерфакс", "РБК-Україна", "РБК-Украина", "ТАСС", "РИА Новости",
    "Медуза", "Meduza", "Новая газета", "Радіо Свобода", "Радио Свобода", "Голос Америки", "Главком", "Цензор.НЕТ",
    "Левий берег", "LIGA.net", "Громадське", "Ми-Україна", "ТСН", "NV", "Новое время", "Новий час", "Коммерсантъ",
)
_CITE_VERBS_STRONG = (r"(?i:переда(?:є|ють|ло|ает|ают|ало)|пиш(?:е|уть|ет|ут)|повідомля(?:є|ють|ло|ла|в)|"
                      r"повідомило|повідомила|сообща(?:ет|ют|ло|ла|л)|сообщило|як (?:пише|писав|писала|писало|писали|"
                      r"повідомляв|повідомляло|повідомляла|повідомляли)|как (?:пишет|писал|писала|писало|писали|сообщал|"
                      r"сообщало|сообщала|сообщали)|reports|reported|writes|wrote)")
_CITE_VERBS_WEAK = r"(?i:з посиланням на|із посиланням на|посилаючись на|со ссылкой на|ссылаясь на|citing|according to)"
_NAME = r"(?:\"[^\"\n]{2,60}\"|(?:the\s+)?[A-ZА-ЯІЇЄҐЁ][\w.'-]*(?:\s+(?:[A-ZА-ЯІЇЄҐЁ][\w.'-]*|правда|свобода|новости|время|час|берег|газета|Press|News|Times|Post)){0,3})"
_CITE_STRONG = re.compile(rf"\b(?:{_CITE_VERBS_STRONG})\s+(?:(?i:агентство|агентства|агентстві|видання|издание|телеканал|"
                          rf"газета|сайт|портал|the agency|the outlet|news agency)\s+)?({_NAME})")
_CITE_WEAK = re.compile(rf"\b(?:{_CITE_VERBS_WEAK})\s+(?:(?i:агентство|агентства|видання|издание|телеканал|the agency)\s+)?({_NAME})")
_CITE_BEFORE = re.compile(rf"({_NAME})\s+(?:reported|reports|повідомило|повідомила|повідомляє|сообщило|сообщает|пише|пишет)\b")


# Each citation pattern needs its verb, so a paragraph whose case-folded text holds none of these substrings
# of the verbs skips that pattern (plain substring tests: the same result, several times faster).
_CITE_STRONG_HINTS = ("переда", "пиш", "писа", "повідом", "сообщ", "report", "writes", "wrote")
_CITE_WEAK_HINTS = ("посила", "ссыл", "citing", "according to")
_CITE_BEFORE_HINTS = ("report", "повідом", "сообщ", "пише")  # case-sensitive pattern: tested on the text as is
_KNOWN_CASEFOLD = {k.casefold(): k for k in KNOWN_OUTLETS}


def _cites_from(text: str) -> list[str]:
    """Outlets or agencies the article attributes its news to, in order of first mention, each once."""
    known = _KNOWN_CASEFOLD
    found: list[str] = []
    low = text.casefold()
    strong_any = any(h in low for h in _CITE_STRONG_HINTS)
    weak_any = any(h in low for h in _CITE_WEAK_HINTS)
    before_any = any(h in text for h in _CITE_BEFORE_HINTS)
    if not (strong_any or weak_any or before_any):
        return found

    def add(name: str, strong: bool) -> None:
        name = name.strip().strip('"').strip()
        name = re.sub(r"^the\s+", "", name, flags=re.I) if name.casefold() not in known else name
        name = re.sub(r"[.,;:]+$", "", name)
        if not name:
            return
        canonical = known.get(name.casefold())
        if canonical is None:
            for k, v in known.items():
                if name.casefold().startswith(k + " ") or name.casefold() == k:
                    canonical = v
                    break
        if canonical is None and (strong or re.fullmatch(r"[A-Za-z][\w.&' -]*", name)):
            canonical = name
        if canonical and canonical not in found and len(canonical) <= 60:
            found.append(canonical)

    for para in split_paragraphs(text):
        low = para.casefold() if strong_any or weak_any else ""
        strong = strong_any and any(h in low for h in _CITE_STRONG_HINTS)
        weak = weak_any and any(h in low for h in _CITE_WEAK_HINTS)
        before = before_any and any(h in para for h in _CITE_BEFORE_HINTS)
        if not (strong or weak or before):
            continue
        for m in (_CITE_STRONG.finditer(para) if strong else ()):
            raw = m.group(1)
            if raw.startswith('"') or raw.casefold() in known or _starts_known(raw, known):
                add(raw, True)
            elif not re.match(r"[A-ZА-ЯІЇЄҐЁ][а-яіїєґё']+(?:а|ий|ій|ов|ев|ко|ук|юк|ич|ин|ська|ський)$", raw.split()[0]):
                add(raw, True)
        for m in (_CITE_WEAK.finditer(para) if weak else ()):
            raw = m.group(1)
            if raw.startswith('"') or raw.casefold() in known or _starts_known(raw, known):
                add(raw, True)
            elif re.fullmatch(r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}", raw):
                add(raw, False)
        for m in (_CITE_BEFORE.finditer(para) if before else ()):
            raw = m.group(1)
            if raw.startswith('"') or raw.casefold() in known or _starts_known(raw, known):
                add(raw, True)
    return found


def _starts_known(name: str, known: dict) -> bool:
    low = name.casefold()
    return any(low.startswith(k + " ") for k in known)


# --- markdown escaping ---------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def _escape(value):
    """Escape a string for Markdown-with-HTML output; leave numbers, dates and other values alone."""
    if isinstance(value, str):
        return _MD_SPECIAL.sub(r"\\\1", html.escape(value, quote=False))
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return ", ".join(_escape(v) for v in value)
    return value


_KIND_MARKERS = {"present": "o", "projected": "^", "casualties": "v", "returned": "s", "other": "D"}
_OTHER_CLAIMANTS = "#333333"
_UNKNOWN = "#9a9a9a"


def _claimant_colours(claimants: pd.Series) -> dict:
    """A colour per claimant: the nine most frequent named ones (ties by name) get tab10's colours without its
    grey, the rest share dark grey, ``unknown`` is light grey — no two shown claimants look alike."""
    import matplotlib.pyplot as plt

    palette = [c for i, c in enumerate(plt.get_cmap("tab10").colors) if i != 7]
    freq = claimants.value_counts()
    order = sorted((c for c in freq.index if c != "unknown"), key=lambda c: (-freq[c], c))
    colour = {c: (palette[i] if i < len(palette) else _OTHER_CLAIMANTS) for i, c in enumerate(order)}
    if "unknown" in freq.index:
        colour["unknown"] = _UNKNOWN
    return colour


def _colour_label(colour: dict, c) -> str:
    """The legend text for a colour: its claimant, or "other claimants (…)" for the shared one."""
    names = [k for k, v in colour.items() if v == c]
    if c == _OTHER_CLAIMANTS and len(names) > 1:
        return f"other claimants ({len(names)})"
    return names[0]


def _draw_troop_panel(ax, g: pd.DataFrame, kind: str, colour: dict, size: int, alpha: float, crowded: bool) -> None:
    """One kind's panel of ``plot_troop_figures``: points, ranges, vague bands, teasers, labels, steps."""
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    body, teaser = g[g["in_body"]], g[~g["in_body"]]
    firm = body[~body["vague"]]
    lo = firm["low"].astype("Float64").fillna(firm["figure"]).astype(float)
    hi = firm["high"].astype("Float64").fillna(firm["figure"]).astype(float)
    tops = pd.concat([hi, firm["figure"], teaser["figure"]]).dropna()
    if tops.empty:  # only vague quantities: show them whole
        tops = body["high"].astype("Float64").fillna(body["figure"]).astype(float).dropna()
    top = float(tops.max()) if len(tops) else 0.0
    near = body.loc[body["vague"], "high"].astype("Float64").dropna().astype(float)
    near = near[near <= 2 * top]  # a vague band not far above the firm figures is shown whole
    ceiling = max([top, *near]) * 1.15 if max([top, *near]) > 0 else 10.0
    for claimant, c in firm.groupby("claimant", sort=True):
        col = colour[claimant]
        y, l_, h_ = c["figure"].to_numpy(), lo[c.index].to_numpy(), hi[c.index].to_numpy()
        ranged = l_ != h_
        if ranged.any():
            ax.errorbar(c["published"].to_numpy()[ranged], y[ranged], yerr=[y[ranged] - l_[ranged], h_[ranged] - y[ranged]],
                        fmt="none", ecolor=col, capsize=4, alpha=alpha, zorder=2)
        ax.scatter(c["published"], c["figure"], marker=_KIND_MARKERS[kind], color=col, s=size, alpha=alpha, zorder=3)
    for r in body[body["vague"]].to_dict("records"):
        col = colour[r["claimant"]]
        low = float(r["low"]) if pd.notna(r["low"]) else 0.0
        high = float(r["high"]) if pd.notna(r["high"]) else ceiling
        x = r["published"]
        ax.fill_between([x - pd.Timedelta(hours=10), x + pd.Timedelta(hours=10)], low, min(high, ceiling),
                        facecolor="none", edgecolor=col, hatch="///", linewidth=0.8, zorder=2)
        if high > ceiling:
            ax.annotate(f"↑ {high:,.0f}", (x, ceiling), textcoords="offset points", xytext=(3, -10), fontsize=7, color=col)
        y = min(r["figure"], ceiling) if pd.notna(r["figure"]) else (low + min(high, ceiling)) / 2
        ax.scatter([x], [y], marker=_KIND_MARKERS[kind], facecolors="none", edgecolors=col, s=size, zorder=3)
    if len(teaser):
        ax.scatter(teaser["published"], teaser["figure"], marker="x", color="grey", s=size, zorder=3)
    shown = g if not crowded else (body.sort_values(["figure", "published"], kind="stable").groupby("claimant").tail(1)
                                   .sort_values("figure", kind="stable").tail(6))
    placed: list[tuple] = []  # one label where several points sit on the same figure within three weeks
    for r in shown.sort_values(["published", "figure"], kind="stable").to_dict("records"):
        near = any(f == r["figure"] and abs((r["published"] - d).days) < 21 for d, f in placed)
        if pd.notna(r["figure"]) and not near:
            placed.append((r["published"], r["figure"]))
            ax.annotate(r["label"], (r["published"], min(r["figure"], ceiling)), textcoords="offset points",
                        xytext=(6, 4), fontsize=8)
    if kind == "present":
        for claimant, s in latest_present(g).groupby("claimant", sort=True):
            ax.step(s["published"], s["figure"], where="post", color=colour.get(claimant, _OTHER_CLAIMANTS),
                    alpha=0.8, linewidth=1.6, zorder=4)
    ax.set_title(TROOP_PANELS[kind], fontsize=11, loc="left")
    ax.set_ylim(0, ceiling)
    ax.yaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    ax.yaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:,.0f}"))
    ax.grid(axis="y", alpha=0.3)

