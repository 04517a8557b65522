"""Benchmark of `summarize` over a synthetic archive (not a test).

    python bench/summarize_bench.py [--articles 10000] [--format csv parquet] [--keep DIR]

Builds an archive of ArticleRecords at run time (never stored): parties drawn
from the region list, countries, the organisation gazetteer and invented
foreign cities, universities and companies, each written in one of several
variants ("Pemprov X", "Pemerintah Provinsi X", "Kota Y", "Pemkot Y", ...),
2-3 cooperations of random kinds, dates over ten years, officials with
titles. Times reading + resolution + merging + every output (wall and CPU
seconds: the shared dev machine's wall time depends on its load), and the
size of network.html. Writes bench/results/summarize-<date>.json.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.lexicon import mapping  # noqa: E402
from pipeline.resolve import region_codes  # noqa: E402
from pipeline.schema import ArticleRecords, Cooperation, Count, Official, Partner, Program  # noqa: E402

KINDS = ["sister_city", "agreement", "grant", "loan", "training", "investment", "project", "other"]


def _variants(rng: random.Random) -> list[list[str]]:
    out = []
    for code, name in region_codes().items():
        if "." not in code:
            out.append([f"Pemprov {name}", f"Pemerintah Provinsi {name}", f"Provinsi {name}"])
        elif name.startswith("Kota "):
            core = name.removeprefix("Kota ").removeprefix("Administrasi ")
            out.append([name, f"Pemkot {core}", f"Pemerintah Kota {core}"])
        else:
            core = name.removeprefix("Kabupaten ").removeprefix("Administrasi ")
            out.append([name, f"Pemkab {core}", f"Kab. {core}"])
    for org in mapping("entity_organisations")["organisations"]:
        out.append(org["names"][:3])
    for country in ["Korea Selatan", "Jepang", "Belanda", "Australia", "Tiongkok", "Jerman", "Amerika Serikat"]:
        out.append([country, f"Pemerintah {country}"])
    syll = ["ka", "ri", "mo", "ta", "se", "lu", "na", "po", "ve", "do", "zu", "han", "berg", "ton"]
    for i in range(3000):  # invented foreign cities, universities, companies
        word = "".join(rng.choice(syll) for _ in range(3)).capitalize()
        kind = i % 3
        out.append([f"Kota {word}", word] if kind == 0 else [f"Universitas {word}", f"Universitas {word} ({word[:3]})"]
                   if kind == 1 else [f"PT {word} Sejahtera", f"PT {word} Sejahtera Tbk"])
    return out


def build_archive(n: int, seed: int = 11) -> list[ArticleRecords]:
    rng = random.Random(seed)
    parties = _variants(rng)
    recs = []
    for i in range(n):
        names = [rng.choice(rng.choice(parties)) for _ in range(rng.randint(2, 5))]
        day = date(2015 + rng.randint(0, 9), rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        programs = [Program(name=f"Program Kolaborasi {rng.randint(1, 400)}")] if rng.random() < 0.4 else []
        coops = [Cooperation(parties=rng.sample(names, 2), kind=rng.choice(KINDS),
                             programs=[p.name for p in programs],
                             money=[Count(value=rng.randint(1, 90) * 10**9, unit="rupiah")] if rng.random() < .3
                             else [])
                 for _ in range(rng.randint(1, 3))]
        recs.append(ArticleRecords(
            id=f"bench-{i:06d}", title=f"Artikel {i}", published=day,
            partners=[Partner(name=nm) for nm in dict.fromkeys(names)], programs=programs,
            officials=[Official(name=f"Pejabat {rng.randint(1, 2000)}", title="Kepala Dinas")],
            cooperations=coops))
    return recs


def main() -> None:
    from pipeline.summarize import summarize

    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--format", nargs="+", default=["csv", "parquet"])
    ap.add_argument("--keep", type=Path, default=None, help="write outputs here instead of a temp folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "archive.jsonl"
        with src.open("w", encoding="utf-8") as fh:
            for rec in build_archive(args.articles):
                fh.write(rec.model_dump_json() + "\n")
        out = args.keep or Path(tmp) / "summary"
        t0, c0 = time.perf_counter(), time.process_time()
        res = summarize(src, out, formats=args.format)
        secs, cpu = time.perf_counter() - t0, time.process_time() - c0
        html_kb = (out / "network.html").stat().st_size / 1024
    result = {"articles": res.articles, "entities": res.entities, "cooperations": res.cooperations,
              "seconds": round(secs, 2), "cpu_seconds": round(cpu, 2), "network_html_kb": round(html_kb, 1),
              "formats": args.format, "load_average_1min": round(os.getloadavg()[0], 1)}
    print(json.dumps(result))
    dest = Path(__file__).with_name("results") / f"summarize-{date.today().isoformat()}.json"
    dest.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
