"""The stages of a summary, each a small pure function of what the one before gave.

In the order :mod:`summarize.api` runs them: ``detect`` (each article's
language), ``segment`` (sentences with their spans), ``anatomy`` (the role of
each line), ``merge`` (exact copies as one node), ``units`` (what a reader can
use alone), ``represent`` (term vectors), ``focus`` (the query and the seen
articles), ``graph`` (one similarity graph), ``rank`` (PageRank), ``select``
(the budgeted, non-redundant choice) and ``corroborate`` (every article that
states each chosen sentence). No stage imports another.
"""

__all__: list[str] = []
