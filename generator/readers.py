"""Readers: one seed file in, one Article out.

Each reader knows one format and returns an Article whose ``body`` is the text every offset in the
fact sheet points into: paragraphs joined by one newline. Metadata a seed does not give stays
``None``: nothing is guessed.

A seed that cannot be used raises SeedError, one line naming the file and what is wrong:
empty or whitespace-only, binary, not UTF-8 (refused, not guessed: a wrong guess would bake
mangled names into the fact sheet), no headline, over the size limit, bad or hostile front matter,
an unknown extension, not in English, or a web page that is not an article. A UTF-8 byte order
mark, UTF-16/32 with a byte order mark and CRLF or CR line ends are read as plain UTF-8 text.
What can be used but looks wrong (double quote marks that do not pair, a misspelt front matter
field) becomes a line in ``Article.warnings``.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from generator import language, safe_yaml


class SeedError(Exception):
    """A seed that cannot be read; the message is one line naming what is wrong."""


@dataclass
class RelatedLink:
    title: str
    publisher: str | None = None
    url: str | None = None


@dataclass
class Article:
    id: str
    title: str
    body: str
    source_file: str
    checksum: str
    published: str | None = None
    url: str | None = None
    publisher: str | None = None
    authors: list[str] = field(default_factory=list)
    language: str | None = None
    crisis: str | None = None
    related: list[RelatedLink] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # one line each, naming the file

    @property
    def lede(self) -> str:
        """The first paragraph of the body."""
        return self.body.split("\n", 1)[0].strip()


MAX_SEED_BYTES = 5 * 1024 * 1024   # .txt and .md seeds
MAX_PAGE_BYTES = 20 * 1024 * 1024  # saved web pages carry scripts and styles besides the article
MAX_HEADLINE_CHARS = 300
MAX_FRONT_MATTER_CHARS = 20_000

# Names Windows will not create a file under, whatever the extension.
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def slugify(text: str) -> str:
    """A page name safe on every file system: a-z, 0-9 and '-', never empty, '.' or a path."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    slug = slug[:80].rstrip("-") or "article"
    return f"{slug}-article" if slug in RESERVED_NAMES else slug


def seed_id(path: Path) -> str:
    """The id (and page name) of the article a seed file holds: its file name, slugified."""
    return slugify(path.stem)


