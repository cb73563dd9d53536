"""Extractive multi-document summarization with sources.

>>> from summarize import summarize
>>> brief = summarize(["Storms hit the coast. Power failed.", "Power failed after storms hit."])
>>> all(s.text in ("Storms hit the coast.", "Power failed.", "Power failed after storms hit.")
...     for s in brief)
True
"""

from ._version import __version__
from .api import summarize
from .brief import Brief, BriefSentence, Span
from .errors import (
    ConvergenceError,
    DecodeError,
    EmptyInputError,
    InputError,
    LanguageError,
    NoSentencesError,
    OptionError,
    ReadError,
    SummarizeError,
)
from .language import LANGUAGES
from .types import Document, Options

__all__ = [
    "Brief",
    "BriefSentence",
    "ConvergenceError",
    "DecodeError",
    "Document",
    "EmptyInputError",
    "InputError",
    "LANGUAGES",
    "LanguageError",
    "NoSentencesError",
    "OptionError",
    "Options",
    "ReadError",
    "Span",
    "SummarizeError",
    "__version__",
    "summarize",
]
