"""Metrics of wire stories and bulletins, seventh set: "This compares with N pct growth", a gapped
"and by N in <place>", an "or even a ..." aside after a figure, "with a forecast N <generic head>",
and "N pct devaluation of <currency>". Every sentence is written for these tests."""

from __future__ import annotations

import pytest

from conftest import assert_indicator
from extractor.pipeline import Extractor

_COMPARES = "Chile's mining output fell by 2 pct in 1991. This compares with 3.4 pct growth in 1990 and 5.8 pct in 1989."
_GAPPED = ("Employment per firm rose by 0.6% in the retail sector in the third quarter and by 1.3% in the wider "
           "services sector.")
_ASIDE = "Peru's mining output during fiscal 1992 stood at roughly zero or even a small negative rate of growth."
_FORECAST = "Officials put maize production at 11.2 mln tonnes, with a forecast 12.1 mln tonnes output in 1993."
_DEVALUED = "Imports of copper and tin are expected to fall because of last March's 18 pct devaluation of the peso."

# (text, index of the indicator, expected slots (subset), expected number of indicators)
CASES = [
    # 1. "This compares with N pct growth": the noun after the figure, not "compares"
    (_COMPARES, 1, {"metric": "growth", "change": {"value": 3.4, "unit": "percent", "basis": "yoy"}}, 3),
    (_COMPARES, 2, {"metric": "growth"}, 3),
    # 2. a gapped "and by N in <place>": the metric of the figure before
    (_GAPPED, 1, {"metric": "Employment per firm"}, 2),
    # 3. "or even a ..." is an aside of the figure
    (_ASIDE, 0, {"metric": "mining output", "value": 0}, 1),
    # 4. "with a forecast N tonnes output": the metric before
    (_FORECAST, 1, {"metric": "maize production", "value": 12100000}, 2),
    # 5. "N pct devaluation of the peso" names its own metric
    (_DEVALUED, 0, {"metric": "devaluation of the peso", "change": {"value": -18, "unit": "percent", "basis": None}}, 1),
    # must not change: a comparison with its own noun; a gap in time only
    ("Norwegian timber sales fell 4 pct in 1990. This compares with a 2.5 pct rise in exports in 1989.", 1,
     {"metric": "exports"}, 2),
    ("Sugar output rose by 1.2% in May and by 0.8% in June.", 1, {"metric": "Sugar output"}, 2),
]


@pytest.mark.parametrize("text,index,expected,count", CASES, ids=[f"{k}:{c[0][:40]}" for k, c in enumerate(CASES)])
def test_wire_metrics7(extractor: Extractor, text: str, index: int, expected: dict, count: int | None) -> None:
    assert_indicator(extractor.extract(text, "t"), index, expected, count)
