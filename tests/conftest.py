"""Shared fixtures: Stanza is loaded once per test session (slow), rule tests reuse it."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def analyser():
    from pipeline.analyse import Analyser

    return Analyser("default")


@pytest.fixture(scope="session")
def analyse(analyser):
    """Text -> spaCy Doc through the shipped Stanza models (cached per text)."""
    cache: dict[str, object] = {}

    def run(text: str):
        if text not in cache:
            cache[text] = analyser(text)
        return cache[text]

    return run
