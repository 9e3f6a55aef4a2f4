"""Addresses that stay put: a registry of the actor and crisis ids the site has published
(`published-ids.yaml`, kept beside facts/ and committed with it).

Actor and crisis ids come from the most used names, so new articles could move a page. Once an
id is published it stays: an actor keeps it while one of its names is the name it was first
published under, a crisis while it holds most of the articles it had. When a curation merge
(or a crises.yaml change) makes two published actors or crises one, the one that does not keep
its id is `moved`: its old address gets a redirect page (generator.site.redirects).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import yaml

from generator.crisis.grouping import Group
from generator.crisis.identities import Identity
from generator.formats.files import write_atomic

HEADER = """\
# The actor and crisis ids this site has published, written by `briefing build`: commit it
# with facts/. A published id stays the address of its page: an actor keeps its id while it
# has the name below, a crisis while it holds most of the articles listed.
"""
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class PublishedIds:
    def __init__(self, actors: dict[str, str] | None = None, crises: dict[str, list[str]] | None = None,
                 path: Path | None = None):
        self.actors = dict(actors or {})  # id -> the name it was first published under
        self.crises = {k: list(v) for k, v in (crises or {}).items()}  # id -> its articles
        self.path = path
        self.moved = {"actors": {}, "crises": {}}  # this build's old id -> new id
        self._saved = self.dump()

    @classmethod
    def load(cls, path: Path) -> PublishedIds:
        """The registry in `path` (empty when there is none yet)."""
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER) if path.is_file() else None
        data = data if isinstance(data, dict) else {}
        actors = {str(k): str(v) for k, v in (data.get("actors") or {}).items() if v}
        crises = {str(k): [str(s) for s in v or []] for k, v in (data.get("crises") or {}).items()}
        return cls(actors, crises, path)

    def dump(self) -> str:
        body = yaml.safe_dump({"actors": dict(sorted(self.actors.items())),
                               "crises": {k: sorted(v) for k, v in sorted(self.crises.items())}},
                              allow_unicode=True, sort_keys=False, width=100)
        return HEADER + body

    def save(self) -> bool:
        """Write the registry when this build added to it; whether it wrote."""
        text = self.dump()
        if self.path is None or text == self._saved:
            return False
        write_atomic(self.path, text)
        self._saved = text
        return True

    # --- actors --------------------------------------------------------------------------------

    def settle_actors(self, identities: list[Identity]) -> None:
        """Give each identity its published id (or a new one, recorded); published ids two
        identities now share go to one of them and are `moved`."""
        def choose(index: int, mine: list[str]) -> str | None:
            wanted = identities[index].id
            return (wanted if wanted in mine else min(mine)) if mine else None

        ids, moved = _final_ids([i.id for i in identities], self._actor_owners(identities), choose,
                                set(self.actors))
        self.moved["actors"].update(moved)
        for identity, new_id in zip(identities, ids):
            identity.id = new_id
            self.actors.setdefault(new_id, identity.name)

    def _actor_owners(self, identities: list[Identity]) -> dict[str, int]:
        """published id -> the identity holding the name it was published under: the one whose
        name it is, then the one the analysis gave the id, then the one in the most articles."""
        by_name = defaultdict(list)
        for index, identity in enumerate(identities):
            for name in {identity.name, *identity.aliases}:
                by_name[name].append(index)

        def rank(pid, name, index):
            identity = identities[index]
            return (identity.name != name, identity.id != pid, -len({r.sheet for r in identity.records}),
                    identity.id)

        return {pid: min(by_name[name], key=lambda i: rank(pid, name, i))
                for pid, name in self.actors.items() if by_name.get(name)}

    # --- crises --------------------------------------------------------------------------------

    def settle_crises(self, groups: list[Group]) -> None:
        """Give each crisis found by shared actors the published id of the crisis whose articles
        it holds most of; a crisis named by the user (crises.yaml, front matter) keeps the user's
        id, and a published crisis it took over is `moved` to it."""
        group_of = {sheet_id: index for index, g in enumerate(groups) for sheet_id in g.sheet_ids}
        overlap = {pid: Counter(group_of[s] for s in articles if s in group_of)
                   for pid, articles in self.crises.items()}
        owners = {pid: min(counts, key=lambda index: (-counts[index], index))
                  for pid, counts in overlap.items() if counts}
        for index, group in enumerate(groups):  # an id the user gives is that crisis's
            if _named_by_user(group) and group.id in self.crises:
                owners[group.id] = index

        def choose(index: int, mine: list[str]) -> str | None:
            if _named_by_user(groups[index]):
                return groups[index].id
            return min(mine, key=lambda pid: (-overlap[pid][index], pid)) if mine else None

        ids, moved = _final_ids([g.id for g in groups], owners, choose, set(self.crises))
        self.moved["crises"].update(moved)
        for group, new_id in zip(groups, ids):
            group.id = new_id
            self.crises[new_id] = list(group.sheet_ids)


def _named_by_user(group: Group) -> bool:
    return group.grouped_by != "shared actors"  # crises.yaml or the seed's front matter


def _final_ids(wanted: list[str], owners: dict[str, int], choose, reserved: set[str]) -> tuple[list[str], dict]:
    """The id of each of the items that want the ids `wanted`, and the published ids that moved.
    An item that owns published ids (`owners`: published id -> item) gets the one
    `choose(item, its ids)` picks (None: none fits); the others get their wanted id, unless
    another item holds it (then `wanted-N`, never a `reserved` one). A published id no item
    holds, with an item's wanted slug, is that item's: its name changed only in case or accents."""
    mine = defaultdict(list)
    for pid, index in owners.items():
        mine[index].append(pid)
    final, moved = {}, {}
    for index in range(len(wanted)):
        keep = choose(index, sorted(mine[index]))
        if keep is not None:
            final[index] = keep
            moved.update({pid: keep for pid in mine[index] if pid != keep})
    taken = set(final.values()) | set(owners)
    for index, want in enumerate(wanted):
        if index not in final:
            final[index] = _free(want, taken, reserved)
            taken.add(final[index])
    return [final[index] for index in range(len(wanted))], moved


def _free(wanted: str, taken: set[str], reserved: set[str]) -> str:
    """`wanted` unless taken; else the first `wanted-N` neither taken nor reserved."""
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}-{n}" in taken or f"{wanted}-{n}" in reserved:
        n += 1
    return f"{wanted}-{n}"
