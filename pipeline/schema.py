"""The record types: the single source for JSON output, JSON Schema, tables and DB columns.

Field names follow ../shared/ANNOTATION.md; every record also carries its
evidence (char offsets into the article text, sentence index, producing rule)
so reviewers and databases can point back at the text.
"""
from __future__ import annotations

from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["Article", "Partner", "Program", "Count", "Quote", "Official", "Cooperation", "ArticleRecords",
           "RECORD_TYPES", "json_schema"]

CooperationKind = Literal["sister_city", "agreement", "grant", "loan", "training", "investment", "project",
                          "other"]
ENTITY = Field(None, description="canonical entity id, stable across the whole output (filled by resolution)")
PartnerType = Literal["city", "province", "regency", "country", "government_body", "embassy",
                      "education", "company", "international_org", "ngo", "other"]


class Article(BaseModel):
    """One input article, as read by ingest."""
    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None
    site: Optional[str] = Field(None, description="site name from page metadata (HTML, WARC)")
    source_path: Optional[str] = None
    language: str = "id"


class Evidence(BaseModel):
    """Where in the article a record comes from."""
    start: Optional[int] = Field(None, description="char offset of the evidence in the article text")
    end: Optional[int] = Field(None, description="char offset just after the evidence")
    sentence: Optional[int] = Field(None, description="0-based sentence index in the article")
    rule: Optional[str] = Field(None, description="id of the pattern or rule that produced the record")


class Partner(Evidence):
    name: str
    type: Optional[PartnerType] = None
    country: Optional[str] = None
    scope: Optional[Literal["foreign", "domestic"]] = None
    entity: Optional[str] = ENTITY


class Program(Evidence):
    name: str
    partners: list[str] = Field(default_factory=list)
    sector: Optional[str] = None
    entity: Optional[str] = ENTITY


class Count(Evidence):
    value: Union[int, float]
    unit: str
    approximate: bool = False


class Quote(Evidence):
    text: str
    kind: Literal["direct", "indirect"]
    speaker: Optional[str] = None
    cue: Optional[str] = Field(None, description="the speech cue word, e.g. 'kata', 'ujarnya'")


class Official(Evidence):
    name: str
    title: Optional[str] = None
    entity: Optional[str] = ENTITY


class Cooperation(Evidence):
    """One reported cooperation between named parties (ANNOTATION.md, cooperations)."""
    parties: list[str] = Field(default_factory=list, description="party names, written as in partners")
    party_entities: list[Optional[str]] = Field(default_factory=list,
                                                description="entity id of each party, in the order of parties")
    kind: CooperationKind = "other"
    programs: list[str] = Field(default_factory=list, description="names from programs run under it")
    money: list[Count] = Field(default_factory=list, description="money counts that belong to it")
    date: Optional[str] = Field(None, description="ISO date of the cooperation when the text gives one")


RECORD_TYPES: dict[str, type[Evidence]] = {
    "partners": Partner, "programs": Program, "counts": Count, "quotes": Quote, "officials": Official,
    "cooperations": Cooperation,
}


class ArticleRecords(BaseModel):
    """Everything extracted from one article (the unit written to JSONL, files and databases)."""
    id: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = Field(None, description="ISO date that dates the article or its event, from the text")
    published_start: Optional[int] = Field(None, description="char offset of the date's evidence")
    published_end: Optional[int] = Field(None, description="char offset just after the date's evidence")
    metadata_date: Optional[str] = Field(None, description="date from page metadata (HTML, WARC, input field)")
    site: Optional[str] = Field(None, description="site name from page metadata (HTML, WARC)")
    source: Optional[str] = Field(None, description="news outlet named in the text")
    dateline: Optional[str] = Field(None, description="place named in the dateline")
    text: Optional[str] = None
    partners: list[Partner] = Field(default_factory=list)
    programs: list[Program] = Field(default_factory=list)
    counts: list[Count] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    cooperations: list[Cooperation] = Field(default_factory=list)
    error: Optional[str] = Field(None, description="why the article could not be processed")
    content_hash: Optional[str] = None


def json_schema() -> dict:
    return ArticleRecords.model_json_schema()
