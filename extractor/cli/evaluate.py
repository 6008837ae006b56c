"""``extractor evaluate`` and ``extractor validate`` (to be written)."""
