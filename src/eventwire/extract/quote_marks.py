"""Find quoted passages by their quotation marks, in any style news uses.

Handles “curly”, "straight", „low-high“, «guillemets», ‘single’, 'straight
single' and ''doubled straight single'' marks (the wire style of some archives),
and a straight mark closed by a curly one (text edited in two tools); apostrophes
("Korea's", "don’t", "countries'") are not marks. A
quote may run over several paragraphs the way newspapers print it: each new
paragraph opens with a mark and only the last one closes, also in text whose paragraph
breaks were lost in transit (a straight mark that opens a new sentence inside an open
quote reopens it there). An unbalanced mark is closed at the end of its paragraph, so
one stray mark never swallows an article.
"""

from __future__ import annotations

from dataclasses import dataclass

# Opening mark -> the marks that may close it.
DOUBLE_OPENERS = {"“": '”"', "„": '“”"', "«": "»", '"': '"”', "”": "”"}
# The marks that may reopen a quote in the next paragraph, by opening mark.
REOPENERS = {"“": '“"', '"': '"“', "„": "„", "«": "«"}
MIN_RUN_ON_WORDS = 4
# What ends the sentence before a mark that opens the next one: '... concerned. "In fact'.
SENTENCE_ENDS = ".!?"
# Two straight single marks stand for one double mark: ''like this''.
DOUBLED_SINGLE = "''"
SINGLE_OPENERS = {"‘": "’", "'": "'", "‹": "›"}


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """The words between a pair of quotation marks (marks excluded)."""

    start: int
    end: int
    closed: bool


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _opens_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # "'90s" is an elided year, not a quotation.
    return not _is_word(before) and after.isalpha()


def _closes_single(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word(after)


def _opens_double(text: str, i: int) -> bool:
    ch = text[i]
    if ch in "“„«":
        return True
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    # A straight or right mark opens only after a space or an opening bracket and
    # before a word or an ellipsis; `approach”, she said` is a stray closing mark.
    return not _is_word(before) and before not in ".,;!?" and (_is_word(after) or after in ".…'‘")


def _next_paragraph_opens(text: str, newline: int, opener: str, words: int) -> int | None:
    """Offset of the mark that reopens a quote at the start of the next paragraph.

    Only a mark of the same family reopens it, and only after a passage of at least
    a few words: a scare quote left open ("a "tax grab.") does not run on.
    """
    if words < MIN_RUN_ON_WORDS:
        return None
    j = newline
    while j < len(text) and text[j].isspace():
        j += 1
    if j + 1 < len(text) and text[j] in REOPENERS.get(opener, opener):
        return j
    return None


def _reopens_unbroken(text: str, i: int, words: int) -> bool:
    """Is the straight mark at ``i``, inside an open quote, the reopening mark of a next
    paragraph whose break was lost ('... not much relief. "In fact, they ...')? It stands
    where a mark opens, not where one closes: after a sentence's end and a space, before a
    capital letter. A closing mark follows its words directly ('relief."'). As at a
    paragraph break, only a passage of a few words runs on."""
    if words < MIN_RUN_ON_WORDS or i < 2 or i + 1 >= len(text):
        return False
    return text[i - 1] == " " and text[i - 2] in SENTENCE_ENDS and text[i + 1].isupper()


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Every outermost quoted passage in ``text``, in order."""
    if DOUBLED_SINGLE in text:
        # Same length, so offsets hold: the first mark becomes a space, the second a
        # straight double mark that opens before a word and closes after one.
        text = text.replace(DOUBLED_SINGLE, ' "')
    spans: list[QuotedSpan] = []
    i, n = 0, len(text)
    opener: str | None = None
    content_start = paragraph_start = 0
    while i < n:
        ch = text[i]
        if opener is None:
            if (
                ch in DOUBLE_OPENERS
                and _opens_double(text, i)
                or ch in SINGLE_OPENERS
                and _opens_single(text, i)
            ):
                opener, content_start = ch, i + 1
                paragraph_start = content_start
        elif ch == "\n" and opener in SINGLE_OPENERS:
            opener = None  # an unclosed single mark was an apostrophe after all
        elif ch == "\n":
            # Words since the mark that opened this paragraph's part; at most enough
            # to decide, so a quote over thousands of paragraphs stays linear.
            words = len(text[paragraph_start:i].split(maxsplit=MIN_RUN_ON_WORDS))
            reopen = _next_paragraph_opens(text, i, opener, words)
            if reopen is None:
                _add(spans, text, content_start, i, closed=False)
                opener = None
            else:
                i = reopen  # the quote runs on into the next paragraph
                paragraph_start = reopen + 1
        else:
            closers = DOUBLE_OPENERS.get(opener) or SINGLE_OPENERS[opener]
            single = opener in SINGLE_OPENERS
            if ch == '"' and _reopens_unbroken(
                text, i, len(text[paragraph_start:i].split(maxsplit=MIN_RUN_ON_WORDS))
            ):
                paragraph_start = i + 1  # the quote runs on into the lost paragraph
            elif ch in closers and (not single or _closes_single(text, i)):
                _add(spans, text, content_start, i, closed=True)
                opener = None
        i += 1
    if opener is not None and opener not in SINGLE_OPENERS:
        _add(spans, text, content_start, n, closed=False)
    return spans


def _add(spans: list[QuotedSpan], text: str, start: int, end: int, *, closed: bool) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append(QuotedSpan(start, end, closed))
