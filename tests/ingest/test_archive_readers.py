"""Archive and bulk readers: WARC, CSV/TSV, RSS/Atom, gzipped JSON lines, and globs.

Every input is built here, by hand: WARC records with their Content-Length, feeds
and tables inline.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.charset import decode_web
from eventwire.ingest.feed import looks_like_feed
from eventwire.ingest.read import input_files
from eventwire.models import RawArticle, Reject
from eventwire.run.deadline import time_limit

Item = RawArticle | Reject

MAX = 1_000_000


def read(*paths: str | Path, max_bytes: int = MAX) -> list[Item]:
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))


def articles(items: list[Item]) -> list[RawArticle]:
    return [item for item in items if isinstance(item, RawArticle)]


def rejects(items: list[Item]) -> list[Reject]:
    return [item for item in items if isinstance(item, Reject)]


# -- WARC ---------------------------------------------------------------------------------


def warc_record(kind: str, uri: str, block: bytes, content_type: str) -> bytes:
    """One WARC/1.1 record, its Content-Length counted from ``block``."""
    head = (
        "WARC/1.1\r\n"
        f"WARC-Type: {kind}\r\n"
        f"WARC-Record-ID: <urn:sha1:{hashlib.sha1(uri.encode() + block).hexdigest()}>\r\n"
        "WARC-Date: 2020-01-02T03:04:05Z\r\n"
        f"WARC-Target-URI: {uri}\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def http_response(
    body: bytes, content_type: str, *, status: str = "200 OK", extra: str = ""
) -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n{extra}\r\n"
    return head.encode("latin-1") + body


def response(uri: str, body: bytes, content_type: str, **http: str) -> bytes:
    return warc_record(
        "response",
        uri,
        http_response(body, content_type, **http),
        "application/http; msgtype=response",
    )


def write_warc(path: Path, records: list[bytes]) -> Path:
    """Write ``records``, each its own gzip member when ``path`` ends in ``.gz``."""
    if path.suffix == ".gz":
        path.write_bytes(b"".join(gzip.compress(record) for record in records))
    else:
        path.write_bytes(b"".join(records))
    return path


PAGE = "<html><head><title>Talks</title></head><body><p>The café talks resumed.</p></body></html>"


def crawl() -> list[bytes]:
    """A small crawl: info, a request, two pages, and records that hold no article."""
    return [
        warc_record("warcinfo", "", b"software: hand-built\r\n", "application/warc-fields"),
        warc_record(
            "request",
            "https://news.example.org/talks",
            b"GET /talks HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
            "application/http; msgtype=request",
        ),
        response(
            "https://news.example.org/talks",
            PAGE.encode("iso-8859-1"),
            "text/html; charset=ISO-8859-1",
        ),
        response("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png"),
        response(
            "https://news.example.org/gone",
            b"<p>Not here.</p>",
            "text/html",
            status="404 Not Found",
        ),
        response(
            "https://news.example.org/moved",
            b"",
            "text/html",
            status="301 Moved Permanently",
            extra="Location: https://news.example.org/talks\r\n",
        ),
        warc_record(
            "resource",
            "https://wire.example.com/notes.txt",
            b"Ministers met in Oslo on Monday.",
            "text/plain; charset=utf-8",
        ),
        warc_record(
            "metadata",
            "https://news.example.org/talks",
            b"via: https://news.example.org/\r\n",
            "application/warc-fields",
        ),
        warc_record(
            "conversion",
            "https://news.example.org/report.pdf",
            b"Text converted from a PDF report.",
            "text/plain",
        ),
    ]


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz", "CRAWL.WARC.GZ"])
def test_warc_pages_and_text_records_become_articles(tmp_path: Path, name: str) -> None:
    path = write_warc(tmp_path / name, crawl())
    page, notes, converted = read(path)
    assert page == RawArticle(
        origin=f"{path}:record 3",
        text=PAGE,  # decoded from ISO-8859-1, as the header says
        content_type="html",
        path=str(path),
        url="https://news.example.org/talks",
        source="news.example.org",
    )
    assert (notes.origin, notes.content_type, notes.text) == (
        f"{path}:record 7",
        "text",
        "Ministers met in Oslo on Monday.",
    )
    assert notes.url == "https://wire.example.com/notes.txt"
    assert notes.source == "wire.example.com"
    assert converted.origin == f"{path}:record 9"
    assert converted.text == "Text converted from a PDF report."


def test_warc_gzip_and_chunked_http_bodies_are_decoded(tmp_path: Path) -> None:
    story = b"<html><body><p>Negotiators reached a deal late on Friday.</p></body></html>"
    zipped = gzip.compress(story)
    chunked = b"19\r\n<p>Chunked page body.</p>\r\n0\r\n\r\n"
    path = write_warc(
        tmp_path / "encoded.warc",
        [
            response(
                "https://a.example.org/gz",
                zipped,
                "text/html; charset=utf-8",
                extra=f"Content-Encoding: gzip\r\nContent-Length: {len(zipped)}\r\n",
            ),
            response(
                "https://a.example.org/chunked",
                chunked,
                "text/html",
                extra="Transfer-Encoding: chunked\r\n",
            ),
        ],
    )
    gz, chunks = read(path)
    assert isinstance(gz, RawArticle) and gz.text == story.decode()
    assert isinstance(chunks, RawArticle) and chunks.text == "<p>Chunked page body.</p>"


def test_truncated_warc_gz_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    records = crawl()
    members = [gzip.compress(record) for record in records]
    # Cut in the middle of the seventh record's gzip member (the text resource).
    cut = sum(len(member) for member in members[:6]) + len(members[6]) // 2
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members)[:cut])
    items = read(path)
    page, reject = items
    assert isinstance(page, RawArticle) and page.url == "https://news.example.org/talks"
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (f"{path}:record 7", "E011")
    assert "cut short" in reject.message and "records before it were read" in reject.message
    assert str(reject).startswith(f"E011 {path}:record 7: ")


def test_truncated_plain_warc_rejects_the_last_record(tmp_path: Path) -> None:
    records = crawl()[:7]
    path = tmp_path / "cut.warc"
    path.write_bytes(b"".join(records)[:-12])
    page, reject = read(path)
    assert isinstance(page, RawArticle)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (f"{path}:record 7", "E011")
    assert "holds 24 of its 32 bytes" in reject.message


def test_file_that_is_not_a_warc_is_e011_at_record_1(tmp_path: Path) -> None:
    path = tmp_path / "notes.warc"
    path.write_text("Just some notes, not an archive.\n" * 3, "utf-8")
    [reject] = read(path)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (f"{path}:record 1", "E011")
    assert "not a valid WARC record" in reject.message and "WARC file?" in reject.message


def test_broken_warc_records_are_rejected_one_by_one(tmp_path: Path) -> None:
    path = write_warc(
        tmp_path / "mixed.warc",
        [
            warc_record(
                "response",
                "https://b.example.org/garbled",
                b"NOT HTTP AT ALL\r\n\r\nbody",
                "application/http; msgtype=response",
            ),
            response(
                "https://b.example.org/big",
                b"<p>" + b"word " * 100 + b"</p>",
                "text/html",
            ),
            response("https://b.example.org/ok", b"<p>Small page.</p>", "text/html"),
            response("https://b.example.org/video", b"\x00" * 600, "video/mp4"),
        ],
    )
    garbled, big, ok = read(path, max_bytes=400)
    assert isinstance(garbled, Reject)
    assert (garbled.origin, garbled.code) == (f"{path}:record 1", "E011")
    assert "no valid HTTP status line ('NOT HTTP AT ALL')" in garbled.message
    assert isinstance(big, Reject)
    assert (big.origin, big.code) == (f"{path}:record 2", "E007")
    assert isinstance(ok, RawArticle)
    assert (ok.origin, ok.text) == (f"{path}:record 3", "<p>Small page.</p>")


def test_warc_charsets_that_are_no_text_charset_fall_back(tmp_path: Path) -> None:
    path = write_warc(
        tmp_path / "labels.warc.gz",
        [
            response(
                "https://c.example.org/b64",
                "<p>Talks in Genève resumed.</p>".encode(),
                "text/html; charset=base64",
            ),
            response(
                "https://c.example.org/hex",
                b'<html><head><meta charset="hex"></head><p>Caf\xe9 owners</p></html>',
                "text/html",
            ),
            # UTF-7 would read "+Politics" as three CJK characters.
            response(
                "https://c.example.org/utf7",
                b"<p>Watch ABC+Politics tonight.</p>",
                "text/html; charset=utf-7",
            ),
            response("https://c.example.org/after", b"<p>After them.</p>", "text/html"),
        ],
    )
    items = read(path)
    assert [(item.origin, item.text) for item in articles(items)] == [
        (f"{path}:record 1", "<p>Talks in Genève resumed.</p>"),  # as UTF-8
        (
            f"{path}:record 2",
            '<html><head><meta charset="hex"></head><p>Café owners</p></html>',  # Windows-1252
        ),
        (f"{path}:record 3", "<p>Watch ABC+Politics tonight.</p>"),
        (f"{path}:record 4", "<p>After them.</p>"),
    ]
    assert rejects(items) == []


def test_empty_warc_is_e002(tmp_path: Path) -> None:
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(gzip.compress(b""))
    [reject] = read(path)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (str(path), "E002")


@pytest.mark.parametrize(
    ("data", "charset", "html", "expected"),
    [
        ("Café".encode("iso-8859-1"), "iso-8859-1", False, "Café"),
        # latin-1 labels are read as Windows-1252, as browsers do: curly quotes survive.
        (b"\x93Yes,\x94 he said", "ISO-8859-1", False, "\u201cYes,\u201d he said"),
        # A label that is wrong for the bytes falls back to UTF-8...
        ("naïve".encode(), "iso-2022-jp", False, "naïve"),
        # ...and bytes that are neither become Windows-1252.
        (b"caf\xe9", "utf-8", False, "café"),
        (b"caf\xe9", None, False, "café"),
        (b"bad \x81 byte", None, False, "bad \ufffd byte"),
        (
            '<meta charset="koi8-r"><p>\xf0\xd2\xc9\xd7\xc5\xd4</p>'.encode("latin-1"),
            None,
            True,
            '<meta charset="koi8-r"><p>Привет</p>',
        ),
        (b"\xef\xbb\xbfBOM first", "windows-1252", False, "BOM first"),
        (b"plain", "no-such-charset", False, "plain"),
        # Codecs that are no web charset: bytes-to-bytes ones (decode would raise)...
        (b"caf\xe9 zlib", "zlib", False, "café zlib"),
        (b"plain rot13", "rot13", False, "plain rot13"),
        (b'<meta charset="uu"><p>x</p>', None, True, '<meta charset="uu"><p>x</p>'),
        # ...and text codecs that would turn plain ASCII into other text.
        (b"caf\\xe9", "unicode_escape", False, "caf\\xe9"),
        (b"Disney+Politics", "utf-7", False, "Disney+Politics"),
        (b"bad label", "utf\x008", False, "bad label"),
    ],
)
def test_decode_web(data: bytes, charset: str | None, html: bool, expected: str) -> None:
    assert decode_web(data, charset, html=html) == expected


# -- JSON lines, gzipped --------------------------------------------------------------------


def test_ndjson_gz_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.ndjson.gz"
    lines = [
        json.dumps({"text": "Rebels took the town.", "url": "https://c.example.org/1"}),
        "{broken",
        json.dumps({"html": "<p>Second.</p>", "published": "2021-05-06", "title": "Two"}),
    ]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    first, broken, second = read(path)
    assert isinstance(first, RawArticle)
    assert (first.origin, first.url) == (f"{path}:1", "https://c.example.org/1")
    assert (broken.origin, broken.code) == (f"{path}:2", "E005")
    assert isinstance(second, RawArticle)
    assert (second.content_type, second.title, second.published) == (
        "html",
        "Two",
        date(2021, 5, 6),
    )


# -- CSV and TSV ----------------------------------------------------------------------------


def test_csv_rows_become_articles_with_their_metadata(tmp_path: Path) -> None:
    path = tmp_path / "stories.csv"
    path.write_text(
        "\ufeffURL,Title,Date,Text,Source\r\n"
        "https://d.example.org/1,Truce,2019-03-04,"
        '"The truce held, officials said.\r\nA second line.",Wire\r\n'
        "https://d.example.org/2,Raw page,,<div><p>Markup in the text column.</p></div>,\r\n"
        "\r\n"
        ",,,Bare text.,\r\n",
        "utf-8",
    )
    truce, markup, bare = read(path)
    assert truce == RawArticle(
        origin=f"{path}:row 2",
        text="The truce held, officials said.\r\nA second line.",
        content_type="text",
        path=str(path),
        url="https://d.example.org/1",
        title="Truce",
        published=date(2019, 3, 4),
        source="Wire",
    )
    assert isinstance(markup, RawArticle)
    assert (markup.origin, markup.content_type, markup.published) == (f"{path}:row 3", "html", None)
    assert isinstance(bare, RawArticle)
    assert (bare.origin, bare.text, bare.url) == (f"{path}:row 5", "Bare text.", None)


def test_csv_bad_rows_are_rejected_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_bytes(
        b"title,body,html\n"
        b"One,First body.,\n"
        b"Two,too,many,fields\n"
        b"Three,,<p>Only html.</p>\n"
        b"Four,,\n"
        b"Five,caf\xe9 in latin-1,\n"
        b"Six,Last body.,\n"
    )
    items = read(path)
    assert [(item.origin, getattr(item, "code", None)) for item in items] == [
        (f"{path}:row 2", None),
        (f"{path}:row 3", "E012"),
        (f"{path}:row 4", None),
        (f"{path}:row 5", "E006"),
        (f"{path}:row 6", "E004"),
        (f"{path}:row 7", None),
    ]
    assert "has 4 fields but the header has 3" in items[1].message
    only_html = items[2]
    assert isinstance(only_html, RawArticle)
    assert (only_html.content_type, only_html.text) == ("html", "<p>Only html.</p>")
    assert "body or html" in items[3].message


def test_csv_without_a_text_column_is_one_e012(tmp_path: Path) -> None:
    path = tmp_path / "meta.csv"
    path.write_text("url,Title,author\nhttps://e.example.org,Hi,Ann\n", "utf-8")
    [reject] = read(path)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (str(path), "E012")
    assert "text, body, content, html" in reject.message
    assert "(the header has url, title, author)" in reject.message


def test_gzipped_tsv_with_a_large_field(tmp_path: Path) -> None:
    big = "Long report. " * 20_000  # 260 KB: over csv's default field limit of 128 KiB
    path = tmp_path / "dump.tsv.gz"
    path.write_bytes(gzip.compress(f"content\turl\n{big}\thttps://f.example.org\n".encode()))
    [article] = read(path)
    assert isinstance(article, RawArticle)
    assert (article.origin, article.text, article.url) == (
        f"{path}:row 2",
        big,
        "https://f.example.org",
    )


def test_csv_field_over_max_bytes_is_e007_for_that_row(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text(f"text\n{'x' * 300}\nsmall\n", "utf-8")
    big, small = read(path, max_bytes=200)
    assert (big.origin, big.code) == (f"{path}:row 2", "E007")
    assert isinstance(small, RawArticle) and small.text == "small"


def test_gzipped_csv_line_over_max_bytes_is_skipped_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "one-line.csv.gz"
    line = b"x" * 3_000_000  # no newline for 3 MB: a field csv would refuse only once read
    path.write_bytes(gzip.compress(b"text,url\n" + line + b",https://g.example/1\nsmall,\n"))
    tracemalloc.start()
    try:
        big, small = read(path, max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(big, Reject)
    assert (big.origin, big.code) == (f"{path}:row 2", "E007")
    assert isinstance(small, RawArticle)
    assert (small.origin, small.text) == (f"{path}:row 3", "small")
    assert peak < len(line)  # the line was never held whole


def test_csv_header_line_over_max_bytes_is_e007(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text("text," + "x" * 500 + "\nsmall,\n", "utf-8")
    [reject] = read(path, max_bytes=200)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (f"{path}:row 1", "E007")


def test_empty_csv_is_e002(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("", "utf-8")
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == "E002"


# -- feeds ----------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Example Wire</title>
  <link>https://wire.example.org/</link>
  <item>
    <title>Talks resume</title>
    <link>https://wire.example.org/talks</link>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>The minister said talks would resume on Monday.</p>]]>
    </content:encoded>
    <pubDate>Mon, 08 Oct 2018 09:30:00 GMT</pubDate>
  </item>
  <item>
    <title>Summary only</title>
    <link>https://wire.example.org/summary</link>
    <description>&lt;p&gt;Only a summary here.&lt;/p&gt;</description>
  </item>
  <item><title>Nothing in it</title></item>
</channel>
</rss>
"""


