"""find_actors: the steps of actor finding, in the order each needs the ones before."""
from __future__ import annotations

from generator.extract.actors.from_gazetteer import add_gazetteer_actors
from generator.extract.actors.groups import add_documents, add_groups
from generator.extract.actors.ner import (add_ner_actors, add_surnames, merge_name_forms, merge_short_forms,
                                          merge_surnames)
from generator.extract.actors.person_names import add_appositive_people
from generator.extract.actors.roles import (add_bare_roles, add_leader_government_affiliations,
                                            add_power_affiliations)
from generator.extract.actors.table import ActorTable
from generator.extract.actors.titles import add_titled_people, title_matches
from generator.extract.parsed import Parsed


def find_actors(parsed: Parsed) -> ActorTable:
    table = ActorTable(parsed)
    doc = parsed.doc
    add_gazetteer_actors(table, doc)
    matches = title_matches(table, doc)
    title_tokens = {i for m in matches for i in range(m.start, m.end)}
    titled = add_titled_people(table, doc, matches)
    add_appositive_people(table, parsed)
    add_ner_actors(table, doc, title_tokens)
    merge_surnames(table)
    merge_short_forms(table)
    merge_name_forms(table)
    add_surnames(table, doc)
    add_groups(table, doc, title_tokens)
    add_documents(table, doc)
    add_bare_roles(table, doc, matches, {m.start for _, chain in titled for m in chain})
    add_power_affiliations(table, doc)
    add_leader_government_affiliations(table)
    return table
