"""The page in a real browser: an article with its quotes and events highlighted, the quote
search, a timeline bar and a network edge that lead back to their sentences, the API docs,
and nothing fetched from anywhere but the server."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.ui import WebDriverWait

from tests.api.store_fixture import SEED_NAME

WAIT_SECONDS = 15


def _wait(browser: webdriver.Chrome, condition: Any) -> Any:
    return WebDriverWait(browser, WAIT_SECONDS).until(condition)


def _open(browser: webdriver.Chrome, url: str, route: str) -> None:
    """Load the page afresh at ``#/route`` and wait until the view is drawn."""
    browser.get("about:blank")
    browser.get(f"{url}/#/{route}")
    view = route.split("/")[0].split("?")[0]
    _wait(browser, lambda b: b.find_element(By.ID, "view").get_attribute("data-ready") == view)
    _no_error_shown(browser)


def _no_error_shown(browser: webdriver.Chrome) -> None:
    banner = browser.find_element(By.ID, "error")
    assert not banner.is_displayed(), banner.text


def _console_errors(browser: webdriver.Chrome) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def _in_view(browser: webdriver.Chrome, element: WebElement) -> bool:
    script = (
        "const r = arguments[0].getBoundingClientRect();"
        " return r.bottom > 0 && r.top < window.innerHeight;"
    )
    return bool(browser.execute_script(script, element))


def _click_chart(browser: webdriver.Chrome, chart_id: str, pixel_script: str) -> None:
    """Click the chart ``chart_id`` where ``pixel_script`` (run with ``chart`` set to its
    ECharts instance) says, as a user would."""
    box = browser.find_element(By.ID, chart_id)
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    x, y = browser.execute_script(
        f"const chart = echarts.getInstanceByDom(document.getElementById('{chart_id}'));"
        f" {pixel_script}"
    )
    dx, dy = round(x - box.size["width"] / 2), round(y - box.size["height"] / 2)
    ActionChains(browser).move_to_element_with_offset(box, dx, dy).click().perform()


def _evidence(browser: webdriver.Chrome, count: int) -> list[WebElement]:
    """The events listed under a chart, once there are ``count`` of them."""
    _wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, "#evidence-list li")) == count)
    return browser.find_elements(By.CSS_SELECTOR, "#evidence-list li")


@pytest.fixture
def browser_page(browser: webdriver.Chrome) -> Any:
    """The browser, checked after the test for errors in the page's console."""
    browser.get_log("browser")  # forget what earlier tests left
    yield browser
    assert _console_errors(browser) == []


def test_the_article_shows_its_quotes_and_events(
    browser_page: webdriver.Chrome, page_url: str, screenshots: Path
) -> None:
    browser = browser_page
    _open(browser, page_url, "articles")
    assert "5 articles" in browser.find_element(By.ID, "stats").text
    seed = next(
        row.find_element(By.TAG_NAME, "a")
        for row in browser.find_elements(By.CSS_SELECTOR, "#article-list tbody tr")
        if "Heather Nauert" in row.text
    )
    seed.click()
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#article-text .seg.q"))
    articles = httpx.get(f"{page_url}/articles", params={"search": "Heather Nauert"}).json()
    (listed,) = [a for a in articles["items"] if a["path"].endswith(SEED_NAME)]
    article = httpx.get(f"{page_url}/articles/{listed['id']}").json()
    assert len(browser.find_elements(By.CSS_SELECTOR, "#side-list .quote-item")) == len(
        article["quotes"]
    )
    assert len(browser.find_elements(By.CSS_SELECTOR, "#side-list .event-item")) == len(
        article["events"]
    )
    text = browser.find_element(By.ID, "article-text")
    assert _flat(text.text) == _flat(article["text"])
    assert text.find_elements(By.CSS_SELECTOR, ".seg.ev")
    assert text.find_elements(By.CSS_SELECTOR, ".seg.spk")
    # Choosing an event in the side list marks it and its sentence in the text.
    chosen = article["events"][-1]
    browser.find_element(By.ID, f"event-{chosen['idx']}").click()
    focus = _wait(
        browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#article-text .seg.focus-item")
    )
    assert _flat(" ".join(seg.text for seg in focus)) == _flat(chosen["text"])
    assert _in_view(browser, focus[0])
    assert f"event={chosen['idx']}" in browser.current_url
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(screenshots / "article.png"))


def test_the_quote_search_finds_quotes_and_shows_them_in_context(
    browser_page: webdriver.Chrome, page_url: str, screenshots: Path
) -> None:
    browser = browser_page
    _open(browser, page_url, "articles")
    browser.find_element(By.CSS_SELECTOR, "nav a[data-view=quotes]").click()
    search = _wait(browser, lambda b: b.find_element(By.ID, "quote-search"))
    search.send_keys("trust", Keys.ENTER)
    _wait(browser, lambda b: "search=trust" in b.current_url)
    _wait(browser, lambda b: b.find_element(By.ID, "view").get_attribute("data-ready") == "quotes")
    results = browser.find_elements(By.CSS_SELECTOR, "#quote-results li")
    assert results and all("trust" in r.text.lower() for r in results)
    assert all(r.find_elements(By.TAG_NAME, "mark") for r in results)
    browser.save_screenshot(str(screenshots / "quotes.png"))
    words = _flat(results[0].find_element(By.CLASS_NAME, "quote-text").text).strip("“”")
    results[0].find_element(By.CSS_SELECTOR, "a.context").click()
    focus = _wait(
        browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#article-text .seg.focus-item")
    )
    assert _flat(" ".join(seg.text for seg in focus)) == words


