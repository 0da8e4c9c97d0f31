// Reader comforts: interface languages, the dark theme, print, CSV/JSON export and
// citations.
import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { useApp, cardIds, openOptions } from "./support/app.mjs";
import { openPage } from "./support/browser.mjs";
import { axeViolations } from "./support/axe.mjs";
import { BRIEFING, ROOT } from "./support/paths.mjs";
import { TEMPLATE_COLUMNS, parseCsv, runCli } from "./support/csv.mjs";

const app = useApp();

const viewLabels = (page) => page.locator(".view-switch button").allTextContents();

describe("languages", () => {
  test("lang=fr and lang=uk translate the interface and set <html lang>", async () => {
    for (const [lang, labels, heading] of [
      ["fr", ["Positions", "Matrice des positions", "Chronologie", "Texte source"], "Filtres"],
      ["uk", ["Позиції", "Матриця позицій", "Хронологія", "Текст джерела"], "Фільтри"],
    ]) {
      const { page, context } = await app.open(`?lang=${lang}`);
      try {
        assert.deepEqual(await viewLabels(page), labels);
        assert.equal(await page.locator("#filters-heading").textContent(), heading);
        assert.equal(await page.getAttribute("html", "lang"), lang);
        // The briefing's own text stays as written, marked with its language.
        assert.equal(await page.locator("h1").textContent(), BRIEFING.title);
        assert.equal(await page.locator("h1").getAttribute("lang"), "en");
      } finally {
        await context.close();
      }
    }
  });

  test("back and forward restore the language and theme, and the menus say so", async () => {
    const { page, context } = await app.open();
    try {
      const menus = () => page.evaluate(() => [...document.querySelectorAll(".pref select")].map((s) => s.value));
      await openOptions(page);
      await page.locator(".pref select").nth(1).selectOption("dark");
      await page.locator(".pref select").nth(0).selectOption("uk");
      await page.waitForFunction(() => document.documentElement.lang === "uk");
      assert.deepEqual(await menus(), ["uk", "dark"]);
      await page.goBack();
      await page.goBack();
      await page.waitForFunction(() => document.documentElement.lang === "en" && !document.documentElement.dataset.theme);
      assert.deepEqual(await menus(), ["en", "auto"]);
      await page.goForward();
      await page.goForward();
      await page.waitForFunction(() => document.documentElement.lang === "uk");
      assert.deepEqual(await menus(), ["uk", "dark"]);
    } finally {
      await context.close();
    }
  });

  test("without lang= the browser's preference wins, and the menu switches and keeps it", async () => {
    const { page, context } = await app.open("", { locale: "fr-CA" });
    try {
      assert.equal(await page.getAttribute("html", "lang"), "fr");
      assert.equal(await page.locator("#filters-heading").textContent(), "Filtres");
      await openOptions(page);
      await page.getByLabel("Langue").selectOption("uk");
      // Ukrainian is fetched when first wanted (i18n/uk.json).
      await page.waitForFunction(() => document.documentElement.lang === "uk");
      assert.match(page.url(), /lang=uk/);
      assert.equal(await page.locator("#filters-heading").textContent(), "Фільтри");
    } finally {
      await context.close();
    }
  });
});

