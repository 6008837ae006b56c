"""Every command has help with an example, and the README names every command."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from extractor.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = sorted(main.commands)


def test_there_are_commands() -> None:
    assert {"extract", "schema", "show", "render"} <= set(COMMANDS)


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_help_has_an_example(name: str) -> None:
    args = [name, "--help"] if name else ["--help"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output
    assert f"extractor {name}".strip() in result.output.split("Example:", 1)[1]


@pytest.mark.parametrize("name", COMMANDS)
def test_every_option_has_help(name: str) -> None:
    command = main.commands[name]
    for param in command.params:
        if isinstance(param, click.Option) and param.name not in ("help",):
            assert param.help, f"{name}: option {param.opts} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_command_is_in_readme(name: str) -> None:
    assert f"extractor {name}" in README.read_text("utf-8")


def test_python_dash_m_runs_the_command_line() -> None:
    import subprocess
    import sys

    from extractor import __version__

    done = subprocess.run([sys.executable, "-m", "extractor", "--version"], capture_output=True, text=True,
                          cwd=README.parent, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"extractor, version {__version__}"
