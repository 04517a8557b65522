"""Stanza's NER pass and pretokenized hand-off with their Python bookkeeping done in bulk: the same
Documents and tags, less time around the model.

Timed over the 103 gold texts (1 torch thread, int8 NER), Stanza's NER took 2.1 s of which the
model itself took 1.0 s. The rest, and what this module does instead:
- each word's characters mapped to ids anew at every occurrence: kept per word;
- tensors padded row by row: padded as lists, read by numpy in one call;
- a Viterbi decoder looping over time steps one sentence at a time: one pass per batch over all of
  its sentences at once, the same float32 cells (a maximum and an addition each, first tag on ties);
- the CRF's training loss computed for every batch and dropped: not computed;
- tokens read field by field through ``getattr``; tag names looked up per word; the entities of
  the passing Document of all sentences built and dropped: read directly, kept per tag ids, not built;
- the pretokenized hand-off wrote every token's offsets into its MISC text for each Token and Word
  to parse back: the offsets are given as numbers;
- with rule tokens and NER alone (the default profile) no Stanza Document is needed at all:
  ``direct_entities`` tags the words and decodes the tags as ``Sentence.build_ents`` does.
``tests/test_analyse_ner.py`` checks each piece against Stanza's own; the records of the gold
articles are byte-identical in both profiles (docs/speed.md).

The code follows Stanza 1.15's ``NERProcessor``, ``Trainer.predict``, NER ``DataLoader`` and the
pretokenized ``TokenizeProcessor.bulk_process``; ``speed_up`` leaves any other Stanza version alone.
"""
from __future__ import annotations

import types

import numpy as np

__all__ = ["speed_up", "viterbi_batch", "STANZA_VERSIONS"]

STANZA_VERSIONS = frozenset({"1.15.0"})   # the versions whose internals this follows
_MAX_WORDS = 200_000   # words whose character ids are kept, per vocabulary


def speed_up(nlp) -> bool:
    """Run the NER processor of the loaded pipeline ``nlp`` through this module; False (nothing
    changed) for a Stanza version it does not follow or a pipeline without NER."""
    import stanza

    procs = getattr(nlp, "processors", {})
    proc = procs.get("ner")
    if proc is None or stanza.__version__ not in STANZA_VERSIONS or not getattr(proc, "trainers", None):
        return False
    proc.process = types.MethodType(_process, proc)
    if not hasattr(proc, "_variant"):
        proc.bulk_process = types.MethodType(_bulk_process, proc)
    for trainer in proc.trainers:
        for crit in trainer.model.crits:
            crit.forward = types.MethodType(_transitions_only, crit)
    tok = procs.get("tokenize")
    if tok is not None and tok.config.get("pretokenized") and not hasattr(tok, "_variant"):
        tok.bulk_process = types.MethodType(_pretokenized, tok)
    return True


def can_go_direct(nlp) -> bool:
    """True when ``direct_entities`` gives what the pipeline ``nlp`` would: it tokenizes pretokenized
    text and runs NER alone, through this module, without transformer inputs (whose loader drops long
    sentences)."""
    procs = getattr(nlp, "processors", {})
    ner, tok = procs.get("ner"), procs.get("tokenize")
    return set(procs) == {"tokenize", "ner"} and bool(tok.config.get("pretokenized")) \
        and getattr(ner.process, "__func__", None) is _process and not hasattr(tok, "_variant") \
        and not any(c.get("bert_model") for c in ner.configs)


def direct_entities(nlp, texts: list[list[list[str]]]) -> list[list[tuple[int, int, str]]] | None:
    """The entities Stanza's pretokenized tokenize and NER passes give, for texts as sentences of words:
    for each text, (first word, last word, type) over its words in order. The tagger reads the same
    sentences in the same batches as from the Documents, whose Sentence, Token and Word objects (and
    their entity Spans) are not built. None when a word holds white space (Stanza would split it)."""
    import torch
    from stanza.models.ner.utils import decode_from_bioes, merge_tags

    sents = [sent for text in texts for sent in text]
    if any(len(" ".join(sent).split()) != len(sent) for sent in sents):
        return None
    proc = nlp.processors["ner"]
    loader = _loader_class()
    all_preds = []
    with torch.no_grad():
        for trainer, config in zip(proc.trainers, proc.configs):
            preds = []
            for b in loader(sents, config["batch_size"], config, vocab=trainer.vocab, evaluation=True,
                            preprocess_tags=False, bert_tokenizer=trainer.model.bert_tokenizer):
                preds += _predict(trainer, b)
            all_preds.append(preds)
    tags = iter([merge_tags(*x) for x in zip(*all_preds)])
    out = []
    for text in texts:
        ents, base = [], 0
        for sent in text:
            # as a Token stores its tag ("_" is no tag) and Sentence.build_ents decodes them
            found = decode_from_bioes([None if t is None or t == "_" else t for t in next(tags)])
            ents += [(base + e["start"], base + e["end"], e["type"]) for e in found]
            base += len(sent)
        out.append(ents)
    return out


def _transitions_only(self, inputs, masks, tag_indices):
    """The CRF layer's ``forward`` when only predicting: its transitions, and no loss (Stanza computes the
    training loss on every batch and ``predict`` drops it)."""
    return 0, self._transitions


def _pretokenized(self, docs):
    """The tokenize processor's ``bulk_process`` on pretokenized texts: the same Documents, with each
    token's offsets given as numbers rather than written into its MISC field as text for every Token and
    Word to parse back (``start_char=..|end_char=..``: a third of the hand-off's time)."""
    from stanza.models.common import doc

    out = []
    for document in docs:
        if len(document.sentences) > 0:
            out.append(type(self).bulk_process(self, [document])[0])
            continue
        sentences = [sent.strip().split() for sent in document.text.strip().split("\n") if len(sent.strip()) > 0]
        entries, idx = [], 0
        for sentence in sentences:
            sent = []
            for token_id, token in enumerate(sentence):
                end = idx + len(token)
                sent.append({doc.ID: (token_id + 1,), doc.TEXT: token, doc.START_CHAR: idx, doc.END_CHAR: end})
                idx = end + 1
            entries.append(sent)
        out.append(doc.Document(entries, " ".join([" ".join(sentence) for sentence in sentences])))
    return out


def viterbi_batch(scores: np.ndarray, transitions: np.ndarray, lengths: list[int]) -> list[list[int]]:
    """Best tag path of each sentence of a padded batch (``scores``: sentences x steps x tags), as
    Stanza's ``viterbi_decode`` finds it for ``scores[i, :lengths[i]]``: the same cells, in float32,
    ties to the first tag. Steps past a sentence's length are computed and never read."""
    n, steps, tags = scores.shape
    trellis = np.empty_like(scores)
    back = np.zeros((n, steps, tags), dtype=np.int32)
    trellis[:, 0] = scores[:, 0]
    into = np.ascontiguousarray(transitions.T)   # [to, from]: the reductions run along memory
    v = np.empty((n, tags, tags), dtype=np.result_type(scores, transitions))
    for t in range(1, steps):
        np.add(trellis[:, t - 1, None, :], into, out=v)   # [sentence, to, from]
        best = v.argmax(axis=2)
        back[:, t] = best
        # the maximum is the value at the first index that holds it
        np.add(scores[:, t], np.take_along_axis(v, best[:, :, None], 2)[:, :, 0], out=trellis[:, t])
    paths = []
    for i, length in enumerate(lengths):
        best = int(trellis[i, length - 1].argmax())
        path = [best]
        rows = back[i]
        for t in range(length - 1, 0, -1):
            best = int(rows[t, best])
            path.append(best)
        path.reverse()
        paths.append(path)
    return paths


def _long_tensor(rows: list, batch_size: int, pad_id: int):
    """Stanza's ``get_long_tensor``: (nested) id lists padded with ``pad_id`` to one LongTensor of
    ``batch_size`` rows, made from padded lists in one call instead of a row-by-row copy."""
    import torch

    sizes, x = [], rows
    while isinstance(x[0], list):
        sizes.append(max(len(y) for y in x))
        x = [z for y in x for z in y]

    def pad(r: list, dims: list[int]) -> list:
        if len(dims) == 1:
            return r + [pad_id] * (dims[0] - len(r))
        if len(dims) == 2:   # rows of ids: padded in one comprehension (tags are one id per word)
            width = dims[1]
            return [s if len(s) == width else s + [pad_id] * (width - len(s)) for s in r] \
                + [[pad_id] * width] * (dims[0] - len(r))
        return [pad(s, dims[1:]) for s in r] + [blank(dims[1:])] * (dims[0] - len(r))

    def blank(dims: list[int]) -> list:
        return [pad_id] * dims[0] if len(dims) == 1 else [blank(dims[1:])] * dims[0]

    # numpy reads nested lists about 4x faster than torch.tensor does
    return torch.from_numpy(np.array(pad(rows, [batch_size] + sizes), dtype=np.int64))


def _loader_class():
    """A subclass of Stanza's NER ``DataLoader`` (built on first use: Stanza is imported lazily)."""
    global _LOADER
    if _LOADER is not None:
        return _LOADER
    import torch
    from stanza.models.common.data import sort_all
    from stanza.models.common.vocab import PAD_ID
    from stanza.models.ner.data import DataLoader

    class Loader(DataLoader):
        def _load_doc(self, doc, scheme):
            if isinstance(doc, list):   # sentences as lists of words (``direct_entities``): no tags yet
                return [[[w, (None,)] for w in sent] for sent in doc]
            if self.preprocess_tags:
                return super()._load_doc(doc, scheme)
            # ``doc.get([TEXT, NER, MULTI_NER], as_sentences=True, from_token=True)`` without a
            # getattr per field and token
            return [[[t.text, t.multi_ner] if t.multi_ner else [t.text, (t.ner,)] for t in sent.tokens]
                    for sent in doc.sentences]

        def preprocess(self, data, vocab, args):
            chars, tags = _char_ids(vocab["char"], args.get("char_lowercase", False)), {}
            tag_vocab = vocab["tag"]
            processed = []
            for sent in data:
                ids = []
                for w in sent:
                    t = w[1]
                    try:
                        ids.append(tags[t])
                    except KeyError:
                        ids.append(tags.setdefault(t, tag_vocab.unit2id(t)))
                    except TypeError:   # an unhashable tag: as Stanza maps it
                        ids.append(tag_vocab.unit2id(t))
                processed.append([[w[0] for w in sent], [chars(w[0]) for w in sent], ids])
            return processed

        def process_chars(self, sents):
            # Stanza's, without re-copying the backward offsets for every word (a list prepend)
            start_id, end_id = self.vocab["char"].unit2id("\n"), self.vocab["char"].unit2id(" ")
            forward, backward, off_forward, off_backward = [], [], [], []
            for sent in sents:
                chars, offsets = [start_id], []
                for word in sent:
                    chars += word
                    offsets.append(len(chars))
                    chars.append(end_id)
                forward.append(chars)
                off_forward.append(offsets)
                chars, offsets = [start_id], []
                for word in reversed(sent):
                    chars += word[::-1]
                    offsets.append(len(chars))
                    chars.append(end_id)
                offsets.reverse()
                backward.append(chars)
                off_backward.append(offsets)
            return forward, backward, off_forward, off_backward, [len(chars) for chars in forward]

        def __getitem__(self, key):
            # Stanza's, with one tensor per padded table (``_long_tensor``)
            if not isinstance(key, int):
                raise TypeError
            if key < 0 or key >= len(self.data):
                raise IndexError
            batch = self.data[key]
            batch_size = len(batch)
            batch = list(zip(*batch))
            sentlens = [len(x) for x in batch[0]]
            batch, orig_idx = sort_all(batch, sentlens)
            sentlens = [len(x) for x in batch[0]]
            forward, backward, off_forward, off_backward, charlens = self.process_chars(batch[1])
            chars_sorted, char_orig_idx = sort_all([forward, backward, off_forward, off_backward], charlens)
            forward, backward, off_forward, off_backward = chars_sorted
            charlens = [len(sent) for sent in forward]
            batch_words = [w for sent in batch[1] for w in sent]
            wordlens = [len(x) for x in batch_words]
            batch_words, word_orig_idx = sort_all([batch_words], wordlens)
            batch_words = batch_words[0]
            wordlens = [len(x) for x in batch_words]
            words = batch[0]
            wordchars = _long_tensor(batch_words, len(wordlens), PAD_ID)
            wordchars_mask = torch.eq(wordchars, PAD_ID)
            space = self.vocab["char"].unit2id(" ")
            forward = _long_tensor(forward, batch_size, space)
            backward = _long_tensor(backward, batch_size, space)
            chars = torch.cat([forward.unsqueeze(0), backward.unsqueeze(0)])
            tags = _long_tensor(batch[2], batch_size, PAD_ID)
            return (words, wordchars, wordchars_mask, chars, tags, orig_idx, word_orig_idx, char_orig_idx, sentlens,
                    wordlens, charlens, [off_forward, off_backward])

    _LOADER = Loader
    return Loader


_LOADER = None
_CHAR_CACHES: dict[int, tuple] = {}   # id(char vocabulary) -> (it, lower-cased?, word -> character ids)


def _char_ids(vocab, lower: bool):
    """word -> ``vocab.map`` of its characters (each lower-cased alone when ``lower``), as Stanza's loader
    maps them, kept per word: the same words come back in every article."""
    entry = _CHAR_CACHES.get(id(vocab))
    if entry is None or entry[0] is not vocab or entry[1] != lower:
        entry = _CHAR_CACHES[id(vocab)] = (vocab, lower, {})
    cache = entry[2]

    def ids(word: str) -> list[int]:
        out = cache.get(word)
        if out is None:
            if len(cache) > _MAX_WORDS:
                cache.clear()
            out = cache[word] = vocab.map([c.lower() for c in word] if lower else list(word))
        return out
    return ids


_TAG_CACHES: dict[int, tuple] = {}   # id(tag vocabulary) -> (it, tag ids -> its ``id2unit``)


def _tag_names(vocab):
    """``vocab.id2unit``, kept per tuple of tag ids (a handful of tags, read for every word)."""
    entry = _TAG_CACHES.get(id(vocab))
    if entry is None or entry[0] is not vocab:
        entry = _TAG_CACHES[id(vocab)] = (vocab, {})
    cache = entry[1]

    def unit(ids: tuple):
        try:
            return cache[ids]
        except KeyError:
            name = cache[ids] = vocab.id2unit(ids)
            return name
    return unit


def _predict(trainer, batch) -> list:
    """Stanza's ``Trainer.predict`` (unsorted), with the batch decoded by ``viterbi_batch``."""
    from stanza.models.common import utils
    from stanza.models.common.vocab import VOCAB_PREFIX_SIZE
    from stanza.models.ner.trainer import fix_singleton_tags, unpack_batch

    device = next(trainer.model.parameters()).device
    inputs, orig_idx, word_orig_idx, char_orig_idx, sentlens, wordlens, charlens, charoffsets = \
        unpack_batch(batch, device)
    word, wordchars, wordchars_mask, chars, tags = inputs
    trainer.model.eval()
    _, logits, trans = trainer.model(word, wordchars, wordchars_mask, tags, word_orig_idx, sentlens, wordlens, chars,
                                     charoffsets, charlens, char_orig_idx)
    trans = [x.data.cpu().numpy() for x in trans]
    logits = [x.data.cpu().numpy() for x in logits]
    batch_size = logits[0].shape[0]
    if any(x.shape[0] != batch_size for x in logits):
        raise AssertionError("Expected all of the logits to have the same size")
    columns = [viterbi_batch(x, y, sentlens[:batch_size]) for x, y in zip(logits, trans)]
    predict_tagset = trainer.args["predict_tagset"]
    unit = _tag_names(trainer.vocab["tag"])
    tag_seqs = []
    for i in range(batch_size):
        seqs = [[x if x >= VOCAB_PREFIX_SIZE else VOCAB_PREFIX_SIZE for x in col[i]] for col in columns]
        found = [unit(ids) for ids in zip(*seqs)]
        found = [x[predict_tagset] if isinstance(x, list) else x for x in found]
        tag_seqs.append(fix_singleton_tags(found))
    return utils.unsort(tag_seqs, orig_idx)


def _bulk_process(self, docs):
    """``NERProcessor.bulk_process``: all sentences tagged in one pass, the entities of each Document
    built once (Stanza also builds those of the passing Document of all sentences, then drops them)."""
    from stanza.models.common.doc import Document

    combined = Document([])
    combined.sentences = [sent for doc in docs for sent in doc.sentences]
    combined.num_tokens = sum(doc.num_tokens for doc in docs)
    combined.num_words = sum(doc.num_words for doc in docs)
    _process(self, combined, entities=False)
    for doc in docs:
        doc.build_ents()
    return docs


def _process(self, document, entities: bool = True):
    """``NERProcessor.process`` with this module's loader and decoder."""
    import torch
    from stanza.models.common import doc
    from stanza.models.ner.utils import merge_tags

    loader = _loader_class()
    with torch.no_grad():
        all_preds = []
        for trainer, config in zip(self.trainers, self.configs):
            batch = loader(document, config["batch_size"], config, vocab=trainer.vocab, evaluation=True,
                           preprocess_tags=False, bert_tokenizer=trainer.model.bert_tokenizer)
            preds = []
            for b in batch:
                preds += _predict(trainer, b)
            all_preds.append(preds)
    preds = [merge_tags(*x) for x in zip(*all_preds)]
    batch.doc.set([doc.NER], [y for x in preds for y in x], to_token=True)
    batch.doc.set([doc.MULTI_NER], [tuple(y) for x in zip(*all_preds) for y in zip(*x)], to_token=True)
    if entities:
        batch.doc.build_ents()
    return batch.doc
