"""Quotes: who said what, from quotation marks, reporting cues and the parse.

A statement is anchored on a cue (a reporting verb from ``resources/reporting.tsv``
or "according to"); its content is the cue's clausal complement, or the rest of
the sentence for "according to", widened to whole quoted passages. The content is
*direct* when it is all inside quotation marks, *mixed* when quoted words sit in
the reporter's own clause, *indirect* when nothing is quoted. A quoted passage with
no cue of its own continues the previous speaker's words. Speakers are resolved
through pronouns, documents ("the statement", "it added") and descriptions ("the
ministry") to the article's actors.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.extract.actors import SUBJECT_DEPS, TIME_LABELS, ActorIndex
from eventwire.extract.mentions import (
    Resolved,
    mention_span,
    parse_depth,
    resolve,
    subject_of,
)
from eventwire.extract.quote_marks import QuotedSpan
from eventwire.extract.reporting import ReportingLexicon
from eventwire.models import Quote, QuoteKind, Speaker

CONTENT_DEPS = frozenset({"ccomp", "parataxis"})
# What may stand between a cue and its colon: "said on Monday:", "told reporters:".
CUE_MODIFIER_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "dobj", "dative", "det"})
# "a statement issued by X", "a letter from X".
AUTHOR_PREPS = frozenset({"by", "from"})
# A speaker the parse put after an inverted cue: ""...," said Gowdy".
INVERTED_SUBJECT_DEPS = frozenset({"nsubj", "dobj", "attr", "npadvmod", "oprd", "appos"})
SPEAKER_POS = frozenset({"PROPN", "NOUN", "PRON"})
# The longest speaker phrase looked for between a quotation and its cue.
MAX_SPEAKER_TOKENS = 20
# How far from its cue a quotation in the same sentence may be (bounds the work on
# run-on "sentences" the parser makes of odd text).
MAX_CUE_DISTANCE = 150
MIN_UNCUED_WORDS = 6
# "said in a statement", "wrote on Twitter", "via email", "during an interview".
MEDIUM_PREPS = frozenset({"in", "on", "at", "via", "during", "through"})
MIN_CONTINUED_WORDS = 3
# Characters after which a new sentence (and so a continued quotation) can begin.
SENTENCE_ENDS = frozenset('.!?:\n"”’»')
CLOSING_MARKS = frozenset("\"”’»“'")
OPENING_MARKS = "\"“„«‘'"
CONTINUATION_SENTENCES = 3
# A paragraph break, however the source spaced it.
PARAGRAPH_BREAK = re.compile(r"\n\s*")
MAX_LABEL_TOKENS = 10
# How far up the parse a quotation may hang below the verb it belongs to.
MAX_GOVERNOR_STEPS = 3
# Prepositions that cast quoted words as what someone said: "dismissed it as "...""
CASTING_PREPS = frozenset({"as", "for"})


@dataclass(slots=True)
class _Cue:
    token: Token
    speaker_token: Token | None
    content: list[int]
    according: Span | None = None
    # The lexicon entry: "say", "go on"; "according to" for that phrase.
    key: str = "according to"


@dataclass(slots=True)
class _Context:
    doc: Doc
    index: ActorIndex
    lexicon: ReportingLexicon
    spans: list[QuotedSpan]
    # doc.text rebuilds the string on every access; read it once.
    text: str
    quoted: frozenset[int] = frozenset()
    # Documents whose author is named ("a statement issued by X"), by token index.
    documents: dict[int, Resolved] = field(default_factory=dict)
    # Quote start offset -> the token index of the cue that introduced it.
    cue_of: dict[int, int] = field(default_factory=dict)


def quoted_token_indices(doc: Doc, spans: list[QuotedSpan]) -> frozenset[int]:
    """Indices of tokens that lie inside a quoted passage."""
    inside: set[int] = set()
    for span in spans:
        chars = doc.char_span(span.start, span.end, alignment_mode="expand")
        if chars is not None:
            inside.update(range(chars.start, chars.end))
    return frozenset(inside)


def extract_quotes(
    doc: Doc, index: ActorIndex, spans: list[QuotedSpan], lexicon: ReportingLexicon
) -> list[Quote]:
    """Every statement in ``doc`` with its speaker, cue and addressee."""
    ctx = _Context(doc, index, lexicon, spans, index.text, quoted=index.quoted)
    quotes: list[Quote] = []
    covered: list[tuple[int, int]] = []
    for cue in _find_cues(ctx):
        quote = _quote_for_cue(ctx, cue)
        if quote is None or any(s < quote.end and quote.start < e for s, e in covered):
            continue
        quotes.append(quote)
        covered.append((quote.start, quote.end))
        ctx.cue_of[quote.start] = cue.token.i
    quotes.sort(key=lambda q: q.start)
    for span in spans:
        if any(s < span.end and span.start < e for s, e in covered):
            continue
        quote = _uncued_quote(ctx, span, quotes)
        if quote is not None:
            quotes.append(quote)
            covered.append((quote.start, quote.end))
            quotes.sort(key=lambda q: q.start)
    return quotes


# --- cues -----------------------------------------------------------------


def _find_cues(ctx: _Context) -> list[_Cue]:
    cues: list[_Cue] = []
    for tok in ctx.index.tokens:
        if tok.i in ctx.quoted:
            continue
        if (
            tok.lower_ == "according"
            and tok.i + 1 < len(ctx.doc)
            and ctx.doc[tok.i + 1].lower_ == "to"
        ):
            cue = _according_cue(ctx, tok)
        elif (key := _cue_key(ctx, tok)) is not None:
            cue = _verb_cue(ctx, tok, key)
        else:
            cue = None
        if cue is not None:
            cues.append(cue)
    # "According to" names the proximate source and wins over an outer "X reported";
    # otherwise the outermost cue wins over one nested in its content.
    cues.sort(key=lambda c: (c.according is None, parse_depth(c.token), c.token.i))
    return cues


def _cue_key(ctx: _Context, tok: Token) -> str | None:
    """The reporting lexicon's entry for a verb token ("say", "go on"), if it has one."""
    if tok.pos_ != "VERB":
        return None
    particle = next((c.lower_ for c in tok.children if c.dep_ == "prt"), None)
    return ctx.lexicon.cue_key(tok.lemma_, particle)


