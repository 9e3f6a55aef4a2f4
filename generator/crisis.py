"""Crises: fact sheets grouped into crises, one actor per person across articles, and the merged
crisis data (actors, quotes, positions, events, sources, relations, disagreements).

The flow, one direction: ``analyse(sheets, overrides)`` ->
1. ``resolve_actors``: every actor of every sheet gets a site-wide identity (names, surnames,
   spelling variants of transliterated names, role titles with their affiliation);
2. ``unify_sheet``: each sheet rewritten with those identities, so pages need no merging of their own;
3. ``group_articles``: sheets grouped into crises (a ``crises.yaml`` override, else the seed's
   ``crisis:`` front matter, else shared actors and dates);
4. ``merge_crisis``: one plain dict per crisis, written as ``crisis.yaml`` (see ``CRISIS_FIELDS``).

Nothing here imports from rendering; the renderer and the pictures take these dicts as input.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import lru_cache

import yaml

CRISIS_SCHEMA_VERSION = 1
# The keys of a crisis dict, in the order crisis.yaml shows them.
CRISIS_FIELDS = ("schema_version", "id", "title", "grouped_by", "period", "articles", "actors",
                 "quotes", "positions", "events", "sources", "outlets", "figures", "relations",
                 "disagreements")
PERSON = "person"
# Where a person's name starts with these, they are titles, not names ("Maj. Gen. Qassem Soleimani").
HONORIFICS = {
    "mr", "mrs", "ms", "dr", "gen", "general", "maj", "major", "lt", "col", "colonel", "sen",
    "senator", "rep", "representative", "president", "ayatollah", "secretary", "sir", "prime",
    "minister", "gov", "governor", "adm", "admiral", "sgt", "capt", "captain", "vice", "speaker",
    "rev", "sheikh", "imam", "grand", "supreme", "leader", "lord", "lady", "prof", "judge", "king",
    "queen", "prince", "chancellor", "ambassador", "mayor", "commander", "brig", "brigadier",
}
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
PARTICLES = {"al", "el", "bin", "ibn", "abu", "van", "von", "de", "da", "di", "du", "la", "le"}
# Given names that are one name: "Mike Pompeo" and "Michael Pompeo" are one person.
NICKNAMES = [{"mike", "michael"}, {"chuck", "charles"}, {"bob", "robert", "rob"}, {"bill", "william"},
             {"jim", "james"}, {"tim", "timothy"}, {"joe", "joseph"}, {"tom", "thomas"},
             {"dick", "richard"}, {"ted", "edward"}, {"nancy", "anne"}, {"don", "donald"},
             {"mohammad", "mohammed", "muhammad", "mohamed", "mohammed"}]
# Role words that say the same job: "Iran's top general" is the commander of its forces.
ROLE_WORDS = [{"general", "commander"}, {"minister", "secretary"},
              {"leader", "ayatollah"}, {"president", "head"}, {"envoy", "ambassador"}]
# Two articles belong together when they share this much (a shared person counts 1, a shared
# state, organization or group 0.5) and were published at most MAX_GAP_DAYS apart.
LINK_SCORE = 2.0
MAX_GAP_DAYS = 31


# --- names ----------------------------------------------------------------------------------------

@lru_cache(maxsize=1 << 16)
def fold(text) -> str:
    """Lower case, no accents, apostrophes and hyphens as spaces, other punctuation gone."""
    text = unicodedata.normalize("NFKD", str(text or ""))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"[’'`\-‐–]", " ", text.casefold())
    text = re.sub(r"[^\w\s]", "", text)
    return " ".join(text.split())


def name_tokens(name) -> list[str]:
    """A person's name without titles and suffixes: "Maj. Gen. Qassem Soleimani" -> [qassem, soleimani]."""
    # Words glued together where a page ran two lines into one ("PelosiImpeachment") come apart.
    tokens = fold(re.sub(r"(?<=[a-z]{3})(?=[A-Z][a-z]{2})", " ", str(name or ""))).split()
    while len(tokens) > 1 and tokens[0] in HONORIFICS:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in SUFFIXES:
        tokens.pop()
    return tokens


