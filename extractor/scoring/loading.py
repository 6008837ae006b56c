"""Read gold folders and prediction files into documents, with messages that name the file,
line and field instead of tracebacks."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from ..errors import InputError
from ..models import Document


def describe_validation_error(exc: ValidationError, prefix: str = "") -> list[str]:
    """One "field.path: message" line per pydantic error."""
    return [f"{field_path(err['loc'], prefix)}: {err['msg']}" for err in exc.errors()]


def field_path(loc: tuple, prefix: str = "") -> str:
    """("quantities", 3, "value") -> "quantities[3].value", the style of every message."""
    out = prefix
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "<document>"


def parse_document(raw: str, where: str) -> Document:
    """JSON text -> Document; InputError naming ``where`` (file or file:line) otherwise."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"not valid JSON: {exc.msg} at line {exc.lineno} column "
                                f"{exc.colno}") from None
    try:
        return Document.model_validate(data)
    except ValidationError as exc:
        raise InputError(where, "; ".join(describe_validation_error(exc))) from None


@dataclass
class Loaded:
    """Documents by doc_id, and warnings worth showing (not fatal)."""

    documents: dict[str, Document] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def gold_files(gold_dir: Path) -> list[Path]:
    if not gold_dir.is_dir():
        raise InputError(str(gold_dir), "not a folder of gold JSON files")
    return sorted(gold_dir.glob("*.json"))


def load_gold_dir(gold_dir: Path) -> Loaded:
    """Every ``<doc_id>.json``; the file name is the doc_id (SPEC), a differing field warns."""
    loaded = Loaded()
    problems: list[str] = []
    for path in gold_files(gold_dir):
        try:
            doc = parse_document(path.read_text(encoding="utf-8-sig"), str(path))
        except InputError as exc:
            problems.append(str(exc))
            continue
        except (OSError, UnicodeDecodeError) as exc:
            problems.append(f"{path}: cannot read: {exc}")
            continue
        if doc.doc_id != path.stem:
            loaded.warnings.append(f"{path}: doc_id {doc.doc_id!r} differs from the file name;"
                                   f" using {path.stem!r}")
            doc = doc.model_copy(update={"doc_id": path.stem})
        loaded.documents[path.stem] = doc
    if problems:
        raise InputError(str(gold_dir), "bad gold file(s):\n  " + "\n  ".join(problems))
    if not loaded.documents:
        raise InputError(str(gold_dir), "no *.json gold files in this folder")
    return loaded


def load_predictions(path: Path) -> Loaded:
    """A JSON Lines file of documents, one per line; blank lines are skipped."""
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), f"cannot read: {exc}") from None
    loaded = Loaded()
    problems: list[str] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            doc = parse_document(line, f"{path}:{number}")
        except InputError as exc:
            problems.append(str(exc))
            continue
        if doc.doc_id in loaded.documents:
            problems.append(f"{path}:{number}: doc_id {doc.doc_id!r} appears twice")
            continue
        loaded.documents[doc.doc_id] = doc
    if problems:
        raise InputError(str(path), "bad prediction line(s):\n  " + "\n  ".join(problems))
    return loaded


def match_documents(gold: dict[str, Document], pred: dict[str, Document]
                    ) -> tuple[list[tuple[Document, Document]], list[str]]:
    """Gold/prediction pairs in doc_id order; a gold document without a prediction is an
    error (it would silently score as empty), a prediction without gold only a warning."""
    missing = sorted(set(gold) - set(pred))
    if missing:
        raise InputError("predictions", "no prediction for gold document(s): "
                         + ", ".join(missing))
    extra = sorted(set(pred) - set(gold))
    warnings = [f"ignoring {len(extra)} prediction(s) without gold: {', '.join(extra)}"] \
        if extra else []
    return [(gold[d], pred[d]) for d in sorted(gold)], warnings
