"""``bulletin_segmenter``: sentences and clauses for bulletins (see :mod:`extractor.segment`).

Writes ``doc._.sentences`` and ``doc._.clauses`` (``(start, end)`` character spans), sets
``token.is_sent_start`` on every token so that ``doc.sents`` agrees with them, and mirrors
both into ``doc.spans["sentences"]`` / ``doc.spans["clauses"]`` (unless ``spans`` is false).
"""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..segment import sentences_and_clauses
from .text import doc_text


@Language.factory("bulletin_segmenter", default_config={"spans": True})
def make_segmenter(nlp: Language, name: str, spans: bool) -> "BulletinSegmenter":
    return BulletinSegmenter(spans)


class BulletinSegmenter:
    """Rule-based sentence and clause splitter; no model needed.

    ``spans=False`` leaves ``doc.sents`` and ``doc.spans`` alone: the extractor reads only
    ``doc._.sentences``/``doc._.clauses``, and building token spans costs more than finding them.
    """

    def __init__(self, spans: bool = True) -> None:
        self.spans = spans

    def __call__(self, doc: Doc) -> Doc:
        sentences, clauses = sentences_and_clauses(doc_text(doc))
        doc._.sentences = sentences
        doc._.clauses = clauses
        if not self.spans:
            return doc
        _set_sent_starts(doc, sentences)
        doc.spans["sentences"] = _to_spans(doc, sentences)
        doc.spans["clauses"] = _to_spans(doc, clauses)
        return doc


def _set_sent_starts(doc: Doc, sentences: list[tuple[int, int]]) -> None:
    # Whitespace tokens between sentences stay with the sentence before them.
    # One array write: setting token.is_sent_start one token at a time re-checks the whole
    # Doc each time (quadratic in document length).
    starts = numpy.full((len(doc), 1), -1, dtype="int32")
    if len(doc):
        starts[0, 0] = 1
    for start, end in sentences:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            starts[span.start, 0] = 1
    # spaCy wants uint64; -1 wraps as it expects. The ignore: its stub asks for thinc's Ints2d, a
    # typing-only name: at runtime from_array takes (and its docs ask for) a numpy array
    doc.from_array([SENT_START], starts.astype("uint64"))  # type: ignore[arg-type]


def _to_spans(doc: Doc, spans: list[tuple[int, int]]) -> list[Span]:
    out = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            out.append(span)
    return out
