"""The languages we have resources for, and where each part of each comes from.

Pure data, and the two functions that read it: :func:`resolve` (a name or
code to our name) and :func:`describe` (what ``summarize --languages``
shows). It loads nothing, so the options, the command line and the page can
read it at no cost; :func:`summarize.language.load_language` loads a
language's resources when a story needs them.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from ..errors import LanguageError

__all__ = [
    "AUTO",
    "CODES",
    "HEADLINE_STOP",
    "LANGUAGES",
    "PARTS",
    "Parts",
    "RIGHT_TO_LEFT",
    "describe",
    "resolve",
]

# The value of ``language`` that asks to detect each article's language.
AUTO = "auto"

Splitter = Literal["punkt", "sentencex"]
StopSource = Literal["sumy", "stop-words", "stopwordsiso"]
StemSource = Literal["nltk", "pystemmer", "simplemma"]


class Parts(NamedTuple):
    """Where each resource of one language comes from (see the module's docstring)."""

    code: str
    splitter: Splitter
    stop_words: StopSource
    stemmer: StemSource | None
    bigrams: bool = False
    # The language's name in the stemming library where it differs from ours
    # (Croatian is lemmatized as Serbo-Croatian, "hbs").
    stem_as: str | None = None


# Every language we have resources for, with its code (ISO 639-1, as HTML's
# lang attribute names it) and the source of each part.
PARTS: dict[str, Parts] = {
    "arabic": Parts("ar", "sentencex", "sumy", "nltk"),
    "bengali": Parts("bn", "sentencex", "stopwordsiso", None),
    "bulgarian": Parts("bg", "sentencex", "stop-words", "simplemma"),
    "catalan": Parts("ca", "sentencex", "stop-words", "pystemmer"),
    "chinese": Parts("zh", "sentencex", "sumy", None, bigrams=True),
    "croatian": Parts("hr", "sentencex", "stopwordsiso", "simplemma", stem_as="hbs"),
    "czech": Parts("cs", "punkt", "sumy", "pystemmer"),
    "danish": Parts("da", "punkt", "stop-words", "nltk"),
    "dutch": Parts("nl", "punkt", "stop-words", "nltk"),
    "english": Parts("en", "punkt", "sumy", "nltk"),
    "estonian": Parts("et", "punkt", "stopwordsiso", "pystemmer"),
    "finnish": Parts("fi", "punkt", "stop-words", "nltk"),
    "french": Parts("fr", "punkt", "sumy", "nltk"),
    "german": Parts("de", "punkt", "sumy", "nltk"),
    "greek": Parts("el", "punkt", "sumy", "pystemmer"),
    "hebrew": Parts("he", "sentencex", "sumy", "simplemma"),
    "hindi": Parts("hi", "sentencex", "stop-words", "pystemmer"),
    "hungarian": Parts("hu", "sentencex", "stop-words", "nltk"),
    "indonesian": Parts("id", "sentencex", "stop-words", "pystemmer"),
    "italian": Parts("it", "punkt", "sumy", "nltk"),
    "japanese": Parts("ja", "sentencex", "sumy", None, bigrams=True),
    "korean": Parts("ko", "sentencex", "sumy", None, bigrams=True),
    "latvian": Parts("lv", "sentencex", "stopwordsiso", "simplemma"),
    "lithuanian": Parts("lt", "sentencex", "stopwordsiso", "pystemmer"),
    "marathi": Parts("mr", "sentencex", "stopwordsiso", None),
    "norwegian": Parts("no", "punkt", "stop-words", "nltk"),
    "persian": Parts("fa", "sentencex", "stopwordsiso", "pystemmer"),
    "polish": Parts("pl", "punkt", "sumy", "pystemmer"),
    "portuguese": Parts("pt", "punkt", "sumy", "nltk"),
    "romanian": Parts("ro", "sentencex", "stop-words", "nltk"),
    "russian": Parts("ru", "punkt", "stop-words", "nltk"),
    "slovak": Parts("sk", "sentencex", "sumy", "simplemma"),
    "slovene": Parts("sl", "punkt", "stopwordsiso", "simplemma"),
    "spanish": Parts("es", "punkt", "sumy", "nltk"),
    "swedish": Parts("sv", "punkt", "sumy", "nltk"),
    "turkish": Parts("tr", "punkt", "stop-words", "pystemmer"),
    "ukrainian": Parts("uk", "sentencex", "sumy", "simplemma"),
    "urdu": Parts("ur", "sentencex", "stopwordsiso", None),
}
LANGUAGES: tuple[str, ...] = tuple(PARTS)
CODES: dict[str, str] = {name: parts.code for name, parts in PARTS.items()}
_BY_CODE = {code: name for name, code in CODES.items()}
# Languages whose script runs right to left.
RIGHT_TO_LEFT = frozenset({"arabic", "hebrew", "persian", "urdu"})

# Languages whose news pages end a headline with a full stop, as a sentence
# (Arabic: 86 of 100 headlines of a set of real pages): a short first line is
# their headline, whatever its punctuation.
HEADLINE_STOP = frozenset({"arabic"})


def resolve(name: str) -> str:
    """Our name for a language given by name or code, any case and spacing.

    Raises
    ------
    LanguageError
        If it is neither one of :data:`LANGUAGES` nor one of their codes.

    Examples
    --------
    >>> resolve(" Arabic"), resolve("UK"), resolve("he")
    ('arabic', 'ukrainian', 'hebrew')
    """
    key = name.strip().lower().replace("_", "-") if isinstance(name, str) else ""
    found = key if key in PARTS else _BY_CODE.get(key.split("-")[0])  # "pt-BR" is "pt"
    if found is None:
        raise LanguageError(
            f"no resources for language {name!r}; give a name or code such as 'english' "
            "or 'ar', or 'auto' (the list: summarize --languages)"
        )
    return found


def describe(name: str) -> dict[str, str]:
    """What the language has, for ``summarize --languages``: each part and its source.

    Examples
    --------
    >>> describe("hindi")
    {'language': 'hindi', 'code': 'hi', 'sentences': 'sentencex', 'stop words': 'stop-words', 'stems': 'PyStemmer (Snowball)', 'word units': 'words'}
    """  # noqa: E501
    name = resolve(name)
    parts = PARTS[name]
    stems = {
        "nltk": "NLTK Snowball",
        "pystemmer": "PyStemmer (Snowball)",
        "simplemma": "simplemma (lemmas)",
        None: "none",
    }[parts.stemmer]
    return {
        "language": name,
        "code": parts.code,
        "sentences": "Punkt" if parts.splitter == "punkt" else "sentencex",
        "stop words": parts.stop_words,
        "stems": stems,
        "word units": "letter pairs" if parts.bigrams else "words",
    }
