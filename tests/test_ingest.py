"""pipeline.ingest: every input kind, encodings, ids, the language check and a fuzzed input set.

The articles are short texts written for these tests (not from the gold set or corpus).
"""
from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline import ingest
from pipeline.ingest import Fields, IngestError, check_inputs, count_items, read_inputs
from pipeline.schema import Article

ART = ("Pemerintah Kota Balikpapan menjalin kerja sama dengan Kota Kawasaki di Jepang dalam bidang "
       "pengelolaan air bersih. Wali Kota mengatakan bahwa program tersebut akan dimulai pada tahun depan "
       "dan melibatkan 20 teknisi dari kedua kota.")
ART2 = ("Universitas Mulawarman menandatangani nota kesepahaman dengan sebuah universitas di Korea Selatan. "
        "Menurut rektor, kerja sama itu membuka peluang bagi 15 mahasiswa untuk belajar satu semester di sana.")
ART3 = ("Dinas Pariwisata Provinsi Bali menerima kunjungan delegasi dari Australia Barat. Kedua pihak "
        "membahas promosi wisata bersama yang akan digelar pada bulan Desember di Denpasar dan Perth.")
ENGLISH = ("The city government signed an agreement with its Japanese partner on Tuesday to build two "
           "floating clinics for residents who live along the river, officials said in a statement.")
HTML = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Balikpapan dan Kawasaki Jalin Kerja Sama Air Bersih - Kabar Etam</title>
<meta property="og:title" content="Balikpapan dan Kawasaki Jalin Kerja Sama Air Bersih">
<meta property="og:site_name" content="Kabar Etam">
<meta property="og:url" content="https://kabaretam.example/berita/2025/balikpapan-kawasaki">
<meta property="article:published_time" content="2025-10-14T09:00:00+08:00">
<link rel="canonical" href="https://kabaretam.example/berita/2025/balikpapan-kawasaki">
<script>var tracking = 1;</script></head>
<body><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a></nav>
<article><h1>Balikpapan dan Kawasaki Jalin Kerja Sama Air Bersih</h1>
<p>{p1}</p><p>{p2}</p></article>
<footer>Hak cipta Kabar Etam</footer></body></html>
"""


def articles(items):
    return [i for i in items if isinstance(i, Article)]


def errors(items):
    return [i for i in items if isinstance(i, IngestError)]


def page(p1: str = ART, p2: str = ART3, slug: str = "balikpapan-kawasaki") -> str:
    return HTML.replace("{p1}", p1).replace("{p2}", p2).replace("balikpapan-kawasaki", slug)


def write(path: Path, data: bytes | str, *, gz: bool = False) -> Path:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(gzip.compress(raw) if gz else raw)
    return path


def warc_bytes(records: list[tuple[str, str, bytes, str]], *, gz: bool = True) -> bytes:
    """A WARC file of (url, content type, body, HTTP status) responses."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, ctype, body, status in records:
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                      http_headers=headers))
    return buf.getvalue()


# ---------------------------------------------------------------- each kind


@pytest.mark.parametrize("gz", [False, True])
def test_txt_id_is_the_file_name(tmp_path, gz):
    p = write(tmp_path / ("balikpapan.txt.gz" if gz else "balikpapan.txt"), "\ufeff" + ART, gz=gz)
    [a] = read_inputs([p])
    assert (a.id, a.text, a.source_path) == ("balikpapan", ART, str(p))


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-16"])
def test_non_utf8_text_is_detected(tmp_path, encoding):
    text = ART + " Kegiatan itu dibuka di Café Rondé dengan sambutan “hangat” dari warga."
    if encoding == "latin-1":
        text = text.replace("“", '"').replace("”", '"')
    p = write(tmp_path / "enc.txt", text.encode(encoding))
    [a] = read_inputs([p])
    assert a.text == text


