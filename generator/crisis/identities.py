"""One actor across articles: every actor of every fact sheet gets a site-wide identity, found
from its names, surnames, spelling variants of transliterated names and role titles with their
affiliation ("Iran's foreign minister")."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.crisis.names import (PERSON, fold, given_compatible, given_match, is_descriptive,
                                    is_slug, name_slug, name_tokens, similar_word, split_name)
from generator.crisis.union_find import UnionFind
from generator.model.values import items, iso_date

# Role words that say the same job: "Iran's top general" is the commander of its forces.
ROLE_WORDS = [{"general", "commander"}, {"minister", "secretary"},
              {"leader", "ayatollah"}, {"president", "head"}, {"envoy", "ambassador"}]


@dataclass
class Record:
    """One actor of one fact sheet."""
    sheet: str
    local: str
    name: str
    kind: str
    aliases: list[str]
    roles: list[dict]
    affiliation: str | None
    mentions: int
    published: str | None

    @property
    def key(self) -> tuple[str, str]:
        return (self.sheet, self.local)


@dataclass
class Identity:
    """One actor across every article: its canonical name and id, and every sheet id it had."""
    id: str
    name: str
    kind: str
    records: list[Record] = field(default_factory=list)
    _by_sheet: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    def locals_in(self, sheet_id: str) -> list[str]:
        """The ids this actor had in one sheet (an index built once: an actor of a long crisis
        appears in thousands of sheets, and scanning its records for each would be quadratic)."""
        if self._by_sheet is None:
            self._by_sheet = defaultdict(list)
            for record in self.records:
                self._by_sheet[record.sheet].append(record.local)
        return self._by_sheet.get(sheet_id, [])

    @property
    def aliases(self) -> list[str]:
        names = Counter()
        for record in self.records:
            for name in [record.name, *record.aliases]:
                if name and name != self.name:
                    names[name] += 1
        return sorted(names, key=lambda n: (-names[n], n))



def published_date(sheet: dict) -> str | None:
    """The day the sheet's article was published, YYYY-MM-DD."""
    return iso_date((sheet.get("article") or {}).get("published"))


def records_of(sheet: dict) -> list[Record]:
    names = {a.get("id"): a.get("name") for a in items(sheet, "actors")}
    return [Record(
        sheet=sheet["id"], local=str(a.get("id")), name=str(a.get("name") or a.get("id")),
        kind=a.get("kind") or "other", aliases=[str(x) for x in a.get("aliases") or [] if x],
        roles=[{"title": r.get("title"), "of": names.get(r.get("of"))} for r in items(a, "roles")],
        affiliation=names.get(a.get("affiliation")), mentions=len(a.get("mentions") or []),
        published=published_date(sheet),
    ) for a in items(sheet, "actors")]




def resolve_actors(sheets: list[dict]) -> list[Identity]:
    """Every actor of every sheet, grouped into site-wide identities."""
    records = [r for sheet in sheets for r in records_of(sheet)]
    union = UnionFind()
    by_key = {r.key: r for r in records}
    for r in records:
        union.find(r.key)
    _union_same_ids(records, union)
    _union_same_names(records, union)
    _union_people(records, union)
    _union_descriptions(records, union)
    identities = [_identity([by_key[k] for k in group]) for group in union.groups(by_key)]
    return _unique_ids(identities)


def _family(record: Record) -> str:
    return PERSON if record.kind == PERSON else "other"


def _union_same_ids(records: list[Record], union: UnionFind) -> None:
    """The extractor gives one id where the names agree: same id and family, same actor."""
    first = {}
    for r in records:
        key = (_family(r), r.local)
        union.union(first.setdefault(key, r.key), r.key)


def _union_same_names(records: list[Record], union: UnionFind) -> None:
    first = {}
    for r in records:
        folded = re.sub(r"^the ", "", fold(r.name))
        if r.kind == PERSON or not folded:
            continue
        union.union(first.setdefault(folded, r.key), r.key)