@pytest.mark.parametrize("name", ["news.rss", "news.xml", "news.rss.gz"])
def test_rss_entries_become_articles(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    data = RSS.encode()
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    talks, summary, empty = read(path)
    assert talks == RawArticle(
        origin=f"{path}:entry 1",
        text="<p>The minister said talks would resume on Monday.</p>",  # longer than summary
        content_type="html",
        path=str(path),
        url="https://wire.example.org/talks",
        title="Talks resume",
        published=date(2018, 10, 8),
        source="Example Wire",
    )
    assert isinstance(summary, RawArticle)
    assert (summary.origin, summary.text) == (f"{path}:entry 2", "<p>Only a summary here.</p>")
    assert summary.published is None
    assert (empty.origin, empty.code) == (f"{path}:entry 3", "E006")


def test_atom_feed_with_a_plain_text_summary(tmp_path: Path) -> None:
    path = tmp_path / "wire.atom"
    path.write_text(
        '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        '<link href="https://atom.example.net/"/>'
        '<entry><title>Vote count</title><link href="https://atom.example.net/vote"/>'
        "<updated>2020-02-03T10:00:00Z</updated>"
        '<summary type="text">Counting went on overnight &lt;again&gt;.</summary></entry></feed>',
        "utf-8",
    )
    [entry] = read(path)
    assert isinstance(entry, RawArticle)
    assert (entry.content_type, entry.text) == ("text", "Counting went on overnight <again>.")
    assert (entry.url, entry.title, entry.published) == (
        "https://atom.example.net/vote",
        "Vote count",
        date(2020, 2, 3),
    )
    assert entry.source == "atom.example.net"  # no feed title: the link's host


def test_rdf_feed_in_xml_file(tmp_path: Path) -> None:
    path = tmp_path / "rdf.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<!-- RSS 1.0 -->\n'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/">'
        '<channel rdf:about="https://rdf.example.org/"><title>RDF Wire</title></channel>'
        '<item rdf:about="https://rdf.example.org/1"><title>One</title>'
        "<link>https://rdf.example.org/1</link><description>First item.</description></item>"
        "</rdf:RDF>",
        "utf-8",
    )
    [item] = read(path)
    assert isinstance(item, RawArticle)
    assert (item.origin, item.text, item.source) == (f"{path}:entry 1", "First item.", "RDF Wire")


