"""Review tooling (issue #5): gold files saved atomically, safe HTTP paths, escaping, export shapes.

The articles here are written by the team for these tests (fictitious town, people and figures).
"""
from __future__ import annotations

import http.client
import json
import os
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.cli import build_parser, main
from pipeline.evaluate import load_gold, score
from pipeline.review.app import ReviewApp, default_reviews_dir, make_server
from pipeline.review.html import render_report
from pipeline.review.store import ReviewError, ReviewStore, clean_record, load_articles, safe_name

GOLD_KEYS = ["id", "url", "text", "source", "dateline", "partners", "programs", "counts", "quotes", "officials"]

TEXT_A = (
    "KOTA MAWAR, WARTAMAWAR.ID - Pemerintah Kota Mawar menandatangani nota kesepahaman dengan "
    "Kota Hamamatsu, Jepang, untuk program pertukaran pelajar <script>window.__xss=1</script><b>tebal</b>.\n"
    "Wali Kota Mawar Siti Rahmawati mengatakan kerja sama itu melibatkan 25 sekolah menengah. "
    "\"Kami ingin anak-anak belajar langsung soal pengelolaan sampah,\" kata Siti.\n"
    "Program Jembatan Pelajar Mawar-Hamamatsu berjalan selama tiga tahun dengan anggaran Rp 2,5 miliar.\n"
    "Penulis: Budi Santoso"
)
TEXT_B = "KOTA MELATI - Kota Melati 🙂 mengirim 12 guru ke Universitas Leiden, Belanda, kata Andi Wijaya."


def _at(text: str, s: str, nth: int = 0) -> dict:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return {"start": i, "end": i + len(s)}


def fixture_records() -> list[dict]:
    """Two extraction-output records (with evidence offsets), the way `extract` writes them."""
    a, b = TEXT_A, TEXT_B
    quote = "Kami ingin anak-anak belajar langsung soal pengelolaan sampah,"
    rec_a = {
        "id": "mawar-001", "title": "Kota Mawar dan Hamamatsu teken MoU", "url": "https://example.test/mawar-001",
        "source": "WARTAMAWAR.ID", "dateline": "KOTA MAWAR",
        "partners": [
            {"name": "Pemerintah Kota Mawar", "type": "city", "country": "Indonesia", "scope": "domestic",
             "rule": "partner.mou", **_at(a, "Pemerintah Kota Mawar")},
            {"name": "Kota Hamamatsu", "type": "city", "country": "Jepang", "scope": "foreign",
             "rule": "partner.mou", **_at(a, "Kota Hamamatsu")},
            {"name": "Kota Mawar-Hamamatsu", "type": "city", "country": None, "scope": "domestic",
             "rule": "partner.bad", **_at(a, "Mawar-Hamamatsu")},
        ],
        "programs": [{"name": "Jembatan Pelajar Mawar-Hamamatsu", "partners": ["Kota Mawar", "Kota Hamamatsu"],
                      "sector": "education", "rule": "program.named", **_at(a, "Jembatan Pelajar Mawar-Hamamatsu")}],
        "counts": [
            {"value": 25, "unit": "sekolah menengah", "approximate": False, "rule": "count.digits",
             **_at(a, "25 sekolah menengah")},
            {"value": 2500000000, "unit": "rupiah", "approximate": False, "rule": "count.money",
             **_at(a, "Rp 2,5 miliar")},
        ],
        "quotes": [{"text": quote, "kind": "direct", "speaker": "Siti Rahmawati", "cue": "kata",
                    "rule": "quote.direct", **_at(a, quote)}],
        "officials": [
            {"name": "Siti Rahmawati", "title": "Wali Kota", "rule": "official.apposition",
             **_at(a, "Wali Kota Mawar Siti Rahmawati")},
            {"name": "Budi Santoso", "title": "Penulis", "rule": "official.byline", **_at(a, "Budi Santoso")},
        ],
    }
    rec_b = {
        "id": "melati/002", "title": "Guru Melati ke Leiden", "url": None, "source": None, "dateline": "KOTA MELATI",
        "partners": [{"name": "Universitas Leiden", "type": "education", "country": "Belanda", "scope": "foreign",
                      "rule": "partner.send", **_at(b, "Universitas Leiden")}],
        "programs": [],
        "counts": [{"value": 12, "unit": "guru", "approximate": False, "rule": "count.digits", **_at(b, "12 guru")}],
        "quotes": [{"text": "Kota Melati 🙂 mengirim 12 guru ke Universitas Leiden, Belanda", "kind": "indirect",
                    "speaker": "Andi Wijaya", "rule": "quote.kata",
                    **_at(b, "Kota Melati 🙂 mengirim 12 guru ke Universitas Leiden, Belanda")}],
        "officials": [{"name": "Andi Wijaya", "title": None, "rule": "official.name", **_at(b, "Andi Wijaya")}],
    }
    return [rec_a, rec_b]


