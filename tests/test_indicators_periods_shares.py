"""Indicator periods, shares, "respectively" lists and bases: sentences written for these
tests (several wordings per mechanism), with the slots they must give."""

from __future__ import annotations

import pytest

from extractor.models import Meta
from extractor.periods import Period, find_periods
from conftest import indicator_slots as _slots
from extractor.pipeline import Extractor


def _check(extractor: Extractor, text: str, published: str | None, index: int, expected: dict) -> None:
    doc = extractor.extract(text, "t", Meta(published=published) if published else None)
    got = _slots(doc.indicators[index])
    assert {k: got.get(k) for k in expected} == expected, got


def _xfail(reason: str):
    return pytest.mark.xfail(reason=reason, strict=True)


# ------------------------------------------------------------------ relative periods

PERIOD_CASES = [
    # (text, published, index, expected)
    ("Car sales slipped 0.8 percent last month.", "2024-05-14", 0, {"period": "2024-04"}),
    ("Car sales slipped 0.8 percent last month.", "2024-01-09", 0, {"period": "2023-12"}),
    ("Rents climbed 0.4 percent this month, the agency said.", "2023-09-28", 0, {"period": "2023-09"}),
    ("Unemployment is expected to reach 4.8 percent next year.", "2024-05-14", 0, {"period": "2025"}),
    ("Output is projected to grow 1.2 percent next month.", "2023-12-02", 0, {"period": "2024-01"}),
    # "the last quarter" is the last quarter before publication, never a later one.
    ("Factory output grew 2.2 percent in the last quarter.", "2024-05-14", 0,
     {"period": "2024-01/2024-03"}),
    ("Factory output grew 2.2 percent in the last quarter.", "2024-02-20", 0,
     {"period": "2023-10/2023-12"}),
    ("Exports edged up 1.9% in the fourth quarter of last year.", "2024-05-14", 0,
     {"period": "2023-10/2023-12"}),
    ("Imports fell 3% in the first quarter of this year.", "2024-05-14", 0, {"period": "2024-01/2024-03"}),
    # "the past year" / "the last year": the calendar year before publication, for its own sentence only
    ("In the past year, the park filed 3,100 patent applications and signed 90 contracts.", "2022-04-15", 1,
     {"period": "2021"}),
    ("In the last year, visitor numbers topped 2 million.", "2019-02-03", 0, {"period": "2018"}),
    ("In the past year, the park filed 3,100 patent applications. The park is home to 210 laboratories.",
     "2022-04-15", 1, {"period": None, "total": 210}),
    # A month or quarter without a year that would lie after publication is last year's.
    ("Shipments rose 4.1 percent in November.", "2024-02-03", 0, {"period": "2023-11"}),
    ("Sales grew 6 percent in the July-September quarter.", "2024-01-30", 0, {"period": "2023-07/2023-09"}),
    # ... but not in a forecast.
    ("Shipments will rise 4.1 percent in November.", "2024-02-03", 0, {"period": "2024-11"}),
    # Rolling years: "in the year" inside them is no "that year". A rate over one is dated by
    # its last month (ONS and agriland gold); a level summed over one keeps the twelve months.
    ("Consumer prices rose 3.4% in the year to February 2024.", None, 0, {"period": "2024-02"}),
    ("Rents rose 8.1% in the year ending September 2023.", None, 0, {"period": "2023-09"}),
    ("Net arrivals were 612,000 in the year ending December 2023.", None, 0, {"period": "2023"}),
    ("Wages grew 5.6% in the twelve months to May 2024.", None, 0, {"period": "2024-05"}),
    ("Card spending rose 1.7 percent in the week ending March 9, 2024.", None, 0, {"period": "2024-03"}),
    ("Card spending rose 1.7 percent in the week ended 16 March 2024.", None, 0, {"period": "2024-03"}),
    ("Turnover rose 9% in H2 2023.", None, 0, {"period": "2023-07/2023-12"}),
    ("Output rose 0.2% in 2024 Q1.", None, 0, {"period": "2024-01/2024-03"}),
    ("Investment rose 7 percent during the 2019-2022 period.", None, 0, {"period": "2019/2022"}),
    # Without a publication date "last month" says nothing.
    ("Industrial output slipped 0.3 percent last month.", None, 0, {"period": None}),
    # A stock at the end of a period is at its last month (main/Wuhan and holdout gold; the
    # Wales and peoplesdaily_01 gold keep the year).
    ("The zone had 410 listed firms as of the end of 2023.", None, 0, {"period": "2023-12"}),
    ("At the end of 2022 the bank ran 3,150 branches.", None, 0, {"period": "2022-12"}),
    ("Foreign reserves stood at $3.2 trillion by the end of last year.", "2024-01-15", 0, {"period": "2023-12"}),
    ("By the end of the third quarter of 2023, deposits reached 5.6 trillion yuan.", None, 0, {"period": "2023-09"}),
    ("The zone had 410 listed firms in 2023.", None, 0, {"period": "2023"}),
    # ... and its change, with no basis stated, is against a year earlier, as the year's is.
    ("By the end of 2023, the zone had 410 high-tech firms, up 12 percent.", None, 0,
     {"period": "2023-12", "change": {"value": 12, "unit": "percent", "basis": "yoy"}}),
    # The period in force then carries to the next sentence.
    ("By the end of 2023, the park hosted 52 research institutes. They employed about 9,400 researchers.",
     None, 1, {"period": "2023-12"}),
    # A fiscal year with its last month: twelve months to that month; one ending in January to
    # March is named by the year it starts in, a later one by the year it ends in.
    ("In fiscal 2019, which ended in March, machinery orders fell 3.1 percent.", None, 0,
     {"period": "2019-04/2020-03"}),
    ("Tax receipts grew 6 percent in fiscal 2021, which ended in September.", None, 0,
     {"period": "2020-10/2021-09"}),
    # A release headed by its quarter: the quarter is in force, and "this quarter" / "last
    # quarter" count from it, not from the later publication date.
    ("Second Quarter 2019\nQuarterly Accounts of Norland\n\nOutput grew 0.7 percent on the quarter.",
     "2019-08-20", 0, {"period": "2019-04/2019-06"}),
    ("Second Quarter 2019\nQuarterly Accounts of Norland\n\nFarming fell 1.2 percent this quarter after "
     "rising 2.0 percent last quarter.", "2019-08-20", 1, {"period": "2019-01/2019-03"}),
    ("Second Quarter 2019\nQuarterly Accounts of Norland\n\nFarming fell 1.2 percent this quarter after "
     "rising 2.0 percent last quarter.", "2019-08-20", 0, {"period": "2019-04/2019-06"}),
    pytest.param("By the end of 2023, the park hosted 52 research institutes. It also hosts about 40 percent of "
                 "the city's laboratories.", None, 1, {"period": None},
                 marks=_xfail("a clause in the present tense with no time states no period; tense is not read")),
]