def skeleton(word: str) -> str:
    """Consonant skeleton, the part of a transliterated name that stays put across spellings:
    Soleimani, Suleimani -> slmn; Qassem, Qasem -> qsm."""
    core = word[:1] + re.sub(r"[aeiouyhw]", "", word[1:])
    return re.sub(r"(.)\1+", r"\1", core)


@lru_cache(maxsize=1 << 16)
def similar_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if any(a in group and b in group for group in NICKNAMES):
        return True
    # Short words collide too easily (Paul, Pell); only longer ones may differ in spelling.
    if min(len(a), len(b)) >= 4 and skeleton(a) == skeleton(b) and len(skeleton(a)) >= 3:
        return True
    return min(len(a), len(b)) >= 6 and SequenceMatcher(None, a, b).ratio() >= 0.85


def split_name(tokens: list[str]) -> tuple[list[str], str]:
    """(given names, surname); a particle before the surname belongs to it (al-Muhandis)."""
    if not tokens:
        return [], ""
    surname = tokens[-1]
    given = [t for t in tokens[:-1] if t not in PARTICLES]
    return given, surname


def given_compatible(a: list[str], b: list[str]) -> bool:
    """Could these given names be one person's? A lone given name may be any of the other's
    ("Javad" in "Mohammad Javad"); two full sets must agree name by name (George W. != George H. W.)."""
    if not a or not b:
        return True
    if len(a) >= 2 and len(b) >= 2:
        return len(a) == len(b) and all(_given_match(x, y) for x, y in zip(a, b))
    single, other = (a, b) if len(a) == 1 else (b, a)
    return any(_given_match(single[0], o) for o in other)


def _given_match(a: str, b: str) -> bool:
    if len(a) == 1 or len(b) == 1:  # an initial
        return a[0] == b[0]
    return similar_word(a, b)


def slugify(text) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "actor"


# --- actor identities -------------------------------------------------------------------------------

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


class _Union:
    def __init__(self):
        self.parent: dict = {}

    def find(self, x):
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # order-independent roots

    def groups(self, items) -> list[list]:
        out = defaultdict(list)
        for item in items:
            out[self.find(item)].append(item)
        return [out[root] for root in sorted(out)]


def iso_date(value) -> str | None:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    return str(value) if value else None


def _items(mapping: dict, key: str) -> list[dict]:
    return [item for item in (mapping.get(key) or []) if isinstance(item, dict)]


def records_of(sheet: dict) -> list[Record]:
    article = sheet.get("article") or {}
    names = {a.get("id"): a.get("name") for a in _items(sheet, "actors")}
    return [Record(
        sheet=sheet["id"], local=str(a.get("id")), name=str(a.get("name") or a.get("id")),
        kind=a.get("kind") or "other", aliases=[str(x) for x in a.get("aliases") or [] if x],
        roles=[{"title": r.get("title"), "of": names.get(r.get("of"))} for r in _items(a, "roles")],
        affiliation=names.get(a.get("affiliation")), mentions=len(a.get("mentions") or []),
        published=iso_date(article.get("published")),
    ) for a in _items(sheet, "actors")]


def is_descriptive(name: str) -> bool:
    """A description rather than a name: "Iran's top general", "the foreign minister"."""
    words = re.findall(r"[\w’']+", name)
    return bool(words) and (words[0].islower() or bool(re.search(r"[’']s\s+[a-z]", name)))


def resolve_actors(sheets: list[dict]) -> list[Identity]:
    """Every actor of every sheet, grouped into site-wide identities."""
    records = [r for sheet in sheets for r in records_of(sheet)]
    union = _Union()
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


def _union_same_ids(records: list[Record], union: _Union) -> None:
    """The extractor gives one id where the names agree: same id and family, same actor."""
    first = {}
    for r in records:
        key = (_family(r), r.local)
        union.union(first.setdefault(key, r.key), r.key)


def _union_same_names(records: list[Record], union: _Union) -> None:
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


def _union_people(records: list[Record], union: _Union) -> None:
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
    return bool(given) and len(rest) < len(form) and any(_given_match(g, t) for g in given for t in rest)


def _surname_cluster(surname: str, sheet: str, clusters, forms):
    matches = [c for c in clusters if any(similar_word(surname, split_name(list(f))[1]) for f in c)]
    if len(matches) <= 1:
        return matches[0] if matches else None
    # Several people share the surname: the one the same article names in full, else the one
    # named in most articles (a bare "Trump" in the news is the best-known Trump).
    in_sheet = [c for c in matches if any(r.sheet == sheet for f in c for r in forms[f])]
    return (in_sheet or matches)[0]


