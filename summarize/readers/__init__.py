"""Reading input: files, folders, standard input, JSON lines and web pages -> Documents."""

from __future__ import annotations

from .decode import decode
from .files import (
    is_jsonl,
    read_folder,
    read_inputs,
    read_lines,
    read_path,
    read_stream,
    split_articles,
)

__all__ = [
    "decode",
    "is_jsonl",
    "read_folder",
    "read_inputs",
    "read_lines",
    "read_path",
    "read_stream",
    "split_articles",
]
