// The first-visit size budget: everything the page loads on a first visit (HTML, JS, wasm,
// CSS, icon; the default briefing is compiled into the wasm), gzip-compressed, must stay
// under FIRST_LOAD_GZIP_BUDGET. Bytes are deterministic, so this is a test; timings are not
// (see scripts/bench.sh).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

import { launch, openPage } from "./support/browser.mjs";
import { startServer } from "./support/server.mjs";
import { DIST } from "./support/paths.mjs";

/**
 * The budget, in bytes of gzip (level 9), for the first visit. The app is not at its
 * targets yet (docs/performance.md says why), so the budget holds today's size with a
 * small margin. The presentation of issue 13 took 4.7 KB of the 5 KB it was allowed;
 * issue 14's journeys (a forgiving search, embed options with a preview, back to the
 * reader's place, plain messages in three languages) took 22 KB more, all of it in the
 * wasm, which issue 15 takes off the first visit.
 */
export const FIRST_LOAD_GZIP_BUDGET = 350 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

test(`the first visit transfers at most ${kb(FIRST_LOAD_GZIP_BUDGET)} gzip`, async () => {
  const server = await startServer({ root: DIST });
  const browser = await launch();
  const { page, context, requests } = await openPage(browser);
  try {
    await page.goto(server.url);
    await page.locator("[data-position-id]").first().waitFor();
    await page.waitForLoadState("networkidle");
    const files = [...new Set(requests)].map((url) => {
      const path = new URL(url).pathname.replace(/^\//, "") || "index.html";
      return path.endsWith("/") ? path + "index.html" : path;
    });
    let total = 0;
    let totalBrotli = 0;
    const lines = files.sort().map((file) => {
      const raw = readFileSync(join(DIST, file));
      const gzip = gzipSync(raw, { level: constants.Z_BEST_COMPRESSION }).length;
      // Brotli for information: what a server that offers it would send.
      const brotli = brotliCompressSync(raw).length;
      total += gzip;
      totalBrotli += brotli;
      return `  ${file.padEnd(46)} ${kb(raw.length).padStart(9)} raw ${kb(gzip).padStart(9)} gzip ${kb(brotli).padStart(9)} brotli`;
    });
    console.log(
      `first visit, ${files.length} files:\n${lines.join("\n")}\n` +
        `  total ${kb(total)} gzip (${kb(totalBrotli)} brotli); budget ${kb(FIRST_LOAD_GZIP_BUDGET)} gzip`,
    );
    assert.ok(files.some((f) => f.endsWith(".wasm")), "the wasm is part of the first visit");
    // Briefing Studio is a page of its own (dist/studio/): nothing of it is loaded here.
    assert.deepEqual(files.filter((f) => f.startsWith("studio/") || /(^|\/)studio[-.]/.test(f)), []);
    assert.ok(total <= FIRST_LOAD_GZIP_BUDGET, `${kb(total)} gzip exceeds the budget of ${kb(FIRST_LOAD_GZIP_BUDGET)}`);
  } finally {
    await context.close();
    await browser.close();
    await server.close();
  }
});