def _verb_cue(ctx: _Context, tok: Token, key: str) -> _Cue | None:
    if any(c.dep_ == "aux" and c.lower_ == "to" or c.dep_ == "neg" for c in tok.children):
        return None  # "to confirm that ...", "did not say that ...": nothing was said
    subj = _speaker_token(ctx, tok)
    kind = ctx.lexicon.verbs[key]
    if kind == "document_verb" and (subj is None or subj.lemma_ not in ctx.lexicon.documents):
        return None
    speaker_words = _subtree_ids(subj)
    content: list[int] = []
    if kind == "naming":
        # "called him "a loser"": only the quoted words the verb governs are said.
        content = [t.i for t in tok.subtree if t.i in ctx.quoted and t.i not in speaker_words]
    elif kind == "quoted":
        content = _quote_beside(ctx, tok, subj)
    else:
        for child in tok.children:
            if (
                child.dep_ in CONTENT_DEPS
                and child.i not in speaker_words
                and child.right_edge.i - child.left_edge.i < 2 * MAX_CUE_DISTANCE
            ):
                content.extend(t.i for t in child.subtree if t.i not in speaker_words)
        content = content or _adjacent_quote(ctx, tok)
    if not content:
        return None
    return _Cue(tok, subj, sorted(set(content)), key=key)


def _according_cue(ctx: _Context, tok: Token) -> _Cue | None:
    to = ctx.doc[tok.i + 1]
    source = next((c for c in to.children if c.dep_ == "pobj"), None)
    if source is None:
        return None
    end = max(source.right_edge.i, to.i) + 1
    # "According to X, <content>": the comma closes the source even when the parse
    # hangs the content under X.
    comma = next((t.i for t in ctx.doc[source.i : end] if t.text == ","), None)
    phrase = ctx.doc[tok.i : comma if comma is not None else end]
    sent = ctx.index.sentence_of(tok)
    excluded = set(range(phrase.start, phrase.end))
    # The outer reporter ("..., Xinhua reported") is not part of the content either.
    for other in sent:
        if other.i not in ctx.quoted and _cue_key(ctx, other) is not None:
            subj = subject_of(other)
            if subj is not None and other.dep_ == "ROOT" and subj.i > phrase.end:
                excluded.update(t.i for t in subj.subtree)
                excluded.add(other.i)
    content = [t.i for t in sent if t.i not in excluded]
    return _Cue(tok, source, content, according=phrase)


