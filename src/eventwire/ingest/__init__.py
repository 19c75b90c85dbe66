"""Readers: turn paths (files, folders, ``-`` for stdin) into :class:`RawArticle` records.

One small reader class per format (:mod:`.text`, :mod:`.html`, :mod:`.jsonl`,
:mod:`.warc`, :mod:`.csv_table`, :mod:`.feed`, :mod:`.stdin`); :func:`read_inputs`
walks the paths (folders, glob patterns) and picks the reader. A bad input never
raises: it becomes a :class:`~eventwire.models.Reject` with a stable code and a
message that names the file (and line, record, row or entry) and the problem.
"""

from __future__ import annotations

from eventwire.ingest.read import read_inputs

__all__ = ["read_inputs"]
