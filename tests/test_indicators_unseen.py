"""Indicator causes found on texts the extractor had never seen (held-out sets): zero
changes said in words, counts of bodies as stocks, follow-on clauses. Every sentence is
written for these tests."""

from __future__ import annotations

import pytest

from conftest import indicator_slots as _slots
from extractor.pipeline import Extractor

# "unchanged", "no growth", "flat": a change of 0 (percent), with or without a written zero.
ZERO_CHANGE_CASES = [
    ("Steel production dropped 3 pct whereas output of farm machinery was unchanged.", 1,
     {"metric": "output of farm machinery", "change": {"value": 0, "unit": "percent", "basis": None}}),
    ("Rises were seen in Opticians (0.3 per cent), while Garden supplies was unchanged (0.0 per cent).", 1,
     {"metric": "Garden supplies", "change": {"value": 0, "unit": "percent", "basis": None}}),
    ("Monthly retail output showed no growth in August 2023, but grew by 0.6% in the three months to "
     "August 2023.", 0, {"metric": "Monthly retail output", "period": "2023-08",
                      "change": {"value": 0, "unit": "percent", "basis": "mom"}}),
    # the follow-on clause after a zero change takes its metric
    ("Monthly retail output showed no growth in August 2023, but grew by 0.6% in the three months to "
     "August 2023.", 1, {"metric": "Monthly retail output", "period": "2023-06/2023-08",
                      "change": {"value": 0.6, "unit": "percent", "basis": "qoq"}}),
    ("Hotel rates climbed 2.7 percent in March after holding unchanged in the previous month.", 1,
     {"metric": "Hotel rates", "change": {"value": 0, "unit": "percent", "basis": "mom"}}),
    ("Card spending rose 0.4 per cent in May 2023. This follows a broadly unchanged reading (0.0 per cent) "
     "in April 2023.", 1, {"metric": "Card spending", "period": "2023-04", "change": {"value": 0, "unit": "percent", "basis": None}}),
    # "remained stable" is a zero change too, one for each place listed after it
    ("Fuel prices climbed 0.8% while services remained stable.", 1,
     {"metric": "services", "change": {"value": 0, "unit": "percent", "basis": None}}),
    ("Rents remained stable in Austria, Ireland and Cyprus.", 2,
     {"metric": "Rents", "change": {"value": 0, "unit": "percent", "basis": None}}),
    # after a count with only a link before it, the zero has the clause's subject
    ("Among the regions, house prices rose in nine, fell in four and remained stable in Wales and Scotland.", 3,
     {"metric": "house prices", "change": {"value": 0, "unit": "percent", "basis": None}}),
    ("Compared with a year ago, the jobless rate fell in six regions, rose in four and remained stable in Wales.", 2,
     {"metric": "jobless rate", "change": {"value": 0, "unit": "percent", "basis": "yoy"}}),
    # a figure right after the phrase is its own: the level, no invented zero
    ("The jobless rate remained flat at 4.3 percent in March 2022.", 0,
     {"value": 4.3, "unit": "percent", "period": "2022-03"}),
]

# A count of a kind of body named right after it is the stock (total); a flow verb before
# it or an active verb after the counted phrase keeps it a value.
STOCK_COUNT_CASES = [
    ("The high-tech zone has cultivated 92 gazelle enterprises and 8 unicorn enterprises.", 0,
     {"metric": "gazelle enterprises", "tier": "gazelle", "total": 92}),
    ("Announced in May, the register lists 215 gazelles (firms growing fast for three years), "
     "48 potential unicorns and four unicorns.", 1,
     {"metric": "potential unicorns", "tier": "potential_unicorn", "total": 48}),
    ("In 2022, 310 technology-based SMEs received vouchers from the district.", 0, {"value": 310}),
    ("The county will help at least six companies prepare for listing.", 0, {"value": 6}),
    # a part of a counted whole is no stock, and it counts what the whole counts
    ("Sales went up in seven of the nine districts in April.", 0, {"metric": "districts", "value": 7}),
    ("The park attracted 35 companies in 2021.", 0, {"value": 35}),
    # a count joined to a total count before it goes on with the stock; a verb after it makes it a flow
    ("The district now hosts 40 science parks, nine of which are national ones.", 1, {"total": 9, "value": None}),
    ("A total of 64 laboratories have opened in the park as well as 210 pilot workshops.", 1,
     {"metric": "pilot workshops", "total": 210, "value": None}),
    ("The zone has 88 incubators, and 20 of them were upgraded in 2020.", 1, {"total": None, "value": 20}),
    ("A total of 64 firms were audited, and 12 received penalties.", 1, {"total": None, "value": 12}),
]