@pytest.mark.parametrize("text, published, index, expected", PERIOD_CASES)
def test_periods(extractor: Extractor, text: str, published: str | None, index: int, expected: dict) -> None:
    _check(extractor, text, published, index, expected)


# ------------------------------------------------------------------ reference points

# A date after "since", or the date of a past level a figure is set against, bounds a
# comparison: it is no period of the figures around it, not the period in force and not the
# year an undated text is about.
REFERENCE_CASES = [
    ("Shipments fell 2.1% to $95.3 billion in March, the lowest since June 2016.", None, 0, {"period": None}),
    ("Shipments fell 2.1% to $95.3 billion in March, the lowest since June 2016.", "2019-04-10", 0,
     {"period": "2019-03"}),
    ("Steel output rose 4 percent in 2021, the fastest pace since 2011.", None, 0, {"period": "2021"}),
    ("Coal imports climbed to 31 million tonnes in May, the most since the end of 2019.", None, 0, {"period": None}),
    ("The jobless rate rose to 5.1 percent in August, the highest since the first quarter of 2017.", "2024-09-20", 0,
     {"period": "2024-08"}),
    ("Copper stocks sank to 88,000 tonnes, the smallest since February 2008.", None, 0, {"period": None}),
    # The past level keeps its own date ...
    ("Car exports slipped to $12.4 billion in June, well below the peak of $15.1 billion reached in March 2018.",
     None, 1, {"period": "2018-03"}),
    ("Car exports slipped to $12.4 billion in June, well below the peak of $15.1 billion reached in March 2018.",
     None, 0, {"period": None}),
    # ... but later months without a year are not read against it.
    ("Deposits are still under the record 2.4 trillion euros seen in January 2022. In April they fell 0.3 percent.",
     None, 1, {"period": None}),
    ("Prices have not climbed this fast since 2009. In July they rose 1.2 percent.", None, 0, {"period": None}),
]


