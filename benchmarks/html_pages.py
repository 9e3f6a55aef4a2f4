"""How well the HTML reader keeps an article's text and drops the rest of the page.

Reads ../shared/corpus/html/ (saved news pages; ``index.jsonl`` says for each page the snippets
its text must keep and must drop, or points to an expected text). Reports per page and overall:

* kept: share of the must-keep snippets found in the body;
* dropped: share of the must-drop snippets absent from the body;
* similarity (pages with an expected text): difflib ratio of the word sequences;
* refused: pages the reader refused, with its message (the front page and non-English pages
  must be refused; an article refused is a failure).

    python benchmarks/html_pages.py [--verbose]

Skips (exit 0) when ../shared is not there.
"""
from __future__ import annotations

import difflib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "html"
sys.path.insert(0, str(ROOT))

from generator.model.article import SeedError

from generator.readers import read_seed  # noqa: E402

MUST_REFUSE = ("section-front-page", "article-non-english")


def normalise(text: str) -> str:
    return " ".join(text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').split())


def similarity(body: str, expected: str) -> float:
    matcher = difflib.SequenceMatcher(None, normalise(body).split(), normalise(expected).split(),
                                      autojunk=False)
    return matcher.ratio()


def score_page(entry: dict) -> dict:
    row = {"file": entry["file"], "kind": entry["kind"]}
    try:
        article = read_seed(CORPUS / entry["file"])
    except SeedError as err:
        row["refused"] = str(err)
        return row
    body = normalise(article.body)
    row["kept"] = [normalise(s) in body for s in entry.get("expected_with", [])]
    row["dropped"] = [normalise(s) not in body for s in entry.get("expected_without", [])]
    if entry.get("expected_txt"):
        expected = (CORPUS / entry["expected_txt"]).read_text(encoding="utf-8")
        row["similarity"] = similarity(article.body, expected)
    row["title"] = article.title
    return row


def share(flags: list[bool]) -> str:
    return f"{sum(flags)}/{len(flags)} ({100 * sum(flags) / max(len(flags), 1):.0f}%)"


def report(rows: list[dict], verbose: bool) -> None:
    kept = [f for r in rows for f in r.get("kept", [])]
    dropped = [f for r in rows for f in r.get("dropped", [])]
    sims = [r["similarity"] for r in rows if "similarity" in r]
    should_refuse = [r for r in rows if r["kind"].startswith(MUST_REFUSE)]
    wrongly_refused = [r for r in rows if "refused" in r and not r["kind"].startswith(MUST_REFUSE)]
    for row in rows:
        if verbose or "refused" in row or not all(row.get("kept", [])) or not all(row.get("dropped", [])):
            detail = row.get("refused") or (f"kept {share(row['kept'])} dropped {share(row['dropped'])}"
                                            + (f" sim {row['similarity']:.2f}" if "similarity" in row else ""))
            print(f"  {row['file']:45} {detail}")
    print(f"pages: {len(rows)}")
    print(f"must-keep snippets kept:    {share(kept)}")
    print(f"must-drop snippets dropped: {share(dropped)}")
    if sims:
        print(f"similarity to expected text ({len(sims)} pages): mean {sum(sims) / len(sims):.3f}, "
              f"min {min(sims):.3f}")
    print(f"refused as they should be (front page, not English): "
          f"{sum('refused' in r for r in should_refuse)}/{len(should_refuse)}")
    print(f"articles refused wrongly: {len(wrongly_refused)}")


def main(argv: list[str]) -> int:
    if not (CORPUS / "index.jsonl").is_file():
        print(f"skipped: {CORPUS} is not here")
        return 0
    entries = [json.loads(line) for line in (CORPUS / "index.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    report([score_page(e) for e in entries], verbose="--verbose" in argv)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
