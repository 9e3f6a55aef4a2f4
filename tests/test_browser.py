"""The built site in a real browser: headless Chromium on a local server finds an actor with the
site search, follows a link to a quote's very sentence and each summary sentence's link to its
sentence, and logs no console error; opened from
disk (a file:// address, as the README says) it follows links from the home page to a crisis, a
briefing and an actor page, and its search finds the actor. Screenshots land in tests/artifacts/ (gitignored).

Chromium is driven over the DevTools protocol with a tiny websocket client from the standard
library, so the test needs no package beyond the project's. It skips when /usr/bin/chromium is
not installed (scripts/test.sh installs Debian's `chromium` package).
"""
from __future__ import annotations

import base64
import functools
import http.server
import json
import os
import socket
import struct
import subprocess
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import site_project

CHROMIUM = Path(os.environ.get("CHROMIUM", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).parent / "artifacts"
FIXTURE_SEEDS = Path(__file__).parent / "fixtures" / "crisis" / "seeds"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,1000"]

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed")


# --- a tiny DevTools client ----------------------------------------------------------------------

class DevTools:
    """Just enough of RFC 6455 (client side, text frames) to speak the DevTools protocol."""

    def __init__(self, ws_url: str):
        host_port, path = ws_url.removeprefix("ws://").split("/", 1)
        host, port = host_port.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET /{path} HTTP/1.1\r\nHost: {host_port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
                           "Sec-WebSocket-Version: 13\r\n\r\n").encode())
        reply = b""
        while b"\r\n\r\n" not in reply:
            reply += self.sock.recv(1)
        assert b" 101 " in reply.split(b"\r\n")[0], reply
        self.next_id = 0
        self.events: list[dict] = []

    def _send(self, text: str) -> None:
        data = text.encode()
        mask = os.urandom(4)
        size = len(data)
        header = bytes([0x81]) + (bytes([0x80 | size]) if size < 126 else
                                  bytes([0x80 | 126]) + struct.pack(">H", size) if size < 65536 else
                                  bytes([0x80 | 127]) + struct.pack(">Q", size))
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _read(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            chunk = self.sock.recv(n - len(out))
            if not chunk:
                raise ConnectionError("DevTools closed the connection")
            out += chunk
        return out

    def _receive(self) -> dict:
        message = b""
        while True:
            first, second = self._read(2)
            size = second & 0x7F
            if size == 126:
                size = struct.unpack(">H", self._read(2))[0]
            elif size == 127:
                size = struct.unpack(">Q", self._read(8))[0]
            message += self._read(size)
            if first & 0x80:  # FIN
                return json.loads(message)

    def call(self, method: str, **params) -> dict:
        self.next_id += 1
        self._send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = self._receive()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.2)
        raise AssertionError(f"timed out waiting for: {expression}")

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(exist_ok=True)
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path = ARTIFACTS / f"{name}.png"
        path.write_bytes(base64.b64decode(data))
        return path

    def console_errors(self) -> list[str]:
        errors = []
        for event in self.events:
            params = event.get("params", {})
            if event.get("method") == "Runtime.exceptionThrown":
                errors.append(json.dumps(params.get("exceptionDetails", {}))[:300])
            elif event.get("method") == "Runtime.consoleAPICalled" and params.get("type") == "error":
                errors.append(json.dumps(params.get("args", []))[:300])
            elif event.get("method") == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                errors.append(params["entry"].get("text", "")[:300])
        return errors


# --- the site, a server and a browser -------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = site_project(tmp_path_factory.mktemp("browser-project") / "root", seeds=FIXTURE_SEEDS)
    assert main(["build", "--root", str(root), "--site-dir", str(root / "site")]) == 0
    return root / "site"


