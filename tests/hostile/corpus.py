"""A hostile-input corpus, generated here and never downloaded: every file a news dump may
hold that a reader, the cleaner or the quote finder could choke on.

:func:`write_hostile_corpus` writes the files into a folder and returns what must become
of each input: the reject code it must get, or None when it must be stored. Keys are
origins relative to the folder, as ``eventwire run`` names them: a file (``empty.txt``),
or one item inside it (``bad_lines.jsonl:5``, ``cut.warc.gz:record 3``,
``bomb.csv.gz:row 3``). An input with items has one key per item, plus one for the file
itself when the file as a whole is also rejected (a cut gzip after its good lines).

What a user can count on, as the expectations pin it:

- sizes: a file over ``ingest.max_bytes`` is E007 before a byte of it is read (the
  50 MB article: a dump glued into one file, not an article to cut at ``max_chars``);
  decompressed data is E007 after ``max_bytes`` + 1 bytes (gzip bombs, HTTP
  Content-Encoding bombs in a WARC); a JSON line or CSV row over it is E007 and the
  next one is read; a 5 MB line under it is read, cleaned and cut at ``max_chars``;
- encodings: text is UTF-8, or UTF-16/UTF-32 when a byte-order mark says so; an HTML
  page may be in the charset its ``<meta>`` declares; anything else (Windows-1252,
  Latin-1, UTF-16 without a mark) is E004 with the ``iconv`` command that converts it,
  never guessed; JSON lines and tables are UTF-8 only, so a UTF-16 one is one E004;
- a binary file, a gzip file without ``.gz``, is one E003, never a Reject per line;
- HTML nested deeper than the HTML parser reads (libxml2 stops at 256 levels) has no
  main text: E008. Everything else is stored, quote marks, scripts and emoji included.

The expectations hold with the default ``[ingest]`` limits (``max_bytes`` 20 MB,
``max_chars`` 200,000) and with a lower ``max_chars``. Big files are written in
blocks and the gzip bombs are concatenated gzip members (one megabyte compressed once,
repeated), so the whole corpus is written in about a second.
"""

from __future__ import annotations

import codecs
import gzip
import json
import random
import zlib
from collections.abc import Callable
from pathlib import Path

from tests.ingest.test_archive_readers import warc_record

Expected = dict[str, str | None]

MB = 1 << 20
# Bigger than the default ingest.max_bytes (20 MB), so size limits must hold.
ARTICLE_BYTES = 50 * MB
BOMB_BYTES = 200 * MB
LINE_BYTES = 5 * MB
# Long enough to show any quadratic pattern (seconds, not milliseconds), short enough
# that the parser downstream is quick once the text is cut at ``max_chars``.
RUN_CHARS = 100_000

_SENTENCES = (
    "The finance minister said on Tuesday that the government would cut fuel subsidies "
    "by the end of the year.",
    '"We have no other choice," she told reporters in the capital after a cabinet meeting.',
    "Opposition leaders accused the government of breaking its election promises and "
    "called for protests.",
    "Police said about two thousand people gathered outside parliament, and that nobody was hurt.",
    "The central bank kept its main interest rate unchanged at 4.5 percent, citing "
    "uncertainty over oil prices.",
    '"This is a difficult moment for every family in the country," the president said '
    "in a televised address.",
    "Talks between the two neighbours on a border dispute ended without a deal, diplomats said.",
    "The United Nations urged both sides to show restraint and return to negotiations next month.",
)


def sentences(topic: str, count: int) -> str:
    """``count`` news sentences about ``topic``: real-looking, distinct per topic."""
    picked = [_SENTENCES[index % len(_SENTENCES)] for index in range(count)]
    return f"Report on {topic}. " + " ".join(picked)


def article(topic: str) -> str:
    """A short distinct article with paragraphs and a quote."""
    return (
        f"{topic.capitalize()}: the minister of {topic} met union leaders in Lagos on Monday.\n\n"
        f'"We will not accept these cuts to {topic}," the union leader Ade Bello said.\n\n'
        f"The ministry of {topic} said talks would resume next week."
    )


