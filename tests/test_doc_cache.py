"""pipeline.match._doc: per-Doc values read from the token arrays (blank docs, invented text)."""
from __future__ import annotations

import pytest

from pipeline.match._doc import doc_lowers, doc_spaces, doc_text, doc_words
from tests._blankdoc import blank_doc


@pytest.mark.parametrize("text", [
    "Bupati Sukamaju, Budi Santoso, meninjau  proyek air bersih.\n\nBaca juga: Banjir di Kali Raya ",
    "  Kerja sama\tdengan PT Nusa Raya (NR) senilai Rp1,5 miliar.\n",
    "",
])
def test_doc_text_joins_the_word_and_space_arrays_as_doc_text_does(text):
    doc = blank_doc(text)
    assert doc_text(doc) == doc.text == text
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
            assert span_text(doc, start, end) == doc[start:max(start, end)].text