@pytest.mark.parametrize("gz", [False, True])
def test_json_object_and_list(tmp_path, gz):
    suffix = ".json.gz" if gz else ".json"
    one = write(tmp_path / f"satu{suffix}", json.dumps({"id": "a1", "text": ART, "title": "Air bersih"}), gz=gz)
    many = write(tmp_path / f"banyak{suffix}", json.dumps([
        {"id": "b1", "text": ART2, "url": "https://contoh.example/b1", "date": "2025-11-02"},
        {"judul": "Wisata", "isi": ART3},
        "bukan objek",
    ]), gz=gz)
    items = list(read_inputs([one, many]))
    a1, b1, b2 = articles(items)
    assert (a1.id, a1.title, a1.text) == ("a1", "Air bersih", ART)
    assert (b1.url, b1.published) == ("https://contoh.example/b1", "2025-11-02")
    assert (b2.title, b2.text) == ("Wisata", ART3)
    assert b2.id == "sha-" + ingest.text_hash(ART3)   # no id, no url: from the content
    [bad] = errors(items)
    assert (bad.id, bad.at) == ("banyak:3", "item 3") and "not an object" in bad.reason


@pytest.mark.parametrize("chunk", [1, 3, 7, 64])
def test_json_list_is_streamed_across_chunk_edges(chunk):
    values = [{"text": "a" * 50}, 12345, "teks", [1, 2], {"x": {"y": [True, None]}}, -0.5e3, False]
    doc = " [ " + " ,\n".join(json.dumps(v) for v in values) + " ] "
    assert list(ingest._json_values(io.StringIO(doc), chunk=chunk)) == values


def test_json_list_cut_short_reports_the_rest(tmp_path):
    p = write(tmp_path / "putus.json", json.dumps([{"id": "x1", "text": ART}, {"id": "x2", "text": ART2}])[:-30])
    items = list(read_inputs([p]))
    assert [a.id for a in articles(items)] == ["x1"]
    [err] = errors(items)
    assert err.reason.startswith("unreadable json file") and err.at == "after item 1"


@pytest.mark.parametrize("gz", [False, True])
def test_jsonl_ids_given_or_derived_and_bad_lines(tmp_path, gz):
    lines = [json.dumps({"id": "j1", "text": ART}), "", "{broken",
             json.dumps({"url": "https://contoh.example/j2#atas", "text": ART2}),
             json.dumps({"text": ART3, "id": 77}), json.dumps({"title": "tanpa teks"})]
    p = write(tmp_path / ("data.jsonl.gz" if gz else "data.jsonl"), "\n".join(lines) + "\n", gz=gz)
    items = list(read_inputs([p]))
    assert [a.id for a in articles(items)] == ["j1", ingest.derive_id(url="https://contoh.example/j2"), "77"]
    assert [(e.id, e.at) for e in errors(items)] == [("data:3", "line 3"), ("data:6", "line 6")]
    assert "no text field" in errors(items)[1].reason


def test_jsonl_line_in_another_encoding(tmp_path):
    good = json.dumps({"id": "u1", "text": ART}, ensure_ascii=False).encode()
    latin = json.dumps({"id": "u2", "text": ART2 + " Acara di Café Rondé."}, ensure_ascii=False).encode("cp1252")
    p = write(tmp_path / "campur.jsonl", good + b"\n" + latin + b"\n")
    a1, a2 = read_inputs([p])
    assert a2.text.endswith("Café Rondé.")


@pytest.mark.parametrize("gz", [False, True])
def test_csv_with_default_and_mapped_columns(tmp_path, gz):
    suffix = ".csv.gz" if gz else ".csv"
    default = write(tmp_path / f"a{suffix}", 'id,title,text,url\nc1,Air,"' + ART.replace(". ", ".\n") +
                    '",https://contoh.example/c1\n,,\n', gz=gz)
    mapped = write(tmp_path / "b" / f"b{suffix}", f'kode;judul;isi_berita;tgl\nc2;Kampus;{ART2};2025-11-06\n', gz=gz)
    [c1] = read_inputs([default])
    assert (c1.id, c1.title, c1.url) == ("c1", "Air", "https://contoh.example/c1") and "\n" in c1.text
    fields = Fields(id="kode", text="isi_berita", title="judul", date="tgl")
    [c2] = read_inputs([mapped], fields=fields)
    assert (c2.id, c2.title, c2.text, c2.published) == ("c2", "Kampus", ART2, "2025-11-06")
    [err] = read_inputs([mapped], fields=Fields(text="konten"))
    assert "no column 'konten'" in err.reason


