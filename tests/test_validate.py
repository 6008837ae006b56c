import json
from pathlib import Path

import pytest

from extractor.validate import is_known_unit, surface_values, validate_gold_dir

TEXT = "Gazelle enterprises rose to 60 in 2021, up 35% year-on-year, in Dalian."
GOOD = {
    "doc_id": "doc",
    "quantities": [{"text": "60", "start": 28, "end": 30, "value": 60},
                   {"text": "35%", "start": 43, "end": 46, "value": 35, "unit": "percent",
                    "qualifier": "up"}],
    "entities": [{"text": "Gazelle enterprises", "start": 0, "end": 19, "label": "TIER",
                  "tier": "gazelle"},
                 {"text": "Dalian", "start": 64, "end": 70, "label": "GPE"}],
    "indicators": [{"metric": "gazelle enterprises", "tier": "gazelle", "period": "2021",
                    "total": 60, "change": {"value": 35, "unit": "percent", "basis": "yoy"},
                    "evidence": {"start": 0, "end": 71}}],
}


def write_case(tmp_path: Path, gold: dict | str, name: str = "doc") -> tuple[Path, Path]:
    gold_dir, text_dir = tmp_path / "gold", tmp_path / "texts"
    gold_dir.mkdir(exist_ok=True)
    text_dir.mkdir(exist_ok=True)
    body = gold if isinstance(gold, str) else json.dumps(gold)
    (gold_dir / f"{name}.json").write_text(body, encoding="utf-8")
    (text_dir / "doc.txt").write_text(TEXT, encoding="utf-8")
    return gold_dir, text_dir


def test_a_consistent_gold_file_has_no_problems(tmp_path):
    assert TEXT[0:19] == "Gazelle enterprises" and TEXT[64:70] == "Dalian"
    problems, checked = validate_gold_dir(*write_case(tmp_path, GOOD))
    assert (problems, checked) == ([], 1)


def test_every_problem_is_one_line_naming_file_and_field(tmp_path):
    bad = json.loads(json.dumps(GOOD))
    bad["quantities"][0]["start"] = 27                  # offset slip
    bad["quantities"][1]["value"] = 0.35                # does not fit "35%"
    bad["entities"][0]["tier"] = "dragon"               # unknown tier id
    bad["entities"][1]["label"] = "PLACE"               # bad enumeration
    bad["indicators"][0]["period"] = "2021-13"
    bad["indicators"][0]["share"] = {"value": 140, "of": "city"}
    problems, _ = validate_gold_dir(*write_case(tmp_path, bad))
    joined = "\n".join(problems)
    assert all(p.startswith(str(tmp_path / "gold" / "doc.json") + ": ") for p in problems)
    assert "quantities[0].text: '60' but text[27:30] is ' 60' (nearest occurrence at 28-30)" \
        in joined
    assert "quantities[1].value: 0.35 does not fit its surface '35%'" in joined
    assert "entities[0].tier: 'dragon' is not a known tier id" in joined
    assert "entities[1].label: Input should be 'TIER', 'ORG' or 'GPE'" in joined
    assert "indicators[0].period: '2021-13' is not an ISO 8601" in joined
    assert "indicators[0].share.value: 140 is not a percentage" in joined
    assert len(problems) == 6


def test_missing_text_malformed_json_and_wrong_doc_id(tmp_path):
    gold_dir, text_dir = write_case(tmp_path, "{\"doc_id\": ", name="broken")
    write_case(tmp_path, GOOD | {"doc_id": "other"})
    problems, checked = validate_gold_dir(gold_dir, text_dir)
    assert checked == 2
    assert any("broken.json: not valid JSON" in p for p in problems)
    assert any("doc.json: doc_id: 'other' is not the file name 'doc'" in p for p in problems)
    problems, _ = validate_gold_dir(gold_dir, None)    # without texts no text is missing
    assert not any("no text" in p for p in problems)


def test_gold_file_for_a_missing_text(tmp_path):
    gold_dir, text_dir = write_case(tmp_path, GOOD | {"doc_id": "lost"}, name="lost")
    problems, _ = validate_gold_dir(gold_dir, text_dir)
    assert problems == [f"{gold_dir / 'lost.json'}: no text {text_dir / 'lost.txt'} "
                        "for this gold file"]


@pytest.mark.parametrize("surface, values", [("7.08 billion yuan", [7.08e9]),
                                             ("more than 1,200", [1200]),
                                             ("2.6 pct", [2.6]), ("a dozen", []),
                                             # a decimal comma: one or two digits after it
                                             ("1,1%", [1.1]), ("0,65 of a percentage point", [0.65]),
                                             ("R2,5 billion", [2.5e9]), ("1,100", [1100]),
                                             (".5%", [0.5]),
                                             # a subunit: scaled to its currency, or as written
                                             ("about 65 cents", [0.65, 65]), ("40 pence", [0.4, 40]),
                                             # neither thousands nor decimals: nothing to check
                                             ("1,1000", [])])
def test_surface_values(surface, values):
    assert sorted(surface_values(surface)) == pytest.approx(values)


def test_a_decimal_comma_fits_and_an_untrustworthy_numeral_is_named(tmp_path):
    text = "Output grew 1,1% while code 1,1000 appeared."
    gold = {"doc_id": "doc", "quantities": [
        {"text": "1,1%", "start": 12, "end": 16, "value": 1.1, "unit": "percent", "qualifier": "up"},
        {"text": "1,1000", "start": 28, "end": 34, "value": 11000}]}
    gold_dir, text_dir = write_case(tmp_path, gold)
    (text_dir / "doc.txt").write_text(text, encoding="utf-8")
    problems, _ = validate_gold_dir(gold_dir, text_dir)
    assert len(problems) == 1 and "quantities[1].text: '1,1000' is not a number to trust" in problems[0]


def test_a_range_whose_low_end_is_a_word_fits_its_surface(tmp_path):
    """ "one to 12 month": the only digit numeral is the upper end."""
    text = "Deposits for one to 9 month terms rose."
    gold = {"doc_id": "doc", "quantities": [
        {"text": "one to 9 month", "start": 13, "end": 27, "value": 1, "upper": 9, "unit": "month"},
        {"text": "9 month", "start": 20, "end": 27, "value": 1, "unit": "month"}]}
    gold_dir, text_dir = write_case(tmp_path, gold)
    (text_dir / "doc.txt").write_text(text, encoding="utf-8")
    problems, _ = validate_gold_dir(gold_dir, text_dir)
    assert [p for p in problems if ".value:" in p] == [
        p for p in problems if "quantities[1].value: 1 does not fit its surface '9 month' (expected 9)" in p]
    assert len([p for p in problems if ".value:" in p]) == 1


@pytest.mark.parametrize("unit, known", [("USD", True), ("DEM", True), ("NLG", True), ("ITL", True),
                                          ("XEU", True), ("DMK", False), ("dem", False)])
def test_withdrawn_iso_currency_codes_are_units(unit, known):
    """A 1987 story in marks or guilders is labelled with the withdrawn ISO 4217 code."""
    assert is_known_unit(unit) is known


@pytest.mark.skipif(not Path("/work/shared/dev/gold").is_dir(), reason="dev set absent")
def test_dev_gold_is_valid():
    problems, checked = validate_gold_dir(Path("/work/shared/dev/gold"),
                                          Path("/work/shared/dev/texts"))
    assert problems == [] and checked >= 1
