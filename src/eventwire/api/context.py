"""What every route needs (the store, the limits, the analyser, the quad table) and the
query parameters routes share: paging and event filters."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any, TypeVar

from fastapi import Depends, Query, Request

from eventwire.api.errors import ApiError
from eventwire.api.extractor import Extractor
from eventwire.api.iso_date import IsoDate
from eventwire.api.limits import ApiLimits, within
from eventwire.api.quads import Quad, QuadTable
from eventwire.store import Store
from eventwire.store.queries import EventFilter

Result = TypeVar("Result")
#: The largest page a list answers, and the default page.
MAX_LIMIT = 500
DEFAULT_LIMIT = 50
# Far beyond any store, small enough for DuckDB's 64-bit OFFSET.
MAX_OFFSET = 1_000_000_000
# Filter values are names and codes: a short string is enough.
MAX_FILTER_CHARS = 200


@dataclass(frozen=True, slots=True)
class ApiContext:
    """The store the API reads, its limits, the analyser behind ``/extract``, and the
    quads of PLOVER types."""

    store: Store
    limits: ApiLimits
    extractor: Extractor
    quads: QuadTable

    async def query(self, read: Callable[[Store], Result]) -> Result:
        """Run ``read`` on the store in a worker thread within the time limit; a query
        that runs past it is cancelled (E460)."""
        seconds = self.limits.work_seconds
        try:
            return await within(seconds, lambda: read(self.store), self.store.interrupt)
        except TimeoutError:
            raise ApiError(
                f"the query took longer than {seconds:g} s and was cancelled; narrow the filters",
                code="E460",
                status=503,
            ) from None


def api_context(request: Request) -> ApiContext:
    """The context of the app serving ``request``."""
    context: ApiContext = request.app.state.context
    return context


Context = Annotated[ApiContext, Depends(api_context)]
Since = Annotated[IsoDate | None, Query(description="On or after this date (YYYY-MM-DD).")]
Until = Annotated[IsoDate | None, Query(description="On or before this date (YYYY-MM-DD).")]
PerStory = Annotated[
    bool,
    Query(
        description="List a quote or event carried by several copies of one story once, "
        "with its copies and outlets; false lists every copy."
    ),
]


def text_filter(description: str) -> Any:
    """A short text query parameter (a name, a code, words to search for)."""
    return Query(max_length=MAX_FILTER_CHARS, description=description)


@dataclass(frozen=True, slots=True)
class Paging:
    """Which page of a list: at most ``limit`` rows after the first ``offset``."""

    limit: int
    offset: int

    def page(self, rows: list[Any]) -> dict[str, Any]:
        """The page of ``rows``, fetched with :attr:`fetch` (one more than the page, to
        tell whether a next page exists)."""
        more = len(rows) > self.limit
        return {
            "items": rows[: self.limit],
            "limit": self.limit,
            "offset": self.offset,
            "next_offset": self.offset + self.limit if more else None,
        }

    @property
    def fetch(self) -> int:
        """How many rows to ask the store for."""
        return self.limit + 1


def paging(
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per page.")] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")] = 0,
) -> Paging:
    """The ``limit`` and ``offset`` query parameters."""
    return Paging(limit, offset)


def event_filter(
    context: Context,
    cameo: Annotated[
        str | None, Query(max_length=4, pattern=r"^\d+$", description="CAMEO code prefix.")
    ] = None,
    plover: Annotated[
        str | None, Query(max_length=20, description="PLOVER event type, e.g. CONSULT.")
    ] = None,
    quad: Annotated[Quad | None, Query(description="Events of these PLOVER types only.")] = None,
    actor: Annotated[
        str | None,
        Query(max_length=MAX_FILTER_CHARS, description="Code prefix of the source or target."),
    ] = None,
    dyad: Annotated[
        list[str] | None,
        Query(
            min_length=2,
            max_length=2,
            description="Source, then target, each as a network node names it: its "
            "exact code, or its name when it has none (repeat the parameter).",
        ),
    ] = None,
    party: Annotated[
        str | None,
        Query(
            max_length=MAX_FILTER_CHARS,
            description="An actor on either side, named as a network node names it.",
        ),
    ] = None,
    since: Since = None,
    until: Until = None,
) -> EventFilter:
    """The event filters shared by ``/events``, ``/timeline`` and ``/network``."""
    return EventFilter(
        cameo=cameo,
        plover=plover,
        plovers=None if quad is None else context.quads.types(quad),
        actor=actor,
        dyad=None if dyad is None else (dyad[0], dyad[1]),
        party=party,
        since=since,
        until=until,
    )


Events = Annotated[EventFilter, Depends(event_filter)]
Pages = Annotated[Paging, Depends(paging)]