def test_csv_field_over_the_default_limit(tmp_path):
    big = (ART + " ") * 1200   # ~250 KB in one cell
    p = write(tmp_path / "besar.csv", f'id,text\nbig,"{big}"\n')
    [a] = read_inputs([p])
    assert a.text == big


@pytest.mark.parametrize("gz", [False, True])
def test_saved_html_page(tmp_path, gz):
    p = write(tmp_path / ("kawasaki.html.gz" if gz else "kawasaki.html"), page(), gz=gz)
    [a] = read_inputs([p])
    assert a.id == ingest.derive_id(url="https://kabaretam.example/berita/2025/balikpapan-kawasaki")
    assert a.title == "Balikpapan dan Kawasaki Jalin Kerja Sama Air Bersih"
    assert a.url == "https://kabaretam.example/berita/2025/balikpapan-kawasaki"
    assert a.published == "2025-10-14"
    assert "Kota Kawasaki" in a.text and "Hak cipta" not in a.text and "tracking" not in a.text


def test_saved_pages_without_url_are_named_by_file_and_same_named_pages_by_url(tmp_path):
    bare = page().replace('<link rel="canonical"', '<link rel="x"').replace('og:url', 'og:x')
    write(tmp_path / "tanpa-url.html", bare)
    write(tmp_path / "2024" / "index.html", page(ART2, ART3, "unmul-korea"))
    write(tmp_path / "2025" / "index.html", page())
    items = list(read_inputs([tmp_path]))
    assert [a.id for a in articles(items)] == [   # a folder's own files first, then its subfolders
        "tanpa-url", ingest.derive_id(url="https://kabaretam.example/berita/2025/unmul-korea"),
        ingest.derive_id(url="https://kabaretam.example/berita/2025/balikpapan-kawasaki")]


@pytest.mark.parametrize("gz", [False, True])
def test_warc_html_responses_only(tmp_path, gz):
    data = warc_bytes([
        ("https://kabaretam.example/a", "text/html; charset=utf-8", page().encode(), "200 OK"),
        ("https://kabaretam.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 40, "200 OK"),
        ("https://kabaretam.example/hilang", "text/html", b"<html><body>Tidak ada</body></html>", "404 Not Found"),
        ("https://kabaretam.example/b", "text/html", page(ART2, ART3, "unmul-korea").encode("cp1252"), "200 OK"),
        ("https://kabaretam.example/kosong", "text/html", b"<html><script>x()</script></html>", "200 OK"),
    ], gz=gz)
    p = write(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), data)
    items = list(read_inputs([p]))
    a, b = articles(items)
    assert a.url == "https://kabaretam.example/berita/2025/balikpapan-kawasaki"   # canonical url of the page
    assert a.id == ingest.derive_id(url=a.url)
    assert "Universitas Mulawarman" in b.text
    [empty] = errors(items)
    assert empty.reason == "no main text found in the HTML page" and empty.at == "record 5"


def test_folders_globs_and_suffixes(tmp_path):
    write(tmp_path / "arsip" / "2024" / "a.txt", ART)
    write(tmp_path / "arsip" / "2025" / "b.jsonl", json.dumps({"id": "b", "text": ART2}) + "\n")
    write(tmp_path / "arsip" / "2025" / "c.json.gz", json.dumps({"id": "c", "text": ART3}), gz=True)
    write(tmp_path / "arsip" / "catatan.md", "# bukan masukan")
    write(tmp_path / "arsip" / ".sembunyi.txt", ART)
    assert [a.id for a in read_inputs([tmp_path / "arsip"])] == ["a", "b", "c"]
    assert [a.id for a in read_inputs([str(tmp_path / "arsip" / "**" / "*.txt")])] == ["a"]
    assert count_items([tmp_path / "arsip"]) is None            # a .json list cannot be counted cheaply
    assert count_items([str(tmp_path / "arsip" / "20*" / "*.*l")]) == 1


