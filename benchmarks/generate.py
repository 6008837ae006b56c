"""Seeded generator of bulletin-like documents for the benchmark corpus.

The texts imitate the styles the extractor is built for (a Chinese high-tech-zone
bulletin, a Xinhua economy story, a Reuters-style wire, an ONS-style release) but are
assembled from templates here, so no real bulletin is copied and any size can be made.
Figures, tiers, places, money, percentages, hedges and phrasings vary per sentence: a
corpus of one file repeated would flatter caches and say nothing about the matchers.

Document ``i`` depends only on ``(seed, i)``, so a smaller corpus is a prefix of a larger
one with the same seed, and a run can be repeated exactly.

    python -m benchmarks.generate OUT_DIR --mb 10 --seed 7
"""

from __future__ import annotations

import argparse
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# --- vocabularies -------------------------------------------------------------------

CN_CITIES = ("Dalian", "Hefei", "Wuhan", "Chengdu", "Xi'an", "Suzhou", "Ningbo", "Qingdao",
             "Changsha", "Zhengzhou", "Jinan", "Harbin", "Shenyang", "Xiamen", "Nanjing")
ZONES = ("High-tech Zone", "High-Tech Industrial Development Zone", "Economic and Technological "
         "Development Zone", "Pudong New Area", "Binhai New Area", "Science City")
CN_PROVINCES = ("Liaoning", "Anhui", "Hubei", "Sichuan", "Shaanxi", "Jiangsu", "Zhejiang",
                "Shandong", "Hunan", "Henan", "Fujian", "Heilongjiang")
BUREAUS = ("Municipal Science and Technology Bureau", "Municipal Bureau of Statistics",
           "Provincial Department of Science and Technology", "Ministry of Science and "
           "Technology", "National Bureau of Statistics", "Ministry of Industry and "
           "Information Technology", "Ministry of Finance", "General Administration of Customs")
UNIVERSITIES = ("Dalian University of Technology", "Northeastern University",
                "Zhejiang University", "Wuhan University", "Sichuan University",
                "Harbin Institute of Technology", "Xi'an Jiaotong University")
COMPANIES = ("IBM", "Huawei", "Siemens", "Haier", "Lenovo", "BYD", "Bosch", "Intel")
WIRE_PLACES = (("LONDON", "Britain", "Central Statistical Office", "stg"),
               ("BONN", "West Germany", "Economics Ministry", "marks"),
               ("TOKYO", "Japan", "Ministry of International Trade and Industry", "yen"),
               ("PARIS", "France", "national statistics institute INSEE", "francs"),
               ("WASHINGTON", "the United States", "Commerce Department", "dlrs"),
               ("OTTAWA", "Canada", "Statistics Canada", "Canadian dlrs"),
               ("CANBERRA", "Australia", "Australian Bureau of Statistics", "dlrs"),
               ("PEKING", "China", "State Statistical Bureau", "yuan"))
XINHUA_PLACES = ("BEIJING", "SHANGHAI", "HOHHOT", "GUANGZHOU", "SHENZHEN", "CHONGQING",
                 "TIANJIN", "HANGZHOU")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
MONTH_ABBR = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.",
              "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")

# Tier phrasings as bulletins write them, including variants the lexicon must fold.
TIERS = ("seed enterprises", "technology-based small and medium-sized enterprises",
         "science and technology small and medium-sized enterprises", "tech SMEs",
         "young eagle enterprises", "eaglet enterprises", "gazelle enterprises",
         "potential gazelles", "potential unicorn enterprises", "unicorn enterprises",
         "unicorns", "high-tech enterprises", "high and new technology enterprises",
         "specialised, refined, distinctive and innovative \"little giant\" enterprises",
         "\"little giant\" enterprises", "listed companies")
COUNTED = ("R&D platforms", "invention patents", "technology transfer projects",
           "talent projects", "incubators", "new R&D institutions", "key laboratories",
           "engineering technology research centres", "industrial projects",
           "innovation teams", "enterprises with R&D activities", "new energy vehicles",
           "freight trains", "container ships", "start-ups")
