"""Score predictions against gold files with the rules of ANNOTATION.md.

Per record type: greedy one-to-one matching (each gold record matches at most
one prediction), then precision, recall, F1 over matched pairs; speaker
accuracy over matched quotes, title accuracy over matched officials; macro F1
over the five types. Beside them, not in the macro F1: the text date
(`published`, exact-match accuracy) and `cooperations` (matched through their
parties, with kind accuracy over the matches).
"""
from __future__ import annotations

import json
import random
import re
from pathlib import Path
from typing import Callable, Iterable

from .lexicon import words

__all__ = ["TYPES", "cooperation_match", "load_gold", "load_predictions", "select_ids", "score", "by_rule",
           "per_article", "intervals",
           "format_scores", "format_intervals", "format_by_rule", "format_per_article"]

TYPES = ("partners", "programs", "counts", "quotes", "officials")
_WORD = re.compile(r"\w+", re.UNICODE)


def _words(s: str | None) -> list[str]:
    return _WORD.findall((s or "").lower())


def _partner_keys(name: str) -> list[frozenset[str]]:
    generic = words("partner_generic_words")
    name = name or ""
    keys = [frozenset(w for w in _words(re.sub(r"\([^)]*\)", " ", name)) if w not in generic)]
    for acro in re.findall(r"\(([^)]+)\)", name):
        keys.append(frozenset(w for w in _words(acro) if w not in generic))
    return [k for k in keys if k]


def partner_match(g: dict, p: dict) -> bool:
    for a in _partner_keys(g.get("name")):
        for b in _partner_keys(p.get("name")):
            if a <= b or b <= a:
                return True
    return False


def program_match(g: dict, p: dict) -> bool:
    a, b = set(_words(g.get("name"))), set(_words(p.get("name")))
    return bool(a | b) and len(a & b) / len(a | b) >= 0.5


def _num(v) -> float | None:
    try:
        return float(v)
    except (TypeError, ValueError):
        return None


def count_match(g: dict, p: dict) -> bool:
    gv, pv = _num(g.get("value")), _num(p.get("value"))
    if gv is None or gv != pv:
        return False
    gu, pu = g.get("unit") or "", p.get("unit") or ""
    if not _words(gu) and not _words(pu):   # a unit with no word in it ("$") can only be equal
        return bool(gu.strip()) and gu.strip() == pu.strip()
    return bool(set(_words(gu)) & set(_words(pu)))


def _overlap_shorter(a: str | None, b: str | None) -> float:
    wa, wb = set(_words(a)), set(_words(b))
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def quote_match(g: dict, p: dict) -> bool:
    return _overlap_shorter(g.get("text"), p.get("text")) >= 0.5


def _name_words(name: str | None) -> set[str]:
    honor = words("honorifics")
    return {w for w in _words(name) if w not in honor}


def official_match(g: dict, p: dict) -> bool:
    return bool(_name_words(g.get("name")) & _name_words(p.get("name")))


def speaker_ok(g: dict, p: dict) -> bool:
    return bool(_name_words(g.get("speaker")) & _name_words(p.get("speaker")))


def title_ok(g: dict, p: dict) -> bool:
    gt, pt = g.get("title"), p.get("title")
    if not gt and not pt:
        return True
    return _overlap_shorter(gt, pt) >= 0.5


def _party_hits(gold_parties: list[str], pred_parties: list[str]) -> int:
    """How many parties of the two lists pair up one-to-one by the partner rule."""
    return len(_pairs([{"name": n} for n in gold_parties], [{"name": n} for n in pred_parties], partner_match))


def cooperation_match(g: dict, p: dict) -> bool:
    """At least two parties match (all of them when a record has fewer than two)."""
    gp, pp = g.get("parties") or [], p.get("parties") or []
    need = min(2, len(gp), len(pp))
    return need > 0 and _party_hits(gp, pp) >= need


def kind_ok(g: dict, p: dict) -> bool:
    return g.get("kind") == p.get("kind")


MATCHERS: dict[str, Callable[[dict, dict], bool]] = {
    "partners": partner_match, "programs": program_match, "counts": count_match,
    "quotes": quote_match, "officials": official_match, "cooperations": cooperation_match,
}
ATTRIBUTES = {"quotes": ("speaker_accuracy", speaker_ok), "officials": ("title_accuracy", title_ok),
              "cooperations": ("kind_accuracy", kind_ok)}


def _pairs(gold: list[dict], pred: list[dict], match) -> list[tuple[dict, dict]]:
    used, pairs = set(), []
    for g in gold:
        for j, p in enumerate(pred):
            if j not in used and match(g, p):
                used.add(j)
                pairs.append((g, p))
                break
    return pairs


