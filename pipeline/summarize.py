"""Archive outputs: entities, cooperations and their network over a whole extraction output.

``python -m pipeline summarize OUT -o DIR`` reads any output kind (JSONL, folder
of <id>.json, table folder, SQLite, PostgreSQL), resolves every partner,
program and official to its entity (:mod:`pipeline.resolve`), merges the
name-only entities over the whole output (:func:`merge_entities`) and writes:

- ``entities``, ``mentions``, ``cooperations``, ``cooperation_parties``,
  ``officials`` tables (CSV and/or Parquet);
- ``top_partners_by_country.csv`` and ``top_partners_by_kind.csv``;
- ``network.graphml`` and ``network.gexf`` (Gephi), ``network.html`` (one
  self-contained page: no CDN, opens offline);
- ``timeline.csv`` and, with matplotlib, ``timeline.png`` / ``timeline.svg``
  (cooperations per month and kind).
"""
from __future__ import annotations

import json
import logging
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

import pandas as pd

from .resolve import entity_info, resolve_article
from .schema import ArticleRecords

__all__ = ["Summary", "Result", "collect", "merge_entities", "build_tables", "tables_of", "summarize", "write_outputs",
           "load_records_any"]

log = logging.getLogger(__name__)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
# Words whose difference makes two otherwise equal names two bodies ("SMA Negeri 1" / "SMA Negeri 2").
_DISTINGUISHING = re.compile(r"\b(\d+|i{1,3}|iv|v|vi{0,3}|utara|selatan|barat|timur|tengah|tenggara|daya|laut|"
                             r"north|south|east|west|central|raya|baru|lama)\b")
FUZZY_THRESHOLD = 94
_LEVELS = ("city", "province", "regency")


# ---------------------------------------------------------------- reading

def load_records_any(source, texts: Iterable = ()) -> Iterable[ArticleRecords]:
    """ArticleRecords of any output kind, through the review loader (one reader for every kind)."""
    from .review.store import load_articles

    for row in load_articles(source, texts).values():
        try:
            yield ArticleRecords.model_validate(row)
        except ValueError as exc:  # a row of another version: skipped, not fatal for an archive
            log.warning("skipping %s: %s", row.get("id"), exc)


def _date(rec: ArticleRecords, own: Optional[str] = None) -> Optional[str]:
    for value in (own, rec.published, rec.metadata_date):
        if value and _ISO_DATE.match(str(value)):
            return str(value)[:10]
    return None


# ---------------------------------------------------------------- collecting

@dataclass
class Summary:
    """Rows gathered from the articles, before and after merging entity ids."""
    mentions: list[dict] = field(default_factory=list)       # entity_id, article_id, role, name, title, date
    cooperations: list[dict] = field(default_factory=list)
    parties: list[dict] = field(default_factory=list)         # article_id, cooperation_idx, position, entity_id
    articles: int = 0
    without_text: int = 0
    acronyms: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))


def collect(records: Iterable[ArticleRecords]) -> Summary:
    from .resolve import article_acronyms, resolve_partner

    s = Summary()
    for rec in records:
        if rec.error:
            continue
        s.articles += 1
        s.without_text += rec.text is None
        rec = resolve_article(rec, again=True)
        day = _date(rec)
        # for acronyms other articles leave undefined; a party name "Long Name (ACR)" defines one too,
        # which an output without its text still carries
        defined = article_acronyms(rec.text)
        for p in rec.partners:
            for acr, long in article_acronyms(p.name).items():
                defined.setdefault(acr, long)
        for acr, long in defined.items():
            s.acronyms[acr][resolve_partner(long, scope=rec.id)] += 1
        for role, items in (("partner", rec.partners), ("program", rec.programs), ("official", rec.officials)):
            for it in items:
                if _is_document(it.entity):
                    continue
                s.mentions.append({"entity_id": it.entity, "article_id": rec.id, "role": role, "name": it.name,
                                   "title": getattr(it, "title", None), "country": getattr(it, "country", None),
                                   "type": getattr(it, "type", None), "date": day})
        for idx, c in enumerate(rec.cooperations):
            when = _date(rec, c.date)
            s.cooperations.append({
                "article_id": rec.id, "idx": idx, "date": when, "month": when[:7] if when else None,
                "kind": c.kind, "parties": c.parties, "programs": c.programs,
                "money_idr": _rupiah(c.money), "money": [f"{m.value} {m.unit}" for m in c.money],
                "title": rec.title, "url": rec.url})
            for pos, (name, ent) in enumerate(zip(c.parties, c.party_entities)):
                if _is_document(ent):  # 'MoU' taken for a party: the document, not a partner
                    continue
                s.parties.append({"article_id": rec.id, "cooperation_idx": idx, "position": pos,
                                  "entity_id": ent, "name": name})
    return s


