"""Web pages and addresses -> Documents: the documented home of :func:`fetch` and :func:`extract`.

The code is in :mod:`summarize.readers.web`, with the other readers.
"""

from __future__ import annotations

from .readers.web import extract, fetch

__all__ = ["extract", "fetch"]
