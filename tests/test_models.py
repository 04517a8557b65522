"""The shipped Stanza models (models/): offline loading, clear errors, news typography.

The article below was written by the team for these tests (it is not taken from
any corpus); it packs the things Indonesian news text throws at a tokenizer:
outlet names with dots, datelines with dashes, curly and single quotes,
non-breaking spaces, abbreviations (Pemprov, Setda, Kemendagri, Rp, "(13/2)")
and a quotation that spans two sentences.
"""
from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import pytest

from pipeline.analyse import MODEL_FILES, MODELS_DIR, ModelError, load_stanza

NBSP = "\u00a0"

ARTICLE = (
    "JAKARTA, BERITAKITA.CO \u2014 Pemerintah Provinsi (Pemprov) DKI Jakarta menyiapkan anggaran "
    f"Rp{NBSP}2,5 triliun untuk penanganan banjir tahun ini. Kepala Biro Pemerintahan Setda DKI, "
    "Budi Santoso, mengatakan dana itu akan dipakai untuk memperbaiki 120 pompa air di lima wilayah kota.\n\n"
    "\u201cKami tidak ingin kejadian tahun lalu terulang. Semua pompa harus siap sebelum puncak musim "
    f"hujan,\u201d kata Budi di Balai Kota, Jakarta, Senin{NBSP}(13/2).\n\n"
    "Menurut dia, Kementerian Dalam Negeri (Kemendagri) sudah menyetujui rencana tersebut. Namun, "
    "pencairan dana masih menunggu evaluasi dari Badan Pemeriksa Keuangan (BPK).\n\n"
    "Anggota DPRD DKI, Siti Rahmawati, meminta Pemprov terbuka soal anggarannya. \u2018Warga berhak "
    "tahu ke mana uangnya pergi,\u2019 ujarnya kepada BERITAKITA.CO.\n\n"
    "BANDUNG - Di tempat lain, Wali Kota Bandung meresmikan jalan layang di Jl. Soekarno-Hatta pada "
    "Selasa (14/2) pagi. Proyek senilai Rp 480 miliar itu dikerjakan sejak 2021."
)


def _shipped(*procs: str) -> bool:
    return all((MODELS_DIR / "id" / MODEL_FILES[p]).is_file() for p in procs)


needs_tokenizer = pytest.mark.skipif(not _shipped("tokenize", "mwt"), reason="tokenize/mwt not shipped")


