// Journeys through the explorer's views: filters, search, URL state and history, "show in
// source", the keyboard alone, accessibility in every view, and a phone-width layout.
import { describe, test } from "node:test";
import assert from "node:assert/strict";

import { useApp, cardIds, eventIds } from "./support/app.mjs";
import { axeViolations } from "./support/axe.mjs";
import { BRIEFING } from "./support/paths.mjs";

const app = useApp();

describe("filters", () => {
  test("an actor and a topic narrow the cards to exactly their positions", async () => {
    const { page, context, errors } = await app.open();
    try {
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length);
      await page.locator('input[data-actor-id="canada"]').check();
      const canada = BRIEFING.positions.filter((p) => p.actor === "canada").map((p) => p.id);
      assert.deepEqual(await cardIds(page), canada);
      await page.locator('input[data-topic-id="sovereignty-borders"]').check();
      assert.deepEqual(await cardIds(page), ["canada--sovereignty-borders"]);
      assert.match(page.url(), /\?actor=canada&topic=sovereignty-borders$/);
      assert.match(await page.locator(".result-count").textContent(), /^1 position shown/);
      // Counts beside each choice reflect the other filters.
      const ukraineCount = await page.locator('label[for="f-actor-ukraine"] .count').textContent();
      assert.equal(ukraineCount, "1");
      // The filters in force are named above the results (and only when there are some).
      assert.deepEqual(await page.locator(".active-filters .chip").allTextContents(), [
        "Actors: Canada×",
        "Topics: Sovereignty, territorial integrity and borders×",
      ]);
      await page.getByRole("button", { name: "Clear all filters" }).click();
      assert.equal(await page.locator(".active-filters").first().isVisible(), false);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("search highlights matches, ignoring case and curly quotes", async () => {
    const { page, context } = await app.open();
    try {
      await page.locator("#search").fill("UKRAINE'S TERRITORIAL");
      const ids = await cardIds(page);
      assert.ok(ids.includes("canada--sovereignty-borders"), ids.join());
      const marks = await page.locator("[data-position-id='canada--sovereignty-borders'] mark").allTextContents();
      assert.ok(marks.includes("Ukraine’s"), marks.join("|"));
      assert.ok(marks.some((m) => m.toLowerCase() === "territorial"), marks.join("|"));
      // The address bar follows once typing pauses.
      await page.waitForURL(/q=UKRAINE%27S\+TERRITORIAL/);
    } finally {
      await context.close();
    }
  });

  test("a name with ș, ț and ă is found by its letters without accents, as its id spells it", async () => {
    const { page, context } = await app.open();
    try {
      // A loaded briefing whose first actor is the Ștefănești council (its id made from the
      // name would be stefanesti-council).
      const briefing = structuredClone(BRIEFING);
      briefing.actors[0].name = "Ștefănești council";
      const actor = briefing.actors[0].id;
      const theirs = briefing.positions.filter((p) => p.actor === actor).map((p) => p.id);
      await page.locator('input[type="file"]').setInputFiles({ name: "stefanesti.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(briefing)) });
      await page.locator(".load-notice").waitFor();
      await page.locator("#search").fill("stefanesti");
      await page.waitForFunction((n) => document.querySelectorAll("[data-position-id]").length === n, theirs.length);
      assert.deepEqual((await cardIds(page)).sort(), [...theirs].sort());
      const marks = await page.locator(`[data-position-id="${theirs[0]}"] mark`).allTextContents();
      assert.ok(marks.includes("Ștefănești"), marks.join("|"));
    } finally {
      await context.close();
    }
  });

  test("the source reader marks search matches too, cited or not", async () => {
    const { page, context } = await app.open("?view=source&q=war");
    try {
      const marks = page.locator(".source-text mark");
      await marks.first().waitFor();
      // "war" starts a word four times in the article ("toward", "rewarding" do not count).
      assert.deepEqual((await marks.allTextContents()).map((m) => m.toLowerCase()), ["war", "war", "war", "war"]);
      // One is in the heading "War Fatigue Meets Security Concerns", which nothing cites.
      assert.equal(await page.locator(".source-text mark:not(.cite mark)").count(), 1);
      await page.locator("#search").fill("");
      await page.waitForFunction(() => document.querySelectorAll(".source-text mark").length === 0);
    } finally {
      await context.close();
    }
  });

  test("nothing matching says why and offers to clear the filters", async () => {
    const { page, context } = await app.open("?q=zzzzqqq");
    try {
      const empty = page.locator(".empty-state");
      assert.match(await empty.textContent(), /No positions match\. Nothing contains “\u2068zzzzqqq\u2069”/);
      await empty.getByRole("button", { name: "Clear all filters" }).click();
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length);
      assert.equal(await page.locator("#search").inputValue(), "");
      // The matrix and the source reader say so too, instead of a grid of hidden cells or
      // an article with nothing highlighted.
      for (const view of ["matrix", "source"]) {
        await page.goto(`${app.server.url}?view=${view}&q=zzzzqqq`);
        const message = view === "matrix" ? "No positions match." : "No positions or timeline events match, so no passage is highlighted.";
        assert.match(await empty.textContent(), new RegExp(`^${message.replace(/\./g, "\\.")} Nothing contains “\u2068zzzzqqq\u2069”`));
        assert.equal(await empty.getByRole("button", { name: "Clear all filters" }).count(), 1);
      }
      assert.equal(await page.locator(".source-text").count(), 1, "the article stays readable");
      assert.equal(await page.locator(".source-text .cite").count(), 0);
      // An actor with no position but an event: the matrix points to the timeline.
      await page.goto(`${app.server.url}?view=matrix&actor=united-states`);
      assert.equal(await page.locator(".matrix-view table, table.matrix").count(), 0);
      await empty.getByRole("link", { name: "1 timeline event matches: show it" }).click();
      assert.deepEqual(await eventIds(page), ["discussions-washington-kyiv"]);
    } finally {
      await context.close();
    }
  });
});

describe("URL state", () => {
  test("a link reproduces its view, and unknown parameters are ignored", async () => {
    const { page, context, errors } = await app.open("?actor=ukraine,russia,kremlin&view=timeline&bogus=%ZZ");
    try {
      assert.equal(await page.locator('button[data-view="timeline"]').getAttribute("aria-pressed"), "true");
      const expected = BRIEFING.events
        .filter((e) => e.actors.some((a) => a === "ukraine" || a === "russia"))
        .map((e) => e.id);
      assert.deepEqual((await eventIds(page)).sort(), expected.sort());
      assert.ok(await page.locator('input[data-actor-id="russia"]').isChecked());
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });

  test("back and forward restore the previous states", async () => {
    const { page, context } = await app.open();
    try {
      await page.locator('input[data-actor-id="russia"]').check();
      await page.locator('button[data-view="matrix"]').click();
      assert.match(page.url(), /actor=russia&view=matrix/);
      await page.goBack();
      await page.locator('button[data-view="cards"][aria-pressed="true"]').waitFor();
      assert.deepEqual(await cardIds(page), ["russia--concessions"]);
      await page.goBack();
      await page.waitForFunction(() => !location.search);
      assert.equal(await page.locator('input[data-actor-id="russia"]').isChecked(), false);
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length);
      await page.goForward();
      await page.waitForFunction(() => location.search === "?actor=russia");
      assert.deepEqual(await cardIds(page), ["russia--concessions"]);
    } finally {
      await context.close();
    }
  });

  test("a search typed just before another change keeps its own history entry", async () => {
    const { page, context } = await app.open();
    try {
      // Typing writes the address once it pauses; a change before then must not lose it.
      await page.locator("#search").pressSequentially("moscow");
      await page.locator('input[data-actor-id="russia"]').check();
      assert.match(page.url(), /actor=russia&q=moscow/);
      await page.goBack();
      await page.waitForFunction(() => location.search === "?q=moscow");
      assert.equal(await page.locator("#search").inputValue(), "moscow");
      assert.deepEqual(await cardIds(page), ["russia--concessions", "western-governments--concessions"]);
    } finally {
      await context.close();
    }
  });

  test("clearing the search with Escape is a step of its own; back returns to the search", async () => {
    const { page, context } = await app.open("?view=timeline");
    try {
      await page.locator("#search").pressSequentially("ukraine");
      await page.waitForURL(/q=ukraine/);
      await page.locator("#search").press("Escape");
      await page.waitForFunction(() => location.search === "?view=timeline");
      assert.equal(await page.locator("#search").inputValue(), "");
      await page.goBack();
      await page.waitForFunction(() => location.search === "?q=ukraine&view=timeline");
      assert.equal(await page.locator("#search").inputValue(), "ukraine");
      await page.goBack();
      await page.waitForFunction(() => location.search === "?view=timeline");
      assert.equal(await page.locator("#search").inputValue(), "");
    } finally {
      await context.close();
    }
  });
});

describe("views", () => {
  test("show in source lands on the quoted passage, scrolled into view and focused", async () => {
    const { page, context } = await app.open();
    try {
      const card = page.locator('[data-position-id="ukraine--sovereignty-borders"]');
      await card.getByRole("link", { name: "Show in source" }).click();
      assert.match(page.url(), /view=source&cite=ukraine--sovereignty-borders/);
      const focused = page.locator(".cite:focus");
      await focused.waitFor();
      assert.match(await focused.textContent(), /^Kyiv maintains that any peace effort must begin/);
      assert.ok(await focused.evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      }), "the passage is in view");
      // The passage says what cites it, and leads back to the card.
      const panel = page.locator("#cite-panel");
      assert.match(await panel.textContent(), /Ukraine · Sovereignty, territorial integrity and borders/);
      await panel.getByRole("link", { name: /Ukraine · Sovereignty/ }).click();
      // No filter hid the card, so none is added: every card, and that one focused.
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length);
      await page.waitForFunction(() => document.activeElement?.dataset.positionId === "ukraine--sovereignty-borders");
    } finally {
      await context.close();
    }
  });

  test("an opened passage is never hidden under the list of what cites it", async () => {
    const { page, context } = await app.open("?view=source");
    try {
      for (const size of [{ width: 360, height: 800 }, { width: 1280, height: 700 }]) {
        await page.setViewportSize(size);
        const count = await page.locator(".cite").count();
        assert.ok(count > 40, `${count} passages`);
        for (let i = 0; i < count; i++) {
          const cite = page.locator(".cite").nth(i);
          await cite.focus();
          await page.keyboard.press("Enter");
          await page.waitForFunction(() => document.activeElement?.closest("#cite-panel"));
          // Two frames: the scroll happens in the frame after the panel opens.
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          const visible = await cite.evaluate((el) => {
            const r = el.getBoundingClientRect();
            const panel = document.querySelector("#cite-panel").getBoundingClientRect();
            return Math.min(r.bottom, panel.top, innerHeight) - Math.max(r.top, 0);
          });
          assert.ok(visible >= 10, `${size.width}px, passage ${i}: ${visible}px visible above the panel`);
          await page.keyboard.press("Escape");
          await page.waitForFunction(() => !document.querySelector("#cite-panel.open"));
        }
      }
    } finally {
      await context.close();
    }
  });

  test("a link to a card or event the filters hide says so and shows it on request", async () => {
    const { page, context } = await app.open("?actor=russia&cite=canada--sovereignty-borders");
    try {
      const notice = page.locator(".cite-notice");
      assert.match(await notice.textContent(), /^The linked position, Canada · Sovereignty, territorial integrity and borders, is hidden by the current filters\. Show it$/);
      // The keyboard starts at the way to it.
      await page.waitForFunction(() => document.activeElement?.closest(".cite-notice"));
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.dataset.positionId === "canada--sovereignty-borders");
      assert.deepEqual(await cardIds(page), ["canada--sovereignty-borders"]);
      assert.equal(await notice.count(), 0);
      // The same for a timeline event, in French.
      await page.goto(`${app.server.url}?view=timeline&actor=russia&cite=discussions-washington-kyiv&lang=fr`);
      assert.match(await notice.textContent(), /^L’événement lié, .+, est masqué par les filtres actuels\. L’afficher$/);
      await notice.getByRole("button", { name: "L’afficher" }).click();
      await page.waitForFunction(() => document.activeElement?.closest('[data-event-id="discussions-washington-kyiv"]'));
      assert.equal(await page.locator('input[data-actor-id="russia"]').isChecked(), false);
    } finally {
      await context.close();
    }
  });

  test("the source text copies as the article, word for word", async () => {
    const { page, context } = await app.open("?view=source");
    try {
      const text = await page.locator(".source-text").evaluate((el) => {
        getSelection().selectAllChildren(el);
        return getSelection().toString();
      });
      // (A selection drops the text's final line break.)
      assert.equal(text.trimEnd(), BRIEFING.sources[0].text.trimEnd());
      // The cited count is still in each passage's accessible name.
      assert.match(await page.locator(".cite").first().getAttribute("aria-label"), /\(cited by \d+ items?\)$/);
    } finally {
      await context.close();
    }
  });

  test("the matrix is a table whose cells filter, with 'no statement' distinct from stances", async () => {
    const { page, context } = await app.open("?view=matrix");
    try {
      const table = page.getByRole("table", { name: /Stances by actor/ });
      assert.equal(await table.locator("thead th[scope=col]").count(), BRIEFING.topics.length);
      assert.equal(await table.locator("tbody th[scope=row]").count(), BRIEFING.actors.length);
      const statements = new Set(BRIEFING.positions.map((p) => `${p.actor}|${p.topic}`)).size;
      assert.equal(await table.locator("td.cell-shown").count(), statements);
      assert.equal(
        await table.locator("td.cell-none").count(),
        BRIEFING.actors.length * BRIEFING.topics.length - statements,
      );
      const row = table.locator("tr", { has: page.locator('th[data-actor-id="russia"]') });
      await row.getByRole("link", { name: /Demands/ }).click();
      assert.deepEqual(await cardIds(page), ["russia--concessions"]);
    } finally {
      await context.close();
    }
  });

  test("the timeline runs past, now, future in the source's words", async () => {
    const { page, context } = await app.open("?view=timeline");
    try {
      const headings = await page.locator(".timeline-view h3, .now-marker").allTextContents();
      assert.deepEqual(headings, ["Past", "Now", "Present", "Future"]);
      const when = await page.locator('[data-event-id="coming-months"] .when').textContent();
      assert.match(when, /“The coming months”/);
      // An event lists the positions stated in the passage it cites, and no others.
      const linked = await page.locator('[data-event-id="coordination-intensified"] .event-links dd:last-child a').allTextContents();
      assert.deepEqual(linked.map((t) => t.replace(/ \(.*\)$/, "")), ["European leaders · Ending the war", "Canada · Ending the war"]);
      await page
        .locator('[data-event-id="positions-apart"]')
        .getByRole("link", { name: /Russia · Concessions to Russia/ })
        .click();
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length, "no filter is added");
      await page.waitForFunction(() => document.activeElement?.dataset.positionId === "russia--concessions");
    } finally {
      await context.close();
    }
  });
});

