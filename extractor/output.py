"""Output sinks: JSON Lines or CSV, written atomically, resumable.

A file output is written to ``<output>.partial`` beside the target, one complete document
at a time (flushed), and renamed over the target only when the run ends normally. So the
target is always either the previous complete output or the new complete output, never a
half-written file.

``--resume``: an interrupted run leaves its ``.partial`` behind; resuming cuts it back to
its last complete document and appends to it. Without a ``.partial``, resuming starts from
a copy of the target. Either way documents already present (by ``doc_id``) are skipped,
and because documents are written in input order the resumed output is the same as that
of an uninterrupted run.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, TextIO

from .errors import ExtractorError

Format = Literal["jsonl", "csv"]
FORMATS: tuple[Format, ...] = ("jsonl", "csv")

CSV_COLUMNS = (
    "doc_id", "metric", "tier", "subject", "period", "value", "new", "total", "unit",
    "qualifier", "share", "share_of", "change", "change_unit", "change_basis", "rank",
    "rank_scope", "evidence",
)


class OutputError(ExtractorError):
    """An output file that cannot be written or resumed."""


def csv_rows(doc: dict[str, Any]) -> Iterator[list[str]]:
    """One CSV row per indicator of a document (as its JSON object).

    ``evidence`` is the text of the evidence span (``doc["_text"]`` is the document
    text), with whitespace runs folded to one space so that one CSV row is one line.
    """
    text = doc.get("_text")
    for ind in doc.get("indicators") or []:
        share, change, rank = ind.get("share") or {}, ind.get("change") or {}, ind.get("rank") or {}
        evidence = ind.get("evidence") or {}
        surface = text[evidence.get("start", 0):evidence.get("end", 0)] if text else ""
        yield [_cell(v) for v in (
            doc.get("doc_id"), ind.get("metric"), ind.get("tier"), ind.get("subject"),
            ind.get("period"), ind.get("value"), ind.get("new"), ind.get("total"),
            ind.get("unit"), ind.get("qualifier"), share.get("value"), share.get("of"),
            change.get("value"), change.get("unit"), change.get("basis"),
            rank.get("position"), rank.get("scope"), " ".join(surface.split()),
        )]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


class Sink:
    """Where documents go. ``done`` holds the doc_ids already present (resume)."""

    def __init__(self, stream: TextIO, fmt: Format) -> None:
        self._stream = stream
        self.format = fmt
        self.done: set[str] = set()
        self._csv = csv.writer(stream, lineterminator="\n") if fmt == "csv" else None
        self._header_written = False

    def write_header(self) -> None:
        if self._csv is not None and not self._header_written:
            self._csv.writerow(CSV_COLUMNS)
            self._header_written = True

    def write_document(self, doc_json: str, text: str | None = None) -> None:
        """Write one document (one JSON line, or its indicator rows) and flush it."""
        if self._csv is None:
            self._stream.write(doc_json + "\n")
        else:
            self.write_header()
            doc = json.loads(doc_json)
            doc["_text"] = text
            buffer = io.StringIO()
            csv.writer(buffer, lineterminator="\n").writerows(csv_rows(doc))
            self._stream.write(buffer.getvalue())  # one write per document
        self._stream.flush()


class StreamSink(Sink):
    """Standard output: streamed as produced (no atomicity, no resume)."""

    def finish(self) -> None:
        self._stream.flush()

    def abandon(self) -> None:
        self._stream.flush()


class FileSink(Sink):
    """A file written through ``<target>.partial`` and renamed into place at the end."""

    def __init__(self, target: Path, fmt: Format, resume: bool) -> None:
        self.target = target
        self.partial = target.with_name(target.name + ".partial")
        if target.parent.exists() and not target.parent.is_dir():
            raise OutputError(f"{self.partial}: cannot write: {target.parent} is not a folder")
        try:
            done = _prepare_partial(target, self.partial, fmt, resume)
            stream = self.partial.open("a", encoding="utf-8", newline="")
        except OSError as exc:
            raise OutputError(f"{self.partial}: cannot write: {(exc.strerror or str(exc)).lower()}") from None
        super().__init__(stream, fmt)
        self.done = done
        self._header_written = self.partial.stat().st_size > 0
        self.write_header()

    def finish(self) -> None:
        """Make the output complete: flush to disk, then rename over the target."""
        self.write_header()
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self._stream.close()
        os.replace(self.partial, self.target)

    def abandon(self) -> None:
        """Interrupted: keep ``.partial`` (complete documents only) for ``--resume``."""
        self._stream.flush()
        self._stream.close()


def open_sink(output: str | None, fmt: Format, resume: bool, stdout: TextIO) -> StreamSink | FileSink:
    if output is None or output == "-":
        if resume:
            raise OutputError("--resume needs an output file (-o FILE)")
        sink = StreamSink(stdout, fmt)
        sink.write_header()
        return sink
    target = Path(output)
    if target.exists() and not target.is_file():
        # A device or pipe (/dev/null, a FIFO): renaming a file over it would replace it.
        if resume:
            raise OutputError(f"{output}: --resume needs a regular output file")
        sink = StreamSink(target.open("w", encoding="utf-8", newline=""), fmt)
        sink.write_header()
        return sink
    return FileSink(target, fmt, resume)


def _prepare_partial(target: Path, partial: Path, fmt: Format, resume: bool) -> set[str]:
    """Set up ``partial`` to append to; return the doc_ids it already holds."""
    if not resume or not (partial.exists() or target.exists()):
        partial.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text("", encoding="utf-8")
        return set()
    if not partial.exists():
        shutil.copyfile(target, partial)
    return _recover(partial, fmt)


def _recover(path: Path, fmt: Format) -> set[str]:
    """Cut ``path`` back to its last complete document; return the doc_ids in it."""
    done: set[str] = set()
    good_end = 0
    last_id: str | None = None
    last_id_start = 0
    with path.open("rb") as fh:
        header = fmt == "csv"
        for raw in iter(fh.readline, b""):
            if not raw.endswith(b"\n"):
                break  # a line cut short by a hard kill
            line = raw.decode("utf-8", errors="replace")
            if header:
                if next(csv.reader([line])) != list(CSV_COLUMNS):
                    raise OutputError(f"{path}: not a CSV written by extractor (header differs)")
                header = False
                good_end += len(raw)
                continue
            doc_id = _doc_id_of(line, fmt)
            if doc_id is None and good_end == 0:
                raise OutputError(f"{path}: not {fmt.upper()} written by extractor")
            if doc_id is None:
                break
            if doc_id != last_id:
                last_id, last_id_start = doc_id, good_end
            done.add(doc_id)
            good_end += len(raw)
    if fmt == "csv" and last_id is not None:
        # A document's rows may have been cut between two rows: redo the last document.
        done.discard(last_id)
        good_end = last_id_start
    with path.open("r+b") as fh:
        fh.truncate(good_end)
    return done


def _doc_id_of(line: str, fmt: Format) -> str | None:
    try:
        if fmt == "jsonl":
            doc_id = json.loads(line).get("doc_id")
        else:
            doc_id = next(csv.reader([line]))[0]
    except (ValueError, AttributeError, IndexError, StopIteration):
        return None
    return doc_id if isinstance(doc_id, str) else None


class ErrorLog:
    """``--errors FILE``: one JSON object per failure, written atomically at the end."""

    def __init__(self, path: str | None) -> None:
        self._path = Path(path) if path else None
        self._fh: TextIO | None = None
        self._tmp: str | None = None
        if self._path is not None:
            try:
                self._path.parent.mkdir(parents=True, exist_ok=True)
                fd, self._tmp = tempfile.mkstemp(prefix=f".{self._path.name}.", suffix=".tmp",
                                                 dir=self._path.parent)
            except OSError as exc:
                raise OutputError(f"{self._path}: cannot write: {(exc.strerror or str(exc)).lower()}") from None
            self._fh = os.fdopen(fd, "w", encoding="utf-8", newline="")

    def write(self, record: dict[str, Any]) -> None:
        if self._fh is not None:
            self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")

    def close(self) -> None:
        """Publish the log (also after an interruption: it is a report, not a result)."""
        if self._fh is not None and self._path is not None and self._tmp is not None:
            self._fh.close()
            os.chmod(self._tmp, 0o666 & ~_umask())
            os.replace(self._tmp, self._path)
            self._fh = None


def _umask() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return umask
