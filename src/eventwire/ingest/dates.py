"""Publication dates as records carry them: ISO-ish strings to :class:`datetime.date`."""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

# The leading calendar date of "2018-10-08", "2018-10-08T09:30:00Z", "2018/10/08 09:30".
_ISO_PREFIX = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")


def parse_date(value: object) -> date | None:
    """Read a date from an ISO-like or RFC 2822 string; None when it cannot be read.

    An unreadable date is not an error: the article is still worth reading.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    match = _ISO_PREFIX.match(value) or _COMPACT.match(value)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None
