"""Rendering: the brief as text, Markdown, JSON and an HTML page, each safe where it is written.

Each rendering reads a brief's values (:class:`summarize.types.BriefContent`)
and gives a string: :mod:`~summarize.render.text`,
:mod:`~summarize.render.markdown`, :mod:`~summarize.render.data` (the dict,
and the brief read back from it) and :mod:`~summarize.render.html` (one
self-contained page); :mod:`~summarize.render.safe` writes article text so
that nothing in it can act where it lands. :class:`summarize.Brief` offers
them as its methods; nothing here imports it.
"""

from __future__ import annotations

from ..types import BriefContent
from .data import to_dict
from .html import page
from .markdown import markdown
from .safe import for_terminal, json_text
from .text import text

__all__ = ["FORMATS", "render"]

FORMATS = ("text", "markdown", "json", "html")


def render(brief: BriefContent, fmt: str) -> str:
    """The brief as ``text``, ``markdown``, ``json`` or ``html``, safe to print.

    Text and Markdown show terminal escape sequences, other control characters
    and bidirectional overrides escaped (``\\x1b``, ``\\u202e``); JSON is
    strict and writes them as ``\\u`` escapes; the page holds them isolated.
    """
    if fmt == "html":
        return page(brief)
    if fmt == "markdown":
        return for_terminal(markdown(brief))
    if fmt == "json":
        return json_text(to_dict(brief), indent=2)
    return for_terminal(text(brief))