def write_fixture(tmp: Path, *, with_text: bool = False) -> tuple[Path, Path]:
    """Output JSONL (text excluded, like `extract`) + the original inputs as JSONL; returns (out, inputs)."""
    out, inputs = tmp / "out.jsonl", tmp / "inputs.jsonl"
    texts = {"mawar-001": TEXT_A, "melati/002": TEXT_B}
    with out.open("w", encoding="utf-8") as fh:
        for r in fixture_records():
            if with_text:
                r = dict(r, text=texts[r["id"]])
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with inputs.open("w", encoding="utf-8") as fh:
        for aid, text in texts.items():
            fh.write(json.dumps({"id": aid, "text": text}, ensure_ascii=False) + "\n")
    return out, inputs


def test_fixture_offsets_point_at_their_evidence():
    a = fixture_records()[0]
    assert TEXT_A[a["counts"][1]["start"]:a["counts"][1]["end"]] == "Rp 2,5 miliar"


# ------------------------------------------------------------------ loading

def test_load_articles_fills_text_from_inputs(tmp_path):
    out, inputs = write_fixture(tmp_path)
    arts = load_articles(out)
    assert list(arts) == ["mawar-001", "melati/002"] and not arts["mawar-001"].get("text")
    arts = load_articles(out, [inputs])
    assert arts["mawar-001"]["text"] == TEXT_A and arts["melati/002"]["text"] == TEXT_B


