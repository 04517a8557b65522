"""pipeline.analyse_ner: Stanza's NER bookkeeping in bulk gives Stanza's own numbers and tags."""
from __future__ import annotations

import types

import numpy as np
import pytest

TEXTS = [
    "Bupati Lembah Hijau, H. Budi Santoso, M.Si, menandatangani nota kesepahaman dengan PT Nusa Raya "
    "di Jakarta, Senin (12/2). Kerja sama itu juga melibatkan Universitas Sukamaju dan UNICEF.",
    "KEMENTERIAN KESEHATAN GELAR PELATIHAN. Kepala Dinas Kesehatan Provinsi Maluku Tengah, "
    "dr. Siti Rahmawati, mengatakan program itu berjalan sejak 2023.\n\nBaca juga: Banjir di Kali Raya",
    "Ia hadir.",
]


@pytest.mark.parametrize("seed", range(6))
def test_viterbi_batch_finds_stanza_s_path_for_every_sentence(seed):
    from stanza.models.common.crf import viterbi_decode

    from pipeline.analyse_ner import viterbi_batch
    rng = np.random.default_rng(seed)
    n, steps, tags = 5, 9, 7
    if seed % 2:   # small integers: ties everywhere, which both must break alike
        scores = rng.integers(-2, 3, (n, steps, tags)).astype(np.float32)
        trans = rng.integers(-2, 3, (tags, tags)).astype(np.float32)
    else:
        scores = rng.normal(size=(n, steps, tags)).astype(np.float32)
        trans = rng.normal(size=(tags, tags)).astype(np.float32)
    lengths = sorted(rng.integers(1, steps + 1, n).tolist(), reverse=True)
    paths = viterbi_batch(scores, trans, lengths)
    for i, length in enumerate(lengths):
        expected, _ = viterbi_decode(scores[i, :length], trans)
        assert paths[i] == [int(x) for x in expected]


@pytest.mark.parametrize("rows, pad", [
    ([[3, 4, 5], [6], [7, 8]], 0),
    ([[[1], [2]], [[3]], [[4], [5], [6]]], 0),
    ([[9]], 2),
])
def test_long_tensor_pads_as_stanza_does(rows, pad):
    import torch
    from stanza.models.common.data import get_long_tensor

    from pipeline.analyse_ner import _long_tensor
    for size in (len(rows), len(rows) + 2):
        assert torch.equal(_long_tensor(rows, size, pad), get_long_tensor(rows, size, pad_id=pad))


def test_ner_tags_are_those_of_stanza_s_own_pass(analyser):
    """The analyser runs NER through analyse_ner; Stanza's own ``process`` must tag the same words alike."""
    import stanza
    from stanza.pipeline.ner_processor import NERProcessor

    from pipeline.analyse import pretokenized_text
    from pipeline.tokenize import sentences
    proc = analyser.stanza.processors["ner"]
    if not isinstance(getattr(proc, "process", None), types.MethodType) or proc.process.__func__ is NERProcessor.process:
        pytest.skip("this Stanza version runs its own NER pass")

    def tags(process):
        docs = [stanza.Document([], text=pretokenized_text(sentences(t), t)) for t in TEXTS]
        docs = analyser.stanza.processors["tokenize"].bulk_process(docs)
        combined = stanza.Document([])
        combined.sentences = [s for d in docs for s in d.sentences]
        combined.num_tokens, combined.num_words = sum(d.num_tokens for d in docs), sum(d.num_words for d in docs)
        process(combined)
        return [[(t.text, t.ner, t.multi_ner) for t in s.tokens] for s in combined.sentences]

    ours = tags(proc.process)
    assert ours == tags(lambda d: NERProcessor.process(proc, d))
    assert any(ner != "O" for sent in ours for _, ner, _ in sent)   # the texts do name things


def test_pretokenized_hand_off_builds_stanza_s_documents(analyser):
    import stanza

    from pipeline.analyse import pretokenized_text
    from pipeline.tokenize import sentences
    tok = analyser.stanza.processors["tokenize"]
    if "bulk_process" not in vars(tok):
        pytest.skip("this Stanza version hands off through its own tokenize pass")

    def read(docs):
        return [(d.text, [(s.text, [(t.id, t.text, t.start_char, t.end_char, t.spaces_after,
                                     [(w.id, w.text, w.start_char, w.end_char) for w in t.words]) for t in s.tokens])
                          for s in d.sentences], d.num_tokens, d.num_words) for d in docs]

    def docs():
        return [stanza.Document([], text=pretokenized_text(sentences(t), t)) for t in TEXTS]
    assert read(tok.bulk_process(docs())) == read(type(tok).bulk_process(tok, docs()))


