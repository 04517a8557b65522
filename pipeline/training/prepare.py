"""Turn ../shared/data into the train/dev/test files Stanza's trainers read.

Splits (GSD train is not available):
- test: UD GSD test (headline, never trained or tuned on); NER: idner-news-2k test.
- dev:  every third sentence of UD GSD dev; NER: idner-news-2k dev.
- train: the other GSD dev sentences, CSUI train+test, PUD test;
  plus 300 copies of quoted sentences with curly quotes (tokenizer augmentation).
  The three treebanks use different XPOS tagsets (GSD: "NSD", CSUI: Penn "NN",
  PUD: none), so the tagger reads them as three files (build/data/pos/) with
  XPOS kept only for GSD; Stanza's tagger masks a column that a file lacks.
  Mixing them in one file had the tagger learn a blend of tagsets, and its
  dev score (AllTags) stayed near 0, so checkpoint selection never moved.
  NER: idner-news-2k train (MIT) plus a seeded augmentation from redistributable
  sources (pipeline/training/augment.py: mention swaps and team-written templates);
  with ``--ner-extra`` idner-news-2k + NER-UGM and NER-UI (all folds given; no
  licence file), mapped to PER/ORG/LOC, without the augmentation.
"""
from __future__ import annotations

import json
import random
from pathlib import Path

# NER-UGM/NER-UI use long tag names and extra types; only PER/ORG/LOC are kept
# because idner-news-2k (the news set we measure on) has only those.
NER_TAG_MAP = {"PERSON": "PER", "ORGANIZATION": "ORG", "LOCATION": "LOC",
               "PER": "PER", "ORG": "ORG", "LOC": "LOC"}

# Same-length replacements used to teach the tokenizer news typography
# (curly quotes, NBSP) without changing character offsets.
AUGMENT_QUOTES = [('"', "“", "”"), ("'", "‘", "’")]


def read_conllu(path: Path) -> list[list[str]]:
    blocks, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(line)
    if cur:
        blocks.append(cur)
    return blocks


def write_conllu(path: Path, blocks: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join("\n".join(b) + "\n\n" for b in blocks), encoding="utf-8")


def _swap_block_quotes(block: list[str]) -> list[str]:
    """Replace straight quotes by curly ones in text and token columns, alternating open/close."""
    out, state = [], {}
    for line in block:
        if line.startswith("# text ="):
            text, st = [], {}
            for ch in line:
                for plain, opn, cls in AUGMENT_QUOTES:
                    if ch == plain:
                        ch = cls if st.get(plain) else opn
                        st[plain] = not st.get(plain)
                text.append(ch)
            out.append("".join(text))
            continue
        cols = line.split("\t")
        if len(cols) == 10 and cols[1] in {q[0] for q in AUGMENT_QUOTES}:
            plain = cols[1]
            _, opn, cls = next(q for q in AUGMENT_QUOTES if q[0] == plain)
            new = cls if state.get(plain) else opn
            state[plain] = not state.get(plain)
            cols[1] = cols[2] = new
            line = "\t".join(cols)
        out.append(line)
    return out


def blank_xpos(block: list[str]) -> list[str]:
    out = []
    for line in block:
        cols = line.split("\t")
        if len(cols) == 10:
            cols[4] = "_"
            line = "\t".join(cols)
        out.append(line)
    return out


def ud_splits(ud_dir: Path, seed: int = 13, with_sources: bool = False) -> dict[str, list]:
    """Train/dev/test blocks; with_sources adds "train_sources" (gsd/csui/pud per train block)."""
    gsd_dev = read_conllu(ud_dir / "gsd-id_gsd-ud-dev.conllu")
    train = [b for i, b in enumerate(gsd_dev) if i % 3 != 0]
    sources = ["gsd"] * len(train)
    dev = [b for i, b in enumerate(gsd_dev) if i % 3 == 0]
    for name in ("csui-id_csui-ud-train.conllu", "csui-id_csui-ud-test.conllu", "pud-id_pud-ud-test.conllu"):
        blocks = read_conllu(ud_dir / name)
        train += blocks
        sources += [name.split("-")[0]] * len(blocks)
    rng = random.Random(seed)
    quoted = [i for i, b in enumerate(train) if any(q[0] in "\n".join(b) for q in AUGMENT_QUOTES)]
    picked = rng.sample(quoted, k=min(len(quoted), 300))
    train += [_swap_block_quotes(train[i]) for i in picked]
    sources += [sources[i] for i in picked]
    order = list(range(len(train)))
    rng.shuffle(order)
    train = [train[i] for i in order]
    sources = [sources[i] for i in order]
    test = read_conllu(ud_dir / "gsd-id_gsd-ud-test.conllu")
    out = {"train": train, "dev": dev, "test": test}
    if with_sources:
        out["train_sources"] = sources
    return out


