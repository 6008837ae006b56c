"""Document meta: headline and publication date (extractor.meta)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor.meta import detect_meta, parse_full_date

DEV = Path("/work/shared/dev")
REFERENCE = Path(__file__).parents[1] / "corpus" / "dalian-htz-2022-05-07.txt"


@pytest.mark.parametrize("text, title, published", [
    # a byline longer than a date line, with the date after a publication word
    ("Shop sales up 3 pct\n\nWriter: A. Reporter  |  Editor: B. Editor  |  From: City Daily  |  "
     "Updated: 2021-06-28\n\nSales rose 3 percent.", "Shop sales up 3 pct", "2021-06-28"),
    ("Innovation Work in High-Tech Zone Encouraged\n2022-05-07 16:53\n\nRecently, it rose.",
     "Innovation Work in High-Tech Zone Encouraged", "2022-05-07T16:53"),
    ("Headline here\nMay 7, 2022\n\nBody text. More.", "Headline here", "2022-05-07"),
    ("Headline here\n7 May 2022\n\nBody text.", "Headline here", "2022-05-07"),
    ("GERMAN OUTPUT RISES\n\nBONN, April 2 - Output rose 3.2 pct in February.", "GERMAN OUTPUT RISES", None),
    ("Title\n\nWASHINGTON, May 7, 2022 (Reuters) - Output rose.", "Title", "2022-05-07"),
    # A date in the body is about the statistics, not the publication.
    ("Title\n\nThe index rose, the bureau said on March 3, 2021. More text follows here.", "Title", None),
    # A body sentence first: no headline.
    ("Output rose 3.2 pct in February, the ministry said in a statement today.\nMore.", None, None),
    ("Only one line", None, None),
])
def test_detect_meta(text: str, title: str | None, published: str | None) -> None:
    meta = detect_meta(text)
    assert (meta.title, meta.published, meta.language) == (title, published, "en")


@pytest.mark.parametrize("text, expected", [
    ("2022-05-07 16:53", "2022-05-07T16:53"),
    ("2022-5-7", "2022-05-07"),
    ("Nov. 18, 2020", "2020-11-18"),
    ("March 20", None),
    ("2022-13-40", None),
])
def test_parse_full_date(text: str, expected: str | None) -> None:
    assert parse_full_date(text) == expected


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference bulletin not present")
def test_reference_bulletin_meta() -> None:
    meta = detect_meta(REFERENCE.read_text(encoding="utf-8-sig"))
    assert meta.published == "2022-05-07T16:53"
    assert meta.title and meta.title.startswith("Scientific-Technological Innovation Work")


@pytest.mark.skipif(not (DEV / "gold").exists(), reason="dev set not present")
def test_dev_gold_meta() -> None:
    for gold_path in sorted((DEV / "gold").glob("*.json")):
        text = (DEV / "texts" / f"{gold_path.stem}.txt").read_text(encoding="utf-8-sig")
        gold = json.loads(gold_path.read_text())["meta"]
        meta = detect_meta(text)
        assert (meta.title, meta.published) == (gold["title"], gold["published"]), gold_path.stem
