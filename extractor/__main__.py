"""``python -m extractor ...`` runs the command line, for environments without the script on PATH."""

from .cli import main

main(prog_name="extractor")
