"""``eventwire serve``: help with an example, a clear error for a missing store, and the
real server answering on a loopback port."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from eventwire.api.server import is_loopback
from eventwire.cli import main


def test_serve_has_help_with_an_example() -> None:
    result = CliRunner().invoke(main, ["serve", "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output and "eventwire serve" in result.output
    assert "127.0.0.1" in result.output and "8000" in result.output


def test_a_missing_store_stops_with_a_code(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 3
    assert "E201" in result.output


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("127.0.0.2", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


@pytest.mark.slow
def test_serve_answers_on_loopback(server: str) -> None:
    stats = httpx.get(f"{server}/stats").json()
    assert stats["articles"] == 5
    page = httpx.get(f"{server}/")
    assert page.status_code == 200 and "/static/vendor/echarts.min.js" in page.text
    assert httpx.get(f"{server}/static/vendor/echarts.min.js").status_code == 200
    docs = httpx.get(f"{server}/docs").text
    assert "/static/vendor/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()
    refused = httpx.get(f"{server}/stats", headers={"Host": "evil.example"})
    assert refused.status_code == 421 and refused.json()["error"]["code"] == "E421"


def test_serve_takes_its_limits_from_the_settings(
    tmp_path: Path, api_store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from eventwire.api import server as server_module

    seen: dict[str, object] = {}
    monkeypatch.setattr(server_module, "serve", lambda *_args, **options: seen.update(options))
    settings = tmp_path / "small.toml"
    settings.write_text("[api]\nmax_body_bytes = 4096\n", "utf-8")
    result = CliRunner().invoke(
        main, ["serve", "--db", str(api_store_path), "--config", str(settings)]
    )
    assert result.exit_code == 0, result.output
    assert seen["limits"].max_body_bytes == 4096  # type: ignore[attr-defined]
