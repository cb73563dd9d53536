"""Per-language words that tell whether a sentence reads on its own.

The lists a language may have, all lower-case:

- ``back``: words that, opening a sentence, point back to the sentence before
  it: personal pronouns ("he", "they"), demonstratives ("this", "these") and
  connectives ("but", "however"), with a few phrases of two or three words
  ("as a result", "in addition"). "He resigned on Monday." says nothing to a
  reader who has not seen the sentence naming him.
- ``first_person``: the words of someone speaking of themselves ("I", "we",
  "our"). Outside quotation marks they are the voice of a page (a column, a
  press release, a review); inside them, a speaker whom the sentence must name.
- ``second_person``: the words of someone speaking to another ("you",
  "your"). Outside quotation marks they are a page speaking to its reader (a
  prompt, an advertisement, a teaser: "You must confirm your signature."),
  unless the sentence says who gives the advice ("..., the sheriff's office
  said."); inside them, a speaker whom the sentence must name.
- ``imperatives``, ``commands`` and ``presenting``: a sentence that opens,
  outside quotation marks, by telling the reader what to do ("Click below
  ...", "Look at the replay.", "Don't ..."; a verb that is also a noun only
  before a word such as "the", "your" or "below": "Share prices fell" is
  story), or that shows the reader what follows ("Here are ...", "...,
  here are ten of ..."), is the page speaking to its reader, as with
  ``second_person`` (English only).
- ``speech``: verbs and phrases that attribute words to a speaker ("said",
  "told", "according to"). The word next to one names the speaker, unless it
  is one of the language's ``pronouns``.

- ``subordinators``: words that open a clause set before the sentence's own
  ("when", "if", "after"). When that clause and the sentence's own both have
  a pronoun for subject ("When she signed the contract, she asked ..."), the
  sentence names no one and points back (English only: French elides "si il"
  to "s'il", and German and Spanish put the subject after the verb or leave
  it out).

A demonstrative before a word of ``times`` ("this week", "that night") points
at a time, not back to a sentence.

The lists were written from the grammar of each language and checked on
English news: of the sentences people marked as fragments or unattributed
speech, the most common openers are "but", "he", "it", "this", "she", "and",
"they", "so" and "however", which open almost no sentence marked as story.
English, French, German and Spanish have them; other languages have none
(``docs/languages.md``), and their briefs keep quotations whole but do not
join a sentence to the one it points back to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

__all__ = ["CUES", "Cues", "asks"]


@dataclass(frozen=True, slots=True)
class Cues:
    """The words of one language that point back, speak in the first person, attribute speech."""

    back: frozenset[str]
    first_person: frozenset[str]
    speech: frozenset[str]
    pronouns: frozenset[str]
    second_person: frozenset[str] = frozenset()
    # Whether the language capitalises its nouns (German): then a capitalised
    # word beside a second-person word does not make it a title's.
    capitalises_nouns: bool = False
    # Openers that look like ``back`` but point at a time, not a sentence ("this week").
    times: frozenset[str] = frozenset()
    # Openings with a word of ``back`` that points at nothing before: an
    # impersonal pronoun ("it was not clear whether", "il y a", "il faut").
    impersonal: frozenset[str] = frozenset()
    # Words of ``back`` that point back only before a comma: "Still, ..." but
    # "Still images ...", "Further, ..." but "Further talks ...".
    before_comma: frozenset[str] = frozenset()
    # Openings that point back by their shape: an epithet such as "The
    # 25-year-old singer", standing for a name given before.
    back_shapes: tuple[str, ...] = ()
    # Verbs that, opening a sentence outside quotation marks, tell the reader
    # what to do ("Click below to sign.", "Look at the replay."): the page
    # speaking to its reader, as ``second_person`` words do. Many are nouns
    # too ("Share prices fell", "Tap water", "Watch parties"), so a verb is a
    # command only when a word of ``after_imperatives``, in lower case, follows.
    imperatives: frozenset[str] = frozenset()
    after_imperatives: frozenset[str] = frozenset()
    # Openings that tell the reader what to do whatever follows ("Don't",
    # "Let's").
    commands: frozenset[str] = frozenset()
    # The page showing its reader what follows, at a sentence's start or after
    # a comma or colon ("..., here are ten of the most memorable things").
    presenting: frozenset[str] = frozenset()
    # Words that open a clause set before the sentence's own ("when", "if",
    # "after"). When both clauses have a pronoun for subject ("When she signed
    # the contract, she told ..."), the sentence names no one: it points back.
    subordinators: frozenset[str] = frozenset()
    # Phrases that point at a picture or a video of the page ("this photo",
    # "these images"): a brief cannot show it, so a sentence that says one
    # outside quotation marks is a caption, or the page speaking of itself.
    pictures: tuple[str, ...] = ()
    # The most words a phrase of ``back`` or ``speech`` has.
    longest: int = field(init=False)
    # The first word of each phrase of ``speech``: where an attribution may start.
    speech_starts: frozenset[str] = field(init=False)
    # The words of ``pronouns`` not in ``first_person``: a subject the sentence must name.
    other_pronouns: frozenset[str] = field(init=False, repr=False)

    # The phrases of ``back`` at the start of a text; the words of
    # ``first_person`` and ``second_person`` anywhere (a contraction by its
    # first word: "I'm" by "I"); the phrases of ``impersonal`` at the start of
    # a text.
    opens_back: regex.Pattern[str] = field(init=False, repr=False)
    opens_impersonal: regex.Pattern[str] | None = field(init=False, repr=False)
    # The phrases of ``subordinators``, ``imperatives`` and ``commands`` at the
    # start of a text; those of ``presenting`` there (``opens_presenting``, to
    # match) or after a comma or colon (``presents``, to search for).
    opens_clause: regex.Pattern[str] | None = field(init=False, repr=False)
    opens_imperative: regex.Pattern[str] | None = field(init=False, repr=False)
    opens_command: regex.Pattern[str] | None = field(init=False, repr=False)
    opens_presenting: regex.Pattern[str] | None = field(init=False, repr=False)
    presents: regex.Pattern[str] | None = field(init=False, repr=False)
    # The phrases of ``pictures``, anywhere in a text.
    shows_picture: regex.Pattern[str] | None = field(init=False, repr=False)
    speaks: re.Pattern[str] = field(init=False, repr=False)
    # The words of ``second_person`` as ``speaks`` finds them, lower-cased.
    addressing: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        longest = max(len(phrase.split()) for phrase in self.back | self.speech)
        object.__setattr__(self, "longest", longest)
        starts = frozenset(phrase.split()[0] for phrase in self.speech)
        object.__setattr__(self, "speech_starts", starts)
        object.__setattr__(self, "other_pronouns", self.pronouns - self.first_person)
        object.__setattr__(self, "opens_back", _starts_with(self.back, self.back_shapes))
        for name, listed in (
            ("opens_impersonal", self.impersonal),
            ("opens_clause", self.subordinators),
            ("opens_imperative", self.imperatives),
            ("opens_command", self.commands),
        ):  # a language without the list has no pattern
            object.__setattr__(self, name, _starts_with(listed) if listed else None)
        opens_presenting = presents = None
        if self.presenting:
            phrases = rf"(?i:{_alternatives(self.presenting)})(?![\p{{L}}\p{{M}}\p{{N}}])"
            opens_presenting = regex.compile(rf"[\W\d_]*{phrases}")
            # Two patterns, not one with "^" as an alternative: a search for
            # the punctuation alone skips most of a text at once.
            presents = regex.compile(rf"[,:;\u2013\u2014]\s+{phrases}")
        object.__setattr__(self, "opens_presenting", opens_presenting)
        object.__setattr__(self, "presents", presents)
        shows_picture = None
        if self.pictures:
            shows_picture = regex.compile(
                rf"\b(?:{'|'.join(self.pictures)})(?![\p{{L}}\p{{M}}\p{{N}}])", regex.I
            )
        object.__setattr__(self, "shows_picture", shows_picture)
        speaks = _word_pattern(self.first_person | self.second_person)
        object.__setattr__(self, "speaks", speaks)
        object.__setattr__(self, "addressing", frozenset(map(_head, self.second_person)))


def _head(word: str) -> str:
    """A word as :func:`_word_pattern` finds it: a contraction by its first word."""
    return re.split(r"['’]", word)[0] if word[-1] not in "'’" else word[:-1]


def _word_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """A pattern for any of ``words``: whole words, a contraction by its first word
    ("I'm" by "I", "you're" by "you"), an elided form with its apostrophe ("j'",
    never the "M" of "M. Dupont")."""
    if not words:
        return re.compile(r"(?!)")  # no word to find
    elided = sorted(word[:-1] for word in words if word[-1] in "'’")
    whole = sorted(
        {_head(word) for word in words if word[-1] not in "'’"},
        key=len,
        reverse=True,
    )
    # Each word's first letter, looked at first: most places start none, and
    # the expression moves on from them without trying every word.
    first = "".join(sorted({word[0] for word in [*whole, *elided]}))
    parts = [rf"\b(?:{'|'.join(map(re.escape, whole))})\b"]
    if elided:
        parts.append(rf"\b(?:{'|'.join(map(re.escape, elided))})['’]")
    return re.compile(rf"(?=[{re.escape(first)}])(?:{'|'.join(parts)})", re.I)


def _alternatives(phrases: frozenset[str]) -> str:
    """The phrases as one alternation, longest first, white space matching any run of it.

    The phrases are grouped under their first letter ("b(?:ut|oth)|t(?:hese|his)"),
    so that regex tries only the phrases of the letter it reads; two phrases in
    lower case that open with different letters never match at the same place.
    """
    rests: dict[str, list[str]] = {}
    for phrase in sorted(phrases, key=len, reverse=True):
        rests.setdefault(phrase[0], []).append(phrase[1:])
    return "|".join(
        regex.escape(first)
        + "(?:"
        + "|".join(r"\s+".join(map(regex.escape, rest.split(" "))) for rest in after)
        + ")"
        for first, after in rests.items()
    )


def _starts_with(phrases: frozenset[str], shapes: tuple[str, ...] = ()) -> regex.Pattern[str]:
    """A pattern matching one of ``phrases``, or of ``shapes``, as whole words at a text's start.

    A word joined by a hyphen to the next is not whole: "Then-President" does not open with "then".
    """
    alternatives = "|".join([_alternatives(phrases), *shapes])
    return regex.compile(rf"(?:{alternatives})(?![\p{{L}}\p{{M}}\p{{N}}]|[-‐‑]\p{{L}})", regex.I)


def _words(text: str) -> frozenset[str]:
    """The phrases of ``text``, one a line, lower-cased and single-spaced."""
    return frozenset(" ".join(line.split()).lower() for line in text.splitlines() if line.strip())


_ENGLISH_PRONOUNS = _words(
    """
    he
    she
    they
    it
    him
    her
    them
    his
    hers
    their
    theirs
    its
    i
    we
    you
    """
)

# A word that may stand between "this" and a picture the page shows.
_ENGLISH_PICTURED = (
    r"(?:(?:undated|exclusive|aerial|file|handout|new|recent|latest|rare|viral|amateur|grainy"
    r"|dramatic|striking|stunning|haunting|old|family|surveillance|security|cellphone|dashcam"
    r"|bodycam|drone|satellite)\s+)?"
)

_ENGLISH = Cues(
    back=_ENGLISH_PRONOUNS - {"i", "we", "you"}
    | _words(
        """
        this
        that
        these
        those
        such
        but
        and
        or
        nor
        so
        yet
        however
        also
        still
        though
        instead
        moreover
        furthermore
        besides
        then
        thus
        therefore
        hence
        nevertheless
        nonetheless
        otherwise
        regardless
        indeed
        likewise
        similarly
        consequently
        accordingly
        additionally
        again
        plus
        too
        even so
        in addition
        as a result
        in turn
        after that
        for example
        for instance
        in fact
        that said
        after all
        further
        except
        which
        others
        both
        each
        neither
        either
        by contrast
        in contrast
        the latter
        the former
        the same
        in this case
        in that case
        in such cases
        at that point
        at that time
        at that moment
        by then
        since then
        until then
        before that
        to that end
        on top of that
        even then
        in the meantime
        at least that
        at least this
        at least it
        if only that
        if only this
        if only it
        now he
        now she
        now it
        now they
        now his
        now her
        now its
        now their
        """
    ),
    # not "mine": in news it is the pit far more often than the pronoun
    first_person=_words(
        """
        i
        me
        my
        myself
        we
        us
        our
        ours
        ourselves
        i'm
        i’m
        i've
        i’ve
        i'd
        i’d
        i'll
        i’ll
        we're
        we’re
        we've
        we’ve
        we'd
        we’d
        we'll
        we’ll
        """
    ),
    speech=_words(
        """
        said
        says
        say
        told
        tells
        asked
        asks
        added
        adds
        explained
        explains
        wrote
        writes
        stated
        states
        noted
        notes
        recalled
        recalls
        insisted
        insists
        continued
        replied
        replies
        answered
        warned
        warns
        admitted
        acknowledged
        argued
        argues
        claimed
        claims
        declared
        announced
        tweeted
        posted
        stressed
        conceded
        according to
        """
    ),
    pronouns=_ENGLISH_PRONOUNS,
    second_person=_words(
        """
        you
        your
        yours
        yourself
        yourselves
        you're
        you’re
        you've
        you’ve
        you'll
        you’ll
        you'd
        you’d
        """
    ),
    # "The 25-year-old ...", and a time counted from the sentence before:
    # "Two days later", "The next morning", "At the same time".
    back_shapes=(
        r"the\s+\d+-year-old",
        r"(?:(?:just|only|barely|less\s+than|more\s+than|about|nearly|almost|some)\s+)?"
        r"(?:(?:a|an|one|two|three|four|five|six|several|a\s+few|\d+)"
        r"\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|moments?|decades?)\s+(?:later|earlier)",
        r"the\s+(?:next|following|previous)\s+(?:day|morning|afternoon|evening|night|week|month|year)",
        r"(?:around|at|about)\s+the\s+same\s+time",
        # "The rest goes to ...", "the others", with no "of" to say of what
        r"the\s+(?:rest|others)(?!\s+of\b)",
        # an interview's answer, after its question ("Q: ..."): "A: Sign the ticket first."
        r"a:",
    ),
    impersonal=_words(
        """
        it is not clear
        it was not clear
        it is not immediately clear
        it was not immediately clear
        it is unclear
        it was unclear
        it remains unclear
        it remained unclear
        it is not known
        it was not known
        it is unknown
        it was unknown
        it is too early
        it was too early
        """
    ),
    before_comma=_words(
        """
        still
        further
        """
    ),
    # not "like", "vote", "call" or "search": they open story sentences as
    # prepositions and nouns ("Like many towns, ...", "Vote counting began");
    # "let's" is a command, whatever follows it
    imperatives=_words(
        """
        look
        watch
        see
        check
        click
        tap
        scroll
        swipe
        read
        follow
        join
        remember
        consider
        listen
        try
        get
        make
        tell
        take
        find
        share
        sign
        subscribe
        download
        visit
        learn
        discover
        explore
        enjoy
        register
        """
    ),
    after_imperatives=_words(
        """
        the
        a
        an
        this
        these
        that
        those
        your
        our
        my
        his
        her
        their
        its
        it
        them
        him
        us
        me
        all
        some
        more
        out
        up
        on
        in
        at
        for
        to
        with
        below
        above
        here
        there
        through
        back
        along
        over
        about
        how
        what
        why
        who
        where
        when
        whether
        if
        now
        """
    ),
    commands=_words(
        """
        don't
        don’t
        do not
        let's
        let’s
        """
    ),
    presenting=_words(
        """
        here are
        here is
        and here are
        and here is
        """
    ),
    # a word for a picture that is no figure of speech, or a picture or an
    # image the page shows; not "this video game", "this picture of the economy".
    # One pattern that opens with "this": the search skips most of a text at once.
    pictures=(
        rf"(?:this|these)\s+{_ENGLISH_PICTURED}(?:"
        r"(?:photos?|photographs?|videos?|footage|clips?|snapshots?|selfies?|screenshots?)"
        r"(?!\s+(?:games?|cards?|cameras?|editors?|apps?|calls?|chats?|conferenc\w*|streaming"
        r"|sharing|platforms?|services?|sites?|feeds?|players?)\b)"
        r"|(?<=(?:shared|posted|took|taken|released|published|tweeted|provided)\s+(?:this|these)"
        r"\s+\S*\s*)(?:pictures?|images?)"
        r"|(?:pictures?|images?)(?=\s+(?:shows?|showed|showing)))",
    ),
    subordinators=_words(
        """
        when
        whenever
        if
        unless
        after
        before
        as
        while
        although
        though
        because
        since
        once
        until
        now that
        even though
        even if
        ever since
        """
    ),
    times=_words(
        """
        morning
        afternoon
        evening
        night
        day
        week
        weekend
        month
        year
        spring
        summer
        fall
        autumn
        winter
        season
        time
        monday
        tuesday
        wednesday
        thursday
        friday
        saturday
        sunday
        """
    ),
)

_FRENCH_PRONOUNS = _words(
    """
    il
    elle
    ils
    elles
    lui
    leur
    leurs
    je
    j'
    nous
    on
    """
)

_FRENCH = Cues(
    back=_words(
        """
        il
        elle
        ils
        elles
        cela
        ceci
        ça
        celui-ci
        celle-ci
        ce
        cet
        cette
        ces
        mais
        et
        ou
        donc
        pourtant
        cependant
        toutefois
        néanmoins
        ensuite
        puis
        aussi
        ainsi
        alors
        en outre
        de plus
        par ailleurs
        en effet
        par exemple
        """
    ),
    first_person=_words(
        """
        je
        j'
        j’
        me
        m'
        m’
        moi
        mon
        ma
        mes
        nous
        notre
        nos
        """
    ),
    speech=_words(
        """
        a dit
        a déclaré
        a affirmé
        a expliqué
        a ajouté
        a indiqué
        a précisé
        a assuré
        dit
        déclare
        explique
        ajoute
        indique
        précise
        estime
        selon
        d'après
        """
    ),
    pronouns=_FRENCH_PRONOUNS,
    # not "tu", the past participle of "taire" as often ("il s'est tu")
    second_person=_words(
        """
        toi
        ta
        tes
        vous
        votre
        vos
        """
    ),
    times=_words(
        """
        matin
        après-midi
        soir
        soir-là
        nuit
        jour
        semaine
        week-end
        mois
        année
        an
        printemps
        été
        automne
        hiver
        fois
        lundi
        mardi
        mercredi
        jeudi
        vendredi
        samedi
        dimanche
        """
    ),
    pictures=(
        r"(?:cette|ces)\s+(?:photos?|vidéos?|photographies?)",
        r"(?:partagé|publié|diffusé|posté)e?s?\s+(?:cette|ces)\s+images?",
    ),
    impersonal=_words(
        """
        il y a
        il y avait
        il y a eu
        il y aura
        il faut
        il fallait
        il faudra
        il est possible
        il est probable
        il est trop tôt
        il reste
        il restait
        """
    ),
)

_GERMAN_PRONOUNS = _words(
    """
    er
    sie
    es
    ihm
    ihn
    ihr
    ihre
    sein
    seine
    ich
    wir
    """
)

_GERMAN = Cues(
    back=_words(
        """
        er
        sie
        dies
        diese
        dieser
        dieses
        dabei
        damit
        dadurch
        daher
        deshalb
        deswegen
        aber
        und
        oder
        doch
        jedoch
        allerdings
        trotzdem
        dennoch
        außerdem
        zudem
        auch
        dann
        so
        also
        zum beispiel
        """
    ),
    first_person=_words(
        """
        ich
        mich
        mir
        mein
        meine
        meinen
        meinem
        meiner
        wir
        uns
        unser
        unsere
        unseren
        unserem
        unserer
        """
    ),
    speech=_words(
        """
        sagte
        sagt
        sagten
        erklärte
        erklärt
        betonte
        betont
        fügte
        schrieb
        schreibt
        teilte
        meinte
        so
        laut
        zufolge
        """
    ),
    pronouns=_GERMAN_PRONOUNS,
    capitalises_nouns=True,
    pictures=(r"(?:dieses|diesem|diese|diesen)\s+(?:Fotos?|Videos?)",),
    second_person=_words(
        """
        du
        dich
        dir
        dein
        deine
        deinen
        deinem
        deiner
        deines
        euch
        euer
        eure
        euren
        eurem
        eurer
        """
    ),
)

_SPANISH_PRONOUNS = _words(
    """
    él
    ella
    ellos
    ellas
    le
    les
    su
    sus
    yo
    nosotros
    """
)

_SPANISH = Cues(
    back=_words(
        """
        él
        ella
        ellos
        ellas
        esto
        eso
        este
        esta
        estos
        estas
        pero
        y
        o
        sin embargo
        además
        también
        entonces
        así
        por eso
        por ejemplo
        dijo que
        afirmó que
        explicó que
        añadió que
        agregó que
        declaró que
        aseguró que
        indicó que
        señaló que
        """
    ),
    first_person=_words(
        """
        yo
        me
        mi
        mis
        nosotros
        nosotras
        nuestro
        nuestra
        nuestros
        nuestras
        """
    ),
    speech=_words(
        """
        dijo
        dice
        afirmó
        afirma
        explicó
        explica
        añadió
        agregó
        declaró
        aseguró
        indicó
        señaló
        según
        """
    ),
    pronouns=_SPANISH_PRONOUNS,
    second_person=_words(
        """
        tú
        tu
        tus
        ti
        contigo
        usted
        ustedes
        vosotros
        vosotras
        vuestro
        vuestra
        vuestros
        vuestras
        """
    ),
    pictures=(
        r"(?:esta|estas|este|estos)\s+(?:fotos?|v[íi]deos?|fotografías?)",
        r"(?:esta|estas)\s+(?:imagen|imágenes)\s+muestran?",
    ),
    times=_words(
        """
        mañana
        tarde
        noche
        día
        semana
        fin
        mes
        año
        primavera
        verano
        otoño
        invierno
        vez
        lunes
        martes
        miércoles
        jueves
        viernes
        sábado
        domingo
        """
    ),
)

CUES: dict[str, Cues] = {
    "english": _ENGLISH,
    "french": _FRENCH,
    "german": _GERMAN,
    "spanish": _SPANISH,
}

# A question ends in a question mark of its script, then maybe closing marks.
# Greek asks with ";" (and its look-alike U+037E), a semicolon elsewhere.
# Searched backwards ((?r)): from the text's end, the only place they match.
_ASKS = regex.compile(r"(?r)[?？؟\u037e][\s\"'”’»)\]」』]*$")
_ASKS_GREEK = regex.compile(r"(?r)[?？؟;\u037e][\s\"'”’»)\]」』]*$")


def asks(text: str, language: str) -> bool:
    """Whether ``text`` ends as a question does in ``language`` (a name of the language table).

    Examples
    --------
    >>> asks("Τι θα κάνατε;", "greek"), asks("Rain fell;", "english"), asks("Why?”", "english")
    (True, False, True)
    """
    return (_ASKS_GREEK if language == "greek" else _ASKS).search(text) is not None
