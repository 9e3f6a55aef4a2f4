"""The registry of published ids (generator.site.published): a page's address stays when new
articles make another name of its actor the most used; a merge leaves a redirect."""
from generator.crisis.identities import Identity
from generator.model.schema import validate
from generator.site.files import site_files
from generator.site.options import SiteOptions
from generator.site.published import PublishedIds
from generator.site.redirects import output_path


def sheet(sheet_id, date, names, crisis=None):
    """A fact sheet of an article naming `names` (each its own actor)."""
    body = " ".join(f"{name} spoke on Monday." for name in names)
    actors, at = [], 0
    for name in names:
        start = body.index(name, at)
        at = start + len(name)
        actors.append({"id": name.lower().replace(" ", "-"), "name": name, "kind": "person", "aliases": [],
                       "roles": [], "affiliation": None, "mentions": [[start, at]]})
    article = {"title": f"Talks {sheet_id}", "lede": body, "published": date, "url": None, "publisher": "Post",
               "authors": [], "language": "en", "source_file": f"{sheet_id}.md", "checksum": "0" * 64,
               "related": [], "body": body}
    if crisis:
        article["crisis"] = crisis
    data = {"schema_version": 1, "id": sheet_id, "article": article, "actors": actors, "quotes": [],
            "positions": [], "sources": [], "events": [], "figures": []}
    validate(data)
    return data


FIRST = [sheet("a1", "2024-01-02", ["Qassem Soleimani"])]
LATER = FIRST + [sheet(f"a{n}", f"2024-01-0{n + 1}", ["Qasem Soleimani"]) for n in range(2, 5)]


def build(sheets, registry, overrides=None):
    options = SiteOptions(directory_urls=False, published=registry)
    return site_files([dict(s) for s in sheets], {}, overrides or {}, None, options)


def test_an_actor_keeps_its_published_address_when_another_name_becomes_the_most_used(tmp_path):
    # without a registry the id follows the most used name
    assert "actors/qasem-soleimani.md" in build(LATER, None).pages.jobs

    registry = PublishedIds.load(tmp_path / "published-ids.yaml")
    first = build(FIRST, registry)
    assert "actors/qassem-soleimani.md" in first.pages.jobs
    assert registry.save()
    assert "qassem-soleimani: Qassem Soleimani" in (tmp_path / "published-ids.yaml").read_text()

    later = build(LATER, PublishedIds.load(tmp_path / "published-ids.yaml"))
    assert "actors/qassem-soleimani.md" in later.pages.jobs
    assert "actors/qasem-soleimani.md" not in later.pages.jobs
    page = later.pages.render("actors/qassem-soleimani.md")
    assert page.title == "Qasem Soleimani"  # the page shows the name now most used, at its old address


def test_an_id_taken_by_one_actor_is_not_given_to_another():
    """Two actors whose names make one slug: the one with the published name keeps the id."""
    registry = PublishedIds({"maria-lopez": "Maria Lopez"})
    other = Identity("maria-lopez", "María López", "person")
    published = Identity("maria-lopez", "Maria Lopez", "person")
    registry.settle_actors([other, published])
    assert (published.id, other.id) == ("maria-lopez", "maria-lopez-2")
    assert registry.actors["maria-lopez-2"] == "María López"  # published now too


def test_a_merge_leaves_a_redirect_from_the_address_that_went(tmp_path):
    registry = PublishedIds(path=tmp_path / "ids.yaml")
    two = [sheet("c1", "2024-03-01", ["Relief Agency"]), sheet("c2", "2024-03-02", ["Aid Office"])]
    assert {"actors/relief-agency.md", "actors/aid-office.md"} <= set(build(two, registry).pages.jobs)
    registry.save()

    merged = [two[0], dict(two[1])]  # a curation merge in c2: aid-office -> relief-agency
    merged[1]["actors"] = [{**two[1]["actors"][0], "id": "relief-agency", "name": "Relief Agency",
                            "aliases": ["Aid Office"]}]
    registry = PublishedIds.load(tmp_path / "ids.yaml")
    files = build(merged, registry)
    assert "actors/aid-office.md" not in files.pages.jobs
    assert registry.moved["actors"] == {"aid-office": "relief-agency"}
    redirect = files.texts[output_path("actors/aid-office.md", False)]
    assert 'http-equiv="refresh" content="0; url=../actors/relief-agency.html"' in redirect
    assert '<a href="../actors/relief-agency.html">' in redirect


def test_a_crisis_the_user_renames_redirects_from_its_old_address(tmp_path):
    registry = PublishedIds(path=tmp_path / "ids.yaml")
    sheets = [sheet("d1", "2024-04-01", ["Ana Ruiz"], crisis="Delta floods"),
              sheet("d2", "2024-04-02", ["Ana Ruiz"], crisis="Delta floods")]
    assert "crises/delta-floods/index.md" in build(sheets, registry).pages.jobs
    registry.save()
    overrides = {"floods-2024": {"title": "Floods of 2024", "seeds": ["d1", "d2"]}}
    registry = PublishedIds.load(tmp_path / "ids.yaml")
    files = build(sheets, registry, overrides)
    assert "crises/floods-2024/index.md" in files.pages.jobs
    assert "url=../../crises/floods-2024/index.html" in files.texts["crises/delta-floods/index.html"]


def test_a_crisis_found_by_shared_actors_keeps_its_id_as_it_grows(tmp_path):
    registry = PublishedIds({}, {"the-first-name": ["e1", "e2"]}, tmp_path / "ids.yaml")
    sheets = [sheet(f"e{n}", f"2024-05-0{n}", ["Ana Ruiz", "Tomas Varela"]) for n in range(1, 5)]
    files = build(sheets, registry)
    assert "crises/the-first-name/index.md" in files.pages.jobs
    assert registry.crises["the-first-name"] == ["e1", "e2", "e3", "e4"]


def test_the_registry_is_written_only_when_it_grows(tmp_path):
    path = tmp_path / "ids.yaml"
    registry = PublishedIds.load(path)
    assert registry.save() is False and not path.exists()  # nothing published yet
    build(FIRST, registry)
    assert registry.save() is True
    again = PublishedIds.load(path)
    build(FIRST, again)
    assert again.save() is False
