"""One exception tree for eventwire.

::

    EventwireError              base of everything raised on purpose
    ├── InputError              one input cannot be read (the run goes on; becomes a Reject)
    ├── ConfigError             a setting or resource file is wrong (stops the run)
    ├── StoreError              the DuckDB store cannot be opened or written (stops the run)
    └── RunError                a worker process or the cluster failed (stops the run;
                                what was stored stays, and running again resumes)

Every error carries a stable ``code`` ("E0xx") so messages can be looked up and
tested; the CLI turns them into exit statuses, nothing else catches them.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class: a stable code and a message a user can act on."""

    code = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    def __str__(self) -> str:
        return f"{self.code} {self.args[0]}"


class InputError(EventwireError):
    """One input (file, line, record) cannot be read; the rest of the batch goes on.

    Codes: E001 missing path (or a pattern matching nothing), E002 empty, E003 binary
    (gzip data without a .gz suffix included), E004 not UTF-8 (text may also be UTF-16
    or UTF-32 with a byte-order mark, and an HTML page in the charset its <meta>
    declares; no other encoding is guessed), E005 malformed JSON line (nested too deep,
    numbers too long), E006 no text in record, E007 too large (a file, record, row or
    line, decompressed, over ingest.max_bytes), E008 no main text found in HTML, E009
    unreadable (OS error, broken or cut-short gzip), E011 malformed or cut-short WARC
    record, E012 malformed CSV row or no text column, E013 malformed RSS/Atom feed, E014
    the reader failed unexpectedly on a file (a bug: the rest of that file is skipped,
    the items read before stay).
    """

    code = "E010"

    def __init__(self, origin: str, message: str, *, code: str) -> None:
        super().__init__(f"{origin}: {message}", code=code)
        self.origin = origin
        self.reason = message


class ConfigError(EventwireError):
    """A setting, model name or resource file is wrong; the run cannot start."""

    code = "E100"


class StoreError(EventwireError):
    """The store cannot be opened or written."""

    code = "E200"


class RunError(EventwireError):
    """A worker process or the Dask cluster failed; the run stops.

    Codes: E301 a local worker process died, E302 a Dask task or its shard failed.
    Every batch stored before the failure stays stored, so running again resumes.
    """

    code = "E300"
