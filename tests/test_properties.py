"""Property tests: extraction never raises on arbitrary text, every offset points at its
surface, normalisation keeps length, decoding round-trips every supported encoding."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from extractor.normalize import normalize_for_matching
from extractor.pipeline import Extractor
from extractor.reading import decode_bytes

_EXTRACTOR = Extractor()

# Bulletin-like text: digits, scale words, units and the characters normalisation folds,
# mixed with anything at all (including surrogate-free control characters and CJK).
_PIECES = st.sampled_from([
    " ", "\n", "\n\n", "1", "23", "4.5", "6,789", "%", "\uff05", "\uff13", "\u00a0", "\u3000",
    "\u201c", "\u201d", "\u2019", "\u2013", "-", "pct", " percent", " billion", " million",
    " yuan", "$", " up ", " down ", "nearly ", "more than ", "year-on-year", " gazelle enterprises",
    " High-tech Zone", "In 2021, ", "rose", ".", ",", "(", ")", "\u5927\u8fde",
    "\u0130", "b\u0130llion", " th\u0130rd quarter",  # "İ" lower-cases to two characters
])
_TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=60).map("".join),
)


def _spans(doc_json: dict) -> list[tuple[int, int, str | None]]:
    spans = [(q["start"], q["end"], q["text"]) for q in doc_json["quantities"]]
    spans += [(e["start"], e["end"], e["text"]) for e in doc_json["entities"]]
    spans += [(i["evidence"]["start"], i["evidence"]["end"], None) for i in doc_json["indicators"]]
    spans += [(r["evidence"]["start"], r["evidence"]["end"], None) for r in doc_json["rankings"]]
    return spans


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT)
def test_extraction_never_raises_and_offsets_point_at_surfaces(text: str) -> None:
    doc = _EXTRACTOR.extract(text, "prop").model_dump()
    for start, end, surface in _spans(doc):
        assert 0 <= start <= end <= len(text)
        if surface is not None:
            assert text[start:end] == surface


@given(st.text())
def test_normalisation_keeps_length_and_is_idempotent(text: str) -> None:
    folded = normalize_for_matching(text)
    assert len(folded) == len(text)
    assert normalize_for_matching(folded) == folded


@pytest.mark.parametrize("codec", ["utf-8", "utf-8-sig", "utf-16", "utf-32"])
@given(text=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1).filter(str.strip))
def test_unicode_encodings_round_trip(codec: str, text: str) -> None:
    assert decode_bytes(text.encode(codec))[0] == text


def _in_gb2312(ch: str) -> bool:
    try:
        ch.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


# Pages from Chinese sites: English words with runs of common (GB2312) hanzi.
_HANZI = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5).filter(_in_gb2312)
_GB_TEXT = st.lists(st.one_of(
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=12),
    st.text(_HANZI, min_size=2, max_size=6),
), min_size=1, max_size=20).map(" ".join).filter(lambda t: bool(t.strip()) and not t.isascii())


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


@given(_GB_TEXT)
@example("A AAAAAA \u4e01\u4e91 \u4e11\u4e91 \u4e00\u4e01\u4e10\u4e00")  # the detector ranked cp1252 first
def test_gb_text_that_is_not_also_valid_utf8_round_trips(text: str) -> None:
    data = text.encode("gb18030")
    assume(not _is_utf8(data))  # a few hanzi pairs are valid UTF-8 too; UTF-8 wins those
    assert decode_bytes(data) == (text, "gb18030")
