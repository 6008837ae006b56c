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


@pytest.mark.parametrize("text, value, basis", [
    (BULLETIN, 0.6, "qoq"),  # no cue of its own: quarter on quarter, not the yoy of the sentence before
    (BULLETIN, 0.4, "yoy"),  # its own "same quarter a year ago"
    (OWN_CUE, 2.2, "yoy"),
    (OWN_CUE, 0.5, "qoq"),
    (XINHUA, 5, "yoy"),
    (XINHUA, 3, "yoy"),  # a year-on-year story, not a quarterly release: yoy stays in force
])
def test_quarterly_release_basis(extractor: Extractor, text: str, value: float, basis: str) -> None:
    found = [i.change.basis for i in extractor.extract(text, "t").indicators
             if i.change is not None and abs(i.change.value - value) < 1e-6]
    assert found and found[0] == basis, found
