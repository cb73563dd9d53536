from __future__ import annotations

import pytest

from summarize.language import Language, load_language


@pytest.fixture(scope="session")
def english() -> Language:
    return load_language("english")
