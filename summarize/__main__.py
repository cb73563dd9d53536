"""``python -m summarize``: the same as the ``summarize`` command."""

import sys

from .cli import main

__all__: list[str] = []

sys.exit(main())
