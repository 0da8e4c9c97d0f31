#!/usr/bin/env python3
"""Fills in quote offsets and source digests in a briefing file, for editors.

Write each quote's `source` and `text`; this finds the text in the source and sets
`start`/`end` (Unicode scalar values, end exclusive, as the format requires) and each
source's `sha256`. A quote whose text occurs more than once keeps its `start` as a hint:
the occurrence at or after it is used. A quote that is not found verbatim is an error.

Usage: scripts/fill-offsets.py data/briefing.json   (rewrites the file in place)
"""
import hashlib
import json
import sys


def fill(briefing):
    texts = {s["id"]: s["text"] for s in briefing.get("sources", [])}
    for source in briefing.get("sources", []):
        source["sha256"] = hashlib.sha256(source["text"].encode("utf-8")).hexdigest()
    errors = []
    for kind in ("positions", "events"):
        for i, item in enumerate(briefing.get(kind, [])):
            for j, quote in enumerate(item.get("quotes", [])):
                where = f"{kind}[{i}].quotes[{j}]"
                text = texts.get(quote.get("source"))
                if text is None:
                    errors.append(f"{where}: unknown source {quote.get('source')!r}")
                    continue
                hint = quote.get("start", 0)
                found = text.find(quote["text"], hint)
                if found < 0:
                    errors.append(f"{where}: not found verbatim: {quote['text']!r}")
                    continue
                if "start" not in quote and text.find(quote["text"], found + 1) >= 0:
                    errors.append(f"{where}: occurs more than once; give a start hint")
                    continue
                # Python indexes str by code point, which is what the format counts.
                filled = {"source": quote["source"], "start": found, "end": found + len(quote["text"])}
                item["quotes"][j] = {**filled, **{k: v for k, v in quote.items() if k not in filled}}
    return errors


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    with open(path, encoding="utf-8") as f:
        briefing = json.load(f)
    errors = fill(briefing)
    if errors:
        sys.exit("\n".join(errors))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(briefing, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
