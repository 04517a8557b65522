"""The page around the report: lines a news site adds that are no part of what the article reports.

Sites differ less in how they report than in what they wrap around it: links to their other articles
("Baca juga: ...", or "Baca Juga:" alone with the headline on the next line), photo captions, inserted
slots ("ADVERTISEMENT", "Simak berita lainnya di ...", "Halaman Selanjutnya") and byline lines. A headline
in a link names the actors of another article; capitalised words of an insert pass for names. Every rule
reads these lines from here, so a site's layout is learnt once (openers in lexicons/page_lines.json), and
each rule chooses which kinds it skips: bylines name officials, for one, but never parties. Where a scraper
lost the page's paragraph tags and ran the paragraphs into one line, the site's pieces of that line (a link
after a sentence, the byline and trailers closing it, a byline heading it) are found all the same.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator, NamedTuple

from spacy.tokens import Doc

from ..lexicon import mapping, words
from ._doc import doc_table, doc_text, per_doc

__all__ = ["PageLines", "page_lines", "of", "within", "past", "previous", "following"]

_LEAD = r"[ \t\-\u2013\u2014\u2022*>(\[]*"   # bullets and brackets a site puts before an opener
_INSERT_MAX = 120   # an insert is a short line: a sentence opening "Ikuti ..." is body text
_HEADLINE_MAX = 160   # a linked headline is one line of a dozen words or so
_CAPTION_MAX = 300   # a caption told by its closing credit is a line or two, not a paragraph quoting a source
_TAIL_MAX = 300   # bylines and trailers run on after the last sentence: a few names, a note on syndication


class PageLines(NamedTuple):
    """Char spans of the lines of each kind, in text order."""
    links: tuple[tuple[int, int], ...]
    captions: tuple[tuple[int, int], ...]
    inserts: tuple[tuple[int, int], ...]
    trailers: tuple[tuple[int, int], ...]
    bylines: tuple[tuple[int, int], ...]
    report_end: int

    def site(self) -> tuple[tuple[int, int], ...]:
        """The lines the site adds: links, captions, inserts and trailers (bylines are the report's)."""
        return tuple(sorted({*self.links, *self.captions, *self.inserts, *self.trailers}))

    def furniture(self) -> tuple[tuple[int, int], ...]:
        """Every line that is not the report, bylines included."""
        return tuple(sorted({*self.site(), *self.bylines}))


def _alt(openers) -> str:
    """One alternation of the openers, each ending at a word's end ("©" has none to end at)."""
    return "|".join(re.escape(w) + (r"\b" if w[-1].isalnum() else "")
                    for w in sorted(openers, key=len, reverse=True))


@lru_cache(maxsize=None)
def _openers() -> dict[str, re.Pattern]:
    table = mapping("page_lines")
    multi = [w for w in table["links"] if " " in w]
    single = [w for w in table["links"] if " " not in w]
    link = rf"(?i:{_alt(multi)}|(?:{_alt(single)})\s*:)"
    return {
        # one-word link openers only with their colon: "Baca: ..." links, "Baca Al-Quran ..." is body text
        "links": re.compile(rf"{_LEAD}{link}"),
        # where paragraphs run together, a link follows a sentence on its line
        "inline_link": re.compile(rf"(?<=[.!?\"\u201d])[ \t]+(?={link})"),
        "captions": re.compile(rf"{_LEAD}(?i:{_alt(table['captions'])})"),
        "inserts": re.compile(rf"{_LEAD}(?i:{_alt(table['inserts'])})"),
        "trailers": re.compile(rf"{_LEAD}(?i:{_alt(table['trailers'])})"),
        # a caption may open on what the photo shows and end on its credit: "Suasana rapat. (FOTO: DOK. HUMAS)"
        "credits": re.compile(rf"[^\n]*\((?i:{_alt(table['credits'])})[^()\n]{{0,80}}\)\s*$"),
        "bylines": re.compile(rf"{_LEAD}(?i:{_alt(table['bylines'])})"),
        # where paragraphs run together (a scraper lost the page's paragraph tags), the byline and trailers
        # follow the last sentence on its line: they start a piece of their own after a sentence's end
        "tail": re.compile(rf"(?<=[.!?\"\u201d])[ \t]+(?=(?i:{_alt(table['trailers'])}|"
                           rf"(?:{_alt(table['bylines'])})\s*:))"),
    }


_BARE_OPENER_END = re.compile(r"[\s:>\-\u2013\u2014.]*$")


def _headline_shaped(line: str) -> bool:
    """A link's headline: one short line that does not close like a sentence or a quotation."""
    line = line.strip()
    return len(line) <= _HEADLINE_MAX and not line.endswith((".", "!", "?", ",", "\"", "\u201d", ")"))


def _pieces(text: str, rx: dict[str, re.Pattern]) -> Iterator[tuple[int, int]]:
    """The text's lines, cut where paragraphs run together (a scraper lost the page's paragraph tags): a
    link after a sentence is a piece up to its headline's end, and so is a byline or trailer that closes
    the line (a site may put its byline under the lead paragraph: the rest of a long line is the report)."""
    for m in re.finditer(r"[^\n]+", text):
        a, b = m.span()
        for cut in rx["inline_link"].finditer(text, a, b):
            if cut.start() < a:
                continue
            end = _headline_end(text, rx["links"].match(text, cut.end(), b).end(), b)
            yield a, cut.start()
            yield cut.end(), end
            a = end + len(text[end:b]) - len(text[end:b].lstrip(" \t"))
        for cut in rx["tail"].finditer(text, a, b):
            if b - cut.end() <= _TAIL_MAX:
                yield a, cut.start()
                a = cut.end()
                break
        yield a, b


_HEADLINE_WORD = re.compile(r"\S+")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")


@lru_cache(maxsize=None)
def _sentence_openers() -> frozenset[str]:
    """Words that open a sentence and never continue a headline's name: a title's head ("Kepala Dinas ..."),
    a connective ("Sementara itu"), a pronoun ("Ia", "Kami")."""
    return (words("title_heads") | words("official_not_name_words") | words("quote_anaphora")
            | words("quote_first_person"))


_BYLINE_ROLE = re.compile(r"\(?[A-Za-z]+:")


@lru_cache(maxsize=None)
def _byline_roles() -> frozenset[str]:
    return frozenset(mapping("page_lines")["bylines"]) | words("title_bylines") | words("title_byline_short")


def _headline_end(text: str, start: int, end: int) -> int:
    """Where a linked headline that runs on into the report ends: at a sentence's end, before a word
    past its first two that opens a sentence, before the word that opens a run of lower-case words after a
    headline in title case ("... Mulai Beralih Berkebun | Lelaki yang akrab disapa ...") or before the name
    of a speaker whose speech verb follows ("... di Jawa Barat | Erik Solvang menuturkan ..."), else after
    a headline's length."""
    limit = min(end, start + _HEADLINE_MAX)
    stop = _SENTENCE_STOP.search(text, start, limit)
    ws = [w for w in _HEADLINE_WORD.finditer(text, start, limit) if not (stop and w.start() >= stop.end())]
    title_case = sum(w.group()[0].isupper() for w in ws[:4]) >= 3
    for i, w in enumerate(ws):
        word = w.group()
        if i >= 2 and word[0].isupper() and word.strip(",:").lower() in _sentence_openers() \
                or _BYLINE_ROLE.match(word) and word.lstrip("(").split(":")[0].lower() in _byline_roles():
            return ws[i - 1].end() if i else start
        speaks = title_case and word in words("quote_cues_verbs")
        if speaks or title_case and i >= 3 and word[0].isupper() and _prose_follows(ws[i + 1:i + 3]):
            # "... PLTU di Jawa Barat Erik Solvang menuturkan ...": the speaker's name opens the sentence
            first, name_words = i, 2 if speaks else 1   # a speaker's name of two words at most
            while first > 0 and i - first < name_words and ws[first - 1].group()[0].isupper() \
                    and (speaks or ws[i + 1].group() in words("quote_cues_verbs")):
                first -= 1
            if first >= 2 and (first < i or not speaks):
                return ws[first - 1].end()
    if stop:
        return stop.end()
    return end if limit == end else (ws[-1].end() if ws else start)


def _prose_follows(nxt: list[re.Match]) -> bool:
    """Two lower-case words, one of them more than a headline's connective: a sentence has begun."""
    low = [m.group().strip(",.:;") for m in nxt]
    return len(low) == 2 and all(w[:1].islower() for w in low) and any(w not in _headline_lower() for w in low)


@lru_cache(maxsize=None)
def _headline_lower() -> frozenset[str]:
    return frozenset(mapping("page_lines")["headline_lower"])


# where a byline heading a run of paragraphs ends: at the dateline's dash or the first sentence's end
_BYLINE_CLOSE = re.compile(r"\s[-\u2013\u2014]\s|[.!?](?=\s)")


def _byline_end(text: str, a: int, b: int) -> int:
    """The end of the byline that opens the line ``a:b``: the whole line, unless paragraphs run together
    after it ("Laporan Wartawan X, Name PONTIANAK - Pemerintah ...")."""
    if b - a <= _TAIL_MAX:
        return b
    close = _BYLINE_CLOSE.search(text, a, min(b, a + _HEADLINE_MAX))
    return close.end() if close else b


def page_lines(text: str) -> PageLines:
    """The link, caption, insert, trailer and byline lines of ``text``, and where the report ends: after its
    last line that the site did not add (bylines are the report's, for the sign-off rules)."""
    rx = _openers()
    found: dict[str, list[tuple[int, int]]] = {k: [] for k in rx if k not in ("credits", "tail", "inline_link")}
    linked_next = False
    report_end = 0
    for a, b in _pieces(text, rx):
        if not text[a:b].strip():
            continue
        if linked_next:
            linked_next = False
            if _headline_shaped(text[a:b]):   # the headline under a bare "Baca Juga:"
                found["links"].append((a, b))
                continue
            # else the scraper kept the opener and dropped its link: the line is the report's
        link = rx["links"].match(text, a, b)
        if link:
            found["links"].append((a, b))
            linked_next = bool(_BARE_OPENER_END.fullmatch(text, link.end(), b))
        elif rx["captions"].match(text, a, b) or (b - a <= _CAPTION_MAX and rx["credits"].match(text, a, b)):
            found["captions"].append((a, b))
        elif b - a <= _INSERT_MAX and rx["inserts"].match(text, a, b):
            found["inserts"].append((a, b))
        elif rx["trailers"].match(text, a, b):
            found["trailers"].append((a, b))
        else:
            if rx["bylines"].match(text, a, b):
                found["bylines"].append((a, _byline_end(text, a, b)))
            report_end = a + len(text[a:b].rstrip())
    # trailers follow the report: a line of the body that opens "Hak cipta ..." or "Topik: ..." is the report's
    found["trailers"] = [(a, b) for a, b in found["trailers"] if a >= report_end]
    return PageLines(**{k: tuple(v) for k, v in found.items()}, report_end=report_end)


def of(doc: Doc) -> PageLines:
    """``page_lines`` of the Doc's text, once per Doc."""
    return per_doc(doc, "page.lines", lambda: page_lines(doc_text(doc)))


def within(spans: tuple[tuple[int, int], ...], pos: int) -> bool:
    """True if ``pos`` falls inside one of ``spans`` (sorted, not overlapping)."""
    return past(spans, pos) > pos


def past(spans: tuple[tuple[int, int], ...], pos: int) -> int:
    """The end of the span of ``spans`` (sorted, not overlapping) that ``pos`` falls inside, else ``pos``."""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return spans[i][1] if i >= 0 and spans[i][0] <= pos < spans[i][1] else pos


def _neighbours(doc: Doc) -> tuple[list[int], list[int]]:
    """For each sentence, the sentence of the report before and after it (-1 where there is none): a link
    or slot the site put between two sentences does not part them."""
    def compute():
        site = of(doc).site()
        starts = doc_table(doc).sent_chars
        report = [j for j, c in enumerate(starts) if not within(site, c)]
        before, after = [-1] * len(starts), [-1] * len(starts)
        k = 0
        for j in range(len(starts)):
            while k < len(report) and report[k] < j:
                k += 1
            before[j] = report[k - 1] if k else -1
            nxt = k + 1 if k < len(report) and report[k] == j else k
            after[j] = report[nxt] if nxt < len(report) else -1
        return before, after
    return per_doc(doc, "page.neighbours", compute)


def previous(doc: Doc, si: int) -> int:
    """The sentence of the report before sentence ``si``, past the site's lines (-1 at the start)."""
    return _neighbours(doc)[0][si]


def following(doc: Doc, si: int) -> int:
    """The sentence of the report after sentence ``si``, past the site's lines (-1 at the end)."""
    return _neighbours(doc)[1][si]
