"""Step 2 of finding actors: titles and the names they introduce ("Malian Foreign Minister
Abdoulaye Diop", "President [of Mali Assimi] Goita"), with the roles and affiliations they give."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from generator.extract.actors.person_names import (add_person, lowercase_words_of, names_alone, not_a_person,
                                                   tidy_name, without_trailing_noun)
from generator.extract.actors.spans import hyphen_tail_end, name_text, named_after, title_words
from generator.extract.actors.table import ActorTable
from generator.extract.actors.words import BRACKETS, DETERMINERS, roles_data


@lru_cache(maxsize=4)
def _title_matcher(vocab) -> PhraseMatcher:
    matcher = PhraseMatcher(vocab, attr="LOWER")
    data = roles_data()
    from spacy.lang.en import English
    make = English().make_doc
    matcher.add("TITLE", [make(t) for t in data["titles"]])
    matcher.add("COUNTERPART", [make(t) for t in data["counterpart_words"]])
    matcher.add("HONORIFIC", [make(t) for t in data["honorifics"]])
    return matcher


def _is_department_word(token: Token) -> bool:
    lower = token.lower_
    return (lower in roles_data()["department_words"]
            or lower.endswith(("tion", "sion", "ment", "ance", "ence", "ity", "ure", "ics", "ism")))


@dataclass
class TitleMatch:
    start: int            # token offsets of the title words
    end: int
    title: str            # as written, with a department when it has one
    of: list[str]         # actors the title is of ("Malian", "Mali's", "of Mali")
    counterpart: bool = False
    honorific: bool = False  # "Ms", "Dr": part of how a name is written, not a role


def _actor_ending_at(table: ActorTable, i: int) -> str | None:
    """The state/organisation whose mention ends at token i ('Mali' in "Mali's"), if any."""
    return table.actor_at_token(i) if i >= 0 else None


def _left_of(table: ActorTable, doc: Doc, start: int) -> tuple[list[str], int]:
    """Actors named just before a title: 'Malian', "Mali's", 'U.S.'; returns (ids, new start)."""
    i = start - 1
    while i >= 0 and doc[i].text in BRACKETS:
        i -= 1
    if i >= 0 and doc[i].tag_ == "POS":
        i -= 1
    actor = _actor_ending_at(table, i)
    if actor and table.kind_of(actor) in ("state", "organization", "group", "media"):
        j = i
        while j > 0 and table.actor_at_token(j - 1) == actor:
            j -= 1
        return [actor], j
    return [], start


def _of_phrase(table: ActorTable, doc: Doc, i: int) -> tuple[list[str], int]:
    """After 'of': '[the] [both] Mali [and Burkina Faso]' -> the actors and the token after them."""
    found = []
    while i < len(doc):
        while i < len(doc) and (doc[i].lower_ in DETERMINERS or doc[i].text in BRACKETS):
            i += 1
        actor = table.actor_at_token(i) if i < len(doc) else None
        if not actor or table.kind_of(actor) == "person":
            break
        found.append(actor)
        while i < len(doc) and table.actor_at_token(i) == actor:
            i += 1
        if i + 1 < len(doc) and doc[i].lower_ == "and" and table.actor_at_token(i + 1 + (doc[i + 1].lower_ in DETERMINERS)):
            i += 1
            continue
        break
    return found, i


def _portfolio_start(table: ActorTable, doc: Doc, span: Span, taken: set[int]) -> int:
    """Where an office's title begins when words name its portfolio before it, from no closed
    list of portfolios: 'Norwegian [Fisheries] Minister', "Chad's [Deputy Mining] Secretary",
    'Norway's [fisheries] minister' (a lowercase noun only as a compound of the title). The
    words stop at an actor ('Norwegian', 'U.S.'), a determiner or possessive, a date, a word
    another title holds, and words that date the office ('former', 'then')."""
    if span[-1].lower_ not in roles_data()["portfolio_heads"]:
        return span.start
    stop = set(roles_data()["not_portfolio_words"])
    i = span.start - 1
    while i >= 0 and span.start - i <= 4:
        token = doc[i]
        if (i in taken or table.actor_at_token(i) or token.lower_ in stop or token.lower_ in DETERMINERS
                or not token.is_alpha or token.ent_type_ in ("DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL")
                or token.tag_ in ("POS", "PRP$")):
            break
        capitalised = token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ")
        compound = token.pos_ == "NOUN" and token.dep_ == "compound" and span.start <= token.head.i < span.end + 1
        if not (capitalised or compound):
            break
        if capitalised and token.i == token.sent.start and token.tag_ not in ("NNP", "NNPS") \
                and token.pos_ != "NOUN":
            break
        i -= 1
    return i + 1


def title_matches(table: ActorTable, doc: Doc) -> list[TitleMatch]:
    spans = filter_spans([Span(doc, s, e, label=doc.vocab.strings[m])
                          for m, s, e in _title_matcher(doc.vocab)(doc)])
    matches = []
    taken = {i for span in spans for i in range(span.start, span.end)}
    for span in spans:
        counterpart = span.label_ == "COUNTERPART"
        start = _portfolio_start(table, doc, span, taken) if span.label_ == "TITLE" else span.start
        span = doc[start:span.end] if start != span.start else span
        of, _ = _left_of(table, doc, span.start)
        end = span.end
        title = span.text
        j = end
        while j < len(doc) and doc[j].text in BRACKETS:
            j += 1
        if j < len(doc) and doc[j].lower_ == "of" and not counterpart:
            more, k = _of_phrase(table, doc, j + 1)
            if more:
                of, end = of + more, k
            elif span[-1].lower_ in ("minister", "secretary", "ministers", "head", "director"):
                # the department: "Minister of Territorial Administration and Decentralization"
                k = j + 1
                last = j
                while k < len(doc) and (_is_department_word(doc[k]) or
                                        (doc[k].lower_ in ("and", "of", "for", "the", "&")
                                         and k + 1 < len(doc) and _is_department_word(doc[k + 1]))):
                    if _is_department_word(doc[k]):
                        last = k
                    k += 1
                if last > j:
                    end = last + 1
                    title = doc[span.start:end].text
        matches.append(TitleMatch(span.start, end, title, of, counterpart, span.label_ == "HONORIFIC"))
    return matches


def _name_after(table: ActorTable, doc: Doc, i: int, title_starts: set[int]) -> tuple[int, int] | None:
    """The person's name that starts at token i: capitalised words (brackets skipped, particles
    such as 'al-' and 'bin' allowed), at most four, none a title or a state; None when there is none."""
    particles = set(roles_data()["name_particles"])
    while i < len(doc) and doc[i].text in BRACKETS:
        i += 1
    start, end, words = i, i, 0
    while i < len(doc) and words < 4:
        token = doc[i]
        if token.text in BRACKETS:
            i += 1
            continue
        if i in title_starts or table.actor_at_token(i) and table.kind_of(table.actor_at_token(i)) != "person":
            break
        if token.text == "-" and words and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
            i += 1
            continue
        if token.lower_ in particles and i + 1 < len(doc) and (doc[i + 1].text[:1].isupper() or doc[i + 1].text == "-"):
            i += 1
            continue
        if words >= 2 and i + 3 < len(doc) and doc[i + 1].text == "(" and doc[i + 3].text == ")":
            break  # "Mike Pompeo Michael (Mike) Richard Pompeo": a formal name restarts with a nickname
        if words and _middle_initial(doc, i):
            i += 1  # "Senate leader Ama E. Owusu": the initial is inside the name
            continue
        if not (token.text[:1].isupper() and _name_word(token) and token.pos_ in ("PROPN", "NOUN", "ADJ", "X", "VERB")):
            break
        words += 1
        i = hyphen_tail_end(doc, i + 1) if words >= 2 else i + 1
        end = i
    if words == 0:
        return None
    return start, end


def _name_word(token: Token) -> bool:
    """A word of a name: letters, with an apostrophe inside ("O'Brien", "D’Souza")."""
    return token.is_alpha or len(token.text) > 3 and token.text[1] in "'’" and token.text.replace("'", "").replace("’", "").isalpha()


def _middle_initial(doc: Doc, i: int) -> bool:
    """'E.' in 'Ama E. Owusu': one capital and a full stop, a capitalised word after it."""
    text = doc[i].text
    return len(text) == 2 and text[0].isupper() and text[1] == "." and i + 1 < len(doc) \
        and doc[i + 1].text[:1].isupper() and doc[i + 1].is_alpha


def add_titled_people(table: ActorTable, doc: Doc, matches: list[TitleMatch]) -> list[tuple[str, list[TitleMatch]]]:
    """People introduced by a title chain; returns (person id, title chain) pairs in text order."""
    title_starts = {m.start for m in matches}
    by_start = {m.start: m for m in matches}
    lowercase_words = lowercase_words_of(table.parsed)
    alone = names_alone(table.parsed)
    people = []
    last_titled: dict[int, TitleMatch] = {}  # sentence start -> last title with a name
    skip = table.parsed.furniture
    for match in matches:
        if match.start in skip:
            continue
        chain = [match]
        # "Supreme Leader Ayatollah Ali Khamenei": titles that follow each other name one person
        j = match.end
        while True:
            k = j
            while k < len(doc) and doc[k].text in BRACKETS:
                k += 1
            if k in by_start and by_start[k] is not match:
                chain.append(by_start[k])
                j = by_start[k].end
                continue
            break
        if any(m.start in {c.start for p in people for c in p[2]} for m in chain[:1]):
            continue  # already part of an earlier chain
        found = _name_after(table, doc, j, title_starts)
        if not found:
            continue
        start, end = found
        end = without_trailing_noun(doc[start:end], alone, lowercase_words).end
        words = tidy_name(name_text(doc, start, end).split(), doc[start:end])
        name = " ".join(words)
        if not words or not_a_person(name, doc[start:end], lowercase_words, table, titled=True) \
                or named_after(doc[start:end]):
            continue
        people.append((start, end, chain, name))
    person_of = {}
    for start, end, chain, name in sorted(people, key=lambda p: -len(p[3].split())):
        # "Prince Mohammed" joins "Crown Prince Mohammed bin Salman"; "King Salman" never does
        titles = title_words(m.title for m in chain if not (m.honorific or m.counterpart))
        person_of[start] = add_person(table, doc[start:end], name, titles)
        table.note_titles(person_of[start], titles)
        _add_unbracketed_alias(table, doc, start, end, person_of[start])
    ids = []
    for start, end, chain, name in people:  # in text order, so a counterpart finds who came before
        person = person_of[start]
        sent = doc[start].sent.start
        for m in chain:
            title, of = m.title, m.of
            if m.honorific:
                continue
            if m.counterpart:  # borrows the title of the person named before it in the sentence
                before = last_titled.get(sent)
                if before is None:
                    continue
                title = before.title
            for actor in of or [None]:
                table.add_role(person, title, actor)
            if of:
                table.set_affiliation(person, of[0])
            for actor in of:  # "Malian" in "Malian Foreign Minister" modifies the title
                for mention in table.mentions_in(doc[m.start].idx - 20, doc[m.start].idx):
                    if mention.actor == actor:
                        mention.modifier = True
            if not m.counterpart:
                last_titled[sent] = m
        ids.append((person, chain))
    return ids


def _add_unbracketed_alias(table: ActorTable, doc: Doc, start: int, end: int, person: str) -> None:
    """'President [of Mali Assimi] Goita': the words outside the editor's brackets are how the
    speaker named him ('Goita'), an alias of the full name."""
    closes = [i for i in range(start, end) if doc[i].text == "]"]
    if closes and closes[-1] + 1 < end:
        table.add_surface(person, name_text(doc, closes[-1] + 1, end))
