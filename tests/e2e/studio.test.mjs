// Briefing Studio (dist/studio/): a briefing written from a new article from start to
// finish through the interface, then validated and opened in the explorer; a reload
// mid-edit; editing the source after quoting; a CSV import with an ambiguous and a missing
// quote; full storage; two tabs on one draft; deleting what others refer to; undo and
// redo; long sources (edited and saved, said up front above what the studio handles
// well); the three languages, both themes, the documented CSP, and axe on every screen.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { axeViolations } from "./support/axe.mjs";
import { foreignRequests, launch, openPage } from "./support/browser.mjs";
import { DIST, ROOT } from "./support/paths.mjs";
import { startServer } from "./support/server.mjs";
import { parseCsv, runCli } from "./support/csv.mjs";

/** The CSP the README documents, read from the README so the two cannot drift apart. */
const CSP = readFileSync(join(ROOT, "README.md"), "utf8")
  .split("\n")
  .find((line) => line.startsWith("Content-Security-Policy: "))
  ?.slice("Content-Security-Policy: ".length);

/**
 * A new article, written for this test (fictional): curly quotes, dashes and an emoji
 * outside the Basic Multilingual Plane, so characters, UTF-16 units and bytes all differ.
 */
const ARTICLE = [
  "Port Alder weighs the night ferry’s future — a fictional report",
  "",
  "The town council of Port Alder said on Tuesday it “cannot fund the night ferry beyond March” without help from the region.",
  "The Ferry Workers’ Union called the plan “a quiet closure by another name” and demanded a public hearing.",
  "Regional officials, speaking privately, said they were “open to a shared subsidy” if ridership recovers.",
  "Next month the council will vote on the winter timetable 🚢 — the last before the spring review.",
].join("\n");

let server;
let browser;

