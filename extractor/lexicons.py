"""Loading and validation of the lexicon data files (built-in and user-supplied).

Every data file is validated with pydantic when it is read, so that a typo in a lexicon
fails loudly with the file, the line and the problem instead of silently matching nothing.
Built-in files live in ``extractor/data``; user files come from ``--tiers`` / ``--patterns``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from .errors import ExtractorError

DATA_DIR = Path(__file__).parent / "data"
GAZETTEER_DIR = DATA_DIR / "gazetteer"


@lru_cache(maxsize=None)
def data_json(name: str) -> dict[str, Any]:
    """A built-in JSON word-list file (``roles.json``, ``periods.json``...), read once.
    Shared between its readers: do not mutate the result."""
    return json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
TIERS_FILE = DATA_DIR / "tiers.jsonl"
SEGMENTATION_FILE = DATA_DIR / "segmentation.json"
TIER_HEADS_FILE = DATA_DIR / "tier_heads.txt"

M = TypeVar("M", bound=BaseModel)


class LexiconError(ExtractorError):
    """A data file line that does not validate. The message names file, line and problem."""

    def __init__(self, path: str | Path, line: int, problem: str) -> None:
        self.path = str(path)
        self.line = line
        self.problem = problem
        super().__init__(f"{path}, line {line}: {problem}")


class _Strict(BaseModel):
    # Unknown keys in a lexicon are almost always typos ("synonym" for "names"): reject.
    model_config = ConfigDict(extra="forbid")


class TierEntry(_Strict):
    """One rung of the enterprise ladder and the phrases that name it."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    """Tier id written to ``Entity.tier`` / ``Indicator.tier``."""
    label: str | None = None
    """Human-readable name (documentation only)."""
    names: list[str] = Field(default_factory=list)
    """Complete mentions in the singular ("unicorn", "sci-tech SME"); plurals are derived."""
    modifiers: list[str] = Field(default_factory=list)
    """Tier words that need a head noun ("gazelle" + "enterprises")."""

    @model_validator(mode="after")
    def _has_some_phrase(self) -> "TierEntry":
        if not (self.names or self.modifiers):
            raise ValueError("a tier entry needs at least one of 'names' or 'modifiers'")
        if any(not p.strip() for p in self.names + self.modifiers):
            raise ValueError("empty phrase in 'names' or 'modifiers'")
        return self


class PatternEntry(_Strict):
    """A user entity pattern, in spaCy EntityRuler style."""

    label: Literal["ORG", "GPE", "TIER"]
    pattern: str | list[dict[str, Any]]
    """A phrase (matched case-insensitively) or a list of spaCy Matcher token dicts."""
    id: str | None = None
    """Tier id; required when label is TIER."""

    @model_validator(mode="after")
    def _tier_needs_id(self) -> "PatternEntry":
        if self.label == "TIER" and not self.id:
            raise ValueError("a TIER pattern needs an 'id' (the tier id)")
        if isinstance(self.pattern, str) and not self.pattern.strip():
            raise ValueError("empty pattern")
        if isinstance(self.pattern, list) and not self.pattern:
            raise ValueError("empty token pattern list")
        return self


class SegmentationConfig(_Strict):
    """Genre knowledge for sentence and clause splitting."""

    abbreviations: list[str]
    """Tokens ending in a period that do not end a sentence ("Oct.", "U.S.", "Co.")."""
    clause_break_words: list[str]
    """Conjunctions that open a new clause after a comma (", while", ", but")."""
    statement_words: list[str]
    """Words that show the text after a colon is a statement (so the colon ends a clause)."""


def read_jsonl(path: str | Path, model: type[M]) -> list[M]:
    """Parse a JSON Lines file, validating each non-blank line with ``model``."""
    try:
        lines = Path(path).read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise ExtractorError(f"{path}: {exc.strerror or exc}") from None
    entries: list[M] = []
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as exc:
            raise LexiconError(path, lineno, f"invalid JSON ({exc.msg} at column {exc.colno})") from None
        try:
            entries.append(model.model_validate(raw))
        except ValidationError as exc:
            raise LexiconError(path, lineno, _describe(exc)) from None
    return entries


def _describe(exc: ValidationError) -> str:
    """First validation problem, in words: 'field': message."""
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"])
    return f"{where}: {err['msg']}" if where else err["msg"]


def merge_tiers(base: list[TierEntry], extra: list[TierEntry]) -> list[TierEntry]:
    """User entries add new tiers or replace a built-in tier with the same id."""
    by_id = {e.id: e for e in base}
    for entry in extra:
        by_id[entry.id] = entry
    return list(by_id.values())


def load_tier_lexicon(user_path: str | Path | None = None) -> list[TierEntry]:
    """The built-in tier lexicon, extended/overridden by a user JSONL file."""
    entries = list(_builtin_tiers())
    if user_path:
        entries = merge_tiers(entries, read_jsonl(user_path, TierEntry))
    return entries


@lru_cache(maxsize=1)
def _builtin_tiers() -> tuple[TierEntry, ...]:
    return tuple(read_jsonl(TIERS_FILE, TierEntry))


def load_patterns(path: str | Path | None) -> list[PatternEntry]:
    """User entity patterns; none when no file is given."""
    return read_jsonl(path, PatternEntry) if path else []


@lru_cache(maxsize=None)
def read_word_list(path: Path) -> tuple[str, ...]:
    """A one-entry-per-line list; '#' starts a comment, blank lines are skipped."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


def gazetteer(name: str) -> tuple[str, ...]:
    """Entries of ``data/gazetteer/<name>.txt``."""
    return read_word_list(GAZETTEER_DIR / f"{name}.txt")


def tier_heads() -> tuple[str, ...]:
    """Head nouns that complete a tier modifier ("enterprises", "companies")."""
    return read_word_list(TIER_HEADS_FILE)


@lru_cache(maxsize=1)
def segmentation_config() -> SegmentationConfig:
    try:
        raw = json.loads(SEGMENTATION_FILE.read_text(encoding="utf-8"))
        return SegmentationConfig.model_validate(raw)
    except (json.JSONDecodeError, ValidationError) as exc:
        raise ExtractorError(f"{SEGMENTATION_FILE}: {exc}") from None
