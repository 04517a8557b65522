"""quotes: direct and indirect speech with its speaker (ANNOTATION.md, "quotes").

Direct quotes are passages inside quotation marks, paired per paragraph with
a stack so that an inner term ("sister province") stays inside its passage
(typo'd marks are read by what surrounds them), attributed by the cue that
follows ("..., kata X") or precedes them ("X mengatakan, “...”", also a
paragraph ending in "X menegaskan:"). Indirect quotes are read per sentence:
"Menurut X, ...", "..., kata X, ...", "X mengatakan (bahwa) ...",
"Dijelaskan X, ...", "... disebutkan X ...", plus "Hal itu / Komitmen
tersebut disampaikan X" and "X menegaskan hal tersebut" for the sentence
before. Speakers are resolved in text order: a name (or nickname, "yang akrab
disapa X") goes to the fullest name of that person, ia/dia/-nya to the subject
of a recent sentence or the last speaker, a role to its named holder.
All cue words are data (lexicons ``quote_*``); verbs with a non-speech sense
("melanjutkan") count only before a comma, a colon or "bahwa". A passage left
open at a paragraph's end and opened again in the next is one passage; headline
lines "Role: “...”" are quotes of the role's holder; quotations in "Baca juga"
links belong to other articles and are skipped.
"""
from __future__ import annotations

import itertools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc

from ..lexicon import mapping, words
from ..schema import Official, Quote
from . import page
from ._doc import doc_table, doc_text
from ._people import (
    Mention,
    PersonIndex,
    clean_name,
    fused_body,
    fused_head,
    is_degree,
    is_honorific,
    title_head_starts,
)

__all__ = ["quotes", "direct_passages"]

_OPEN = "“„«"
_CLOSE = "”»"
_QUOTE_MARK = re.compile("[" + re.escape(_OPEN + _CLOSE + "\"'‘’") + "]")
_MIN_WORDS = 3
_SPEAKER_WINDOW = 160          # chars after a cue where its speaker is looked for
# words before a name that make it a companion, not the subject ("bersama X")
_COMPANION = re.compile(r"(?:\b(?:bersama|dengan|antara|oleh|kepada|didampingi|terhadap)\s+"
                        r"(?:[^\s,]+\s+){0,6})$", re.IGNORECASE)
# an attendance list ("Acara itu dihadiri X, Y dan Z", "Hadir pula X"): everyone after it only
# attends, and a later "ujarnya" still points to the one who spoke before
_ATTENDANCE = re.compile(r"\b(?:dihadiri|disaksikan|(?:turut|juga|pula|tampak)\s+hadir|hadir\s+(?:pula|juga))\b",
                         re.IGNORECASE)
# "yang akrab disapa Aher", "biasa dipanggil Kang Emil", "yang karib disapa Didi ini"
_NICKNAME = re.compile(r"\byang\s+(?:(?:akrab|biasa|sering|karib|lebih\s+dikenal)\s+)*"
                       r"(?:di(?:sapa|panggil|kenal(?:\s+dengan)?)|disebut)\s+(?:dengan\s+)?"
                       r"(?:(?:sebutan|nama|panggilan)\s+)?(?P<nick>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)")
_ABBREV_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z](?:\.[A-Z])*|\b\w{1,2})\.$")
_WORD_RE = re.compile(r"[\w’'-]+(?:\.[\w]+)*", re.UNICODE)
_WORD_RUN = re.compile(r"\w+")
_ODD_CASE = re.compile("[İıſ]")
_SPACE_RUN = re.compile(r"\s*")
_ROLE_WORDS = re.compile(r"[A-Z][\w’'.-]*(?:[ \t]+(?:[A-Z][\w’'.-]*|\(\w+\)))*")
# 'Budi Santoso (Busan)': a capitalised word in brackets, an alias when a name comes before it
_ROLE_TAIL = re.compile(r"[ \t]+" + _ROLE_WORDS.pattern)
_ALIAS_BRACKET = re.compile(r"\((?P<a>[A-Z][a-z]\w+)\)")


# ---------------------------------------------------------------- data

@lru_cache(maxsize=None)
def _multiword_heads() -> re.Pattern:
    heads = sorted((h for h in words("title_heads") if " " in h), key=len, reverse=True)
    return re.compile(r"(?i:" + "|".join(map(re.escape, heads)) + r")\b")


@lru_cache(maxsize=None)
def _statement_nouns() -> str:
    return "|".join(sorted(map(re.escape, words("quote_statement_nouns")), key=len, reverse=True))


@lru_cache(maxsize=None)
def _cue_patterns() -> dict[str, re.Pattern]:
    def alt(name: str) -> str:
        return "|".join(sorted(map(re.escape, words(name)), key=len, reverse=True))
    short, verbs, passive = alt("quote_cues_short"), alt("quote_cues_verbs"), alt("quote_cues_passive")
    # verbs with a non-speech sense count only before a comma, a colon or 'bahwa'
    marked = rf"(?i:{alt('quote_cues_verbs_marked')})(?=\s*[,:]|\s+(?:bahwa|kalau)\b)"
    # a story told as a clause with its own subject ('bercerita ia harus antre ...', 'bercerita motornya dipepet
    # ...'), not a story told as a thing ('bercerita pengalamannya')
    marked += (r"|(?i:bercerita)(?=\s+(?:ia|dia|mereka|dirinya)\s|\s+[a-z]+nya\s+(?:di[a-z]{3,}|ter[a-z]{3,}|sudah|"
               r"telah|sempat|harus|tidak|tak|belum|masih|hanya)\b)")
    return {
        # '”, kata Bupati', '” ujarnya', '," jelas Rektor'
        # '” Demikian dikatakan X.', '” Begitu kata X.': the sentence after a quote names its speaker
        "after": re.compile(rf"\s*[,.]?\s*(?:(?i:demikian|begitu)\s+(?:(?:juga|pula)\s+)?)?"
                            rf"(?:(?P<hal>(?i:{alt('quote_statement_nouns')})\s+(?:itu|ini|tersebut))\s+"
                            rf"(?:(?:juga|pula|pun)\s+)?)?"
                            rf"(?P<cue>(?i:{short}|{verbs}|{alt('quote_cues_after_quote')})"
                            rf"|(?:(?<=[Dd]emikian )|(?<=[Bb]egitu )|(?<=itu )|(?<=ini )|(?<=tersebut )|(?<=juga )"
                            rf"|(?<=pula )|(?<=pun ))(?i:{passive}))"
                            rf"(?P<nya>nya)?\b", re.UNICODE),
        # 'X mengatakan, “' / 'kata X: “'
        # 'Ia mengatakan kepada wartawan: “': the addressee between the cue and the quote
        "before": re.compile(rf"\b(?P<cue>(?i:{short}|{verbs})|{marked})(?P<nya>nya)?"
                             rf"(?:\s+kepada\s+[^,:.;“”\"\n]{{1,60}}?)?"
                             rf"(?:\s+(?:sebagai\s+)?berikut(?:\s+ini)?)?\s*[,:]?(?:\s*bahwa)?\s*$", re.UNICODE),
        # '..., kata X, ...' / '..., ujarnya.' / '... ungkap dia, ...'
        "short": re.compile(rf"(?P<lead>,\s*|\s|^|(?<=\s))(?P<cue>(?i:{short}))(?P<nya>nya)?\b", re.UNICODE),
        "verb": re.compile(rf"\b(?P<cue>(?i:{verbs})|{marked})\b", re.UNICODE),
        "passive_inline": re.compile(rf"\s(?P<cue>(?i:{alt('quote_cues_passive_inline')}))\s+"),
        "passive": re.compile(rf"(?P<cue>(?i:{passive}))(?P<nya>nya)?\b", re.UNICODE),
        # 'Sementara itu, menurut X', 'Sedangkan menurut X', 'Namun menurut X': a connective before it
        "menurut": re.compile(r"(?:(?:[A-Z]\w*(?:\s+itu)?)\s*,\s*|[A-Z][a-z]+\s+(?=menurut\b))?"
                              r"(?P<cue>[Mm]enurut|Berdasarkan\s+(?:penjelasan|"
                              r"keterangan|pernyataan))(?P<nya>nya)?\b"),
        # 'Hal itu disampaikan X', 'Komitmen tersebut juga ditegaskan oleh X'
        "hal_itu": re.compile(rf"(?:(?:Hal|Demikian)\s+(?:(?:itu|ini|tersebut)\s+)?"
                              rf"|(?i:{alt('quote_statement_nouns')})\s+(?:itu|ini|tersebut)\s+)(?:(?:juga|pun|pula)\s+)?"
                              rf"(?P<cue>(?i:{passive}))\b\s*(?:oleh\s+)?"),
        # '..., hal tersebut diungkapkan X karena ...': the clause before it is X's
        # '..., sebagaimana disampaikan X.': the same, after an adverb of manner
        "hal_inline": re.compile(rf",\s*(?:hal\s+(?:itu|ini|tersebut)|(?:sebagaimana|seperti)(?:\s+yang)?)\s+"
                                 rf"(?:(?:juga|pun|pula)\s+)?(?P<cue>(?i:{passive}))\b\s*(?:oleh\s+)?"),
        # 'X menegaskan hal tersebut saat ...': the sentence before is X's
        "verb_hal": re.compile(rf"\b(?P<cue>(?i:{verbs}))\s+hal\s+(?:itu|ini|tersebut)\b"),
    }


# ---------------------------------------------------------------- speaker references

@dataclass
class _Ref:
    """Who said it, before resolution: a surface name, an anaphor, or a role."""
    kind: str              # "name" | "anaphor" | "role"
    value: str
    pos: int               # char offset of the cue: anaphors look back from here


@dataclass
class _Cand:
    text: str
    kind: str
    start: int
    end: int
    cue: str
    ref: _Ref
    rule: str
    speaker: Optional[str] = None


