"""Extractive multi-document summarization with sources.

>>> from summarize import summarize
>>> brief = summarize(["Storms hit the coast. Power failed.", "Power failed after storms hit."])
>>> all(s.text in ("Storms hit the coast.", "Power failed.", "Power failed after storms hit.")
...     for s in brief)
True
"""

from ._version import __version__
from .api import Analysis, analyze, summarize
from .brief import Brief
from .errors import (
    ClusterError,
    ConvergenceError,
    DecodeError,
    EmptyInputError,
    InputError,
    LanguageError,
    LanguageWarning,
    NoSentencesError,
    NothingNewError,
    NothingRelevantError,
    OptionError,
    ReadError,
    StoryError,
    SummarizeError,
    WriteError,
)
from .language import LANGUAGES
from .options import BriefSettings, Options, Settings
from .run.pool import summarize_many
from .types import BriefSentence, Document, RankedSentence, Span

__all__ = [
    "Analysis",
    "Brief",
    "BriefSentence",
    "BriefSettings",
    "ClusterError",
    "ConvergenceError",
    "DecodeError",
    "Document",
    "EmptyInputError",
    "InputError",
    "LANGUAGES",
    "LanguageError",
    "LanguageWarning",
    "NoSentencesError",
    "NothingNewError",
    "NothingRelevantError",
    "OptionError",
    "Options",
    "RankedSentence",
    "ReadError",
    "Settings",
    "Span",
    "StoryError",
    "SummarizeError",
    "WriteError",
    "__version__",
    "analyze",
    "summarize",
    "summarize_many",
]
