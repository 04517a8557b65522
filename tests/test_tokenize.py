"""pipeline.tokenize: rule tokens and news sentences (no models)."""
from __future__ import annotations

import pytest

from pipeline.tokenize import sentences


def split(text: str) -> list[list[str]]:
    return [[text[a:b] for a, b in sent] for sent in sentences(text)]


def words(text: str) -> list[str]:
    return [w for sent in split(text) for w in sent]


@pytest.mark.parametrize("abbr", ["Dr.", "H.", "Hj.", "No.", "Jl.", "Rp.", "Kab.", "Prof.", "Ir.", "dll.", "Telp."])
def test_news_abbreviations_keep_their_period_and_do_not_end_a_sentence(abbr):
    text = f"Kemarin {abbr} Sutarno hadir di sana. Ia pulang sore."
    sents = split(text)
    assert len(sents) == 2
    assert abbr in "".join(sents[0]) and sents[1][0] == "Ia"


def test_acting_office_prefix_keeps_its_period_apart_and_in_the_sentence():
    sents = split("Plt. Kepala Dinas PU, Ir. Budi, hadir. Pj. Bupati juga.")
    assert sents[0][:3] == ["Plt", ".", "Kepala"] and sents[1][:2] == ["Pj", "."]


def test_dates_in_brackets_stay_whole_and_inside_the_sentence():
    text = "BOGOR (13/2) - Bupati meninjau banjir pada Sabtu (4/5/2024). Warga mengungsi."
    sents = split(text)
    assert sents[0][:4] == ["BOGOR", "(", "13/2", ")"]
    assert sents[0][-4:] == ["(", "4/5/2024", ")", "."]
    assert sents[1] == ["Warga", "mengungsi", "."]


def test_hyphenated_words_numbers_and_outlets_are_one_token():
    assert words("Bandara Soekarno-Hatta, 2019-2020, e-KTP dan anak-anak ke KABARKITA.COM.") == [
        "Bandara", "Soekarno-Hatta", ",", "2019-2020", ",", "e-KTP", "dan", "anak-anak", "ke", "KABARKITA.COM", "."]


def test_money_and_decimals_are_not_split():
    # "Rp1.500.000": currency and amount apart, as Stanza's tokenizer split them
    assert words("Biayanya Rp 2,5 miliar atau Rp1.500.000 per orang.")[2:8] == [
        "Rp", "2,5", "miliar", "atau", "Rp", "1.500.000"]


def test_clitic_nya_is_its_own_word_except_in_stems():
    assert words("Rumahnya hanya punya satu kamar, katanya.") == [
        "Rumah", "nya", "hanya", "punya", "satu", "kamar", ",", "kata", "nya", "."]


def test_initials_do_not_end_a_sentence():
    assert len(split("Pertemuan dibuka Susilo B. Yudhoyono di Bogor.")) == 1


def test_closing_quote_stays_with_the_sentence_it_closes():
    text = "\u201cKami siap membantu.\u201d Bupati lalu pergi. \"Terima kasih,\" ujarnya."
    sents = split(text)
    assert sents[0] == ["\u201c", "Kami", "siap", "membantu", ".", "\u201d"]
    assert sents[1][0] == "Bupati"
    assert sents[2][0] == '"' and sents[2][-3:] == ["ujar", "nya", "."]


def test_question_inside_a_quote_before_its_attribution_does_not_split():
    assert len(split("\u201cKapan dimulai?\u201d tanya seorang warga.")) == 1


def test_line_breaks_end_sentences_without_a_period():
    text = "Banjir Melanda Tiga Desa\n\nBEKASI - Hujan deras sejak pagi merendam rumah warga."
    sents = split(text)
    assert sents[0] == ["Banjir", "Melanda", "Tiga", "Desa"]
    assert sents[1][0] == "BEKASI"


def test_spans_index_the_text_and_skip_whitespace():
    text = "  Ia\u00a0datang.\tLalu  pergi.\n"
    for sent in sentences(text):
        for a, b in sent:
            assert text[a:b] and not any(c.isspace() for c in text[a:b])


def test_no_words_no_sentences():
    assert sentences("") == [] and sentences(" \n ") == []


def test_hyphen_special_cases_left_out_of_the_tokenizer_change_no_token():
    from spacy.lang.id import Indonesian

    from pipeline.tokenize import _kept_whole_anyway, tokenizer

    left_out = [k for k, v in Indonesian.Defaults.tokenizer_exceptions.items() if _kept_whole_anyway(k, v)]
    assert len(left_out) > 10_000   # the point: start-up does not load them
    tok = tokenizer()
    for key in left_out[::50]:
        assert [t.text for t in tok(key)] == [key]


def test_rule_spans_make_a_doc_over_the_exact_text_without_models():
    from pipeline.analyse import spans_to_spacy

    text = "Ia datang.\n\n  Lalu  pergi."
    doc = spans_to_spacy(sentences(text), None, text)
    assert doc.text == text
    assert [s.text.strip() for s in doc.sents] == ["Ia datang.", "Lalu  pergi."]
    assert [t.text for t in doc if t.is_space] == ["\n\n  ", " "]


