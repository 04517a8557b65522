"""Diagnostic: how the cooperation rules find the GOLD partners again in the body of each article.

    python tools/mention_coverage.py [--sets tune-dev,tune-check,team] [--show]

For every gold partner (its representative, when two records name one party) it counts
- the partners never found in a body sentence (headlines aside), and
- the partners found only in sentences without a cooperation cue (lexicons/cooperation_cues.txt or a
  kind's cue): the rules can then tie them to nothing;
and with --show lists the sentences that hold a distinctive word of a partner's name and a cue where the
rules found no mention of it: the short forms the mention finder does not know yet. Only the tune split
and the team's sets (never the holdout); same Stanza cache as tools/devloop.py.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dev_sets import load_sets  # noqa: E402

from pipeline.lexicon import words  # noqa: E402
from pipeline.match import cooperations as coop  # noqa: E402
from pipeline.match._doc import doc_table, doc_text  # noqa: E402
from pipeline.schema import Partner  # noqa: E402

# words that name no party by themselves: a sentence holding one is no sign of a missed mention
_GENERIC = {"pemerintah", "daerah", "dan", "republik", "indonesia", "ri", "negeri", "nasional", "of", "the",
            "university", "universitas", "institut", "kementerian", "badan", "dinas", "pt", "tbk", "persero",
            "kota", "kabupaten", "provinsi"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sets", default="tune-dev,tune-check,team")
    ap.add_argument("--show", action="store_true", help="list the sentences of likely missed mentions")
    args = ap.parse_args()
    gold, docs, sets = load_sets()
    sets["team"] = [a for name, ids in sets.items() if not name.startswith("tune") for a in ids]
    generic = words("partner_generic_words") | _GENERIC
    for name in args.sets.split(","):
        total = unnamed = uncued = 0
        for aid in sets[name]:
            parts = [Partner(**p) for p in gold[aid].get("partners") or []]
            if not parts:
                continue
            doc = docs[aid]
            text, bounds = doc_text(doc), doc_table(doc).sentence_chars()
            found, spans = coop._mention_sentences(text, [a for a, _ in bounds], parts)
            rep = coop._representatives(parts, text)
            heads = coop.headline_spans(doc)
            mentions = coop._fold_aliases(coop._out_of_headlines(found, heads), rep)
            cue = coop._any_cue()
            masked = coop._masked(coop._masked(text, list(heads)), spans)
            for i, p in enumerate(parts):
                if rep[i] != i:
                    continue
                total += 1
                if not mentions[i]:
                    unnamed += 1
                elif not any(cue.search(masked, *bounds[si]) for si in mentions[i]):
                    uncued += 1
                if args.show:
                    show_missed(aid, p, mentions[i], text, bounds, cue, generic)
        print(f"{name:10} partners {total}: never named in the body {unnamed}, named only outside cue "
              f"sentences {uncued} ({uncued / max(total, 1):.0%})")


def show_missed(aid: str, p: Partner, found: dict, text: str, bounds: list, cue: re.Pattern, generic) -> None:
    distinctive = [w for w in re.findall(r"\w+", re.sub(r"\([^)]*\)", "", p.name))
                   if w.lower() not in generic and len(w) > 3]
    for si, (a, b) in enumerate(bounds):
        sent = text[a:b]
        hits = [w for w in distinctive if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", sent)]
        if si not in found and hits and cue.search(sent):
            print(f"  {aid[:30]} [{p.name[:40]}] s{si} {hits}: {sent[:200]}")


if __name__ == "__main__":
    main()