def _union_bare_surnames(forms, union: _Union, clusters) -> None:
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


def _union_descriptions(records: list[Record], union: _Union) -> None:
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
        base = identity.id if re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", identity.id) else slugify(identity.name)
        candidate, n = base, 1
        while candidate in taken:
            n += 1
            candidate = f"{base}-{identity.kind}" if n == 2 else f"{base}-{n}"
        identity.id = candidate
        taken.add(candidate)
    return sorted(ordered, key=lambda i: i.id)


def id_map(identities: list[Identity]) -> dict[tuple[str, str], Identity]:
    return {r.key: identity for identity in identities for r in identity.records}


# --- sheets rewritten with identities ---------------------------------------------------------------

def unify_sheet(sheet: dict, ids: dict[tuple[str, str], Identity]) -> dict:
    """A copy of the sheet whose actor ids are the site-wide ones; actors that turned out to be
    one are one entry (mentions, aliases and roles together)."""
    def to(local):
        identity = ids.get((sheet["id"], str(local))) if local is not None else None
        return identity.id if identity else local

    actors: dict[str, dict] = {}
    for actor in _items(sheet, "actors"):
        identity = ids.get((sheet["id"], str(actor.get("id"))))
        new_id = to(actor.get("id"))
        merged = actors.setdefault(new_id, {
            **actor, "id": new_id, "name": identity.name if identity else actor.get("name"),
            "aliases": [], "roles": [], "mentions": [], "affiliation": to(actor.get("affiliation")),
        })
        for alias in [actor.get("name"), *(actor.get("aliases") or [])]:
            if alias and alias != merged["name"] and alias not in merged["aliases"]:
                merged["aliases"].append(alias)
        for role in _items(actor, "roles"):
            role = {**role, "of": to(role.get("of"))}
            if role not in merged["roles"]:
                merged["roles"].append(role)
        merged["mentions"] = sorted(merged["mentions"] + list(actor.get("mentions") or []))
    out = dict(sheet)
    out["actors"] = list(actors.values())
    out["quotes"] = [{**q, "speakers": _dedupe([to(s) for s in q.get("speakers") or []])}
                     for q in _items(sheet, "quotes")]
    out["positions"] = [{**p, "actor": to(p.get("actor"))} for p in _items(sheet, "positions")]
    out["events"] = [{**e, "actors": _dedupe([to(a) for a in e.get("actors") or []])}
                     for e in _items(sheet, "events")]
    out["figures"] = [{**f, "actor": to(f.get("actor"))} for f in _items(sheet, "figures")]
    return out


def _dedupe(values: list) -> list:
    return list(dict.fromkeys(v for v in values if v is not None))


# --- grouping articles into crises ------------------------------------------------------------------

@dataclass
class Group:
    id: str
    title: str
    grouped_by: str  # "crises.yaml" | "front matter" | "shared actors"
    sheet_ids: list[str]


class OverrideError(ValueError):
    """A crises.yaml that cannot be used; the message says what is wrong."""


