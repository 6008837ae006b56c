"""``extractor extract``: texts in, JSON Lines of SPEC documents out (simple version)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import ExtractorError
from ..pipeline import Extractor
from ..reading import doc_id_for, read_text
from . import main


def _expand(paths: tuple[str, ...]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        out.extend(sorted(path.rglob("*.txt")) if path.is_dir() else [path])
    return out


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write JSONL here.")
def extract(paths: tuple[str, ...], output: str | None) -> None:
    """Extract records from texts: files, folders (all *.txt inside) or - for stdin.

    \b
    Example:
        extractor extract corpus/ -o records.jsonl
    """
    ex = Extractor()
    lines = []
    for path in _expand(paths):
        try:
            if str(path) == "-":
                text, doc_id = sys.stdin.read().removeprefix("\ufeff"), "stdin"
            else:
                text, doc_id = read_text(path), doc_id_for(path)
        except ExtractorError as exc:
            raise click.ClickException(str(exc)) from None
        lines.append(ex.extract(text, doc_id).model_dump_json())
    body = "\n".join(lines) + ("\n" if lines else "")
    if output:
        Path(output).write_text(body, encoding="utf-8")
    else:
        click.echo(body, nl=False)
