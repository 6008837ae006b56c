"""``extractor show`` and ``extractor render`` (to be written)."""
