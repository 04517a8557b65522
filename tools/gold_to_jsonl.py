"""Write the texts of a gold folder as an input JSONL for `python -m pipeline extract`.

    python tools/gold_to_jsonl.py ../shared/gold/dev build/dev/dev.jsonl

The output goes under build/ (ignored): gold texts are never committed.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main(gold: str, out: str) -> None:
    rows = []
    for path in sorted(Path(gold).glob("*.json")):
        g = json.loads(path.read_text(encoding="utf-8"))
        rows.append({"id": g.get("id") or path.stem, "text": g["text"], "url": g.get("url")})
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    Path(out).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"{len(rows)} articles -> {out}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
