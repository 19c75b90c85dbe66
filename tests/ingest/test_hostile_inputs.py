"""Readers on hostile bytes: bombs read in bounded memory, JSON the json module chokes on,
unpaired surrogates, UTF-16 and UTF-32, binary files under text names, declared charsets.

Every input is built here; tests/hostile/ runs the whole generated corpus through the CLI.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.decode import LineTooLong, read_line
from eventwire.models import RawArticle, Reject

Item = RawArticle | Reject
MAX = 1_000_000
TEXT = "The minister said on Tuesday that the talks would resume next week."


def read(path: Path, max_bytes: int = MAX) -> list[Item]:
    return list(read_inputs([str(path)], max_bytes=max_bytes))


def outcomes(items: list[Item], path: Path) -> list[tuple[str, str | None]]:
    """Each item's origin (without the folder) and reject code (None for an article)."""
    return [
        (item.origin.removeprefix(f"{path.parent}/"), getattr(item, "code", None)) for item in items
    ]


def peak_bytes(path: Path, max_bytes: int) -> tuple[list[Item], int]:
    tracemalloc.start()
    try:
        items = read(path, max_bytes)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return items, peak


# -- bounded lines ------------------------------------------------------------------------------


def test_read_line_skips_an_over_long_line_and_reads_on() -> None:
    raw = io.BufferedReader(io.BytesIO(b"short\n" + b"x" * 200_000 + b"\nafter\nlast"))
    assert read_line(raw, 100) == b"short\n"
    with pytest.raises(LineTooLong) as long:
        read_line(raw, 100)
    assert long.value.size == 200_001
    assert [read_line(raw, 100), read_line(raw, 100), read_line(raw, 100)] == [
        b"after\n",
        b"last",
        b"",
    ]


def test_gzip_bomb_without_newlines_in_jsonl_is_one_e007_in_bounded_memory(
    tmp_path: Path,
) -> None:
    path = tmp_path / "bomb.jsonl.gz"
    size = 30_000_000
    path.write_bytes(gzip.compress(b" " * size, compresslevel=1))
    items, peak = peak_bytes(path, max_bytes=1_000_000)
    assert outcomes(items, path) == [("bomb.jsonl.gz:1", "E007")]
    assert isinstance(items[0], Reject) and f"{size:,} bytes" in items[0].message
    assert peak < 5_000_000  # never the whole line, nor max_bytes twice over


def test_jsonl_line_over_the_limit_is_skipped_and_the_next_lines_are_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dump.jsonl.gz"
    big = json.dumps({"text": "x " * 3_000_000}).encode()
    bad = b'{"text": "caf\xe9"}'
    lines = [json.dumps({"text": TEXT}).encode(), big, json.dumps({"text": "Next."}).encode(), bad]
    path.write_bytes(gzip.compress(b"\n".join(lines) + b"\n"))
    items = read(path, max_bytes=1_000_000)
    assert outcomes(items, path) == [
        ("dump.jsonl.gz:1", None),
        ("dump.jsonl.gz:2", "E007"),
        ("dump.jsonl.gz:3", None),
        ("dump.jsonl.gz:4", "E004"),
    ]
    # Byte positions count the skipped line: they still point into the file.
    position = sum(len(line) + 1 for line in lines[:3]) + bad.index(b"\xe9")
    assert f"at byte {position} " in items[3].message  # type: ignore[union-attr]


# -- what the json module chokes on -------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "words"),
    [
        ('{"text": "x", "deep": ' + "[" * 100_000 + "]" * 100_000 + "}", "too deeply"),
        ('{"text": "x", "n": ' + "7" * 5000 + "}", "digits"),
    ],
    ids=["nesting", "long-number"],
)
def test_json_the_parser_cannot_hold_is_e005_and_the_file_goes_on(
    tmp_path: Path, line: str, words: str
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text(f"{line}\n{json.dumps({'text': TEXT})}\n", "utf-8")
    items = read(path)
    assert outcomes(items, path) == [("odd.jsonl:1", "E005"), ("odd.jsonl:2", None)]
    assert words in items[0].message  # type: ignore[union-attr]


def test_unpaired_surrogates_become_replacement_characters(tmp_path: Path) -> None:
    path = tmp_path / "surrogates.jsonl"
    path.write_text('{"text": "He said \\ud800 no \\udfff.", "title": "A \\udbff"}\n', "utf-8")
    [article] = read(path)
    assert isinstance(article, RawArticle)
    assert (article.text, article.title) == ("He said \ufffd no \ufffd.", "A \ufffd")
    article.text.encode("utf-8")  # writable as UTF-8 (the store, the hash of the id)


def test_a_surrogate_pair_stays_one_character(tmp_path: Path) -> None:
    path = tmp_path / "pair.jsonl"
    path.write_text('{"text": "Smile \\ud83d\\ude00"}\n', "utf-8")
    [article] = read(path)
    assert isinstance(article, RawArticle) and article.text == "Smile \U0001f600"


# -- binary files and other encodings under text names ------------------------------------------


@pytest.mark.parametrize("name", ["noise.jsonl", "noise.csv"])
def test_binary_jsonl_or_csv_is_one_e003_not_one_per_line(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)) * 100)
    assert outcomes(read(path), path) == [(name, "E003")]