def score(gold: dict[str, dict], pred: dict[str, dict]) -> dict:
    """Micro-averaged P/R/F1 per type over the gold articles, plus macro F1."""
    out: dict = {"articles": len(gold), "missing_predictions": sorted(set(gold) - set(pred))}
    for rtype in TYPES + ("cooperations",):
        tp = ng = npred = 0
        attr_hits = attr_total = 0
        for aid, g in gold.items():
            grecs, precs = g.get(rtype) or [], (pred.get(aid) or {}).get(rtype) or []
            pairs = _pairs(grecs, precs, MATCHERS[rtype])
            tp, ng, npred = tp + len(pairs), ng + len(grecs), npred + len(precs)
            if rtype in ATTRIBUTES:
                attr_hits += sum(ATTRIBUTES[rtype][1](a, b) for a, b in pairs)
                attr_total += len(pairs)
        p = tp / npred if npred else (1.0 if not ng else 0.0)
        r = tp / ng if ng else (1.0 if not npred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        row = {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
               "gold": ng, "predicted": npred, "matched": tp}
        if rtype in ATTRIBUTES:
            row[ATTRIBUTES[rtype][0]] = round(attr_hits / attr_total, 4) if attr_total else None
        out[rtype] = row
    out["macro_f1"] = round(sum(out[t]["f1"] for t in TYPES) / len(TYPES), 4)
    if not any("cooperations" in g for g in gold.values()):   # older gold: nothing to score against
        del out["cooperations"]
    out["published"] = _score_published(gold, pred)
    for field in ("source", "dateline"):   # not in the scoring rules; reported as exact-match accuracy
        pairs = [(g.get(field), (pred.get(aid) or {}).get(field)) for aid, g in gold.items() if field in g]
        hits = sum(" ".join((a or "").lower().split()) == " ".join((b or "").lower().split()) for a, b in pairs)
        out[f"{field}_accuracy"] = round(hits / len(pairs), 4) if pairs else None
    return out


def _score_published(gold: dict[str, dict], pred: dict[str, dict]) -> dict | None:
    """Accuracy over the articles whose gold has a date; how often a date is given where gold has none."""
    rows = [(g.get("published"), (pred.get(aid) or {}).get("published")) for aid, g in gold.items()
            if "published" in g]
    if not rows:
        return None
    dated = [(g, p) for g, p in rows if g]
    undated = [p for g, p in rows if not g]
    given = [(g, p) for g, p in rows if p]
    return {"accuracy": round(sum(g == p for g, p in dated) / len(dated), 4) if dated else None,
            "precision": round(sum(g == p for g, p in given) / len(given), 4) if given else None,
            "spurious_rate": round(sum(p is not None for p in undated) / len(rows), 4),
            "gold_dated": len(dated), "gold_undated": len(undated), "predicted": len(given)}


def _type_counts(g: dict, p: dict, rtype: str) -> tuple[int, int, int]:
    """(matched, gold, predicted) of one record type in one article."""
    grecs, precs = g.get(rtype) or [], p.get(rtype) or []
    return len(_pairs(grecs, precs, MATCHERS[rtype])), len(grecs), len(precs)


def by_rule(gold: dict[str, dict], pred: dict[str, dict]) -> list[dict]:
    """Precision of every rule: how many of the records it produced match a gold record.

    A record is credited to its own `rule`; matching is the same greedy
    one-to-one pairing as `score`, so the figures add up to the type's precision.
    """
    rows: dict[tuple[str, str], list[int]] = {}
    for aid, g in gold.items():
        for rtype in TYPES:
            precs = (pred.get(aid) or {}).get(rtype) or []
            matched = {id(p) for _, p in _pairs(g.get(rtype) or [], precs, MATCHERS[rtype])}
            for p in precs:
                row = rows.setdefault((rtype, p.get("rule") or "?"), [0, 0])
                row[0] += 1
                row[1] += id(p) in matched
    return [{"type": t, "rule": r, "predicted": n, "correct": c, "precision": round(c / n, 4)}
            for (t, r), (n, c) in sorted(rows.items(), key=lambda kv: (kv[0][0], kv[1][1] / kv[1][0], kv[0][1]))]


def per_article(gold: dict[str, dict], pred: dict[str, dict]) -> list[dict]:
    """Per article: F1 of each type and their mean, worst article first.

    A type with no gold and no prediction in an article scores 1.0 there.
    """
    rows = []
    for aid, g in gold.items():
        p = pred.get(aid) or {}
        row: dict = {"id": aid}
        for rtype in TYPES:
            tp, ng, npred = _type_counts(g, p, rtype)
            row[rtype] = 1.0 if not ng and not npred else round(2 * tp / (ng + npred), 3)
            row[f"{rtype}_errors"] = (ng - tp) + (npred - tp)
        row["macro_f1"] = round(sum(row[t] for t in TYPES) / len(TYPES), 3)
        rows.append(row)
    return sorted(rows, key=lambda r: (r["macro_f1"], r["id"]))


def intervals(gold: dict[str, dict], pred: dict[str, dict], rounds: int = 1000, level: float = 0.9,
              seed: int = 0) -> dict[str, tuple[float, float]]:
    """Bootstrap intervals of each type's F1 and the macro F1, resampling whole articles.

    A held-out part of a few dozen articles holds only tens of records per type, so one
    program more or less moves F1 by several points: the interval says how far a figure can
    be trusted before two of them are compared. Percentile intervals at `level`, reproducible
    for a given `seed`.
    """
    rtypes = TYPES + (("cooperations",) if any("cooperations" in g for g in gold.values()) else ())
    counts = [{t: _type_counts(g, pred.get(aid) or {}, t) for t in rtypes} for aid, g in gold.items()]
    rng = random.Random(seed)
    samples: dict[str, list[float]] = {t: [] for t in rtypes + ("macro_f1",)}
    for _ in range(rounds):
        drawn = rng.choices(counts, k=len(counts))
        for t in rtypes:
            tp, ng, npred = (sum(c[t][i] for c in drawn) for i in range(3))
            samples[t].append(2 * tp / (ng + npred) if ng + npred else 1.0)
        samples["macro_f1"].append(sum(samples[t][-1] for t in TYPES) / len(TYPES))
    lo, hi = (1 - level) / 2, 1 - (1 - level) / 2
    return {t: (round(_quantile(v, lo), 4), round(_quantile(v, hi), 4)) for t, v in samples.items()}


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def format_intervals(ci: dict[str, tuple[float, float]], level: float = 0.9) -> str:
    return f"{level:.0%} bootstrap intervals of F1 (articles resampled): " + ", ".join(
        f"{t} {a:.3f}-{b:.3f}" for t, (a, b) in ci.items())


def select_ids(gold: dict[str, dict], spec: str) -> dict[str, dict]:
    """Keep the articles named by a split: `FILE:KEY` (a JSON object of id lists) or a file of ids, one per line."""
    path, _, key = spec.partition(":")
    text = Path(path).read_text(encoding="utf-8")
    ids = set(json.loads(text)[key]) if key else {line.strip() for line in text.splitlines() if line.strip()}
    return {aid: g for aid, g in gold.items() if aid in ids}


def load_gold(folder: Path) -> dict[str, dict]:
    """Gold files of a folder and of its sub-folders (../shared/gold holds dev/ and train/)."""
    gold = {}
    for path in sorted(Path(folder).rglob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        gold[rec.get("id") or path.stem] = rec
    if not gold:
        raise FileNotFoundError(f"no gold .json files in {folder}")
    return gold


def load_predictions(path: Path) -> dict[str, dict]:
    path = Path(path)
    recs: Iterable[dict]
    if path.is_dir():
        recs = (json.loads(p.read_text(encoding="utf-8")) for p in sorted(path.glob("*.json")))
    else:
        recs = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {r["id"]: r for r in recs if "id" in r}


def format_by_rule(rows: list[dict]) -> str:
    lines = [f"{'type':<10} {'rule':<40} {'pred':>5} {'ok':>5} {'P':>6}"]
    lines += [f"{r['type']:<10} {r['rule']:<40} {r['predicted']:>5} {r['correct']:>5} {r['precision']:>6.3f}"
              for r in rows]
    return "\n".join(lines)


def format_per_article(rows: list[dict], limit: int | None = None) -> str:
    short = {"partners": "part", "programs": "prog", "counts": "cnt", "quotes": "quo", "officials": "off"}
    lines = [f"{'macro':>6} " + " ".join(f"{short[t]:>9}" for t in TYPES) + "  article   (F1/errors per type)"]
    for r in rows[:limit]:
        cells = " ".join(f"{r[t]:>5.2f}/{r[t + '_errors']:<3}" for t in TYPES)
        lines.append(f"{r['macro_f1']:>6.3f} {cells}  {r['id']}")
    return "\n".join(lines)


def format_scores(s: dict) -> str:
    lines = [f"{'type':<10} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}  extra"]
    for t in TYPES:
        r = s[t]
        extra = ""
        for key in ("speaker_accuracy", "title_accuracy"):
            if key in r:
                extra = f"{key}={r[key]}"
        lines.append(f"{t:<10} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
                     f"{r['gold']:>5} {r['predicted']:>5}  {extra}")
    lines.append(f"macro F1 {s['macro_f1']:.3f} over {s['articles']} articles")
    if s.get("cooperations"):
        r = s["cooperations"]
        lines.append(f"{'cooperat.':<10} {r['precision']:>6.3f} {r['recall']:>6.3f} {r['f1']:>6.3f} "
                     f"{r['gold']:>5} {r['predicted']:>5}  kind_accuracy={r['kind_accuracy']}  (not in macro F1)")
    if s.get("published"):
        d = s["published"]
        lines.append(f"published accuracy {d['accuracy']} over {d['gold_dated']} dated articles, precision "
                     f"{d['precision']}, date where gold has none in {d['spurious_rate']:.1%} of articles")
    if s.get("source_accuracy") is not None:
        lines.append(f"source accuracy {s['source_accuracy']:.3f}, dateline accuracy {s['dateline_accuracy']:.3f}")
    if s["missing_predictions"]:
        lines.append(f"no prediction for {len(s['missing_predictions'])} articles")
    return "\n".join(lines)
