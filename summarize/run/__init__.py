"""Running many stories: one story's outcome, a pool of processes, Dask, output files."""
