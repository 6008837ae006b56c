"""Quantity and entity readings of wire and bulletin constructions, in our own sentences:
"estimated" is no hedge, multiplying verbs ("tripled") are multiples in unit times, a rate
compared with a rise ("up from 2.8%") is a rise, and a capitalised name before a
lower-case "party" is an organisation."""

from __future__ import annotations

import pytest

from extractor.names import find_names
from extractor.quantities import find_quantities

Expected = tuple[str, float, str | None, str]
"""(surface, value, unit, qualifier)"""


def _read(text: str) -> list[Expected]:
    return [(text[q.start:q.end], q.value, q.unit, q.qualifier) for q in find_quantities(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # 1. "estimated" says where a figure came from, not how exact it is
    ("Copper output reached 410,000 tonnes against an estimated 395,000 tonnes.",
     [("410,000 tonnes", 410000, "metric_ton", "exact"), ("395,000 tonnes", 395000, "metric_ton", "exact")]),
    ("Pension outlays grew to an officially estimated 8.25 billion rand in 2019.",
     [("8.25 billion rand", 8250000000, "ZAR", "exact")]),
    ("Harvest losses were estimated at 12 pct of the crop.", [("12 pct", 12, "percent", "exact")]),
    # unchanged: real approximation words, and a rise after "an estimated"
    ("Some 3,400 farms and about 70 mills were hit.",
     [("Some 3,400", 3400, None, "approx"), ("about 70", 70, None, "approx")]),
    ("Steel shipments climbed an estimated 4.4 pct in July.", [("4.4 pct", 4.4, "percent", "up")]),
    # 2. multiplying verbs: the verb (with a bound before it) is the quantity, unit times
    ("Port traffic more than tripled over the decade.", [("more than tripled", 3, "times", "above")]),
    ("Analysts said the jobless rate could double to about 9 pct by 1990.",
     [("double", 2, "times", "up"), ("about 9 pct", 9, "percent", "approx")]),
    ("Wheat imports nearly double in 2030, the ministry predicts.", [("nearly double", 2, "times", "approx")]),
    ("Tariffs on tin were halved last year.", [("halved", 0.5, "times", "down")]),
    ("The council is quadrupling its road budget.", [("quadrupling", 4, "times", "up")]),
    # unchanged: "double" as an adjective or a noun is no quantity
    ("Exporters posted double-digit gains and avoided double taxation.", []),
    ("The striker scored a double on Sunday.", []),
    ("Rents rose twice the rate of wages.", [("twice", 2, "times", "up")]),
    # 3. a rate compared with a rise rate is a rise too, across a date phrase ...
    ("Rail fares rose by 4.1% in the 12 months to August 2019, up from 3.6% in July.",
     [("4.1%", 4.1, "percent", "up"), ("12 months", 12, "month", "exact"), ("3.6%", 3.6, "percent", "up")]),
    ("Output grew 1.9 pct in the year to June, down from 2.4 pct in May.",
     [("1.9 pct", 1.9, "percent", "up"), ("2.4 pct", 2.4, "percent", "up")]),
    # ... and across an "or" alternate, whose own alternate follows it
    ("Credit rose 9.4 pct or 61.2 billion yen in the first half of 1988 against 7.1 pct "
     "or 44.9 billion in the same 1987 period.",
     [("9.4 pct", 9.4, "percent", "up"), ("61.2 billion yen", 61200000000, "JPY", "up"),
      ("7.1 pct", 7.1, "percent", "up"), ("44.9 billion", 44900000000, "JPY", "up")]),
    # unchanged: a rate in another clause, or after a verb of its own, is a level
    ("Sales rose 5 pct in 2019 and the jobless rate fell from 6 pct to 5.5 pct.",
     [("5 pct", 5, "percent", "up"), ("6 pct", 6, "percent", "exact"), ("5.5 pct", 5.5, "percent", "exact")]),
    ("Spending rose 3 pct in 2019, then the levy was cut from 8 pct.",
     [("3 pct", 3, "percent", "up"), ("8 pct", 8, "percent", "exact")]),
])
def test_wire4_quantities(text: str, expected: list[Expected]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 4. a capitalised run before a lower-case "party" names the party
    ("Leaders of the ruling Nationalist Alliance party met on Friday.", [("Nationalist Alliance party", "ORG")]),
    ("The Congress party lost two seats.", [("Congress party", "ORG")]),
    # ... but a lone demonym or place before it names none
    ("A Japanese party delegation toured Ohio.", [("Ohio", "GPE")]),
    # an official country name in running-text order is one place
    ("Exports to the Republic of Korea and the Islamic Republic of Iran fell.",
     [("Republic of Korea", "GPE"), ("Islamic Republic of Iran", "GPE")]),
    # a trade bloc listed with places is a trading area; alone it stays an organisation
    ("Sugar sales to Mercosur, the Philippines and Chile slowed.",
     [("Mercosur", "GPE"), ("Philippines", "GPE"), ("Chile", "GPE")]),
    ("Two Mercosur members cut tariffs.", [("Mercosur", "ORG")]),
])
def test_wire4_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[m.start:m.end], m.label) for m in find_names(text)] == expected
