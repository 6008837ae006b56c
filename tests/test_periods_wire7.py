"""Periods and bases, seventh round: a quarterly bulletin's changes for a quarter are
against the quarter before unless a cue says otherwise; a change "between" two years keeps
the span; a maturity or payment date ("maturing May 2031",
"due in 2029") is no figure's period. Sentences written for these tests; each case gives
the slots of the indicator that holds the given figure."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots, slots_holding
from extractor.pipeline import Extractor

QUARTERLY = ("Regional Output Bulletin, Q3 2019\n\n"
             "- Gross value added in Wales rose by 0.6% in Q3 2019. Farm incomes in the region slid by 1.2% in Q3 "
             "and were 3.4% higher than a year earlier.\n\n"
             "This quarterly bulletin reports output for the third quarter of 2019 for each region.")
NO_RELEASE = "Hotel revenue in Macau grew 8.1 percent in the first quarter of 2019, the bureau reported."
YEARS = "Between 2017 and 2018, turnover per employee in Norway climbed by 1.9%."
YEARS_APART = "Between 2012 and 2018, turnover per employee in Norway climbed by 9.4%."
MATURITY = ("MADRID, May 4 - Yields on seven-year notes maturing June 2031 will drop to 4.15 pct, while "
            "bills due in 2029 were sold at 97.5.")

CASES = [
    # 1. a quarterly bulletin: a quarter's change is quarter on quarter, a cued one keeps its cue
    (QUARTERLY, 0.6, {"period": "2019-07/2019-09", "basis": "qoq"}),
    (QUARTERLY, 3.4, {"basis": "yoy"}),
    # ... not a text that is no quarterly release
    (NO_RELEASE, 8.1, {"period": "2019-01/2019-03", "basis": "yoy"}),
    # 2. "between" two years keeps the span (the dev gold labels "between 2012 and 2013" so)
    (YEARS, 1.9, {"period": "2017/2018"}),
    (YEARS_APART, 9.4, {"period": "2012/2018"}),
    # 3. maturity and payment dates are no period
    (MATURITY, 4.15, {"period": None}),
]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _got(slots: dict, key: str):  # type: ignore[no-untyped-def]
    if key == "basis":
        return (slots.get("change") or {}).get("basis")
    return slots.get(key)


@pytest.mark.parametrize(("text", "figure", "expected"), CASES)
def test_periods_wire7(extractor: Extractor, text: str, figure: float, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    found = slots_holding(doc.indicators, lambda v: abs(abs(v) - abs(figure)) < 1e-6)
    assert found, [_slots(i) for i in doc.indicators]
    assert {k: _got(found[0], k) for k in expected} == expected, found[0]
