// The CSV template as the tests read it, and the `briefing` command they run on files.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { ROOT } from "./paths.mjs";

/** The template's first columns, in order: the Rust constant `COLUMNS` of
 *  crates/briefing/src/csv/mod.rs, read from the source so the tests follow it. */
export const TEMPLATE_COLUMNS = (() => {
  const source = readFileSync(join(ROOT, "crates/briefing/src/csv/mod.rs"), "utf8");
  const found = source.match(/pub const COLUMNS: &\[&str\] = &\[([^\]]+)\];/);
  if (!found) throw new Error("COLUMNS not found in crates/briefing/src/csv/mod.rs");
  return [...found[1].matchAll(/"([a-z_]+)"/g)].map((m) => m[1]);
})();

/** RFC 4180 parser: quoted fields, doubled quotes, CRLF rows, line breaks inside quotes. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

/** Runs the project's `briefing` command with `args` from the repository root: the built
 *  binary when there is one, else through cargo. Its standard output. */
export function runCli(args) {
  const built = join(ROOT, "target/debug/briefing");
  const [cmd, all] = existsSync(built) ? [built, args] : ["cargo", ["run", "--offline", "--quiet", "-p", "briefing-cli", "--", ...args]];
  return execFileSync(cmd, all, { cwd: ROOT, encoding: "utf8" });
}
