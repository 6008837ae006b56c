"""``extractor schema``: print the JSON Schema of the output documents."""

from __future__ import annotations

import json

import click

from ..models import json_schema
from . import main


@main.command()
@click.option("--indent", default=2, show_default=True, help="JSON indentation.")
def schema(indent: int) -> None:
    """Print the JSON Schema of one output document (and of a gold file).

    \b
    Example:
        extractor schema > document.schema.json
    """
    click.echo(json.dumps(json_schema(), indent=indent))
