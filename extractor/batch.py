"""Streaming batch runner: inputs in, one :class:`Outcome` per input out, in input order.

- Each worker process builds one :class:`~extractor.pipeline.Extractor` once (spaCy
  pipelines are costly to build, cheap to call) and reads, decodes and extracts whole
  chunks of documents, so decoding and HTML parsing run in parallel too.
- Order is stable: chunks are submitted in input order and their results are taken from
  the left of a queue, so output order never depends on which worker was fastest.
- Memory is flat: at most ``jobs * window`` chunks are in flight; inputs are consumed
  lazily and each outcome carries one document already serialised as a JSON line.
- A bad input or a failing extraction becomes a failed outcome; the batch goes on.
"""

from __future__ import annotations

import os
import signal
import tempfile
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path
from typing import BinaryIO, Literal

from .errors import ExtractorError, InputError
from .inputs import InputItem, Missing, Source
from .models import Document, Meta
from .pipeline import Extractor
from .reading import DEFAULT_MAX_BYTES, Decoded, decode_document, read_document

FailureKind = Literal["input", "internal"]
DEFAULT_CHUNKSIZE = 4
_WINDOW_PER_JOB = 4  # chunks in flight per worker: enough to keep workers busy, no more


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs to read and extract (picklable: sent once per worker)."""

    tiers: str | None = None
    patterns: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None
    """Force this codec instead of detecting (BOMs still win)."""
    emit_text: str | None = None
    """Folder where the text each document's offsets refer to is written as ``<doc_id>.txt``."""
    keep_text: bool = False
    """Send each document's text back with its outcome (the CSV writer quotes evidence)."""


@dataclass(slots=True)
class Counts:
    quantities: int = 0
    entities: int = 0
    indicators: int = 0
    rankings: int = 0


@dataclass(slots=True)
class Outcome:
    """What became of one input: a document (as a JSON line), a failure, or a skip."""

    source: str
    doc_id: str
    json: str | None = None
    reason: str | None = None
    kind: FailureKind | None = None
    skipped: bool = False
    text: str | None = None
    counts: Counts = field(default_factory=Counts)

    @property
    def failed(self) -> bool:
        return self.reason is not None

    def error_record(self) -> dict[str, str | None]:
        """The JSON object written for a failure with ``--errors FILE``."""
        return {"source": self.source, "doc_id": self.doc_id, "kind": self.kind,
                "reason": self.reason}


@dataclass(frozen=True, slots=True)
class _Task:
    item: InputItem
    data: bytes | None = None  # standard input, read by the parent (workers cannot)
    skip: bool = False


class WorkerDied(ExtractorError):
    """A worker process ended abruptly (killed, out of memory); the batch cannot go on."""


def run_batch(items: Iterable[InputItem], settings: Settings = Settings(), jobs: int = 1,
              skip: Callable[[str], bool] | None = None, stdin: BinaryIO | None = None,
              chunksize: int = DEFAULT_CHUNKSIZE) -> Iterator[Outcome]:
    """Yield one outcome per input item, in input order.

    ``skip(doc_id)`` true means the document is already done (``--resume``): it is not
    read and comes out as a skipped outcome.
    """
    tasks = _tasks(items, skip, stdin, settings.max_bytes)
    chunks = _chunks(tasks, max(1, chunksize))
    # Starting workers costs a pipeline build each: not worth it for one chunk of input.
    head = list(islice(chunks, 2))
    if jobs <= 1 or len(head) < 2:
        extractor = _build_extractor(settings)
        for chunk in chain(head, chunks):
            yield from process_chunk(chunk, settings, extractor)
        return
    # Built here (a bad lexicon file fails clearly, not in a worker) and warmed, so that
    # forked workers inherit a ready pipeline instead of each building their own.
    _share_with_workers(settings, _build_extractor(settings, warm=True))
    yield from _run_parallel(chain(head, chunks), settings, jobs)


def process_one(item: InputItem, settings: Settings, extractor: Extractor,
                data: bytes | None = None) -> Outcome:
    """Read, decode and extract one input; every error becomes a failed outcome."""
    if isinstance(item, Missing):
        return Outcome(item.path, Path(item.path).stem, reason=item.reason, kind="input")
    try:
        decoded = _read(item, settings, data)
        if settings.emit_text:
            write_text_atomically(Path(settings.emit_text) / f"{item.doc_id}.txt", decoded.text)
        doc = extractor.extract(decoded.text, item.doc_id, _meta(decoded, item))
    except InputError as exc:
        return Outcome(item.path, item.doc_id, reason=exc.reason, kind="input")
    except Exception as exc:  # noqa: BLE001  (a bug on one document must not stop the batch)
        where = traceback.extract_tb(exc.__traceback__)[-1]
        reason = f"internal error: {type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
        return Outcome(item.path, item.doc_id, reason=reason, kind="internal")
    return Outcome(item.path, item.doc_id, json=doc.model_dump_json(), counts=_counts(doc),
                   text=decoded.text if settings.keep_text else None)


