"""A crisis in a few of its articles' own sentences: `summary` in crisis.yaml, what its page leads
with. Extractive: every entry is a sentence of an article, `text` exactly `body[start:end]`.

How the sentences are chosen:
1. Candidates: the news sentences of each article that stand on their own (``sentences``).
2. Centrality across outlets (LexRank's idea, with votes by outlet): a sentence scores the sum,
   over the OTHER outlets, of its TF-IDF cosine to that outlet's closest sentence (below
   ``SIMILAR`` a match shares words, not content). An outlet votes once however many of its
   articles say the same, and copies of one wire story under several mastheads are one voter.
3. Weights: the newest reports count more (a crisis that turned ends on where it stands), a
   sentence higher in its article more (news writing puts the news first), a sentence about
   what happened well before the crisis less (background), and, when the crisis has
   developments, one that reports a development many articles report more.
4. Selection (maximal marginal relevance): the best sentence of the newest reports first, then
   each next best discounted by its likeness to those chosen; one that says what a chosen one
   says (cosine over ``REDUNDANT``, or the same development) is left out.
5. The chosen sentences in the order of their reports' dates, so the summary reads as an account.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np

from generator.crisis.developments import background_cutoff, is_background, placements
from generator.crisis.identities import published_date
from generator.crisis.sentences import Sentence, article_sentences, mostly_quoted
from generator.crisis.union_find import UnionFind
from generator.extract.outlets import outlet_key
from generator.model.values import day_of, is_span, iso_date, items

SUMMARY_MIN, SUMMARY_MAX = 3, 7
SIMILAR = 0.12        # cosine below which two sentences share words, not what they report
REDUNDANT = 0.4       # cosine above which two sentences say the same thing ...
SAME_DAY_REDUNDANT = 0.2  # ... or above this when they report an event of the same day
ALONE = 0.05          # what a sentence no other outlet reports counts: a crisis of two articles has its ledes
STOP_SHARE = 0.15     # no further sentence once the best left scores under this share of the first
PER_ARTICLE = 2       # sentences one article may give
MAX_SCORED = 500      # candidates scored pairwise; a larger crisis keeps its most central by words
CHUNK_FLOATS = 8_000_000  # products worked out at once (32 MB): candidates x the voting sentences' terms
OLDEST_WEIGHT = 0.6   # the weight of the first day's reports; the last day's weigh 1
NEWEST_SHARE = 0.25   # the newest quarter of the reports gives the summary's first pick
POSITION_DECAY = 0.1  # a sentence in paragraph p weighs 1 / (1 + POSITION_DECAY * p)
BACKGROUND_WEIGHT = 0.5
DEVELOPMENT_BONUS = 1.0  # a sentence reporting the crisis's most reported development weighs 1 + this
COPY_WORDS = 15       # a sentence this long found word for word in two articles is one wire's


@dataclass
class Scored:
    """A crisis's candidate sentences scored: what the selection works from."""
    pool: list[Sentence]        # every news sentence, the voters
    candidates: list[int]       # the sentences of `pool` that may be chosen
    central: np.ndarray         # per candidate, its centrality across outlets
    relevance: np.ndarray       # ... times its weights
    matrix: np.ndarray          # the candidates' vectors, a row each
    reported: list              # per candidate, (development id, share) or None
    newest: np.ndarray          # per candidate, whether it is of the newest reports
    published: dict[str, str | None]  # article id -> the day it was published
    dates: dict[str, str | None]  # article id -> the day of its report


def summarise(members: list[dict], developments: list[dict] | None = None,
              placed: dict[str, str] | None = None) -> list[dict]:
    """The summary of a crisis of the fact sheets `members`: [{text, article, published,
    evidence: [start, end]}], in the order of their reports' dates. `placed`: the day each
    undated article is placed on, when the caller has it (see ``report_dates``)."""
    scored = score_candidates(members, developments, placed)
    if scored is None:
        return []
    chosen = _select(scored, _length(len(members)))
    picked = sorted((scored.pool[scored.candidates[row]] for row in chosen),
                    key=lambda s: (scored.dates.get(s.article) or "9999", s.article, s.start))
    return [{"text": s.text, "article": s.article, "published": scored.published[s.article],
             "evidence": [s.start, s.end]} for s in picked]