before(async () => {
  server = await startServer({ root: DIST });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the studio (optionally at `query`) in a fresh context. */
async function openStudio(query = "", options = {}) {
  const opened = await openPage(browser, options);
  await opened.page.goto(`${server.url}studio/${query}`);
  await opened.page.locator("#studio").waitFor();
  return opened;
}

/** Dispatches a paste of `plain` (and `html`) into the element at `selector`. */
async function paste(page, selector, plain, html = null) {
  await page.locator(selector).evaluate(
    (el, [plain, html]) => {
      const data = new DataTransfer();
      if (plain !== null) data.setData("text/plain", plain);
      if (html !== null) data.setData("text/html", html);
      el.focus();
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [plain, html],
  );
}

/** Starts a new draft from pasted `text` (`null`: what the form already holds). */
async function startDraft(page, text, { title = "Port Alder ferry (fictional)", sourceTitle = "" } = {}) {
  await page.locator("[data-studio-new-text]").waitFor();
  if (text !== null) await paste(page, "[data-studio-new-text]", text);
  if (sourceTitle) await page.locator('[data-studio-new="new-source-title"]').fill(sourceTitle);
  await page.locator('[data-studio-new="new-title"]').fill(title);
  await page.locator("[data-studio-start]").click();
  await page.locator("[data-studio-source]").waitFor();
  await page.locator('[data-studio-saved="saved"]').waitFor();
}

/** Selects the `nth` occurrence of `needle` in the source text, as a mouse would; returns its character range. */
async function select(page, needle, nth = 0) {
  const range = await page.evaluate(
    ([needle, nth]) => {
      const el = document.querySelector("[data-studio-source]");
      const text = el.textContent;
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`not in the source: ${needle}`);
      const end = at + needle.length;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      let pos = 0;
      let from = null;
      let to = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.data.length;
        if (!from && at < pos + len) from = [n, at - pos];
        if (!to && end <= pos + len) {
          to = [n, end - pos];
          break;
        }
        pos += len;
      }
      el.focus();
      const range = document.createRange();
      range.setStart(...from);
      range.setEnd(...to);
      const selection = getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      // Character offsets (code points), as the studio must compute them.
      const start = [...text.slice(0, at)].length;
      return [start, start + [...needle].length];
    },
    [needle, nth],
  );
  await page.locator(`[data-studio-selection="${range[0]}:${range[1]}"]`).waitFor();
  return range;
}

async function section(page, name) {
  await page.locator(`[data-studio-section="${name}"]`).click();
  await page.locator(`[data-studio-section-body="${name}"]`).waitFor();
}

async function addActor(page, name, kind) {
  await section(page, "actors");
  const form = page.locator('[data-studio-new="actor"]');
  await form.locator('[data-studio-field="name"]').fill(name);
  await form.locator('[data-studio-field="kind"]').fill(kind);
  await form.locator('[data-studio-add="actor"]').click();
  await page.locator("[data-studio-actor]").filter({ has: page.locator(`input[data-studio-field="name"]`) }).last().waitFor();
}

async function addTopic(page, label) {
  await section(page, "topics");
  const form = page.locator('[data-studio-new="topic"]');
  await form.locator('[data-studio-field="label"]').fill(label);
  await form.locator('[data-studio-add="topic"]').click();
}

/** Selects `needle` and quotes it in a new position of `actor` on `topic`; returns the form. */
async function quoteInNewPosition(page, needle, actor, topic) {
  await page.selectOption("[data-studio-target]", "new-position");
  await page.selectOption("[data-studio-target-actor]", actor);
  await page.selectOption("[data-studio-target-topic]", topic);
  await select(page, needle);
  await page.locator("[data-studio-quote]").click();
  const form = page.locator(`[data-studio-position="${actor}--${topic}"]`);
  await form.waitFor();
  return form;
}

async function fillPosition(form, { stance, attribution, summary }) {
  await form.locator('[data-studio-field="stance"]').selectOption(stance);
  await form.locator('[data-studio-field="attribution"]').selectOption(attribution);
  await form.locator('[data-studio-field="summary"]').fill(summary);
}

/** Downloads what the button at `selector` offers; returns its path and text. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  const path = join(mkdtempSync(join(tmpdir(), "studio-")), file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename(), text: readFileSync(path, "utf8") };
}

/** Runs the project's validator (the `briefing` command) on a file. */
function validateWithCli(path) {
  return runCli(["validate", path]);
}

describe("writing a briefing", () => {
  test("from a new article to a valid file that opens in the explorer, start to finish through the interface", async () => {
    const { page, context, requests } = await openStudio();
    try {
      assert.deepEqual(await axeViolations(page), [], "start screen");
      await startDraft(page, ARTICLE, { sourceTitle: "Port Alder weighs the night ferry" });
      assert.deepEqual(await axeViolations(page), [], "editor");

      await addActor(page, "Port Alder council", "group");
      await addActor(page, "Ferry Workers’ Union", "group");
      await addActor(page, "Regional officials", "group");
      assert.deepEqual(
        await page.locator("[data-studio-actor]").evaluateAll((els) => els.map((e) => e.dataset.studioActor)),
        ["port-alder-council", "ferry-workers-union", "regional-officials"],
        "ids are made from the names",
      );
      await addTopic(page, "Night ferry funding");
      assert.deepEqual(await axeViolations(page), [], "topics");

      // Mouse-like selections, quoted into new positions.
      const council = await quoteInNewPosition(page, "“cannot fund the night ferry beyond March”", "port-alder-council", "night-ferry-funding");
      await fillPosition(council, { stance: "conditional", attribution: "stated", summary: "The council cannot fund the night ferry past March without the region." });
      const union = await quoteInNewPosition(page, "“a quiet closure by another name”", "ferry-workers-union", "night-ferry-funding");
      await fillPosition(union, { stance: "opposes", attribution: "stated", summary: "The union calls the plan a closure and wants a public hearing." });
      // The same actor may quote a second passage into its position.
      await page.selectOption("[data-studio-target]", "position:1");
      await select(page, "demanded a public hearing");
      await page.locator("[data-studio-quote]").click();
      await page.locator('[data-studio-position="ferry-workers-union--night-ferry-funding"] [data-studio-quote-item="1"]').waitFor();

      // A keyboard selection: the caret before the passage, then Shift+ArrowRight.
      await page.selectOption("[data-studio-target]", "new-position");
      await page.selectOption("[data-studio-target-actor]", "regional-officials");
      await page.selectOption("[data-studio-target-topic]", "night-ferry-funding");
      const words = "“open to a shared subsidy”";
      const [start] = await select(page, words);
      await page.evaluate(() => getSelection().collapseToStart());
      for (let i = 0; i < [...words].length; i++) await page.keyboard.press("Shift+ArrowRight");
      await page.locator(`[data-studio-selection="${start}:${start + [...words].length}"]`).waitFor();
      await page.locator("[data-studio-quote]").focus();
      await page.keyboard.press("Enter");
      const officials = page.locator('[data-studio-position="regional-officials--night-ferry-funding"]');
      await officials.waitFor();
      await fillPosition(officials, { stance: "exploring", attribution: "reported", summary: "Regional officials, privately, are open to sharing the subsidy." });
      assert.deepEqual(await axeViolations(page), [], "positions");

      // An event, from a passage with an emoji (two UTF-16 units, one character).
      await page.selectOption("[data-studio-target]", "new-event");
      await page.locator("[data-studio-target-title]").fill("Council vote on the winter timetable");
      await select(page, "Next month the council will vote on the winter timetable 🚢");
      await page.locator("[data-studio-quote]").click();
      const event = page.locator('[data-studio-event="council-vote-on-the-winter-timetable"]');
      await event.waitFor();
      await event.locator('[data-studio-field="when"]').fill("Next month");
      await event.locator('[data-studio-field="phase"]').selectOption("future");
      await event.locator('input[type="checkbox"][data-id="port-alder-council"]').check();
      await event.locator('input[type="checkbox"][data-id="night-ferry-funding"]').check();
      assert.deepEqual(await axeViolations(page), [], "events");

      // Every sentence but the title line and one other is now cited.
      assert.equal(await page.locator("[data-studio-uncited]").getAttribute("data-studio-uncited"), "1");

      await section(page, "check");
      await page.locator('[data-studio-problems="0"] [data-studio-valid]').waitFor();
      assert.deepEqual(await axeViolations(page), [], "check");
      await section(page, "preview");
      await page.locator('[data-studio-preview] [data-position-id="port-alder-council--night-ferry-funding"]').waitFor();
      for (const view of ["matrix", "timeline", "source"]) {
        await page.locator(`[data-studio-preview] button[data-view="${view}"]`).click();
        await page.locator(`[data-studio-preview] button[data-view="${view}"][aria-pressed="true"]`).waitFor();
      }
      await page.locator('[data-studio-preview] [data-event-id], [data-studio-preview] .cite').first().waitFor();
      assert.ok(!page.url().includes("view="), "the preview never writes the studio's address");
      assert.deepEqual(await axeViolations(page), [], "preview");

      await section(page, "check");
      const exported = await download(page, '[data-studio-export="json"]');
      assert.equal(exported.name, "port-alder-ferry-fictional.json");
      const b = JSON.parse(exported.text);
      assert.equal(b.format, "briefing/1");
      assert.equal(b.sources[0].text, ARTICLE, "the pasted text is kept exactly");
      assert.equal(b.sources[0].title, "Port Alder weighs the night ferry");
      assert.equal(b.sources[0].publisher, null, "left unknown, not invented");
      assert.equal(b.sources[0].published, null);
      assert.equal(b.sources[0].sha256, createHash("sha256").update(ARTICLE, "utf8").digest("hex"));
      assert.equal(b.positions.length, 3);
      assert.equal(b.events.length, 1);
      const chars = [...ARTICLE];
      for (const item of [...b.positions, ...b.events]) {
        for (const q of item.quotes) {
          assert.equal(chars.slice(q.start, q.end).join(""), q.text, `${item.id}: offsets count characters`);
        }
      }
      const q = b.positions[0].quotes[0];
      assert.notEqual(Buffer.byteLength(ARTICLE.slice(0, ARTICLE.indexOf(q.text))), q.start, "bytes and characters differ here");
      const emoji = b.events[0].quotes[0];
      assert.equal(emoji.end - emoji.start, [...emoji.text].length);
      assert.notEqual(emoji.end - emoji.start, emoji.text.length, "UTF-16 units and characters differ here");
      const cli = validateWithCli(exported.path);
      assert.match(cli, /valid/i);

      // The exported file opens in the explorer.
      const explorer = await openPage(browser);
      try {
        await explorer.page.route("**/exported.json", (route) => route.fulfill({ path: exported.path, contentType: "application/json" }));
        await explorer.page.goto(`${server.url}?src=exported.json`);
        await explorer.page.waitForFunction((t) => document.querySelector("h1")?.textContent === t, b.title);
        assert.equal(await explorer.page.locator("[data-position-id]").count(), 3);
      } finally {
        await explorer.context.close();
      }

      // And the draft opens in the explorer from this browser, without a server (draft=).
      const [tab] = await Promise.all([context.waitForEvent("page"), page.locator('[data-studio-export="preview"]').click()]);
      const tabErrors = [];
      tab.on("console", (m) => m.type() === "error" && tabErrors.push(m.text()));
      tab.on("pageerror", (e) => tabErrors.push(String(e)));
      await tab.waitForFunction((t) => document.querySelector("h1")?.textContent === t, b.title);
      assert.match(tab.url(), /\/\?draft=d[0-9a-z]+$/);
      assert.match(await tab.locator(".load-notice").textContent(), /Loaded from a Briefing Studio draft/);
      assert.equal(await tab.locator("[data-position-id]").count(), 3);
      assert.deepEqual(tabErrors, []);

      const csv = await download(page, '[data-studio-export="csv"]');
      assert.ok(csv.text.startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
      assert.match(csv.text.slice(1).split("\r\n")[0], /^position_id,actor_id,actor,/);
      assert.equal(csv.text.trim().split("\r\n").length, 4);
      assert.deepEqual(foreignRequests(requests, server.origin), []);
    } finally {
      await context.close();
    }
  });

  test("a reload mid-edit finds the draft, and so does the list of drafts", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, "A short fictional note. Nothing else happened.", { title: "Reload check" });
      await addActor(page, "Harbour board", "group");
      await section(page, "briefing");
      await page.locator('[data-studio-field="summary"]').fill("Half-written summ");
      await page.locator('[data-studio-saved="saved"]').waitFor();
      const url = page.url();
      assert.match(url, /studio\/\?draft=d[0-9a-z]+/);
      await page.reload();
      await page.locator("[data-studio-source]").waitFor();
      await section(page, "briefing");
      assert.equal(await page.locator('[data-studio-field="summary"]').inputValue(), "Half-written summ");
      assert.equal(await page.locator('[data-studio-field="title"]').inputValue(), "Reload check");
      await section(page, "actors");
      await page.locator('[data-studio-actor="harbour-board"]').waitFor();
      // Closing the draft lists it; opening it from the list brings it back.
      await page.locator("[data-studio-close]").click();
      const item = page.locator("[data-studio-draft]", { hasText: "Reload check" });
      await item.waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await item.locator(".draft-open").click();
      await page.locator("[data-studio-source]").waitFor();
      assert.equal(page.url(), url);
    } finally {
      await context.close();
    }
  });

  test("a mouse drag selects a passage, and the quoted passage is marked in the text", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, "The council said it “will not raise the fee” this year. Nothing else.", { title: "Mouse" });
      await addActor(page, "Council", "group");
      await addTopic(page, "Fee");
      await page.selectOption("[data-studio-target-actor]", "council");
      await page.selectOption("[data-studio-target-topic]", "fee");
      // The screen points just before the opening quote and just after the closing one.
      const [from, to] = await page.evaluate(() => {
        const el = document.querySelector("[data-studio-source]");
        const node = [...el.querySelectorAll("[data-at]")].find((r) => r.textContent.includes("“will"))?.firstChild;
        const text = node.data;
        const point = (offset, side) => {
          const r = document.createRange();
          r.setStart(node, offset);
          r.setEnd(node, offset + 1);
          const box = r.getBoundingClientRect();
          return [side === "left" ? box.left + 0.5 : box.right - 0.5, box.top + box.height / 2];
        };
        return [point(text.indexOf("“"), "left"), point(text.indexOf("”"), "right")];
      });
      await page.mouse.move(...from);
      await page.mouse.down();
      await page.mouse.move(...to, { steps: 8 });
      await page.mouse.up();
      const text = "The council said it ".length;
      await page.locator(`[data-studio-selection="${text}:${text + "“will not raise the fee”".length}"]`).waitFor();
      await page.locator("[data-studio-quote]").click();
      await page.locator('[data-studio-position="council--fee"]').waitFor();
      assert.equal(await page.locator("[data-studio-source] mark.cited").textContent(), "“will not raise the fee”");
      // The rest is one uncited sentence (the first sentence is now cited).
      assert.equal(await page.locator("[data-studio-uncited]").getAttribute("data-studio-uncited"), "1");
    } finally {
      await context.close();
    }
  });

  test("undo and redo take back every edit, from the buttons and the keyboard", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, "One. Two.", { title: "Undo" });
      await addActor(page, "Alpha", "group");
      await section(page, "actors");
      await page.locator('[data-studio-actor="alpha"] [data-studio-field="name"]').fill("Alpha renamed");
      assert.equal(await page.locator('[data-studio-actor="alpha"] [data-studio-field="name"]').inputValue(), "Alpha renamed", "the id stays on rename");
      await page.keyboard.press("Control+z");
      assert.equal(await page.locator('[data-studio-actor="alpha"] [data-studio-field="name"]').inputValue(), "Alpha", "typing in one field is one step");
      await page.locator("[data-studio-undo]").click();
      assert.equal(await page.locator("[data-studio-actor]").count(), 0);
      await page.locator("[data-studio-redo]").click();
      await page.keyboard.press("Control+Shift+z");
      assert.equal(await page.locator('[data-studio-actor="alpha"] [data-studio-field="name"]').inputValue(), "Alpha renamed");
    } finally {
      await context.close();
    }
  });

  test("a .md file starts a draft with its text exactly; a .json briefing opens to go on editing", async () => {
    const { page, context } = await openStudio();
    try {
      const dir = mkdtempSync(join(tmpdir(), "open-"));
      const md = "# Harbour notes\r\n\r\nThe pier “will reopen” — maybe.\r\n";
      writeFileSync(join(dir, "notes.md"), "\uFEFF" + md);
      await page.locator("[data-studio-open-file]").setInputFiles(join(dir, "notes.md"));
      await page.waitForFunction(() => document.querySelector("[data-studio-new-text]").value.startsWith("# Harbour notes"));
      await startDraft(page, null, { title: "From a file" });
      await section(page, "check");
      const draft = await download(page, '[data-studio-export="draft"]');
      assert.equal(JSON.parse(draft.text).sources[0].text, md, "the file's text exactly, without its byte-order mark");
      await page.locator("[data-studio-close]").click();
      await page.locator("[data-studio-open-file]").setInputFiles(join(ROOT, "docs/examples/fictional-harbour-talks.json"));
      await page.locator('[data-studio-position="guild-quota"]').or(page.locator("[data-studio-source]")).first().waitFor();
      await section(page, "positions");
      assert.equal(await page.locator("[data-studio-position]").count(), 3);
      await section(page, "check");
      await page.locator('[data-studio-problems="0"]').waitFor();
      writeFileSync(join(dir, "broken.json"), '{"format": "briefing/1", "title": }');
      await page.locator("[data-studio-close]").click();
      await page.locator("[data-studio-open-file]").setInputFiles(join(dir, "broken.json"));
      await page.locator(".open-problems", { hasText: "not valid JSON" }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
  });

  test("a draft or file that cannot be opened is told as what happened", async () => {
    const { page, context } = await openStudio();
    try {
      const notice = page.locator("[data-studio-notice]");
      await page.goto(`${server.url}studio/?draft=dnothere`);
      await notice.waitFor();
      assert.match(await notice.textContent(), /This draft is not in this browser’s storage/);
      await page.evaluate(() => localStorage.setItem("briefing-studio:draft:dbroken", "{\"studio\": 1, \"briefing\": ["));
      await page.goto(`${server.url}studio/?draft=dbroken`);
      await notice.waitFor();
      assert.match(await notice.textContent(), /This draft’s saved record is damaged/);
      assert.doesNotMatch(await notice.textContent(), /holds no text/);

      const dir = mkdtempSync(join(tmpdir(), "big-"));
      writeFileSync(join(dir, "huge.txt"), Buffer.alloc(51 * 1024 * 1024, "a"));
      await page.locator("[data-studio-open-file]").setInputFiles(join(dir, "huge.txt"));
      await page.locator("[data-studio-notice]", { hasText: "MB" }).waitFor();
      assert.equal(await notice.locator("p").textContent(), "This file is 51 MB; the studio opens files of up to 50 MB.");
      assert.equal(await page.locator(".open-problems").count(), 0, "not called “not a briefing”");
      rmSync(dir, { recursive: true });
    } finally {
      await context.close();
    }
  });

  test("a paste holding unpaired surrogates is kept, repaired, and said so", async () => {
    const { page, context } = await openStudio();
    try {
      await paste(page, "[data-studio-new-text]", "Before\uD800after.", null);
      const notice = page.locator("[data-studio-notice]");
      await notice.waitFor();
      assert.match(await notice.textContent(), /unpaired UTF-16 surrogates/);
      assert.equal(await page.locator("[data-studio-new-text]").inputValue(), "Before\uFFFDafter.");
      // An ordinary paste says nothing.
      await page.reload();
      await paste(page, "[data-studio-new-text]", "Plain “text”.", null);
      assert.equal(await page.locator("[data-studio-new-text]").inputValue(), "Plain “text”.");
      assert.equal(await notice.count(), 0);
    } finally {
      await context.close();
    }
  });

  test("pasted rich text is reduced to its text; plain text, line ends included, is kept exactly", async () => {
    const { page, context } = await openStudio();
    try {
      await paste(page, "[data-studio-new-text]", null, "<p>The <b>mayor</b> said “yes”.</p><script>window.__ran = 1</script>");
      assert.equal(await page.locator("[data-studio-new-text]").inputValue(), "The mayor said “yes”.window.__ran = 1");
      assert.equal(await page.evaluate(() => window.__ran), undefined, "nothing pasted runs");
      await page.locator("[data-studio-new-text]").fill("");
      const text = "Line one — “quoted”.\r\nLine two.\r\n";
      await startDraft(page, text, { title: "Exact" });
      await section(page, "check");
      const draft = await download(page, '[data-studio-export="draft"]');
      assert.equal(JSON.parse(draft.text).sources[0].text, text);
    } finally {
      await context.close();
    }
  });
});

