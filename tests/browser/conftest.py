"""The page in headless Chromium: Debian's chromium and chromedriver (never a downloaded
browser), driven by Selenium against ``eventwire serve`` over the test store.

Without Chromium the browser tests skip, except in CI (the CI variable set), where they
fail: ``.ci/run`` installs it. Screenshots go to a folder of this run's temporary
directory, named at the end of the run.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

from tests.api.live_server import served
from tests.api.store_fixture import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
# Root in a container needs no sandbox; nothing may reach the network or phone home.
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1400,1000",
)
_SHOTS = pytest.StashKey[Path]()


@pytest.fixture(scope="session")
def chromium() -> tuple[Path, Path]:
    """Chromium and its driver: skip without them, or fail in CI."""
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        message = f"{', '.join(missing)} missing; install Debian's chromium and chromium-driver"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM, CHROMEDRIVER


@pytest.fixture(scope="session")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``eventwire serve`` over the test store; its base URL."""
    store = build_store(tmp_path_factory.getbasetemp() / "api-store")
    with served(store, tmp_path_factory.mktemp("page-serve") / "serve.log") as url:
        yield url


@pytest.fixture(scope="session")
def browser(chromium: tuple[Path, Path]) -> Iterator[webdriver.Chrome]:
    """One headless Chromium for the session, with a fresh profile."""
    binary, driver = chromium
    profile = tempfile.mkdtemp(prefix="eventwire-chromium-")
    options = Options()
    options.binary_location = str(binary)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    # The Service names the driver, so Selenium Manager never looks for one online.
    chrome = webdriver.Chrome(service=Service(executable_path=str(driver)), options=options)
    try:
        yield chrome
    finally:
        chrome.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="session")
def screenshots(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder screenshots are saved to (named in the summary at the end of the run)."""
    folder = tmp_path_factory.getbasetemp() / "screenshots"
    folder.mkdir(exist_ok=True)
    request.config.stash[_SHOTS] = folder
    return folder


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """Say where the screenshots of this run are."""
    folder = config.stash.get(_SHOTS, None)
    if folder is not None and any(folder.iterdir()):
        names = ", ".join(sorted(p.name for p in folder.iterdir()))
        terminalreporter.write_line(f"browser screenshots in {folder}: {names}")