@pytest.mark.parametrize("text, expected", [
    # dashes between words split; a range of years stays whole
    ("empat terminal utama\u2014Terminal Kalideres", ["empat", "terminal", "utama", "\u2014", "Terminal", "Kalideres"]),
    ("periode 2025\u20132030 dimulai", ["periode", "2025\u20132030", "dimulai"]),
    ("SUARASIGI.ID--Pemkab Sigi", ["SUARASIGI.ID", "--", "Pemkab", "Sigi"]),
    # a slash between a number and a word, or between two words, splits
    ("Dandim 1306/Donggala hadir", ["Dandim", "1306", "/", "Donggala", "hadir"]),
    ("dijual Rp 12.500/kg", ["dijual", "Rp", "12.500", "/", "kg"]),
    ("Kementerian PPN/Bappenas", ["Kementerian", "PPN", "/", "Bappenas"]),
    # ... except fixed pairs and "s/d"
    ("di 13 kabupaten/kota dan/atau desa", ["di", "13", "kabupaten/kota", "dan/atau", "desa"]),
    ("74 Kabupaten/Kota s/d 2024", ["74", "Kabupaten/Kota", "s/d", "2024"]),
    # ordinals, names with numbers and codes stay whole
    ("HUT ke-80 dan Covid-19 di DP3AP2-KB", ["HUT", "ke-80", "dan", "Covid-19", "di", "DP3AP2-KB"]),
    # a slash or hyphen left at a word's edge
    ("Rep: Sinta Dewi/ Red: Budi", ["Rep", ":", "Sinta", "Dewi", "/", "Red", ":", "Budi"]),
    ("PALU -Pemerintah Kota", ["PALU", "-", "Pemerintah", "Kota"]),
    # Mr. whole; the period after a word ending in a capital ("MoU.") is its own token
    ("Mr. Kenji Sato meneken MoU.", ["Mr.", "Kenji", "Sato", "meneken", "MoU", "."]),
])
def test_joints_split_as_stanza_did(text, expected):
    assert words(text) == expected


def test_quote_and_sign_off_glued_to_words_split():
    assert words("warga,\u201dkata Rudi.(ant)") == ["warga", ",", "\u201d", "kata", "Rudi", ".", "(", "ant", ")"]


def test_sentence_adverbs_with_nya_stay_whole():
    assert words("Sebelumnya, rumahnya tentunya dibangun.") == [
        "Sebelumnya", ",", "rumah", "nya", "tentunya", "dibangun", "."]


@pytest.mark.parametrize("text", [
    "Hadir Bupati Malaka dr. Yosef Seran di sana.",
    "Hadir Sekretaris Jenderal Joune A.B. Ganda di sana.",
])
def test_lower_case_doctor_and_initials_do_not_end_a_sentence(text):
    assert len(split(text)) == 1


def test_quote_glued_after_a_sentence_or_written_backwards_opens_the_next():
    sents = split('Data itu diklarifikasi sekolah."Sudah ada 13 siswa," kata Arif. Harga naik. \u201dKami rugi,\u201d ujarnya.')
    assert [s[0] for s in sents] == ["Data", '"', "Harga", "\u201d"]


def test_credit_glued_to_a_sentence_end_stays_in_that_sentence():
    sents = split("Kedua pihak meneken nota itu.(Ist)\nSIGI - Bupati hadir. Warga senang.(ant) Lalu pulang.")
    assert [s[-3:] for s in sents] == [["(", "Ist", ")"], ["Bupati", "hadir", "."], ["(", "ant", ")"], ["Lalu", "pulang", "."]]


def test_rule_span_doc_leaves_unset_what_no_processor_made():
    """Without Stanza's tagger and lemmatizer the adapter writes no features and no lemmas
    (spaCy's unset values), only the whitespace tokens' POS; the text is still exact."""
    from pipeline.analyse import spans_to_spacy

    text = "Bupati Lembah Hijau  meresmikan pasar.\nWarga senang."
    doc = spans_to_spacy(sentences(text), None, text)
    assert doc.text == text
    assert not doc.has_annotation("MORPH") and not doc.has_annotation("LEMMA")
    assert [t.pos_ for t in doc if t.pos_] == ["SPACE"] * sum(t.is_space for t in doc)


def test_rule_span_doc_keeps_lemmas_and_features_stanza_gave():
    import stanza

    from pipeline.analyse import spans_to_spacy

    text = "Warga menyiapkan pasar."
    spans = sentences(text)
    flat = [s for sent in spans for s in sent]
    lemmas = {"menyiapkan": "siap"}
    sdoc = stanza.Document([[{"id": i + 1, "text": text[a:b], "upos": "NOUN", "feats": "Number=Sing",
                              "lemma": lemmas.get(text[a:b], text[a:b].lower())}
                             for i, (a, b) in enumerate(flat)]], text=text)
    doc = spans_to_spacy(spans, sdoc, text)
    assert [t.lemma_ for t in doc] == ["warga", "siap", "pasar", "."]
    assert all(str(t.morph) == "Number=Sing" for t in doc)


@pytest.mark.parametrize("text", [
    "Bupati Lembah Hijau, H. Budi Santoso, M.Si, meresmikan Jl. Merdeka No. 5 (13/2).",
    "  Kerja sama\tdengan PT Nusa Raya  (NR)\n\n Baca juga: Banjir di Kali Raya \n",
    "KOTA SUKAMAJU -Pemkab menandatangani MoU.\u201dKami siap,\u201dkata Dr. Siti, dll. ",
    "Wali Kota \u3000 hadir. ", " ", "", "a", "Rp1,5 miliar/tahun; anak-anak ke-14 Covid-19  ",
])
def test_tokens_are_those_of_spacy_s_tokenizer_run_by_run(text):
    from pipeline.tokenize import tokenizer, tokens
    expected = [(t.text, t.idx, t.whitespace_, t.is_space) for t in tokenizer()(text)]
    for _ in range(2):   # the second time from the remembered runs
        got = tokens(text)
        assert [(t.text, t.idx, t.whitespace_, t.is_space) for t in got] == expected
        assert [t.i for t in got] == list(range(len(got))) and all(t.doc is got for t in got)
