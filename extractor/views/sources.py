"""Inputs of the views: texts (extracted on the fly) or documents from JSON/JSONL output.

A view needs the text as well as the records. A document read from JSON/JSONL finds its
text in an extra ``text`` field when present, else as ``<doc_id>.txt`` in the folders given
with ``--texts``, beside the JSON file, or in ``./corpus``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..errors import ExtractorError, InputError
from ..models import Document
from ..reading import doc_id_for, read_text

TEXT_SUFFIXES = frozenset({".txt"})
DOC_SUFFIXES = frozenset({".json", ".jsonl"})


@dataclass(frozen=True)
class ViewDoc:
    """A document with the text its offsets point into, and its gold when known."""

    doc: Document
    text: str
    origin: str
    gold: Document | None = None


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    where = ".".join(str(p) for p in err["loc"]) or "document"
    return f"{where}: {err['msg']} ({exc.error_count()} error(s))"


def parse_document(raw: str, where: str) -> Document:
    """Validate one JSON document; errors name ``where`` (file:line)."""
    try:
        return Document.model_validate_json(raw)
    except ValidationError as exc:
        raise InputError(where, f"not a valid document: {_first_error(exc)}") from None


def read_documents(path: Path) -> list[Document]:
    """Documents from a .json file (one document) or a .jsonl file (one per line)."""
    body = read_text(path)
    if path.suffix == ".json":
        return [parse_document(body, str(path))]
    return [parse_document(line, f"{path}:{n}")
            for n, line in enumerate(body.splitlines(), start=1) if line.strip()]


def find_text(doc: Document, near: Path, text_dirs: Iterable[Path]) -> str:
    """The text of a JSON document (see module docstring for the search order)."""
    extra = (doc.model_extra or {}).get("text")
    if isinstance(extra, str):
        return extra
    dirs = [*text_dirs, near, Path("corpus")]
    for folder in dirs:
        candidate = folder / f"{doc.doc_id}.txt"
        if candidate.is_file():
            return read_text(candidate)
    tried = ", ".join(str(d) for d in dirs)
    raise InputError(str(near), f"no text for document {doc.doc_id!r}: looked for "
                     f"{doc.doc_id}.txt in {tried} (give the folder with --texts)")


def expand(paths: Iterable[str]) -> list[Path]:
    """Files as given; folders become their *.txt, *.json and *.jsonl files."""
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(f for f in path.rglob("*")
                              if f.suffix in TEXT_SUFFIXES | DOC_SUFFIXES))
        else:
            out.append(path)
    return out


def read_gold(gold_dir: Path | None, doc_id: str) -> Document | None:
    """``GOLD_DIR/<doc_id>.json`` validated, or None when there is none."""
    if gold_dir is None:
        return None
    path = gold_dir / f"{doc_id}.json"
    return read_documents(path)[0] if path.is_file() else None


def load(paths: Iterable[str], extract: Callable[[str, str], Document],
         text_dirs: Iterable[Path] = (), gold_dir: Path | None = None,
         only: Iterable[str] = ()) -> list[ViewDoc]:
    """Every document named by ``paths``; ``extract(text, doc_id)`` runs on plain texts.

    ``only`` keeps the documents with these doc_ids (all when empty).
    """
    wanted = set(only)
    dirs = list(text_dirs)
    out: list[ViewDoc] = []
    for path in expand(paths):
        if path.suffix in DOC_SUFFIXES:
            pairs: list[tuple[Document | None, str | None]] = [(d, None) for d in read_documents(path)]
        else:
            pairs = [(None, read_text(path))]
        for doc, text in pairs:
            doc_id = doc.doc_id if doc else doc_id_for(path)
            if wanted and doc_id not in wanted:
                continue
            if doc is None:
                assert text is not None
                doc = extract(text, doc_id)
            else:
                text = find_text(doc, path.parent, dirs)
            out.append(ViewDoc(doc, text, str(path), read_gold(gold_dir, doc_id)))
    if wanted and not out:
        raise ExtractorError(f"no document with doc_id {', '.join(sorted(wanted))}")
    return out