def write_pos_parts(build: Path, ud: dict[str, list]) -> dict[str, int]:
    """build/data/pos/id_gsd-ud-train.{gsd,csui,pud}.conllu: XPOS only in the GSD part."""
    sizes = {}
    for src in ("gsd", "csui", "pud"):
        blocks = [b if src == "gsd" else blank_xpos(b)
                  for b, s in zip(ud["train"], ud["train_sources"]) if s == src]
        write_conllu(build / "pos" / f"id_gsd-ud-train.{src}.conllu", blocks)
        sizes[f"pos_train_{src}"] = len(blocks)
    return sizes


def read_bio(path: Path) -> list[list[tuple[str, str]]]:
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        token, tag = parts[0], parts[-1]
        if tag != "O":
            prefix, _, label = tag.partition("-")
            label = NER_TAG_MAP.get(label)
            tag = f"{prefix}-{label}" if label else "O"
        cur.append((token, tag))
    if cur:
        sents.append(cur)
    return sents


LUTHFI_TAGS = {"Person": "PER", "Place": "LOC", "Organisation": "ORG"}
_SENTENCE_END = frozenset(".!?")


def read_luthfi(path: Path) -> list[list[tuple[str, str]]]:
    """Luthfi et al. (2014) gold standard: ``token TAB tag`` lines with IO tags (Person, Place,
    Organisation), one blank line per document; cut into sentences at . ! ? and turned into BIO
    (two mentions of one type side by side merge: rare in this set)."""
    sents, cur, prev = [], [], "O"
    for line in path.read_text(encoding="utf-8").splitlines():
        token, _, tag = line.partition("\t")
        label = LUTHFI_TAGS.get(tag.strip())
        for word in token.split():
            bio = "O" if label is None else ("I-" if prev == label else "B-") + label
            cur.append((word, bio))
            prev = label or "O"
        # "Franklin D . Roosevelt": a period after an initial ends no sentence
        initial = len(cur) >= 2 and len(cur[-2][0]) == 1 and cur[-2][0].isupper()
        if (not line.strip() or (token.strip() in _SENTENCE_END and not initial)) and cur:
            sents.append(cur)
            cur, prev = [], "O"
    if cur:
        sents.append(cur)
    return sents


def write_ner_json(path: Path, sents: list[list[tuple[str, str]]]) -> None:
    """Stanza's NER json: a list of sentences, each a list of {text, ner}."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = [[{"text": t, "ner": tag} for t, tag in s] for s in sents]
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# NER-UGM and NER-UI came without a licence file: the shipped NER is trained on
# idner-news-2k (MIT) alone; the larger set is written beside it for the
# ``train ner --ner-extra`` recipe, for users who have cleared IndoLEM's terms.
NER_EXTRA = ("nerugm", "nerui")


def ner_splits(ner_dir: Path, *, extra: bool = False, shared: Path | None = None) -> dict[str, list]:
    """idner-news-2k splits; ``extra`` adds NER-UGM/NER-UI to train; ``shared`` (the data root)
    adds the licence-clean augmentation built from idner train, gazetteers and team lexicons."""
    idner = ner_dir / "idner-news-2k"
    train = read_bio(idner / "train.txt")
    if shared is not None:
        from .augment import augment

        train += augment(train, shared)
        luthfi = ner_dir / "luthfi-goldstandard-0811.txt"
        if luthfi.is_file():
            train += read_luthfi(luthfi)
    for corpus in NER_EXTRA if extra else ():
        for split in ("train", "dev", "test"):
            train += read_bio(ner_dir / corpus / f"{split}.tsv")
    return {"train": train, "dev": read_bio(idner / "dev.txt"), "test": read_bio(idner / "test.txt")}


def prepare(shared: Path, build: Path) -> dict[str, int]:
    """Write UD files (as a GSD-named treebank for Stanza's scripts) and NER json; return sizes."""
    sizes = {}
    ud = ud_splits(shared / "data" / "ud", with_sources=True)
    sizes.update(write_pos_parts(build, ud))
    for split in ("train", "dev", "test"):
        blocks = ud[split]
        write_conllu(build / "ud" / "UD_Indonesian-GSD" / f"id_gsd-ud-{split}.conllu", blocks)
        sizes[f"ud_{split}"] = len(blocks)
    ner = ner_splits(shared / "data" / "ner", shared=shared)
    for split, sents in ner.items():
        write_ner_json(build / "ner" / f"id_news.{split}.json", sents)
        sizes[f"ner_{split}"] = len(sents)
    if all((shared / "data" / "ner" / c).is_dir() for c in NER_EXTRA):
        extra = ner_splits(shared / "data" / "ner", extra=True)["train"]
        write_ner_json(build / "ner" / "id_news_extra.train.json", extra)
        sizes["ner_extra_train"] = len(extra)
    return sizes


def prepare_all(shared: Path, data: Path) -> dict[str, int]:
    """prepare() plus Stanza's tokenizer label files, built by its own script."""
    import os
    import subprocess
    import sys

    sizes = prepare(shared, data)
    env = dict(os.environ, UDBASE=str(data / "ud"), TOKENIZE_DATA_DIR=str(data / "tokenize"))
    (data / "tokenize").mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_treebank", "UD_Indonesian-GSD"],
                   check=True, env=env)
    return sizes