@pytest.fixture(scope="module")
def server(site):
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", _free_port()), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    port = _free_port()
    profile = tmp_path_factory.mktemp("chromium-profile")
    process = subprocess.Popen([str(CHROMIUM), *FLAGS, f"--user-data-dir={profile}",
                                f"--remote-debugging-port={port}", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        targets = _wait_for_targets(port)
        page = next(t for t in targets if t.get("type") == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        for domain in ("Page", "Runtime", "Log"):
            tools.call(f"{domain}.enable")
        yield tools
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


def _wait_for_targets(port: int) -> list[dict]:
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=2) as reply:
                return json.load(reply)
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def goto(tools: DevTools, url: str) -> None:
    tools.call("Page.navigate", url=url)
    tools.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'")


# --- the test ---------------------------------------------------------------------------------------

def test_search_an_actor_and_follow_a_quote_to_its_sentence(browser, server):
    goto(browser, server + "crises/index.html")
    crisis = browser.wait_for("[...document.querySelectorAll('article a')].map(a => a.href)"
                              ".find(h => /\\/crises\\/[a-z0-9-]+\\/index\\.html$/.test(h))")
    goto(browser, crisis)
    assert "Who's who" in browser.evaluate("document.body.innerText")
    assert browser.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    browser.screenshot("crisis-page")
    _follow_the_summary(browser, crisis)
    _follow_a_development(browser, crisis)

    # the site search (Material's, lunr in a web worker, all local) finds the actor
    href = _search_for_the_actor(browser)
    browser.screenshot("search-results")

    goto(browser, href)
    assert browser.evaluate("document.querySelector('h1').innerText.replace('¶', '').trim()") == "Yusuf Karimov"
    quote_href = browser.evaluate(
        "[...document.querySelectorAll('.briefing-quote a')].map(a => a.href).find(h => h.includes('#quote-'))")
    assert quote_href, "the actor page links to a quote"
    browser.screenshot("actor-page")

    goto(browser, quote_href)
    anchor = quote_href.split("#", 1)[1]
    target = browser.wait_for(f"(() => {{ const el = document.getElementById('{anchor}');"
                              " return el && el.matches(':target') && el.innerText; })()")
    assert "Yusuf Karimov" in target  # the sentence, with its speaker under it
    browser.screenshot("quote-sentence")

    assert browser.console_errors() == []


def _follow_the_summary(tools: DevTools, crisis: str) -> None:
    """The crisis page leads with its summary; each sentence's link lands on that very sentence
    of its article's briefing page (the target element, scrolled into view)."""
    entries = tools.evaluate("""[...document.querySelectorAll('#summary ~ ul')][0] &&
        [...document.querySelector('#summary ~ ul').querySelectorAll('li')].map(li => ({
            text: li.firstChild.textContent.trim(), href: li.querySelector('a').href}))""")
    assert entries, "the crisis page has a summary"
    first_heading = tools.evaluate("document.querySelector('.md-content h2').id")
    assert first_heading == "summary", first_heading
    for n, entry in enumerate(entries):
        goto(tools, entry["href"])
        anchor = entry["href"].split("#", 1)[1]
        target = tools.wait_for(f"(() => {{ const el = document.getElementById('{anchor}');"
                                " return el && el.matches(':target') && el.querySelector('p').innerText; })()")
        assert target.strip() == entry["text"], (target, entry["text"])
        in_view = tools.evaluate(f"(() => {{ const r = document.getElementById('{anchor}').getBoundingClientRect();"
                                 " return r.top >= 0 && r.top < window.innerHeight; })()")
        assert in_view, anchor
        if n == 0:
            tools.screenshot("summary-sentence")
    goto(tools, crisis)


def _follow_a_development(tools: DevTools, crisis: str) -> None:
    """The crisis timeline holds developments: a row that several articles report links each of
    them, shows its accounts when opened, and each link opens that article's briefing."""
    row = tools.evaluate("""(() => { const rows = [...document.querySelectorAll('.md-content table tbody tr')];
        const row = rows.find(r => r.cells.length === 4 && / articles/.test(r.cells[3].innerText)
                                   && r.cells[3].querySelectorAll('a').length > 1);
        if (!row) return null;
        const details = row.querySelector('details');
        if (details) details.open = true;
        row.scrollIntoView({block: 'center'});
        return {links: [...row.cells[3].querySelectorAll('a')].map(a => a.href),
                accounts: details ? details.querySelectorAll('li').length : 0,
                shown: details ? details.querySelector('li').getBoundingClientRect().height > 0 : false,
                count: row.cells[3].innerText}; })()""")
    assert row, "a development reported by several articles is one row"
    assert row["count"].startswith(f"{len(row['links'])} articles"), row
    assert row["accounts"] >= 2 and row["shown"], row
    tools.screenshot("crisis-development")
    for href in row["links"]:
        goto(tools, href)
        assert _shows_a_page(tools) or tools.evaluate("!!document.querySelector('.md-content h1')"), href
    goto(tools, crisis)


def _follow(tools: DevTools, pattern: str) -> str:
    """Go to the first link of the page's content whose address matches `pattern` (a JS regex)."""
    href = tools.wait_for(f"[...document.querySelectorAll('article a')].map(a => a.href).find(h => {pattern}.test(h))")
    goto(tools, href)
    return href


def _search_for_the_actor(tools: DevTools) -> str:
    """Types an actor's family name into the site search; the address of its result."""
    tools.evaluate("document.querySelector('label[for=__search]')?.click()")
    tools.evaluate("""(() => { const q = document.querySelector('input[data-md-component=search-query]');
        q.focus(); q.value = 'Karimov'; q.dispatchEvent(new Event('input', {bubbles: true}));
        q.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true})); })()""")
    return tools.wait_for("""(() => { const a = [...document.querySelectorAll('.md-search-result__link')]
        .find(a => a.href.includes('/actors/yusuf-karimov.html')); return a && a.href; })()""", timeout=30)


def _shows_a_page(tools: DevTools) -> bool:
    """The browser shows one of our pages (the theme's frame and a title), not a folder listing."""
    return tools.evaluate("location.protocol === 'file:' && !!document.querySelector('.md-content h1')"
                          " && !document.body.innerText.includes('Index of')")


def test_the_site_opened_from_disk_follows_its_links(browser, site):
    home = (site / "index.html").resolve().as_uri()
    goto(browser, home)
    assert _shows_a_page(browser)
    crisis = _follow(browser, "/\\/crises\\/[a-z0-9-]+\\/index\\.html$/")
    assert _shows_a_page(browser) and "Who's who" in browser.evaluate("document.body.innerText"), crisis
    assert browser.evaluate("[...document.images].every(i => i.complete && i.naturalWidth > 0)")
    goto(browser, home)
    briefing = _follow(browser, "/\\/briefings\\/[a-z0-9-]+\\/index\\.html$/")
    assert _shows_a_page(browser) and "Key actors" in browser.evaluate("document.body.innerText"), briefing
    actor = _follow(browser, "/\\/actors\\/[a-z0-9-]+\\.html$/")
    assert _shows_a_page(browser), actor
    assert browser.evaluate("document.querySelector('h1').innerText.replace('¶', '').trim()")
    # the theme's own links (navigation) lead to pages too, not to folders
    nav = browser.evaluate("[...document.querySelectorAll('.md-nav a')].map(a => a.href)"
                           ".filter(h => h.startsWith('file:') && !h.includes('#'))")
    assert nav and all(href.endswith(".html") for href in nav), nav
    browser.screenshot("from-disk-actor-page")
    # the palette toggle switches the scheme to dark (the stylesheet has rules for it)
    assert browser.evaluate("document.body.dataset.mdColorScheme") == "default"
    browser.evaluate("document.querySelector('label[for=__palette_1]').click()")  # "Switch to dark mode"
    browser.wait_for("document.body.dataset.mdColorScheme === 'slate'")
    browser.screenshot("from-disk-dark")
    # the search works from disk too (its index is a script, its worker runs in an iframe)
    goto(browser, home)
    assert _search_for_the_actor(browser).startswith("file:")
    browser.screenshot("from-disk-search")