def _person_forms(records: list[Record]) -> dict[tuple, list[Record]]:
    """Name forms of people. Actors of kind "other" come too: where the extractor could not tell
    the kind, a name that is a known person's ("Pelosi") says who it is; they only ever join
    people found elsewhere, never make one."""
    forms = defaultdict(list)
    for r in records:
        if r.kind in (PERSON, "other") and not is_descriptive(r.name) and name_tokens(r.name):
            forms[tuple(name_tokens(r.name))].append(r)
    return forms


def _has_person(records: list[Record]) -> bool:
    return any(r.kind == PERSON for r in records)


class _Clusters:
    """Clusters of full-name forms, most used first, found by the first letter of their surname:
    spellings of one surname ("Soleimani", "Suleimani") share it, so a name is compared with a
    few clusters, not all of them, and the merge stays fast at thousands of articles."""

    def __init__(self):
        self.all: list[list[tuple]] = []
        self._by_initial: dict[str, list[tuple[int, list[tuple]]]] = defaultdict(list)

    def near(self, *words: str) -> list[list[tuple]]:
        """Clusters whose surname starts like one of `words`, oldest first."""
        found = {n: c for w in {w[:1] for w in words} for n, c in self._by_initial.get(w, [])}
        return [found[n] for n in sorted(found)]

    def add(self, form: tuple) -> list[tuple]:
        cluster = [form]
        self._by_initial[split_name(list(form))[1][:1]].append((len(self.all), cluster))
        self.all.append(cluster)
        return cluster


def _union_people(records: list[Record], union: UnionFind) -> None:
    """Full names cluster by surname (spelling variants too) and compatible given names; a bare
    surname joins the cluster of that surname."""
    forms = _person_forms(records)

    def weight(form):
        return (-len({r.sheet for r in forms[form]}), -sum(r.mentions for r in forms[form]), form)

    clusters = _Clusters()
    for form in sorted((f for f in forms if len(f) >= 2), key=weight):
        surname = split_name(list(form))[1]
        if not _has_person(forms[form]):
            home = next((c for c in clusters.near(surname) if all(_same_person(form, m) for m in c)), None)
            if home is not None:
                union.union(forms[home[0]][0].key, forms[form][0].key)
                for r in forms[form]:
                    union.union(forms[form][0].key, r.key)
            continue
        home = next((c for c in clusters.near(surname) if all(_same_person(form, member) for member in c)), None)
        if home is None and len(form) >= 3:
            home = next((c for c in clusters.near(*form) if _holds_name(form, c[0])), None)
        if home is None:
            clusters.add(form)
        else:
            home.append(form)
            union.union(forms[home[0]][0].key, forms[form][0].key)
        for r in forms[form]:
            union.union(forms[form][0].key, r.key)
    for form in sorted(f for f in forms if len(f) == 1):
        for r in forms[form]:
            target = _surname_cluster(form[0], r.sheet, clusters.near(form[0]), forms)
            if target is not None:
                union.union(forms[target[0]][0].key, r.key)
    _union_bare_surnames(forms, union, clusters.all)


def _same_person(a: tuple, b: tuple) -> bool:
    given_a, surname_a = split_name(list(a))
    given_b, surname_b = split_name(list(b))
    return similar_word(surname_a, surname_b) and given_compatible(given_a, given_b)


def _holds_name(form: tuple, known: tuple) -> bool:
    """A long name run together with other words ("Mike Pompeo Michael") that holds a known
    person's surname and one of their given names is that person."""
    given, surname = split_name(list(known))
    rest = [t for t in form if not similar_word(t, surname)]
    return bool(given) and len(rest) < len(form) and any(given_match(g, t) for g in given for t in rest)


def _surname_cluster(surname: str, sheet: str, clusters, forms):
    matches = [c for c in clusters if any(similar_word(surname, split_name(list(f))[1]) for f in c)]
    if len(matches) <= 1:
        return matches[0] if matches else None
    # Several people share the surname: the one the same article names in full, else the one
    # named in most articles (a bare "Trump" in the news is the best-known Trump).
    in_sheet = [c for c in matches if any(r.sheet == sheet for f in c for r in forms[f])]
    return (in_sheet or matches)[0]


