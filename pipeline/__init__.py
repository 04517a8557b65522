"""Indonesian news -> structured records (partners, programs, counts, quotes, officials).

Stages: ingest -> nlp (Stanza, as spaCy Docs) -> match (spaCy rules) -> assemble -> write.
"""
from .schema import Article, ArticleRecords, Count, Official, Partner, Program, Quote

__all__ = ["Article", "ArticleRecords", "Count", "Official", "Partner", "Program", "Quote"]
__version__ = "0.1.0"
