"""Per-language resources: the language table, word units, sentence splitters, stop words, stems.

- :mod:`~summarize.language.table`: the languages we have, with their codes and
  the source of each part; what ``summarize --languages`` shows (:func:`describe`);
- :mod:`~summarize.language.resources`: :class:`Language`, one language's
  resources assembled, and :func:`load_language`, which loads them once;
- :mod:`~summarize.language.words`: what a word is in each script;
- :mod:`~summarize.language.sentences`: the sentence splitters and their repairs;
- :mod:`~summarize.language.lexicon`: stop words and stems;
- :mod:`~summarize.language.cues` and :mod:`~summarize.language.chrome`: the
  words that tell a reader's units (for :mod:`summarize.stages.units`) and the
  rules for lines of web-page chrome (for :mod:`summarize.stages.anatomy`).

Nothing here is downloaded at run time, and a package a language needs is
imported only when that language is loaded.
"""

from __future__ import annotations

from .resources import Language, load_language
from .table import CODES, LANGUAGES, RIGHT_TO_LEFT, describe, resolve

__all__ = [
    "CODES",
    "LANGUAGES",
    "Language",
    "RIGHT_TO_LEFT",
    "describe",
    "load_language",
    "resolve",
]
