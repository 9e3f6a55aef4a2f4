"""Pictures of a crisis, drawn at build time as standalone SVG files (no scripts, no fonts, no
network): the actor network and the timeline.

Every piece of text in a picture comes from an article, so it is untrusted: it goes through
``_text``/``_attr`` (XML escaping) and can only ever be character data, never markup.
Input: a merged crisis dict from generator.crisis. Output: SVG text.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from xml.sax.saxutils import escape, quoteattr

NETWORK_NODES = 14
EDGE_COLOURS = {"quotes": "#90a4ae", "supports": "#2e7d32", "opposes": "#c62828"}
NODE_COLOURS = {"person": "#37474f", "state": "#1565c0", "organization": "#6a1b9a", "group": "#ef6c00"}
FONT = "font-family=\"sans-serif\""
LABELS = 6  # labelled days on the timeline


def _text(value, limit: int = 48) -> str:
    """Untrusted text as SVG character data: shortened, control characters dropped, escaped."""
    text = " ".join("".join(ch for ch in str(value or "") if ch >= " " or ch in "\t\n").split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return escape(text)


def _attr(value) -> str:
    return quoteattr(" ".join(str(value or "").split()))


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" {FONT} font-size="11">\n'
            f"<title>{_text(title, 200)}</title>\n"
            f'<rect width="{width}" height="{height}" fill="#ffffff"/>\n' + "\n".join(body) + "\n</svg>\n")


# --- the actor network ------------------------------------------------------------------------------

def network(crisis: dict, size: int = 720) -> str:
    """Who speaks about, supports or opposes whom among the crisis' most central actors, on a
    circle (a fixed layout: the same crisis always gives the same picture)."""
    nodes = _network_nodes(crisis)
    ids = [n["id"] for n in nodes]
    edges = defaultdict(int)
    for r in crisis.get("relations") or []:
        if r.get("source") in ids and r.get("target") in ids:
            edges[(r["source"], r["target"], r.get("kind"))] += int(r.get("count") or 1)
    centre, radius = size / 2, size / 2 - 110
    at = {node_id: (centre + radius * math.cos(2 * math.pi * i / max(len(ids), 1) - math.pi / 2),
                    centre + radius * math.sin(2 * math.pi * i / max(len(ids), 1) - math.pi / 2))
          for i, node_id in enumerate(ids)}
    body = [_markers()]
    body += [_edge(at[s], at[t], kind, count) for (s, t, kind), count in sorted(edges.items())]
    biggest = max([n.get("centrality", 0) for n in nodes] or [1]) or 1
    body += [_node(n, at[n["id"]], biggest, centre) for n in nodes]
    if not nodes:
        body.append(f'<text x="{centre}" y="{centre}" text-anchor="middle">No actors yet</text>')
    return _svg(size, size, f"Actor network of {crisis.get('title')}", body)


def _network_nodes(crisis: dict) -> list[dict]:
    """The most central actors, those in relations first."""
    actors = [a for a in crisis.get("actors") or [] if a.get("kind") in NODE_COLOURS]
    related = {end for r in crisis.get("relations") or [] for end in (r.get("source"), r.get("target"))}
    ranked = [a for a in actors if a["id"] in related] + [a for a in actors if a["id"] not in related]
    return ranked[:NETWORK_NODES]


def _markers() -> str:
    return "<defs>" + "".join(
        f'<marker id="arrow-{kind}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" '
        f'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
        for kind, colour in EDGE_COLOURS.items()) + "</defs>"


def _edge(a, b, kind, count) -> str:
    colour = EDGE_COLOURS.get(kind, "#90a4ae")
    marker = f"arrow-{kind}" if kind in EDGE_COLOURS else "arrow-quotes"
    # stop short of the target's circle so the arrow head shows
    dx, dy = b[0] - a[0], b[1] - a[1]
    length = math.hypot(dx, dy) or 1
    end = (b[0] - dx / length * 18, b[1] - dy / length * 18)
    width = min(1 + math.log2(count), 6)
    return (f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{end[0]:.1f}" y2="{end[1]:.1f}" '
            f'stroke="{colour}" stroke-width="{width:.1f}" stroke-opacity="0.75" '
            f'marker-end="url(#{marker})"><title>{_text(kind)} ×{int(count)}</title></line>')


def _node(node: dict, at, biggest: float, centre: float) -> str:
    r = 6 + 12 * math.sqrt((node.get("centrality") or 0) / biggest)
    colour = NODE_COLOURS.get(node.get("kind"), "#607d8b")
    x, y = at
    # labels point away from the centre so they do not sit on the lines
    anchor = "start" if x > centre + 5 else "end" if x < centre - 5 else "middle"
    lx = x + (r + 4 if anchor == "start" else -(r + 4) if anchor == "end" else 0)
    ly = y + (r + 14 if y > centre + 5 else -(r + 6) if anchor == "middle" else 4)
    return (f'<g><circle cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}" fill="{colour}">'
            f'<title>{_text(node.get("name"), 120)}</title></circle>'
            f'<text x="{lx:.1f}" y="{ly:.1f}" text-anchor="{anchor}" fill="#263238">{_text(node.get("name"), 28)}</text></g>')


# --- the timeline ----------------------------------------------------------------------------------------

def timeline(crisis: dict, width: int = 960, height: int = 300) -> str:
    """Developments per day from the first report to the last (background and announcements
    apart), those several articles reported dark, the busiest days labelled with their most
    reported development."""
    first, last = _period(crisis)
    if first is None:
        return _svg(width, 60, f"Timeline of {crisis.get('title')}",
                    ['<text x="20" y="35">No dated reports yet</text>'])
    days = max((last - first).days, 1)
    left, right, axis_y = 40, width - 40, height - 50

    def x(day: dt.date) -> float:
        return left + (right - left) * (day - first).days / days

    per_day = defaultdict(Counter)
    labels: dict[dt.date, tuple[int, str]] = {}
    for d in crisis.get("developments") or []:
        day = _date(d.get("date"))
        if day is None or d.get("background") or d.get("ahead") or not first <= day <= last:
            continue
        reports = len(d.get("articles") or [])
        per_day[day]["shared" if reports > 1 else "single"] += 1
        if day not in labels or reports > labels[day][0]:
            labels[day] = (reports, d.get("what") or "")
    body = [f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="#455a64"/>']
    body += _ticks(first, last, x, axis_y)
    body += _dots(per_day, x, axis_y)
    busiest = sorted(per_day, key=lambda d: (-labels[d][0], -sum(per_day[d].values()), d))[:LABELS]
    for n, day in enumerate(sorted(busiest)):
        body.append(_label(x(day), axis_y, n, labels[day][1]))
    undated = sum(1 for d in crisis.get("developments") or [] if not d.get("date"))
    legend = "dark: developments reported by several articles · orange: by one, per day"
    if undated:
        legend += f" · {undated} undated not shown"
    body.append(f'<text x="{left}" y="{height - 10}" fill="#607d8b">{_text(legend, 120)}</text>')
    return _svg(width, height, f"Timeline of {crisis.get('title')}", body)


def _date(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _period(crisis: dict):
    period = crisis.get("period") or {}
    first, last = _date(period.get("first")), _date(period.get("last"))
    return (first, last or first) if first else (None, None)


def _ticks(first: dt.date, last: dt.date, x, axis_y: float) -> list[str]:
    out, day = [], first
    step = 1 if (last - first).days <= 14 else 7
    while day <= last:
        out.append(f'<line x1="{x(day):.1f}" y1="{axis_y}" x2="{x(day):.1f}" y2="{axis_y + 5}" stroke="#455a64"/>'
                   f'<text x="{x(day):.1f}" y="{axis_y + 18}" text-anchor="middle" fill="#455a64">'
                   f'{day.strftime("%b")} {day.day}</text>')
        day += dt.timedelta(days=step)
    return out


def _dots(per_day, x, axis_y: float) -> list[str]:
    """One stacked bar per day (developments several articles reported dark, the others orange),
    scaled so the busiest day fits."""
    out = []
    busiest = max((sum(c.values()) for c in per_day.values()), default=1) or 1
    unit = min(9.0, (axis_y - 110) / busiest)  # room above for the labels
    for day, counts in sorted(per_day.items()):
        y = axis_y - 2
        for kind, colour in (("shared", "#37474f"), ("single", "#ef6c00")):
            height = unit * counts.get(kind, 0)
            if height:
                y -= height
                out.append(f'<rect x="{x(day) - 3:.1f}" y="{y:.1f}" width="6" height="{height:.1f}" fill="{colour}">'
                           f'<title>{day.isoformat()}: {int(counts.get(kind, 0))} development(s) reported by '
                           f'{"several articles" if kind == "shared" else "one article"}</title></rect>')
    return out


def _label(px: float, axis_y: float, n: int, text: str) -> str:
    y = 16 + (n % 6) * 15  # six rows of labels, so neighbours do not overlap
    anchor = "start" if px < 200 else "end" if px > 760 else "middle"
    return (f'<line x1="{px:.1f}" y1="{y + 3}" x2="{px:.1f}" y2="{axis_y - 4}" stroke="#cfd8dc" stroke-dasharray="2,2"/>'
            f'<text x="{px:.1f}" y="{y}" text-anchor="{anchor}" fill="#263238">{_text(text, 40)}</text>')
