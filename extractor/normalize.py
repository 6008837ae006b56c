"""Offset-preserving normalisation of text before matching (to be completed).

``normalize_for_matching`` must return a string of exactly the same length as its input,
so that offsets found on the normalised text point at the same characters of the original.
"""


def normalize_for_matching(text: str) -> str:
    return text
