"""``entity_matcher``: TIER, ORG and GPE mentions.

Writes ``doc._.entities`` (sorted, non-overlapping :class:`EntityMention` list) and mirrors
it into ``doc.spans["entities"]`` (span label = entity label, span id = tier id).

Config: ``tiers_path`` (JSONL that adds or overrides tier lexicon entries) and
``patterns_path`` (JSONL of spaCy-style patterns). Both are validated line by line when
the pipeline is built; a bad line raises :class:`extractor.errors.ExtractorError` naming
the file and the line. User patterns win over built-in matches they overlap. ``spans``
(default true) controls the ``doc.spans`` mirror.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from ..errors import ExtractorError
from ..lexicons import PatternEntry, load_patterns, load_tier_lexicon
from ..mentions import EntityMention
from ..models import EntityLabel
from ..names import find_names
from ..tiers import TierMatcher, resolve_overlaps
from .text import doc_text


@Language.factory("entity_matcher",
                  default_config={"tiers_path": None, "patterns_path": None, "spans": True})
def make_entity_matcher(nlp: Language, name: str, tiers_path: str | None,
                        patterns_path: str | None, spans: bool) -> "EntityMatcher":
    return EntityMatcher(nlp, tiers_path, patterns_path, spans)


class EntityMatcher:
    """Tier lexicon regexes + ORG/GPE rules and gazetteers + user patterns."""

    def __init__(self, nlp: Language, tiers_path: str | None = None,
                 patterns_path: str | None = None, spans: bool = True) -> None:
        self.spans = spans
        self.tiers = TierMatcher(load_tier_lexicon(tiers_path))
        self.user = UserPatterns(nlp, load_patterns(patterns_path), patterns_path)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        builtin = self.tiers.find(text) + find_names(text)
        mentions = merge_preferring(self.user.find(doc), builtin)
        doc._.entities = mentions
        if self.spans:
            doc.spans["entities"] = [s for s in (_to_span(doc, m) for m in mentions) if s is not None]
        return doc


def merge_preferring(preferred: list[EntityMention], others: list[EntityMention]) -> list[EntityMention]:
    """All of ``preferred`` (overlaps among them resolved), then ``others`` that fit."""
    chosen = resolve_overlaps(preferred)
    rest = [m for m in others if all(m.end <= c.start or m.start >= c.end for c in chosen)]
    return sorted(chosen + resolve_overlaps(rest), key=lambda m: (m.start, m.end))


class UserPatterns:
    """User patterns: phrases via PhraseMatcher (LOWER), token dicts via Matcher."""

    def __init__(self, nlp: Language, entries: list[PatternEntry], path: str | None) -> None:
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.tokens = Matcher(nlp.vocab)
        self.keys: dict[str, tuple[EntityLabel, str | None]] = {}
        for i, entry in enumerate(entries):
            key = f"user_{i}"
            self.keys[key] = (entry.label, entry.id if entry.label == "TIER" else None)
            if isinstance(entry.pattern, str):
                self.phrases.add(key, [nlp.make_doc(entry.pattern)])
            else:
                self._add_token_pattern(key, entry, path, i)

    def _add_token_pattern(self, key: str, entry: PatternEntry, path: str | None, index: int) -> None:
        assert not isinstance(entry.pattern, str)  # phrases go to the PhraseMatcher
        try:
            self.tokens.add(key, [entry.pattern])
        except (ValueError, KeyError) as exc:
            # spaCy validates token dicts only here; report it like any other bad line.
            raise ExtractorError(f"{path}: pattern {index + 1}: invalid token pattern ({exc})") from None

    def find(self, doc: Doc) -> list[EntityMention]:
        if not self.keys:
            return []
        out = []
        for match_id, start, end in list(self.phrases(doc)) + list(self.tokens(doc)):
            label, tier = self.keys[doc.vocab.strings[match_id]]
            span = doc[start:end]
            out.append(EntityMention(span.start_char, span.end_char, label, tier))
        return out


def _to_span(doc: Doc, m: EntityMention) -> Span | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None
    return Span(doc, span.start, span.end, label=m.label, span_id=m.tier or "")