describe("keeping quotes true", () => {
  test("editing the source re-anchors quotes by their words and context, and reports those that no longer match", async () => {
    const { page, context } = await openStudio();
    try {
      const text = "The mayr said the bridge “will open in May”. Critics said it “cannot open before June”. Nobody else spoke.";
      await startDraft(page, text, { title: "Re-anchor" });
      await addActor(page, "Mayor", "person");
      await addActor(page, "Critics", "group");
      await addTopic(page, "Bridge");
      const mayor = await quoteInNewPosition(page, "“will open in May”", "mayor", "bridge");
      await fillPosition(mayor, { stance: "supports", attribution: "stated", summary: "The mayor expects the bridge in May." });
      const critics = await quoteInNewPosition(page, "“cannot open before June”", "critics", "bridge");
      await fillPosition(critics, { stance: "concerned", attribution: "stated", summary: "Critics expect a later opening." });
      // Fix the typo before both quotes, and change the words of the second one.
      await page.locator("[data-studio-edit-text]").click();
      const edited = text.replace("mayr", "mayor").replace("cannot open before June", "cannot open before July");
      await page.locator("[data-studio-source-editor]").fill(edited);
      await page.locator("[data-studio-apply-text]").click();
      const report = page.locator("[data-studio-reanchor]");
      await report.waitFor();
      assert.match(await report.textContent(), /0 quotes stayed, 1 were found at their new place, 1 no longer match/);
      assert.equal(await report.locator("li").count(), 1);
      assert.match(await report.locator("li").textContent(), /Critics · Bridge.*cannot open before June/);
      // The moved quote still says the same words at its new offsets.
      const chars = [...edited];
      const start = [...edited.slice(0, edited.indexOf("“will open in May”"))].length;
      assert.equal(chars.slice(start, start + 18).join(""), "“will open in May”");
      await section(page, "positions");
      assert.match(await page.locator('[data-studio-position="mayor--bridge"] .range').first().textContent(), new RegExp(`characters ${start}–${start + 18}`));
      // The lost one is not shifted silently: the validator lists it, linked to its quote.
      await section(page, "check");
      const problem = page.locator('[data-studio-problems] li[data-path="positions[1].quotes[0].text"]');
      await problem.waitFor();
      await problem.locator("a").click();
      await page.waitForFunction(() => document.activeElement?.id === "f-positions-1-quotes-0");
      await section(page, "check");
      assert.equal(await page.locator('[data-studio-export="json"]').isDisabled(), true, "not exported as valid");
      // Fixing it: remove the lost quote, quote the new words.
      await section(page, "positions");
      await page.locator('[data-studio-position="critics--bridge"] [data-studio-quote-item="0"] button.danger').click();
      await page.selectOption("[data-studio-target]", "position:1");
      await select(page, "“cannot open before July”");
      await page.locator("[data-studio-quote]").click();
      await section(page, "check");
      await page.locator('[data-studio-problems="0"]').waitFor();
    } finally {
      await context.close();
    }
  });

  test("a CSV import reports an ambiguous and a missing quote by row, and imports a correct sheet", async () => {
    const { page, context } = await openStudio();
    try {
      const text = "The harbour board said “we back the harbour fee”. The guild said the harbour fee is unfair, and the harbour fee must go.";
      await startDraft(page, text, { title: "CSV" });
      await section(page, "check");
      const template = await download(page, "[data-studio-csv-template]");
      assert.match(template.text, /^\uFEFFposition_id,actor_id,actor,actor_kind,topic_id,topic,stance,attribution,summary,source,quote,start\r\n$/);
      const dir = mkdtempSync(join(tmpdir(), "csv-"));
      const header = "actor,actor_kind,topic,stance,attribution,summary,quote\n";
      const good = "Harbour board,group,Harbour fee,supports,stated,The board backs the fee.,“we back the harbour fee”\n";
      const bad = join(dir, "bad.csv");
      writeFileSync(
        bad,
        header +
          good +
          "Fishers’ guild,group,Harbour fee,opposes,stated,The guild rejects the fee.,the harbour fee must\n".replace("the harbour fee must", "the harbour fee") +
          "Port council,group,Harbour fee,concerned,reported,The council worries.,a sentence that is not there\n",
      );
      await page.locator("[data-studio-import]").setInputFiles(bad);
      const errors = page.locator("[data-studio-import-errors]");
      await errors.waitFor();
      assert.match(await errors.locator('li[data-row="3"]').textContent(), /Row 3, column quote: the words occur 3 times \(at characters .*\); give a start hint/);
      assert.match(await errors.locator('li[data-row="4"]').textContent(), /Row 4, column quote: the words are not in the source, word for word: “a sentence that is not there”/);
      assert.equal(await page.locator("[data-studio-position]").count(), 0, "nothing changed");
      const fixed = join(dir, "good.csv");
      writeFileSync(fixed, header + good + "Fishers’ guild,group,Harbour fee,opposes,stated,The guild rejects the fee.,the harbour fee is unfair\n");
      await page.locator("[data-studio-import]").setInputFiles(fixed);
      await page.locator('[data-studio-imported="2"]').waitFor();
      await page.locator('[data-studio-problems="0"]').waitFor();
      await section(page, "positions");
      assert.deepEqual(
        await page.locator("[data-studio-position]").evaluateAll((els) => els.map((e) => e.dataset.studioPosition)),
        ["harbour-board--harbour-fee", "fishers-guild--harbour-fee"],
      );
    } finally {
      await context.close();
    }
  });

  test("the explorer's CSV export imports into the studio unchanged", async () => {
    const { page, context } = await openStudio();
    try {
      // The reader's export: the filtered positions, as the explorer's Options offer them.
      await page.goto(`${server.url}?topic=sovereignty-borders`);
      await page.locator("[data-position-id]").first().waitFor();
      const shown = await page.locator("[data-position-id]").evaluateAll((els) => els.map((e) => e.dataset.positionId));
      await page.locator("#options-button").click();
      const exported = await download(page, 'button:has-text("Export CSV")');
      const [header, ...rows] = parseCsv(exported.text.slice(1));
      assert.equal(header[0], "position_id");
      assert.equal(rows.length, shown.length);
      // Into a draft of the same briefing, through the studio's import.
      await page.goto(`${server.url}studio/`);
      await page.locator("[data-studio-open-file]").setInputFiles(join(ROOT, "data/briefing.json"));
      await section(page, "check");
      await page.locator("[data-studio-import]").setInputFiles(exported.path);
      await page.locator(`[data-studio-imported="${shown.length}"]`).waitFor();
      await page.locator('[data-studio-problems="0"]').waitFor();
      const draft = JSON.parse((await download(page, '[data-studio-export="json"]')).text);
      const original = JSON.parse(readFileSync(join(ROOT, "data/briefing.json"), "utf8"));
      assert.deepEqual(
        draft.positions,
        original.positions.filter((p) => shown.includes(p.id)),
      );
    } finally {
      await context.close();
    }
  });

  test("a second source: added, quoted from, and deleted with its quotes", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, "The first article says “one thing”.", { title: "Two sources", sourceTitle: "First" });
      await addActor(page, "Council", "group");
      await addTopic(page, "Plan");
      const form = await quoteInNewPosition(page, "“one thing”", "council", "plan");
      await fillPosition(form, { stance: "supports", attribution: "stated", summary: "One thing." });
      await section(page, "briefing");
      const add = page.locator('[data-studio-new="source"]');
      await paste(page, '[data-studio-new="source"] textarea', "A statement — “another thing”, it says.");
      await add.locator('[data-studio-field="source-title"]').fill("Statement");
      await add.locator('[data-studio-add="source"]').click();
      await page.locator('[data-studio-source="statement"]').waitFor();
      await page.selectOption("[data-studio-target]", "position:0");
      await select(page, "“another thing”");
      await page.locator("[data-studio-quote]").click();
      await page.locator('[data-studio-position="council--plan"] [data-studio-quote-item="1"]').waitFor();
      await section(page, "check");
      await page.locator('[data-studio-problems="0"]').waitFor();
      const draft = JSON.parse((await download(page, '[data-studio-export="json"]')).text);
      assert.deepEqual(draft.positions[0].quotes.map((q) => q.source), ["first", "statement"]);
      // One position quoting two sources: the CSV template says so per quote.
      const [head, row] = parseCsv((await download(page, '[data-studio-export="csv"]')).text.slice(1));
      assert.equal(row[head.indexOf("source")], "first");
      assert.equal(row[head.indexOf("source_2")], "statement");
      await section(page, "briefing");
      await page.locator("#f-sources-1 [data-studio-delete-source]").click();
      const refs = page.locator("#f-sources-1 [data-studio-refs]");
      assert.match(await refs.textContent(), /Quotes from this source: 1, in 1 position and 0 timeline events/);
      await refs.locator("[data-studio-delete-source-yes]").click();
      await page.locator("#f-sources-1").waitFor({ state: "detached" });
      await page.locator('[data-studio-source="first"]').waitFor();
      await section(page, "check");
      await page.locator('[data-studio-problems="0"]').waitFor();
    } finally {
      await context.close();
    }
  });

  test("deleting an actor others refer to says what refers to it and offers the ways out", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, "Alpha said “yes”. Beta said “no”.", { title: "Delete" });
      await addActor(page, "Alpha", "group");
      await addActor(page, "Beta", "group");
      await addTopic(page, "Plan");
      const form = await quoteInNewPosition(page, "“yes”", "alpha", "plan");
      await fillPosition(form, { stance: "supports", attribution: "stated", summary: "Alpha agrees." });
      await section(page, "actors");
      await page.locator('[data-studio-actor="alpha"] [data-studio-delete]').click();
      const refs = page.locator('[data-studio-actor="alpha"] [data-studio-refs]');
      await refs.waitFor();
      assert.match(await refs.textContent(), /“Alpha” is referred to by 1 position and 0 timeline events:.*Alpha · Plan/);
      assert.deepEqual(await axeViolations(page), []);
      await refs.locator("[data-studio-reassign-to]").selectOption("beta");
      await refs.locator("[data-studio-delete-reassign]").click();
      await page.locator('[data-studio-actor="alpha"]').waitFor({ state: "detached" });
      await section(page, "positions");
      assert.equal(await page.locator('[data-studio-position="alpha--plan"] [data-studio-field="actor"]').inputValue(), "beta", "the position keeps its id and moves to Beta");
      await section(page, "check");
      await page.locator('[data-studio-problems="0"]').waitFor();
    } finally {
      await context.close();
    }
  });
});

