"""What each path imports: a path loads the libraries it needs and no others.

Each case runs in a fresh interpreter and reports which modules it loaded;
nothing is timed here (``benchmarks/startup.py`` times them).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Libraries summarizing an English story never needs.
NEVER = [
    "scipy.stats",
    "networkx",
    "trafilatura",
    "py3langid",
    "sumy.utils",
    "requests",
    "tqdm",
    "dask",
    "sentencex",
    "nltk.collocations",
    "nltk.corpus.reader",
]
# Libraries that answering --version, --help or importing the package never needs.
HEAVY = ["numpy", "scipy", "nltk", "punkt", "charset_normalizer", *NEVER]

STORY = [
    "The dam on the Ore river failed late on Sunday night, officials said on Monday.",
    "Water from the failed dam flooded the lower town of Ore on Sunday night.",
]


def loaded(code: str) -> set[str]:
    """The modules a fresh interpreter has after running ``code``."""
    script = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True
    )
    return set(json.loads(done.stdout.splitlines()[-1]))


@pytest.mark.parametrize(
    "code",
    [
        "import summarize",
        "from summarize import Brief, Document, Options, SummarizeError",
        "from summarize.cli import main\nmain(['--version'])",
        "from summarize.cli import main\nmain(['--help'])",
        "from summarize.cli import main\nmain(['--languages'])",
    ],
    ids=["import", "values", "--version", "--help", "--languages"],
)
def test_answering_at_once_loads_no_library_of_the_summary(code):
    found = loaded(code)
    assert not [name for name in HEAVY if name in found]
    assert "summarize.api" not in found


def test_a_brief_in_english_loads_only_what_it_needs():
    found = loaded(f"from summarize import summarize\nsummarize({STORY!r})")
    assert {"numpy", "scipy.sparse", "punkt", "nltk.stem.snowball"} <= found
    assert "nltk.tokenize" not in found  # sentences are split by the punkt package
    assert not [name for name in NEVER if name in found]


def test_nltk_imported_after_us_is_all_of_nltk():
    code = f"""
from summarize import summarize
summarize({STORY!r})
import nltk
from nltk.corpus import stopwords
from nltk.stem.snowball import SnowballStemmer, stopwords as snowball_stopwords
assert nltk.FreqDist and nltk.word_tokenize and nltk.tokenize.RegexpTokenizer
assert type(stopwords).__name__ == "LazyCorpusLoader"
assert snowball_stopwords.__name__ == stopwords.__name__ == "stopwords"
assert SnowballStemmer("english").stem("rivers") == "river"
"""
    assert "nltk.collocations" in loaded(code)


def test_nltk_imported_before_us_is_used_as_it_is():
    code = f"import nltk\nfrom summarize import summarize\nsummarize({STORY!r})\nnltk.FreqDist"
    assert "nltk.collocations" in loaded(code)
