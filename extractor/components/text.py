"""The text of a Doc, computed once per Doc.

``Doc.text`` joins every token's text on each access (one Python Token object per token),
which cost more than all our matchers together when each component asked for it again.
"""

from __future__ import annotations

from spacy.tokens import Doc

_KEY = ("extractor", "text")


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (the caller has it already)."""
    doc.user_data[_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (a Doc's text never changes)."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
