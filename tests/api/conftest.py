"""The API over a small store built once per session, and an in-process client for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from eventwire.api import ApiLimits, Extractor, create_app
from eventwire.config import load_settings
from eventwire.store import Store
from tests.api.client import ApiClient, api_client
from tests.api.live_server import served
from tests.api.store_fixture import build_store


@pytest.fixture(scope="session")
def api_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store file: the sample article, three made-up ones and a copy of one."""
    return build_store(tmp_path_factory.getbasetemp() / "api-store")


@pytest.fixture(scope="session")
def api_store(api_store_path: Path) -> Iterator[Store]:
    """The store, opened read-only as ``eventwire serve`` opens it."""
    with Store.open(api_store_path, read_only=True) as store:
        yield store


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    """One analyser for the session (it loads the model on first use)."""
    return Extractor(load_settings())


@pytest.fixture(scope="session")
def client(api_store: Store, extractor: Extractor) -> Iterator[ApiClient]:
    """A client of the API with the default limits, answering on any host name."""
    with api_client(create_app(api_store, extractor)) as opened:
        yield opened


@pytest.fixture
def limited(api_store: Store) -> Iterator[Callable[[ApiLimits], ApiClient]]:
    """Makes a client of an app with other limits (and its own analyser)."""
    with ExitStack() as stack:

        def make(limits: ApiLimits) -> ApiClient:
            app = create_app(api_store, Extractor(load_settings()), limits)
            return stack.enter_context(api_client(app))

        yield make


@pytest.fixture(scope="session")
def server(api_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``eventwire serve`` over the store, in its own process; its base URL."""
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with served(api_store_path, log) as url:
        yield url
