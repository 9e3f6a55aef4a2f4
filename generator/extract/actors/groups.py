"""Step 4 of finding actors: noun phrases. Collectives that name whose they are ("the Nigerien coup
leaders") become groups; texts that speak or are issued ("the letter read", "issued a joint
letter") become documents, one per text, with their signatories as members."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract import gazetteer
from generator.extract.actors.person_names import lowercase_words_of
from generator.extract.actors.spans import capitalised_to_open, clean_span, name_text
from generator.extract.actors.table import ActorTable
from generator.extract.actors.words import DETERMINERS, GROUP_PREPS, SPEAKING_VERBS, collectives_data


def _phrase_extent(head: Token) -> tuple[int, int]:
    """Tokens of the noun phrase headed by `head`, without relative clauses and appositions."""
    left, right = head.left_edge.i, head.i + 1
    for child in head.children:
        if child.i > head.i:
            if child.dep_ in ("relcl", "acl", "appos", "punct", "advcl"):
                break
            # "leaders of Iraqi militias", "troops in Iraq" name a group; "leaders about the
            # strike", "officials including his boss" say something else about it
            if child.dep_ == "prep" and child.lower_ not in GROUP_PREPS or child.dep_ in ("cc", "conj"):
                break  # "Trump administration and Tehran": two actors, not one group
            if child.dep_ in ("amod", "advmod"):
                break  # "two allies even more exposed to the threat": what is said of them
            right = max(right, child.right_edge.i + 1)
    doc = head.doc
    for i in range(head.i + 1, right):  # a comma or bracket ends the name: "officials in X, Y"
        if doc[i].text in (",", "(", ";", ":", "\u2014", "--") or doc[i].dep_ in ("relcl", "acl"):
            return left, i
    return left, right


def _name_start(doc: Doc, left: int, head: Token) -> int:
    """Where a group's name begins. A count or a quantity is a figure, not part of the name: "the
    5,000 U.S. troops", "roughly a dozen Senate Republicans", "only three Republicans", "most
    Democrats" name the troops, the senators, the party's members. A verb before the head is
    another clause's: "videos posted online showed protesters", "bases housing U.S. troops"."""
    quantities = set(collectives_data()["quantity_words"])
    for k in range(head.i - 1, left - 1, -1):
        if _clause_participle(doc[k]):
            left = k + 1
            break
        # a participle modifying the head stays: "Ghana-backed militias", "U.S.-led forces"
        if doc[k].pos_ in ("VERB", "AUX") and not (doc[k].dep_ in ("amod", "compound", "nmod")
                                                    and doc[k].tag_ in ("VBN", "VBG")) \
                and not (k > 0 and doc[k - 1].text == "-"):
            left = k + 1
            break
    while left < head.i and (doc[left].lower_ in DETERMINERS | quantities or doc[left].like_num
                             or doc[left].pos_ in ("NUM", "ADP", "PART", "PUNCT")
                             or doc[left].pos_ == "ADV" and doc[left].dep_ in ("advmod", "quantmod")):
        left += 1
    return left


