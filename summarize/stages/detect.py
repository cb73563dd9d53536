"""Articles -> the language each is written in, for ``language="auto"``.

Detection is ``py3langid``'s naive Bayes model over byte n-grams, which ships
inside its package (nothing is downloaded), limited to the languages we have
resources for, so that every answer is one we can read. It is deterministic:
the same text always gets the same language.

Each article long enough to tell (:data:`OWN_LANGUAGE_LETTERS`) is read in
its own language; a shorter one, such as a headline or a caption, in the
story's: the language of most of the text of the longer articles. The story
is told in its main language (the one of most text), which reads the query
and names the brief's language.

A language we have no resources for is never read as the nearest one we
have: the model is first asked among all the languages it knows, and a text
whose languages of ours are all under :data:`OURS_AT_LEAST` (Thai, which the
narrowed model would call Indonesian; Vietnamese, which it would call
Portuguese) is named in a :class:`LanguageError`. In a story whose other
articles are in our languages, such an article is read in the story's
language instead, with a :class:`LanguageWarning` that names it.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from ..errors import LanguageError, LanguageWarning
from ..language import CODES, Language, load_language
from ..language.table import AUTO
from ..types import Document

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

__all__ = [
    "FEW_STOP_WORDS",
    "OURS_AT_LEAST",
    "OWN_LANGUAGE_LETTERS",
    "article_languages",
    "check_language",
    "detect",
    "languages_of",
    "load_detector",
    "main_language",
]

# An article holds this many letters or more (two sentences or so) before it
# may be read in a language other than the story's; a headline has far fewer.
OWN_LANGUAGE_LETTERS = 100
# Detection reads this many characters from the start of each text; more
# changes no answer on news and only costs time.
_SAMPLE = 3000
_NAMES = {code: name for name, code in CODES.items()}
# Articles read in a language with this share of its stop words or less may be
# in another one; only then is the model asked (it takes a third of a second to
# load). English news has 0.22 or more (a median of 0.49); our stories in other
# languages read as English 0.19 or less; Estonian, Hebrew, Lithuanian, Turkish
# and Ukrainian have 0.06 to 0.13 of their own, so the model has the last word.
FEW_STOP_WORDS = 0.2
# Fewer words than this tell nothing about the language, unless they run
# this many letters on average: then spaces do not part the script's words.
_CHECK_WORDS = 40
_UNSPACED_WORD = 12
# Before a warning, the language the model tells must fill the text with its
# stop words (5 % at least, and twice the share of the language given): a
# list of names or scores, which the model may call Danish, fills none.
_OWN_STOP_WORDS = 0.05
# A text is in a language we have when, among every language the model knows,
# ours together are at least this likely. Our own stories score 0.65 or more;
# Thai scores 1e-35, Vietnamese 1e-18, Galician 0.007.
OURS_AT_LEAST = 0.01


@cache
def _load_everything() -> LanguageIdentifier:
    """The model over every language it knows, with probabilities; loaded once per process."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # only for language="auto"

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


class _NotOurs(LanguageError):
    """A text in a language we have no resources for; ``language`` names it."""

    language: str


def _not_ours(language: str) -> _NotOurs:
    """The error for a text in ``language``, which we have no resources for."""
    error = _NotOurs(
        f"the text reads as {language}, a language summarize has no resources for; "
        "give --language if it is one of ours after all (summarize --languages lists them)"
    )
    error.language = language
    return error


def _language_name(code: str) -> str:
    """The English name of a language code of the model, or the code itself."""
    try:
        import pycountry  # installed with sumy

        found = pycountry.languages.get(alpha_2=code) or pycountry.languages.get(alpha_3=code)
    except Exception:  # a name for a message only: the code will do
        found = None
    return str(found.name) if found is not None else f"the language {code!r}"


def _check_ours(sample: str) -> None:
    """Refuse ``sample`` if it is in a language we have no resources for."""
    ranked = _load_everything().rank(sample)
    if sum(float(chance) for code, chance in ranked if code in _NAMES) < OURS_AT_LEAST:
        raise _not_ours(_language_name(ranked[0][0]))


