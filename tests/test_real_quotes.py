"""Quotes and speakers on REAL news sentences: a blind set that the team did not write.

The sentences are from the Indonesian UD treebanks (CSUI news, CC BY-SA 4.0; GSD; PUD translated
news) under ../shared/data/ud. The repo keeps only the annotations, keyed by treebank file and
sent_id (tests/data/real_quotes.jsonl, per /work/shared/ANNOTATION.md, complete per line for quotes
and officials; a quote's text as character offsets into its sentence, so the repo holds no stretch
of the treebank's text): about 60 sentences with a quotation or a speech cue and 30 near misses (quotation
marks around a term or title, "dikatakan", "menurut tradisi", "kata" as a noun). The sentences are
read at run time; the test skips when ../shared is absent.

A speaker that the sentence gives only as a pronoun ("katanya", "ia mengatakan") is annotated as
written; the speaker accuracy that is asserted counts only quotes whose gold speaker is a name or a
role ("named"), since a one-sentence passage cannot resolve a pronoun.

Figures (2026-12-03): BLIND first run in BLIND below; floors are those less .05.
"""
from __future__ import annotations

from pathlib import Path

from tests._real import predictions, ud_gold, with_quote_texts
from tests.test_challenge import set_scores

DATA = Path(__file__).parent / "data" / "real_quotes.jsonl"
PRONOUNS = {"nya", "ia", "dia", "beliau", "mereka"}

# BLIND first run (before any rule saw these sentences): quotes P .974 R .552 F1 .705, speaker accuracy
# .919 (named .919: every pronoun-only quote was missed); officials P .667 R .649 F1 .658, title .917.
# After the quotes pass (fitted to this set's quote misses, so no longer blind): quotes P 1.0 R .940 F1 .969,
# speaker .968 (named .952); officials unchanged (.658 / .917: their errors are listed, not fixed). The
# quote misses left: an institution subject with place and day ('PT X Tbk (X) di Jakarta, Jumat,
# menyatakan'), a lower-case institution ('Komisi pemilihan mengatakan'), a partial quote after 'karena',
# 'Tn.' (not an honorific in the shared list).
# A second batch of 30 lines (25 quotes, the last 30 of the file), picked and annotated after the fixes and
# run once: with the rules as they were at the blind run quotes .571 (R .400), with the fixes .958 (P 1.0
# R .920) / speaker 1.0; officials .783 / title .889. Most of both gains are quotes whose speaker is a bare
# pronoun with no name before it, which a cut-out sentence has and a whole article seldom has.
# The floors below stay the first batch's blind figures less .05; the whole file scores above them.
BLIND = {"quotes": {"f1": 0.705, "named_speaker_accuracy": 0.919},
         "officials": {"f1": 0.658, "title_accuracy": 0.917}}
FLOORS = {rtype: {k: round(v - 0.05, 3) for k, v in figs.items()} for rtype, figs in BLIND.items()}


def named_only(gold: dict[str, dict]) -> dict[str, dict]:
    """Gold without the quotes whose speaker is a bare pronoun: their speaker accuracy is unscorable."""
    return {aid: {**g, "quotes": [q for q in g["quotes"] if q["speaker"].strip("-").lower() not in PRONOUNS]}
            for aid, g in gold.items()}


def real_scores(analyse) -> dict:
    gold = with_quote_texts(ud_gold(DATA))
    preds = predictions(gold, (analyse(g["text"]) for g in gold.values()))
    scores = set_scores(gold, preds)
    scores["quotes"]["named_speaker_accuracy"] = set_scores(named_only(gold), preds)["quotes"]["speaker_accuracy"]
    return scores


def test_the_set_is_annotated_per_the_guideline():
    gold = with_quote_texts(ud_gold(DATA))
    assert len(gold) >= 85
    assert sum(bool(g["quotes"]) for g in gold.values()) >= 55
    for aid, g in gold.items():
        for q in g["quotes"]:
            assert q["kind"] in {"direct", "indirect"} and q["speaker"] and q["text"], aid
        for o in g["officials"]:
            assert o["name"] and set(o) == {"name", "title"}, aid


def test_the_rules_hold_on_real_sentences(analyse):
    scores = real_scores(analyse)
    for rtype in ("quotes", "officials"):
        print(f"\nreal_quotes: {rtype} " + " ".join(f"{k}={v}" for k, v in scores[rtype].items()
                                                    if not isinstance(v, (list, dict))))
    for rtype, floors in FLOORS.items():
        for key, floor in floors.items():
            assert scores[rtype][key] is not None and scores[rtype][key] >= floor, (rtype, key, scores[rtype][key])


# ---------------------------------------------------------------- what the real sentences showed (own sentences)

def _rows(doc):
    from pipeline.match.officials import officials
    from pipeline.match.quotes import quotes

    return [(q.kind, q.text, q.speaker) for q in quotes(doc, officials(doc))]


def test_a_pronoun_with_nobody_before_it_keeps_its_quote(analyse):
    # a passage cut from its article, or a lead that opens on 'katanya': the statement is still reported
    rows = _rows(analyse("“Harga cabai di pasar induk sudah turun sejak pekan lalu,” katanya di Pekanbaru, Senin."))
    assert rows == [("direct", "Harga cabai di pasar induk sudah turun sejak pekan lalu", "nya")]
    rows = _rows(analyse("Ia menambahkan, stok beras di gudang Bulog cukup untuk tiga bulan ke depan."))
    assert rows == [("indirect", "stok beras di gudang Bulog cukup untuk tiga bulan ke depan", "Ia")]


