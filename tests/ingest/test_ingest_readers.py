"""Readers: every format, folder order, stdin, and one Reject per kind of bad input."""

from __future__ import annotations

import gzip
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

import pytest

import eventwire.ingest.read as read_module
from eventwire.ingest import read_inputs
from eventwire.ingest.base import Reader
from eventwire.ingest.dates import parse_date
from eventwire.models import RawArticle, Reject

Item = RawArticle | Reject

MAX = 1_000_000


def read(*paths: str | Path, max_bytes: int = MAX, stdin: TextIO | None = None) -> list[Item]:
    return list(read_inputs([str(p) for p in paths], max_bytes=max_bytes, stdin=stdin))


def only(items: list[Item]) -> Item:
    assert len(items) == 1, items
    return items[0]


# -- formats ----------------------------------------------------------------------------------


def test_txt_file_is_one_text_article(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("The mayor said the bridge would reopen.\n", "utf-8")
    article = only(read(path))
    assert article == RawArticle(
        origin=str(path),
        text="The mayor said the bridge would reopen.\n",
        content_type="text",
        path=str(path),
    )


def test_bom_is_stripped_and_crlf_kept_readable(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffFirst line.\r\nSecond line.\r\n".encode())
    article = only(read(path))
    assert isinstance(article, RawArticle)
    assert article.text == "First line.\r\nSecond line.\r\n"


@pytest.mark.parametrize("name", ["page.html", "page.htm", "PAGE.HTML"])
def test_html_files_keep_their_markup(tmp_path: Path, name: str) -> None:
    markup = "<html><body><p>Talks resumed on Monday.</p></body></html>"
    (tmp_path / name).write_text(markup, "utf-8")
    article = only(read(tmp_path / name))
    assert isinstance(article, RawArticle)
    assert (article.content_type, article.text) == ("html", markup)


def test_gzipped_html_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>Ceasefire holds.</p></body></html>"))
    article = only(read(path))
    assert isinstance(article, RawArticle)
    assert article.content_type == "html"
    assert "Ceasefire holds." in article.text


def test_gzipped_text_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"Plain text, compressed.\n"))
    article = only(read(path))
    assert isinstance(article, RawArticle)
    assert (article.content_type, article.text) == ("text", "Plain text, compressed.\n")


def test_unknown_extension_that_decodes_is_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_text("# Notes\nThe minister resigned.", "utf-8")
    article = only(read(path))
    assert isinstance(article, RawArticle)
    assert article.content_type == "text"


def test_unknown_extension_that_opens_with_markup_is_html(tmp_path: Path) -> None:
    path = tmp_path / "saved-page"
    path.write_text("<!DOCTYPE html><html><body><p>Hi.</p></body></html>", "utf-8")
    article = only(read(path))
    assert isinstance(article, RawArticle)
    assert article.content_type == "html"


def jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def test_jsonl_records_carry_their_metadata(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "dump.jsonl",
        [
            json.dumps(
                {
                    "text": "Ministers met in Oslo.",
                    "url": "https://example.org/a",
                    "title": "Oslo talks",
                    "published": "2018-10-08T09:30:00Z",
                    "source": "Example News",
                }
            ),
            json.dumps({"html": "<p>Second story.</p>", "published": "sometime soon"}),
        ],
    )
    first, second = read(path)
    assert first == RawArticle(
        origin=f"{path}:1",
        text="Ministers met in Oslo.",
        content_type="text",
        path=str(path),
        url="https://example.org/a",
        title="Oslo talks",
        published=date(2018, 10, 8),
        source="Example News",
    )
    assert isinstance(second, RawArticle)
    assert second.origin == f"{path}:2"
    assert second.content_type == "html"
    assert second.published is None  # unreadable date: kept, not rejected


def test_jsonl_bad_lines_are_rejected_one_by_one(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path / "dump.jsonl",
        [
            json.dumps({"text": "Good one."}),
            "",
            "{not json",
            "[1, 2]",
            json.dumps({"url": "https://example.org/x", "text": "   "}),
            json.dumps({"text": "Still read after the bad lines."}),
        ],
    )
    items = read(path)
    assert [type(item).__name__ for item in items] == [
        "RawArticle",
        "Reject",
        "Reject",
        "Reject",
        "RawArticle",
    ]
    malformed, not_object, no_text = items[1:4]
    assert (malformed.origin, malformed.code) == (f"{path}:3", "E005")
    assert "not valid JSON" in malformed.message
    assert (not_object.origin, not_object.code) == (f"{path}:4", "E005")
    assert "list, not an object" in not_object.message
    assert (no_text.origin, no_text.code) == (f"{path}:5", "E006")
    assert '"text" or "html"' in no_text.message and "url" in no_text.message
    assert str(no_text).startswith(f"E006 {path}:5: ")
    assert items[4].origin == f"{path}:6"