def _noise(size: int, seed: str) -> bytes:
    """``size`` reproducible random bytes (NULs included)."""
    return random.Random(seed).randbytes(size)


def _gz(data: bytes) -> bytes:
    """``data`` gzipped, the same bytes every time (no time stamp in the header)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def _gzip_repeated(chunk: bytes, times: int) -> bytes:
    """``chunk`` repeated ``times`` over as gzip: one member compressed once, repeated.

    Concatenated members are one valid gzip stream (RFC 1952), so a 200 MB bomb costs
    one megabyte of compression.
    """
    return _gz(chunk) * times


def _deflated(data: bytes) -> bytes:
    """``data`` as one gzip member (for HTTP Content-Encoding, where one member is read)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    return compressor.compress(data) + compressor.flush()


def _response(uri: str, body: bytes, headers: str = "Content-Type: text/html\r\n") -> bytes:
    http = f"HTTP/1.1 200 OK\r\n{headers}\r\n".encode("latin-1") + body
    return warc_record("response", uri, http, "application/http; msgtype=response")


def _warcinfo() -> bytes:
    return warc_record("warcinfo", "", b"software: hostile corpus\r\n", "application/warc-fields")


def _page(topic: str) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in article(topic).split("\n\n"))
    page = f"<html><head><title>{topic}</title></head><body><article>{paragraphs}</article>"
    return (page + "</body></html>").encode()


def _jsonl(*records: object) -> bytes:
    return b"".join(json.dumps(record).encode() + b"\n" for record in records)


# -- the files, one writer per theme -----------------------------------------------------------


def _binary(folder: Path) -> Expected:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _noise(64_000, "png")
    (folder / "binary.txt").write_bytes(png)
    (folder / "binary.html").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + _noise(64_000, "j"))
    (folder / "binary.jsonl").write_bytes(_noise(128_000, "jsonl"))
    # A dump someone forgot to name .gz: one E003 naming gzip, not a Reject per line.
    packed = _gz(_jsonl({"text": article("fisheries")}) * 50)
    (folder / "gzipped_without_suffix.jsonl").write_bytes(packed)
    (folder / "gzipped_without_suffix.txt").write_bytes(_gz(article("trains").encode()))
    return {
        "binary.txt": "E003",
        "binary.html": "E003",
        "binary.jsonl": "E003",
        "gzipped_without_suffix.jsonl": "E003",
        "gzipped_without_suffix.txt": "E003",
    }


def _empty(folder: Path) -> Expected:
    (folder / "empty.txt").write_bytes(b"")
    # Python's str.strip() keeps the zero-width space; cleaning drops it.
    (folder / "whitespace.txt").write_text(" \t\n\r\n\u00a0\u3000\u200b\n\f  \n" * 1000)
    (folder / "empty.html").write_bytes(b"")
    (folder / "empty.jsonl").write_bytes(b"")
    (folder / "blank_lines.jsonl").write_bytes(b"\n  \n\t\r\n" * 100)
    (folder / "empty.txt.gz").write_bytes(_gz(b""))
    (folder / "empty.warc").write_bytes(b"")
    (folder / "empty.csv").write_bytes(b"")
    return {
        "empty.txt": "E002",
        "whitespace.txt": "E002",
        "empty.html": "E002",
        "empty.jsonl": "E002",
        "blank_lines.jsonl": "E002",
        "empty.txt.gz": "E002",
        "empty.warc": "E002",
        "empty.csv": "E002",
    }


