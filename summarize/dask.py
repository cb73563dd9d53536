"""Many stories on a Dask cluster: the documented home of :func:`summarize_bag`.

The code is in :mod:`summarize.run.dask`, with the other ways of running
many stories. Needs the extra: ``pip install 'summarize[dask]'``.
"""

from __future__ import annotations

from .run.dask import summarize_bag

__all__ = ["summarize_bag"]
