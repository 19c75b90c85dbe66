"""clean_article on hand-built text: boilerplate families, repeats, normalisation, offsets."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from eventwire.clean import article_id, clean_article
from eventwire.clean.rules import parse_rules
from eventwire.errors import ConfigError, InputError
from eventwire.models import Article, RawArticle

BODY = (
    "The finance minister resigned on Tuesday after weeks of protests over the budget.\n"
    "Opposition leaders said the move came too late and called for early elections.\n"
    "The president is expected to name a successor before the end of the week."
)


def clean(text: str, *, max_chars: int = 200_000, **meta: object) -> Article:
    return clean_article(RawArticle(origin="hand.txt", text=text, **meta), max_chars=max_chars)  # type: ignore[arg-type]


def removed_text(raw: str, article: Article) -> list[tuple[str, str]]:
    return [(raw[r.start : r.end], r.reason) for r in article.removed]


# -- boilerplate families --------------------------------------------------------------------

FAMILIES = [
    ("12 comments", "comments"),
    ("Post a Comment", "comments"),
    ("Leave a reply", "comments"),
    ("Add comment", "comments"),
    ("View comments (41)", "comments"),
    ("Share on Facebook", "share"),
    ("Share this article", "share"),
    ("Facebook Twitter WhatsApp Email", "share"),
    ("Follow us on Twitter for the latest updates", "follow"),
    ("Sign up for our morning newsletter", "subscribe"),
    ("Subscribe now for unlimited access", "subscribe"),
    ("We use cookies to improve your experience on our site.", "cookies"),
    ("Accept all cookies", "cookies"),
    ("Read more", "related"),
    ("Related: Parliament votes on the budget", "related"),
    ("Advertisement", "ads"),
    ("Story continues below advertisement", "ads"),
    ("Click here to download the full report", "click"),
    ("© 2024 Example Media Ltd. All rights reserved.", "copyright"),
    ("Copyright 2023 The Associated Press.", "copyright"),
    ("(Reuters files)", "credit"),
    ("Photo: Jane Doe/Example Agency", "credit"),
    ("Now playing", "media"),
    ("Posted on 12 March 2021", "meta"),
    ("Tags: budget, protests, parliament", "meta"),
]


@pytest.mark.parametrize(("line", "label"), FAMILIES)
def test_boilerplate_line_is_removed_with_its_reason(line: str, label: str) -> None:
    raw = f"{BODY}\n{line}\nThe cabinet will meet again on Friday to discuss the crisis."
    article = clean(raw)
    assert line not in article.text
    assert (line, f"boilerplate:{label}") in removed_text(raw, article)
    assert "cabinet will meet again" in article.text


@pytest.mark.parametrize(
    "line",
    [
        "The ministry declined to answer comments made by the opposition on Monday.",
        "Critics say the comments section of the bill was drafted in haste.",
        "He urged voters to share their concerns with their local representatives.",
        "The company said it will follow the court's ruling and subscribe to the new code.",
        "A judge ruled the leaked files were protected by copyright law.",
        "Advertisement spending fell by 12 percent last year, the survey found.",
        "Read more about it? Not now, he said.",
        "3 comments from the minister caused an uproar.",
    ],
)
def test_sentences_that_mention_widget_words_stay(line: str) -> None:
    raw = f"{BODY}\n{line}"
    article = clean(raw)
    assert line in article.text
    assert article.removed == ()


def test_comment_section_header_cuts_the_tail() -> None:
    raw = (
        f"{BODY}\n\n4 comments:\n"
        "reader42 said... Great piece, thanks.\n"
        "Anonymous said... I disagree with the minister.\n"
        "Post a Comment"
    )
    article = clean(raw)
    assert article.text == BODY
    (removal,) = article.removed
    assert removal.reason == "boilerplate:comments"
    assert raw[removal.start : removal.end].startswith("4 comments:")
    assert raw[removal.end :] == ""


def test_comment_header_at_the_top_does_not_cut_the_article() -> None:
    raw = f"2 comments:\n{BODY}"
    article = clean(raw)
    assert article.text == BODY


def test_related_block_takes_its_list_of_links() -> None:
    raw = (
        f"{BODY}\nRelated stories\n- Budget vote delayed again\n- Who could be the next minister?\n"
        "The prime minister will address parliament on Monday."
    )
    article = clean(raw)
    assert "Budget vote delayed" not in article.text
    assert "next minister?" not in article.text
    assert article.text.endswith("The prime minister will address parliament on Monday.")


# -- repeats ---------------------------------------------------------------------------------


def test_teaser_at_the_top_goes_and_the_body_copy_stays() -> None:
    teaser = "- The talks were the third round since the ceasefire began."
    raw = (
        f"{teaser}\nDelegates from both sides met in Geneva on Friday.\n"
        "The talks were the third round since the ceasefire began.\n"
        "A fourth round is planned for next month."
    )
    article = clean(raw)
    assert article.text == (
        "Delegates from both sides met in Geneva on Friday.\n"
        "The talks were the third round since the ceasefire began.\n"
        "A fourth round is planned for next month."
    )
    assert removed_text(raw, article) == [(teaser, "repeated")]


def test_summary_line_repeated_inside_a_paragraph_is_dropped() -> None:
    raw = (
        "Officials said the bridge would reopen in March.\n"
        "Repairs began last year. Officials said the bridge would reopen in March. "
        "Traffic will be limited at first."
    )
    article = clean(raw)
    assert article.text.count("bridge would reopen") == 1
    assert article.text.startswith("Repairs began last year.")


def test_later_exact_repeats_go_after_normalised_comparison() -> None:
    raw = (
        f"{BODY}\nVoters will return to the polls in June.\n"
        "The interior ministry confirmed the date.\n"
        "VOTERS will return to the polls   in June!"
    )
    article = clean(raw)
    assert article.text == f"{BODY}\nVoters will return to the polls in June.\n" + (
        "The interior ministry confirmed the date."
    )
    assert [reason for _, reason in removed_text(raw, article)] == ["repeated"]


def test_short_quote_after_its_paragraph_is_kept() -> None:
    raw = (
        "The company tweeted: “We are all concerned. Prices have risen to bring more "
        "drivers to the area.”\nWhat can we learn from this?\n"
        "“Prices have risen to bring more drivers to the area.”\nThat is a market answer."
    )
    assert clean(raw).text.count("Prices have risen") == 2


# -- normalisation ---------------------------------------------------------------------------


def test_normalisation() -> None:
    raw = (
        "\ufeffThe\u00a0minister\u2009said   it was\u200b over.\r\n\r\n\r\n\r\n"
        "  Cafe\u0301 owners\tagreed.  \rThey left.\u2028Done."
    )
    article = clean(raw)
    assert article.text == (
        "The minister said it was over.\n\nCafé owners agreed.\nThey left.\nDone."
    )
    assert article.removed == ()


def test_quote_marks_are_kept_as_they_are() -> None:
    raw = "“We will not give up,” she said. ‘Never’, he replied. «Non», dit-il."
    assert clean(raw).text == raw


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            'Pompeo met Kim, the agency reported."They discussed the summit," it said.',
            'Pompeo met Kim, the agency reported. "They discussed the summit," it said.',
        ),
        (
            '"We are ready," he said."The date is set," she said.',
            '"We are ready," he said. "The date is set," she said.',
        ),
        (
            'She called it "a disgrace."He disagreed.',
            'She called it "a disgrace." He disagreed.',
        ),
        ("It was “over.”Talks end.", "It was “over.” Talks end."),
        ("He left.“No,” she said.", "He left. “No,” she said."),
        ('The U.S."allies" met.', 'The U.S."allies" met.'),
    ],
)
def test_glued_quote_gets_its_space(raw: str, expected: str) -> None:
    assert clean(raw).text == expected


# -- the seed-like pattern, on text written here -------------------------------------------


def test_blog_repost_with_teaser_glued_quote_and_comment_footer() -> None:
    raw = (
        "- The minister has visited the region four times this year.\n"
        'Officials said the visit "went well", the agency reported."We agreed on next steps,"'
        " the ministry said.\n"
        "The minister has visited the region four times this year.\n"
        "He will fly to Nairobi on Monday.\n"
        "No comments :\n"
        "Post a Comment"
    )
    article = clean(raw)
    assert article.text == (
        'Officials said the visit "went well", the agency reported. "We agreed on next steps,"'
        " the ministry said.\n"
        "The minister has visited the region four times this year.\n"
        "He will fly to Nairobi on Monday."
    )
    assert [reason for _, reason in removed_text(raw, article)] == [
        "repeated",
        "boilerplate:comments",
    ]
    assert removed_text(raw, article)[1][0] == "No comments :\nPost a Comment"


# -- truncation, ids, metadata, errors --------------------------------------------------------


def test_truncation_at_a_paragraph_boundary() -> None:
    paragraphs = [f"Paragraph {n} says something about the talks." for n in range(10)]
    raw = "\n\n".join(paragraphs)
    article = clean(raw, max_chars=100)
    assert article.text == "\n\n".join(paragraphs[:2])
    (removal,) = article.removed
    assert removal.reason == "truncated"
    assert raw[removal.start :] == "\n\n".join(paragraphs[2:])
    assert removal.end == len(raw)


def test_truncation_inside_one_long_line() -> None:
    raw = " ".join(["word"] * 100)
    article = clean(raw, max_chars=42)
    assert len(article.text) <= 42 and article.text.startswith("word word")
    (removal,) = article.removed
    assert removal.reason == "truncated"
    assert raw[: removal.start].strip() == article.text


def test_id_is_stable_and_depends_on_text_and_url() -> None:
    first = clean(BODY)
    again = clean(BODY.replace("\n", "\n\n").upper())
    assert first.id == again.id == first.story
    expected = hashlib.sha256(" ".join(BODY.lower().split()).encode()).hexdigest()[:16]
    assert first.id == expected
    with_url = clean(BODY, url="https://example.org/a")
    assert with_url.id != first.id
    assert with_url.id == article_id(with_url.text, "https://example.org/a")
    assert len(first.id) == 16


def test_metadata_is_copied() -> None:
    article = clean(
        BODY,
        path="in/a.txt",
        url="https://x.org/a",
        title="T",
        published=date(2020, 1, 2),
        source="S",
    )
    assert (article.origin, article.path, article.url, article.title, article.published) == (
        "hand.txt",
        "in/a.txt",
        "https://x.org/a",
        "T",
        date(2020, 1, 2),
    )
    assert (article.source, article.language) == ("S", "en")


def test_nothing_left_is_e002() -> None:
    with pytest.raises(InputError) as caught:
        clean("Advertisement\nShare on Facebook\n\u200b\n")
    assert caught.value.code == "E002"
    assert "hand.txt" in str(caught.value)


def test_html_page_gives_main_text_and_metadata() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n}: the foreign minister said on Monday that talks with the "
        f"neighbouring country would continue next week in the capital.</p>"
        for n in range(6)
    )
    page = (
        "<html><head><title>Talks to continue | Daily Example</title>"
        '<meta property="og:site_name" content="Daily Example">'
        '<meta property="article:published_time" content="2021-05-04">'
        '<link rel="canonical" href="https://daily.example.org/talks"></head><body>'
        "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>Talks to continue</h1>{paragraphs}<p>Share on Facebook</p></article>"
        "<footer>© 2021 Daily Example. All rights reserved.</footer></body></html>"
    )
    raw = RawArticle(origin="page.html", text=page, content_type="html")
    article = clean_article(raw, max_chars=100_000)
    assert "\nParagraph 0: the foreign minister" in article.text
    assert article.text.count("the foreign minister said") == 6
    assert "Share on Facebook" not in article.text and "Home" not in article.text
    assert article.published == date(2021, 5, 4)
    assert article.source == "Daily Example"
    assert article.url == "https://daily.example.org/talks"
    assert article.title is not None and "Talks to continue" in article.title


def test_html_without_main_text_is_e008() -> None:
    raw = RawArticle(
        origin="empty.html", text="<html><body><nav></nav></body></html>", content_type="html"
    )
    with pytest.raises(InputError) as caught:
        clean_article(raw, max_chars=1000)
    assert caught.value.code == "E008"


# -- the rules file ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("share line 40", "expected LABEL SCOPE MAX REGEX"),
        ("Share line 40 ^x$", "label"),
        ("share page 40 ^x$", "scope"),
        ("share line many ^x$", "MAX"),
        ("share line 40 ^(x$", "bad regex"),
        ("# only a comment", "no rules"),
    ],
)
def test_bad_rule_files_are_refused(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_rules(text, "rules.txt")


def test_rule_parsing() -> None:
    (rule,) = parse_rules("# c\n\nshare  line  12  ^share$\n")
    assert (rule.label, rule.scope, rule.max_chars, rule.reason) == (
        "share",
        "line",
        12,
        "boilerplate:share",
    )
    assert rule.matches("SHARE") and not rule.matches("share it")
