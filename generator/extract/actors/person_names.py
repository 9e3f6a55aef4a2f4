"""What counts as a person's name, and adding a person's mention to the table (steps 2 and 3)."""
from __future__ import annotations

import re

from spacy.tokens import Span

from generator.extract import gazetteer
from generator.extract.actors.spans import name_text, titles_conflict
from generator.extract.actors.table import ActorTable
from generator.extract.actors.words import collectives_data, english_words, roles_data
from generator.extract.parsed import Parsed
from generator.extract.speech_words import words


def lowercase_words_of(parsed: Parsed) -> set[str]:
    """Words the article writes in lowercase somewhere ('riot', 'missiles'): a capitalised one
    alone is a sentence start or a heading, not a name."""
    ix = parsed.tokens
    strings = parsed.doc.vocab.strings
    return {strings[h] for h in set(ix.orth[ix.orth == ix.lower].tolist())}


GLUED = re.compile(r"^([A-Z][a-z]+)([A-Z][a-z]{2,}.*)$")


def tidy_name(words: list[str], span: Span) -> list[str]:
    """A name from NER words, without link text glued on by a crawler: 'Nancy Pelosi Nancy
    PelosiImpeachment' -> 'Nancy Pelosi'; 'Trump Donald John TrumpGolden' -> 'Donald John Trump';
    'Yovanovitch MORE' -> 'Yovanovitch'; honorifics and digits out ('Ms Fox', 'PS752')."""
    honorifics = set(roles_data()["honorifics"])
    words = [w for w in words if w.lower() not in honorifics]
    for k, word in enumerate(words):
        glued = GLUED.match(word)
        # a short first part is a name particle, not a name with link text glued on: "DuMarais", "DelRio"
        if k and glued and len(glued.group(1)) > 3 and not word.startswith("Van"):
            if glued.group(1) == words[0]:
                return words[1:k] + [glued.group(1)]
            return words[:k] + [glued.group(1)]
        if k and word == words[0]:
            return words[:k]
        if len(word) >= 3 and word.isupper():
            return words[:k]
        if any(ch.isdigit() for ch in word):
            return []
    return words


def names_alone(parsed: Parsed) -> set[str]:
    """Words NER tags as a person on their own somewhere ("Ruiz said")."""
    return {e.text for e in parsed.entities if e.label_ == "PERSON" and len(e) == 1}


def without_trailing_noun(span: Span, alone: set[str], lowercase_words: set[str]) -> Span:
    """A person's name without a common noun it ran on to in a heading: "President Ruiz Speech at
    the Forum" -> "Ruiz", when the article writes "speech" in lowercase too, English knows it as a
    noun, and it names "Ruiz" alone elsewhere ("Ruiz said"). "Maria Baker" stays whole unless the
    article names a "Maria" on her own."""
    last = span[-1]
    if len(span) > 1 and span[-2].text in alone and last.lower_ in lowercase_words \
            and last.lower_ in english_words("noun") and last.text[:1].isupper():
        return span[:-1]
    return span


def not_a_person(name: str, span: Span, lowercase_words: set[str], table: ActorTable,
                  titled: bool = False) -> bool:
    """States, regions, places, common words and organisation-like names are not people."""
    words = name.split()
    if name in gazetteer.lookup() or any(w in gazetteer.regions() or w in gazetteer.lookup() for w in words):
        return True
    if any(w.lower() in collectives_data()["not_person_words"] for w in words):
        return True
    particles = roles_data()["name_particles"]
    if not all(w[:1].isupper() or w.lower().split("-")[0] in particles for w in words):
        return True
    if titled:  # "Gen. Soleimani": the title vouches for a name, a place still is none
        return len(words) == 1 and name in gazetteer.place_names() and not table.knows_name(name)
    if len(words) == 1:
        if table.knows_name(name):
            return False
        return (name in gazetteer.place_names() or name.lower() in lowercase_words
                or span[-1].tag_ in ("NNS", "JJ", "VB", "VBD", "VBG", "RB") or _where(span))
    first = span[0]
    return first.i == first.sent.start and first.tag_ not in ("NNP", "NNPS") and first.lower_ in lowercase_words


# Prepositions after which one capitalised word is where, not who: "a hotel company in Tamale".
WHERE = {"in", "inside", "outside", "near", "around", "within", "throughout"}


