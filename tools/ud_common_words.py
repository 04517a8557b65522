"""Writes pipeline/lexicons/entity_repair_ud_common_words.txt: Indonesian words written in lower case
in the UD Indonesian treebanks (GSD, CSUI, PUD; CC BY-SA) at least twice and at least twice as often
as capitalised inside a sentence. The entity-repair step reads it to tell a sentence's first word
("Pasangan", "Rombongan") from a name, where the capital says nothing.

  python tools/ud_common_words.py ../shared/data/ud
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "pipeline" / "lexicons" / "entity_repair_ud_common_words.txt"
HEADER = """\
# Indonesian words the UD Indonesian treebanks write in lower case (at least twice, and at least
# twice as often as capitalised inside a sentence): a word list derived from
#   UD_Indonesian-GSD, UD_Indonesian-CSUI and UD_Indonesian-PUD (Universal Dependencies,
#   https://universaldependencies.org; each treebank's README names its authors),
# licensed CC BY-SA 4.0 (GSD, CSUI) and CC BY-SA 3.0 (PUD); this derived list is shared under CC BY-SA 4.0.
# Written by tools/ud_common_words.py. Read by pipeline/analyse_ents.py for a sentence's first word only.
"""


def main(ud_dir: Path) -> int:
    low, cap = collections.Counter(), collections.Counter()
    for path in sorted(ud_dir.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 4 or not cols[0].isdigit():
                continue
            word = cols[1]
            if re.fullmatch(r"[a-z][a-z-]*[a-z]", word):
                low[word] += 1
            elif re.fullmatch(r"[A-Z][a-z-]*[a-z]", word) and cols[0] != "1":
                cap[word.lower()] += 1
    common = sorted(w for w, n in low.items() if n >= 2 and n >= 2 * cap[w])
    OUT.write_text(HEADER + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} words -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "ud"))
