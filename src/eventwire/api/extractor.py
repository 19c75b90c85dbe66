"""The analyser behind ``POST /extract``: one article at a time, the way ``eventwire
extract`` analyses it, under the API's time limit."""

from __future__ import annotations

import threading
from datetime import date
from typing import Any

from eventwire.api.errors import ApiError
from eventwire.api.limits import within
from eventwire.config import Settings
from eventwire.contract import to_contract
from eventwire.extract.lexicons import Lexicons, default_lexicons
from eventwire.models import RawArticle, Reject
from eventwire.run.local import new_story_index, with_story
from eventwire.run.worker import Job, Outcome, Processed, Worker


class Extractor:
    """Analyses one article per call; the spaCy pipeline and the lexicons are loaded on
    the first call and kept. Calls run one at a time (each takes a core)."""

    def __init__(
        self, settings: Settings, lexicons: Lexicons | None = None, actors: str | None = None
    ) -> None:
        """Analyse with ``settings`` and ``lexicons`` (the packaged ones, with the actor
        dictionary file ``actors`` if given, when None)."""
        self._settings = settings
        self._lexicons = lexicons
        self._actors = actors
        self._busy = threading.Lock()

    async def extract(self, raw: RawArticle, published: date | None, seconds: float) -> Any:
        """The output contract for ``raw`` (``published`` is its date when it carries none).

        Raises :class:`ApiError`: the input's own code when it cannot be analysed (E002
        empty, E008 no main text, ...), E022 when its analysis takes longer than
        ``seconds``, E461 when earlier analyses keep the analyser busy that long.
        """
        started, given_up = threading.Event(), threading.Event()
        try:
            outcome = await within(
                seconds, lambda: self._analyse(raw, published, started, given_up), given_up.set
            )
        except TimeoutError:
            if started.is_set():
                raise ApiError(
                    f"the analysis took longer than {seconds:g} s; send a shorter text",
                    code="E022",
                    status=422,
                ) from None
            raise ApiError(
                f"the analyser stayed busy with earlier requests for {seconds:g} s; try again",
                code="E461",
                status=503,
            ) from None
        if isinstance(outcome, Reject):
            raise ApiError(f"{outcome.origin}: {outcome.message}", code=outcome.code, status=422)
        if not isinstance(outcome, Processed):  # Skipped, or given up: neither happens here
            raise AssertionError(f"unexpected outcome {outcome!r}")
        return to_contract(with_story(outcome, new_story_index(self._settings)))

    def _analyse(
        self,
        raw: RawArticle,
        published: date | None,
        started: threading.Event,
        given_up: threading.Event,
    ) -> Outcome | None:
        """Wait for the analyser, then analyse ``raw`` unless the request has given up
        meanwhile (None then)."""
        with self._busy:
            if given_up.is_set():
                return None
            started.set()
            if self._lexicons is None:
                self._lexicons = default_lexicons(self._actors)
            worker = Worker(Job(self._settings, self._actors, published), self._lexicons)
            (outcome,) = worker.process([raw])
            return outcome
