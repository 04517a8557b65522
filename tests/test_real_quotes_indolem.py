"""Quotes and speakers on REAL news sentences from the IndoLEM NER sets (NER-UGM, NER-UI: online news,
one sentence each, shuffled), a blind set that no rule had seen.

The repo keeps only the annotations (tests/data/real_quotes_indolem.jsonl: file, sentence number and
the quotes per /work/shared/ANNOTATION.md, complete for quotes only). A quote's text is stored as
character offsets into the detokenized sentence ({"start": i, "end": j}, or a list of such spans
joined by a space when a mid-sentence cue is left out) and resolved here at run time, so that the
sentences themselves never enter the repo; the test skips when ../shared/data/ner is absent.

Batch 1 (93 sentences) was picked by a script from the two train files, by category: direct quotes
with a cue, closing-only fragments ('..., " tutur X.'), opening-only fragments, indirect speech,
title-only speakers, institutions as speakers, and traps (quotation marks around a term or nickname,
'kata' as a noun, 'menurut' a report or survey, reported questions). Opening-only fragments and
quotations with no cue in the sentence are not attributed, so they carry no record. A speaker that
the sentence gives only as a pronoun ("katanya") is annotated as written ("nya"); speaker accuracy
is asserted on quotes whose gold speaker is a name or a role ("named").

Figures: see BLIND below; floors are the blind figures less .05.
"""
from __future__ import annotations

from pathlib import Path

from tests._real import predictions, token_file_gold, with_quote_texts
from tests.test_challenge import set_scores

DATA = Path(__file__).parent / "data" / "real_quotes_indolem.jsonl"
PRONOUNS = {"nya", "ia", "dia", "beliau", "mereka"}

# BLIND first run of batch 1 (2026-12-03, rules of bf4f18d, one Analyser("default") batch): quotes P .983
# R .806 F1 .886 (72 gold, 59 predicted, 58 matched), speaker accuracy .983 (named .980).
# Fixed by cause on batch 1 (so no longer blind there): a closing mark whose opening mark came sentences
# earlier ('..., sudah jadi," kata X.': 15 of the 29 errors), 'menurut laporan/data ...' naming no speaker,
# 'percaya diri', one capitalised sentence-initial word before 'menambahkan bahwa'/'menegaskan,' as speaker:
# batch 1 now P 1.0 R .889 F1 .941, speaker 1.0.
# Batch 2 (45 sentences, 34 quotes, rows marked "batch": 2; picked by the same script from the test and dev
# files, annotated after those fixes, run once): with the rules as they were at the blind run P 1.0 R .794
# F1 .885, speaker .963 (named 1.0); with the fixes P 1.0 R .912 F1 .954, speaker 1.0 (named 1.0).
# The whole file in one batch: P 1.0 R .896 F1 .945, speaker 1.0.
# Then fixed on batch 2's misses ('lapor kantor berita X', a body's long full name as subject, 'Selain itu'
# without a comma) and on what the rules gave over all 1,225 IndoLEM train sentences with a cue (lower-case
# roles after a quote keep their capitalised words, 'ujar bek Madrid, Pepe,', ', kata para pejabat ...',
# 'X mengatakan <clause>' with a lone surname, a set-off relative clause before the verb): batch 1 .941,
# batch 2 P 1.0 R .971 F1 .985 (no longer blind), the whole file P 1.0 R .915 F1 .956, speaker 1.0.
# Floors: batch 1 blind less .05.
BLIND = {"quotes": {"f1": 0.886, "named_speaker_accuracy": 0.980}}
FLOORS = {rtype: {k: round(v - 0.05, 3) for k, v in figs.items()} for rtype, figs in BLIND.items()}


def indolem_gold() -> dict[str, dict]:
    return with_quote_texts(token_file_gold(DATA))


def named_only(gold: dict[str, dict]) -> dict[str, dict]:
    """Gold without the quotes whose speaker is a bare pronoun: their speaker accuracy is unscorable."""
    return {aid: {**g, "quotes": [q for q in g["quotes"] if q["speaker"].strip("-").lower() not in PRONOUNS]}
            for aid, g in gold.items()}


def real_scores(nlp_docs) -> dict:
    gold = indolem_gold()
    preds = predictions(gold, nlp_docs([g["text"] for g in gold.values()]))  # one batch, as the product runs
    scores = set_scores(gold, preds)
    scores["quotes"]["named_speaker_accuracy"] = set_scores(named_only(gold), preds)["quotes"]["speaker_accuracy"]
    return scores


def test_the_set_is_annotated_per_the_guideline():
    gold = indolem_gold()
    assert len(gold) >= 90
    assert sum(bool(g["quotes"]) for g in gold.values()) >= 60
    for aid, g in gold.items():
        for q in g["quotes"]:
            assert q["kind"] in {"direct", "indirect"} and q["speaker"] and q["text"].strip(), aid


def test_the_rules_hold_on_real_sentences(analyser):
    scores = real_scores(analyser.pipe)
    print("\nreal_quotes_indolem: quotes " + " ".join(f"{k}={v}" for k, v in scores["quotes"].items()
                                                     if not isinstance(v, (list, dict))))
    for rtype, floors in FLOORS.items():
        for key, floor in floors.items():
            assert scores[rtype][key] is not None and scores[rtype][key] >= floor, (rtype, key, scores[rtype][key])
