"""Outlets and documents that carried a quote ("told Reuters", "said in a statement"), and the
SourceBook that gives each one source."""
from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import gazetteer
from generator.extract.coref import noun_phrase
from generator.extract.speech_words import words
from generator.extract.parsed import Parsed
from generator.extract.quotes.attribution import agent_of, subject_of
from generator.extract.quotes.index import Index
from generator.model.factsheet import Source


def is_media(phrase: Span, parsed: Parsed) -> bool:
    """"Reuters", "Mali's aBamako news website", "the state broadcaster" name media outlets."""
    names = words()["media_names_lower"]
    text = phrase.text.lower().removeprefix("the ")
    if text in names or any(e.text.lower().removeprefix("the ") in names for e in parsed.entities_in(phrase)):
        return True
    return phrase.root.lemma_.lower() in words()["media_nouns"] and phrase.root.pos_ in {"NOUN", "PROPN"}


def outlet_name(phrase: Span, parsed: Parsed) -> str:
    """The outlet's own name: "Mali's aBamako news website" -> "aBamako"."""
    for ent in parsed.entities_in(phrase):
        if ent.label_ not in {"GPE", "NORP", "DATE", "CARDINAL"}:
            return ent.text.removeprefix("the ").removeprefix("The ")
    words_ = [t for t in phrase if t.lower_ not in {"the", "a", "an"} and t.dep_ != "poss" and t.dep_ != "case"]
    return " ".join(t.text for t in words_) or phrase.text


def find_via(cue: Token, parsed: Parsed) -> Token | None:
    """The outlet that carried the words: "as quoted by X", "told Reuters", "in an interview with X"."""
    for child in cue.children:
        if child.dep_ == "advcl" and child.lemma_.lower() in {"quote", "report", "cite", "tell"}:
            agent = agent_of(child)
            if agent is not None:
                return agent
        if child.dep_ in {"dative", "dobj", "iobj"} and cue.lemma_.lower() in {"tell", "say"} \
                and is_media(noun_phrase(child), parsed):
            return child
        if child.dep_ == "prep" and child.lower_ in {"to", "with", "on"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and is_media(noun_phrase(pobj), parsed):
                    return pobj
        if child.dep_ == "prep" and child.lower_ in {"in", "during"}:  # "in an interview with X"
            for pobj in child.children:
                for sub in pobj.children:
                    if sub.dep_ == "prep" and sub.lower_ in {"with", "on", "to"}:
                        for inner in sub.children:
                            if inner.dep_ == "pobj" and is_media(noun_phrase(inner), parsed):
                                return inner
        if child.dep_ == "prep" and child.lower_ == "according":
            to = next((c for c in child.children if c.lower_ == "to"), None)
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if pobj is not None:
                return pobj
    return None


def find_document(cue: Token) -> Token | None:
    """'ECOWAS said in a statement': the document that carried the words."""
    nouns = words()["document_nouns"]
    for child in cue.children:
        if child.dep_ == "prep" and child.lower_ in {"in", "through"}:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lemma_.lower() in nouns:
                    return pobj
    return None


def carrier_of(index: Index, cue: Token) -> Token | None:
    """A media outlet reporting another's words: "Reuters reported that the minister said ..."."""
    head = cue.head
    if cue.dep_ == "ccomp" and head.i != cue.i and index.is_cue(head):
        subject = subject_of(head)
        if subject is not None and is_media(noun_phrase(subject), index.parsed):
            return subject
    return None


class SourceBook:
    """The sources quotes cite, one per outlet or document, with the quotes each carried."""

    def __init__(self, parsed: Parsed):
        self.parsed = parsed
        self.sources: dict[str, Source] = {}
        self._document_names: dict[str, str] = {}

    def media(self, phrase: Span) -> str:
        name = outlet_name(phrase, self.parsed)
        sid = "src-" + gazetteer.slug(name)
        self.sources.setdefault(sid, Source(id=sid, name=name, kind="media"))
        return sid

    def document(self, head: Token, phrase: Span) -> str:
        """One source per document noun ("letter"), named by its fullest mention ("joint letter")."""
        key = head.lemma_.lower()
        name = " ".join(t.text for t in phrase if t.lower_ not in {"the", "a", "an", "this", "its", "their"}
                        and t.dep_ not in {"poss", "case", "det"})
        if key in self._document_names:
            sid = self._document_names[key]
            if len(name) > len(self.sources[sid].name) and not name.startswith(self.sources[sid].name + " "):
                self.sources[sid].name = name
            return sid
        sid = "src-" + gazetteer.slug(name or key)
        self._document_names[key] = sid
        self.sources.setdefault(sid, Source(id=sid, name=name or key, kind="document"))
        return sid

    def cite(self, sid: str | None, quote_id: str) -> None:
        if sid and quote_id not in self.sources[sid].cited_for:
            self.sources[sid].cited_for.append(quote_id)
