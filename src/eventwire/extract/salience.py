"""Anaphora resolution by salience: a pronoun, or a class noun standing alone after
"the" ("the organisation", "the country"), refers to the most prominent compatible actor
of the recent text.

Prominence follows centering theory: within a sentence, subjects outrank other
mentions and earlier mentions outrank later ones; nearer sentences outrank
farther ones. Gender comes from titles ("Mr", "Mrs") and from pronouns already
resolved to the same person, so "she" never lands on someone already called "he".
A class noun (resources/class_nouns.tsv) says which sorts of actor it can name again
(a state for "the country", an armed or civic group for "the group"); it looks back a
shorter way than a pronoun and gives up where two actors fit equally well.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Span, Token

from eventwire.extract import gazetteer
from eventwire.extract.actors import OBJECT_DEPS, ActorDraft, ActorIndex
from eventwire.extract.tsv import resource_error, tsv_rows

PERSON_PRONOUNS = {
    "he": "m",
    "him": "m",
    "his": "m",
    "himself": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
    "herself": "f",
}
THING_PRONOUNS = frozenset({"it", "its", "itself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
PRONOUNS = frozenset(PERSON_PRONOUNS) | THING_PRONOUNS | GROUP_PRONOUNS
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
LOOKBACK_SENTENCES = 4
# Nor further back than this many tokens, however long the sentences: four sentences of
# news are about a hundred tokens, and without a bound a run-on "sentence" of thousands
# of pronouns made every pronoun walk every token before it (quadratic).
LOOKBACK_TOKENS = 400


def _compatible(draft: ActorDraft, pronoun: str) -> bool:
    if pronoun in PERSON_PRONOUNS:
        return draft.kind == "person" and draft.gender in (None, PERSON_PRONOUNS[pronoun])
    if pronoun in THING_PRONOUNS:
        return draft.kind in {"organisation", "place"}
    if pronoun in GROUP_PRONOUNS:
        # "they" may mean several people named apart; only a named group is safe.
        return draft.kind == "group"
    return False


MAIN_SUBJECT, SUBJECT, NOT_SUBJECT = 0, 1, 2


def _prominence(tok: Token) -> int:
    """The subject of the main clause outranks other subjects, which outrank the rest."""
    if tok.dep_ not in SUBJECT_DEPS:
        return NOT_SUBJECT
    return MAIN_SUBJECT if tok.head.dep_ == "ROOT" else SUBJECT


Ranked = tuple[int, int, ActorDraft]  # prominence, token, actor


def _ranked_mentions(
    index: ActorIndex,
    sent: Span,
    window: range,
    fits: Callable[[ActorDraft], bool],
    *,
    inside_quote: bool,
    skip: list[ActorDraft],
    subjects_only: bool,
) -> list[Ranked]:
    """The mentions in ``sent`` within the token ``window`` of actors that ``fits``
    accepts, other than ``skip``, most salient first; only subjects if ``subjects_only``."""
    ranked: list[Ranked] = []
    cache = index.pronouns
    doc = sent.doc
    for i in range(max(sent.start, window.start), min(sent.end, window.stop)):
        tok = doc[i]
        if tok.i in index.quoted and not inside_quote:
            continue  # a name inside someone's quoted words is not the narrator's topic
        draft = index.actor_of(tok)
        if draft is None and tok.lower_ in PERSON_PRONOUNS:
            draft = cache.get(tok.i)  # "he ... he": a resolved person pronoun carries on
        if draft is None or not fits(draft) or draft in skip:
            continue
        rank = _prominence(tok)
        if rank == NOT_SUBJECT and subjects_only:
            continue
        ranked.append((rank, tok.i, draft))
    ranked.sort(key=lambda r: (r[0], r[1]))
    return ranked


def _candidates(
    index: ActorIndex,
    sent: Span,
    window: range,
    pronoun: str,
    *,
    inside_quote: bool,
    speakers: list[ActorDraft],
) -> list[ActorDraft]:
    """Compatible actors mentioned in ``sent`` within the token ``window`` (which ends at
    the pronoun, or after the sentence), most salient first, other than ``speakers``
    ('"He had a knife," X said': in a quote, "he" is not the speaker)."""
    # Within its own sentence, "it" or "they" refers back to a subject only.
    subjects_only = pronoun not in PERSON_PRONOUNS and window.stop < sent.end
    ranked = _ranked_mentions(
        index,
        sent,
        window,
        lambda draft: _compatible(draft, pronoun),
        inside_quote=inside_quote,
        skip=speakers,
        subjects_only=subjects_only,
    )
    return [draft for _, _, draft in ranked]


def _quote_speakers(index: ActorIndex, sents: list[Span], bounds: range) -> list[ActorDraft]:
    """The actors who speak the quotes of ``sents`` (their tokens within ``bounds``): a
    third-person pronoun inside their quotation marks is someone they talk about, never
    themselves. The speaker is the subject, outside quotation marks, of a verb of saying
    in a sentence that quotes someone."""
    speakers = []
    for sent in sents:
        tokens = range(max(sent.start, bounds.start), min(sent.end, bounds.stop))
        if index.reporting is None or not any(i in index.quoted for i in tokens):
            continue
        for i in tokens:
            tok = index.tokens[i]
            if i in index.quoted or tok.dep_ not in SUBJECT_DEPS:
                continue
            draft = index.actor_of(tok) or index.pronouns.get(i)
            if draft is not None and index.reporting.is_cue(tok.head.lemma_.lower()):
                speakers.append(draft)
    return speakers


def _own_subjects(index: ActorIndex, pronoun: Token) -> list[ActorDraft]:
    """Whom an object pronoun cannot refer to: the subject of its own verb, with the
    subject's conjuncts ("Sharon and Arafat met Z and urged *him*": Z, not either)."""
    from eventwire.extract.mentions import subject_of  # mentions resolves through here

    if pronoun.dep_ not in OBJECT_DEPS:
        return []
    subject = subject_of(pronoun.head)
    if subject is None:
        return []
    found = (index.actor_of(t) or index.pronouns.get(t.i) for t in (subject, *subject.conjuncts))
    return [draft for draft in found if draft is not None]