class _Article:
    """Per-article context: text, sentences, paragraphs, people."""

    def __init__(self, doc: Doc, offs: list[Official]):
        self.doc = doc
        self.text = doc_text(doc)
        self.people = PersonIndex.build(self.text, [(o.name, o.title) for o in offs], _aliases(doc, offs))
        self.heads = _head_chars(doc)
        self.sentences = _sentences(doc)
        self.sentence_starts = [a for a, _ in self.sentences]
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", self.text)]
        # 'Baca juga: “...,” Kata X': a quotation in a link to another article is that article's headline,
        # one in a photo caption is written on a banner or said in a picture
        lines = page.of(doc)
        self.link_lines = sorted({*lines.links, *lines.captions})
        # lines no part of the text around them: links, captions, 'ADVERTISEMENT', 'Simak berita ...'
        self.inserts = set(self.link_lines) | set(lines.inserts)
        self.prose = [p for p in self.paragraphs if p not in self.inserts]
        self.prose_ends = [b for _, b in self.prose]
        self.quoted: list[tuple[int, int]] = []    # spans of attributed direct quotes
        self.sent_starts = doc_table(doc).sent_chars
        self.person_spans = _person_spans(doc, self.text)
        self._own: dict[Mention, str] = {}   # own_name, once per mention
        self._cue_runs: Optional[dict[str, tuple[list[int], list[int]]]] = None   # read on the first ask
        self._subjects: Optional[list[Mention]] = None   # read after the quotes are known
        self.nicknames = self._nicknames()

    def sentence_index(self, char: int) -> int:
        """0-based index of the Stanza sentence holding ``char`` (the schema's evidence)."""
        return max(bisect_right(self.sent_starts, char) - 1, 0)

    def prose_before(self, ps: int) -> Optional[tuple[int, int]]:
        """The paragraph before the one starting at ``ps``, inserted lines passed over."""
        k = bisect_left(self.prose_ends, ps)
        return self.prose[k - 1] if k else None

    def inside_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quoted)

    def own_name(self, m: Mention) -> str:
        """The person of a mention, unless the NER reads a longer name around it whose other words are
        no part of that person's name: 'Martua Siregar' is not the 'Siregar' of 'Rapidin Siregar Manik'
        (clan names are shared)."""
        if self.text[m.start:m.end] == m.name:
            return m.name   # the full name as written: a word before it is a place or a title ('Fujian Lin ...')
        if m not in self._own:
            self._own[m] = m.name
            for a, b, text in self.person_spans:
                if a < m.start and m.end <= b:
                    extra = _WORD_RE.findall(self.text[a:m.start])
                    if extra and all(w[:1].isupper() and w.lower() not in m.name.lower().split()
                                     and w.lower() not in words("title_heads") and not is_honorific(w) for w in extra):
                        self._own[m] = clean_name(self.text[a:m.end])
                        break
        return self._own[m]

    def may_hold_cue(self, ss: int, se: int, kind: str) -> bool:
        """``_may_hold_cue(self.text, ss, se, kind)``, from the article's cue words found once: the
        word runs of text[ss:se] are the article's runs inside it unless a bound cuts a word, and
        an odd-case letter anywhere leaves every window to ``_may_hold_cue`` itself."""
        if self._cue_runs is None:
            self._cue_runs = _cue_runs(self.text)
        if not self._cue_runs or _cuts_word(self.text, ss) or _cuts_word(self.text, se):
            return _may_hold_cue(self.text, ss, se, kind)
        starts, ends = self._cue_runs[kind]
        k = bisect_left(starts, ss)   # the first cue word from ss on ends first: the runs are disjoint
        return k < len(starts) and ends[k] <= se

    def bare_cues(self, ss: int, se: int) -> list[tuple[int, int]]:
        """``_bare_cue_runs(self.text, ss, se)``, from the article's bare cue words found once."""
        if self._cue_runs is None:
            self._cue_runs = _cue_runs(self.text)
        if not self._cue_runs or _cuts_word(self.text, ss) or _cuts_word(self.text, se):
            return _bare_cue_runs(self.text, ss, se)
        starts, ends = self._cue_runs["bare"]
        out = []
        for k in range(bisect_left(starts, ss), len(starts)):
            if ends[k] > se:
                break
            out.append((starts[k], ends[k]))
        return out

    def in_insert(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.inserts)

    def in_link_line(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.link_lines)

    # --- speakers

    def speaker_after(self, start: int, limit: int, common: bool = False) -> Optional[_Ref]:
        """The speaker named right after a cue: a name, a pronoun or a role phrase; with ``common``
        (a cue right after a closing quote) also a common noun ('“...,” jawab pelaku')."""
        chunk_end = _chunk_end(self.text, start, min(limit, start + _SPEAKER_WINDOW))
        chunk = self.text[start:chunk_end]
        m = re.match(r"\s*(?:oleh\s+)?(?P<w>\w+)", chunk)
        if m and m.group("w").lower() in words("quote_anaphora"):
            return _Ref("anaphor", m.group("w"), start)
        named = _NAMED_DESCRIPTION.match(chunk)
        if named:
            return _Ref("name", clean_name(named.group("n")), start)   # 'jawab pedagang bernama Siti Aminah itu'
        outlet = _OUTLET_SPEAKER.match(chunk)
        if outlet:
            return _Ref("role", outlet.group("o"), start)   # 'lapor kantor berita Xinhua', 'tulis harian Kompas'
        described = _DESCRIBED_SPEAKER.match(chunk)
        if described and described.group("verb") and described.group("verb") not in words("quote_cues_verbs"):
            described = None   # only a second speech verb ends the description ("... tersebut menambahkan")
        if described:
            # "ujar politisi itu", "ujar pria yang ... itu", "kata pelatih asal Brasil itu dalam konferensi pers"
            return _Ref("anaphor", described.group("d").strip(), start)
        role = self.role_at(start + (m.start("w") if m else 0), chunk_end)
        if role is not None and _DESCRIBED_ROLE.match(self.text, role[1], chunk_end):
            # 'imbuh Kepala Dinas yang juga mantan Camat Coblong itu': the role, described
            return _Ref("role", self.text[role[0]:role[1]], start)
        ment = [x for x in self.people.mentions_in(start, chunk_end) if _title_run(self.text[start:x.start])]
        if ment and (role is None or ment[0].start <= role[1] + 60
                     or _TITLE_FIELDS.fullmatch(self.text, role[1], ment[0].start)):
            return _Ref("name", self.own_name(ment[0]), start)
        if role is not None:
            named = self.name_after_role(role[1], chunk_end)
            if named:
                return _Ref("name", named[0], start)   # 'kata Sekretaris Dinas, Sulardi'
            return _Ref("role", self.text[role[0]:role[1]], start)
        cap = re.match(r"\s*(?P<n>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})", chunk)
        if cap and cap.group("n").split()[0].lower() not in words("quote_first_person"):
            return _Ref("name", clean_name(cap.group("n")), start)
        return _common_speaker(chunk, start) if common else None

    def name_after_role(self, role_end: int, limit: int) -> Optional[tuple[str, int]]:
        """', Sulardi' right after a role phrase: the holder's name and where it ends ('dr. H. Ahmad Yani,
        M.Kes': after the honorifics, and with the degrees)."""
        named = _NAME_AFTER_ROLE.match(self.text, role_end, limit)
        if named and all(is_honorific(h) for h in named.group("hon").split()) \
                and self.role_at(named.start("n"), limit) is None \
                and not any(w.lower() in words("title_org_words") for w in named.group("n").split()):
            # ('Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan': the title's next field is no name)
            return clean_name(named.group("n")), named.end("deg")
        return None

    def role_at(self, start: int, end: int) -> Optional[tuple[int, int]]:
        """A capitalised role phrase opening at ``start`` ('Bupati', 'Wali Kota Kendari', 'Kajari')."""
        # matched in place (no copy of the rest of the sentence per ask)
        lead = _SPACE_RUN.match(self.text, start, end)
        s = lead.end() if lead else start   # None only past ``end``, where no role opens either
        if s not in self.heads and not _is_abbrev_role(self.text[s:end]):
            return None
        r = _ROLE_WORDS.match(self.text, s, end)
        head = _multiword_heads().match(self.text, s, end)
        cut = head is not None and (r is None or r.end() < head.end())
        if cut and head.group(0).split()[0].lower() not in words("title_heads"):
            # 'Juru bicara BMKG', 'Kuasa hukum terdakwa': a head that only two words make, the second in lower
            # case ('Kepala dinas ...' is a run cut inside a title: 'Kepala' alone is a head)
            rest = _ROLE_TAIL.match(self.text, head.end(), end)
            return s, rest.end() if rest else head.end()
        return (s, r.end()) if r else None

    def subject_before(self, sent_start: int, cue_start: int) -> Optional[_Ref]:
        """The subject of a speech verb: a person in the words before it, a pronoun, or a role."""
        region = self.text[sent_start:cue_start]
        ments = self.people.mentions_in(sent_start, cue_start)
        for k, m in enumerate(ments):
            if k + 1 < len(ments) and _title_gap(self.text[m.end:ments[k + 1].start]):
                continue   # 'Wali Kota Depok Imam ...', 'Kajari X melalui Kasi Intel Y': the later one speaks
            if not _not_subject(self.text[sent_start:m.start]) and not self.inside_quote(m.start):
                joint = _JOINT_FIRST.search(self.text, sent_start, m.start)
                if joint and not self.people.mentions_in(joint.start(), m.start) \
                        and joint.group("n").split()[0].lower() not in words("official_not_name_words") \
                        and self.role_at(joint.start("n"), m.start) is None:
                    return _Ref("name", joint.group("n"), cue_start)   # 'Gates dan Buffett mengatakan': the first
                return _Ref("name", self.own_name(m), cue_start)
        anonymous = _anonymous_source(region)
        if anonymous:
            return _Ref("name", anonymous, cue_start)   # stands for a person: 'ujarnya' after it points to it
        toks = _WORD_RE.findall(_THEN_TAIL.sub("", region))   # 'dan ia saat itu mengaku'
        while toks and toks[-1].lower() in words("quote_subject_fillers"):
            toks.pop()
        if not toks:
            return None
        last = toks[-1].lower()
        if last in words("quote_first_person") or last == "yang":
            return None
        if last in words("quote_anaphora") or last.endswith("nya") and last[:-3] in {"pihak", "diri"}:
            return _Ref("anaphor", toks[-1], cue_start)
        # the NP after the last comma: "Sementara itu, Kepala Dinas X menyampaikan"; a relative clause set off
        # by commas just before the verb describes that NP ('PM Inggris itu, yang berada di Berlin ..., mengatakan')
        parts = _SET_OFF_RELATIVE.sub("", region).split(",")
        while len(parts) > 1 and (not parts[-1].strip() or _TIME_SEGMENT.fullmatch(parts[-1].strip())
                                  or is_degree(parts[-1].strip())):
            parts.pop()   # 'Prokopim Pemkab Pacitan, semalam, mengabarkan', 'X, S.H., M.H., berdalih': no subject
        k = len(parts) - 1
        if k > 0 and re.match(r"\s*(?:dan|serta)\s+[A-Z]", parts[k]):
            # 'Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) memprediksi': one name listing its fields
            while k > 0 and _capitalised(parts[k - 1]):
                k -= 1
        listed = k < len(parts) - 1
        tail = ",".join(parts[k:]).strip()
        # a dateline before the lead's subject: "SAMARINDA - Gubernur ...", "Kota, Media - Bupati ..."
        tail = re.split(r"\s[-–—]\s", tail)[-1].strip()
        # an adverbial between the subject and its verb ('Humas Polda NTT dalam rilisnya menyebutkan')
        tail = _ADVERBIAL_TAIL.sub("", tail)
        # a sentence connective before the subject ("Bahkan Wagub Yunnan mengatakan")
        opener = re.match(r"(\w+)\s+(?:(?:itu|ini)\s+(?=\w))?", tail)   # 'Selain itu mantan Bupati ...' too
        if opener and opener.group(1).lower() in words("official_not_name_words"):
            tail = tail[opener.end():]
        tail_words = _WORD_RE.findall(tail)
        while tail_words and tail_words[-1].lower() in words("quote_subject_fillers"):
            tail_words.pop()
        named = _marked_name(tail_words)
        if named:
            return _Ref("name", named, cue_start)
        tail_start = sent_start + region.rfind(tail)
        if last in {"ini", "itu", "tersebut"}:
            held = self.held_role(tail_start, cue_start)
            if held is not None:
                return held
            role = self.role_at(tail_start, cue_start)
            if "yang" in [w.lower() for w in tail_words[1:3]] and len(tail_words) <= 16 \
                    and (role is None or re.match(r"\s+yang\b", self.text[role[1]:cue_start])):
                # 'Pria yang juga Ketua DPD Partai Golkar Kota Bima itu menegaskan', 'Dosen yang meneliti gambut
                # sejak 2010 itu menilai': a long description of the one who spoke last
                return _Ref("anaphor", " ".join(tail_words), cue_start)
        body = bool(tail_words) and tail_words[0].lower() in words("title_org_words")
        if not tail_words or len(tail_words) > (10 if listed or body else 7):
            return None
        phrase = " ".join(tail_words)
        if last in {"ini", "itu", "tersebut"}:
            role = self.role_at(tail_start, cue_start)
            # 'Guru besar teknik sipil itu berharap': a role head with a description after it is an anaphor
            described = role is not None and len(_WORD_RE.findall(self.text[role[0]:role[1]])) < len(tail_words) - 1
            if role is not None and not described:
                ref = _Ref("role", re.sub(r"\s+(ini|itu|tersebut)$", "", self.text[role[0]:role[1]]), cue_start)
                if self.resolve(ref, []) != ref.value or ref.value.lower() in self.text[:tail_start].lower():
                    return ref   # its holder, or the post as written before ('Kepala Dinas ... . Kepala Dinas itu')
                # 'Dosen Universitas Halu Oleo itu menilai': a post first written here, pointing back to who spoke
            return _Ref("anaphor", phrase, cue_start)   # "Pria berkacamata itu menambahkan"
        role = self.role_at(tail_start, cue_start)
        if role is not None:
            return _Ref("role", self.text[role[0]:role[1]], cue_start)
        if tail_words[0].lower() in words("quote_group_subjects"):
            return _Ref("role", phrase, cue_start)   # 'pihak sekolah', 'para pedagang'
        if len(tail_words) == 1 and tail_words[0][:1].isupper() and tail != region.strip() \
                and tail_words[0].lower() not in words("official_not_name_words"):
            return _Ref("name", tail_words[0], cue_start)   # '..., Thoha mengungkapkan'

        # an institution as speaker ("Kementerian PUPR menjelaskan, ..."): a short capitalised name
        # (a lone sentence-initial word is just capitalised: "Warga mengaku senang")
        lone = len(tail_words) == 1 and not tail_words[0].isupper()
        if all(w[:1].isupper() or w.lower() in {"dan", "di", "of"} for w in tail_words) and not lone and \
                tail_words[0].lower() not in words("official_not_name_words") and \
                len(tail_words) <= (10 if listed or body else 5):
            # ('Kantor Wilayah Kementerian Hukum dan HAM menyatakan': a body's full name runs long)
            return _Ref("role", phrase, cue_start)
        return None

    def held_role(self, start: int, end: int) -> Optional[_Ref]:
        """'Sekda yang juga selaku Ketua TPPS NTB itu', 'Konjen RI di Johor Bahru itu': a described subject
        whose opening role a person named in the article holds is that person, however long the description."""
        role = self.role_at(start, end)
        if role is None or not re.match(r"\s+(?:yang|di|pada|dari|asal|itu|ini|tersebut)\b", self.text[role[1]:end]):
            return None   # 'Kepala dinas yang ...': the capitalised run stops inside a title
        phrase = re.sub(r"\s+(?:ini|itu|tersebut)$", "", self.text[role[0]:role[1]])
        ref = _Ref("role", phrase, end)
        return ref if self.resolve(ref, []) != phrase else None

    def resolve(self, ref: _Ref, spoken: list[_Cand]) -> Optional[str]:
        if ref.kind == "name":
            ref = _Ref("name", _drop_address(ref.value), ref.pos)
            owner = self.nicknames.get(clean_name(ref.value))
            if owner is not None and (owner.kind, owner.value) != ("name", ref.value):
                return self.resolve(owner, spoken)   # "Gubernur yang akrab disapa Aher": Aher is the governor
            return self.people.canonical(ref.value) or ref.value
        if ref.kind == "role":
            role = re.sub(r"\s+(di|pada)\s.*$", "", ref.value).strip().rstrip(".")   # "ujar Wako." ends a sentence
            if role.lower().startswith("pihak"):
                return ref.value
            if not role[:1].isupper():
                # 'kata bupati', 'ujar kepala dinas': a post written in lower case still points to its holder
                lead = role.split()[0].lower() if role.split() else ""
                held = self.people.holder(role, ref.pos) if lead in words("title_heads") else None
                return held or ref.value
            if len(role.split()) == 1 and fused_body(role):
                # 'Kadiskominfo': the head of the one Dinas whose head the article names
                return self.shortened_holder(["Kepala", fused_body(role)]) or ref.value
            # "Wali Kota Kendari" held by someone titled "Wali Kota Kendari ..." or else "Wali Kota ..."
            parts = role.split()
            for n in range(len(parts), 0, -1):
                who = self.people.holder(" ".join(parts[:n]), ref.pos) or self.loose_holder(" ".join(parts[:n]))
                if n == len(parts) > 1:
                    who = who or self.shortened_holder(parts)
                if who:
                    return who
            return ref.value
        who = self.last_person(ref.pos, spoken)
        # a nickname standing as a person ('Bang Benny') is its bearer
        owner = self.nicknames.get(_drop_address(who)) if who else None
        return self.resolve(owner, spoken) if owner is not None and owner.kind == "name" and owner.value != who else who

    def loose_holder(self, role: str) -> Optional[str]:
        """A role written differently from the title: 'Walikota' for 'Wali Kota Solo', 'Kapolda'
        for 'Kepala Polda Kalbar' (Ka- + the unit's own acronym). Only a single holder counts."""
        key = re.sub(r"\s+", "", role.lower())
        keys = {key}
        if re.fullmatch(r"ka[a-z]{3,}", key):
            keys.add("kepala" + key[2:])
        hits = [n for n, t in self.people.titles.items()
                if t and any(re.sub(r"\s+", "", t.lower()).startswith(k) for k in keys)]
        return hits[0] if len(set(hits)) == 1 else None

    def shortened_holder(self, parts: list[str]) -> Optional[str]:
        """A role written with words of the title left out: 'Kepala BPBD Garut' for 'Kepala Pelaksana
        BPBD Garut'. The head word must open the title ('Wakil Bupati X' is not 'Bupati X'); only a
        single holder counts."""
        want = [w.lower() for w in parts]
        hits = set()
        for name, title in self.people.titles.items():
            have = _WORD_RUN.findall((title or "").lower())
            if have[:1] == want[:1] and _in_order(want[1:], have[1:]):
                hits.add(name)
        return hits.pop() if len(hits) == 1 else None

    def last_person(self, pos: int, spoken: list[_Cand]) -> Optional[str]:
        """Most recent person before ``pos``: the subject of a sentence, or a speaker.

        Only the first person of a sentence counts as its subject: the others are
        guests, partners or people listed ('... bertemu Duta Besar Oman X'), whom
        'ujarnya' does not point to."""
        best: tuple[int, Optional[str]] = (-1, None)
        if self._subjects is None:
            self._subjects = self._subject_mentions()
        for m in self._subjects:
            if m.end > pos:
                break
            best = (m.start, self.own_name(m))
        for c in spoken:
            if c.ref.pos < pos and c.speaker and c.ref.pos > best[0] \
                    and (c.speaker in self.people.titles or c.ref.kind == "name"):
                best = (c.ref.pos, c.speaker)
        if best[1] is None:   # nobody stood as a subject: the last person named outside quotes
            named = [m for m in self.people.mentions_in(0, pos)
                     if not self.inside_quote(m.start) and not self.in_insert(m.start)]
            return self.own_name(named[-1]) if named else None
        return best[1]

    def _subject_mentions(self) -> list[Mention]:
        """The first person named outside quotes in each sentence, not as a companion ('bersama X')."""
        out = []
        for ss, se in self.sentences:
            if self.in_insert(ss):
                continue   # a caption's or a link's person is in another picture or article, not speaking here
            first = re.match(r"\W*(\w+)", self.text[ss:se])
            if first and first.group(1).lower() in words("quote_anaphora"):
                continue   # 'Dia juga mengajak ... Tim Pendamping Keluarga': the subject is still the last one
            held = self.role_subject(ss, se)
            if held is not None:
                out.append(held)
                continue
            for m in self.people.mentions_in(ss, se):
                if self.inside_quote(m.start) or _COMPANION.search(self.text[max(ss, m.start - 60):m.start]) \
                        or _ATTENDANCE.search(self.text[ss:m.start]) \
                        or _RELATIVE_AGENT.search(self.text[max(ss, m.start - 80):m.start]) \
                        or _DESCRIPTION_BEFORE.search(self.text[max(ss, m.start - 80):m.start]) \
                        or _background_agent(self.text[max(ss, m.start - 80):m.start]) \
                        or _statement_owner(self.text[max(ss, m.start - 30):m.start]):
                    continue
                out.append(m)
                break
        return out

    def role_subject(self, ss: int, se: int) -> Optional[Mention]:
        """'Wakil Bupati mengucapkan terima kasih ...': a sentence opened by a bare role that a person named
        in the article holds has that person as its subject ('Menurutnya' after it is theirs)."""
        start = ss + _ROLE_SUBJECT_LEAD.match(self.text, ss, se).end() - ss
        role = self.role_at(start, se)
        if role is None or self.people.mentions_in(role[0], role[1]) or self.inside_quote(start):
            return None
        after = self.text[role[1]:se]
        if not re.match(r"\s+(?:juga\s+|pun\s+|kemudian\s+|lalu\s+)?[a-z]", after):
            return None   # 'Bupati Sigi Darman ...', 'Bupati, Darman, ...': the name follows; the mention rule reads it
        phrase = self.text[role[0]:role[1]]
        who = self.resolve(_Ref("role", phrase, start), [])
        return Mention(role[0], role[1], who) if who in self.people.titles else None

    def _nicknames(self) -> dict[str, _Ref]:
        """'Ridwan Kamil yang akrab disapa Emil', 'Gubernur yang akrab disapa Aher', 'pria yang
        biasa dipanggil Didi ini': the nickname -> who carries it (a name, a role or an anaphor)."""
        out: dict[str, _Ref] = {}
        for m in _nickname_matches(self.text):
            nick = _drop_address(m.group("nick"))
            before = self.text[max(0, m.start() - 80):m.start()]
            ment = [x for x in self.people.mentions_in(max(0, m.start() - 80), m.start())
                    if not self.text[x.end:m.start()].strip(" ,")]
            if ment:
                out[nick] = _Ref("name", ment[-1].name, m.start())
                continue
            run = re.search(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*,?\s*$", before)
            role = self.role_at(m.start() - len(run.group(0)), m.start()) if run else None
            out[nick] = _Ref("role", self.text[role[0]:role[1]], m.start()) if role else \
                _Ref("anaphor", "", m.start())
        return out


# a lead's dateline before its first clause ('BIMA - ', 'Jayapura (ANTARA) - ', 'KENDARI, SULTRAKINI.COM – ')
_DATELINE = re.compile(r"[A-Z][\w.]*(?:[ ,]+[\w.]+){0,3}(?:\s*\([^)\n]{1,40}\))?\s*[-–—]{1,2}\s+")

# ', dr. H. Ahmad Yani, M.Kes' after a role: honorifics, the name, its degrees
_NAME_AFTER_ROLE = re.compile(r"\s*,\s*(?P<hon>(?:[A-Za-z]{1,5}\.\s*)*)(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
                              r"(?P<deg>(?:\s*,\s*(?:[A-Z][a-zA-Z]{0,3}\.)+[A-Za-z]{0,4}\.?)*)(?=\s+[a-z]|\s*[,.]|$)")

# the rest of a long title between its head and the holder's name: capitalised fields joined by commas and
# 'dan', an acronym in brackets ('Kepala Dinas Perumahan, Kawasan Permukiman dan Pertanahan (DPKPP) Kabupaten X')
_TITLE_FIELDS = re.compile(r"(?:[\s,]+|(?<![\w-])(?:dan|serta)(?![\w-])|[A-Z][\w.’'-]*|\([\w\s-]+\))*")

# 'politisi itu', 'pelatih asal Brasil itu dalam konferensi pers usai laga', 'politikus PKS tersebut menambahkan': a
# lower-case description that points back, with how or where it was said, or a second speech verb, after it
_DESCRIBED_SPEAKER = re.compile(r"(?P<d>\s*[a-z]\w*(?:\s+\w+){0,10}\s+(?:itu|ini|tersebut))"
                                r"(?:\s*,?\s+(?:dalam|melalui|lewat|via|saat|ketika|usai|seusai|selepas|sesudah|"
                                r"setelah|sambil|sembari|seraya|kepada|di|pada)\b.*|\s+(?P<verb>(?:me|ber)[a-z]{3,}))?"
                                r"[\s.,]*$", re.DOTALL)

# a news outlet named after its kind, in lower case ('lapor kantor berita Xinhua', 'tulis harian Kompas')
_OUTLET_SPEAKER = re.compile(r"\s*(?P<o>(?:kantor\s+berita|surat\s+kabar|harian|majalah|stasiun\s+(?:televisi|TV|"
                             r"radio)|situs(?:\s+berita)?|portal\s+berita|media)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})")

# 'pedagang bernama Siti Aminah itu': a description that gives the name
_NAMED_DESCRIPTION = re.compile(r"\s*(?:[a-z][\w-]*\s+){1,3}bernama\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})")

# a connective before a sentence's subject ('Sementara itu, Wakil Bupati ...')
_ROLE_SUBJECT_LEAD = re.compile(r"\s*(?:(?:Sementara\s+itu|Selain\s+itu|Di\s+sisi\s+lain|Sedangkan|Adapun)\s*,?\s*)?")

# how or when a subject spoke, between it and the speech verb ('X dalam keterangan tertulis', 'X saat
# dikonfirmasi', 'X melalui juru bicaranya'): not part of the subject phrase
_ADVERBIAL_TAIL = re.compile(r"\s+(?:dalam|melalui|lewat|via|saat|ketika|usai|seusai|selepas|sesudah|setelah)\s.*$",
                             re.IGNORECASE | re.DOTALL)

# a noun that a predicate follows is the subject of a reported clause ('menyatakan data tersebut akan
# ditampilkan'), not the object of the verb ('menyampaikan data kepada ...'), also a few words later
# ('menyatakan data dari sensor dapat dipakai'); an adjective keeps it an object ('rasa bangga bisa ...')
_CLAUSE_AFTER_NOUN = re.compile(r"(?:\s+(?:itu|ini|tersebut))?(?:\s+(?:dari|di|dalam)\s+[\w-]+(?:\s+[\w-]+)?|"
                                r"(?:\s+(?!(?:yang|agar|supaya|untuk|kepada|bagi|atas|dan|serta)\b)[\w-]+){1,2})?"
                                r"\s+(?:akan|sudah|telah|masih|sedang|belum|harus|bisa|dapat|perlu|tidak|tak|segera|"
                                r"mulai|menjadi|merupakan|adalah)\b")

# a predicate a few words after the noun, no relative clause between ('sosialisasi kepada 740 pedagang belum
# cukup', 'persoalan ini bukan semata ...'): the noun opens the clause that a verb of judging reports
_LATE_PREDICATE = re.compile(r"(?:\s+(?!yang\b)[\w-]+){0,5}\s+(?:akan|sudah|telah|masih|sedang|belum|harus|bisa|"
                             r"dapat|perlu|tidak|tak|bukan|menjadi|merupakan|adalah|ada|cukup|kurang|terlalu|sangat)\b")

# a purpose clause open before a verb ('... agar pemerintah memastikan ...', 'Ia meminta Herman memastikan ...'):
# the verb is what is urged
_PURPOSE_BEFORE = re.compile(r"\b(?:agar|supaya)\b[^,]*$|\b(?:meminta|mengajak|mengimbau|mendorong|menginstruksikan|"
                             r"memerintahkan|menugaskan|menyuruh)\s+(?!maaf\b)[^,]{0,60}$", re.IGNORECASE)

# a time set off by commas between a subject and its verb ('X, Senin (5/2), mengatakan', 'X, kemarin, ...')
_TIME_SEGMENT = re.compile(r"(?:(?:pada\s+)?(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)"
                           r"(?:\s*\([^)]*\))?(?:\s+(?:pagi|siang|sore|malam))?|kemarin|semalam|tadi(?:\s+\w+)?|"
                           r"hari\s+ini|(?:pagi|siang|sore|malam)\s+ini)", re.IGNORECASE)

# a regnal number ends a sentence, not an initial: '... Sri Sultan Hamengku Buwono X. Bertempat di ...'
_REGNAL_NAMES = ("Buwono", "Bawono", "Alam", "Pakubuwono", "Mangkunegara")
_REGNAL_END = re.compile(rf"\b(?:{'|'.join(_REGNAL_NAMES)})\s+[IVX]+\.$")
_REGNAL_STOP = re.compile(rf"\b(?:{'|'.join(_REGNAL_NAMES)})\s+[IVX]+\.\s+(?=[A-Z])")

# nouns of courtesy and feeling: what follows them is their complement, never a clause ('rasa bangga bisa ...')
# 'menyebut lonjakan kasus ini sebagai KLB' names a thing, it reports no clause: a short object with no
# verb of its own (no lower-case me-/ber-/di-/ter- word) before 'sebagai'
_NAMING_CUES = frozenset({"menyebut", "menyebutkan", "sebut", "sebutkan", "menyebutnya"})
_NAMING_OBJECT = re.compile(r"[\s,]*(?!bahwa\b)(?:(?!(?:me|ber|di|ter)[a-z]{4,}\b)[\w’'()-]+\s+){1,6}sebagai\b")
_COURTESY_NOUNS = frozenset({"rasa", "terima", "terimakasih", "ucapan", "apresiasi", "selamat", "salam", "duka",
                             "belasungkawa", "bela", "permohonan", "maaf", "syukur", "penghargaan"})

# the agent of a passive relative clause ("Program yang digagas Bupati X itu ...") is not the subject
# ('Majelis hakim yang diketuai X menyatakan ...': the chair speaks for the body, so not 'diketuai')
_RELATIVE_AGENT = re.compile(r"\byang\s+(?:(?:telah|sudah|pernah|baru|juga)\s+)?(?!diketuai\b)di[a-z]{3,}\s+"
                             r"(?:oleh\s+)?"
                             r"(?:[^\s,]+\s+){0,6}$")


def _capitalised(part: str) -> bool:
    """Every word of ``part`` is capitalised ('KOMPAS.TV - Badan Meteorologi')."""
    ws = [w for w in _WORD_RE.findall(part) if any(c.isalpha() for c in w)]
    return bool(ws) and all(w[:1].isupper() for w in ws)


def _in_order(want: list[str], have: list[str]) -> bool:
    """Every word of ``want`` appears in ``have``, in the same order."""
    it = iter(have)
    return all(w in it for w in want)


# the agent of a passive, also after its title set off by a comma ('diperkenalkan oleh tenaga ahli
# Kitakyushu, Koji Takakura'): not the subject
_PASSIVE_AGENT = re.compile(r"\boleh\s+(?!karena\b|sebab\b)(?:[^\s,]+\s+){0,6}(?:[^\s,]+,\s+)?$", re.IGNORECASE)

# a name inside a description of someone else ('Kepala Dinas yang juga mantan Camat X itu') is no subject
_DESCRIPTION_BEFORE = re.compile(r"\byang\s+(?:juga\s+)?(?:mantan|merupakan|menjabat|adalah|sebagai)\b[^,.]*$")

# a relative clause closed by a demonstrative after a role: it describes the role's holder
_DESCRIBED_ROLE = re.compile(r"\s+yang\s+[^,.]*\b(?:itu|ini|tersebut)\s*$")


def _background_agent(before: str) -> bool:
    """The agent of a passive ('diperkenalkan oleh tenaga ahli X pada 2004') is no subject that a later
    'ia' points to, unless the verb makes them the event's actor ('Acara dibuka secara resmi oleh Wali Kota
    X. Dalam sambutannya, ia ...')."""
    m = _PASSIVE_AGENT.search(before)
    if not m:
        return False
    verb = re.search(r"(\w+)\s+(?:secara\s+)?(?:(?:resmi|langsung|simbolis)\s+)?$", before[:m.start()])
    return not (verb and verb.group(1).lower() in words("quote_actor_passives"))


def _statement_owner(before: str) -> bool:
    """'Pernyataan Ferry diamini oleh X': the one whose statement it is is no subject of the sentence."""
    return bool(_statement_noun_before().search(before))


@lru_cache(maxsize=None)
def _statement_noun_before() -> re.Pattern:
    return re.compile(rf"\b(?i:{_statement_nouns()})\s+$")


def _not_subject(before: str) -> bool:
    """A person after these words in the sentence is a companion, an attendee or the agent of a
    relative clause, not who speaks."""
    return bool(_COMPANION.search(before) or _ATTENDANCE.search(before) or _RELATIVE_AGENT.search(before)
                or _DESCRIPTION_BEFORE.search(before) or _PASSIVE_AGENT.search(before))


# 'Seorang pegawai di dinas itu yang enggan disebutkan namanya mengatakan': the unnamed source is the speaker
# two speakers of one statement ('Zay dan Zayion menjelaskan'), the second named by the models and the first
# not: the first named speaks for both (the guideline's joint speakers)
_JOINT_FIRST = re.compile(r"(?:^|(?<=[,.]\s)|(?<=^\s))(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+dan\s+$")

# ', yang berada di Berlin untuk perayaan itu,' between a subject and its verb
_SET_OFF_RELATIVE = re.compile(r",\s*yang\s[^,]*,\s*$")

# 'then', between a subject and its verb
_THEN_TAIL = re.compile(r"\s+(?:saat|ketika|kala|waktu)\s+itu\s*$", re.IGNORECASE)

_ANONYMOUS = re.compile(r"(?:^|[,.]\s*|\s[-–—]\s*)(?:(?:[Ss]alah\s+)?[Ss]eorang\s+|[Ss]alah\s+satu\s+)?"
                        r"(?P<who>[A-Za-z][\w-]*(?:\s+[\w-]+){0,5}?)\s*,?\s+yang\s+(?:enggan|tak|tidak|menolak|minta|"
                        r"meminta|ogah)\s+(?:(?:mau|ingin|bersedia)\s+)?(?:namanya\s+)?(?:di)?(?:sebut|tulis|"
                        r"publikasi|ungkap)(?:kan)?(?:\s+namanya)?(?:\s+identitasnya)?\s*,?\s*(?:juga\s+|pun\s+)?$")


def _anonymous_source(region: str) -> Optional[str]:
    m = _ANONYMOUS.search(region)
    return m.group("who") if m else None


def _drop_address(name: str) -> str:
    """'Kang Emil' -> 'Emil'; a two-word nickname keeps only its address-free part."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower() in words("quote_address_forms"):
        parts.pop(0)
    return " ".join(parts)


def _marked_name(tail_words: list[str]) -> Optional[str]:
    """The name after an honorific at the end of a subject ('Penanggung Jawab ILP dr Noorliyana')."""
    for k in range(len(tail_words) - 1, -1, -1):
        if is_honorific(tail_words[k]) and k + 1 < len(tail_words):
            rest = tail_words[k + 1:]
            if len(rest) <= 4 and all(w[:1].isupper() for w in rest) and rest[0].lower() not in words("title_heads"):
                return clean_name(" ".join(rest))
            return None
    return None


def _common_speaker(chunk: str, start: int) -> Optional[_Ref]:
    """'pelaku', 'seorang warga', 'para pedagang': up to three lower-case words before a stop word."""
    phrase: list[str] = []
    toks = re.findall(r"[^\s,.;:!?]+|[,.;:!?]", chunk)
    while toks and toks[0] in words("quote_subject_fillers") | {"lagi"}:
        toks.pop(0)   # 'jawab lagi pelaku'
    for w in toks[:4]:
        if not re.fullmatch(r"[a-z][a-z-]*", w) or w in words("quote_speaker_stops"):
            break
        phrase.append(w)
    if not phrase or len(phrase) > 3 or phrase[0] in words("quote_first_person") | words("quote_anaphora") \
            or phrase[0] in words("quote_document_sources"):
        return None
    # the role's own capitalised words ('militer Israel', 'juru bicara Samsung Indonesia', 'pelatih PSG Laurent
    # Blanc' when the models tag no name), then an appositive name ('bek Madrid, Pepe,')
    rest = toks[len(phrase):]
    caps = list(itertools.takewhile(lambda w: re.fullmatch(r"[A-Z][\w’'.-]*", w) is not None, rest[:4]))
    if caps and len(rest) > len(caps) + 1 and rest[len(caps)] == ",":
        name = list(itertools.takewhile(lambda w: re.fullmatch(r"[A-Z][\w’'-]*", w) is not None,
                                        rest[len(caps) + 1:len(caps) + 5]))
        after = rest[len(caps) + 1 + len(name):][:1]
        # not a day ('petugas Damkar, Jumat'), nor a place described ('pria asal Payakumbuh, Sumatera Barat itu')
        if name and not _TIME_SEGMENT.fullmatch(" ".join(name)) and "asal" not in phrase and \
                name[0].lower() not in words("official_not_name_words") and \
                not (after and after[0] in {"itu", "ini", "tersebut"}):
            return _Ref("name", " ".join(name), start)
    return _Ref("role", " ".join(phrase + caps), start)


def _title_run(gap: str) -> bool:
    """Text between a cue and a name that is only the name's title ('Kepala Dinas Perumahan, Kawasan
    Permukiman dan Pertanahan ', 'oleh Ketua DPRD ', 'dr '), not a clause ('puluhan pelaku saat ditanya ')."""
    lower = [w for w in gap.split() if w[:1].isalpha() and not w[:1].isupper()
             and w.lower() not in words("quote_name_run_words") and not is_honorific(w)]
    # a lower-case title ('kata guru X', 'ujar warga desa X') but no clause words ('saat ditanya')
    return len(lower) <= 3 and not any(w.lower() in words("quote_speaker_stops") for w in lower)


def _title_gap(gap: str) -> bool:
    """Text between two names that makes the first part of the second's title ('Depok ',
    ', Kepala Desa X, ', ' dan Rekonstruksi (RR) BNPB, ') or hands the word to the second
    ('melalui Kasi Intelijen ', ', S.H., M.H., melalui Kasi Intel '). A bare ' dan ' joins two speakers:
    the first one speaks."""
    gap = re.sub(r"^[\s,]*(?:[A-Z][\w.]*[\s,]+)*?melalui\b", "", gap)   # the first one's degrees, then 'melalui'
    toks = re.findall(r"[^\s,()]+", gap)
    caps = [t for t in toks if t[:1].isupper()]
    rest = [t for t in toks if not t[:1].isupper()]
    if rest and not caps:
        return False
    for k, t in enumerate(toks[:-1]):   # 'X dan Wakil Bupati Y': two speakers, not one title
        if t.lower() in {"dan", "serta", "&"} and (toks[k + 1].lower() in words("title_heads") or
                                                  " ".join(toks[k + 1:k + 3]).lower() in words("title_heads")):
            return False
    return all(t.lower() in words("quote_name_run_words") for t in rest)


def _is_abbrev_role(s: str) -> bool:
    m = re.match(r"[A-Z]\w+", s)
    return bool(m) and (m.group(0).lower() in _abbrev_keys() or fused_head(m.group(0)) is not None)


@lru_cache(maxsize=None)
def _abbrev_keys() -> frozenset[str]:
    return frozenset(k for k in mapping("title_abbreviations") if not k.startswith("_"))


def _head_chars(doc: Doc) -> set[int]:
    starts = doc_table(doc).starts
    return {starts[i] for i in title_head_starts(doc)}


def _person_spans(doc: Doc, text: str) -> list[tuple[int, int, str]]:
    """(first character, end, text) of each person the NER found, from the table (no Span per entity)."""
    t = doc_table(doc)
    return [(t.starts[s], t.ends[e - 1], text[t.starts[s]:t.ends[e - 1]])
            for s, e, label in t.ents if label in ("PER", "PERSON")]


def _aliases(doc: Doc, offs: list[Official]) -> dict[str, str]:
    """'Budi Santoso (Busan)' -> {'Busan': 'Budi Santoso'} for every official name in the text."""
    out = {}
    text = doc_text(doc)
    # the bracketed words are found once; each official's name is then looked for before them
    brackets = [(m.start(), m.group("a")) for m in _ALIAS_BRACKET.finditer(text)]
    for o in offs:
        forms = {o.name, o.name.split()[-1]}
        for at, alias in brackets:
            if any(_ends_before(text, at, w) for w in forms):
                out[alias] = o.name
    # 'X yang akrab disapa Cudi': the officials rules fold the nickname into X, so later
    # 'Cudi mengatakan' needs it as an alias to be read as a person at all.
    for m in _nickname_matches(text):
        before = text[max(0, m.start() - 80):m.start()].rstrip(" ,")
        owner = next((o.name for o in offs if before.endswith(o.name)), None)
        if owner:
            out.setdefault(_drop_address(m.group("nick")), owner)
    return out


# the pattern's verb, one of which it needs as written
_NICKNAME_VERBS = ("disapa", "dipanggil", "dikenal", "disebut")


@lru_cache(maxsize=4)
def _nickname_matches(text: str) -> tuple[re.Match, ...]:
    """``_NICKNAME``'s matches in an article's text, once for the aliases and the nicknames; no scan
    where none of its verbs is written."""
    if not any(verb in text for verb in _NICKNAME_VERBS):
        return ()
    return tuple(_NICKNAME.finditer(text))


def _ends_before(text: str, at: int, form: str) -> bool:
    """``form`` ends right before ``at``, give or take white space (``form\\s*`` then ``at``)."""
    k = at
    while True:
        if text.endswith(form, 0, k):
            return True
        if k == 0 or not text[k - 1].isspace():
            return False
        k -= 1


def _chunk_end(text: str, start: int, limit: int) -> int:
    """Where a speaker phrase after a cue stops: a real sentence end, a quote or a line end."""
    for m in re.finditer(r"[.!?](?=\s|$)|[\n“\"]", text[start:limit]):
        if m.group(0) == "." and _ABBREV_END.search(text[max(0, start + m.start() - 6):start + m.end()]) \
                and not _real_stop(text, start + m.start(), start + m.end() + 1):
            continue
        return start + m.start()
    return limit


def _real_stop(text: str, end: int, st: int) -> bool:
    """A stop that a short word before it does not make an abbreviation: a date or score ends the
    sentence ('... sejak 20 Mei. Namun ia ...', '... menang 2-1. Pelatih ...'), and so does any stop
    that a connective, a pronoun or a title's head follows, which never continues a name ('Prof. Namun' is no
    name; '... tutur Rudy. Kepala Dinas ...' opens the next sentence)."""
    before = re.search(r"([\w-]+)\.$", text[max(0, end - 12):end])
    if before and (before.group(1).lower() in words("count_months") or re.fullmatch(r"[\d-]+", before.group(1))):
        return True
    nxt = re.match(r"[“\"]?(\w+)", text[st:st + 20])
    return bool(nxt) and nxt.group(1).lower() in words("official_not_name_words") | words("quote_anaphora") \
        | words("quote_first_person") | words("title_heads")


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Sentence spans, re-joined where the tokenizer split after an abbreviation ("Prof.")
    and cut at line breaks and around the site's lines."""
    text = doc_text(doc)
    if doc.has_annotation("SENT_START"):
        starts = doc_table(doc).sent_chars
    else:
        starts = [0] + [m.end() for m in re.finditer(r"[.!?](?=\s+[A-Z“\"])", text)]
    keep = [0]
    for st in starts[1:]:
        end = st   # the text before the sentence, trailing white space left out
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if text[end - 1:end] == "." and _ABBREV_END.search(text[max(0, end - 8):end]) \
                and not _REGNAL_END.search(text, max(0, end - 30), end) and not _real_stop(text, end, st):
            continue
        keep.append(st)
    keep += [m.end() for m in re.finditer(r"\n+", text)]
    # a site's line run into the report (paragraphs run together) is a sentence of its own
    keep += [x for span in page.of(doc).furniture() for x in span if x < len(text)]
    if any(name in text for name in _REGNAL_NAMES):   # the pattern needs one as written: most texts have none
        keep += [m.end() for m in _REGNAL_STOP.finditer(text)]
    keep = sorted(set(keep))
    spans = []
    for a, b in zip(keep, keep[1:] + [len(text)]):
        a2, b2 = a, b
        while a2 < b2 and text[a2].isspace():
            a2 += 1
        while b2 > a2 and text[b2 - 1].isspace():
            b2 -= 1
        if b2 > a2:
            spans.append((a2, b2))
    return spans


# ---------------------------------------------------------------- direct quotes

@lru_cache(maxsize=1024)
def paragraph_passages(text: str, para_start: int, para_end: int) -> tuple[tuple[int, int, int, int], ...]:
    """``direct_passages`` of a paragraph, once per article: officials and quotes both read every
    paragraph's passages."""
    return tuple(direct_passages(text, para_start, para_end))


def direct_passages(text: str, para_start: int, para_end: int) -> list[tuple[int, int, int, int]]:
    """Outermost quoted passages of a paragraph: (open, content_start, content_end, close_end).

    Straight quotes are opening or closing by what surrounds them; an inner pair
    ("sister province" inside a quote) stays inside its passage; a quote left
    open runs to the paragraph end.
    """
    stack: list[int] = []
    out = []
    doubled: set[int] = set()   # openers typed as two apostrophes ("''Kami siap,'' kata X", Republika's style)
    skip = -1
    for mark in _QUOTE_MARK.finditer(text, para_start, para_end):   # other characters change nothing
        i = mark.start()
        if i <= skip:
            continue
        ch = text[i]
        if text.startswith("''", i) and i + 2 <= para_end:
            skip = i + 1
            if stack and stack[-1] in doubled:
                op = stack.pop()
                if not stack:
                    out.append((op, op + 2, i, i + 2))
            elif _opens_doubled(text, i, para_start, para_end):
                stack.append(i)
                doubled.add(i)
            continue
        if ch == "'":   # straight single quotes pair only with each other; else an apostrophe
            if stack and text[stack[-1]] == "'" and stack[-1] not in doubled and _closes_single(text, i, para_end):
                op = stack.pop()
                if not stack:
                    out.append((op, op + 1, i, i + 1))
            elif _opens_single(text, i, para_start, para_end):
                stack.append(i)
            continue
        if ch in _OPEN and stack and _ends_passage(text, i, para_end):
            ch = "”"     # a typo'd opening mark after the words, before the cue ('..., “ jelas X')
        elif ch in _CLOSE and not stack and _starts_passage(text, i, para_start, para_end):
            ch = "“"     # a closing mark used to open ('”Sekarang kita ...,” ujarnya')
        if ch in _OPEN or ch == "‘" or (ch == '"' and _opens(text, i, para_start, para_end, bool(stack))):
            if ch == "‘" and i > para_start and text[i - 1].isalnum():
                continue
            stack.append(i)
        elif ch in _CLOSE or ch == '"' or (ch == "’" and not _apostrophe(text, i, para_end)):
            if not stack:
                continue
            op = stack.pop()
            if not stack:
                out.append((op, op + 1, i, i + 1))
    if stack:
        op = stack[0]
        out.append((op, op + (2 if op in doubled else 1), para_end, para_end))
    return out


def _opens(text: str, i: int, lo: int, hi: int, inside: bool) -> bool:
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    if prev.isspace() or prev in "([:":
        if nxt.isspace():
            return not inside
        return True
    # glued to the sentence before it: 'diklarifikasi pihak sekolah."Sudah dapat ...'
    return not inside and prev in ".!?" and nxt.isalpha() and nxt.isupper()


def _ends_passage(text: str, i: int, hi: int) -> bool:
    """An opening mark right after a comma or stop and before a space: it closes what is open."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    before = text[:i].rstrip()
    return nxt.isspace() and (prev in ",.!?" or before.endswith((",", ".", "!", "?")))


def _starts_passage(text: str, i: int, lo: int, hi: int) -> bool:
    """A closing mark at a paragraph or sentence start, before a word: it opens a passage."""
    prev = text[i - 1] if i > lo else " "
    nxt = text[i + 1] if i + 1 < hi else " "
    return (i == lo or prev.isspace()) and nxt.isalpha()


def _opens_single(text: str, i: int, lo: int, hi: int) -> bool:
    """'Kami ...: a straight single quote before a word, at a paragraph start or after a space."""
    prev = text[i - 1] if i > lo else " "
    return (prev.isspace() or prev in "([:") and i + 1 < hi and text[i + 1].isalnum()


def _opens_doubled(text: str, i: int, lo: int, hi: int) -> bool:
    """''Kami ...: two apostrophes typed for a double quote, before a word, at a paragraph start or after a space."""
    prev = text[i - 1] if i > lo else " "
    return (prev.isspace() or prev in "([:") and i + 2 < hi and text[i + 2].isalnum()


def _closes_single(text: str, i: int, hi: int) -> bool:
    """... lain,' kata: after the quoted words, before a space, punctuation or the end."""
    nxt = text[i + 1] if i + 1 < hi else " "
    return not text[i - 1].isspace() and (nxt.isspace() or nxt in ",.;:!?)")


def _apostrophe(text: str, i: int, hi: int) -> bool:
    return i > 0 and text[i - 1].isalnum() and i + 1 < hi and text[i + 1].isalnum()


def _clean_quote(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(" ,.;:-–—\"“”'‘’").strip()


def _direct(art: _Article) -> list[_Cand]:
    pats = _cue_patterns()
    out: list[_Cand] = []
    # a passage left open at its paragraph's end and opened again by the next one is one passage
    # (content, ref, cue, rule, opening mark)
    pending: Optional[tuple[list[tuple[int, int]], Optional[_Ref], str, str, int]] = None
    for idx, (ps, pe) in enumerate(art.paragraphs):
        if (ps, pe) in art.inserts:
            continue   # a passage left open before an inserted line goes on after it
        passages = _join_adjacent(art.text, paragraph_passages(art.text, ps, pe))
        orphan = _orphan_close(art, ps, passages[0][0] if passages else pe)
        if orphan is not None and pending is None:
            passages = [orphan, *passages]
        k = 0
        while k < len(passages):
            op, cs, ce, close = passages[k]
            left_open = ce == close == pe
            if left_open and _cue_inside_open_quote(art.text, cs, pe) < pe:
                # '“Kami siap membantu, ujarnya.': the closing mark left out before the cue
                ce = close = _cue_inside_open_quote(art.text, cs, pe)
                left_open = False
            after = pats["after"].match(art.text, close, pe) or _demikian_line(art, close, pe)
            content = [(cs, ce)]
            ref: Optional[_Ref] = None
            cue, rule = "", "quote.direct.cue_after"
            if after:
                cue = after.group(0).strip(" ,.")
                ref = _Ref("anaphor", "nya", after.start("cue")) if after.group("nya") else \
                    art.speaker_after(after.end(), max(pe, _line_end(art.text, after.end())),
                                      common=art.text[cs:ce].rstrip()[-1:] in ",.!?")
                # "“A,” kata X. “B.”": the passage split by its cue is one record
                while k + 1 < len(passages) and _only_attribution(art.text[close:passages[k + 1][0]]):
                    k += 1
                    _, cs2, ce2, close = passages[k]
                    content.append((cs2, ce2))
            else:
                line_start = max((s for s, _ in art.sentences if s <= op), default=ps)
                before = pats["before"].search(art.text, max(ps, line_start), op)
                if before:
                    cue, rule = before.group("cue"), "quote.direct.cue_before"
                    ref = _Ref("anaphor", "nya", before.start()) if before.group("nya") else \
                        art.subject_before(max(ps, line_start), before.start())
                else:
                    # 'Menurut Kepala BPS, Herum, “...”': the cue, then its speaker, then the quote
                    lead = _CUE_SPEAKER_LEAD.fullmatch(art.text, max(ps, line_start), op)
                    if lead:
                        cue, rule = lead.group("cue"), "quote.direct.cue_before"
                        ref = art.speaker_after(lead.end("cue"), lead.end("who"))
                        if ref is not None and ref.kind == "name" and not art.people.canonical(ref.value):
                            ref = None   # 'Kata Kunci: “...”' names nobody
            if ref is None and op == ps:
                ref, cue = _colon_intro(art, ps)   # 'Ia menegaskan:' closing the paragraph before
                rule = "quote.direct.cue_before" if ref else rule
            if ref is None:
                ref, cue = _senada_intro(art, ps, op)   # 'Ani mengungkapkan hal senada. “...”'
                rule = "quote.direct.cue_before" if ref else rule
            if pending is not None and k == 0 and op == ps:
                content = pending[0] + content
                if ref is None:
                    ref, cue, rule = pending[1], pending[2], pending[3]
                op, pending = pending[4], None
            if ref is None and out and op == ps and _previous_paragraph_quoted(art, ps, out):
                # a quote paragraph right after an attributed one continues that speaker
                ref, cue, rule = out[-1].ref, out[-1].cue, "quote.direct.continued"
            if ref is None and op == ps:
                report = _previous_paragraph_report(art, ps)
                if report is not None:   # 'X menjelaskan, ... .' then a quote with no cue: X goes on speaking
                    ref, cue, rule = report.ref, report.cue, "quote.direct.continued"
            if left_open and k == len(passages) - 1 and _next_paragraph_opens_quote(art, idx):
                pending = (content, ref, cue, rule, op)
                k += 1
                continue
            if ref is None:
                k += 1
                continue
            text = _join_parts(art.text, content)
            if len(text.split()) >= _MIN_WORDS:
                out.append(_Cand(text, "direct", content[0][0], content[-1][1], cue, ref, rule))
                art.quoted.append((op, close))
            k += 1
    return out


# a closing mark after the words and before a cue ('..., sudah jadi," kata X.'), no mark before it
_ORPHAN_CLOSE = re.compile(r"(?<=[,.!?])[\"”](?=\s+[a-z])")


def _orphan_close(art: _Article, ps: int, first_mark: int) -> Optional[tuple[int, int, int, int]]:
    """A quotation whose opening mark came sentences earlier (or was left out): '..., sudah jadi,"
    kata X.' with no mark before it in its paragraph. Its passage starts at the mark's sentence, and it
    counts only when the cue after it names the speaker (as any passage: ``_direct`` asks for that)."""
    m = _ORPHAN_CLOSE.search(art.text, ps, first_mark)
    if m is None or _QUOTE_MARK.search(art.text, ps, m.start()):
        return None
    k = bisect_right(art.sentence_starts, m.start())
    start = max(ps, art.sentence_starts[k - 1]) if k else ps
    if start > m.start() or not _cue_patterns()["after"].match(art.text, m.end()):
        return None
    return (start, start, m.start(), m.end())


# 'Wali Kota Samarinda: “Pasar Pagi Harus Selesai”': a line that is a speaker, a colon and a quotation
# (or single marks: 'Pelatih: ‘Hasil Latihan Keras’')
_TITLED_QUOTE = re.compile(r"(?P<who>[A-Z][^:“”\"\n]{1,80}?)\s*:\s*(?P<open>[“\"‘'])(?P<q>[^“”\"\n]+)(?P<close>[”\"’'])"
                           r"[\s.!?]*")


def _titled_lines(art: _Article) -> list[_Cand]:
    """Headline-style lines 'Speaker: “...”'. The speaker is a role or a person of the article (the
    last part after a comma: 'Soal Banjir, Bupati Demak: “...”'), never a label such as 'Foto'."""
    out = []
    for ps, pe in art.paragraphs:
        m = _TITLED_QUOTE.fullmatch(art.text, ps, pe)
        if not m or (ps, pe) in art.link_lines or art.inside_quote(m.start("q")) \
                or (m.group("open") in "‘'") != (m.group("close") in "’'"):
            continue
        who = ps + m.group("who").rfind(",") + 1
        phrase = art.text[who:m.end("who")].split()
        if len(phrase) > 6 or any(w[:1].islower() for w in phrase):
            continue   # 'Pj Wali Kota dan DPRD Beda Pendapat soal Relokasi: ...': a headline's clause, no speaker
        ref = art.speaker_after(who, m.end("who"))
        if ref is not None and ref.kind == "name" and not art.people.canonical(ref.value) \
                and ref.value.split()[0].lower() in words("title_org_words"):
            ref = _Ref("role", ref.value, ref.pos)   # 'Kementerian PU: “...”': an institution speaks
        if ref is None or ref.kind == "anaphor" or ref.kind == "name" and not art.people.canonical(ref.value):
            continue
        text = _clean_quote(m.group("q"))
        if len(text.split()) >= _MIN_WORDS:
            out.append(_Cand(text, "direct", m.start("q"), m.end("q"), ":", ref, "quote.direct.titled_line"))
            art.quoted.append((m.start("q") - 1, m.end("q") + 1))
    return out


_CUE_SPEAKER_LEAD = re.compile(r"\s*(?P<cue>Menurut|Kata|Ujar|Tutur|Ucap|Tegas|Jelas)\s+(?P<who>[^,:“\"\n]{2,60}?"
                               r"(?:,\s*[^,:“\"\n]{2,60}?)?)\s*[,:]\s*")


def _cue_inside_open_quote(text: str, cs: int, pe: int) -> int:
    """Where a quote left open ends: before its last ', ujarnya' / ', kata X' near the paragraph end."""
    comma = text.rfind(",", cs, pe)
    while comma > cs and pe - comma <= 100:
        one_sentence = not re.search(r"[.!?]\s+\S", text[comma:pe].rstrip(" ."))
        if one_sentence and _cue_patterns()["after"].match(text, comma, pe):
            return comma
        comma = text.rfind(",", cs, comma)
    return pe


def _next_paragraph_opens_quote(art: _Article, idx: int) -> bool:
    after = [p for p in art.paragraphs[idx + 1:] if p not in art.inserts][:1]
    if not after:
        return False
    qs, qe = after[0]
    first = paragraph_passages(art.text, qs, qe)[:1]
    return bool(first) and first[0][0] == qs


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _demikian_line(art: _Article, close: int, pe: int) -> Optional[re.Match]:
    """A quote that closes its paragraph, then a line 'Demikian dikatakan X ...' (or 'ujar X.') naming who said it."""
    if art.text[close:pe].strip():
        return None
    nxt = next(((a, b) for a, b in art.paragraphs if a > pe), None)
    if nxt is None:
        return None
    # '“Kami minta semua OPD siaga,”' then a line 'ujar Arif.': the attribution broken off in lower case
    broken = close >= 2 and art.text[close - 2] == "," and art.text[nxt[0]:nxt[0] + 1].islower()
    if not broken and not re.match(rf"(?:Demikian|Begitu|(?:{_statement_nouns()})\s+(?:itu|ini|tersebut))\b",
                                   art.text[nxt[0]:nxt[1]], re.IGNORECASE):
        return None
    return _cue_patterns()["after"].match(art.text, nxt[0], nxt[1])


def _senada_intro(art: _Article, ps: int, op: int) -> tuple[Optional[_Ref], str]:
    """A quote right after a sentence that says someone spoke to the same effect without a clause:
    'Ani mengungkapkan hal senada. “...”', 'Hal serupa disampaikan Ani. “...”' (same or previous line)."""
    sent = next(((a, b) for a, b in reversed(art.sentences) if b <= op and a >= max(0, ps - 400)), None)
    if sent is None or art.text[sent[1]:op].strip() or art.inside_quote(sent[0]):
        return None, ""
    line = art.text[sent[0]:sent[1]]
    m = _SENADA_PASSIVE.match(line)
    if m:
        ref = art.speaker_after(sent[0] + m.end(), sent[1], common=True)
        return (ref, m.group("cue")) if ref is not None and ref.kind != "anaphor" else (None, "")
    m = _SENADA_ACTIVE.search(line)
    if m and _cue_patterns()["verb"].fullmatch(line, m.start("cue"), m.end("cue")):
        return art.subject_before(sent[0], sent[0] + m.start("cue")), m.group("cue")
    return None, ""


_SENADA = r"(?:hal|pendapat|pernyataan|keterangan)\s+(?:senada|serupa|yang\s+sama)"
_SENADA_PASSIVE = re.compile(rf"(?i:{_SENADA})\s+(?:(?:juga|pun|pula)\s+)?(?P<cue>di\w+)\s+(?:oleh\s+)?")
_SENADA_ACTIVE = re.compile(rf"(?P<cue>\w+)\s+(?i:{_SENADA})\b[^.]*[.:]?\s*$")


def _colon_intro(art: _Article, ps: int) -> tuple[Optional[_Ref], str]:
    """A quote paragraph introduced by the paragraph before ending in a cue and a colon."""
    prev = [p for p in art.paragraphs if p[1] < ps]
    if not prev or not art.text[prev[-1][0]:prev[-1][1]].rstrip().endswith(":"):
        return None, ""
    pps, ppe = prev[-1]
    line_start = max((s for s, _ in art.sentences if s <= ppe and s >= pps), default=pps)
    before = _cue_patterns()["before"].search(art.text, line_start, ppe)
    if not before:
        return None, ""
    ref = _Ref("anaphor", "nya", before.start()) if before.group("nya") else \
        art.subject_before(line_start, before.start())
    return ref, before.group("cue")


def _join_parts(text: str, parts: list[tuple[int, int]]) -> str:
    """Pieces of one passage split by its cue, joined as they read: '“A,” kata X. “B.”' -> 'A, B'."""
    pieces = []
    for k, (a, b) in enumerate(parts):
        piece = _clean_quote(text[a:b])
        if k + 1 < len(parts) and text[a:b].rstrip().endswith(","):
            piece += ","
        pieces.append(piece)
    return " ".join(pieces)


def _join_adjacent(text: str, passages) -> list[tuple[int, int, int, int]]:
    """'“A.” “B,” kata X': passages with only spaces between them are one passage."""
    out: list[tuple[int, int, int, int]] = []
    for p in passages:
        if out and not text[out[-1][3]:p[0]].strip():
            out[-1] = (out[-1][0], out[-1][1], p[2], p[3])
        else:
            out.append(p)
    return out


def _previous_paragraph_quoted(art: _Article, ps: int, done: list[_Cand]) -> bool:
    prev = art.prose_before(ps)
    return prev is not None and prev[0] <= done[-1].start < prev[1] and done[-1].kind == "direct"


def _previous_paragraph_report(art: _Article, ps: int) -> Optional[_Cand]:
    """The reported speech that closes the paragraph before ``ps`` when that paragraph holds no
    quotation ('Kepala Kantor SAR, X, menjelaskan pencarian terkendala ...'): a person's, not a role's."""
    prev = art.prose_before(ps)
    if prev is None or _QUOTE_MARK.search(art.text, *prev):
        return None
    k = bisect_left(art.sentence_starts, prev[1])   # the last sentence starting inside that paragraph
    if not k or art.sentences[k - 1][0] < prev[0]:
        return None
    ss, se = art.sentences[k - 1]
    cand = _menurut(art, ss, se) or _short_cue(art, ss, se) or _verb_cue(art, ss, se)
    return cand if cand is not None and cand.ref.kind in {"name", "anaphor"} else None


def _only_attribution(gap: str) -> bool:
    """The text between two passages is just a cue and its speaker ('," kata Hasan. "')."""
    return len(gap) <= 100 and bool(_cue_patterns()["after"].match(gap)) and "\n" not in gap \
        and gap.rstrip().endswith((",", ".", ":"))


# ---------------------------------------------------------------- indirect quotes

def _indirect(art: _Article) -> list[_Cand]:
    out: list[_Cand] = []
    prev: Optional[tuple[int, int]] = None
    for ss, se in art.sentences:
        if art.in_link_line(ss):
            continue
        if any(a < se and ss < b for a, b in art.quoted):
            cand = _reported_inside_quote(art, ss, se) or _before_quote(art, ss, se)
            if cand is not None and len(cand.text.split()) >= _MIN_WORDS:
                out.append(cand)
            prev = (ss, se)
            continue
        cand = (_hal_itu(art, ss, se, prev, out) or _verb_hal(art, ss, se, prev, out) or _hal_inline(art, ss, se)
                or _menurut(art, ss, se) or _passive(art, ss, se) or _passive_inline(art, ss, se)
                or _short_cue(art, ss, se) or _verb_cue(art, ss, se) or _bare_cue(art, ss, se))
        if cand is not None and len(cand.text.split()) >= _MIN_WORDS:
            out.append(cand)
        prev = (ss, se)
    return out


def _reported_inside_quote(art: _Article, ss: int, se: int) -> Optional[_Cand]:
    """'“... Bahkan Wagub Yunnan mengatakan kalau ... .”': speech the quoted speaker reports
    from a third party, named by name or role (never 'kami' or a pronoun)."""
    box = next(((a, b) for a, b in art.quoted if a <= ss and se <= b + 1), None)
    if box is None:
        return None
    inner_start = ss + 1 if art.text[ss] in _OPEN + '"' else ss
    cand = _verb_cue(art, inner_start, min(se, box[1] - 1))
    if cand is None or cand.ref.kind == "anaphor" or art.text[inner_start:cand.start].strip()[:1].islower():
        return None
    cand.rule = "quote.indirect.inside_quote"
    return cand


def _before_quote(art: _Article, ss: int, se: int) -> Optional[_Cand]:
    """'X mengatakan, ... . “...,” ujarnya.' in one sentence: the report before the quote."""
    first = min((a for a, b in art.quoted if a < se and ss < b), default=ss)
    if first <= ss:
        return None
    end = first
    while end > ss and art.text[end - 1].isspace():
        end -= 1
    if art.text[ss:end].rstrip()[-1:] not in ".!?":
        return None   # 'X mengatakan, “...”' introduces the quote itself
    return _short_cue(art, ss, end) or _verb_cue(art, ss, end)


def _clause(art: _Article, start: int, end: int) -> tuple[str, int, int]:
    """The reported clause: leading comma/colon/'bahwa' and the final stop removed."""
    m = re.match(r"[\s,:]*(?:bahwa\b[\s,]*)?", art.text[start:end])
    s = start + m.end()
    dateline = _DATELINE.match(art.text, s, end)   # the lead's 'BIMA - ', 'Liputan6.com, Jakarta - ', '(ANTARA) - '
    if dateline and re.search(r"\b[A-Z]{3,}\b|\w\.(?:com|co|id|net)\b|\(", dateline.group(0)):
        s = dateline.end()
    e = end
    while e > s and art.text[e - 1] in " .,;:":
        e -= 1
    return art.text[s:e], s, e


def _hal_itu(art, ss, se, prev, done) -> Optional[_Cand]:
    """'Hal itu disampaikan X ...': the sentence before is X's statement."""
    m = _cue_patterns()["hal_itu"].match(art.text, ss, se)
    if not m or prev is None or any(c.start < prev[1] and prev[0] < c.end for c in done) \
            or any(a < prev[1] and prev[0] < b for a, b in art.quoted):
        return None       # a quote before it is a direct record already ('“...” Demikian dikatakan X.')
    ref = art.speaker_after(m.end(), se, common=True)
    if ref is None or ref.kind == "anaphor":
        return None
    text, a, b = _clause(art, *prev)
    return _Cand(text, "indirect", a, b, m.group("cue"), ref, "quote.indirect.hal_itu")


def _verb_hal(art, ss, se, prev, done) -> Optional[_Cand]:
    """'X menegaskan hal tersebut saat ...': the sentence before is X's statement."""
    # the pattern needs 'hal' as written: most sentences have none, and then no regex runs
    m = _cue_patterns()["verb_hal"].search(art.text, ss, se) if art.text.find("hal", ss, se) >= 0 else None
    if not m or prev is None or any(c.start < prev[1] and prev[0] < c.end for c in done) \
            or art.inside_quote(prev[0]):
        return None
    ref = art.subject_before(ss, m.start())
    if ref is None:
        return None
    text, a, b = _clause(art, *prev)
    return _Cand(text, "indirect", a, b, m.group("cue"), ref, "quote.indirect.verb_hal")


def _hal_inline(art, ss, se) -> Optional[_Cand]:
    """'..., hal tersebut diungkapkan X karena ...', '..., sebagaimana disampaikan X.': the clause before the comma."""
    # the pattern needs 'hal' as written: most sentences have none, and then no regex runs
    m = _cue_patterns()["hal_inline"].search(art.text, ss, se) \
        if any(art.text.find(w, ss, se) >= 0 for w in ("hal", "sebagaimana", "seperti")) else None
    if not m:
        return None
    ref = art.speaker_after(m.end(), se)
    if ref is None or ref.kind == "anaphor":
        return None
    text, a, b = _clause(art, ss, m.start())
    return _Cand(text, "indirect", a, b, m.group("cue"), ref, "quote.indirect.hal_itu")


def _menurut(art, ss, se) -> Optional[_Cand]:
    m = _cue_patterns()["menurut"].match(art.text, ss, se)
    if not m:
        return None
    if m.group("nya"):
        again = re.match(r"\s+(?:lagi|pula|juga)\b", art.text[m.end():se])   # 'Menurutnya lagi, ...'
        ref, clause_from = _Ref("anaphor", "nya", m.start("cue")), m.end() + (again.end() if again else 0)
    else:
        rest = art.text[m.end():se]
        comma = rest.find(",")
        pron = re.match(r"\s+(?P<p>\w+)", rest)
        if pron and pron.group("p").lower() in words("quote_document_sources"):
            return None   # 'Menurut laporan itu, ...', 'menurut data BPS': a document, nobody speaking
        if pron and pron.group("p").lower() in words("quote_anaphora"):
            ref, clause_from = _Ref("anaphor", pron.group("p"), m.start("cue")), m.end() + pron.end()
        elif 0 <= comma <= 80:
            ref, clause_from = art.speaker_after(m.end(), m.end() + comma), m.end() + comma
            named = art.name_after_role(clause_from, se)
            if named and art.text[named[1]:named[1] + 1] == ",":
                # 'Menurut Kepala Dinas X, Hasbullah, jumlah ...': the holder's name is no part of the clause
                ref, clause_from = _Ref("name", named[0], m.start("cue")), named[1]
        else:
            # 'Menurut Bupati Sigi Mohamad Irwan program ini ...': the name ends the speaker phrase
            ment = [x for x in art.people.mentions_in(m.end(), min(se, m.end() + 120))
                    if _title_run(art.text[m.end():x.start])]
            if not ment:
                return None
            ref, clause_from = _Ref("name", art.own_name(ment[0]), m.start("cue")), ment[0].end
        if ref is None:
            return None
    text, a, b = _clause(art, clause_from, se)
    return _Cand(text, "indirect", a, b, m.group(0).split(",")[-1].strip(), ref, "quote.indirect.menurut")


# a connective before a sentence-initial passive cue
_CONNECTIVE_LEAD = re.compile(r"(?:Lebih\s+lanjut|Selanjutnya|Kemudian|Selain\s+itu|Sementara\s+itu|Di\s+sisi\s+lain"
                              r"|(?:Seperti|Sebagaimana)(?:\s+yang)?)\s*,?\s+(?=di)")


def _passive(art, ss, se) -> Optional[_Cand]:
    """'Dijelaskan Yohanes, dinas terkait ...' / 'Dijelaskan, ...'."""
    lead = _CONNECTIVE_LEAD.match(art.text, ss, se)   # 'Lebih lanjut dikatakan, ...'
    m = _cue_patterns()["passive"].match(art.text, lead.end() if lead else ss, se)
    if not m:
        return None
    rest = art.text[m.end():se]
    comma = rest.find(",")
    # 'Disampaikan pula oleh Bupati bahwa ...': the clause opened by 'bahwa', no comma
    bahwa = re.search(r"\s+bahwa\s+", rest[:120])
    if bahwa and (comma < 0 or bahwa.start() < comma):
        comma = bahwa.start()
    elif comma < 0 or comma > 80:
        return None
    spk = m.end() + (re.match(r"(?:\s+(?:pula|juga|pun))?", rest).end())
    ref = art.speaker_after(spk, m.end() + comma) if comma > 0 else None
    ref = ref or _Ref("anaphor", "", m.start())
    clause_from = m.end() + comma
    named = art.name_after_role(clause_from, se) if comma > 0 else None
    if named and art.text[named[1]:named[1] + 1] == ",":
        # 'Sebagaimana dikatakan Kepala Bidang X, Rina, ...': the holder's name is no part of the clause
        ref, clause_from = _Ref("name", named[0], m.start("cue")), named[1]
    text, a, b = _clause(art, clause_from, se)
    return _Cand(text, "indirect", a, b, m.group("cue"), ref, "quote.indirect.passive")


def _passive_inline(art, ss, se) -> Optional[_Cand]:
    """'Program itu disebutkan Tony akan dimulai semester depan': the sentence minus the cue and
    the person named right after it."""
    for m in _cue_patterns()["passive_inline"].finditer(art.text, ss, se):
        ment = art.people.mentions_in(m.end(), se)
        if ment and ment[0].start == m.end():
            ref, said_end = _Ref("name", art.own_name(ment[0]), m.start("cue")), ment[0].end
        else:
            # '..., dijelaskan Kepala Negara, ...': a role set off by commas
            role = art.role_at(m.end(), se) if art.text[ss:m.start()].endswith(",") else None
            if role is None or art.text[role[1]:role[1] + 1] != ",":
                continue
            ref, said_end = _Ref("role", art.text[role[0]:role[1]], m.start("cue")), role[1]
        before_text, bs, _ = _clause(art, ss, m.start())
        after_text, _, ae = _clause(art, said_end, se)
        if len(before_text.split()) < 2 or len(after_text.split()) < 3 or art.inside_quote(m.start()):
            continue
        if re.fullmatch(rf"(?:Hal|(?:{_statement_nouns()}))\s+(?:itu|ini|tersebut)(?:\s+(?:juga|pun|pula))?",
                        before_text, re.IGNORECASE):
            return None   # 'Hal itu dikatakan X usai rapat': points back at a statement, reports none of its own
        return _Cand(f"{before_text} {after_text}", "indirect", bs, ae, m.group("cue"), ref,
                     "quote.indirect.passive_inline")
    return None


def _first_word(text: str, start: int, end: int) -> str:
    m = _WORD_RUN.search(text, start, end)
    return m.group(0).lower() if m else ""


def _short_cue(art, ss, se) -> Optional[_Cand]:
    """'..., kata X, ...' / '..., ujarnya.' / '... ungkap dia, ...': the sentence minus the cue."""
    if not art.may_hold_cue(ss, se, "short"):
        return None
    for m in _cue_patterns()["short"].finditer(art.text, ss, se):
        if m.group("cue").lower() == "menurut" and m.start() == ss:
            continue
        if m.group("cue").lower() == "menurut" and \
                _first_word(art.text, m.end(), se) in words("quote_document_sources"):
            continue   # '..., menurut laporan penelitian.', 'menurut kesimpulan mereka': a document
        prev_word = re.search(r"(\w+)\s+$", art.text[max(ss, m.start("cue") - 30):m.start("cue")])
        if prev_word and f"{prev_word.group(1).lower()} {m.group('cue').lower()}" in words("quote_cue_compounds"):
            continue   # 'tanggung jawab Dinas', not 'jawab Dinas'
        if m.group("nya"):
            ref, spk_end = _Ref("anaphor", "nya", m.start("cue")), m.end()
        else:
            seg_end = _next_stop(art.text, m.end(), se)
            # after a comma ('..., kata para pejabat kesehatan.') a common noun speaks too, as after a quote;
            # not after 'menurut', which takes documents and findings ('menurut kesimpulan mereka')
            common = bool(m.group("lead").strip()) and m.group("cue").lower() != "menurut"
            ref = art.speaker_after(m.end(), seg_end, common=common)
            spk_end = seg_end
            if ref is None:
                continue
            opening = m.start() == ss and art.text[seg_end:seg_end + 1] == ","   # "Kata Sahib, ..."
            if not m.group("lead").strip() and ref.kind == "name" and not opening \
                    and not art.people.mentions_in(m.end(), seg_end):
                continue   # "kata" inside a clause with a capitalised word after it: not a cue
            if ref.kind == "role":   # '..., ujar Sekretaris Dinas, Sulardi dikonfirmasi Kamis.'
                named = art.name_after_role(seg_end, min(se, seg_end + 80))
                if named and not _TIME_SEGMENT.fullmatch(named[0]):   # '..., kata sejumlah pejabat, Rabu.'
                    ref, seg_end = _Ref("name", named[0], ref.pos), _next_stop(art.text, named[1], se)
                    spk_end = seg_end
        tail_end = spk_end
        if m.group("nya"):   # 'Ujarnya lagi, ...'
            again = re.match(r"\s+(?:lagi|pula|juga)\b", art.text[tail_end:se])
            tail_end += again.end() if again else 0
        # the cue ends the sentence or is set off by a comma
        after = art.text[tail_end:se]
        # 'Hal itu menurutnya akan ...': 'menurutnya' may stand inside the clause without commas
        inline = m.group("cue").lower() == "menurut" and bool(m.group("nya"))
        if after.strip(" .") and not after.lstrip().startswith(",") and not inline:
            continue
        before_text, bs, be = _clause(art, ss, m.start())
        if before_text and before_text.rstrip(" ,")[-1] in _CLOSE + "\"'’" \
                and len(_QUOTE_MARK.sub(" ", before_text).split()) < _MIN_WORDS:
            continue   # '“Kami siap,” kata X': a quotation too short to keep, not a reported clause
        after_text, as_, ae = _clause(art, tail_end, se)
        if _TIME_SEGMENT.fullmatch(after_text.strip()):
            after_text = ""   # '..., kata X, Senin.': when, not what
        sep = " " if inline and not after.lstrip().startswith(",") else ", "
        text = sep.join(t for t in (before_text, after_text) if t)
        if not before_text and not after_text:
            continue
        start = bs if before_text else as_
        end = ae if after_text else be
        return _Cand(text, "indirect", start, end, m.group("cue") + (m.group("nya") or ""), ref,
                     "quote.indirect.short_cue")
    return None


def _next_stop(text: str, start: int, end: int) -> int:
    """The comma or full stop that ends the segment from ``start``; the point of an honorific before a
    name ('kata Prof. Dr. Rahmat, ...') ends nothing."""
    for m in _SEGMENT_STOP.finditer(text, start, end):
        if m.group(0) == "." and is_honorific(_WORD_BEFORE.search(text, start, m.end()).group(0)) \
                and re.match(r"\s+[A-Z]", text[m.end():end]):
            continue
        return m.start()
    return end


_SEGMENT_STOP = re.compile(r",|[.!?](?=\s|$)")
_WORD_BEFORE = re.compile(r"[\w.]*\.$")


# whom a statement was told to, between the verb and what was said: 'mengatakan kepada wartawan bahwa',
# 'menjelaskan kepada Kompas.com, ...', 'mengatakan kepada rekannya sesama anggota dewan: “...'
_WHEN_AFTER_CUE = re.compile(r"\s*,\s*(?P<t>[^,]{2,40}),(?=\s*bahwa\b)")
_ADDRESSEE = re.compile(r"\s+kepada(?:nya\b|\s+[^,:.;“”\"\n]{1,60}?)(?=\s+bahwa\b|\s*[,:])")


def _verb_cue(art, ss, se) -> Optional[_Cand]:
    """'X mengatakan, ...' / 'X menjelaskan bahwa ...' / 'Ia berharap ...'."""
    if not art.may_hold_cue(ss, se, "verb"):
        return None
    pats = _cue_patterns()
    chain_start: Optional[int] = None
    for m in pats["verb"].finditer(art.text, ss, se):
        # "X menutup sambutannya dan mengatakan ...": the last verb of the chain, X's subject before the first
        subject_end = chain_start if chain_start is not None else m.start()
        nxt = pats["verb"].search(art.text, m.end(), min(se, m.end() + 40))
        if nxt and re.search(r"\bdan\b", art.text[m.end():nxt.start()]):
            chain_start = subject_end
            continue
        chain_start = None
        pre = art.text[ss:m.start()].split()
        if not pre or pre[-1].lower() in {"yang", "untuk", "dapat", "bisa", "agar"}:
            continue   # a sentence-initial verb opens an adverbial ('Menanggapi hal itu, X menyatakan ...')
        if _PURPOSE_BEFORE.search(art.text, ss, m.start()):
            continue   # 'mengingatkan agar pemerintah memastikan ...': a verb of the urged clause
        told = _ADDRESSEE.match(art.text, m.end(), se)   # 'menjelaskan kepada wartawan bahwa ...'
        said_from = told.end() if told else m.end()
        when = _WHEN_AFTER_CUE.match(art.text, said_from, se)   # 'mengatakan kepada wartawan, Senin (12/3), bahwa'
        if when and _TIME_SEGMENT.fullmatch(when.group("t").strip()):
            said_from = when.end()
        if _noncue_object(art, said_from, se, m.group("cue")):
            return None
        intro = re.match(r"[\s,:]*(?:bahwa\s*)?", art.text[said_from:se])   # 'menyatakan bahwa “...”' is direct
        if any(op == said_from + intro.end() for op, _ in art.quoted):
            return None   # introduces a direct quote
        ref = art.subject_before(ss, subject_end) or _lone_subject(art, ss, subject_end, said_from, se)
        if ref is None:
            return None
        text, a, b = _clause(art, said_from, se)
        return _Cand(text, "indirect", a, b, m.group("cue"), ref, "quote.indirect.verb_cue")
    return None


# 'Opta menambahkan bahwa ...', 'Warga mengatakan, ...': one capitalised word opening the sentence
_LONE_SUBJECT = re.compile(r"\s*(?P<w>[A-Z][\w’'-]+)(?:\s+(?:juga|pun|pula|sendiri|kemudian|lalu))?\s+$")


def _lone_subject(art, ss: int, cue_start: int, said_from: int, se: int) -> Optional[_Ref]:
    """The subject of a speech verb that is one sentence-initial word the models tag as no one (a surname
    or an outlet they miss, a group noun): taken only when a comma or 'bahwa' shows that a clause is
    reported, since a capitalised opener is often just a common noun ('Warga mengaku senang')."""
    m = _LONE_SUBJECT.fullmatch(art.text, ss, cue_start)
    # 'mengatakan' and 'berkata' report a clause whatever follows them
    said = art.text[cue_start:said_from].split()[:1] in (["mengatakan"], ["berkata"])
    if m is None or not (said or re.match(r"\s*(?:,|bahwa\b)", art.text[said_from:se])):
        return None
    word = m.group("w")
    if word.lower() in words("official_not_name_words") | words("quote_first_person") | words("quote_anaphora") \
            or word.lower() in {"mereka", "ini", "itu", "hal"}:
        return None   # a plural pronoun or a demonstrative is no one to name ('Mereka mengatakan, ...')
    return _Ref("name", word, cue_start)


def _noncue_object(art, end: int, se: int, cue: str = "") -> bool:
    """The verb ending at ``end`` takes a noun, not a clause: "menyampaikan apresiasi", "menyatakan
    komitmennya"; not "menyatakan data itu akan ...". 'mengatakan' takes no thing ('mengatakan bantuan
    beras sudah disalurkan' reports a clause), only 'hal itu'."""
    follow = re.match(r"[\s,:]*(?:bahwa\b[\s,]*)?(?P<w>[\w’'-]+)?", art.text[end:se])
    obj = re.sub(r"nya$", "", (follow.group("w") or "").lower())
    if cue.lower() in _NAMING_CUES and _NAMING_OBJECT.match(art.text, end, se):
        return True
    if follow.group("w") == "diri":
        return True   # 'percaya diri' (confident), 'menyatakan diri mundur': no clause ('dirinya harus ...' is one)
    if cue.lower() in {"mengatakan", "berkata"} and obj in {"itu", "ini"} and \
            re.match(r"\s*(?:usai|seusai|saat|ketika|di|kepada|dalam|pada|setelah|sebelum|sambil|seraya)\b",
                     art.text[end + follow.end():se]):
        return True   # 'Sigit mengatakan itu usai rapat': said that (the statement before), no clause
    if cue.lower() in {"mengatakan", "berkata"} and obj != "hal":
        return False
    if cue.lower() in words("quote_cues_judging") and _LATE_PREDICATE.match(art.text, end + follow.end(), se):
        return False
    return obj in words("quote_noncue_objects") and not re.match(r"\s*[,:]", art.text[end:se]) \
        and not (follow.group("w") == obj and obj not in _COURTESY_NOUNS
                 and _CLAUSE_AFTER_NOUN.match(art.text, end + follow.end(), se))


def _bare_cue(art, ss, se) -> Optional[_Cand]:
    """'Bey sebut kerja sama ini ...', 'Ia tegaskan ...': a bare speech verb right after its subject,
    a person named in the article or a pronoun."""
    for cs, ce in art.bare_cues(ss, se):
        if art.inside_quote(cs):
            continue
        before = art.text[ss:cs].rstrip()
        prev = re.search(r"(\w+)$", before)
        mention_ends = {x.end for x in art.people.mentions_in(ss, cs)}
        if not prev or (prev.group(1).lower() not in {"ia", "dia", "beliau"} and ss + len(before) not in mention_ends):
            continue
        if re.search(r"\b(?:yang|apa)\s+(?:\S+\s+){0,3}$", before + " "):
            continue   # 'Materi yang ia sampaikan ...': the verb of a relative clause
        if re.match(r"\s*(?:saja|juga|pula|saat|ketika|usai|seusai|setelah|di|dalam|pada|kepada|melalui|lewat)\b",
                    art.text[ce:se]):
            continue   # 'sebut saja namanya ...', 'Hal itu ia sampaikan saat ...': no clause follows
        if _noncue_object(art, ce, se, art.text[cs:ce]):
            continue   # 'Ia sampaikan terima kasih ...'
        ref = art.subject_before(ss, cs)
        text, a, b = _clause(art, ce, se)
        if ref is not None and len(text.split()) >= _MIN_WORDS:
            return _Cand(text, "indirect", a, b, art.text[cs:ce], ref, "quote.indirect.bare_cue")
    return None


def _bare_cue_runs(text: str, ss: int, se: int) -> list[tuple[int, int]]:
    """(start, end) of each word of text[ss:se] that is a bare speech verb, whatever its case."""
    bare = words("quote_cues_bare")
    return [(m.start(), m.end()) for m in _WORD_RUN.finditer(text, ss, se) if m.group(0).lower() in bare]


def _may_hold_cue(text: str, ss: int, se: int, kind: str) -> bool:
    """False only where the "short" or "verb" cue pattern cannot match in text[ss:se]: each
    match is a whole word (a "short" cue maybe with "nya" glued) equal to a cue word but for
    case, so a sentence none of whose words is one needs no scan by the long alternations.
    Letters that match ASCII ones ignoring case but lower-case to something else (İ ı ſ)
    leave the decision to the pattern."""
    if _ODD_CASE.search(text, ss, se):
        return True
    cues = _cue_words()[kind]
    for word in _WORD_RUN.findall(text, ss, se):
        low = word.lower()
        if low in cues or (kind == "short" and word.endswith("nya") and low[:-3] in cues):
            return True
    return False


def _cue_runs(text: str) -> dict[str, tuple[list[int], list[int]]]:
    """(starts, ends) of the word runs that ``_may_hold_cue`` takes for a cue of each kind, over the
    whole text; empty where an odd-case letter makes the pattern the judge. Each distinct word is
    judged once, and only the few that are cues are then looked for."""
    if _ODD_CASE.search(text):
        return {}
    cues = _cue_words()
    distinct = list(set(_WORD_RUN.findall(text)))
    lows = list(map(str.lower, distinct))
    wanted = set(lows) & cues["any"]   # most articles have a few cue words among hundreds
    found = [(w, low) for w, low in zip(distinct, lows) if low in wanted] if wanted else []
    short = [w for w, low in found if low in cues["short"] or (w.endswith("nya") and low[:-3] in cues["short"])]
    verb = [w for w, low in found if low in cues["verb"]]
    bare = [w for w, low in found if low in cues["bare"]]
    return {"short": _run_bounds(text, short), "verb": _run_bounds(text, verb), "bare": _run_bounds(text, bare)}


def _run_bounds(text: str, forms: list[str]) -> tuple[list[int], list[int]]:
    """Sorted (starts, ends) of the word runs of ``text`` equal to one of ``forms`` (themselves word
    runs): an occurrence with no word character on either side."""
    hits = []
    for form in forms:
        i = text.find(form)
        while i >= 0:
            e = i + len(form)
            if not _cuts_word(text, i) and not _cuts_word(text, e):
                hits.append((i, e))
            i = text.find(form, i + 1)
    hits.sort()
    return [a for a, _ in hits], [b for _, b in hits]


def _cuts_word(text: str, i: int) -> bool:
    """A window bound at ``i`` falls between two word characters (as ``\\w`` reads them)."""
    if not 0 < i < len(text):
        return False
    a, b = text[i - 1], text[i]
    return (a.isalnum() or a == "_") and (b.isalnum() or b == "_")   # what \w matches, on every character


@lru_cache(maxsize=None)
def _cue_words() -> dict[str, frozenset[str]]:
    """The words a cue of the "short" or "verb" pattern starts with, and the bare speech verbs (lower case)."""
    marked = {w.split()[0] for w in words("quote_cues_verbs_marked")}
    short, verb = words("quote_cues_short"), words("quote_cues_verbs") | marked
    # "any": every lower-case word that is a cue of either kind, a short one also with "nya" glued
    bare = words("quote_cues_bare")
    return {"short": short, "verb": verb, "bare": bare, "any": short | verb | bare | {w + "nya" for w in short}}


def _told_next(art: _Article, end: int, spoken: list[_Cand]) -> Optional[str]:
    """Who an anaphor nobody before it points to is, named in the sentence right after the statement: '"Kami
    siap," tandasnya. Hal itu disampaikan Bupati X saat ...' (a lead that opens on the quote)."""
    nxt = next(((a, b) for a, b in art.sentences if a >= end), None)
    if nxt is None or art.text[end:nxt[0]].count("\n") > 1:
        return None
    m = _told_by().match(art.text, nxt[0], nxt[1])
    ref = art.speaker_after(m.end(), nxt[1]) if m else None
    return art.resolve(ref, spoken) if ref is not None and ref.kind != "anaphor" else None


@lru_cache(maxsize=1)
def _told_by() -> re.Pattern:
    """ "Hal itu disampaikan (oleh) ", "Pernyataan tersebut juga ditegaskan ": the speaker follows."""
    return re.compile(rf"(?i:(?:{_statement_nouns()})(?:\s+(?:itu|ini|tersebut))?)\s+(?:(?:juga|pun|pula)\s+)?"
                      r"di\w+\s+(?:oleh\s+)?")


# ---------------------------------------------------------------- entry point

def quotes(doc: Doc, officials: list[Official] | None = None) -> list[Quote]:
    art = _Article(doc, list(officials or []))
    cands = _direct(art)
    cands += _titled_lines(art)
    cands += _indirect(art)
    cands.sort(key=lambda c: c.ref.pos)
    spoken: list[_Cand] = []
    for c in cands:
        # an anaphor with nobody before it ('katanya' in a lead, a passage cut from its article) still
        # reports a statement: its speaker stays as written rather than the quote being lost
        c.speaker = art.resolve(c.ref, spoken)
        if not c.speaker and c.ref.kind == "anaphor":
            c.speaker = _told_next(art, c.end, spoken) or c.ref.value
        spoken.append(c)
    seen: set[str] = set()
    out = []
    for c in sorted(cands, key=lambda c: c.start):
        key = c.text.lower()
        if key in seen or not c.speaker:
            continue
        seen.add(key)
        out.append(Quote(text=c.text, kind=c.kind, speaker=c.speaker, cue=c.cue, start=c.start, end=c.end,
                         sentence=art.sentence_index(c.start), rule=c.rule))
    return out