def test_crf_layer_gives_its_transitions_without_the_loss(analyser):
    import torch
    from stanza.models.common.crf import CRFLoss

    crit = analyser.stanza.processors["ner"].trainers[0].model.crits[0]
    n = crit._transitions.shape[0]
    logits, masks, tags = torch.randn(2, 5, n), torch.zeros(2, 5, dtype=torch.bool), torch.randint(0, n, (2, 5))
    loss, trans = crit(logits, masks, tags)
    assert loss == 0 and torch.equal(trans, CRFLoss.forward(crit, logits, masks, tags)[1])


def _tokenized(analyser):
    import stanza

    from pipeline.analyse import pretokenized_text
    from pipeline.tokenize import sentences
    docs = [stanza.Document([], text=pretokenized_text(sentences(t), t)) for t in TEXTS]
    return analyser.stanza.processors["tokenize"].bulk_process(docs)


def test_loader_gives_stanza_s_batches(analyser):
    import torch
    from stanza.models.ner.data import DataLoader

    from pipeline.analyse_ner import _loader_class
    trainer = analyser.stanza.processors["ner"].trainers[0]
    config = analyser.stanza.processors["ner"].configs[0]
    doc = _tokenized(analyser)[1]   # three sentences

    def batches(cls):
        return list(cls(doc, 2, config, vocab=trainer.vocab, evaluation=True, preprocess_tags=False,
                        bert_tokenizer=trainer.model.bert_tokenizer))
    ours, theirs = batches(_loader_class()), batches(DataLoader)
    assert len(ours) == len(theirs) == 2   # two sentences a batch
    for a, b in zip(ours, theirs):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert torch.equal(x, y) if isinstance(x, torch.Tensor) else x == y


def test_bulk_entities_are_stanza_s(analyser):
    from stanza.pipeline.ner_processor import NERProcessor
    proc = analyser.stanza.processors["ner"]

    def ents(bulk):
        return [[(e.text, e.type, e.start_char, e.end_char) for e in d.ents] for d in bulk(_tokenized(analyser))]
    ours = ents(proc.bulk_process)
    assert ours == ents(lambda docs: NERProcessor.bulk_process(proc, docs)) and any(ours)


def test_direct_entities_are_those_of_stanza_s_documents(analyser):
    from pipeline.analyse_ner import can_go_direct, direct_entities
    from pipeline.tokenize import sentences
    assert analyser.direct and can_go_direct(analyser.stanza)
    docs = analyser.stanza.processors["ner"].bulk_process(_tokenized(analyser))
    expected = []
    for doc in docs:
        order = {id(t): k for k, t in enumerate(t for s in doc.sentences for t in s.tokens)}
        expected.append([(order[id(e.tokens[0])], order[id(e.tokens[-1])], e.type) for e in doc.ents])
    words = [[[t[a:b] for a, b in sent] for sent in sentences(t)] for t in TEXTS]
    assert direct_entities(analyser.stanza, words) == expected and any(expected)
    assert direct_entities(analyser.stanza, [[["Budi", "Santoso\u00a0Jr"]]]) is None   # Stanza would split it


def test_docs_with_and_without_stanza_documents_are_the_same(analyser, monkeypatch):
    def read(docs):
        return [([(t.text, t.whitespace_, t.pos_, t.tag_, t.is_sent_start, t.ent_iob_, t.ent_type_) for t in d],
                 d.has_annotation("LEMMA")) for d in docs]
    direct = read(analyser.pipe(TEXTS + [" \n "]))
    monkeypatch.setattr(analyser, "direct", False)
    assert direct == read(analyser.pipe(TEXTS + [" \n "]))


def test_int8_ner_reads_each_article_in_batches_of_its_own(analyser, monkeypatch):
    """int8 NER scales activations over a whole batch: an article's sentences must not share one with
    another article's, or its entities would depend on its neighbours in the chunk."""
    from pipeline import analyse_ner

    seen, real = [], analyse_ner.direct_entities

    def spy(nlp, texts):
        seen.append(len(texts))
        return real(nlp, texts)
    monkeypatch.setattr(analyse_ner, "direct_entities", spy)
    assert analyser.int8
    analyser.pipe(TEXTS)
    assert seen == [1] * len(TEXTS)


def test_an_article_gets_the_same_entities_alone_and_in_a_chunk(analyser):
    def ents(doc):
        return [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    together = [ents(d) for d in analyser.pipe(TEXTS)]
    assert together == [ents(analyser(t)) for t in TEXTS] and any(together)
    assert together[::-1] == [ents(d) for d in analyser.pipe(TEXTS[::-1])]


def test_character_rows_are_stanza_s():
    from stanza.models.ner.data import DataLoader

    from pipeline.analyse_ner import _loader_class
    vocab = types.SimpleNamespace(unit2id={"\n": 1, " ": 2}.get)
    owner = types.SimpleNamespace(vocab={"char": vocab})
    sents = [[[5, 6, 7], [8]], [[9]], [[3, 4], [5, 6], [7, 8, 9, 10]]]
    assert _loader_class().process_chars(owner, sents) == DataLoader.process_chars(owner, sents)
