"""The source and target of an event trigger, read from the dependency parse.

A verb's source is its subject (the agent of a passive; the subject borrowed along
xcomp/advcl/conj chains). A noun's source is its owner ("Israel's withdrawal"), its
"by" phrase ("protests by students"), an actor word before it ("Israeli air raids"),
the "from" of a verbal noun ("demands from the rebels"), the subject of the light
verb it is the object of ("held talks", "imposed sanctions") or the agent of the
passive light verb it is the subject of ("talks were held by X"), or, for a mutual act
stated as a clause's subject, both sides of its "between" phrase ("talks between X and
Y resumed").

The target is the first of these that names an actor: a passive subject (or the noun a
participle set off after it is done to: "the village, shelled by X"), the doer of what
the object names in a "by" phrase the parser hung on the verb ("denounced the shelling
of villages by X"), the indirect and direct objects (an object moved after an "as"
phrase included: "denounced as a crime X's crackdown"), the prepositions the lexicon
names for the trigger ("met with"), the subject of a clause it governs ("demanded that X
..."), the prepositions that commonly carry a target ("to", "against", "on", ...), and
for a noun, who the passive verb it hangs on befell ("X were killed in an attack by Y").
An object that is not itself an actor ("lifted a blockade on Palestinian lorries"), or
that the parser took for a clause, is searched for the actor inside it, its own "by"
phrase first (a reaction to an act is aimed at its doer); so is a thing coded only
through the actor named inside it ("criticized Israel's policy" is done to Israel),
unless that actor alone would lose the group the whole phrase names ("Palestinian
refugee camps").
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Token

from eventwire.extract import gazetteer
from eventwire.extract.actors import (
    FORCE_SECTORS,
    PLACE_LABELS,
    SUBJECT_DEPS,
    ActorDraft,
    ActorIndex,
)
from eventwire.extract.codes import split_code
from eventwire.extract.event_rules import SENDING_TEST, STATIVE_TEST, EventRules
from eventwire.extract.lexicon import Trigger, TriggerLexicon
from eventwire.extract.mentions import (
    NOMINAL,
    RELATIVE_TAGS,
    Resolved,
    agent_of,
    coded_as_thing,
    from_draft,
    main_verb_on_noun,
    mention_span,
    misread_subject,
    resolve,
    setting_subject,
    subject_of,
    takes_object,
    to_infinitive,
)
from eventwire.extract.salience import conjoined_antecedent
from eventwire.extract.undergoing import doers, undergoer, undergoing_verb

OBJECT_DEPS = ("dative", "dobj", "attr")
# Clauses that complete the verb they hang on ("agreed to go", "said that X must").
COMPLEMENT_DEPS = frozenset({"xcomp", "ccomp"})
# Prepositions that carry a target when the lexicon names none for the trigger.
TARGET_PREPS = (
    "against", "with", "to", "on", "toward", "towards", "into", "between", "from", "for"
)  # fmt: skip
# Prepositions whose object a verb listed with them makes its subject's act ("gathered
# for a rally", "went on strike", "took part in talks", "responded with air strikes").
LIGHT_PREPS = frozenset({"for", "on", "in", "with"})
# Adverbs the parser may give a verb listed with them among the light verbs, as a
# particle: of going on with an act ("went *ahead* with a visit", "pressed *on* with the
# strike", "moved *forward* with") or of answering with one ("hit *back* with sanctions").
LIGHT_ADVERBS = frozenset({"ahead", "forward", "on", "back"})
# Prepositions whose object a verb listed with them makes its subject's act on the verb's
# object ("put the cleric *under* house arrest").
OBJECT_LIGHT_PREPS = frozenset({"under"})
# The words of a share's ratio: "four *in* 10 voters", "two *out* of three" ("in excess
# *of* 100 soldiers" is no share).
SHARE_WORDS = frozenset({"in", "out"})
# Marks that set a participle off after the noun it is done to ("the village, shelled by
# X", "the governor—endorsed by Y—"): a dash as well as a comma.
SET_OFF_MARKS = frozenset({",", "—", "–", "--"})
# The word opening a clause of the same moment as the act it hangs on ("were killed
# *when* troops stormed the village"), and one that does so only of armed doers ("was shot
# *as* police opened fire"): "as" as often says why ("as the government holds power").
WHEN_MARK = "when"
AS_MARK = "as"
# Prepositions naming the act a passive subject suffered ("were killed in an attack").
SUFFERED_IN = frozenset({"in", "during"})
# Consultations, agreements, signed accords and fights between conjoined subjects with no
# other target are mutual ("Israel and Egypt met", "rebels and soldiers clashed"), as are
# those whose "between" phrase names both sides ("talks between X and Y resumed").
MUTUAL_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT", "ASSAULT"})
# The preposition that names the counterpart of an act done together ("meet *with*",
# "agree *with*", "clash *with*"): only a trigger the lexicon lists with it is reciprocal.
# Others of those types are done by each doer on its own ("X and Y co-hosted a summit",
# "offered resistance", "launched incursions"), not to each other.
COUNTERPART_PREP = "with"
# Light verbs whose conjoined subjects do the act their object names to each other ("X
# and Y *exchanged* fire", "*traded* accusations").
RECIPROCAL_LIGHT_VERBS = frozenset({"exchange", "trade"})
# How a word naming a side modifies the noun the sides share ("Hungarian and Romanian
# officials", "government and rebel forces").
SIDE_MODIFIER_DEPS = frozenset({"amod", "nmod", "compound"})
# Accords (agreements, truces, treaties: acts of these types done "with" a counterpart):
# conjoined subjects acting on one act on it towards each other ("X and Y violated the
# ceasefire", "X and Y ratified the treaty").
PACT_TYPES = frozenset({"AGREE", "RETREAT", "SUPPORT"})
# Acts that are events only with a counterpart: a meeting, a visit or talks with no one
# named is a body convening or a trip, not a consultation between actors.
DYADIC_TYPES = frozenset({"CONSULT"})
# Support one party gives another, not an exchange (CAMEO 051-056: praise, defend, rally
# support, recognise, apologise, forgive): "France and Britain welcomed the announcement"
# is not France welcoming Britain.
ONE_SIDED_CODES = frozenset({"051", "052", "053", "054", "055", "056"})
# Where a noun states its clause's act: as its subject, or as a headline's root.
CLAUSE_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT"})
# Acts done with a counterpart ("talks *with* X", "fighting *with* X"): such a noun in an
# adjunct of a clause ("announced the accord *after talks with X*") is the act of the
# clause's subject with X. A visit's counterpart is whom it goes "to".
COUNTERPART_TYPES = frozenset({"CONSULT", "COOPERATE", "ASSAULT"})
# The prepositions of such an adjunct: when and where the clause's act took place. Not
# "for" ("spoiling for a fight" is no fight).
ADJUNCT_PREPS = frozenset(
    {"after", "following", "during", "before", "since", "amid", "despite", "in", "on", "at"}
)
# Stances a bare noun after "in" takes in an adjunct of a clause, naming whom it is
# taken towards ("came out *in support of* X", "walked out *in protest against* Y"):
# the clause's subject takes it. Not other types: "*in charge of* the city" is no charge.
STANCE_TYPES = frozenset({"SUPPORT", "PROTEST", "REJECT"})
# A telephone call is how a clause's words were said ("said on a call with reporters"),
# not a consultation of its own.
SPEAKING_CODES = frozenset({"041"})
# Verbal acts whose "from" phrase names who made them ("a demand from the rebels").
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "SUPPORT", "AGREE"})
# "disarm ourselves" has no target: the actor acts on itself.
REFLEXIVES = frozenset(
    {"myself", "ourselves", "yourself", "himself", "herself", "itself", "themselves"}
)
# PLOVER modes of acts their doers do with their own forces or persons (withdrawing,
# demobilising, visiting): a noun's "of" phrase names the doer ("the withdrawal *of Syrian
# troops*", "the visit *of the premier*"), as does a passive subject no one else is named
# for ("the guerrillas have been demobilized").
SELF_MODES = frozenset({"disarm", "visit"})
# Acts a state does with its own armed forces or police: a show of force, an alert, a
# mobilisation or deployment (15). A passive of one with no agent is done by the owner
# of the forces its subject names ("Australian troops were deployed to Afghanistan":
# Australia's military), as is a sending of them to a destination (DESTINATION_PREPS).
FORCE_CODES = ("15",)
DESTINATION_PREPS = ("to", "into")
# How a verb acting on a bare count follows on from an earlier act whose object is the
# group counted ("clashed with the protesters *and arrested* 200"), and the links from
# such an object up to that act's verb.
FOLLOW_ON_DEPS = frozenset({"conj", "advcl"})
OBJECT_PATH_DEPS = frozenset({"dobj", "pobj", "prep", "conj", "appos"})
# Where forces sent are to stay ("deploy peacekeepers *in* Iraq"), read on what is sent.
STATIONED_PREP = "in"
# Clauses that say what forces are sent to do ("were deployed *to disarm* the militias").
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})
# Entity types of a word that says whose forces are: a country or a people.
OWNER_ENTITIES = frozenset({"GPE", "NORP"})
# Acts only a state's authorities do, in their own territory: confiscating (1711), bans
# and curfews (172), arrests, charges, trials and sentences (173), deportation (174),
# expulsion (166), verdicts (116). A passive of one that names no agent is the act of the
# authorities of the place it happens in ("was arrested *in Kashmir*"), or, for the acts
# that remove someone (REMOVAL_CODES), of the place they are removed from ("were expelled
# *from Zimbabwe*"). Not acts anyone may do ("were killed in Lebanon", "homes were
# destroyed in the area", "weapons were seized in Kabul").
STATE_AUTHORITY_CODES = ("1711", "172", "173", "174", "166", "116")
REMOVAL_CODES = ("174", "166")
# Sectors of a noun before an act that names who does it ("*police* raids", "*army*
# shelling"); not of other roles, which as often name whom it is done to ("*journalist*
# killings", "*prisoner* release").
DOER_NOUN_SECTORS = frozenset({"MIL", "COP", "REB"})
# Entity types of an adjective that names who acts ("Israeli", "Shiite").
GROUP_ENTITIES = frozenset({"NORP", "GPE", "ORG", "LOC"})
# The sector the gazetteer gives a capital's name (its government: "Paris said").
CAPITAL_SECTOR = "GOV"
# How many governing clauses are climbed to find who reports a clause.
MAX_REPORT_CHAIN = 3
# The sector of a crowd named only by its count ("thousands protested").
CIVILIANS = "CVL"
# How deep inside a non-actor object the search for an actor goes.
MAX_INNER_DEPTH = 3
# Prepositions naming whom an act is aimed at ("attacks *against* Israel"): inside an
# act someone asks for, that is the act's victim, not the one asked ("called for a halt
# to attacks against Israel" asks the attackers). Not "on", which names a topic as often
# ("a referendum on independence").
VICTIM_PREPS = frozenset({"against"})
# Words for a body of people, which a role word before makes an actor ("rebel *groups*",
# "the opposition *coalition*", "a three-judge *panel*").
COLLECTIVES = frozenset(
    {
        "group",
        "faction",
        "cell",
        "movement",
        "organisation",
        "organization",
        "unit",
        "band",
        "coalition",
        "alliance",
        "bloc",
        "camp",
        "front",
        "wing",
        "network",
        "committee",
        "council",
        "panel",
        "association",
        "federation",
        "leadership",
    }
)
# Types whose object may name an act asked for.
ASKING_TYPES = frozenset({"REQUEST"})
# Acts done by force to their victims.
FORCEFUL_TYPES = frozenset({"ASSAULT", "COERCE"})
# Acts whose target may be people named only by who they are ("killed three men",
# "arrested a teenager", "threatened the families", "insulted women"): the victims of
# force, threats or blame, not the partners of a talk or a deal, nor those asked.
VICTIM_TYPES = FORCEFUL_TYPES | {"THREATEN", "ACCUSE"}
# Acts whose "on"/"about"/"over" phrase names what they are about, not whom they are
# with: "reached agreement *on an interim cabinet*", "talks *on* the refugees".
TOPIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})
TOPIC_PREPS = frozenset({"on", "about", "over"})
# Acts whose object's topic is no target either ("co-hosted a summit *on* smuggling"):
# the object of an offer or proposal may be aimed at whom it is about ("offered kind
# words *about* X", "proposed a no-fly zone *over* Syria").
OBJECT_TOPIC_TYPES = frozenset({"CONSULT"})


def is_mutual(
    tok: Token, trigger: Trigger, plover: str, cameo: str, triggers: TriggerLexicon
) -> bool:
    """Do conjoined doers of the act of ``tok`` (``trigger``), coded with this PLOVER type
    and CAMEO code, do it to each other when no other target is named ("Israel and Egypt
    met")? Only an act the lexicon says is done *with* a counterpart is ("X and Y
    clashed", not "X and Y co-hosted a summit"), one on an accord between them ("X and
    Y violated the ceasefire"), or any act they trade ("X and Y exchanged fire")."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in RECIPROCAL_LIGHT_VERBS:
        return True
    # A clash recoded as one in words is still between the two ("X and Y clashed over
    # taxes": each criticises the other).
    in_words = plover == "ACCUSE" and trigger.plover in MUTUAL_TYPES
    if (plover not in MUTUAL_TYPES and not in_words) or cameo in ONE_SIDED_CODES:
        return False
    return COUNTERPART_PREP in trigger.target_preps or any(
        _is_pact(obj, triggers) for obj in tok.children if obj.dep_ == "dobj"
    )


def _is_pact(noun: Token, triggers: TriggerLexicon) -> bool:
    """Does ``noun`` name an accord made with a counterpart ("the ceasefire agreement")?"""
    if noun.pos_ != "NOUN":
        return False
    found = triggers.lookup(noun.lemma_.lower(), "NOUN")
    return (
        found is not None and found.plover in PACT_TYPES and COUNTERPART_PREP in found.target_preps
    )


def needs_target(plover: str) -> bool:
    """Is an act of this PLOVER type no event without a target? A consultation is
    between parties: "the executive is meeting in Canberra", "the team arrived in
    Adelaide" meet no one."""
    return plover in DYADIC_TYPES


def is_actor(resolved: Resolved) -> bool:
    """Does a resolved phrase name an actor: a known one, one the gazetteer codes, or a
    group named by its role ("rebels", "the police")?"""
    if resolved.draft is not None or resolved.code is not None:
        return True
    root = resolved.span.root
    if root.pos_ not in {"NOUN", "PROPN"}:
        return False
    if gazetteer.role_sector(root.text) is not None:
        return True
    before = root.doc[root.i - 1] if root.i > resolved.span.start else None
    if before is None or gazetteer.role_sector(f"{before.text} {root.text}") is None:
        return False
    # A two-word role whose first word is no role of its own ("rights group", "aid
    # group"), or a role word before a word for a body of people ("rebel groups",
    # "militant factions"); not a role word before a thing ("military exercises",
    # "general strike").
    return gazetteer.role_sector(before.text) is None or root.lemma_.lower() in COLLECTIVES


def names_by_head(tok: Token, resolved: Resolved) -> bool:
    """Does the phrase headed by ``tok`` name its actor by its head word (a known actor,
    a name, a pronoun, a role: "the Israeli *army*"), not only through the words around a
    thing ("*Israel's* decision", "the *Syrian* border")?"""
    if resolved.draft is not None or tok.pos_ != "NOUN":
        return True
    return gazetteer.role_sector(tok.text) is not None or is_actor(
        Resolved(tok.doc[tok.i : tok.i + 1], None, tok.text, None)
    )


def _narrows(phrase: Resolved, inner: Resolved) -> bool:
    """Is ``inner`` a vaguer code of the same actor the whole phrase codes: the country
    alone of "*Palestinian* armed groups" (PSE of PSEREB), which loses the group?"""
    whole, part = phrase.code or "", inner.code or ""
    return len(whole) > len(part) and whole.startswith(part)


def conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the nouns conjoined with it ("Brazil and the United States"), less a
    noun that repeats the preposition ``tok`` is the object of: "drew praise *from*
    Washington and criticism *from* Moscow" conjoins two acts, each with its own doer, that
    the parser hangs the second of on the first one's doer."""
    return [
        tok,
        *(c for c in tok.conjuncts if c.pos_ in NOMINAL and not _repeats_preposition(tok, c)),
    ]


def _repeats_preposition(tok: Token, conj: Token) -> bool:
    """Has ``conj`` a phrase of the preposition ``tok`` is the object of?"""
    return tok.dep_ == "pobj" and any(
        c.dep_ == "prep" and c.lower_ == tok.head.lower_ for c in conj.children
    )


def _pobj(prep: Token) -> Token | None:
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _preps(tok: Token, words: tuple[str, ...] | frozenset[str]) -> Iterator[Token]:
    """Objects of ``tok``'s prepositions among ``words``, in the order of ``words``."""
    # "sent troops *to* Mali": the parser may take the recipient's "to" for a dative.
    preps = [
        c for c in tok.children if c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP")
    ]
    # "kidnapped up to 16 advisers": the parser hangs the preposition on the particle.
    preps += [p for c in tok.children if c.dep_ == "prt" for p in c.children if p.dep_ == "prep"]
    for word in words:
        for prep in preps:
            if prep.lower_ == word and (pobj := _pobj(prep)) is not None:
                yield pobj


def is_light_verb(tok: Token, rules: EventRules) -> bool:
    """Is ``tok`` a light verb? Its lemma is checked, and the word less its "-d"/"-ed" in
    case the lemmatizer missed ("staged" is lemmatized "stag"); a verb listed with its
    particle ("carry out", "step up") is light only with that particle."""
    if tok.pos_ != "VERB":
        return False
    return any(rules.is_light(form) for form in _verb_forms(tok))


def _verb_forms(tok: Token) -> set[str]:
    """The forms the verb ``tok`` may be listed under: its lemma, the word less its "-d" or
    "-ed", each with the verb's particle when it has one."""
    word = tok.lower_
    forms = {tok.lemma_}
    if word.endswith("ed"):
        forms |= {word[:-1], word[:-2]}  # "staged" -> "stage", "launched" -> "launch"
    particles = [c.lower_ for c in tok.children if c.dep_ == "prt"]
    if particles:
        # A particle makes another verb: "called off the talks" halts them, "held up
        # aid" delays it. Only a verb listed with its particle is light then.
        forms = {f"{form} {prt}" for form in forms for prt in particles}
    return {form for form in forms if form}


def light_with(verb: Token, prep: str, rules: EventRules) -> bool:
    """Is ``verb`` light for the noun its ``prep`` phrase names, listed with that
    preposition among the light verbs: a verb of coming together ("converged *for* a
    rally") or of going into an act ("went *on* strike")? One with an object is another
    verb ("pressed them for talks")."""
    return not any(c.dep_ in {"dobj", "dative"} for c in verb.children) and _listed_with(
        verb, prep, rules
    )


def _first_phrase(verb: Token, prep: Token) -> bool:
    """Is ``prep`` the first phrase of its preposition after ``verb``? A verb is light only
    for the phrase that completes it: in "pushed on with the plan, with agreement to ...",
    the second "with" says what came with it."""
    first = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == prep.lower_), None)
    return first is not None and first.i == prep.i


