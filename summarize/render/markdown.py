"""The brief as Markdown: a numbered list with its citations, then the sources as links."""

from __future__ import annotations

from ..types import BriefContent, Document, cited
from .safe import for_markdown, markdown_link
from .text import file_of, one_line, share_cited

__all__ = ["markdown"]


def markdown(brief: BriefContent) -> str:
    """Numbered sentences citing ``[n]`` for each article stating them, then the sources.

    Nothing of the articles is read as Markdown: their marks are escaped,
    and only ``http(s)`` addresses become links.
    """
    lines = [f"**Query:** {for_markdown(one_line(brief.query))}", ""] if brief.query else []
    lines += [
        f"{position}. {for_markdown(one_line(s.text))} {s.citations}"
        for position, s in enumerate(brief.sentences, start=1)
    ]
    lines += ["", "**Sources**", ""]
    lines.extend(
        f"- [{source + 1}] {_source(brief.documents[source], source)}"
        for source in cited(brief.sentences)
    )
    share = share_cited(brief)
    if share:
        lines += ["", f"_{share}_"]
    return "\n".join(lines)


def _source(document: Document, index: int) -> str:
    return markdown_link(document.label(index), document.url) + for_markdown(file_of(document))
