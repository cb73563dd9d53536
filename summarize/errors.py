"""The errors `summarize` raises, all rooted at :class:`SummarizeError`.

::

    SummarizeError
    ├── InputError            the articles cannot be summarized as given
    │   ├── EmptyInputError   no articles, or nothing but white space
    │   ├── NoSentencesError  an article holds no sentence
    │   ├── NothingRelevantError  no sentence has a word of the query
    │   └── NothingNewError   every sentence restates the articles already seen
    ├── ReadError             a file or stream cannot be read (missing, a folder, no permission)
    │   └── DecodeError       its bytes are not text in any encoding we can tell
    ├── OptionError           an option has a value it cannot take
    │   └── LanguageError     the language is not one we have resources for
    └── ConvergenceError      PageRank did not settle within its iteration cap

Every message says what went wrong and what to do about it, in one line, so the
command line can print it as it is.
"""

from __future__ import annotations


class SummarizeError(Exception):
    """Root of every error raised by `summarize`."""


class InputError(SummarizeError, ValueError):
    """The articles cannot be summarized as given."""


class EmptyInputError(InputError):
    """No articles were given, or every one is empty."""


class NoSentencesError(InputError):
    """An article holds no sentence."""


class NothingRelevantError(InputError):
    """No sentence of the articles has a word of the query, so no brief can answer it."""


class NothingNewError(InputError):
    """Every sentence of the articles restates a sentence of the articles already seen."""


class ReadError(SummarizeError, OSError):
    """A file or stream cannot be read."""


class DecodeError(ReadError):
    """A file's bytes are not text in any encoding we can tell."""


class OptionError(SummarizeError, ValueError):
    """An option has a value it cannot take."""


class LanguageError(OptionError):
    """No sentence model, stop words or stemmer for the requested language."""


class ConvergenceError(SummarizeError, RuntimeError):
    """PageRank did not converge within its iteration cap."""
