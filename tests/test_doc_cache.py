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
