"""Records and the sheets a cluster made of them taken into a project (generator.sheets.shard_import):
the next build uses those sheets; what cannot be taken over is said and still gets its seed;
nothing already there is overwritten; a second run writes nothing."""
import itertools
import json
import shutil

import pytest

from generator import api
from generator.extract.shards import extract_shards, find_shards
from generator.formats.sheet_yaml import load_yaml
from generator.project import Project
from generator.readers import read_seed
from generator.readers.common import file_slug
from generator.readers.records import article_from_record
from generator.sheets.shard_import import candidate_names, seed_text

TREATY = {"id": "wire:2024.05.06-a", "title": "Talks on the river treaty resume", "date": "2024-05-06",
          "publisher": "Harbour Herald", "url": "https://example.org/treaty",
          "text": "Foreign Minister Lena Varga of Hungary said on Monday that the river treaty would be signed.\n\n"
                  "\"We will not wait any longer,\" Varga told reporters in Budapest.\n"}
FLOODS = {"id": "wire:2024.05.06-b", "title": "Floods displace thousands",
          "text": "Kofi Mensah, the mayor of Accra, said the floods had displaced 2,000 people.\n\n"
                  "The United Nations asked both sides to return to talks in Geneva.\n"}
# CRLF line ends: the reader reads them as "\n", so this text cannot keep its offsets in a seed
TAX = {"id": "wire:2024.05.07-c", "title": "Farmers protest the tax",
       "text": "Farmers in Kenya protested against the new tax on Tuesday.\r\nThe finance minister said it would stay.\r\n"}
# two ids of one file name
UPPER = {"id": "Desk:X.1", "title": "Port strike ends", "text": "Dock workers in Chile ended their strike on Friday, "
         "the union said.\n"}
LOWER = {"id": "desk:x:1", "title": "Port reopens", "text": "The port of Valparaiso reopened on Saturday after the "
         "strike, officials said.\n"}
TREATY_SEED, FLOODS_SEED, TAX_SEED = "wire-2024-05-06-a.md", "wire-2024-05-06-b.md", "wire-2024-05-07-c.md"


def write_shard(path, records):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """Two shards and the outputs `briefing extract` made of them (once for every test here)."""
    folder = tmp_path_factory.mktemp("cluster")
    write_shard(folder / "shards" / "part-0.jsonl", [TREATY, FLOODS, TAX])
    write_shard(folder / "shards" / "part-1.jsonl", [UPPER, LOWER])
    extract_shards(find_shards(str(folder / "shards")), folder / "out", jobs=1)
    return folder


@pytest.fixture
def cluster(extracted, tmp_path):
    """A copy of the shards and outputs, for a test to change."""
    return shutil.copytree(extracted, tmp_path / "cluster")


def run_import(project, cluster, shards="shards"):
    return api.import_shards(project, str(cluster / shards), cluster / "out")


def sheet_of(project, sheet_id):
    return load_yaml(project.sheet_path(sheet_id).read_text(encoding="utf-8"), sheet_id)


def test_the_build_uses_the_imported_sheets_and_extracts_nothing_else(tmp_path, cluster):
    project = Project(root=tmp_path / "project")
    result = run_import(project, cluster)
    assert result.records == 5 and len(result.seeds_written) == 5 and result.not_imported == 0
    assert result.to_extract == [TAX_SEED]  # the one whose text does not read back the same
    sheets = api.update(project)
    assert sheets.problems == [] and sheets.extracted == ["wire-2024-05-07-c"]
    assert sorted(sheets.reused) == sorted(result.sheets_written) and len(sheets.reused) == 4
    treaty = sheet_of(project, "wire-2024-05-06-a")
    assert "Lena Varga" in {actor["name"] for actor in treaty["actors"]}
    assert treaty["article"]["source_file"] == TREATY_SEED and treaty["article"]["url"] == TREATY["url"]
    body = read_seed(project.seeds / TREATY_SEED).body
    assert body == TREATY["text"] and treaty["quotes"]
    for quote in treaty["quotes"]:  # the offsets hold in the seed's body
        assert body[quote["start"]:quote["end"]] == quote["text"]