def _speaker_token(ctx: _Context, cue: Token) -> Token | None:
    """The head of the speaker's noun phrase: the cue's subject outside the quote.

    After a quotation the parse often takes a quoted word for the subject, or the
    speaker of an inverted cue for an object (""...," added Gowdy"); the speaker is
    then the noun phrase after the cue, or the one between the quote and the cue.
    """
    subjects = [c for c in cue.children if c.dep_ in SUBJECT_DEPS]
    outside = next((c for c in subjects if c.i not in ctx.quoted), None)
    if outside is not None:
        return outside
    if not subjects:
        subj = subject_of(cue)
        if subj is not None and subj.i not in ctx.quoted:
            return subj
    inverted = next(
        (
            c
            for c in cue.rights
            if c.dep_ in INVERTED_SUBJECT_DEPS
            and c.pos_ in SPEAKER_POS
            and c.i not in ctx.quoted
            and c.ent_type_ not in TIME_LABELS
        ),
        None,
    )
    if inverted is not None and _quote_closes_before(ctx, cue.i):
        return inverted
    return _phrase_after_quote(ctx, cue)


def _quote_closes_before(ctx: _Context, i: int) -> bool:
    """Does a quotation close just before token ``i`` (nothing but marks between)?"""
    j = i - 1
    while j >= 0 and ctx.doc[j].is_punct and j not in ctx.quoted:
        j -= 1
    return j >= 0 and j in ctx.quoted


def _phrase_after_quote(ctx: _Context, cue: Token) -> Token | None:
    """The noun phrase between a closing quotation and its cue (""...," aide X said")."""
    first, limit = cue.i, max(0, cue.i - MAX_SPEAKER_TOKENS)
    while first > limit and first - 1 not in ctx.quoted and not ctx.doc[first - 1].is_quote:
        first -= 1
    if first == cue.i or not _quote_closes_before(ctx, first):
        return None
    words = range(first, cue.i)
    return next(
        (
            ctx.doc[i]
            for i in words
            if ctx.doc[i].head.i not in words and ctx.doc[i].pos_ in SPEAKER_POS
        ),
        None,
    )


def _subtree_ids(token: Token | None) -> set[int]:
    return {t.i for t in token.subtree} if token is not None else set()


def _adjacent_quote(ctx: _Context, tok: Token) -> list[int]:
    """A quote in the cue's sentence, or one introduced by a colon after the cue."""
    sent = ctx.index.sentence_of(tok)
    near = range(max(sent.start, tok.i - MAX_CUE_DISTANCE), min(sent.end, tok.i + MAX_CUE_DISTANCE))
    inside = [i for i in near if i in ctx.quoted]
    if inside:
        return inside
    if _quote_closes_before(ctx, sent.start) and _opens_with_speaker(ctx, sent, tok):
        # ""...?" the aide asked.": the parse ended the sentence at the closing mark.
        return _quoted_run_before(ctx, sent.start)
    after = tok.i + 1
    while after < len(ctx.doc) and ctx.doc[after].dep_ in CUE_MODIFIER_DEPS:
        after += 1
    if after < len(ctx.doc) and ctx.doc[after].text == ":":
        nxt = after + 1
        while nxt < len(ctx.doc) and (ctx.doc[nxt].is_space or ctx.doc[nxt].is_quote):
            nxt += 1
        return _quoted_run(ctx, nxt)
    return []


def _quote_beside(ctx: _Context, cue: Token, subj: Token | None) -> list[int]:
    """A quotation right next to the cue's clause: closing just before its speaker or
    cue (""...," she continued"), opening just after it ("She continued, "...""), or
    introduced by a colon."""
    first = cue.i if subj is None or subj.i > cue.i else min(subj.left_edge.i, cue.i)
    if _quote_closes_before(ctx, first):
        return _quoted_run_before(ctx, first)
    after = cue.i + 1
    if subj is not None and subj.i > cue.i:
        after = subj.right_edge.i + 1
    while after < len(ctx.doc) and ctx.doc[after].is_punct and after not in ctx.quoted:
        after += 1
    if after < len(ctx.doc) and after in ctx.quoted:
        return _quoted_run(ctx, after)
    return []