def score_candidates(members: list[dict], developments: list[dict] | None = None,
                     placed: dict[str, str] | None = None) -> Scored | None:
    """The candidate sentences of a crisis with their centrality and weights (None: there are none)."""
    pool = [s for sheet in members for s in article_sentences(sheet)]
    candidates = [i for i, s in enumerate(pool) if s.standalone]
    if not candidates:
        return None
    published = {sheet["id"]: published_date(sheet) for sheet in members}
    dates = report_dates(published, developments, placed)
    period = _period(published.values()) if any(published.values()) else _period(dates.values())
    vectors = _tfidf(pool)
    voter = _voters(members, pool)
    votes = [voter[s.article] for s in pool]  # each sentence's voter
    candidates = _shortlist(candidates, vectors, votes)
    matrix, column = _candidate_matrix(candidates, vectors)
    central = _centrality(matrix, column, candidates, vectors, votes)
    reported = _developments(developments, pool, candidates)
    relevance = (central + ALONE) * _weights(candidates, pool, dates, reported, period)
    newest = _newest_rows(candidates, pool, dates, published)
    return Scored(pool, candidates, central, relevance, matrix, reported, newest, published, dates)


def _length(articles: int) -> int:
    """How many sentences: three for a handful of articles, one more each time they double."""
    return max(SUMMARY_MIN, min(SUMMARY_MAX, SUMMARY_MIN + round(math.log2(max(articles, 4) / 4))))


def report_dates(published: dict[str, str | None], developments: list[dict] | None,
                 placed: dict[str, str] | None = None) -> dict[str, str | None]:
    """Article id -> the day it was published (`published`); an undated article, the day the
    crisis timeline places it on (`placed`, which ``developments.placements`` gives; worked out
    here when the caller has not), else None."""
    if placed is None:
        placed = placements(developments or [], {a for a, day in published.items() if not day})
    return {a: day or placed.get(a) for a, day in published.items()}


def _terms(words: list[str]) -> list[str]:
    """The words of a sentence, lower case, a possessive 's off. No stop list: a word most
    sentences have ("the", "said") weighs next to nothing by its idf (see _tfidf)."""
    out = []
    for word in words:
        word = word.casefold().replace("’", "'")
        if len(word) > 1 or word.isdigit():
            out.append(word[:-2] if word.endswith("'s") else word)
    return out