describe("keyboard and accessibility", () => {
  test("every control works from the keyboard alone", async () => {
    const { page, context } = await app.open();
    try {
      // Skip link first, then into the filters.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
      await page.locator("#search").focus();
      await page.keyboard.type("moscow");
      assert.deepEqual(await cardIds(page), ["russia--concessions", "western-governments--concessions"]);
      await page.keyboard.press("Tab"); // clear-all button
      await page.keyboard.press("Enter");
      assert.equal(await page.locator("#search").inputValue(), "");
      await page.locator('input[data-actor-id="ukraine"]').focus();
      await page.keyboard.press("Space");
      assert.deepEqual(await cardIds(page), ["ukraine--sovereignty-borders"]);
      await page.locator('button[data-view="source"]').focus();
      await page.keyboard.press("Enter");
      const cite = page.locator(".cite", { hasText: "Kyiv maintains" });
      await cite.focus();
      await page.keyboard.press("Enter");
      assert.equal(await cite.getAttribute("aria-expanded"), "true");
      // The list comes after the whole article in the tab order, so focus goes to it...
      const first = page.locator("#cite-panel").getByRole("link", { name: /Ukraine · Sovereignty/ });
      await page.waitForFunction(() => document.activeElement?.closest("#cite-panel li a"));
      assert.equal(await first.evaluate((el) => el === document.activeElement), true);
      // ...and Escape brings it back to the passage, closed.
      await page.keyboard.press("Escape");
      await page.waitForFunction(() => document.activeElement?.textContent.startsWith("Kyiv maintains"));
      assert.equal(await cite.getAttribute("aria-expanded"), "false");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.closest("#cite-panel li a"));
      await page.keyboard.press("Enter");
      await page.locator('button[data-view="cards"][aria-pressed="true"]').waitFor();
      // The link leads to that card, and the keyboard continues from it.
      await page.waitForFunction(() => document.activeElement?.dataset.positionId === "ukraine--sovereignty-borders");
    } finally {
      await context.close();
    }
  });

  test("Tab reaches every control in order, and links leave focus where they lead", async () => {
    const { page, context } = await app.open();
    try {
      // The skip link jumps over the filters to the results.
      await page.keyboard.press("Tab");
      assert.equal(await page.evaluate(() => document.activeElement.className), "skip-link");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.id === "results");

      // From the top, Tab alone visits the options, the search box, every facet choice
      // and the view buttons, each with a visible focus indicator.
      await page.goto(page.url().split("#")[0]);
      await page.locator("#results").waitFor();
      const seen = [];
      const unstyled = [];
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press("Tab");
        const info = await page.evaluate(() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          const visible = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 || style.boxShadow !== "none";
          return { id: el.id, actor: el.dataset.actorId, topic: el.dataset.topicId, view: el.dataset.view, visible, tag: el.tagName };
        });
        seen.push(info);
        if (!info.visible) unstyled.push(JSON.stringify(info));
        if (info.view === "source") break;
      }
      assert.deepEqual(unstyled, [], "focus must be visible");
      const ids = seen.map((s) => s.id);
      assert.equal(ids[1], "options-button", "after the skip link, the options come first");
      assert.ok(ids.indexOf("search") >= 0 && ids.indexOf("search") < ids.findIndex((x) => x.startsWith("f-actor-")));
      for (const a of BRIEFING.actors) assert.ok(seen.some((s) => s.actor === a.id), `actor ${a.id} reached`);
      for (const t of BRIEFING.topics) assert.ok(seen.some((s) => s.topic === t.id), `topic ${t.id} reached`);
      assert.ok(seen.some((s) => s.view === "source"), "the view buttons are reached");

      // A matrix cell is a link: Enter filters, and focus moves to the results.
      await page.locator('button[data-view="matrix"]').focus();
      await page.keyboard.press("Enter");
      await page.locator('button[data-view="matrix"][aria-pressed="true"]').waitFor();
      const cell = page.locator('tr:has(th[data-actor-id="russia"]) a.cell-link').first();
      await cell.focus();
      await page.keyboard.press("Enter");
      await page.locator('button[data-view="cards"][aria-pressed="true"]').waitFor();
      await page.waitForFunction(() => document.activeElement?.id === "results");
      assert.deepEqual(await cardIds(page), ["russia--concessions"]);

      // Removing the last active filter with the keyboard keeps focus in the results.
      const chips = page.locator(".active-filters button");
      assert.equal(await chips.count(), 2);
      await chips.first().focus();
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.closest(".active-filters"));
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.activeElement?.id === "results");
      assert.equal((await cardIds(page)).length, BRIEFING.positions.length);
    } finally {
      await context.close();
    }
  });

  for (const view of ["cards", "matrix", "timeline", "source"]) {
    test(`axe-core finds no violations in the ${view} view`, async () => {
      const { page, context } = await app.open(`?view=${view}&q=ukraine`);
      try {
        assert.deepEqual(await axeViolations(page), []);
      } finally {
        await context.close();
      }
    });
  }

  test("axe-core finds no violations at phone and tablet widths, in both themes, with the sheet and the options open", async () => {
    for (const [width, height] of [[390, 844], [768, 1024]]) {
      for (const theme of ["light", "dark"]) {
        for (const view of ["cards", "matrix", "timeline", "source"]) {
          const { page, context } = await app.open(`?view=${view}&theme=${theme}&actor=canada`, { viewport: { width, height } });
          try {
            assert.deepEqual(await axeViolations(page), [], `${view} at ${width} (${theme})`);
            if (view === "cards") {
              await page.locator("#filters-button").click();
              await page.locator(".filters.open").waitFor();
              assert.deepEqual(await axeViolations(page), [], `filter sheet at ${width} (${theme})`);
              await page.keyboard.press("Escape");
              await page.locator("#options-button").click();
              await page.locator("#options-panel:popover-open").waitFor();
              assert.deepEqual(await axeViolations(page), [], `options at ${width} (${theme})`);
            }
          } finally {
            await context.close();
          }
        }
      }
    }
  });

  test("axe-core finds no violations in empty results, the hidden-link notice and the open cited-by list, light and dark", async () => {
    const states = [
      "?view=matrix&q=zzzz",
      "?view=source&q=zzzz",
      "?view=source&q=war",
      "?actor=russia&cite=canada--sovereignty-borders",
      "?view=timeline&actor=russia&cite=discussions-washington-kyiv&lang=uk",
      "?view=matrix&actor=united-states&lang=fr",
    ];
    for (const theme of ["light", "dark"]) {
      for (const state of states) {
        const { page, context } = await app.open(`${state}&theme=${theme}`);
        try {
          await page.locator(".empty-state, .cite-notice, .source-text mark").first().waitFor();
          assert.deepEqual(await axeViolations(page), [], `${state} (${theme})`);
        } finally {
          await context.close();
        }
      }
      const { page, context } = await app.open(`?view=source&theme=${theme}`);
      try {
        await page.locator(".cite").nth(3).focus();
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => document.activeElement?.closest("#cite-panel"));
        assert.deepEqual(await axeViolations(page), [], `open cited-by list (${theme})`);
      } finally {
        await context.close();
      }
    }
  });

  test("at 390 × 844 each view's first item is on the first screen, and nothing scrolls sideways", async () => {
    const first = {
      cards: "[data-position-id]",
      matrix: ".matrix tbody tr",
      timeline: "[data-event-id]",
      source: ".source-text",
    };
    for (const view of ["cards", "matrix", "timeline", "source"]) {
      const { page, context } = await app.open(`?view=${view}`, { viewport: { width: 390, height: 844 } });
      try {
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(width <= 390, `${view}: page is ${width}px wide`);
        const top = await page.locator(first[view]).first().evaluate((e) => e.getBoundingClientRect().top + scrollY);
        assert.ok(top < 844, `${view}: the first item starts at ${top}px`);
        // The filters wait behind a button, as a sheet over the content.
        assert.equal(await page.locator('input[data-actor-id="canada"]').isVisible(), false);
        const button = page.locator("#filters-button");
        await button.click();
        assert.equal(await button.getAttribute("aria-expanded"), "true");
        const canada = page.locator('input[data-actor-id="canada"]');
        assert.ok(await canada.isVisible());
        // The page behind the sheet is out of reach while it is open.
        assert.equal(await page.locator("#results").getAttribute("inert"), "");
        await canada.check();
        // "Show N positions" closes the sheet and lands on the results.
        const show = page.locator(".show-results");
        assert.match(await show.textContent(), view === "timeline" ? /^Show \d+ events?$/ : /^Show 5 positions$/);
        await show.click();
        await page.waitForFunction(() => document.activeElement?.id === "results");
        assert.equal(await canada.isVisible(), false);
        assert.equal(await page.locator("#results").getAttribute("inert"), null);
        assert.equal(await button.locator(".badge").textContent(), "1");
        // A long word in the search (a pasted address) wraps in its chip.
        await button.click();
        await page.locator("#search").fill("https://example.org/news/2025/a-very-long-article-address-that-goes-on-and-on");
        // Escape in a search box with text clears it; closing is the close button's job.
        await page.locator("#filters-close").click();
        await page.waitForFunction(() => document.activeElement?.id === "filters-button");
        await page.locator(".chip-name").last().waitFor();
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= 390, `${view} with a long search: page is ${wide}px wide`);
      } finally {
        await context.close();
      }
    }
  });

  test("at 1280 × 900 the default matrix fits its column, with its headers in view", async () => {
    const { page, context } = await app.open("?view=matrix");
    try {
      const [table, container] = await page.locator(".matrix-scroll").evaluate((scroll) => [
        scroll.querySelector("table").getBoundingClientRect().width,
        scroll.clientWidth,
      ]);
      assert.ok(table <= container, `the table is ${table}px wide in ${container}px`);
      const sticky = await page.locator("thead th").first().evaluate((th) => getComputedStyle(th).position);
      assert.equal(sticky, "sticky");
      // "No statement" is quiet to the eye but said to screen readers.
      const none = page.locator("td.cell-none").first();
      assert.equal(await none.locator(".visually-hidden").textContent(), "No statement");
    } finally {
      await context.close();
    }
  });
});