def _opens_with_speaker(ctx: _Context, sent: Span, cue: Token) -> bool:
    """Is the sentence, up to its cue, nothing but the cue's subject ("the aide asked")?"""
    subj = subject_of(cue)
    if subj is None:
        return False
    before = [t for t in ctx.doc[sent.start : cue.i] if not t.is_punct and not t.is_space]
    return bool(before) and all(t.i in _subtree_ids(subj) for t in before)


def _quoted_run_before(ctx: _Context, end: int) -> list[int]:
    """The quoted tokens of the quotation that closes just before token ``end``."""
    run: list[int] = []
    i = end - 1
    while i >= 0 and (i in ctx.quoted or ctx.doc[i].is_punct or ctx.doc[i].is_space):
        if "\n" in ctx.doc[i].text and run:
            break  # a quotation that runs over paragraphs ends at the first one back
        if i in ctx.quoted:
            run.append(i)
        i -= 1
    return run[::-1]


def _quoted_run(ctx: _Context, first: int) -> list[int]:
    """The quoted tokens from ``first`` on, through marks and spaces, up to the first
    word outside the quotation (a colon introduction's whole quote)."""
    run: list[int] = []
    i = first
    while i < len(ctx.doc) and (i in ctx.quoted or ctx.doc[i].is_punct or ctx.doc[i].is_space):
        if i in ctx.quoted:
            run.append(i)
        i += 1
    return run


# --- content and kind -------------------------------------------------------


def _quote_for_cue(ctx: _Context, cue: _Cue) -> Quote | None:
    doc = ctx.doc
    content = [i for i in cue.content if i != cue.token.i]
    while content and (doc[content[-1]].is_punct or doc[content[-1]].is_space):
        content.pop()
    if not content:
        return None
    start_tok, end_tok = content[0], content[-1] + 1
    start, end = doc[start_tok].idx, doc[end_tok - 1].idx + len(doc[end_tok - 1])
    overlapping = [s for s in ctx.spans if s.start < end and start < s.end]
    if overlapping:
        start = min(start, overlapping[0].start)
        end = max(end, overlapping[-1].end)
    start, end = _trim_chars(ctx.text, start, end)
    if end <= start:
        return None
    words_outside = [
        t
        for t in doc.char_span(start, end, alignment_mode="expand") or []
        if t.is_alpha and t.i not in ctx.quoted and t.lower_ != "that"
    ]
    kind: QuoteKind
    if not overlapping:
        kind = "indirect"
    elif not words_outside:
        kind = "direct"
        start, end = _trim_chars(ctx.text, overlapping[0].start, overlapping[-1].end)
    else:
        kind = "mixed"
        if end < len(ctx.text) and ctx.text[end] in CLOSING_MARKS:
            end += 1  # keep the closing mark of a quote that ends the content
    speaker = _speaker(ctx, cue)
    return Quote(
        text=ctx.text[start:end],
        start=start,
        end=end,
        kind=kind,
        cue=cue.key,
        speaker=speaker,
        addressee=_addressee(ctx, cue),
        according_to=_according_text(cue),
        medium=_medium(ctx, cue),
    )