def test_a_timeline_bar_leads_to_its_highlighted_sentences(
    browser_page: webdriver.Chrome, page_url: str, screenshots: Path
) -> None:
    browser = browser_page
    _open(browser, page_url, "timeline")
    # The page spans the news period: the publication dates with a month either side.
    stats = httpx.get(f"{page_url}/stats").json()
    news = {
        "since": date.fromisoformat(stats["first_published"]) - timedelta(days=31),
        "until": date.fromisoformat(stats["last_published"]) + timedelta(days=31),
    }
    assert browser.find_element(By.ID, "news-period").text == f"{news['since']} to {news['until']}"
    buckets = httpx.get(f"{page_url}/timeline", params=news).json()["buckets"]
    bucket = next(b for b in buckets if b["counts"]["verbal_cooperation"] > 0)
    count = bucket["counts"]["verbal_cooperation"]
    # Cooperation is the bottom of each stack: the middle of its bar is at count / 2.
    _click_chart(
        browser,
        "timeline-chart",
        f"const day = chart.getOption().xAxis[0].data.indexOf('{bucket['start']}');"
        f" return chart.convertToPixel({{seriesIndex: 0}}, [day, {count / 2}]);",
    )
    cards = _evidence(browser, count)
    heading = browser.find_element(By.CSS_SELECTOR, "#evidence h3").text
    assert heading.startswith("Verbal cooperation") and bucket["start"] in heading
    assert all(card.find_elements(By.CSS_SELECTOR, "mark.ev") for card in cards)
    browser.save_screenshot(str(screenshots / "timeline.png"))
    sentence = _flat(cards[0].find_element(By.CSS_SELECTOR, "blockquote.sentence").text)
    cards[0].find_element(By.CSS_SELECTOR, "a.context").click()
    marked = _wait(
        browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#article-text .seg.focus-sentence")
    )
    assert _flat(" ".join(seg.text for seg in marked)) == sentence
    assert _in_view(browser, marked[0])
    browser.save_screenshot(str(screenshots / "timeline-sentence.png"))


def test_the_timeline_shows_every_date_on_request(
    browser_page: webdriver.Chrome, page_url: str
) -> None:
    browser = browser_page
    _open(browser, page_url, "timeline?dates=all")
    everything = httpx.get(f"{page_url}/timeline").json()["buckets"]
    days, totals = browser.execute_script(
        "const option = echarts.getInstanceByDom(document.getElementById('timeline-chart'))"
        ".getOption(); return [option.xAxis[0].data,"
        " option.xAxis[0].data.map((_, i) => option.series.reduce((n, s) => n + s.data[i], 0))];"
    )
    # Every day from the first event to the last, those without events as empty bars.
    assert days[0] == everything[0]["start"] and days[-1] == everything[-1]["start"]
    assert {day for day, total in zip(days, totals, strict=True) if total} == {
        bucket["start"] for bucket in everything
    }
    assert len(days) == len(set(days)) and days == sorted(days)
    assert "on" in (browser.find_element(By.ID, "all-dates").get_attribute("class") or "")


def test_the_network_lists_the_events_of_an_actor_and_a_dyad(
    browser_page: webdriver.Chrome, page_url: str, screenshots: Path
) -> None:
    browser = browser_page
    _open(browser, page_url, "network")
    network = httpx.get(f"{page_url}/network", params={"nodes": 40}).json()
    busiest = network["nodes"][0]
    _click_chart(
        browser,
        "network-chart",
        "const data = chart.getModel().getSeriesByIndex(0).getData();"
        " return chart.convertToPixel({seriesIndex: 0}, data.getItemLayout(0));",
    )
    _wait(browser, lambda b: b.find_elements(By.CSS_SELECTOR, "#evidence-list li"))
    assert browser.find_element(By.CSS_SELECTOR, "#evidence h3").text.startswith(
        f"Events of {busiest['id']}"
    )
    browser.execute_script("window.scrollTo(0, 0)")
    browser.save_screenshot(str(screenshots / "network.png"))
    browser.find_element(By.CSS_SELECTOR, "details.dyads summary").click()
    browser.find_element(By.ID, "dyad-0").click()
    edge = network["edges"][0]
    cards = _evidence(browser, edge["events"])
    assert browser.find_element(By.CSS_SELECTOR, "#evidence h3").text.startswith(
        f"{edge['source']} → {edge['target']}"
    )
    assert all(card.find_element(By.CSS_SELECTOR, "blockquote.sentence").text for card in cards)


def test_the_api_docs_render_offline(
    browser_page: webdriver.Chrome, page_url: str, screenshots: Path
) -> None:
    browser = browser_page
    browser.get(f"{page_url}/docs")
    _wait(browser, lambda b: len(b.find_elements(By.CSS_SELECTOR, ".opblock")) >= 9)
    browser.save_screenshot(str(screenshots / "docs.png"))


def test_nothing_is_fetched_from_elsewhere(browser_page: webdriver.Chrome, page_url: str) -> None:
    browser = browser_page
    for route in ("articles", "quotes", "timeline", "network"):
        _open(browser, page_url, route)
        loaded = browser.execute_script(
            "return performance.getEntriesByType('resource').map(e => e.name)"
        )
        hosts = {urlsplit(name).netloc for name in loaded}
        assert hosts <= {urlsplit(page_url).netloc}, hosts
