"""Decoding (BOMs, UTF-8, GB18030, cp1252), binary and blank input, HTML extraction."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from extractor.errors import InputError
from extractor.reading import decode_bytes, decode_document, html_to_text, read_document

ENGLISH = "The city\u2019s GDP rose 6.5% \u2014 \u201cstrong\u201d growth, said Jos\u00e9.\n" * 3
CHINESE_SITE = "Dalian High-tech Zone (\u5927\u8fde\u9ad8\u65b0\u533a) added 23 gazelle enterprises, 40\uff05.\n" * 3


@pytest.mark.parametrize(("data", "encoding"), [
    (ENGLISH.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + ENGLISH.encode("utf-8"), "utf-8-sig"),
    (ENGLISH.encode("utf-16"), "utf-16"),                    # with BOM (LE on this machine)
    (codecs.BOM_UTF16_BE + ENGLISH.encode("utf-16-be"), "utf-16"),
    (ENGLISH.encode("utf-16-le"), "utf-16-le"),              # no BOM, as some Windows tools write
    (ENGLISH.encode("utf-16-be"), "utf-16-be"),
    (ENGLISH.encode("utf-32"), "utf-32"),
    (ENGLISH.encode("cp1252"), "cp1252"),
])
def test_decodes_english_in_every_supported_encoding(data: bytes, encoding: str) -> None:
    assert decode_bytes(data) == (ENGLISH, encoding)


@pytest.mark.parametrize("codec", ["gbk", "gb18030", "gb2312"])
def test_decodes_chinese_site_pages_as_gb18030(codec: str) -> None:
    assert decode_bytes(CHINESE_SITE.encode(codec)) == (CHINESE_SITE, "gb18030")


def test_latin1_text_without_cp1252_only_bytes_reads_the_same() -> None:
    text = "Caf\u00e9 na\u00efve r\u00e9sum\u00e9: exports rose 3 pct in the year.\n"
    assert decode_bytes(text.encode("latin-1"))[0] == text


def test_a_bom_is_removed_and_nothing_else_changes() -> None:
    text = "\r\nA\u00a0b \u3000 40\uff05\r\n"
    assert decode_bytes(codecs.BOM_UTF8 + text.encode("utf-8"))[0] == text


def test_forced_encoding_is_used() -> None:
    assert decode_bytes("\u00e9t\u00e9".encode("cp1252") * 20, encoding="cp1252")[1] == "cp1252"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"%PDF-1.7 ...", "binary file (PDF)"),
    (b"PK\x03\x04rest", "binary file (ZIP/Office)"),
    (b"text\x00with NUL", "binary file (contains NUL bytes)"),
    (bytes(range(1, 9)) * 50, "binary file (too many control characters)"),
    (bytes(range(0x80, 0x100)) * 10, "undecodable bytes: not UTF-8, UTF-16, GB18030 or Windows-1252 text"),
])
def test_refuses_unreadable_bytes_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "f.txt")
    assert (err.value.path, err.value.reason) == ("f.txt", reason)


def test_a_bom_with_invalid_bytes_after_it_is_undecodable() -> None:
    with pytest.raises(InputError, match="undecodable bytes: invalid utf-16"):
        decode_bytes(codecs.BOM_UTF16_LE + b"a\x00\x00\xdc")  # a lone low surrogate


def test_whitespace_only_text_is_empty() -> None:
    with pytest.raises(InputError, match=r"empty file \(only whitespace\)"):
        decode_document(b" \r\n\t\n", "w.txt", html=False)


def test_too_large_input_names_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 100)
    with pytest.raises(InputError) as err:
        read_document(path, max_bytes=10)
    assert err.value.reason == "file too large (100 bytes > limit 10; raise it with --max-size)"


def test_missing_file_and_folder_are_reported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a folder"):
        read_document(tmp_path)


PAGE = b"""<!DOCTYPE html>
<html><head><meta charset="gbk"><title> Dalian &amp; the zone </title>
<script>var ignored = "40%";</script><style>p { color: red }</style></head>
<body><nav><a href="/">Home</a> <a>News</a></nav>
<div id="content"><article><h1>Gazelles multiply</h1>
<p>The zone   added <b>23</b> gazelle
enterprises,&nbsp;40\xa3\xa5 of the city.</p><ul><li>one</li><li>two</li></ul></article></div>
<footer>Copyright 2022</footer></body></html>"""


def test_html_page_gives_article_text_and_title() -> None:
    decoded = decode_document(PAGE, "page.html")
    assert decoded.format == "html"
    assert decoded.encoding == "gb18030"   # the page's <meta charset> (GBK read as GB18030)
    assert decoded.title == "Dalian & the zone"
    assert decoded.text == ("Gazelles multiply\n\nThe zone added 23 gazelle enterprises,"
                            "\u00a040\uff05 of the city.\n\none\n\ntwo")


def test_html_is_sniffed_without_an_html_suffix(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_bytes(b"<html><body><p>Exports rose.</p></body></html>")
    assert read_document(path).text == "Exports rose."


def test_html_without_main_container_uses_body() -> None:
    text, title = html_to_text("<html><body><div>A</div><div>B <i>c</i></div></body></html>")
    assert (text, title) == ("A\n\nB c", None)


def test_html_page_without_text_is_refused() -> None:
    with pytest.raises(InputError, match="HTML page without text"):
        decode_document(b"<html><head><title>x</title></head><body><script>1</script></body></html>", "e.html")
