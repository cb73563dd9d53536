"""The brief as plain text: one sentence a line with its ``[n]`` citations, then the sources."""

from __future__ import annotations

import re

from ..types import BriefContent, Document, cited

__all__ = ["file_of", "one_line", "share_cited", "text"]

_WHITE = re.compile(r"\s+")
# Spaces that keep two words on one line ("10\u00a0km", French "«\u00a0oui\u00a0»"):
# a run of only these is part of the text, not a break to fold.
_NO_BREAK = frozenset("\u00a0\u2007\u202f")


def text(brief: BriefContent) -> str:
    """The brief as text (what ``str(brief)`` gives).

    ``Query: ...`` and a blank line when there is a query, then one sentence
    a line, each ending with an ``[n]`` for every article stating it, then
    each cited article on a line of its own, and how many of the articles
    that is when some are not cited.
    """
    lines = [f"Query: {one_line(brief.query)}", ""] if brief.query else []
    lines += [f"{one_line(s.text)} {s.citations}" for s in brief.sentences]
    lines.append("")
    lines.extend(
        f"[{source + 1}] {_source_line(brief.documents[source], source)}"
        for source in cited(brief.sentences)
    )
    share = share_cited(brief)
    if share:
        lines += ["", f"({share})"]
    return "\n".join(lines)


def share_cited(brief: BriefContent) -> str | None:
    """ "2 of 5 articles cited" when some articles are cited by no sentence, else None.

    The source list numbers articles as they were given, so a reader sees
    gaps in it; this says that the articles missing were read and not cited.
    """
    total = len(brief.documents)
    count = len(cited(brief.sentences))
    return f"{count} of {total} articles cited" if count < total else None


def one_line(text: str) -> str:
    """``text`` with its inner line breaks and runs of white space as single spaces.

    No-break spaces with no other white space among them are kept as they are.

    Examples
    --------
    >>> one_line("Rain\\n  fell.")
    'Rain fell.'
    >>> one_line(" It ran 10\\u00a0km. ")
    'It ran 10\\xa0km.'
    """
    return _WHITE.sub(_fold, text.strip())


def _fold(run: re.Match[str]) -> str:
    """A run of white space as one space, unless it is only no-break spaces."""
    found = run.group()
    return found if _NO_BREAK.issuperset(found) else " "


def file_of(document: Document) -> str:
    """`` (id)`` for an article cited by its title with an id and no address, else nothing."""
    if document.title and document.id and not document.url and document.id != document.title:
        return f" ({one_line(document.id)})"
    return ""


def _source_line(document: Document, source: int) -> str:
    """How the source list names an article: one line, whatever breaks its title or id holds."""
    label = document.label(source)
    line = one_line(label) + file_of(document)
    if document.url and document.url != label:
        return f"{line} <{one_line(document.url)}>"
    return line