def test_missing_inputs_raise_before_reading(tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        check_inputs([tmp_path / "tidak-ada.txt"])
    with pytest.raises(FileNotFoundError, match="no files match"):
        check_inputs([str(tmp_path / "*.jsonl")])
    with pytest.raises(FileNotFoundError):
        list(read_inputs([tmp_path / "tidak-ada"]))


def test_text_hash_is_the_record_content_hash():
    from pipeline.assemble import content_hash

    assert ingest.text_hash(ART) == content_hash(ART)


# ---------------------------------------------------------------- checks


@pytest.mark.parametrize("text, expected", [
    (ART, None),
    (ART2, None),
    (ENGLISH, "not Indonesian"),
    ("Die Stadtverwaltung hat am Dienstag mit der japanischen Partnerstadt einen Vertrag über zwei "
     "schwimmende Kliniken unterzeichnet, sagte ein Sprecher.", "not Indonesian"),
    ("Short English line.", None),                  # too short to judge
])
def test_language_check(text, expected):
    problem = ingest.language_problem(text)
    assert problem is None if expected is None else problem.startswith(expected)


def test_duplicate_ids_keep_the_first(tmp_path):
    p = write(tmp_path / "dup.jsonl", "\n".join(json.dumps({"id": i, "text": t})
                                                for i, t in [("d1", ART), ("d2", ART2), ("d1", ART3)]))
    q = write(tmp_path / "d2.txt", ART3)
    items = list(read_inputs([p, q]))
    assert [(a.id, a.text) for a in articles(items)] == [("d1", ART), ("d2", ART2)]
    assert [(e.id, e.at, e.duplicate) for e in errors(items)] == [("d1", "line 3", True), ("d2", None, True)]
    assert len(list(read_inputs([p, q], dedupe=False))) == 4


# ---------------------------------------------------------------- fuzzed input set


def fuzz_set(folder: Path) -> dict[str, str]:
    """Bad inputs of every kind -> the reason (prefix) each must be reported with."""
    write(folder / "kosong.txt", b"")
    write(folder / "spasi.txt", "   \n\t \n")
    write(folder / "biner.txt", bytes(range(256)) * 40)
    write(folder / "acak.txt", bytes((i * 7919) % 97 + 158 for i in range(3000)))   # high bytes, no NUL
    write(folder / "rusak.txt.gz", gzip.compress(ART.encode())[:30])
    write(folder / "naskah.html", "<html><head><script>var a=1;</script></head>"
                                  "<body><script>b()</script></body></html>")
    write(folder / "inggris.txt", ENGLISH)
    write(folder / "baris.jsonl", b'{"id": "ok1", "text": "' + ART.encode() + b'"}\n{"id": "x", "te\n\xff\xfe\n[1,2]\n')
    write(folder / "biner-baris.jsonl", b"\x00\x01\x02" * 100)
    write(folder / "kosong-json.json", b"")
    write(folder / "kosong-csv.csv", b"")
    write(folder / "dobel.jsonl", json.dumps({"id": "ok1", "text": ART2}) + "\n")
    write(folder / "besar.jsonl", json.dumps({"id": "besar", "text": (ART + " ") * 4800}) + "\n")  # ~1 MB line
    write(folder / "bukan.warc.gz", gzip.compress(b"WARC/1.0\r\nnot really\r\n"))
    return {"kosong": "empty article", "spasi": "empty article", "biner": "unreadable", "acak": "",
            "biner-baris": "unreadable jsonl file", "kosong-json": "unreadable json file",
            "kosong-csv": "unreadable csv file",
            "rusak": "unreadable", "naskah": "no main text", "inggris": "not Indonesian",
            "baris:2": "bad JSONL line 2", "baris:3": "bad JSONL line 3", "baris:4": "JSONL line 4: not an object",
            "ok1": "duplicate id", "bukan": "unreadable warc file"}


def test_fuzzed_inputs_become_errors_not_crashes(tmp_path):
    expected = fuzz_set(tmp_path)
    items = list(read_inputs([tmp_path]))
    got = {e.id: e.reason for e in errors(items)}
    assert sorted(a.id for a in articles(items)) == ["besar", "ok1"]
    assert len(errors(items)) == len(got) == len(expected)
    for id, reason in expected.items():
        assert got[id].startswith(reason), (id, got[id])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400), name=st.sampled_from(["x.txt", "x.jsonl", "x.json", "x.csv", "x.html",
                                                          "x.warc", "x.jsonl.gz", "x.tsv"]))
def test_random_bytes_never_raise(tmp_path, data, name):
    p = write(tmp_path / name, data)
    for item in read_inputs([p]):
        assert isinstance(item, (Article, IngestError))
