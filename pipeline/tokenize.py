"""Tokens and sentences by rule: spaCy's tokenizer plus a news sentence splitter.

The neural tokenizer and MWT expander cost about a quarter of the analysis; on
news text a rule tokenizer does as well (see docs/speed.md for token and
sentence F1 on UD GSD test). :func:`sentences` returns, for a text, its
sentences as lists of ``(start, end)`` character spans of words, ready for
Stanza's ``tokenize_pretokenized=True``; the spans index the text as given, so
``doc.text == article.text`` holds exactly.

What differs from spaCy's Indonesian defaults, and why (the rules were tuned on
Stanza's tokens; tools/profile_diff.py shows where the two profiles still differ):
- hyphens do not split a word ("Soekarno-Hatta", "2019-2020", "anak-anak",
  "ke-14", "Covid-19", "DP3AP2-KB"), nor slashes between digits ("(13/2)",
  "4/5/2024"); a slash between a number and a word or between two words does
  ("Dandim 0420/Sarko", "PPN/Bappenas"), except in fixed pairs
  ("kabupaten/kota", "dan/atau": tokenize_slash_words.txt), as does a dash
  between words ("utama\u2014Terminal");
- punctuation and quotes glued between words ('manfaat,\u201dkata'), a sign-off
  glued to a sentence ("Bengkayang.(rob)"), a slash or hyphen left at a word's
  edge, and the period after "MoU"/"LoI" are tokens of their own;
- news abbreviations (pipeline/lexicons/tokenize_abbreviations.txt) never end
  a sentence; whether their period is a token of its own is spaCy's choice
  ("Dr." whole, "Plt" + "."), except "Mr." and the like, kept whole
  (tokenize_whole.txt) as Stanza's tokenizer did;
- clitic pronouns ``-nya``/``-ku``/``-mu`` are split off as Stanza's MWT did
  ("dilakukannya" -> "dilakukan" + "nya"), except in words where the ending is
  part of the stem or makes a sentence adverb ("sebelumnya", "tentunya":
  pipeline/lexicons/tokenize_nya_words.txt), one word in UD Indonesian;
- a quote glued to the next word after a sentence end opens the next sentence,
  even when written with a closing mark ('sekolah."Sudah', '. \u201dSekarang').
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lexicon

# spaces other than " " (no-break, thin, ideographic, tab): a space to a reader, one for one so offsets hold
SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\u2002\u2003\u3000\t"), " ")

__all__ = ["SPACES", "sentences", "tokenizer"]

# Closing marks that belong to the sentence before them; opening ones to the one after.
_CLOSERS = frozenset("\"'\u201d\u2019\u00bb\u203a)]}")
_OPENERS = frozenset("\"'\u201c\u2018\u00ab\u2039([{")
_ENDS = frozenset(".!?\u2026")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")
# Quotes that open a quotation when glued to the word after them, even the closing shapes
# (news text writes "... per kilogram. \u201dSekarang kita ...").
_QUOTES = frozenset("\"'\u201d\u2019")
_CLITIC = re.compile(r"^(?P<stem>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)*[^\W\d_-]{2})(?P<clitic>nya)$", re.IGNORECASE)
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+")
_ODD_SPACE = re.compile(r"\s")
_ODD_SPACE_FREE = re.compile(r"\S+")
# hyphen and slash joints that spaCy's Indonesian infixes would split
_JOINT_PROBES = ("a-b", "2019-2020", "e-KTP", "4/5", "2-0", "a/b", "ke-14", "Covid-19", "DP3AP2-KB")
_A = "[^\\W\\d_]"   # a letter
# Joints Stanza's tokenizer split and the spaCy infixes left out above do not:
# dashes between words ("utama—Terminal", "ID--Pemkab"; a range "2025–2030" stays whole),
# a slash between a number and a word ("Dandim 0420/Sarko", "Rp 9.350/kg") or between words
# ("Kementerian PPN/Bappenas", "Foto: Republika/Arie"; "s/d" stays whole), punctuation and a quote
# glued between words ('manfaat,”kata', 'sekolah."Sudah') and a sign-off glued to a
# sentence ("Bengkayang.(rob)").
_EXTRA_INFIXES = (
    rf"(?<={_A})(?:[–—]|--+)(?=[^\W_])", rf"(?<=[^\W_])(?:[–—]|--+)(?={_A})",
    rf"(?<=\d)/(?={_A})", rf"(?<={_A})/(?=\d)", rf"(?<={_A}{{2}})/(?={_A}{{2}})",
    rf"(?<=[^\W_])[,.!?](?=[\"“”’]+{_A})",
    rf"(?<=[,.!?])[\"“”’](?={_A})",
    r"(?<=[^\W_])[.,](?=\()", rf"(?<=[.,])\((?={_A})",
)
# A hyphen opening a word after a space ("BANDA ACEH -Perwakilan").
_EXTRA_PREFIXES = (rf"-(?={_A})",)
# A slash left at a word's end ("Rep: Arie/ Red: Gita"); a period after a word that ends in a
# capital but is no acronym ("bentuk LoI.", "MoU.").
_EXTRA_SUFFIXES = ("/", r"(?<=[a-z][A-Z])\.")


def tokenizer():
    """spaCy's Indonesian rule tokenizer, adapted to news writing (see module doc)."""
    from .analyse import _blank

    return tokenizer_for(_blank().vocab)