/** About `mb` megabytes of plain text in paragraphs (curly quotes and dashes: bytes, UTF-16 units and characters differ). */
function longText(mb) {
  const parts = [];
  let bytes = 0;
  for (let n = 0; bytes < mb * 1024 * 1024; n++) {
    const part = n % 7 === 6 ? "\n\n" : `Speaker ${n % 97} said plan ${n} was “not yet final” — officials disagreed. `;
    parts.push(part);
    bytes += Buffer.byteLength(part);
  }
  return parts.join("");
}

describe("long sources", () => {
  test("a 1 MB source is edited and saved, a change made just before leaving included; a longer one is said up front and kept whole", async () => {
    const { page, context } = await openStudio();
    try {
      const text = longText(1);
      await startDraft(page, text, { title: "A long source" });
      assert.equal(await page.locator("[data-studio-long-text]").count(), 0, "1 MB is within what the studio handles well");
      await section(page, "briefing");
      await page.locator('[data-studio-field="summary"]').fill("Written beside a long source");
      await page.locator('[data-studio-saved="saved"]').waitFor();
      await page.reload();
      await page.locator("[data-studio-source]").waitFor();
      await section(page, "briefing");
      assert.equal(await page.locator('[data-studio-field="summary"]').inputValue(), "Written beside a long source");
      // A change the page leaves before it is saved is written as it goes.
      await page.locator('[data-studio-field="summary"]').fill("Changed just before leaving");
      await page.reload();
      await page.locator("[data-studio-source]").waitFor();
      await section(page, "briefing");
      assert.equal(await page.locator('[data-studio-field="summary"]').inputValue(), "Changed just before leaving");
      assert.equal(await page.locator("[data-studio-source]").evaluate((el) => el.textContent.length), text.length);

      // A longer text: the notice says so as soon as it is pasted, and the draft keeps it whole.
      await page.locator("[data-studio-close]").click();
      const longer = longText(2.5);
      await page.locator("[data-studio-new-text]").waitFor();
      await paste(page, "[data-studio-new-text]", longer);
      const notice = page.locator("[data-studio-new-text] ~ [role=status] [data-studio-long-text]");
      await notice.waitFor();
      assert.match(await notice.textContent(), /2\.5 MB long.*up to 2 MB/);
      await startDraft(page, null, { title: "A longer source" });
      await page.locator(".source-panel [data-studio-long-text]").waitFor();
      assert.equal(await page.locator("[data-studio-source]").evaluate((el) => el.textContent.length), longer.length);
    } finally {
      await context.close();
    }
  });
});