# A follow-on clause that opens with a link word and an article, the figure and then a
# change noun, has no subject of its own.
FOLLOW_ON_CASES = [
    ("Furniture prices climbed 2.2 percent in May, following a 0.6 percent decline in April.", 1,
     {"metric": "Furniture prices", "change": {"value": -0.6, "unit": "percent", "basis": None}}),
    ("Factory output rose 0.8 percent in the fourth quarter, following a revised 0.3 percent contraction in "
     "the third quarter.", 1, {"metric": "Factory output"}),
    # a hard-wrapped line that holds only the change: the metric before
    ("Plant report\nQuarry output dropped 0.8 percent last month after jumping\n3.2 percent in June.", 1,
     {"metric": "Quarry output", "change": {"value": 3.2, "unit": "percent", "basis": "mom"}}),
    ("Excluding fuel, card spending rose 0.9 per cent, reversing a 0.2 per cent dip a month earlier.", 1,
     {"metric": "card spending", "change": {"value": -0.2, "unit": "percent", "basis": "mom"}}),
    # a basis cue at the end of the clause holds for both figures
    ("The city's exports and imports grew by 12.1 percent and 8.4 percent year on year, respectively.", 0,
     {"change": {"value": 12.1, "unit": "percent", "basis": "yoy"}}),
]


# "the September 2024 quarter": the quarter that ends that month; such releases compare
# with the quarter before.
QUARTER_BY_MONTH_CASES = [
    ("Canada's retail volumes fell 0.4 percent in the December 2023 quarter.", 0,
     {"period": "2023-10/2023-12", "change": {"value": -0.4, "unit": "percent", "basis": "qoq"}}),
    ("Farm output rose 2.0 percent in the March 2021 quarter, following a revised 0.5 percent decrease in "
     "the December 2020 quarter.", 1,
     {"metric": "Farm output", "period": "2020-10/2020-12",
      "change": {"value": -0.5, "unit": "percent", "basis": "qoq"}}),
]

# "X led the rises": the figure ranks first, in the place the document is about.
LEAD_CASES = [
    ("Irish consumer prices rose 0.5 percent in Ireland in May. In Ireland, rents led the way higher, "
     "climbing 1.9 percent in May.", 1, {"rank": {"position": 1, "scope": "ireland"}}),
]


# An introduction ending in a preposition takes its object to the comma; a lone gap in
# points after a percent change compares growth rates.
METRIC_BOUNDARY_CASES = [
    # a period with the word that keeps it local ("In May alone,") is an introduction
    ("Freight volumes grew in 2020. In May alone, rail freight jumped 6.4 percent to 310 million tonnes.", 0,
     {"metric": "rail freight", "period": "2020-05"}),
    ("According to the initial count, the harvest of the province was 3.2 million tonnes in 2020.", 0,
     {"metric": "harvest of the province"}),
    ("The county's tourism revenue was 5.1 billion yuan in 2022, up 8.3 percent year on year and "
     "1.2 percentage points higher than that of the whole province.", 1,
     {"metric": "tourism revenue growth", "change": {"value": 1.2, "unit": "percentage_point", "basis": None}}),
]


