"""Quantity matcher component (STUB: to be replaced)."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("quantity_matcher")
def make_quantity_matcher(nlp: Language, name: str) -> "QuantityMatcher":
    return QuantityMatcher()


class QuantityMatcher:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = []
        return doc