FLOWS_CN = ("fiscal revenue", "tax revenue", "retail sales of consumer goods",
            "fixed-asset investment", "industrial output", "foreign trade",
            "the turnover of technology contracts", "R&D expenditure", "exports",
            "imports", "online retail sales", "value-added industrial output")
FLOWS_WIRE = ("industrial production", "gross domestic product", "the trade surplus",
              "the current account deficit", "retail sales", "money supply M-3",
              "housing starts", "consumer prices", "producer prices", "the budget deficit",
              "exports", "imports", "unemployment")
SCOPES = ("the city", "the whole city", "the city's total", "the province", "the country",
          "all enterprises", "the entire province", "the national total")
HEDGE_APPROX = ("nearly", "about", "around", "some", "approximately", "roughly")
HEDGE_ABOVE = ("more than", "over", "at least", "exceeding", "above")
HEDGE_BELOW = ("less than", "under", "at most", "up to", "fewer than")
NUMBER_WORDS = (("Two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6),
                ("seven", 7), ("eight", 8), ("nine", 9), ("ten", 10), ("a dozen", 12))
FRACTIONS = ("half", "one-third", "a quarter", "two-thirds", "one-fifth")
ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "tenth")
UNITS = (("kilometers", 10, 5000), ("square kilometers", 1, 900), ("tonnes", 100, 900000),
         ("mu", 50, 20000), ("kilowatt-hours", 1000, 9000000), ("meters", 1, 500),
         ("hectares", 10, 40000), ("TEUs", 1000, 900000))


@dataclass
class Ctx:
    """What a document keeps constant across sentences: place, year, currency."""

    rng: random.Random
    year: int
    city: str
    zone: str
    province: str
    wire: tuple[str, str, str, str] = field(default=("LONDON", "Britain", "CSO", "stg"))


# --- number and phrase formatters ---------------------------------------------------

def _commas(n: int, rng: random.Random) -> str:
    # Bulletins mostly write thousands separators, but not always ("1010 primary schools").
    return f"{n:,}" if n >= 1000 and rng.random() < 0.85 else str(n)


def _count(rng: random.Random, lo: int = 2, hi: int = 5000) -> str:
    r = rng.random()
    if r < 0.08:
        return rng.choice(NUMBER_WORDS)[0]
    n = int(lo * (hi / lo) ** rng.random())  # log-uniform: small counts are commoner
    if r < 0.28:
        hedge = rng.choice(HEDGE_APPROX + HEDGE_ABOVE + HEDGE_BELOW)
        return f"{hedge} {_commas(round(n, -1) or n, rng)}"
    return _commas(n, rng)


def _decimal(rng: random.Random, lo: float, hi: float, places: int = 1) -> str:
    return f"{rng.uniform(lo, hi):.{places}f}"


def _pct(rng: random.Random, lo: float = 0.1, hi: float = 60.0) -> str:
    value = _decimal(rng, lo, hi, rng.choice((0, 1, 1, 2)))
    form = rng.choice(("{v}%", "{v} percent", "{v} pct", "{v} per cent", "{v}%"))
    return form.format(v=value)


def _scale_amount(rng: random.Random) -> str:
    scale = rng.choice(("million", "billion", "billion", "trillion", "mln", "bln"))
    hi = 999.0 if scale in ("million", "mln") else 99.0
    return f"{_decimal(rng, 0.5, hi, rng.choice((1, 2, 2)))} {scale}"


def _money(rng: random.Random, currency: str = "yuan") -> str:
    r = rng.random()
    if r < 0.15:
        return f"{_commas(rng.randrange(1000, 900000, 100), rng)} {currency}"
    if r < 0.25 and currency in ("dlrs", "yuan"):
        prefix = "$" if currency == "dlrs" else "RMB "
        return f"{prefix}{_scale_amount(rng)}"
    return f"{_scale_amount(rng)} {currency}"