@pytest.fixture()
def no_network(monkeypatch):
    """Any attempt to open a connection fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args[:2]}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def _copy_models(tmp_path: Path, procs=("tokenize", "mwt")) -> Path:
    dst = tmp_path / "models"
    (dst / "id").mkdir(parents=True)
    shutil.copy(MODELS_DIR / "resources.json", dst / "resources.json")
    for p in procs:
        shutil.copy(MODELS_DIR / "id" / MODEL_FILES[p], dst / "id" / MODEL_FILES[p])
    return dst


# --------------------------------------------------------------------------- loading

@needs_tokenizer
def test_loads_offline_from_models_only(no_network, tmp_path, monkeypatch):
    """Every shipped processor loads with the network blocked and from models/ alone."""
    procs = tuple(p for p in MODEL_FILES if _shipped(p))
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path / "no-stanza-resources"))
    monkeypatch.delenv("PIPELINE_MODELS", raising=False)
    nlp = load_stanza(procs, threads=1)
    assert set(procs) <= set(nlp.processors)
    doc = nlp("Presiden meresmikan bendungan di Aceh. Warga menyambutnya.")
    assert len(doc.sentences) == 2
    assert not (tmp_path / "no-stanza-resources").exists()   # nothing fetched or cached


@needs_tokenizer
def test_models_dir_argument_and_env(tmp_path, monkeypatch):
    copy = _copy_models(tmp_path)
    assert "tokenize" in load_stanza(("tokenize", "mwt"), copy, threads=1).processors
    monkeypatch.setenv("PIPELINE_MODELS", str(copy))
    assert "mwt" in load_stanza(("tokenize", "mwt"), threads=1).processors


@needs_tokenizer
def test_stanza_layout_folder_with_our_ner(tmp_path):
    """A folder laid out like Stanza's own downloads (id/<proc>/<package>.pt) loads;
    it has no NER, so ours is used."""
    procs = ("tokenize", "mwt", "pos")
    folder = tmp_path / "stanza_resources"
    for proc in procs:
        (folder / "id" / proc).mkdir(parents=True)
        shutil.copyfile(MODELS_DIR / "id" / MODEL_FILES[proc], folder / "id" / proc / "gsd.pt")
    resources = {"id": {"default_processors": dict.fromkeys(procs, "gsd"), **{p: {"gsd": {}} for p in procs}}}
    (folder / "resources.json").write_text(json.dumps(resources), encoding="utf-8")
    nlp = load_stanza(procs + ("ner",), folder, threads=1)
    doc = nlp("Gubernur Ansar Ahmad meninjau Batam.")
    assert {"tokenize", "pos", "ner"} <= set(nlp.processors)
    # our NER tags the person (whether it takes the given name too is the model's, not the layout's, business)
    assert any("Ahmad" in e.text for e in doc.ents if e.type == "PER")
    shutil.rmtree(folder / "id" / "pos")
    with pytest.raises(ModelError, match=r"pos.*gsd\.pt"):
        load_stanza(procs, folder)


@needs_tokenizer
def test_missing_model_file_is_named(tmp_path):
    copy = _copy_models(tmp_path)
    (copy / "id" / "mwt.pt").unlink()
    with pytest.raises(ModelError, match=r"mwt.*mwt\.pt"):
        load_stanza(("tokenize", "mwt"), copy)


@needs_tokenizer
def test_missing_resources_json(tmp_path):
    copy = _copy_models(tmp_path)
    (copy / "resources.json").unlink()
    with pytest.raises(ModelError, match="resources.json"):
        load_stanza(("tokenize", "mwt"), copy)


@needs_tokenizer
@pytest.mark.parametrize("damage", ["garbage", "truncated", "empty"])
def test_corrupt_model_file_is_named(tmp_path, damage):
    copy = _copy_models(tmp_path)
    target = copy / "id" / "tokenize.pt"
    data = target.read_bytes()
    if damage == "garbage":
        target.write_bytes(b"not a torch file\n" * 50)
    elif damage == "truncated":
        target.write_bytes(data[: len(data) // 3])
    else:
        target.write_bytes(b"")
    with pytest.raises(ModelError) as err:
        load_stanza(("tokenize", "mwt"), copy)
    msg = str(err.value)
    assert str(target) in msg and "tokenize" in msg


# --------------------------------------------------------------------------- news text

def _sent_texts(doc):
    return [s.text.strip() for s in doc.sents]


def _tokens(doc):
    return [t.text for t in doc if not t.is_space]


@pytest.fixture(scope="module")
def article_doc(analyser):
    return analyser(ARTICLE)


def test_article_text_is_kept_exactly(article_doc):
    assert article_doc.text == ARTICLE
    assert NBSP in article_doc.text


def test_outlet_name_with_dot_is_one_token(article_doc):
    toks = _tokens(article_doc)
    assert toks.count("BERITAKITA.CO") == 2
    # no sentence starts at "CO" or right after the outlet in the dateline
    assert not any(s.startswith(("CO", "\u2014")) for s in _sent_texts(article_doc))


def test_datelines(article_doc):
    toks = _tokens(article_doc)
    assert toks[:4] == ["JAKARTA", ",", "BERITAKITA.CO", "\u2014"]
    i = toks.index("BANDUNG")
    assert toks[i + 1: i + 3] == ["-", "Di"]
    # the dateline stays in the sentence it introduces
    assert any(s.startswith("JAKARTA, BERITAKITA.CO \u2014 Pemerintah") for s in _sent_texts(article_doc))
    assert any(s.startswith("BANDUNG - Di tempat lain") for s in _sent_texts(article_doc))


def test_abbreviations_and_numbers(article_doc):
    toks = _tokens(article_doc)
    for word in ("Pemprov", "Setda", "Kemendagri", "DPRD", "BPK", "Rp", "2,5", "13/2", "14/2", "2021"):
        assert word in toks, word
    i = toks.index("13/2")
    assert toks[i - 1: i + 3] == ["(", "13/2", ")", "."]
    assert "Soekarno-Hatta" in toks
    # "(13/2)." ends the sentence; the date in brackets does not split it
    assert any(s.endswith("Senin\u00a0(13/2).") for s in _sent_texts(article_doc))
    assert any(s.endswith("Selasa (14/2) pagi.") for s in _sent_texts(article_doc))


def test_non_breaking_spaces(article_doc):
    toks = _tokens(article_doc)
    i = toks.index("Rp")
    assert toks[i + 1: i + 3] == ["2,5", "triliun"]
    rp = next(t for t in article_doc if t.text == "Rp")
    assert rp.whitespace_ == NBSP or article_doc[rp.i + 1].is_space


def test_curly_and_single_quotes(article_doc):
    toks = _tokens(article_doc)
    for q in ("\u201c", "\u201d", "\u2018", "\u2019"):
        assert q in toks, f"quote {q!r} glued to a word"
    assert "Kami" in toks and "Warga" in toks and "pergi" in toks


def test_quotation_spanning_sentences(article_doc):
    sents = _sent_texts(article_doc)
    # the quote opens a sentence; the closing quote stays with the attribution
    assert any(s.startswith("\u201cKami tidak ingin") for s in sents)
    assert not any(s.startswith(("\u201d", "\u2019", ",")) for s in sents)
    assert any("hujan,\u201d kata Budi" in s for s in sents)
    assert any(s.startswith("\u2018Warga berhak") and "\u2019 ujarnya" in s for s in sents)


def test_sentence_count_and_no_token_crosses_a_space(article_doc):
    # 10 sentences as written; allow the two quoted sentences to be merged with their attribution
    assert 9 <= len(_sent_texts(article_doc)) <= 11
    for t in article_doc:
        if not t.is_space:
            assert not any(c.isspace() for c in t.text), t.text


def test_entities_in_article(article_doc):
    ents = {(e.text, e.label_) for e in article_doc.ents}
    labels = {label for _, label in ents}
    assert labels <= {"PER", "ORG", "LOC"}
    assert ("Budi Santoso", "PER") in ents or ("Siti Rahmawati", "PER") in ents
    for e in article_doc.ents:
        assert ARTICLE[e.start_char:e.end_char] == e.text


@pytest.fixture(scope="module")
def fast():
    from pipeline.analyse import Analyser

    return Analyser("fast", threads=1)


@pytest.fixture(scope="module")
def fast_doc(fast):
    return fast(ARTICLE)


def test_fast_profile_computes_only_what_the_rules_read(fast, fast_doc):
    # rule tokens + NER: no neural tokenizer, no POS, no lemmas (docs/speed.md)
    assert set(fast.stanza.processors) == {"tokenize", "ner"} and fast.rules
    words = [t for t in fast_doc if not t.is_space]
    assert not any(t.pos_ for t in words)
    assert fast_doc.ents and fast_doc.text == ARTICLE


@pytest.fixture(scope="module")
def stanza_doc():
    from pipeline.analyse import Analyser

    return Analyser("stanza", threads=1)(ARTICLE)


def test_stanza_profile_keeps_pos_and_lemmas(stanza_doc):
    words = [t for t in stanza_doc if not t.is_space]
    assert stanza_doc.text == ARTICLE
    assert all(t.pos_ for t in words)
    assert sum(t.pos_ == "PROPN" for t in words) >= 5
    assert any(t.lemma_ and t.lemma_ != t.text for t in words)   # lemmatizer ran (menyiapkan -> siap)


def test_rule_tokens_match_the_neural_tokenizer_on_a_news_article(fast_doc, stanza_doc):
    ours, theirs = _tokens(fast_doc), _tokens(stanza_doc)
    same = sum(1 for a, b in zip(ours, theirs) if a == b)
    assert abs(len(ours) - len(theirs)) <= 3 and same >= 0.9 * len(theirs)
    assert abs(len(_sent_texts(fast_doc)) - len(_sent_texts(stanza_doc))) <= 1


def test_tagged_profile_adds_pos_to_rule_tokens():
    from pipeline.analyse import Analyser

    doc = Analyser("tagged", threads=1)("Menteri Budi Santoso meresmikan jembatan di Kabupaten Bogor.")
    assert all(t.pos_ for t in doc) and any(t.pos_ == "PROPN" for t in doc)


def test_int8_ner_finds_the_same_entities_as_float(fast_doc):
    from pipeline.analyse import Analyser

    plain = Analyser("fast", threads=1, int8=False)(ARTICLE)
    ours = {(e.start_char, e.end_char, e.label_) for e in fast_doc.ents}
    theirs = {(e.start_char, e.end_char, e.label_) for e in plain.ents}
    assert len(ours & theirs) >= 0.8 * max(len(ours), len(theirs))


@pytest.mark.parametrize("text", [
    "SURABAYA \u2013 Polisi menangkap dua tersangka, Kamis (2/3).",
    "MEDAN,\u00a0KABARSUMUT.COM - Harga cabai naik.",
    "\u201cSaya siap,\u201d katanya.\u00a0\u201cKita mulai besok.\u201d",
    "Ia berkata 'tidak' kepada wartawan.\u200b Lalu pergi.",
    "Tim\u00a0SAR gabungan mencari korban di Kab. Bogor, Jawa Barat.",
])
def test_short_news_snippets_keep_text(analyser, text):
    doc = analyser(text)
    assert doc.text == text
    assert not any(s.startswith(("\u201d", "\u2019")) for s in _sent_texts(doc))


# --------------------------------------------------------------------------- adapter rules (no models)

def _stanza_doc(text, sents):
    import stanza

    def word(i, t, start, head, dep):
        return {"id": i, "text": t, "start_char": start, "end_char": start + len(t), "head": head,
                "deprel": dep, "upos": "X", "lemma": t}

    return stanza.Document([[word(*w) for w in s] for s in sents], text=text)


@pytest.mark.parametrize("parsed", [True, False])
def test_adapter_rejoins_hyphenated_words_and_trailing_quotes(parsed):
    from pipeline.analyse import to_spacy

    text = "Ia ke Soekarno-Hatta. \u201cSiap.\u201d"
    sents = [[(1, "Ia", 0, 2, "nsubj"), (2, "ke", 3, 0, "root"), (3, "Soekarno", 6, 4, "flat"),
              (4, "-Hatta", 14, 2, "obj"), (5, ".", 20, 2, "punct")],
             [(1, "\u201c", 22, 2, "punct"), (2, "Siap", 23, 0, "root"), (3, ".", 27, 2, "punct")],
             [(1, "\u201d", 28, 0, "root")]]
    if not parsed:
        sents = [[(i, t, st, None, None) for i, t, st, _, _ in s] for s in sents]
    doc = to_spacy(_stanza_doc(text, sents), text)
    assert doc.text == text
    assert [[t.text for t in s] for s in doc.sents] == [["Ia", "ke", "Soekarno-Hatta", "."],
                                                       ["\u201c", "Siap", ".", "\u201d"]]
    if parsed:
        assert doc[-1].head.text == "Siap" and doc[2].head.text == "ke"


def test_ner_dir_from_environment_picks_another_ner(monkeypatch, tmp_path):
    from pipeline.analyse import MODELS_DIR

    shipped = MODELS_DIR / "id" / "ner.pt"
    if not shipped.is_file():
        pytest.skip("no NER shipped")
    (tmp_path / "id").mkdir()
    (tmp_path / "id" / "ner.pt").symlink_to(shipped)   # a user's own NER folder
    monkeypatch.setenv("PIPELINE_NER_DIR", str(tmp_path))
    nlp = load_stanza(("tokenize", "ner"), threads=1, tokenize_pretokenized=True)
    assert str(tmp_path) in nlp.processors["ner"]._config["model_path"]
    doc = nlp([["Menteri", "Budi", "Santoso", "tiba", "di", "Jakarta", "."]])
    assert doc.ents


def test_ner_recipe_uses_mit_data_unless_the_extra_flag_is_given(tmp_path):
    from pipeline.training import prepare, train

    plain = train.command("ner", tmp_path, tmp_path / "saved")
    extra = train.command("ner", tmp_path, tmp_path / "saved", ner_extra=True)
    assert plain[plain.index("--train_file") + 1].endswith("ner/id_news.train.json")
    assert extra[extra.index("--train_file") + 1].endswith("ner/id_news_extra.train.json")
    ner = MODELS_DIR.parents[1] / "shared" / "data" / "ner"
    if not (ner / "idner-news-2k" / "train.txt").is_file():
        pytest.skip("no NER data here")
    assert len(prepare.ner_splits(ner)["train"]) < len(prepare.ner_splits(ner, extra=True)["train"])
