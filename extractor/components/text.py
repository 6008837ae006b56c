"""The text of a Doc, computed once per Doc.

``Doc.text`` joins every token's text on each access (one Python Token object per token),
which cost more than all our matchers together when each component asked for it again.
"""

from __future__ import annotations

from typing import cast

from spacy.tokens import Doc

_KEY = ("extractor", "text")


def _user_data(doc: Doc) -> dict[tuple[str, str], str]:
    # spaCy's stub says Dict[str, Any], but spaCy itself keys user_data by tuples too
    return cast("dict[tuple[str, str], str]", doc.user_data)


def remember_text(doc: Doc, text: str) -> None:
    """Record the text a Doc was made from (the caller has it already)."""
    _user_data(doc)[_KEY] = text


def doc_text(doc: Doc) -> str:
    """``doc.text``, cached in ``doc.user_data`` (a Doc's text never changes)."""
    user_data = _user_data(doc)
    text = user_data.get(_KEY)
    if text is None:
        text = user_data[_KEY] = doc.text
    return text
