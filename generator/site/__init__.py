"""The site: fact sheets (schema_version 1 dicts) and merged crises -> HTML pages, through the
Jinja templates in the top-level ``templates/`` folder, and the pictures of each crisis.

The rendering modules: urls (where pages live), html (escaping, links, the Jinja environment),
views (the data each page shows), paging (no page grows with the corpus), plan (the page plan),
renderer (pages rendered on demand, optionally cached), page (a rendered page), pictures (SVG).
"""
