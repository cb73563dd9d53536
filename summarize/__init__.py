"""Extractive multi-document summarization with sources.

>>> from summarize import summarize
>>> brief = summarize(["Storms hit the coast. Power failed.", "Power failed after storms hit."])
>>> all(s.text in ("Storms hit the coast.", "Power failed.", "Power failed after storms hit.")
...     for s in brief)
True

The public surface is what ``__all__`` names: the entry points
(:func:`summarize`, :func:`analyze` and its :class:`Analysis`,
:func:`summarize_many`), the values they take and give, and every error a
Python caller of them can meet. A few modules are public too, as the docs
say: :mod:`summarize.errors` (the whole error tree, with the command line's
own errors), :mod:`summarize.options` (the ``Settings`` and ``BriefSettings``
types of the keyword arguments), :mod:`summarize.readers` and
:mod:`summarize.web` (reading files and pages), :mod:`summarize.language`
(``describe``) and :mod:`summarize.dask` (``summarize_bag``). Every other
module is internal and may change.

Importing the package loads none of the libraries that summarizing needs:
the entry points are imported when first used, so ``import summarize``,
``summarize --version`` and ``summarize --help`` answer at once.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .brief import Brief
from .errors import (
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
    TooLargeError,
)
from .language.table import LANGUAGES
from .options import Options
from .types import BriefSentence, Document, RankedSentence, Span

if TYPE_CHECKING:
    from .api import Analysis, analyze, summarize
    from .run.pool import summarize_many

__all__ = [
    "Analysis",
    "Brief",
    "BriefSentence",
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
    "Span",
    "StoryError",
    "SummarizeError",
    "TooLargeError",
    "__version__",
    "analyze",
    "summarize",
    "summarize_many",
]

# The entry points, imported when first used: they bring NumPy, SciPy and the
# stages with them (PEP 562).
_ENTRY_POINTS = {
    "Analysis": ".api",
    "analyze": ".api",
    "summarize": ".api",
    "summarize_many": ".run.pool",
}


def __getattr__(name: str) -> Any:
    if name in _ENTRY_POINTS:
        value = getattr(importlib.import_module(_ENTRY_POINTS[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
