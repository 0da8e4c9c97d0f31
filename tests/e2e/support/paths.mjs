// Where the end-to-end tests find the builds and the data, relative to the repository.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../../", import.meta.url));

/** The repository root, with a trailing slash. */
export const ROOT = root;

/** The release build made by `trunk build --release`. */
export const DIST = root + "dist";
/** A debug build with the `fault-injection` feature: it panics while rendering. */
export const FAULT_DIST = root + "target/fault-dist";
/** The default briefing, to compare the page with. */
export const BRIEFING = JSON.parse(readFileSync(root + "data/briefing.json", "utf8"));
/** axe-core's browser bundle, injected into pages for accessibility checks. */
export const AXE_SOURCE = readFileSync(root + "node_modules/axe-core/axe.min.js", "utf8");
/** When an embed sends its first report again (ms after it starts): the Rust constant
 *  `RESEND_AFTER_MS` of crates/explore/src/embed.rs, read from the source so the tests
 *  follow it. */
export const RESEND_AFTER_MS = (() => {
  const source = readFileSync(root + "crates/explore/src/embed.rs", "utf8");
  const found = source.match(/pub const RESEND_AFTER_MS: \[u32; \d+\] = \[([^\]]+)\];/);
  if (!found) throw new Error("RESEND_AFTER_MS not found in crates/explore/src/embed.rs");
  return found[1].split(",").map((n) => Number(n.trim()));
})();