@pytest.mark.parametrize(
    ("content", "line"),
    [("<rss>\n<channel><title>Cut", 2), ('<?xml version="1.0"?>\n<rss>\n<channel><title>Cut', 3)],
)
def test_broken_feed_is_one_e013(tmp_path: Path, content: str, line: int) -> None:
    path = tmp_path / "broken.rss"
    path.write_text(content, "utf-8")
    [reject] = read(path)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (str(path), "E013")
    assert reject.message == (
        f"is not a well-formed feed (line {line}: no element found); no entry was read"
    )


def test_feed_file_holding_html_is_e013(tmp_path: Path) -> None:
    path = tmp_path / "page.rss"
    path.write_text("<html><body><p>Not a feed.</p></body></html>", "utf-8")
    [reject] = read(path)
    assert isinstance(reject, Reject)
    assert reject.code == "E013" and "not an RSS or Atom feed" in reject.message


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ('<?xml version="1.0"?>\n<html><body><p>A page saved as XML.</p></body></html>', "html"),
        ("Plain notes in a file called .xml", "text"),
    ],
)
def test_xml_that_is_not_a_feed_is_read_as_a_page(tmp_path: Path, content: str, kind: str) -> None:
    path = tmp_path / "page.xml"
    path.write_text(content, "utf-8")
    [article] = read(path)
    assert article == RawArticle(origin=str(path), text=content, content_type=kind, path=str(path))