/** Fills this origin's localStorage until it refuses more; returns how many items. */
function fillStorage(page) {
  return page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, chunk);
        } catch {
          break;
        }
      }
    }
    return n;
  });
}

describe("nothing lost", () => {
  test("full storage when a draft starts: the new draft lives in the tab, is kept on Close, and is saved once there is room", async () => {
    const { page, context } = await openStudio();
    try {
      assert.ok((await fillStorage(page)) > 1);
      await paste(page, "[data-studio-new-text]", "Written while the storage was full.");
      await page.locator('[data-studio-new="new-title"]').fill("Full from the start");
      await page.locator("[data-studio-start]").click();
      await page.locator("[data-studio-source]").waitFor();
      await page.locator('[data-studio-storage="full"]').waitFor();
      assert.equal(await page.locator("[data-studio-saved]").getAttribute("data-studio-saved"), "failed");
      await page.locator("[data-studio-close]").click();
      const kept = page.locator("[data-studio-kept]");
      await kept.waitFor();
      assert.match(await kept.textContent(), /“\u2068Full from the start\u2069”/);
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
      await kept.getByRole("button", { name: "Open it again and save" }).click();
      await page.locator('[data-studio-saved="saved"]').waitFor();
      assert.equal(await page.locator("[data-studio-source]").textContent().then((t) => t.includes("Written while the storage was full.")), true);
    } finally {
      await context.close();
    }
  });

  test("full storage: the studio says so and offers the download, then saves again once there is room", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, "A note about storage.", { title: "Storage" });
      assert.ok((await fillStorage(page)) > 1);
      await addActor(page, "Someone new", "group");
      const banner = page.locator('[data-studio-storage="full"]');
      await banner.waitFor();
      assert.match(await banner.textContent(), /storage for the studio is full/);
      assert.equal(await page.locator("[data-studio-saved]").getAttribute("data-studio-saved"), "failed");
      assert.deepEqual(await axeViolations(page), []);
      const saved = await download(page, '[data-studio-storage] [data-studio-export="draft"]');
      assert.equal(JSON.parse(saved.text).actors[0].name, "Someone new", "the download holds the unsaved change");
      // Close never drops the unsaved change: this tab keeps it, the list says so and
      // offers it as a file; nothing is asked and nothing is lost.
      const asked = [];
      page.on("dialog", (dialog) => {
        asked.push(dialog.message());
        dialog.dismiss();
      });
      await page.locator("[data-studio-close]").click();
      const kept = page.locator("[data-studio-kept]");
      await kept.waitFor();
      assert.deepEqual(asked, [], "Close asks nothing");
      assert.match(await kept.textContent(), /could not be saved, so this tab keeps them/);
      assert.deepEqual(await axeViolations(page), []);
      const again = await download(page, '[data-studio-kept] [data-studio-export="kept"]');
      assert.equal(JSON.parse(again.text).actors[0].name, "Someone new", "the kept change, as a file");
      // Room is made (the draft list is right there), and opening the draft again takes
      // the change up and saves it.
      await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("filler-")).forEach((k) => localStorage.removeItem(k)));
      await kept.getByRole("button", { name: "Open it again and save" }).click();
      await page.locator('[data-studio-saved="saved"]').waitFor();
      assert.equal(await banner.count(), 0);
      await section(page, "actors");
      await page.locator('[data-studio-actor="someone-new"]').waitFor();
      // Saved now: Close closes at once, nothing is kept, and the saved draft has the change.
      await page.locator("[data-studio-close]").click();
      await page.locator("[data-studio-source]").waitFor({ state: "detached" });
      assert.equal(await kept.count(), 0, "nothing kept once saved");
      assert.deepEqual(asked, []);
      const stored = await page.evaluate(() =>
        Object.entries(localStorage).filter(([k]) => k.startsWith("briefing-studio:draft:")).map(([, v]) => JSON.parse(v).briefing),
      );
      assert.ok(stored.some((b) => b.actors.some((a) => a.name === "Someone new")), "the change is saved");
    } finally {
      await context.close();
    }
  });

  test("two tabs on one draft: the one opened last edits, the other follows read-only and can take over", async () => {
    const { page: a, context } = await openStudio();
    try {
      await startDraft(a, "Tabs are fictional too.", { title: "Two tabs" });
      const b = await context.newPage();
      await b.goto(a.url());
      await b.locator("[data-studio-source]").waitFor();
      const readOnly = a.locator("[data-studio-readonly]");
      await readOnly.waitFor();
      assert.match(await readOnly.textContent(), /open for editing in another tab/);
      assert.ok(await a.locator("[data-studio-quote]").isDisabled());
      await addActor(b, "Tab B actor", "group");
      await section(a, "actors");
      await a.locator('[data-studio-actor="tab-b-actor"]').waitFor();
      await a.locator("[data-studio-take-over]").click();
      await b.locator("[data-studio-readonly]").waitFor();
      assert.equal(await readOnly.count(), 0);
      await addActor(a, "Tab A actor", "group");
      await section(b, "actors");
      await b.locator('[data-studio-actor="tab-a-actor"]').waitFor();
      assert.equal(await b.locator("[data-studio-actor]").count(), 2, "nothing was overwritten");
    } finally {
      await context.close();
    }
  });
});

