"""pipeline.match._doc: per-Doc values read from the token arrays (blank docs, invented text)."""
from __future__ import annotations

import pytest

from pipeline.match._doc import doc_lowers, doc_spaces, doc_text, doc_words
from pipeline.tokenize import SPACES
from tests._blankdoc import blank_doc


@pytest.mark.parametrize("text", [
    "Bupati Sukamaju, Budi Santoso, meninjau  proyek air bersih.\n\nBaca juga: Banjir di Kali Raya ",
    "  Kerja sama\tdengan PT Nusa Raya (NR) senilai Rp1,5 miliar.\n",
    "Dana\u00a0Rp1,5 miliar untuk Desa\u202fSukamaju.",
    "",
])
def test_doc_text_joins_the_word_and_space_arrays_as_doc_text_does(text):
    """Doc.text, with tabs and no-break spaces as plain spaces, one for one (the rules' patterns read " ")."""
    doc = blank_doc(text)
    assert doc.text == text
    assert doc_text(doc) == text.translate(SPACES) and len(doc_text(doc)) == len(text)
    assert doc_words(doc) == [t.text for t in doc]
    assert doc_lowers(doc) == [t.lower_ for t in doc]
    assert doc_spaces(doc) == [bool(t.whitespace_) for t in doc]


def test_per_doc_computes_once_per_doc_and_key_when_docs_interleave():
    from pipeline.match._doc import clear_cache, per_doc
    first, second = blank_doc("Wali Kota Sukamaju meresmikan pasar."), blank_doc("Bupati Lembah Hijau hadir.")
    calls = []

    def compute(doc, key):
        calls.append(key)
        return (len(doc), key)

    for doc in (first, second, first, second):
        for key in ("a", "b"):
            assert per_doc(doc, key, lambda: compute(doc, key)) == (len(doc), key)
    assert calls == ["a", "b", "a", "b"]
    clear_cache()
    assert per_doc(first, "a", lambda: compute(first, "a")) == (len(first), "a")
    assert calls == ["a", "b", "a", "b", "a"]


@pytest.mark.parametrize("text", [
    "Wakil Bupati Lembah Hijau, Hj. Siti Rahmawati, S.Sos., hadir.\n\nBaca juga:  Pasar Baru ",
    "  Kerja sama\tdengan PT Nusa Raya (NR).\n",
])
def test_span_text_cuts_what_span_text_joins(text):
    from pipeline.match._doc import doc_bounds, span_text
    doc = blank_doc(text)
    starts, ends = doc_bounds(doc)
    assert starts == [t.idx for t in doc] and ends == [t.idx + len(t.text) for t in doc]
    for start in range(len(doc) + 1):
        for end in range(start - 1, len(doc) + 1):
            assert span_text(doc, start, end) == doc[start:max(start, end)].text.translate(SPACES)


def test_per_doc_keeps_only_the_last_docs_alive():
    import gc
    import weakref

    from spacy.tokens import Span

    from pipeline.match._doc import KEEP_DOCS, clear_cache, doc_ents
    clear_cache()
    refs = []
    for i in range(KEEP_DOCS + 6):
        doc = blank_doc(f"Bupati Lembah Hijau {i} meresmikan pasar baru.")
        doc.ents = [Span(doc, 0, 3, label="PER")]
        assert [e.text for e in doc_ents(doc)] == ["Bupati Lembah Hijau"]   # the cached Spans hold the Doc
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert sum(r() is not None for r in refs) == KEEP_DOCS
    assert all(r() is not None for r in refs[-KEEP_DOCS:])


def test_per_doc_reads_a_dropped_doc_anew():
    from pipeline.match._doc import KEEP_DOCS, clear_cache, per_doc
    clear_cache()
    first = blank_doc("Wali Kota Sukamaju hadir.")
    calls = []
    assert per_doc(first, "n", lambda: calls.append(1) or len(first)) == len(first)
    others = [blank_doc(f"Pasar {i} dibuka.") for i in range(KEEP_DOCS)]
    for doc in others:
        per_doc(doc, "n", lambda: len(doc))
    assert per_doc(first, "n", lambda: calls.append(1) or len(first)) == len(first)
    assert calls == [1, 1]


