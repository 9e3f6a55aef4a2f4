"""View models: the data each template shows, made from fact sheets (briefing), from all the
briefings together (across) and from merged crises (crisis). Python here only prepares data (id
-> name lookups, sorting, grouping, page paths); every word of page text is in the templates."""
