"""``bulletin_segmenter``: sentences and clauses for bulletins (see :mod:`extractor.segment`).

Writes ``doc._.sentences`` and ``doc._.clauses`` (``(start, end)`` character spans), sets
``token.is_sent_start`` on every token so that ``doc.sents`` agrees with them, and mirrors
both into ``doc.spans["sentences"]`` / ``doc.spans["clauses"]``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..segment import sentences_and_clauses


@Language.factory("bulletin_segmenter")
def make_segmenter(nlp: Language, name: str) -> "BulletinSegmenter":
    return BulletinSegmenter()


class BulletinSegmenter:
    """Rule-based sentence and clause splitter; no model needed."""

    def __call__(self, doc: Doc) -> Doc:
        sentences, clauses = sentences_and_clauses(doc.text)
        doc._.sentences = sentences
        doc._.clauses = clauses
        _set_sent_starts(doc, sentences)
        doc.spans["sentences"] = _to_spans(doc, sentences)
        doc.spans["clauses"] = _to_spans(doc, clauses)
        return doc


def _set_sent_starts(doc: Doc, sentences: list[tuple[int, int]]) -> None:
    # Whitespace tokens between sentences stay with the sentence before them.
    first_tokens = {0}
    for start, end in sentences:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            first_tokens.add(span.start)
    for token in doc:
        token.is_sent_start = token.i in first_tokens


def _to_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[Span]:
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out
