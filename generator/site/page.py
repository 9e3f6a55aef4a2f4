"""One rendered page, and what the theme needs to know of it: its title, headings and summary.

A page is the HTML of the page's content area; the MkDocs plugin frames it in the theme without
running Markdown over it (a page of ours has nothing for Markdown to do).
"""
from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass
from functools import cached_property

from markupsafe import escape

SUMMARY_CHARS = 1200  # the most of a page's opening the search index holds

_NO_ANGLES = str.maketrans({"<": "\uff1c", ">": "\uff1e"})
_HEADING = re.compile(r'<h([1-6]) id="([^"]*)"[^>]*>(.*?)</h\1>', re.DOTALL)
_TAG = re.compile(r"<[^>]*>")
_PERMALINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.DOTALL)


@dataclass
class Page:
    """One generated page: its source path in the docs folder and its rendered HTML."""
    path: str
    html: str

    @cached_property
    def headings(self) -> list[tuple[int, str, str]]:
        """(level, id, HTML text) of every heading, in order."""
        return [(int(level), anchor, _TAG.sub("", _PERMALINK.sub("", inner)).strip())
                for level, anchor, inner in _HEADING.findall(self.html)]

    @property
    def title(self) -> str:
        """The H1's text, HTML-escaped. Angle brackets are shown as their full-width look-alikes:
        themes print the title through ``striptags``, which unescapes, inside <title>."""
        h1 = next((inner for level, _, inner in self.headings if level == 1), "")
        return str(escape(_html.unescape(h1).translate(_NO_ANGLES)))

    @property
    def toc(self) -> list[dict]:
        """The headings as a nested table of contents: [{level, id, name, children}]."""
        root: list[dict] = []
        stack: list[dict] = []
        for level, anchor, name in self.headings:
            token = {"level": level, "id": anchor, "name": name, "children": []}
            while stack and stack[-1]["level"] >= level:
                stack.pop()
            (stack[-1]["children"] if stack else root).append(token)
            stack.append(token)
        return root

    @property
    def summary(self) -> str:
        """What the search index holds of the page: its opening, up to the first section
        heading (title, dates, lede), so the index stays small however long the page is."""
        head = self.html.split("<h2", 1)[0]
        return head if len(head) <= SUMMARY_CHARS else head.split("</h1>", 1)[0] + "</h1>"
