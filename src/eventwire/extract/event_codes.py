"""An event's code: the lexicon's, made specific by its object, or recoded by the act it
governs and by its modality.

"agreed to withdraw" is an intent to de-escalate (0356), "refused to meet" a refusal to
meet, "demanded the withdrawal" a demand to de-escalate, "will attack" a threat; the
recodings are data (``resources/event_recoding.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.extract import gazetteer
from eventwire.extract.actors import PLACE_LABELS, TIME_LABELS
from eventwire.extract.codes import ARMED_SECTORS, armed_code, code_sectors
from eventwire.extract.event_modality import governed_clause
from eventwire.extract.event_rules import VERBAL_TESTS, Recoding
from eventwire.extract.event_scope import (
    ASSAULT,
    Scope,
    finder_for,
    mover_words,
    object_words,
    ruled_out_by_object,
    trigger_for,
)
from eventwire.extract.folding import (
    MAX_STATEMENT_CHAIN,
    condition_subject,
    deployment,
    folded_into,
    light_object,
)
from eventwire.extract.lexicon import Trigger
from eventwire.extract.mentions import (
    Resolved,
    subject_of,
)
from eventwire.extract.participants import (
    TargetFinder,
    same_actor,
)
from eventwire.extract.undergoing import undergoer, undergoing_verb
from eventwire.models import Modality

# Governing types that take their code from the act they govern, by rule.
GOVERNOR_RULES = {"AGREE": "intent", "REJECT": "refusal", "THREATEN": "threat"}
# CAMEO roots of cooperation, of conflict, and of requests (appeals and demands).
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
CONFLICT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})
REQUEST_ROOTS = frozenset({"02", "10"})
DEMAND_ROOT = "10"
APPEAL_ROOT = "02"
# A governed act after these is opposed, not promised ("warned against new sanctions").
OPPOSING_PREPS = frozenset({"against"})
# Acts that are themselves statements of intent, refusal or threat: never recoded again.
SPEECH_ACT_ROOTS = frozenset({"03", "12", "13"})
# The prepositions that name whom an attack is on ("attacks *on* him", "clashed *with* her",
# "fired *at* him").
ATTACKED_PREPS = frozenset({"on", "against", "with", "at"})
# Personal pronouns that stand for one person as the attacked party.
PERSON_PRONOUNS = frozenset({"him", "her", "me"})
# Sectors of political actors whose attacks are in words even when no one is named for
# them ("the party's attacks", "a campaign of attacks"): parties, legislators, elites,
# the media and the opposition.
SPEAKING_SECTORS = frozenset({"PTY", "LEG", "ELI", "MED", "OPP"})
# Sectors of bodies that are neither states nor armed and speak for their members: their
# attacks may be in words (crowds and civilians attack as often with their hands).
BODY_SECTORS = SPEAKING_SECTORS | {"NGO", "LAB", "BUS"}
# Prepositions naming what a quarrel is about ("clashed *over* how to treat refugees").
ISSUE_PREPS = frozenset({"over", "about"})
# Named-entity labels of what an "over" phrase spans or holds, not what it is about:
# places and stretches of time ("clashed over the weekend").
NOT_ISSUE_ENTITIES = PLACE_LABELS | TIME_LABELS
# Nouns of land that sides fight over, named or not ("clashed over the disputed
# territory"): no issue of words.
LAND_NOUNS = frozenset(
    {"border", "territory", "region", "land", "island", "area", "frontier", "province"}
)
# The visit code (CAMEO 042), which an armed force's arrival somewhere is not.
VISIT_CODE = "042"
# Sectors of forces whose arrival somewhere is their deployment there.
DEPLOYED_SECTORS = frozenset({"MIL", "REB"})
# The lexicon verb whose code, and whose object rows for what is deployed, code that
# arrival ("troops arrived in X" is coded as "deployed troops to X").
DEPLOY_LEMMA = "deploy"


@dataclass(frozen=True, slots=True)
class Coding:
    """The code an event ends up with, and the rule that gave it (if not the lexicon)."""

    cameo: str
    plover: str
    mode: str | None
    rule: str | None = None
    # The code states the negation itself: "will never surrender" is a refusal (1246) that
    # was made, so the event is not also negated.
    refusal: bool = False


def _recoded(row: Recoding | None, coding: Coding, why: str, *, refusal: bool = False) -> Coding:
    if row is None or row.cameo == coding.cameo:
        return coding
    rule = f"{why}: {coding.cameo} -> {row.cameo}"
    return Coding(
        row.cameo,
        row.plover,
        row.mode,
        f"{coding.rule}; {rule}" if coding.rule else rule,
        refusal=refusal,
    )


def _lexicon_coding(scope: Scope, tok: Token, trigger: Trigger) -> Coding:
    """The lexicon's code for ``tok``, made specific by its object where the object table
    says so ("violate a ceasefire" is 196)."""
    coding = Coding(trigger.cameo, trigger.plover, trigger.mode)
    rules = scope.lexicons.rules
    row = rules.by_object(rules.object_key(trigger.lemma, trigger.prep), object_words(tok))
    if row is None or not row.has_code or row.cameo == trigger.cameo:
        return coding
    rule = f"object '{row.object}': {trigger.cameo} -> {row.cameo}"
    return Coding(row.cameo, row.plover, row.mode, rule)


def _arrival_coding(scope: Scope, tok: Token, coding: Coding, source: Resolved | None) -> Coding:
    """The code of a force's arrival: an armed body (not one person) that arrives in or
    travels to a place ("French troops arrived in Mali") is deployed there, coded as
    deploying it is (CAMEO 154; peacekeepers 074), not as a visit (042), which a
    leader's or an envoy's arrival is. A visit that calls on its host ("warships visited
    Manila": a direct object) stays one. ``coding`` itself otherwise."""
    if coding.cameo != VISIT_CODE or tok.pos_ != "VERB" or source is None or source.is_person:
        return coding
    if not _is_force(source):
        return coding
    if any(c.dep_ == "dobj" for c in tok.children) or _come_for_talks(scope, tok):
        return coding
    deploy = scope.lexicons.triggers.lookup(DEPLOY_LEMMA, "VERB")
    mover = subject_of(tok)
    if deploy is None or mover is None or not _force_words(mover):
        return coding
    row = scope.lexicons.rules.by_object(DEPLOY_LEMMA, mover_words(mover))
    if row is not None and row.has_code:
        why = f"arrival of '{row.object}': {coding.cameo} -> {row.cameo}"
        return Coding(row.cameo, row.plover, row.mode, why)
    why = f"arrival of a force: {coding.cameo} -> {deploy.cameo}"
    return Coding(deploy.cameo, deploy.plover, deploy.mode, why)


def _force_words(mover: Token) -> bool:
    """Does ``mover`` name an armed body by its own head noun, or by the noun of its "of"
    phrase ("troops", "fighters", "a battalion of peacekeepers"), not a person or a
    party sent for it ("the army chief", "a Hamas delegation", "FARC negotiators")?"""
    heads = [mover, *(o for p in mover.children if p.lower_ == "of" for o in p.children)]
    return any(
        gazetteer.role_sector(h.text) in DEPLOYED_SECTORS and not gazetteer.is_person_title(h.text)
        for h in heads
    )


def _come_for_talks(scope: Scope, tok: Token) -> bool:
    """Has the arrival ``tok`` a "for" phrase naming a consultation ("arrived in the
    capital for peace talks", which the parser may hang on the place): a visit, whoever
    makes it?"""
    return any(
        (act := trigger_for(scope, o)) is not None and act.plover == "CONSULT"
        for p in tok.subtree
        if p.dep_ == "prep" and p.lower_ == "for"
        for o in p.children
        if o.dep_ == "pobj"
    )


def _is_force(actor: Resolved) -> bool:
    """Is ``actor`` an armed force: by a sector of its code ("UN peacekeepers",
    IGOUNOMIL, as "French troops", FRAMIL), or by its words when its code names only
    its body ("NATO troops", IGONAT)?"""
    if code_sectors(actor.code or "") & DEPLOYED_SECTORS:
        return True
    return gazetteer.phrase_sector(actor.name) in DEPLOYED_SECTORS


def inner_act(scope: Scope, inner: Token) -> tuple[Token, Coding] | None:
    """The act a folded trigger states, and its code: for a light verb that is itself a
    trigger ("threatened to *impose* sanctions"), the noun it governs."""
    noun = light_object(scope, inner) if inner.pos_ == "VERB" else None
    node = noun if noun is not None else inner
    trigger = trigger_for(scope, node)
    if trigger is None or ruled_out_by_object(scope, node, trigger):
        return None  # "vowed to protect jobs": protecting jobs is no act to recode by
    return node, _lexicon_coding(scope, node, trigger)


def declines_comment(scope: Scope, tok: Token, trigger: Trigger) -> bool:
    """Is ``tok`` a refusal to say something ("declined to comment", "refused to say how
    long")? That is CAMEO 011, a public statement with no PLOVER type, not a rejection:
    the refused verb is a verb of saying that codes no event of its own. A reply refused
    *to* someone's demand is a rejection ("refused to respond to their demands")."""
    if trigger.plover != "REJECT":
        return False
    return any(
        child.dep_ == "xcomp"
        and scope.lexicons.reporting.is_cue(child.lemma_.lower())
        and trigger_for(scope, child) is None
        and not any(c.dep_ == "prep" and c.lower_ == "to" for c in child.children)
        for child in tok.children
    )


def _refused_itself(tok: Token, refused: bool) -> bool:
    """Is the agreement ``tok`` refused by a negation of its own ("will *not* accept",
    "won't agree")? Not one failed ("failed to reach agreement") or denied ("denied that
    she would accept"), which states no refusal."""
    return refused and any(c.dep_ == "neg" for c in tok.children)


def _governed_code(scope: Scope, tok: Token, coding: Coding, rule: str, negated: bool) -> Coding:
    """The code of an agreement, refusal or threat from the act it governs: "agreed to
    withdraw" is an intent to de-escalate, "refused to meet" a refusal to meet."""
    rules = scope.lexicons.rules
    for inner in folded_into(scope, tok):
        found = inner_act(scope, inner)
        if found is None or found[1].cameo[:2] in SPEECH_ACT_ROOTS:
            continue
        node, act = found
        root = act.cameo[:2]
        if any(c.dep_ == "neg" for c in node.children):
            return coding  # "agreed not to attack": the agreement stands as it is
        if inner.pos_ == "VERB" and inner.dep_ != "xcomp":
            return coding  # "agreed that others should ...": not the actor's own act
        if node.dep_ == "pobj" and node.head.lower_ in OPPOSING_PREPS:
            return coding  # "warned against sanctions" opposes them: no threat of them
        if rule in {"obligation", "appeal"} and root not in COOPERATION_ROOTS:
            return coding  # a demand for conflict or for a statement keeps its own code
        if rule == "intent" and negated:
            # "did not agree to release", "will never accept the occupation"
            base = act if root in COOPERATION_ROOTS | REQUEST_ROOTS else coding
            why = f"refusal ({node.text})"
            refused = _requested_act(scope, node, base)
            return _recoded(rules.recode("refusal", refused.cameo), coding, why, refusal=True)
        if negated:
            return coding  # "did not refuse", "did not threaten"
        if rule == "refusal":
            act = _requested_act(scope, node, act)
        if rule == "intent" and root in REQUEST_ROOTS:
            if node.pos_ == "VERB":
                return coding  # "promised to seek a law" will ask, yields to no one
            rule = "accede"  # "accepted the demands" yields to them
        elif rule == "intent" and root in CONFLICT_ROOTS:
            if node.pos_ == "NOUN":
                return coding  # "accepted the occupation" promises nothing
            rule = "threat"  # "vowed to attack" promises conflict: a threat
        return _recoded(rules.recode(rule, act.cameo), coding, f"{rule} ({node.text})")
    return coding


def _requested_act(scope: Scope, request: Token, coding: Coding) -> Coding:
    """What a refused request asks for, as the act refused: "rejected calls for his
    *resignation*" rejects a change of leadership (1231), "turned down demands for *talks*"
    a meeting (125). ``coding`` itself when ``request`` is no request noun or names no act
    of cooperation."""
    if request.pos_ == "VERB" or coding.cameo[:2] not in REQUEST_ROOTS:
        return coding
    for inner in folded_into(scope, request):
        found = inner_act(scope, inner)
        if found is not None and found[1].cameo[:2] in COOPERATION_ROOTS:
            return found[1]
    return coding


def _yielded_to(scope: Scope, tok: Token, coding: Coding) -> Coding:
    """What a yielding act gives in to, when it is a request that names an act: "will not
    meet the demands to *release* the prisoners" refuses a release (1243), not just to
    yield (124). ``coding`` itself otherwise."""
    for inner in folded_into(scope, tok):
        found = inner_act(scope, inner)
        if found is None or found[1].cameo[:2] not in REQUEST_ROOTS:
            continue
        requested = _requested_act(scope, found[0], found[1])
        if requested is not found[1]:
            return requested
    return coding


def _own_statement(scope: Scope, tok: Token, source: Resolved | None) -> bool:
    """Is an announced act the actor's own intention ("Iran said it would attack", "Germany
    will send troops, officials said"), not someone else's prediction ("analysts expect
    that Pakistan will attack")? A reported announcement is the actor's; a clause that
    another actor expects, believes or fears is not."""
    node = tok
    for _ in range(MAX_STATEMENT_CHAIN):
        if node.dep_ == "ccomp" and node.head.i != node.i:
            if scope.lexicons.reporting.is_cue(node.head.lemma_):
                return True
            thinker = subject_of(node.head)
            if thinker is None or source is None:
                return True
            finder = finder_for(scope, tok)
            other = finder.resolve(thinker)
            same_state = other.code is not None and other.code[:3] == (source.code or "")[:3]
            return same_actor(other, source) or same_state
        if not governed_clause(node) or node.head.i == node.i:
            return True
        node = node.head
    return True


def verbal_attack(scope: Scope, tok: Token, trigger: Trigger, source: Resolved | None) -> bool:
    """Is ``tok`` an attack in words? Its lemma must have a verbal sense (the "verbal" and
    "struggle" tests of trigger_senses.tsv: attack, fire, target, clash, fight, battle),
    except for an attack its target undergoes ("came under fire from X", "faces hostility
    from X": undergoing.py), which is one unless its sentence has a word of armed force, an
    armed body does it or a place undergoes it. Else it is one when one person attacks
    another ("Cruz *attacked* Trump", "her *attacks* on
    him"): named people attacking one another in the news almost always do it in words. It
    is one too when its doer is a speaker (:func:`_speaker`), the parties it is on are no
    places, no armed bodies and no unknown "them" ("the senator *attacked* the party's
    leaders", "her *attacks* on his record"), and its sentence has no word of armed force
    (force_words.tsv: "the leader's men attacked the convoy, killing three"). So is one
    over an issue, not a named place, with no armed body on either side and no word of
    armed force ("Australia and the UN clashed over refugees"). An attack on
    no one named is in words only when a party, a legislator, a medium or another political
    actor (SPEAKING_SECTORS), body or person, makes it: an official's, a private person's
    or a state's unaimed attacks are as often armed. A speaker's hitting back ("the senator
    *fired back* that ...") is in words whatever it is aimed at."""
    rules = scope.lexicons.rules
    if source is None:
        return False
    armed = any(rules.is_force_word(w.lemma_) for w in tok.sent)
    undergoing = undergoing_verb(tok, trigger.plover)
    if undergoing is not None and trigger.plover == ASSAULT:
        # "came under fire from the unions", "faces hostility from the party's leaders":
        # in political news the idiom of criticism.
        return not armed and not _armed_or_place(source, undergoer(undergoing))
    if rules.sense_test(trigger.lemma) not in VERBAL_TESTS:
        return False
    finder = finder_for(scope, tok)
    attacked = _attacked(tok)
    if source.is_person and attacked and all(_one_person(finder, a) for a in attacked):
        return True
    if not armed and _over_an_issue(tok) and not _armed(source, finder, attacked):
        return True  # "Australia and the UN clashed over how to treat refugees"
    if not _speaker(source) or armed:
        return False
    if _retort(tok):
        return True
    if not attacked:
        # A legislator's, a party figure's or a pundit's attacks are words as their
        # party's are ("Rubio stepped up his attacks"); an official's may be armed.
        return (source.code or "")[3:6] in SPEAKING_SECTORS
    return all(_attacked_in_words(finder, a) for a in attacked)


def forceful_attack(scope: Scope, tok: Token, trigger: Trigger, source: Resolved | None) -> bool:
    """Is the criticism verb ``tok`` ("blasted", "hammered": the "forceful" test of
    trigger_senses.tsv) an attack by force? It is when an armed body does it in a sentence
    with another word of armed force ("warplanes blasted the compound"; not "Hamas blasted
    the decision"), or when it is done to a named place that is no country in such a
    sentence ("troops hammered the town of X, killing
    three"). A country blasted is criticised ("Iran blasted Britain"), and a capital as
    often stands for its government, so a place alone is not enough."""
    rules = scope.lexicons.rules
    if source is None or tok.pos_ != "VERB" or rules.sense_test(trigger.lemma) != "forceful":
        return False
    armed = any(rules.is_force_word(w.lemma_) for w in tok.sent if w.i != tok.i)
    if armed_code(source.code):
        # An armed group's statements are blasted too ("Hamas blasted the decision").
        return armed
    return armed and any(_town(obj) for obj in _attacked(tok))


def _town(tok: Token) -> bool:
    """Does ``tok`` head the name of a town or region that stands for no state ("Gaza
    City", "Jenin"; not "Iran" nor "Washington")?"""
    if tok.ent_type_ not in PLACE_LABELS:
        return False
    phrase = tok.doc[tok.left_edge.i : tok.i + 1]
    name = " ".join(w.text for w in phrase if w.ent_type_ == tok.ent_type_)
    return not gazetteer.stands_for_state(name)


def _retort(tok: Token) -> bool:
    """Is the attack ``tok`` a hit back ("fired *back*", "hit *back* at Washington"), which
    by a speaker in a sentence with no word of armed force is a retort in words, whatever
    it is aimed at?"""
    return any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in tok.children)


