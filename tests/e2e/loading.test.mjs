// Bring your own briefing: by `src=` and by file, a malformed file (report, nothing lost),
// network failures with status and content type, and a hostile file that must stay inert.
// Also: only the latest load wins, a stalled server times out, a load can be cancelled,
// names are bidi-isolated, the "Loaded from" notice and back/forward follow `src=`, huge
// reports stay small, and the report speaks the interface language.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:http";

import { useApp, cardIds } from "./support/app.mjs";
import { axeViolations } from "./support/axe.mjs";
import { foreignRequests } from "./support/browser.mjs";
import { BRIEFING, DIST, ROOT } from "./support/paths.mjs";
import { startServer } from "./support/server.mjs";

const app = useApp();
const EXAMPLE = join(ROOT, "docs/examples/fictional-harbour-talks.json");
const HOSTILE = join(ROOT, "crates/briefing/tests/fixtures/hostile.json");

function tempFile(name, text) {
  const path = join(mkdtempSync(join(tmpdir(), "briefing-")), name);
  writeFileSync(path, text);
  return path;
}

const h1 = (page) => page.locator("h1").textContent();
const titleStarts = (page, prefix) =>
  page.waitForFunction((p) => document.querySelector("h1")?.textContent.startsWith(p), prefix);
const isDefault = (page) => page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, BRIEFING.title);

