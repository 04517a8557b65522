"""tools/devloop.py with the NER's Docs cached once and the entity-repair step applied afresh.

The step (pipeline/analyse_ents.py) runs after the NER on the Doc; this keeps the NER-only Docs
of the gold under build/ner_repair/ and applies the step at each run, so a change to its data
files costs no new analysis. ``--no-repair`` scores the NER's entities alone.

  python bench/devloop_repair.py --split tune [--no-repair] [any devloop option]
"""
from __future__ import annotations

import hashlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

import devloop  # noqa: E402
from spacy.tokens import DocBin  # noqa: E402

from pipeline.analyse import MODELS_DIR, Analyser  # noqa: E402


def ner_docs(gold: dict, profile: str, repair_on: bool) -> dict:
    stamp = str(int((MODELS_DIR / "id" / "ner.pt").stat().st_mtime)) + profile
    code = [ROOT / "pipeline" / "analyse.py", ROOT / "pipeline" / "analyse_ner.py", ROOT / "pipeline" / "tokenize.py"]
    stamp += "|".join(hashlib.md5(p.read_bytes()).hexdigest() for p in code)
    stamp += "|".join(hashlib.md5(g["text"].encode()).hexdigest() for g in gold.values())
    path = ROOT / "build" / "ner_repair" / f"gold-ner-{hashlib.md5(stamp.encode()).hexdigest()[:12]}.spacy"
    import spacy

    vocab = spacy.blank("id").vocab
    if path.exists():
        docs = list(DocBin().from_disk(path).get_docs(vocab))
    else:
        docs = Analyser(profile, repair=False).pipe([g["text"] for g in gold.values()])
        path.parent.mkdir(parents=True, exist_ok=True)
        DocBin(store_user_data=False, docs=docs).to_disk(path)
    if repair_on:
        from pipeline.analyse_ents import repair

        t0 = time.perf_counter()
        docs = [repair(d) for d in docs]
        print(f"repair: {len(docs)} docs in {time.perf_counter() - t0:.3f} s", file=sys.stderr)
    return dict(zip(gold, docs))


if __name__ == "__main__":
    repair_on = "--no-repair" not in sys.argv
    sys.argv = [a for a in sys.argv if a != "--no-repair"]
    devloop.cached_docs = lambda gold, profile, cache_dir: ner_docs(gold, profile, repair_on)
    devloop.main()