@cache
def load_detector() -> LanguageIdentifier:
    """The model, loaded once per process and limited to our languages."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(_NAMES))
    return identifier


def detect(text: str) -> str:
    """The name of the language ``text`` is written in, one of :data:`~summarize.LANGUAGES`.

    Raises
    ------
    LanguageError
        If ``text`` has no letter to tell its language by, or is in a language
        we have no resources for (named in the message).

    Examples
    --------
    >>> detect("Le pont sur la rivière a rouvert lundi matin après deux ans de travaux.")
    'french'
    >>> detect("افتتح الجسر الجديد فوق النهر صباح الاثنين بعد عامين من العمل.")
    'arabic'
    """
    if not any(character.isalpha() for character in text):
        raise LanguageError("cannot tell the language of a text without letters; give --language")
    _check_ours(text[:_SAMPLE])
    code, _ = load_detector().classify(text[:_SAMPLE])
    return _NAMES[code]


def languages_of(
    documents: Sequence[Document], setting: str, story: Language | None = None
) -> tuple[Language, ...]:
    """The language each article is read in: the one ``setting`` names, or each detected (``auto``).

    Seen articles pass the story's language: they are read in it, or with
    ``auto`` those too short to tell are.

    Raises
    ------
    LanguageError
        As :func:`article_languages` does, with ``auto``.
    """
    if setting == AUTO:
        return article_languages(documents, story) if documents else ()
    language = load_language(setting) if story is None else story
    return (language,) * len(documents)


def article_languages(
    documents: Sequence[Document], story: Language | None = None
) -> tuple[Language, ...]:
    """The language each article is read in: its own if it is long enough to tell, else the story's.

    The story's language is the one of most text among the articles long
    enough to tell (:data:`OWN_LANGUAGE_LETTERS`); with none, ``story`` if
    given (seen articles take the language of the story they belong to), else
    that of all the articles together.

    An article in a language we have no resources for is read in the
    story's, with a :class:`LanguageWarning` naming it.

    Raises
    ------
    LanguageError
        If no article has a letter to tell the language by, or every article
        long enough to tell is in a language we have no resources for.
    """
    own: list[str | None] = []
    size: dict[str, int] = {}
    not_ours: list[tuple[int, _NotOurs]] = []
    for index, document in enumerate(documents):
        sample = document.text[:_SAMPLE]
        if sum(character.isalpha() for character in sample) < OWN_LANGUAGE_LETTERS:
            own.append(None)
            continue
        try:
            name = detect(sample)
        except _NotOurs as refused:
            not_ours.append((index, refused))
            own.append(None)
            continue
        own.append(name)
        size[name] = size.get(name, 0) + len(document.text)
    if size:
        main = max(size, key=lambda name: size[name])  # the first met wins a tie
    elif not_ours and story is None:
        raise _not_ours(not_ours[0][1].language)
    elif story is not None:
        main = story.name
    else:
        main = detect(" ".join(document.text[:_SAMPLE] for document in documents))
    for index, unread in not_ours:
        warnings.warn(
            LanguageWarning(
                f"{documents[index].label(index)} reads as {unread.language}, a language "
                f"summarize has no resources for: it is read as {main}; leave it out, or "
                "summarize it alone"
            ),
            stacklevel=2,
        )
    return tuple(load_language(name or main) for name in own)


def check_language(documents: Sequence[Document], language: Language) -> None:
    """Warn when the articles, read in ``language`` as the caller asked, look written in another.

    Only articles with few of the language's stop words (:data:`FEW_STOP_WORDS`)
    are shown to the model, so a story in the language given costs a count of
    words. The :class:`LanguageWarning` names the language they look written in.
    """
    if not language.stop_words:
        return
    sample = _opening(documents)
    words = language.words(sample)
    share = _stop_count(language, words) / max(len(words), 1)
    if len(words) < _CHECK_WORDS:
        # a few long "words" of many letters: a script without spaces read as one with them
        letters = sum(character.isalpha() for character in sample)
        if letters < max(OWN_LANGUAGE_LETTERS, _UNSPACED_WORD * len(words)):
            return
    elif share > FEW_STOP_WORDS:
        return
    try:
        found = detect(sample)
        advice = f"give {found} as their language, or 'auto'"
    except _NotOurs as refused:
        found = refused.language
        advice = "a language summarize has no resources for"
    except LanguageError:
        return
    if found == language.name:
        return
    spaced = len(words) >= _CHECK_WORDS  # else a script without spaces: the model says
    if spaced and found in CODES and not _more_its_own(sample, found, share):
        return  # a list of names or scores, which no language's words fill
    warnings.warn(
        LanguageWarning(
            f"the articles, read as {language.name}, look written in {found}: {advice}"
        ),
        stacklevel=2,
    )


def _opening(documents: Sequence[Document]) -> str:
    """The first :data:`_SAMPLE` characters of the articles' texts joined by spaces.

    Only the articles that reach into them are read, so a story of many
    articles costs what its first few do.
    """
    parts: list[str] = []
    start = 0  # where the next article's text would start
    for document in documents:
        if start > _SAMPLE:  # past the sample, the space before it too
            break
        parts.append(document.text[:_SAMPLE])
        start += len(parts[-1]) + 1
    return " ".join(parts)[:_SAMPLE]


def _more_its_own(sample: str, name: str, share: float) -> bool:
    """Whether ``sample`` holds many more stop words of ``name`` than ``share``, those of the
    language it was read in: a list of names or scores fills neither.
    """
    other = load_language(name)
    theirs = other.words(sample)
    if len(theirs) < _CHECK_WORDS or not other.stop_words:
        return True
    theirs_share = _stop_count(other, theirs) / len(theirs)
    return theirs_share >= _OWN_STOP_WORDS and theirs_share > 2 * share


def _stop_count(language: Language, words: list[str]) -> int:
    """How many of ``words`` are stop words of ``language`` (see :meth:`Language.is_stop`)."""
    stop = language.stop_words
    # the set decides most words at once; only a hyphened word may join stop words
    joined = [word for word in words if "-" in word and word not in stop]
    return sum(map(stop.__contains__, words)) + sum(map(language.is_stop, joined))


def main_language(documents: Sequence[Document], languages: Sequence[Language]) -> Language:
    """The language of most of the articles' text (the first met on a tie)."""
    size: dict[str, int] = {}
    for document, language in zip(documents, languages, strict=True):
        size[language.name] = size.get(language.name, 0) + len(document.text)
    return load_language(max(size, key=lambda name: size[name]))