def _trim_chars(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "that" and surrounding punctuation from a content span."""
    while True:
        while start < end and (text[start].isspace() or text[start] in ",;:—–-"):
            start += 1
        if text[start:end].lower().startswith("that "):
            start += 5
            continue
        break
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return start, end


def _according_text(cue: _Cue) -> str | None:
    """The source named after "according to" (the cue's first two words)."""
    if cue.according is None or len(cue.according) < 3:
        return None
    return cue.according[2:].text


def _medium(ctx: _Context, cue: _Cue) -> str | None:
    """The channel the words came through: "said in a statement", "wrote on Twitter",
    "according to a statement", "the statement read"."""
    source = cue.speaker_token
    channels = [source] if source is not None and source.lemma_ in ctx.lexicon.documents else []
    broadcasters: set[int] = set()
    for prep in cue.token.children:
        if prep.dep_ == "prep" and prep.lower_ in MEDIUM_PREPS:
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            channels.extend(objects)
            if prep.lower_ == "on":  # "said on Fox News"
                broadcasters.update(o.i for o in objects if o.ent_type_ == "ORG")
    for noun in channels:
        entity = ctx.index.entity_of(noun)
        if noun.i in broadcasters and entity is not None:
            return entity.text
        if ctx.lexicon.is_medium(noun.lower_) or ctx.lexicon.is_medium(noun.lemma_.lower()):
            if entity is not None:
                return entity.text
            compounds = [c for c in noun.lefts if c.dep_ == "compound"]
            start = compounds[0].i if compounds else noun.i
            return ctx.doc[start : noun.i + 1].text
    return None


def _addressee(ctx: _Context, cue: _Cue) -> str | None:
    if not ctx.lexicon.takes_addressee(cue.key):
        return None
    obj = next((c for c in cue.token.children if c.dep_ in {"dobj", "dative"}), None)
    if obj is None or obj.i in ctx.quoted:
        return None
    return ctx.doc[obj.left_edge.i : obj.right_edge.i + 1].text


# --- speakers ---------------------------------------------------------------


def _issuer(token: Token) -> Token | None:
    """The author of a document noun: "a statement issued by X", "a statement from X"."""
    for child in token.subtree:
        if child.dep_ in {"agent", "prep"} and child.lower_ in AUTHOR_PREPS:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
        if child.dep_ == "poss" and child.head.i == token.i:
            return child
    return None


def _speaker(ctx: _Context, cue: _Cue) -> Speaker | None:
    head = cue.speaker_token
    if head is None:
        return None
    doc = ctx.doc
    if head.lemma_ in ctx.lexicon.documents:
        issuer = _issuer(head)
        if issuer is not None:
            resolved = resolve(ctx.index, issuer)
            ctx.documents[head.i] = resolved
            return _make_speaker(resolved)
        # "the statement said": the author of the nearest earlier document.
        span = mention_span(doc, head)
        earlier = max((i for i in ctx.documents if i < head.i), default=None)
        if earlier is not None:
            author = ctx.documents[earlier]
            return _make_speaker(Resolved(span, author.draft, author.name, author.code))
        return _make_speaker(Resolved(span, None, span.text, None))
    return _make_speaker(resolve(ctx.index, head))


def _make_speaker(resolved: Resolved) -> Speaker:
    return Speaker(
        name=resolved.name,
        mention=resolved.span.text,
        start=resolved.span.start_char,
        end=resolved.span.end_char,
        actor=resolved.draft.id if resolved.draft is not None else None,
        code=resolved.code,
    )


# --- quotes without a cue -----------------------------------------------------


def _uncued_quote(ctx: _Context, span: QuotedSpan, quotes: list[Quote]) -> Quote | None:
    """A quoted passage with no cue: the previous speaker's words continued, or unattributed."""
    text = ctx.text[span.start : span.end]
    words = len(text.split())
    opens_sentence = _starts_sentence(ctx, span)
    label = _speaker_label(ctx, span)
    if label is not None:
        return Quote(text, span.start, span.end, "direct", None, _make_speaker(label))
    governed = None if opens_sentence else _governing_verb(ctx, span)
    if governed is not None and words >= MIN_UNCUED_WORDS:
        verb, speaker = governed
        return Quote(text, span.start, span.end, "direct", verb.lemma_, _make_speaker(speaker))
    previous = [q for q in quotes if q.end <= span.start and q.speaker is not None]
    if previous and words >= MIN_CONTINUED_WORDS:
        last = previous[-1]
        gap = ctx.text[last.end : span.start]
        if (
            len(PARAGRAPH_BREAK.findall(gap)) <= 1
            and (opens_sentence or _after_own_cue(ctx, last, span))
            and _sentences_between(ctx, last.end, span.start) <= CONTINUATION_SENTENCES
            and not _other_cue_between(ctx, last, span.start)
        ):
            return Quote(text, span.start, span.end, "direct", None, last.speaker)
    if words < MIN_UNCUED_WORDS:
        return None
    return Quote(text, span.start, span.end, "direct")


def _char_before(ctx: _Context, start: int) -> int:
    """The offset of the last character before ``start`` once spaces, the passage's
    opening marks and the spaces before them are skipped (-1 when none is left): what
    a passage follows."""
    text, i = ctx.text, start - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    while i >= 0 and text[i] in OPENING_MARKS:
        i -= 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i


def _starts_sentence(ctx: _Context, span: QuotedSpan) -> bool:
    """Does the passage open its sentence (not a scare quote inside the narrator's)?"""
    before = _char_before(ctx, span.start)
    return before < 0 or ctx.text[before] in SENTENCE_ENDS


def _governing_verb(ctx: _Context, span: QuotedSpan) -> tuple[Token, Resolved] | None:
    """The verb that casts a quotation inside the narrator's sentence as someone's words
    ("played down the dispute as "..."", "thanked them for "..."") and its subject, when
    that is a known person or body. A title after any other verb ("opened the exhibition
    "Art of ..."") is nobody's statement."""
    words = ctx.doc.char_span(span.start, span.end, alignment_mode="expand")
    if words is None:
        return None
    inside = range(words.start, words.end)
    verb = next((t.head for t in words if t.head.i not in inside), None)
    casting = False
    for _ in range(MAX_GOVERNOR_STEPS):
        if verb is None or verb.pos_ == "VERB" or verb.head.i == verb.i:
            break
        casting = casting or verb.lower_ in CASTING_PREPS
        verb = verb.head
    if verb is None or verb.pos_ != "VERB" or verb.i in ctx.quoted or not casting:
        return None
    subj = _speaker_token(ctx, verb)
    if subj is None:
        return None
    resolved = resolve(ctx.index, subj)
    if resolved.draft is None or resolved.draft.kind not in ("person", "organisation"):
        return None
    return verb, resolved


def _after_own_cue(ctx: _Context, last: Quote, span: QuotedSpan) -> bool:
    """Is the passage the second half of a quote split by its cue (""A," he said, "B.")?"""
    gap = ctx.doc.char_span(last.end, span.start, alignment_mode="contract")
    own = ctx.cue_of.get(last.start)
    return (
        gap is not None
        and own is not None
        and "\n" not in gap.text
        and any(t.i == own for t in gap)
        and ctx.text[_char_before(ctx, span.start)] == ","
    )


def _speaker_label(ctx: _Context, span: QuotedSpan) -> Resolved | None:
    """The speaker of a transcript line, named before a colon: "Rep. Jane Roe: "...""."""
    before = _char_before(ctx, span.start)
    if before < 0 or ctx.text[before] != ":":
        return None
    colon = ctx.doc.char_span(before, before + 1, alignment_mode="expand")
    if colon is None:
        return None
    first, limit = colon.start, max(0, colon.start - MAX_LABEL_TOKENS - 1)
    while first > limit and _label_word(ctx, ctx.doc[first - 1]):
        first -= 1
    words = ctx.doc[first : colon.start]
    if not 0 < len(words) <= MAX_LABEL_TOKENS or words.root.pos_ != "PROPN":
        return None
    if any(t.pos_ in {"VERB", "AUX"} for t in words):
        return None
    return resolve(ctx.index, words.root)


def _label_word(ctx: _Context, token: Token) -> bool:
    """Can ``token`` be part of a speaker label (not a line break, quote or sentence end)?"""
    return (
        "\n" not in token.text_with_ws
        and token.i not in ctx.quoted
        and not token.is_quote
        and token.text not in {".", "!", "?", ":"}
    )


def _sentences_between(ctx: _Context, start: int, end: int) -> int:
    first = bisect_left(ctx.index.sent_chars, start)
    return bisect_left(ctx.index.sent_chars, end) - first


def _other_cue_between(ctx: _Context, last: Quote, end: int) -> bool:
    """Does a cue other than the previous quote's own stand before the next passage?"""
    between = ctx.doc.char_span(last.end, end, alignment_mode="contract")
    if between is None:
        return False
    own = ctx.cue_of.get(last.start)
    return any(
        t.i != own and t.i not in ctx.quoted and _cue_key(ctx, t) is not None for t in between
    )
