"""Hypothesis strategies shared by the property tests and the fuzz target (bench/fuzz.py).

Two families: *news-like* articles (sentences with speakers, quotation marks, reporting
verbs, widgets and repeats, so extraction has something to find) and *hostile* text
(control and invisible characters, every kind of quotation mark, right-to-left script,
emoji, markup fragments, characters whose normal form changes their length, very long
lines, repeated boilerplate). Profiles: ``eventwire-ci`` (the default, fast) and
``eventwire-thorough`` (set ``EVENTWIRE_HYPOTHESIS=thorough`` for a long local run).
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# --- profiles ---------------------------------------------------------------------------

# A deadline well above the slowest honest example on a busy 2-core CI machine, so a
# pathological (quadratic, backtracking) input still fails while noise does not.
settings.register_profile(
    "eventwire-ci",
    deadline=timedelta(seconds=5),
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,  # the analyser fixture is session-wide
    ],
)
settings.register_profile("eventwire-thorough", settings.get_profile("eventwire-ci"))
# How many times more examples each profile runs than a test asks for.
SCALES = {"eventwire-ci": 1, "eventwire-thorough": 25}
PROFILE_NAME = f"eventwire-{os.environ.get('EVENTWIRE_HYPOTHESIS', 'ci')}"
if PROFILE_NAME not in SCALES:
    raise ValueError(f"EVENTWIRE_HYPOTHESIS must be one of ci, thorough: {PROFILE_NAME}")


def budget(examples: int) -> settings:
    """The profile's settings with ``examples`` examples (25 times more when thorough)."""
    return settings(
        settings.get_profile(PROFILE_NAME), max_examples=examples * SCALES[PROFILE_NAME]
    )


# --- building blocks --------------------------------------------------------------------

QUOTE_MARKS = "\"'“”‘’„‚«»‹›「」『』〝〞＂＇‟‛❝❞"
# C0 and C1 controls, DEL, and every line break str.splitlines() knows.
CONTROLS = "".join(map(chr, [*range(0x00, 0x20), 0x7F, *range(0x80, 0xA0)])) + "\u2028\u2029"
# Zero-width, joiners, BOM, soft hyphen, bidi marks, embeddings, overrides and isolates.
INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u200e\u200f\u061c" + "".join(
    map(chr, [*range(0x202A, 0x202F), *range(0x2066, 0x206A)])
)
ODD_SPACES = "\t\u00a0\u1680\u2000\u2003\u2009\u200a\u202f\u205f\u3000"
# Characters whose NFC or NFKC form has another length or shape: combining accents,
# the Angstrom and Kelvin signs, a ligature, Hangul jamo, fullwidth letters, ellipsis.
NORMAL_FORM_TRAPS = [
    "e\u0301",
    "\u212b",
    "\u212a",
    "\ufb01",
    "\u1100\u1161\u11a8",
    "Ｈｅｌｌｏ",
    "…",
    "\u0301",
    "e\u00ad\u0301",
    "a\u200b\u0301",
    "ǅ",
    "İ",
    "ß",
]
RTL = [
    "قال الوزير إن المحادثات ستستمر.",
    "«لن نقبل العقوبات»، قال المتحدث.",
    "אמר השר כי השיחות יימשכו.",
    "\u202eThe minister said\u202c",
    "\u200fשלום\u200e Hello",
]
EMOJI = ["👍", "👍🏽", "👨\u200d👩\u200d👧\u200d👦", "🇺🇸🇰🇷", "❤️", "🏳️\u200d🌈", "🔥" * 5]
MARKUP = [
    "<p>",
    "</p>",
    "<div class='story'>",
    "</div>",
    "<br/>",
    "<script>var q = '\"';</script>",
    "<style>p{}</style>",
    "<!-- comment -->",
    "<![CDATA[ x ]]>",
    "&amp;",
    "&#8220;",
    "&quot;",
    "&nbsp;",
    "<",
    ">",
    "</",
    "<a href='https://example.org/?a=1&b=2'>link</a>",
    "<html>",
    "<body>",
    "<?xml version='1.0'?>",
    "<!DOCTYPE html>",
]
# Lines the boilerplate rules drop, so removals happen.
WIDGETS = [
    "No comments :",
    "Post a Comment",
    "3 comments:",
    "Share on Twitter",
    "Share this article",
    "Follow us on Twitter",
    "Advertisement",
    "Read more",
    "Related stories",
    "- Budget vote delayed",
    "© 2020 Example News",
    "(AP Photo)",
    "Sign up for our newsletter",
]
SENTENCES = [
    "The minister said the talks would continue.",
    '"We are ready," he said."The date is set," she said.',
    "The minister said the talks would continue. Officials agreed.",
    "- The minister said the talks would continue.",
    "Mr. Smith met U.S. officials in Washington on Monday.",
]
SPEAKERS = [
    "Foreign Minister Sergei Lavrov",
    "the ministry",
    "he",
    "she",
    "it",
    "President Emmanuel Macron",
    "a spokeswoman for the UN",
    "Israeli officials",
]
QUOTE_PAIRS = [
    ("\u201c", "\u201d"),
    ('"', '"'),
    ("\u2018", "\u2019"),
    ("\u00ab", "\u00bb"),
    ("\u201e", "\u201c"),
    ("''", "''"),
    ('"', ""),
    ("", "\u201d"),
]
CLAUSES = [
    "we will not accept sanctions",
    "talks with Iran were productive",
    "troops attacked the village on Sunday",
    "the government will travel to Beijing next week",
    "there is no way we will disarm",
]
VERBS = ["said", "told reporters", "added", "warned", "noted"]
BOILERPLATE = ["Share this article", "3 comments:", "Post a Comment", "Follow us on Twitter"]
SEPARATORS = ["\n", "\r\n", "\n\n", "\r", "\n \n\n\n", "\u2028", "\x85", "\f", "\n\t\n"]

