"""Read and decode input files: plain text and HTML pages, in the encodings of the archive.

Offsets refer to the text returned here: for plain text the bytes as decoded with a leading
byte-order mark removed and nothing else changed; for an HTML page the article text
extracted from it (``extractor extract --emit-text DIR`` writes that text beside the
records so offsets stay checkable).

Every problem becomes :class:`~extractor.errors.InputError` naming the file and the reason;
a batch run reports it and goes on.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer
from selectolax.lexbor import LexborHTMLParser, LexborNode

from .errors import InputError

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Files larger than this are refused (a bulletin is tens of kB; a 10 MiB "text" is
almost always a dump or a mistake). ``--max-size`` raises it."""

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
TEXT_SUFFIXES = frozenset({".txt", ".text"})

# Tried in this order when the bytes are not UTF-8 and carry no BOM; the archive
# holds Chinese-site pages (GB18030 is a superset of GBK and GB2312) and Western
# word-processor output (Windows-1252, with Latin-1 for the five bytes cp1252 leaves out).
FALLBACK_ENCODINGS = ("gb18030", "cp1252", "latin_1")

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"%PDF", "PDF"), (b"PK\x03\x04", "ZIP/Office"), (b"\x89PNG", "PNG"), (b"GIF8", "GIF"),
    (b"\xff\xd8\xff", "JPEG"), (b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf", "7z"), (b"Rar!", "RAR"),
    (b"\x7fELF", "ELF"), (b"\xd0\xcf\x11\xe0", "OLE/old Office"),
)
_HTML_SNIFF = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)[\s>]", re.I | re.S)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MAX_CONTROL_SHARE = 0.05
_MIN_ASCII_SHARE_FOR_WESTERN = 0.9


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text ready for extraction, with what is known about where it came from."""

    text: str
    """The text offsets refer to."""
    encoding: str
    """Codec the bytes were decoded with (``utf-8``, ``utf-8-sig``, ``utf-16``, ``gb18030``, ...)."""
    format: str = "text"
    """``text`` or ``html``."""
    title: str | None = None
    """An HTML page's ``<title>``."""
    meta: dict[str, str] = field(default_factory=dict)


def doc_id_for(path: Path) -> str:
    """SPEC: the input file's name without its extension."""
    return path.stem


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The file's bytes, refusing what is not a regular file or is over ``max_bytes``."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError(str(path), "is a folder")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(str(path), "not a regular file")
        if info.st_size > max_bytes:
            raise InputError(str(path), f"file too large ({info.st_size:,} bytes > limit "
                                        f"{max_bytes:,}; raise it with --max-size)")
        with path.open("rb") as fh:
            return fh.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError(str(path), "no such file or folder") from None
    except PermissionError:
        raise InputError(str(path), "permission denied") from None
    except OSError as exc:
        raise InputError(str(path), (exc.strerror or str(exc)).lower()) from None


def read_document(path: Path, max_bytes: int = DEFAULT_MAX_BYTES,
                  encoding: str | None = None) -> Decoded:
    """Read, decode and (for HTML) extract one file."""
    return decode_document(read_bytes(path, max_bytes), str(path), max_bytes, encoding,
                           html=True if path.suffix.lower() in HTML_SUFFIXES else None)


def read_text(path: Path) -> str:
    """The text of one file (kept for callers that only want the string)."""
    return read_document(path).text


def decode_document(data: bytes, path: str = "<bytes>", max_bytes: int = DEFAULT_MAX_BYTES,
                    encoding: str | None = None, html: bool | None = None) -> Decoded:
    """Decode ``data``; ``html=None`` sniffs the bytes for an HTML page."""
    if len(data) > max_bytes:
        raise InputError(path, f"input too large (over the limit of {max_bytes:,} bytes; "
                               "raise it with --max-size)")
    if html is None:
        html = looks_like_html(data)
    if not html:
        text, used = decode_bytes(data, path, encoding)
        _refuse_blank(text, path)
        return Decoded(text=text, encoding=used)
    text, used = decode_bytes(data, path, encoding, declared=_declared_charset(data))
    body, title = html_to_text(text)
    if not body.strip():
        raise InputError(path, "HTML page without text")
    return Decoded(text=body, encoding=used, format="html", title=title)


