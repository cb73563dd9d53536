"""Running many stories: one story's outcome, a pool of processes, Dask, output files.

``story`` reads each story once and gives its outcome; ``pool`` runs the
stories on this machine's cores (and :func:`summarize.summarize_many`);
``dask`` runs the same tasks on a Dask cluster; ``output`` writes the records;
``jobs`` checks how many workers a run may have.
"""

__all__ = ["INSTALL"]

# How to install what running on Dask needs, for the messages that name it.
INSTALL = "pip install 'summarize[dask]'"