# Any character but surrogates (decoders never produce them), weighted towards the
# categories news text is made of.
ANY_CHAR = st.characters(codec="utf-8")
TEXTISH_CHAR = st.characters(
    codec="utf-8",
    categories=("L", "M", "N", "P", "Zs", "Cc", "Cf", "S"),
    include_characters=QUOTE_MARKS + "\n\r\u2028\u00a0\u200b\ufeff",
)
separators = st.sampled_from(SEPARATORS)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    """One news sentence: a quotation with its speaker, reported speech, or "according to"."""
    speaker = draw(st.sampled_from(SPEAKERS))
    verb = draw(st.sampled_from(VERBS))
    clause = draw(st.sampled_from(CLAUSES))
    opening, closing = draw(st.sampled_from(QUOTE_PAIRS))
    form = draw(st.integers(0, 3))
    if form == 0:
        return f"{opening}{clause.capitalize()},{closing} {speaker} {verb}."
    if form == 1:
        return f"{speaker.capitalize()} {verb} that {clause}."
    if form == 2:
        return f"According to {speaker}, {clause}."
    return f"{speaker.capitalize()} {verb} {opening}{clause}{closing} on Monday."


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A well-formed news article: sentences, a repeated teaser, a widget line."""
    paragraphs = draw(st.lists(sentences(), min_size=1, max_size=6))
    if draw(st.booleans()):
        paragraphs.insert(0, paragraphs[-1])  # a teaser line repeated in the body
    if draw(st.booleans()):
        paragraphs.append(draw(st.sampled_from(BOILERPLATE)))
    return "\n".join(paragraphs)


def fragments(*, long_lines: bool = True) -> st.SearchStrategy[str]:
    """One piece of a hostile line."""
    pieces = [
        st.text(TEXTISH_CHAR, max_size=40),
        st.text(ANY_CHAR, max_size=10),
        st.text(st.sampled_from(QUOTE_MARKS + " \n."), min_size=1, max_size=12),
        st.text(st.sampled_from(CONTROLS + INVISIBLES + ODD_SPACES), min_size=1, max_size=4),
        st.sampled_from(NORMAL_FORM_TRAPS),
        st.sampled_from(RTL),
        st.sampled_from(EMOJI),
        st.sampled_from(MARKUP),
        st.sampled_from(SENTENCES),
        sentences(),
    ]
    if long_lines:
        # One line of thousands of characters, with or without spaces to cut at.
        pieces.append(
            st.builds(
                lambda word, count, space: (word + space) * count,
                st.sampled_from(["word", "“quoted", "a.", "Mr.", "ab'", "«x»", "é"]),
                st.integers(200, 3000),
                st.sampled_from([" ", "", "\u00a0", ". "]),
            )
        )
    return st.one_of(pieces)


@st.composite
def hostile_lines(draw: st.DrawFn, *, long_lines: bool = True) -> str:
    return "".join(draw(st.lists(fragments(long_lines=long_lines), max_size=6)))


@st.composite
def hostile_texts(draw: st.DrawFn, *, long_lines: bool = True, max_lines: int = 12) -> str:
    """A document of hostile lines, widget lines and news sentences, some repeated."""
    line = st.one_of(
        hostile_lines(long_lines=long_lines),
        st.sampled_from(WIDGETS),
        sentences(),
        st.just(""),
    )
    lines: list[str] = draw(st.lists(line, max_size=max_lines))
    if draw(st.booleans()) and lines:
        # Repeats: a line again further down, and boilerplate over and over.
        lines.insert(draw(st.integers(0, len(lines))), draw(st.sampled_from(lines)))
    if draw(st.booleans()):
        lines.extend([draw(st.sampled_from(WIDGETS))] * draw(st.integers(2, 6)))
    return "".join(line + draw(separators) for line in lines)


@st.composite
def mangled_articles(draw: st.DrawFn) -> str:
    """A news article with hostile pieces spliced in: hard line breaks inside sentences
    (wrapped wire copy), extra spaces, and fragments in the middle of names and quotes."""
    text = draw(articles())
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(text)))
        edit = draw(st.integers(0, 2))
        if edit == 0:
            piece = draw(fragments(long_lines=False))
        elif edit == 1:
            piece = draw(st.sampled_from(["\n", "\n\n", "  ", "\r\n", "\u2028", "\t"]))
        else:
            piece = draw(st.text(st.sampled_from(QUOTE_MARKS), min_size=1, max_size=2))
        text = text[:at] + piece + text[at:]
    if draw(st.booleans()):  # hard-wrapped at a random width
        width = draw(st.integers(10, 80))
        words = text.split(" ")
        lines, current = [], ""
        for word in words:
            if current and len(current) + 1 + len(word) > width:
                lines.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        text = "\n".join([*lines, current])
    return text


@st.composite
def html_pages(draw: st.DrawFn) -> str:
    """HTML-ish input: paragraphs of hostile text in tags, whole pages or bare fragments."""
    paragraphs = draw(st.lists(hostile_lines(long_lines=False), max_size=6))
    tag = draw(st.sampled_from(["p", "div", "li", "td", "blockquote", "span"]))
    body = "".join(f"<{tag}>{paragraph}</{tag}>" for paragraph in paragraphs)
    shape = draw(st.integers(0, 3))
    if shape == 0:
        return body
    if shape == 1:
        return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"
    if shape == 2:
        return draw(hostile_texts(long_lines=False, max_lines=4)) + body
    return f"<html><body>{'<div>' * 50}{body}"  # unclosed and nested


# Random text in the alphabet of news and widgets, line by line (the cleaner's own test).
WIDGET_ALPHABET = st.characters(
    codec="utf-8",
    categories=("L", "N", "P", "Zs", "Cc", "Cf", "S"),
    include_characters='\n\r\u2028\u00a0\u200b\ufeff“”‘’"',
)


@st.composite
def widget_documents(draw: st.DrawFn) -> str:
    """Lines of random text, widget lines and sentences, with every kind of line break."""
    line = st.one_of(
        st.text(WIDGET_ALPHABET, max_size=60), st.sampled_from(WIDGETS), st.sampled_from(SENTENCES)
    )
    lines = draw(st.lists(line, max_size=12))
    return "".join(
        line + draw(st.sampled_from(["\n", "\r\n", "\n\n", "\r", "\n \n\n\n"])) for line in lines
    )


def max_chars() -> st.SearchStrategy[int]:
    """Limits from tiny (a cut inside the first line) to the default."""
    return st.one_of(st.integers(1, 400), st.just(200_000))
