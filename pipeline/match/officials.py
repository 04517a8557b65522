"""officials: placeholder until the rule family lands."""
from __future__ import annotations


def officials(doc, *args):
    return []
