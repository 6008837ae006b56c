import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import main
from extractor.models import Document

DEV = Path("/work/shared/dev")
TEXT = "Exports rose 35% to 7.08 billion yuan in 2021, said Xinhua."
GOLD = {
    "doc_id": "doc",
    "quantities": [{"text": "35%", "start": 13, "end": 16, "value": 35, "unit": "percent",
                    "qualifier": "up", "concept": "exports"},
                   {"text": "7.08 billion yuan", "start": 20, "end": 37, "value": 7080000000,
                    "unit": "CNY", "concept": "exports"}],
    "entities": [{"text": "Xinhua", "start": 52, "end": 58, "label": "ORG"}],
    "indicators": [{"metric": "exports", "period": "2021", "value": 7080000000, "unit": "CNY",
                    "change": {"value": 35, "unit": "percent", "basis": None},
                    "evidence": {"start": 0, "end": 59}}],
}


def scale_error(gold: dict) -> dict:
    """The same document with the amount read as 7.08 million."""
    pred = json.loads(json.dumps(gold))
    pred["quantities"][1]["value"] = 7080000
    pred["indicators"][0]["value"] = 7080000
    return pred


@pytest.fixture
def case(tmp_path: Path) -> dict[str, Path]:
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir()
    text_dir.mkdir()
    assert TEXT[20:37] == "7.08 billion yuan" and TEXT[52:58] == "Xinhua"
    (gold_dir / "doc.json").write_text(json.dumps(GOLD), encoding="utf-8")
    (text_dir / "doc.txt").write_text(TEXT, encoding="utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(scale_error(GOLD)) + "\n", encoding="utf-8")
    return {"gold": gold_dir, "texts": text_dir, "pred": pred, "tmp": tmp_path}


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_scores_a_jsonl_file_hand_computed(case):
    result = run("evaluate", case["gold"], case["pred"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    # quantities value: 1 of 2 right -> P = R = F1 = 0.5; span all right
    assert any(line.split()[:4] == ["value", "0.500", "0.500", "0.500"] for line in lines)
    assert any(line.split()[:4] == ["span", "1.000", "1.000", "1.000"] for line in lines)
    # indicator slots: metric period unit change.value change.unit right, value wrong: 5/6
    assert any(line.split()[:5] == ["all", "slots", "0.833", "0.833", "0.833"]
               for line in lines)
    assert lines[-2].startswith("SUMMARY  qty value F1 0.500 | qty value+unit F1 0.500")
    assert "ind slots F1 0.833 | ind exact share 0.000" in lines[-1]


def test_json_report_has_figures_and_pairings(case):
    out = case["tmp"] / "scores.json"
    result = run("evaluate", case["gold"], case["pred"], "--json", out)
    assert result.exit_code == 0
    report = json.loads(out.read_text())
    assert report["overall"]["metrics"]["quantities.value.f1"] == 0.5
    assert report["overall"]["metrics"]["entities.strict.f1"] == 1.0
    assert report["per_document"]["doc"]["pairings"]["quantities"] == [[0, 0], [1, 1]]
    assert {e["record"] for e in report["per_document"]["doc"]["errors"]} == {
        "quantity", "indicator"}


def test_errors_show_context_and_gold_vs_predicted(case):
    result = run("evaluate", case["gold"], case["pred"], "--errors", "--texts", case["texts"])
    assert result.exit_code == 0
    assert "doc quantity WRONG 20-37 [value]" in result.output
    assert "[[7.08 billion yuan]] in 2021" in result.output
    assert "value=7080000000" in result.output and "value=7080000," in result.output
    assert "doc indicator WRONG 0-59 [value]" in result.output


def test_fail_under_exits_3_below_the_bar_and_compares_as_displayed(case):
    # indicators.slots.f1 is 5/6 = 0.8333..., displayed 0.833
    ok = run("evaluate", case["gold"], case["pred"], "--fail-under", "indicators.slots.f1=0.833",
             "--fail-under", "quantities.span.f1=1")
    assert ok.exit_code == 0
    failed = run("evaluate", case["gold"], case["pred"],
                 "--fail-under", "indicators.slots.f1=0.834")
    assert failed.exit_code == 3
    assert "FAIL: indicators.slots.f1 = 0.833 is below the bar 0.834" in failed.stderr


def test_unknown_metric_is_a_usage_error_listing_known_ones(case):
    result = run("evaluate", case["gold"], case["pred"], "--fail-under", "quantity.f1=0.5")
    assert result.exit_code == 2
    assert "unknown metric 'quantity.f1'" in result.stderr
    assert "quantities.value+unit.f1" in result.stderr
    assert run("evaluate", case["gold"], case["pred"], "--fail-under", "x").exit_code == 2


def test_malformed_prediction_line_is_a_clear_error(case):
    case["pred"].write_text(json.dumps(GOLD) + "\n{not json\n", encoding="utf-8")
    result = run("evaluate", case["gold"], case["pred"])
    assert result.exit_code == 1
    assert f"{case['pred']}:2: not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr


def test_invalid_record_names_the_line_and_field(case):
    bad = GOLD | {"entities": [{"text": "x", "start": 0, "end": 1, "label": "PLACE"}]}
    case["pred"].write_text(json.dumps(bad) + "\n", encoding="utf-8")
    result = run("evaluate", case["gold"], case["pred"])
    assert result.exit_code == 1
    assert f"{case['pred']}:1: entities[0].label: Input should be" in result.stderr


def test_missing_prediction_and_extra_prediction(case):
    case["pred"].write_text(json.dumps(GOLD | {"doc_id": "other"}) + "\n", encoding="utf-8")
    result = run("evaluate", case["gold"], case["pred"])
    assert result.exit_code == 1
    assert "no prediction for gold document(s): doc" in result.stderr
    case["pred"].write_text("\n".join(json.dumps(GOLD | {"doc_id": d}) for d in ("doc", "x")),
                            encoding="utf-8")
    result = run("evaluate", case["gold"], case["pred"])
    assert result.exit_code == 0
    assert "ignoring 1 prediction(s) without gold: x" in result.stderr


def test_gold_file_without_its_text(case):
    (case["gold"] / "lost.json").write_text(json.dumps({"doc_id": "lost"}), encoding="utf-8")
    result = run("evaluate", case["gold"], case["texts"])
    assert result.exit_code == 1
    assert "no text for gold document(s): lost.txt" in result.stderr


def test_malformed_gold_file(case):
    (case["gold"] / "broken.json").write_text("[1,", encoding="utf-8")
    result = run("evaluate", case["gold"], case["pred"])
    assert result.exit_code == 1
    assert "broken.json: not valid JSON" in result.stderr


def test_text_dir_mode_runs_the_extraction_once_per_document(case, monkeypatch):
    calls: list[str] = []

    class FakeExtractor:
        def __init__(self, *args: object) -> None:
            calls.append("built")

        def extract(self, text: str, doc_id: str) -> Document:
            calls.append(doc_id)
            assert text == TEXT
            return Document.model_validate(GOLD)

    monkeypatch.setattr("extractor.pipeline.Extractor", FakeExtractor)
    result = run("evaluate", case["gold"], case["texts"], "--fail-under",
                 "indicators.exact_match=1")
    assert result.exit_code == 0, result.output
    assert calls == ["built", "doc"]
    assert "ind exact share 1.000" in result.stdout.splitlines()[-1]


def test_validate_command(case):
    ok = run("validate", case["gold"], case["texts"])
    assert ok.exit_code == 0
    assert ok.output.strip() == "1 gold file(s) OK"
    bad = GOLD | {"entities": [{"text": "Xinhua", "start": 50, "end": 56, "label": "ORG"}]}
    (case["gold"] / "doc.json").write_text(json.dumps(bad), encoding="utf-8")
    result = run("validate", case["gold"], case["texts"])
    assert result.exit_code == 1
    assert "doc.json: entities[0].text: 'Xinhua' but text[50:56] is" in result.output
    assert "1 problem(s) in 1 gold file(s)" in result.stderr


@pytest.mark.skipif(not DEV.is_dir(), reason="dev set absent")
def test_dev_gold_scored_against_itself_is_perfect(tmp_path):
    lines = [json.dumps(json.loads(p.read_text(encoding="utf-8")))
             for p in sorted((DEV / "gold").glob("*.json"))]
    pred = tmp_path / "self.jsonl"
    pred.write_text("\n".join(lines), encoding="utf-8")
    out = tmp_path / "scores.json"
    result = run("evaluate", DEV / "gold", pred, "--json", out)
    assert result.exit_code == 0
    metrics = json.loads(out.read_text())["overall"]["metrics"]
    assert all(value == 1.0 for value in metrics.values()), metrics


def test_suggested_bars_are_met_by_the_same_run(case):
    result = run("evaluate", case["gold"], case["pred"], "--suggest-bars")
    assert result.exit_code == 0
    bars = result.stdout.splitlines()[-1].split()
    assert "quantities.value.f1=0.500" in bars and "indicators.slots.f1=0.833" in bars
    assert run("evaluate", case["gold"], case["pred"], *bars).exit_code == 0
