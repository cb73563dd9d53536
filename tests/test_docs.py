"""The examples in the docstrings, the README and docs/ run and print what they show."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

import summarize
from summarize.cli import language_table

ROOT = Path(__file__).resolve().parent.parent
MARKDOWN = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
MODULES = [
    name
    for _, name, _ in pkgutil.walk_packages(summarize.__path__, "summarize.")
    if name != "summarize.__main__"
]
# A console block of a `$ summarize ...` line and the output it shows.
CONSOLE = re.compile(r"```console\n\$ (summarize [^\n]*)\n(.*?)```", re.DOTALL)


@pytest.mark.parametrize("name", ["summarize", *MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0


@pytest.mark.parametrize("path", MARKDOWN, ids=lambda p: p.name)
def test_python_examples_in_markdown(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testfile(
        str(path), module_relative=False, optionflags=doctest.ELLIPSIS, encoding="utf-8"
    )
    assert result.failed == 0


def console_examples() -> list[tuple[str, str, str]]:
    found = []
    for path in MARKDOWN:
        for command, output in CONSOLE.findall(path.read_text(encoding="utf-8")):
            found.append((path.name, command, output))
    return found


def test_docs_show_command_line_examples():
    assert {name for name, _, _ in console_examples()} >= {"README.md", "quickstart.md"}


@pytest.mark.parametrize(("doc", "command", "output"), console_examples())
def test_command_line_examples_print_what_they_show(doc, command, output):
    words = shlex.split(command)
    files = sorted(str(p.relative_to(ROOT)) for p in ROOT.glob(words[1]))
    argv = [sys.executable, "-m", "summarize", *files, *words[2:]]
    result = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == output


def test_example_page_in_the_docs_is_what_the_code_renders():
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "docs" / "screenshot.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shown = (ROOT / "docs" / "images" / "brief.html").read_text(encoding="utf-8")
    assert shown == module.example_page(), "run: python docs/screenshot.py"


def test_the_table_of_languages_in_the_docs_is_what_the_cli_prints():
    shown = (ROOT / "docs" / "languages.md").read_text(encoding="utf-8")
    assert f"```text\n$ summarize --languages\n{language_table()}\n```" in shown
