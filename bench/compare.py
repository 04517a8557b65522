"""The fast path against an older commit, side by side in one run (not a test).

    python bench/compare.py [--base 5ae7153] [--rounds 2] [--workers 2] [--profile default]

Articles are real: the texts of ../shared/gold/*/*.json, read at run time and
written only to a temporary folder (never into the repository). One run measures:

1. ``extract --workers N`` of this tree and of ``--base`` (exported with
   ``git archive`` into a temporary folder, models included), interleaved
   round by round so that machine load hits both alike: wall time, articles/s
   with and without start-up, start-up (a 2-article run), the peak RSS of the
   main process and of the largest worker, and the ratio new/base.
2. Where analysis time goes, per side, in one process and one torch thread:
   rule tokenization or Stanza tokenize+mwt, each Stanza processor, the
   Stanza->spaCy adapter; then the rules, reading and writing as shares of analysis.
3. Cost against article length (this tree): 1x, 4x and 16x articles made by
   joining consecutive gold texts.

Writes bench/results/compare-<UTC time>.json and prints markdown tables.
Figures taken on a busy machine are noisy; only the ratios within one run mean much.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "gold"


def gold_texts(gold: Path) -> list[tuple[str, str]]:
    out = []
    for path in sorted(gold.glob("*/*.json")):
        text = json.loads(path.read_text(encoding="utf-8")).get("text") or ""
        if text.strip():
            out.append((path.stem, text))
    return out


def write_jsonl(path: Path, items: list[tuple[str, str]]) -> Path:
    path.write_text("".join(json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n" for i, t in items),
                    encoding="utf-8")
    return path


def export(commit: str, dest: Path) -> Path:
    """The tree of ``commit`` (models included) in ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "archive", commit], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive, check=True)
    return dest


# ---------------------------------------------------------------- 1. the CLI, side by side

def cli_run(tree: Path, src: Path, out: Path, workers: int, profile: str, threads: int) -> dict:
    """One ``extract`` run of the code in ``tree``; wall seconds and peak RSS of its largest process."""
    env = dict(os.environ, PYTHONPATH=str(tree), OMP_NUM_THREADS=str(threads), MKL_NUM_THREADS=str(threads))
    cmd = [sys.executable, "-c", CLI, "extract", str(src), "-o", str(out), "--workers", str(workers),
           "--profile", profile, "-q"]
    t = time.perf_counter()
    proc = subprocess.run(cmd, cwd=tree, env=env, capture_output=True, text=True)
    secs = time.perf_counter() - t
    if proc.returncode:
        raise RuntimeError(f"extract failed in {tree}: {proc.stderr[-2000:]}")
    rss = json.loads(next(line for line in proc.stderr.splitlines()[::-1] if line.startswith("{\"rss")))
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return {"seconds": secs, "articles": len(rows), "errors": sum(1 for r in rows if r.get("error")),
            "peak_rss_mb": rss["rss_main_mb"], "peak_rss_worker_mb": rss["rss_workers_mb"]}


# the CLI, then the peak RSS of its main process and of its largest worker (waited for by then)
CLI = """import json, resource, sys
from pipeline.cli import main
rc = main(sys.argv[1:])
mb = lambda who: resource.getrusage(who).ru_maxrss / 1024
print(json.dumps({"rss_main_mb": mb(resource.RUSAGE_SELF), "rss_workers_mb": mb(resource.RUSAGE_CHILDREN)}),
      file=sys.stderr)
sys.exit(rc)
"""


def side_by_side(trees: dict[str, Path], items: list, tmp: Path, rounds: int, workers: int, profile: str,
                 threads: int, repeat: int = 1) -> dict:
    # the gold texts ``repeat`` times under new ids: start-up weighs less in the rate of a long run
    many = [(f"{i}-r{r}", t) for r in range(repeat) for i, t in items]
    big, small = write_jsonl(tmp / "all.jsonl", many), write_jsonl(tmp / "two.jsonl", items[:2])
    runs: dict[str, list] = {name: [] for name in trees}
    for r in range(rounds):
        order = list(trees) if r % 2 == 0 else list(trees)[::-1]
        for name in order:
            print(f"round {r + 1}: {name} ...", file=sys.stderr, flush=True)
            start = cli_run(trees[name], small, tmp / f"{name}-2.jsonl", workers, profile, threads)
            full = cli_run(trees[name], big, tmp / f"{name}-all.jsonl", workers, profile, threads)
            runs[name].append({"startup_s": start["seconds"], "seconds": full["seconds"],
                               "articles": full["articles"], "errors": full["errors"],
                               "peak_rss_mb": full["peak_rss_mb"], "peak_rss_worker_mb": full["peak_rss_worker_mb"],
                               "articles_per_s": full["articles"] / full["seconds"],
                               "articles_per_s_after_startup":
                                   (full["articles"] - 2) / max(1e-9, full["seconds"] - start["seconds"])})
    summary = {}
    for name, rs in runs.items():   # the median round (of each figure on its own)
        summary[name] = {k: round(statistics.median(r[k] or 0 for r in rs), 3)
                         for k in ("seconds", "startup_s", "articles_per_s", "articles_per_s_after_startup",
                                   "peak_rss_mb", "peak_rss_worker_mb")}
        summary[name]["articles"] = rs[0]["articles"]
    new, base = summary["new"], summary["base"]
    summary["ratio"] = {k: round(new[k] / base[k], 2) for k in ("articles_per_s", "articles_per_s_after_startup")}
    return {"runs": runs, "summary": summary}


