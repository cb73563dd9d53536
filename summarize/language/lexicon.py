"""Stop words and stems: which words carry no topic, and which words are one term.

For each language, from the first source that has it (see
:mod:`summarize.language.table`): stop words from sumy's lists, else the
``stop-words`` package, else ``stopwordsiso``, and a few of ours; stems from
NLTK's Snowball stemmers, else PyStemmer's, else ``simplemma``'s lemmas,
else none (the word is its own term). Each package is imported only when a
language that uses it is loaded.
"""

from __future__ import annotations

import pkgutil
import threading
from collections.abc import Callable, Iterable

from ..errors import LanguageError
from . import _nltk
from .table import Parts

__all__ = ["stemmer", "stop_words"]

# Words the lists lack that carry no topic: French "a" (has) and "à" (to);
# sumy's Spanish list lacks its commonest function words.
_EXTRA_STOP_WORDS = {
    "french": frozenset({"a", "à"}),
    "spanish": frozenset(
        {
            "de",
            "que",
            "y",
            "a",
            "se",
            "del",
            "no",
            "al",
            "más",
            "o",
            "le",
            "me",
            "este",
            "ya",
            "son",
            "había",
            "hasta",
            "está",
            "mi",
            "qué",
            "sólo",
            "han",
            "hay",
            "ni",
            "él",
            "ese",
            "e",
            "te",
            "aunque",
            "esa",
            "eso",
            "tan",
            "ella",
            "sí",
            "sido",
            "",
        }
    ),
}


def stop_words(name: str, parts: Parts) -> frozenset[str]:
    """The language's stop words, lower-cased, from the first source that has them, and ours."""
    found: Iterable[str]
    if parts.stop_words == "sumy":
        found = _sumy_stop_words(name)
    elif parts.stop_words == "stop-words":
        import stop_words

        found = stop_words.get_stop_words(name)
    else:
        import stopwordsiso

        found = stopwordsiso.stopwords(parts.code)
    return frozenset(word.lower() for word in found) | _EXTRA_STOP_WORDS.get(name, frozenset())


def _sumy_stop_words(name: str) -> frozenset[str]:
    """sumy's list for ``name``, read from its package as ``sumy.utils.get_stop_words`` reads it.

    Read here, since ``sumy.utils`` imports ``requests`` and ``pycountry`` to
    offer what we do not use: a list is one word a line, UTF-8.
    """
    data = pkgutil.get_data("sumy", f"data/stopwords/{name}.txt")
    if data is None:  # a loader that cannot read package data
        raise LanguageError(f"cannot read sumy's stop words for {name}; reinstall sumy")
    return frozenset(word.rstrip() for word in data.decode("utf-8").splitlines() if word)


def stemmer(name: str, parts: Parts) -> Callable[[str], str]:
    """The language's stemmer (or lemmatizer); the word itself where there is none."""
    if parts.stemmer in ("nltk", "pystemmer"):
        if parts.stemmer == "nltk":
            nltk_snowball = _nltk.snowball()

            def make() -> Callable[[str], str]:
                stem: Callable[[str], str] = nltk_snowball.SnowballStemmer(name).stem
                return stem
        else:
            import Stemmer

            def make() -> Callable[[str], str]:
                stem: Callable[[str], str] = Stemmer.Stemmer(name).stemWord
                return stem

        # A stemmer keeps state while it works (NLTK's Arabic one on itself,
        # PyStemmer's in C): one per thread.
        local = threading.local()

        def snowball(word: str) -> str:
            stem = getattr(local, "stem", None)
            if stem is None:
                stem = local.stem = make()
            result: str = stem(word)
            return result

        return snowball
    if parts.stemmer == "simplemma":
        import simplemma

        code = parts.stem_as or parts.code

        def lemma(word: str) -> str:
            return str(simplemma.lemmatize(word, lang=code)).lower()

        lemma("a")  # the dictionary loads now, with the language, not in the first story
        return lemma
    return str
