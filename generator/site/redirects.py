"""Static redirect pages: the old address of a page that moved (two published actors or crises
became one) sends the reader to the page it became, with no server configuration."""
from __future__ import annotations

from markupsafe import escape

from generator.site.urls import actor_page, crisis_page, page_url, relative_url

_PAGE = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Moved</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{href}">
<meta http-equiv="refresh" content="0; url={href}">
</head>
<body>
<p>This page has moved: <a href="{href}">{href}</a>.</p>
</body>
</html>
"""


def output_path(path: str, directory_urls: bool) -> str:
    """The file a page (docs path) is written to in the site folder."""
    url = page_url(path, directory_urls)
    return url + "index.html" if url == "" or url.endswith("/") else url


def redirect_page(old: str, new: str, directory_urls: bool) -> str:
    """The HTML of a page at docs path `old` sending the reader to docs path `new`."""
    href = relative_url(page_url(new, directory_urls), page_url(old, directory_urls))
    return _PAGE.format(href=escape(href))


def redirects(moved: dict[str, dict[str, str]], pages: set[str], directory_urls: bool) -> dict[str, str]:
    """{site file: HTML} of a redirect for every moved actor and crisis whose old page is not a
    page of this site."""
    out = {}
    for kind, page_of in (("actors", actor_page), ("crises", crisis_page)):
        for old, new in sorted(moved.get(kind, {}).items()):
            old_path, new_path = page_of(old), page_of(new)
            if old_path not in pages and new_path in pages:
                out[output_path(old_path, directory_urls)] = redirect_page(old_path, new_path, directory_urls)
    return out
