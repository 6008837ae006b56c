"""Build the spaCy pipeline and turn one text into a :class:`~extractor.models.Document`."""

from __future__ import annotations

import gc
from functools import cached_property
from pathlib import Path

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers factories and Doc extensions)
from .components.text import remember_text
from .models import Document, Meta
from .normalize import normalize_for_matching

COMPONENTS = ("bulletin_segmenter", "quantity_matcher", "entity_matcher")


def build_nlp(tiers: Path | None = None, patterns: Path | None = None,
              spans: bool = True) -> Language:
    """``spacy.blank("en")`` plus our components; no model downloads.

    ``spans`` mirrors the mentions into ``doc.spans`` and sets sentence starts, for displaCy
    and user code; :class:`Extractor` turns it off because it reads only ``doc._``.
    """
    nlp = spacy.blank("en")
    nlp.add_pipe("bulletin_segmenter", config={"spans": spans})
    nlp.add_pipe("quantity_matcher", config={"spans": spans})
    nlp.add_pipe("entity_matcher", config={"tiers_path": str(tiers) if tiers else None,
                                           "patterns_path": str(patterns) if patterns else None,
                                           "spans": spans})
    return nlp


# spaCy keeps every new string it meets (each distinct number is one) in the shared
# vocabulary, so memory grows with the batch. A fresh pipeline costs ~0.2 s; rebuilding it
# after this many new strings (a few thousand documents) keeps memory flat for <1% of the
# time. spaCy's ``memory_zone()`` frees them per document but made extraction 40% slower.
_MAX_NEW_STRINGS = 20_000


class Extractor:
    """Reusable extractor: build once, call :meth:`extract` per document.

    ``freeze_gc``: after the first document, move every object the process then holds (the
    pipeline, lexicons, compiled patterns) out of reach of Python's cyclic collector with
    :func:`gc.freeze`. They live as long as the extractor, and each full collection walked
    all of them: freezing saves about 6% of the time on a batch. It acts on the whole
    process (the caller's objects of that moment are frozen too, and a rebuild of the
    pipeline unfreezes everything), so it is off by default; the command line's batch
    runner, which owns its process, turns it on.
    """

    def __init__(self, tiers: Path | None = None, patterns: Path | None = None,
                 freeze_gc: bool = False) -> None:
        self._tiers = tiers
        self._patterns = patterns
        self._fresh_strings = 0
        self._freeze_gc = freeze_gc
        self._frozen = False

    @cached_property
    def nlp(self) -> Language:
        nlp = build_nlp(self._tiers, self._patterns, spans=False)
        self._fresh_strings = len(nlp.vocab.strings)
        return nlp

    def _recycle_if_grown(self) -> None:
        if len(self.nlp.vocab.strings) > self._fresh_strings + _MAX_NEW_STRINGS:
            del self.nlp  # the next document builds a fresh pipeline (cached_property)
            if self._frozen:  # the old pipeline's reference cycles must be collectable
                gc.unfreeze()
                gc.collect()
                self._frozen = False

    def _freeze(self) -> None:
        if self._freeze_gc and not self._frozen:
            gc.collect()
            gc.freeze()
            self._frozen = True

    def extract(self, text: str, doc_id: str, meta: Meta | None = None) -> Document:
        """Extract every SPEC record from ``text`` (already decoded, BOM removed)."""
        from .assemble import assemble  # late import: assembly is pure Python over mentions

        # Matching runs on a same-length normalised copy; surfaces come from the original.
        normalised = normalize_for_matching(text)
        doc = self.nlp.make_doc(normalised)
        remember_text(doc, normalised)  # spares each component a Doc.text rebuild
        doc = self.nlp(doc)
        record = assemble(doc, doc_id, meta, original=text)
        self._freeze()  # after the first document: its lexicons are loaded by then
        self._recycle_if_grown()
        return record