def light_phrase_objects(verb: Token, rules: EventRules) -> list[Token]:
    """The objects of the prepositions ``verb`` is light with ("went ahead *with* the
    visit", "embarked *on* a tour"): the acts its subject goes into or answers with."""
    return [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and _light_phrase(prep, rules) and (pobj := _pobj(prep)) is not None
    ]


def _light_phrase(prep: Token, rules: EventRules) -> bool:
    """Is ``prep`` the phrase its verb is listed as light with, the first after it ("went
    *on* strike", "went ahead *with* the visit")?"""
    verb = prep.head
    return (
        prep.lower_ in LIGHT_PREPS
        and light_with(verb, prep.lower_, rules)
        and _first_phrase(verb, prep)
    )


def light_over_object(verb: Token, prep: str, rules: EventRules) -> bool:
    """Is ``verb`` light for the noun its ``prep`` phrase names, listed with that
    preposition among the light verbs, acting on its own object: "placed the cleric
    *under* house arrest" arrests the cleric."""
    return prep in OBJECT_LIGHT_PREPS and _listed_with(verb, prep, rules)


def _listed_with(verb: Token, prep: str, rules: EventRules) -> bool:
    """Is the verb ``verb`` listed with ``prep`` among the light verbs ("gather for"), or
    with the adverb it has ("go ahead with")?"""
    if verb.pos_ != "VERB":
        return False
    forms = _verb_forms(verb)
    adverbs = [c.lower_ for c in verb.children if c.dep_ == "advmod" and c.lower_ in LIGHT_ADVERBS]
    forms |= {f"{form} {adverb}" for form in forms for adverb in adverbs}
    return any(rules.is_light(f"{form} {prep}") for form in forms)