# The clause a figure belongs to: an absolute "with" construction or a coordinated clause
# after a verb has its own subject; an opener with an object, a perfect auxiliary and a
# container noun name no metric.
OWN_CLAUSE_CASES = [
    ("Spending on services fell in all regions, with outlays for travel and dining falling by 2.4 percent "
     "and 3.1 percent respectively.", 0, {"metric": "outlays for travel"}),
    ("Spending on services fell in all regions, with outlays for travel and dining down 2.4 percent and "
     "3.1 percent respectively.", 1, {"metric": "dining"}),
    ("Industry did well in 2020, with output of steel rising 4 percent.", 0, {"metric": "output of steel"}),
    ("Grain stocks kept rising, and the harvest of wheat and barley went up by 3.6% and 1.7% "
     "respectively.", 1, {"metric": "barley"}),
    ("London had the largest number of shops, with 17.2% of the total.", 0, {"metric": "largest number of shops"}),
    ("Stripping out volatile items, underlying sales rose 1.1 percent.", 0, {"metric": "underlying sales"}),
    ("Net profit for the first half was 1.24 billion yuan, compared with 980 million a year earlier.", 0,
     {"metric": "Net profit"}),
    ("At 4.8 percent, the vacancy rate was the lowest in the region.", 0, {"metric": "vacancy rate", "value": 4.8}),
    ("After removing seasonal effects, which gives the figures used for GDP, the trade surplus narrowed to 20.1 "
     "billion dollars in May.", 0, {"metric": "trade surplus"}),
    ("Some 2 million visitors came during the festival, generating 700 million yuan in revenue.", 1,
     {"metric": "revenue", "value": 700000000}),
    # "These products" points back to the subject the metric before was said of
    ("In 2020, solar panels built in the valley generated 2.6 billion yuan in export income. These panels "
     "accounted for 28 percent of the exports.", 0, {"metric": "export income", "share": {"value": 28, "of": "exports"}}),
    ("An analyst at the fund said wage growth has been stuck between 3.1 percent and "
     "3.4 percent since January.", 0, {"metric": "wage growth"}),
    ("The gain in the core index came mostly from a 0.5 percent increase by the rent index.", 0,
     {"metric": "rent index"}),
    ("In 2010, the county saw an influx of US$1.5 billion in foreign investment, up 11 percent over the "
     "previous year.", 0, {"metric": "foreign investment"}),
    ("In 2015, the port city attracted US$2.4 billion of capital. Roughly US$1.3 billion of that amount was "
     "equity capital.", 1, {"metric": "equity capital"}),
    ("Imports fell 2% to $100 billion. They have retreated from the record $120 billion reached in May 2014.", 1,
     {"metric": "Imports"}),
]

# Breakdowns by places after "led by" are changes of the clause's subject; a relative
# "where" clause has its own subject; "by" after a comma keeps the rise or fall before it.
BREAKDOWN_CASES = [
    ("Real GDP increased in 49 states in 2005, led by Arizona (7.6 percent), Nevada (6.4 percent) and "
     "Florida (5.6 percent).", 1, {"metric": "Real GDP", "change": {"value": 7.6, "unit": "percent", "basis": "yoy"}}),
    ("Real GDP increased in 49 states in 2005, led by Arizona (7.6 percent), Nevada (6.4 percent) and "
     "Florida (5.6 percent).", 3, {"metric": "Real GDP", "change": {"value": 5.6, "unit": "percent", "basis": "yoy"}}),
    ("Growth was slowest in Louisiana, where real GDP declined 0.3 percent.", 0, {"metric": "real GDP"}),
    ("In 2020, the park's operating revenue exceeded 2.3 trillion yuan, and its industrial output value reached "
     "450 billion yuan, up 12 percent and 8 percent respectively.", 1,
     {"metric": "industrial output value", "change": {"value": 8, "unit": "percent", "basis": "yoy"}}),
    ("Health care contributed 0.6 percentage point to the growth, and construction added 0.3 percentage point.",
     1, {"metric": "construction"}),
    ("Sales of watches and jewellery grew the most, by 12.3 per cent.", 0,
     {"metric": "Sales of watches and jewellery", "change": {"value": 12.3, "unit": "percent", "basis": None}}),
    ("Furniture sales fell the most, by 6.1 per cent.", 0, {"change": {"value": -6.1, "unit": "percent", "basis": None}}),
    ("In 2016, the income of firms in the zone reached 1.2 trillion yuan, and its share of the province's total "
     "rose to 23.5 percent.", 1, {"share": {"value": 23.5, "of": "province"}}),
    ("The park has certified over 410 high-tech companies so far in 2023. The number is forecast to climb to "
     "600 by December.", 1, {"metric": "high-tech companies", "tier": "high_tech"}),
]

