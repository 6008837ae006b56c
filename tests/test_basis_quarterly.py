"""A quarterly release: a quarter's change with no cue of its own is quarter on quarter, not
the year-on-year basis another sentence stated for the same quarter; a figure with its own
cue keeps it, and a Xinhua year-on-year story (no quarterly release) keeps yoy in force.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from extractor.pipeline import Extractor

BULLETIN = ("This quarterly bulletin covers household finances. Real GDP grew by 0.4% in Quarter 2 (Apr to June) "
            "2015 compared with the same quarter a year ago. Spending by households increased by 0.6% in "
            "Quarter 2 (Apr to June) 2015.")
OWN_CUE = ("Output rose 0.5% quarter on quarter in Quarter 3 (July to Sept) 2016. Exports rose 2.2% year on year "
           "in Quarter 3 (July to Sept) 2016.")
XINHUA = ("BEIJING, April 16 (Xinhua) -- Industrial output was up 5 percent year on year in the first quarter "
          "of 2023. Retail sales rose 3 percent in the first quarter.")
# A two-year comparison for one figure leaves the year-on-year basis of the period in force
TWO_YEAR = ("HEFEI, July 21 (Xinhua) -- Foreign trade of Anhui grew 6.2 percent year on year to 340 billion yuan "
            "in the first half of 2022.\n\nThe figure was 31.5 percent higher than in the same period of 2020. "
            "Exports gained 8.8 percent, while imports rose 2.4 percent.")
# A level named after "from" ("a revised deficit of") is the quarter compared with
REVISED = ("The UK's services surplus narrowed by £0.8 billion to £27.1 billion in Quarter 4 2020, from a revised "
           "surplus of £27.9 billion in Quarter 3 2020.")


@pytest.mark.parametrize("text, value, basis", [
    (BULLETIN, 0.6, "qoq"),  # no cue of its own: quarter on quarter, not the yoy of the sentence before
    (BULLETIN, 0.4, "yoy"),  # its own "same quarter a year ago"
    (OWN_CUE, 2.2, "yoy"),
    (OWN_CUE, 0.5, "qoq"),
    (XINHUA, 5, "yoy"),
    (XINHUA, 3, "yoy"),  # a year-on-year story, not a quarterly release: yoy stays in force
    (TWO_YEAR, 31.5, None),  # against 2020: no standard basis ...
    (TWO_YEAR, 8.8, "yoy"),  # ... and the half year's stated basis stays in force
    (TWO_YEAR, 2.4, "yoy"),
    (REVISED, -8e8, "qoq"),
])
def test_quarterly_release_basis(extractor: Extractor, text: str, value: float, basis: str | None) -> None:
    found = [i.change.basis for i in extractor.extract(text, "t").indicators
             if i.change is not None and abs(i.change.value - value) < 1e-6]
    assert found and found[0] == basis, found
