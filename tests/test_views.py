"""Views: span layering, gold comparison, HTML page and the ``show``/``render`` commands."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.models import Document, Quantity
from extractor.views.highlight import Mark, fmt_number, indicator_row, marks_for, segments
from extractor.views.html import render_html
from extractor.views.sources import ViewDoc
from views_fixtures import GOLD_COUNTS, PREDICTED_RECORDS, dalian_gold, dalian_predicted, dalian_text

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"  # tests may run from any folder
DOC_ID = "dalian-htz-2022-05-07"


@pytest.fixture(scope="module")
def text() -> str:
    return dalian_text()


@pytest.fixture()
def outputs(tmp_path: Path, text: str) -> Path:
    """pred.jsonl with the hand-made prediction and gold/<doc_id>.json beside it."""
    (tmp_path / "pred.jsonl").write_text(dalian_predicted(text).model_dump_json() + "\n", "utf-8")
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / f"{DOC_ID}.json").write_text(dalian_gold(text).model_dump_json(), "utf-8")
    return tmp_path


def _mark(mid: str, start: int, end: int) -> Mark:
    return Mark(mid, "quantity", start, end, "QTY", {})


# ------------------------------------------------------------------ highlight


def test_segments_cover_text_and_every_mark() -> None:
    text = "abcdefghij"
    marks = [_mark("a", 0, 4), _mark("b", 2, 6), _mark("z", 5, 5), _mark("far", 8, 99)]
    segs = segments(text, marks)
    assert "".join(text[s.start:s.end] for s in segs) == text
    assert {m.id for s in segs for m in s.marks} == {"a", "b", "z", "far"}
    overlap = next(s for s in segs if (s.start, s.end) == (2, 4))
    assert {m.id for m in overlap.marks} == {"a", "b"}
    assert any(s.start == s.end == 5 and s.marks[0].id == "z" for s in segs)
    assert segs[-1].end == len(text) and segs[-1].marks[0].id == "far"


def test_empty_mark_at_end_of_text_is_kept() -> None:
    segs = segments("abc", [_mark("end", 3, 3)])
    assert [m.id for s in segs for m in s.marks] == ["end"]


def test_number_formatting() -> None:
    assert fmt_number(14680000000) == "14,680,000,000"
    assert fmt_number(33.333333) == "33.333333"
    assert fmt_number(71.2) == "71.2"
    assert fmt_number(6.0) == "6"
    assert fmt_number(None) == ""


def test_indicator_row_columns(text: str) -> None:
    rows = [indicator_row(i) for i in dalian_predicted(text).indicators]
    assert rows[0]["new"] == "2" and rows[0]["total"] == "6" and rows[0]["share"] == "100% of city"
    assert rows[2]["change"] == "+35% yoy" and rows[2]["value"] == "1,897"
    assert list(rows[0]) == ["metric", "tier", "period", "new", "total", "value", "unit",
                             "share", "change", "rank"]


def test_gold_comparison_statuses(text: str) -> None:
    marks = marks_for(dalian_predicted(text), dalian_gold(text))
    status = Counter(m.status for m in marks)
    assert {k: status[k] for k in GOLD_COUNTS} == GOLD_COUNTS
    by_id = {m.id: m for m in marks}
    assert by_id["q4"].status == "spurious"            # "60" is not in gold
    assert by_id["i1"].status == "mismatch" and "61" in by_id["i1"].note
    assert {m.id for m in marks if m.status == "missed"} == {"gq7", "ge5", "gi3"}


def test_document_against_itself_is_all_matched(text: str) -> None:
    doc = dalian_predicted(text)
    assert {m.status for m in marks_for(doc, doc)} == {"matched"}


@pytest.mark.skipif(not DEV.is_dir(), reason="shared dev set (../shared/dev) not present")
def test_dev_gold_against_itself_is_all_matched() -> None:
    for gold_file in sorted((DEV / "gold").glob("*.json")):
        gold = Document.model_validate_json(gold_file.read_text("utf-8"))
        statuses = Counter(m.status for m in marks_for(gold, gold))
        assert set(statuses) == {"matched"}, (gold_file.name, statuses)


# ------------------------------------------------------------------ HTML


def _ids_in(html: str) -> set[str]:
    return {i for attr in re.findall(r'class="s [^"]*" data-ids="([^"]*)"', html) for i in attr.split()}


def test_html_is_self_contained_and_highlights_every_record(text: str) -> None:
    html = render_html([ViewDoc(dalian_predicted(text), text, "test")])
    assert not re.search(r'(src|href)="(https?:)?//', html)
    assert "<link" not in html and "@import" not in html
    assert len(_ids_in(html)) == PREDICTED_RECORDS
    assert f'data-expected="{PREDICTED_RECORDS}"' in html
    # Every indicator row links to an anchor present in the text.
    for target in re.findall(r'<td><a href="#(d0-i\d+)"', html):
        assert f'id="{target}"' in html


def test_html_with_gold_lists_missed_items(text: str) -> None:
    html = render_html([ViewDoc(dalian_predicted(text), text, "t", dalian_gold(text))])
    assert len(_ids_in(html)) == PREDICTED_RECORDS + GOLD_COUNTS["missed"]
    assert 'id="row-d0-gi3" class="st-missed"' in html
    assert "total: gold 61" in html


def test_html_escapes_text_and_script_data() -> None:
    text = "</script><b>5 cats</b>"
    start = text.index("5 cats")
    q = Quantity(text="5 cats", start=start, end=start + 6, value=5)
    html = render_html([ViewDoc(Document(doc_id="x", quantities=[q]), text, "t")])
    assert "<b>5" not in html and "&lt;b&gt;" in html
    assert html.count("</script>") == 3  # the page's own three scripts only


# ------------------------------------------------------------------ CLI


def test_show_jsonl_with_texts(outputs: Path) -> None:
    result = CliRunner().invoke(main, ["show", str(outputs / "pred.jsonl"), "--texts", str(CORPUS),
                                       "--width", "160"])
    assert result.exit_code == 0, result.output
    assert "unicorn enterprises" in result.output and "100% of city" in result.output
    assert "+35% yoy" in result.output and "Legend" in result.output


def test_show_with_gold_marks_statuses(outputs: Path) -> None:
    result = CliRunner().invoke(main, ["show", str(outputs / "pred.jsonl"), "--gold",
                                       str(outputs / "gold"), "--texts", str(CORPUS), "--no-text",
                                       "--width", "200"])
    assert result.exit_code == 0, result.output
    assert "missed" in result.output and "differs" in result.output
    assert "spurious 2" in result.output and "missed 3" in result.output


def test_show_text_runs_the_extractor() -> None:
    result = CliRunner().invoke(main, ["show", str(CORPUS / f"{DOC_ID}.txt"), "--width", "120"])
    assert result.exit_code == 0, result.output
    assert f"Indicators of {DOC_ID}" in result.output


def test_render_writes_page(outputs: Path) -> None:
    out = outputs / "r.html"
    result = CliRunner().invoke(main, ["render", str(outputs / "pred.jsonl"), "-o", str(out),
                                       "--gold", str(outputs / "gold"), "--texts", str(CORPUS),
                                       "--title", "Check"])
    assert result.exit_code == 0, result.output
    assert "1 document" in result.output
    assert "<title>Check</title>" in out.read_text("utf-8")


def test_render_missing_text_says_where_it_looked(tmp_path: Path) -> None:
    (tmp_path / "p.jsonl").write_text(Document(doc_id="nowhere").model_dump_json() + "\n")
    result = CliRunner().invoke(main, ["render", str(tmp_path / "p.jsonl"), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 1
    assert "nowhere.txt" in result.output and "--texts" in result.output


def test_bad_jsonl_line_is_named(tmp_path: Path, text: str) -> None:
    good = dalian_predicted(text).model_dump_json()
    (tmp_path / "p.jsonl").write_text(good + "\n" + json.dumps({"doc_id": 3}) + "\n")
    result = CliRunner().invoke(main, ["show", str(tmp_path / "p.jsonl")])
    assert result.exit_code == 1
    assert "p.jsonl:2" in result.output and "doc_id" in result.output


def test_unknown_doc_id_is_an_error(outputs: Path) -> None:
    result = CliRunner().invoke(main, ["show", str(outputs / "pred.jsonl"), "--doc", "nope"])
    assert result.exit_code == 1 and "nope" in result.output


def test_lexicon_options_reach_the_extractor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import extractor.cli.views as views_cli

    seen: dict[str, object] = {}

    class Fake:
        def __init__(self, tiers: Path | None = None, patterns: Path | None = None) -> None:
            seen.update(tiers=tiers, patterns=patterns)

        def extract(self, text: str, doc_id: str) -> Document:
            return Document(doc_id=doc_id)

    monkeypatch.setattr(views_cli, "Extractor", Fake)
    tiers, patterns = tmp_path / "t.jsonl", tmp_path / "p.jsonl"
    tiers.write_text("{}\n")
    patterns.write_text("{}\n")
    result = CliRunner().invoke(main, ["render", str(CORPUS / f"{DOC_ID}.txt"), "-o", str(tmp_path / "r.html"),
                                       "--tiers", str(tiers), "--patterns", str(patterns)])
    assert result.exit_code == 0, result.output
    assert seen == {"tiers": tiers, "patterns": patterns}


def test_bad_lexicon_file_is_a_clear_error(tmp_path: Path) -> None:
    """Validation is the entity matcher's; the views must surface it as a CLI error."""
    bad = tmp_path / "patterns.jsonl"
    bad.write_text('{"pattern": "Foo"}\n')
    result = CliRunner().invoke(main, ["show", str(CORPUS / f"{DOC_ID}.txt"), "--patterns", str(bad)])
    assert result.exit_code == 1
    assert "patterns.jsonl" in result.output and "line 1" in result.output