def test_load_articles_from_folder_output(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    for r in fixture_records():
        (folder / f"{safe_name(r['id'])}.json").write_text(json.dumps(dict(r, text="x")), encoding="utf-8")
    assert set(load_articles(folder)) == {"mawar-001", "melati/002"}


def test_load_articles_from_table_output(tmp_path):
    tables = pytest.importorskip("pipeline.tables")
    from pipeline.schema import ArticleRecords

    recs = [ArticleRecords.model_validate(dict(r, text=t)) for r, t in zip(fixture_records(), (TEXT_A, TEXT_B))]
    tables.write_tables(recs, tmp_path / "out.csv", with_text=True)
    arts = load_articles(tmp_path / "out.csv")
    assert list(arts) == ["mawar-001", "melati/002"] and arts["mawar-001"]["text"] == TEXT_A
    assert arts["mawar-001"]["counts"][1]["value"] == 2500000000 and arts["mawar-001"]["counts"][1]["start"] == 440


def test_load_articles_from_sqlite(tmp_path):
    store = pytest.importorskip("pipeline.store")
    from pipeline.schema import ArticleRecords

    recs = [ArticleRecords.model_validate(dict(r, text=t)) for r, t in zip(fixture_records(), (TEXT_A, TEXT_B))]
    engine = store.engine_for(tmp_path / "out.db")
    store.create_tables(engine)
    store.write_records(engine, recs, with_text=True)
    engine.dispose()
    arts = load_articles(tmp_path / "out.db")
    assert set(arts) == {"mawar-001", "melati/002"} and arts["mawar-001"]["text"] == TEXT_A
    assert arts["mawar-001"]["quotes"][0]["speaker"] == "Siti Rahmawati"
    assert main(["report", str(tmp_path / "out.db"), "-o", str(tmp_path / "r.html")]) == 0


def test_default_reviews_dir(tmp_path):
    out, _ = write_fixture(tmp_path)
    assert default_reviews_dir(out) == tmp_path / "out.reviews"


# ------------------------------------------------------------------ saving gold files

def _review_payload(art: dict) -> dict:
    recs = []
    for t in ("partners", "programs", "counts", "quotes", "officials"):
        for r in art[t]:
            recs.append(dict(r, rtype=t, status="pending", origin="pred"))
    recs[0]["status"] = "accepted"                         # accept Pemerintah Kota Mawar
    recs[2]["status"] = "rejected"                         # reject the bogus partner
    off = next(r for r in recs if r["rtype"] == "officials" and r["name"] == "Siti Rahmawati")
    off.update(title="Wali Kota Mawar", status="accepted", edited=True)      # correct a title
    recs.append({"rtype": "counts", "status": "accepted", "origin": "added", "value": "3", "unit": " tahun ",
                 "approximate": False, **_at(TEXT_A, "tiga tahun")})           # add a missed count
    return {"source": "WARTAMAWAR.ID", "dateline": "KOTA MAWAR", "records": recs}


def test_save_writes_gold_format_and_state(tmp_path):
    out, inputs = write_fixture(tmp_path)
    arts = load_articles(out, [inputs])
    store = ReviewStore(tmp_path / "reviews")
    gold = store.save(arts["mawar-001"], _review_payload(arts["mawar-001"]))

    path = tmp_path / "reviews" / "mawar-001.json"
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved == gold and list(saved) == GOLD_KEYS
    assert saved["text"] == TEXT_A and saved["url"] == "https://example.test/mawar-001"
    assert [p["name"] for p in saved["partners"]] == ["Pemerintah Kota Mawar", "Kota Hamamatsu"]
    assert saved["partners"][0] == {"name": "Pemerintah Kota Mawar", "type": "city", "country": "Indonesia",
                                    "scope": "domestic"}
    assert {"value": 3, "unit": "tahun", "approximate": False} in saved["counts"]
    assert saved["quotes"][0] == {"text": fixture_records()[0]["quotes"][0]["text"], "kind": "direct",
                                  "speaker": "Siti Rahmawati"}
    assert {"name": "Siti Rahmawati", "title": "Wali Kota Mawar"} in saved["officials"]
    # the state keeps everything, rejected records and offsets included, and reopens the review
    state = store.load_state("mawar-001")
    assert len(state["records"]) == 10 and sum(r["status"] == "rejected" for r in state["records"]) == 1
    added = [r for r in state["records"] if r["origin"] == "added"][0]
    assert TEXT_A[added["start"]:added["end"]] == "tiga tahun"
    assert not [p for p in (tmp_path / "reviews").rglob("*") if p.name.endswith(".tmp")]
    # the reviews folder is a gold folder for `evaluate`
    gold_dir = load_gold(tmp_path / "reviews")
    assert set(gold_dir) == {"mawar-001"}
    s = score(gold_dir, {r["id"]: r for r in fixture_records()})
    assert s["partners"]["recall"] == 1.0 and s["counts"]["matched"] == 2 and s["counts"]["gold"] == 3


def test_saving_one_article_keeps_the_others(tmp_path):
    out, inputs = write_fixture(tmp_path)
    arts = load_articles(out, [inputs])
    store = ReviewStore(tmp_path / "reviews")
    store.save(arts["mawar-001"], _review_payload(arts["mawar-001"]))
    before = (tmp_path / "reviews" / "mawar-001.json").read_bytes()
    store.save(arts["melati/002"], {"records": []})
    files = sorted(p.name for p in (tmp_path / "reviews").glob("*.json"))
    assert files == ["mawar-001.json", f"{safe_name('melati/002')}.json"]
    assert (tmp_path / "reviews" / "mawar-001.json").read_bytes() == before
    assert set(load_gold(tmp_path / "reviews")) == {"mawar-001", "melati/002"}
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in fixture_records()), encoding="utf-8")
    assert main(["evaluate", str(tmp_path / "reviews"), str(pred)]) == 0