def _armed_or_place(source: Resolved, target: Token | None) -> bool:
    """Is an attack undergone armed by who does it or whom it is done to: an armed body
    attacking ("came under attack from the Taliban"), or an armed body or a place
    attacked ("the patrol came under fire from villagers", "Gaza came under attack from
    Israel")?"""
    if armed_code(source.code):
        return True
    if target is None:
        return False
    phrase = target.doc[target.left_edge.i : target.i + 1].text
    return target.ent_type_ in PLACE_LABELS or gazetteer.role_sector(phrase) in ARMED_SECTORS


def _over_an_issue(tok: Token) -> bool:
    """Is the attack ``tok`` said to be over an issue ("clashed *over* the budget",
    "fought *about* how to vote"), not over a territory ("fought over Kashmir", "over the
    disputed border") nor over a stretch of time ("clashed over the weekend")?"""
    return any(
        obj.dep_ == "pcomp"
        or (obj.ent_type_ not in NOT_ISSUE_ENTITIES and obj.lemma_.lower() not in LAND_NOUNS)
        for prep in tok.children
        if prep.dep_ == "prep" and prep.lower_ in ISSUE_PREPS
        for obj in prep.children
        if obj.dep_ in {"pobj", "pcomp"}
    )


def _armed(source: Resolved, finder: TargetFinder, attacked: list[Token]) -> bool:
    """Is an armed body (ARMED_SECTORS) the attack's doer or one of the ``attacked``?"""
    parties = [source, *(finder.resolve(a) for a in attacked)]
    return any(armed_code(p.code) for p in parties)