describe("languages fetched when wanted", () => {
  const packs = (requests) => requests.filter((u) => /\/i18n\//.test(u)).map((u) => new URL(u).pathname);

  test("English needs no pack; French is fetched once, when first chosen", async () => {
    const { page, context, requests } = await app.open();
    try {
      assert.deepEqual(packs(requests), [], "nothing fetched for English");
      await openOptions(page);
      await page.getByLabel("Language").selectOption("fr");
      await page.waitForFunction(() => document.documentElement.lang === "fr");
      assert.equal(await page.locator("#filters-heading").textContent(), "Filtres");
      await page.getByLabel("Langue").selectOption("en");
      await page.waitForFunction(() => document.documentElement.lang === "en");
      await page.getByLabel("Language").selectOption("fr");
      await page.waitForFunction(() => document.documentElement.lang === "fr");
      assert.deepEqual(packs(requests), ["/i18n/fr.json"], "fetched once, kept for the page's life");
      // Problem messages come with the pack: a bad file is reported in French.
      await page.locator('input[type="file"]').setInputFiles({ name: "x.json", mimeType: "application/json", buffer: Buffer.from("{") });
      await page.locator(".load-failed").waitFor();
      assert.match(await page.locator(".load-failed").textContent(), /JSON non valide/);
    } finally {
      await context.close();
    }
  });

  test("a language that cannot be fetched leaves the page as it was, and says so", async () => {
    const { page, context, allowErrors } = await app.open();
    allowErrors(/i18n\/uk\.json|Failed to load resource/);
    try {
      await page.route("**/i18n/uk.json", (route) => route.abort());
      await openOptions(page);
      await page.getByLabel("Language").selectOption("uk");
      const notice = page.locator(".language-failed");
      await page.waitForFunction(() => document.querySelector(".language-failed")?.textContent.trim());
      assert.match(await notice.textContent(), /Українська could not be loaded/);
      assert.equal(await notice.getAttribute("role"), "status");
      assert.equal(await page.getAttribute("html", "lang"), "en");
      assert.equal(await page.locator("#filters-heading").textContent(), "Filters");
      assert.equal(await page.getByLabel("Language").inputValue(), "en", "the menu shows what is on screen");
      // Back online: choosing it again works, and the note goes.
      await page.unroute("**/i18n/uk.json");
      await page.getByLabel("Language").selectOption("uk");
      await page.waitForFunction(() => document.documentElement.lang === "uk");
      assert.equal((await notice.textContent()).trim(), "");
      assert.equal(await page.locator("#filters-heading").textContent(), "Фільтри");
    } finally {
      await context.close();
    }
  });
});

describe("themes", () => {
  for (const view of ["cards", "matrix", "timeline", "source"]) {
    test(`the dark theme passes axe-core in the ${view} view`, async () => {
      const { page, context } = await app.open(`?theme=dark&view=${view}`);
      try {
        assert.equal(await page.getAttribute("html", "data-theme"), "dark");
        const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(bg, "rgb(18, 20, 23)");
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test("auto follows prefers-color-scheme, and the menu overrides it", async () => {
    const { page, context } = await app.open("", { colorScheme: "dark" });
    try {
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(18, 20, 23)");
      await openOptions(page);
      await page.getByLabel("Theme").selectOption("light");
      assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), "rgb(251, 250, 248)");
      assert.match(page.url(), /theme=light/);
    } finally {
      await context.close();
    }
  });
});

describe("print", () => {
  for (const theme of ["light", "dark"]) {
    test(`print follows the view: the filtered cards, a header, no controls (${theme} theme on screen)`, async () => {
      const { page, context } = await app.open(`?actor=canada,officials&theme=${theme}`);
      try {
        await page.emulateMedia({ media: "print" });
        const header = page.locator(".print-header");
        await header.waitFor({ state: "visible" });
        const wanted = BRIEFING.positions.filter((p) => p.actor === "canada" || p.actor === "officials");
        // The cards on screen print, every one, and nothing of another view.
        const printed = await page.locator("[data-position-id]").evaluateAll((els) =>
          els.filter((e) => e.getClientRects().length > 0).map((e) => e.dataset.positionId),
        );
        assert.deepEqual(printed.sort(), wanted.map((p) => p.id).sort());
        const body = await page.evaluate(() => document.body.innerText);
        for (const p of wanted) for (const q of p.quotes) assert.ok(body.includes(q.text), q.text);
        assert.equal(await page.locator("[data-event-id], .source-text, table.matrix").count(), 0);
        // The title and source print above; the header says what and when.
        assert.ok(body.includes(BRIEFING.title), "the title is printed");
        assert.match(body, /\u2068Untitled article\u2069 — \u2068publisher not given\u2069, \u2068date not given\u2069/);
        assert.match(await header.textContent(), new RegExp(`^Positions · ${wanted.length} positions shown`));
        assert.match(await header.textContent(), /Printed .*\d{4}\u2069 from \u2068http:\/\/127\.0\.0\.1:\d+\/\?.*actor=canada,officials/);
        assert.match(body, /Actors:\s*Canada/);
        const visibleControls = await page.locator("button, input, select").evaluateAll((els) =>
          els.filter((e) => e.getClientRects().length > 0).length,
        );
        assert.equal(visibleControls, 0, "no controls in print");
        // Paper is white: dark text whatever the screen theme.
        const color = await page.evaluate(() => getComputedStyle(document.querySelector(".card")).color);
        assert.equal(color, "rgb(0, 0, 0)", `print text colour with the ${theme} theme`);
      } finally {
        await context.close();
      }
    });
  }

  test("printing the source view prints the article with its marked passages, and only that", async () => {
    const { page, context } = await app.open("?view=source&actor=canada");
    try {
      await page.emulateMedia({ media: "print" });
      await page.locator(".print-header").waitFor({ state: "visible" });
      const article = page.locator(".source-text");
      assert.ok(await article.isVisible());
      assert.equal(await article.textContent(), BRIEFING.sources[0].text);
      assert.ok((await page.locator(".source-text .cite").count()) > 0, "the cited passages stay marked");
      // The legend prints, to say what the marks mean; no cards, no timeline.
      assert.ok(await page.locator(".reader-legend").isVisible());
      assert.equal(await page.locator("[data-position-id], [data-event-id]").count(), 0);
      assert.match(await page.locator(".print-header").textContent(), /^Source text · /);
    } finally {
      await context.close();
    }
  });
});

describe("export and citation", () => {
  test("the CSV export is the CSV template: it converts back into exactly the filtered positions", async () => {
    const { page, context } = await app.open("?actor=canada,officials&q=support");
    try {
      const shown = await cardIds(page);
      assert.ok(shown.length > 0);
      await openOptions(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export CSV" }).click()]);
      assert.match(download.suggestedFilename(), /^europe-canada-ukraine-diplomacy-positions-\d+\.csv$/);
      const raw = readFileSync(await download.path(), "utf8");
      assert.ok(raw.startsWith("\uFEFF"), "a byte-order mark for spreadsheet programs");
      const [header, ...data] = parseCsv(raw.slice(1));
      assert.deepEqual(header.slice(0, TEMPLATE_COLUMNS.length), TEMPLATE_COLUMNS);
      const inOrder = BRIEFING.positions.filter((p) => shown.includes(p.id));
      assert.deepEqual(
        data.map((r) => r[0]),
        inOrder.map((p) => p.id),
      );
      for (const r of data) {
        const p = BRIEFING.positions.find((x) => x.id === r[0]);
        const cell = (column) => r[header.indexOf(column)];
        assert.equal(cell("quote"), p.quotes[0].text, "quotes verbatim");
        assert.equal(cell("start"), String(p.quotes[0].start));
        assert.equal(cell("stance"), p.stance);
        assert.equal(cell("attribution"), p.attribution);
      }
      // `briefing convert` reads it back over the briefing it came from: the same positions.
      const dir = mkdtempSync(join(tmpdir(), "export-"));
      const sheet = join(dir, "export.csv");
      writeFileSync(sheet, raw);
      runCli(["convert", sheet, "--base", join(ROOT, "data/briefing.json"), "-o", join(dir, "back.json")]);
      const back = JSON.parse(readFileSync(join(dir, "back.json"), "utf8"));
      assert.deepEqual(back.positions, inOrder);
    } finally {
      await context.close();
    }
  });

  test("the JSON export is a valid briefing that loads back with the same positions", async () => {
    const { page, context } = await app.open("?topic=sovereignty-borders");
    try {
      const shown = await cardIds(page);
      await openOptions(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export JSON" }).click()]);
      const path = await download.path();
      const subset = JSON.parse(readFileSync(path, "utf8"));
      assert.equal(subset.format, "briefing/1");
      assert.deepEqual(subset.positions.map((p) => p.id).sort(), [...shown].sort());
      // It says it is a part, of what, and which filters chose it.
      assert.deepEqual(subset.subset, {
        of: BRIEFING.id,
        filters: "topic=sovereignty-borders",
        positions: shown.length,
        positions_in_full: BRIEFING.positions.length,
        events: subset.events.length,
        events_in_full: BRIEFING.events.length,
      });
      assert.ok(shown.length < BRIEFING.positions.length);
      await page.goto(app.server.url);
      await page.locator('input[type="file"]').setInputFiles({ name: "subset.json", mimeType: "application/json", buffer: readFileSync(path) });
      await page.waitForFunction((n) => document.querySelectorAll("[data-position-id]").length === n, shown.length);
      assert.equal(await page.locator(".load-failed").count(), 0);
    } finally {
      await context.close();
    }
  });

  test("the Web Annotations export anchors every quote of the filtered items in the source", async () => {
    const { page, context } = await app.open("?actor=canada");
    try {
      const shown = await cardIds(page);
      await openOptions(page);
      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export Web Annotations" }).click()]);
      assert.match(download.suggestedFilename(), /-annotations\.jsonld$/);
      const doc = JSON.parse(readFileSync(await download.path(), "utf8"));
      assert.equal(doc["@context"], "http://www.w3.org/ns/anno.jsonld");
      assert.equal(doc.type, "AnnotationCollection");
      assert.match(doc.label, /filtered: actor=canada/);
      const items = doc.first.items;
      assert.equal(doc.total, items.length);
      // One annotation per quote of the shown positions, and of the events the filter keeps.
      const positionQuotes = BRIEFING.positions.filter((p) => shown.includes(p.id)).flatMap((p) => p.quotes);
      const eventQuotes = BRIEFING.events.filter((e) => e.actors.includes("canada")).flatMap((e) => e.quotes);
      assert.equal(items.length, positionQuotes.length + eventQuotes.length);
      const text = [...BRIEFING.sources[0].text];
      for (const item of items) {
        assert.equal(item.type, "Annotation");
        const quote = item.target.selector.find((s) => s.type === "TextQuoteSelector");
        const position = item.target.selector.find((s) => s.type === "TextPositionSelector");
        // Code points, like the briefing's offsets.
        assert.equal(text.slice(position.start, position.end).join(""), quote.exact);
      }
    } finally {
      await context.close();
    }
  });

  test("Copy link: each card's and the page's, without embedding parameters; the share sheet on a phone; no link for a local file", async () => {
    const { page, context } = await app.open("?embed=1&view=cards&actor=canada,ukraine&density=compact&childId=x");
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.origin });
      const card = page.locator('[data-position-id="ukraine--sovereignty-borders"]');
      await card.getByRole("button", { name: "Copy link" }).click();
      await card.locator(".copy-status", { hasText: "Link copied" }).waitFor();
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        `${app.server.url}?actor=ukraine&topic=sovereignty-borders&cite=ukraine--sovereignty-borders`,
      );
      // The page's own link (Options; an embed has no Options, its cards carry links).
      await page.goto(`${app.server.url}?actor=canada,ukraine&view=matrix`);
      await page.locator("table.matrix, .matrix-view").first().waitFor();
      await openOptions(page);
      await page.locator(".share-link").getByRole("button", { name: "Copy link" }).click();
      await page.locator(".share-link .copy-status", { hasText: "Link copied" }).waitFor();
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${app.server.url}?actor=canada,ukraine&view=matrix`);
      assert.deepEqual(await axeViolations(page), []);
    } finally {
      await context.close();
    }
    // On a phone the system's share sheet gets the link (stubbed: no sheet in a test).
    const phone = await app.open("", { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    try {
      await phone.page.evaluate(() => {
        window.__shared = [];
        navigator.share = (data) => (window.__shared.push(data), Promise.resolve());
      });
      const card = phone.page.locator("[data-position-id]").first();
      const id = await card.getAttribute("data-position-id");
      await card.getByRole("button", { name: "Copy link" }).click();
      await card.locator(".copy-status", { hasText: "Link shared" }).waitFor();
      const shared = await phone.page.evaluate(() => window.__shared);
      assert.equal(shared.length, 1);
      assert.match(shared[0].url, new RegExp(`cite=${id}$`));
      assert.equal(shared[0].title, BRIEFING.title);
      // A local file has no address: the button says so instead of copying a wrong link.
      await phone.page.locator('input[type="file"]').setInputFiles(join(ROOT, "docs/examples/fictional-harbour-talks.json"));
      await phone.page.waitForFunction(() => document.querySelector("h1")?.textContent.startsWith("FICTIONAL"));
      const first = phone.page.locator("[data-position-id]").first();
      await first.getByRole("button", { name: "Copy link" }).click();
      await first.locator(".copy-status", { hasText: "opened from a file on this device" }).waitFor();
      assert.equal((await phone.page.evaluate(() => window.__shared)).length, 1, "nothing shared");
    } finally {
      await phone.context.close();
    }
  });

  test("copy citation puts actor, topic, quote, source and a link on the clipboard", async () => {
    const { page, context } = await app.open();
    try {
      await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: app.server.origin });
      const card = page.locator('[data-position-id="ukraine--sovereignty-borders"]');
      await card.getByRole("button", { name: "Copy citation" }).click();
      await card.locator(".copy-status", { hasText: "Citation copied" }).waitFor();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      const p = BRIEFING.positions.find((x) => x.id === "ukraine--sovereignty-borders");
      assert.equal(
        text,
        `Ukraine — Sovereignty, territorial integrity and borders (On the record): “${p.quotes[0].text}” (Untitled article). ${app.server.url}?actor=ukraine&topic=sovereignty-borders&cite=ukraine--sovereignty-borders`,
      );
      // The link in the citation lands on that card.
      const landed = await openPage(app.browser);
      try {
        await landed.page.goto(text.split(" ").at(-1));
        await landed.page.waitForFunction(() => document.activeElement?.dataset.positionId === "ukraine--sovereignty-borders");
      } finally {
        await landed.context.close();
      }
    } finally {
      await context.close();
    }
  });
});