def test_jsonl_gz_and_invalid_utf8_line(tmp_path: Path) -> None:
    body = b'{"text": "First."}\n{"text": "caf\xe9"}\n{"text": "Third."}\n'
    path = tmp_path / "dump.jsonl.gz"
    path.write_bytes(gzip.compress(body))
    first, bad, third = read(path)
    assert isinstance(first, RawArticle) and isinstance(third, RawArticle)
    assert (bad.origin, bad.code) == (f"{path}:2", "E004")
    offset = body.index(b"\xe9")
    assert f"byte {offset}" in bad.message


def test_empty_jsonl_is_e002(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "empty.jsonl", ["", "   "])
    reject = only(read(path))
    assert isinstance(reject, Reject) and reject.code == "E002"


# -- folders and stdin -----------------------------------------------------------------------


def test_folder_is_read_recursively_in_sorted_order_without_hidden(tmp_path: Path) -> None:
    for name in ["b.txt", "a/z.txt", "a/b/c.txt", "c.txt", ".hidden.txt", ".git/x.txt", "a/.h"]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(f"Text of {name}.", "utf-8")
    origins = [item.origin for item in read(tmp_path)]
    assert origins == [str(tmp_path / name) for name in ["a/b/c.txt", "a/z.txt", "b.txt", "c.txt"]]


def test_stdin_text_and_html() -> None:
    text = only(read("-", stdin=io.StringIO("The talks ended.\n")))
    assert text == RawArticle(origin="<stdin>", text="The talks ended.\n", content_type="text")
    page = only(read("-", stdin=io.StringIO("  <!doctype html><html><p>x</p></html>")))
    assert isinstance(page, RawArticle) and page.content_type == "html"


def test_stdin_json_lines_are_one_article_each() -> None:
    lines = (
        json.dumps({"text": "Talks ended.", "url": "https://example.org/a"})
        + "\n\n{broken\n"
        + json.dumps({"html": "<p>x</p>", "published": "2020-02-03"})
        + "\n"
    )
    items = list(read("-", stdin=io.StringIO(lines)))
    assert [item.origin for item in items] == ["<stdin>:1", "<stdin>:3", "<stdin>:4"]
    first, broken, page = items
    assert isinstance(first, RawArticle) and first.url == "https://example.org/a"
    assert first.path is None
    assert isinstance(broken, Reject) and broken.code == "E005"
    assert isinstance(page, RawArticle) and page.content_type == "html"
    assert page.published == date(2020, 2, 3)


def test_stdin_text_starting_with_a_brace_is_still_text() -> None:
    item = only(read("-", stdin=io.StringIO("{Editor's note} The talks ended.\n")))
    assert isinstance(item, RawArticle) and item.content_type == "text"


def test_stdin_bytes_are_checked_like_files() -> None:
    stream = io.TextIOWrapper(io.BytesIO(b"\xef\xbb\xbfok\n\xff bad"), encoding="utf-8")
    reject = only(read("-", stdin=stream))
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == ("<stdin>", "E004")
    assert "byte 6" in reject.message


def test_stdin_empty_is_e002() -> None:
    reject = only(read("-", stdin=io.StringIO(" \n\t\n")))
    assert isinstance(reject, Reject) and reject.code == "E002"


# -- bad inputs ------------------------------------------------------------------------------


def test_missing_path_is_e001_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Still here.", "utf-8")
    missing = tmp_path / "nope.txt"
    reject, article = read(missing, good)
    assert isinstance(reject, Reject)
    assert (reject.origin, reject.code) == (str(missing), "E001")
    assert str(missing) in str(reject)
    assert isinstance(article, RawArticle) and article.text == "Still here."


