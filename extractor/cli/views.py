"""``extractor show`` (terminal view) and ``extractor render`` (HTML report)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click
from rich.console import Console

from ..errors import ExtractorError
from ..models import Document
from ..pipeline import Extractor
from ..views.html import render_html
from ..views.sources import ViewDoc, load
from ..views.terminal import render_terminal
from . import main
from .options import lexicon_options

_texts_option = click.option(
    "--texts", "text_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
    help="Folder with the <doc_id>.txt texts of JSON/JSONL documents (repeatable; beside the "
         "JSON file and ./corpus are searched too).")
_gold_option = click.option(
    "--gold", "gold_dir", type=click.Path(exists=True, file_okay=False),
    help="Folder of gold files <doc_id>.json: mark matched, differing, spurious and missed items.")
_doc_option = click.option(
    "--doc", "doc_ids", multiple=True, metavar="DOC_ID",
    help="Only the document(s) with this doc_id (repeatable).")


def _extract_fn(tiers: str | None, patterns: str | None) -> Callable[[str, str], Document]:
    """Build the pipeline lazily: JSON/JSONL inputs never need it."""
    holder: list[Extractor] = []

    def run(text: str, doc_id: str) -> Document:
        if not holder:
            holder.append(Extractor(tiers=Path(tiers) if tiers else None,
                                    patterns=Path(patterns) if patterns else None))
        return holder[0].extract(text, doc_id)

    return run


def _load(paths: tuple[str, ...], text_dirs: tuple[str, ...], gold_dir: str | None,
          doc_ids: tuple[str, ...], tiers: str | None, patterns: str | None) -> list[ViewDoc]:
    try:
        views = load(paths, _extract_fn(tiers, patterns), [Path(d) for d in text_dirs],
                     Path(gold_dir) if gold_dir else None, doc_ids)
    except ExtractorError as exc:
        raise click.ClickException(str(exc)) from None
    if not views:
        raise click.ClickException("no documents found in " + ", ".join(paths))
    return views


@main.command()
@click.argument("file", type=click.Path(exists=True))
@_doc_option
@_texts_option
@_gold_option
@click.option("--text/--no-text", "show_text", default=True, show_default=True,
              help="Print the highlighted text under the table.")
@click.option("--width", type=int, default=None, help="Output width (default: the terminal's).")
@lexicon_options
def show(file: str, doc_ids: tuple[str, ...], text_dirs: tuple[str, ...], gold_dir: str | None,
         show_text: bool, width: int | None, tiers: str | None, patterns: str | None) -> None:
    """Show a text or the documents of a JSON/JSONL output in the terminal.

    Prints the indicator table (metric, tier, period, new, total, value, unit, share,
    change, rank) and the text with quantities, entities and indicator evidence
    highlighted. A .txt file is extracted on the fly.

    \b
    Example:
        extractor show corpus/dalian-htz-2022-05-07.txt
        extractor show records.jsonl --doc dalian-htz-2022-05-07 --texts corpus/ --gold gold/
    """
    console = Console(width=width, highlight=False)
    for view in _load((file,), text_dirs, gold_dir, doc_ids, tiers, patterns):
        render_terminal(view, console, show_text=show_text)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", default="report.html", show_default=True,
              type=click.Path(dir_okay=False), help="Write the HTML page here.")
@_doc_option
@_texts_option
@_gold_option
@click.option("--title", default="extractor report", show_default=True, help="Page title.")
@lexicon_options
def render(paths: tuple[str, ...], output: str, doc_ids: tuple[str, ...],
           text_dirs: tuple[str, ...], gold_dir: str | None, title: str, tiers: str | None,
           patterns: str | None) -> None:
    """Write one self-contained HTML report for texts, folders or JSON/JSONL outputs.

    The page highlights quantities, entities and indicator evidence in each text, shows
    each span's normalised values on hover, and has an indicator table per document whose
    rows link to their evidence. It needs no network (inline CSS and JS).

    \b
    Example:
        extractor render corpus/ -o report.html
        extractor render records.jsonl --texts corpus/ --gold gold/ -o report.html
    """
    views = _load(paths, text_dirs, gold_dir, doc_ids, tiers, patterns)
    Path(output).write_text(render_html(views, title), encoding="utf-8")
    click.echo(f"wrote {output} ({len(views)} document{'s' if len(views) != 1 else ''})")
