"""The HTML report in a real headless Chromium (Debian's; ``.ci/install-browser``).

No driver: ``--dump-dom`` returns the DOM after the page's own script ran, and the page
writes its self-check (records highlighted, records expected, script errors) into
``<output id="selfcheck">``; ``--screenshot`` writes a PNG. Set VIEWS_SCREENSHOTS=DIR to
keep the screenshots for looking at them.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from extractor.pipeline import Extractor
from extractor.views.highlight import marks_for
from extractor.views.html import render_html
from extractor.views.sources import ViewDoc
from views_fixtures import GOLD_COUNTS, PREDICTED_RECORDS, dalian_gold, dalian_predicted, dalian_text

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs /usr/bin/chromium (run .ci/install-browser as root)"),
]
# Root in a container with the network closed: no sandbox, no GPU, no background traffic.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--hide-scrollbars"]


def chromium(page: Path, profile: Path, *extra: str) -> str:
    profile.mkdir(exist_ok=True)
    done = subprocess.run([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}", *extra,
                           page.resolve().as_uri()],
                          capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def selfcheck(page: Path, tmp: Path) -> dict[str, str]:
    dom = chromium(page, tmp / "profile-dom", "--virtual-time-budget=3000", "--dump-dom")
    tag = re.search(r"<output id=\"selfcheck\"([^>]*)>([^<]*)", dom)
    assert tag, "self-check element missing from the DOM"
    attrs = dict(re.findall(r'data-([a-z]+)="([^"]*)"', tag.group(1)))
    attrs["message"] = tag.group(2)
    return attrs


def screenshot(page: Path, tmp: Path, name: str) -> Path:
    png = tmp / name
    chromium(page, tmp / "profile-shot", "--window-size=1400,1400", f"--screenshot={png}")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 10_000  # a blank page is a few kB
    keep = os.environ.get("VIEWS_SCREENSHOTS")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / name)
    return png


def _render(tmp: Path, name: str, views: list[ViewDoc]) -> Path:
    page = tmp / name
    page.write_text(render_html(views, title=name), encoding="utf-8")
    return page


def test_report_loads_and_highlights_every_record(tmp_path: Path) -> None:
    text = dalian_text()
    page = _render(tmp_path, "report.html", [ViewDoc(dalian_predicted(text), text, "hand-made")])
    check = selfcheck(page, tmp_path)
    assert check["errors"] == "0", check["message"]
    assert check["highlights"] == str(PREDICTED_RECORDS) == check["records"]
    assert check["status"] == "ok"
    screenshot(page, tmp_path, "report.png")


def test_report_with_gold_highlights_missed_too(tmp_path: Path) -> None:
    text = dalian_text()
    view = ViewDoc(dalian_predicted(text), text, "hand-made", dalian_gold(text))
    page = _render(tmp_path, "report-gold.html", [view])
    check = selfcheck(page, tmp_path)
    assert check["status"] == "ok", check["message"]
    assert int(check["highlights"]) == PREDICTED_RECORDS + GOLD_COUNTS["missed"]
    screenshot(page, tmp_path, "report-gold.png")


def test_report_on_live_extraction(tmp_path: Path) -> None:
    """Whatever the pipeline returns today, each record is highlighted exactly once."""
    text = dalian_text()
    doc = Extractor().extract(text, "dalian-htz-2022-05-07")
    second = dalian_predicted(text)
    page = _render(tmp_path, "report-live.html",
                   [ViewDoc(doc, text, "live"), ViewDoc(second, text, "hand-made")])
    check = selfcheck(page, tmp_path)
    assert check["status"] == "ok", check["message"]
    assert int(check["highlights"]) == len(marks_for(doc)) + PREDICTED_RECORDS
    screenshot(page, tmp_path, "report-live.png")