def test_broken_symlink_is_e001(tmp_path: Path) -> None:
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    reject = only(read(link))
    assert isinstance(reject, Reject)
    assert reject.code == "E001" and "broken symbolic link" in reject.message


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n", b"\xef\xbb\xbf  \n"])
def test_empty_file_is_e002(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    reject = only(read(path))
    assert isinstance(reject, Reject)
    assert reject.code == "E002" and "empty" in reject.message


@pytest.mark.parametrize(
    "content", [b"PK\x03\x04\x00\x00binary", bytes(range(1, 32)) * 20 + b"text"]
)
def test_binary_file_is_e003(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(content)
    reject = only(read(path))
    assert isinstance(reject, Reject)
    assert reject.code == "E003" and "binary" in reject.message


def test_invalid_utf8_is_e004_with_the_byte_offset(tmp_path: Path) -> None:
    data = b"Line one.\nThe caf\xe9 closed.\n"
    path = tmp_path / "latin1.txt"
    path.write_bytes(data)
    reject = only(read(path))
    assert isinstance(reject, Reject)
    assert reject.code == "E004"
    offset = data.index(b"\xe9")
    assert f"not valid UTF-8 at byte {offset}" in reject.message
    assert "line 2" in reject.message


@pytest.mark.parametrize("name", ["big.txt", "big.html.gz"])
def test_too_large_is_e007(tmp_path: Path, name: str) -> None:
    data = b"word " * 100
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    reject = only(read(path, max_bytes=100))
    assert isinstance(reject, Reject)
    assert reject.code == "E007" and "limit is 100" in reject.message


def test_jsonl_record_too_large_is_e007_for_that_line(tmp_path: Path) -> None:
    path = jsonl(tmp_path / "d.jsonl", [json.dumps({"text": "x" * 200}), '{"text": "ok"}'])
    reject, article = read(path, max_bytes=100)
    assert (reject.origin, reject.code) == (f"{path}:1", "E007")
    assert isinstance(article, RawArticle)


def test_corrupt_gzip_is_e009(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"this is not gzip at all")
    reject = only(read(path))
    assert isinstance(reject, Reject)
    assert reject.code == "E009" and "gzip" in reject.message


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_os_error_is_e009() -> None:
    # /proc/self/mem exists but cannot be read from offset 0: a real OSError, even as root.
    reject = only(read("/proc/self/mem"))
    assert isinstance(reject, Reject)
    assert reject.code == "E009" and "cannot be read" in reject.message


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads anything")
def test_permission_denied_is_e009(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x", "utf-8")
    path.chmod(0)
    reject = only(read(path))
    assert isinstance(reject, Reject) and reject.code == "E009"


# -- a failing reader, progress --------------------------------------------------------------


# pyo3's PanicException (FastWARC's Rust code can raise it) derives from BaseException.
PanicException = type("PanicException", (BaseException,), {"__module__": "pyo3_runtime"})


@dataclass(frozen=True, slots=True)
class FailingReader:
    """Yields one article, then raises ``error`` (a reader with a bug)."""

    error: BaseException

    def read(self, path: Path, origin: str) -> Iterator[RawArticle | Reject]:
        yield RawArticle(origin=f"{origin}:1", text="Read before the failure.", path=str(path))
        raise self.error


def fail_on_boom(monkeypatch: pytest.MonkeyPatch, error: BaseException) -> None:
    """Make ``.boom`` files read by a FailingReader; other files as usual."""
    usual = read_module.reader_for

    def reader_for(path: Path, max_bytes: int) -> Reader:
        return FailingReader(error) if path.suffix == ".boom" else usual(path, max_bytes)

    monkeypatch.setattr(read_module, "reader_for", reader_for)


@pytest.mark.parametrize(
    ("error", "problem"),
    [
        (ValueError("bad state"), "ValueError: bad state"),
        (KeyError("offset"), "KeyError: 'offset'"),
        (RuntimeError(), "RuntimeError"),
        (PanicException("called `Option::unwrap()` on a `None` value"), "PanicException: called"),
    ],
)
def test_a_reader_that_fails_is_one_e014_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException, problem: str
) -> None:
    fail_on_boom(monkeypatch, error)
    broken, after = tmp_path / "a.boom", tmp_path / "b.txt"
    broken.write_text("anything", "utf-8")
    after.write_text("The next file.", "utf-8")
    before, failed, article = read(tmp_path)
    assert isinstance(before, RawArticle)
    assert (before.origin, before.text) == (f"{broken}:1", "Read before the failure.")
    assert isinstance(failed, Reject)
    assert (failed.origin, failed.code) == (str(broken), "E014")
    assert failed.message.startswith(f"the reader failed: {problem}")
    assert failed.message.endswith("; the rest of the file is skipped")
    assert isinstance(article, RawArticle) and article.text == "The next file."


@pytest.mark.parametrize("error", [KeyboardInterrupt(), SystemExit(3)])
def test_interrupts_from_a_reader_are_not_swallowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: BaseException
) -> None:
    fail_on_boom(monkeypatch, error)
    (tmp_path / "a.boom").write_text("anything", "utf-8")
    (tmp_path / "b.txt").write_text("Never reached.", "utf-8")
    with pytest.raises(type(error)):
        read(tmp_path)


def test_e014_keeps_the_start_of_a_long_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_on_boom(monkeypatch, ValueError("x" * 10_000))
    (tmp_path / "a.boom").write_text("anything", "utf-8")
    _, failed = read(tmp_path)
    assert isinstance(failed, Reject) and failed.code == "E014"
    assert failed.message == (
        f"the reader failed: ValueError: {'x' * 300}...; the rest of the file is skipped"
    )


def test_done_is_called_once_per_file_after_its_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fail_on_boom(monkeypatch, ValueError("bad state"))
    text = tmp_path / "a.txt"
    text.write_text("Plain text.", "utf-8")
    packed = tmp_path / "b.txt.gz"
    packed.write_bytes(gzip.compress(b"Packed text. " * 100))
    empty = tmp_path / "c.jsonl"
    empty.write_text("\n", "utf-8")  # only a Reject (E002)
    broken = tmp_path / "d.boom"
    broken.write_text("boom", "utf-8")
    events: list[tuple[str, ...]] = []

    def done(path: str, size: int) -> None:
        events.append(("done", path, str(size)))

    paths = [str(tmp_path), str(tmp_path / "missing.txt"), "-"]
    stdin = io.StringIO("From standard input.")
    for item in read_inputs(paths, max_bytes=MAX, stdin=stdin, done=done):
        events.append((type(item).__name__, item.origin))
    assert events == [
        ("RawArticle", str(text)),
        ("done", str(text), "11"),
        ("RawArticle", str(packed)),
        ("done", str(packed), str(packed.stat().st_size)),  # on disk, compressed
        ("Reject", str(empty)),
        ("done", str(empty), "1"),
        ("RawArticle", f"{broken}:1"),
        ("Reject", str(broken)),
        ("done", str(broken), "4"),
        ("Reject", str(tmp_path / "missing.txt")),  # no file: nothing done
        ("RawArticle", "<stdin>"),  # standard input is not counted
    ]
    assert packed.stat().st_size < len(b"Packed text. " * 100)


def test_done_gets_size_0_for_a_file_gone_when_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    @dataclass(frozen=True, slots=True)
    class Vanishing:
        def read(self, path: Path, origin: str) -> Iterator[RawArticle | Reject]:
            text = path.read_text("utf-8")
            path.unlink()
            yield RawArticle(origin=origin, text=text, path=str(path))

    monkeypatch.setattr(read_module, "reader_for", lambda path, max_bytes: Vanishing())
    path = tmp_path / "gone.txt"
    path.write_text("Here, then gone.", "utf-8")
    calls: list[tuple[str, int]] = []
    items = list(read_inputs([str(path)], max_bytes=MAX, done=lambda *call: calls.append(call)))
    assert [item.origin for item in items] == [str(path)]
    assert calls == [(str(path), 0)]


# -- dates ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-10-08", date(2018, 10, 8)),
        ("2018-10-08T09:30:00+09:00", date(2018, 10, 8)),
        ("2018/10/8 09:30", date(2018, 10, 8)),
        ("20181008", date(2018, 10, 8)),
        ("Mon, 08 Oct 2018 09:30:00 GMT", date(2018, 10, 8)),
        ("2018-13-45", None),
        ("last Tuesday", None),
        ("", None),
        (20181008, None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


def test_jsonl_text_holding_markup_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    records = [
        {"text": "<p>Talks ended &quot;well&quot;, he said.</p><p>More.</p>"},
        {"text": "Plain text about <b> tags is still text."},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    html, plain = list(read(path))
    assert isinstance(html, RawArticle) and html.content_type == "html"
    assert isinstance(plain, RawArticle) and plain.content_type == "text"
