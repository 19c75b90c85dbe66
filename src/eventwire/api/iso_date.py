"""Dates as the API takes them: ``YYYY-MM-DD`` only (pydantic alone would also read
numbers as timestamps, so ``until=0`` would mean 1970-01-01)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator

_ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_only(value: Any) -> Any:
    if isinstance(value, dt.date) or (isinstance(value, str) and _ISO.fullmatch(value)):
        return value
    raise ValueError("want a date as YYYY-MM-DD")


#: A date written YYYY-MM-DD.
IsoDate = Annotated[dt.date, BeforeValidator(_iso_only)]