def _union_bare_surnames(forms, union: UnionFind, clusters) -> None:
    """Bare surnames with no full name anywhere still join their spelling variants."""
    clustered = defaultdict(set)
    for c in clusters:
        for f in c:
            surname = split_name(list(f))[1]
            clustered[surname[:1]].add(surname)
    bare = defaultdict(list)
    for f in sorted(f for f in forms if len(f) == 1 and _has_person(forms[f])):
        if not any(similar_word(f[0], s) for s in clustered[f[0][:1]]):
            bare[f[0][:1]].append(f[0])
    for names in bare.values():  # variants share their first letter, as in _Clusters
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if similar_word(a, b):
                    union.union(forms[(a,)][0].key, forms[(b,)][0].key)


def _role_key(title, place) -> tuple[frozenset, str] | None:
    words = set(fold(title).split())
    if not words or not place:
        return None
    for group in ROLE_WORDS:
        if words & group:
            words = words | group
    return frozenset(words), fold(place)


def _union_descriptions(records: list[Record], union: UnionFind) -> None:
    """"Iran's foreign minister" is the person whose role is foreign minister of Iran, when
    exactly one person of the articles holds that role."""
    holders = []
    for r in records:
        if r.kind != PERSON or is_descriptive(r.name):
            continue
        for role in r.roles:
            key = _role_key(role.get("title"), role.get("of") or r.affiliation)
            if key:
                holders.append((key, r))
    for r in records:
        match = re.match(r"^(?:the\s+)?(.+?)[’']s\s+(.+)$", r.name) if is_descriptive(r.name) else None
        if not match:
            continue
        wanted = _role_key(match.group(2), match.group(1))
        found = {union.find(h.key) for key, h in holders
                 if wanted and key[1] == wanted[1] and _title_words(key[0]) & _title_words(wanted[0])}
        if len(found) == 1:
            union.union(found.pop(), r.key)


def _title_words(words: frozenset) -> set:
    # "top", "deputy" and the like say nothing about which job it is
    return set(words) - {"top", "senior", "chief", "deputy", "new", "former", "the", "of", "s"}


def _identity(records: list[Record]) -> Identity:
    kinds = Counter(r.kind for r in records)
    kind = PERSON if kinds[PERSON] else kinds.most_common(1)[0][0]
    named = [r for r in records if not is_descriptive(r.name)] or records
    full = [r for r in named if len(name_tokens(r.name)) >= 2] if kind == PERSON else named
    name = _most_used(full or named, lambda r: r.name)
    ids = [r.local for r in records if r.name == name]
    return Identity(id=_most_used_values(ids), name=name, kind=kind,
                    records=sorted(records, key=lambda r: r.key))


def _most_used(records: list[Record], value) -> str:
    sheets = defaultdict(set)
    mentions = Counter()
    for r in records:
        sheets[value(r)].add(r.sheet)
        mentions[value(r)] += r.mentions
    return min(sheets, key=lambda v: (-len(sheets[v]), -mentions[v], -len(v), v))


def _most_used_values(values: list[str]) -> str:
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _unique_ids(identities: list[Identity]) -> list[Identity]:
    """Two identities wanting one id: the bigger keeps it, the other gets its kind as a suffix."""
    taken: set[str] = set()
    ordered = sorted(identities, key=lambda i: (-len({r.sheet for r in i.records}), i.id, i.name))
    for identity in ordered:
        base = identity.id if is_slug(identity.id) else name_slug(identity.name)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{identity.kind}" if n == 2 else f"{base}-{n}"
        identity.id = candidate
        taken.add(candidate)
    return sorted(ordered, key=lambda i: i.id)


def id_map(identities: list[Identity]) -> dict[tuple[str, str], Identity]:
    return {r.key: identity for identity in identities for r in identity.records}

