"""Shipped models vs Stanza's default architectures: inference speed side by side.

Not a test. ``python bench/models_speed.py --build-baseline`` first builds
default-size models in build/baseline (Stanza's default dimensions for each
processor, trained only a handful of steps: the weights are there to be timed,
not used), then times both sets alternately on 1 thread over the same batch of
GSD test "articles" and writes bench/results/models_speed-<UTC time>.json.

tokenize and mwt are copied from models/id into the baseline: their recipe
uses Stanza's default dimensions already, so they are the same on both sides.
Neither side has pretrained word vectors or a character LM (none offline);
Stanza's official models run a charlm as well, so they would be slower still.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.training import card, train  # noqa: E402

# recipe flags that shrink a model or bound its training; removed for the baseline
DIM_FLAGS = {"--hidden_dim", "--char_hidden_dim", "--deep_biaff_hidden_dim", "--deep_biaff_output_dim",
             "--composite_deep_biaff_hidden_dim", "--word_emb_dim", "--char_emb_dim", "--emb_dim",
             "--num_layers", "--batch_size", "--max_steps", "--eval_interval", "--max_steps_before_stop",
             "--num_epoch", "--second_optim_start_step", "--steps", "--eval_steps"}
# just enough training to save a model of the default size
QUICK = {
    "pos": ["--max_steps", "2", "--eval_interval", "2"],
    "depparse": ["--max_steps", "2", "--eval_interval", "2"],
    "ner": ["--max_steps", "20", "--eval_interval", "20"],
    "lemma": ["--num_epoch", "1", "--batch_size", "1000"],   # batch size is not part of the architecture
}
SAME_AS_SHIPPED = ("tokenize", "mwt")


def baseline_command(proc: str, data: Path, saved: Path) -> list[str]:
    cmd = train.command(proc, data, saved)
    head, args = cmd[:cmd.index("--cpu") + 1], cmd[cmd.index("--cpu") + 1:]
    kept, i = [], 0
    while i < len(args):
        if args[i] in DIM_FLAGS:
            i += 2
            continue
        kept.append(args[i])
        i += 1
    return head + kept + QUICK[proc]


def build_baseline(out: Path, models: Path, data: Path, procs: list[str], *, missing_only: bool = False) -> dict:
    saved = ROOT / "build" / "baseline_saved"
    (out / "id").mkdir(parents=True, exist_ok=True)
    shutil.copy(models.parent / "resources.json", out / "resources.json")
    log = {}
    env = dict(os.environ, OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    for proc in procs:
        if missing_only and (out / "id" / f"{proc}.pt").is_file():
            continue
        if proc in SAME_AS_SHIPPED:
            shutil.copy(models / f"{proc}.pt", out / "id" / f"{proc}.pt")
            log[proc] = "copied from models/id (default dimensions already)"
            continue
        cmd = baseline_command(proc, data, saved)
        print("$", " ".join(cmd), flush=True)
        t = time.perf_counter()
        with open(ROOT / "build" / "logs" / f"baseline-{proc}.log", "w") as fh:
            subprocess.run(cmd, check=True, env=env, stdout=fh, stderr=subprocess.STDOUT)
        train.ship(proc, saved, out / "id")
        log[proc] = {"command": " ".join(cmd[1:]), "train_s": round(time.perf_counter() - t, 1)}
    (out / "BASELINE.json").write_text(json.dumps(log, indent=1) + "\n")
    return log


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--models", type=Path, default=ROOT / "models" / "id")
    ap.add_argument("--baseline", type=Path, default=ROOT / "build" / "baseline")
    ap.add_argument("--data", type=Path, default=ROOT / "build" / "data")
    ap.add_argument("--build-baseline", action="store_true", help="(re)build the default-size models first")
    ap.add_argument("--build-only", action="store_true", help="build the baseline, time nothing")
    ap.add_argument("--processors", nargs="*", default=None, help="default: every shipped processor")
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)

    procs = args.processors or card.shipped(args.models)
    built = None
    if args.build_baseline or not all((args.baseline / "id" / f"{p}.pt").is_file() for p in procs):
        built = build_baseline(args.baseline, args.models, args.data, procs, missing_only=not args.build_baseline)
    if args.build_only:
        return 0
    result = card.speed(args.models, args.data, procs, baseline=args.baseline, repeats=args.repeats)
    result["sizes_mb"] = {"shipped": card.sizes(args.models), "baseline": card.sizes(args.baseline)}
    if built:
        result["baseline_built"] = built
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"models_speed-{time.strftime('%Y%m%dT%H%M', time.gmtime())}.json"
    path.write_text(json.dumps(result, indent=1) + "\n")
    print(json.dumps({k: result[k] for k in ("processors", "ratio", "ratio_per_processor")}, indent=1))
    print(f"shipped {result['shipped']['words_per_s']} words/s, "
          f"baseline {result['baseline']['words_per_s']} words/s -> {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
