"""The whole analysis, one direction:
1. ``resolve_actors``: every actor of every sheet gets a site-wide identity;
2. ``unify_sheet``: each sheet rewritten with those identities;
3. ``group_articles``: sheets grouped into crises;
4. ``merge_crisis``: one plain dict per crisis, written as ``crisis.yaml``.

Nothing here imports from rendering; the renderer and the pictures take these dicts as input."""
from __future__ import annotations

from dataclasses import dataclass

from generator.crisis.grouping import group_articles
from generator.crisis.identities import Identity, id_map, resolve_actors
from generator.crisis.merge import merge_crisis
from generator.crisis.unify import unify_sheet


@dataclass
class Analysis:
    sheets: list[dict]          # the fact sheets with site-wide actor ids
    identities: list[Identity]
    crises: list[dict]          # one merged crisis dict each (crisis.yaml)


def analyse(sheets: list[dict], overrides: dict[str, dict] | None = None) -> Analysis:
    """Identities, unified sheets and merged crises of `sheets`; `sheets` stays as it is."""
    return analyse_in_place(list(sheets), overrides)


def analyse_in_place(owned_sheets: list[dict], overrides: dict[str, dict] | None = None,
                     registry=None) -> Analysis:
    """Like ``analyse``, but takes ownership of the list it is given: each entry is replaced by
    its unified copy as soon as that is made, and the list becomes ``Analysis.sheets``. A caller
    that hands over its only list so frees the originals one by one instead of holding two
    copies of every sheet (at thousands of articles, a gigabyte). Do not use the list's old
    entries afterwards.

    `registry` (generator.site.published.PublishedIds, or None) settles the ids between the
    steps: identities get their published ids before the sheets are rewritten with them
    (`settle_actors`), and crises before they are merged (`settle_crises`), so that an id once
    published stays."""
    identities = resolve_actors(owned_sheets)
    if registry is not None:
        registry.settle_actors(identities)
        identities.sort(key=lambda i: i.id)
    ids = id_map(identities)
    for index, sheet in enumerate(owned_sheets):
        owned_sheets[index] = unify_sheet(sheet, ids)
    by_id = {s["id"]: s for s in owned_sheets}
    by_identity = {i.id: i for i in identities}
    groups = group_articles(owned_sheets, overrides)
    if registry is not None:
        registry.settle_crises(groups)
    crises = [merge_crisis(g, by_id, by_identity) for g in groups]
    return Analysis(sheets=owned_sheets, identities=identities, crises=crises)
