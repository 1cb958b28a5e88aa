"""Docs that cannot drift: the CLI reference is generated, every command has help and is in
the README, every eval task is listed."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests.conftest import ROOT

from wirecoder.cli import app, eval_app

COMMANDS = [c.name or c.callback.__name__ for c in app.registered_commands]
EVALS = [c.name or c.callback.__name__ for c in eval_app.registered_commands]
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("page", ["docs/cli.md", "docs/contract.md"])
def test_docs_generated_pages_are_current(page):
    result = subprocess.run([sys.executable, "-m", "cogapp", "--check", page], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, f"regenerate with: cog -r {page}\n" + result.stdout


@pytest.mark.parametrize("command", [c for c in app.registered_commands], ids=COMMANDS)
def test_docs_commands_have_help(command):
    assert (command.callback.__doc__ or "").strip()


@pytest.mark.parametrize("name", COMMANDS)
def test_docs_commands_are_in_the_readme(name):
    assert f"wirecoder {name}" in README or f"`{name}" in README


@pytest.mark.parametrize("task", EVALS)
def test_docs_eval_tasks_are_in_the_readme(task):
    assert f"`{task}`" in README


@pytest.mark.parametrize("setting", __import__("wirecoder.settings").settings.SETTINGS,
                         ids=lambda s: s.name)
def test_docs_settings_are_in_the_readme(setting):
    assert f"`{setting.name}`" in README
    assert setting.help.strip()