# A forecast said by analysts measures the metric before it, or the noun it names.
FORECAST_CASES = [
    ("New orders fell by 0.5 percent in May. Analysts polled by a news agency had predicted a small rise of "
     "0.2 percent.", 1, {"metric": "New orders"}),
    ("The shortfall grew to 22 billion euros. The consensus estimate in a survey of 30 analysts called for "
     "a deficit of 20 billion euros.", 1, {"metric": "deficit"}),
    ("Import prices gained 0.3 percent. Analysts had expected import prices to increase by 0.5 percent.", 1,
     {"metric": "import prices"}),
]

# Shares: a contribution to a total, "of the total" after a modified kind, an owner that is
# the capital; a rate gap to a whole year's rate has no basis; the subject's tier.
SHARE_BASIS_TIER_CASES = [
    ("Online sales contributed 6.1 per cent to total retail sales in seasonally adjusted terms in March 2019.",
     0, {"metric": "Online sales", "share": {"value": 6.1, "of": "retail sales"}}),
    ("Online sales contributed 6.1 per cent to total retail sales in March 2019, a rise from 5.9 per cent in "
     "February 2019.", 1, {"share": {"value": 5.9, "of": "retail sales"}}),
    ("Hi-tech exports reached US$3.1 billion, up 12.2 percent and covering 15.3 percent of the total.", 0,
     {"share": {"value": 15.3, "of": "exports"}}),
    ("In 2020, 18,000 industrial firms above designated size did research, accounting for 40.1 percent of the "
     "total.", 0, {"share": {"value": 40.1, "of": "industrial firms above designated size"}}),
    ("The zone's operating income was 320.5 billion yuan in 2020, of which high-tech enterprises accounted for "
     "65.6%.", 1, {"metric": "high-tech enterprises", "share": {"value": 65.6, "of": "operating income"}}),
    ("In 2020, the park's total operating income was 320.5 billion yuan, up 15.2%, of which the income of "
     "high-tech enterprises was 210.3 billion yuan, accounting for 65.6% of the total.", 1,
     {"share": {"value": 65.6, "of": "operating income"}}),
    ("Online sales made up 6.2 per cent of total retail sales, and online spending on food accounted for a third "
     "of it.", 1, {"share": {"value": 33.33333333333333, "of": "online sales"}}),
    # a change word right before the figure is a verb; a count after "of which" is the part named after "were"
    ("Department stores saw sales rise 2.6 per cent.", 0, {"metric": "sales"}),
    ("Trademark filings reached 8,410, of which 2,050 were foreign filings, up 14 percent.", 1,
     {"metric": "foreign filings", "value": 2050}),
    ("The quarter holds only a handful of banks, yet they produce roughly one-third of the capital's tax revenue.", 0,
     {"share": {"value": 33.33333333333333, "of": "capital"}}),
    ("By the preliminary count, the county's farm output was 86.4 billion yuan in the first half "
     "of 2022, up 4.6 percent year-on-year, 0.4 percentage points lower than that of a year "
     "earlier and 0.2 percentage points lower than that of 2021.", 2,
     {"change": {"value": -0.2, "unit": "percentage_point", "basis": None}}),
    ("Last year, unicorn enterprises there generated total revenue of 1.2 trillion yuan, up 9.1 percent.", 0,
     {"metric": "revenue", "tier": "unicorn"}),
    ("Released in June, the list includes 95 eagles, 17 potential unicorns and two platform-based leading "
     "enterprises.", 0,
     {"metric": "eagles", "total": 95}),
    ("Released in June, the list includes 95 eagles, 17 potential unicorns and two platform-based leading "
     "enterprises.", 1,
     {"metric": "potential unicorns", "total": 17}),
    ("Released in June, the list includes 95 eagles, 17 potential unicorns and two platform-based leading "
     "enterprises.", 2,
     {"metric": "platform-based leading enterprises", "total": 2}),
]