# Longer than the 8 KiB the sniffing once looked at, with runs of spaces between comments
# (each run could be split between repetitions in ways without number).
LONG_PROLOG = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    + "".join(f"  <!-- mirror {n} -->\n{' ' * 60}\n" for n in range(150))
    + '<?xml-stylesheet type="text/xsl" href="style.xsl"?>\n\n'
)


def test_xml_with_a_long_indented_prolog_is_sniffed_quickly(tmp_path: Path) -> None:
    content = (
        LONG_PROLOG
        + '<!DOCTYPE urlset [<!ENTITY site "https://s.example.org">]>\n'
        + '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        + "<url><loc>https://s.example.org/</loc></url></urlset>\n"
    )
    assert len(content) > 10_000
    path = tmp_path / "sitemap.xml"
    path.write_text(content, "utf-8")
    with time_limit(5):
        start = time.perf_counter()
        [article] = read(path)
        elapsed = time.perf_counter() - start
    assert elapsed < 0.5
    # It opens with an XML declaration, so it is kept as markup, like any .xml page.
    assert article == RawArticle(
        origin=str(path), text=content, content_type="html", path=str(path)
    )


def test_feed_with_a_long_prolog_is_still_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "news.xml"
    path.write_text(LONG_PROLOG + RSS.partition("?>\n")[2], "utf-8")
    with time_limit(5):
        items = read(path)
    assert [
        (item.origin, item.code if isinstance(item, Reject) else item.title) for item in items
    ] == [
        (f"{path}:entry 1", "Talks resume"),
        (f"{path}:entry 2", "Summary only"),
        (f"{path}:entry 3", "E006"),
    ]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"\xef\xbb\xbf<?xml version='1.0'?><rss version='2.0'>", True),
        (b"<!DOCTYPE rss [<!ENTITY a '<b>'>]>\n<!-- c -->\n<rdf:RDF xmlns:rdf='x'>", True),
        (b"\n\t<feed xmlns='http://www.w3.org/2005/Atom'>", True),
        (b"<!doctype html><html><body>rss</body></html>", False),
        (b"<rssfeed>", False),
        (b"<!-- never closed <rss>", False),
        (b"<?xml version='1.0'", False),
        (b" " * 100_000 + b"x", False),
        (b"", False),
    ],
)
def test_looks_like_feed(data: bytes, expected: bool) -> None:
    with time_limit(5):
        assert looks_like_feed(data) is expected


