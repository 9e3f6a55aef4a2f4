"""Views across briefings: actors merged over articles, quotes by speaker, sources."""
from tests.site.support import targets, to_html


def test_actor_pages_merge_the_same_id_across_articles(pages):
    page = to_html(pages["actors/kari-lindholm.md"])
    assert page.tags[0][0] == "h1" and "Kari Lindholm" in page.text
    assert "Person · also named Lindholm" in page.text
    assert "Fisheries Minister of Norway" in page.text
    assert "We cannot accept a quota set by one country alone" in page.text
    assert "Kari Lindholm welcomed the decision" in page.text
    links = targets("actors/kari-lindholm.md", page, pages)
    assert "briefings/norway-warns-iceland/index.md#quote-q1" in links
    assert "briefings/mackerel-talks-resume/index.md#quote-q2" in links
    assert "opposes" in page.text and "supports" in page.text



def test_actors_index_groups_by_kind_with_counts(pages):
    page = to_html(pages["actors/index.md"])
    headings = [page.text.index(kind) for kind in ("Person", "State", "Organization")]
    assert headings == sorted(headings)
    assert ["Gunnar Sigurdsson", "Fisheries Minister of Iceland", "2", "2"] in page.rows
    assert ["Norway", "", "1", "0"] in page.rows



def test_quotes_index_groups_by_speaker_and_links_to_the_quote(pages):
    page = to_html(pages["quotes/index.md"])
    assert page.text.index("Gunnar Sigurdsson") < page.text.index("We are ready to listen")
    links = targets("quotes/index.md", page, pages)
    assert "briefings/mackerel-talks-resume/index.md#quote-q1" in links
    assert "actors/gunnar-sigurdsson.md" in links



def test_sources_index_counts_citations(pages):
    page = to_html(pages["sources/index.md"])
    assert "Nordic Wire" in page.text and "statement from the Norwegian ministry" in page.text
    assert "1 quote" in page.text