describe("loading a briefing", () => {
  test("src= loads another briefing, keeps src in the URL and applies the link's filters", async () => {
    const { page, context, errors } = await app.open("?src=examples/fictional-harbour-talks.json&actor=guild");
    try {
      await page.waitForFunction(() => document.querySelector("h1").textContent.startsWith("FICTIONAL EXAMPLE"));
      assert.deepEqual(await cardIds(page), ["guild-quota"]);
      // Showing what the link names is not a step of the reader's: no new history entry.
      assert.equal(await page.evaluate(() => history.length), 2);
      await page.locator('input[data-actor-id="guild"]').uncheck();
      assert.deepEqual(await cardIds(page), ["council-quota", "guild-quota", "observers-pier"]);
      assert.match(page.url(), /\?src=examples%2Ffictional-harbour-talks\.json$/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a src= that cannot be shown leaves the address, so nothing shared points at it", async () => {
    const { page, context } = await app.open("?src=examples/none.json&actor=canada", { allowErrors: /status of 404/ });
    try {
      await page.locator(".load-failed").waitFor();
      await page.waitForFunction(() => !location.search.includes("src="));
      assert.match(page.url(), /\?actor=canada$/);
      assert.equal(await page.evaluate(() => history.length), 2, "the entry was replaced, not added");
      assert.deepEqual(await cardIds(page), BRIEFING.positions.filter((p) => p.actor === "canada").map((p) => p.id));
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
      await page.getByRole("button", { name: "Dismiss" }).click();
      assert.equal(await page.locator(".load-failed").count(), 0);
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
    }
  });

  test("network failures name the HTTP status and content type", async () => {
    const { page, context } = await app.open("?src=examples/missing.json", { allowErrors: /status of 404/ });
    try {
      await page.locator(".load-failed").waitFor();
      assert.match(await page.locator(".validation-report").textContent(), /\(network\): the server answered HTTP 404 Not Found \(text\/plain\)/);
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
    }
    const third = await app.open("", { allowErrors: /status of 500/ });
    try {
      await third.page.route("**/broken-server.json", (route) => route.fulfill({ status: 500, body: "" }));
      await third.page.goto(app.server.url + "?src=broken-server.json");
      await third.page.locator(".load-failed").waitFor();
      assert.match(
        await third.page.locator(".validation-report").textContent(),
        /\(network\): the server answered HTTP 500 (Internal Server Error )?\(no content type\)/,
      );
    } finally {
      await third.context.close();
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

describe("loading safely", () => {
  test("a file picked while a slow src= loads wins, and the slow fetch is aborted", async () => {
    const { page, context, errors } = await app.open();
    try {
      let release;
      const held = new Promise((resolve) => (release = resolve));
      const failed = [];
      page.on("requestfailed", (r) => failed.push(r.url()));
      let answered;
      const answer = new Promise((resolve) => (answered = resolve));
      await page.route("**/slow.json", async (route) => {
        await held;
        // The page has aborted this request by now; fulfilling it may throw.
        await route.fulfill({ path: HOSTILE, contentType: "application/json" }).catch(() => {});
        answered();
      });
      await page.goto(app.server.url + "?src=slow.json");
      await page.locator(".load-progress").waitFor();
      assert.equal(await page.locator(".load-progress label bdi").textContent(), "slow.json");
      await page.locator('input[type="file"]').setInputFiles(EXAMPLE);
      await titleStarts(page, "FICTIONAL EXAMPLE");
      release();
      // The slow answer has come (or found its request aborted), and the page has had a
      // frame to show whatever it did with it.
      await answer;
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      assert.match(await h1(page), /^FICTIONAL EXAMPLE/, "the slow answer did not replace the picked file");
      assert.ok(failed.some((u) => u.endsWith("/slow.json")), `the slow fetch was aborted: ${failed}`);
      assert.equal(await page.locator(".load-progress, .load-failed").count(), 0);
      assert.deepEqual(errors.filter((e) => !/slow\.json/.test(e)), []);
    } finally {
      await context.close();
    }
  });

  test("a stalled server times out after 30 seconds, and Cancel stops a load", async () => {
    const { page, context } = await app.open();
    try {
      await page.clock.install();
      await page.route("**/stall.json", () => {}); // never answers
      await page.goto(app.server.url + "?src=stall.json");
      await page.locator(".load-progress").waitFor();
      await page.clock.runFor(29_000);
      assert.equal(await page.locator(".load-failed").count(), 0, "not before 30 s");
      await page.clock.runFor(2_000);
      await page.locator(".load-failed").waitFor();
      assert.match(
        await page.locator(".validation-report").textContent(),
        /\(network\): less than 1 KB arrived in 30 seconds, so loading stopped/,
      );
      assert.equal(await h1(page), BRIEFING.title);

      await page.goto(app.server.url + "?src=stall.json");
      await page.locator(".load-progress").waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.getByRole("button", { name: "Cancel" }).click();
      assert.equal(await page.locator(".load-progress, .load-failed").count(), 0);
      await page.clock.runFor(40_000);
      assert.equal(await page.locator(".load-progress, .load-failed").count(), 0, "a cancelled load never reports");
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
    }
  });

  test("names are isolated and hidden characters in messages are shown as escapes", async () => {
    const { page, context } = await app.open("?src=%E2%80%AEmissing.json", { allowErrors: /status of 404/ });
    try {
      const heading = page.locator(".load-failed-what");
      await heading.waitFor();
      const parts = await heading.evaluate((el) => ({
        bdi: el.querySelector("bdi")?.textContent,
        outside: [...el.childNodes].filter((n) => n.nodeName !== "BDI").map((n) => n.textContent).join(""),
      }));
      assert.equal(parts.bdi, "\u202Emissing.json");
      assert.ok(!parts.outside.includes("\u202E"), "the app's own sentence is free of the override");
      assert.match(parts.outside, /could not be shown/);

      const doc = structuredClone(BRIEFING);
      doc.positions[0].actor = "ghost\u202Etsohg";
      await page.locator('input[type="file"]').setInputFiles(tempFile("bidi.json", JSON.stringify(doc)));
      await page.locator(".load-failed", { hasText: "bidi.json" }).waitFor();
      const report = await page.locator(".validation-report").textContent();
      assert.match(report, /positions\[0\]\.actor: unknown actor "ghost⟨U\+202E⟩tsohg"/);
      assert.ok(!report.includes("\u202E"), "no raw override in the report");
    } finally {
      await context.close();
    }
  });

  test("a loaded briefing says where it came from, goes back to the built-in one, and history follows src=", async () => {
    const { page, context, errors } = await app.open("?src=examples/fictional-harbour-talks.json");
    try {
      await titleStarts(page, "FICTIONAL EXAMPLE");
      const notice = page.locator(".load-notice");
      assert.equal(await notice.locator("bdi").textContent(), `${app.server.origin}/examples/fictional-harbour-talks.json`);
      assert.match(await notice.textContent(), /^Loaded from /);
      assert.deepEqual(await axeViolations(page), []);
      await page.getByRole("button", { name: "Back to the built-in briefing" }).click();
      await isDefault(page);
      assert.ok(!page.url().includes("src="), page.url());
      assert.equal(await notice.count(), 0);
      await page.goBack();
      await titleStarts(page, "FICTIONAL EXAMPLE");
      assert.equal(await notice.count(), 1);
      await page.goForward();
      await isDefault(page);
      assert.equal(await notice.count(), 0);

      await page.locator('input[type="file"]').setInputFiles(EXAMPLE);
      await titleStarts(page, "FICTIONAL EXAMPLE");
      assert.equal(await notice.locator("bdi").textContent(), "fictional-harbour-talks.json");
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("a file with thousands of problems shows the first hundred, then all on request", async () => {
    const { page, context } = await app.open();
    try {
      const huge = tempFile("huge.json", JSON.stringify({ positions: Array.from({ length: 300_000 }, () => ({})) }));
      await page.locator('input[type="file"]').setInputFiles(huge);
      const items = page.locator(".validation-report li");
      await page.locator(".load-failed").waitFor();
      assert.equal(await items.count(), 100);
      assert.deepEqual(await axeViolations(page), []);
      await page.getByRole("button", { name: "Show all 1000 problems" }).click();
      assert.equal(await items.count(), 1001);
      assert.match(await items.last().textContent(), /…and more problems; fix these first/);
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
    }
  });

  test("the report and the loader speak the interface language", async () => {
    const { page, context } = await app.open("?lang=fr");
    try {
      const invalid = tempFile("version.json", JSON.stringify({ ...BRIEFING, format: "briefing/2" }));
      await page.locator('input[type="file"]').setInputFiles(invalid);
      await page.locator(".load-failed").waitFor();
      assert.match(
        await page.locator(".validation-report").textContent(),
        /format: « briefing\/2 » n’est pas un format que cet explorateur sait lire ; formats pris en charge : briefing\/1/,
      );
      // serde_json's own wording of a syntax error is translated too.
      await page.locator('input[type="file"]').setInputFiles(tempFile("cut.json", '{"format": "briefing/1",'));
      await page.locator(".validation-report", { hasText: "JSON non valide" }).waitFor();
      assert.match(
        await page.locator(".validation-report").textContent(),
        /JSON non valide : le fichier se termine là où une valeur est attendue \(ligne 1, colonne \d+\)/,
      );
      await page.locator('input[type="file"]').setInputFiles(EXAMPLE);
      await titleStarts(page, "FICTIONAL EXAMPLE");
      assert.match(await page.locator(".load-notice").textContent(), /^Chargé depuis fictional-harbour-talks\.json/);
      assert.equal(await page.getByRole("button", { name: "Revenir à la synthèse intégrée" }).count(), 1);
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
        await page.locator(`.${view}-view`).waitFor();
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

/**
 * A server on loopback for faults a real host can have (it stops by itself): `/trickle`
 * sends its headers and then a byte every 100 ms, `/partial` sends headers and 300 bytes
 * and then nothing, `/dropped` breaks the connection after 2 KB, `/redirect?to=URL`
 * redirects. Every answer allows any origin (CORS),
 * as a host serving briefings to other sites does.
 */
async function startFaultServer() {
  const sockets = new Set();
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    const cors = { "access-control-allow-origin": "*" };
    if (url.pathname === "/redirect") {
      res.writeHead(302, { ...cors, location: url.searchParams.get("to") }).end();
      return;
    }
    res.writeHead(200, { ...cors, "content-type": "application/json" });
    if (url.pathname === "/dropped") {
      // The connection breaks off in the middle of the briefing.
      res.write(`{"format": "briefing/1", "title": "${"x".repeat(2000)}`);
      setTimeout(() => res.socket.destroy(), 200);
      return;
    }
    if (url.pathname === "/partial") {
      res.write(`{"format": "briefing/1", "title": "${"x".repeat(260)}`);
      return;
    }
    res.write("{");
    const timer = setInterval(() => res.write(" "), 100);
    res.on("close", () => clearInterval(timer));
  });
  server.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const stop = setTimeout(() => close(), 5 * 60_000);
  stop.unref();
  function close() {
    clearTimeout(stop);
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  }
  return { origin: `http://127.0.0.1:${server.address().port}`, close };
}

describe("faults while loading", () => {
  test("a server trickling a byte now and then is stopped after 30 seconds, like a silent one", async () => {
    const faults = await startFaultServer();
    const { page, context } = await app.open();
    try {
      await page.clock.install();
      await page.goto(`${app.server.url}?src=${encodeURIComponent(faults.origin + "/trickle")}`);
      await page.locator(".load-progress").waitFor();
      await page.clock.runFor(29_000);
      // Bytes keep arriving (real time), each one stamped at 29 s on the page's clock.
      await page.waitForTimeout(400);
      assert.equal(await page.locator(".load-failed").count(), 0, "not before 30 s");
      await page.clock.runFor(2_000);
      await page.locator(".load-failed").waitFor();
      assert.match(await page.locator(".load-failed-why").textContent(), /^Less than 1 KB arrived in 30 seconds/);
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
      await faults.close();
    }
  });

  test("a connection dropped mid-briefing is told as such, and the briefing shown stays", async () => {
    const faults = await startFaultServer();
    const { page, context, errors } = await app.open("", { allowErrors: /ERR_|network/i });
    try {
      await page.goto(`${app.server.url}?src=${encodeURIComponent(faults.origin + "/dropped")}`);
      await page.locator(".load-failed").waitFor();
      assert.match(await page.locator(".load-failed-why").textContent(), /^The download broke off before the end\./);
      assert.equal(await h1(page), BRIEFING.title);
      assert.ok(!page.url().includes("src="), "the address no longer names what could not be shown");
      assert.deepEqual(errors.filter((e) => !/ERR_|network/i.test(e)), []);
    } finally {
      await context.close();
      await faults.close();
    }
  });

  test("Cancel after the first bytes is a normal outcome: no uncaught AbortError", async () => {
    const faults = await startFaultServer();
    const { page, context, errors } = await app.open();
    try {
      await page.goto(`${app.server.url}?src=${encodeURIComponent(faults.origin + "/partial")}`);
      await page.locator(".load-progress").waitFor();
      // The body has begun (300 bytes sent): the page is reading it when the reader cancels.
      await page.waitForTimeout(300);
      await page.getByRole("button", { name: "Cancel" }).click();
      assert.equal(await page.locator(".load-progress, .load-failed").count(), 0);
      await page.evaluate(() => new Promise((r) => setTimeout(r, 300)));
      assert.deepEqual(errors, [], "nothing uncaught");
      assert.equal(await h1(page), BRIEFING.title);
    } finally {
      await context.close();
      await faults.close();
    }
  });

  test("after a redirect, \"Loaded from\" names where the briefing really came from", async () => {
    const faults = await startFaultServer();
    const other = await startServer({ root: DIST, headers: { "access-control-allow-origin": "*" } });
    const { page, context } = await app.open();
    try {
      const real = `${other.origin}/examples/fictional-harbour-talks.json`;
      await page.goto(`${app.server.url}?src=${encodeURIComponent(`${faults.origin}/redirect?to=${encodeURIComponent(real)}`)}`);
      await titleStarts(page, "FICTIONAL EXAMPLE");
      assert.equal(await page.locator(".load-notice bdi").textContent(), real);
    } finally {
      await context.close();
      await faults.close();
      await other.close();
    }
  });

  test("a very long src= is shown shortened and nothing runs off the page", async () => {
    // 8,000 characters: the test server, like many, refuses request lines of 16 KB and more.
    const src = `https://example.invalid/${"a".repeat(8_000)}/end.json`;
    const { page, context } = await app.open("", { allowErrors: /ERR_NAME_NOT_RESOLVED|Failed to fetch|net::/ });
    try {
      await page.goto(`${app.server.url}?src=${encodeURIComponent(src)}`);
      const what = page.locator(".load-failed-what bdi");
      await what.waitFor({ timeout: 30_000 });
      const shown = await what.textContent();
      assert.ok(shown.length <= 160 && shown.startsWith("https://example.invalid/aaa") && shown.endsWith("aaa/end.json"), `${shown.length} characters shown`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the window`);
    } finally {
      await context.close();
    }
  });

  test("bidi controls in a search or a publisher reorder nothing in the app's own sentences", async () => {
    const doc = structuredClone(BRIEFING);
    doc.sources[0].publisher = "\u202Eevil";
    const { page, context } = await app.open();
    try {
      await page.locator('input[type="file"]').setInputFiles(tempFile("bidi-publisher.json", JSON.stringify(doc)));
      await titleStarts(page, BRIEFING.title.slice(0, 20));
      await page.locator(".load-notice").waitFor();
      assert.match(await page.locator(".sources li bdi").first().textContent(), /— \u2068\u202Eevil\u2069, /);
      await page.goto(`${app.server.url}?q=${encodeURIComponent("\u202Ezzz")}`);
      await page.locator(".empty-state").waitFor();
      assert.match(await page.locator(".empty-state").textContent(), /Nothing contains “\u2068\u202Ezzz\u2069” with these filters\./);
    } finally {
      await context.close();
    }
  });
});

describe("what a loaded briefing says about itself", () => {
  test("a link made while a file was shown says what the built-in briefing lacks", async () => {
    const { page, context } = await app.open();
    try {
      await page.locator('input[type="file"]').setInputFiles(EXAMPLE);
      await titleStarts(page, "FICTIONAL EXAMPLE");
      const example = JSON.parse(readFileSync(EXAMPLE, "utf8"));
      const actor = example.actors.find((a) => !BRIEFING.actors.some((b) => b.id === a.id));
      await page.goto(`${app.server.url}?actor=${actor.id},canada`);
      const notice = page.locator(".unmatched-notice");
      await notice.waitFor();
      assert.equal(
        await notice.locator("p").textContent(),
        `This link asks for the actor “\u2068${actor.id}\u2069”, which this briefing does not have. Everything else it asks for is shown.`,
      );
      assert.deepEqual(await axeViolations(page), []);
      // The rest of the link applies, and the reader's next choice ends the notice.
      assert.ok((await cardIds(page)).length < BRIEFING.positions.length);
      await page.getByRole("button", { name: /Remove filter/ }).first().click();
      await page.waitForFunction(() => !document.querySelector(".unmatched-notice"));
      // A link whose ids all exist says nothing.
      await page.goto(`${app.server.url}?actor=canada`);
      await page.locator("[data-position-id]").first().waitFor();
      assert.equal(await notice.count(), 0);
    } finally {
      await context.close();
    }
  });

  test("a dated source without an \"as of\" is never called undated", async () => {
    const doc = structuredClone(BRIEFING);
    delete doc.as_of;
    doc.sources[0].published = "2014-08-16";
    const { page, context } = await app.open();
    try {
      await page.locator('input[type="file"]').setInputFiles(tempFile("dated.json", JSON.stringify(doc)));
      await page.locator(".load-notice").waitFor();
      const provenance = await page.locator(".provenance").textContent();
      assert.match(provenance, /As ofnot stated; the source is dated \u20682014-08-16\u2069/);
      assert.doesNotMatch(provenance, /no date given/);
    } finally {
      await context.close();
    }
  });
});
