"""Hand-built ArticleRecords and Hypothesis strategies for the output tests (no Stanza)."""
from __future__ import annotations

from typing import Literal, get_args

from hypothesis import strategies as st

from pipeline.schema import ArticleRecords, Count, Official, Partner, Program, Quote

# PostgreSQL text cannot hold NUL; surrogates are not valid UTF-8
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=12)
NAME = TEXT.filter(str.strip)
OPT = st.none() | TEXT
OFFSET = st.none() | st.integers(0, 2**31)
NUMBER = st.integers(-2**53, 2**53) | st.floats(allow_nan=False, allow_infinity=False,
                                                 width=64).filter(lambda f: not f.is_integer())


def _choice(model, field):
    args = [a for a in get_args(model.model_fields[field].annotation) if a is not type(None)]
    lit = args[0] if args and getattr(args[0], "__origin__", None) is Literal else model.model_fields[field].annotation
    return st.sampled_from(get_args(lit))


def _evidence():
    return dict(start=OFFSET, end=OFFSET, sentence=OFFSET, rule=OPT)


PARTNERS = st.builds(Partner, name=NAME, type=st.none() | _choice(Partner, "type"), country=OPT,
                     scope=st.none() | _choice(Partner, "scope"), **_evidence())
PROGRAMS = st.builds(Program, name=NAME, partners=st.lists(TEXT, max_size=3), sector=OPT, **_evidence())
COUNTS = st.builds(Count, value=NUMBER, unit=TEXT, approximate=st.booleans(), **_evidence())
QUOTES = st.builds(Quote, text=TEXT, kind=_choice(Quote, "kind"), speaker=OPT, cue=OPT, **_evidence())
OFFICIALS = st.builds(Official, name=NAME, title=OPT, **_evidence())

RECORDS = st.builds(
    ArticleRecords, id=NAME, title=OPT, url=OPT, published=OPT, source=OPT, dateline=OPT, text=OPT,
    error=OPT, content_hash=OPT,
    partners=st.lists(PARTNERS, max_size=3), programs=st.lists(PROGRAMS, max_size=3),
    counts=st.lists(COUNTS, max_size=3), quotes=st.lists(QUOTES, max_size=3),
    officials=st.lists(OFFICIALS, max_size=3),
)


def sample(id: str = "samarinda-fukuoka", *, partners: int = 2, content_hash: str = "h1") -> ArticleRecords:
    """A small record written by hand (team-written wording, not from any corpus)."""
    return ArticleRecords(
        id=id, title="Samarinda dan Fukuoka teken kerja sama", content_hash=content_hash,
        source="BERITAKITA", dateline="SAMARINDA",
        partners=[Partner(name="Kota Fukuoka", type="city", country="Jepang", scope="foreign",
                          start=10, end=22, sentence=0, rule="partner-city"),
                  Partner(name="JICA, Jepang", type="international_org", scope="foreign", start=40, end=44,
                          sentence=1, rule="partner-org")][:partners],
        programs=[Program(name='Program "Sungai Bersih"', partners=["Kota Fukuoka", "JICA"], sector="lingkungan",
                          start=60, end=85, sentence=2, rule="program-quoted")],
        counts=[Count(value=25, unit="ASN", start=90, end=92, sentence=2, rule="count-num"),
                Count(value=12.75, unit="miliar rupiah", approximate=True, sentence=3)],
        quotes=[Quote(text="Kami ingin belajar,\nterutama soal sungai.", kind="direct", speaker="Andi",
                      cue="kata", start=100, end=140, sentence=4, rule="quote-direct")],
        officials=[Official(name="Andi Rahmat Saputra", title="Wali Kota Samarinda", sentence=0)],
    )