def resolve_pronoun(index: ActorIndex, token: Token) -> ActorDraft | None:
    """The actor a personal pronoun refers to, or None when nothing fits."""
    cache = index.pronouns
    if token.i in cache:
        return cache[token.i]
    pronoun = token.lower_
    result: ActorDraft | None = None
    if pronoun in PRONOUNS:
        sents = index.sents
        here = index.sentence_number(token)
        earliest = token.i - LOOKBACK_TOKENS
        nearby = range(here, max(-1, here - LOOKBACK_SENTENCES - 1), -1)
        inside_quote = token.i in index.quoted
        # The speaker may be named after the quote: '"He lied," X said.'
        bounds = range(earliest, token.i + LOOKBACK_TOKENS)
        speakers = (
            _quote_speakers(index, [sents[k] for k in nearby], bounds) if inside_quote else []
        )
        speakers += _own_subjects(index, token)
        for k in nearby:
            sent = sents[k]
            if sent.end <= earliest:
                break
            window = range(earliest, token.i if k == here else sent.end)
            found = _candidates(
                index, sent, window, pronoun, inside_quote=inside_quote, speakers=speakers
            )
            if found:
                result = found[0]
                break
    if result is not None and pronoun in PERSON_PRONOUNS and result.gender is None:
        result.gender = PERSON_PRONOUNS[pronoun]
    cache[token.i] = result
    return result


# ---------------------------------------------------------------------------- class nouns

CLASS_NOUNS = "resources/class_nouns.tsv"
CLASS_NOUN_COLUMNS = ("word", "sorts", "note")
ERROR_CODE = "E119"
SORTS = frozenset(
    {"state", "party", "armed", "ngo", "igo", "agency", "union", "company", "media", "civic"}
)
# A class noun names again an actor of the sentence before or the one before that: further
# back, news names its actors anew.
CLASS_LOOKBACK_SENTENCES = 2
# Sectors that say an organisation's sort whatever its first block.
SECTOR_SORTS = {"PTY": "party", "REB": "armed", "LAB": "union", "BUS": "company", "MED": "media"}
# First blocks that say the sort of an organisation that is no state's.
BLOCK_SORTS = {"IGO": "igo", "NGO": "ngo", "IMG": "armed", "MNC": "company"}
# Sectors of a state's own bodies: "the agency" may be the CIA, "the group" never is.
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# Dependents that leave a class noun standing alone: the article, the "'s" of a
# possessive ("the party's leader": the owner refers back), punctuation, a conjunct.
ALONE_DEPS = frozenset({"det", "case", "punct", "cc", "conj"})
# What a class noun describes rather than refers back as: an apposition ("Hamas, the
# group"), a predicate ("Hamas is the group"), a modifier of another noun.
DESCRIBING_DEPS = frozenset({"appos", "attr", "compound"})
# Dependencies by which a noun and a name are one mention ("the Hamas group", "the group
# Hamas").
NAMING_DEPS = frozenset({"appos", "compound"})


@dataclass(frozen=True, slots=True)
class ClassNouns:
    """The class nouns (lemma -> the sorts of actor each can name again)."""

    sorts: dict[str, frozenset[str]]

    def sorts_of(self, lemma: str) -> frozenset[str]:
        """The sorts of actor ``lemma`` can name again (empty if it is no class noun)."""
        return self.sorts.get(lemma.lower(), frozenset())


def parse_class_nouns(text: str, origin: str) -> ClassNouns:
    """Parse and validate the class-noun TSV; errors name ``origin`` and the line."""
    sorts: dict[str, frozenset[str]] = {}
    for number, (word, listed, _note) in tsv_rows(text, origin, CLASS_NOUN_COLUMNS, ERROR_CODE):
        named = frozenset(listed.split("|"))
        if not word.isalpha() or not word.islower() or not named <= SORTS:
            raise resource_error(
                origin, number, f"bad word {word!r} or sorts {listed!r}", ERROR_CODE
            )
        if word in sorts:
            raise resource_error(origin, number, f"{word!r} is listed twice", ERROR_CODE)
        sorts[word] = named
    return ClassNouns(sorts)


