from __future__ import annotations

import summarize
from summarize import errors


def test_all_is_exact_and_sorted():
    assert summarize.__all__ == sorted(summarize.__all__)
    assert set(summarize.__all__) == {
        "LANGUAGES",
        "Brief",
        "BriefSentence",
        "ConvergenceError",
        "DecodeError",
        "Document",
        "EmptyInputError",
        "InputError",
        "LanguageError",
        "NoSentencesError",
        "OptionError",
        "Options",
        "ReadError",
        "Span",
        "SummarizeError",
        "__version__",
        "summarize",
    }
    for name in summarize.__all__:
        assert hasattr(summarize, name)


def test_every_error_is_a_summarize_error():
    for name in dir(errors):
        value = getattr(errors, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, summarize.SummarizeError)
