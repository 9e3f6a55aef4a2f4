"""Every generated file of the site, gathered before anything is written: the pages (rendered
one at a time as they are written), each fact sheet as a download, and per crisis its merged
data (crisis.yaml) and pictures (network.svg, timeline.svg)."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import crisis
from generator.formats import data_yaml
from generator.formats.sheet_yaml import dump_yaml
from generator.site import pictures
from generator.site.plan import plan_site
from generator.site.renderer import Renderer
from generator.site.urls import crisis_page


@dataclass
class SiteFiles:
    """Every generated file of the site, by its path in the docs folder."""
    pages: Renderer  # the pages, rendered one at a time when the site is written
    copies: dict[str, Path] = field(default_factory=dict)  # files published as they are on disk
    texts: dict[str, str] = field(default_factory=dict)  # generated files held in memory

    def others(self) -> Iterator[tuple[str, bytes]]:
        """Every file but the pages (fact sheets, crisis data and pictures), read one at a time."""
        for path, source in self.copies.items():
            yield path, source.read_bytes()
        for path, text in self.texts.items():
            yield path, text.encode("utf-8")


def site_files(sheets: list[dict], sheet_files: dict[str, Path], overrides: dict, templates: Path | None,
               directory_urls: bool = True, crisis_data=None) -> SiteFiles:
    """The site of `sheets`, a list this function takes over (its entries are replaced by
    their site-wide copies as those are made, so the originals can be freed).

    `sheet_files` names the sheets whose file in facts/ holds them as they are: that file is the
    download, so a sheet is never written twice. `crisis_data`, when given, is where a crisis's
    data file may already be (an object with `file_for(merged) -> Path | None`, see
    generator.speed.site_cache); without it every crisis.yaml is written out here."""
    copies, texts = {}, {}
    for sheet in sheets:  # the download is the sheet as extracted: the public contract
        download = f"briefings/{sheet['id']}/factsheet.yaml"
        if sheet["id"] in sheet_files:
            copies[download] = sheet_files[sheet["id"]]
        else:
            texts[download] = dump_yaml(sheet)
    analysis = crisis.analyse_in_place(sheets, overrides)
    # the crisis files first: their large transient texts come before the page data exists
    for merged in analysis.crises:
        folder = crisis_page(merged["id"]).rsplit("/", 1)[0]
        source = crisis_data.file_for(merged) if crisis_data is not None else None
        if source is not None:
            copies[f"{folder}/crisis.yaml"] = source
        else:
            texts[f"{folder}/crisis.yaml"] = data_yaml.dump(merged)
        texts[f"{folder}/network.svg"] = pictures.network(merged)
        texts[f"{folder}/timeline.svg"] = pictures.timeline(merged)
    pages = plan_site(analysis.sheets, templates, analysis.crises, directory_urls, take_sheets=True)
    return SiteFiles(pages, copies, texts)
