// Bring your own briefing: by `src=` and by file, a malformed file (report, nothing lost),
// network failures with status and content type, and a hostile file that must stay inert.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { useApp, cardIds } from "./support/app.mjs";
import { foreignRequests } from "./support/browser.mjs";
import { BRIEFING, ROOT } from "./support/paths.mjs";

const app = useApp();
const EXAMPLE = join(ROOT, "docs/examples/fictional-harbour-talks.json");
const HOSTILE = join(ROOT, "tests/fixtures/load/hostile.json");

function tempFile(name, text) {
  const path = join(mkdtempSync(join(tmpdir(), "briefing-")), name);
  writeFileSync(path, text);
  return path;
}

const h1 = (page) => page.locator("h1").textContent();

describe("loading a briefing", () => {
  test("src= loads another briefing, keeps src in the URL and applies the link's filters", async () => {
    const { page, context, errors } = await app.open("?src=examples/fictional-harbour-talks.json&actor=guild");
    try {
      await page.waitForFunction(() => document.querySelector("h1").textContent.startsWith("FICTIONAL EXAMPLE"));
      assert.deepEqual(await cardIds(page), ["guild-quota"]);
      await page.locator('input[data-actor-id="guild"]').uncheck();
      assert.deepEqual(await cardIds(page), ["council-quota", "guild-quota", "observers-pier"]);
      assert.match(page.url(), /\?src=examples%2Ffictional-harbour-talks\.json$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a file from the picker replaces the briefing", async () => {
    const { page, context } = await app.open();
    try {
      await page.locator('input[type="file"]').setInputFiles(EXAMPLE);
      await page.waitForFunction(() => document.querySelector("h1").textContent.startsWith("FICTIONAL EXAMPLE"));
      assert.equal((await cardIds(page)).length, 3);
    } finally {
      await context.close();
    }
  });

  test("a malformed file shows the report and the previous briefing stays", async () => {
    const { page, context } = await app.open("?actor=canada");
    try {
      const broken = tempFile("broken.json", '{"format": "briefing/1",\n  "title": }');
      await page.locator('input[type="file"]').setInputFiles(broken);
      const report = page.locator(".load-failed");
      await report.waitFor();
      assert.match(await report.textContent(), /“broken\.json” could not be shown/);
      assert.match(await report.locator(".validation-report").textContent(), /\(document\): not valid JSON: .*\(line 2, column 12\)/);
      assert.equal(await h1(page), BRIEFING.title);
      assert.equal((await cardIds(page)).length, 5, "the filtered cards are still there");
      const invalid = tempFile("invalid.json", JSON.stringify({ ...BRIEFING, format: "briefing/2" }));
      await page.locator('input[type="file"]').setInputFiles(invalid);
      await page.locator(".load-failed", { hasText: "invalid.json" }).waitFor();
      assert.match(await page.locator(".validation-report").textContent(), /briefing\/2.*supported: briefing\/1/);
      await page.getByRole("button", { name: "Back to the briefing" }).click();
      assert.equal(await page.locator(".load-failed").count(), 0);
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
    }
  });

  test("network failures name the HTTP status and content type", async () => {
    const { page, context } = await app.open("?src=examples/missing.json");
    try {
      await page.locator(".load-failed").waitFor();
      assert.match(await page.locator(".validation-report").textContent(), /\(network\): the server answered HTTP 404 Not Found \(text\/plain\)/);
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
    }
    const second = await app.open("?src=index.html");
    try {
      await second.page.locator(".load-failed").waitFor();
      assert.match(
        await second.page.locator(".validation-report").textContent(),
        /the server answered HTTP 200 with text\/html; charset=utf-8, not JSON/,
      );
    } finally {
      await second.context.close();
    }
  });

  test("progress is visible while a briefing loads", async () => {
    const { page, context } = await app.open();
    try {
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route("**/slow.json", async (route) => {
        await held;
        await route.fulfill({ path: EXAMPLE, contentType: "application/json" });
      });
      await page.goto(app.server.url + "?src=slow.json");
      const progress = page.locator(".load-progress[role=status]");
      await progress.waitFor();
      assert.match(await progress.textContent(), /Loading slow\.json/);
      release();
      await page.waitForFunction(() => document.querySelector("h1")?.textContent.startsWith("FICTIONAL EXAMPLE"));
      assert.equal(await progress.count(), 0);
    } finally {
      await context.close();
    }
  });
});

describe("hostile content", () => {
  test("HTML, scripts, javascript: URLs and handlers in a briefing stay inert text", async () => {
    const { page, context, requests, errors } = await app.open();
    try {
      await page.locator('input[type="file"]').setInputFiles(HOSTILE);
      await page.waitForFunction(() => document.querySelector("h1").textContent.startsWith("Hostile"));
      for (const view of ["cards", "matrix", "timeline", "source"]) {
        await page.locator(`button[data-view="${view}"]`).click();
        await page.waitForTimeout(100);
      }
      assert.equal(await page.evaluate(() => window.__pwned), undefined, "no payload ran");
      assert.match(await h1(page), /<script>window\.__pwned=1<\/script>/);
      assert.equal(await page.locator("#app script, #app img, #app iframe, #app svg[onload], #app style").count(), 0);
      assert.equal(await page.locator('a[href^="javascript:"], a[href^="JAVASCRIPT:"]').count(), 0);
      assert.equal(await page.locator('a[href*="evil.example"]').count(), 0);
      await page.waitForLoadState("networkidle");
      assert.deepEqual(foreignRequests(requests, app.server.origin), [], "no request left the page's own server");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});