def _is_document(entity_id: Optional[str]) -> bool:
    return bool(entity_id) and entity_id.startswith("doc:")


def _rupiah(money) -> Optional[float]:
    """Rupiah amounts of a cooperation, summed; a rounded restatement of another amount ('Rp 26 miliar' in
    the title, 'Rp 26,308 miliar' in the body) is the same money and counts once, as its precise figure."""
    vals = sorted({float(m.value) for m in money if "rupiah" in m.unit.lower() or m.unit.lower().startswith("rp")},
                  reverse=True)
    kept: list[float] = []
    for v in vals:
        if not any(_restates(k, v) for k in kept):
            kept.append(v)
    return float(sum(kept)) if kept else None


def _restates(precise: float, rounded: float) -> bool:
    """Whether ``rounded`` is ``precise`` cut to fewer digits and within 5% of it (26e9 of 26.308e9),
    not another amount (2e9 beside 2.5e9 is a second sum)."""
    if not rounded or precise < rounded or precise - rounded > 0.05 * precise:
        return False
    digits = str(int(rounded))
    unit = 10 ** (len(digits) - len(digits.rstrip("0")))
    return int(precise // unit) * unit == int(rounded)


# ---------------------------------------------------------------- merging over the whole output

def merge_entities(s: Summary) -> dict[str, str]:
    """{entity id: canonical id} for name-only ids that name the same party elsewhere in the output:
    an acronym one article defines ('KTN' -> 'Kampus Teknologi Nusantara'), a name without its level word
    when exactly one level is seen ('Rotterdam' -> 'Kota Rotterdam'), and near-identical spellings
    (rapidfuzz ratio >= FUZZY_THRESHOLD, same numbers and direction words)."""
    counts = Counter(m["entity_id"] for m in s.mentions) + Counter(p["entity_id"] for p in s.parties)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:  # the more mentioned id is the canonical one; ties by id, so runs agree
            keep, drop = sorted((ra, rb), key=lambda e: (-counts[e], e))
            parent[drop] = keep

    names = [e for e in counts if e and e.startswith("name:") and "@" not in e]
    for e in names:  # acronyms defined once in the whole output
        key = e[5:]
        defined = s.acronyms.get(key)
        if defined and len(defined) == 1:
            target = next(iter(defined))
            if target != e:
                union(target, e)
    levelled = defaultdict(set)
    for e in names:  # a level word only ('~city'): 'Universitas Muhammadiyah' is no '... Malang' (~35.73)
        base, _, level = e.partition("~")
        if level in _LEVELS:
            levelled[base].add(e)
    for e in names:
        if "~" not in e and len(levelled.get(e, ())) == 1:
            union(next(iter(levelled[e])), e)
    for prefix in ("name:", "program:"):
        _fuzzy(sorted(e for e in counts if e and e.startswith(prefix) and "@" not in e), union)
    return {e: find(e) for e in counts if e and find(e) != e}


def _fuzzy(ids: list[str], union) -> None:
    try:
        from rapidfuzz import fuzz
    except ImportError:  # without the archive extra: exact ids only
        log.warning("rapidfuzz not installed: no fuzzy merging of entity names (pip install -e '.[archive]')")
        return
    import numpy as np
    from rapidfuzz import process

    blocks: dict[str, list[str]] = defaultdict(list)
    for e in ids:
        name, _, level = e.split(":", 1)[1].partition("~")
        # candidates share their level or region and their start or their end: a typo in the first
        # letters ('Gyeosangbuk' / 'Gyosangbuk') still meets its twin in the second block
        blocks["<" + name[:4] + "|" + level].append(e)
        blocks[">" + name[-4:] + "|" + level].append(e)
    for block in blocks.values():
        if len(block) < 2:
            continue
        texts = [b.split(":", 1)[1].partition("~")[0].replace("-", " ") for b in block]
        marks = [_marks(t) for t in texts]
        scores = process.cdist(texts, texts, scorer=fuzz.ratio, score_cutoff=FUZZY_THRESHOLD, dtype=np.uint8)
        for i, j in zip(*np.nonzero(np.triu(scores, 1))):
            if marks[i] == marks[j] and _typos_only(texts[i], texts[j]):
                union(block[i], block[j])


def _typos_only(a: str, b: str) -> bool:
    """Whether every word of one name that the other lacks is a misspelling of one of the other's words:
    a long shared start hides a different last word ('Sekolah Tinggi Ilmu Kesehatan Muhammadiyah Purwokerto'
    and '... Purworejo' score 95 and are two schools)."""
    from rapidfuzz import fuzz

    wa, wb = set(a.split()), set(b.split())
    only_a, only_b = wa - wb, wb - wa
    return all(any(fuzz.ratio(x, y) >= 75 for y in only_b) for x in only_a) and \
        all(any(fuzz.ratio(y, x) >= 75 for x in only_a) for y in only_b)


def _marks(text: str) -> tuple:
    """What must be equal for two spellings to be one name: numbers, direction words and short
    tokens such as acronyms ('Bank BRI' / 'Bank BNI' differ by one letter and are two banks)."""
    return (frozenset(_DISTINGUISHING.findall(text)), tuple(sorted(t for t in text.split() if len(t) <= 3)))


# ---------------------------------------------------------------- tables

def _apply(s: Summary, canon: dict[str, str]) -> None:
    for row in s.mentions + s.parties:
        row["entity_id"] = canon.get(row["entity_id"], row["entity_id"])
    # a party named twice in one cooperation ('Japan International Cooperation Agency', 'JICA') is one party:
    # counted twice it would double its links, its cooperation counts and the rows of the views
    seen: set[tuple] = set()
    kept = []
    for p in s.parties:
        key = (p["article_id"], p["cooperation_idx"], p["entity_id"])
        if p["entity_id"] is None or key not in seen:
            seen.add(key)
            kept.append(p)
    s.parties = kept
    for c in s.cooperations:
        c["party_entities"] = []
    by_coop = defaultdict(list)
    for p in s.parties:
        by_coop[(p["article_id"], p["cooperation_idx"])].append(p["entity_id"])
    for c in s.cooperations:
        c["party_entities"] = by_coop.get((c["article_id"], c["idx"]), [])


def entity_table(s: Summary) -> pd.DataFrame:
    variants: dict[str, Counter] = defaultdict(Counter)
    arts: dict[str, set] = defaultdict(set)
    dates: dict[str, list] = defaultdict(list)
    hints: dict[str, Counter] = defaultdict(Counter)
    for m in s.mentions + s.parties:
        e = m["entity_id"]
        variants[e][m["name"]] += 1
        arts[e].add(m["article_id"])
        if m.get("date"):
            dates[e].append(m["date"])
        if m.get("country"):
            hints[e]["country:" + m["country"]] += 1
        if m.get("type"):
            hints[e]["type:" + m["type"]] += 1
    coops = Counter(p["entity_id"] for p in s.parties)
    mentioned = Counter(m["entity_id"] for m in s.mentions)
    rows = []
    for e, names in variants.items():
        info = entity_info(e, names)
        label = info.name if info.kind not in ("party", "program", "person") else _label(names)
        rows.append({"entity_id": e, "name": label, "kind": info.kind,
                     "type": info.type or _hint(hints[e], "type"),
                     "country": info.country or _hint(hints[e], "country"),
                     "mentions": mentioned.get(e, 0), "articles": len(arts[e]), "cooperations": coops.get(e, 0),
                     "first_date": min(dates[e]) if dates[e] else None,
                     "last_date": max(dates[e]) if dates[e] else None,
                     "variants": json.dumps(sorted(names), ensure_ascii=False)})
    cols = ["entity_id", "name", "kind", "type", "country", "mentions", "articles", "cooperations", "first_date",
            "last_date", "variants"]
    return pd.DataFrame(rows, columns=cols).sort_values(["cooperations", "mentions", "entity_id"],
                                                        ascending=[False, False, True], ignore_index=True)


def _label(names: Counter) -> str:
    """The most used written form; among equals the fullest ('Kota Rotterdam' over 'Rotterdam')."""
    return min(names, key=lambda n: (-names[n], -len(n), n))


def _hint(counter: Counter, what: str) -> Optional[str]:
    vals = [(n, k.split(":", 1)[1]) for k, n in counter.items() if k.startswith(what + ":")]
    return max(vals)[1] if vals else None


def tables(s: Summary) -> dict[str, pd.DataFrame]:
    ents = entity_table(s)
    coops = pd.DataFrame(s.cooperations, columns=["article_id", "idx", "date", "month", "kind", "parties",
                                                  "party_entities", "programs", "money_idr", "money", "title", "url"])
    for col in ("parties", "party_entities", "programs", "money"):
        coops[col] = coops[col].map(lambda v: json.dumps(v, ensure_ascii=False))
    officials = pd.DataFrame([m for m in s.mentions if m["role"] == "official"],
                             columns=["entity_id", "name", "title", "article_id", "date"])
    mentions = pd.DataFrame(s.mentions, columns=["entity_id", "article_id", "role", "name", "title", "date"])
    parties = pd.DataFrame(s.parties, columns=["article_id", "cooperation_idx", "position", "entity_id", "name"])
    # rows in an order of their own, not the store's: a JSONL file and a database give the same tables
    return {"entities": ents, "mentions": mentions.sort_values("article_id", kind="stable", ignore_index=True),
            "cooperations": coops.sort_values(["article_id", "idx"], ignore_index=True),
            "cooperation_parties": parties.sort_values(["article_id", "cooperation_idx", "position"],
                                                       ignore_index=True),
            "officials": officials.sort_values(["entity_id", "date", "article_id"], na_position="last",
                                               kind="stable", ignore_index=True)}


def top_partners(t: dict[str, pd.DataFrame], n: int = 10) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(top partners per country, top partners per cooperation kind) by number of cooperations."""
    ents = t["entities"].set_index("entity_id")
    joined = t["cooperation_parties"].merge(t["cooperations"][["article_id", "idx", "kind"]],
                                            left_on=["article_id", "cooperation_idx"], right_on=["article_id", "idx"])
    # an international organisation belongs to no country: its own group, not lost among the unknown
    country = joined["entity_id"].map(ents["country"])
    international = joined["entity_id"].map(ents["type"]).eq("international_org")
    joined["country"] = country.mask(country.isna() & international, "(international)").fillna("(unknown)")
    joined["label"] = joined["entity_id"].map(ents["name"])

    def top(by: str) -> pd.DataFrame:
        g = (joined.groupby([by, "entity_id", "label"]).size().rename("cooperations").reset_index()
             .sort_values([by, "cooperations", "entity_id"], ascending=[True, False, True]))
        g["rank"] = g.groupby(by).cumcount() + 1
        return g[g["rank"] <= n].rename(columns={"label": "name"}).reset_index(drop=True)

    return top("country"), top("kind")


def timeline(t: dict[str, pd.DataFrame]) -> pd.DataFrame:
    c = t["cooperations"].dropna(subset=["month"])
    if c.empty:
        return pd.DataFrame(columns=["month"])
    per_month = c.groupby(["month", "kind"]).size().unstack(fill_value=0).sort_index()
    # every month of the span, empty ones too: a chart whose bars skip quiet years misleads
    months = pd.period_range(per_month.index[0], per_month.index[-1], freq="M").strftime("%Y-%m")
    out = per_month.reindex(months, fill_value=0)
    out.index.name = "month"
    return out.reset_index()


# ---------------------------------------------------------------- writing

@dataclass
class Result:
    articles: int
    entities: int
    cooperations: int
    files: dict[str, Path]
    tables: dict[str, pd.DataFrame]


def build_tables(source, texts: Iterable = ()) -> tuple[int, dict[str, pd.DataFrame]]:
    """(articles read, tables) of an output: resolved, merged over the whole output."""
    return tables_of(load_records_any(source, texts))


def tables_of(records: Iterable[ArticleRecords]) -> tuple[int, dict[str, pd.DataFrame]]:
    s = collect(records)
    if s.without_text:
        log.warning("%d of %d articles carry no text: acronyms that only their text defines are not read "
                    "(give the inputs with --texts)", s.without_text, s.articles)
    _apply(s, merge_entities(s))
    return s.articles, tables(s)


def summarize(source, out_dir: Path | str, *, texts: Iterable = (), formats: Iterable[str] = ("csv",),
              html_nodes: int = 400, db_tables: bool = False) -> Result:
    """Read an output, resolve and merge entities, write every archive output into ``out_dir``
    (and, with ``db_tables`` and a database ``source``, the entity tables and views into it)."""
    from .write import is_db_target

    n, t = build_tables(source, texts)
    files = write_outputs(t, Path(out_dir), formats=formats, html_nodes=html_nodes)
    if db_tables and is_db_target(source):
        from .store import write_entity_tables

        write_entity_tables(source, t)
    return Result(n, len(t["entities"]), len(t["cooperations"]), files, t)


def write_outputs(t: dict[str, pd.DataFrame], out: Path, *, formats: Iterable[str] = ("csv",),
                  html_nodes: int = 400) -> dict[str, Path]:
    from . import graph

    out.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for name, df in t.items():
        for fmt in formats:
            path = out / f"{name}.{fmt}"
            df.to_csv(path, index=False) if fmt == "csv" else df.to_parquet(path, index=False)
            written[path.name] = path
    by_country, by_kind = top_partners(t)
    for name, df in (("top_partners_by_country", by_country), ("top_partners_by_kind", by_kind)):
        df.to_csv(out / f"{name}.csv", index=False)
        written[f"{name}.csv"] = out / f"{name}.csv"
    tl = timeline(t)
    tl.to_csv(out / "timeline.csv", index=False)
    written["timeline.csv"] = out / "timeline.csv"
    written.update(graph.write_timeline_charts(tl, out))
    g = graph.cooperation_graph(t)
    written.update(graph.write_graph_files(g, out))
    written["network.html"] = graph.write_network_html(g, t, out / "network.html", max_nodes=html_nodes)
    return written