@pytest.mark.parametrize("text, published, index, expected", REFERENCE_CASES)
def test_reference_points(extractor: Extractor, text: str, published: str | None, index: int,
                          expected: dict) -> None:
    _check(extractor, text, published, index, expected)


def test_since_is_no_period_mention() -> None:
    assert not find_periods("the weakest since October 2012")
    assert not find_periods("the highest since 2009")
    assert [m.reference for m in find_periods("the record reached in October 2014")] == [True]


# ------------------------------------------------------------------ publication lines

# The dates under a headline date the page; the period in force comes from the body.
DATELINE_CASES = [
    ("Freight volumes at a high\nPublished 2 February 2024\n\nThe port handled 1.3 billion tonnes of freight, "
     "the authority said.", 0, {"period": None}),
    ("Port keeps growing\nUpdated: 14 March 2024 09:12\n\nBy the end of 2023, the port had 212 berths. "
     "Of these, 64 were deep-water berths.", 1, {"period": "2023-12"}),
    ("Wind capacity grows\n(Newswire) 10:05, March 3, 2024\n\nBy the end of 2023 the province had 38 wind farms. "
     "Together they held 4.2 gigawatts of capacity.", 1, {"period": "2023-12"}),
    ("Factory orders slip\nLONDON, 12 June 2023 - Factory orders fell 1.1 percent, the survey showed.", 0,
     {"period": None}),
]


@pytest.mark.parametrize("text, index, expected", DATELINE_CASES)
def test_publication_lines_give_no_period(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)


# ------------------------------------------------------------------ looking back

# "This follows ...", "following ...": an earlier reading keeps its period, but the period in
# force stays that of the news.
LOOK_BACK_CASES = [
    ("Output grew 0.5 percent in March 2023, following a 0.2 percent decline in February 2023. "
     "Compared with March 2022, output rose 2.9 percent.", 2, {"period": "2023-03"}),
    ("Output grew 0.5 percent in March 2023, following a 0.2 percent decline in February 2023.", 1,
     {"period": "2023-02"}),
    ("Retail sales rose 0.4 percent in May 2024. This follows a flat reading (0.0 percent) in April 2024. "
     "Online sales climbed 2.3 percent.", -1, {"period": "2024-05"}),
    # No earlier figure: the period is the clause's and stays in force.
    ("Following the merger in 2021, the group employed 12,000 people. Its revenue rose 5 percent.", 1,
     {"period": "2021"}),
]


@pytest.mark.parametrize("text, index, expected", LOOK_BACK_CASES)
def test_look_back_keeps_period_in_force(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)


@pytest.mark.parametrize("text", [
    "Output rose 2% in the first 13 months of 2023.",
    "Output rose 2% between 2023 and 2021.",
    "Output fell 1% from March 2024 to January 2024.",
])
def test_invalid_periods_are_dropped(extractor: Extractor, text: str) -> None:
    doc = extractor.extract(text, "t")
    assert [i.period for i in doc.indicators] == [None]


def test_period_construction_is_validated() -> None:
    with pytest.raises(ValueError):
        Period(2023, 1, 2023, 13)
    with pytest.raises(ValueError):
        Period(2024, 1, 2023, 12)
    assert not [m for m in find_periods("in the first 13 months of 2023") if m.period is not None]


# ------------------------------------------------------------------ shares