@lru_cache(maxsize=4)
def tokenizer_for(vocab):
    """The same tokenizer on another vocab (the rules tokenize their word lists on the Doc's)."""
    from spacy.lang.id import Indonesian
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    d = Indonesian.Defaults
    infixes = [rx for rx in d.infixes if not any(re.search(rx, probe) for probe in _JOINT_PROBES)]
    infixes += _EXTRA_INFIXES
    split = {a: [{"ORTH": a[:-1]}, {"ORTH": "."}] for a in lexicon.words("tokenize_split_period", lower=False)}
    whole = {a: [{"ORTH": a}] for a in lexicon.words("tokenize_whole", lower=False) | _slash_words()}
    # 15.6k of spaCy's 16k Indonesian exceptions only keep a hyphenated word whole ("anak-anak"),
    # which these infixes do anyway: left out, the tokenizer loads in milliseconds, not seconds.
    # Built in one go: each setter on a Tokenizer reloads all its special cases.
    rules = {k: v for k, v in d.tokenizer_exceptions.items() if not _kept_whole_anyway(k, v)}
    return Tokenizer(vocab, rules={**rules, **whole, **split},
                     prefix_search=compile_prefix_regex([*d.prefixes, *_EXTRA_PREFIXES]).search,
                     suffix_search=compile_suffix_regex([*d.suffixes, *_EXTRA_SUFFIXES]).search,
                     infix_finditer=compile_infix_regex(infixes).finditer, token_match=d.token_match,
                     url_match=d.url_match)


def _slash_words() -> set[str]:
    """"kabupaten/kota" as written in lower case, capitalised per word and in capitals."""
    listed = lexicon.words("tokenize_slash_words")
    return {form for w in listed for form in (w, "/".join(p.capitalize() for p in w.split("/")), w.upper())}


def _kept_whole_anyway(key: str, value: list[dict]) -> bool:
    """A special case that only keeps a hyphenated word ("anak-anak") as it is."""
    return len(key) > 3 and bool(_HYPHENATED.fullmatch(key)) and len(value) == 1 \
        and all(v == key for v in value[0].values())


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations as written and capitalised ("dll." and "Dll.")."""
    listed = lexicon.words("tokenize_abbreviations", lower=False)
    return frozenset(listed | {a[:1].upper() + a[1:] for a in listed})


def _is_end(tok, nxt) -> bool:
    """True if a sentence may end after ``tok`` (a period, ! ? or ...), given the next token."""
    text = tok.text
    if text[-1:] not in _ENDS or text in abbreviations():
        return False
    if text == "." and tok.i and not tok.doc[tok.i - 1].whitespace_ \
            and tok.doc[tok.i - 1].text + "." in abbreviations():
        return False   # "Plt" + ".": spaCy split the period off, as Stanza's tokenizer mostly did
    if _INITIALS.fullmatch(text):   # initials: "Susilo B. Yudhoyono", "Joune J.E. Ganda"
        return False
    if text == "." and tok.i and not tok.doc[tok.i - 1].whitespace_:
        prev = tok.doc[tok.i - 1].text
        if len(prev) == 1 and prev.isupper():   # an initial: "Susilo B. Yudhoyono"
            return False
    if nxt is None:
        return True
    first = nxt.text[:1]
    if text == "." and nxt.i == tok.i + 1 and first.islower():
        return True   # a lone period before a lower-case word: a sentence begun without its capital
    return first.isupper() or first.isdigit() or first in _OPENERS or not first.isalnum() and first not in ",;:"


def _word_spans(tok) -> list[tuple[int, int]]:
    """One token's words: a clitic pronoun ends its own word."""
    start, end = tok.idx, tok.idx + len(tok.text)
    if _ODD_SPACE.search(tok.text):   # a space spaCy does not split on would split a word downstream
        return [(start + m.start(), start + m.end()) for m in _ODD_SPACE_FREE.finditer(tok.text)]
    m = _CLITIC.match(tok.text)
    if m and tok.text.lower() not in nya_words():
        cut = start + m.end("stem")
        return [(start, cut), (cut, end)]
    return [(start, end)]


