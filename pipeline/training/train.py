"""Run Stanza's own trainers with the dimensions of recipe.json and ship the result.

Each processor trains in a subprocess (``python -m stanza.models.<x> --mode train --cpu``)
so that a crash or a kill leaves the others intact; the final weights are copied
into the shipped models folder without optimizer state.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

RECIPE = json.loads((Path(__file__).with_name("recipe.json")).read_text(encoding="utf-8"))
PROCESSORS = [p for p in RECIPE if not p.startswith("_")]


def command(processor: str, data: Path, saved: Path, *, cpu: bool = True, ner_extra: bool = False) -> list[str]:
    """The trainer's command line; ``ner_extra`` trains NER on idner-news-2k + NER-UGM + NER-UI.

    NER-UGM and NER-UI came without a licence file, so a model trained on them
    may not be redistributable: the licence-clean NER uses idner-news-2k (MIT) and the augmentation
    that ``prepare`` writes (pipeline/training/augment.py) only.
    """
    spec = RECIPE[processor]
    if processor == "ner" and ner_extra:
        spec = {**spec, "data": {**spec["data"], "--train_file": RECIPE["_ner_extra"]["--train_file"]}}
    cmd = [sys.executable, "-m", spec["module"], "--mode", "train", "--save_dir", str(saved / processor),
           "--save_name", spec["file"]]
    if cpu:
        cmd.append("--cpu")
    for flag, rel in spec["data"].items():
        # "a;b;c": several files (Stanza's tagger reads each as its own dataset)
        cmd += [flag, ";".join(str(data / part) for part in rel.split(";"))]
    return cmd + spec["args"]


def train(processor: str, data: Path, saved: Path, models: Path, *, cpu: bool = True,
          ner_extra: bool = False) -> Path:
    cmd = command(processor, data, saved, cpu=cpu, ner_extra=ner_extra)
    print("$", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True)
    return ship(processor, saved, models)


def ship(processor: str, saved: Path, models: Path) -> Path:
    """Copy the best model into models/ and drop optimizer state if the trainer kept any."""
    import torch

    src = saved / processor / RECIPE[processor]["file"]
    dst = models / f"{processor}.pt"
    dst.parent.mkdir(parents=True, exist_ok=True)
    state = torch.load(src, map_location="cpu", weights_only=False)
    if isinstance(state, dict):
        for key in ("optimizer", "scheduler", "optimizer_state_dict"):
            state.pop(key, None)
        torch.save(state, dst)
    else:
        shutil.copyfile(src, dst)
    return dst
