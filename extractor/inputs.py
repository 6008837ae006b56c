"""Expand the inputs of a batch lazily: files, folders, glob patterns, ``-``, list files.

Nothing here builds a list of the whole corpus: folders are walked one directory at a time
(sorted, so the order is stable from run to run) and list files are read line by line.
A path that yields nothing is not an exception: it comes out as a :class:`Missing` item so
the batch can report it and go on.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO, Union

from .reading import is_readable_candidate

STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One document to read: a file path, or ``-`` for standard input."""

    path: str

    @property
    def is_stdin(self) -> bool:
        return self.path == STDIN

    @property
    def doc_id(self) -> str:
        """SPEC: the file name without its extension (``stdin`` for ``-``)."""
        return "stdin" if self.is_stdin else Path(self.path).stem


@dataclass(frozen=True, slots=True)
class Missing:
    """An input argument that names nothing readable, with the reason."""

    path: str
    reason: str


InputItem = Union[Source, Missing]


def iter_inputs(specs: Iterable[str], from_list: TextIO | None = None) -> Iterator[InputItem]:
    """Every document named by ``specs`` and then by the lines of ``from_list``, in order."""
    for spec in specs:
        yield from expand(spec)
    if from_list is not None:
        for spec in iter_list_file(from_list):
            yield from expand(spec)


def iter_list_file(stream: TextIO) -> Iterator[str]:
    """Paths of a ``--from-list`` file: one a line; blank lines and ``#`` comments skipped."""
    for line in stream:
        spec = line.strip()
        if spec and not spec.startswith("#"):
            yield spec


def expand(spec: str) -> Iterator[InputItem]:
    """One argument: ``-``, a file, a folder (recursive) or a glob pattern."""
    if spec == STDIN:
        yield Source(STDIN)
        return
    path = Path(spec)
    if path.is_dir():
        yield from walk_folder(path)
    elif os.path.lexists(spec):
        yield Source(spec)  # named explicitly: read whatever it is; reading judges it
    elif _GLOB_CHARS & set(spec):
        yield from _expand_glob(spec)
    else:
        yield Missing(spec, "no such file or folder")


def walk_folder(folder: Path) -> Iterator[InputItem]:
    """Text and HTML files under ``folder``, depth first, sorted by name per directory.

    Hidden files and folders (``.git``, editor backups) are skipped. A folder that holds no
    such file is reported, as is a sub-folder that cannot be listed.
    """
    found = False
    problems: list[Missing] = []

    def note_error(exc: OSError) -> None:
        problems.append(Missing(exc.filename or str(folder),
                                "permission denied" if isinstance(exc, PermissionError)
                                else (exc.strerror or str(exc)).lower()))

    for dirpath, dirnames, filenames in os.walk(folder, onerror=note_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        while problems:
            yield problems.pop(0)
        for name in sorted(filenames):
            if not name.startswith(".") and is_readable_candidate(name):
                found = True
                yield Source(os.path.join(dirpath, name))
    yield from problems
    if not found and not problems:
        yield Missing(str(folder), "folder without text or HTML files (*.txt, *.text, *.html, *.htm)")


def _expand_glob(pattern: str) -> Iterator[InputItem]:
    # A glob's matches are listed (and sorted) before use; that is one pattern's matches,
    # not the corpus, and sorting is what keeps the output order stable.
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Missing(pattern, "no files match this pattern")
        return
    for match in matches:
        if os.path.isdir(match):
            yield from walk_folder(Path(match))
        else:
            yield Source(match)


def sources_only(items: Iterable[InputItem]) -> Iterator[Source]:
    """The readable sources of ``items`` (for counting and tests)."""
    return (item for item in items if isinstance(item, Source))