def _period(ctx: Ctx) -> str:
    rng = ctx.rng
    return rng.choice((f"in {ctx.year}", f"in the first {rng.randint(2, 11)} months",
                       f"in {rng.choice(MONTHS)}", f"in the first quarter of {ctx.year}",
                       "that year", f"from January to {rng.choice(MONTHS[2:])}",
                       "last year", f"in the first half of {ctx.year}"))


def _change(rng: random.Random) -> str:
    direction = rng.choice(("up", "down", "an increase of", "a decrease of", "rising",
                            "falling"))
    basis = rng.choice(("year-on-year", "year on year", "from a year earlier",
                        "over the previous quarter", "month-on-month", ""))
    amount = (f"{_decimal(rng, 0.1, 9.9)} percentage points" if rng.random() < 0.15
              else _pct(rng, 0.1, 45.0))
    return f"{direction} {amount} {basis}".rstrip()


def _moved(rng: random.Random) -> str:
    """A finite-verb change ("rose 3.2 pct year on year") for main clauses."""
    verb = rng.choice(("rose", "fell", "was up", "was down", "grew", "dropped", "slid"))
    basis = rng.choice(("year on year", "year-on-year", "from a year earlier", ""))
    return f"{verb} {_pct(rng, 0.1, 45.0)} {basis}".rstrip()


FIELDS: dict[str, Callable[[Ctx], str]] = {
    "n": lambda c: _count(c.rng),
    "small": lambda c: _count(c.rng, 2, 120),
    "big": lambda c: _commas(c.rng.randint(300, 9000), c.rng),
    "pct": lambda c: _pct(c.rng),
    "share": lambda c: (f"about {c.rng.choice(FRACTIONS)}" if c.rng.random() < 0.1
                        else _pct(c.rng, 5, 100)),
    "change": lambda c: _change(c.rng),
    "moved": lambda c: _moved(c.rng),
    "yuan": lambda c: _money(c.rng, "yuan"),
    "usd": lambda c: _money(c.rng, c.rng.choice(("U.S. dollars", "dlrs"))),
    "wmoney": lambda c: _money(c.rng, c.wire[3]),
    "tier": lambda c: c.rng.choice(TIERS),
    "counted": lambda c: c.rng.choice(COUNTED),
    "flow_cn": lambda c: c.rng.choice(FLOWS_CN),
    "flow_wire": lambda c: c.rng.choice(FLOWS_WIRE),
    "scope": lambda c: c.rng.choice(SCOPES),
    "ordinal": lambda c: c.rng.choice(ORDINALS),
    "bureau": lambda c: c.rng.choice(BUREAUS),
    "univ": lambda c: c.rng.choice(UNIVERSITIES),
    "company": lambda c: c.rng.choice(COMPANIES),
    "city": lambda c: c.city,
    "zone": lambda c: c.zone,
    "province": lambda c: c.province,
    "country": lambda c: c.wire[1],
    "agency": lambda c: c.wire[2],
    "year": lambda c: str(c.year),
    "prev_year": lambda c: str(c.year - 1),
    "month": lambda c: c.rng.choice(MONTHS),
    "weekday": lambda c: c.rng.choice(WEEKDAYS),
    "period": _period,
    "decimal": lambda c: _decimal(c.rng, 90.0, 130.0),
    "measure": lambda c: _measure(c.rng),
    "range": lambda c: _range(c.rng),
    "times": lambda c: f"{_decimal(c.rng, 1.1, 9.0)} times",
}


def _measure(rng: random.Random) -> str:
    unit, lo, hi = rng.choice(UNITS)
    return f"{_commas(rng.randint(lo, hi), rng)} {unit}"


def _range(rng: random.Random) -> str:
    lo = rng.randint(1, 40)
    hi = lo + rng.randint(1, 20)
    return rng.choice((f"between {lo} and {hi}", f"{lo}-{hi} percent", f"{lo} to {hi}"))


# --- sentence templates -------------------------------------------------------------