def checksum(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


# --- body text ----------------------------------------------------------------------------------

# "Read more: Western intervention in West Africa could soon backfire: UnHerd" is a link to another
# article; the part after the last ": " is its publisher when it is short and has no sentence end.
READ_MORE = re.compile(r"^\s*(?:read more|read also|see also|related)\s*:\s*(?P<rest>.+?)\s*$", re.I)


def parse_related(line: str) -> RelatedLink | None:
    match = READ_MORE.match(line)
    if not match:
        return None
    rest = match.group("rest")
    title, sep, publisher = rest.rpartition(": ")
    if sep and 0 < len(publisher.split()) <= 4 and not publisher.endswith((".", "?", "!")):
        return RelatedLink(title=title.strip(), publisher=publisher.strip())
    return RelatedLink(title=rest)


def split_body(lines: list[str]) -> tuple[str, list[RelatedLink]]:
    """Paragraphs joined by one newline; 'Read more:' lines become related links."""
    paragraphs, related = [], []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        link = parse_related(line)
        if link:
            related.append(link)
        else:
            paragraphs.append(line)
    return "\n".join(paragraphs), related


def unpaired_quote(body: str) -> str | None:
    """Where the double quote marks of a body stop pairing, or None when they pair.

    News style lets a quote run over paragraphs: the paragraph is left open and the next one
    starts with an opening mark again, so that is not a fault.
    """
    open_at = None  # the paragraph the open quote started in
    for number, paragraph in enumerate(body.split("\n"), 1):
        marks = [c for c in paragraph if c in '"“”']
        if open_at is not None:
            if paragraph[:1] in ('"', "“"):
                marks = marks[1:]
            else:
                return f"a quote opened in paragraph {open_at} is not closed"
        for mark in marks:
            if mark == "“" or (mark == '"' and open_at is None):
                if open_at is not None:
                    return f"paragraph {number} opens a quote inside another"
                open_at = number
            elif open_at is None:
                return f"paragraph {number} closes a quote that was never opened"
            else:
                open_at = None
    return f"a quote opened in paragraph {open_at} is not closed" if open_at else None


def quote_warnings(name: str, body: str) -> list[str]:
    problem = unpaired_quote(body)
    return [f"{name}: double quote marks do not pair ({problem}); quotes there may be cut wrong"] if problem else []


def check_english(name: str, body: str, declared: str | None = None, trust_declared: bool = False) -> None:
    """Refuse an article not in English. A declared language other than English always refuses;
    an analyst's 'language: en' (trust_declared) skips the detection, a web page's lang does not."""
    if declared and not language.is_english_code(declared):
        found = language.language_name(declared)
    elif declared and trust_declared:
        return
    else:
        found = language.detect(body)
    if found and found != "English":
        raise SeedError(f"{name}: the article is in {found}, not English; the extractor reads English "
                        f"only (front matter 'language: en' overrides this check)")


# --- bytes to text ------------------------------------------------------------------------------

SIGNATURES = {b"%PDF-": "a PDF document", b"PK\x03\x04": "a ZIP archive, e.g. .docx or .odt",
              b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
              b"{\\rtf": "an RTF document", b"\xd0\xcf\x11\xe0": "an old Office document"}
UNICODE_BOMS = [(b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"), (b"\xef\xbb\xbf", "utf-8-sig")]
# Unicode line ends other than \n become \n, so a "paragraph" is always one line of the body.
NEWLINES = re.compile(r"\r\n|[\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# Other control characters carry no text; the body keeps tabs and newlines only.
CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def check_not_binary(data: bytes, name: str) -> None:
    for signature, what in SIGNATURES.items():
        if data.startswith(signature):
            raise SeedError(f"{name}: binary file ({what}), not text; save the article as text")
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        raise SeedError(f"{name}: binary file, not text")


def decode(data: bytes, name: str) -> str:
    """The text of a seed file: UTF-8 (or UTF-16/32 with a byte order mark), newlines as \\n."""
    if not data:
        raise SeedError(f"{name}: the file is empty")
    check_not_binary(data, name)
    encoding = next((enc for bom, enc in UNICODE_BOMS if data.startswith(bom)), "utf-8")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as err:
        raise SeedError(f"{name}: not UTF-8 text (byte {err.start} is 0x{data[err.start]:02x}); "
                        f"save it as UTF-8") from None
    text = CONTROLS.sub("", NEWLINES.sub("\n", text.lstrip("\ufeff")))
    if not text.strip():
        raise SeedError(f"{name}: the file holds only whitespace")
    return text


def check_headline(title: str, name: str) -> None:
    if len(title) > MAX_HEADLINE_CHARS:
        raise SeedError(f"{name}: no headline: the first line has {len(title)} characters (over "
                        f"{MAX_HEADLINE_CHARS}); put the headline alone on the first line")


# --- plain text ---------------------------------------------------------------------------------

def read_text(path: Path, data: bytes) -> Article:
    name = path.name
    lines = decode(data, name).split("\n")
    while not lines[0].strip():  # blank lines before the headline do not count; decode saw text
        lines.pop(0)
    title = lines[0].strip()
    check_headline(title, name)
    body, related = split_body(lines[1:])
    if not body:
        raise SeedError(f"{name}: there is a headline but no article text")
    check_english(name, body)
    return Article(id=seed_id(path), title=title, body=body, source_file=name,
                   checksum=checksum(data), related=related, warnings=quote_warnings(name, body))


# --- Markdown with front matter -----------------------------------------------------------------

META_FIELDS = ("title", "date", "url", "publisher", "authors", "crisis", "language")


def split_front_matter(text: str, name: str) -> tuple[str | None, str]:
    """(front matter, rest) of a Markdown text; (None, text) when it has none."""
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        return None, text
    for number, line in enumerate(lines[1:], 1):
        if line.rstrip() in ("---", "..."):
            return "\n".join(lines[1:number]), "\n".join(lines[number + 1:])
    raise SeedError(f"{name}: the front matter opened on line 1 has no closing '---' line")


def load_front_matter(text: str, name: str) -> dict:
    if len(text) > MAX_FRONT_MATTER_CHARS:
        raise SeedError(f"{name}: front matter is over {MAX_FRONT_MATTER_CHARS} characters")
    try:
        meta = safe_yaml.load(text, first_line=2)
    except safe_yaml.YAMLRefused as err:
        raise SeedError(f"{name}: front matter {err}") from None
    if meta is None:
        return {}
    if not isinstance(meta, dict):
        raise SeedError(f"{name}: front matter must be a mapping of fields, not a {type(meta).__name__}")
    return meta


def _meta_date(value, name: str, where: str = "front matter ") -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip()[:10]).isoformat()
        except ValueError:
            pass
    raise SeedError(f"{name}: {where}'date' must be YYYY-MM-DD, not {str(value)[:40]!r}")


def _meta_text(meta: dict, key: str, name: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise SeedError(f"{name}: front matter '{key}' must be text, not {type(value).__name__}")
    text = " ".join(str(value).split())  # one line: a newline in a title would break pages
    return text or None


def _meta_url(meta: dict, name: str) -> str | None:
    url = _meta_text(meta, "url", name)
    if url and urlsplit(url).scheme.lower() not in ("http", "https"):
        raise SeedError(f"{name}: front matter 'url' must be an http(s) address, not {url[:40]!r}")
    return url


def _meta_authors(value, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(",") if a.strip()]
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return [" ".join(a.split()) for a in value if a.strip()]
    raise SeedError(f"{name}: front matter 'authors' must be a list of names")


def misspelt_field_warnings(meta: dict, name: str) -> list[str]:
    """Other fields are welcome and ignored; one that looks like a misspelt known field is said."""
    warnings = []
    for key in meta:
        if key in META_FIELDS:
            continue
        close = difflib.get_close_matches(str(key).lower(), META_FIELDS, n=1, cutoff=0.75)
        if close:
            warnings.append(f"{name}: front matter field {str(key)[:40]!r} is not read; did you mean {close[0]!r}?")
    return warnings


def markdown_title(lines: list[str]) -> str | None:
    """A first '# Heading' line is the headline; it is taken off the lines."""
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and lines[0].startswith("#"):
        return lines.pop(0).lstrip("#").strip() or None
    return None


def read_markdown(path: Path, data: bytes) -> Article:
    name = path.name
    front, rest = split_front_matter(decode(data, name), name)
    meta = load_front_matter(front, name) if front is not None else {}
    lines = rest.split("\n")
    title = _meta_text(meta, "title", name) or markdown_title(lines)
    if not title:
        raise SeedError(f"{name}: no headline (front matter 'title' or a first '# ' line)")
    check_headline(title, name)
    body, related = split_body(lines)
    if not body:
        raise SeedError(f"{name}: there is a headline but no article text")
    declared = _meta_text(meta, "language", name)
    check_english(name, body, declared, trust_declared=True)
    return Article(id=seed_id(path), title=title, body=body, source_file=name,
                   checksum=checksum(data), published=_meta_date(meta.get("date"), name),
                   url=_meta_url(meta, name), publisher=_meta_text(meta, "publisher", name),
                   authors=_meta_authors(meta.get("authors"), name), language=declared,
                   crisis=_meta_text(meta, "crisis", name), related=related,
                   warnings=misspelt_field_warnings(meta, name) + quote_warnings(name, body))


# --- saved web pages ----------------------------------------------------------------------------

# Blocks of trafilatura's output tree; each starts a new paragraph (a <br> too).
BLOCK_TAGS = {"p", "head", "quote", "item", "list", "table", "row", "cell", "code", "div", "lb"}
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


def page_lines(body) -> list[str]:
    """The paragraphs of trafilatura's body element, whitespace inside each collapsed.

    A newline in the page's source is only layout; blocks and <br> end paragraphs.
    """
    parts: list[str | None] = []  # None marks a paragraph break

    def walk(element, is_root=False):
        block = element.tag in BLOCK_TAGS
        parts.extend([None, element.text or ""] if block else [element.text or ""])
        for child in element:
            walk(child)
        if block:
            parts.append(None)
        if not is_root:
            parts.append(element.tail or "")

    walk(body, is_root=True)
    paragraphs, current = [], []
    for part in parts + [None]:
        if part is not None:
            current.append(part)
        elif current:
            paragraphs.append(" ".join("".join(current).split()))
            current = []
    return [p for p in paragraphs if p]


def _json_ld_bodies(tree) -> list[str]:
    """Every schema.org articleBody in the page's JSON-LD blocks."""
    found = []

    def collect(node):
        if isinstance(node, dict):
            if isinstance(node.get("articleBody"), str):
                found.append(node["articleBody"])
            for value in node.values():
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            collect(json.loads(script.text or ""))
        except ValueError:
            continue
    return found


def page_facts(tree) -> dict:
    """What the page itself declares, read before trafilatura prunes the tree."""
    og_title = tree.xpath('//meta[@property="og:title"]/@content')
    lang = tree.xpath("/html/@lang|/html/@xml:lang", namespaces={"xml": "http://www.w3.org/XML/1998/namespace"})
    bodies = _json_ld_bodies(tree)
    return {"og_title": " ".join(og_title[0].split()) if og_title else None,
            "lang": lang[0].strip() if lang and lang[0].strip() else None,
            "json_ld_body": max(bodies, key=len) if bodies else None}


def not_an_article(url: str | None, lines: list[str]) -> str | None:
    """Why a page is a front page or an index rather than one article, or None."""
    if url and urlsplit(url).path.strip("/") == "":
        return f"the page is the front page of {urlsplit(url).netloc or url}, not an article"
    running = [line for line in lines if len(line.split()) >= 8 and SENTENCE_END.search(line)]
    # An index is mostly headlines, teasers and menus: few paragraphs of running text.
    if sum(len(line.split()) for line in running) < 60 or len(running) < len(lines) / 3:
        return "the page looks like a section front page or an index, not an article"
    return None


def _page_date(value: str | None) -> str | None:
    try:
        return dt.date.fromisoformat(value[:10]).isoformat() if value else None
    except ValueError:
        return None


def _page_authors(value: str | None, publisher: str | None) -> list[str]:
    names = [" ".join(a.split()) for a in (value or "").split(";")]
    return [n for n in names if n and n != publisher]


def extract_page(data: bytes, name: str):
    """(trafilatura Document, page facts) of a saved page."""
    import trafilatura  # imported here: it takes a while and only web pages need it

    tree = trafilatura.load_html(data)
    if tree is None:
        raise SeedError(f"{name}: not a readable HTML page")
    facts = page_facts(tree)
    doc = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True})
    if doc is None or doc.body is None:
        raise SeedError(f"{name}: no article text found in the page")
    return doc, facts


def page_body_lines(doc, facts: dict) -> tuple[list[str], bool]:
    """The paragraphs of the article, and whether they come from the page's JSON-LD articleBody."""
    lines = page_lines(doc.body)
    json_ld = facts["json_ld_body"]
    # Pages that build their text with scripts leave trafilatura little; the article's own
    # JSON-LD articleBody then holds it.
    if json_ld and 3 * sum(len(line.split()) for line in lines) < len(json_ld.split()):
        return json_ld.split("\n"), True
    return lines, False


def _same_text(a: str, b: str) -> bool:
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()


def read_html(path: Path, data: bytes) -> Article:
    name = path.name
    check_not_binary(data, name)
    doc, facts = extract_page(data, name)
    lines, from_json_ld = page_body_lines(doc, facts)
    url = doc.url if doc.url and urlsplit(doc.url).scheme in ("http", "https") else None
    # a page whose structured data holds an articleBody says itself that it is one article
    problem = None if from_json_ld else not_an_article(url, lines)
    if problem:
        raise SeedError(f"{name}: {problem}; save the article's own page")
    title = facts["og_title"] or " ".join((doc.title or "").split())
    if not title:
        raise SeedError(f"{name}: no headline (the page has no title)")
    while lines and _same_text(lines[0], title):  # the page's <h1> repeats the headline
        lines = lines[1:]
    body, related = split_body(lines)
    if not body:
        raise SeedError(f"{name}: no article text found in the page")
    check_english(name, body, facts["lang"])
    publisher = " ".join((doc.sitename or "").split()) or None
    return Article(id=seed_id(path), title=title[:MAX_HEADLINE_CHARS], body=body, source_file=name,
                   checksum=checksum(data), published=_page_date(doc.date), url=url,
                   publisher=publisher, authors=_page_authors(doc.author, publisher),
                   language=facts["lang"], related=related, warnings=quote_warnings(name, body))


# --- any seed -----------------------------------------------------------------------------------

READERS = {".txt": read_text, ".md": read_markdown, ".markdown": read_markdown,
           ".html": read_html, ".htm": read_html}
SIZE_LIMITS = {read_html: MAX_PAGE_BYTES}


def read_bytes(path: Path, limit: int) -> bytes:
    """At most limit bytes of a file, SeedError past that: the size is checked while reading."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as err:
        raise SeedError(f"{path.name}: cannot be read ({err.strerror or err})") from None
    if len(data) > limit:
        raise SeedError(f"{path.name}: the file is over the {limit // (1024 * 1024)} MiB limit for "
                        f"{path.suffix.lower()} seeds")
    return data


def read_seed(path: Path) -> Article:
    """Read one seed file; raise SeedError with a one-line message when it cannot be used."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise SeedError(f"{path.name}: unknown extension {path.suffix or '(none)'!r}; "
                        f"use one of {', '.join(sorted(READERS))}")
    return reader(path, read_bytes(path, SIZE_LIMITS.get(reader, MAX_SEED_BYTES)))


RECORD_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]{0,199}$")  # the fact sheet's id pattern


def _record_text(record: dict, key: str, rid: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise SeedError(f"record {rid!r}: {key!r} must be text, not {type(value).__name__}")
    return value or None


def article_from_record(record: dict) -> Article:
    """An Article from one `briefing extract --jsonl` input line; offsets refer to its 'text'."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SeedError(f"record {str(record.get('id'))[:40]!r}: no 'text'")
    digest = checksum(text.encode("utf-8", "surrogatepass"))
    rid = str(record.get("id") or digest[7:19])
    if not RECORD_ID.match(rid):
        raise SeedError(f"record {rid[:40]!r}: 'id' must be letters, digits and '_.:-', starting "
                        f"with a letter or digit")
    label = f"record {rid!r}"
    check_english(label, text)
    return Article(id=rid, title=_record_text(record, "title", rid) or "", body=text, source_file=rid,
                   checksum=digest, published=_meta_date(record.get("date"), label, where=""),
                   url=_record_text(record, "url", rid), publisher=_record_text(record, "publisher", rid),
                   warnings=quote_warnings(label, text))
