"""The fact-sheet dataclasses and their dict form."""
from generator.model.article import RelatedLink
from generator.model.factsheet import Actor, ArticleInfo, FactSheet, Role


def test_to_dict_is_what_dataclasses_asdict_makes():
    import dataclasses
    info = ArticleInfo(title="T", lede="L", published="2020-01-03", url=None, publisher=None, authors=["A"],
                       language="en", source_file="t.txt", checksum="sha256:0",
                       related=[RelatedLink(title="R", url="https://example.org/r")], body="L")
    actor = Actor(id="ana-lopes", name="Ana Lopes", kind="person", mentions=[[0, 3]],
                  roles=[Role(title="minister", of=None)])
    sheet = FactSheet(id="t", article=info, actors=[actor])
    expected = dataclasses.asdict(sheet)
    found = sheet.to_dict()
    assert found == {"schema_version": expected.pop("schema_version"), **expected}
    assert list(found) == ["schema_version", *expected]
    assert found["actors"][0]["mentions"] is not actor.mentions  # lists are copies, as asdict's
