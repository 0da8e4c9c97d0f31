// The smoke journey (journey.mjs) in Chromium, Firefox ESR and WebKitGTK, each through its
// own W3C WebDriver server, against the release dist/ served on 127.0.0.1.
//
// Firefox's and WebKit's drivers have no log API, so the server used here is given a copy
// of dist/ whose index.html loads /__smoke-errors.js first in <head>; the journey reads
// what it recorded after every step. An embedding page is served from a second loopback
// origin. Every driver (and the browser it starts) is stopped at the end, pass or fail,
// and has a lifetime limit of its own in case this process dies first.
import { after, before, describe, test } from "node:test";
import { execFileSync } from "node:child_process";
import assert from "node:assert/strict";
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { startServer } from "../e2e/support/server.mjs";
import { DIST } from "../e2e/support/paths.mjs";
import { ENGINES } from "./engines.mjs";
import { runJourney } from "./journey.mjs";
import { Session, startDriver } from "./webdriver.mjs";

const RECORDER = fileURLToPath(new URL("./smoke-errors.js", import.meta.url));
const RECORDER_TAG = '<script src="/__smoke-errors.js"></script>';

const scratch = mkdtempSync(join(tmpdir(), "smoke-engines-"));
// Also when interrupted (webdriver.mjs exits on SIGINT/SIGTERM after stopping the drivers).
process.once("exit", () => {
  try {
    rmSync(scratch, { recursive: true, force: true });
  } catch {
    // A browser killed a moment ago may still be writing its profile; /tmp is cleaned anyway.
  }
});
let app;
let host;
const summary = [];

/** A copy of dist/ whose index.html records errors from its very first script on. */
function distWithRecorder() {
  assert.ok(existsSync(join(DIST, "index.html")), `${DIST}/index.html is missing: run trunk build --release first`);
  const dir = join(scratch, "dist");
  cpSync(DIST, dir, { recursive: true });
  const index = readFileSync(join(dir, "index.html"), "utf8");
  // First in the head; a minified page may leave out the <head> tag itself, then the
  // recorder goes right after the charset, before any other script.
  const injected = /<head(\s[^>]*)?>/i.test(index)
    ? index.replace(/<head(\s[^>]*)?>/i, (head) => head + RECORDER_TAG)
    : index.replace(/<meta charset=[^>]*>/i, (meta) => meta + RECORDER_TAG);
  assert.notEqual(injected, index, "dist/index.html has no <head> or charset to put the error recorder after");
  writeFileSync(join(dir, "index.html"), injected);
  copyFileSync(RECORDER, join(dir, "__smoke-errors.js"));
  // A briefing long enough for the windowed card list (journey.mjs, `src=synthetic.json`).
  const synthetic = execFileSync("cargo", ["run", "--offline", "--quiet", "-p", "briefing-cli", "--", "synthetic", "1000", "1"], {
    cwd: fileURLToPath(new URL("../../", import.meta.url)),
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(join(dir, "synthetic.json"), synthetic);
  return dir;
}

/** A page on another loopback origin that embeds the timeline the documented way. */
function hostPage(appUrl) {
  const dir = join(scratch, "host");
  mkdirSync(dir);
  copyFileSync(RECORDER, join(dir, "__smoke-errors.js"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head>${RECORDER_TAG}<meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.__reported = []; window.__origins = [];
addEventListener("message", (e) => {
  if (!e.data || e.data.type !== "briefing-explorer:resize") return;
  __reported.push(e.data.height);
  if (!__origins.includes(e.origin)) __origins.push(e.origin);
});</script></head>
<body><h1>A news article</h1>
<iframe src="${appUrl}?view=timeline&amp;embed=1" title="Explorer" width="100%" height="150" style="border:0" data-briefing-explorer></iframe>
<p>After the embed.</p>
<script src="${appUrl}embed.js" async></script>
</body></html>`,
  );
  return dir;
}

before(async () => {
  app = await startServer({ root: distWithRecorder() });
  host = await startServer({ root: hostPage(app.url) });
});

after(async () => {
  await host?.close();
  await app?.close();
  console.log(`\nsmoke journey, per engine:\n${summary.map((line) => `  ${line}`).join("\n")}`);
});

describe("smoke journey in three engines (W3C WebDriver)", () => {
  for (const engine of ENGINES) {
    test(engine.name, { timeout: 180_000 }, async () => {
      const started = Date.now();
      const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
      let browser = engine.name;
      let driver;
      let session;
      try {
        // The driver's own temporary files (geckodriver's profile, xvfb-run's X authority)
        // go into the scratch directory, which is removed even when the run is interrupted.
        const spec = engine.driver();
        driver = await startDriver({ ...spec, env: { ...spec.env, TMPDIR: mkdtempSync(join(scratch, "tmp-")) } });
        const profile = mkdtempSync(join(scratch, "profile-"));
        session = await Session.create(driver.url, engine.capabilities({ scratch: profile }));
        const caps = session.capabilities;
        browser = `${engine.name} (${caps.browserName} ${caps.browserVersion})`;
        console.log(`${browser}: session open after ${seconds()}`);
        await session.setTimeouts({ script: 30_000, pageLoad: 60_000, implicit: 0 });
        await runJourney(session, { appUrl: app.url, appOrigin: app.origin, hostUrl: host.url }, (check, ms) =>
          console.log(`  ✓ ${check} (${(ms / 1000).toFixed(1)} s)`),
        );
        console.log(`${browser}: passed in ${seconds()}`);
        summary.push(`passed  ${browser} in ${seconds()}`);
      } catch (e) {
        summary.push(`FAILED  ${browser} after ${seconds()}: ${e.message.replace(/\s*\n\s*/g, " ").slice(0, 400)}`);
        const log = driver?.log().trim();
        throw new Error(`${browser}: ${e.message}${log && !session ? `\n  driver output:\n${log.slice(-1500)}` : ""}`, {
          cause: e,
        });
      } finally {
        await session?.delete();
        await driver?.stop();
      }
    });
  }
});
