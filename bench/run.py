"""Benchmark of the full extract pipeline (not a test).

    python bench/run.py [--articles 12] [--profiles fast default] [--workers 1 2] [--lengths 1 4 16]

Builds a corpus at run time, never stored in the repository: by default the
real articles of ../shared/gold/*/*.json as written (``--source gold``; a
longer article joins consecutive texts); else paragraphs of the team-written
articles in corpus/ recombined into ~400-word articles, or
(``--source idner``, or when corpus/ has fewer than 3 files) sentences of
../shared/data/ner/idner-news-2k joined into ~400-word articles.

Measures, per profile, articles/s and words/s and the time split per stage
(read: ingest of .txt files; stanza: ``Analyser.pipe``; rules:
``records_from_doc``; write: JSONL and SQLite sinks), peak RSS of the
process; cost against article length (1x, 4x, 16x words); throughput of the
CLI's own engine with 1 and 2 worker processes (``extract --workers N``); and
scaling from 1 to 2 Dask worker processes with peak RSS per worker. Each profile runs in a
fresh process so its peak RSS is its own. Writes bench/results/<date>.json
and prints markdown tables.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from datetime import datetime, timezone
from multiprocessing import get_context
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
IDNER = SHARED / "data" / "ner" / "idner-news-2k"
GOLD = SHARED / "gold"
BASE_WORDS = 400


# ---------------------------------------------------------------- corpus

def _words(text: str) -> int:
    return len(text.split())


def _corpus_paragraphs() -> list[str]:
    paras = []
    for p in sorted((ROOT / "corpus").glob("*.txt")):
        paras += [x.strip() for x in re.split(r"\n\s*\n", p.read_text(encoding="utf-8")) if x.strip()]
    return paras


_NO_SPACE_BEFORE = re.compile(r" ([,.;:!?%)\]”’])")
_NO_SPACE_AFTER = re.compile(r"([(\[“‘]) ")


def _idner_sentences() -> list[str]:
    sents, cur = [], []
    for name in ("train.txt", "dev.txt", "test.txt"):
        path = IDNER / name
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cur.append(line.split()[0])
            elif cur:
                sents.append(_NO_SPACE_AFTER.sub(r"\1", _NO_SPACE_BEFORE.sub(r"\1", " ".join(cur))))
                cur = []
    return sents


def _gold_texts() -> list[str]:
    return [t for p in sorted(GOLD.glob("*/*.json"))
            if (t := json.loads(p.read_text(encoding="utf-8")).get("text") or "").strip()]


def build_corpus(n: int, scale: int, source: str, seed: int) -> list[tuple[str, str]]:
    """n articles of about scale x BASE_WORDS words, as (id, text); for ``gold``: real articles
    as written (scale x consecutive gold texts each), read at run time and never stored."""
    rng = random.Random(f"{seed}-{scale}")
    if source == "gold":
        texts = _gold_texts()
        if not texts:
            raise SystemExit(f"no gold texts under {GOLD}")
        start = rng.randrange(len(texts))
        return [(f"bench-{scale}x-{i:03d}", "\n\n".join(texts[(start + i * scale + k) % len(texts)]
                                                        for k in range(scale))) for i in range(n)]
    if source == "corpus":
        units, sep = _corpus_paragraphs(), "\n\n"
    else:
        sents = _idner_sentences()
        units = [" ".join(sents[i:i + 4]) for i in range(0, len(sents), 4)]  # 4-sentence paragraphs
        sep = "\n\n"
    if not units:
        raise SystemExit(f"no text to build a corpus from ({source})")
    out = []
    for i in range(n):
        paras, words = [], 0
        while words < scale * BASE_WORDS:
            p = rng.choice(units)
            paras.append(p)
            words += _words(p)
        out.append((f"bench-{scale}x-{i:03d}", sep.join(paras)))
    return out


# ---------------------------------------------------------------- one profile, in its own process

def _stage_run(extractor, folder: Path, db: Path, jsonl: Path) -> dict:
    """The full pipeline on the .txt files in folder, each stage timed separately."""
    from pipeline.assemble import check_text, error_record, records_from_doc
    from pipeline.ingest import read_inputs
    from pipeline.write import open_sink

    t = {"read": 0.0, "stanza": 0.0, "rules": 0.0, "write_jsonl": 0.0, "write_sqlite": 0.0}
    s0 = time.perf_counter()
    arts = list(read_inputs([folder]))
    t["read"] = time.perf_counter() - s0
    recs = []
    bs = extractor.batch_size
    for i in range(0, len(arts), bs):
        batch = [a for a in arts[i:i + bs] if not check_text(a.text)]
        s0 = time.perf_counter()
        docs = extractor.analyser.pipe(a.text for a in batch)
        t["stanza"] += time.perf_counter() - s0
        s0 = time.perf_counter()
        recs += [records_from_doc(d, a) for d, a in zip(docs, batch)]
        t["rules"] += time.perf_counter() - s0
    recs += [error_record(a, "bad") for a in arts if check_text(a.text)]
    for key, out in (("write_jsonl", jsonl), ("write_sqlite", db)):
        s0 = time.perf_counter()
        with open_sink(out) as sink:
            for r in recs:
                sink.write(r)
        t[key] = time.perf_counter() - s0
    words = sum(_words(a.text) for a in arts)
    total = t["read"] + t["stanza"] + t["rules"] + t["write_jsonl"]
    return {"articles": len(arts), "words": words, "seconds": t, "total_s": total,
            "articles_per_s": len(arts) / total, "words_per_s": words / total,
            "records": sum(len(r.partners) + len(r.programs) + len(r.counts) + len(r.quotes) + len(r.officials)
                           for r in recs),
            "errors": sum(1 for r in recs if r.error)}


def profile_job(profile: str, models, articles: int, lengths: list[int], source: str, seed: int,
                threads: int, length_articles: dict) -> dict:
    import torch

    import pipeline.store  # noqa: F401  (imports are not part of the write stage)
    import pipeline.tables  # noqa: F401
    from pipeline.assemble import Extractor
    from pipeline.schema import Article

    torch.set_num_threads(threads)
    s0 = time.perf_counter()
    extractor = Extractor(profile, models, batch_size=8)
    load_s = time.perf_counter() - s0
    res = {"profile": profile, "load_s": load_s, "torch_threads": threads}
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # warm-up (first call allocates), not timed
        list(extractor.pipe([Article(id="warm", text=build_corpus(1, 1, source, seed + 99)[0][1])]))
        for scale in sorted(set([1, *lengths])):
            n = articles if scale == 1 else length_articles.get(scale, max(1, articles // scale))
            folder = tmp / f"in{scale}"
            folder.mkdir()
            for aid, text in build_corpus(n, scale, source, seed):
                (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
            run = _stage_run(extractor, folder, tmp / f"o{scale}.db", tmp / f"o{scale}.jsonl")
            res.setdefault("by_length", {})[str(scale)] = run
    res["main"] = res["by_length"]["1"]
    res["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return res


# ---------------------------------------------------------------- dask scaling

def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _NullSink:
    def write(self, rec):
        pass


def scaling(profile: str, models, workers: list[int], articles: int, source: str, seed: int,
            threads: int) -> list[dict]:
    from distributed import Client, LocalCluster

    from pipeline.distributed import run_dask
    from pipeline.schema import Article

    arts = [Article(id=i, text=t) for i, t in build_corpus(articles, 1, source, seed + 1)]
    warm = [Article(id="warm", text=build_corpus(1, 1, source, seed + 2)[0][1])]
    words = sum(_words(a.text) for a in arts)
    out = []
    for n in workers:
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
                Client(cluster) as client:
            s0 = time.perf_counter()
            run_dask(warm * n, _NullSink(), scheduler=client, profile=profile, models_dir=models,
                     batch_size=1, torch_threads=threads)  # loads the models on every worker
            load_s = time.perf_counter() - s0
            s0 = time.perf_counter()
            summary = run_dask(arts, _NullSink(), scheduler=client, profile=profile, models_dir=models,
                               batch_size=2, torch_threads=threads)
            secs = time.perf_counter() - s0
            rss = client.run(_peak_rss_mb)
        out.append({"workers": n, "torch_threads_per_worker": threads, "articles": summary.articles,
                    "errors": summary.errors, "load_s": load_s, "seconds": secs,
                    "articles_per_s": summary.articles / secs, "words_per_s": words / secs,
                    "peak_rss_mb_per_worker": sorted(rss.values())})
    return out


def local_scaling(profile: str, models, workers: list[int], articles: int, source: str, seed: int) -> list[dict]:
    """The CLI's own engine (``run_batch`` with a process pool): throughput at 1, 2, ... workers.

    Model loading and start-up are taken out by also timing a 2-article run:
    articles/s = (articles - 2) / (t_articles - t_2).
    """
    from pipeline.run import run_batch

    out = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folders = {}
        for n_art in (2, articles):
            folder = folders[n_art] = tmp / f"in{n_art}"
            folder.mkdir()
            for aid, text in build_corpus(n_art, 1, source, seed + 3):
                (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        words = sum(_words(p.read_text(encoding="utf-8")) for p in folders[articles].glob("*.txt"))
        # imports and a cold page cache would otherwise be charged to the first timed run
        run_batch([folders[2]], tmp / "warm.jsonl", profile=profile, models_dir=models)
        for n in workers:
            secs = {}
            for n_art, folder in folders.items():
                s0 = time.perf_counter()
                summary = run_batch([folder], tmp / f"out-{n}-{n_art}.jsonl", profile=profile, models_dir=models,
                                    workers=n, chunk_size=4)
                secs[n_art] = time.perf_counter() - s0
                assert summary.articles == n_art and not summary.errors, summary.line()
            rate = (articles - 2) / (secs[articles] - secs[2])
            out.append({"workers": n, "articles": articles, "seconds": secs[articles], "startup_s": secs[2],
                        "articles_per_s": rate, "words_per_s": rate * words / articles})
    return out


# ---------------------------------------------------------------- report

def markdown(result: dict) -> str:
    lines = [f"Benchmark {result['date']} — {result['env']['cpus']} CPUs, load avg {result['env']['loadavg_start']}, "
             f"corpus: {result['corpus']['source']} (~{BASE_WORDS} words/article unless gold), "
             f"torch threads {result['corpus']['torch_threads']} per process", ""]
    if result["profiles"]:   # per-stage tables, when that part ran
        lines += ["| profile | articles | words | articles/s | words/s | read s | stanza s | rules s | write jsonl s "
                  "| write sqlite s | model load s | peak RSS MB |",
                  "|---|---|---|---|---|---|---|---|---|---|---|---|"]
        for p in result["profiles"]:
            m, t = p["main"], p["main"]["seconds"]
            lines.append(f"| {p['profile']} | {m['articles']} | {m['words']} | {m['articles_per_s']:.2f} | "
                         f"{m['words_per_s']:.0f} | {t['read']:.3f} | {t['stanza']:.1f} | {t['rules']:.2f} | "
                         f"{t['write_jsonl']:.3f} | {t['write_sqlite']:.3f} | {p['load_s']:.1f} | "
                         f"{p['peak_rss_mb']:.0f} |")
        lines += ["", "| profile | length | articles | words/article | s/article | words/s | stanza share |",
                  "|---|---|---|---|---|---|---|"]
        for p in result["profiles"]:
            for scale, r in p["by_length"].items():
                share = r["seconds"]["stanza"] / r["total_s"]
                lines.append(f"| {p['profile']} | {scale}x | {r['articles']} | {r['words'] // r['articles']} | "
                             f"{r['total_s'] / r['articles']:.2f} | {r['words_per_s']:.0f} | {share:.0%} |")
    for prof, rows in result.get("local_scaling", {}).items():
        lines += ["", f"CLI engine (`extract --workers N`, {prof} profile; start-up and model load taken out):", "",
                  "| workers | articles | articles/s | words/s | run s | start-up s (2 articles) |",
                  "|---|---|---|---|---|---|"]
        for r in rows:
            lines.append(f"| {r['workers']} | {r['articles']} | {r['articles_per_s']:.2f} | {r['words_per_s']:.0f} "
                         f"| {r['seconds']:.1f} | {r['startup_s']:.1f} |")
    if result.get("scaling"):
        lines += ["", f"Dask scaling ({result['scaling_profile']}, LocalCluster worker processes):", "",
                  "| workers | torch threads/worker | articles | articles/s | words/s | model load s "
                  "| peak RSS MB per worker |", "|---|---|---|---|---|---|---|"]
        for s in result["scaling"]:
            lines.append(f"| {s['workers']} | {s['torch_threads_per_worker']} | {s['articles']} | "
                         f"{s['articles_per_s']:.2f} | {s['words_per_s']:.0f} | {s['load_s']:.1f} | "
                         f"{', '.join(f'{x:.0f}' for x in s['peak_rss_mb_per_worker'])} |")
    return "\n".join(lines)


def _git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                              text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=12, help="articles of ~400 words per profile (default 12)")
    ap.add_argument("--profiles", nargs="+", default=["fast", "default"])
    ap.add_argument("--lengths", nargs="+", type=int, default=[1, 4, 16], help="article length multiples")
    ap.add_argument("--length-articles", type=int, default=None,
                    help="articles per longer length (default: articles / multiple, at least 1)")
    ap.add_argument("--workers", nargs="*", type=int, default=[1, 2], help="Dask worker counts ([] to skip)")
    ap.add_argument("--parts", nargs="+", choices=["stages", "local", "dask"], default=["stages", "local", "dask"],
                    help="what to measure: per-stage times and lengths, the CLI engine's workers, Dask workers")
    ap.add_argument("--scaling-articles", type=int, default=None, help="articles for the Dask runs")
    ap.add_argument("--source", choices=["auto", "gold", "corpus", "idner"], default="auto",
                    help="auto: the real gold articles of ../shared/gold if there, else corpus/, else idner")
    ap.add_argument("--threads", type=int, default=1,
                    help="torch threads per process/worker (default 1: one article stream per core)")
    ap.add_argument("--models", type=Path, default=None)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)

    from pipeline.analyse import MODEL_FILES, MODELS_DIR, PROFILES

    models_dir = Path(args.models or os.environ.get("PIPELINE_MODELS") or MODELS_DIR)
    profiles = []
    for p in args.profiles:
        missing = [f for f in (MODEL_FILES[x] for x in PROFILES[p]) if not (models_dir / "id" / f).is_file()]
        if missing:
            print(f"skipping profile {p}: missing {', '.join(missing)} in {models_dir}/id", file=sys.stderr)
        else:
            profiles.append(p)
    if not profiles:
        print("no profile has its models; nothing to measure", file=sys.stderr)
        return 2
    source = args.source
    if source == "auto":
        source = ("gold" if any(GOLD.glob("*/*.json"))
                  else "corpus" if len(list((ROOT / "corpus").glob("*.txt"))) >= 3 else "idner")

    cpus = os.cpu_count() or 1
    result = {"date": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
              "env": {"cpus": cpus, "loadavg_start": [round(x, 2) for x in os.getloadavg()],
                      "python": platform.python_version(), "commit": _git_commit(), "machine": platform.machine()},
              "corpus": {"source": source, "base_words": BASE_WORDS, "articles": args.articles,
                         "lengths": args.lengths, "seed": args.seed, "torch_threads": args.threads},
              "profiles": []}
    try:
        import stanza
        import torch
        result["env"].update(torch=torch.__version__, stanza=stanza.__version__)
    except ImportError:
        pass
    length_articles = {s: args.length_articles for s in args.lengths} if args.length_articles else {}
    ctx = get_context("spawn")
    for p in profiles if "stages" in args.parts else []:
        print(f"profile {p} ...", file=sys.stderr)
        with ProcessPoolExecutor(1, mp_context=ctx) as pool:
            result["profiles"].append(pool.submit(profile_job, p, models_dir, args.articles, args.lengths, source,
                                                  args.seed, args.threads, length_articles).result())
    if args.workers and "local" in args.parts:
        for prof in profiles:
            print(f"local scaling {args.workers} ({prof}) ...", file=sys.stderr)
            result.setdefault("local_scaling", {})[prof] = local_scaling(
                prof, models_dir, args.workers, args.scaling_articles or 4 * args.articles, source, args.seed)
    if args.workers and "dask" in args.parts:
        prof = profiles[-1] if "default" not in profiles else "default"
        print(f"dask scaling {args.workers} ({prof}) ...", file=sys.stderr)
        result["scaling_profile"] = prof
        result["scaling"] = scaling(prof, models_dir, args.workers, args.scaling_articles or args.articles,
                                    source, args.seed, args.threads)
    result["env"]["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    args.out.mkdir(parents=True, exist_ok=True)
    part = "" if len(args.parts) == 3 else "-" + "-".join(args.parts)
    if args.profiles != ["fast", "default"]:   # keep the default run's file
        part += "-" + "-".join(args.profiles)
    path = args.out / f"{result['date'][:10]}{part}.json"
    path.write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(markdown(result))
    print(f"\n(wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
