"""Step 3 of finding actors: the statistical NER's PERSON and ORG entities, corrected (a province
or city is never a person, a person's surname that NER called an ORG is the person), and bare
surnames the NER missed."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from generator.extract import gazetteer, outlets
from generator.extract.actors.acronyms import acronyms_of_things
from generator.extract.actors.person_names import add_person, lowercase_words_of, not_a_person, tidy_name, \
    names_alone, without_trailing_noun
from generator.extract.actors.spans import (capitalised_to_open, clean_span, hyphen_tail_end, initials,
                                            link_or_handle, modifies_a_place, name_text, named_after, place_nouns)
from generator.extract.actors.table import ActorTable
from generator.extract.actors.words import BRACKETS, SPEAKING_VERBS, collectives_data
from generator.extract.dates import MONTH_DAY


def _strip_titles(span: Span, title_tokens: set[int]) -> Span:
    start = span.start
    while start < span.end and (start in title_tokens or span.doc[start].text in BRACKETS):
        start += 1
    return clean_span(span.doc[start:span.end])


def _nickname_form(doc: Doc, span: Span, words: list[str]) -> list[str]:
    """'Michael (Mike) Richard Pompeo': a formal name written with the nickname in brackets is
    the person known as nickname + surname ('Mike Pompeo'), however NER cut it. A word in capitals
    in brackets is the initials of a body before it ("the Tarn Defence Units (TDU) Kofi Mensah"),
    no nickname."""
    if not words:
        return words
    for i in range(max(1, span.start - 3), span.end - 1):
        if doc[i].text == "(" and i + 2 < len(doc) and doc[i + 2].text == ")" and \
                doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha and not doc[i + 1].text.isupper() and \
                (i + 2 == span.start - 1 or span.start <= i and i + 2 < span.end - 1):
            return [doc[i + 1].text, words[-1]]
    return words


def _speaks(ent: Span) -> bool:
    return 2 <= len(ent) <= 3 and all(t.pos_ == "PROPN" for t in ent) and \
        ent.root.dep_ == "nsubj" and ent.root.head.lemma_ in SPEAKING_VERBS


def _split_names(span: Span) -> list[Span]:
    """'Kwame Asante and Efua Mensah' as one NER entity is two people."""
    parts, start = [], span.start
    for token in span:
        if token.lower_ in ("and", "&", ",", "or"):
            if token.i > start:
                parts.append(span.doc[start:token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start:span.end])
    return parts


# "repeal the 2004 HFA", "flight QX881", "pic.host.com/x1", "@VarniaGov": a name opening on a year
# is a law or an accord of that year, a code of letters and three or more digits a flight or a
# model, a link a link, an account's handle an account; none is an actor ("the 5th Fleet" and
# "the G7" are).
THING_CODE = re.compile(r"[A-Z]{1,3}-?\d{3,}")


def _names_a_thing(span: Span) -> bool:
    first = span[0]
    year = first.is_digit and len(first.text) == 4 and len(span) > 1
    return year or any(link_or_handle(t) or THING_CODE.fullmatch(t.text) for t in span)


def _without_date(span: Span) -> Span:
    """'meet with Okoro May 3 in Selva': NER ran the name on into the date after it; the name
    ends before the month of a month and day."""
    doc = span.doc
    for k in range(span.start + 1, span.end):
        if doc[k].text[:1].isupper() and k + 1 < len(doc) and doc[k + 1].like_num \
                and MONTH_DAY.match(doc[k:k + 2].text):
            return doc[span.start:k]
    return span


def add_ner_actors(table: ActorTable, doc: Doc, title_tokens: set[int]) -> None:
    not_person = set(collectives_data()["not_person_words"])
    people, others = [], []
    skip = table.parsed.furniture
    things = acronyms_of_things(table.parsed, table.parsed.entities)
    for ent in table.parsed.entities:
        if ent.ent_id_ or any(t.i in skip for t in ent):
            continue
        label = ent.label_
        if label in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") and _speaks(ent):
            label = "PERSON"  # '"...," Kwame Asante said': whoever speaks is no work of art
        if label not in ("PERSON", "ORG", "NORP", "GPE", "FAC"):
            continue
        span = _strip_titles(ent, title_tokens)
        if not len(span) or any(table.actor_at_token(t.i) for t in span) or span.text in things \
                or _names_a_thing(span):
            continue
        if is_media_name(span):  # "the Sahelinfo news website", whatever NER called it
            table.add(span, "media", name=name_text(doc, span.start, span.end))
            continue
        if label == "PERSON":
            span = _without_date(span)
            people += [(doc[part.start:hyphen_tail_end(doc, part.end)] if len(part) >= 2 else part, label)
                       for part in _split_names(span)]
        else:
            others.append((span, label))
    # full names first, so a bare surname finds the full name wherever it stands
    lowercase_words = lowercase_words_of(table.parsed)
    alone = names_alone(table.parsed)
    people = [(without_trailing_noun(span, alone, lowercase_words), label) for span, label in people]
    places = table.place_names = _place_names(table.parsed.entities, [span for span, _ in people])
    for span, label in sorted(people, key=lambda pair: -len(pair[0])):
        words = tidy_name(name_text(doc, span.start, span.end).split(), span)
        words = _nickname_form(doc, span, words)
        if not words:
            continue
        name = " ".join(words)
        if not_a_person(name, span, lowercase_words, table):
            if any(w.lower() in not_person for w in words):
                others.append((span, label))
            continue
        if named_after(span) or name_text(doc, span.start, span.end) in places:
            continue  # "Walter Reed National Military Medical Center", "the Imam Ali shrine": a place
        add_person(table, span, name)
    # the label is the entity's: a span cut out of it (titles stripped) carries none
    for span, label in others:
        name = name_text(doc, span.start, span.end)
        last = span[-1].text
        if len(span) == 1 and table.person_by_initials(last) and not named_after(span):
            add_person(table, span, name)  # "AMLO said": NER's ORG is the initials of a person named
        elif table.knows_name(last) and span[-1].pos_ == "PROPN" and len(span) <= 3 and not named_after(span):
            add_person(table, span, name)  # "Maiga said": NER's ORG is the person already named
        elif (label == "ORG" or label == "PERSON" and any(t.lower_ in not_person for t in span)) \
                and any(t.tag_ in ("NNP", "NNPS") for t in span):
            span = organisation_span(span, lowercase_words, title_tokens)
            if span is not None:
                name = committee_name(span, title_tokens) or name_text(doc, span.start, span.end)
                kind = "media" if is_media_name(span) or outlets.canonical(name) else "organization"
                table.add(span, kind, name=name)


def _place_names(entities: list[Span], people: list[Span]) -> set[str]:
    """Names the article shows to be a place's in one mention, so a place's in every mention: "at
    Tarn in the north ... the Tarn air base", "Joint Base Tarn ... Tarn was quiet". They are the
    names a place noun follows or leads (``named_after``), whatever NER called them, and the names
    after a place noun inside an entity ("Base Tarn" of "Joint Base Tarn")."""
    places = place_nouns()
    spans = people + [clean_span(ent) for ent in entities]
    found = {name_text(span.doc, span.start, span.end) for span in spans if len(span) and named_after(span)}
    for ent in entities:
        inner = [t.i for t in ent[1:-1] if t.lower_ in places and t.text[:1].isupper()]
        if inner and all(t.pos_ == "PROPN" for t in ent.doc[inner[-1] + 1:ent.end]):
            found.add(name_text(ent.doc, inner[-1] + 1, ent.end))
    return found


# Place nouns that also name institutions: "Stanford University", "the Brookings Institution".
INSTITUTION_PLACES = {"university", "college", "school", "academy", "institute"}
# Prepositions of place: "in the Oval Office", "on Capitol Hill", "aboard Air Force One".
PLACE_PREPOSITIONS = {"in", "on", "inside", "outside", "near", "into", "aboard", "onto"}


def organisation_span(span: Span, lowercase_words: set[str], title_tokens: set[int]) -> Span | None:
    """An NER organisation as an actor, or None when it is not one: a market ticker
    ('Acme Corp. ACM, +1.2%'), a name NER cut ('Institute for a New' of 'Institute for a New
    Economy'), a place ('the Grand Hotel', 'met in the Blue Room'), or one common word
    capitalised ('Summit', 'National')."""
    doc = span.doc
    if len(span) > 1 and _ticker(span[-1]) or len(span) > 1 and span[-1].text.isupper() and span[-2].text.endswith("."):
        span = span[:-1]  # 'Acme Corp. ACM': the company without its ticker
    if not len(span) or _ticker(span[-1]) or _cut(span, title_tokens) or _a_place(span):
        return None
    if len(span) == 1 and not span[0].text.isupper() and span[0].lower_ in lowercase_words \
            and span[0].lower_ not in _institution_words():
        return None
    if len(span) == 1 and not span[0].text.isupper() and _common_use(span[0], lowercase_words):
        return None
    return span


def _common_use(token, lowercase_words: set[str]) -> bool:
    """A common noun capitalised and used as one: an institution's noun with its owner before it
    ("Varnia's Parliament voted", "the Varnian Parliament": the owner's parliament, which the group
    step names with its owner) or opening its sentence ("Parliament voted" in an article that
    writes "parliament" too); another word naming the kind of body after it ("the Intelligence
    committees", "Farm news agency": the committees, the agency)."""
    data = collectives_data()
    if token.lower_ not in _institution_words():
        return token.dep_ == "compound" and token.head.i > token.i and token.head.text.islower() \
            and token.head.lemma_ in set(data["institution_heads"]) | set(data["media_heads"])
    if token.lower_ in data["group_heads"] and token.dep_ != "compound" and \
            any(c.dep_ in ("poss", "amod", "compound") and c.i < token.i and (c.ent_type_ or c.pos_ == "PROPN")
                for c in token.children):
        return True
    return capitalised_to_open(token, lowercase_words)


def _ticker(token) -> bool:
    doc = token.doc
    return token.text.isupper() and token.i + 2 < len(doc) and doc[token.i + 1].text == "," \
        and doc[token.i + 2].text[:1] in "+-" and "%" in doc[token.i + 2: token.i + 4].text


def _cut(span: Span, title_tokens: set[int]) -> bool:
    """'Federation of', 'Institute for a New' (Economy), 'Democratic People' ('s Republic): the
    entity ends on a function word or the capitalised name goes on after it."""
    doc = span.doc
    if span[-1].pos_ in ("ADP", "CCONJ", "DET", "PART", "PUNCT", "SCONJ"):
        return True
    if span.end + 1 >= len(doc):
        return False
    after, then = doc[span.end], doc[span.end + 1]
    if after.text == ".":  # "Army Col. Jo Park": a title's abbreviation, cut from its name
        return then.pos_ == "PROPN" and then.text[:1].isupper() and then.ent_type_ == "PERSON"
    if after.text in ("'s", "’s"):  # "the Democratic People's Republic of ..."
        after = then
    return after.pos_ == "PROPN" and after.text[:1].isupper() and not after.is_sent_start \
        and after.ent_type_ != "PERSON" and after.i not in title_tokens  # "CIA Director Jo Park"


def _a_place(span: Span) -> bool:
    doc = span.doc
    if all(part.title() in gazetteer.place_names() for part in span.text.split("/")):
        return True  # "Isfahan", the dateline "HAVANA/PARIS"
    if span[-1].lower_ in collectives_data()["place_nouns"] and span[-1].lower_ not in INSTITUTION_PLACES \
            or modifies_a_place(span):
        return True  # "the Situation Room", "the al-Asad air base"
    before = span.start - 1
    if before >= 0 and doc[before].lower_ == "the":
        before -= 1
    return before >= 0 and doc[before].lower_ in PLACE_PREPOSITIONS


def _institution_words() -> set[str]:
    data = collectives_data()
    return set(data["group_heads"]) | set(data["not_person_words"]) | set(data["institution_heads"])


def committee_name(span: Span, title_tokens: set[int]) -> str | None:
    """'Senate Foreign Relations Chairman Jo Park': the press drops 'Committee' between a
    chamber's committee and its chair's title; the organisation is the committee, named in full
    (so it is one actor with 'the Senate Foreign Relations Committee' written out)."""
    data = collectives_data()
    if len(span) >= 2 and span[0].lower_ in data["chamber_words"] and span[-1].lower_ not in _institution_words() \
            and span.end in title_tokens and span.doc[span.end].lower_ in data["committee_chair_titles"] \
            and not any(t.lower_ == "of" for t in span):
        return name_text(span.doc, span.start, span.end) + " Committee"
    return None


def is_media_name(span: Span) -> bool:
    """'aBamako news website': a name that a media noun follows is a news medium, as is one NER
    ran on into that noun ('the Farm news agency' as one entity)."""
    heads = set(collectives_data()["media_heads"])
    doc = span.doc
    if len(span) > 1 and span[-1].lower_ in heads and span[-1].text.islower():
        return True
    i = span.end
    while i < len(doc) and i < span.end + 3 and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        if doc[i].lower_ in heads:
            return True
        i += 1
    return span.root.head.lower_ in heads and span.root.dep_ in ("compound", "appos")


def merge_surnames(table: ActorTable) -> None:
    """'Ms Fox' found before 'Kathy Fox': a one-word person joins the full name it is part of
    (its surname, or the first name of "Kim Jong Un"), when the titles agree and one person fits."""
    for pid in table.ids():
        name = table.name_of(pid)
        if table.kind_of(pid) != "person" or " " in name:
            continue
        first = table.mentions_of(pid)
        full = table.person_by_surname(name, table.titles_of(pid), exclude=pid, full_only=True,
                                       gender=table.gender_of(pid), at=first[0][0] if first else None) \
            or table.person_by_initials(name)
        if full is None:
            continue
        table.merge(pid, full)


def merge_short_forms(table: ActorTable) -> None:
    """'the Assembly' after 'the Assembly of Varnia': a one-word organisation is the one
    organisation of the article named that word + 'of ...' (never two: 'the Ministry' beside the
    Ministries of Defence and of Justice stays alone)."""
    organisations = [pid for pid in table.ids() if table.kind_of(pid) == "organization"]
    for pid in organisations:
        name = table.name_of(pid)
        if " " in name:
            continue
        longer = [other for other in organisations if table.has(other)
                  and table.name_of(other).startswith(name + " of ")]
        if len(longer) == 1:
            table.merge(pid, longer[0])


def merge_name_forms(table: ActorTable) -> None:
    """'the Farm news agency' and 'Farm', 'Acme Inc.' and 'Acme': a body written with and without
    the words saying what kind of body it is (``outlets.outlet_key``) is one; it is a news medium
    when either is, and keeps the proper name ('Farm', not the description 'Farm news agency';
    'Acme Inc.', the fuller proper name)."""
    forms: dict[str, list[str]] = {}
    for pid in table.ids():
        if table.kind_of(pid) in ("organization", "media"):
            forms.setdefault(outlets.outlet_key(table.name_of(pid)), []).append(pid)
    for same in forms.values():
        if len(same) < 2:
            continue
        target = max(same, key=lambda p: (not table.name_of(p).split()[-1].islower(), len(table.name_of(p))))
        media = any(table.kind_of(p) == "media" for p in same)
        for pid in same:
            if pid != target:
                table.merge(pid, target)
        if media:
            table.retype(target, "media")


def add_surnames(table: ActorTable, doc: Doc) -> None:
    """A bare surname the NER missed ('Goita' in a second mention) joins its person."""
    lowercase_words = None
    for i in table.parsed.tokens.where_lower(table.name_keys()):
        token = doc[i]
        if token.pos_ != "PROPN" and token.text[:1].isupper() and token.is_alpha:
            # "Trump himself": a known surname the tagger read as a verb, when the article never
            # writes the word in lowercase
            lowercase_words = lowercase_words_of(table.parsed) if lowercase_words is None else lowercase_words
            proper = token.lower_ not in lowercase_words
        else:
            proper = token.pos_ == "PROPN"
        if proper and not table.mentioned_at(token.i) and token.i not in table.parsed.furniture:
            pid = table.person_by_surname(token.text, gender=table.gender_before(token.i), at=token.idx)
            if pid and (token.i + 1 >= len(doc) or doc[token.i + 1].pos_ != "PROPN"):
                table.add(doc[token.i:token.i + 1], "person", key=pid)
    add_initials(table, doc)


def add_initials(table: ActorTable, doc: Doc) -> None:
    """'AMLO', 'Amlo', 'MBS' the NER left alone: initials that spell one person's full name."""
    wanted = {form for pid in table.ids() if table.kind_of(pid) == "person" for form in initials(table.name_of(pid))}
    if not wanted:
        return
    lowercase_words = lowercase_words_of(table.parsed)
    for i in table.parsed.tokens.where_lower(wanted):
        token = doc[i]
        if table.mentioned_at(i) or i in table.parsed.furniture or not token.text[:1].isupper() \
                or not (token.text.isupper() or token.text.istitle() and token.lower_ not in lowercase_words):
            continue
        pid = table.person_by_initials(token.text)
        if pid:
            table.add(doc[i:i + 1], "person", key=pid)