# ---------------------------------------------------------------- 2. stage shares, in a child process

STAGES = r'''
import json, sys, time
import torch
torch.set_num_threads(1)
from pipeline.analyse import Analyser, normalise_spaces
from pipeline.assemble import records_from_doc
from pipeline.schema import Article
from pipeline.write import open_sink
import stanza
profile, src, out = sys.argv[1], sys.argv[2], sys.argv[3]
t = time.perf_counter()
rows = [json.loads(line) for line in open(src, encoding="utf-8")]
read = time.perf_counter() - t
an = Analyser(profile, threads=1)
nlp = an.stanza
texts = [r["text"] for r in rows]
for d, r in zip(an.pipe(texts[:2]), rows):   # warm-up: lazy model state, rule matchers and word lists
    records_from_doc(d, Article(id=r["id"], text=r["text"]))
sec = {}
def clock(key, fn, *a):
    t = time.perf_counter(); v = fn(*a); sec[key] = sec.get(key, 0.0) + time.perf_counter() - t; return v
rules_tok = getattr(an, "rules", False)
docs = []
for i in range(0, len(texts), 8):
    batch = texts[i:i + 8]
    if rules_tok:
        from pipeline.analyse import pretokenized_text, spans_to_spacy
        from pipeline.tokenize import sentences
        spans = clock("tokenize (rules)", lambda: [sentences(normalise_spaces(t)) for t in batch])
        if getattr(an, "direct", False):   # NER straight from the words, no Stanza Documents (Analyser.pipe)
            from pipeline.analyse_ner import direct_entities
            words = clock("words to NER", lambda: [[[t[a:b] for a, b in s] for s in sp] for sp, t in zip(spans, batch)])
            ents = clock("ner", direct_entities, nlp, words)
            docs += clock("adapter", lambda: [spans_to_spacy(s, None, t, an.vocab, entities=e)
                                              for s, t, e in zip(spans, batch, ents)])
            continue
        sdocs = [stanza.Document([], text=pretokenized_text(s, t)) for s, t in zip(spans, batch)]
    else:
        sdocs = [stanza.Document([], text=normalise_spaces(t)) for t in batch]
    for name, proc in nlp.processors.items():
        key = "tokenize (stanza, pretokenized)" if rules_tok and name == "tokenize" else name
        sdocs = clock(key, proc.bulk_process, sdocs)
    if rules_tok:
        docs += clock("adapter", lambda: [spans_to_spacy(s, d, t, an.vocab) for s, d, t in zip(spans, sdocs, batch)])
    else:
        from pipeline.analyse import to_spacy
        docs += clock("adapter", lambda: [to_spacy(d, t, an.vocab) for d, t in zip(sdocs, batch)])
analysis = sum(sec.values())
recs = clock("rules", lambda: [records_from_doc(d, Article(id=r["id"], text=r["text"])) for d, r in zip(docs, rows)])
def write():
    with open_sink(out) as sink:
        for rec in recs:
            sink.write(rec)
clock("write", write)
sec["read"] = read
words = sum(len(t.split()) for t in texts)
print(json.dumps({"seconds": sec, "analysis_s": analysis, "articles": len(texts), "words": words}))
'''


def stages(tree: Path, src: Path, out: Path, profile: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree), OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", STAGES, profile, str(src), str(out)], cwd=tree, env=env,
                          capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"stage timing failed in {tree}: {proc.stderr[-2000:]}")
    res = json.loads(proc.stdout.strip().splitlines()[-1])
    a = res["analysis_s"]
    res["share_of_analysis"] = {k: round(v / a, 3) for k, v in res["seconds"].items()}
    res["rules_read_write_share"] = round(sum(res["seconds"][k] for k in ("rules", "read", "write")) / a, 3)
    return res


# ---------------------------------------------------------------- 3. length

LENGTH = r'''
import json, sys, time
import torch
torch.set_num_threads(1)
from pipeline.assemble import Extractor
from pipeline.schema import Article
profile, src = sys.argv[1], sys.argv[2]
texts = [json.loads(line)["text"] for line in open(src, encoding="utf-8")]
ex = Extractor(profile, batch_size=1, threads=1)
list(ex.pipe([Article(id="warm", text=texts[0])]))
out = {}
for scale in (1, 4, 16):
    # the same 16 gold texts each time: as 16 articles, 4 articles of 4 texts, one of 16
    arts = ["\n\n".join(texts[(i * scale + k) % len(texts)] for k in range(scale)) for i in range(16 // scale)]
    words = sum(len(a.split()) for a in arts)
    t = time.perf_counter()
    recs = list(ex.pipe([Article(id=str(i), text=a) for i, a in enumerate(arts)]))
    s = time.perf_counter() - t
    out[f"{scale}x"] = {"articles": len(arts), "words_per_article": words // len(arts),
                        "s_per_1000_words": round(1000 * s / words, 3), "errors": sum(1 for r in recs if r.error)}
print(json.dumps(out))
'''