@pytest.mark.parametrize("name", ["dump.jsonl", "page.txt", "table.csv"])
def test_gzip_without_the_gz_suffix_says_so(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(gzip.compress(json.dumps({"text": TEXT}).encode() * 20, mtime=0))
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == "E003"
    assert "gzip-compressed" in reject.message and ".gz suffix" in reject.message


@pytest.mark.parametrize(
    ("mark", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
    ],
)
@pytest.mark.parametrize("name", ["note.txt", "page.html"])
def test_a_byte_order_mark_names_the_encoding(
    tmp_path: Path, mark: bytes, codec: str, name: str
) -> None:
    text = f"“Déjà vu,” she said. {TEXT} 😀"
    page = f"<html><body><p>{text}</p></body></html>" if name.endswith(".html") else text
    path = tmp_path / name
    path.write_bytes(mark + page.encode(codec))
    [article] = read(path)
    assert isinstance(article, RawArticle) and article.text == page


def test_utf16_without_a_mark_is_e004_naming_the_conversion(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(TEXT.encode("utf-16-le"))
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == "E004"
    assert "iconv -f utf-16le -t utf-8" in reject.message


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")[:-1], "E004"),  # odd length
        (codecs.BOM_UTF16_LE + "\x01\x02\x03\x04".encode("utf-16-le") * 50, "E003"),
    ],
    ids=["cut-in-a-character", "control-characters"],
)
def test_a_byte_order_mark_on_what_is_no_text(tmp_path: Path, data: bytes, code: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(data)
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == code


@pytest.mark.parametrize("name", ["dump.jsonl", "table.csv"])
def test_utf16_json_lines_or_table_is_one_e004(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    body = "text\nOne\nTwo\n" if name.endswith(".csv") else '{"text": "One"}\n{"text": "Two"}\n'
    path.write_bytes(codecs.BOM_UTF16_LE + body.encode("utf-16-le"))
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == "E004"
    assert "iconv -f UTF-16 -t utf-8" in reject.message


def test_a_mark_inside_a_json_lines_file_is_not_read_as_one(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(json.dumps({"text": TEXT}).encode() + b"\n\xff\xfe{}\n")
    assert outcomes(read(path), path) == [("dump.jsonl:1", None), ("dump.jsonl:2", "E004")]


# -- HTML charsets ------------------------------------------------------------------------------


def page(head: str, body: str) -> str:
    return f"<html><head>{head}</head><body><p>{body}</p></body></html>"


def test_html_in_the_charset_it_declares_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    text = page('<meta charset="windows-1252">', f"“Café,” he said. {TEXT}")
    path.write_bytes(text.encode("cp1252"))
    [article] = read(path)
    assert isinstance(article, RawArticle) and article.text == text


@pytest.mark.parametrize(
    ("head", "words"),
    [("", "not valid UTF-8"), ('<meta charset="utf-8">', "not valid UTF-8")],
    ids=["undeclared", "declared-utf-8"],
)
def test_html_not_in_utf8_nor_a_declared_charset_is_e004(
    tmp_path: Path, head: str, words: str
) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page(head, f"Café. {TEXT}").encode("cp1252"))
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == "E004" and words in reject.message


def test_html_whose_bytes_do_not_fit_its_declared_charset_is_e004(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page('<meta charset="windows-1252">', TEXT).encode() + b"\x81\xff")
    [reject] = read(path)
    assert isinstance(reject, Reject) and reject.code == "E004"
    assert "nor is it valid cp1252" in reject.message


# -- feeds --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "reference", ["&#xD800;", "&#xDFFF;", "&#1114112;", "&#99999999999999999999;", "&#0;"]
)
def test_feed_character_references_to_no_character_become_replacements(
    tmp_path: Path, reference: str
) -> None:
    path = tmp_path / "news.rss"
    # Not well-formed (an unclosed item), so feedparser's fallback parser reads it: the
    # one that used to raise on such references.
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>One</title><description>{TEXT} {reference} End."
        "</description></item><item><title>Cut",
        "utf-8",
    )
    article = read(path)[0]
    assert isinstance(article, RawArticle)
    assert "\ufffd End." in article.text


# -- standard input -----------------------------------------------------------------------------


def test_a_text_stream_without_bytes_is_read_no_further_than_the_limit() -> None:
    class Endless(io.TextIOBase):
        """A text stream without a byte buffer that never ends."""

        def read(self, size: int | None = -1) -> str:
            if size is None or size < 0:
                raise AssertionError("read to the end of an endless stream")
            return "x" * size

    [reject] = list(read_inputs(["-"], max_bytes=1000, stdin=Endless()))  # type: ignore[arg-type]
    assert isinstance(reject, Reject) and reject.code == "E007"


# -- web archives -------------------------------------------------------------------------------


def test_a_utf16_page_in_a_web_archive_is_read_by_its_byte_order_mark(tmp_path: Path) -> None:
    body = codecs.BOM_UTF16_LE + f"<html><body><p>{TEXT}</p></body></html>".encode("utf-16-le")
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=iso-8859-1\r\n\r\n" + body
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        "WARC-Date: 2020-01-02T03:04:05Z\r\nWARC-Target-URI: https://news.example/1\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(head.encode() + http + b"\r\n\r\n")
    [article] = read(path)
    assert isinstance(article, RawArticle) and TEXT in article.text