ZONE_SENTENCES = (
    "There were {small} new {tier}, with a total of {n}, accounting for {share} of {scope}.",
    "There are {n} new {tier}, with a total of {big}, accounting for {share} of {scope}.",
    "In {year}, {n} {counted} were granted, {change}, accounting for {share} of {scope}.",
    "The turnover of technology contracts was {yuan}, accounting for {share} of {scope}.",
    "At present, {n} {counted} at or above the provincial level have been built.",
    "The {zone} ranks {ordinal} in {scope} in {small} aspects, including {counted} and {tier}.",
    "Among industrial enterprises above designated size, {counted} accounted for {pct}, "
    "ranking {ordinal} in {scope}.",
    "In terms of results transformation, {n} {counted} were promoted {period}.",
    "The \"Science and Technology Project\" attracted {n} {counted} from {univ}, {univ}, "
    "{company} and other universities and enterprises.",
    "{n} {tier} were newly identified {period}, bringing the total to {big}.",
    "The {bureau} listed the {zone} as an area with remarkable achievements in {year}.",
    "Total R&D investment reached {yuan}, {change}, and the R&D intensity was {pct}.",
    "The {zone} covers {measure} and is home to {n} {tier}.",
    "Revenue of {tier} reached {yuan} {period}, {times} that of {prev_year}.",
)
XINHUA_SENTENCES = (
    "China's {flow_cn} {moved} to {yuan} (about {usd}) {period}, official data showed "
    "{weekday}.",
    "In breakdown, {flow_cn} stood at {yuan} {period}, {change}, according to the {bureau}.",
    "The {bureau} said {flow_cn} in {province} grew {pct} to {yuan} {period}.",
    "A total of {n} {counted} passed through {city} {period}, marking a yearly increase of "
    "{pct}.",
    "The country's {flow_cn} saw a year-on-year decline of {pct} to stand at {yuan} {period}.",
    "Some {n} {tier} in {province} received subsidies of {yuan}, {range} percent more than "
    "planned.",
    "{city} added {small} {tier} {period}, and the number of {tier} in the city rose to {big}.",
    "The port handled {measure} of cargo {period}, {change}.",
    "Analysts expect growth of {range} in {year} as {flow_cn} recovers.",
)
WIRE_SENTENCES = (
    "{country}'s {flow_wire} rose {pct} in {month} after a {pct} fall in the previous "
    "month, the {agency} said.",
    "{flow_wire} fell a provisional {pct} in {month}, the {agency} said.",
    "The index, base 1980, stood at {decimal} in {month} against {decimal} a year earlier.",
    "The deficit widened to {wmoney} in {month} from {wmoney} in {prev_year}.",
    "Officials put {year} revenue at {wmoney}, against a budgeted {wmoney}.",
    "The figure is likely to be revised upwards by just under one percentage point next "
    "month, a statement said.",
    "Economists had forecast a rise of {range} pct, compared with {pct} in {month}.",
    "Year-on-year, {flow_wire} {moved}.",
    "The {agency} said {flow_wire} totalled {wmoney} in the {ordinal} quarter.",
)
ONS_SENTENCES = (
    "- The number of VAT and/or PAYE businesses is estimated to have risen by {big} ({pct}) "
    "between March {prev_year} and March {year}.",
    "- Companies and public corporations represent {pct} of total businesses.",
    "- {city} has the largest number of registered businesses, with {pct} of the total.",
    "There were {decimal} thousand enterprises registered in March {year}, compared with "
    "{decimal} thousand in March {prev_year}, a rise of around {big} ({pct}).",
    "Approximately {big} of the change was caused by improvements to computer systems.",
    "The professional, scientific and technical group accounts for {pct} of all businesses.",
)
STYLES = (ZONE_SENTENCES, XINHUA_SENTENCES, WIRE_SENTENCES, ONS_SENTENCES)

_SLOT = re.compile(r"\{(\w+)\}")


def fill(template: str, ctx: Ctx) -> str:
    """Replace every ``{slot}`` with a fresh value (two ``{pct}`` get two figures)."""
    text = _SLOT.sub(lambda m: FIELDS[m.group(1)](ctx), template)
    return text[0].upper() + text[1:]