def test_feed_external_entities_are_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", "utf-8")
    path = tmp_path / "xxe.rss"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "{secret.as_uri()}">]>'
        '<rss version="2.0"><channel><title>T</title>'
        "<item><title>Leak &x;</title><description>Body &x; here.</description></item>"
        "</channel></rss>",
        "utf-8",
    )
    items = read(path)
    assert items and all("TOP-SECRET" not in repr(item) for item in items)


# -- globs ----------------------------------------------------------------------------------


def make_tree(root: Path) -> None:
    for name in ["2020/b.txt", "2020/a.txt", "2021/deep/c.txt", "2021/skip.md", "top.txt"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}.", "utf-8")


def test_glob_patterns_are_expanded_in_sorted_order(tmp_path: Path) -> None:
    make_tree(tmp_path)
    items = read(tmp_path / "**" / "*.txt")
    assert [item.origin for item in items] == [
        str(tmp_path / name) for name in ["2020/a.txt", "2020/b.txt", "2021/deep/c.txt", "top.txt"]
    ]
    assert all(isinstance(item, RawArticle) for item in items)


def test_glob_matching_folders_reads_each_file_once(tmp_path: Path) -> None:
    make_tree(tmp_path)
    origins = [item.origin for item in read(tmp_path / "202[01]*" / "**")]
    assert sorted(origins) == origins
    assert origins == [
        str(tmp_path / name)
        for name in ["2020/a.txt", "2020/b.txt", "2021/deep/c.txt", "2021/skip.md"]
    ]