def load_overrides(text: str | None) -> dict[str, dict]:
    """crises.yaml: ``<crisis id>: {title: ..., seeds: [<seed id>, ...]}``; both keys optional."""
    if not text:
        return {}
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as err:
        raise OverrideError(f"crises.yaml: not valid YAML ({str(err).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise OverrideError("crises.yaml: must map crisis ids to {title, seeds}")
    out = {}
    for crisis_id, entry in data.items():
        entry = entry or {}
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", str(crisis_id)) or not isinstance(entry, dict):
            raise OverrideError(f"crises.yaml: {crisis_id!r}: ids are slugs mapping to {{title, seeds}}")
        seeds = entry.get("seeds") or []
        if not isinstance(seeds, list):
            raise OverrideError(f"crises.yaml: {crisis_id}: seeds must be a list of seed ids")
        out[str(crisis_id)] = {"title": entry.get("title"), "seeds": [str(s) for s in seeds]}
    return out


def group_articles(sheets: list[dict], overrides: dict[str, dict] | None = None) -> list[Group]:
    """Crises, each with its articles. The user's crises.yaml wins, then the seed's own
    ``crisis:``; the rest cluster by shared actors and dates. A lone article is a story, not a
    crisis, unless the user or its front matter says it is one."""
    overrides = overrides or {}
    known = {s["id"] for s in sheets}
    groups: dict[str, Group] = {}
    placed: set[str] = set()
    for crisis_id, entry in overrides.items():
        members = [s for s in entry["seeds"] if s in known and s not in placed]
        if members:
            groups[crisis_id] = Group(crisis_id, entry["title"] or crisis_id, "crises.yaml", members)
            placed.update(members)
    for sheet in sheets:
        named = (sheet.get("article") or {}).get("crisis")
        if named and sheet["id"] not in placed:
            crisis_id = slugify(named)
            group = groups.setdefault(crisis_id, Group(crisis_id, str(named), "front matter", []))
            group.sheet_ids.append(sheet["id"])
            placed.add(sheet["id"])
    for cluster in _clusters([s for s in sheets if s["id"] not in placed]):
        crisis_id, title = _cluster_name(cluster, set(groups))
        groups[crisis_id] = Group(crisis_id, title, "shared actors", [s["id"] for s in cluster])
    for crisis_id, entry in overrides.items():  # a title alone renames whatever crisis has the id
        if crisis_id in groups and entry["title"]:
            groups[crisis_id].title = entry["title"]
    for group in groups.values():
        group.sheet_ids.sort()
    return sorted(groups.values(), key=lambda g: g.id)


def _features(sheet: dict) -> dict[str, float]:
    weights = {}
    for actor in _items(sheet, "actors"):
        kind = actor.get("kind")
        if kind == PERSON and not is_descriptive(str(actor.get("name"))):
            weights[actor["id"]] = 1.0
        elif kind in ("state", "organization", "group"):
            weights[actor["id"]] = 0.5
    return weights


def _close_in_time(a: dict, b: dict) -> bool:
    da, db = (iso_date((s.get("article") or {}).get("published")) for s in (a, b))
    if not da or not db:
        return True  # an undated article may belong anywhere: its actors decide
    try:
        gap = abs((dt.date.fromisoformat(da) - dt.date.fromisoformat(db)).days)
    except ValueError:
        return True
    return gap <= MAX_GAP_DAYS


def _clusters(sheets: list[dict]) -> list[list[dict]]:
    union = _Union()
    features = {s["id"]: _features(s) for s in sheets}
    for i, a in enumerate(sheets):
        union.find(a["id"])
        for b in sheets[i + 1:]:
            shared = features[a["id"]].keys() & features[b["id"]].keys()
            if sum(features[a["id"]][k] for k in shared) >= LINK_SCORE and _close_in_time(a, b):
                union.union(a["id"], b["id"])
    by_id = {s["id"]: s for s in sheets}
    return [[by_id[i] for i in group] for group in union.groups(by_id) if len(group) >= 2]


def _cluster_name(cluster: list[dict], taken: set[str]) -> tuple[str, str]:
    """Named after the two actors most of its articles share: stable as articles arrive."""
    counts, names = Counter(), {}
    for sheet in cluster:
        for actor in _items(sheet, "actors"):
            if actor.get("kind") in ("state", "organization", "group", PERSON):
                counts[actor["id"]] += 1
                names.setdefault(actor["id"], actor.get("name") or actor["id"])
    top = sorted(counts, key=lambda a: (-counts[a], a))[:2]
    crisis_id = "-".join(top) or "crisis"
    base, n = crisis_id, 1
    while crisis_id in taken:
        n += 1
        crisis_id = f"{base}-{n}"
    return crisis_id, " and ".join(str(names[a]) for a in top) or crisis_id


# --- one crisis merged --------------------------------------------------------------------------------

def merge_crisis(group: Group, sheets: dict[str, dict], identities: dict[str, Identity]) -> dict:
    """The crisis as data: every fact of its articles with site-wide actor ids, plus what only
    shows across articles (relations, the timeline, disagreements)."""
    members = [sheets[i] for i in group.sheet_ids]
    articles = [_article(s) for s in members]
    quotes = [q for s in members for q in _quotes(s)]
    positions = [p for s in members for p in _positions(s)]
    events = _timeline(members)
    relations = _relations(members, positions)
    actors = _actors(members, identities, quotes, positions, relations)
    dated = sorted(a["published"] for a in articles if a["published"])
    crisis = {
        "schema_version": CRISIS_SCHEMA_VERSION, "id": group.id, "title": group.title,
        "grouped_by": group.grouped_by,
        "period": {"first": dated[0] if dated else None, "last": dated[-1] if dated else None},
        "articles": sorted(articles, key=lambda a: (a["published"] or "9999", a["id"])),
        "actors": actors, "quotes": quotes, "positions": positions, "events": events,
        "sources": _sources(members), "outlets": _outlets(articles),
        "figures": [f for s in members for f in _figures(s)], "relations": relations,
    }
    crisis["disagreements"] = _disagreements(crisis)
    return {key: crisis[key] for key in CRISIS_FIELDS}


def _article(sheet: dict) -> dict:
    a = sheet.get("article") or {}
    return {"id": sheet["id"], "title": a.get("title"), "published": iso_date(a.get("published")),
            "publisher": a.get("publisher"), "url": a.get("url"), "lede": a.get("lede")}


def _published(sheet: dict) -> str | None:
    return iso_date((sheet.get("article") or {}).get("published"))


def _quotes(sheet: dict) -> list[dict]:
    return [{"id": q.get("id"), "article": sheet["id"], "published": _published(sheet),
             "text": q.get("text"), "kind": q.get("kind"), "speakers": list(q.get("speakers") or []),
             "cue": q.get("cue"), "via": q.get("via")} for q in _items(sheet, "quotes")]


def _positions(sheet: dict) -> list[dict]:
    out = []
    for p in _items(sheet, "positions"):
        evidence = p.get("evidence")
        out.append({"actor": p.get("actor"), "stance": p.get("stance"), "topic": p.get("topic"),
                    "cue": p.get("cue"), "article": sheet["id"], "published": _published(sheet),
                    "quote": evidence if isinstance(evidence, str) else None,
                    "evidence": _excerpt(sheet, evidence)})
    return out


def _excerpt(sheet: dict, span, limit: int = 300) -> str | None:
    body = (sheet.get("article") or {}).get("body") or ""
    if isinstance(span, str):  # a quote id
        quote = next((q for q in _items(sheet, "quotes") if q.get("id") == span), None)
        return quote.get("text") if quote else None
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return " ".join(body[span[0]:span[1]].split())[:limit] or None
    return None


def _timeline(members: list[dict]) -> list[dict]:
    """Dated events of every article, each article's own report as an entry on its date, and the
    undated articles placed by the dates of what they report (marked ``estimated``)."""
    entries = []
    for sheet in members:
        events = _items(sheet, "events")
        published = _published(sheet)
        for e in events:
            date = iso_date(e.get("date"))
            # An article cannot report what happened after it was published: such a date is an
            # announcement ("a vote next week") or a misread date; it stays off the timeline.
            ahead = bool(date and published and date > published)
            entries.append({"id": e.get("id"), "article": sheet["id"], "date": date,
                            "when": e.get("when"), "what": e.get("what"),
                            "actors": list(e.get("actors") or []), "type": "event",
                            "after_report": ahead, "evidence": _excerpt(sheet, e.get("evidence"))})
        estimated = None
        if not published:
            dates = sorted(iso_date(e.get("date")) for e in events if e.get("date"))
            estimated = dates[-1] if dates else None  # it reports these, so it was written after
        entries.append({"id": None, "article": sheet["id"], "date": published or estimated,
                        "when": None if published else ("estimated" if estimated else None),
                        "what": (sheet.get("article") or {}).get("title"), "actors": [],
                        "type": "report", "after_report": False, "estimated": bool(estimated),
                        "evidence": None})
    return sorted(entries, key=lambda e: (e["date"] is None, e["date"] or "", e["type"] != "event",
                                          e["article"], str(e["id"])))


def _sources(members: list[dict]) -> list[dict]:
    merged: dict[str, dict] = {}
    for sheet in members:
        via = defaultdict(set)
        for q in _items(sheet, "quotes"):
            if q.get("via"):
                via[q["via"]].add(q.get("id"))
        for s in _items(sheet, "sources"):
            key = re.sub(r"^the ", "", fold(s.get("name") or s.get("id")))
            row = merged.setdefault(key, {"id": s.get("id"), "name": s.get("name"), "kind": s.get("kind"),
                                          "url": s.get("url"), "cited": 0, "articles": []})
            row["cited"] += len(set(s.get("cited_for") or []) | via[s.get("id")])
            if sheet["id"] not in row["articles"]:
                row["articles"].append(sheet["id"])
    return sorted(merged.values(), key=lambda s: (-s["cited"], -len(s["articles"]), fold(s["name"])))


def _outlets(articles: list[dict]) -> list[dict]:
    counts = Counter(a["publisher"] for a in articles if a["publisher"])
    return [{"name": name, "articles": n} for name, n in sorted(counts.items(), key=lambda x: (-x[1], x[0]))]


def _figures(sheet: dict) -> list[dict]:
    return [{"value": f.get("value"), "unit": f.get("unit"), "text": f.get("text"),
             "actor": f.get("actor"), "article": sheet["id"], "published": _published(sheet),
             "evidence": _excerpt(sheet, f.get("evidence"))} for f in _items(sheet, "figures")]


# --- across articles: relations, actors, disagreements ------------------------------------------------

def _relations(members: list[dict], positions: list[dict]) -> list[dict]:
    """Who talks about whom (a speaker's quote names another actor) and who supports or opposes
    whom (a position whose topic or evidence names another actor)."""
    counts: dict[tuple, dict] = {}

    def add(source, target, kind, article, quote):
        if not source or not target or source == target:
            return
        row = counts.setdefault((source, target, kind), {"source": source, "target": target,
                                                          "kind": kind, "count": 0, "evidence": []})
        row["count"] += 1
        row["evidence"].append({"article": article, "quote": quote})

    for sheet in members:
        spans = _mention_spans(sheet)
        for q in _items(sheet, "quotes"):
            for target in _named_in(spans, q.get("start"), q.get("end")):
                for speaker in q.get("speakers") or []:
                    add(speaker, target, "quotes", sheet["id"], q.get("id"))
        names = _names(sheet)
        quotes = {q.get("id"): q for q in _items(sheet, "quotes")}
        for p in _items(sheet, "positions"):
            if p.get("stance") not in ("supports", "opposes"):
                continue
            evidence = p.get("evidence")
            quote = quotes.get(evidence) if isinstance(evidence, str) else None
            targets = set(_named_in(spans, quote.get("start"), quote.get("end"))) if quote else set()
            topic = fold(p.get("topic"))
            targets |= {a for a, forms in names.items() if any(_has_word(topic, f) for f in forms)}
            for target in sorted(targets):
                add(p.get("actor"), target, p["stance"], sheet["id"], evidence if quote else None)
    return sorted(counts.values(), key=lambda r: (-r["count"], r["source"], r["target"], r["kind"]))


def _mention_spans(sheet: dict) -> list[tuple[int, int, str]]:
    return [(m[0], m[1], a["id"]) for a in _items(sheet, "actors") for m in a.get("mentions") or []
            if isinstance(m, (list, tuple)) and len(m) == 2]


def _named_in(spans, start, end) -> list[str]:
    if not isinstance(start, int) or not isinstance(end, int):
        return []
    return sorted({actor for s, e, actor in spans if start <= s and e <= end})


def _has_word(text: str, word: str) -> bool:
    """Whether `word` stands in `text` as a whole word; the plain substring test first, which
    rules out nearly every pair without a regular expression."""
    return word in text and re.search(rf"\b{re.escape(word)}\b", text) is not None


def _names(sheet: dict) -> dict[str, set[str]]:
    out = {}
    for a in _items(sheet, "actors"):
        forms = {fold(n) for n in [a.get("name"), *(a.get("aliases") or [])] if n}
        if a.get("kind") == PERSON:
            forms |= {name_tokens(n)[-1] for n in [a.get("name")] if n and name_tokens(n)}
        out[a["id"]] = {f for f in forms if len(f) >= 3}
    return out


def _actors(members, identities, quotes, positions, relations) -> list[dict]:
    rows: dict[str, dict] = {}
    for sheet in members:
        for actor in _items(sheet, "actors"):
            identity = identities.get(actor["id"])
            row = rows.setdefault(actor["id"], {
                "id": actor["id"], "name": identity.name if identity else actor.get("name"),
                "kind": identity.kind if identity else actor.get("kind"), "aliases": [],
                "sheet_ids": [], "articles": [], "roles": [], "mentions": 0, "quotes": 0,
                "positions": 0, "relations": 0, "centrality": 0,
            })
            _add_appearance(row, actor, sheet, identity)
    for q in quotes:
        for speaker in set(q["speakers"]):
            if speaker in rows:
                rows[speaker]["quotes"] += 1
    for p in positions:
        if p["actor"] in rows:
            rows[p["actor"]]["positions"] += 1
    for r in relations:
        for end in (r["source"], r["target"]):
            if end in rows:
                rows[end]["relations"] += r["count"]
    for row in rows.values():
        # Centrality: how much of the crisis runs through the actor. Each article it is in, each
        # quote it speaks, each stance it takes and each tie to another actor counts once.
        row["centrality"] = len(row["articles"]) + row["quotes"] + row["positions"] + row["relations"]
    return sorted(rows.values(), key=lambda r: (-r["centrality"], -r["mentions"], r["name"] or "", r["id"]))


def _add_appearance(row: dict, actor: dict, sheet: dict, identity: Identity | None) -> None:
    row["articles"].append(sheet["id"])
    row["mentions"] += len(actor.get("mentions") or [])
    originals = identity.locals_in(sheet["id"]) if identity else []
    for local in originals or [actor["id"]]:
        row["sheet_ids"].append({"article": sheet["id"], "id": local})
    for alias in [actor.get("name"), *(actor.get("aliases") or [])]:
        if alias and alias != row["name"] and alias not in row["aliases"]:
            row["aliases"].append(alias)
    for role in _items(actor, "roles"):
        row["roles"].append({"title": role.get("title"), "of": role.get("of"),
                             "article": sheet["id"], "published": _published(sheet)})


def _disagreements(crisis: dict) -> list[dict]:
    """Two figures for one thing (same unit and actor, different values, different articles) and
    two accounts of one event (same date and actors, different wording, different articles)."""
    out = []
    figures = defaultdict(list)
    for f in crisis["figures"]:
        if f["unit"]:
            figures[(fold(f["unit"]), f["actor"])].append(f)
    for (unit, actor), rows in sorted(figures.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        if len({str(r["value"]) for r in rows}) > 1 and len({r["article"] for r in rows}) > 1:
            out.append({"kind": "figure", "about": f"{unit}", "actor": actor,
                        "accounts": [{"article": r["article"], "value": r["value"], "text": r["text"],
                                      "evidence": r["evidence"]} for r in rows]})
    events = defaultdict(list)
    for e in crisis["events"]:
        if e["type"] == "event" and e["date"] and e["actors"]:
            events[(e["date"], tuple(sorted(e["actors"])))].append(e)
    for (date, actors), rows in sorted(events.items()):
        whats = {fold(r["what"]) for r in rows}
        if len({r["article"] for r in rows}) > 1 and len(whats) > 1:
            out.append({"kind": "event", "about": date, "actor": actors[0],
                        "accounts": [{"article": r["article"], "value": None, "text": r["what"],
                                      "evidence": r["evidence"]} for r in rows]})
    return out


# --- the whole analysis -----------------------------------------------------------------------------

@dataclass
class Analysis:
    sheets: list[dict]          # the fact sheets with site-wide actor ids
    identities: list[Identity]
    crises: list[dict]          # one merged crisis dict each (crisis.yaml)


def analyse(sheets: list[dict], overrides: dict[str, dict] | None = None, release: bool = False) -> Analysis:
    """Identities, unified sheets and merged crises of `sheets`. With `release`, each entry of
    `sheets` is replaced by its unified copy as soon as it is made, so that a caller that hands
    over its only list frees the originals one by one instead of holding two copies of every
    sheet (at thousands of articles, a gigabyte)."""
    identities = resolve_actors(sheets)
    ids = id_map(identities)
    unified = sheets if release else list(sheets)
    for index, sheet in enumerate(unified):
        unified[index] = unify_sheet(sheet, ids)
    by_id = {s["id"]: s for s in unified}
    by_identity = {i.id: i for i in identities}
    crises = [merge_crisis(g, by_id, by_identity) for g in group_articles(unified, overrides)]
    return Analysis(sheets=unified, identities=identities, crises=crises)