describe("the explorer's draft=", () => {
  test("a draft this browser does not hold is reported, and the built-in briefing stays", async () => {
    const { page, context } = await openPage(browser);
    try {
      await page.goto(`${server.url}?draft=dmissing`);
      const report = page.locator(".load-failed");
      await report.waitFor();
      assert.match(await report.textContent(), /this draft is not in this browser: open it from Briefing Studio again/);
      // Said as what happened, not as a file that "was read" and is "not valid yet".
      const why = await page.locator(".load-failed-why").textContent();
      assert.match(why, /^This browser holds no Briefing Studio draft by that name/);
      assert.doesNotMatch(why, /was read/);
      await page.locator("[data-position-id]").first().waitFor();
    } finally {
      await context.close();
    }
  });
});

describe("standards", () => {
  test("French and Ukrainian interfaces, light and dark themes, all accessible", async () => {
    for (const [query, heading, section_] of [
      ["?lang=fr&theme=dark", "Commencer une nouvelle synthèse", "Acteurs"],
      ["?lang=uk&theme=light", "Почати новий огляд", "Учасники"],
    ]) {
      const { page, context } = await openStudio(query);
      try {
        assert.equal(await page.locator("#new-heading").textContent(), heading);
        assert.deepEqual(await axeViolations(page), [], query);
        await startDraft(page, "Un texte fictif. Другий рядок.", { title: "Langues" });
        assert.equal((await page.locator('[data-studio-section="actors"]').textContent()).replace(/ \(\d+\)$/, ""), section_);
        assert.equal(await page.evaluate(() => document.documentElement.lang), query.slice(6, 8));
        assert.deepEqual(await axeViolations(page), [], `${query} editor`);
      } finally {
        await context.close();
      }
    }
  });

  test("the studio works under the documented Content-Security-Policy, under a sub-path", async () => {
    const csp = await startServer({ root: DIST, prefix: "/news/explorer/", headers: { "content-security-policy": CSP } });
    const { page, context, errors, requests } = await openPage(browser);
    try {
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
      });
      await page.goto(`${csp.url}studio/`);
      await startDraft(page, "The council said “yes”. That is all.", { title: "CSP" });
      await addActor(page, "Council", "group");
      await addTopic(page, "Plan");
      const form = await quoteInNewPosition(page, "“yes”", "council", "plan");
      await fillPosition(form, { stance: "supports", attribution: "stated", summary: "The council agrees." });
      await section(page, "preview");
      await page.locator('[data-studio-preview] [data-position-id="council--plan"]').waitFor();
      await section(page, "check");
      const [tab] = await Promise.all([context.waitForEvent("page"), page.locator('[data-studio-export="preview"]').click()]);
      await tab.waitForFunction(() => document.querySelector("h1")?.textContent === "CSP");
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      assert.deepEqual(errors, []);
      assert.deepEqual(foreignRequests(requests, csp.origin), []);
    } finally {
      await context.close();
      await csp.close();
    }
  });
});

