"""The site folder replaced whole (generator.site.output)."""
from generator.site.output import new_site_dir, recover_site, swap_in


def site_holding(folder, text: str):
    """A site folder in `folder` whose index.html holds `text`."""
    site = folder / "site"
    site.mkdir()
    (site / "index.html").write_text(text)
    return site


def test_swap_in_replaces_the_site_whole(tmp_path):
    site = site_holding(tmp_path, "old")
    new = new_site_dir(site)
    (new / "index.html").write_text("new")
    swap_in(new, site)
    assert (site / "index.html").read_text() == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_the_first_site_is_swapped_in_where_there_was_none(tmp_path):
    site = tmp_path / "out" / "site"
    new = new_site_dir(site)
    assert new.parent == site.parent and new.name.startswith(".site.new-") and list(new.iterdir()) == []
    (new / "index.html").write_text("first")
    swap_in(new, site)
    assert (site / "index.html").read_text() == "first"


def test_a_swap_cut_between_its_renames_is_undone(tmp_path):
    site = tmp_path / "site"
    old = tmp_path / ".site.old"
    old.mkdir()
    (old / "index.html").write_text("previous")
    recover_site(site)
    assert (site / "index.html").read_text() == "previous"


def test_half_written_sites_of_killed_builds_are_cleared(tmp_path):
    site = site_holding(tmp_path, "current")
    half = new_site_dir(site)
    (half / "page.html").write_text("half")
    recover_site(site)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]
    assert (site / "index.html").read_text() == "current"
