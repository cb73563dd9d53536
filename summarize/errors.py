"""The errors `summarize` raises, all rooted at :class:`SummarizeError`.

::

    SummarizeError
    ├── InputError            the articles cannot be summarized as given
    │   ├── EmptyInputError   no articles, or nothing but white space
    │   ├── NoSentencesError  an article holds no sentence
    │   ├── NothingRelevantError  no sentence has a word of the query
    │   └── NothingNewError   every sentence restates the articles already seen
    ├── ReadError             a file or stream cannot be read (missing, a folder, no permission)
    │   ├── DecodeError       its bytes are not text in any encoding we can tell
    │   └── TooLargeError     it is larger than the size limit (a file, a page, a JSONL line)
    ├── WriteError            an output folder or file cannot be written
    ├── OptionError           an option has a value it cannot take
    │   └── LanguageError     the language is not one we have resources for
    ├── ConvergenceError      PageRank did not settle within its iteration cap
    ├── ClusterError          the Dask scheduler did not answer, or was lost mid-run
    └── StoryError            one story of many failed for no fault of its input: an
                              unexpected error, or the worker process died running it

Every message says what went wrong and what to do about it, in one line, so the
command line can print it as it is.

One warning, :class:`LanguageWarning`, says that an article of a story was
read in another language than its own, which we have no resources for.
"""

from __future__ import annotations

__all__ = [
    "ClusterError",
    "ConvergenceError",
    "DecodeError",
    "EmptyInputError",
    "InputError",
    "LanguageError",
    "LanguageWarning",
    "NoSentencesError",
    "NothingNewError",
    "NothingRelevantError",
    "OptionError",
    "ReadError",
    "StoryError",
    "SummarizeError",
    "TooLargeError",
    "WriteError",
]


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


class TooLargeError(ReadError):
    """An input is larger than the size limit: a file, standard input, a page or a JSONL line."""


class WriteError(SummarizeError, OSError):
    """An output folder or file cannot be written."""


class OptionError(SummarizeError, ValueError):
    """An option has a value it cannot take."""


class LanguageError(OptionError):
    """No sentence model, stop words or stemmer for the requested language."""


class ConvergenceError(SummarizeError, RuntimeError):
    """PageRank did not converge within its iteration cap."""


class ClusterError(SummarizeError, ConnectionError):
    """The Dask scheduler did not answer in time, or the connection to it was lost."""


class StoryError(SummarizeError, RuntimeError):
    """One story of many failed for no fault of its input.

    :func:`summarize.summarize_many` gives this for a story that raised an
    error that is not a :class:`SummarizeError` (a defect: please report the
    story), that cannot be sent to a worker process, or whose worker process
    died while summarizing it and again when it ran alone (as when
    it runs out of memory); the other stories go on.
    """


class LanguageWarning(UserWarning):
    """An article is in a language we have no resources for and was read in the story's.

    Issued with ``language="auto"`` by :func:`warnings.warn`; the brief is
    made all the same. The command line prints it as a ``Warning:`` line, and a
    JSONL record lists it under ``"warnings"``.
    """