describe("suggestions", () => {
  /** A short fictional article: two quotations, each with a named speaker. */
  const BRIDGE = [
    "Harbour bridge to reopen in spring — a fictional report",
    "",
    "Mayor Ada Rell visited the works on Monday. “We will open the bridge in April,” Rell said.",
    "Union leader Tom Vance disagreed. “The bridge is not safe yet,” said Tom Vance.",
  ].join("\n");

  test("the suggested quotations become positions with their quotes and speakers as actors, from the keyboard and with undo", async () => {
    const { page, context } = await openStudio();
    try {
      await startDraft(page, BRIDGE, { title: "Harbour bridge (fictional)" });
      const panel = page.locator("[data-studio-suggestions]");
      await panel.locator("summary").click();
      const items = panel.locator("[data-studio-suggestion]");
      await items.nth(1).waitFor();
      assert.equal(await items.count(), 2);
      assert.match(await items.nth(0).textContent(), /We will open the bridge in April.*Ada Rell/);
      assert.match(await items.nth(1).textContent(), /not safe yet.*Tom Vance/);
      assert.deepEqual(await axeViolations(page), [], "suggestions");

      await panel.locator("[data-studio-add-speakers]").click();
      await page.locator("[data-studio-add-speakers][disabled]").waitFor();
      await section(page, "actors");
      assert.equal(await page.locator("[data-studio-actor]").count(), 2);

      // Accept with the keyboard: the next suggestion's "Accept" gets the focus.
      await items.nth(0).locator("[data-studio-accept]").focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("[data-studio-suggestion]").length === 1);
      await page.waitForFunction(() => document.activeElement?.matches("[data-studio-accept]"));
      await page.keyboard.press("Enter");
      await panel.locator("[data-studio-suggestions-none]").waitFor();
      assert.equal(await page.locator("[data-studio-actor]").count(), 2, "the speakers were matched, not added again");

      await section(page, "positions");
      const positions = page.locator("[data-studio-position]");
      assert.equal(await positions.count(), 2);
      assert.match(await positions.nth(0).locator("blockquote").textContent(), /^“We will open the bridge in April,”$/);
      assert.match(await positions.nth(1).locator("blockquote").textContent(), /^“The bridge is not safe yet,”$/);
      assert.equal(await positions.nth(0).locator('[data-studio-field="actor"]').inputValue(), "ada-rell");
      assert.equal(await positions.nth(1).locator('[data-studio-field="actor"]').inputValue(), "tom-vance");

      await section(page, "check");
      const paths = await page.locator("[data-studio-problems] li[data-path]").evaluateAll((ls) => ls.map((l) => l.dataset.path));
      assert.ok(paths.includes("positions[0].topic") && paths.includes("positions[1].topic"), paths.join(" "));
      assert.ok(!paths.some((p) => p.includes("quotes") || p.includes("actor")), paths.join(" "));
      assert.deepEqual(await axeViolations(page), [], "check");

      // Undo takes the last acceptance back; dismissing hides that suggestion.
      await page.locator("[data-studio-undo]").click();
      await items.first().waitFor();
      assert.equal(await items.count(), 1);
      await items.first().locator("[data-studio-dismiss]").click();
      await panel.locator("[data-studio-suggestions-none]").waitFor();
      assert.equal(await items.count(), 0);
      assert.deepEqual(await axeViolations(page), [], "dismissed");
    } finally {
      await context.close();
    }
  });
  test("the panel speaks French and Ukrainian, in both themes, accessibly", async () => {
    for (const [query, heading, accept] of [
      ["?lang=fr&theme=dark", "Suggestions (2)", "Accepter"],
      ["?lang=uk&theme=light", "Пропозиції (2)", "Прийняти"],
    ]) {
      const { page, context } = await openStudio(query);
      try {
        await startDraft(page, BRIDGE, { title: "Langues" });
        const panel = page.locator("[data-studio-suggestions]");
        await panel.locator("summary").click();
        await panel.locator("[data-studio-suggestion]").nth(1).waitFor();
        assert.equal(await panel.locator("summary").textContent(), heading);
        assert.equal(await panel.locator("[data-studio-accept]").first().textContent(), accept);
        assert.deepEqual(await axeViolations(page), [], query);
      } finally {
        await context.close();
      }
    }
  });
});