def _one_person(finder: TargetFinder, tok: Token) -> bool:
    """Does ``tok`` name one person (a person actor, or "him", "her", "me")?"""
    return tok.lower_ in PERSON_PRONOUNS or finder.resolve(tok).is_person


def _speaker(actor: Resolved) -> bool:
    """Can ``actor``'s attacks be in words: a coded person of no armed body, or a body
    that speaks for its members (BODY_SECTORS: a party, a campaign, a medium, a union)?"""
    if actor.code is None:
        return False
    if actor.is_person:
        return not armed_code(actor.code)
    return actor.code[3:6] in BODY_SECTORS


def _attacked_in_words(finder: TargetFinder, tok: Token) -> bool:
    """Can ``tok`` be attacked in words: no place (a country, a named place or building),
    no armed body and no pronoun for someone unknown; a person, a party, a group or a
    thing said or done ("his record")?"""
    if tok.lower_ in PERSON_PRONOUNS:
        return True
    if tok.ent_type_ in PLACE_LABELS:
        return False
    code = finder.resolve(tok).code
    if code is None:
        return tok.pos_ != "PRON"
    return len(code) > 3 and not armed_code(code)


def _attacked(tok: Token) -> list[Token]:
    """The parties ``tok`` is an attack on: a verb's direct object, else the object of
    its "on", "against" or "with" phrase (a noun's only of those)."""
    if tok.pos_ == "VERB":
        objects = [c for c in tok.children if c.dep_ == "dobj"]
        if objects:
            return objects
    return [
        p
        for c in tok.children
        if c.dep_ == "prep" and c.lower_ in ATTACKED_PREPS
        for p in c.children
        if p.dep_ == "pobj"
    ]


