"""``extractor evaluate`` (score predictions against gold) and ``extractor validate``
(check gold files against the models and their texts)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import ExtractorError, InputError
from ..models import Document
from ..scoring import METRIC_NAMES, CorpusScore, flat_metrics, score_corpus
from ..scoring.loading import Loaded, load_gold_dir, load_predictions, match_documents
from ..scoring.report import SUMMARY, render_errors, render_table, report_json, shown
from . import main
from .options import lexicon_options

EXIT_BELOW_BAR = 3

Bar = tuple[str, float]


def _parse_bars(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
                ) -> list[Bar]:
    """``METRIC=VALUE`` pairs; unknown names are a usage error listing the known ones."""
    bars: list[Bar] = []
    for raw in values:
        name, sep, number = raw.partition("=")
        if not sep:
            raise click.BadParameter(f"{raw!r} is not METRIC=VALUE", ctx, param)
        if name not in METRIC_NAMES:
            raise click.BadParameter(
                f"unknown metric {name!r}. Known metrics:\n  " + "\n  ".join(METRIC_NAMES),
                ctx, param)
        try:
            bar = float(number)
        except ValueError:
            raise click.BadParameter(f"{number!r} is not a number (in {raw!r})", ctx,
                                     param) from None
        if not 0.0 <= bar <= 1.0:
            raise click.BadParameter(f"bar {bar} for {name} is outside 0..1", ctx, param)
        bars.append((name, bar))
    return bars


def _warn(messages: list[str]) -> None:
    for message in messages:
        click.echo(f"warning: {message}", err=True)


def _read_texts(text_dir: Path, doc_ids: list[str]) -> tuple[dict[str, str], list[str]]:
    """The text of every gold document; a gold file without its text is an error."""
    from ..reading import read_text

    missing = [d for d in doc_ids if not (text_dir / f"{d}.txt").is_file()]
    if missing:
        raise InputError(str(text_dir), "no text for gold document(s): "
                         + ", ".join(f"{d}.txt" for d in missing))
    extra = sorted({p.stem for p in text_dir.glob("*.txt")} - set(doc_ids))
    warnings = [f"{len(extra)} text(s) without gold are not scored: {', '.join(extra)}"] \
        if extra else []
    return {d: read_text(text_dir / f"{d}.txt") for d in doc_ids}, warnings


def _extract_all(texts: dict[str, str], tiers: str | None, patterns: str | None
                 ) -> dict[str, Document]:
    from ..pipeline import Extractor  # late import: JSONL scoring needs no spaCy

    extractor = Extractor(Path(tiers) if tiers else None, Path(patterns) if patterns else None)
    return {doc_id: extractor.extract(text, doc_id) for doc_id, text in texts.items()}


def _predictions(gold: Loaded, source: Path, texts_option: str | None, tiers: str | None,
                 patterns: str | None) -> tuple[dict[str, Document], dict[str, str]]:
    """Predictions and the texts (for error context), from a JSONL file or by extracting."""
    if source.is_dir():
        texts, warnings = _read_texts(source, sorted(gold.documents))
        _warn(warnings)
        return _extract_all(texts, tiers, patterns), texts
    loaded = load_predictions(source)
    _warn(loaded.warnings)
    texts = {}
    if texts_option:
        texts = _read_texts_lenient(Path(texts_option), gold)
    return loaded.documents, texts


def _read_texts_lenient(text_dir: Path, gold: Loaded) -> dict[str, str]:
    from ..reading import read_text

    return {d: read_text(text_dir / f"{d}.txt") for d in gold.documents
            if (text_dir / f"{d}.txt").is_file()}


def _failed_bars(corpus: CorpusScore, bars: list[Bar]) -> list[str]:
    figures = flat_metrics(corpus.overall)
    return [f"{name} = {shown(figures[name]):.3f} is below the bar {bar:.3f}"
            for name, bar in bars if shown(figures[name]) < bar]


def suggested_bars(corpus: CorpusScore) -> list[str]:
    """The summary figures as bars at their displayed value (CI: no silent regression)."""
    figures = flat_metrics(corpus.overall)
    return [f"--fail-under {key}={shown(figures[key]):.3f}" for *_, key in SUMMARY]


METRICS_HELP = (
    "Figures for --fail-under: quantities.{span,value,value+unit,value+qualifier,"
    "value+concept}.{precision,recall,f1}; entities.{strict,partial}.*, "
    "entities.{TIER,ORG,GPE}.{strict,partial}.*, entities.tier.* (TIER with the same tier "
    "id); indicators.slots.*, indicators.slot.SLOT.*, indicators.exact_match; "
    "rankings.slots.*, rankings.slot.{position,scope,period,aspects}.*, "
    "rankings.exact_match. See docs/evaluation.md."
)


@main.command(epilog=METRICS_HELP)
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("predictions", metavar="PRED.jsonl|TEXT_DIR",
                type=click.Path(exists=True, path_type=Path))
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write every figure, the pairings and the errors as JSON here.")
@click.option("--errors", "show_errors", is_flag=True,
              help="List every missed, spurious and wrong item with its text around it.")
@click.option("--texts", "texts_dir", type=click.Path(exists=True, file_okay=False),
              help="With PRED.jsonl: the texts, to show context in --errors.")
@click.option("--fail-under", "bars", multiple=True, metavar="METRIC=VALUE",
              callback=_parse_bars,
              help="Exit 3 when METRIC (as displayed, 3 decimals) is below VALUE. Repeatable.")
@click.option("--suggest-bars", is_flag=True,
              help="Print --fail-under options at today's level of the summary figures.")
@lexicon_options
def evaluate(gold_dir: Path, predictions: Path, json_path: Path | None, show_errors: bool,
             texts_dir: str | None, bars: list[Bar], suggest_bars: bool, tiers: str | None,
             patterns: str | None) -> None:
    """Score predictions against the gold files in GOLD_DIR (SPEC.md "Scoring").

    The second argument is a JSON Lines file of predicted documents, or a folder of texts
    (<doc_id>.txt for every gold <doc_id>.json) to run the extraction on first.

    \b
    Exit codes: 0 ok, 1 bad input, 2 usage error, 3 a --fail-under bar not met.
    Example:
        extractor evaluate gold/ corpus/ --fail-under indicators.slots.f1=0.5
        extractor evaluate gold/ records.jsonl --texts corpus/ --errors --json scores.json
    """
    try:
        gold = load_gold_dir(gold_dir)
        _warn(gold.warnings)
        pred, texts = _predictions(gold, predictions, texts_dir, tiers, patterns)
        pairs, warnings = match_documents(gold.documents, pred)
    except ExtractorError as exc:
        raise click.ClickException(str(exc)) from None
    _warn(warnings)
    corpus = score_corpus(pairs)
    if show_errors:
        click.echo(render_errors(corpus, texts))
    click.echo(render_table(corpus))
    if json_path:
        json_path.write_text(json.dumps(report_json(corpus), indent=1, ensure_ascii=False),
                             encoding="utf-8")
    if suggest_bars:
        click.echo(" ".join(suggested_bars(corpus)))
    failed = _failed_bars(corpus, bars)
    for message in failed:
        click.echo(f"FAIL: {message}", err=True)
    if failed:
        raise SystemExit(EXIT_BELOW_BAR)


@main.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("text_dir", required=False,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
def validate(gold_dir: Path, text_dir: Path | None) -> None:
    """Check gold files against the models and, given TEXT_DIR, against their texts.

    One line per problem, naming the file and the field. Exit 1 when there is any.

    \b
    Example:
        extractor validate gold/ corpus/
    """
    from ..validate import validate_gold_dir

    try:
        problems, checked = validate_gold_dir(gold_dir, text_dir)
    except ExtractorError as exc:
        raise click.ClickException(str(exc)) from None
    for problem in problems:
        click.echo(problem)
    if problems:
        raise click.ClickException(f"{len(problems)} problem(s) in {checked} gold file(s)")
    click.echo(f"{checked} gold file(s) OK")