def decode(data: bytes, path: str = "<bytes>") -> str:
    """Decode plain-text bytes (see :func:`decode_bytes`)."""
    return decode_bytes(data, path)[0]


def decode_bytes(data: bytes, path: str = "<bytes>", encoding: str | None = None,
                 declared: str | None = None) -> tuple[str, str]:
    """Decode to ``(text, encoding used)``: BOM, then UTF-8, then detection.

    A leading BOM is removed (SPEC: offsets count from after it). ``encoding`` is the
    user's choice and used as is; ``declared`` (an HTML page's ``<meta charset>``) is read
    the way browsers read it and tried first.
    """
    if not data:
        raise InputError(path, "empty file")
    _refuse_binary_signature(data, path)
    codec: str | None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _strict(data, codec, path), codec
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec is None:
            raise InputError(path, "binary file (contains NUL bytes)")
        return _strict(data, codec, path), codec
    if encoding:
        codec = codecs.lookup(encoding).name
        try:
            return _refuse_control(data.decode(codec), path), codec
        except UnicodeDecodeError as exc:
            raise InputError(path, f"undecodable bytes: invalid {codec} at byte {exc.start}") from None
    if declared:
        codec = _known_codec(declared)
        if codec is not None:
            try:
                return _refuse_control(data.decode(codec), path), codec
            except UnicodeDecodeError:
                pass  # a wrong declaration is common on the web: fall back to detection
    try:
        return _refuse_control(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    return _detect(data, path)


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the bytes look like mostly-Latin UTF-16 text without a
    BOM (as some Windows tools write it): a NUL in nearly every high (or low) byte of the
    code units, and hardly any in the others. Binary files have NULs scattered anywhere."""
    head = data[:4096]
    if len(head) < 4 or len(data) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    for codec, zeros, text in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if _nul_share(zeros) >= 0.9 and _nul_share(text) <= 0.01:
            return codec
    return None


def _nul_share(data: bytes) -> float:
    return data.count(0) / len(data)


def looks_like_html(data: bytes) -> bool:
    """True when the bytes start like an HTML page (a doctype, <html>, <head> or <body>)."""
    head = data[:2048]
    for bom, codec in _BOMS:
        if head.startswith(bom):
            head = head.decode(codec, errors="ignore").encode("ascii", errors="ignore")
            break
    return _HTML_SNIFF.match(head) is not None


def html_to_text(html: str) -> tuple[str, str | None]:
    """The article's main text (paragraphs separated by blank lines) and the page title.

    selectolax's lexbor engine parses like a browser (HTML5), and entities are decoded.
    The main text is the first of ``<article>``, ``[itemprop=articleBody]``, ``<main>``,
    a common content container, else ``<body>``, minus scripts, navigation and the like.
    """
    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = _collapse(title_node.text()).strip() if title_node is not None else None
    for node in tree.css(_BOILERPLATE):
        node.decompose()
    root = _main_container(tree)
    return (_block_text(root) if root is not None else ""), (title or None)


_BOILERPLATE = ("script, style, noscript, template, nav, header, footer, aside, form, "
                "iframe, svg, button, select")
_MAIN_SELECTORS = (
    "article", "[itemprop=articleBody]", "main", "[role=main]",
    "#content, #article, #main-content, #story, .article, .article-body, .content, .story",
    "body",
)
_BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "ul", "ol", "table", "tr", "blockquote", "pre", "br", "hr", "dd", "dt", "figcaption",
    "caption", "address", "center",
})
_CELL_TAGS = frozenset({"td", "th"})
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses (not NBSP)


def _main_container(tree: LexborHTMLParser) -> LexborNode | None:
    for selector in _MAIN_SELECTORS:
        node = tree.css_first(selector)
        if node is not None and _collapse(node.text()).strip():
            return node
    return tree.body


def _block_text(root: LexborNode) -> str:
    """Text of ``root`` with block boundaries as blank lines, HTML whitespace collapsed."""
    parts: list[str] = []
    for node in root.traverse(include_text=True):
        tag = node.tag
        if tag == "-text":
            parts.append(_collapse(node.text_content or ""))
        elif tag in _BLOCK_TAGS:
            parts.append("\n\n")
        elif tag in _CELL_TAGS:
            parts.append(" ")
    paragraphs = (p.strip(" ") for p in re.split(r" *\n\n[\n ]*", "".join(parts)))
    return "\n\n".join(p for p in paragraphs if p)


def _collapse(text: str) -> str:
    return _HTML_SPACE.sub(" ", text)


def _declared_charset(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _known_codec(name: str) -> str | None:
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # WHATWG: pages labelled GB2312/GBK are decoded as GB18030, Latin-1 as Windows-1252.
    return {"gb2312": "gb18030", "gbk": "gb18030", "latin-1": "cp1252",
            "iso8859-1": "cp1252"}.get(codec, codec)


def _strict(data: bytes, codec: str, path: str) -> str:
    try:
        return _refuse_control(data.decode(codec), path)
    except UnicodeDecodeError as exc:
        raise InputError(path, f"undecodable bytes: invalid {codec} at byte {exc.start}") from None


def _detect(data: bytes, path: str) -> tuple[str, str]:
    """charset-normalizer ranks the fallback encodings; a guard keeps English with a few
    cp1252 quotes from being read as Chinese (their byte pairs are also valid GB18030)."""
    # Pairs of high bytes are how GB text looks; Western text has single accented letters
    # and quotes between ASCII. The detector can rank cp1252 first on short mixed text.
    if _plausible_chinese(data):
        try:
            return _refuse_control(data.decode("gb18030"), path), "gb18030"
        except UnicodeDecodeError:
            pass
    matches = charset_normalizer.from_bytes(data, cp_isolation=list(FALLBACK_ENCODINGS))
    for match in matches:
        codec = codecs.lookup(match.encoding).name
        if codec == "gb18030" and not _plausible_chinese(data):
            continue
        return _refuse_control(data.decode(codec), path), codec
    # The detector abstains on short texts. English with a few Western characters is safe
    # to read as cp1252 (or Latin-1) when nearly every byte is ASCII.
    if _ascii_share(data) >= _MIN_ASCII_SHARE_FOR_WESTERN:
        for codec in ("cp1252", "latin_1"):
            try:
                return _refuse_control(data.decode(codec), path), codecs.lookup(codec).name
            except UnicodeDecodeError:
                continue
    raise InputError(path, "undecodable bytes: not UTF-8, UTF-16, GB18030 or Windows-1252 text")


def _ascii_share(data: bytes) -> float:
    return sum(1 for b in data if b < 0x80) / len(data)


def _plausible_chinese(data: bytes) -> bool:
    """True when most non-ASCII bytes pair up as common GB2312 hanzi or symbols
    (lead 0xA1-0xF7, trail 0xA1-0xFE), as real Chinese text does."""
    paired = high = 0
    i, n = 0, len(data)
    while i < n:
        b = data[i]
        if b < 0x80:
            i += 1
            continue
        if 0xA1 <= b <= 0xF7 and i + 1 < n and 0xA1 <= data[i + 1] <= 0xFE:
            paired += 2
            high += 2
            i += 2
            continue
        high += 1
        i += 1
    return high > 0 and paired / high >= 0.8


def _refuse_control(text: str, path: str) -> str:
    """Text with many control characters is a binary file that happened to decode."""
    if text and len(_CONTROL.findall(text[:65536])) > _MAX_CONTROL_SHARE * min(len(text), 65536):
        raise InputError(path, "binary file (too many control characters)")
    return text


def _refuse_binary_signature(data: bytes, path: str) -> None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise InputError(path, f"binary file ({kind})")


def _refuse_blank(text: str, path: str) -> None:
    if not text.strip():
        raise InputError(path, "empty file (only whitespace)")


def is_readable_candidate(name: str) -> bool:
    """True for file names a folder walk picks up (text and HTML pages)."""
    suffix = os.path.splitext(name)[1].lower()
    return suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES
