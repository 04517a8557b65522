"""Analyse: Stanza with the shipped offline models, turned into spaCy ``Doc`` objects.

Stanza gives sentences, tokens, words (after multi-word-token expansion), POS,
lemmas, dependencies and entities; the rules run on spaCy, so this module is the
small adapter between the two. Char offsets of the spaCy ``Doc`` equal those
of the original article text: ``doc.text == article.text``.
"""
from __future__ import annotations

import gc
import json
import logging
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Sequence

from spacy.tokens import Doc, Span

from .tokenize import SPACES

__all__ = ["MODELS_DIR", "PROFILES", "INT8_PROFILES", "ModelError", "load_stanza", "Analyser", "to_spacy",
           "spans_to_spacy", "normalise_spaces", "quantise"]

MODELS_DIR = Path(__file__).resolve().parents[1] / "models"
MODEL_FILES = {"tokenize": "tokenize.pt", "mwt": "mwt.pt", "pos": "pos.pt", "lemma": "lemma.pt",
               "depparse": "depparse.pt", "ner": "ner.pt"}
# A profile without "tokenize" takes tokens and sentences from the rule tokenizer
# (pipeline/tokenize.py) and hands words to Stanza pretokenized: no neural
# tokenizer or MWT pass. The shipped rules need entities only: counts, officials
# and outlet read POS where it is there but score within 0.005 F1 on the gold
# without it (docs/speed.md), and no rule reads lemmas; so "default" runs NER
# alone ("fast" is its former name). "tagged" adds POS to rule tokens for users'
# own rules; "stanza" is the all-neural path (the default before the fast path),
# kept as the reference the fast path is measured against; "full" adds the parser.
PROFILES = {
    "default": ("ner",),
    "fast": ("ner",),
    "tagged": ("pos", "ner"),
    "stanza": ("tokenize", "mwt", "pos", "lemma", "ner"),
    "full": ("tokenize", "mwt", "pos", "lemma", "depparse", "ner"),
}
# Profiles whose NER runs with int8 weights (dynamic quantisation of its LSTMs and
# Linear layers): about 1.5-2x faster NER for the same records (docs/speed.md).
INT8_PROFILES = frozenset({"default", "fast", "tagged"})
# Characters Stanza's tokenizer does not treat as spaces; replaced one-for-one
# so offsets stay those of the original text.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), " ")
# A "sentence" made only of these closes the previous one (a closing quote at the
# very end of a text, which the tokenizer sometimes splits off).
_CLOSERS = frozenset("\u201d\u2019\u00bb\u203a\"')]}")

log = logging.getLogger(__name__)


class ModelError(RuntimeError):
    """A model file is missing or unreadable."""


def normalise_spaces(text: str) -> str:
    return text.translate(SPACES).translate(_INVISIBLE)


def _available(models_dir: Path, processors: Sequence[str]) -> dict[str, str]:
    paths = {}
    for proc in processors:
        path = models_dir / "id" / MODEL_FILES[proc]
        if not path.is_file() or path.stat().st_size == 0:
            raise ModelError(f"missing model file for {proc}: {path}")
        paths[f"{proc}_model_path"] = str(path)
    return paths


def load_stanza(processors: Sequence[str] = PROFILES["stanza"], models_dir: Path | str | None = None,
                *, ner_dir: Path | str | None = None, threads: int | None = None, **options):
    """A ``stanza.Pipeline`` on local files only (``download_method=None``).

    ``models_dir`` holds a ``resources.json`` and either our layout
    (``id/<proc>.pt``, as shipped in ``models/``) or Stanza's own
    (``id/<proc>/<package>.pt``, e.g. a copy of the official Indonesian models).
    NER comes from ``ner_dir`` (or ``$PIPELINE_NER_DIR``), else from ``models_dir`` if it has one, else
    from our shipped model: Stanza has no official Indonesian NER. ``options``
    go to ``stanza.Pipeline`` (e.g. ``tokenize_pretokenized=True``).
    """
    import stanza
    import torch

    if threads:
        torch.set_num_threads(threads)
    models_dir = Path(models_dir or os.environ.get("PIPELINE_MODELS") or MODELS_DIR)
    if not (models_dir / "resources.json").is_file():
        raise ModelError(f"no resources.json in models folder {models_dir}")
    resources = json.loads((models_dir / "resources.json").read_text(encoding="utf-8")).get("id", {})
    ours = any((models_dir / "id").glob("*.pt"))
    base = [p for p in processors if p != "ner"]
    if ours:
        paths = _available(models_dir, base)
        # Naming each processor's package (not "default") keeps Stanza from
        # looking for it in the official model list.
        procs = {p: next(iter(resources.get(p) or {"default": None})) for p in base}
    else:
        paths = {}
        procs = {p: _stanza_package(models_dir, resources, p) for p in base}
    if "ner" in processors:
        own_ner = (models_dir / "id" / MODEL_FILES["ner"]).is_file()
        # PIPELINE_NER_DIR: a NER of the user's own (e.g. the --ner-extra recipe, models/README.md)
        ner_dir = ner_dir or os.environ.get("PIPELINE_NER_DIR") or None
        paths.update(_available(Path(ner_dir or (models_dir if own_ner else MODELS_DIR)), ["ner"]))
        procs["ner"] = next(iter(resources.get("ner") or {"idner": None}))
    try:
        with _no_optimizers():
            return stanza.Pipeline("id", dir=str(models_dir), processors=procs, package=None,
                                   download_method=None, use_gpu=False, logging_level="WARN",
                                   **{"tokenize_no_ssplit": False, **options}, **paths)
    except Exception as exc:  # stanza raises bare exceptions on a bad file
        bad = _unreadable(paths)
        if bad:
            proc, path, err = bad
            raise ModelError(f"corrupt or unreadable model file for {proc}: {path} ({err}); "
                             f"re-copy it or rebuild it with `python -m pipeline.training ship {proc}`") from exc
        raise ModelError(f"could not load Stanza models from {models_dir}: {exc}") from exc


@contextmanager
def _no_optimizers():
    """Stanza's NER trainer builds an SGD optimizer even to predict; torch's optimizers import
    torch._dynamo on first use (seconds per process start). Loading for inference needs none."""
    from stanza.models.common import utils

    real = utils.get_optimizer
    utils.get_optimizer = lambda *a, **kw: None
    try:
        yield
    finally:
        utils.get_optimizer = real


def _stanza_package(models_dir: Path, resources: dict, proc: str) -> str:
    """The package of ``proc`` in a folder laid out as Stanza's own, checked on disk."""
    package = resources.get("default_processors", {}).get(proc) or next(iter(resources.get(proc) or {}), None)
    path = models_dir / "id" / proc / f"{package}.pt"
    if not package or not path.is_file():
        raise ModelError(f"missing model file for {proc}: {path if package else models_dir / 'id' / proc}")
    return package


def _unreadable(paths: dict[str, str]) -> tuple[str, str, str] | None:
    """The first model file torch cannot read, as (processor, path, error); only run after a failed load."""
    import torch

    for key, path in paths.items():
        try:
            torch.load(path, map_location="cpu", weights_only=False)
        except Exception as exc:  # noqa: BLE001 - any failure means the file is bad
            return key.removesuffix("_model_path"), path, f"{type(exc).__name__}: {exc}"
    return None


_VOCAB_NLP = None


class _VocabOnly:
    """What the adapter needs of ``spacy.blank("id")``: its vocab. spaCy's tokenizer is not built,
    which spares loading its 16k special cases (seconds at every start-up)."""

    def __init__(self):
        from spacy.lang.id import Indonesian
        from spacy.vocab import create_vocab

        self.vocab = create_vocab("id", Indonesian.Defaults)


def _blank():
    global _VOCAB_NLP
    if _VOCAB_NLP is None:
        _VOCAB_NLP = _VocabOnly()
    return _VOCAB_NLP


def _hyphen_joint(text: str, i: int) -> bool:
    """True if a token starting at ``i`` continues a hyphenated word ("Soekarno-Hatta", "2019-2020")."""
    if text[i] == "-":
        return 0 < i and i + 1 < len(text) and text[i - 1].isalnum() and text[i + 1].isalnum()
    return i >= 2 and text[i - 1] == "-" and text[i - 2].isalnum() and text[i].isalnum()


def _head_index(sent, si: int, w, i: int, wmap: dict) -> int:
    """spaCy index of ``w``'s head; a head inside the same spaCy token is followed upwards."""
    h, seen = w.head, set()
    while h and h not in seen:
        seen.add(h)
        j = wmap.get((si, h))
        if j is not None and j != i:
            return j
        h = sent.words[h - 1].head if 0 < h <= len(sent.words) else 0
    return i


def to_spacy(sdoc, text: str, vocab=None) -> Doc:
    """Build a spaCy Doc over ``text`` from a Stanza Document of (a same-length copy of) it.

    Multi-word tokens become several spaCy tokens when their words spell the
    token (``dilakukannya`` -> ``dilakukan`` + ``nya``); otherwise the token is
    kept whole with its first word's annotation. A token the tokenizer split
    off inside a hyphenated word (``Soekarno`` + ``-Hatta``) is joined back
    onto the previous one, keeping that one's annotation. Gaps between tokens other
    than one space become whitespace tokens, so offsets match exactly.
    """
    vocab = vocab or _blank().vocab
    words: list[str] = []
    spaces: list[bool] = []
    starts: list[bool] = []   # sentence starts
    wmap: dict[tuple[int, int], int] = {}   # (sentence, stanza word id) -> spaCy index
    wsrc: list[tuple[int, object] | None] = []
    cursor = 0

    def emit(word: str, src, start: bool) -> None:
        words.append(word)
        spaces.append(False)
        wsrc.append(src)
        starts.append(start)

    def gap(upto: int) -> None:
        nonlocal cursor
        g = text[cursor:upto]
        if not g:
            return
        if words and g[0] == " " and not spaces[-1]:
            spaces[-1], g = True, g[1:]
        if g:
            emit(g, None, False)
        cursor = upto

    glued: dict[int, int] = {}   # sentence index -> the sentence it is glued onto
    for si, sent in enumerate(sdoc.sentences):
        if si and sent.tokens and all(set(t.text) <= _CLOSERS for t in sent.tokens) \
                and "\n" not in text[sdoc.sentences[si - 1].tokens[-1].end_char:sent.tokens[0].start_char]:
            glued[si] = glued.get(si - 1, si - 1)
        first = si not in glued
        for tok in sent.tokens:
            touching = bool(words) and cursor == tok.start_char
            gap(tok.start_char)
            surface = text[tok.start_char:tok.end_char]
            ws = tok.words
            if touching and not first and _hyphen_joint(text, tok.start_char):
                # "Soekarno" + "-Hatta": the tokenizer split a hyphenated word; keep it whole
                words[-1] += surface
                for w in ws:
                    wmap[(si, w.id)] = len(words) - 1
                cursor = tok.end_char
                continue
            pieces = [w.text for w in ws]
            if len(ws) > 1 and "".join(pieces) == surface:
                for w in ws:
                    wmap[(si, w.id)] = len(words)
                    emit(w.text, (si, w), first)
                    first = False
            else:
                for w in ws:
                    wmap[(si, w.id)] = len(words)
                emit(surface, (si, ws[0]), first)
                first = False
            cursor = tok.end_char
    gap(len(text))

    has_parse = any(getattr(w, "head", None) is not None for s in sdoc.sentences for w in s.words)
    roots = {si: wmap[(si, w.id)] for si, s in enumerate(sdoc.sentences) for w in s.words
             if getattr(w, "head", None) == 0 and (si, w.id) in wmap}
    rows = []   # (pos, tag, morph, lemma, head, dep) per spaCy token
    for i, src in enumerate(wsrc):
        if src is None:
            rows.append(("SPACE", "_SP", "", words[i], max(i - 1, 0) if i and wsrc[i - 1] is not None or i else i,
                         "dep"))
            continue
        si, w = src
        h, dep = i, "ROOT" if has_parse else ""
        if has_parse and w.head is not None:
            h = _head_index(sdoc.sentences[si], si, w, i, wmap)
            dep = w.deprel or "dep"
            if h == i and si in glued:   # a split-off closing quote hangs on the previous sentence
                h, dep = roots.get(glued[si], i), "punct"
        rows.append((w.upos or "", w.xpos or "", w.feats or "", w.lemma or w.text, h, dep))
    pos, tags, morphs, lemmas, heads, deps = (list(col) for col in zip(*rows)) if rows else ([] for _ in range(6))
    # whitespace tokens hang on the previous real token; a leading one on the next
    for i, src in enumerate(wsrc):
        if src is None:
            j = i - 1
            while j >= 0 and wsrc[j] is None:
                j -= 1
            if j < 0:
                j = next((k for k in range(len(wsrc)) if wsrc[k] is not None), i)
            heads[i] = j
    kwargs = dict(words=words, spaces=spaces, pos=pos, tags=tags, lemmas=lemmas, morphs=morphs)
    if has_parse:
        kwargs.update(heads=heads, deps=deps)
    else:
        kwargs.update(sent_starts=[True if s else (None if src is None else False) for s, src in zip(starts, wsrc)])
    # with a parse, spaCy derives sentence starts from the trees (one per Stanza sentence)
    doc = Doc(vocab, **kwargs)
    ents = []
    for ent in getattr(sdoc, "ents", []) or []:
        span = doc.char_span(ent.start_char, ent.end_char, label=ent.type, alignment_mode="expand")
        if span is not None and (not ents or span.start >= ents[-1].end):
            ents.append(span)
    doc.ents = ents
    assert doc.text == text, "adapter lost characters"
    return doc


def quantise(nlp, processors: Sequence[str] = ("ner",)) -> None:
    """Dynamic int8 quantisation of the LSTM and Linear layers of these loaded processors, in place."""
    import warnings

    import torch

    for proc in processors:
        if proc not in nlp.processors:
            continue
        for trainer in getattr(nlp.processors[proc], "trainers", None) or [nlp.processors[proc]._trainer]:
            with warnings.catch_warnings():   # torch marks eager quantisation deprecated; it still works
                warnings.simplefilter("ignore")
                trainer.model = torch.ao.quantization.quantize_dynamic(
                    trainer.model, {torch.nn.LSTM, torch.nn.Linear}, dtype=torch.qint8)


def rule_tokenized(profile: str) -> bool:
    """True if ``profile`` takes tokens from the rule tokenizer rather than Stanza's."""
    return "tokenize" not in PROFILES[profile]


def pretokenized_text(sents: list[list[tuple[int, int]]], text: str) -> str:
    """Words joined by one space, sentences by a newline: what Stanza reads with tokenize_pretokenized."""
    return "\n".join(" ".join(text[a:b] for a, b in sent) for sent in sents)


def spans_to_spacy(sents: list[list[tuple[int, int]]], sdoc, text: str, vocab=None,
                   entities: list[tuple[int, int, str]] | None = None) -> Doc:
    """A spaCy Doc over ``text`` from rule word spans and the Stanza analysis of those words.

    Stanza saw exactly these words (pretokenized), one Stanza word per span, so
    annotations are copied by position. Without a Stanza Document, ``entities`` are
    (first word, last word, type) over all words in order (``analyse_ner.direct_entities``).
    Gaps other than one space become whitespace tokens, as in :func:`to_spacy`.
    """
    vocab = vocab or _blank().vocab
    swords = [w for s in sdoc.sentences for w in s.words] if sdoc is not None else []
    flat = [span for sent in sents for span in sent]
    if swords and len(swords) != len(flat):
        raise ValueError(f"Stanza returned {len(swords)} words for {len(flat)} pretokenized words")
    firsts = {sent[0] for sent in sents if sent}
    words, spaces, starts, rows, index = [], [], [], [], {}
    cursor = 0
    for k, (a, b) in enumerate(flat):
        g = text[cursor:a]
        if g[:1] == " " and words and not spaces[-1]:
            spaces[-1], g = True, g[1:]
        if g:
            words.append(g), spaces.append(False), starts.append(None), rows.append(None)
        index[a] = len(words)
        w = swords[k] if swords else None
        words.append(text[a:b]), spaces.append(False), starts.append((a, b) in firsts)
        rows.append(((w.upos or "", w.xpos or "", w.feats or "", w.lemma or w.text) if w is not None
                     else ("", "", "", text[a:b])))
        cursor = b
    g = text[cursor:]
    if g[:1] == " " and words and not spaces[-1]:
        spaces[-1], g = True, g[1:]
    if g:
        words.append(g), spaces.append(False), starts.append(None), rows.append(None)
    rows = [r if r is not None else ("SPACE", "_SP", "", words[i]) for i, r in enumerate(rows)]
    pos, tags, morphs, lemmas = (list(c) for c in zip(*rows)) if rows else ([], [], [], [])
    # what no processor produced is left unset, not written token by token: morphological
    # features without Stanza's tagger, lemmas (each word's own text) without its lemmatizer
    annotations = dict(pos=pos, tags=tags)
    if any(morphs):
        annotations["morphs"] = morphs
    if any(w.lemma for w in swords):
        annotations["lemmas"] = lemmas
    doc = Doc(vocab, words=words, spaces=spaces, sent_starts=starts, **annotations)
    doc.ents = _entities(doc, sdoc, flat, index) if entities is None else _word_entities(doc, entities, flat, index)
    # the Doc's text is its words and spaces joined (``Doc.text`` would make a Token per token)
    assert "".join([w + " " if sp else w for w, sp in zip(words, spaces)]) == text, "adapter lost characters"
    return doc


def _entities(doc: Doc, sdoc, flat: list[tuple[int, int]], index: dict[int, int]) -> list:
    """Stanza's entities as spans of ``doc``: Stanza tokens map to rule spans by position."""
    if sdoc is None:
        return []
    order = {id(t): k for k, t in enumerate(t for s in sdoc.sentences for t in s.tokens)}
    ents = []
    for ent in sdoc.ents or []:
        first, last = order[id(ent.tokens[0])], order[id(ent.tokens[-1])]
        start = index[flat[first][0]]
        end = index[flat[last][0]] + 1
        if not ents or start >= ents[-1].end:
            ents.append(Span(doc, start, end, label=ent.type))
    return ents