def _clause_participle(token: Token) -> bool:
    """"the bases housing Varnian troops", "camps hosting Norland soldiers": a lowercase -ing word
    right before the owner's name is a clause about the noun before it (the tagger often reads it
    as a noun), never part of the group's name, which begins at the owner."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return token.text.islower() and token.lower_.endswith("ing") and token.pos_ in ("NOUN", "VERB") \
        and following is not None and (following.pos_ == "PROPN" or bool(following.ent_type_))


def _own_conjunct_start(table: ActorTable, doc: Doc, left: int, head: Token) -> int:
    """Where a group's name begins when its phrase joins another actor before it: "Okoro and other
    Varnian officials", "Varnia and Varnia-backed militias", "Norland's army and Varnia's rebels"
    are an actor and a group, not one group: the part after the "and" opens a phrase of its own
    ("other", an owner's possessive, a participle of its own) or the part before it is a person.
    Modifiers of one head ("Varnian and Norland officials") stay one group of both."""
    for k in range(head.i - 1, left, -1):
        if doc[k].lower_ not in ("and", "or", "&"):
            continue
        after = doc[k + 1:head.i]
        own_phrase = doc[k + 1].lower_ in ("other", "another") or any(t.tag_ == "POS" for t in after) \
            or any(t.text == "-" and doc[t.i + 1].tag_ == "VBN" for t in after)
        before = table.actor_at_token(k - 1, modifiers=False)
        if own_phrase or before and table.kind_of(before) == "person":
            return k + 1
        break
    return left


def _group_form(table: ActorTable, span: Span) -> str:
    """A group's name as the actors and words it is made of: "the Varnian army" and "Varnia's
    army", "the U.N. envoys" and "the UN envoys", "Okoro's regime" and "the Okoro regime" are
    written two ways but have one form, so they are one group."""
    parts: list[str] = []
    for token in span:
        if token.tag_ == "POS":
            continue
        actor = table.actor_at_token(token.i)
        part = actor if actor else token.lower_
        if not parts or parts[-1] != part or not actor:
            parts.append(part)
    return " ".join(parts)


def add_groups(table: ActorTable, doc: Doc, title_tokens: set[int]) -> None:
    data = collectives_data()
    by_form: dict[str, str] = {}
    heads, standalone = set(data["group_heads"]), set(data["standalone_heads"])
    speaks_for = set(data["speaks_for_heads"])
    skip = table.parsed.furniture
    lowercase_words = lowercase_words_of(table.parsed)
    for chunk in doc.noun_chunks:
        head = chunk.root
        lower = head.lower_
        if lower not in heads or head.i in title_tokens or table.actor_at_token(head.i) or head.i in skip:
            continue
        if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i in title_tokens:
            continue  # "the head of delegations of ...": part of a role, not an actor
        if head.dep_ == "appos" and table.actor_at_token(head.head.i, modifiers=False):
            continue  # "Zarvan Front, a Varnian-backed militia in Norland": what the named group is
        left, right = _phrase_extent(head)
        left = max(left, chunk.start)
        while any("\n" in doc[k].text or "\n" in doc[k].whitespace_ for k in range(left, head.i)):
            left += 1  # the phrase begins on its head's line
        if any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            continue  # "no Varnian officials attended": the phrase names nobody
        left = _name_start(doc, _own_conjunct_start(table, doc, left, head), head)
        members, owners = [], []
        for mention in table.mentions_in(doc[left].idx, doc[right - 1].idx + len(doc[right - 1])):
            kind = table.kind_of(mention.actor)
            if kind in ("state", "organization", "group") or (kind == "person" and lower in
                                                              ("administration", "government", "regime")):
                if mention.actor not in owners:
                    owners.append(mention.actor)
                # "the governments of A and B", "A's government" speak for A and B; "Iraqi militias" do not
                token = doc[table.doc.char_span(mention.start, mention.end, alignment_mode="expand").root.i]
                if lower in speaks_for and (mention.start > head.idx or token.dep_ == "poss") \
                        and mention.actor not in members:
                    members.append(mention.actor)
        # "Turkish and Saudi authorities", "Iraqi and U.S. officials": one phrase, two collectives;
        # the group stands for both states (its members), as "the governments of A and B" does,
        # so a quote or a stance of theirs is each state's, never one merged actor's
        before = [m for m in table.mentions_in(doc[left].idx, head.idx) if m.actor in owners]
        if len({m.actor for m in before}) >= 2 and any(doc[k].lower_ in ("and", "or", "&", "/")
                                                       for k in range(left, head.i)):
            for mention in before:
                if mention.actor not in members:
                    members.append(mention.actor)
        if not owners and lower not in standalone:
            continue
        if not owners and left == head.i and right == head.i + 1 and lower != "junta" \
                and (not head.text.istitle() or capitalised_to_open(head, lowercase_words)):
            # "protesters", "the rebels", "PROTESTERS", "Protesters marched on Monday" (capitalised
            # only as the sentence's first word): a bare common noun names nobody in particular
            continue
        if not owners and head.tag_ not in ("NNS", "NNPS") and lower not in ("junta",):
            continue
        span = clean_span(doc[left:right])
        if not len(span):
            continue
        name = name_text(doc, span.start, span.end)
        institution = lower in data["institution_heads"] and head.tag_ in ("NN", "NNP")
        form = _group_form(table, span)
        gid = table.add(span, "organization" if institution else "group", key=by_form.get(form), name=name)
        by_form.setdefault(form, gid)
        for member in members:
            table.add_member(gid, member)
        if owners:
            table.set_affiliation(gid, owners[0])
        for mention in table.mentions_in(span.start_char, span.end_char):
            if mention.actor != gid:
                mention.modifier = True


def _document_speaks(head: Token) -> bool:
    data = collectives_data()
    verbs = set(data["document_verbs"])
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.lemma_ in SPEAKING_VERBS | {"read"}:
        return head.dep_ == "nsubj"
    if head.dep_ == "dobj" and head.head.lemma_ in verbs:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in ("in", "through", "via") and \
            head.head.head.lemma_ in SPEAKING_VERBS:
        return True
    return any(c.lemma_ in ("sign", "issue", "release", "publish") and c.dep_ == "acl" for c in head.children)


def _document_name(head: Token) -> str:
    mods = [t for t in head.children if t.dep_ in ("amod", "compound") and t.i < head.i
            and not t.ent_type_ and t.pos_ != "NUM"]
    words = [t.lower_ for t in sorted(mods, key=lambda t: t.i)] + [head.lemma_.lower()]
    return " ".join(words)


def _signatories(table: ActorTable, head: Token) -> list[str]:
    """'the letter signed by A and his counterpart B', 'a statement by A': the people or bodies
    behind a text, read from 'by' up to the verb the text is subject of (the small model often
    misattaches the second name, so the stretch of text is read, not just the 'by' object)."""
    doc = head.doc
    by = None
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "by":
            by = child
        elif child.dep_ == "acl" and child.lemma_ in ("sign", "issue", "write", "release", "draft"):
            by = next((a for a in child.children if a.dep_ == "agent"), None)
        if by is not None:
            break
    if by is None:
        return []
    stop = head.head.i if head.dep_ == "nsubj" and head.head.i > by.i else head.sent.end
    found = []
    for i in range(by.i + 1, stop):
        if doc[i].text in (".", ";", ":") or (doc[i].text == "," and doc[i + 1].pos_ == "VERB"):
            break
        actor = table.actor_at_token(i, modifiers=False)
        if actor and table.kind_of(actor) in ("person", "group", "organization", "state") and actor not in found:
            found.append(actor)
    return found


def add_documents(table: ActorTable, doc: Doc) -> None:
    heads = set(collectives_data()["document_heads"])
    by_head: dict[str, str] = {}
    issuers: dict[str, list[str]] = {}
    for i in table.parsed.tokens.where_lower(heads):
        token = doc[i]
        if token.pos_ != "NOUN" or token.lower_ not in heads or table.actor_at_token(token.i) \
                or token.i in table.parsed.furniture:
            continue
        lemma = token.lemma_.lower()
        speaks = _document_speaks(token)
        if not speaks and lemma not in by_head:
            continue
        name = _document_name(token)
        # "the letter" after "a joint letter" is the same letter; a fuller name wins
        key = by_head.get(lemma)
        if key is None:
            key = gazetteer.slug(name)
            by_head[lemma] = key
        elif not speaks and any(t.dep_ == "det" and t.lower_ in ("a", "an") for t in token.children):
            continue  # "a letter" that does not speak, after one that did: another letter
        table.add(doc[token.i:token.i + 1], "document", key=key, name=name)
        table.lengthen_name(key, name)
        for member in _signatories(table, token):
            table.add_member(key, member)
        if token.dep_ == "dobj" and token.head.lemma_ in collectives_data()["document_verbs"]:
            issuers.setdefault(key, [])
            issuers[key] += [a for a in table.agents_of(token.head) if a not in issuers[key]]
    # a text with no signatory named speaks for whoever issued it ("Ghana issued a letter calling ...")
    for key, found in issuers.items():
        if not table.members_of(key):
            for member in found:
                table.add_member(key, member)