@cache
def load_class_nouns() -> ClassNouns:
    """The packaged class nouns (loaded once)."""
    text = resources.files("eventwire").joinpath(CLASS_NOUNS).read_text("utf-8")
    return parse_class_nouns(text, CLASS_NOUNS)


def actor_sort(draft: ActorDraft) -> str | None:
    """The sort of a named actor, as class nouns name it (see SORTS): "state" for a
    country named by its name, a sort by the code of an organisation; None for people,
    peoples, places that are no country and seats of government."""
    if draft.kind == "place":
        # A name that may mean something else ("Georgia", also a US state) is too weak
        # a ground for "the country".
        certain = gazetteer.ambiguity(draft.name) is None
        return "state" if certain and gazetteer.names_country(draft.name) else None
    if draft.kind != "organisation" or gazetteer.lookup_place_actor(draft.name) is not None:
        return None  # a seat of government ("the White House") is no agency of its own
    if draft.sector in SECTOR_SORTS:
        return SECTOR_SORTS[draft.sector]
    block = (draft.code or "")[:3]
    if block in BLOCK_SORTS:
        return BLOCK_SORTS[block]
    return "agency" if draft.sector in STATE_BODY_SECTORS else "civic"


def class_noun_sorts(token: Token) -> frozenset[str]:
    """The sorts of actor ``token`` can name again when it is a class noun standing alone
    after "the" ("the organisation", "the country's president"); empty for any other
    word or use ("the militant group", "the group of ministers", "Hamas, the group")."""
    sorts = load_class_nouns().sorts_of(token.lemma_)
    if not sorts or token.pos_ != "NOUN" or token.tag_ != "NN" or token.dep_ in DESCRIBING_DEPS:
        return frozenset()
    if not token.is_lower:
        return frozenset()  # a word of a name: "the CBS program Face the Nation"
    article = token.doc[token.i - 1] if token.i > 0 else None
    if article is None or article.lower_ != "the" or article.head.i != token.i:
        return frozenset()
    if not all(c.dep_ in ALONE_DEPS or _aside(c) for c in token.children):
        return frozenset()
    return sorts


def _aside(clause: Token) -> bool:
    """Is ``clause`` a relative clause set off by a comma ("the group, which ..."), that
    says more of the noun without narrowing it?"""
    start = clause.left_edge.i
    return clause.dep_ == "relcl" and start > 0 and clause.doc[start - 1].text == ","


def _unnamed_use(index: ActorIndex, token: Token, start: int) -> int:
    """The last token from ``start`` to ``token`` that uses the same noun for no named
    actor ("a group of protesters ... the group"), which the class noun then refers to;
    ``start - 1`` if none does."""
    for i in range(token.i - 1, start - 1, -1):
        tok = index.tokens[i]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() != token.lemma_.lower():
            continue
        if index.actor_of(tok) is not None:
            continue
        named = [c for c in tok.children if c.dep_ in NAMING_DEPS]
        if tok.dep_ in NAMING_DEPS:
            named.append(tok.head)
        if not any(index.actor_of(t) is not None for t in named):
            return i
    return start - 1


def _clear_lead(index: ActorIndex, ranked: list[Ranked]) -> ActorDraft | None:
    """The most salient actor of ``ranked`` if every other one is less prominent and
    none is conjoined with it; None when two fit as well ("Iran and Iraq signed a deal.
    The country ...")."""
    rank, at, lead = ranked[0]
    partners = {t.i for t in index.tokens[at].conjuncts}
    if any(other is not lead and (r <= rank or i in partners) for r, i, other in ranked):
        return None
    return lead


def resolve_class_noun(index: ActorIndex, token: Token) -> ActorDraft | None:
    """The named actor a class noun standing alone after "the" refers back to ("Hamas
    claimed the attack. The group ..."), or None: the most prominent actor of a sort the
    noun can name, in the nearest sentence holding one, from its own (before it) back to
    CLASS_LOOKBACK_SENTENCES before, unless another fits as well there. The search stops
    at an earlier use of the same noun for no named actor."""
    sorts = class_noun_sorts(token)
    if not sorts:
        return None
    sents = index.sents
    here = index.sentence_number(token)
    start = max(sents[max(0, here - CLASS_LOOKBACK_SENTENCES)].start, token.i - LOOKBACK_TOKENS)
    start = _unnamed_use(index, token, start) + 1
    skip = _own_subjects(index, token)
    inside_quote = token.i in index.quoted
    for k in range(here, max(-1, here - CLASS_LOOKBACK_SENTENCES - 1), -1):
        sent = sents[k]
        if sent.end <= start:
            break
        window = range(start, token.i if k == here else sent.end)
        ranked = _ranked_mentions(
            index,
            sent,
            window,
            lambda draft: actor_sort(draft) in sorts,
            inside_quote=inside_quote,
            skip=skip,
            subjects_only=False,
        )
        if ranked:
            return _clear_lead(index, ranked)
    return None