def _large(folder: Path) -> Expected:
    # 50 MB is no article but a dump glued into one file: it is refused by its size on
    # disk (E007, naming ingest.max_bytes), before a byte is read. Analysing its first
    # max_chars characters would pass off a fragment of a dump as the article.
    paragraph = "\n\n".join(sentences(f"fuel subsidies, part {n}", 8) for n in range(50)) + "\n\n"
    block = paragraph.encode() * (MB // len(paragraph) + 1)
    with (folder / "article_50mb.txt").open("wb") as handle:
        for _ in range(ARTICLE_BYTES // MB):
            handle.write(block[:MB])
    # Under the size limit: read, cleaned in linear time, cut at max_chars, stored.
    line = " ".join(sentences(f"a long line {n}", 8) for n in range(40)) + " "
    (folder / "line_5mb.txt").write_bytes(
        (line.encode() * (LINE_BYTES // len(line) + 1))[:LINE_BYTES]
    )
    # One 5 MB "word" (a base64 blob pasted as text): cut inside the word at max_chars.
    word = "QmFzZTY0IGJsb2IgcGFzdGVkIGFzIHRleHQ"
    (folder / "word_5mb.txt").write_text("Attachment:" + word * (LINE_BYTES // len(word)))
    return {"article_50mb.txt": "E007", "line_5mb.txt": None, "word_5mb.txt": None}


def _encodings(folder: Path) -> Expected:
    curly = f"“We will not give in,” said José Müller — {article('naïve façades')}"
    (folder / "cp1252.txt").write_bytes(curly.encode("cp1252"))
    (folder / "latin1.txt").write_bytes(
        f"Café société, {article('Zürich banks')}".encode("latin-1")
    )
    mixed = article("mixed encodings").encode() + "\n\nÉté “chaud”".encode("cp1252")
    (folder / "mixed_utf8_cp1252.txt").write_bytes(mixed)
    (folder / "utf8_bom.txt").write_bytes(codecs.BOM_UTF8 + f"Café: {article('bread')}".encode())
    # A byte-order mark names the encoding: UTF-16 text from Windows tools is decoded.
    (folder / "utf16le_bom.txt").write_bytes(
        codecs.BOM_UTF16_LE + f"“Quoted” {article('rice')}".encode("utf-16-le")
    )
    (folder / "utf16be_bom.txt").write_bytes(
        codecs.BOM_UTF16_BE + article("wheat").encode("utf-16-be")
    )
    (folder / "utf16_bom.html").write_bytes(
        codecs.BOM_UTF16_LE + _page("cotton").decode().encode("utf-16-le")
    )
    # Without a mark UTF-16 is a guess: rejected, with the command that converts it.
    (folder / "utf16le_no_bom.txt").write_bytes(article("maize").encode("utf-16-le"))
    # JSON lines are UTF-8 by definition (RFC 8259): a UTF-16 dump is one clear E004.
    utf16_lines = _jsonl({"text": article("sorghum")}, {"text": article("millet")})
    (folder / "utf16_bom.jsonl").write_bytes(
        codecs.BOM_UTF16_LE + utf16_lines.decode().encode("utf-16-le")
    )
    # An HTML page names its charset the way browsers read it; without one it is UTF-8.
    declared = _page("déjà vu").decode().replace("<head>", '<head><meta charset="windows-1252">')
    (folder / "cp1252_declared.html").write_bytes(
        declared.replace(" met ", " “met” ").encode("cp1252")
    )
    (folder / "cp1252_undeclared.html").write_bytes(_page("crème brûlée").decode().encode("cp1252"))
    return {
        "cp1252.txt": "E004",
        "latin1.txt": "E004",
        "mixed_utf8_cp1252.txt": "E004",
        "utf8_bom.txt": None,
        "utf16le_bom.txt": None,
        "utf16be_bom.txt": None,
        "utf16_bom.html": None,
        "utf16le_no_bom.txt": "E004",
        "utf16_bom.jsonl": "E004",
        "cp1252_declared.html": None,
        "cp1252_undeclared.html": "E004",
    }


def _html(folder: Path) -> Expected:
    depth = 10_000
    text = "".join(f"<p>{p}</p>" for p in article("deep nesting").split("\n\n"))
    deep = "<html><body>" + "<div>" * depth + text + "</div>" * depth + "</body></html>"
    (folder / "nested_10000.html").write_text(deep)
    unclosed = "<html><body>" + "<div><span><b>" * depth + text
    (folder / "nested_10000_unclosed.html").write_text(unclosed)
    head_only = "<html><head><title>Budget vote</title><meta name=x content=y></head></html>"
    (folder / "no_body.html").write_text(head_only)
    scripts = "<html><body><script>var a = 1;</script><style>p {}</style></body></html>"
    (folder / "only_scripts.html").write_text(scripts)
    return {
        "nested_10000.html": "E008",
        "nested_10000_unclosed.html": "E008",
        "no_body.html": "E008",
        "only_scripts.html": "E008",
    }


def _gzip(folder: Path) -> Expected:
    zeros = b"\x00" * MB
    (folder / "bomb.txt.gz").write_bytes(_gzip_repeated(zeros, BOMB_BYTES // MB))
    # No newline anywhere: a line reader that is not bounded holds all 200 MB.
    spaces = b" " * MB
    (folder / "bomb_no_newline.jsonl.gz").write_bytes(_gzip_repeated(spaces, BOMB_BYTES // MB))
    # A bomb line between two good ones: the line after it is still read.
    long_line = (
        _gz(_jsonl({"text": article("bomb neighbours")}) + b'{"text": "')
        + _gzip_repeated(b"a " * (MB // 2), BOMB_BYTES // MB)
        + _gz(b'"}\n' + _jsonl({"text": article("survivors")}))
    )
    (folder / "bomb_long_line.jsonl.gz").write_bytes(long_line)
    fine = article("tables").replace('"', '""')
    table = _gz(f'title,text\nFine,"{fine}"\nBomb,"'.encode())
    (folder / "bomb.csv.gz").write_bytes(table + _gzip_repeated(spaces, BOMB_BYTES // MB))
    whole = _gz(article("truncation").encode() * 200)
    (folder / "truncated.txt.gz").write_bytes(whole[: len(whole) // 2])
    lines = _gz(_jsonl(*({"text": article(f"cut line {n}")} for n in range(200))))
    (folder / "truncated.jsonl.gz").write_bytes(lines[: len(lines) * 3 // 4])
    expected: Expected = {
        "bomb.txt.gz": "E007",
        "bomb_no_newline.jsonl.gz:1": "E007",
        "bomb_long_line.jsonl.gz:1": None,
        "bomb_long_line.jsonl.gz:2": "E007",
        "bomb_long_line.jsonl.gz:3": None,
        "bomb.csv.gz:row 2": None,
        "bomb.csv.gz:row 3": "E007",
        "truncated.txt.gz": "E009",
        "truncated.jsonl.gz": "E009",
    }
    kept = _complete_lines(lines[: len(lines) * 3 // 4])
    expected.update({f"truncated.jsonl.gz:{n}": None for n in range(1, kept + 1)})
    return expected


def _complete_lines(cut: bytes) -> int:
    """How many whole lines a reader gets out of a cut gzip stream before the cut."""
    data = zlib.decompressobj(31).decompress(cut)
    return data.count(b"\n")


def _warc(folder: Path) -> Expected:
    for name, compress in (("truncated.warc.gz", _gz), ("truncated.warc", bytes)):
        pages = (
            _response(f"https://news.example/{name}/{n}", _page(f"{name} {n}")) for n in (1, 2, 3)
        )
        # Cut halfway through the last record (through its gzip member when compressed).
        records = [compress(record) for record in (_warcinfo(), *pages)]
        stream = b"".join(records)
        (folder / name).write_bytes(stream[: len(stream) - len(records[-1]) // 2])
    # A small record whose HTTP body unzips (Content-Encoding: gzip) to 30 MB.
    bomb = _deflated(b" " * (30 * MB))
    headers = "Content-Type: text/html\r\nContent-Encoding: gzip\r\n"
    encoded = _warcinfo() + _response("https://news.example/bomb", bomb, headers)
    (folder / "encoded_bomb.warc").write_bytes(encoded)
    (folder / "not_a.warc").write_text(article("not a warc"))
    return {
        "truncated.warc.gz:record 2": None,
        "truncated.warc.gz:record 3": None,
        "truncated.warc.gz:record 4": "E011",
        "truncated.warc:record 2": None,
        "truncated.warc:record 3": None,
        "truncated.warc:record 4": "E011",
        "encoded_bomb.warc:record 2": "E007",
        "not_a.warc:record 1": "E011",
    }


def _bad_jsonl(folder: Path) -> Expected:
    deep = "[" * 100_000 + "]" * 100_000
    lines = [
        json.dumps({"text": article("good first line")}).encode(),
        b'{"text": "unterminated',
        b"[1, 2, 3]",
        b"null",
        b'"just a string"',
        b'{"text": 42}',
        json.dumps(
            {
                "text": article("wrong field types"),
                "published": ["2020-01-01"],
                "url": {"href": "https://news.example/x"},
                "title": 7,
                "source": True,
            }
        ).encode(),
        b'{"html": ["<p>a list</p>"]}',
        b'{"text": "   \\t  "}',
        b'{"text": NaN}',
        ('{"text": "recursion", "extra": ' + deep + "}").encode(),
        ('{"text": "big number", "n": ' + "7" * 5000 + "}").encode(),
        b'{"text": "He said \\ud800 an unpaired surrogate, then \\udfff another, in the capital."}',
        b'{"text": "A NUL \\u0000 inside an article about ports.", "title": "a\\u0000b"}',
        article("invalid utf-8").encode()[:20] + b"\xff\xfe\xfa",
        b'{"text": "a control \x00\x01\x02\x03\x04\x05 byte line"}',
        b'{"text": "Dates: the ministry said the port would reopen.", "published": "99999-99-99"}',
        json.dumps({"text": article("last line, no newline")}).encode(),
    ]
    data = b"\n".join(lines[:-2]) + b"\r\n" + lines[-2] + b"\n" + lines[-1]
    (folder / "bad_lines.jsonl").write_bytes(data)
    codes = [
        None, "E005", "E005", "E005", "E005", "E006", None, "E006", "E006", "E006",
        "E005", "E005", None, None, "E004", "E003", None, None,
    ]  # fmt: skip
    return {f"bad_lines.jsonl:{n}": code for n, code in enumerate(codes, start=1)}


def _quotes_and_scripts(folder: Path) -> Expected:
    marks = "\"“”„«»‘’'‹›「」"
    (folder / "only_quotes.txt").write_text("\n".join(marks * 20 for _ in range(50)))
    unbalanced = (
        '“The talks failed, the minister said.\n\n"We will return" she added.\n\n'
        "«Non, said the French envoy.\n\nHe called it 'a tax grab.\n\n"
        f"{article('open quotes')}\n\n„Unclosed until the end of the article"
    )
    (folder / "unbalanced_quotes.txt").write_text(unbalanced)
    rtl = (
        "قال وزير الخارجية يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل.\n\n"
        "«لن نقبل بهذا الاتفاق»، قال المتحدث باسم الحكومة.\n\n"
        "ראש הממשלה אמר כי \u05f4השיחות נכשלו\u05f4 והבטיח להמשיך.\n\n"
        "Mixed \u202eevil override\u202c text and \u200fRLM\u200e marks, said officials in Cairo."
    )
    (folder / "rtl.txt").write_text(rtl)
    emoji = (
        "🔥🔥🔥 BREAKING 🚨: The minister said “we are 💯 committed” 🇺🇳🇫🇷 👩🏽‍🚒 👨‍👩‍👧‍👦\n\n"
        + "😀" * 5000
        + "\n\nProtesters held up 🪧 signs, police said. \U0001f3f4\U000e0067\U000e0062\U000e007f"
    )
    (folder / "emoji.txt").write_text(emoji)
    return {
        "only_quotes.txt": None,
        "unbalanced_quotes.txt": None,
        "rtl.txt": None,
        "emoji.txt": None,
    }


def _backtracking(folder: Path) -> Expected:
    """Long runs of what the cleaner's and quote finder's patterns repeat over."""
    n = RUN_CHARS
    runs = {
        "quote_runs.txt": [
            '"' * n,
            "“" * n,
            "'" * n,
            "''" * (n // 2),
            'He said "' + '"' * n + " and left.",
        ],
        "space_runs.txt": [
            "Word" + " " * n + "word.",
            "Tabs" + "\t" * n + "end.",
            "Gaps" + "\u00a0\u200b" * (n // 2) + "end.",
            "x " * (n // 2),
        ],
        "dash_runs.txt": ["-" * n, "—" * n, "- " * (n // 2) + "item", "•" * n + " x"],
        "said_said.txt": ["said " * (n // 5), "He said, " * (n // 9) + '"yes."'],
        "a_quote_pattern.txt": ['"a ' * (n // 3), "'a " * (n // 3), "“a ”" * (n // 4)],
        "glued_quotes.txt": ['a."A' * (n // 4), "said.”The" * (n // 10)],
        "dots.txt": [
            "a." * (n // 2),
            "U.S. " * (n // 5),
            "." * n,
            "Mr" + "." * n + ")" * n,
            'a.")' * (n // 4),
        ],
        "repeated_teaser.txt": ["The minister said the talks went well."] * 20_000,
        "repeated_sentence.txt": [
            f"Unique sentence number {k} with eight words here. "
            "The same repeated sentence of at least eight words long."
            for k in range(20_000)
        ],
        "many_lines.txt": [f"Line {k}." for k in range(100_000)],
    }
    for name, lines in runs.items():
        (folder / name).write_text(f"{article(name)}\n\n" + "\n".join(lines))
    return dict.fromkeys(runs, None)


def _feeds(folder: Path) -> Expected:
    entities = "".join(
        f'<!ENTITY e{k} "{f"&e{k - 1};" * 10}">' if k else '<!ENTITY e0 "lol">' for k in range(10)
    )
    laughs = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{entities}]>'
        '<rss version="2.0"><channel><title>&e9;</title>'
        "<item><title>x</title><description>&e9;</description></item></channel></rss>"
    )
    (folder / "billion_laughs.rss").write_text(laughs)
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<item><title>One</title><description>{article('feeds')}</description></item>"
        "<item><title>Two</title><description>Cut"
    )
    (folder / "truncated.rss").write_text(feed)
    references = "".join(
        f"<item><title>{n}</title><description>{article(f'references {n}')} {ref}"
        "</description></item>"
        for n, ref in enumerate(["&#xD800;", "&#1114112;", "&#99999999999999999999;", "&#0;"])
    )
    bad = f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{references}'
    (folder / "bad_references.rss").write_text(bad + "</channel></rss>")
    # Expat refuses the entity expansion; feedparser's fallback parser reads the one
    # entry without expanding anything.
    return {
        "billion_laughs.rss:entry 1": None,
        "truncated.rss:entry 1": None,
        "truncated.rss:entry 2": "E006",
        **{f"bad_references.rss:entry {n}": None for n in range(1, 5)},
    }


WRITERS: tuple[Callable[[Path], Expected], ...] = (
    _binary,
    _empty,
    _large,
    _encodings,
    _html,
    _gzip,
    _warc,
    _bad_jsonl,
    _quotes_and_scripts,
    _backtracking,
    _feeds,
)


def write_hostile_corpus(folder: Path) -> Expected:
    """Write every hostile input into ``folder``; return, per origin relative to it, the
    reject code it must get, or None when it must be stored."""
    folder.mkdir(parents=True, exist_ok=True)
    expected: Expected = {}
    for write in WRITERS:
        expected.update(write(folder))
    return expected


def input_name(origin: str) -> str:
    """The file an origin key names: ``bad_lines.jsonl:3`` -> ``bad_lines.jsonl``."""
    return origin.split(":", 1)[0]
