"""Articles without `crisis:` clustered by the actors they share: no chaining, rarity counts,
a window that moves with the story."""
import datetime as dt

from benchmarks.grouping import assignment, corpus, pairwise
from generator.crisis.clustering import WINDOW_DAYS, cluster
from generator.crisis.grouping import group_articles

START = dt.date(2024, 1, 1)


def sheet(n, day, *actors, undated=False):
    """A sheet named `a<n>` published `day` days after START, naming `actors` ("kind:Name") and,
    as a real report does, a few people no other article names."""
    passers = [f"person:Passer {n} {k}" for k in range(6)]
    return {"id": f"a{n:03d}", "article": {"published": None if undated else (START + dt.timedelta(days=day)).isoformat()},
            "actors": [{"id": name.lower().replace(" ", "-"), "name": name, "kind": kind,
                        "mentions": [[0, 0]] * (1 if name.startswith("Passer") else 3)}
                       for kind, name in (a.split(":") for a in [*actors, *passers])]}


def story(first, count, day, people, every_few_days=2):
    return [sheet(first + i, day + i * every_few_days, *people) for i in range(count)]


def ids(groups):
    return [[s["id"] for s in group] for group in groups]


def test_two_stories_sharing_common_actors_stay_apart():
    common = ("state:Norway", "organization:United Nations")
    a = story(0, 6, 0, ("person:Anna Berg", "group:Fjord Front", *common))
    b = story(10, 6, 1, ("person:Omar Haddad", "state:Chile", *common))
    elsewhere = [sheet(100 + n, n, *common, f"person:Someone {n}") for n in range(30)]  # named everywhere
    groups = ids(cluster(a + b + elsewhere))
    assert groups == [[s["id"] for s in a], [s["id"] for s in b]]


def test_a_chain_of_articles_each_sharing_a_little_with_the_next_is_not_one_crisis():
    # a0 and a1 share one person, a1 and a2 another, and so on: single linkage made one crisis of it
    chain = [sheet(n, n, f"person:Person {n}", f"person:Person {n + 1}") for n in range(24)]
    assert max((len(g) for g in cluster(chain)), default=0) < len(chain) // 2


def test_a_state_named_everywhere_links_little():
    sheets = story(0, 4, 0, ("person:Anna Berg", "state:Norway"))
    sheets += [sheet(10 + n, n, "state:Norway", f"person:Someone {n}") for n in range(30)]
    assert ids(cluster(sheets)) == [[s["id"] for s in sheets[:4]]]


def test_the_window_moves_with_the_story():
    long_story = story(0, 40, 0, ("person:Anna Berg", "group:Fjord Front"), every_few_days=5)
    assert 40 * 5 > 3 * WINDOW_DAYS
    assert ids(cluster(long_story)) == [[s["id"] for s in long_story]]
    # the same people months apart, with nothing between, are two crises
    apart = story(0, 5, 0, ("person:Anna Berg", "group:Fjord Front")) + \
        story(5, 5, 200, ("person:Anna Berg", "group:Fjord Front"))
    assert len(cluster(apart)) == 2


def test_an_undated_article_joins_the_crisis_its_actors_name():
    people = ("person:Anna Berg", "group:Fjord Front")
    sheets = story(0, 4, 0, people) + story(10, 4, 3, ("person:Omar Haddad", "state:Chile"))
    sheets.append(sheet(99, 0, *people, undated=True))
    assert "a099" in ids(cluster(sheets))[0]


def test_a_lone_story_is_no_crisis_and_the_order_of_sheets_does_not_matter():
    sheets = story(0, 5, 0, ("person:Anna Berg", "group:Fjord Front")) + [sheet(50, 3, "person:Lena Holm")]
    assert ids(cluster(sheets)) == ids(cluster(list(reversed(sheets)))) == [[f"a00{n}" for n in range(5)]]


def test_synthetic_crises_are_found():
    sheets, truth = corpus(1000)
    precision, recall, f1 = pairwise(assignment(group_articles(sheets), truth), truth)
    assert f1 >= 0.9, (precision, recall)
