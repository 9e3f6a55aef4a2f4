"""What every reader shares: bytes to text, the headline, body paragraphs, and the checks that
refuse a seed (SeedError, one line naming the file) or warn about it."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from generator.model.article import RelatedLink, SeedError
from generator.model.slug import slugify
from generator.readers import language
from generator.readers.furniture import furniture_line

MAX_HEADLINE_CHARS = 300

# Names Windows will not create a file under, whatever the extension.
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def seed_id(path: Path) -> str:
    """The id (and page name) of the article a seed file holds: its file name as a slug."""
    return file_slug(path.stem)


def file_slug(name: str) -> str:
    """A page name safe on every file system: a-z, 0-9 and '-', never empty, '.' or a path."""
    slug = slugify(name, fallback="article", max_chars=80)
    return f"{slug}-article" if slug in RESERVED_NAMES else slug


def meta_date(value, name: str, where: str = "front matter ") -> str | None:
    """A date given by a seed's metadata as YYYY-MM-DD; SeedError when it is not one."""
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


# --- body text ----------------------------------------------------------------------------------

# "Read more: Western intervention in West Africa could soon backfire: UnHerd" is a link to another
# article; the part after the last ": " is its publisher when it is short and has no sentence end.
# "MORE: Talks resume", "More:Talks resume" and "Related: ..." are the same, as many outlets write them.
READ_MORE = re.compile(r"^\s*(?:read more|read also|also read|see also|related(?: coverage| stories)?|more|read)"
                       r"\s*:\s*(?P<rest>.+?)\s*$", re.I)
# A short label glued to a linked headline by a crawler, no space after the colon:
# "Timeline:How the talks failed", "Opinion:Why the deal matters".
GLUED_LINK = re.compile(r"^\s*[A-Z][\w'’‘ -]{0,60}:(?=[A-Z'‘“\"])(?P<rest>\S.+?)\s*$")


def parse_related(line: str) -> RelatedLink | None:
    match = READ_MORE.match(line) or GLUED_LINK.match(line)
    if not match:
        return None
    rest = match.group("rest")
    title, sep, publisher = rest.rpartition(": ")
    if sep and 0 < len(publisher.split()) <= 4 and not publisher.endswith((".", "?", "!")):
        return RelatedLink(title=title.strip(), publisher=publisher.strip())
    return RelatedLink(title=rest)


def same_text(a: str, b: str) -> bool:
    """Two lines that say the same words, whatever their punctuation and case."""
    return re.sub(r"\W+", "", a).casefold() == re.sub(r"\W+", "", b).casefold()


def split_body(lines: list[str], title: str | None = None) -> tuple[str, list[RelatedLink]]:
    """Paragraphs joined by one newline; 'Read more:' lines become related links; paragraphs of
    page furniture (bylines, captions, player notices, newsletter prompts) are dropped, and so is
    the headline repeated as the first paragraph."""
    paragraphs, related = [], []
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not paragraphs and title and same_text(line, title):
            continue
        link = parse_related(line)
        if link:
            related.append(link)
        elif not furniture_line(line):
            paragraphs.append(line)
    return "\n".join(paragraphs), related


def unpaired_quote(body: str) -> str | None:
    """Where the double quote marks of a body stop pairing, or None when they pair.

    News style lets a quote run over paragraphs: the paragraph is left open and the next one
    starts with an opening mark again, so that is not a fault. Blank lines between paragraphs (a
    verbatim seed keeps them) are no paragraph.
    """
    open_at = None  # the paragraph the open quote started in
    for number, paragraph in enumerate(body.split("\n"), 1):
        if not paragraph.strip():
            continue
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


def read_bytes(path: Path, limit: int) -> bytes:
    """At most limit bytes of a file, SeedError past that: the size is checked while reading."""
    try:
        with path.open("rb") as fh:
            data = fh.read(limit + 1)
    except OSError as err:
        raise SeedError(f"{path.name}: cannot be read ({err.strerror or err})") from None
    return check_size(path, data, limit)


def check_size(path: Path, data: bytes, limit: int) -> bytes:
    """The bytes of a seed file, SeedError when they are over the limit."""
    if len(data) > limit:
        raise SeedError(f"{path.name}: the file is over the {limit // (1024 * 1024)} MiB limit for "
                        f"{path.suffix.lower()} seeds")
    return data
