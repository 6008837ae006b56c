"""Option bundles shared by several commands (applied as decorators)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable)


def lexicon_options(func: F) -> F:
    """``--tiers FILE`` and ``--patterns FILE``: user extensions of the lexicons."""
    func = click.option(
        "--patterns", type=click.Path(exists=True, dir_okay=False),
        help="JSONL file of extra spaCy-style entity patterns ({\"label\": ..., \"pattern\": ...}).",
    )(func)
    func = click.option(
        "--tiers", type=click.Path(exists=True, dir_okay=False),
        help="JSONL file that adds or overrides tier lexicon entries.",
    )(func)
    return func
