"""Assemble the SPEC records of one document from the mentions on a spaCy Doc."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import Document, Entity, Meta, Quantity


def _number(x: float) -> int | float:
    """Plain JSON number: integral values as int."""
    return int(x) if float(x).is_integer() and abs(x) < 1e18 else x


def assemble(doc: Doc, doc_id: str, meta: Meta | None = None, original: str | None = None) -> Document:
    text = doc.text if original is None else original
    quantities = [
        Quantity(text=text[q.start:q.end], start=q.start, end=q.end, value=_number(q.value),
                 upper=None if q.upper is None else _number(q.upper), unit=q.unit,
                 qualifier=q.qualifier, concept=None)
        for q in doc._.quantities
    ]
    entities = [
        Entity(text=text[e.start:e.end], start=e.start, end=e.end, label=e.label, tier=e.tier)
        for e in doc._.entities
    ]
    return Document(doc_id=doc_id, meta=meta or Meta(), quantities=quantities,
                    entities=entities)