@pytest.mark.parametrize("text, sentences", [
    ("Bupati Sukamaju, Budi Santoso, hadir. Ia meninjau pasar!  Warga (45) senang.\n\nBaca juga: Banjir ", True),
    ("Kerja sama dengan PT Nusa Raya senilai Rp1,5 miliar", False),
    ("Hadir.", True),
    ("", True),
])
def test_doc_table_holds_what_tokens_spans_and_sentences_say(text, sentences):
    from spacy.tokens import Doc

    from pipeline.match._doc import clear_cache, doc_table
    doc = blank_doc(text, (("Budi Santoso", "PER"), ("Sukamaju", "LOC")) if "Budi" in text else ())
    if not sentences:   # a Doc without sentence boundaries is one sentence
        doc = Doc(doc.vocab, words=[t.text for t in doc], spaces=[bool(t.whitespace_) for t in doc])
    clear_cache()
    t = doc_table(doc)
    assert t.words == [x.text for x in doc] and t.lowers == [x.lower_ for x in doc]
    assert t.starts == [x.idx for x in doc] and t.ends == [x.idx + len(x) for x in doc]
    assert t.is_punct == [x.is_punct for x in doc] and t.is_space == [x.is_space for x in doc]
    assert t.is_alpha == [x.is_alpha for x in doc] and t.pos == [x.pos_ for x in doc]
    assert t.is_title == [x.is_title for x in doc] and t.is_lower == [x.is_lower for x in doc]
    assert t.sent_start == [bool(x.is_sent_start) for x in doc]
    assert t.ents == tuple((e.start, e.end, e.label_) for e in doc.ents)
    # the oracle: spaCy's own sentences, the whole Doc as one when it carries no boundaries
    sents = (tuple(doc.sents) if doc.has_annotation("SENT_START") else (doc[:],)) if len(doc) else ()
    assert t.sent_starts == [s.start for s in sents] and t.sent_chars == [s.start_char for s in sents]
    assert t.sent_of == [k for k, s in enumerate(sents) for _ in s]
    assert t.sentence_tokens() == [(s.start, s.end) for s in sents]
    assert t.sentence_chars() == [(s.start_char, s.end_char) for s in sents]
    for char in range(len(text) + 1):
        expected = max((k for k, s in enumerate(sents) if s.start_char <= char), default=0)
        assert t.sentence_at_char(char) == expected


@pytest.mark.parametrize("text", [
    "Program Desa Cerdas dan proyek air bersih, kerja sama PT Nusa Raya, diresmikan. Programnya jalan.",
    "PROYEK JALAN TOL. Kerjasama  dengan\nProgramme Hijau; kerja sama lagi.",
    "Tanpa kata kunci di sini.",
])
def test_may_match_is_false_only_where_no_gate_literal_fits_in_the_window(text):
    import re

    from pipeline.match._doc import clear_cache, gate_literal_sets, may_match
    doc = blank_doc(text)
    clear_cache()
    low = text.lower()
    for rx in (re.compile(r"(?<![\w-])(?i:program|proyek)\b\s+\w+"), re.compile(r"(?i:kerja ?sama)\s+\w+"),
               re.compile(r"(?i:program)\w*\s+(?i:desa|hijau)")):
        for a in range(len(text) + 1):
            for b in range(a, len(text) + 1):
                fits = all(any(lit in low[i:i + len(lit)] and i + len(lit) <= b for lit in lits
                               for i in range(a, b)) for lits in gate_literal_sets(rx))
                assert may_match(doc, rx, a, b) == fits, (rx.pattern, a, b)
                if not fits:
                    assert next(rx.finditer(text, a, b), None) is None