def test_save_is_atomic_when_the_write_fails(tmp_path, monkeypatch):
    out, inputs = write_fixture(tmp_path)
    arts = load_articles(out, [inputs])
    store = ReviewStore(tmp_path / "reviews")
    store.save(arts["mawar-001"], _review_payload(arts["mawar-001"]))
    path = tmp_path / "reviews" / "mawar-001.json"
    before = path.read_bytes()

    def boom(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        store.save(arts["mawar-001"], {"records": []})
    assert path.read_bytes() == before
    assert not [p for p in (tmp_path / "reviews").rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize("rtype,rec,msg", [
    ("counts", {"value": "banyak", "unit": "guru"}, "value"),
    ("partners", {"name": "X", "type": "planet"}, "type"),
    ("quotes", {"text": "halo", "kind": ""}, "kind"),
    ("officials", {"name": "  "}, "name"),
    ("villains", {"name": "X"}, "unknown record type"),
    ("counts", {"value": 1, "unit": "guru", "start": 9, "end": 3}, "offsets"),
])
def test_bad_records_are_rejected(rtype, rec, msg):
    with pytest.raises(ReviewError, match=msg):
        clean_record(rtype, rec)


def test_save_rejects_offsets_past_the_text(tmp_path):
    store = ReviewStore(tmp_path)
    with pytest.raises(ReviewError, match="past the text"):
        store.save({"id": "a", "text": "pendek"}, {"records": [
            {"rtype": "officials", "name": "Ani", "start": 0, "end": 99, "status": "accepted"}]})


# ------------------------------------------------------------------ ids and paths

@pytest.mark.parametrize("aid", ["../../etc/passwd", "..", ".", "a/b", "a\\b", "", "x" * 400, "\x00evil", "/abs"])
def test_safe_name_stays_in_the_folder(tmp_path, aid):
    store = ReviewStore(tmp_path / "r")
    for path in (store.gold_path(aid), store.state_path(aid)):
        assert path.parent in (store.folder, store.state_dir)
        assert "/" not in safe_name(aid) and "\\" not in safe_name(aid) and safe_name(aid) not in ("", ".", "..")


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=0, max_size=60))
def test_safe_name_property(aid):
    name = safe_name(aid)
    assert name and name.strip(".") and not set(name) & set("/\\\x00") and len(name) <= 129
    assert name == aid or safe_name(aid + "x") != name


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("<>&\"' ab\n🙂")), min_size=1, max_size=40), st.data())
def test_highlight_escapes_any_text(text, data):
    s = data.draw(st.integers(0, len(text) - 1))
    e = data.draw(st.integers(s + 1, len(text)))
    page = render_report([{"id": "x", "text": text, "partners": [{"name": "n", "start": s, "end": e}]}])
    body = page.split('<div class="text">', 1)[1].split("</div>", 1)[0]
    assert "<" not in body.replace("<mark", "").replace("</mark>", "").replace('<span class="lbl">', "") \
        .replace("</span>", "")


def test_safe_name_keeps_ids_apart():
    assert safe_name("mawar-001") == "mawar-001"
    assert safe_name("a/b") != safe_name("a_b") != safe_name("a b")


@pytest.fixture()
def server(tmp_path):
    out, inputs = write_fixture(tmp_path)
    app = ReviewApp(out, tmp_path / "reviews", [inputs])
    srv = make_server(app, "127.0.0.1", 0)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv, app, tmp_path
    srv.shutdown()
    srv.server_close()