def process_chunk(chunk: list[_Task], settings: Settings, extractor: Extractor) -> list[Outcome]:
    out: list[Outcome] = []
    for task in chunk:
        if task.skip and isinstance(task.item, Source):
            out.append(Outcome(task.item.path, task.item.doc_id, skipped=True))
        else:
            out.append(process_one(task.item, settings, extractor, task.data))
    return out


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 via a temporary file in the same folder, then rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.chmod(tmp, default_file_mode())  # mkstemp makes 0600; a plain file would not be
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def default_file_mode() -> int:
    """The mode ``open()`` would give a new file under the current umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


# --- internals -------------------------------------------------------------------------


def _read(source: Source, settings: Settings, data: bytes | None) -> Decoded:
    if source.is_stdin:
        return decode_document(data or b"", "-", settings.max_bytes, settings.encoding)
    return read_document(Path(source.path), settings.max_bytes, settings.encoding)


def _meta(decoded: Decoded, source: Source) -> Meta:
    # encoding/format/source are extra fields (allowed, not scored): they tell an analyst
    # which file a record came from and how its bytes were read. (model_validate: the
    # constructor's signature names the declared fields only.)
    return Meta.model_validate({"title": decoded.title, "encoding": decoded.encoding, "format": decoded.format,
                                "source": source.path})


def _counts(doc: Document) -> Counts:
    return Counts(len(doc.quantities), len(doc.entities), len(doc.indicators), len(doc.rankings))


def _tasks(items: Iterable[InputItem], skip: Callable[[str], bool] | None,
           stdin: BinaryIO | None, max_bytes: int) -> Iterator[_Task]:
    stdin_used = False
    first_with_id: dict[str, str] = {}
    for item in items:
        if isinstance(item, Source) and not item.is_stdin and (clash := _doc_id_clash(item, first_with_id)):
            yield _Task(Missing(item.path, clash))
            continue
        if isinstance(item, Source) and skip is not None and skip(item.doc_id):
            yield _Task(item, skip=True)
        elif isinstance(item, Source) and item.is_stdin:
            if stdin_used or stdin is None:
                yield _Task(Missing("-", "standard input can be read only once"))
                continue
            stdin_used = True
            yield _Task(item, data=stdin.read(max_bytes + 1))
        else:
            yield _Task(item)


def _doc_id_clash(source: Source, first_with_id: dict[str, str]) -> str | None:
    """Why ``source`` cannot be extracted next to an earlier input with its doc_id, if so.

    SPEC makes the doc_id the file name without extension: two records with one doc_id
    could not be told apart (nor resumed, nor scored), so the later input is reported.
    """
    first = first_with_id.get(source.doc_id)
    if first is None:
        first_with_id[source.doc_id] = source.path
        return None
    if first == source.path:
        return "named twice in the inputs; extracted once"
    return f"doc_id '{source.doc_id}' is already used by {first}; rename one of the two files"


def _chunks(tasks: Iterator[_Task], size: int) -> Iterator[list[_Task]]:
    while chunk := list(islice(tasks, size)):
        yield chunk


_WORKER_EXTRACTOR: Extractor | None = None
_SHARED: tuple[Settings, Extractor] | None = None
"""The parent's extractor, inherited by forked workers (spawned workers build their own)."""
_WARM_UP = "In 2021 the zone added 12 gazelle enterprises, up 20% year on year, ranking first."


def _build_extractor(settings: Settings, warm: bool = False) -> Extractor:
    # The batch owns its process: freezing the collector's view of the pipeline is safe here.
    extractor = Extractor(tiers=Path(settings.tiers) if settings.tiers else None,
                          patterns=Path(settings.patterns) if settings.patterns else None, freeze_gc=True)
    extractor.nlp  # noqa: B018  (build now: a bad lexicon file should fail before any document)
    if warm:
        extractor.extract(_WARM_UP, "warm-up")  # compiles the lexicon patterns built on first use
    return extractor


def _share_with_workers(settings: Settings, extractor: Extractor) -> None:
    global _SHARED
    _SHARED = (settings, extractor)


def _init_worker(settings: Settings) -> None:
    # Ctrl-C goes to the whole process group; only the parent should react to it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # forked workers inherit the CLI's handler
    global _WORKER_EXTRACTOR
    inherited = _SHARED[1] if _SHARED is not None and _SHARED[0] == settings else None
    _WORKER_EXTRACTOR = inherited or _build_extractor(settings)


def _work(chunk: list[_Task], settings: Settings) -> list[Outcome]:
    assert _WORKER_EXTRACTOR is not None, "worker not initialised"
    return process_chunk(chunk, settings, _WORKER_EXTRACTOR)


def _run_parallel(chunks: Iterator[list[_Task]], settings: Settings, jobs: int) -> Iterator[Outcome]:
    window = jobs * _WINDOW_PER_JOB
    pending: deque[Future[list[Outcome]]] = deque()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(settings,))
    try:
        for chunk in chunks:
            pending.append(pool.submit(_work, chunk, settings))
            if len(pending) >= window:
                yield from _result(pending.popleft())
        while pending:
            yield from _result(pending.popleft())
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


def _result(future: Future[list[Outcome]]) -> list[Outcome]:
    try:
        return future.result()
    except BrokenProcessPool as exc:
        raise WorkerDied("a worker process died (killed or out of memory?); documents "
                         "finished so far are kept, rerun with --resume to continue") from exc
