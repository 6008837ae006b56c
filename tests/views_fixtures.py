"""Hand-made documents on the shipped reference bulletin, for the view tests.

The offsets are found in the text (not hard-coded) so the fixtures follow the corpus file.
"""

from __future__ import annotations

from pathlib import Path

from extractor.models import Document, Entity, Indicator, Quantity, Ranking
from extractor.reading import read_text

ROOT = Path(__file__).resolve().parents[1]
DALIAN = ROOT / "corpus" / "dalian-htz-2022-05-07.txt"


def dalian_text() -> str:
    return read_text(DALIAN)


def at(text: str, surface: str, after: str = "") -> tuple[int, int]:
    """Offsets of ``surface``, first occurrence after the first occurrence of ``after``."""
    base = text.index(after) if after else 0
    start = text.index(surface, base)
    return start, start + len(surface)


def _q(text: str, surface: str, value: float, unit: str | None = None, after: str = "",
       qualifier: str = "exact", concept: str | None = None) -> Quantity:
    s, e = at(text, surface, after)
    return Quantity(text=surface, start=s, end=e, value=value, unit=unit, qualifier=qualifier,
                    concept=concept)


def _e(text: str, surface: str, label: str, tier: str | None = None, after: str = "") -> Entity:
    s, e = at(text, surface, after)
    return Entity(text=surface, start=s, end=e, label=label, tier=tier)


def _ev(text: str, first: str, last: str) -> dict[str, int]:
    s = text.index(first)
    return {"start": s, "end": text.index(last, s) + len(last)}


def dalian_predicted(text: str) -> Document:
    """A plausible prediction: 8 quantities, 6 entities, 3 indicators, 1 ranking."""
    qs = [
        _q(text, "2", 2, after="there were", concept="new unicorn enterprises"),
        _q(text, "6", 6, after="there were 2"),
        _q(text, "100%", 100, "percent"),
        _q(text, "23", 23, after="There are 23"),
        _q(text, "60", 60, after="There are 23"),
        _q(text, "40%", 40, "percent"),
        _q(text, "1,897", 1897, concept="invention patents"),
        _q(text, "35%", 35, "percent", after="1,897", qualifier="up"),
    ]
    es = [
        _e(text, "High-tech Zone", "GPE", after="Recently"),
        _e(text, "Municipal Science and Technology Bureau", "ORG"),
        _e(text, "unicorn enterprises", "TIER", "unicorn", after="there were 2"),
        _e(text, "gazelle enterprises", "TIER", "gazelle", after="There are 23"),
        _e(text, "Dalian University of Technology", "ORG"),
        _e(text, "IBM", "ORG"),
    ]
    inds = [
        Indicator(metric="unicorn enterprises", tier="unicorn", subject="High-tech Zone",
                  period="2021", new=2, total=6, share={"value": 100, "of": "city"},
                  evidence=_ev(text, "there were 2", "100% of the city")),
        Indicator(metric="gazelle enterprises", tier="gazelle", subject="High-tech Zone",
                  period="2021", new=23, total=60, share={"value": 40, "of": "city"},
                  evidence=_ev(text, "There are 23", "40% of the city")),
        Indicator(metric="invention patents", period="2021", value=1897,
                  change={"value": 35, "unit": "percent", "basis": "yoy"},
                  share={"value": 46, "of": "whole city"},
                  evidence=_ev(text, "In 2021, 1,897", "46% of the whole city")),
    ]
    rankings = [Ranking(subject="High-tech Zone", position=1, scope="city", period="2021",
                        aspects=["substantive industry-university-research alliance"],
                        evidence=_ev(text, "The evaluation results", "science and technology field."))]
    return Document(doc_id="dalian-htz-2022-05-07",
                    meta={"title": text.splitlines()[0], "published": "2022-05-07T16:53"},
                    quantities=qs, entities=es, indicators=inds, rankings=rankings)


def dalian_gold(text: str) -> Document:
    """Gold that differs from the prediction in known ways (see the counts below)."""
    pred = dalian_predicted(text)
    qs = [q for q in pred.quantities if q.text != "60"]            # 60 -> spurious
    qs.append(_q(text, "108", 108, after="There are 108"))          # missed
    es = [e for e in pred.entities if e.text != "IBM"]              # IBM -> spurious
    es.append(_e(text, "Dalian", "GPE", after="established in"))    # missed
    inds = [pred.indicators[0],
            pred.indicators[1].model_copy(update={"total": 61}),      # differs
            pred.indicators[2],
            Indicator(metric="young eagle enterprises", tier="young_eagle", period="2021",
                      new=108, total=507, share={"value": 56, "of": "city"},
                      evidence=_ev(text, "There are 108", "56% of the city"))]  # missed
    return pred.model_copy(update={"quantities": qs, "entities": es, "indicators": inds})


# What the comparison must find for dalian_predicted against dalian_gold.
GOLD_COUNTS = {"spurious": 2, "missed": 3, "mismatch": 1}
PREDICTED_RECORDS = 8 + 6 + 3 + 1
