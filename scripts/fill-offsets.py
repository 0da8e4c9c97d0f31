#!/usr/bin/env python3
"""Fills in quote offsets and source digests in a briefing file, for editors.

Write each quote's `source` and `text`; this finds the text in the source and sets
`start`/`end` (Unicode scalar values, end exclusive, as the format requires) and each
source's `sha256`. The whole source is searched. A quote whose text occurs more than once
needs a `start` as a hint: the occurrence nearest to it is used (a stale hint after an edit
still finds the right passage). Without a hint, or with a hint exactly between two
occurrences, the quote is reported as ambiguous with every place it occurs. A quote that is
not found verbatim, or has no `text`, is an error; nothing is written then.

Usage: scripts/fill-offsets.py data/briefing.json   (rewrites the file in place)
"""
import hashlib
import json
import sys


def occurrences(text, needle):
    """Every start offset (in characters) of `needle` in `text`, overlapping included."""
    found = []
    at = text.find(needle)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def locate(text, needle, hint):
    """The offset to use for `needle`, or an error message."""
    found = occurrences(text, needle)
    if not found:
        return None, "not found verbatim in its source"
    if len(found) == 1:
        return found[0], None
    places = ", ".join(str(f) for f in found[:10]) + (", ..." if len(found) > 10 else "")
    if hint is None:
        return None, f"occurs {len(found)} times (at characters {places}); give a start hint"
    ranked = sorted(found, key=lambda f: abs(f - hint))
    if abs(ranked[0] - hint) == abs(ranked[1] - hint):
        return None, (
            f"occurs {len(found)} times (at characters {places}) and the start hint {hint} "
            f"is as near to {ranked[0]} as to {ranked[1]}; move the hint"
        )
    return ranked[0], None


def fill(briefing):
    """Fills `briefing` in place; returns the list of errors (empty when all went well)."""
    errors = []
    texts = {}
    for i, source in enumerate(briefing.get("sources", [])):
        text = source.get("text")
        if not isinstance(text, str):
            errors.append(f'sources[{i}]: has no "text"; paste the full source text')
            continue
        texts[source.get("id")] = text
        source["sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
    for kind in ("positions", "events"):
        for i, item in enumerate(briefing.get(kind, [])):
            for j, quote in enumerate(item.get("quotes", [])):
                where = f"{kind}[{i}].quotes[{j}]"
                words = quote.get("text")
                if not isinstance(words, str) or not words:
                    errors.append(f'{where}: has no "text"; write the quote\'s exact words')
                    continue
                text = texts.get(quote.get("source"))
                if text is None:
                    errors.append(f"{where}: unknown source {quote.get('source')!r}")
                    continue
                hint = quote.get("start")
                if hint is not None and (not isinstance(hint, int) or isinstance(hint, bool)):
                    errors.append(f"{where}: start must be a whole number, not {hint!r}")
                    continue
                found, error = locate(text, words, hint)
                if error:
                    errors.append(f"{where}: {error}: {words[:80]!r}")
                    continue
                # Python indexes str by code point, which is what the format counts.
                filled = {"source": quote["source"], "start": found, "end": found + len(words)}
                item["quotes"][j] = {**filled, **{k: v for k, v in quote.items() if k not in filled}}
    return errors


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    path = sys.argv[1]
    # utf-8-sig: editors on some systems save a byte-order mark, which the explorer accepts.
    with open(path, encoding="utf-8-sig") as f:
        try:
            briefing = json.load(f)
        except json.JSONDecodeError as e:
            sys.exit(f"{path}: not valid JSON: {e}")
    if not isinstance(briefing, dict):
        sys.exit(f"{path}: not a briefing: the document must be a JSON object")
    errors = fill(briefing)
    if errors:
        sys.exit("\n".join(errors))
    with open(path, "w", encoding="utf-8") as f:
        json.dump(briefing, f, ensure_ascii=False, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
