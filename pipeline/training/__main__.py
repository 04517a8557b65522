"""python -m pipeline.training {prepare,train,ship,score-ner,evaluate}"""
from __future__ import annotations

import argparse
from pathlib import Path

from . import prepare, train

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m pipeline.training")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--build", type=Path, default=ROOT / "build")
    ap.add_argument("--models", type=Path, default=ROOT / "models" / "id")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("prepare", help="lay out train/dev/test files under build/data")
    t = sub.add_parser("train", help="train processors (all by default) and ship them to models/id")
    t.add_argument("processors", nargs="*", choices=train.PROCESSORS + [[]], default=[])
    t.add_argument("--ner-extra", action="store_true",
                   help="train NER also on NER-UGM and NER-UI (no licence file came with them: "
                        "check IndoLEM's terms before redistributing the model)")
    s = sub.add_parser("ship", help="copy already trained processors to models/id")
    s.add_argument("processors", nargs="+", choices=train.PROCESSORS)
    e = sub.add_parser("evaluate", help="score shipped models on held-out data, write models/README.md")
    e.add_argument("--baseline", type=Path, default=None, help="folder of default-size models to compare speed with")
    e.add_argument("--note", action="append", default=[], help="a status line for the card (repeatable)")
    n = sub.add_parser("score-ner", help="entity F1 of a NER model on idner-news-2k or another BIO file (gold tokens)")
    n.add_argument("--ner-dir", type=Path, default=None, help="folder with id/ner.pt (default: the shipped one)")
    n.add_argument("--split", choices=["dev", "test"], default="test")
    n.add_argument("--int8", action="store_true", help="quantise as the fast profile does")
    n.add_argument("--corpus", type=Path, default=None,
                   help="score this token<TAB>BIO file instead (e.g. SHARED/data/ner/nerui/test.tsv)")
    args = ap.parse_args(argv)

    data, saved = args.build / "data", args.build / "saved"
    if args.cmd == "prepare":
        print(prepare.prepare_all(args.shared, data))
    elif args.cmd == "train":
        for proc in args.processors or train.PROCESSORS:
            print("shipped", train.train(proc, data, saved, args.models, ner_extra=args.ner_extra))
    elif args.cmd == "ship":
        for proc in args.processors:
            print("shipped", train.ship(proc, saved, args.models))
    elif args.cmd == "score-ner":
        import json

        from . import card
        print(json.dumps(card.score_ner(args.models, data, ner_dir=args.ner_dir, int8=args.int8,
                                          split=args.split, corpus=args.corpus)))
    elif args.cmd == "evaluate":
        from . import card
        card.write_card(args.models, data, ROOT / "models" / "README.md", baseline=args.baseline,
                        shared=args.shared, status=args.note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