# --- documents ----------------------------------------------------------------------

def _headline(style: int, ctx: Ctx) -> str:
    rng = ctx.rng
    if style == 0:
        topic = rng.choice(("Scientific and Technological Innovation", "Innovation Work",
                            "Enterprise Cultivation"))
        verdict = rng.choice(("Encouraged by the City", "Leads the Province", "Hits New High"))
        return f"{topic} in {ctx.zone} of {ctx.city} {verdict}"
    if style == 1:
        return fill("China's {flow_cn} {change} {period}", ctx)
    if style == 2:
        return fill("{country} {flow_wire} rises {pct} in {month}", ctx).upper()
    return f"{ctx.city} Business Activity, Size and Location {ctx.year}"


def _dateline(style: int, ctx: Ctx) -> str:
    rng = ctx.rng
    month, day = rng.randrange(12), rng.randint(1, 28)
    if style == 0:
        hour, minute = rng.randint(7, 20), rng.randint(0, 59)
        return f"{ctx.year + 1}-{month + 1:02d}-{day:02d} {hour}:{minute:02d}"
    if style == 1:
        return f"{rng.choice(XINHUA_PLACES)}, {MONTH_ABBR[month]} {day} (Xinhua) --"
    if style == 2:
        return f"{ctx.wire[0]}, {MONTHS[month]} {day} -"
    return "Headline figures"


def _paragraph(style: int, ctx: Ctx) -> str:
    rng = ctx.rng
    pool = STYLES[style]
    sentences = [fill(rng.choice(pool), ctx) for _ in range(rng.randint(2, 7))]
    # Zone bulletins chain clauses with semicolons; the others write full stops.
    if style == 0 and rng.random() < 0.5:
        return "; ".join(s.removesuffix(".") for s in sentences[:-1]) + "; " + sentences[-1]
    return ("\n" if style == 3 and sentences[0].startswith("-") else " ").join(sentences)


def generate_document(seed: int, index: int) -> tuple[str, str]:
    """Return ``(doc_id, text)`` for document ``index`` of the corpus for ``seed``."""
    rng = random.Random(f"{seed}:{index}")  # str seeds hash stably across runs
    ctx = Ctx(rng=rng, year=rng.randint(1986, 2023), city=rng.choice(CN_CITIES),
              zone=rng.choice(ZONES), province=rng.choice(CN_PROVINCES),
              wire=rng.choice(WIRE_PLACES))
    style = rng.choices(range(len(STYLES)), weights=(4, 3, 3, 1))[0]
    head = [_headline(style, ctx), _dateline(style, ctx)]
    body = [_paragraph(style, ctx) for _ in range(rng.randint(2, 7))]
    if style == 1 or style == 2:  # wire stories run the dateline into the first paragraph
        head, body[0] = head[:1], f"{head[1]} {body[0]}"
    return f"bench-{seed}-{index:06d}", "\n\n".join(head + body) + "\n"


@dataclass(frozen=True)
class Corpus:
    directory: Path
    files: tuple[Path, ...]
    n_bytes: int


def write_corpus(directory: Path, target_bytes: int, seed: int = 0) -> Corpus:
    """Write documents to ``directory`` until their UTF-8 size reaches ``target_bytes``."""
    directory.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    total = 0
    while total < target_bytes:
        doc_id, text = generate_document(seed, len(files))
        data = text.encode("utf-8")
        path = directory / f"{doc_id}.txt"
        path.write_bytes(data)
        files.append(path)
        total += len(data)
    return Corpus(directory, tuple(files), total)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--mb", type=float, default=1.0, help="corpus size in MB (10**6 bytes)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    corpus = write_corpus(args.out_dir, int(args.mb * 1e6), args.seed)
    print(f"{len(corpus.files)} documents, {corpus.n_bytes / 1e6:.2f} MB in {corpus.directory}")


if __name__ == "__main__":
    main()
