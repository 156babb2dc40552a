"""The reports in a real headless browser: index.html, its links, each report's charts drawn; no script runs.

Debian's ``chromium`` only, driven without extra packages: each page is copied with a small probe script
appended that, on load, writes what the browser sees (images and their sizes, links, alerts) into a
``<pre id="probe">``; ``chromium --dump-dom`` prints the DOM after load and the test reads the probe back.
Skipped where chromium is not installed (``apt-get install chromium``; ``.ci/run`` installs it).
"""
from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

CHROMIUM = next((shutil.which(b) for b in ("chromium", "chromium-browser", "google-chrome") if shutil.which(b)), None)
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no headless browser: install Debian's chromium (`sudo apt-get install chromium`) to run this check",
)

# Installed first in <head>: records alert() calls instead of showing them (a hostile text must never call it).
ALERT_TRAP = "<script>window.__alerts=[];window.alert=function(m){window.__alerts.push(String(m));};</script>"
PROBE = """<script>
window.addEventListener("load", function () {
  var images = Array.prototype.map.call(document.images, function (i) {
    var r = i.getBoundingClientRect();
    return {src: i.src.slice(0, 30), complete: i.complete, naturalWidth: i.naturalWidth,
            naturalHeight: i.naturalHeight, width: r.width, height: r.height};
  });
  var links = Array.prototype.map.call(document.querySelectorAll("a[href]"), function (a) { return a.href; });
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = JSON.stringify({title: document.title, images: images, links: links, alerts: window.__alerts});
  document.body.appendChild(pre);
});
</script>"""


def _probe(page: Path, profile: Path) -> dict:
    """Open a probed copy of ``page`` (beside it, so relative links still resolve) and return what it saw."""
    text = page.read_text(encoding="utf-8")
    probed = page.with_name(page.stem + ".probe.html")
    text = re.sub(r"<head[^>]*>", lambda m: m.group(0) + ALERT_TRAP, text, count=1)
    probed.write_text(text.replace("</body>", PROBE + "</body>", 1) if "</body>" in text else text + PROBE,
                      encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", "--window-size=1200,1600", "--virtual-time-budget=10000",
           "--dump-dom", probed.as_uri()]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    finally:
        probed.unlink()
    m = re.search(r'<pre id="probe">(.*?)</pre>', proc.stdout, re.S)
    assert m, f"no probe result from chromium for {page.name} (exit {proc.returncode}): {proc.stderr[-500:]}"
    return json.loads(html.unescape(m.group(1)))


def _follow_index(build, profile: Path) -> dict[str, dict]:
    index = _probe(build.out / "index.html", profile)
    pages = {}
    for url in index["links"]:
        path = Path(unquote(urlparse(url).path))
        if path.suffix != ".html":
            continue  # figures/ and executed/ folders
        assert path.is_file(), f"index.html links a missing report: {path.name}"
        pages[path.name] = _probe(path, profile)
    return pages


def test_index_and_every_report_draw_their_charts(seed_build, tmp_path):
    pages = _follow_index(seed_build, tmp_path / "profile")
    assert not seed_build.failures, [str(f) for f in seed_build.failures]
    assert sorted(pages) == sorted(p.name for p in seed_build.reports)
    assert len(pages) == len(list((seed_build.out / "executed").glob("*.ipynb")))
    for name, seen in pages.items():
        assert seen["title"] and seen["title"] != name
        assert seen["images"], f"{name}: no chart in the page"
        for img in seen["images"]:
            assert img["complete"] and img["naturalWidth"] > 0 and img["naturalHeight"] > 0, (name, img)
            assert img["width"] > 100 and img["height"] > 100, (name, img)  # drawn at a legible size
        assert seen["alerts"] == []


def test_hostile_text_runs_no_script_in_the_browser(nothing_found_build, tmp_path):
    pages = _follow_index(nothing_found_build, tmp_path / "profile")
    assert pages, "no report to open"
    for name, seen in pages.items():
        assert seen["alerts"] == [], f"{name}: article text ran as script"
        assert all(img["src"].startswith("data:image/png;base64,") for img in seen["images"]), name