def _req(srv, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection(*srv.server_address[:2], timeout=10)
    hdrs = {"Content-Type": "application/json"} if body is not None else {}
    hdrs.update(headers or {})
    conn.request(method, path, body=json.dumps(body) if isinstance(body, (dict, list)) else body, headers=hdrs)
    r = conn.getresponse()
    data = r.read()
    conn.close()
    return r.status, data, r


def test_server_binds_loopback_by_default():
    args = build_parser().parse_args(["review", "out.jsonl"])
    assert args.host == "127.0.0.1" and args.port == 8000 and args.reviews is None


def test_server_lists_opens_and_saves(server):
    srv, app, tmp = server
    st, data, r = _req(srv, "GET", "/")
    assert st == 200 and b"/static/app.js" in data and "script-src 'self'" in r.getheader("Content-Security-Policy")
    st, data, _ = _req(srv, "GET", "/static/app.js")
    assert st == 200
    st, data, _ = _req(srv, "GET", "/api/articles")
    arts = json.loads(data)["articles"]
    assert [a["id"] for a in arts] == ["mawar-001", "melati/002"]
    assert arts[0]["counts"] == {"partners": 3, "programs": 1, "counts": 2, "quotes": 1, "officials": 2}
    st, data, _ = _req(srv, "GET", "/api/articles/melati%2F002")
    assert st == 200 and json.loads(data)["text"] == TEXT_B
    art = app.articles["mawar-001"]
    st, data, _ = _req(srv, "POST", "/api/articles/mawar-001/review", _review_payload(art))
    assert st == 200, data
    assert json.loads(data)["counts"]["counts"] == 3
    assert json.loads((tmp / "reviews" / "mawar-001.json").read_text())["officials"][0]["title"] == "Wali Kota Mawar"
    st, data, _ = _req(srv, "GET", "/api/articles")
    assert json.loads(data)["articles"][0]["reviewed"] is True
    st, data, _ = _req(srv, "GET", "/api/articles/mawar-001")
    art_json = json.loads(data)
    assert art_json["review"]["records"][2]["status"] == "rejected" and art_json["review_stale"] is False
    app.articles["mawar-001"] = dict(app.articles["mawar-001"], text=TEXT_A + "\nRalat.")
    assert json.loads(_req(srv, "GET", "/api/articles/mawar-001")[1])["review_stale"] is True


def test_form_fields_come_from_the_schema(server):
    srv, _, _ = server
    st, data, _ = _req(srv, "GET", "/api/fields")
    j = json.loads(data)
    assert j["types"] == ["partners", "programs", "counts", "quotes", "officials"]
    widgets = {t: {f["name"]: f["widget"] for f in fs} for t, fs in j["fields"].items()}
    assert widgets["counts"] == {"value": "number", "unit": "text", "approximate": "bool"}
    assert widgets["quotes"] == {"text": "area", "kind": "select", "speaker": "text"}   # no cue: not gold
    assert widgets["programs"]["partners"] == "list"
    scope = [f for f in j["fields"]["partners"] if f["name"] == "scope"][0]
    assert scope["options"] == ["", "foreign", "domestic"] and not scope["required"]


@pytest.mark.parametrize("path,codes", [
    ("/static/../store.py", {400}),
    ("/static/..%2Fstore.py", {404}),
    ("/static/%2e%2e/%2e%2e/cli.py", {400}),
    ("/static/app.py", {404}),
    ("/api/articles/..%2F..%2Fetc%2Fpasswd", {404}),
    ("/api/articles/../../../etc/passwd", {400}),
    ("/api/articles/%2e%2e", {400}),
    ("/../../etc/passwd", {400}),
    ("/reviews/mawar-001.json", {404}),
])
def test_traversal_is_rejected(server, path, codes):
    srv, _, _ = server
    st, data, _ = _req(srv, "GET", path)
    assert st in codes and b"root:" not in data and b"import" not in data


def test_post_traversal_and_bad_requests(server):
    srv, _, tmp = server
    assert _req(srv, "POST", "/api/articles/..%2F..%2Fx/review", {"records": []})[0] == 404
    assert _req(srv, "POST", "/api/articles/../x/review", {"records": []})[0] == 400
    assert _req(srv, "POST", "/api/articles/mawar-001/review", "{}", {"Content-Type": "text/plain"})[0] == 415
    assert _req(srv, "POST", "/api/articles/mawar-001/review", "not json")[0] == 400
    assert _req(srv, "POST", "/api/articles/mawar-001/review", {"records": [{"rtype": "x"}]})[0] == 400
    assert _req(srv, "POST", "/api/articles/mawar-001/review", {"records": []},
                {"Origin": "http://evil.test"})[0] == 403
    assert _req(srv, "GET", "/api/articles", headers={"Host": "evil.test"})[0] == 403
    assert not list((tmp / "reviews").glob("*.json")) and not (tmp / "x.json").exists()


# ------------------------------------------------------------------ escaping

def test_report_escapes_article_text(tmp_path):
    out, inputs = write_fixture(tmp_path)
    html_out = tmp_path / "report.html"
    assert main(["report", str(out), "--texts", str(inputs), "-o", str(html_out)]) == 0
    page = html_out.read_text(encoding="utf-8")
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;&lt;b&gt;tebal&lt;/b&gt;" in page
    assert "<script>window.__xss" not in page and "<b>tebal" not in page
    assert page.count("<script>") == 1                     # only the report's own inline script
    assert 'class="m t-partners"' in page and 'class="m t-quotes"' in page
    assert "<link" not in page and "src=\"http" not in page  # self-contained
    assert "<th>title</th>" in page and "Wali Kota" in page


def test_report_escapes_records_and_urls():
    art = {"id": "x\"><img src=x onerror=alert(1)>", "title": "<i>t</i>", "url": "javascript:alert(1)",
           "text": "Ani <b>", "officials": [{"name": "<svg onload=alert(1)>", "title": None, "start": 0, "end": 3}]}
    page = render_report([art])
    assert "<img" not in page and "<svg" not in page and "<i>t" not in page
    assert 'href="javascript' not in page


def test_app_page_has_no_inline_script():
    from importlib import resources

    index = resources.files("pipeline.review").joinpath("static", "index.html").read_text(encoding="utf-8")
    assert "<script>" not in index and ".innerHTML" not in \
        resources.files("pipeline.review").joinpath("static", "app.js").read_text(encoding="utf-8")


# ------------------------------------------------------------------ exports

def test_label_studio_export(tmp_path):
    out, inputs = write_fixture(tmp_path)
    dest = tmp_path / "ls.json"
    assert main(["export", str(out), "--texts", str(inputs), "--format", "label-studio", "-o", str(dest)]) == 0
    tasks = json.loads(dest.read_text(encoding="utf-8"))
    assert (tmp_path / "ls.label-config.xml").read_text().startswith("<View>")
    assert len(tasks) == 2
    task = tasks[0]
    assert task["data"]["text"] == TEXT_A and task["data"]["article_id"] == "mawar-001"
    res = task["predictions"][0]["result"]
    regions = {r["id"]: r for r in res if r["type"] == "labels"}
    for r in regions.values():
        assert r["from_name"] == "label" and r["to_name"] == "text"
        v = r["value"]
        assert TEXT_A[v["start"]:v["end"]] == v["text"] and len(v["labels"]) == 1
    assert {r["value"]["labels"][0] for r in regions.values()} >= {"PARTNER", "PROGRAM", "COUNT", "QUOTE", "OFFICIAL"}
    rels = [r for r in res if r["type"] == "relation"]
    said = [r for r in rels if r["labels"] == ["said"]]
    titled = [r for r in rels if r["labels"] == ["has_title"]]
    assert said and regions[said[0]["to_id"]]["value"]["labels"] == ["QUOTE"]
    assert regions[said[0]["from_id"]]["value"]["text"] in ("Siti Rahmawati", "Wali Kota Mawar Siti Rahmawati")
    assert len(titled) == 2
    for rel in titled:
        assert regions[rel["from_id"]]["value"]["labels"] == ["OFFICIAL"]
        assert regions[rel["to_id"]]["value"]["labels"] == ["TITLE"]
    assert {regions[r["to_id"]]["value"]["text"] for r in titled} == {"Wali Kota", "Penulis"}
    # offsets in UTF-16 code units after an emoji (Label Studio counts like JavaScript)
    r2 = {r["value"]["text"]: r["value"] for r in tasks[1]["predictions"][0]["result"] if r["type"] == "labels"}
    py = TEXT_B.index("12 guru")
    assert r2["12 guru"]["start"] == py + 1


@pytest.mark.parametrize("fmt", ["prodigy", "doccano"])
def test_jsonl_exports(tmp_path, fmt):
    out, inputs = write_fixture(tmp_path, with_text=True)
    dest = tmp_path / f"{fmt}.jsonl"
    assert main(["export", str(out), "--format", fmt, "-o", str(dest)]) == 0
    lines = [json.loads(x) for x in dest.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == 2 and lines[0]["text"] == TEXT_A
    if fmt == "prodigy":
        spans = lines[0]["spans"]
        assert lines[0]["meta"]["id"] == "mawar-001"
        assert all(set(s) >= {"start", "end", "label"} for s in spans)
        got = [(TEXT_A[s["start"]:s["end"]], s["label"]) for s in spans]
        b = lines[1]["spans"]
        assert any(TEXT_B[s["start"]:s["end"]] == "12 guru" for s in b)   # code points, like Python
    else:
        assert lines[0]["article_id"] == "mawar-001"
        got = [(TEXT_A[s:e], lab) for s, e, lab in lines[0]["label"]]
    assert ("Kota Hamamatsu", "PARTNER") in got and ("Rp 2,5 miliar", "COUNT") in got
    assert ("Budi Santoso", "OFFICIAL") in got and len(got) == 9


def test_export_without_text_skips_and_fails(tmp_path, capsys):
    out, _ = write_fixture(tmp_path)
    assert main(["export", str(out), "--format", "doccano", "-o", str(tmp_path / "d.jsonl")]) == 1
    assert "--texts" in capsys.readouterr().err


def test_missing_output_is_a_clean_error(tmp_path, capsys):
    assert main(["report", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "r.html")]) == 2
    assert "no such file" in capsys.readouterr().err