def _word_entities(doc: Doc, entities: list[tuple[int, int, str]], flat: list[tuple[int, int]],
                   index: dict[int, int]) -> list:
    """Entities given as (first word, last word, type) as spans of ``doc``, as ``_entities`` makes them."""
    ents = []
    for first, last, label in entities:
        start, end = index[flat[first][0]], index[flat[last][0]] + 1
        if not ents or start >= ents[-1].end:
            ents.append(Span(doc, start, end, label=label))
    return ents


class Analyser:
    """Loads Stanza once; turns texts into spaCy Docs in batches."""

    def __init__(self, profile: str = "default", models_dir: Path | str | None = None, *,
                 ner_dir: Path | str | None = None, threads: int | None = None, int8: bool | None = None,
                 repair: bool = True):
        if profile not in PROFILES:
            raise ValueError(f"unknown profile {profile!r}; choose from {sorted(PROFILES)}")
        self.profile = profile
        # the NER alone misses what other outlets write ("ujar Jonan", "PT X Tbk"): a rule step after it
        # adds those entities (pipeline/analyse_ents.py); repair=False gives the NER's entities alone
        self.repair = repair
        self.rules = rule_tokenized(profile)
        procs = ("tokenize",) + PROFILES[profile] if self.rules else PROFILES[profile]
        options = {"tokenize_pretokenized": True} if self.rules else {}
        self.stanza = load_stanza(procs, models_dir, ner_dir=ner_dir, threads=threads, **options)
        self.int8 = profile in INT8_PROFILES if int8 is None else int8
        if self.int8:
            quantise(self.stanza)
        from .analyse_ner import can_go_direct, speed_up

        speed_up(self.stanza)   # the same tags, about half the time around the model (pipeline/analyse_ner.py)
        # rule tokens and NER alone: entities straight from the words, without Stanza Documents
        self.direct = self.rules and can_go_direct(self.stanza)
        self.vocab = _blank().vocab
        if self.rules:
            from .tokenize import tokenizer

            tokenizer()   # built at load time, so forked workers share it
        # The models are ~270k Python objects that live as long as the process. Each full collection of
        # the garbage collector walked them all (0.2-0.5 s each, two or three per 100 articles, landing
        # on whichever stage allocated last: the "varying" Stanza hand-off); frozen, it no longer
        # does, and forked workers no longer write to their pages. Loading leaves no garbage to free.
        gc.freeze()

    def __call__(self, text: str) -> Doc:
        return self.pipe([text])[0]

    def pipe(self, texts: Iterable[str]) -> list[Doc]:
        docs = self._analyse(list(texts))
        if self.repair:
            from .analyse_ents import repair

            docs = [repair(doc) for doc in docs]
        return docs

    def _analyse(self, texts: list[str]) -> list[Doc]:
        import stanza

        if not self.rules:
            sdocs = self.stanza([stanza.Document([], text=normalise_spaces(t)) for t in texts])
            return [to_spacy(sd, t, self.vocab) for sd, t in zip(sdocs, texts)]
        from .analyse_ner import direct_entities
        from .tokenize import sentences

        spans = [sentences(normalise_spaces(t)) for t in texts]
        todo = [k for k, s in enumerate(spans) if s]   # Stanza fails on a text with no word
        # int8 NER scales its activations over a whole batch of sentences, so a borderline name could be
        # tagged or not depending on the other articles of the chunk. Each text gets batches of its own:
        # an article's records never depend on its neighbours (2-40% more NER time; docs/speed.md).
        groups = [[k] for k in todo] if self.int8 else [todo] if todo else []
        if self.direct:
            words = {k: [[texts[k][a:b] for a, b in sent] for sent in spans[k]] for k in todo}
            found = [direct_entities(self.stanza, [words[k] for k in group]) for group in groups]
            if all(f is not None for f in found):
                ents = {k: e for group, f in zip(groups, found) for k, e in zip(group, f)}
                return [spans_to_spacy(s, None, t, self.vocab, entities=ents.get(k, []))
                        for k, (s, t) in enumerate(zip(spans, texts))]
        sdocs = {k: sd for group in groups for k, sd in zip(group, self.stanza(
            [stanza.Document([], text=pretokenized_text(spans[k], texts[k])) for k in group]))}
        return [spans_to_spacy(s, sdocs.get(k), t, self.vocab) for k, (s, t) in enumerate(zip(spans, texts))]