@lru_cache(maxsize=1)
def nya_words() -> frozenset[str]:
    return lexicon.words("tokenize_nya_words")


class _Token:
    """What the sentence splitter reads of a spaCy token; ``doc`` is the list of all of them."""

    __slots__ = ("text", "idx", "i", "whitespace_", "is_space", "doc")

    def __init__(self, text: str, idx: int, i: int, doc: list):
        self.text, self.idx, self.i, self.doc = text, idx, i, doc
        self.whitespace_, self.is_space = "", text.isspace()


_RUNS = re.compile(r"\s+|\S+")   # ``\s`` is ``str.isspace``, as spaCy splits
_PIECES: dict[str, tuple[tuple[int, str], ...]] = {}   # a run of text -> its tokens as (offset, text)
_MAX_PIECES = 200_000


def tokens(text: str) -> list[_Token]:
    """The tokens of ``tokenizer()(text)``: each run of non-space (or space) characters tokenized on its
    own, and remembered. spaCy tokenizes each run alone too, but keeps its own memory of runs only for
    an article's runs before its first special case ("Dr.", "dll."), which is nearly none of them.
    Between runs as spaCy does: a single space after a token is its trailing space, other white space a
    token of its own."""
    out: list[_Token] = []
    for m in _RUNS.finditer(text):
        start, run = m.start(), m.group()
        if run[0] == " " and out:
            out[-1].whitespace_ = " "
            start, run = start + 1, run[1:]
            if not run:
                continue
        pieces = _PIECES.get(run)
        if pieces is None:
            pieces = _pieces(run)
        for offset, piece in pieces:
            out.append(_Token(piece, start + offset, len(out), out))
    return out


def _pieces(run: str) -> tuple[tuple[int, str], ...]:
    if len(_PIECES) > _MAX_PIECES:
        _PIECES.clear()
    pieces = _PIECES[run] = tuple((t.idx, t.text) for t in tokenizer()(run))
    return pieces


def sentences(text: str) -> list[list[tuple[int, int]]]:
    """Sentences of ``text`` as lists of word spans ``(start, end)``; whitespace is in no span.

    A sentence ends after . ! ? or ... (with any closing quotes or brackets
    that follow) when the next word starts a sentence, and at every line break.
    """
    doc = tokens(text)
    out: list[list[tuple[int, int]]] = []
    cur: list[tuple[int, int]] = []
    closing = False   # the current sentence has ended; closing marks may still join it
    credit = -1       # up to this token, a credit glued to the sentence's end joins it
    toks = [t for t in doc if not t.is_space]
    for k, tok in enumerate(toks):
        if cur and "\n" in text[cur[-1][1]:tok.idx]:
            out.append(cur)
            cur, closing = [], False
        elif closing and k > credit and not (set(tok.text) <= _CLOSERS and not _opens(text, tok)):
            credit = _credit_end(text, toks, k, cur)
            if credit < k:
                out.append(cur)
                cur, closing = [], False
        cur += _word_spans(tok)
        if not closing:
            closing = _is_end(tok, _next_word(toks, k))
    if cur:
        out.append(cur)
    return out


def _credit_end(text: str, toks, k: int, cur: list[tuple[int, int]]) -> int:
    """Index of the ")" closing a photo credit or writer's code glued to the end of a sentence
    ("... Nota Kesepakatan.(Ist)", "... katanya.(rob)"), which belongs to that sentence; -1 if none."""
    if toks[k].text != "(" or toks[k].idx != cur[-1][1]:
        return -1
    for j in range(k + 1, min(len(toks), k + 5)):
        if "\n" in text[toks[j - 1].idx:toks[j].idx]:
            return -1
        if toks[j].text == ")":
            return j
    return -1


def _next_word(toks, k: int):
    """The first token after ``toks[k]`` that is not a closing mark (where a new sentence would start)."""
    for tok in toks[k + 1:k + 4]:
        if not set(tok.text) <= _CLOSERS:
            return tok
    return None


def _opens(text: str, tok) -> bool:
    """A quote glued to the word after it opens a quotation when a space or the end of a
    sentence is before it ('... sekolah."Sudah ...', '... kilogram. \u201dSekarang ...')."""
    i = tok.idx
    if len(tok.text) != 1 or tok.text not in _QUOTES or i + 1 >= len(text) or text[i + 1].isspace():
        return False
    after_space = i == 0 or text[i - 1].isspace()
    if text[i + 1].isalnum():
        return after_space or text[i - 1] in _ENDS
    return after_space and tok.text in {'"', "'"}   # '"(...' still opens, as straight quotes did
