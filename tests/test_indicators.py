"""Indicator assembly: one golden table of sentences (written for these tests) and the
indicator slots they must give, plus the period and rank helpers."""

from __future__ import annotations

import pytest

from extractor.periods import Period, find_periods, resolve
from extractor.pipeline import Extractor
from extractor.ranks import find_ranks, split_aspects


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _slots(ind) -> dict:
    d = ind.model_dump(exclude={"evidence", "subject"})
    return {k: v for k, v in d.items() if v not in (None, "exact")}


CASES = [
    # (text, index of the indicator, expected slots (subset))
    ("In 2022, there were 41 new gazelle enterprises in the park, with a total of 130, "
     "accounting for 28% of the province.", 0,
     {"metric": "gazelle enterprises", "tier": "gazelle", "period": "2022", "new": 41, "total": 130,
      "share": {"value": 28, "of": "province"}}),
    ("Exports rose 12.5 percent year on year to 3.4 billion yuan in 2021.", 0,
     {"metric": "Exports", "period": "2021", "value": 3400000000, "unit": "CNY",
      "change": {"value": 12.5, "unit": "percent", "basis": "yoy"}}),
    ("Retail sales fell 2.1 percentage points to 38.2% of household spending in March 2020.", 0,
     {"period": "2020-03", "share": {"value": 38.2, "of": "household spending"},
      "change": {"value": -2.1, "unit": "percentage_point", "basis": None}}),
    ("Industrial output in the third quarter of 2019 grew 1.4 pct from the previous quarter.", 0,
     {"period": "2019-07/2019-09", "change": {"value": 1.4, "unit": "percent", "basis": "qoq"}}),
    ("The city put its fiscal revenue at 55.2 billion yuan, up from 48.7 billion in 2017.", 1,
     {"period": "2017", "value": 48700000000, "unit": "CNY"}),
    ("Nearly one-third of the city's high-tech enterprises are in the zone.", 0,
     {"qualifier": "approx", "share": {"value": 100 / 3, "of": "city high-tech enterprises"}}),
    ("Among listed companies in the region, firms with overseas sales accounted for 64.5%, "
     "ranking second in the country.", 0,
     {"share": {"value": 64.5, "of": "listed companies in region"}, "rank": {"position": 2, "scope": "country"}}),
    ("At present, the park has 380 incubators.", 0, {"total": 380}),
    ("In 2018, patent applications reached 12,400; that year they accounted for 17% of the "
     "province's total.", 0,
     {"period": "2018", "value": 12400, "share": {"value": 17, "of": "province"}}),
]


@pytest.mark.parametrize("text,index,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_indicator_slots(extractor: Extractor, text: str, index: int, expected: dict) -> None:
    doc = extractor.extract(text, "t")
    got = _slots(doc.indicators[index])
    for key, value in expected.items():
        if key == "share" and isinstance(value, dict):
            assert got["share"]["value"] == pytest.approx(value["value"])
            assert got["share"]["of"] == value["of"]
        else:
            assert got.get(key) == value, (key, got)


def test_ranking_with_aspect_list(extractor: Extractor) -> None:
    text = ("The zone ranks first in the province in three aspects: talent attraction, "
            "venture capital, and planning and building incubators.")
    doc = extractor.extract(text, "t")
    assert len(doc.rankings) == 1
    ranking = doc.rankings[0]
    assert (ranking.position, ranking.scope) == (1, "province")
    assert ranking.aspects == ["talent attraction", "venture capital", "planning and building incubators"]
    assert doc.indicators == []  # "three" counts the aspects: a quantity, no indicator


def test_ranking_in_aspects_without_a_colon(extractor: Extractor) -> None:
    doc = extractor.extract("The district ranked third in the country in overall strength and "
                            "second in green development.", "t")
    assert [(r.position, r.scope, r.aspects) for r in doc.rankings] == [
        (3, "country", ["overall strength"]), (2, "country", ["green development"])]


@pytest.mark.parametrize("phrase,context,iso", [
    ("between March 2012 and March 2013", None, "2012-03/2013-03"),
    ("the fourth quarter of 1986", None, "1986-10/1986-12"),
    ("the first three quarters of 2022", None, "2022-01/2022-09"),
    ("the previous quarter", Period.quarter(1986, 4), "1986-07/1986-09"),
    ("that year", Period.year(2021), "2021"),
    ("a year earlier", Period.year(2021), "2020"),
    ("January/February", Period.year(1987), "1987-01/1987-02"),
])
def test_period_phrases(phrase: str, context: Period | None, iso: str) -> None:
    mentions = find_periods(phrase)
    assert len(mentions) == 1
    assert resolve(mentions[0], context, None).iso() == iso


def test_base_years_are_not_periods() -> None:
    assert find_periods("the index, base 1980, stood at 104.1") == []


def test_superlative_rank_with_scope() -> None:
    text = "the second largest number in the world"
    (rank,) = find_ranks(text, 0, len(text))
    assert (rank.position, rank.scope) == (2, "world")


def test_aspects_split_at_commas_only() -> None:
    text = "A and B, C, and research and development"
    assert split_aspects(text, 0, len(text)) == ["A and B", "C", "research and development"]