SHARE_CASES = [
    # The whole after "of the" / "among the" is a quantity only; the subset is the figure.
    ("Of the 4,180 firms surveyed, 2,260 exported goods, accounting for 54.1 percent.", 0,
     {"share": {"value": 54.1, "of": "firms surveyed"}}),
    ("Among the 12,500 new enterprises, 3,100 were in logistics, accounting for 24.8 percent.", 0,
     {"share": {"value": 24.8, "of": "new enterprises"}}),
    ("The share of manufacturing in GDP fell to 26.2 percent in 2023.", 0,
     {"share": {"value": 26.2, "of": "gdp"}}),
    ("The proportion of women in the labour force rose to 46 percent in 2022.", 0,
     {"share": {"value": 46, "of": "labour force"}}),
    ("The proportion of clean energy in total electricity output reached 35.4 percent in 2023.", 0,
     {"share": {"value": 35.4, "of": "electricity output"}}),
    ("Steel output totaled 1.02 billion tonnes in 2023. Its share in total world output rose to 54 percent.", 1,
     {"share": {"value": 54, "of": "world output"}}),
    ("Small firms' share in total employment reached 61.3 percent in 2023.", 0,
     {"share": {"value": 61.3, "of": "employment"}}),
    ("Fewer than 8 percent of the households expected incomes to rise.", 0,
     {"share": {"value": 8, "of": "households"}}),
    ("Nearly one-third of the newly added enterprises work in software.", 0,
     {"share": {"value": pytest.approx(100 / 3), "of": "newly added enterprises"}}),
    # "take up" / "took up" are share verbs like "make up", and no part of the metric.
    ("Processing trade took up 38 percent of the total trade in 2023.", 0,
     {"metric": "Processing trade", "share": {"value": 38, "of": "trade"}}),
    ("Wind power takes up 12.5 percent of installed capacity.", 0,
     {"metric": "Wind power", "share": {"value": 12.5, "of": "installed capacity"}}),
    ("State firms take up 21 percent of all exporters.", 0,
     {"metric": "State firms", "share": {"value": 21, "of": "exporters"}}),
    ("Bank loans took up 60 percent of total financing, while bond issues took up 25 percent.", 1,
     {"metric": "bond issues", "share": {"value": 25, "of": None}}),
]

# "Among the 40 industries, 31 ...": the count after "among the" that a comma closes is the
# whole the subset is counted in; the figure is the subset's count.
SUBSET_CASES = [
    ("Among the 40 industries, 31 had seen output growth.", {"value": 31}),
    ("Of the 16 districts surveyed, 11 reported higher sales.", {"value": 11}),
    ("Among its 52 members, 19 reported losses in May 2023.", {"value": 19, "period": "2023-05"}),
    ("Out of the 25 provinces, 7 posted a decline.", {"value": 7}),
]


@pytest.mark.parametrize("text, index, expected", SHARE_CASES)
def test_shares(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)


