"""Command line: parses flags, calls the library, turns failures into messages and exit codes.

    python -m pipeline extract INPUT... -o OUT
    python -m pipeline evaluate GOLD_DIR PRED [--json]
    python -m pipeline schema
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

__all__ = ["main", "build_parser"]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit code 2
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    ap = _Parser(prog="python -m pipeline", description="Structured records from Indonesian news articles.")
    sub = ap.add_subparsers(dest="command", required=True, parser_class=_Parser)

    ex = sub.add_parser("extract", help="extract records from .txt files, folders and .jsonl files")
    ex.add_argument("inputs", nargs="+", type=Path, metavar="INPUT")
    ex.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                    help="a .jsonl file (one article per line) or a folder of <id>.json")
    ex.add_argument("--profile", default="default", choices=["fast", "default", "full"],
                    help="Stanza processors: fast (no lemma, no parser), default (no parser), full")
    ex.add_argument("--models", type=Path, default=None, help="folder with resources.json and id/*.pt")
    ex.set_defaults(func=_extract)

    ev = sub.add_parser("evaluate", help="score predictions against a folder of gold files")
    ev.add_argument("gold", type=Path, metavar="GOLD_DIR")
    ev.add_argument("pred", type=Path, metavar="PRED", help="predictions: .jsonl file or folder of .json")
    ev.add_argument("--json", action="store_true", help="print the scores as JSON")
    ev.set_defaults(func=_evaluate)

    sc = sub.add_parser("schema", help="print the JSON Schema of the output records")
    sc.set_defaults(func=_schema)
    return ap


def _check_paths(*paths: Path) -> None:
    for p in paths:
        if not p.exists():
            raise FileNotFoundError(f"no such file or folder: {p}")


def _extract(args) -> int:
    from .run import run_batch

    _check_paths(*args.inputs)
    summary = run_batch(args.inputs, args.output, profile=args.profile, models_dir=args.models)
    print(summary.line(), file=sys.stderr)
    return 1 if summary.articles and summary.errors == summary.articles else 0


def _evaluate(args) -> int:
    from .evaluate import format_scores, load_gold, load_predictions, score

    _check_paths(args.gold, args.pred)
    scores = score(load_gold(args.gold), load_predictions(args.pred))
    print(json.dumps(scores, indent=2) if args.json else format_scores(scores))
    return 0


def _schema(args) -> int:
    from .schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except FileNotFoundError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:
        from .nlp import ModelError
        if isinstance(exc, ModelError):
            print(f"{parser.prog}: error: {exc}", file=sys.stderr)
            return 2
        raise
