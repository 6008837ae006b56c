"""Quantity matcher component: every numeric expression of the text (SPEC "Quantity").

Sets ``doc._.quantities`` (list of :class:`extractor.mentions.QuantityMention`, sorted by
start, non-overlapping) and mirrors them into ``doc.spans["quantities"]``, token-aligned
and labelled with the unit (or "count" for a bare number).
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..mentions import QuantityMention
from ..quantities import find_quantities
from .text import doc_text

SPAN_KEY = "quantities"
COUNT_LABEL = "count"


@Language.factory("quantity_matcher", default_config={"spans": True})
def make_quantity_matcher(nlp: Language, name: str, spans: bool) -> "QuantityMatcher":
    return QuantityMatcher(spans)


class QuantityMatcher:
    """Runs the regex grammar of :mod:`extractor.quantities` over ``doc.text``.

    The grammar works on characters, not tokens, so the component costs one scan of the
    text; the spans are only a view for displaCy and user code (``spans=False`` skips them).
    """

    def __init__(self, spans: bool = True) -> None:
        self.spans = spans

    def __call__(self, doc: Doc) -> Doc:
        mentions = find_quantities(doc_text(doc))
        doc._.quantities = mentions
        if self.spans:
            doc.spans[SPAN_KEY] = [span for m in mentions if (span := _span_of(doc, m)) is not None]
        return doc


def _span_of(doc: Doc, mention: QuantityMention) -> Span | None:
    # "expand": "35%" may sit inside one token ("35%)") in spaCy's tokenisation.
    return doc.char_span(mention.start, mention.end, label=mention.unit or COUNT_LABEL,
                         alignment_mode="expand")
