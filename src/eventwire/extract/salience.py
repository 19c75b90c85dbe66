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

"It" competes with things: an "it" that holds the place of a clause ("it is clear that
...") refers to no one, and one for which a thing that is no actor is the more salient
antecedent ("The deal gives ... *It* also ...") refers to no actor. A "they" that fits
no named group may stand for people named together as a subject ("A and B met. *They*
...")."""

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
# Verbs through which "it" holds the place of a clause put after them ("it is clear that
# ...", "it seems that ...", "it remains unclear whether ..."): the copula and the verbs
# that raise a clause's subject.
EXTRAPOSING_VERBS = frozenset({"be", "seem", "appear", "remain", "become"})
CLAUSE_DEPS = frozenset({"ccomp", "csubj", "xcomp", "advcl"})
# An "it" as the object of a verb or a preposition, most often a thing named just before.
THING_OBJECT_DEPS = frozenset({"dobj", "pobj"})
# Marks of a clause whose subject the main clause's "it" may go on about ("*while* the plan
# may create jobs, it will not help").
CONCESSIVE_MARKS = frozenset({"while", "although", "though", "whereas"})
# Named things no actor is: a date, a number, a people; a person is no "it" either.
NOT_THING_ENTITIES = frozenset(
    {"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
)


def compatible(draft: ActorDraft, pronoun: str) -> bool:
    """May the lower-case ``pronoun`` stand for ``draft`` ("he" for a man or a person of
    no known gender, "it" for an organisation or a place, "they" for a named group)?"""
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
    token: Token,
    *,
    inside_quote: bool,
    speakers: list[ActorDraft],
) -> list[ActorDraft] | None:
    """Compatible actors mentioned in ``sent`` within the token ``window`` (which ends at
    the pronoun, or after the sentence), most salient first, other than ``speakers``
    ('"He had a knife," X said': in a quote, "he" is not the speaker). None when "it"
    refers to a thing there instead: a thing is more salient than every actor of the
    sentence ("The deal gives the alliance three ministries. *It* also ...")."""
    pronoun = token.lower_
    # Within its own sentence, "it" or "they" refers back to a subject only.
    subjects_only = pronoun not in PERSON_PRONOUNS and window.stop < sent.end
    ranked = _ranked_mentions(
        index,
        sent,
        window,
        lambda draft: compatible(draft, pronoun),
        inside_quote=inside_quote,
        skip=speakers,
        subjects_only=subjects_only,
    )
    if pronoun in THING_PRONOUNS and _thing_first(
        index, token, sent, window, ranked, inside_quote=inside_quote, own=window.stop < sent.end
    ):
        return None
    return [draft for _, _, draft in ranked]


def _thing_first(
    index: ActorIndex,
    pronoun: Token,
    sent: Span,
    window: range,
    ranked: list[Ranked],
    *,
    inside_quote: bool,
    own: bool,
) -> bool:
    """Does ``pronoun`` ("it") refer to a thing of ``sent`` rather than to the ``ranked``
    actors? In an earlier sentence, when a thing is more salient than every actor ("The
    deal gives the alliance three ministries. *It* also ..."); in the pronoun's ``own``
    sentence, when a thing is the subject of the pronoun's clause or of a clause that
    hangs on it ("while the plan may create jobs, *it* will not help"; not "the firm
    would not say what the money is for, although *it* ..."), or, for an object "it",
    when any thing comes before it there ("claimed the attack and condemned *it*")."""
    as_object = pronoun.dep_ in THING_OBJECT_DEPS
    things = _things(
        index, sent, window, inside_quote=inside_quote, subjects_only=own and not as_object
    )
    if own and as_object:
        return bool(things)  # "Hamas claimed the attack and Israel condemned *it*"
    if own:
        clause = _clause_verb(pronoun)
        return any(
            sent.doc[i].head == clause or _concedes_to(sent.doc[i].head, clause) for _, i in things
        )
    if not things or not ranked:
        return bool(things)
    return min(things) < ranked[0][:2]


def _concedes_to(clause: Token, main: Token) -> bool:
    """Is ``clause`` a concessive or contrastive clause hanging on ``main`` ("*while* the
    plan may create jobs, it ...")? Its subject is what the main clause goes on about; a
    clause of time ("when the vote failed, it ...") names no such topic."""
    return clause.head == main and any(
        c.dep_ == "mark" and c.lower_ in CONCESSIVE_MARKS for c in clause.children
    )


def refers_to_thing(index: ActorIndex, token: Token) -> bool:
    """Is ``token`` an "it" that stands for no actor but for a clause ("*it* is clear
    that ...") or for a thing its own sentence names before it ("while the plan may
    create jobs, *it* will not help")? No one then does what it does, not even the one
    who reports it."""
    if token.lower_ not in THING_PRONOUNS:
        return False
    if is_expletive(token):
        return True
    sent = index.sents[index.sentence_number(token)]
    window = range(sent.start, token.i)
    return _thing_first(
        index, token, sent, window, [], inside_quote=token.i in index.quoted, own=True
    )


def _clause_verb(token: Token) -> Token:
    """The verb of the clause ``token`` stands in (itself if it heads none)."""
    node = token
    while node.pos_ not in {"VERB", "AUX"} and node.head.i != node.i:
        node = node.head
    return node


def _things(
    index: ActorIndex, sent: Span, window: range, *, inside_quote: bool, subjects_only: bool
) -> list[tuple[int, int]]:
    """The prominence and token of each mention of a thing that is no actor in ``sent``
    within ``window``: a singular noun as a subject (or, unless ``subjects_only``, an
    object) that names no actor, no person, no role and no class of actor ("the deal",
    "the tax", "the research"), or an earlier "it" that stood for no actor."""
    deps = SUBJECT_DEPS if subjects_only else SUBJECT_DEPS | {"dobj"}
    doc = sent.doc
    return [
        (_prominence(doc[i]), i)
        for i in range(max(sent.start, window.start), min(sent.end, window.stop))
        if doc[i].dep_ in deps
        and (inside_quote or i not in index.quoted)
        and _is_thing(index, doc[i])
    ]


def _is_thing(index: ActorIndex, tok: Token) -> bool:
    """Does ``tok`` head a mention of a thing, not of an actor (see _things)?"""
    if tok.lower_ in THING_PRONOUNS:
        return tok.i in index.pronouns and index.pronouns[tok.i] is None and not is_expletive(tok)
    if tok.pos_ not in {"NOUN", "PROPN"} or tok.tag_ not in {"NN", "NNP"}:
        return False
    if tok.ent_type_ in NOT_THING_ENTITIES or index.actor_of(tok) is not None:
        return False
    if any(index.actor_of(c) is not None for c in tok.children if c.dep_ == "compound"):
        return False  # "the Hamas movement"
    return gazetteer.role_sector(tok.text) is None and not load_class_nouns().sorts_of(tok.lemma_)


def is_expletive(token: Token) -> bool:
    """Is ``token`` an "it" that holds the place of a clause put after its predicate
    ("*it* is clear that ...", "*it* is hard to say", "*it* is believed that ...",
    "making *it* harder to enter"), referring to no one? Not "it is ready to talk",
    where the infinitive hangs on the adjective: the one ready is who talks."""
    if token.lower_ != "it" or token.dep_ not in SUBJECT_DEPS | {"expl"}:
        return False
    head = token.head
    later = {c.dep_ for c in head.children if c.i > token.i and c.dep_ in CLAUSE_DEPS}
    if head.pos_ == "ADJ":
        return bool(later)  # a small clause: "finding it easier to comply"
    if token.dep_ == "nsubjpass":
        return "ccomp" in later  # "it is said that", not "it is expected to sign"
    if head.lemma_ not in EXTRAPOSING_VERBS:
        return False
    if later & {"ccomp", "csubj"}:
        return True
    predicate = any(c.dep_ in {"acomp", "attr"} for c in head.children)
    return "xcomp" in later and predicate


def conjoined_antecedent(index: ActorIndex, token: Token) -> list[ActorDraft]:
    """The people a "they" or "them" that names no group stands for, when they were
    named together as a subject: the nearest subject before it in its own sentence, or
    the main subject (or the names standing alone) of the sentence before ("Mr A and
    Mr B met on Monday. *They* agreed ..."). Every one of them must be a known person;
    empty otherwise."""
    if token.lower_ not in {"they", "them"} or resolve_pronoun(index, token) is not None:
        return []
    here = index.sentence_number(token)
    own = [t for t in index.sents[here] if t.i < token.i and t.dep_ in SUBJECT_DEPS]
    if own:
        return _named_together(index, own[-1], token)
    if here == 0:
        return []
    before = index.sents[here - 1]
    main = [t for t in before if _prominence(t) == MAIN_SUBJECT or t.dep_ == "ROOT"]
    return _named_together(index, main[0], token) if main else []


def _named_together(index: ActorIndex, head: Token, pronoun: Token) -> list[ActorDraft]:
    """The people ``head`` and the phrases conjoined with it name, if it has conjuncts
    and each is a known person ("Mr A and Mr B"); empty otherwise, or when they are
    named inside a quote and the ``pronoun`` is not."""
    if not head.conjuncts or (head.i in index.quoted and pronoun.i not in index.quoted):
        return []
    drafts = [index.actor_of(t) for t in (head, *head.conjuncts)]
    people = [d for d in drafts if d is not None and d.kind == "person"]
    return people if len(people) == len(drafts) and len(set(map(id, people))) > 1 else []


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
    subject's conjuncts ("Sharon and Arafat met Z and urged *him*": Z, not either), or
    the people a "they" subject stands for ("*They* challenged *him*"); nor a possessive
    in the object, when the subject is several people ("*They* tried to halt *his* rise")."""
    from eventwire.extract.mentions import subject_of  # mentions resolves through here

    if pronoun.dep_ == "poss" and pronoun.head.dep_ in OBJECT_DEPS:
        # "A and B tried to halt *his* momentum": one man's, neither of theirs.
        subject = subject_of(pronoun.head.head)
        if subject is None:
            return []
        return (
            _people_of(index, subject)
            if subject.conjuncts
            else conjoined_antecedent(index, subject)
        )
    if pronoun.dep_ not in OBJECT_DEPS:
        return []
    subject = subject_of(pronoun.head)
    if subject is None:
        return []
    return _people_of(index, subject) + conjoined_antecedent(index, subject)


def _people_of(index: ActorIndex, subject: Token) -> list[ActorDraft]:
    """The actors ``subject`` and the phrases conjoined with it stand for."""
    found = (index.actor_of(t) or index.pronouns.get(t.i) for t in (subject, *subject.conjuncts))
    return [draft for draft in found if draft is not None]


def resolve_pronoun(index: ActorIndex, token: Token) -> ActorDraft | None:
    """The actor a personal pronoun refers to, or None when nothing fits."""
    cache = index.pronouns
    if token.i in cache:
        return cache[token.i]
    pronoun = token.lower_
    result: ActorDraft | None = None
    if pronoun in PRONOUNS and not is_expletive(token):
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
                index, sent, window, token, inside_quote=inside_quote, speakers=speakers
            )
            if found is None:
                break  # "it" refers to a thing of this sentence
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
