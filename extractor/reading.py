"""Read and decode input files. Offsets refer to the decoded text, BOM removed."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError


def decode(data: bytes, path: str = "<bytes>") -> str:
    """Decode UTF-8 (with or without BOM)."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"not valid UTF-8 at byte {exc.start}") from None


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from None
    return decode(data, str(path))


def doc_id_for(path: Path) -> str:
    """SPEC: the input file's name without its extension."""
    return path.stem