def claimant(tok: Token, rules: EventRules) -> Token | None:
    """The verb whose subject owns the act the noun ``tok`` names by claiming it, the verb
    listed whole with its object and preposition among the light verbs ("claim
    responsibility for"): "Hamas claimed responsibility for the *bombing*" says the bombing
    was Hamas's. Not a light verb of the noun: its object is no target of the act."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    noun = prep.head
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB":
        return None
    phrases = (f"{form} {noun.lemma_.lower()} {prep.lower_}" for form in _verb_forms(noun.head))
    return noun.head if any(rules.is_light(phrase) for phrase in phrases) else None


def light_head(tok: Token, rules: EventRules) -> Token | None:
    """The light verb whose object names the event ``tok`` names, if any: "held *talks*",
    "engaged in *fighting*", "went on *strike*", "launched a wave of *attacks*",
    "imposed a curfew and *sanctions*" (a conjunct of the object is an object too)."""
    while tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"} and tok.head.i != tok.i:
        tok = tok.head
    head = tok.head
    if tok.dep_ == "compound" and head.dep_ == "dobj":
        if names_people(head):
            return None  # "holding two *aid* workers": the noun names a kind of person
        tok, head = head, head.head  # "launched a mediation effort"
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        if head.lower_ == "in" and is_light_verb(head.head, rules):
            return head.head  # "engaged in fighting", "took part in talks"
        if _light_phrase(head, rules):
            return head.head  # "gathered for a rally", "went on strike": the subject's
        if light_over_object(head.head, head.lower_, rules):
            return head.head  # "put the cleric under arrest": the subject's, on the object
        if head.lower_ == "of" and head.head.dep_ == "dobj":
            tok, head = head.head, head.head.head  # "launched a wave of attacks"
    if tok.dep_ in {"dobj", "nsubjpass"} and is_light_verb(head, rules):
        return head  # also passive: "talks were held by X"
    return None


def names_people(noun: Token) -> bool:
    """Is ``noun`` a word for people or a body of them, by role or by who they are
    ("workers", "activists", "leaders", "police", "children")? A trigger noun
    compounded on it names a kind of person ("*aid* workers", "*protest* leaders"), not
    an act, even as the object of a light verb ("holding two *aid* workers")."""
    return noun.pos_ == "NOUN" and (
        gazetteer.role_sector(noun.text) is not None
        or gazetteer.victim_sector(noun.text) is not None
    )


def owners(tok: Token) -> Iterator[Token]:
    """Who a noun says does it: its owner, its "by" phrase (or its "of" object's), an
    actor word before it ("Israel's withdrawal", "protests by students", "Israeli air
    raids")."""
    for child in tok.children:
        if child.dep_ == "poss":
            yield child
    yield from by_doers(tok)
    for child in tok.lefts:
        if child.dep_ in {"amod", "compound", "nmod"} and _names_group(child):
            yield child


def by_doers(noun: Token) -> Iterator[Token]:
    """The objects of the act noun ``noun``'s "by" phrases ("attacks *by Hamas*"), and of
    its "of" object's, on which the parser often hangs them, when that object names
    people or something someone owns ("the arrest of three men *by police*", "criticism
    of her actions *by the director*"); not when it may name an act of its own ("the
    condemnation of the bombing *by Hamas*": Hamas bombed)."""
    yield from _preps(noun, ("by",))
    for done_to in _preps(noun, ("of",)):
        owned = any(c.dep_ == "poss" for c in done_to.children)
        if owned or _names_someone(done_to):
            yield from _preps(done_to, ("by",))


def _names_someone(word: Token) -> bool:
    """Does ``word`` head a phrase for people: a name, a number, a pronoun, a word for
    people (:func:`names_people`) or for a person tied to another ("his *successor*")?"""
    if word.pos_ in {"PROPN", "NUM", "PRON"} or word.ent_type_ in GROUP_ENTITIES | {"PERSON"}:
        return True
    return names_people(word) or gazetteer.names_other_person(word.lemma_)


def _names_group(word: Token) -> bool:
    """Can a modifier say who does an act: a name, an adjective of a people or place
    ("*Israeli* air raids"), not of a kind ("*military* occupation", "*popular* uprising"),
    or a noun for an armed force ("*police* raids", "*rebel* attacks")? Not a name of
    where it happened (:func:`_names_where`)."""
    if word.pos_ == "PROPN":
        return not _names_where(word)
    if word.pos_ == "NOUN" and word.dep_ == "compound":
        return gazetteer.role_sector(word.text) in DOER_NOUN_SECTORS
    return word.pos_ == "ADJ" and (
        word.ent_type_ in GROUP_ENTITIES or gazetteer.code_phrase(word.text) is not None
    )


def _names_where(word: Token) -> bool:
    """Does the name ``word`` before an act's noun say where it happened, not who did it: a
    place of no state or a capital ("the *Orlando* shooting", "the *Paris* attacks", "the
    *Moscow* talks")? Before a noun a capital names the city, not its government (as it does
    as a subject: "Paris said"); a country's name says who ("*U.S.* strikes")."""
    if word.ent_type_ not in PLACE_LABELS or _person_elsewhere(word):
        return False
    words = word.doc[word.left_edge.i : word.i + 1]
    if any(w.is_punct for w in words):
        return False  # a pair of sides ("the *EU-Turkey* deal"), no place
    phrase = words.text
    if gazetteer.country_of(phrase) is None:
        return True
    actor = gazetteer.code_phrase(phrase)
    return actor is not None and actor.sector == CAPITAL_SECTOR


def _person_elsewhere(word: Token) -> bool:
    """Is the name ``word`` tagged a person elsewhere in its article ("Sarah *Palin*"), so
    that its place tag here ("the *Palin* endorsement") is the tagger's slip?"""
    return any(t.text == word.text and t.ent_type_ == "PERSON" for t in word.doc)


def _antecedent(subject: Token) -> Iterator[Token]:
    """The noun a relative pronoun subject stands for ("Rebels, *who* have been fighting
    ...": Rebels), tried after the pronoun, which names no actor of its own when its
    antecedent is a group known by its role alone."""
    if subject.tag_ in RELATIVE_TAGS and subject.head.dep_ == "relcl":
        yield subject.head.head


def _noun_sources(tok: Token, trigger: Trigger, rules: EventRules) -> Iterator[Token]:
    if undergoing_verb(tok, trigger.plover) is not None:
        yield from doers(tok, trigger.plover)  # "came under fire *from unions*"
    # The subject of a light verb does what its object names, whoever carries it out:
    # "the government ordered patrols by police" is the government's act.
    light = light_head(tok, rules)
    # "the cleric was placed under house arrest": its passive subject suffers the act.
    # ("Serb forces were engaged in fighting" is passive in form only: they do it.)
    placed = tok.head.lower_ in OBJECT_LIGHT_PREPS and light is not None and _is_passive(light)
    if light is not None and (tok.dep_ == "nsubjpass" or placed):
        # "the protest was organised by students": the passive light verb's agent.
        if (agent := agent_of(light)) is not None:
            yield agent
    elif light is not None and (subject := subject_of(light)) is not None:
        yield subject
        yield from _antecedent(subject)  # "the workers, who went on strike"
    if (claiming := claimant(tok, rules)) is not None and (subject := subject_of(claiming)):
        yield subject  # "Hamas claimed responsibility for the bombing"
    yield from owners(tok)
    if (measure := _measure_of(tok, rules)) is not None:
        yield from _preps(measure, ("by",))  # "a spate of bombings *by militants*"
    if (doer := _adjunct_doer(tok, trigger)) is not None:
        yield doer
    if (doer := _stance_doer(tok, trigger)) is not None:
        yield doer
    if trigger.mode in SELF_MODES:
        yield from _preps(tok, ("of",))  # "the withdrawal of Syrian troops"
    if trigger.plover in VERBAL_TYPES:
        yield from _preps(tok, ("from",))
    if trigger.plover in MUTUAL_TYPES and (_states_act(tok) or _suffered_in(tok, rules)):
        # "talks between Israel and Hamas resumed", "the weekend saw fighting between X and
        # Y", "three were killed in clashes between police and protesters": the sides do it
        # to each other. Not a noun in another adjunct ("since the accord between X and
        # Y"), which is background.
        yield from _preps(tok, ("between",))


def _states_act(noun: Token) -> bool:
    """Is the act noun ``noun`` what its clause states: its subject, or the object of a
    verb whose subject is a time or place ("the weekend saw *fighting* between X and Y")?"""
    if noun.dep_ in CLAUSE_NOUN_DEPS:
        return True
    return noun.dep_ == "dobj" and setting_subject(noun.head)


def _suffered_in(noun: Token, rules: EventRules) -> bool:
    """Is ``noun`` the act a clause's subject was killed or hurt in, named in the "in" or
    "during" phrase of a passive or intransitive verb of casualty ("three were killed *in
    clashes* between X and Y", "two died *in fighting* between ...")? Such an act is what
    the clause reports, not background to it ("was involved in the hostility between X
    and Y")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SUFFERED_IN:
        return False
    verb = prep.head
    if verb.pos_ != "VERB" or not rules.is_force_word(verb.lemma_):
        return False
    undergone = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)
    return undergone or not any(c.dep_ == "dobj" for c in verb.children)


def _measure_of(noun: Token, rules: EventRules) -> Token | None:
    """The measure word whose "of" phrase ``noun`` is ("a wave *of* attacks", "a spate
    *of* bombings"), if any: the parser hangs the acts' "by" phrase on the measure."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return None
    return prep.head if rules.is_partitive(prep.head.lower_) else None


def _adjunct_doer(noun: Token, trigger: Trigger) -> Token | None:
    """Who does an act with a counterpart that a noun in an adjunct of a clause names
    with that counterpart: the clause's subject ("X announced the accord *after talks
    with* Y", "X, *on a visit to* Y, said ..."). Not in a reported clause, where the
    parser may have hung the phrase on the wrong verb ("said Y remains ..., in calls
    with Z")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ADJUNCT_PREPS:
        return None
    if trigger.plover not in COUNTERPART_TYPES or trigger.cameo in SPEAKING_CODES:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.dep_ == "ccomp":
        return None
    counterparts = ("with", "to") if trigger.mode == "visit" else ("with",)
    if next(_preps(noun, counterparts), None) is None:
        return None
    return subject_of(verb)


def _stance_doer(noun: Token, trigger: Trigger) -> Token | None:
    """Who takes the stance a bare noun after "in" names in an adjunct of a clause, with
    whom it is taken towards: the clause's subject ("X came out *in support of* Y", "X
    walked out *in protest against* Y"). Not a noun with a determiner or an owner ("in
    his support"), nor one with no phrase naming whom it is towards ("in protest"). Not
    an "in" right after the verb, a particle ("locked *in* support"), nor right after its
    object, which the phrase may describe ("recalled her generosity *in* support of ...")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in":
        return None
    verb = prep.head
    if trigger.plover not in STANCE_TYPES or verb.pos_ not in {"VERB", "AUX"}:
        return None
    if prep.i == verb.i + 1 and verb.pos_ == "VERB":
        return None
    if any(c.dep_ == "dobj" and c.right_edge.i + 1 == prep.i for c in verb.children):
        return None
    if any(c.dep_ in {"det", "poss"} for c in noun.children):
        return None
    if not any(c.dep_ == "prep" for c in noun.children):
        return None
    return subject_of(verb)


def through_partitive(tok: Token, rules: EventRules) -> Token:
    """The group a counting head picks from: "thousands of *protesters*", "many in *the
    opposition*"."""
    if rules.is_partitive(tok.lower_) or tok.pos_ == "NUM":
        pobj = next(_preps(tok, ("of",)), None)
        if pobj is not None:
            return pobj
        body = next(_preps(tok, ("in",)), None)
        # "in" names a group only with a role word ("some *in the party*"); a place is
        # where a crowd is ("thousands in Kabul"), not whom it is made of.
        if body is not None and body.pos_ == "NOUN" and gazetteer.role_sector(body.text):
            return body
    return tok


def is_share(noun: Token) -> bool:
    """Is ``noun`` counted as a share of its group ("four in 10 *voters*", "two out of
    three *Republicans*")? A share is how a poll measures opinion: no one who acts."""
    return any(
        count.dep_ == "nummod"
        and any(q.dep_ == "quantmod" and q.lower_ in SHARE_WORDS for q in count.children)
        for count in noun.children
    )


def with_count(resolved: Resolved, group: Token, rules: EventRules) -> Resolved:
    """``resolved``, the group a count picks from, named by the whole counted phrase ("one
    third of the guerrillas"): the count is part of who acts, so that it is never taken
    for another party to the act."""
    prep = group.head
    if group.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
        return resolved
    count = prep.head
    if through_partitive(count, rules).i != group.i:
        return resolved
    span = mention_span(count.doc, count)
    return Resolved(span, resolved.draft, resolved.name, resolved.code, resolved.guessed)


def crowd(index: ActorIndex, verb: Token, rules: EventRules) -> Resolved | None:
    """A bare count as the subject of ``verb`` ("*Thousands* protested in Jakarta",
    "*hundreds* marched"): a crowd of people, most likely civilians of the state the text
    is about. Not a count with an "of" phrase, which names its group."""
    if verb.pos_ != "VERB":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.tag_ != "NNS" or not rules.is_partitive(subject.lower_):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return None
    span = mention_span(index.doc, subject)
    home = index.home_country(subject.i)
    code = home + CIVILIANS if home is not None else None
    return Resolved(span, None, span.text, code, guessed=True)


def reporter(verb: Token) -> Token | None:
    """Who an unresolved pronoun subject of ``verb``'s clause stands for (see _reporter)."""
    return next(_reporter(verb), None)


def _shares_passive(tok: Token) -> bool:
    """Is the verb ``tok`` a past participle conjoined to a passive verb, sharing its
    passive subject ("were killed or *wounded*")?"""
    return (
        tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and not any(c.dep_ in {"nsubj", "nsubjpass", "aux"} for c in tok.children)
        and any(c.dep_ == "nsubjpass" for c in tok.head.children)
    )


def _misread_passive_subject(tok: Token) -> Token | None:
    """The subject of the passive ``tok`` when the parser made it a conjunct of a
    participle it misread as a main verb, or gave it that participle as a clausal subject
    ("two workers held hostage by the rebels *were
    freed*", mentions.misread_participle): the noun the participle hangs on."""
    if not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    return misread_subject(tok)


def _passive_participle(tok: Token) -> bool:
    """Is the verb ``tok`` a past participle set off after the noun it is done to, by a
    comma or a dash ("the village, *shelled* by government forces, ...", "Kasich—
    *endorsed* by two papers—")? One with an object is active: a past tense the parser
    misread (see :func:`mentions.takes_object`). Not a bare one: a document "signed by"
    its parties is what they sign, not whom."""
    start = tok.left_edge.i
    return (
        tok.dep_ == "acl"
        and tok.tag_ == "VBN"
        and tok.head.pos_ in NOMINAL
        and start > 0
        and tok.doc[start - 1].text in SET_OFF_MARKS
        and not takes_object(tok)
    )


def _is_passive(tok: Token) -> bool:
    """Is the verb ``tok`` passive, with a passive subject of its own or shared, or a
    passive auxiliary ("is reported to have *been shot*": the subject it borrows from the
    verb it completes is whom it is done to), or a past participle on a noun?"""
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and not main_verb_on_noun(tok):
        return True  # "120 *injured* in the strikes": the noun is whom it is done to
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in tok.children) or _shares_passive(tok)


def _stative_passive(tok: Token, trigger: Trigger, rules: EventRules) -> bool:
    """Is the passive verb ``tok`` a state its subject is in ("Chile *is opposed* to the
    plan": Chile opposes it), for a trigger of the "stative" test, with a "to" phrase and
    no doer named by "by"?"""
    if rules.sense_test(trigger.lemma) != STATIVE_TEST or agent_of(tok) is not None:
        return False
    has_to = any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
    return has_to and any(c.dep_ == "nsubjpass" for c in tok.children)


def _verb_sources(tok: Token, trigger: Trigger, rules: EventRules) -> Iterator[Token]:
    if _is_passive(tok) and not _stative_passive(tok, trigger, rules):
        agent = agent_of(tok) or (agent_of(tok.head) if _shares_passive(tok) else None)
        if agent is not None:
            yield agent  # "was joined by X"
        if trigger.plover in FORCEFUL_TYPES:
            yield from _concurrent_doers(tok, rules)
        if agent is None:
            yield from _agentless_doers(tok, trigger, rules)
        return
    subject = subject_of(tok)
    if subject is not None:
        yield subject
        if subject.pos_ == "NOUN" and not gazetteer.names_other_person(subject.lemma_):
            # "Israeli air raids killed 20": an act as the subject, done by its owner. Not
            # a word for people, who are not their owner ("his predecessor resigned").
            yield from owners(subject)
        yield from _antecedent(subject)  # "Rebels, who have been fighting ..."
        if subject.pos_ == "PRON" and subject.dep_ in SUBJECT_DEPS:
            # "the leaders announced that they are willing to ...": an unresolved pronoun
            # subject of a reported clause stands for the one who reports it. Not an object
            # the verb borrowed as its doer ("trying to persuade *them* to surrender"),
            # which the reporter would have called "us".
            yield from _reporter(subject.head, subject)
        # "issued a declaration demanding ...": whoever issued it.
        issuer = subject_of(subject.head) if subject.dep_ == "dobj" and tok.dep_ == "acl" else None
        if issuer is not None:
            yield issuer
        # A verb the parser gave several subjects ("co-host Jane Roe asked"): the others.
        yield from (c for c in tok.children if c.dep_ == "nsubj" and c.i != subject.i)


def _agentless_doers(verb: Token, trigger: Trigger, rules: EventRules) -> Iterator[Token]:
    """Who does the act of the passive ``verb`` with no agent: those who stand down or are
    sent themselves, or the authorities of the place of an arrest or expulsion."""
    if trigger.mode in SELF_MODES or _deploys_its_subject(verb, trigger, rules):
        # "the guerrillas have been demobilized", "troops were deployed": with no one
        # named for it, those who stand down or are sent do it.
        yield from (c for c in verb.children if c.dep_ == "nsubjpass")
        borrowed = subject_of(verb)  # "are to be demobilized"
        if borrowed is not None and not any(c.dep_ == "nsubjpass" for c in verb.children):
            yield borrowed
    elif trigger.cameo.startswith(STATE_AUTHORITY_CODES):
        # "was arrested in Lebanon": the authorities of the place arrest.
        yield from _preps(verb, ("in",))
        if trigger.cameo.startswith(REMOVAL_CODES):
            yield from _preps(verb, ("from",))  # "were expelled from Zimbabwe"


def _concurrent_doers(verb: Token, rules: EventRules) -> Iterator[Token]:
    """Who did the act of force the passive ``verb`` names, when its "by" phrase (tried
    first) names no actor: the subject of a clause of the same moment hung on it, an
    armed body, or one doing an act of force in a "when" clause ("two men were killed
    *when troops* stormed the village", "a man was shot dead *as police* opened fire",
    "were wounded *when Hamas* fired rockets"). Not a pronoun, who may be the victim ("was
    arrested when he arrived"), nor anyone else who came ("were arrested when the
    minister visited"), nor the subject of a clause of another time ("after", "before"),
    of a contrast ("while") or of a condition."""
    for clause in (c for c in verb.children if c.dep_ == "advcl"):
        if _is_passive(clause):
            continue
        marks = {c.lower_ for c in clause.children if c.dep_ in {"mark", "advmod"}}
        forceful = rules.is_force_word(clause.lemma_) or any(
            rules.is_force_word(c.lemma_) for c in clause.children if c.dep_ == "dobj"
        )
        for subject in (c for c in clause.children if c.dep_ == "nsubj"):
            if subject.pos_ not in {"NOUN", "PROPN"}:
                continue
            armed = gazetteer.role_sector(subject.text) in DOER_NOUN_SECTORS
            if (WHEN_MARK in marks and (armed or forceful)) or (AS_MARK in marks and armed):
                yield subject


def _deploys_its_subject(verb: Token, trigger: Trigger, rules: EventRules) -> bool:
    """Does the passive ``verb`` deploy or send the armed forces its subject names, forces
    whose phrase says whose they are ("*Libyan* troops were deployed", not "a player was
    called up", nor "3,000 troops are to be deployed" of no one named)? A deployment is
    the lexicon entry's act (FORCE_CODES: "were *deployed*"); a sending (the "sending"
    test of trigger_senses.tsv) needs a destination ("troops were *sent to*
    Afghanistan", as "Australia sent troops to Afghanistan" is coded; not "soldiers were
    given medals", which they receive). Not
    when a purpose clause says what they are sent to do ("were deployed to disarm the
    militias"): that act is the event, theirs to do."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    borrowed = subject_of(verb)  # "are reported to have been deployed"
    if not subjects and borrowed is not None:
        subjects = [borrowed]
    if not any(_own_forces(through_partitive(s, rules)) for s in subjects):
        return False
    if any(c.dep_ in PURPOSE_DEPS and to_infinitive(c) for c in verb.children):
        return False
    if trigger.cameo.startswith(FORCE_CODES):
        return True
    return (
        rules.sense_test(trigger.lemma) == SENDING_TEST
        and next(_preps(verb, DESTINATION_PREPS), None) is not None
    )


def _own_forces(noun: Token) -> bool:
    """Does ``noun`` name armed forces or police (its head or a noun before it: "army
    *troops*", "*police* units") and say whose they are, by an owner, or a country or a
    people before it ("*US* Marines", "*Libyan* troops", "*its* forces"; not "Special
    Operations forces", a name that says no one's)?"""
    words = noun.doc[noun.left_edge.i : noun.i]
    armed = names_forces(noun)
    owned = any(
        w.dep_ == "poss" or w.ent_type_ in OWNER_ENTITIES or gazetteer.code_phrase(w.text)
        for w in words
    )
    return armed and owned


def names_forces(noun: Token) -> bool:
    """Does ``noun`` name armed forces or police, by its head or a noun before it ("army
    *troops*", "*police* units", "his *police*")?"""
    words = noun.doc[noun.left_edge.i : noun.i]
    return any(gazetteer.role_sector(w.text) in FORCE_SECTORS for w in (*words, noun))


def _reporter(verb: Token, pronoun: Token | None = None) -> Iterator[Token]:
    """Who a pronoun in the clause of ``verb`` most likely is: the addressee of the verb
    reporting the clause ("told Hamas it must ..."), else its subject ("the leaders said
    they ..."). Neither when a quotation mark stands between the ``pronoun`` and the
    reporting verb: in a direct quote ("'*He* entered Afghanistan,' X said") the speaker
    and whom he speaks to would be "I" and "you"."""
    node = verb
    for _ in range(MAX_REPORT_CHAIN):
        if node.dep_ == "ccomp" and node.head.i != node.i:
            cue = node.head
            if pronoun is not None and _quote_between(pronoun, cue):
                return
            addressee = next((c for c in cue.children if c.dep_ in {"dative", "dobj"}), None)
            found = addressee if addressee is not None else subject_of(cue)
            if found is not None:
                yield found
            return
        if node.dep_ not in {"xcomp", "acomp", "conj"} or node.head.i == node.i:
            return
        node = node.head


def _quote_between(a: Token, b: Token) -> bool:
    """Is there a quotation mark between the tokens ``a`` and ``b``?"""
    start, end = sorted((a.i, b.i))
    return any(t.is_quote for t in a.doc[start + 1 : end])


def source_candidates(tok: Token, trigger: Trigger, rules: EventRules) -> Iterator[Token]:
    """Tokens that may head the trigger's source phrase, most likely first."""
    found = (
        _noun_sources(tok, trigger, rules)
        if tok.pos_ == "NOUN"
        else _verb_sources(tok, trigger, rules)
    )
    for candidate in found:
        if is_share(candidate):
            continue
        # The group a count picks from is the actor, the count only its size: "one third
        # of *the guerrillas*", "thousands of *Nigerians*".
        inner = through_partitive(candidate, rules)
        if inner.i != candidate.i:
            yield inner
        yield candidate
        yield from _named_members(candidate)


def _named_members(group: Token) -> Iterator[Token]:
    """The members a group phrase names in its "including" or "such as" phrase, tried
    after the group itself, which may be no actor: in "presidential candidates, *including
    X and Y*, proposed ...", X and Y propose."""
    for prep in (c for c in group.children if c.dep_ == "prep"):
        such_as = prep.lower_ == "as" and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
        if prep.lower_ == "including" or such_as:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _candidates(
    tok: Token, trigger: Trigger, source: Token | None, light: Token | None
) -> Iterator[Token]:
    """Tokens that may head the target phrase, most likely first; ``light`` is the light
    verb a noun trigger is the object of, whose objects and prepositions may hold the
    noun's target ("gave *the Ivory Coast* aid", "opened investigations *against X*")."""
    undergoing = undergoing_verb(tok, trigger.plover)
    if undergoing is not None:
        # "*the governor* came under fire from unions": whom it is done to is the
        # subject alone (the "from" phrase names the doers, not more targets).
        if (suffering := undergoer(undergoing)) is not None:
            if suffering.pos_ == "NOUN" and gazetteer.role_sector(suffering.text) is None:
                # "Trump's comments drew criticism": criticism of his comments is of him.
                yield from (c for c in suffering.children if c.dep_ == "poss")
            yield suffering
        return
    # "were arrested and *detained*": the conjoined participle shares the passive subject.
    passive_subjects = tok.head.children if _shares_passive(tok) else ()
    for child in (*tok.children, *passive_subjects):
        if child.dep_ == "nsubjpass" and (source is None or child.i != source.i):
            yield child
    if _passive_participle(tok):
        yield tok.head  # "the village, *shelled* by government forces, ...": the village
    if (sufferer := _misread_passive_subject(tok)) is not None:
        yield sufferer  # "two workers held by rebels *were freed*": the workers
    yield from _object_doers(tok)
    for dep in OBJECT_DEPS:
        for child in tok.children:
            # A verb as the object is a noun phrase the parser misread ("vetoed a Security
            # Council resolution *censuring* ..."): the actor is searched inside it. A
            # number counts the group its "of" phrase names ("jailed *two* of the leaders").
            if child.dep_ == dep and (
                child.pos_ in NOMINAL or (dep == "dobj" and child.pos_ in {"VERB", "NUM"})
            ):
                yield child
    yield from _shared_objects(tok)
    yield from _shifted_objects(tok)
    yield from _preps(tok, trigger.target_preps)
    clause_deps = COMPLEMENT_DEPS | {"acl"} if tok.pos_ == "NOUN" else COMPLEMENT_DEPS
    for child in tok.children:
        # Only a clause "for" introduces: one with a "for" phrase of its own ("after X
        # objected to the plan *for* an interim body") is an adjunct, not the act asked.
        is_for = child.dep_ == "advcl" and any(
            m.lower_ == "for" and m.dep_ == "mark" for m in child.children
        )
        if child.dep_ in clause_deps or is_for:  # "calls for Israel to withdraw"
            yield from _clause_doers(child)
    common = _common_preps(tok, trigger)
    yield from _preps(tok, common)
    if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
        # "a mediation effort between X and Y": the phrase's head holds the target.
        yield from _preps(tok.head, common)
    if light is None and tok.pos_ == "NOUN" and tok.dep_ in {"dobj", "nsubj"}:
        light = tok.head  # "opened investigations against X", "air strikes hit X"
    if light is not None:
        # "the leader was placed under arrest": a passive light verb's subject too.
        objects = {"dative", "dobj", "nsubjpass"}
        yield from (c for c in light.children if c.dep_ in objects and c.i != tok.i)
        # "reiterated its demand that Israel ease ...": the clause the parser hung on the
        # light verb is the noun's content.
        for clause in (c for c in light.children if c.dep_ == "ccomp"):
            yield from _clause_doers(clause)
        yield from _preps(light, trigger.target_preps)
        yield from _preps(light, common)
    if tok.pos_ == "NOUN":
        # "the blockade of Serbia", "in protest of the refusal": what the act is done to.
        yield from _preps(tok, ("of",))
        if not (trigger.plover in MUTUAL_TYPES and next(_preps(tok, ("between",)), None)):
            # "were killed in clashes between X and Y": the sides fight each other.
            yield from _suffered_by(tok, trigger.plover)


def _common_preps(tok: Token, trigger: Trigger) -> tuple[str, ...]:
    """The common target prepositions for ``tok`` (``trigger``): not, for a noun naming
    an accord or talks, those naming its topic ("reached agreement *on* a new cabinet",
    "talks *on* Zimbabwe"), unless the lexicon lists them for the trigger. A verb's "on"
    may be the act it completes ("vowed to crack down *on* them")."""
    if tok.pos_ != "NOUN" or trigger.plover not in TOPIC_TYPES:
        return TARGET_PREPS
    return tuple(p for p in TARGET_PREPS if p not in TOPIC_PREPS or p in trigger.target_preps)


def _clause_doers(clause: Token) -> Iterator[Token]:
    """Who does the act of a clause a trigger governs: its subject ("demanded that *X*
    withdraw"), or the agent of a passive one ("alleges the attack was backed *by X*")."""
    yield from (c for c in clause.children if c.dep_ == "nsubj")
    if (agent := agent_of(clause)) is not None:
        yield agent


def _object_doers(verb: Token) -> Iterator[Token]:
    """Who did what an active verb's object names, in a "by" phrase the parser hung on
    the verb (an active verb has no agent): "denounced the shelling of villages *by
    Ethiopian troops*". A reaction to an act is aimed at its doer."""
    if verb.pos_ != "VERB" or _is_passive(verb) or own_subject(verb) is None:
        return
    # Only a phrase right after the object: one further on says how or where.
    ends = {c.right_edge.i + 1 for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"}
    for prep in verb.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ == "by" and prep.i in ends:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _suffered_by(noun: Token, plover: str) -> Iterator[Token]:
    """The passive subject of the verb whose "in"/"during" phrase names an act: "three
    soldiers were killed *in an attack* by the Taliban" were the attack's targets. An act
    of force may be named through the span or series it fills ("were killed *in three
    nights of* airstrikes"), and the verb may be a participle conjoined to the passive one
    ("were killed and 200 wounded in ...")."""
    act, prep = noun, noun.head
    spans = act.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
    if plover in FORCEFUL_TYPES and spans:
        act, prep = prep.head, prep.head.head
    if act.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SUFFERED_IN:
        return
    verb = prep.head
    yield from (c for c in verb.children if c.dep_ == "nsubjpass")
    if verb.dep_ == "conj" and verb.tag_ == "VBN":
        yield from (c for c in verb.head.children if c.dep_ == "nsubjpass")


def _shared_objects(verb: Token) -> Iterator[Token]:
    """The object a verb with none shares with the verb conjoined after it: "arrested
    and detained *20 protesters*", "shot and killed *two men*"; with the object, the
    phrase that says whom it is for ("donated and delivered food *to refugees*")."""
    if verb.pos_ != "VERB" or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return
    for conj in subjectless_conjuncts(verb):
        objects = [c for c in conj.children if c.dep_ == "dobj" and c.pos_ in NOMINAL]
        yield from objects
        if objects:
            yield from _preps(conj, TARGET_PREPS)


def _shifted_objects(verb: Token) -> Iterator[Token]:
    """The object a verb's "as" phrase went before, which the parser hangs on that
    phrase as an apposition: "denounced as an ugly crime *Serbia's suppression* of ..."."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return
    for pobj in _preps(verb, ("as",)):
        yield from (c for c in pobj.children if c.dep_ == "appos" and c.pos_ in NOMINAL)


def _content_clause(node: Token) -> bool:
    """Is ``node`` an infinitive that states what the noun it hangs on asks, offers or
    plans ("an invitation *to attend* a meeting of X")? Unlike a finite relative clause
    ("the guerrillas who overran it") it says what the act is about, not which thing."""
    return (
        node.dep_ in {"acl", "relcl"}
        and node.head.pos_ == "NOUN"
        and any(c.dep_ in {"aux", "auxpass"} and c.lower_ == "to" for c in node.children)
    )


def own_subject(verb: Token) -> Token | None:
    """The subject that is ``verb``'s own child ("shot and *police* arrested"), if any."""
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def subjectless_conjuncts(verb: Token) -> Iterator[Token]:
    """The verbs coordinated after ``verb`` with no subject of their own: they share its
    subject and may share its object ("arrested and detained 20 protesters")."""
    return (
        c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and own_subject(c) is None
    )


def split_sides(finder: TargetFinder, tok: Token) -> list[Resolved]:
    """One actor per side when conjoined words naming different countries or sectors
    share one noun: "Hungarian and Romanian officials" are Hungarian officials and
    Romanian officials, "government and rebel forces" government forces and rebel forces.
    Empty otherwise: "Islamic and secular Palestinian militants", "older, rural and
    working-class Democrats" are one actor."""
    # The tagger may take a country word for a name ("*Thai* and Cambodian officials"),
    # and read a noun before the conjunction as a modifier ("the *army* and rebel forces").
    words = [
        c for c in tok.children if c.dep_ in SIDE_MODIFIER_DEPS and c.i < tok.i and c.conjuncts
    ]
    modifiers = [w for first in words for w in (first, *first.conjuncts) if w.i < tok.i]
    if len(modifiers) < 2:
        return []
    # The words after the last of them are each side's ("Israeli and Palestinian
    # *security officials*").
    last = max(modifiers, key=lambda w: w.i)
    shared = tok.doc[last.i + 1 : tok.i + 1].text
    sides = [_side(finder, word, _side_name(word, shared, last)) for word in modifiers]
    found = [side for side in sides if side is not None]
    if len(found) < len(sides):
        return []  # a side the words do not code: no split to trust
    countries = {(side.code or "")[:3] for side in found}
    sectors = {_sector(side) for side in found}
    return found if len(countries) > 1 or len(sectors) > 1 else []


def _side_name(word: Token, shared: str, last: Token) -> str:
    """The name of the side a modifier of a split phrase names: itself and the ``shared``
    words ("*government* and rebel forces"), or, for a noun naming a body with modifiers
    of its own before the last of them, that noun and its modifiers ("the *Philippine
    government* and communist rebels")."""
    own_words = word.left_edge.i < word.i
    if word.i != last.i and own_words and word.pos_ == "NOUN" and gazetteer.role_sector(word.text):
        return word.doc[word.left_edge.i : word.i + 1].text
    return f"{word.text} {shared}"


def _side(finder: TargetFinder, word: Token, name: str) -> Resolved | None:
    """One side of a split phrase, named ``name``, at the modifier ``word``: coded by the
    country and role it names, or by its role in the state the text is about."""
    span = word.doc[word.i : word.i + 1]
    coded = gazetteer.code_phrase(name)
    if coded is not None and coded.country is not None:
        return Resolved(span, None, name, coded.code)
    sector = gazetteer.role_sector(name)
    if sector is None:
        return None
    country = finder.index.home_country(word.i, sector)
    return Resolved(span, None, name, country + sector if country else None, guessed=True)


def _sector(side: Resolved) -> str | None:
    """The sector of a split side, from its code or, with no country known, its words."""
    if side.code is not None:
        return side.code[3:6] or None
    return gazetteer.role_sector(side.name)


class TargetFinder:
    """Finds the actor an event is done to, given the actors of the article."""

    def __init__(
        self,
        index: ActorIndex,
        speaker: ActorDraft | None,
        rules: EventRules,
        acts: TriggerLexicon,
    ) -> None:
        self.index = index
        self.speaker = speaker
        self.rules = rules
        self.acts = acts  # the trigger lexicon: which nouns name acts

    def resolve(self, tok: Token) -> Resolved:
        """The phrase headed by ``tok``, resolved to an actor where possible."""
        return resolve(self.index, tok, speaker=self.speaker)

    def resolve_each(self, tok: Token, plover: str = "") -> list[Resolved]:
        """``tok`` and each phrase conjoined with it, resolved one by one, as the ones an
        act of type ``plover`` is done to (see ``victim``). A "they" for people named
        together before stands for each of them."""
        people = conjoined_antecedent(self.index, tok)
        if people:
            return [from_draft(self.index.doc[tok.i : tok.i + 1], draft) for draft in people]
        heads = conjuncts(tok)
        return [
            self.victim(resolve(self.index, t, speaker=self.speaker, alone=len(heads) > 1), plover)
            for t in heads
        ]

    def victim(self, found: Resolved, plover: str) -> Resolved:
        """``found`` as the one an act of type ``plover`` is done to: people named only by
        who they are ("three men", "a teenager") are no actor, but civilians of the state
        the text is about when killed, arrested, threatened or blamed ("gunmen killed
        three men"); "a man said" codes no one."""
        if found.draft is not None or plover not in VICTIM_TYPES:
            return found
        sector = gazetteer.victim_sector(found.span.root.text)
        if sector is None:
            return found
        if found.code is not None:
            # "a Gold Coast teenager", "a French man": the words before name a place of
            # origin, a code with no sector of its own.
            country, own_sector = split_code(found.code)
            return found if own_sector or country is None else replace(found, code=country + sector)
        home = self.index.home_country(found.span.start, sector)
        return found if home is None else replace(found, code=home + sector, guessed=True)

    def _owned_by(self, tok: Token, source: Resolved | None) -> bool:
        """Is ``tok`` something the source owns ("its troops", "their borders")?"""
        if source is None:
            return False
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        return owner is not None and same_actor(self.resolve(owner), source)

    def _inner(
        self, head: Token, avoid: set[int], source: Resolved | None, plover: str = ""
    ) -> Token | None:
        """The nearest token inside ``head``'s phrase that names a known or coded actor
        (a bare role word inside a phrase, "army reservists", is not the target, unless
        it owns the phrase or does what the phrase names). ``plover`` is the type of the
        act done to the phrase: in an act asked for, not whom that act is aimed at; in a
        consultation, not what it is about."""
        asked = plover in ASKING_TYPES
        # "the bombing of villages *by Ugandan troops*": a reaction to an act is aimed
        # at its doer, so the phrase's own "by" phrase is searched first.
        doer_first = sorted(
            head.children, key=lambda c: not (c.dep_ == "prep" and c.lower_ == "by")
        )
        queue = deque((c, 1) for c in doer_first)
        while queue:
            node, depth = queue.popleft()
            if _content_clause(node):
                # "rejected a call for its forces *to be deployed in East Timor*": the
                # infinitive states what the noun asks or offers, so its words count at
                # the noun's own depth.
                queue.extend((c, depth) for c in node.children)
                continue
            if node.dep_ in {"relcl", "advcl", "npadvmod"} or (
                node.dep_ == "acl" and node.tag_ != "VBN"
            ):
                continue  # but "crimes committed by X" names X
            if (asked and _aimed_at(node)) or self._beside_the_aim(node, plover):
                continue
            if node.pos_ in NOMINAL | {"ADJ"} and node.i not in avoid:
                found = self.resolve(node)
                # An owner or a doer counts even when named by its role: "the rebels'
                # demands", "an offer by three rebel groups".
                strong = found.named or (_owns(node, head) and is_actor(found))
                strong = strong and not self._coded_beside(node, found, plover)
                # In an act asked for, a thing coded through whom it is aimed at is no
                # actor: "a halt to *operations* against Israel".
                strong = strong and not (asked and _coded_by_aim(node, found))
                if (
                    strong
                    and not (avoid & {t.i for t in found.span})
                    and not (source is not None and same_actor(found, source))
                    and not self._owned_by(node, source)
                ):
                    return node
            if depth < MAX_INNER_DEPTH:
                queue.extend((c, depth + 1) for c in node.children)
        return None

    @staticmethod
    def _beside_the_aim(node: Token, plover: str) -> bool:
        """Is ``node`` a phrase inside the thing a consultation (an act of type ``plover``)
        is held on that says what it is about ("co-hosted a summit *on* people
        smuggling"), not whom it is with? Not a verb's ("to crack down *on* them")."""
        return (
            node.dep_ == "prep"
            and plover in OBJECT_TOPIC_TYPES
            and node.lower_ in TOPIC_PREPS
            and node.head.pos_ == "NOUN"
        )

    def _coded_beside(self, node: Token, found: Resolved, plover: str) -> bool:
        """Is the phrase of ``node`` a thing coded only through the words that say what an
        act of type ``plover`` is about ("a summit on *Zimbabwe's* debt")?"""
        if names_by_head(node, found):
            return False
        beside = {
            t.i for prep in node.subtree if self._beside_the_aim(prep, plover) for t in prep.subtree
        }
        named = [t for t in found.span if _names_actor(self.index, t)]
        return bool(beside) and bool(named) and all(t.i in beside for t in named)

    def _narrowed(
        self,
        candidate: Token,
        found: Resolved,
        avoid: set[int],
        source: Resolved | None,
        plover: str = "",
    ) -> Token | None:
        """The actor a candidate coded only through the words inside it is done to:
        "criticized *Rubio's* record", "a challenge from *Donald Trump*". The whole
        phrase stays when an adjective codes it ("three Italian hostages") or when the
        actor alone is a vaguer code of the group it names ("Palestinian refugee camps").
        None for an act asked for (``plover``) that is coded only through whom it is aimed
        at ("called for attacks *against Israel*"). An act noun coded only through a coded actor
        inside it gives way to that actor ("aid to war-ravaged Mali": Mali)."""
        if names_by_head(candidate, found):
            return candidate
        inner = self._inner(candidate, avoid, source, plover)
        if plover in ASKING_TYPES and _coded_by_aim(candidate, found):
            return inner
        if inner is None or inner.pos_ == "ADJ":
            return candidate
        narrower = self.resolve(inner)
        if _narrows(found, narrower) and not self._act_aimed_at(candidate, narrower):
            return candidate
        return inner

    def _act_aimed_at(self, candidate: Token, inner: Resolved) -> bool:
        """Is ``candidate`` an act noun, no word for people, whose phrase is coded through
        the coded actor ``inner`` inside it ("military aid *to war-ravaged Mali*" is aid to
        Mali, no Malian army)? An act names no actor by what it mentions."""
        if inner.code is None or candidate.pos_ != "NOUN":
            return False
        if gazetteer.role_sector(candidate.text) is not None:
            return False
        if self.acts.lists(candidate.lemma_, "NOUN"):
            return True
        # Not a listed act, but a thing whose own words code no one ("an intervention in
        # Libya", "the conflict between X and Y"; not "police posts in Nepal", whose
        # compound names the police).
        compounds = [c for c in candidate.lefts if c.dep_ == "compound"]
        if any(gazetteer.role_sector(c.text) is not None for c in compounds):
            return False
        return not is_actor(coded_as_thing(self.index, self.resolve(candidate)))

    def _counted_before(self, count: Token, avoid: set[int]) -> Token | None:
        """The people a bare count stands for ("arresting *12*", "detained *dozens*"): the
        nearest group of people named before it in the act its verb is joined to, by a
        plural word of a role or of who they are ("dispersed the demonstrators, killing
        one and arresting *12*"), not the doer's. Not in an act it only follows ("a
        shooting at the rally that killed *14*")."""
        if not (count.pos_ == "NUM" or self.rules.is_partitive(count.lower_)):
            return None
        if any(c.pos_ in NOMINAL for c in count.children) or count.dep_ != "dobj":
            return None  # "12 students" names its people
        earlier_acts = list(_acts_followed_on(count.head))
        if not earlier_acts:
            return None
        governor, acts = earlier_acts[-1], {a.i for a in earlier_acts}
        for prev in reversed(count.doc[governor.left_edge.i : count.i]):
            if prev.i in avoid or prev.tag_ not in {"NNS", "NNPS"}:
                continue
            if not _object_of_one(prev, acts):
                continue  # "*nurses* went on strike, and police arrested 30": a subject
            if gazetteer.role_sector(prev.text) or gazetteer.victim_sector(prev.lemma_):
                return prev
        return None

    def _sent(self, tok: Token, trigger: Trigger) -> set[int]:
        """What the verb ``tok`` sends, deploys or dispatches (the "sending" test of
        trigger_senses.tsv): its direct objects and passive subject ("sent *troops*",
        "*troops* were deployed"), which are the means of the act, never whom it is done
        to: "Obama refused to send *American troops* to Iraq" is aimed at Iraq, and
        "deployed more troops" at no one named."""
        if tok.pos_ != "VERB" or self.rules.sense_test(trigger.lemma) != SENDING_TEST:
            return set()
        # "dispatched *X and Y* to Puerto Rico": each one conjoined is sent too.
        things = [c for c in tok.children if c.dep_ in {"dobj", "nsubjpass"}]
        return {t.i for thing in things for t in conjuncts(thing)}

    def target(self, tok: Token, trigger: Trigger, source: Resolved | None) -> Token | None:
        """The token heading the target phrase of ``tok``, or None.

        A group named only by its role ("send troops to Mali") is taken only when no
        candidate names a known or coded actor.
        """
        avoid = {t.i for t in source.span} if source is not None else set()
        avoid.add(tok.i)
        role_only: Token | None = None
        light = light_head(tok, self.rules) if tok.pos_ == "NOUN" else None
        source_root = source.span.root if source else None
        plover = trigger.plover
        candidates = _candidates(tok, trigger, source_root, light)
        for counted in _past_the_sent(candidates, self._sent(tok, trigger), trigger):
            # The group a count picks from is the party: "arrested dozens of *protesters*".
            candidate = through_partitive(counted, self.rules)
            if candidate is counted and plover in VICTIM_TYPES:
                # "dispersed the protesters, arresting *12*": the group counted from.
                candidate = self._counted_before(counted, avoid) or candidate
            if candidate.i in avoid or candidate.lower_ in REFLEXIVES:
                continue
            plain = self.resolve(candidate)
            found = self.victim(plain, plover)
            if source is not None and same_actor(found, source):
                continue
            if self._coded_beside(candidate, found, plover):
                continue  # "hosted a summit on Zimbabwe's debt" meets no one named
            if is_actor(found) and not self._owned_by(candidate, source):
                if found.named and found is not plain:
                    return candidate  # a victim named by its head word: "a Gaza teenager"
                if found.named:
                    narrowed = self._narrowed(candidate, found, avoid, source, plover)
                    if narrowed is not None:
                        return narrowed
                    continue
                role_only = role_only or candidate
                continue
            inner = self._inner(candidate, avoid, source, plover)
            if inner is not None:
                return inner
        return role_only


def _acts_followed_on(verb: Token) -> Iterator[Token]:
    """The earlier verbs ``verb`` follows on from as a conjunct or an adjunct clause
    ("fired at the students *and arrested* 30", "dispersed the crowd, *injuring* six and
    *detaining* 40"): those whose objects a bare count of ``verb`` may count from."""
    node = verb
    while node.dep_ in FOLLOW_ON_DEPS and node.head.i < node.i:
        node = node.head
        yield node


def _object_of_one(noun: Token, verb_ids: set[int]) -> bool:
    """Is ``noun`` the object of one of the verbs ``verb_ids``, directly, through a
    preposition or a conjunct, or through a clause of theirs with no subject of its own
    ("dispersed *the protesters*", "fired at *the students*", "opened fire to disperse
    *the marchers*")? Not their subject, nor a word of a phrase hung on another verb
    ("according to *doctors*")."""
    node = noun
    while node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            linked = node.dep_ in FOLLOW_ON_DEPS | {"xcomp"} and own_subject(node) is None
        else:
            linked = node.dep_ in OBJECT_PATH_DEPS
        if not linked:
            return False
        node = node.head
        if node.i in verb_ids:
            return True
    return False


def _past_the_sent(
    candidates: Iterator[Token], sent: set[int], trigger: Trigger
) -> Iterator[Token]:
    """``candidates`` with each thing sent replaced by where its own "to" or "into"
    phrase sends it, or whom its phrase of the trigger's target prepositions aims it at
    ("sent troops *to Mali*", "mobilized troops *against Chile*", when the parser hangs
    the phrase on the troops); forces' "in" phrase too, where they are to stay
    ("would not station peacekeepers *in Chad*"; not "mobilized groups *in* the US",
    which says where the groups are)."""
    for candidate in candidates:
        if candidate.i not in sent:
            yield candidate
            continue
        forces = gazetteer.role_sector(candidate.text) in FORCE_SECTORS
        sent_to = (*DESTINATION_PREPS, STATIONED_PREP) if forces else DESTINATION_PREPS
        yield from _preps(candidate, (*sent_to, *trigger.target_preps))


def aimed_elsewhere(trigger: Trigger, inner: Trigger) -> bool:
    """Is the act ``inner``, asked for in the request ``trigger``, aimed at others than
    the request is: violence or coercion ("called for more attacks against Israel",
    "demanded the arrest of the militants") befalls its victims, while the request is
    made of those who would carry it out."""
    return trigger.plover in ASKING_TYPES and inner.plover in FORCEFUL_TYPES


def _names_actor(index: ActorIndex, tok: Token) -> bool:
    """Is ``tok`` a word that names an actor: a known one, or a name of a people,
    place or body ("Norway", "Israeli")?"""
    return index.actor_of(tok) is not None or tok.ent_type_ in GROUP_ENTITIES | {"PERSON"}


def _owns(node: Token, thing: Token) -> bool:
    """Does ``node`` say whose ``thing`` is or who did it: its owner or the object of its
    own "by" phrase ("the rebels' demands", "an offer *by three rebel groups*")?"""
    if node.dep_ == "poss":
        return True
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "by" and prep.head.i == thing.i


def _coded_by_aim(node: Token, found: Resolved) -> bool:
    """Is the phrase of ``node`` a thing coded only through whom it is aimed at
    ("*operations* against Israel", "anti-Israeli *attacks*")?"""
    return not names_by_head(node, found) and any(_aimed_at(t) for t in node.subtree)


def _aimed_at(node: Token) -> bool:
    """Does ``node`` name whom an act is aimed at: an "against" phrase ("attacks *against
    Israel*"; not "on", see VICTIM_PREPS) or the people of an "anti-" adjective
    ("anti-*Israeli* attacks")?"""
    if node.dep_ == "prep":
        return node.lower_ in VICTIM_PREPS
    doc = node.doc
    return node.i >= 2 and doc[node.i - 1].text == "-" and doc[node.i - 2].lower_ == "anti"


def same_actor(a: Resolved, b: Resolved) -> bool:
    """Do two resolved phrases name the same actor?"""
    if a.draft is not None and b.draft is not None:
        return a.draft is b.draft
    return a.span == b.span
