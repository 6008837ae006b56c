"""Quantity readings found wrong on texts the extractor had not seen, as general cases in
our own words: which economy a bare dollar belongs to, and known failures."""

from __future__ import annotations

import pytest

from extractor.quantities import find_quantities


def _units(text: str) -> dict[str, str | None]:
    return {text[q.start:q.end]: q.unit for q in find_quantities(text)}


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # no economy near the top: the provinces named further down vote for their dollar
    ("Jobs report, March\n\n" + "Hiring was flat in most sectors this month. " * 12
     + "Gains in Alberta and Manitoba offset losses in Quebec; pay rose to $29.40 an hour.",
     "$29.40", "CAD"),
    ("Quarterly update\n\n" + "Spending held steady over the quarter. " * 12
     + "Queensland and Tasmania led, with sales of $1.3 billion.", "$1.3 billion", "AUD"),
    # the default economy keeps its dollar when it is named as often or more
    ("Trade note\n\n" + "Flows were mixed over the month. " * 12
     + "Shipments from Texas and Ohio to Ontario reached $4 billion.", "$4 billion", "USD"),
    # the economy named first near the top decides: a US story naming its partners stays USD
    ("Trade note\n\nThe U.S. goods gap grew to $51.2 billion as shipments to Canada slid and "
     "purchases from Canada and Mexico climbed.", "$51.2 billion", "USD"),
    # a dateline in capitals names the economy too
    ("WELLINGTON, May 2 - The deficit was 600 million dlrs.", "600 million dlrs", "NZD"),
    # an explicit US dollar stays one in a story about another dollar economy; a bare
    # amount written before it is the local dollar (after it, see test_quantities_wire.py)
    ("OTTAWA, June 3 - Canada sold $5 billion of bills and US$2 billion of bonds.",
     "US$2 billion", "USD"),
    ("OTTAWA, June 3 - Canada sold $5 billion of bills and US$2 billion of bonds.",
     "$5 billion", "CAD"),
])
def test_bare_dollar_takes_the_economy_of_the_text(text: str, surface: str, unit: str) -> None:
    assert _units(text)[surface] == unit


@pytest.mark.parametrize(("text", "surface", "unit"), [
    # "¥" is the yen unless the text is about China
    ("Osaka exporters shipped goods worth ¥3.2 trillion to Japan's neighbours.", "¥3.2 trillion", "JPY"),
    ("China's zone earned ¥12 billion, and Chinese firms in Beijing ¥4 billion more.", "¥12 billion", "CNY"),
    ("Revenue was ¥800 million, or $5.4 million.", "¥800 million", "JPY"),
])
def test_yen_sign_takes_the_economy_of_the_text(text: str, surface: str, unit: str) -> None:
    assert _units(text)[surface] == unit


KNOWN_FAILURES = [
    pytest.param("Limpopo posted the highest growth rate, 4,2%, ahead of Gauteng.", "4,2%", "up",
                 marks=pytest.mark.xfail(strict=True, reason="a rate set off after 'growth rate' "
                                         "is read as a level, not as a rise")),
    pytest.param("The only shire with weaker growth than the country was Fife (0.7 percent).", "0.7 percent", "up",
                 marks=pytest.mark.xfail(strict=True, reason="'than' between the growth word and a "
                                         "bracketed rate blocks the rise (it usually makes a level)")),
    pytest.param("The park now hosts 2,000-odd firms.", "2,000-odd", "approx",
                 marks=pytest.mark.xfail(strict=True, reason="a glued '-odd' is no bound yet: "
                                         "the surface stops at the number")),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), [
    # decimal commas, as South African and European English write them
    ("The economy expanded by 1,1% in the quarter.", "1,1%", 1.1, "percent"),
    ("Transport added 0,6 of a percentage point.", "0,6 of a percentage point", 0.6, "percentage_point"),
    ("The fund holds R2,5 billion.", "R2,5 billion", 2.5e9, "ZAR"),
    ("Updated figures came to 2,9%, 6,3%, 1,7% and 4,4%.", "6,3%", 6.3, "percent"),
    ("Value added rose 1,1 and 1,4% in the two quarters.", "1,1", 1.1, "percent"),
    ("The zone has 1,100 firms.", "1,100", 1100, None),
])
def test_decimal_comma(text: str, surface: str, value: float, unit: str | None) -> None:
    by_surface = {text[q.start:q.end]: q for q in find_quantities(text)}
    assert (by_surface[surface].value, by_surface[surface].unit) == (pytest.approx(value), unit)


@pytest.mark.parametrize(("text", "surface", "qualifier"), KNOWN_FAILURES)
def test_known_failures(text: str, surface: str, qualifier: str) -> None:
    by_surface = {text[q.start:q.end]: q for q in find_quantities(text)}
    assert by_surface[surface].qualifier == qualifier


# (text, surface, concept): a figure without an indicator still says what it measures.
CONCEPTS = [
    # A headline makes no indicators: its figure takes the subject its own clause states ...
    ("Factory output climbs 2.4 pct in May\n\nOutput at factories rose 2.4 percent in May.", "2.4 pct",
     "Factory output"),
    # ... or, when that is a name, the concept of the body figure it repeats.
    ("NORWAY SAYS APRIL SURPLUS 3.1 BILLION\n\nOSLO, May 4 - Norway posted a trade surplus of 3.1 billion "
     "in April, the bureau said.", "3.1 BILLION", "trade surplus"),
    # A figure opening a bracket after a name measures that name.
    ("Hiring fell among teenagers but rose among older workers (55 to 64 years) in May.", "55 to 64 years",
     "older workers"),
    ("Women were less likely to apply than their male colleagues (6.2%).", "6.2%", "male colleagues"),
]


@pytest.mark.parametrize(("text", "surface", "concept"), CONCEPTS, ids=[c[1] for c in CONCEPTS])
def test_concept_without_an_indicator(extractor, text: str, surface: str, concept: str) -> None:
    doc = extractor.extract(text, "t")
    assert {q.text: q.concept for q in doc.quantities}[surface] == concept


def test_plus_on_a_bare_number_is_no_rise() -> None:
    text = "Call +44 20 7946 0000 for the tables; wages (+$0.80) and prices (+1.1%) rose."
    readings = {text[q.start:q.end]: q.direction for q in find_quantities(text)}
    assert readings["+44"] is None
    assert readings["+$0.80"] == "up" and readings["+1.1%"] == "up"


def test_year_before_a_lost_space_is_no_decimal_comma() -> None:
    # "2021,35" is a year and "35" after a lost space, never 2021.35
    assert all(q.value != 2021.35 for q in find_quantities("In 2021,35 new laboratories opened."))
