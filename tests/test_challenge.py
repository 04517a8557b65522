"""Team-written challenge sets: short passages in other outlets' and regions' styles, with the
records a careful annotator gives them, scored by the evaluator's own rules through the real models.

Each set was written before the rules were run on it, so its first figure was a second look at how
the rules hold on unseen news, next to the held-out gold. The floors are the figures measured when
the set was merged less a margin, so that a change that loses ground here fails even when it gains
on the tuning articles. `pytest -s` prints the figures."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from pipeline.assemble import records_from_doc
from pipeline.evaluate import score
from pipeline.schema import Article, CooperationKind

DATA = Path(__file__).parent / "data"

# set -> record type -> floors; the figures measured at merge (2026-12-03) are in the issue notes
FLOORS = {
    "people_challenge.jsonl": {"quotes": {"f1": 0.95, "speaker_accuracy": 0.95},
                               "officials": {"f1": 0.95, "title_accuracy": 0.93}},
    "counts_challenge.jsonl": {"counts": {"f1": 0.95}},
    # titles in lists, bylines, captions, short forms, degrees: first run .984 / title .967
    "officials_challenge.jsonl": {"officials": {"f1": 0.93, "title_accuracy": 0.93}},
    # first run .870; after the programs pass .917 (partly fitted to this set's misses)
    "programs_challenge.jsonl": {"programs": {"f1": 0.87}},
    # first run .886 / kind .871; after the cooperation rules were reworked .917 / 1.0; after the
    # partners pass .987 / 1.0. Partners against the parties (see load): P >= .925, R .873 -> P >= .972, R .986
    "cooperations_challenge.yaml": {"cooperations": {"f1": 0.93, "kind_accuracy": 0.95},
                                    "partners": {"precision": 0.92, "recall": 0.93}},
    # whole articles (headlines, bylines, captions, "Baca juga", attendees): blind first run on its first 12
    # articles cooperations .769 (P .714 R .833) / kind .800, partners .808 (P .750 R .875), programs .857
    # (P .818 R .900); after the fixes they drew 1.0 / .917, .980, .952 (fitted to those 12). Four articles
    # added after the fixes, run blind: .857 / 1.0, .923, 1.0 (as before the fixes). All 16 now: .968 / .933,
    # .968, .957 (before the fixes .788 / .846, .831, .870)
    "articles_challenge.yaml": {"cooperations": {"f1": 0.71, "kind_accuracy": 0.75}, "partners": {"f1": 0.75},
                                "programs": {"f1": 0.80}},
    # whole articles (attendees, role-only and nickname speakers, bylines): first run (sc01-sc10) quotes 1.0 /
    # speaker .909, officials .929 / title .938; after the speakers pass, with sc11-sc12 written after it
    # (blind on those: every quote and person right, two lower-case titles missed): 1.0 / 1.0, 1.0 / .962
    # whole articles from other outlets and regions (MC/Diskominfo, RRI, Tribun, detik, a BUMN release, a
    # university page, English-named donors), written before any run. BLIND first run: cooperations .638
    # (P .652 R .625) / kind .800, partners .805 (P .767 R .846), programs .714 (P .625 R .833); floors are those less .05.
    # After the coop pass (partly fitted to this set's misses): .857 (P .840 R .875) / kind .857, partners .949,
    # programs .769
    "outlets_challenge.yaml": {"cooperations": {"f1": 0.58, "kind_accuracy": 0.75}, "partners": {"f1": 0.75},
                               "programs": {"f1": 0.66}},
    # whole articles dense with false parties and persons (attendees, sponsors, venues, brands, vessels,
    # streets, teams and nicknames, "Baca juga", captions; Bali/Batak/Bugis/Papuan names), 3 ordinary: BLIND first run partners .933
    # (P .875 R 1.0), officials .893 (P .844 R .947) / title .963, quotes .990 / speaker 1.0, cooperations .875
    # (P .778 R 1.0); floors are those less .05. After the officials fixes it drew (a position's body read as a
    # person before its holder, products in quotation marks, vessels, vehicle makes, a team's nickname, a
    # caption's body words running into a name): officials .947 (P .947 R .947) / title 1.0, quotes 1.0; after
    # "BUMDes masing-masing desa" (one body of each unit, none named): partners .966 (P .933), cooperations .933;
    # with "Wantilan" a hall: officials .956 (P .964 R .947)
    "precision_challenge.yaml": {"partners": {"f1": 0.88}, "officials": {"f1": 0.84, "title_accuracy": 0.91},
                                 "quotes": {"f1": 0.94, "speaker_accuracy": 0.95}, "cooperations": {"f1": 0.82}},
    "speakers_challenge.yaml": {"quotes": {"f1": 0.95, "speaker_accuracy": 0.86},
                                "officials": {"f1": 0.87, "title_accuracy": 0.88}},
    # whole articles (money shapes, vague counts, ranges, dates, rules and phone numbers as traps): blind
    # first run .981 (P .987 R .975); with 'lainnya' pointing back .975 (one gold unit, 'luka ringan' for
    # 'puluhan lainnya', is the annotator's slip: the figure counts people)
    "counts_articles_challenge.yaml": {"counts": {"f1": 0.93}},
    # whole articles as they arrive (headline abbreviations M/T/jt, glued commas, "3.000-an", medal tallies,
    # prison terms, captions, sign-offs; dates, laws, "ke-7", "U-17" as traps): BLIND first run .971 (P .959
    # R .983); after the fixes it drew (a title-case headline's number, a headline's "Km"/"RSUD" and the body's
    # unit as one record, the base of a rate) .992. Second batch (cn11-cn18: vote tallies, "di antaranya",
    # "N yang", fractions, "USD 250,000"), written at stop 17: BLIND .950 (P .966 R .934); after reading "di
    # antaranya" written apart, "N yang" pointing back, fractions as no count and English thousands after a
    # foreign currency .978 (left: "suara sah 162.767", a noun before its figure; "tiga kali lipat")
    "counts_news_challenge.yaml": {"counts": {"f1": 0.92}},
    # whole articles for `published` (header stamps with "|", "Diperbarui dd/mm/yyyy", month abbreviations,
    # two-digit years; a background signing, a deadline, a planned date, an effective date, a regulation's date
    # and day-month-only dates coming first): BLIND first run .917 (11 of 12 dated, no date where none); after
    # reading a stamp's "dd/mm/yyyy, hh:mm" 1.0
    "dates_news_challenge.yaml": {"published": {"accuracy": 0.9, "precision": 0.9}},
    # openings for `source` and `dateline` (either order, domains, camel-case brands, brackets, dashes of every
    # kind, a stamp or byline line first, a release with none): BLIND first run source .875, dateline .875
    # (a camel-case brand after the place; a weekday stamp read as the place); after those two fixes 1.0 / 1.0
    "datelines_news_challenge.yaml": {"outlet": {"source_accuracy": 0.9, "dateline_accuracy": 0.9}},
    # whole articles (captions, attendee lists, ranks, "X sebagai <jabatan>", lower-case occupations, foreign
    # and company officials, sign-offs): blind first run F1 .957 (P .931 R .985) / title .851; after the
    # regional-news pass (fitted to it) .978 / .955. Six more articles (oa13-oa18) written after that pass,
    # blind: .964 / .852 (new failure kinds: lawyers, staff, diplomats' functions, ranked names ending in
    # org-like words, "Pilihan Editor" lines); after fixing them all 18 give .985 / .958
    "officials_articles_challenge.yaml": {"officials": {"f1": 0.90, "title_accuracy": 0.80}},
    # whole articles in other outlets' styles (quotes across paragraphs or split by "kata dia", -nya cues,
    # releases, circulars, English, headline quotes, "Baca juga" quotations): blind first run (qa01-qa13)
    # quotes .967 (P .985 R .949) / speaker 1.0, officials .978 (P .957 R 1.0) / title .970; qa14 written
    # after the first fixes, blind 1.0 / 1.0. After the quotes pass, all 14: 1.0 / 1.0, officials .980 / .973
    "quotes_articles_challenge.yaml": {"quotes": {"f1": 0.917, "speaker_accuracy": 0.95},
                                       "officials": {"f1": 0.928, "title_accuracy": 0.92}},
    # whole articles for programs (foreign agencies' and CSR releases, university and regency news; events,
    # laws, buildings, slogans, one-body programs as traps): blind first run on its first 14 articles programs .500
    # (P .438 R .583, 24 gold), partners .800 (P .743 R .867), cooperations .774 (P .706 R .857); after the
    # programs pass .933 (P 1.0 R .875, fitted). Five articles written after that pass, run blind: programs .444
    # (P .444 R .444, 9 gold; the rules before the pass drew .364). Three more written after the fixes those drew,
    # run blind: .444 (P .667 R .333, 6 gold; the rules before any pass .364). After fixes drawn from them, all 22:
    # .917 (P 1.0 R .846; fitted)
    "programs_articles_challenge.yaml": {"programs": {"f1": 0.85}},
    # whole articles, one to three deals each (separate MoUs, a multilateral PKS, MoU then training, grants in
    # kind, a loan, an investment, a planned tie, thanks and trips as traps), written before any run. BLIND
    # first run: cooperations .828 (P .750 R .923) / kind .917, partners .800 (P .706 R .923), programs .667
    # (P .500 R 1.0); floors are those less .05. After the coop pass (thanks, consultation, approvers, audience,
    # destinations, speakers' offices): .923 / .917 (1.0 with dc05's loan agreement read as an agreement, as
    # the gold reads grant agreements). dc13-dc15 written after that pass, BLIND: cooperations .923 (P .857
    # R 1.0) / 1.0, partners .941; programs drew two loose "program ..." phrases (programs.py), so all 15
    # give programs .545 and its floor is that less .05. All 15 after a region after "di" is a place: .947 / 1.0.
    # The outlets set after this pass: cooperations .857 / kind .905 (was .857 / .857)
    # whole articles as they arrive from outlets (capitals and Title Case headlines, "Baca juga", captions, bylines,
    # run-on sentences, typographic quotes, lower-case bodies, the same program spelled several ways), programs
    # introduced in varied ways beside events, regulations, themes, national and one-body programs; two ordinary
    # articles. Written before any run. BLIND first run (pn01-pn14): programs .578 (P .565 R .591, 22 gold), partners
    # .806 (P .714 R .926), cooperations .647 (P .550 R .786). After the programs pass (restructured shapes and
    # filters, partly fitted to pn01-pn14): programs .889. pn15-pn19 written after that pass, run blind: programs
    # .667 (P .714 R .625, 8 gold; the rules before the pass drew .625), partners .571, cooperations .462. All 19:
    # programs .833, partners .738, cooperations .596. pn20-pn24 written after the second round, run blind: programs
    # .571 (P .667 R .500, 8 gold; the rules before the pass drew .429), partners .778, cooperations .727. All 24
    # after the fixes those drew: programs .909 (P .897 R .921, 38 gold; fitted), partners .745, cooperations .621.
    # pn25-pn28 written after the third round, run blind: programs .333 (P .286 R .400, 5 gold; the rules before
    # the pass .308). All 28 after the fixes they drew: programs .930 (P .930 R .930, 43 gold; fitted), partners .711,
    # cooperations .580. pn29-pn32 written after the fourth round, run blind on the final rules: programs .714 (P .625
    # R .833, 6 gold; the rules before the pass .400). All 32 after the fixes they drew: programs .920 (P .902
    # R .939, 49 gold), partners .731, cooperations .613; floors are those less about .05.
    # pn33-pn42 (prog4 round: fisheries, health, coffee research, tourism, digital, education, sanitation, disaster;
    # two ordinary) written before any run, BLIND: programs .545 (P .529 R .562, 16 gold), partners .808 (P .704
    # R .950), cooperations .640 (P .500 R .889) / kind .875. pn43-pn47 written after the first fixes those drew,
    # BLIND: programs .632 (P .750 R .545, 11 gold; the rules before the round .500), partners .800, cooperations
    # .667. pn48-pn51 written after the fixes pn43-pn47 drew, BLIND: programs .714 (P .625 R .833, 6 gold; the rules
    # before the round .667), partners .769, cooperations .571. pn52-pn54 written after all of the round's fixes
    # (by the engineer who made them, so their traps resemble the fixes), BLIND: programs 1.0 (4 gold; the rules
    # before the round .727), partners .667, cooperations .800 / kind 0. All 54 (partly fitted): programs .953
    # (P .964 R .942, 86 gold), partners .759, cooperations .633
    # pn55-pn62 (prog5 round: Tarakan, Sumba Timur, Lombok Timur, Ternate, Banyuasin, Bitung, Bantaeng; one ordinary,
    # Purwakarta) written as articles arrive and annotated by the real-gold convention for short descriptions (the
    # comment atop programs.py), before any run. BLIND: programs .600 (P .600 R .600, 15 gold), partners .667 (P .583
    # R .778), cooperations .522 (P .462 R .600) / kind .500; pn55's PSBI grant to a named KUB was then added as the
    # guideline's "goods given" (an annotation slip; with it the blind programs figure is .645). After this round's
    # fixes (partly fitted): pn55-pn62 programs .941 (P .889 R 1.0, 16 gold; left: a ministry's allocated program
    # and one a partner-rule FP runs), the first 54 .953 -> .965 (not written for these fixes), all 62 .961.
    # pn63-pn66 written after those fixes (by the engineer who made them), BLIND: programs .714 (P .833 R .625, 8 gold;
    # the rules before the round also .714: the first fixes did not carry to them), partners .824, cooperations .750 /
    # kind 1.0; after the fixes they drew ('4.500' as one number, 'pelatihan menjahit', two bodies launching together
    # where the partner rules found one): 1.0 (fitted). All 66: programs .964 (P .955 R .973, 110 gold), partners
    # .747, cooperations .618. pn67-pn69 written after all of the round's fixes, BLIND and left unfixed: programs .400
    # (P 1.0 R .250, 4 gold: a KKN named without a program word, a description in a sentence whose subject is "Tim",
    # 'dilanjutkan dengan pelatihan ...'), partners .600, cooperations .400; after two fixes they drew ('dilanjutkan
    # dengan', 'Tim juga ...'): .857 (fitted; the KKN-PPM left). All 69: programs .961 (P .957 R .965, 114 gold),
    # partners .742, cooperations .612; no other set changed but outlets programs .714 -> .800 (Head of Mission Fund)
    "programs_news_challenge.yaml": {"programs": {"f1": 0.87}, "partners": {"f1": 0.68},
                                     "cooperations": {"f1": 0.56}},
    "deals_challenge.yaml": {"cooperations": {"f1": 0.77, "kind_accuracy": 0.86}, "partners": {"f1": 0.75},
                             "programs": {"f1": 0.49}},
    # whole articles as they arrive from real outlets (all-caps headlines, inserts, captions, run-on sentences,
    # spelling variants, one party spelled several ways; Papua, NTT, Maluku, Kalimantan, Sulawesi, a BUMN, a
    # ministry and an embassy release), written before any run. BLIND first run (nr01-nr14): cooperations .762
    # (P .640 R .941) / kind .875, partners .750 (P .638 R .909), programs .667 (P .500 R 1.0). nr15-nr20
    # written after the fixes those drew, BLIND: cooperations .833 (P 1.0 R .714) / kind 1.0, partners .846
    # (the rules before any fix: .833 / .800, .815). nr21-nr24 written after the next fixes, BLIND: cooperations
    # .444 (P .333 R .667) / kind 1.0, partners .818 (before any fix: .444, .750). All 24 under the rules before
    # any fix: .730 / .870, .763, .667; floors are those less .05. After the coop3 pass (partly fitted):
    # .912 / .962, .931, .667 (programs.py untouched). nr25-nr32 (joint field operations in two ordinary articles,
    # program names beside parties, an "<X> Government", a glossed foreign city with a country pointing back, a
    # state company, an NGO and a regional bank each with a region) written in the partners4 round, BLIND:
    # partners .615 (P .480 R .857), cooperations .667 (P .545 R .857) / kind .833, programs .500. After the
    # partners4 fixes (fitted): nr25-nr32 partners .923 (P 1.0 R .857), cooperations .923 / 1.0; all 32:
    # partners .852 -> .923, cooperations .853 -> .901 / .938 -> .969; programs .600 with the new articles (4 FP
    # programs in nr25-nr32, programs.py not touched here): its floor lowered to .55, that less .05. nr33-nr42
    # (coop4 round: mixed kinds in one article, an MoU beside a CSR handover, training under an older MoU, a loan,
    # an investor's plan, a sister-city visit, a joint project funded by an embassy, two ordinary articles),
    # BLIND: cooperations .815 (P .846 R .786) / kind .818, partners .889 (P .870 R .909), programs 0 of 2 gold
    # (5 loose "program/proyek ..." phrases; programs.py not touched here: all 42 give programs .444, its floor
    # lowered to .40). After the coop4 fixes (partly fitted to them): nr33-nr42 .929 / .923, partners .933;
    # all 42: cooperations .918 / .978, partners .931. nr43-nr50 (coop5 round: a five-party MoU told in several
    # spellings, a Japanese university with the Indonesian side's research unit, two CSR handovers with a person
    # after the company, a bare agency acronym, a glossed Australian shire beside an Australian university, a
    # five-region kesepakatan beside a regional bank named after its province, a faculty signing while the city
    # hosts, one ordinary article), BLIND: partners .807 (P .719 R .920), cooperations .690 (P .556 R .909) /
    # kind .900, programs 0 of 1 gold (programs.py not touched here). After the coop5 fixes (fitted to them):
    # nr43-nr50 partners 1.0, cooperations .952 / .900; all 50: partners .949 (P .933 R .966), cooperations
    # .941 / .946, programs .414. nr51-nr53 written after those fixes (by the engineer who made them, so their
    # traps resemble the fixes), BLIND: partners .941 (P .889 R 1.0: a bank's branch in an officer's title,
    # "Pemimpin Cabang Bank X Seluma", read as a second party), cooperations 1.0 / 1.0, programs 0 gold, 2 loose
    # predictions; the rules before the round score them the same (.941, 1.0): this batch tells nothing about the
    # fixes. After the branch fix: nr01-nr42 (not written for this round) partners .930 -> .935, cooperations
    # .918 -> .928; all 53: partners .952 (P .938 R .968), cooperations .944 / .966, programs .387 (4 loose
    # "program/proyek ..." predictions in nr43-nr53, the same under the rules before the round; programs.py not
    # touched here): its floor lowered to .33, that less .05
    "newsroom_challenge.yaml": {"cooperations": {"f1": 0.68, "kind_accuracy": 0.82}, "partners": {"f1": 0.71},
                                "programs": {"f1": 0.33}},
    # whole articles as real regional news arrives (run-on leads, captions and "Baca juga" quotations,
    # quotations over two paragraphs, verb-first and "X melalui Y" attributions, speakers by position or
    # description, Q&A, long titles with "pada", Plt./Plh./Pj., Dato', titles in brackets). BLIND first run:
    # quotes .974 (P .983 R .966) / speaker .956, officials .980 (P .962 R 1.0) / title .933; floors those less .05.
    # vc15-vc20 written after the fixes those drew, BLIND: quotes .970 (P .980 R .961) / speaker .959, officials
    # .968 (P .938 R 1.0) / title .967. vc21-vc25 written after the fixes from the second batch, BLIND: quotes
    # .988 (P 1.0 R .976) / speaker .900, officials .982 (P .964 R 1.0) / title .889 (vc24's headline speaker then
    # corrected to the institution, as the guideline says). vc26-vc29 written after the fixes from the third
    # batch, BLIND: quotes .963 (P 1.0 R .929) / speaker .885, officials .950 (P .905 R 1.0) / title .842.
    # vc30-vc32 written after the fixes from the fourth batch, BLIND: quotes .909 (P 1.0 R .833) / speaker 1.0,
    # officials 1.0 / title .944. vc33-vc35 written after the fixes from the fifth batch, BLIND: quotes 1.0 /
    # speaker .900, officials .966 (P 1.0 R .933) / title .714 (court posts, a degree split by the tokenizer).
    # vc36-vc37 after those fixes, BLIND: quotes .952 (P 1.0 R .909) / speaker 1.0, officials 1.0 / title .875.
    # vc38-vc39 after those, BLIND: quotes .909 (P .833 R 1.0) / speaker .900, officials .947 / title .889.
    # vc40-vc41 after those, BLIND: quotes 1.0 / 1.0, officials 1.0 / title .909. All 41 after the fixes:
    # quotes .998 (P .997 R 1.0) / speaker .997, officials 1.0 / title .976 (fitted).
    # vc42-vc47 (health, schools/RDP, market, road crash, football, Tipikor verdict) after those, BLIND: quotes
    # .945 (P .956 R .935) / speaker .884, officials .925 (P .949 R .902) / title .865 ('menyebut X sebagai Y',
    # 'SE, MA' read as a person, single names after a description, 'Majelis hakim yang diketuai X', 'diamini
    # oleh X. Ia', 'Pelatih kepala', 'Kapten Persipura', 'Uni X', 'mantan'). After the fixes vc42-vc47: quotes
    # 1.0 / 1.0, officials .988 / title 1.0; all 47: quotes 1.0 / 1.0, officials .996 / title 1.0 (fitted)
    # vc48-vc55 (hospital, landslide, market fire, school, DPRD hearing, pretrial court, football, police) BLIND:
    # quotes .973 (P 1.0 R .948) / speaker .986, officials 1.0 / title .961; after the voices5 fixes quotes 1.0 /
    # 1.0, officials 1.0 / title 1.0. vc56-vc59 (port, fertiliser hearing, posyandu, rowing; 'Simak berita',
    # 'ADVERTISEMENT' and captions with persons, 'M.Mar', 'Kadikes', 'Kadispora') written after those fixes,
    # BLIND: quotes .943 (P 1.0 R .892) / speaker .879, officials .963 / title .885; after the fixes quotes .986 /
    # 1.0, officials 1.0 / title .963. All 59: quotes .999 (P 1.0 R .998) / 1.0, officials 1.0 / title .997
    # (fitted); floors unchanged
    "voices_challenge.yaml": {"quotes": {"f1": 0.924, "speaker_accuracy": 0.906},
                              "officials": {"f1": 0.930, "title_accuracy": 0.883}},
    # an "exam": 14 whole articles, every record type, written by an engineer who did not read the rules and
    # ran nothing on it; scored once, after this round's rules were final (2026-12-03 13:00 UTC), and never
    # tuned on. Blind: partners .947, programs .941, counts 1.000, quotes .986 / speaker 1.0, officials 1.000 /
    # title .989, cooperations .839 / kind .846 -- far above the real held-out gold (macro .841): text the
    # team writes is cleaner than real news, even unseen. Floors: those less .05
    "exam_challenge.yaml": {"partners": {"f1": 0.89}, "programs": {"f1": 0.89}, "counts": {"f1": 0.95},
                            "quotes": {"f1": 0.93, "speaker_accuracy": 0.95},
                            "officials": {"f1": 0.95, "title_accuracy": 0.93},
                            "cooperations": {"f1": 0.78, "kind_accuracy": 0.79}},
    # a second exam, written as messy as real news (inserts, run-on sentences, spelling variants, speakers by
    # position only) by an engineer who ran nothing on it and read no rule; two kinds set to the guideline by
    # the lead before any run (a signed PKS or MoU is an agreement). Scored once, after the rules of
    # 2026-12-03 15:18 UTC were final, and never tuned on: partners .868 (P .786 R .971), programs .667
    # (P .750 R .600), counts .956, quotes .960 / speaker .954, officials .907 (P .874 R .943) / title .904,
    # cooperations .698 (P .652 R .750) / kind .867; macro .872, near the real held-out gold (.848), where
    # the first exam was far above it. Floors: those less .05. After stop 17's round (17:15 UTC): the same but
    # cooperations .714 (kind .933) and speaker .963; after the counts pass on real sentences (18:12) counts .950
    "exam2_challenge.yaml": {"partners": {"f1": 0.81}, "programs": {"f1": 0.61}, "counts": {"f1": 0.90},
                             "quotes": {"f1": 0.91, "speaker_accuracy": 0.90},
                             "officials": {"f1": 0.85, "title_accuracy": 0.85},
                             "cooperations": {"f1": 0.64, "kind_accuracy": 0.81}},
    # a third exam (16 articles: 12 cooperation stories, 4 ordinary), written at stop 17 by an engineer who
    # read no rule and ran nothing, kept from the engineers who tuned rules that afternoon. Scored blind twice:
    # with the rules at the start of the round (d10ab73) and after it (every helper merged, 17:15 UTC). Both:
    # partners .925 (P .881 R .974), programs .800 (P .750 R .857), counts .982, officials .976 / title .930,
    # published 1.0; quotes .976 / speaker .980 both times (P 1.0 R .952 -> P .990 R .962), cooperations .947 ->
    # .973 / kind .833; macro .932 both times. After the passes on real sentences (17:55): quotes .981 (P .990
    # R .971), macro .933. Never tuned on. Floors: the 17:15 figures less .05
    "exam3_challenge.yaml": {"partners": {"f1": 0.87}, "programs": {"f1": 0.75}, "counts": {"f1": 0.93},
                             "quotes": {"f1": 0.92, "speaker_accuracy": 0.93},
                             "officials": {"f1": 0.92, "title_accuracy": 0.88},
                             "cooperations": {"f1": 0.92, "kind_accuracy": 0.78},
                             "published": {"accuracy": 0.95}},
    # Stop 20 (2026-12-04) read the errors of exams 1-3 as dev data, so they are blind no more; two new exams
    # were written that afternoon by engineers who read no rule and ran nothing (18 articles each, every record
    # type; no 8-word run shared with the gold texts). Exam 4 was scored blind once with the rules of the
    # session's first round (identical to 157f59f's on all 36 articles: partners .827, programs .600, counts
    # .987, quotes .995 / speaker .991, officials .972 / title .943, cooperations .686 / kind .917) and then
    # read as dev data; exam 5 was never read, scored after each round: .822 -> .923 partners (P .769 -> .968),
    # cooperations .849 -> .903 (kind .929), the rest unchanged (programs .875, counts .975, quotes .991 /
    # speaker .974, officials .972 / title .943). Then exam 5 too was read as dev data for a third round
    # (partners .955, cooperations .938, speaker .983 after it). Floors: the figures after round 2 less .05
    "exam4_challenge.yaml": {"partners": {"f1": 0.87}, "programs": {"f1": 0.61}, "counts": {"f1": 0.93},
                             "quotes": {"f1": 0.94, "speaker_accuracy": 0.94},
                             "officials": {"f1": 0.92, "title_accuracy": 0.89},
                             "cooperations": {"f1": 0.85, "kind_accuracy": 0.88},
                             "published": {"accuracy": 0.90}},
    "exam5_challenge.yaml": {"partners": {"f1": 0.87}, "programs": {"f1": 0.82}, "counts": {"f1": 0.92},
                             "quotes": {"f1": 0.94, "speaker_accuracy": 0.92},
                             "officials": {"f1": 0.92, "title_accuracy": 0.89},
                             "cooperations": {"f1": 0.85, "kind_accuracy": 0.87},
                             "published": {"accuracy": 0.90}},
    # exam 6 (16 articles, written at stop 20 as messy as small regional portals publish, by an engineer who
    # read no rule): scored once, blind, after the round's last change; identical to 157f59f's output on all 16
    # articles: none of the round's changes fired there. Floors: those figures less .05
    "exam6_challenge.yaml": {"partners": {"f1": 0.78}, "programs": {"f1": 0.87}, "counts": {"f1": 0.94},
                             "quotes": {"f1": 0.95, "speaker_accuracy": 0.94},
                             "officials": {"f1": 0.91, "title_accuracy": 0.87},
                             "cooperations": {"f1": 0.66, "kind_accuracy": 0.85}},
    # Stop 21 (2026-12-04): four more exams, 16 articles each, by engineers who read no rule (no 8-word run shared
    # with the gold texts or the other exams). Exam 8 (regional press releases) and exam 9 (regional online press)
    # were scored once and then read as dev data; exams 7 (national online press) and 10 (mixed sources) were
    # never read. Scored blind at 3119d29 (stop 20's end) and at the round's end: exam 7 identical (cooperations
    # .745); exam 10 partners .873 -> .909, cooperations .769 -> .889 (kind .700 -> .750), the rest unchanged.
    # Floors: the figures at the round's end less .05.
    "exam7_challenge.yaml": {"partners": {"f1": 0.84}, "programs": {"f1": 0.76}, "counts": {"f1": 0.94},
                             "quotes": {"f1": 0.93, "speaker_accuracy": 0.91},
                             "officials": {"f1": 0.92, "title_accuracy": 0.90},
                             "cooperations": {"f1": 0.69, "kind_accuracy": 0.89},
                             "published": {"accuracy": 0.95}},
    "exam8_challenge.yaml": {"partners": {"f1": 0.90}, "programs": {"f1": 0.58}, "counts": {"f1": 0.93},
                             "quotes": {"f1": 0.94, "speaker_accuracy": 0.94},
                             "officials": {"f1": 0.94, "title_accuracy": 0.89},
                             "cooperations": {"f1": 0.83, "kind_accuracy": 0.90},
                             "published": {"accuracy": 0.95}},
    "exam9_challenge.yaml": {"partners": {"f1": 0.91}, "programs": {"f1": 0.82}, "counts": {"f1": 0.93},
                             "quotes": {"f1": 0.94, "speaker_accuracy": 0.95},
                             "officials": {"f1": 0.92, "title_accuracy": 0.88},
                             "cooperations": {"f1": 0.88, "kind_accuracy": 0.81},
                             "published": {"accuracy": 0.95}},
    # exam 11 (national online press, written later in the round): scored once at 520b966 (partners .880,
    # cooperations .824; at 3119d29 .880 and .775), then read as dev data
    "exam11_challenge.yaml": {"partners": {"f1": 0.85}, "programs": {"f1": 0.53}, "counts": {"f1": 0.87},
                              "quotes": {"f1": 0.93, "speaker_accuracy": 0.95},
                              "officials": {"f1": 0.93, "title_accuracy": 0.89},
                              "cooperations": {"f1": 0.84, "kind_accuracy": 0.72},
                              "published": {"accuracy": 0.95}},
    "exam10_challenge.yaml": {"partners": {"f1": 0.85}, "programs": {"f1": 0.87}, "counts": {"f1": 0.93},
                              "quotes": {"f1": 0.94, "speaker_accuracy": 0.95},
                              "officials": {"f1": 0.93, "title_accuracy": 0.88},
                              "cooperations": {"f1": 0.83, "kind_accuracy": 0.70},
                              "published": {"accuracy": 0.95}},
}


def load(name: str) -> dict[str, dict]:
    text = (DATA / name).read_text(encoding="utf-8")
    items = yaml.safe_load(text) if name.endswith(".yaml") else [json.loads(line) for line in text.splitlines()]
    for g in items:   # programs may be listed by name alone
        g["programs"] = [{"name": p} if isinstance(p, str) else p for p in g.get("programs", [])]
        if "cooperations" in g and "partners" not in g:
            # a set that names only cooperations' parties: they are a lower bound of its partners,
            # so partner recall is exact and precision a lower bound
            parties = dict.fromkeys(p for r in g["cooperations"] for p in r["parties"])
            g["partners"] = [{"name": n} for n in parties]
    return {g["id"]: g for g in items}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_set_follows_the_guideline(name):
    gold = load(name)
    # whole articles weigh more than short passages
    assert len(gold) >= (10 if name.endswith(".yaml") and name != "cooperations_challenge.yaml" else 20)
    kinds = set(CooperationKind.__args__)
    for aid, g in gold.items():
        words = set(re.findall(r"\w+", g["text"]))
        for r in g.get("cooperations", []):
            assert r["kind"] in kinds and len(r["parties"]) >= 2, aid
            assert all(set(re.findall(r"\w+", p)) <= words for p in r["parties"]), aid   # names as written
        for q in g.get("quotes", []):
            assert q["kind"] in {"direct", "indirect"} and q["speaker"], aid


def set_scores(gold: dict[str, dict], preds: dict[str, dict]) -> dict:
    """The evaluator's scores, with source and dateline (two accuracies of the whole set, not a
    record type) under "outlet"."""
    scores = score(gold, preds)
    scores["outlet"] = {k: scores[k] for k in ("source_accuracy", "dateline_accuracy")}
    return scores


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_the_rules_hold_on_the_set(analyse, name):
    gold = load(name)
    preds = {aid: records_from_doc(analyse(g["text"]), Article(id=aid, text=g["text"])).model_dump(exclude={"text"})
             for aid, g in gold.items()}
    scores = set_scores(gold, preds)
    for rtype, floors in FLOORS[name].items():
        got = scores[rtype]
        print(f"\n{name}: {rtype} " + " ".join(f"{k}={got.get(k)}" for k in dict.fromkeys(("precision", "recall",
                                                                                              "f1", *floors))))
    for rtype, floors in FLOORS[name].items():
        for key, floor in floors.items():
            assert scores[rtype][key] is not None and scores[rtype][key] >= floor, (name, rtype, key, scores[rtype][key])
