"""``POST /extract`` answers the output contract exactly as ``eventwire extract`` writes it,
from JSON, plain text or an HTML page; what cannot be analysed is a 4xx with a code."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from eventwire.api import ApiLimits
from eventwire.api.contract_schema import ArticleContract
from eventwire.config import load_settings
from eventwire.contract import to_json_line
from eventwire.models import AnalyzedArticle
from eventwire.run import analyze_inputs
from tests.api.client import ApiClient
from tests.api.store_fixture import PUBLISHED, SAMPLES, SEED_NAME
from tests.run.corpus import article_text

SEED = SAMPLES / SEED_NAME


def _cli_contract() -> dict[str, Any]:
    """What ``eventwire extract SEED --published 2018-10-08`` prints, as a dict."""
    (item,) = analyze_inputs([str(SEED)], load_settings(), published=PUBLISHED)
    assert isinstance(item, AnalyzedArticle)
    contract: dict[str, Any] = json.loads(to_json_line(item))
    return contract


def _error(response: Any, status: int) -> str:
    assert response.status_code == status, response.text
    code: str = response.json()["error"]["code"]
    return code


def test_json_body_gives_the_contract_of_the_cli(client: ApiClient) -> None:
    body = {"text": SEED.read_text("utf-8"), "published": PUBLISHED.isoformat()}
    response = client.post("/extract", json=body)
    assert response.status_code == 200
    expected = _cli_contract()
    expected["path"] = None  # a request body has no path
    assert response.json() == expected
    assert list(response.json()) == list(expected)  # the contract's key order
    ArticleContract.model_validate(response.json())


def test_plain_text_body_with_a_published_parameter(client: ApiClient) -> None:
    response = client.post(
        "/extract",
        content=SEED.read_bytes(),
        headers={"Content-Type": "text/plain"},
        params={"published": "2018-10-08"},
    )
    assert response.status_code == 200
    result = response.json()
    assert result["published"] == "2018-10-08" and result["quotes"] and result["events"]
    assert {e["date"] for e in result["events"]} <= {"2018-10-07", "2018-10-08"}


def test_html_page_body_is_read_for_its_main_text(client: ApiClient) -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in article_text(2).split("\n\n"))
    page = (
        "<html><head><title>Talks in Tokyo</title></head><body><nav>Home | World | Sport</nav>"
        f"<article>{paragraphs}</article><footer>Copyright Example News</footer></body></html>"
    )
    response = client.post("/extract", content=page.encode(), headers={"Content-Type": "text/html"})
    assert response.status_code == 200
    result = response.json()
    assert "Kenji Sato" in result["text"] and "Sport" not in result["text"]
    assert result["events"]


def test_a_date_in_the_body_wins_over_the_parameter(client: ApiClient) -> None:
    body = {"text": article_text(0), "published": "2018-10-08"}
    result = client.post("/extract", json=body, params={"published": "2020-01-01"}).json()
    assert result["published"] == "2018-10-08"
    assert result["events"] and all(e["date"] < "2020" for e in result["events"])


@pytest.mark.parametrize(
    ("content", "content_type", "status", "code"),
    [
        (b'{"text": "unclosed', "application/json", 400, "E400"),
        (b'{"text": ' + b"[" * 100_000, "application/json", 400, "E400"),
        (b'{"text": "a", "html": "<p>a</p>"}', "application/json", 422, "E422"),
        (b"{}", "application/json", 422, "E422"),
        (b'{"text": "a", "colour": "red"}', "application/json", 422, "E422"),
        (b'["a list"]', "application/json", 422, "E422"),
        (b'{"text": "Pompeo met Kim.", "published": "Sunday"}', "application/json", 422, "E422"),
        (b"   \n  ", "text/plain", 422, "E002"),
        (b"caf\xe9 au lait", "text/plain", 422, "E004"),
        (b"\x00\x01\x02binary", "text/plain", 422, "E003"),
        (b"<html><body></body></html>", "text/html", 422, "E008"),
        (b"Pompeo met Kim.", "image/png", 415, "E415"),
        (b"Pompeo met Kim.", "", 415, "E415"),
    ],
)
def test_what_cannot_be_analysed_is_a_4xx_with_a_code(
    client: ApiClient, content: bytes, content_type: str, status: int, code: str
) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/extract", content=content, headers=headers)
    assert _error(response, status) == code


def test_a_declared_charset_is_used(client: ApiClient) -> None:
    text = "Le ministre a rencontré Kim à Pyongyang. Pompeo met Kim on Sunday."
    response = client.post(
        "/extract",
        content=text.encode("latin-1"),
        headers={"Content-Type": "text/plain; charset=iso-8859-1"},
    )
    assert response.status_code == 200
    assert "rencontré" in response.json()["text"]


def test_a_body_over_the_limit_is_413(limited: Callable[[ApiLimits], ApiClient]) -> None:
    response = limited(ApiLimits(max_body_bytes=1_000)).post(
        "/extract", content=b"x" * 1_001, headers={"Content-Type": "text/plain"}
    )
    assert _error(response, 413) == "E413"


def test_an_analysis_past_the_time_limit_is_cut_short(
    limited: Callable[[ApiLimits], ApiClient],
) -> None:
    limited_client = limited(ApiLimits(work_seconds=0.3))
    # Long enough that analysing it (and loading the model, the first time) takes far
    # longer than 0.3 s.
    long_text = "\n\n".join(article_text(n) for n in range(40))
    slow = limited_client.post("/extract", json={"text": long_text})
    assert _error(slow, 422) == "E022"
    # The abandoned analysis still holds the analyser: the next request waits, and
    # gives up as busy rather than blaming its own text.
    busy = limited_client.post("/extract", json={"text": "Pompeo met Kim on Sunday."})
    assert _error(busy, 503) == "E461"
