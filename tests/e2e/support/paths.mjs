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
