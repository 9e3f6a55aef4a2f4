"""The speed layer gives the same bytes: a site built by the plain pipeline (`--no-cache`) and one
built with every cache, the second process and hard links are the same, file for file."""
import os

from generator.cli import main
from tests.conftest import site_project

DATED = ("sitemap.xml", "sitemap.xml.gz")  # dated by the day they are built


def site_bytes(site):
    files = {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}
    assert "index.html" in files and "briefings/relief-convoy/index.html" in files
    return {rel: path.read_bytes() for rel, path in files.items() if path.name not in DATED}, sorted(files)


def build(root, site, *options):
    assert main(["build", "--root", str(root), "--site-dir", str(site), *options]) == 0


def test_the_plain_pipeline_and_the_speed_layer_build_identical_sites(tmp_path, capsys):
    root = site_project(tmp_path / "project")
    plain, fast = tmp_path / "A", tmp_path / "B"
    build(root, plain, "--no-cache")
    assert not (root / ".cache").exists()  # the plain pipeline keeps no cache
    build(root, fast)
    assert (root / ".cache" / "briefing" / "framed").is_dir()  # the speed layer ran
    plain_bytes, plain_names = site_bytes(plain)
    fast_bytes, fast_names = site_bytes(fast)
    assert fast_names == plain_names
    for rel in plain_bytes:
        assert fast_bytes[rel] == plain_bytes[rel], rel

    # a second cached build, the cache warm: a touched fact sheet (same bytes, a new time) makes it
    # build the site for real, from the caches and linked to the site it replaces
    sheet = root / "facts" / "relief-convoy.yaml"
    os.utime(sheet, ns=(sheet.stat().st_atime_ns, sheet.stat().st_mtime_ns + 10**9))
    capsys.readouterr()
    build(root, fast)
    out = capsys.readouterr().out
    assert "site: built" in out and "0 extracted" in out, out
    again_bytes, again_names = site_bytes(fast)
    assert again_names == plain_names and again_bytes == plain_bytes

    # an edited seed: the cached rebuild equals a plain build of the same seeds
    seed = root / "seeds" / "relief-convoy.md"
    seed.write_text(seed.read_text() + "\nA second convoy left on Thursday, the ministry said.\n")
    build(root, fast)
    assert "1 extracted" in capsys.readouterr().out
    build(root, tmp_path / "C", "--no-cache")
    edited_bytes, edited_names = site_bytes(tmp_path / "C")
    assert edited_bytes != plain_bytes
    assert site_bytes(fast) == (edited_bytes, edited_names)