# Figures that only frame a statement: a time frame after a record or a first, the size of a
# survey, an age that defines a group. Each text has exactly these indicator values.
FRAME_CASES = [
    ("Weak demand pushed car sales down to the lowest level in six years.", []),
    ("Tourist arrivals dropped to the lowest level in over a decade.", []),
    ("Mining output shrank 1.2 percent in May, the first drop in five months.", [-1.2]),
    ("A poll of 40 economists expected a deficit of 12 billion dollars.", [12000000000]),
    ("In May, there were 2.1 million people aged 65 to 74 still at work.", [2100000]),
    ("In the 2019 review, the park ranked third among the region's 28 science parks, with a score of 81.5 points.",
     [81.5]),
]


def _check(got: dict, expected: dict) -> None:
    for key, value in expected.items():
        assert got.get(key) == value, (key, got)


# Whose change a figure is: a "respectively" list that ends before the clause does, the noun
# before ", which fell by", the subject after an opening "Coming from a 2 percent rise in Q1,".
CHANGE_OWNER_CASES = [
    ("Mining and Retail posted positive growths of 2.4 percent and 0.8 percent, respectively, and offset the "
     "slump in Tourism, which shrank by 3.1 percent.", 0,
     {"metric": "Mining", "change": {"value": 2.4, "unit": "percent", "basis": None}}),
    ("Mining and Retail posted positive growths of 2.4 percent and 0.8 percent, respectively, and offset the "
     "slump in Tourism, which shrank by 3.1 percent.", 1,
     {"metric": "Retail", "change": {"value": 0.8, "unit": "percent", "basis": None}}),
    ("Mining and Retail posted positive growths of 2.4 percent and 0.8 percent, respectively, and offset the "
     "slump in Tourism, which shrank by 3.1 percent.", 2,
     {"metric": "Tourism", "change": {"value": -3.1, "unit": "percent", "basis": None}}),
    ("The drought hit fisheries, which declined by 6 percent.", 0, {"metric": "fisheries"}),
    ("Coming from a strong 2.7 percent growth in the first quarter, the farm sector shrank by 0.4 percent "
     "this quarter.", 0, {"metric": "farm sector", "change": {"value": 2.7, "unit": "percent", "basis": None}}),
    ("After a 1.5 percent increase in the spring, the mining sector contracted by 0.6 percent.", 0,
     {"metric": "mining sector"}),
    ("Construction tapered off to 0.7 percent in the quarter.", 0, {"metric": "Construction"}),
]

# Figures of a clause that defines an index or an evaluation (its modules and their weights)
# are quantities only; a count in words after "the (newly named) ..." points back to a group.
DEFINITION_CASES = [
    ("The scoring framework consists of three parts: talent (40%), capital (35%) and markets (25%), with "
     "a total of 25 measures.", []),
    ("The index is made up of five pillars, weighted at 20% each.", []),
    ("The newly approved six science parks host 310 laboratories.", [310]),
    ("By the end of 2023, the four parks were home to 520 firms.", [520]),
    ("Growth in the five parks was led by software, worth 2.4 billion yuan.", [2400000000]),
]

# A count after "recognizing" is newly added; a share of what an earlier count of the clause
# counts goes with that count.
NEW_AND_SHARE_CASES = [
    ("The ministry published a list recognizing seven innovation centres, including a biotech hub.", 0,
     {"metric": "innovation centres", "new": 7}),
    ("The parks had 830 high-tech enterprises and 1,240 technology-based SMEs, accounting for 22.5 percent of all "
     "high-tech enterprises.", 0,
     {"metric": "high-tech enterprises", "total": 830, "share": {"value": 22.5, "of": "high-tech enterprises"}}),
    ("The parks had 830 high-tech enterprises and 1,240 technology-based SMEs, accounting for 22.5 percent of all "
     "high-tech enterprises.", 1, {"total": 1240, "share": None}),
    # a list of shares, each of what follows its "of", all of the place the list ends with
    ("The new parks took 38 percent of sales, 41 percent of patents and 27 percent of the exports of "
     "the software sector in the city's science parks in 2021.", 0,
     {"metric": "sales", "period": "2021", "share": {"value": 38, "of": "city science parks"}}),
    ("The new parks took 38 percent of sales, 41 percent of patents and 27 percent of the exports of "
     "the software sector in the city's science parks in 2021.", 2,
     {"metric": "exports of the software sector", "period": "2021", "share": {"value": 27, "of": "city science parks"}}),
    ("Revenue of the three biggest firms came to over 55 percent of total revenue in the science parks.", 0,
     {"share": {"value": 55, "of": "science parks"}}),
]