def code_event(
    scope: Scope,
    tok: Token,
    trigger: Trigger,
    modality: Modality,
    effects: set[str],
    source: Resolved | None,
) -> Coding:
    """The event's code: the lexicon's, unless an attack in words, a governed act, an
    intention, a threat or a refusal changes it."""
    rules = scope.lexicons.rules
    coding = _arrival_coding(scope, tok, _lexicon_coding(scope, tok, trigger), source)
    if verbal_attack(scope, tok, trigger, source):
        coding = _recoded(rules.recode("verbal", coding.cameo), coding, "verbal attack")
    elif forceful_attack(scope, tok, trigger, source):
        coding = _recoded(rules.recode("forceful", coding.cameo), coding, "attack by force")
    elif deployment(scope, tok, trigger, source):
        coding = _recoded(rules.recode("deploy", coding.cameo), coding, "deployment")
    rule = GOVERNOR_RULES.get(coding.plover)
    if coding.cameo.startswith(DEMAND_ROOT):
        rule = "obligation"  # "demanded the withdrawal" is a demand to de-escalate (1056)
    elif coding.cameo.startswith(APPEAL_ROOT):
        rule = "appeal"  # "called for talks" is an appeal to negotiate (026)
    # "did not try to meet" refuses nothing: a negated attempt is no refusal.
    refused = "negated" in effects and ("intended" in effects or "refused" in effects)
    refused = refused and "aimed" not in effects
    if rule is not None:
        governed = _governed_code(scope, tok, coding, rule, "negated" in effects)
        if governed is not coding or not (rule == "intent" and _refused_itself(tok, refused)):
            return governed
        # "will not accept more refugees", "would not agree": an agreement refused, with
        # no act of its own to refuse, is a rejection (CAMEO 12), not a negated one.
        return _recoded(rules.recode("refusal", coding.cameo), coding, "refusal", refusal=True)
    root = coding.cameo[:2]
    if refused and root in COOPERATION_ROOTS:
        refused_act = _yielded_to(scope, tok, coding)
        return _recoded(rules.recode("refusal", refused_act.cameo), coding, "refusal", refusal=True)
    if "negated" in effects or modality != "intended" or "aimed" in effects:
        return coding  # "are sending troops to attack", "tried to attack": no threat announced
    if not _own_statement(scope, tok, source):
        return coding
    if root in CONFLICT_ROOTS:
        why = "conditional threat" if condition_subject(tok) is not None else "threat"
        return _recoded(rules.recode("threat", coding.cameo), coding, why)
    if root in COOPERATION_ROOTS:
        # "will withdraw its force unless ..." puts a price on cooperation: a threat.
        if condition_subject(tok) is not None and trigger.plover == "RETREAT":
            return _recoded(rules.recode("threat", coding.cameo), coding, "conditional threat")
        return _recoded(rules.recode("intent", coding.cameo), coding, "intent")
    return coding
