"""One language's resources, assembled: :class:`Language` and :func:`load_language`.

Everything comes from installed packages, so nothing is downloaded at run time
and an empty ``NLTK_DATA`` changes nothing. Which package gives each part of
each language is in :mod:`summarize.language.table`; a language's resources
are loaded the first time a story needs them, once per process, and only the
packages that language uses are imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from .chrome import ENGLISH_CHROME, Chrome
from .lexicon import stemmer, stop_words
from .sentences import splitter
from .table import CODES, HEADLINE_STOP, PARTS, resolve
from .words import ELISIONS, find_words, unit_spans

__all__ = ["Language", "load_language"]

# Rules for lines of web-page chrome, per language (none known yet for the others).
_BOILERPLATE = {"english": ENGLISH_CHROME}


@dataclass(frozen=True, slots=True)
class Language:
    """What segmenting and representing need to know about one language."""

    name: str
    sentence_spans: Callable[[str], Iterator[tuple[int, int]]]
    stop_words: frozenset[str]
    stem: Callable[[str], str]
    boilerplate: Chrome | None
    elisions: frozenset[str] = frozenset()
    bigrams: bool = False
    headline_stop: bool = False

    @property
    def code(self) -> str:
        """The language's ISO 639-1 code."""
        return CODES[self.name]

    def words(self, text: str) -> list[str]:
        """The lower-cased word units of ``text``, stop words included, elided articles left out.

        In Chinese, Japanese and Korean a unit is a pair of neighbouring
        letters of a run of Han, kana or Hangul (a lone letter is its own unit).

        Examples
        --------
        >>> load_language("french").words("L'armée d'Italie arrive.")
        ['armée', 'italie', 'arrive']
        >>> load_language("chinese").words("大桥通车")
        ['大桥', '桥通', '通车']
        """
        if not self.elisions and not self.bigrams:
            return find_words(text)
        return [text[start:end].lower() for start, end in self.unit_spans(text)]

    def unit_spans(self, text: str) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each word unit of ``text`` (see :meth:`words`)."""
        return unit_spans(
            text, elisions=self.elisions, bigrams=self.bigrams, japanese=self.name == "japanese"
        )

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

    def terms(self, text: str) -> set[str]:
        """The terms of ``text``: its words, stop words left out, stemmed.

        Examples
        --------
        >>> sorted(load_language("english").terms("Were the rivers rising?"))
        ['rise', 'river']
        """
        return {self.stem(w) for w in self.words(text) if not self.is_stop(w)}

    def term_spans(self, text: str, terms: set[str]) -> Iterator[tuple[int, int]]:
        """The ``(start, end)`` of each stretch of ``text`` whose units are among ``terms``.

        Overlapping units (the letter pairs of Chinese, Japanese and Korean)
        join into one stretch.

        Examples
        --------
        >>> list(load_language("english").term_spans("The river rose.", {"river"}))
        [(4, 9)]
        >>> list(load_language("chinese").term_spans("大桥今天通车", {"大桥", "通车"}))
        [(0, 2), (4, 6)]
        """
        stretch: tuple[int, int] | None = None
        for start, end in self.unit_spans(text):
            word = text[start:end].lower()
            if self.is_stop(word) or self.stem(word) not in terms:
                continue
            if stretch is not None and start < stretch[1]:
                stretch = (stretch[0], end)
                continue
            if stretch is not None:
                yield stretch
            stretch = (start, end)
        if stretch is not None:
            yield stretch


def load_language(name: str) -> Language:
    """The resources for ``name`` (a name or code, any case), loaded once per process.

    Raises
    ------
    LanguageError
        If ``name`` is not one of :data:`~summarize.LANGUAGES` or their codes.

    Examples
    --------
    >>> english = load_language("english")
    >>> english.words("The U.S. Senate voted.")
    ['the', 'u.s', 'senate', 'voted']
    """
    return _load(resolve(name))


@cache
def _load(name: str) -> Language:
    """Build the resources of a known language; cached, as they never change."""
    parts = PARTS[name]
    stops = stop_words(name, parts)
    return Language(
        name=name,
        sentence_spans=splitter(name, parts, stops),
        stop_words=stops,
        stem=lru_cache(maxsize=1 << 17)(stemmer(name, parts)),
        boilerplate=Chrome(_BOILERPLATE[name]) if name in _BOILERPLATE else None,
        elisions=ELISIONS.get(name, frozenset()),
        bigrams=parts.bigrams,
        headline_stop=name in HEADLINE_STOP,
    )