def test_the_sheets_taken_over_are_those_the_build_makes_of_the_seeds(tmp_path, cluster):
    imported = Project(root=tmp_path / "imported")
    run_import(imported, cluster)
    built = Project(root=tmp_path / "built")
    shutil.copytree(imported.seeds, built.seeds)
    api.update(built)
    names = sorted(p.name for p in imported.facts.iterdir())
    assert len(names) == 4 and len(list(built.facts.iterdir())) == 5  # and the one the build extracts
    for name in names:
        assert (imported.facts / name).read_bytes() == (built.facts / name).read_bytes(), name


def test_a_curation_file_beside_the_seed_is_applied_as_the_build_applies_it(tmp_path, cluster):
    project = Project(root=tmp_path)
    project.seeds.mkdir()
    (project.seeds / "wire-2024-05-06-a.curation.yaml").write_text("rename: {lena-varga: Lena K. Varga}\n")
    run_import(project, cluster)
    names = {actor["id"]: actor["name"] for actor in sheet_of(project, "wire-2024-05-06-a")["actors"]}
    assert names["lena-varga"] == "Lena K. Varga"
    assert "wire-2024-05-06-a" in api.update(project).reused


def test_a_text_that_does_not_read_back_the_same_is_said_and_gets_its_seed(tmp_path, cluster):
    project = Project(root=tmp_path)
    result = run_import(project, cluster)
    [line] = [p for p in result.problems if "wire:2024.05.07-c" in p]
    assert line.startswith("part-0.jsonl: record 'wire:2024.05.07-c': its text reads back otherwise")
    assert "'\\r\\nThe financ' reads as '\\nThe finance'" in line and line.endswith(f"extracts {TAX_SEED} itself")
    assert (project.seeds / TAX_SEED).is_file() and not project.sheet_path("wire-2024-05-07-c").exists()


def test_two_records_of_one_name_and_a_seed_already_named_so_get_names_of_their_own(tmp_path, cluster):
    project = Project(root=tmp_path)
    project.seeds.mkdir()
    (project.seeds / "wire-2024-05-06-b.txt").write_text("Floods\nA seed of the analyst's own, about floods "
                                                         "in Accra that displaced many people.\n")
    result = run_import(project, cluster)
    tagged = [list(itertools.islice(candidate_names(r["id"]), 2))[1] for r in (LOWER, FLOODS)]
    assert set(result.seeds_written) >= {"desk-x-1.md", f"{tagged[0]}.md", f"{tagged[1]}.md"}
    assert read_seed(project.seeds / f"{tagged[0]}.md").body == LOWER["text"]
    sheets = api.update(project)
    assert sheets.problems == [] and sorted(sheets.extracted) == ["wire-2024-05-06-b", "wire-2024-05-07-c"]


def test_a_second_import_writes_nothing(tmp_path, cluster):
    project = Project(root=tmp_path)
    first = run_import(project, cluster)
    api.update(project)  # the build extracts the one seed left to it
    files = {p: p.stat().st_mtime_ns for p in [*project.seeds.iterdir(), *project.facts.iterdir()]}
    again = run_import(project, cluster)
    assert again.seeds_written == [] and again.sheets_written == [] and again.problems == []
    assert sorted(again.seeds_there) == sorted(first.seeds_written) and len(again.sheets_there) == 5
    assert {p: p.stat().st_mtime_ns for p in [*project.seeds.iterdir(), *project.facts.iterdir()]} == files


def test_a_changed_seed_or_a_hand_edited_sheet_is_not_overwritten(tmp_path, cluster):
    project = Project(root=tmp_path)
    run_import(project, cluster)
    seed = project.seeds / TREATY_SEED
    seed.write_text(seed.read_text().replace("would be signed", "will be signed"))
    edited = project.sheet_path("wire-2024-05-06-b")
    sheet = sheet_of(project, "wire-2024-05-06-b")
    sheet["article"]["checksum"] = "sha256:" + "0" * 64  # edited by hand, and made of another seed
    edited.write_text(json.dumps(sheet))
    before = seed.read_bytes(), edited.read_bytes()
    result = run_import(project, cluster)
    assert (f"part-0.jsonl: record 'wire:2024.05.06-a': {TREATY_SEED} is there already, imported from this "
            f"record, and differs from it now (edited, or the record changed); not overwritten") in result.problems
    assert ("part-0.jsonl: record 'wire:2024.05.06-b': wire-2024-05-06-b.yaml is there already, edited by "
            "hand; not overwritten") in result.problems
    assert (seed.read_bytes(), edited.read_bytes()) == before