def _where(span: Span) -> bool:
    """'He ran a company in Tamale', 'crowds around Asante': one word governed by a preposition
    of place is a place, whatever NER says (a known person's name is tested before)."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in WHERE


def _variant(full: str, words: list[str]) -> bool:
    """'Michael Pompeo' and 'Mike Pompeo' may be one man (same surname, same initial); 'George
    H. W. Bush' and 'George W. Bush' are father and son: middle names that differ keep them apart."""
    have = full.split()
    if have[0][:1] != words[0][:1]:
        return False
    middle_a, middle_b = [w[:1] for w in have[1:-1]], [w[:1] for w in words[1:-1]]
    return not (middle_a and middle_b and middle_a != middle_b)


def _ends(full: str, words: list[str]) -> bool:
    """'Lena Mari Okoro' written 'Mari Okoro' later: a shorter name that ends the full one
    (dropping a first name) is that person; 'Mari Asante' beside her is not."""
    have = full.split()
    return len(have) > len(words) and have[-len(words):] == words


def add_person(table: ActorTable, span: Span, name: str | None = None, titles: set[str] | None = None) -> str:
    """A person's mention, joined to the person it names: an exact full name, a bare name of
    someone already known (see ``ActorTable.person_by_surname``), a variant spelling with the same
    surname and initial, or initials that spell a known full name ('AMLO')."""
    name = name or name_text(span.doc, span.start, span.end)
    key = gazetteer.slug(name)
    words = name.split()
    if len(words) == 1:
        pid = table.person_by_surname(name, titles, gender=table.gender_before(span.start), at=span.start_char) or \
            table.person_by_initials(name)
        if pid:
            return table.add(span, "person", key=pid, name=table.name_of(pid), text=name)
        if table.has(key) and titles and titles_conflict(titles, table.titles_of(key)):
            # "King Abdullah" after "Prince Abdullah": another man, named with his title
            named = f"{span.doc[span.start - 1].text} {name}" if span.start else name
            return table.add(span, "person", key=gazetteer.slug(named), name=named, text=name)
    if table.has(key):
        return table.add(span, "person", key=key, text=name)
    if len(words) > 1:
        for pid in table.people_of_family(name):
            if " " in table.name_of(pid) and (_variant(table.name_of(pid), words) or _ends(table.name_of(pid), words)):
                return table.add(span, "person", key=pid, name=table.name_of(pid), text=name)
    return table.add(span, "person", key=key, name=name, text=name)


def add_appositive_people(table: ActorTable, parsed: Parsed) -> None:
    """A name in apposition to a person's title is a person's, whatever NER called it: "Ada
    Okoro, UN Special Rapporteur on Torture, said ..." (tagged a place), "another vice minister,
    Lee Dong Ho, warned ..." (tagged nothing); a later lone surname then finds that person."""

    doc = parsed.doc
    lowercase_words = None  # worked out for the first candidate only
    for i in parsed.tokens.where_lemma(words()["title_nouns"]):
        title = doc[i]
        pairs = [title.head] if title.dep_ == "appos" else []
        pairs += [c for c in title.children if c.dep_ == "appos"]
        for head in pairs:
            span = _compound_name(head)
            if span is None or i in parsed.furniture or any(table.actor_at_token(t.i) for t in span):
                continue
            name = " ".join(span.text.split())
            lowercase_words = lowercase_words_of(parsed) if lowercase_words is None else lowercase_words
            if not not_a_person(name, span, lowercase_words, table) and not gazetteer.lookup().get(name):
                add_person(table, span, name)


def _compound_name(head) -> Span | None:
    """'Ada Okoro' headed by 'Okoro': two to four capitalised proper nouns, compounds of the last."""
    doc = head.doc
    start = head.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i \
            and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    span = doc[start:head.i + 1]
    if head.pos_ != "PROPN" or not 2 <= len(span) <= 4 or not all(t.is_alpha and t.text[:1].isupper() for t in span):
        return None
    if start > 0 and doc[start - 1].text == "-" or any(t.ent_type_ not in {"", "PERSON", "GPE"} for t in span):
        return None  # "Jean-Marc Ayrault" is NER's to cut; "Maple Grain Foods, its chief executive" a body
    return span