@pytest.mark.parametrize("text, expected", SUBSET_CASES)
def test_count_among_a_whole(extractor: Extractor, text: str, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    assert len(doc.indicators) == 1, [i.model_dump() for i in doc.indicators]
    _check(extractor, text, None, 0, expected)


# ------------------------------------------------------------------ respectively lists

LIST_CASES = [
    ("Exports and imports rose 6.2 percent and 1.4 percent in 2023, respectively.", 0,
     {"metric": "Exports", "period": "2023", "change": {"value": 6.2, "unit": "percent", "basis": "yoy"}}),
    ("Exports and imports rose 6.2 percent and 1.4 percent in 2023, respectively.", 1,
     {"metric": "imports", "period": "2023", "change": {"value": 1.4, "unit": "percent", "basis": "yoy"}}),
    ("Revenue and costs grew 11% and 7%, respectively, in 2022.", 0,
     {"metric": "Revenue", "period": "2022", "change": {"value": 11, "unit": "percent", "basis": "yoy"}}),
    ("Deposits and loans increased by 9.1 percent and 10.6 percent in the first half of 2024.", 0,
     {"metric": "Deposits", "period": "2024-01/2024-06"}),
    ("Deposits and loans increased by 9.1 percent and 10.6 percent in the first half of 2024.", 1,
     {"metric": "loans", "period": "2024-01/2024-06"}),
    # A list of modifiers of one head keeps the whole phrase.
    ("The output of the primary, secondary and tertiary industries grew by 3.9 percent, 4.4 percent and "
     "5.1 percent respectively.", 1,
     {"metric": "output of the primary, secondary and tertiary industries"}),
    # Figures after a new subject and verb are no list item.
    ("In 2023, 1986 and 1985 aside, steel output and coal output rose 3 pct and 4 pct respectively "
     "and power use rose 6 pct.", 2, {"metric": "power use"}),
    # Listed metrics after "like" / "such as", whose items may hold "and", split at the commas.
    ("Key sectors like cars and other transport equipment, chemicals and plastics, and food processing grew "
     "5.2 percent, 3.1 percent and 2.7 percent, respectively.", 0, {"metric": "cars and other transport equipment"}),
    ("Key sectors like cars and other transport equipment, chemicals and plastics, and food processing grew "
     "5.2 percent, 3.1 percent and 2.7 percent, respectively.", 1, {"metric": "chemicals and plastics"}),
    ("Key sectors like cars and other transport equipment, chemicals and plastics, and food processing grew "
     "5.2 percent, 3.1 percent and 2.7 percent, respectively.", 2, {"metric": "food processing"}),
    ("Services such as tourism, logistics and finance expanded by 9 percent, 6 percent and 4 percent, "
     "respectively.", 0, {"metric": "tourism"}),
    ("Services such as tourism, logistics and finance expanded by 9 percent, 6 percent and 4 percent, "
     "respectively.", 2, {"metric": "finance"}),
    ("Textiles and apparel, furniture, and toys and games fell 4 percent, 2 percent and 7 percent, "
     "respectively.", 2, {"metric": "toys and games"}),
    pytest.param("Urban and rural incomes per head were 51,000 yuan and 20,000 yuan in 2023, up 4.8 percent "
                 "and 7.6 percent, respectively.", 0, {"metric": "Urban incomes per head"},
                 marks=_xfail("a head shared by the listed modifiers is not distributed over them")),
]


@pytest.mark.parametrize("text, index, expected", LIST_CASES)
def test_respectively_lists(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)


# ------------------------------------------------------------------ bases

BASIS_CASES = [
    ("Labour productivity reached 4.1 percent in 2023, 0.6 percentage points higher than the national average.", 0,
     {"change": {"value": 0.6, "unit": "percentage_point", "basis": None}}),
    ("Pensions rose 5.2% in 2023, 0.9 percentage points faster than inflation.", 1,
     {"change": {"value": 0.9, "unit": "percentage_point", "basis": None}}),
    ("Plant utilisation was 81.2 percent in 2022, 1.6 percentage points below its ten-year average.", 0,
     {"change": {"value": -1.6, "unit": "percentage_point", "basis": None}}),
    ("Retail volumes in the three months to May 2024 rose by 0.7% when compared with the previous three months.", 0,
     {"period": "2024-03/2024-05", "change": {"value": 0.7, "unit": "percent", "basis": "qoq"}}),
    ("Output in the three months to March 2024 grew 0.4% compared with the preceding three months.", 0,
     {"change": {"value": 0.4, "unit": "percent", "basis": "qoq"}}),
    # A comparison with a period still gives its basis.
    ("Profits reached 3.1 billion yuan in 2023, 12 percent higher than in 2022.", 0,
     {"change": {"value": 12, "unit": "percent", "basis": "yoy"}}),
    ("Exports rose 8.2 percent in 2023 compared with the previous year.", 0,
     {"change": {"value": 8.2, "unit": "percent", "basis": "yoy"}}),
    # An annualized rate of growth is a change with no standard basis.
    ("The economy grew at an annualized rate of 2.8% in the second quarter of 2024.", 0,
     {"period": "2024-04/2024-06", "change": {"value": 2.8, "unit": "percent", "basis": None}}),
    ("GDP expanded at an annualised pace of 1.1% in the first quarter of 2023, down from 2.6% in the fourth "
     "quarter of 2022.", 1, {"change": {"value": 2.6, "unit": "percent", "basis": None}}),
]

# "the month (quarter, year) between A and B": the change over that span, for the later
# month (quarter); "between June 2016 and June 2017" alone stays a span.
BETWEEN_CASES = [
    ("Food prices rose by 0.6% in the month between May 2023 and June 2023.", 0,
     {"period": "2023-06", "change": {"value": 0.6, "unit": "percent", "basis": "mom"}}),
    ("Rents climbed 4.2% over the year between April 2022 and April 2023.", 0,
     {"period": "2023-04", "change": {"value": 4.2, "unit": "percent", "basis": "yoy"}}),
    ("Output grew 0.5% in the quarter between June 2024 and September 2024.", 0,
     {"period": "2024-07/2024-09", "change": {"value": 0.5, "unit": "percent", "basis": "qoq"}}),
    ("Firm numbers rose by 2.1% between June 2016 and June 2017.", 0, {"period": "2016-06/2017-06"}),
    ("Fares went up by 3.3% in the 12 months to July 2024.", 0,
     {"change": {"value": 3.3, "unit": "percent", "basis": "yoy"}}),
]

# "The groups with the largest X were A (n%) and B (m%)": each bracketed figure is its item's
# change, ranked 1, 2, ... among the peers the sentence names.
PEER_RANK_CASES = [
    ("Prices fell in May. The groups with the largest falls were energy (-4.1%) and furniture (-1.6%).", 0,
     {"metric": "energy", "change": {"value": -4.1, "unit": "percent", "basis": None},
      "rank": {"position": 1, "scope": "groups"}}),
    ("Prices fell in May. The groups with the largest falls were energy (-4.1%) and furniture (-1.6%).", 1,
     {"metric": "furniture", "rank": {"position": 2, "scope": "groups"}}),
    ("The categories to record the biggest rises were rents (+2.5%) and insurance (+1.4%).", 1,
     {"change": {"value": 1.4, "unit": "percent", "basis": None}, "rank": {"position": 2, "scope": "categories"}}),
]


@pytest.mark.parametrize("text, index, expected", BETWEEN_CASES + PEER_RANK_CASES)
def test_between_spans_and_peer_ranks(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)


def test_peer_ranks_make_no_standing(extractor: Extractor) -> None:
    doc = extractor.extract("The categories to record the biggest rises were rents (+2.5%) and insurance (+1.4%).", "t")
    assert doc.rankings == []


def test_twelve_months_to_as_the_month(extractor: Extractor) -> None:
    _check(extractor, "Fares went up by 3.3% in the 12 months to July 2024.", None, 0, {"period": "2024-07"})


# A report that frames its figures by the month more often than it names a year-on-year basis
# ("in the month of", "the previous month") is month by month, even with one "annual rate" in it.
MONTHLY_CASES = [
    ("Import prices in the month of March rose by 0.4 percent, after a 0.1 percent dip in the previous month. "
     "The annual rate of import inflation was 2.1 percent.", 0, {"change": {"value": 0.4, "unit": "percent",
                                                                        "basis": "mom"}}),
    ("Producer prices in the month of June climbed by 0.5 percent, after holding steady in the previous month. "
     "Food prices increased by 1.2 percent in June. Annual producer price inflation was 3 percent.", 1,
     {"change": {"value": 1.2, "unit": "percent", "basis": "mom"}}),
    ("Factory gate prices rose 0.2 percent in the month of October and 0.6 percent in the previous month.", 0,
     {"change": {"value": 0.2, "unit": "percent", "basis": "mom"}}),
    # Year-on-year cues outnumbering the monthly ones: no month-on-month basis is implied.
    ("Rents rose 0.3 percent in the month of May. On a year-on-year basis, rents were up 4 percent, and "
     "year-over-year wage growth was 5 percent.", 0, {"change": {"value": 0.3, "unit": "percent",
                                                                "basis": None}}),
]



def test_excluding_lead_in_is_no_metric(extractor: Extractor) -> None:
    _check(extractor, "Leaving out fuel and food, the underlying price index edged up by 0.2 percent in May 2024.",
           None, 0, {"metric": "underlying price index"})


@pytest.mark.parametrize("text, index, expected", MONTHLY_CASES)
def test_monthly_release_basis(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)


@_xfail("'or N percent' after an amount change still makes an indicator of its own")
def test_or_percent_after_an_amount_is_no_indicator(extractor: Extractor) -> None:
    doc = extractor.extract("Coal output totaled 4.66 billion tonnes in 2023, an increase of 120 million tonnes "
                            "or 2.9 percent over the previous year.", "t")
    assert len(doc.indicators) == 1


@pytest.mark.parametrize("text, index, expected", BASIS_CASES)
def test_bases(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    _check(extractor, text, None, index, expected)
