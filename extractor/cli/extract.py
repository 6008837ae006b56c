"""``extractor extract``: texts and HTML pages in, SPEC documents out (JSON Lines or CSV).

A thin layer over :mod:`extractor.inputs` (what to read), :mod:`extractor.batch` (reading
and extraction in parallel, in stable order) and :mod:`extractor.output` (atomic,
resumable writers). Exit codes are documented in docs/batch.md and in ``--help``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import signal
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType
from typing import TextIO

import click

from ..batch import Outcome, Settings, run_batch
from ..errors import ExtractorError
from ..inputs import iter_inputs
from ..output import FORMATS, ErrorLog, Format, Sink, open_sink
from ..reading import DEFAULT_MAX_BYTES
from . import main
from .options import lexicon_options

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, EXIT_ABORTED, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

_clock: Callable[[], float] = time.perf_counter  # replaced in tests for an exact summary


class RunAborted(click.ClickException):
    """The run cannot go on (output not writable, a worker died): exit code 3."""

    exit_code = EXIT_ABORTED


class ByteSize(click.ParamType):
    """``10MB``, ``512k``, ``2GiB`` or a number of bytes (units are powers of 1024)."""

    name = "SIZE"
    _UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
    _PATTERN = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?\s*$", re.I)

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int):
            return value
        match = self._PATTERN.match(str(value))
        if not match:
            self.fail(f"{value!r} is not a size such as 10MB, 512k or 1048576", param, ctx)
        return int(float(match.group(1)) * self._UNITS[match.group(2).lower()])


def _check_codec(name: str | None) -> str | None:
    if name is not None:
        try:
            codecs.lookup(name)
        except LookupError:
            raise click.BadParameter(f"unknown codec {name!r}", param_hint="--encoding") from None
    return name


@dataclass
class Tally:
    documents: int = 0
    failed: int = 0
    skipped: int = 0
    quantities: int = 0
    entities: int = 0
    indicators: int = 0
    rankings: int = 0

    def add(self, outcome: Outcome) -> None:
        if outcome.failed:
            self.failed += 1
        elif outcome.skipped:
            self.skipped += 1
        else:
            self.documents += 1
            self.quantities += outcome.counts.quantities
            self.entities += outcome.counts.entities
            self.indicators += outcome.counts.indicators
            self.rankings += outcome.counts.rankings

    def summary(self, seconds: float) -> str:
        return (f"done: {self.documents} documents extracted, {self.failed} failed, "
                f"{self.skipped} already in output; {self.indicators} indicators, "
                f"{self.quantities} quantities, {self.entities} entities, "
                f"{self.rankings} rankings; {seconds:.1f} s")


@main.command(epilog="Exit codes: 0 all inputs extracted; 1 some inputs failed (the rest "
                     "were extracted and the output is complete); 2 usage error; 3 run "
                     "aborted (output not writable, a worker died); 130 interrupted (finished "
                     "documents kept in OUTPUT.partial: rerun with --resume).")
@click.argument("paths", nargs=-1)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Write here (atomically, via OUTPUT.partial). Default: standard output.")
@click.option("--from-list", "from_list", type=click.Path(exists=True, dir_okay=False, allow_dash=True),
              help="File with one input path (file, folder or glob) per line; - for stdin.")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="jsonl",
              show_default=True, help="jsonl: one document per line; csv: one row per indicator.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), metavar="N", default=os.cpu_count() or 1,
              show_default="number of cores", help="Worker processes.")
@click.option("--resume", is_flag=True,
              help="Skip documents (by doc_id) already in OUTPUT or in an interrupted OUTPUT.partial.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Also write failures here as JSON lines (source, doc_id, kind, reason).")
@click.option("--emit-text", type=click.Path(file_okay=False), metavar="DIR",
              help="Write the text each document's offsets refer to as DIR/<doc_id>.txt.")
@click.option("--max-size", type=ByteSize(), default=DEFAULT_MAX_BYTES, show_default="10MB",
              help="Refuse input files larger than this.")
@click.option("--encoding", metavar="CODEC", callback=lambda ctx, param, value: _check_codec(value),
              help="Decode with this codec instead of detecting (a BOM still wins).")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary; failures are still reported.")
@lexicon_options
def extract(paths: tuple[str, ...], output: str | None, from_list: str | None, fmt: Format,
            jobs: int, resume: bool, errors_path: str | None, emit_text: str | None,
            max_size: int, encoding: str | None, quiet: bool, tiers: str | None,
            patterns: str | None) -> None:
    """Extract records from texts and HTML pages: files, folders (recursive: *.txt, *.text,
    *.html, *.htm), glob patterns, - for standard input, or --from-list FILE.

    Each input that cannot be read gets one line on stderr; the rest of the batch goes on.

    \b
    Example:
        extractor extract corpus/ -o records.jsonl
        extractor extract 'archive/**/*.htm*' --from-list more.txt -o out.csv -f csv --errors failed.jsonl
    """
    if not paths and not from_list:
        raise click.UsageError("give at least one PATH or --from-list FILE")
    if from_list == "-" and "-" in paths:
        raise click.UsageError("standard input cannot be both a document and the --from-list file")
    if resume and (output is None or output == "-"):
        raise click.UsageError("--resume needs an output file (-o FILE)")
    settings = Settings(tiers=tiers, patterns=patterns, max_bytes=max_size, encoding=encoding,
                        emit_text=emit_text, keep_text=fmt == "csv")
    started = _clock()
    try:
        if emit_text:
            os.makedirs(emit_text, exist_ok=True)
        errors = ErrorLog(errors_path)
        sink = open_sink(output, fmt, resume, click.get_text_stream("stdout"))
    except OSError as exc:
        raise RunAborted(f"{exc.filename}: cannot write: {(exc.strerror or str(exc)).lower()}") from None
    except ExtractorError as exc:
        raise RunAborted(str(exc)) from None
    tally = Tally()
    show_progress = not quiet and click.get_text_stream("stderr").isatty()
    try:
        with _terminate_as_interrupt(), _progress(show_progress, lambda: _count(paths, from_list)) as progress:
            with _open_list(from_list) as listed:
                outcomes = run_batch(iter_inputs(paths, listed), settings, jobs, skip=sink.done.__contains__,
                                     stdin=click.get_binary_stream("stdin"))
                for outcome in outcomes:
                    _handle(outcome, sink, errors, tally, progress.report)
                    progress.advance()
    except KeyboardInterrupt:
        sink.abandon()
        errors.close()
        where = f" in {getattr(sink, 'partial', 'the output')}" if output else ""
        click.echo(f"interrupted: {tally.documents} documents kept{where}; rerun with --resume "
                   "to continue", err=True)
        raise click.exceptions.Exit(EXIT_INTERRUPTED) from None
    except ExtractorError as exc:
        sink.abandon()
        errors.close()
        raise RunAborted(str(exc)) from None
    except BrokenPipeError:
        _silence_stdout()  # a reader such as `head` went away: stop quietly, as Unix tools do
        raise click.exceptions.Exit(EXIT_ABORTED) from None
    except BaseException:
        sink.abandon()  # keep what is finished (in OUTPUT.partial) whatever went wrong
        errors.close()
        raise
    sink.finish()
    errors.close()
    if not quiet:
        click.echo(tally.summary(_clock() - started), err=True)
    if tally.failed:
        raise click.exceptions.Exit(EXIT_SOME_FAILED)


def _handle(outcome: Outcome, sink: Sink, errors: ErrorLog, tally: Tally,
            report: Callable[[str], None]) -> None:
    tally.add(outcome)
    if outcome.failed:
        report(f"error: {outcome.source}: {outcome.reason}")
        errors.write(outcome.error_record())
    elif outcome.json is not None:
        sink.write_document(outcome.json, outcome.text)


@contextmanager
def _open_list(from_list: str | None) -> Iterator[TextIO | None]:
    if from_list is None:
        yield None
        return
    if from_list == "-":
        yield click.get_text_stream("stdin")
        return
    try:
        # surrogateescape: a path in a legacy encoding still reaches the file system intact
        fh = open(from_list, encoding="utf-8-sig", errors="surrogateescape")  # noqa: SIM115
    except OSError as exc:
        raise click.BadParameter(f"{from_list}: {exc.strerror}", param_hint="--from-list") from None
    with fh:
        yield fh


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, click.get_text_stream("stdout").fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


def _count(paths: tuple[str, ...], from_list: str | None) -> int | None:
    """How many inputs there are (a second, cheap walk), for the progress bar's ETA."""
    if from_list == "-":
        return None
    with _open_list(from_list) as listed:
        return sum(1 for _ in iter_inputs(paths, listed))


class _NoProgress:
    def report(self, line: str) -> None:
        click.echo(line, err=True)

    def advance(self) -> None:
        pass


class _RichProgress(_NoProgress):
    def __init__(self, total: int | None) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        self._progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"), TimeElapsedColumn(), TextColumn("ETA"),
            TimeRemainingColumn(), console=Console(stderr=True), transient=True)
        self._task = self._progress.add_task("extract", total=total, rate="-")
        self._started = time.perf_counter()
        self._done = 0

    def report(self, line: str) -> None:
        self._progress.console.print(line, markup=False, highlight=False)

    def advance(self) -> None:
        self._done += 1
        elapsed = max(time.perf_counter() - self._started, 1e-9)
        self._progress.update(self._task, advance=1, rate=f"{self._done / elapsed:.1f}")


@contextmanager
def _progress(show: bool, count: Callable[[], int | None]) -> Iterator[_NoProgress]:
    if not show:
        yield _NoProgress()
        return
    bar = _RichProgress(count())
    with bar._progress:
        yield bar


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM (a scheduler stopping the job) is handled like Ctrl-C: keep what is done."""
    def interrupt(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
