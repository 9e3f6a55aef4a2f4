"""Pictures: the SVG files are well-formed XML, self-contained, and article text stays text."""
import copy
import xml.etree.ElementTree as ET

import pytest

from generator import crisis
from generator.site import pictures
from tests.crisis.sheets import fixture_sheets

SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def dam():
    return crisis.analyse(fixture_sheets()).crises[0]


@pytest.mark.parametrize("draw", [pictures.network, pictures.timeline])
def test_pictures_are_svg_without_scripts_or_outside_links(dam, draw):
    root = ET.fromstring(draw(dam))
    assert root.tag == f"{SVG}svg"
    tags = {el.tag.removeprefix(SVG) for el in root.iter()}
    assert not tags & {"script", "foreignObject", "image", "a", "style"}
    for el in root.iter():
        assert not any(k.startswith("on") or "href" in k for k in el.attrib), el.attrib


def test_network_draws_the_central_actors_and_their_ties(dam):
    root = ET.fromstring(pictures.network(dam))
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "Yusuf Karimov" in labels and "Anna Brekke" in labels
    colours = {line.get("stroke") for line in root.iter(f"{SVG}line")}
    assert pictures.EDGE_COLOURS["opposes"] in colours


def test_timeline_spans_the_reports(dam):
    root = ET.fromstring(pictures.timeline(dam))
    labels = [t.text for t in root.iter(f"{SVG}text")]
    assert "Mar 1" in labels and "Mar 6" in labels


def test_untrusted_text_stays_text(dam):
    hostile = copy.deepcopy(dam)
    hostile["actors"][0]["name"] = '"/><script>alert(1)</script><text x="'
    hostile["events"][0]["what"] = "]]><!ENTITY x SYSTEM 'file:///etc/passwd'>"
    for svg in (pictures.network(hostile), pictures.timeline(hostile)):
        root = ET.fromstring(svg)  # still well-formed
        assert not [el for el in root.iter() if el.tag.endswith("script")]


def test_an_empty_crisis_still_draws(dam):
    empty = {"title": "Nothing yet", "actors": [], "relations": [], "events": [], "period": {}}
    ET.fromstring(pictures.network(empty))
    ET.fromstring(pictures.timeline(empty))
