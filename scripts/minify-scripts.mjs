// Trunk post_build hook: minifies the plain scripts a first visit loads (start.js and
// watchdog.js, copied as they are written, with their comments) in release builds, with
// terser (npm). A first visit's bytes are budgeted (tests/e2e/size.test.mjs) and these
// scripts are a third of them; their comments are for whoever reads the sources, not for
// the reader's phone. A page that has neither (Briefing Studio's) is left alone.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { minify } from "terser";

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("minify-scripts: TRUNK_STAGING_DIR is not set (run as a Trunk hook)");
  process.exit(1);
}
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

for (const name of ["start.js", "watchdog.js"]) {
  const path = join(dir, name);
  if (!existsSync(path)) continue;
  const source = readFileSync(path, "utf8");
  // Plain scripts of the page (not modules): top-level names stay as they are.
  const out = await minify(source, { module: false, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  if (!out.code) {
    console.error(`minify-scripts: terser gave nothing for ${name}`);
    process.exit(1);
  }
  writeFileSync(path, out.code + "\n");
}