# A change noun alone names no metric after a first figure; a rank after "with" and a subject
# of its own is that subject's, not the figure's; "slower than the 2.4 percent expansion" is
# a figure compared with, which leaves the basis to the periods.
CHANGE_LINK_CASES = [
    ("The farm sector recovered from a 0.8 percent contraction in the first quarter of 2022 to a 1.9 percent "
     "increase in the second quarter of 2022.", 1,
     {"metric": "farm sector", "change": {"value": 1.9, "unit": "percent", "basis": "qoq"}}),
    ("Retail sales rose 1.3 percent in May, with clothing and furniture contributing the most.", 0,
     {"metric": "Retail sales", "rank": None}),
    ("Exports rose 12 percent, with the largest increase in the province.", 0,
     {"rank": {"position": 1, "scope": "province"}}),
    ("Services grew by 1.1 percent in the second quarter of 2022, slower than the 2.4 percent expansion in the "
     "first quarter.", 0, {"change": {"value": 1.1, "unit": "percent", "basis": "qoq"}}),
]

_CASES = ZERO_CHANGE_CASES + STOCK_COUNT_CASES + FOLLOW_ON_CASES + QUARTER_BY_MONTH_CASES + LEAD_CASES \
    + METRIC_BOUNDARY_CASES + OWN_CLAUSE_CASES + BREAKDOWN_CASES + FORECAST_CASES + SHARE_BASIS_TIER_CASES \
    + CHANGE_OWNER_CASES + NEW_AND_SHARE_CASES + CHANGE_LINK_CASES


@pytest.mark.parametrize("text,index,expected", _CASES, ids=[f"{c[0][:40]}-{c[1]}" for c in _CASES])
def test_unseen_causes(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    _check(_slots(doc.indicators[index]), expected)


@pytest.mark.xfail(strict=True, reason="the segmenter ends a clause at a single line break of hard-wrapped text: the "
                   "level on the next line has no subject to read and no change before it to follow")
def test_hard_wrapped_level_keeps_its_subject(extractor: Extractor) -> None:
    doc = extractor.extract("Factory data\nLast month, the share of plant capacity in use fell\n0.3 percentage point "
                            "to 77.4 percent.", "t")
    assert doc.indicators[0].metric == "share of plant capacity in use"


def test_zero_phrase_is_no_quantity(extractor: Extractor) -> None:
    """The text writes no number for "no growth": the zero change is no quantity."""
    doc = extractor.extract("Farm output showed no growth in July 2023.", "t")
    assert doc.quantities == []
    assert [i.change.value for i in doc.indicators] == [0]


@pytest.mark.parametrize("text,values", FRAME_CASES + DEFINITION_CASES,
                         ids=[c[0][:40] for c in FRAME_CASES + DEFINITION_CASES])
def test_frame_figures_make_no_indicator(extractor: Extractor, text: str, values: list) -> None:
    doc = extractor.extract(text, "t")
    got = [i.value if i.value is not None else i.total if i.total is not None else i.change.value if i.change else None
           for i in doc.indicators]
    assert got == values


@pytest.mark.parametrize("text,index,expected", [
    pytest.param("Shoe sales fell 3.6 per cent, followed by florists - which arrange flowers in the shop - which saw a "
                 "decline of 1.4 per cent.", 1, {"metric": "florists"},
                 marks=pytest.mark.xfail(strict=True, reason="the name after 'followed by' is not read as the metric "
                                         "of a change said in a relative clause after it")),
    pytest.param("Sales of toys dropped 1.9 per cent on a year earlier, with total sales value put at 38 million "
                 "dollars.", 0, {"metric": "Sales of toys"},
                 marks=pytest.mark.xfail(strict=True, reason="a level in a 'with total ... value' phrase names the "
                                         "metric instead of taking the clause's subject")),
])
def test_known_metric_failures(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(_slots(extractor.extract(text, "t").indicators[index]), expected)
