"""find_quotes: the candidates from quote marks and from reporting verbs, kept apart, each given
its speakers (``coref.Mentions``) and the outlet or document that carried it."""
from __future__ import annotations

import re

from generator.extract.actors import ActorTable
from generator.extract.coref import Mentions, Speakers, noun_phrase
from generator.extract.parsed import Parsed
from generator.extract.quotes.from_marks import marked_candidates
from generator.extract.quotes.from_tags import tagged_candidates
from generator.extract.quotes.from_verbs import clause_candidates
from generator.extract.quotes.index import Index
from generator.extract.quotes.marks import Candidate
from generator.extract.quotes.outlets import SourceBook, carrier_of, find_document, find_via, is_media
from generator.model.factsheet import Quote, Source


def _keep_apart(candidates: list[Candidate]) -> list[Candidate]:
    """Drop a candidate that mostly overlaps one kept before it (quote marks are found first)."""
    kept: list[Candidate] = []
    for cand in candidates:
        clash = False
        for other in kept:
            shared = min(cand.end, other.end) - max(cand.start, other.start)
            if shared > 0 and shared >= 0.5 * min(cand.end - cand.start, other.end - other.start):
                clash = True
                break
        if not clash:
            kept.append(cand)
    return sorted(kept, key=lambda c: c.start)


# "NAIROBI, Kenya — ", "SEOUL/WASHINGTON (Reuters) - ", "BEIRUT -- ": a dateline opening a paragraph
DATELINE = re.compile(r"[A-Z][A-Z'./\-]+(?: [A-Z][A-Z'./\-]+){0,3}(?:, [A-Z][\w.\-]*(?: [A-Z][\w.\-]*){0,3})?"
                      r"(?: \([^()\n]{1,40}\))? ?(?:\u2014|\u2013|--?) ?")


def _without_dateline(index: Index, cand: Candidate) -> Candidate | None:
    """A quote's span never holds the dateline, and a dateline's city never speaks:
    "NAIROBI, Kenya — The central bank raised its rate, the governor said" quotes from "The"."""
    p0, p1 = index.paragraphs[cand.paragraph]
    match = DATELINE.match(index.text, p0, p1)
    if match is None or not any(c.isupper() for c in index.text[p0:p0 + 2]) or match.group(0)[:2].istitle():
        return cand
    end = match.end()
    if cand.subject is not None and p0 <= cand.subject.idx < end:
        return None
    if p0 <= cand.start < end:
        cand.text = cand.text[end - cand.start:]
        cand.start = end
    return cand if cand.start < cand.end else None


def find_quotes(parsed: Parsed, actors: ActorTable) -> tuple[list[Quote], list[Source]]:
    """The quotes of a parsed article in text order (q1, q2, ...) and the sources that carried them."""
    index = Index(parsed)
    tagged = tagged_candidates(index)  # first: a transcript's line in quote marks is the tag's
    marked = marked_candidates(index)
    clauses = clause_candidates(index, [(c.start, c.end) for c in marked], {c.cue.i for c in marked if c.cue is not None})
    # a parse of broken text can give an empty or reversed span; such a candidate is no quote
    candidates = _keep_apart([c for c in tagged + marked + clauses if 0 <= c.start < c.end <= len(index.text)])
    candidates = [c for c in (_without_dateline(index, c) for c in candidates) if c is not None]
    quoted = [(m.start, m.end) for m in index.marked]
    mentions = Mentions(parsed, actors, quoted)
    book = SourceBook(parsed)
    quotes: list[Quote] = []
    previous: tuple[Candidate, Speakers] | None = None
    for cand in candidates:
        speakers = _speakers_of(cand, mentions, previous)
        if speakers is None or not speakers.ids and not speakers.unnamed:
            continue
        qid = f"q{len(quotes) + 1}"
        via = _via_source(index, cand, speakers, book, actors)
        book.cite(via, qid)
        if speakers.document is not None:
            doc_sid = book.document(speakers.document.root, speakers.document)
            book.cite(doc_sid, qid)
            via = via or doc_sid
        quotes.append(Quote(id=qid, text=cand.text, kind=cand.kind, speakers=speakers.ids,
                            speaker_mention=list(speakers.mention) if speakers.mention else None,
                            cue=cand.cue.text if cand.cue is not None else None, via=via,
                            start=cand.start, end=cand.end))
        previous = (cand, speakers)
    return quotes, list(book.sources.values())


def _speakers_of(cand: Candidate, mentions: Mentions, previous) -> Speakers | None:
    recent = previous[1].ids if previous else None
    if cand.floating:
        # a quote alone in its paragraph continues the speaker of the quote just before it, unless
        # someone else became the subject in between ('"...," Ruiz said. Ortiz disagreed.\n"..."')
        if previous and previous[0].kind in {"direct", "mixed"} and cand.paragraph - previous[0].paragraph <= 1 \
                and not mentions.other_subject_between(previous[0].end, cand.start, previous[1].ids):
            return Speakers(list(previous[1].ids), previous[1].mention, previous[1].document, previous[1].unnamed)
        return None
    if cand.subject is None or _not_a_speaker(cand.subject, mentions.parsed):
        return None
    if _continues_unnamed(cand, mentions, previous):
        return Speakers([], previous[1].mention, unnamed=True)
    return mentions.speakers(cand.subject, recent)


def _continues_unnamed(cand: Candidate, mentions: Mentions, previous) -> bool:
    """'A nurse at the clinic said the wards were full. "We sleep here," she said.': "she" is the
    unnamed nurse who spoke just before, never a woman named further back."""
    if previous is None or previous[1].ids or not previous[1].unnamed or previous[0].subject is None:
        return False
    subject, before = cand.subject, previous[0].subject
    if subject.lower_ not in {"he", "she"} or before.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "another", "one"} for c in before.children):
        return False  # "the general" may be someone named: the pronoun is resolved as usual
    if subject.sent.start not in (before.sent.start, before.sent.end):
        return False  # only in the same sentence or the next one
    return not mentions.other_subject_between(previous[0].end, cand.start, [])


def _not_a_speaker(subject, parsed: Parsed) -> bool:
    """Page furniture is nobody: a photo credit ("Photo: Jane Doe/Reuters"), an embedded post's
    link ("pic.twitter.com/x1Yz"), a handle or an address."""
    text = subject.text
    return subject.i in parsed.furniture or subject.like_url or subject.like_email or "/" in text \
        or text.startswith("@") or ".com" in text.lower()


def _via_source(index: Index, cand: Candidate, speakers: Speakers, book: SourceBook,
                actors: ActorTable) -> str | None:
    """The source id of the outlet that carried a quote, registering the outlet as a media source."""
    if cand.cue is None:
        return None
    outlet = find_via(cand.cue, index.parsed) or carrier_of(index, cand.cue)
    if outlet is None and cand.subject is not None and cand.cue.lemma_.lower() in {"report", "write", "publish"} \
            and is_media(noun_phrase(cand.subject), index.parsed):
        outlet = cand.subject  # "Reuters reported that ...": the outlet speaks and carries
    if outlet is not None:
        phrase = noun_phrase(outlet)
        if outlet.lower_ != "according":
            return book.media(phrase) if is_media(phrase, index.parsed) or outlet.dep_ == "pobj" else None
    document = find_document(cand.cue)
    if document is not None:
        return book.document(document, noun_phrase(document))
    return None
