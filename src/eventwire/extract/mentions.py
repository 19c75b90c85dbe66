"""Resolve a noun phrase in the parse to the actor it names.

Quotes (speakers) and events (sources and targets) both ask the same question of
a token: which actor is this? The answer goes through, in order: a mention of a
known actor, a pronoun ("he", "it", and "we"/"I" inside a quote meaning its
speaker), a definite description of an earlier actor ("the ministry"), a capital
or seat of government used as an actor ("Pyongyang"), and finally the phrase's
own words coded through the gazetteer ("Israeli troops").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.extract import gazetteer
from eventwire.extract.actors import (
    DEFINITE,
    SUBJECT_DEPS,
    TIME_LABELS,
    ActorDraft,
    ActorIndex,
)
from eventwire.extract.datelines import in_dateline
from eventwire.extract.salience import resolve_pronoun

MAX_MENTION_TOKENS = 12
# Dependencies along which a verb without a subject borrows one from its head.
CHAIN_DEPS = frozenset({"xcomp", "advcl", "conj", "pcomp", "acl", "acomp"})
MAX_CHAIN = 4
NOMINAL = frozenset({"NOUN", "PROPN", "PRON"})
# Entity types of a time or a place of no state, which acts take place in but do not
# do. Not a state's name ("*Sudan* ended the blockade"): a state is an actor.
SETTING_ENTITIES = frozenset({"DATE", "TIME", "LOC", "FAC"})
RELATIVE_TAGS = frozenset({"WP", "WDT"})
# The tags of wh-words, which open a clause used as a subject ("what he said").
WH_TAGS = RELATIVE_TAGS | {"WRB", "WP$"}
# The tags of a past tense or past participle, which the parser may confuse.
PAST_TAGS = frozenset({"VBD", "VBN"})
# A word that makes a demonym name a people by origin rather than a state's citizens.
ETHNIC = frozenset({"ethnic"})
FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "ourselves", "myself"})
# Nouns of pressing someone to act: "put pressure on X to ..." makes X the one to act.
PRESSING_NOUNS = frozenset({"pressure", "onus"})
# Verbs whose object is what the subject acts with, not who acts: in "police *used* batons
# to disperse them" the police disperse them.
INSTRUMENT_VERBS = frozenset({"use", "employ"})
# Pronouns that stand for one person.
PERSONAL_PRONOUNS = frozenset({"i", "me", "you", "he", "him", "she", "her"})
# Prepositions after an act's noun that name whom or what the act is aimed at ("a strike
# *on* a camp", "attacks *against* the army"), who is never its doer.
AIM_PREPS = frozenset({"on", "against", "upon"})
# The sector a bare title gives by default ("leader", "spokesman"), which a body or a
# modifier before it replaces.
GENERIC_TITLE_SECTOR = "GOV"
# Modifiers before a noun that a noun conjoined after it shares ("Israeli" in "Israeli
# helicopters and warplanes").
SHARED_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss"})
# What may follow a thing's noun and say where or on what it is, not whose it is.
THING_ADJUNCT_DEPS = frozenset({"prep", "acl", "relcl", "appos", "punct"})


@dataclass(frozen=True, slots=True)
class Resolved:
    """What a noun phrase refers to: its words in the text, and the actor if known."""

    span: Span
    draft: ActorDraft | None
    name: str
    code: str | None
    # The code is a guess from the article (the state it is about), not the phrase's words.
    guessed: bool = False

    @property
    def named(self) -> bool:
        """Does the phrase itself name its actor (a known actor, or words with a code)?"""
        return self.draft is not None or (self.code is not None and not self.guessed)

    @property
    def is_person(self) -> bool:
        """Is its actor a known person?"""
        return self.draft is not None and self.draft.kind == "person"


def mention_span(doc: Doc, token: Token, alone: bool = False) -> Span:
    """The noun phrase headed by ``token``, cut short when it runs on; ``alone`` leaves
    out the phrases conjoined with it ("Rebels" of "Rebels and soldiers")."""
    left, right = token.left_edge.i, token.right_edge.i + 1
    if alone:
        ends = [c.i for c in token.rights if c.dep_ in {"cc", "conj"}]
        right = min([right, *ends])
    if right - left > MAX_MENTION_TOKENS:
        left, right = max(left, token.i - MAX_MENTION_TOKENS + 1), token.i + 1
    # A long modifier after the head ("X, who ...") is not part of the mention.
    for child in token.rights:
        if (
            (
                child.dep_ in {"relcl", "acl", "appos"}
                and child.i < right
                and not _same_actor_span(token, child)
            )
            or _clause_phrase(child)
            or _doer_phrase(child)
        ):
            right = min(right, child.left_edge.i)
    span = doc[left:right]
    while len(span) > 1 and (span[-1].is_punct or span[-1].dep_ == "cc"):
        span = span[:-1]
    while len(span) > 1 and span[0].is_punct:
        span = span[1:]
    return span


def _doer_phrase(child: Token) -> bool:
    """Is ``child`` a "by" phrase the parser hung on a noun that is done to ("the arrest
    of three men *by police*")? It names who acted on them, no part of who they are."""
    return child.dep_ == "prep" and child.lower_ == "by"


def _clause_phrase(child: Token) -> bool:
    """Is ``child`` a preposition governing a clause ("the rebels *of killing two
    soldiers*", "the men *for attacking the convoy*")? What the clause says someone did
    is no part of who they are: its objects must not code the mention."""
    return child.dep_ == "prep" and any(
        g.dep_ == "pcomp" and g.pos_ == "VERB" for g in child.children
    )


def phrase_span(span: Span) -> Span:
    """A mention with the appositions that describe its actor ("Kenzo Oshima, the UN
    relief coordinator", "the emir, Sheikh Hamad"): the words a reader takes as naming
    the actor, which may say more than its name. Cut short like a mention when it runs on."""
    root, doc = span.root, span.doc
    start, end = span.start, span.end
    parts = [c for c in root.rights if c.dep_ == "appos"]
    if root.dep_ == "appos" and root.head.pos_ in NOMINAL and root.head.i < root.i:
        parts.append(root.head)
    for part in parts:
        if part.i > root.i:
            end = max(end, part.right_edge.i + 1)
        else:
            start = min(start, part.left_edge.i)
    for child in root.rights:
        # "Rebels in the Ivory Coast on Tuesday": when is no part of who.
        if child.dep_ == "prep" and any(c.ent_type_ in TIME_LABELS for c in child.children):
            end = min(end, child.i)
    if end - start > MAX_MENTION_TOKENS or end <= start or (start, end) == (span.start, span.end):
        return span
    phrase = doc[start:end]
    while len(phrase) > 1 and phrase[-1].is_punct:
        phrase = phrase[:-1]
    return phrase


def _same_actor_span(head: Token, child: Token) -> bool:
    """Is ``child`` part of the head's own name, or the name a description gives
    ("the foreign minister, Jane Roe")?"""
    if child.dep_ == "appos" and head.pos_ == "NOUN" and child.pos_ == "PROPN":
        return True
    return child.ent_iob_ == "I" and head.ent_type_ == child.ent_type_


def parse_depth(token: Token) -> int:
    """How many heads lie between ``token`` and its sentence root."""
    depth = 0
    while token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


def agent_of(token: Token) -> Token | None:
    """The doer of a passive verb: the object of its "by" phrase."""
    agent = next((c for c in token.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None


def setting_subject(verb: Token) -> bool:
    """Is the subject of ``verb`` a time or a place of no state ("*the weekend* saw
    fighting", "*Friday* saw clashes")? What the verb's object names took place then or
    there; the subject does no act."""
    # "*Friday* saw clashes": the parser may take a date subject for an adverb of time.
    subjects = [c for c in verb.lefts if c.dep_ in {"nsubj", "npadvmod"}]
    if any(c.dep_ == "nsubj" for c in subjects):
        subjects = [c for c in subjects if c.dep_ == "nsubj"]
    return bool(subjects) and subjects[-1].ent_type_ in SETTING_ENTITIES


def subject_of(token: Token) -> Token | None:
    """The subject of a verb, borrowed from a short chain of heads when it has none."""
    for _ in range(MAX_CHAIN):
        subjects = [c for c in token.children if c.dep_ in SUBJECT_DEPS]
        subj = next((c for c in subjects if not in_dateline(c)), None) or agent_of(token)
        if subj is not None:
            return subj
        if subjects:
            return _past_dateline(subjects[0])
        if (stranded := _stranded_subject(token)) is not None:
            return stranded
        head = token.head
        if head.i == token.i:
            return None
        if (owner := _clause_owner(token)) is not None:
            return owner
        if (
            token.dep_ == "acl"
            and head.pos_ in NOMINAL
            and (token.tag_ == "VBG" or main_verb_on_noun(token))
        ):
            # "voters saying they want ...": the noun a present participle hangs on acts;
            # a past tense hung on a noun is a main verb the parser missed.
            return head
        if token.dep_ == "pcomp" and head.dep_ == "prep" and head.head.i != head.i:
            # "responded by explaining ...", "after saying ...": the verb the phrase modifies.
            token = head.head
            continue
        if token.dep_ not in CHAIN_DEPS:
            return None
        if token.dep_ == "xcomp" and head.lemma_.lower() not in INSTRUMENT_VERBS:
            # Object control: in "invited inspectors to visit", the inspectors visit.
            obj = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
            if obj is not None:
                return obj
        if (pressed := _pressed(token)) is not None:
            return pressed
        token = head
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The subject of the verb ``verb`` that the parser hung before it on its auxiliary
    ("the Department *is* briefing": the subject under "is") or on a participle clause
    that opens the sentence after it ("Mr Arafat, *getting* tough on ..., sent ...": a
    participle clause has no subject of its own)."""
    if verb.pos_ != "VERB":
        return None
    for child in verb.lefts:
        if child.dep_ == "aux" or (child.dep_ == "advcl" and child.tag_ == "VBG"):
            found = next((c for c in child.lefts if c.dep_ == "nsubj"), None)
            if found is not None:
                return found
    return None


def _past_dateline(place: Token) -> Token | None:
    """The subject a parse hung on a dateline's place ("Lima (AFP) – Peruvian President
    Ana Ruiz on Friday denounced ...": the place is the subject, the person its apposition):
    the apposition after the dateline, or none."""
    return next((c for c in place.rights if c.dep_ == "appos" and not in_dateline(c)), None)


def _pressed(verb: Token) -> Token | None:
    """Who is pressed to do what the infinitive ``verb`` says, named in the "on" phrase
    of pressure its head puts: "put pressure *on Israel* to lift the blockade" (Israel is
    to lift it, not whoever puts the pressure). Not the "on" of other objects: "imposed
    sanctions on Iran to force ..." is the imposer's purpose."""
    if verb.dep_ not in {"xcomp", "advcl"} or not to_infinitive(verb):
        return None
    head = verb.head
    for obj in (c for c in head.children if c.dep_ == "dobj" and c.lemma_ in PRESSING_NOUNS):
        # The parser hangs the "on" phrase on the noun or on the verb.
        for prep in (c for c in (*obj.children, *head.children) if c.dep_ == "prep"):
            found = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.lower_ == "on" and found is not None and found.pos_ in NOMINAL:
                return found
    return None


def _clause_owner(verb: Token) -> Token | None:
    """The owner of the noun whose infinitive or "of" phrase the verb ``verb`` is: who
    does what "Washington's decision *to impose* sanctions" or "the rebels' hopes *of
    taking* the city" names. Not a noun addressed "to" someone, who is the one to act."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.lower_ == "of":
        noun = head.head
    elif verb.dep_ == "acl" and to_infinitive(verb):
        noun = head
    else:
        return None
    if noun.pos_ != "NOUN" or any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None  # "X's appeal to Y to settle": Y is to settle
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def names_person(token: Token) -> bool:
    """Does ``token`` name one person: a person's name or a personal pronoun ("him")?"""
    return token.ent_type_ == "PERSON" or token.lower_ in PERSONAL_PRONOUNS


def to_infinitive(verb: Token) -> bool:
    """Is ``verb`` an infinitive with "to" ("decided *to impose*", "told them *to leave*")?"""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def main_verb_on_noun(verb: Token) -> bool:
    """Is ``verb``, which the parser hung on a noun as a participle (``acl``), the noun's
    main verb: a past tense, a participle with an object, or one whose noun the parser
    also gave as subject to a later comma-set clause ("youths *resorted* to ..., officials
    said")?"""
    return verb.tag_ == "VBD" or takes_object(verb) or _subject_taken(verb.head)


def misread_participle(verb: Token) -> Token | None:
    """The noun a past participle hangs on when the parser read the participle as the
    noun's main verb and the noun's real main verb as a conjunct of it ("two workers
    *held* hostage by the rebels were freed": "held" as the root, "were freed" as its
    conjunct with no "and" and no subject of its own); None for any other verb.

    The participle must stand right after its noun (or be set off from it by a comma), on
    a common noun unless set off (a name or pronoun takes no restrictive participle: "He
    *seemed* tired, didn't seem ..."), have no auxiliary and no object but a bare noun
    (the predicate noun of "held hostage", misread as one); the conjunct must carry an
    auxiliary, follow with no coordinating word between, and not be set off by a comma
    unless the participle is ("Kyle, referred to as ..., has been seen")."""
    if verb.pos_ != "VERB" or verb.tag_ not in PAST_TAGS:
        return None
    children = list(verb.children)
    if any(c.dep_ in {"aux", "auxpass", "cc"} for c in children):
        return None
    noun = next((c for c in children if c.dep_ == "nsubj" and c.i < verb.i), None)
    if noun is None or any(c.dep_ == "dobj" and not _bare_noun(c) for c in children):
        return None
    doc = verb.doc
    set_off = doc[verb.i - 1].text == ","
    gap = verb.i - noun.right_edge.i - 1
    if gap != int(set_off) or (noun.pos_ != "NOUN" and not set_off):
        return None
    if _misread_clausal_subject(verb):
        return noun
    return noun if any(_misread_main_verb(verb, c, set_off) for c in children) else None


def _misread_clausal_subject(verb: Token) -> bool:
    """Did the parser make the participle ``verb`` with its noun a clausal subject of the
    noun's main verb ("two workers held hostage by the rebels *were freed*", "held" as the
    subject clause)? A real one opens with "that" or a wh-word ("what he said was ...")."""
    if verb.dep_ not in {"csubj", "csubjpass"}:
        return False
    # As for a conjunct, the main verb carries an auxiliary ("were freed").
    if not any(c.dep_ in {"aux", "auxpass"} for c in verb.head.children):
        return False
    return not any(c.dep_ == "mark" or c.tag_ in WH_TAGS for c in verb.subtree)


def misread_main_verb(verb: Token) -> bool:
    """Is ``verb`` the main verb the parser hung as a conjunct or complement on a
    participle it misread as the main verb, or gave that participle as a clausal subject
    ("two workers held hostage *were freed*", see :func:`misread_participle`)? It
    completes nothing: it states the sentence's act."""
    if any(
        c.dep_ in {"csubj", "csubjpass"} and misread_participle(c) is not None
        for c in verb.children
    ):
        return True
    if verb.dep_ not in {"conj", "ccomp"} or misread_participle(verb.head) is None:
        return False
    return _misread_main_verb(verb.head, verb, verb.doc[verb.head.i - 1].text == ",")


def misread_subject(verb: Token) -> Token | None:
    """The real subject of the main verb ``verb`` the parser hung on a participle it
    misread as a main verb (:func:`misread_main_verb`): the participle's noun."""
    if not misread_main_verb(verb):
        return None
    for clause in (c for c in verb.children if c.dep_ in {"csubj", "csubjpass"}):
        if (noun := misread_participle(clause)) is not None:
            return noun
    return misread_participle(verb.head)


def _by_phrase(verb: Token) -> bool:
    """Has ``verb`` a "by" phrase (a passive's agent, if it is one)?"""
    return any(c.dep_ in {"prep", "agent"} and c.lower_ == "by" for c in verb.children)


def _bare_noun(noun: Token) -> bool:
    """Is ``noun`` a singular common noun with no word of its own ("hostage")?"""
    return noun.tag_ == "NN" and not any(True for _ in noun.children)


def _misread_main_verb(participle: Token, conj: Token, set_off: bool) -> bool:
    """Is ``conj``, a conjunct of the participle the parser read as a main verb, the real
    main verb of the participle's noun (see :func:`misread_participle`)?"""
    if conj.pos_ not in {"VERB", "AUX"} or conj.i < participle.i:
        return False
    # The parser may also make it a complement clause, when a "by" phrase says the
    # participle is passive ("engineers held by the militia were released").
    if conj.dep_ != "conj" and not (conj.dep_ == "ccomp" and _by_phrase(participle)):
        return False
    if any(c.dep_ in SUBJECT_DEPS for c in conj.children):
        return False
    if not any(c.dep_ in {"aux", "auxpass"} for c in conj.children):
        return False
    doc, start = participle.doc, conj.left_edge.i
    if any(t.tag_ == "CC" for t in doc[participle.i : start]):
        return False
    return set_off or doc[start - 1].text != ","


def _subject_taken(noun: Token) -> bool:
    """Did the parser make ``noun`` a second subject of a later verb that has its own,
    set off by a comma ("Palestinian youths resorted to ..., officials said")? The verb it
    hung on the noun as a participle is then the noun's main verb."""
    return noun.dep_ == "nsubj" and any(
        other.dep_ == "nsubj"
        and other.i > noun.i
        and other.left_edge.i > 0
        and noun.doc[other.left_edge.i - 1].text == ","
        for other in noun.head.children
    )


def takes_object(verb: Token) -> bool:
    """Does ``verb``, or a verb conjoined with it that has no subject of its own, take a
    direct object? A past participle that does is active, a past tense the parser hung
    on a noun as a participle ("doctors from two aid groups *donated* and delivered
    goods"): a passive participle ("the property seized") has no object."""
    verbs = [verb, *(c for c in verb.conjuncts if c.pos_ == "VERB")]
    return verb.tag_ == "VBN" and any(
        c.dep_ == "dobj"
        for v in verbs
        if v is verb or not any(s.dep_ in SUBJECT_DEPS for s in v.children)
        for c in v.children
    )


def _actor_in(index: ActorIndex, span: Span, head: Token) -> ActorDraft | None:
    """The actor the phrase names: its head's, or a name inside a phrase headed by a
    name or title ("spokesperson Heather Nauert"), never the modifier of a group noun
    ("Obama administration officials" are not Obama)."""
    found = index.actor_of(head)
    if found is None and head.pos_ == "NOUN":
        # "the foreign minister, Jane Roe,": the person in apposition is the actor.
        names = (index.actor_of(c) for c in head.rights if c.dep_ == "appos")
        return next((d for d in names if d is not None and d.kind == "person"), None)
    if found is not None:
        return found
    drafts = [d for t in span if (d := index.actor_of(t)) is not None]
    people = [d for d in drafts if d.kind == "person"]
    if people:
        return people[-1]
    # A place inside a named body ("North Korea's Foreign Ministry") is not the body.
    return next((d for d in reversed(drafts) if d.kind != "place"), None)


def coded_as_thing(index: ActorIndex, resolved: Resolved) -> Resolved:
    """``resolved``, a phrase that names a thing or an act ("talks in Germany", "a ban on
    travellers entering Kenya", "access to a man held by the rebels"), coded only by the
    words up to its head and whose it is ("the US embassy", "the embassy of Israel"): not
    by where or on what it is, as a thing is no actor by a name it mentions. A known
    actor's phrase stays as it is."""
    if resolved.draft is not None:
        return resolved
    span, head = resolved.span, resolved.span.root
    ends = [
        c.left_edge.i
        for c in head.rights
        if c.dep_ in THING_ADJUNCT_DEPS and not (c.dep_ == "prep" and c.lower_ == "of")
    ]
    words = span.doc[span.start : min([span.end, *ends])]
    coded = gazetteer.code_phrase(words.text)
    code = coded.code if coded else _modifier_country(index, [words])
    return Resolved(span, None, resolved.name, code)


def _doer_words(span: Span, head: Token) -> list[Span]:
    """The parts of ``span`` that may say who its actor is. A subject headed by a word
    that names no one (an act or a thing: "an Israeli air strike on a Hamas camp killed
    ...") is its doer's or owner's, named before the head or by a "by" phrase, never the
    one it is aimed at: the "on" and "against" phrases after the head are left out. (An
    object's aim is the target finder's to weigh: "condemned attacks on Israelis".)"""
    if head.pos_ != "NOUN" or head.dep_ not in SUBJECT_DEPS:
        return [span]
    aims = [c for c in head.rights if c.dep_ == "prep" and c.lower_ in AIM_PREPS]
    if not aims or _names_someone(head):
        return [span]
    doc, cut = span.doc, min(c.left_edge.i for c in aims)
    doers = [c for c in head.rights if c.dep_ == "prep" and c.lower_ == "by" and c.i > cut]
    parts = [doc[span.start : max(cut, span.start)]]
    parts += [doc[c.i : min(c.right_edge.i + 1, span.end)] for c in doers]
    return [p for p in parts if len(p)]


def _shared_modifier_code(token: Token, span: Span) -> str | None:
    """The code of a noun conjoined after another that shares the words before the
    first ("*Israeli* helicopters and warplanes", "*Iraqi* soldiers and policemen"): a
    noun with no modifier of its own is read with the first noun's, keeping the sector
    of its own role. Only a code with a country counts."""
    first = token.head
    if token.dep_ != "conj" or first.pos_ != "NOUN" or token.pos_ != "NOUN":
        return None
    if any(c.dep_ in SHARED_MODIFIER_DEPS for c in token.lefts):
        return None
    shared = [c for c in first.lefts if c.dep_ in SHARED_MODIFIER_DEPS]
    if not shared:
        return None
    words = " ".join(token.doc[c.left_edge.i : c.right_edge.i + 1].text for c in shared)
    coded = gazetteer.code_phrase(f"{words} {span.text}")
    if coded is None or coded.country is None:
        return None
    # The noun's own role keeps its sector: "GOP voters and lawmakers" are lawmakers.
    own = gazetteer.role_sector(span.text)
    return coded.country + own if own else coded.code


def _names_someone(head: Token) -> bool:
    """Does the noun ``head`` name people or a body by itself: a role ("troops"), an
    institution ("ministry") or people by who they are ("men")?"""
    word = _head_word(head)
    return (
        gazetteer.role_sector(word) is not None
        or gazetteer.victim_sector(word) is not None
        or gazetteer.is_body_word(head.lemma_)
    )


def _head_word(token: Token) -> str:
    """The word a phrase's head token ends: the whole of a hyphenated title the tokenizer
    split ("Governor-General" is no general, "Attorney-General" no soldier); a word in
    lower case stays a word of its own ("fighter-bombers" are no fighters)."""
    doc = token.doc
    start = token.i
    while (
        start >= 2
        and doc[start].is_title
        and doc[start - 2].is_title
        and doc[start - 1].text == "-"
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
    ):
        start -= 2
    return doc[start : token.i + 1].text


def _modifier_country(index: ActorIndex, parts: list[Span]) -> str | None:
    """The country of an actor named inside the parts of a descriptive phrase."""
    for tok in (t for part in parts for t in part):
        draft = index.actor_of(tok)
        if draft is not None and draft.country is not None:
            return draft.country
    return None


def _described(index: ActorIndex, head: Token) -> ActorDraft | None:
    """An earlier actor a definite description points to ("the ministry", "the spokesman")."""
    if head.pos_ != "NOUN" or not any(c.lower_ in DEFINITE for c in head.children):
        return None
    word = head.lemma_.lower()
    for draft in reversed(index.drafts):
        # The role's own words, not those of what it is of: the one "secretary of
        # state" is no "state", and a "head of the ministry" no "ministry".
        role = (draft.role or "").lower().split(" of ")[0]
        described = role.split() + draft.name.lower().split()
        if word in described and any(s < head.idx for s, _ in draft.mentions):
            return draft
    return None


def from_draft(span: Span, draft: ActorDraft) -> Resolved:
    """A resolution to a known actor."""
    code = draft.code
    if draft.kind == "place":
        # A capital or seat of government that acts stands for its government.
        seat = gazetteer.lookup_place_actor(draft.name)
        code = seat.code if seat is not None else code
    return Resolved(span, draft, draft.name, code)


def resolve(
    index: ActorIndex, token: Token, *, speaker: ActorDraft | None = None, alone: bool = False
) -> Resolved:
    """Resolve the noun phrase headed by ``token``; ``speaker`` is the current quote's
    speaker; ``alone`` resolves it without the phrases conjoined with it."""
    doc = index.doc
    if token.tag_ in RELATIVE_TAGS and token.head.dep_ == "relcl" and token.head.head.i != token.i:
        # "the minister, who said ..." speaks for the noun the clause hangs on; the
        # mention stays the word in the text.
        antecedent = resolve(index, token.head.head, speaker=speaker)
        return Resolved(
            doc[token.i : token.i + 1], antecedent.draft, antecedent.name, antecedent.code
        )
    if token.pos_ == "PRON":
        span = doc[token.i : token.i + 1]
        if token.lower_ in FIRST_PERSON:
            draft = speaker if token.i in index.quoted else None
        else:
            draft = resolve_pronoun(index, token)
        if draft is not None:
            return from_draft(span, draft)
        return Resolved(span, None, span.text, None)
    span = mention_span(doc, token, alone)
    draft = _actor_in(index, span, token) or _described(index, token)
    if draft is not None:
        return from_draft(span, draft)
    doer_parts = _doer_words(span, token)
    doer_text = " ".join(part.text for part in doer_parts)
    coded = gazetteer.code_phrase(doer_text)
    code = coded.code if coded else None
    if (
        coded is not None
        and coded.country
        and any(t.lower_ in ETHNIC and t.i < token.i for t in span)
    ):
        # "ethnic Albanians" names a people by its origin, not its state: the state is
        # where the sentence places them, when it names another.
        home = index.residence(span.start, coded.country)
        code = home + coded.code[len(coded.country) :] if home else code
    if code is None:
        code = _shared_modifier_code(token, span)
    if code is None and (country := _modifier_country(index, doer_parts)) is not None:
        # A role without a country ("Obama administration officials") takes the
        # country of the name inside the phrase.
        code = country + (gazetteer.role_sector(doer_text) or "")
    if code is None and (sector := gazetteer.role_sector(_head_word(token))) is not None:
        # A group named only by its role ("the police", "rebels": the head word is a
        # role) most likely belongs to the state the text is about. A title that is
        # GOV only by default defers to the words before it ("a church leader", "party
        # leaders", "a former secretary of state"), as it does in a coded phrase.
        if sector == GENERIC_TITLE_SECTOR:
            sector = gazetteer.role_sector(doc[span.start : token.i + 1].text) or sector
        home = index.home_country(span.start, sector)
        if home is not None:
            return Resolved(span, None, span.text, home + sector, guessed=True)
    return Resolved(span, None, span.text, code)