def lengths(tree: Path, src: Path, profile: str) -> dict:
    env = dict(os.environ, PYTHONPATH=str(tree), OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    proc = subprocess.run([sys.executable, "-c", LENGTH, profile, str(src)], cwd=tree, env=env,
                          capture_output=True, text=True)
    if proc.returncode:
        raise RuntimeError(f"length timing failed: {proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- report

def markdown(res: dict) -> str:
    s = res["cli"]["summary"]
    lines = [f"Side by side, {res['date']}: this tree ({res['commit']}) vs {res['base']}; "
             f"{s['new']['articles']} articles (gold texts x {res['repeat']}), "
             f"`extract --workers {res['workers']} --profile {res['profile']}`, "
             f"load avg {res['loadavg_start']} -> {res['loadavg_end']}", "",
             "| tree | run s | articles/s | articles/s after start-up | start-up s (2 articles) "
             "| peak RSS MB main | peak RSS MB largest worker |", "|---|---|---|---|---|---|---|"]
    for name in ("base", "new"):
        r = s[name]
        lines.append(f"| {name} | {r['seconds']:.1f} | {r['articles_per_s']:.2f} | "
                     f"{r['articles_per_s_after_startup']:.2f} | {r['startup_s']:.1f} | {r['peak_rss_mb']:.0f} "
                     f"| {r['peak_rss_worker_mb']:.0f} |")
    lines.append(f"| **ratio new/base** | | **{s['ratio']['articles_per_s']:.2f}x** | "
                 f"{s['ratio']['articles_per_s_after_startup']:.2f}x | | | |")
    for name, st in res.get("stages", {}).items():
        lines += ["", f"Stages ({name}, one process, 1 torch thread, {st['articles']} articles, {st['words']} words; "
                  "shares of analysis time):", "", "| stage | s | share |", "|---|---|---|"]
        for k, v in st["seconds"].items():
            lines.append(f"| {k} | {v:.2f} | {st['share_of_analysis'][k]:.0%} |")
        lines.append(f"| rules + read + write | | **{st['rules_read_write_share']:.0%}** |")
    if res.get("lengths"):
        lines += ["", "Length (this tree, 1 thread):", "", "| length | articles | words/article | s per 1000 words |",
                  "|---|---|---|---|"]
        for k, v in res["lengths"].items():
            lines.append(f"| {k} | {v['articles']} | {v['words_per_article']} | {v['s_per_1000_words']} |")
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base", default="5ae7153",
                    help="commit to compare with (default 5ae7153); 'none': time this tree alone (stages, lengths)")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--repeat", type=int, default=4, help="CLI runs read the gold texts this many times")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--profile", default="default")
    ap.add_argument("--threads", type=int, default=1, help="OMP threads per process")
    ap.add_argument("--articles", type=int, default=None, help="use only the first N gold articles")
    ap.add_argument("--parts", nargs="+", choices=["cli", "stages", "lengths"], default=["cli", "stages", "lengths"])
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)
    items = gold_texts(args.gold)[:args.articles]
    if len(items) < 3:
        print(f"need gold texts under {args.gold}", file=sys.stderr)
        return 2
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    res = {"date": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()), "commit": commit, "base": args.base,
           "repeat": args.repeat,
           "workers": args.workers, "profile": args.profile, "cpus": os.cpu_count(),
           "loadavg_start": [round(x, 2) for x in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        trees = {"new": ROOT} if args.base == "none" else {"base": export(args.base, tmp / "base"), "new": ROOT}
        if "base" not in trees and "cli" in args.parts:
            print("--base none times this tree alone: use --parts stages and/or lengths", file=sys.stderr)
            return 2
        src = write_jsonl(tmp / "stages.jsonl", items)
        if "cli" in args.parts:
            res["cli"] = side_by_side(trees, items, tmp, args.rounds, args.workers, args.profile, args.threads,
                                      args.repeat)
        if "stages" in args.parts:
            res["stages"] = {}
            for name, tree in trees.items():
                print(f"stages: {name} ...", file=sys.stderr, flush=True)
                res["stages"][name] = stages(tree, src, tmp / f"stages-{name}.jsonl", args.profile)
        if "lengths" in args.parts:
            print("lengths ...", file=sys.stderr, flush=True)
            res["lengths"] = lengths(ROOT, src, args.profile)
    res["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"compare-{time.strftime('%Y%m%dT%H%M', time.gmtime())}.json"
    path.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    if "cli" in res:
        print(markdown(res))
    else:
        print(json.dumps({k: res[k] for k in ("stages", "lengths") if k in res}, indent=1))
    print(f"\n(wrote {path.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
