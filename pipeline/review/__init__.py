"""Review tooling: a local web app to correct extraction output into gold files,
a self-contained HTML report and exports for Label Studio, Prodigy and doccano.

    python -m pipeline review OUT [--texts INPUT...] [--reviews DIR] [--port 8000] [--host 127.0.0.1]
    python -m pipeline report OUT [--texts INPUT...] -o report.html
    python -m pipeline export OUT [--texts INPUT...] --format label-studio|prodigy|doccano -o FILE
"""
from .store import GOLD_FIELDS, TYPES, ReviewStore, load_articles, safe_name, to_gold

__all__ = ["GOLD_FIELDS", "TYPES", "ReviewStore", "load_articles", "safe_name", "to_gold"]
