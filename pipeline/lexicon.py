"""Word lists and patterns are data files; this module only loads them.

- ``pipeline/lexicons/<name>.txt``: one entry per line, ``#`` comments.
- ``pipeline/lexicons/<name>.json``: mappings (e.g. title words -> type), and regex
  tables (rows ``{"id", "re"}`` with ``{PART}`` placeholders from ``"parts"``).
- ``pipeline/patterns/<name>.jsonl``: spaCy patterns ``{"label", "pattern", "id"}``.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

__all__ = ["LEXICONS", "PATTERNS", "words", "mapping", "patterns", "regex_table"]

LEXICONS = Path(__file__).with_name("lexicons")
PATTERNS = Path(__file__).with_name("patterns")


@lru_cache(maxsize=None)
def words(name: str, *, lower: bool = True) -> frozenset[str]:
    """Entries of ``lexicons/<name>.txt`` (lower-cased unless ``lower=False``)."""
    out = set()
    for line in (LEXICONS / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.add(line.lower() if lower else line)
    return frozenset(out)


@lru_cache(maxsize=None)
def mapping(name: str) -> dict:
    return json.loads((LEXICONS / f"{name}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def patterns(name: str) -> tuple[dict, ...]:
    """spaCy pattern dicts of ``patterns/<name>.jsonl``, in file order."""
    rows = []
    for line in (PATTERNS / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("//"):
            rows.append(json.loads(line))
    return tuple(rows)


@lru_cache(maxsize=None)
def regex_table(name: str, section: str) -> tuple[tuple[str, re.Pattern], ...]:
    """(id, compiled regex) of each row of ``section`` in ``lexicons/<name>.json``, in file order,
    with ``{PART}`` placeholders filled from the file's ``parts``."""
    spec = mapping(name)
    out = []
    for row in spec[section]:
        rx = row["re"]
        for key, val in spec.get("parts", {}).items():
            rx = rx.replace("{" + key + "}", val)
        out.append((row["id"], re.compile(rx)))
    return tuple(out)