def test_a_missing_invalid_or_stale_sheet_is_said_and_the_seed_still_written(tmp_path, cluster):
    output = cluster / "out" / "part-0.jsonl"
    treaty, floods, tax = (json.loads(line) for line in output.read_text().splitlines())
    treaty["extractor_version"] = "0+older"
    floods["quotes"] = [{**q, "end": 10_000} for q in floods["quotes"]] or [{"id": "q1"}]
    output.write_text("".join(json.dumps(sheet) + "\n" for sheet in (treaty, floods, tax)))
    other = cluster / "out" / "part-1.jsonl"
    other.write_text(other.read_text().splitlines()[0] + "\n")  # no sheet of the second record
    project = Project(root=tmp_path)
    result = run_import(project, cluster)
    said = {line.split(": ")[1]: line for line in result.problems}
    assert "made by extractor '0+older', not by this one" in said["record 'wire:2024.05.06-a'"]
    assert "its fact sheet is invalid" in said["record 'wire:2024.05.06-b'"]
    assert said["record 'desk:x:1'"].startswith("part-1.jsonl: record 'desk:x:1': no fact sheet for it in "
                                                 "the shard's output; `briefing build` extracts desk-x-1-")
    assert sorted(result.to_extract) == sorted([TREATY_SEED, FLOODS_SEED, TAX_SEED, said["record 'desk:x:1'"]
                                                .split()[-2]])
    assert all((project.seeds / name).is_file() for name in result.to_extract)
    assert len(api.update(project).extracted) == 4


def test_a_shard_without_output_is_said_once_and_its_records_still_come_in(tmp_path, cluster):
    (cluster / "out" / "part-1.jsonl").unlink()
    result = run_import(Project(root=tmp_path), cluster)
    assert [p for p in result.problems if p.startswith("part-1.jsonl")] == [
        f"part-1.jsonl: no output in {cluster / 'out'} (run `briefing extract` first); its 2 records are "
        f"imported without fact sheets"]
    assert len(result.seeds_written) == 5 and len(result.to_extract) == 3


def test_a_record_given_twice_comes_in_once(tmp_path, cluster):
    write_shard(cluster / "shards" / "part-2.jsonl", [{**TREATY, "text": "Another text."}])
    result = run_import(Project(root=tmp_path), cluster)
    assert ("part-2.jsonl: record 'wire:2024.05.06-a': given twice (first in part-0.jsonl); this one is not "
            "imported") in result.problems
    assert result.not_imported == 1 and len(result.seeds_written) == 5


@pytest.mark.parametrize("title", ["null", "yes", "2024-01-01", "# Not a heading", 'Quote "marks": and \\ too'])
def test_metadata_that_means_something_to_yaml_reads_back_as_given(tmp_path, title):
    record = article_from_record({"id": "r", "text": "The minister spoke on Monday.", "title": title,
                                  "publisher": "true", "url": "https://example.org/?a=1&b=#x"})
    seed = read_seed(tmp_path / "r.md", seed_text(record).encode())
    assert (seed.title, seed.publisher, seed.url, seed.body) == (title, "true", record.url, record.body)


def test_seed_names_are_file_names_of_the_id_then_tagged_with_its_digest():
    def first(record_id, count=3):
        return list(itertools.islice(candidate_names(record_id), count))
    assert first("AP:2020.01.03")[0] == first("ap.2020:01.03")[0] == "ap-2020-01-03"
    assert first("AP:2020.01.03")[1] != first("ap.2020:01.03")[1]  # told apart by the exact id
    base, tagged, numbered = first("x" * 200)
    assert base == "x" * 80 and len(tagged) == len(numbered) == 80 and numbered.endswith("-2")
    assert all(file_slug(name) == name for name in first("con") + first("AP:2020.01.03"))  # names a seed keeps
