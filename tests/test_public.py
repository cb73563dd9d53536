from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import typing

import pytest

import summarize
from summarize import Options
from summarize.options import BriefSettings, Settings

MODULES = [
    importlib.import_module(name)
    for _, name, _ in pkgutil.walk_packages(summarize.__path__, "summarize.")
    if name != "summarize.__main__"
]


def test_all_is_exact_and_sorted():
    assert summarize.__all__ == sorted(summarize.__all__)
    assert set(summarize.__all__) == {
        "LANGUAGES",
        "Analysis",
        "Brief",
        "BriefSentence",
        "ConvergenceError",
        "DecodeError",
        "Document",
        "EmptyInputError",
        "InputError",
        "LanguageError",
        "LanguageWarning",
        "NoSentencesError",
        "NothingNewError",
        "NothingRelevantError",
        "OptionError",
        "Options",
        "RankedSentence",
        "ReadError",
        "Span",
        "StoryError",
        "SummarizeError",
        "TooLargeError",
        "__version__",
        "analyze",
        "summarize",
        "summarize_many",
    }
    for name in summarize.__all__:
        assert hasattr(summarize, name)
    assert set(dir(summarize)) >= set(summarize.__all__)


def test_the_command_line_errors_are_in_the_errors_module_not_the_package():
    from summarize import errors

    assert {"ClusterError", "WriteError"} <= set(errors.__all__)
    assert not {"ClusterError", "WriteError"} & set(summarize.__all__)


def test_every_module_says_what_it_makes_public():
    for module in MODULES:
        names = module.__all__
        assert names == sorted(names), module.__name__
        assert all(hasattr(module, name) for name in names), module.__name__


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("summarize.dask", ["summarize_bag"]),
        ("summarize.web", ["extract", "fetch"]),
        ("summarize.readers", ["read_folder", "read_inputs", "read_path", "read_stream"]),
        ("summarize.language", ["LANGUAGES", "describe"]),
        ("summarize.errors", ["SummarizeError", "WriteError", "ClusterError"]),
        ("summarize.options", ["BriefSettings", "Options", "Settings"]),
    ],
)
def test_the_modules_the_docs_name_give_what_they_say(path, names):
    module = importlib.import_module(path)
    assert set(names) <= set(module.__all__)


def test_every_error_class_of_every_module_is_a_summarize_error():
    found = []
    for module in MODULES:
        for _, value in inspect.getmembers(module, inspect.isclass):
            if (
                value.__module__ == module.__name__
                and issubclass(value, BaseException)
                and not issubclass(value, Warning)
            ):
                found.append(value)
                assert issubclass(value, summarize.SummarizeError), value
    assert summarize.NothingNewError in found and summarize.DecodeError in found


def test_every_raise_in_the_package_raises_a_summarize_error():
    """Each ``raise Name(...)`` names a SummarizeError; helpers that build one are checked too."""
    checked = 0
    for module in MODULES:
        tree = ast.parse(inspect.getsource(module))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Raise) or node.exc is None:
                continue  # a bare raise passes on what was caught
            call = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
            if isinstance(call, ast.Name) and call.id == "SystemExit":
                continue
            assert isinstance(call, ast.Name), ast.unparse(node)
            value = getattr(module, call.id)
            if inspect.isclass(value):
                assert issubclass(value, summarize.SummarizeError), ast.unparse(node)
            else:  # a function that builds the error
                hints = typing.get_type_hints(value)
                assert issubclass(hints["return"], summarize.SummarizeError), ast.unparse(node)
            checked += 1
    assert checked > 30


def test_settings_name_every_option_with_its_type():
    fields = {field.name: field.type for field in Options.__dataclass_fields__.values()}
    hints = typing.get_type_hints(Settings)
    assert set(hints) == set(fields)
    option_hints = typing.get_type_hints(Options)
    assert all(hints[name] == option_hints[name] for name in fields)


def test_brief_settings_are_exactly_the_options_a_brief_may_change():
    brief_fields = {
        field.name for field in Options.__dataclass_fields__.values() if field.metadata["brief"]
    }
    hints = typing.get_type_hints(BriefSettings)
    assert set(hints) == brief_fields
    assert all(hints[name] == typing.get_type_hints(Options)[name] for name in hints)
