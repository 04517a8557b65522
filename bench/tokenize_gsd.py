"""Rule tokenizer vs Stanza's neural tokenizer on UD GSD test: token F1 and sentence F1.

    python bench/tokenize_gsd.py [--ud ../shared/data/ud] [--out bench/results]

Not a test. The raw text is the test sentences joined by one space (GSD has no
paragraph marks); both systems are scored with Stanza's CoNLL 2018 scorer
against the gold file, plus the boundary-level sentence F1 of the model card.
Word F1 is shown too: it counts the clitic split (-nya) that replaces MWT.
"""
from __future__ import annotations

import argparse
import io
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def gsd_text(gold: Path) -> str:
    return " ".join(line[len("# text = "):] for line in gold.read_text(encoding="utf-8").splitlines()
                    if line.startswith("# text = "))


def rule_conllu(text: str) -> tuple[str, list[str]]:
    """CoNLL-U of the rule tokenizer; a clitic split off a word is a multi-word token, as in UD."""
    from pipeline.tokenize import sentences

    blocks, sent_texts = [], []
    for sent in sentences(text):
        rows, tokens = [], []
        for a, b in sent:   # group touching word + "nya" into one token
            if tokens and tokens[-1][-1][1] == a and text[a:b].lower() == "nya" and text[a - 1].isalpha():
                tokens[-1].append((a, b))
            else:
                tokens.append([(a, b)])
        n = 0
        for tok in tokens:
            if len(tok) > 1:
                rows.append(f"{n + 1}-{n + len(tok)}\t{text[tok[0][0]:tok[-1][1]]}\t_\t_\t_\t_\t_\t_\t_\t_")
            for a, b in tok:
                n += 1
                rows.append(f"{n}\t{text[a:b]}\t_\t_\t_\t_\t{n - 1}\t{'root' if n == 1 else 'dep'}\t_\t_")
        blocks.append("\n".join(rows))
        sent_texts.append(text[sent[0][0]:sent[-1][1]])
    return "\n\n".join(blocks) + "\n\n", sent_texts


def stanza_conllu(text: str) -> tuple[str, list[str]]:
    from pipeline.analyse import load_stanza

    doc = load_stanza(("tokenize", "mwt"), threads=1)(text)
    return "{:C}\n\n".format(doc), [s.text for s in doc.sentences]


def score(gold: Path, conllu: str, sents: list[str]) -> dict:
    from stanza.models.common.utils import ud_scores

    from pipeline.training.card import sentence_errors

    ev = ud_scores(str(gold), io.StringIO(conllu))
    out = {k: round(100 * ev[k].f1, 2) for k in ("Tokens", "Sentences", "Words")}
    out["boundary"] = sentence_errors(gold, sents)
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ud", type=Path, default=ROOT.parent / "shared" / "data" / "ud")
    ap.add_argument("--out", type=Path, default=ROOT / "bench" / "results")
    args = ap.parse_args(argv)
    gold = args.ud / "gsd-id_gsd-ud-test.conllu"
    text = gsd_text(gold)
    result = {}
    for name, fn in (("rules", rule_conllu), ("stanza", stanza_conllu)):
        t = time.perf_counter()
        conllu, sents = fn(text)
        seconds = round(time.perf_counter() - t, 2)
        result[name] = score(gold, conllu, sents)
        result[name]["seconds"] = seconds
    result["delta_points"] = {k: round(result["rules"][k] - result["stanza"][k], 2)
                              for k in ("Tokens", "Sentences", "Words")}
    result["delta_points"]["boundary_f1"] = round(result["rules"]["boundary"]["boundary_f1"]
                                                  - result["stanza"]["boundary"]["boundary_f1"], 2)
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / f"tokenize_gsd-{time.strftime('%Y%m%dT%H%M', time.gmtime())}.json"
    path.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print("| system | token F1 | sentence F1 | boundary F1 | word F1 | seconds |\n|---|---|---|---|---|---|")
    for name in ("rules", "stanza"):
        r = result[name]
        print(f"| {name} | {r['Tokens']} | {r['Sentences']} | {r['boundary']['boundary_f1']} | {r['Words']} "
              f"| {r['seconds']} |")
    print(f"\n(wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