def test_the_addressee_is_not_part_of_what_was_said(analyse):
    rows = _rows(analyse("Kepala Desa Sukamaju, Darmawan Saputra, mengatakan kepada wartawan bahwa jembatan desa "
                         "akan diperbaiki bulan depan."))
    assert rows == [("indirect", "jembatan desa akan diperbaiki bulan depan", "Darmawan Saputra")]
    rows = _rows(analyse("Seorang pedagang mengatakan kepadanya bahwa pasar baru itu sepi pembeli."))
    assert rows == [("indirect", "pasar baru itu sepi pembeli", "Seorang pedagang")]


def test_a_quote_after_the_verb_and_its_addressee_is_direct(analyse):
    rows = _rows(analyse("Ketua DPRD Kabupaten Lahat, Fitriani Ramli, mengatakan kepada para kepala desa: "
                         "“Dana desa harus dipakai untuk jalan produksi petani.”"))
    assert [(k, s) for k, _, s in rows] == [("direct", "Fitriani Ramli")]
    assert rows[0][1].startswith("Dana desa harus dipakai")


def test_a_head_with_a_lower_case_second_word_is_the_whole_role(analyse):
    rows = _rows(analyse("Juru bicara Polda Jambi menyatakan, dua tersangka sudah ditahan di rutan polda."))
    assert rows == [("indirect", "dua tersangka sudah ditahan di rutan polda", "Juru bicara Polda Jambi")]


def test_joint_speakers_are_the_first_named(analyse):
    rows = _rows(analyse("Rustam dan Yohana mengatakan mereka akan membuka kedai kopi di Sentani tahun depan."))
    assert rows == [("indirect", "mereka akan membuka kedai kopi di Sentani tahun depan", "Rustam")]


def test_kata_as_a_noun_is_no_cue(analyse):
    rows = _rows(analyse("Nama kampung itu berasal dari kata Lampung Tuha, sebutan warga untuk tanah lama."))
    assert rows == []


def test_a_post_or_letter_quoted_with_tulis(analyse):
    rows = _rows(analyse("“Layanan paspor tutup sementara selama libur Lebaran,” tulis akun resmi Kantor Imigrasi "
                         "Ambon."))
    assert [k for k, _, _ in rows] == ["direct"] and "akun" in rows[0][2]


def test_an_honorific_point_does_not_end_a_mid_sentence_speaker(analyse):
    rows = _rows(analyse("Pembangunan jembatan gantung itu, ujar Prof. Dr. Rahmat Hidayat, akan selesai tahun depan."))
    assert rows == [("indirect", "Pembangunan jembatan gantung itu, akan selesai tahun depan", "Rahmat Hidayat")]


def test_a_passive_cue_with_a_role_set_off_by_commas(analyse):
    rows = _rows(analyse("Dalam laporan itu, dijelaskan Kepala Dinas, jumlah penerima bantuan naik menjadi 400 "
                         "keluarga."))
    assert rows == [("indirect", "Dalam laporan itu jumlah penerima bantuan naik menjadi 400 keluarga", "Kepala Dinas")]


def test_any_speech_verb_skips_its_addressee_but_a_directive_stays_out(analyse):
    rows = _rows(analyse("Kepala Dinas Kesehatan Kota Palu, Rina Marlina, menjelaskan kepada wartawan bahwa stok "
                         "vaksin masih cukup."))
    assert rows == [("indirect", "stok vaksin masih cukup", "Rina Marlina")]
    # 'menyampaikan kepada ... agar': what is urged, not what is said
    assert _rows(analyse("Bupati Sigi, Mohamad Irwan, menyampaikan kepada seluruh camat agar data penerima "
                         "bantuan diperbarui.")) == []


def test_an_indefinite_object_is_no_clause(analyse):
    assert _rows(analyse("Tim peneliti itu menambahkan suatu alat ukur baru pada menara pemantau.")) == []


def test_then_between_a_pronoun_and_its_verb(analyse):
    rows = _rows(analyse("Sebagai juara bertahan, tim itu mengambil posisi terdepan dan ia saat itu mengaku puas "
                         "dengan hasil latihan."))
    assert rows == [("indirect", "puas dengan hasil latihan", "ia")]


def test_a_time_between_the_cue_and_bahwa_is_not_said(analyse):
    rows = _rows(analyse("Kepala BPBD Garut, Satria Budi, mengatakan kepada wartawan, Senin (12/3), bahwa 40 rumah "
                         "rusak akibat banjir."))
    assert rows == [("indirect", "40 rumah rusak akibat banjir", "Satria Budi")]


def test_a_quotation_after_bahwa_is_direct(analyse):
    rows = _rows(analyse("Kepala Dinas Pendidikan Kota Bima, Rahman Said, menyatakan bahwa “semua sekolah wajib "
                         "menyediakan air bersih tahun ini”."))
    assert rows == [("direct", "semua sekolah wajib menyediakan air bersih tahun ini", "Rahman Said")]
