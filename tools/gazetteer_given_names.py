"""Writes pipeline/lexicons/entity_repair_given_names.txt: first words of the person names in the
Indonesian DBpedia gazetteer (Alfina et al. 2016/2017, ../shared/data/gazetteer) that open at least
three persons' names, open organisation and place names at most a third as often, and are no
common, place or title word (pipeline/analyse_ents.py's lists and the UD-derived common words).

  python tools/gazetteer_given_names.py ../shared/data/gazetteer
"""
from __future__ import annotations

import collections
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "pipeline" / "lexicons" / "entity_repair_given_names.txt"
HEADER = """\
# Given names: the first words of person names in the Indonesian DBpedia gazetteer (MDEE version,
# Alfina et al., ICACSIS 2016 and 2017; names from DBpedia, CC BY-SA) that open at least three
# persons' names and at most a third as many organisation or place names, and are no common word.
# Written by tools/gazetteer_given_names.py. pipeline/analyse_ents.py reads it for untagged full
# names mid-sentence ("kepada Karim Benzema yang"): a name run of two words or more opened by one.
"""


def main(gazetteer: Path) -> int:
    from pipeline.analyse_ents import _not_names, _ud_common_words

    per, other = collections.Counter(), collections.Counter()
    for line in (gazetteer / "dbpedia-id-person.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split()
        if len(parts) >= 2 and re.fullmatch(r"[A-Z][a-z]+", parts[0]):
            per[parts[0]] += 1
    for name in ("dbpedia-id-organization.txt", "dbpedia-id-place.txt"):
        for line in (gazetteer / name).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.split():
                other[line.split()[0]] += 1
    blocked = _not_names() | _ud_common_words()
    given = sorted(w for w, n in per.items() if n >= 3 and n >= 3 * other[w] and w.lower() not in blocked)
    OUT.write_text(HEADER + "\n".join(given) + "\n", encoding="utf-8")
    print(f"{len(given)} names -> {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "gazetteer"))
