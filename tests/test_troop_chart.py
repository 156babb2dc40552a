"""The troop chart of notebook 04: one panel per kind with its own scale, honest bands, distinct colours.

Built on the seeds and on small tables of mentions written here (the columns of ``extract_troop_counts``).
"""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

import helpers as h  # noqa: E402
from conftest import SEED_DIR  # noqa: E402


def _mentions(rows: list[dict]) -> pd.DataFrame:
    """A table shaped like ``extract_troop_counts``' from short dicts (value / low / high / kind / claimant ...)."""
    out = []
    for i, r in enumerate(rows):
        value = r.get("value")
        out.append({
            "article_id": r.get("article_id", f"art{i:03d}_x"), "published": pd.Timestamp(r.get("date", "2024-11-05"),
                                                                                         tz="Europe/Kyiv"),
            "outlet": r.get("outlet"), "lang": "uk", "value": value,
            "low": r.get("low", value), "high": r.get("high", value), "approx": False,
            "vague": r.get("vague", False), "kind": r.get("kind", "present"), "claimant": r.get("claimant", "unknown"),
            "quote": r.get("quote", "…"), "sentence": "…", "in_body": r.get("in_body", True), "paragraph": 1,
        })
    df = pd.DataFrame(out)
    for col in ("value", "low", "high", "paragraph"):
        df[col] = df[col].astype("Int64")
    return df


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture(scope="module")
def seed_counts() -> pd.DataFrame:
    return h.extract_troop_counts(h.load_articles(SEED_DIR, cache=False))


def _panel(fig, kind: str):
    return next(ax for ax in fig.axes if ax.get_title(loc="left") == h.TROOP_PANELS[kind])


def _texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def test_seed_chart_has_a_panel_per_kind_found_and_a_computed_title(seed_counts):
    fig, data = h.plot_troop_figures(seed_counts, source="data/articles")
    kinds = [k for k in h.TROOP_PANELS if k in set(seed_counts.loc[seed_counts["published"].notna(), "kind"])]
    assert [ax.get_title(loc="left") for ax in fig.axes] == [h.TROOP_PANELS[k] for k in kinds]
    top = seed_counts[(seed_counts["kind"] == "present") & seed_counts["in_body"] & seed_counts["value"].notna()]
    top = top.sort_values("value").iloc[-1]
    assert fig._suptitle.get_text() == (f"Highest figure reported as present: {int(top['value']):,} "
                                        f"({top['claimant']}, {top['published']:%d %b %Y})")
    assert len(data) == int(seed_counts["published"].notna().sum())
    # "кілька тисяч" (2 000-9 000) is not far above the firm figures, so its band is drawn whole
    vague_high = seed_counts.loc[seed_counts["vague"], "high"].max()
    assert _panel(fig, "present").get_ylim()[1] >= vague_high
    assert not any(t.startswith("↑") for t in _texts(_panel(fig, "present")))


def test_small_figures_keep_their_own_scale_beside_a_huge_forecast():
    counts = _mentions([
        {"value": 100_000, "kind": "projected", "claimant": "NIS"},
        {"value": 300, "kind": "casualties", "claimant": "NIS", "date": "2024-12-20"},
        {"value": 11_000, "kind": "present", "claimant": "Pentagon", "date": "2024-12-01"},
    ])
    fig, _ = h.plot_troop_figures(counts)
    assert _panel(fig, "casualties").get_ylim()[1] < 1_000
    assert _panel(fig, "present").get_ylim()[1] < 20_000
    assert _panel(fig, "projected").get_ylim()[1] >= 100_000


def test_a_far_vague_band_is_cut_and_its_bound_written():
    counts = _mentions([
        {"value": 12_000, "claimant": "GUR"},
        {"value": None, "low": 20_000, "high": 90_000, "vague": True, "claimant": "media", "date": "2024-11-20",
         "quote": "десятки тисяч"},
    ])
    fig, data = h.plot_troop_figures(counts)
    ax = _panel(fig, "present")
    assert ax.get_ylim()[1] < 20_000
    assert "↑ 90,000" in _texts(ax)
    assert data["vague"].tolist() == [False, True]


def test_claimants_never_share_a_colour_except_the_rare_ones():
    named = [f"source{i:02d}" for i in range(12)]
    rows = [{"value": 1000 + i, "claimant": c, "date": f"2024-11-{i + 1:02d}"} for i, c in enumerate(named)]
    rows += [{"value": 5000, "claimant": c, "date": "2024-12-01"} for c in named[:9]]  # the nine most frequent
    rows.append({"value": 7000, "claimant": "unknown", "date": "2024-12-02"})
    fig, _ = h.plot_troop_figures(_mentions(rows))
    legend = fig.legends[0]
    labels = [t.get_text() for t in legend.get_texts()]
    assert set(named[:9]) <= set(labels) and "unknown" in labels
    assert "other claimants (3)" in labels and not set(named[9:]) & set(labels)
    colours = {t.get_text(): tuple(hd.get_color()) if not isinstance(hd.get_color(), str) else hd.get_color()
               for t, hd in zip(legend.get_texts(), legend.legend_handles) if t.get_text() in set(named[:9]) | {"unknown"}}
    assert len(set(colours.values())) == 10


def test_labels_every_point_when_few_and_thins_them_when_crowded():
    few = _mentions([{"value": 1000 * (i + 1), "outlet": f"outlet{i}", "date": f"2024-11-{i + 1:02d}"} for i in range(5)])
    fig, _ = h.plot_troop_figures(few, max_labels=40)
    assert sorted(_texts(_panel(fig, "present"))) == [f"outlet{i}" for i in range(5)]
    plt.close("all")
    fig, _ = h.plot_troop_figures(few, max_labels=3)
    assert _texts(_panel(fig, "present")) == ["outlet4"]  # one claimant: only its highest figure


def test_teaser_figures_are_drawn_and_listed_unless_hidden():
    counts = _mentions([{"value": 3000, "claimant": "Zelensky"},
                        {"value": 7000, "in_body": False, "date": "2024-11-08"}])
    fig, data = h.plot_troop_figures(counts)
    assert (~data["in_body"]).sum() == 1
    assert "in teaser, not body" in [t.get_text() for t in fig.legends[0].get_texts()]
    plt.close("all")
    _, data = h.plot_troop_figures(counts, show_teasers=False)
    assert data["in_body"].all() and len(data) == 1


def test_nothing_dated_gives_no_figure():
    counts = _mentions([{"value": 3000}]).assign(published=pd.NaT)
    fig, data = h.plot_troop_figures(counts)
    assert fig is None and data.empty


def test_chart_data_heights_and_labels():
    counts = _mentions([
        {"value": 3000, "outlet": "glavcom.ua"},
        {"value": None, "low": 10_000, "high": 12_000, "article_id": "a_very_long_article_id"},
        {"value": None, "low": 10_000, "high": None},
        {"value": None, "low": None, "high": 12_000},
    ])
    out = h.troop_chart_data(counts)
    assert out["figure"].tolist() == [3000.0, 11000.0, 10000.0, 12000.0]
    assert out["label"].tolist()[:2] == ["glavcom.ua", "a_very_long_"]
    assert out["vague"].tolist() == [False, False, True, True]
    assert len(counts) == 4 and "figure" not in counts  # the input is not changed
