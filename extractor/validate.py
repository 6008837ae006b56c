"""Check gold files: the models, offsets against their texts, enumerations, plausible numbers.

Every problem is one line "<file>: <field>: <what is wrong>" so a long list stays readable.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel, ValidationError

from .errors import InputError
from .models import Document, Entity, Indicator, Quantity, Ranking
from .numbers import read_digits
from .reading import read_text
from .scoring.loading import describe_validation_error, gold_files
from .scoring.numbers import numbers_equal

if TYPE_CHECKING:
    import pint

FIXED_UNITS = frozenset({"percent", "percentage_point", "times", "mu"})
SPEC_TIERS = frozenset({"seed", "tech_sme", "young_eagle", "gazelle", "potential_unicorn",
                        "unicorn", "high_tech", "little_giant", "listed_company"})

_DATE = r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|-Q[1-4]|-H[12])?"
PERIOD = re.compile(rf"{_DATE}(?:/{_DATE})?")
PUBLISHED = re.compile(rf"{_DATE}(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}}(?:\.\d+)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?)?")
_NUMERAL = re.compile(r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d/])(?:\.\d+)?|\d+(?:,\d+)*(?:\.\d+)?|\.\d+")
SCALE_WORDS: dict[str, float] = {
    "thousand": 1e3, "million": 1e6, "mln": 1e6, "billion": 1e9, "bln": 1e9, "bn": 1e9,
    "trillion": 1e12, "tln": 1e12,
}
"""Scale words whose presence in a quantity's surface multiplies its numeral."""


def validate_gold_dir(gold_dir: Path, text_dir: Path | None) -> tuple[list[str], int]:
    """All problems (one line each) and the number of gold files checked."""
    paths = gold_files(gold_dir)
    if not paths:
        raise InputError(str(gold_dir), "no *.json gold files in this folder")
    problems: list[str] = []
    for path in paths:
        problems += [f"{path}: {p}" for p in validate_gold_file(path, text_dir)]
    return problems, len(paths)


