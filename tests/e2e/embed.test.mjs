// Embedding: a host page on another origin embeds two explorers; each iframe follows its
// content's height through filter changes and resizes, the state message arrives, the
// "open in full explorer" link keeps the state, and the page works under the documented
// Content-Security-Policy. Nothing a frame loads comes from another host.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { launch, openPage } from "./support/browser.mjs";
import { openOptions, whenSettled } from "./support/app.mjs";
import { startServer } from "./support/server.mjs";
import { DIST, RESEND_AFTER_MS, ROOT } from "./support/paths.mjs";
import { axeViolations } from "./support/axe.mjs";

/** The CSP the README documents, read from the README so the two cannot drift apart. */
const CSP = readFileSync(join(ROOT, "README.md"), "utf8")
  .split("\n")
  .find((line) => line.startsWith("Content-Security-Policy: "))
  ?.slice("Content-Security-Policy: ".length);

let app;
let host;
let browser;

before(async () => {
  // Every embed test runs under the documented policy, frame-ancestors included.
  app = await startServer({ root: DIST, headers: { "content-security-policy": CSP } });
  const dir = mkdtempSync(join(tmpdir(), "host-"));
  writeFileSync(
    join(dir, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.__messages = []; addEventListener("message", (e) => __messages.push({ origin: e.origin, data: e.data }));
window.__states = []; addEventListener("briefing-explorer:state", (e) => __states.push({ frame: e.target.id, ...e.detail }));</script>
</head><body><h1>A news article</h1>
<iframe id="one" src="${app.url}?embed=1&view=cards&actor=canada&childId=one" title="Explorer one" width="100%" height="150" style="border:0" data-briefing-explorer></iframe>
<p>Between the two embeds.</p>
<iframe id="two" src="${app.url}?embed=1&view=timeline" title="Explorer two" width="100%" height="150" style="border:0" data-briefing-explorer></iframe>
<script src="${app.url}embed.js" async></script>
</body></html>`,
  );
  host = await startServer({ root: dir });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await app?.close();
});

/** The query parameters of a link, as an object (path and order ignored). */
function params(href) {
  return Object.fromEntries(new URL(href, "http://x/").searchParams);
}

/** The `data-event-id`s shown in a frame. */
function eventIdsIn(frame) {
  return frame.locator("[data-event-id]").evaluateAll((els) => els.map((e) => e.dataset.eventId));
}

/** Waits until iframe `id` is as tall as its content, and returns that height. */
async function settledHeight(page, id) {
  const frame = page.frameLocator(`#${id}`);
  await frame.locator("#results").waitFor();
  const read = async () => ({
    content: await frame.locator("body").evaluate((b) => Math.ceil(b.getBoundingClientRect().height)),
    frame: await page.locator(`#${id}`).evaluate((f) => f.getBoundingClientRect().height),
  });
  const sized = ({ frame, content }) => Math.abs(frame - content) <= 1 && content > 0;
  const last = await whenSettled(page, read, sized, 300);
  assert.ok(sized(last), `iframe ${id} never matched its content: ${JSON.stringify(last)}`);
  return last.content;
}

describe("embedded in a page on another origin", () => {
  test("each iframe sizes itself, follows changes and resizes, and reports its state", async () => {
    const { page, context, requests, errors } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    try {
      await page.goto(host.url);
      const one = await settledHeight(page, "one");
      const two = await settledHeight(page, "two");
      assert.ok(one > 150 && two > 150, `heights ${one}, ${two}`);
      assert.notEqual(one, two, "different states, different heights");

      // Embed mode: no page chrome, a link to the full explorer that keeps the state.
      const frameOne = page.frameLocator("#one");
      assert.equal(await frameOne.locator(".filters").count(), 0);
      assert.equal(await frameOne.locator(".page-header").count(), 0);
      const fullLink = frameOne.getByRole("link", { name: /Open in the full explorer/ });
      assert.deepEqual(params(await fullLink.getAttribute("href")), { actor: "canada", view: "cards" });
      assert.equal(await frameOne.locator("[data-position-id]").count(), 5);
      const historyBefore = await page.evaluate(() => history.length);

      // A filter change inside frame two (fixed to the timeline) shrinks it; the host
      // follows, its history does not grow, and the frame's full-explorer link follows.
      const frameTwo = page.frameLocator("#two");
      await frameTwo.locator('[data-event-id="positions-apart"]').getByRole("link", { name: "Russia", exact: true }).click();
      await frameTwo.locator('[data-event-id="positions-apart"]').waitFor();
      assert.deepEqual(await eventIdsIn(frameTwo), ["positions-apart"]);
      // The change is announced: an embed has its own live count.
      // A timeline counts events only: what it shows.
      assert.equal(await frameTwo.locator(".view-bar [role=status]").textContent(), "1 event shown");
      const twoAfter = await settledHeight(page, "two");
      assert.ok(twoAfter < two, `frame two should shrink: ${two} -> ${twoAfter}`);
      const twoLink = await frameTwo.getByRole("link", { name: /Open in the full explorer/ }).getAttribute("href");
      assert.deepEqual(params(twoLink), { actor: "russia", view: "timeline" });
      assert.equal(await page.evaluate(() => history.length), historyBefore, "the host's history is untouched");

      // In a frame fixed to one view, a link to another view opens the full explorer.
      const toCards = frameTwo.locator('[data-event-id="positions-apart"]').getByRole("link", { name: /Russia · Concessions/ });
      assert.equal(await toCards.getAttribute("target"), "_blank");
      // The frame's filter already shows that card: it stays, and no other is added.
      assert.deepEqual(params(await toCards.getAttribute("href")), { actor: "russia", view: "cards", cite: "russia--concessions" });

      // Messages from anyone but the frame itself are ignored by the host script.
      // Messages to a window arrive in the order they were posted: once a marker posted after
      // the forged message has arrived, the host script has seen the forged one too.
      await page.evaluate(
        () =>
          new Promise((done) => {
            addEventListener("message", function marker(e) {
              if (e.data === "marker") done(removeEventListener("message", marker));
            });
            window.postMessage({ type: "briefing-explorer:resize", version: 1, height: 5, query: "" }, "*");
            window.postMessage("marker", "*");
          }),
      );
      assert.ok((await page.locator("#one").evaluate((f) => f.getBoundingClientRect().height)) > 150);

      // A narrower host makes the text wrap; frame one grows to fit.
      await page.setViewportSize({ width: 420, height: 900 });
      const oneNarrow = await settledHeight(page, "one");
      assert.ok(oneNarrow > one, `frame one should grow when narrow: ${one} -> ${oneNarrow}`);

      // Messages: Pym (with the childId), AMP and ours with the state.
      const messages = await page.evaluate(() => window.__messages);
      const strings = messages.map((m) => m.data).filter((d) => typeof d === "string");
      assert.ok(strings.some((s) => /^pymxPYMxonexPYMxheightxPYMx\d+$/.test(s)), strings.join());
      assert.ok(messages.some((m) => m.data?.sentinel === "amp" && m.data?.type === "embed-size" && m.data.height > 0));
      const states = messages.filter((m) => m.data?.type === "briefing-explorer:resize").map((m) => m.data.query);
      assert.ok(states.includes("?actor=russia&view=timeline"), states.join(" | "));
      assert.ok(states.every((q) => !/embed=|childId=/.test(q)), "the state carries no embedding parameters");
      // The host script tells the host page each frame's state, as an event on the iframe.
      const hostStates = await page.evaluate(() => window.__states);
      assert.ok(hostStates.some((e) => e.frame === "two" && e.query === "?actor=russia&view=timeline" && e.height > 0), JSON.stringify(hostStates));
      const foreign = messages.filter((m) => m.origin !== app.origin && m.data !== "marker");
      assert.deepEqual(foreign.map((m) => m.origin), [host.origin], "only the forged message is not from the explorer");

      // Frames load only from their own origin.
      const frameRequests = requests.filter((u) => !u.startsWith(host.origin));
      assert.ok(frameRequests.length > 0);
      assert.deepEqual(frameRequests.filter((u) => !u.startsWith(app.origin)), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("embedded, less usual cases", () => {
  test("a host script loaded after the frame settled still sizes it (it asks for the height)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "late-host-"));
    writeFileSync(
      join(dir, "index.html"),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Late host</title><link rel="icon" href="data:,"></head>
<body><iframe id="late" src="${app.url}?embed=1&view=matrix" title="Explorer" width="100%" height="150" style="border:0" data-briefing-explorer></iframe></body></html>`,
    );
    const late = await startServer({ root: dir });
    const { page, context } = await openPage(browser, { viewport: { width: 1100, height: 900 } });
    try {
      // The page's clock (and its frames'), to go past the explorer's own repeats at once.
      await page.clock.install();
      await page.goto(late.url);
      await page.frameLocator("#late").locator("#results").waitFor();
      // Past the explorer's own repeats: only a ping can size it now.
      await page.clock.runFor(Math.max(...RESEND_AFTER_MS) + 100);
      assert.equal(await page.locator("#late").evaluate((f) => f.getBoundingClientRect().height), 150);
      await page.addScriptTag({ url: `${app.url}embed.js` });
      const height = await settledHeight(page, "late");
      assert.ok(height > 150, `sized to ${height}`);
    } finally {
      await context.close();
      await late.close();
    }
  });

  test("a page that is not framed posts no messages at all", async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        window.__posted = [];
        addEventListener("message", (e) => window.__posted.push(e.data));
      });
      await page.clock.install();
      await page.goto(`${app.url}?embed=1&view=matrix`);
      await page.locator("#results").waitFor();
      // Past every report an embed would have sent by now.
      await page.clock.runFor(Math.max(...RESEND_AFTER_MS) + 100);
      assert.deepEqual(await page.evaluate(() => window.__posted), []);
    } finally {
      await context.close();
    }
  });

  for (const view of ["cards", "matrix", "timeline", "source"]) {
    test(`axe-core finds no violations in an embedded ${view} view`, async () => {
      const { page, context } = await openPage(browser);
      try {
        await page.goto(`${app.url}?embed=1&view=${view}`);
        await page.locator("#results").waitFor();
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }
});

describe("embed dialog", () => {
  test("writes the iframe code for the current state in a modal dialog", async () => {
    const { page, context } = await openPage(browser, { permissions: ["clipboard-read", "clipboard-write"] });
    try {
      await page.goto(app.url + "?actor=ukraine&view=matrix");
      await openOptions(page);
      await page.getByRole("button", { name: "Embed" }).click();
      const dialog = page.getByRole("dialog", { name: "Embed this view" });
      await dialog.waitFor();
      assert.ok(await dialog.evaluate((d) => d.matches(":modal")));
      const code = await dialog.locator("textarea").inputValue();
      // A height that fits a screen is the default; the view scrolls inside the frame.
      assert.ok(code.startsWith(`<iframe src="${app.url}?actor=ukraine&amp;view=matrix&amp;embed=1&amp;maxheight=600"`), code);
      const height = Number(code.match(/ height="(\d+)"/)[1]);
      assert.ok(height <= 600, `starts ${height} px tall`);
      // Growing with the content is a choice.
      await dialog.getByLabel("Height").selectOption({ label: "Grows with its content" });
      assert.ok((await dialog.locator("textarea").inputValue()).startsWith(`<iframe src="${app.url}?actor=ukraine&amp;view=matrix&amp;embed=1"`));
      await dialog.getByLabel("Height").selectOption({ label: "At most 600 px, then it scrolls" });
      assert.equal(await dialog.locator("textarea").inputValue(), code);
      for (const part of ['title="European and Canadian diplomacy', 'width="100%"', 'loading="lazy"', 'style="border:0"', 'allow="clipboard-write"', `<script src="${app.url}embed.js" async>`]) {
        assert.ok(code.includes(part), `${part} missing in ${code}`);
      }
      assert.match(code, / height="\d+"/);
      await dialog.getByRole("button", { name: "Copy code" }).click();
      await page.waitForFunction(() => document.querySelector(".embed-status").textContent !== "");
      assert.equal(await dialog.locator(".embed-status").textContent(), "Copied to the clipboard.");
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), code);
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "hidden" });
      await page.waitForFunction(() => document.activeElement?.id === "options-button");
    } finally {
      await context.close();
    }
  });
});

describe("copying refused", () => {
  test("the dialog says so instead of claiming success", async () => {
    const { page, context, errors } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException("denied", "NotAllowedError"));
      });
      await page.goto(app.url);
      await openOptions(page);
      await page.getByRole("button", { name: "Embed" }).click();
      const dialog = page.getByRole("dialog", { name: "Embed this view" });
      await dialog.getByRole("button", { name: "Copy code" }).click();
      await page.waitForFunction(() => document.querySelector(".embed-status").textContent !== "");
      assert.match(await dialog.locator(".embed-status").textContent(), /Selected/);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
});

describe("static hosting", () => {
  test("the app works under the documented Content-Security-Policy", async () => {
    assert.ok(CSP && CSP.includes("script-src 'self' 'wasm-unsafe-eval'"), `CSP from README: ${CSP}`);
    assert.ok(!CSP.includes("unsafe-eval'") || CSP.includes("wasm-unsafe-eval"), "no unsafe-eval");
    assert.ok(!CSP.includes("unsafe-inline"), "no unsafe-inline");
    const server = await startServer({ root: DIST, prefix: "/news/explorer/", headers: { "content-security-policy": CSP } });
    const { page, context, errors } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(server.url + "?view=source&cite=canada--humanitarian");
      await page.locator(".cite:focus").waitFor();
      for (const view of ["cards", "matrix", "timeline"]) {
        await page.locator(`button[data-view="${view}"]`).click();
        await page.locator(`button[data-view="${view}"][aria-pressed="true"]`).waitFor();
      }
      await page.locator("#search").fill("moscow");
      await page.goto(server.url + "?embed=1&view=matrix&theme=dark&lang=fr");
      await page.locator("#results").waitFor();
      await page.goto(server.url + "?src=examples/fictional-harbour-talks.json");
      await page.locator('[data-position-id="guild-quota"]').waitFor();
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
      await server.close();
    }
  });
});
