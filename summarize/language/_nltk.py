"""NLTK's Snowball stemmers, without the rest of NLTK.

Of NLTK we use one module, ``nltk.stem.snowball``. Importing it runs the
``__init__`` of its packages first (``nltk``, ``nltk.stem`` and, from the
stemmers, ``nltk.corpus``), and those import the whole of NLTK: its
collocations and its taggers pull in SciPy's statistics, about half a second
before a word is stemmed.

So the module is imported with those three packages *deferred*: each is
the real package (its own name, path and spec in ``sys.modules``, so Python
finds its submodules as always), but its ``__init__`` has not run yet. It runs,
whole, the first time anything asks the package for a name that is not one of
its submodules: a program that imports ``nltk`` after us and calls
``nltk.word_tokenize`` gets all of NLTK, as it would have without us. Where
NLTK is imported already, it is used as it is.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

__all__ = ["snowball"]

# The packages whose __init__ waits, parents first.
_DEFERRED = ("nltk", "nltk.stem", "nltk.corpus")
_lock = threading.RLock()


def snowball() -> types.ModuleType:
    """``nltk.stem.snowball``."""
    return _import("nltk.stem.snowball")


def _import(name: str) -> types.ModuleType:
    with _lock:
        if name in sys.modules:
            return sys.modules[name]
        if "nltk" not in sys.modules:
            for package in _DEFERRED:
                sys.modules[package] = _Deferred(package)
        # The stemmers' module names a corpus that it reads only when asked to
        # skip stop words, which we never ask: it gets the corpus when first used.
        corpus = sys.modules.get("nltk.corpus")
        shim = isinstance(corpus, _Deferred) and "stopwords" not in corpus.__dict__
        if shim:
            corpus.__dict__["stopwords"] = _Later("nltk.corpus", "stopwords")
        try:
            return importlib.import_module(name)
        finally:
            if shim:
                del corpus.__dict__["stopwords"]


class _Deferred(types.ModuleType):
    """A package whose ``__init__`` runs when it is first asked for a name it does not have."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        spec = importlib.util.find_spec(name)
        assert spec is not None and spec.submodule_search_locations is not None
        self.__spec__ = spec
        self.__path__ = list(spec.submodule_search_locations)
        self.__file__ = spec.origin
        self.__package__ = name

    def __getattr__(self, attribute: str) -> Any:
        # Only names the package does not have yet arrive here.
        if attribute.startswith("__") or importlib.util.find_spec(f"{self.__name__}.{attribute}"):
            if attribute.startswith("__"):
                _run_init(self)
                return getattr(self, attribute)
            return importlib.import_module(f"{self.__name__}.{attribute}")
        _run_init(self)
        return getattr(self, attribute)


def _run_init(package: types.ModuleType) -> None:
    """Run the package's own ``__init__`` in it, once: it is then the package NLTK makes.

    NLTK's packages import one another as ``nltk/__init__.py`` orders them,
    so that runs first, whichever package is asked for.
    """
    with _lock:
        top = sys.modules.get("nltk")
        if isinstance(top, _Deferred) and package is not top:
            _run_init(top)
        if isinstance(package, _Deferred):
            package.__class__ = types.ModuleType  # type: ignore[assignment]
            spec = package.__spec__
            assert spec is not None and spec.loader is not None
            spec.loader.exec_module(package)


class _Later:
    """A name of a deferred package, got from the package when it is first used."""

    def __init__(self, package: str, name: str) -> None:
        self._package = package
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        package = sys.modules[self._package]
        _run_init(package)
        return getattr(getattr(package, self._name), attribute)
