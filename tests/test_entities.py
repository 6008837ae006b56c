"""TIER / ORG / GPE mentions (extractor.tiers, extractor.names, entity_matcher)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor.names import find_names
from extractor.pipeline import build_nlp
from extractor.tiers import TierMatcher

DEV = Path("/work/shared/dev")


@pytest.fixture(scope="module")
def tiers() -> TierMatcher:
    return TierMatcher()


@pytest.fixture(scope="module")
def nlp():
    return build_nlp()


def _tiers(matcher: TierMatcher, text: str) -> list[tuple[str, str | None]]:
    return [(text[m.start:m.end], m.tier) for m in matcher.find(text)]


@pytest.mark.parametrize("text, expected", [
    ("There are 23 new gazelle enterprises", [("gazelle enterprises", "gazelle")]),
    ("217 newly identified high-tech enterprises", [("high-tech enterprises", "high_tech")]),
    ("the city has 6 unicorns", [("unicorns", "unicorn")]),
    ("Unicorn companies grew", [("Unicorn companies", "unicorn")]),
    ("newly cultivated gazelle unicorn enterprises", [("gazelle", "gazelle"), ("unicorn enterprises", "unicorn")]),
    ("potential gazelle enterprises", [("potential gazelle enterprises", "gazelle")]),
    ("potential unicorn enterprises", [("potential unicorn enterprises", "potential_unicorn")]),
    ("108 new young eagle enterprises", [("young eagle enterprises", "young_eagle")]),
    ("30 eaglets", [("eaglets", "young_eagle")]),
    # bare "eagles" in a ladder list is the young-eagle tier
    ("from eagles to gazelles and unicorns", [("eagles", "young_eagle"), ("gazelles", "gazelle"), ("unicorns", "unicorn")]),
    ("85 newly recorded small and medium-sized science and technology enterprises",
     [("small and medium-sized science and technology enterprises", "tech_sme")]),
    ("technology-based small and medium-sized enterprises", [("technology-based small and medium-sized enterprises", "tech_sme")]),
    ("1,200 sci-tech SMEs", [("sci-tech SMEs", "tech_sme")]),
    ("national high-tech enterprises", [("national high-tech enterprises", "high_tech")]),
    ("high and new technology enterprises", [("high and new technology enterprises", "high_tech")]),
    ("high tech firms", [("high tech firms", "high_tech")]),
    ('specialized, refined, distinctive and innovative "little giant" enterprises',
     [('specialized, refined, distinctive and innovative "little giant" enterprises', "little_giant")]),
    ("specialised and sophisticated little giant enterprises",
     [("specialised and sophisticated little giant enterprises", "little_giant")]),
    ("5 listed companies", [("listed companies", "listed_company")]),
    ("seed enterprises", [("seed enterprises", "seed")]),
    # A sector adjective after a ladder qualifier keeps the qualifier's tier.
    ("fostering three potential industrial unicorn firms",
     [("potential industrial unicorn firms", "potential_unicorn")]),
    ("prospective digital unicorns", [("prospective digital unicorns", "potential_unicorn")]),
    ("potential sci-tech unicorn enterprises", [("potential sci-tech unicorn enterprises", "potential_unicorn")]),
    ("ten potential manufacturing gazelle companies", [("potential manufacturing gazelle companies", "gazelle")]),
    # ... but not any word, and not without the qualifier.
    ("potential customers of unicorn firms", [("unicorn firms", "unicorn")]),
    ("industrial unicorn companies", [("unicorn companies", "unicorn")]),
    ("the potential industrial park", []),
    # A quote opened right before a tier word and closed inside the mention is part of it.
    ('40 "gazelle" firms', [('"gazelle" firms', "gazelle")]),
    ("9 provincial \u201clittle giant\u201d enterprises", [("\u201clittle giant\u201d enterprises", "little_giant")]),
    ('the "unicorn enterprises', [("unicorn enterprises", "unicorn")]),
    # Not tiers: no head noun, or a place name.
    ("100 high-tech talents", []),
    ("the High-tech Zone", []),
    ("has been listed by the bureau", []),
])
def test_tier_mentions(tiers: TierMatcher, text: str, expected: list) -> None:
    assert _tiers(tiers, text) == expected


def _names(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.label) for m in find_names(text)]


@pytest.mark.parametrize("text, expected", [
    ("Japan\u2019s National Tax Agency (NTA) reported. The NTA noted.",
     [("Japan", "GPE"), ("National Tax Agency", "ORG"), ("NTA", "ORG"), ("NTA", "ORG")]),
    ("Central Statistical Office (CSO) figures show. The CSO said.",
     [("Central Statistical Office", "ORG"), ("CSO", "ORG"), ("CSO", "ORG")]),
    ("BONN, April 2 - West German output rose, the Economics Ministry said.",
     [("BONN", "GPE"), ("Economics Ministry", "ORG")]),
    ("PEKING, March 26 - Wang told the National People's Congress.",
     [("PEKING", "GPE"), ("National People's Congress", "ORG")]),
    # A station named after its place is an ORG (dev gold "Manzhouli Station"); "Station"
    # is still no ORG head, so "International Space Station" is no ORG.
    ("the Erenhot Station under China Railway Hohhot Group",
     [("Erenhot Station", "ORG"), ("China Railway Hohhot Group", "ORG")]),
    ("the International Space Station", []),
    ("timber in southwest China's Guangxi Zhuang Autonomous Region",
     [("China", "GPE"), ("Guangxi Zhuang Autonomous Region", "GPE")]),
    ("the High-tech Zone and Pudong New Area", [("High-tech Zone", "GPE"), ("Pudong New Area", "GPE")]),
    ("as shown by figures from the Ministry of Commerce.", [("Ministry of Commerce", "ORG")]),
    ("China-Europe freight trains", [("China", "GPE")]),
    ("about 2.42 trillion U.S. dollars", []),
    ("this year's China Development Index (CDI)", []),
    ("London and the South East, Northern Ireland and Wales",
     [("London", "GPE"), ("South East", "GPE"), ("Northern Ireland", "GPE"), ("Wales", "GPE")]),
    ("U.K. AVERAGE GDP RISES", [("U.K.", "GPE")]),
    # States and provinces of the listed federations; a place glued to "$" is a currency.
    ("Sales rose in New South Wales and Western Australia but fell in Ontario.",
     [("New South Wales", "GPE"), ("Western Australia", "GPE"), ("Ontario", "GPE")]),
    ("Exports reached US$12.4 billion and HK$3 billion, the US said.", [("US", "GPE")]),
    ("Uttar Pradesh and British Columbia", [("Uttar Pradesh", "GPE"), ("British Columbia", "GPE")]),
    ("Firms in the Cardiff Capital Region grew; exports to ASEAN rose.",
     [("Cardiff Capital Region", "GPE"), ("ASEAN", "ORG")]),
    ("Huairou Science City is second only to Silicon Valley, AFP said.",
     [("Huairou Science City", "GPE"), ("Silicon Valley", "GPE"), ("AFP", "ORG")]),
    ("talents from the United States, Germany, Britain", [("United States", "GPE"), ("Germany", "GPE"), ("Britain", "GPE")]),
    ("Dalian University of Technology, IBM and Xinhua",
     [("Dalian University of Technology", "ORG"), ("IBM", "ORG"), ("Xinhua", "ORG")]),
    ("General Motors Corp and Shenzhen Abc Technology Co., Ltd. said",
     [("General Motors Corp", "ORG"), ("Shenzhen Abc Technology Co., Ltd.", "ORG")]),
    ("the only one in Northeast China", [("Northeast China", "GPE")]),
    # A place inside the name of a geographic feature is no GPE; a gazetteer region
    # spelled with a feature word still is.
    ("tankers crossing the Gulf of Mexico were delayed", []),
    ("fishing in the Bay of Bengal off India", [("India", "GPE")]),
    ("exports through the Strait of Malacca", []),
    ("disputes over the South China Sea", []),
    ("ports on the Bohai Sea and Yellow Sea", []),
    ("a dam on the Yangtze River upstream of Wuhan", [("Wuhan", "GPE")]),
    ("firms in the Yangtze River Delta and Pearl River Delta",
     [("Yangtze River Delta", "GPE"), ("Pearl River Delta", "GPE")]),
    ("the Guangdong-Hong Kong-Macao Greater Bay Area", [("Guangdong-Hong Kong-Macao Greater Bay Area", "GPE")]),
    ("drought in the Sichuan Basin hit Chengdu", [("Chengdu", "GPE")]),
    ("the Wuhan East Lake High-tech Development Zone", [("Wuhan East Lake High-tech Development Zone", "GPE")]),
    # A statistical acronym before "of" opens no name.
    ("the GDP of Hubei Province grew", [("Hubei Province", "GPE")]),
    ("the CPI of Jiangsu Province rose", [("Jiangsu Province", "GPE")]),
    # Well-known short forms of central banks and agencies.
    ("The Fed held rates; the ECB and the BOJ did too.", [("Fed", "ORG"), ("ECB", "ORG"), ("BOJ", "ORG")]),
    ("officials at the Fed expect the NDRC and PBOC to act", [("Fed", "ORG"), ("NDRC", "ORG"), ("PBOC", "ORG")]),
    ("the fed cattle market", []),
    # Organisations known from their context: after a job at a firm, or a kind of firm.
    ("said Ann Lee, senior economist at Harbour Analytics Partners, on Monday",
     [("Harbour Analytics Partners", "ORG")]),
    ("Forecasters polled by data provider Quandle expected a rise.", [("Quandle", "ORG")]),
    ("analysts at the Norwood Group said", [("Norwood Group", "ORG")]),
    ("strategists at Kestrel Lane and Harlow Brothers expect", [("Kestrel Lane", "ORG"), ("Harlow Brothers", "ORG")]),
    ("Costs were estimated at US $ 3 million.", []),
    ("according to Birchfield Economics in London", [("Birchfield Economics", "ORG"), ("London", "GPE")]),
    # National statistics offices named "Statistics <place>" or "Stats <acronym>".
    ("Statistics Norway and Stats SA said; Statistics Show Gains", [("Statistics Norway", "ORG"), ("Stats SA", "ORG")]),
    ("Release: Stats NZ New Zealand's output fell", [("Stats NZ", "ORG"), ("New Zealand", "GPE")]),
    # A city survey team of the statistics bureau is an organisation.
    ("the Wuxi Survey Team of the bureau", [("Wuxi Survey Team", "ORG")]),
    # A numbered congress keeps its number.
    ("delegates to the 14th National People's Congress", [("14th National People's Congress", "ORG")]),
    # A local people's congress is numbered by its term: the ordinal stays out of the name.
    ("the second session of the 15th Hebei Provincial People's Congress",
     [("Hebei Provincial People's Congress", "ORG")]),
    ("a motion of the 9th Wujin District People's Congress", [("Wujin District People's Congress", "ORG")]),
    # A word the text names as a place ("X County", "X city", "X, Y province") is that
    # place where it stands alone too; without such a cue a lone unknown word is no name.
    ("Wenshang County grew fast. Wenshang cut taxes.", [("Wenshang County", "GPE"), ("Wenshang", "GPE")]),
    ("the mayor of Yixing city said Yixing's output rose", [("Yixing", "GPE"), ("Yixing", "GPE")]),
    ("Lu'an, East China's Anhui province, grew. Lu'an exports rose.",
     [("Lu'an", "GPE"), ("East China", "GPE"), ("Anhui", "GPE"), ("Lu'an", "GPE")]),
    ("the Haimen County Bureau reported; Haimen output rose",
     [("Haimen County Bureau", "ORG"), ("Haimen", "GPE")]),
    ("Lu'an officials were pleased.", []),
    ("This city said output grew. This rose.", []),
    # The hyphenated adjective names the currency area as the two words do.
    ("output fell in the euro-area and rose in the EU27", [("euro-area", "GPE"), ("EU27", "GPE")]),
    # A company suffix closing a paragraph leaves the full stop out.
    ("Orders went to Qingdao Harbour Cranes Co.\nThen prices rose.", [("Qingdao Harbour Cranes Co", "ORG")]),
    ("talks with Acme Steel Co. in Ohio", [("Acme Steel Co.", "ORG"), ("Ohio", "GPE")]),
    # A list or ranking named after a class of firms is no ORG.
    ("the zone's Fast-growth Enterprises List was published", []),
    # The euro area is one economy.
    ("demand in the euro area and the Eurozone slowed", [("euro area", "GPE"), ("Eurozone", "GPE")]),
    # Regions named like common words are places when named as regions (a region noun after
    # them or after their list), then at every capitalised use; not otherwise.
    ("Jobs grew in the Plains, Far West and Mideast regions; within the Far West, Nevada led.",
     [("Plains", "GPE"), ("Far West", "GPE"), ("Mideast", "GPE"), ("Far West", "GPE"), ("Nevada", "GPE")]),
    ("The Great Lakes states lost jobs.", [("Great Lakes", "GPE")]),
    ("Wind from the southwest crossed the Plains.", []),
    ("Exports to the Asia-Pacific region rose.", []),
    ("Exports to the Asia Pacific region and the North Atlantic region rose.", []),
    ("The Southeast region grew.", [("Southeast", "GPE")]),
    ("Prices rose in New England and the Midwest.", [("New England", "GPE"), ("Midwest", "GPE")]),
    ("Gauteng grew fastest, ahead of the Western Cape and KwaZulu-Natal.",
     [("Gauteng", "GPE"), ("Western Cape", "GPE"), ("KwaZulu-Natal", "GPE")]),
    # A name word may hold an apostrophe; a possessive "'s" still ends it.
    ("the Xi'an Qujiang New District", [("Xi'an Qujiang New District", "GPE")]),
    ("a city planner from Xi'an and Party member", [("Xi'an", "GPE")]),
    ("Xi'an's exports rose", [("Xi'an", "GPE")]),
    # Items of a list after a kind of organisation and "including" / "such as" are ORGs.
    ("suppliers such as Kestrel Motors, Bramble &Brook, Orion and other foreign firms",
     [("Kestrel Motors", "ORG"), ("Bramble &Brook", "ORG"), ("Orion", "ORG")]),
    ("lenders, including Harwick and Stoneleigh, cut rates", [("Harwick", "ORG"), ("Stoneleigh", "ORG")]),
    ("companies such as Chinese ones", []),
    ("cities such as Tarnow grew", []),
    # One capitalised word in brackets after a name is its short name or a part of it.
    ("the Bureau of Labour Statistics (Labstat) said. Labstat added.",
     [("Bureau of Labour Statistics", "ORG"), ("Labstat", "ORG"), ("Labstat", "ORG")]),
    ("Ningbo (Beilun) port zone", [("Ningbo", "GPE"), ("Beilun", "GPE")]),
    ("SYDNEY (Bernama) - Sales rose in Shanghai (Tuesday).", [("SYDNEY", "GPE"), ("Shanghai", "GPE")]),
    ("the Bureau of Labour Statistics (revised) and Ningbo (2021)", [("Bureau of Labour Statistics", "ORG"),
                                                                      ("Ningbo", "GPE")]),
    # An industrial or high-tech park is a development zone (GPE); a park named as a
    # designation, or a science park run as a property, is an organisation.
    ("Revenue at Lakeside Hi-Tech Park and Riverbend Industrial Park grew.",
     [("Lakeside Hi-Tech Park", "GPE"), ("Riverbend Industrial Park", "GPE")]),
    ("It was named a National Design Pilot Park; Northgate Science Park opened.",
     [("National Design Pilot Park", "ORG"), ("Northgate Science Park", "ORG")]),
    # Not names: common nouns, demonyms, sentence-initial words.
    ("The city said Chinese firms and the ministry grew. Companies rose.", []),
])
def test_org_and_gpe_mentions(text: str, expected: list) -> None:
    assert _names(text) == expected


def test_component_output_is_sorted_without_overlaps(nlp) -> None:
    doc = nlp("The High-tech Zone had 6 unicorn enterprises, the Municipal Science and Technology Bureau said.")
    ents = doc._.entities
    assert [(doc.text[e.start:e.end], e.label, e.tier) for e in ents] == [
        ("High-tech Zone", "GPE", None), ("unicorn enterprises", "TIER", "unicorn"),
        ("Municipal Science and Technology Bureau", "ORG", None)]
    assert all(a.end <= b.start for a, b in zip(ents, ents[1:]))
    assert [(s.text, s.label_, s.id_) for s in doc.spans["entities"]][1] == ("unicorn enterprises", "TIER", "unicorn")


@pytest.mark.skipif(not (DEV / "gold").exists(), reason="dev set not present")
def test_dev_entities_strict_f1(nlp) -> None:
    tp = n_pred = n_gold = 0
    for gold_path in sorted((DEV / "gold").glob("*.json")):
        text = (DEV / "texts" / f"{gold_path.stem}.txt").read_text(encoding="utf-8-sig")
        gold = {(e["start"], e["end"], e["label"]) for e in json.loads(gold_path.read_text())["entities"]}
        pred = {(e.start, e.end, e.label) for e in nlp(text)._.entities}
        tp, n_pred, n_gold = tp + len(gold & pred), n_pred + len(pred), n_gold + len(gold)
    f1 = 2 * tp / (n_pred + n_gold)
    assert f1 >= 0.9


def test_spans_off_gives_the_same_mentions_without_doc_spans() -> None:
    text = "In 2021 the Dalian High-tech Zone added 12 gazelle enterprises, up 20% year on year."
    with_spans, without = build_nlp()(text), build_nlp(spans=False)(text)
    for key in ("sentences", "clauses", "quantities", "entities"):
        assert getattr(without._, key) == getattr(with_spans._, key)
    assert len(with_spans.spans["entities"]) == 2 and "entities" not in without.spans


def _naive_resolve(mentions):
    chosen = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= c.start or m.start >= c.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: (m.start, m.end))


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 8)), max_size=25))
def test_resolve_overlaps_keeps_what_the_pairwise_rule_keeps(spans) -> None:
    from extractor.mentions import EntityMention
    from extractor.tiers import resolve_overlaps

    mentions = [EntityMention(a, a + n, "ORG") for a, n in spans]
    assert resolve_overlaps(mentions) == _naive_resolve(mentions)


def test_one_word_compass_region_is_kept_only_after_the() -> None:
    text = "Hiring was strongest in the West region. West said it would last; the West led again."
    assert _names(text) == [("West", "GPE"), ("West", "GPE")]  # the region twice, not the speaker
