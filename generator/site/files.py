"""Every generated file of the site, gathered before anything is written: the pages (rendered
one at a time as they are written), each fact sheet as a download, per crisis its merged data
(crisis.yaml, crisis.json, CSV tables), pictures (network.svg, timeline.svg) and feed, and for
the whole site the tables (data/*.csv, data/briefing.db), the feed of new briefings (feed.xml)
and the redirects of pages that moved."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from generator import crisis
from generator.formats import data_yaml
from generator.formats.sheet_yaml import dump_yaml
from generator.model.values import items
from generator.site import exports, pictures
from generator.site.countries import states_of
from generator.site.feeds import atom
from generator.site.options import SiteOptions
from generator.site.plan import plan_site
from generator.site.published import PublishedIds
from generator.site.redirects import redirects
from generator.site.renderer import Renderer
from generator.site.tables import crisis_tables, site_tables
from generator.site.urls import briefing_page, crisis_page

DATA_FOLDER = "data"  # the whole site's tables


@dataclass
class SiteFiles:
    """Every generated file of the site, by its path in the docs folder."""
    pages: Renderer  # the pages, rendered one at a time when the site is written
    copies: dict[str, Path] = field(default_factory=dict)  # files published as they are on disk
    texts: dict[str, str] = field(default_factory=dict)  # generated files held in memory
    blobs: dict[str, bytes] = field(default_factory=dict)  # generated binary files (the database)
    published: PublishedIds | None = None  # the registry of ids, with what this build published

    def others(self) -> Iterator[tuple[str, bytes]]:
        """Every file but the pages (fact sheets, crisis data, pictures, tables, feeds,
        redirects), read one at a time."""
        for path, source in self.copies.items():
            yield path, source.read_bytes()
        for path, text in self.texts.items():
            yield path, text.encode("utf-8")
        yield from self.blobs.items()


def site_files(sheets: list[dict], sheet_files: dict[str, Path], overrides: dict, templates: Path | None,
               options: SiteOptions | None = None, crisis_data=None) -> SiteFiles:
    """The site of `sheets`, a list this function takes over (its entries are replaced by
    their site-wide copies as those are made, so the originals can be freed).

    `sheet_files` names the sheets whose file in facts/ holds them as they are: that file is the
    download, so a sheet is never written twice. `options` (generator.site.options) say how the
    site is published. `crisis_data`, when given, is where a
    crisis's data file may already be (an object with `file_for(merged) -> Path | None`, see
    generator.speed.site_cache); without it every crisis.yaml is written out here."""
    options = options or SiteOptions()
    copies, texts = {}, {}
    for sheet in sheets:  # the download is the sheet as extracted: the public contract
        download = f"briefings/{sheet['id']}/factsheet.yaml"
        if sheet["id"] in sheet_files:
            copies[download] = sheet_files[sheet["id"]]
        else:
            texts[download] = dump_yaml(sheet)
    analysis = crisis.analyse_in_place(sheets, overrides, registry=options.published)
    states, affiliations = states_of(analysis.identities), _affiliations(analysis.sheets)
    tables = []
    # the crisis files first: their large transient texts come before the page data exists
    for merged in analysis.crises:
        folder = crisis_page(merged["id"]).rsplit("/", 1)[0]
        source = crisis_data.file_for(merged) if crisis_data is not None else None
        if source is not None:
            copies[f"{folder}/crisis.yaml"] = source
        else:
            texts[f"{folder}/crisis.yaml"] = data_yaml.dump(merged)
        texts[f"{folder}/crisis.json"] = exports.to_json(merged)
        tables.append(crisis_tables(merged, affiliations, states))
        texts.update(exports.csv_files(folder, tables[-1]))
        texts[f"{folder}/network.svg"] = pictures.network(merged)
        texts[f"{folder}/timeline.svg"] = pictures.timeline(merged)
        texts[f"{folder}/feed.xml"] = atom(f"{folder}/feed.xml", f"{merged['title']}: developments",
                                           crisis_page(merged["id"]), _feed_rows(merged["articles"]), options)
    whole = site_tables(tables)
    texts.update(exports.csv_files(DATA_FOLDER, whole))
    blobs = {f"{DATA_FOLDER}/{exports.DATABASE}": exports.to_sqlite(whole)}
    texts["feed.xml"] = atom("feed.xml", f"{options.site_name}: new briefings", "index.md",
                             _feed_rows([_article_row(s) for s in analysis.sheets]), options)
    pages = plan_site(analysis.sheets, templates, analysis.crises, options.directory_urls, take_sheets=True)
    if options.published is not None:
        texts.update(redirects(options.published.moved, set(pages.jobs), options.directory_urls))
    return SiteFiles(pages, copies, texts, blobs, options.published)


def _affiliations(sheets: list[dict]) -> dict[str, str]:
    """actor id -> what it is affiliated to (site-wide ids), as its articles last say it."""
    found = {}
    for sheet in sheets:
        for actor in items(sheet, "actors"):
            if actor.get("affiliation"):
                found[actor["id"]] = actor["affiliation"]
    return found


def _article_row(sheet: dict) -> dict:
    article = sheet.get("article") if isinstance(sheet.get("article"), dict) else {}
    return {"id": sheet["id"], **{k: article.get(k) for k in ("title", "published", "publisher", "lede")}}


def _feed_rows(articles: list[dict]) -> list[dict]:
    return [{**a, "path": briefing_page(a["id"])} for a in articles]
