"""Command-line interface: a thin click layer over the library.

Library errors (:class:`extractor.errors.ExtractorError`) become ``click.ClickException``
at this edge. Each command lives in its own module and registers itself on :data:`main`.
"""

from __future__ import annotations

import click

from .. import __version__

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="extractor")
def main() -> None:
    """Turn statistical news bulletins into validated, source-grounded records.

    \b
    Example:
        extractor extract corpus/ -o records.jsonl
        extractor evaluate gold/ corpus/
    """


from . import evaluate, extract, schema, views  # noqa: E402,F401  (commands register themselves on main)
