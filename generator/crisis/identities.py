"""One actor across articles: every actor of every fact sheet gets a site-wide identity, found
from its names, surnames, spelling variants of transliterated names and role titles with their
affiliation ("Iran's foreign minister")."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from generator.crisis.names import (PERSON, ROYAL, PersonName, blocking_keys, family_first_hint, fold,
                                    given_match, is_descriptive, is_slug, name_slug, name_titles,
                                    name_tokens, parse_person, same_name, similar_word, titles_conflict)
from generator.crisis.union_find import UnionFind
from generator.model.factsheet import KINDS
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
    """The extractor gives one id where the names agree: same id and family, same actor. Not for
    a person named by one word: "Kim" in one article and "Kim" in another may be two people,
    which `_union_people` tells apart by the full names, titles and articles around them."""
    first = {}
    for r in records:
        if r.kind == PERSON and len(name_tokens(r.name)) == 1 and not is_descriptive(r.name):
            continue
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


def _read_names(forms: dict[tuple, list[Record]]) -> dict[tuple, PersonName]:
    """Each name form read as given names and surname, the family name first where the articles
    show that order: a hyphenated given name ("Moon Jae-in"), or the article calling the person
    by the first word ("Kim Jong Un" ... "Kim said"). A three-word name led by a family name
    seen so leads with it too ("Kim Yong Chol"), unless an article calls that person by the last word."""
    first, last = Counter(), Counter()
    for form, rows in forms.items():
        if len(form) < 2:
            continue
        for r in rows:
            first[form] += len(form) == 3 and family_first_hint(r.name)
            for alias in r.aliases:
                short = name_tokens(alias)
                if len(short) == 1 and short[0] in (form[0], form[-1]) and form[0] != form[-1]:
                    (first if short[0] == form[0] else last)[form] += 1
    leading = {f[0] for f in forms if first[f] > last[f]}
    names = {}
    for form, rows in forms.items():
        family_first = first[form] > last[form] or (
            len(form) == 3 and form[0] in leading and not last[form])
        titles = frozenset().union(*(name_titles(r.name) for r in rows))
        names[form] = parse_person(form, titles, family_first)
    return names


class _Clusters:
    """Clusters of full-name forms, most used first, found by blocking keys of their surname
    (its first letter and its sound, `names.blocking_keys`): spellings of one surname share one,
    so a name is compared with a few clusters, not all of them, and the merge stays fast at
    thousands of articles."""

    def __init__(self, names: dict[tuple, PersonName]):
        self.names = names
        self.all: list[list[tuple]] = []
        self._by_key: dict[str, list[tuple[int, list[tuple]]]] = defaultdict(list)

    def near(self, keys: set[str]) -> list[list[tuple]]:
        """Clusters filed under one of `keys`, oldest first."""
        found = {n: c for k in keys for n, c in self._by_key.get(k, [])}
        return [found[n] for n in sorted(found)]

    def add(self, form: tuple) -> list[tuple]:
        cluster = [form]
        for key in self.names[form].keys():
            self._by_key[key].append((len(self.all), cluster))
        self.all.append(cluster)
        return cluster


def _union_people(records: list[Record], union: UnionFind) -> None:
    """Full names cluster by surname (spelling variants too) and compatible given names; a name
    of one word joins the one person it can be (`_one_word_home`)."""
    forms = _person_forms(records)
    names = _read_names(forms)

    def weight(form):
        return (-len({r.sheet for r in forms[form]}), -sum(r.mentions for r in forms[form]), form)

    clusters = _Clusters(names)
    for form in sorted((f for f in forms if len(f) >= 2 or names[f].father), key=weight):
        name = names[form]
        home = next((c for c in clusters.near(name.keys()) if all(same_name(name, names[m]) for m in c)), None)
        if home is None and len(form) >= 3:
            home = next((c for c in clusters.near(set().union(*map(blocking_keys, form)))
                         if any(_holds_name(form, m, forms[form]) for m in c)), None)
        if home is None and len(form) == 2:
            home = _family_prefix(form, clusters, forms)
        if home is None and not _has_person(forms[form]):
            continue  # a name of kind "other" joins people, never makes one
        if home is None:
            clusters.add(form)
        else:
            home.append(form)
            union.union(forms[home[0]][0].key, forms[form][0].key)
        for r in forms[form]:
            union.union(forms[form][0].key, r.key)
    people = _People(clusters, forms)
    for form in sorted(f for f in forms if len(f) == 1 and not names[f].father):
        homeless = []
        for r in forms[form]:
            target = people.one_word_home(form[0], r)
            if target is None:
                homeless.append(r)
            else:
                union.union(forms[target[0]][0].key, r.key)
        for r in homeless:  # the same word nobody could be told from is one actor, as before
            union.union(homeless[0].key, r.key)
    _union_bare_surnames(forms, union, clusters)


def _holds_name(form: tuple, known: tuple, records: list[Record]) -> bool:
    """A long name run together with other words ("Mike Pompeo Michael", "Tim Kaine Timothy",
    the handle "@realJaneRoe") that holds a known person's whole name, its other words only
    variants of that name's words, glued to them, or written in lower case (words, not names), is
    that person. "Kim Jong Il" does not hold "Kim Jong": Il is a name of its own (father and son)."""
    if len(known) < 2 or len(form) <= len(known):
        return False
    rest = list(form)
    for token in known:
        if token not in rest:
            return False
        rest.remove(token)
    lower = {fold(w) for r in records for w in re.findall(r"(?<![A-Za-z])[a-z]+", r.name)}
    return all(x in lower or any(len(x) > 1 and (given_match(x, k) or x.startswith(k)) for k in known)
               for x in rest)


def _family_prefix(form: tuple, clusters: _Clusters, forms) -> list[tuple] | None:
    """Two words that begin a family-name-first name ("Kim Jong" of "Kim Jong Un") are that
    person: the one named in the same articles, else the one named in most."""
    sheets = {r.sheet for r in forms[form]}
    found = [c for c in clusters.near(blocking_keys(form[0]))
             if any(len(m) > 2 and m[:2] == form and clusters.names[m].surname == m[0] for m in c)]
    found.sort(key=lambda c: -len(sheets & {r.sheet for m in c for r in forms[m]}))
    return found[0] if found else None


class _People:
    """The clusters of full names, asked who a name of one word is."""

    def __init__(self, clusters: _Clusters, forms):
        self.clusters, self.forms, self.names = clusters, forms, clusters.names
        self._titles: dict[int, set] = {}
        self._sheets: dict[int, set] = {}
        self._initials: dict[str, list] = defaultdict(list)
        self._asked: dict[tuple, list] = {}
        for c in clusters.all:
            for letters in set().union(*(self.names[m].initials() for m in c)):
                self._initials[letters].append(c)

    def _surname(self, word: str) -> list:
        """Clusters with this surname (asked once per word, not once per article naming it)."""
        if ("s", word) not in self._asked:
            self._asked[("s", word)] = [
                c for c in self.clusters.near(blocking_keys(word))
                if any(self.names[m].surname and similar_word(word, self.names[m].surname) for m in c)]
        return self._asked[("s", word)]

    def _given(self, word: str) -> list:
        if ("g", word) not in self._asked:
            self._asked[("g", word)] = [
                c for c in self.clusters.near({"g" + k for k in blocking_keys(word)})
                if any(given_match(word, self.names[m].first) for m in c if self.names[m].first)]
        return self._asked[("g", word)]

    def titles(self, cluster) -> set:
        if id(cluster) not in self._titles:
            self._titles[id(cluster)] = set().union(*(_titles_of(r) for m in cluster for r in self.forms[m]))
        return self._titles[id(cluster)]

    def sheets(self, cluster) -> set:
        if id(cluster) not in self._sheets:
            self._sheets[id(cluster)] = {r.sheet for m in cluster for r in self.forms[m]}
        return self._sheets[id(cluster)]

    def one_word_home(self, word: str, record: Record):
        """The person a one-word name is: "Prince Mohammed" the prince whose given name it is (a
        king of that name is someone else); "AMLO" the one person with those initials; a bare
        surname the person of that surname named in the same article, else the one named in far
        more articles than any other. Titles must not conflict (Mrs. Lee is not Mr. Lee)."""
        titles = _titles_of(record)
        if titles & ROYAL:
            found = [c for c in self._given(word) if titles & ROYAL & self.titles(c)]
        else:
            found = self._surname(word)
            if not found and len(word) >= 3 and (record.kind == PERSON or record.name.isupper()):
                found = self._initials.get(word, [])
        found = [c for c in found if not titles_conflict(titles, self.titles(c))]
        in_sheet = [c for c in found if record.sheet in self.sheets(c)]
        pool = sorted(in_sheet or found, key=lambda c: -len(self.sheets(c)))
        if len(pool) <= 1:
            return pool[0] if pool else None
        agreeing = [c for c in pool if _title_words(frozenset(titles)) & self.titles(c)]
        if len(agreeing) == 1:
            return agreeing[0]
        if in_sheet:
            return pool[0]
        # No article context: a bare "Trump" in the news is the best-known Trump, when he is.
        return pool[0] if len(self.sheets(pool[0])) >= 2 * len(self.sheets(pool[1])) else None


def _titles_of(record: Record) -> set[str]:
    """The title words a record carries: before its name ("Sen.") and in its roles."""
    words = set(name_titles(record.name))
    for role in record.roles:
        words |= set(fold(role.get("title")).split())
    return words


def _union_bare_surnames(forms, union: UnionFind, clusters: _Clusters) -> None:
    """Bare surnames with no full name anywhere still join their spelling variants."""
    clustered = defaultdict(set)
    for c in clusters.all:
        for f in c:
            surname = clusters.names[f].surname or clusters.names[f].first
            for key in blocking_keys(surname):
                clustered[key].add(surname)
    bare = defaultdict(list)
    for f in sorted(f for f in forms if len(f) == 1 and _has_person(forms[f])):
        if not any(similar_word(f[0], s) for key in blocking_keys(f[0]) for s in clustered[key]):
            for key in blocking_keys(f[0]):
                bare[key].append(f[0])
    for group in bare.values():  # variants share a blocking key, as in _Clusters
        for i, a in enumerate(group):
            for b in group[i + 1:]:
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
    holders = defaultdict(list)  # by place: a description is compared with that place's office holders only
    for r in records:
        if r.kind != PERSON or is_descriptive(r.name):
            continue
        for role in r.roles:
            key = _role_key(role.get("title"), role.get("of") or r.affiliation)
            if key:
                holders[key[1]].append((_title_words(key[0]), r))
    for r in records:
        match = re.match(r"^(?:the\s+)?(.+?)[’']s\s+(.+)$", r.name) if is_descriptive(r.name) else None
        if not match:
            continue
        wanted = _role_key(match.group(2), match.group(1))
        if not wanted:
            continue
        words = _title_words(wanted[0])
        found = {union.find(h.key) for titles, h in holders.get(wanted[1], []) if titles & words}
        if len(found) == 1:
            union.union(found.pop(), r.key)


def _title_words(words: frozenset) -> set:
    # "top", "deputy" and the like say nothing about which job it is
    return set(words) - {"top", "senior", "chief", "deputy", "new", "former", "the", "of", "s"}


def _identity(records: list[Record]) -> Identity:
    kinds = Counter(r.kind for r in records)
    # a tie goes to the kind listed first in the contract (a state before "other"), not to the
    # sheet read first
    rank = {k: n for n, k in enumerate(KINDS)}
    kind = PERSON if kinds[PERSON] else min(kinds, key=lambda k: (-kinds[k], rank.get(k, len(rank)), k))
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