def test_glob_matching_nothing_is_one_e001(tmp_path: Path) -> None:
    pattern = str(tmp_path / "*.warc.gz")
    [reject] = read(pattern)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (pattern, "E001")
    assert "pattern matches no file" in reject.message


def test_a_file_named_like_a_pattern_is_read_as_itself(tmp_path: Path) -> None:
    path = tmp_path / "odd[1].txt"
    path.write_text("Bracketed name.", "utf-8")
    [article] = read(path)
    assert isinstance(article, RawArticle) and article.text == "Bracketed name."


def test_input_files_lists_what_read_inputs_reads(tmp_path: Path) -> None:
    make_tree(tmp_path)
    files = list(input_files([str(tmp_path / "2021"), str(tmp_path / "*.txt"), "-", "missing"]))
    assert files == [tmp_path / "2021/deep/c.txt", tmp_path / "2021/skip.md", tmp_path / "top.txt"]


# -- everything at once ---------------------------------------------------------------------


def test_folder_of_mixed_formats_yields_articles_from_each(tmp_path: Path) -> None:
    write_warc(tmp_path / "a_crawl.warc.gz", crawl())
    (tmp_path / "b_table.csv").write_text(
        "text,url\nFrom the table.,https://t.example/1\n", "utf-8"
    )
    (tmp_path / "c_feed.rss").write_text(RSS, "utf-8")
    (tmp_path / "d_dump.jsonl.gz").write_bytes(
        gzip.compress(json.dumps({"text": "From the dump."}).encode() + b"\n")
    )
    (tmp_path / "e_page.html").write_text(
        "<html><body><p>From the page.</p></body></html>", "utf-8"
    )
    (tmp_path / "f_notes.txt").write_text("From the notes.", "utf-8")
    items = read(tmp_path)
    by_file: dict[str, list[str]] = {}
    for article in articles(items):
        name = Path(article.origin.split(":")[0]).name
        by_file.setdefault(name, []).append(article.url or article.text)
    assert by_file == {
        "a_crawl.warc.gz": [
            "https://news.example.org/talks",
            "https://wire.example.com/notes.txt",
            "https://news.example.org/report.pdf",
        ],
        "b_table.csv": ["https://t.example/1"],
        "c_feed.rss": ["https://wire.example.org/talks", "https://wire.example.org/summary"],
        "d_dump.jsonl.gz": ["From the dump."],
        "e_page.html": ["<html><body><p>From the page.</p></body></html>"],
        "f_notes.txt": ["From the notes."],
    }
    assert [(r.origin, r.code) for r in rejects(items)] == [
        (f"{tmp_path / 'c_feed.rss'}:entry 3", "E006")
    ]
