"""spaCy components of the extractor pipeline.

Importing this package registers the factories (``@Language.factory``) and the Doc
extensions they write:

- ``doc._.sentences``, ``doc._.clauses``: lists of ``(start, end)`` character spans, in text order;
- ``doc._.quantities``: list of :class:`extractor.mentions.QuantityMention`;
- ``doc._.entities``: list of :class:`extractor.mentions.EntityMention`.

Each component also mirrors its mentions into ``doc.spans[...]`` (token-aligned with
``doc.char_span``) so that displaCy and user code can see them.
"""

from spacy.tokens import Doc

for _name in ("sentences", "clauses", "quantities", "entities"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from . import segmenter, quantity_matcher, entity_matcher  # noqa: E402,F401  (registers factories)