def validate_gold_file(path: Path, text_dir: Path | None) -> list[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        return [f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"]
    except (OSError, UnicodeDecodeError) as exc:
        return [f"cannot read: {exc}"]
    doc, problems = parse_leniently(data)
    if doc is None:
        return problems
    if doc.doc_id != path.stem:
        problems.append(f"doc_id: {doc.doc_id!r} is not the file name {path.stem!r}")
    text = None
    if text_dir is not None:
        text_path = text_dir / f"{path.stem}.txt"
        if not text_path.is_file():
            return problems + [f"no text {text_path} for this gold file"]
        try:
            text = read_text(text_path)
        except InputError as exc:
            return problems + [str(exc)]
    return problems + list(document_problems(doc, text))


RECORD_MODELS: dict[str, type[BaseModel]] = {
    "quantities": Quantity, "entities": Entity, "indicators": Indicator, "rankings": Ranking}


def parse_leniently(data: object) -> tuple[Document | None, list[str]]:
    """Validate record by record so one bad record does not hide the others' problems.

    Records that fail are reported and replaced by nothing; the survivors keep their
    position in ``extra`` field ``_index`` so later messages name the right index.
    """
    if not isinstance(data, dict):
        return None, ["<document>: not a JSON object"]
    problems: list[str] = []
    kept: dict[str, list[BaseModel]] = {}
    for key, model in RECORD_MODELS.items():
        records = data.get(key, [])
        if not isinstance(records, list):
            problems.append(f"{key}: not a list")
            records = []
        kept[key] = []
        for index, record in enumerate(records):
            try:
                item = model.model_validate(record)
            except ValidationError as exc:
                problems += describe_validation_error(exc, f"{key}[{index}]")
                continue
            assert item.__pydantic_extra__ is not None  # the record models allow extra fields
            item.__pydantic_extra__["_index"] = index
            kept[key].append(item)
    head = {k: v for k, v in data.items() if k not in RECORD_MODELS}
    try:
        doc = Document.model_validate(head)
    except ValidationError as exc:
        return None, problems + describe_validation_error(exc)
    for key, items in kept.items():
        setattr(doc, key, items)
    return doc, problems


def _index(record: BaseModel, fallback: int) -> int:
    return (record.model_extra or {}).get("_index", fallback)


def document_problems(doc: Document, text: str | None) -> Iterator[str]:
    """Problems of a parsed document; offsets are checked against ``text`` when given."""
    if doc.meta.published is not None and not PUBLISHED.fullmatch(doc.meta.published):
        yield f"meta.published: {doc.meta.published!r} is not ISO 8601"
    for i, q in enumerate(doc.quantities):
        where = f"quantities[{_index(q, i)}]"
        yield from surface_problems(where, q.text, q.start, q.end, text)
        yield from quantity_problems(where, q)
    for i, e in enumerate(doc.entities):
        where = f"entities[{_index(e, i)}]"
        yield from surface_problems(where, e.text, e.start, e.end, text)
        if e.label == "TIER" and e.tier not in known_tiers():
            yield f"{where}.tier: {e.tier!r} is not a known tier id"
        if e.label != "TIER" and e.tier is not None:
            yield f"{where}.tier: {e.tier!r} set on a {e.label} entity (only TIER has one)"
    for i, ind in enumerate(doc.indicators):
        where = f"indicators[{_index(ind, i)}]"
        yield from span_problems(f"{where}.evidence", ind.evidence.start, ind.evidence.end,
                                 text)
        yield from indicator_problems(where, ind)
    for i, r in enumerate(doc.rankings):
        where = f"rankings[{_index(r, i)}]"
        yield from span_problems(f"{where}.evidence", r.evidence.start, r.evidence.end, text)
        yield from period_problems(f"{where}.period", r.period)
        if r.position < 1:
            yield f"{where}.position: {r.position} is not a rank (1 is first)"


def span_problems(where: str, start: int, end: int, text: str | None) -> Iterator[str]:
    if end <= start:
        yield f"{where}: empty or reversed span {start}-{end}"
    elif text is not None and end > len(text):
        yield f"{where}: span {start}-{end} runs past the end of the text ({len(text)})"


def surface_problems(where: str, surface: str, start: int, end: int, text: str | None
                     ) -> Iterator[str]:
    span = list(span_problems(where, start, end, text))
    yield from span
    if not span and text is not None and text[start:end] != surface:
        yield (f"{where}.text: {surface!r} but text[{start}:{end}] is {text[start:end]!r}"
               + _hint(surface, start, text))


def _hint(surface: str, start: int, text: str) -> str:
    """Where the surface really is, when it is near: most offset slips are small."""
    found = [m.start() for m in re.finditer(re.escape(surface), text)]
    if not found:
        return " (surface not found in the text)"
    nearest = min(found, key=lambda s: abs(s - start))
    return f" (nearest occurrence at {nearest}-{nearest + len(surface)})"


def quantity_problems(where: str, q: Quantity) -> Iterator[str]:
    yield from number_problems(f"{where}.value", q.value)
    if q.upper is not None:
        yield from number_problems(f"{where}.upper", q.upper)
        if q.upper <= q.value:
            yield f"{where}.upper: {q.upper} is not above value {q.value}"
    yield from unit_problems(f"{where}.unit", q.unit)
    numeral = _NUMERAL.search(q.text)
    if numeral and "/" not in q.text and _numeral_value(numeral.group()) is None:
        yield (f"{where}.text: {numeral.group()!r} is not a number to trust: its commas are neither "
               "thousands groups (three digits) nor a decimal comma (one or two digits)")
    expected = surface_values(q.text)
    # The first numeral of a range may be its upper end: "one to 12 month" (a word, then digits).
    ends = [abs(q.value)] + ([abs(q.upper)] if q.upper is not None else [])
    if expected and not any(numbers_equal(v, end) for v in expected for end in ends):
        shown = " or ".join(f"{v:g}" for v in sorted(expected))
        yield f"{where}.value: {q.value} does not fit its surface {q.text!r} (expected {shown})"


def surface_values(surface: str) -> set[float]:
    """Plausible values of a surface with a digit numeral: the numeral, scaled when a scale
    word follows. Empty when there is no digit (number words are not checked) or the numeral
    is none the number grammar reads. The grammar is the extractor's: a comma before one or
    two final digits is a decimal comma ("1,1%" is 1.1), before three a thousands group."""
    match = _NUMERAL.search(surface)
    if match is None or "/" in surface:
        return set()
    number = _numeral_value(match.group())
    if number is None:
        return set()
    words = re.findall(r"[a-z]+", surface[match.end():].lower())
    scales = [SCALE_WORDS[w] for w in words if w in SCALE_WORDS]
    value = number * scales[0] if scales else number
    # "94 cents" is 0.94 of its currency (SPEC: fully scaled) or, as written, 94
    subunit = next((_subunit_factors()[w] for w in words if w in _subunit_factors()), None)
    return {value, value * subunit} if subunit is not None else {value}


@lru_cache(maxsize=1)
def _subunit_factors() -> dict[str, float]:
    from .quantity_lexicon import currencies

    return {s.lower(): float(sub.factor) for sub in currencies().subunits.values() for s in sub.surfaces}


def _numeral_value(numeral: str) -> float | None:
    """ ".5" is 0.5; any other numeral is read by the extractor's number grammar."""
    if numeral.startswith("."):
        return float(numeral)
    read = read_digits(numeral)
    return None if read is None else float(read)


def indicator_problems(where: str, ind: Indicator) -> Iterator[str]:
    if ind.tier is not None and ind.tier not in known_tiers():
        yield f"{where}.tier: {ind.tier!r} is not a known tier id"
    yield from period_problems(f"{where}.period", ind.period)
    yield from unit_problems(f"{where}.unit", ind.unit)
    for slot in ("value", "new", "total"):
        number = getattr(ind, slot)
        if number is not None:
            yield from number_problems(f"{where}.{slot}", number)
    for slot in ("new", "total"):
        number = getattr(ind, slot)
        if number is not None and number < 0:
            yield f"{where}.{slot}: {number} is a negative count"
    if ind.share is not None:
        yield from number_problems(f"{where}.share.value", ind.share.value)
        if not 0 <= ind.share.value <= 100:
            yield f"{where}.share.value: {ind.share.value} is not a percentage in 0..100"
        if ind.share.of is not None and ind.share.of != ind.share.of.lower():
            yield f"{where}.share.of: {ind.share.of!r} is not lower case"
    if ind.change is not None:
        yield from number_problems(f"{where}.change.value", ind.change.value)
        yield from unit_problems(f"{where}.change.unit", ind.change.unit)
    if ind.rank is not None and ind.rank.position < 1:
        yield f"{where}.rank.position: {ind.rank.position} is not a rank (1 is first)"


def number_problems(where: str, number: float) -> Iterator[str]:
    if isinstance(number, float) and not math.isfinite(number):
        yield f"{where}: {number} is not a finite number"


def period_problems(where: str, period: str | None) -> Iterator[str]:
    if period is not None and not PERIOD.fullmatch(period):
        yield f"{where}: {period!r} is not an ISO 8601 year, month, date or interval"


def unit_problems(where: str, unit: str | None) -> Iterator[str]:
    if unit is not None and not is_known_unit(unit):
        yield (f"{where}: {unit!r} is not percent, percentage_point, times, mu, an ISO 4217 "
               "code or a pint unit name")


@lru_cache(maxsize=1)
def known_tiers() -> frozenset[str]:
    """SPEC tier ids plus those of the shipped tier lexicon (which users may extend)."""
    ids = set(SPEC_TIERS)
    lexicon = files("extractor").joinpath("data/tiers.jsonl")
    if lexicon.is_file():
        for line in lexicon.read_text(encoding="utf-8").splitlines():
            if line.strip():
                ids.add(json.loads(line).get("id", ""))
    return frozenset(ids - {""})


@lru_cache(maxsize=256)
def is_known_unit(unit: str) -> bool:
    if unit in FIXED_UNITS or _is_currency(unit):
        return True
    return _is_pint_unit(unit)


def _is_currency(code: str) -> bool:
    import pycountry

    if not (len(code) == 3 and code.isupper()):
        return False
    return pycountry.currencies.get(alpha_3=code) is not None or code in _historic_currencies()


@lru_cache(maxsize=1)
def _historic_currencies() -> frozenset[str]:
    """Withdrawn ISO 4217 codes (List Three): "DEM" is the unit of a 1987 story in marks."""
    lines = files("extractor").joinpath("data/iso4217_historic.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.split()[0] for line in lines if line.strip() and not line.startswith("#"))


def _is_pint_unit(name: str) -> bool:
    """pint knows "kilometer" but not SPEC's "square_kilometer": strip the power prefix."""
    registry = _pint_registry()
    if registry is None:
        return True  # pint is a test extra; without it, physical units are not checked
    base = re.sub(r"^(square|cubic)_", "", name)
    return base in registry


@lru_cache(maxsize=1)
def _pint_registry() -> pint.UnitRegistry | None:
    try:
        import pint
    except ImportError:
        return None
    return pint.UnitRegistry()