@dataclass
class Vectors:
    """The TF-IDF vectors of the pool's sentences, a sparse matrix by rows: sentence i's terms
    (ids) are ``terms[starts[i]:starts[i + 1]]``, with ``weights`` alike."""
    starts: np.ndarray
    terms: np.ndarray
    weights: np.ndarray

    def lengths(self) -> np.ndarray:
        return np.diff(self.starts)

    def rows_of(self, rows) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The entries of `rows`, in their order: (position in `rows` of each entry, terms, weights)."""
        rows = np.asarray(rows, dtype=np.intp)
        lengths = self.lengths()[rows]
        owner = np.repeat(np.arange(len(rows)), lengths)
        firsts = np.repeat(self.starts[rows] - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        entries = np.arange(len(owner)) + firsts
        return owner, self.terms[entries], self.weights[entries]


def _tfidf(pool: list[Sentence]) -> Vectors:
    """Each sentence's terms weighted by (1 + log tf) x idf (idf = log(sentences / sentences
    with the term)), unit length; a term in every sentence weighs nothing."""
    vocabulary: dict[str, int] = {}
    terms, counts, lengths = [], [], []
    for sentence in pool:
        tf = Counter(_terms(sentence.words))
        terms.extend(vocabulary.setdefault(t, len(vocabulary)) for t in tf)
        counts.extend(tf.values())
        lengths.append(len(tf))
    terms = np.array(terms, dtype=np.intp)
    df = np.bincount(terms, minlength=len(vocabulary))
    weights = (1 + np.log(np.array(counts, dtype=np.float64))) * np.log(len(pool) / np.maximum(df[terms], 1))
    owner = np.repeat(np.arange(len(pool)), lengths)
    norms = np.sqrt(np.bincount(owner, weights=weights ** 2, minlength=len(pool)))
    weights = weights / np.maximum(norms[owner], 1e-12)
    starts = np.concatenate(([0], np.cumsum(lengths))).astype(np.intp)
    return Vectors(starts, terms, weights.astype(np.float32))


def _voters(members: list[dict], pool: list[Sentence]) -> dict[str, int]:
    """Article id -> its voter: its outlet (an article with no publisher stands alone), the
    outlets that print one wire story joined (they share a long sentence word for word). A
    crisis of one outlet votes by article."""
    keys = {}
    for sheet in members:
        publisher = (sheet.get("article") or {}).get("publisher")
        keys[sheet["id"]] = ("outlet", outlet_key(publisher)) if publisher else ("article", sheet["id"])
    if len(set(keys.values())) == 1:
        keys = {sheet["id"]: ("article", sheet["id"]) for sheet in members}
    joined = UnionFind()
    for key in keys.values():
        joined.find(key)
    for articles in _copied_sentences(pool):
        for other in articles[1:]:
            joined.union(keys[articles[0]], keys[other])
    number = {root: n for n, root in enumerate(sorted({joined.find(k) for k in keys.values()}))}
    return {article: number[joined.find(key)] for article, key in keys.items()}


def _copied_sentences(pool: list[Sentence]) -> list[list[str]]:
    """The articles of each long sentence found word for word in more than one: two reporters
    do not write the same COPY_WORDS words; a wire does, for every outlet that prints it. A
    quotation does not count (outlets quote a statement alike)."""
    by_text = defaultdict(set)
    for s in pool:
        if len(s.words) >= COPY_WORDS and not mostly_quoted(s.text):
            by_text[" ".join(s.text.casefold().split())].add(s.article)
    return [sorted(articles) for articles in by_text.values() if len(articles) > 1]


def _shortlist(candidates: list[int], vectors: Vectors, votes: list[int]) -> list[int]:
    """At most MAX_SCORED candidates: beyond, those whose words the most voters use."""
    if len(candidates) <= MAX_SCORED:
        return candidates
    owner, terms, _ = vectors.rows_of(range(len(votes)))
    voters = np.asarray(votes)[owner]
    pairs = np.unique(terms * (max(votes) + 1) + voters)  # each (term, voter) once
    users = np.bincount(pairs // (max(votes) + 1), minlength=int(vectors.terms.max()) + 1)
    row, terms, weights = vectors.rows_of(candidates)
    score = np.bincount(row, weights=weights * users[terms], minlength=len(candidates))
    best = np.lexsort((np.asarray(candidates), -score))[:MAX_SCORED]
    return sorted(candidates[i] for i in best)


def _candidate_matrix(candidates: list[int], vectors: Vectors) -> tuple[np.ndarray, np.ndarray]:
    """The candidates' vectors as a dense matrix over the terms they use, and the column of
    every term (-1: no candidate uses it)."""
    row, terms, weights = vectors.rows_of(candidates)
    used = np.unique(terms)
    column = np.full(int(vectors.terms.max(initial=0)) + 1, -1, dtype=np.intp)
    column[used] = np.arange(len(used))
    matrix = np.zeros((len(candidates), max(len(used), 1)), dtype=np.float32)
    matrix[row, column[terms]] = weights
    return matrix, column


def _centrality(matrix, column, candidates, vectors: Vectors, votes) -> np.ndarray:
    """Per candidate, the sum over the other voters of its cosine to their closest sentence.
    The voting sentences go by in voter order, a chunk of them at a time: their terms gathered
    from the candidates' matrix and summed per sentence, then the maximum taken per voter."""
    votes = np.asarray(votes)
    order = np.argsort(votes, kind="stable")
    owner, terms, weights = vectors.rows_of(order)
    shared = column[terms] >= 0   # a term no candidate has adds nothing to a cosine
    owner, cols, weights = owner[shared], column[terms[shared]], weights[shared]
    best = np.zeros((len(candidates), int(votes.max()) + 1), dtype=np.float32)
    rows, firsts = np.unique(owner, return_index=True)  # the sentences with a shared term
    limit = max(1000, CHUNK_FLOATS // len(candidates))
    for a, b in _chunks(firsts, limit):
        start, end = firsts[a], (firsts[b] if b < len(firsts) else len(owner))
        cosines = np.add.reduceat(matrix[:, cols[start:end]] * weights[start:end], firsts[a:b] - start, axis=1)
        groups = votes[order[rows[a:b]]]
        edges = np.flatnonzero(np.concatenate(([True], groups[1:] != groups[:-1])))
        ids = groups[edges]
        best[:, ids] = np.maximum(best[:, ids], np.maximum.reduceat(cosines, edges, axis=1))
    best[np.arange(len(candidates)), votes[candidates]] = 0.0  # an outlet does not vote for itself
    best[best < SIMILAR] = 0.0
    return best.sum(axis=1)


def _chunks(firsts: np.ndarray, limit: int):
    """Runs [a, b) of sentences (by the first entry of each) of about `limit` entries each."""
    a = 0
    while a < len(firsts):
        b = int(np.searchsorted(firsts, firsts[a] + limit, side="right"))
        b = max(b, a + 1)
        yield a, b
        a = b


def _developments(developments, pool, candidates) -> list[tuple[str, float] | None]:
    """Per candidate, the most reported development it reports (an account's evidence is in
    it): (its id, its articles as a share of the most reported one's), or None."""
    found = [None] * len(candidates)
    if not developments:
        return found
    most = max(len(d.get("articles") or []) for d in developments) or 1
    accounts = defaultdict(list)
    for n, d in enumerate(developments):
        share = len(d.get("articles") or []) / most
        for account in d.get("accounts") or []:
            if is_span(account.get("evidence")):
                accounts[account.get("article")].append((account["evidence"], str(d.get("id") or n), share))
    for row, i in enumerate(candidates):
        s = pool[i]
        hits = [(share, key) for (a, b), key, share in accounts.get(s.article, []) if a < s.end and s.start < b]
        if hits:
            share, key = max(hits)
            found[row] = (key, share)
    return found


def _weights(candidates, pool, dates, reported, period) -> np.ndarray:
    """Per candidate: newer report x higher in its article x not background x development."""
    first, last = period
    span = max((last - first).days, 1) if first else 1
    cutoff = background_cutoff({"first": first, "last": last}) if first else None
    weights = np.ones(len(candidates), dtype=np.float32)
    for row, i in enumerate(candidates):
        s = pool[i]
        day = day_of(dates.get(s.article))
        age = min(max((day - first).days / span, 0.0), 1.0) if day and first else 0.0
        weight = OLDEST_WEIGHT + (1 - OLDEST_WEIGHT) * age
        weight /= 1 + POSITION_DECAY * s.paragraph
        if _background(s, cutoff):
            weight *= BACKGROUND_WEIGHT
        if reported[row]:
            weight *= 1 + DEVELOPMENT_BONUS * reported[row][1]
        weights[row] = weight
    return weights


def _period(dates) -> tuple[dt.date | None, dt.date | None]:
    """The first and last of `dates`. The crisis's period is that of the days its articles were
    published when any is: a date an undated article is given from what it reports may lie far off."""
    days = sorted(filter(None, (day_of(d) for d in dates)))
    return (days[0], days[-1]) if days else (None, None)


def _background(sentence: Sentence, cutoff: dt.date | None) -> bool:
    """Every dated event read from the sentence is background to the crisis (as the timeline
    says: ``developments.is_background``)."""
    dated = [e for e in sentence.events if day_of(e.get("date"))]
    return bool(dated) and all(is_background(e.get("date"), e.get("date_precision"), cutoff) for e in dated)


def _select(scored: Scored, length: int) -> list[int]:
    """Rows of the candidates by maximal marginal relevance: the best of the newest reports
    first, then each next by its relevance times (1 - its likeness to the closest chosen), none
    that repeats a chosen one (too alike, alike and of the same day's events, or of the same
    development), at most PER_ARTICLE of one article (more when there are too few
    articles to give `length` sentences)."""
    relevance, reported = scored.relevance, scored.reported
    articles = [scored.pool[i].article for i in scored.candidates]
    days = [_event_days(scored.pool[i]) for i in scored.candidates]
    chosen: list[int] = []
    likeness = np.zeros(len(articles), dtype=np.float32)
    per_article: Counter = Counter()
    cap = max(PER_ARTICLE, math.ceil(length / len(set(articles))))
    open_ = relevance > 0
    newest = scored.newest & open_
    top = float(relevance.max())
    while len(chosen) < length and open_.any():
        rows = newest if not chosen and newest.any() else open_
        score = np.where(rows, relevance * (1 - likeness), -1.0)
        row = int(np.argmax(score))
        if len(chosen) >= SUMMARY_MIN and score[row] < STOP_SHARE * top:
            break
        chosen.append(row)
        per_article[articles[row]] += 1
        alike = scored.matrix @ scored.matrix[row]
        likeness = np.maximum(likeness, alike)
        open_ &= likeness <= REDUNDANT
        # "Ostria closed the port on Monday" and "Ostria shut the port on Monday, and the queue
        # grew": other words for one event; the day it happened tells them apart from a new one.
        same_day = np.array([bool(d & days[row]) for d in days])
        open_ &= ~(same_day & (alike > SAME_DAY_REDUNDANT))
        open_ &= np.array([per_article[a] < cap for a in articles])
        if reported[row]:
            open_ &= np.array([r is None or r[0] != reported[row][0] for r in reported])
    return chosen


def _event_days(sentence: Sentence) -> set[str]:
    """The days of the events read from the sentence that the article dates to the day."""
    return {iso_date(e.get("date")) for e in sentence.events
            if e.get("date") and (e.get("date_precision") or "day") == "day"}


def _newest_rows(candidates, pool, dates, published) -> np.ndarray:
    """The candidates from the newest NEWEST_SHARE of the articles, by the days they were published."""
    days = sorted(d for d in (published.values() if any(published.values()) else dates.values()) if d)
    if not days:
        return np.zeros(len(candidates), dtype=bool)
    cut = days[min(len(days) - 1, int(len(days) * (1 - NEWEST_SHARE)))]
    return np.array([(dates.get(pool[i].article) or "") >= cut for i in candidates])
