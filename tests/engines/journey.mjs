// The smoke journey, the same in every engine: each view renders, an actor filter and a
// search work, an embed sizes itself, and nothing goes wrong in the page on the way.
//
// It selects only by the documented automation hooks (`data-position-id`, `data-event-id`,
// `data-actor-id`, `data-view`), by ids (`#search`) and by the URL parameters, never by
// classes or interface text: the layout is free to change under it.
import assert from "node:assert/strict";

import { BRIEFING } from "../e2e/support/paths.mjs";

/** The viewport every engine gets: the desktop size the other end-to-end tests use. */
export const VIEWPORT = { width: 1280, height: 900 };

const ALL_POSITIONS = BRIEFING.positions.map((p) => p.id).sort();
const ALL_EVENTS = BRIEFING.events.map((e) => e.id).sort();
const CANADA = BRIEFING.positions.filter((p) => p.actor === "canada").map((p) => p.id).sort();
/** The article's paragraphs, whitespace collapsed: the source view must show each. */
const PARAGRAPHS = BRIEFING.sources[0].text
  .split(/\n\s*\n|\n/)
  .map((p) => p.replace(/\s+/g, " ").trim())
  .filter(Boolean);
const SEARCH = "sanctions";

// Scripts run in the page (function bodies; `arguments[i]` are the arguments).
const IDS = `return Array.from(document.querySelectorAll(arguments[0]), (e) => e.getAttribute(arguments[1])).sort();`;
const ERRORS = `return Array.isArray(window.__smokeErrors) ? window.__smokeErrors.slice() : null;`;

const same = (expected) => (ids) => Array.isArray(ids) && ids.join() === expected.join();

/**
 * Runs the journey in `session` against the explorer at `appUrl` and an embedding page at
 * `hostUrl`, calling `report(check, ms)` after each check that passed.
 */
export async function runJourney(session, { appUrl, appOrigin, hostUrl }, report) {
  async function check(name, body) {
    const started = Date.now();
    try {
      await body();
      await noErrors();
    } catch (e) {
      throw new Error(`${name}: ${e.message}`, { cause: e });
    }
    report(name, Date.now() - started);
  }

  /** Fails with the page's own error messages, if it recorded any. */
  async function noErrors(where = "the page") {
    const errors = await session.execute(ERRORS);
    assert.ok(errors !== null, `the error recorder is missing in ${where} (was /__smoke-errors.js served first in <head>?)`);
    if (errors.length) throw new Error(`${errors.length} error(s) in ${where}: ${errors.join(" | ")}`);
  }

  const cardIds = () => session.execute(IDS, "[data-position-id]", "data-position-id");
  const waitForCards = (what, expected) =>
    session.waitFor(what, IDS, ["[data-position-id]", "data-position-id"], { accept: same(expected) });
  const waitForUrl = (what, pattern) =>
    session.waitFor(`the URL to have ${what}`, "return location.href;", [], { accept: (u) => pattern.test(u) });

  async function one(selector) {
    const found = await session.findAll(selector);
    assert.equal(found.length, 1, `expected one element for ${selector}, found ${found.length}`);
    return found[0];
  }
  async function chooseView(view) {
    await session.click(await one(`button[data-view="${view}"]`));
    // Cards is the default view, which the URL may leave out.
    const pattern = view === "cards" ? /^(?!.*[?&]view=(?!cards(&|$)))/ : new RegExp(`[?&]view=${view}(&|$)`);
    await waitForUrl(view === "cards" ? "no other view" : `view=${view}`, pattern);
  }

  await check(`opens at ${VIEWPORT.width}×${VIEWPORT.height} and shows every position card`, async () => {
    await setViewport(session, VIEWPORT);
    await session.navigate(appUrl);
    await waitForCards(`all ${ALL_POSITIONS.length} position cards`, ALL_POSITIONS);
  });

  await check("matrix view shows the stance table", async () => {
    await chooseView("matrix");
    await session.waitFor("a table with actor and topic headers", `
      const table = document.querySelector("table");
      return !!table && !!table.querySelector("[data-actor-id]") && !!table.querySelector("[data-topic-id]");`);
  });

  await check("timeline view shows every event", async () => {
    await chooseView("timeline");
    await session.waitFor(`all ${ALL_EVENTS.length} timeline events`, IDS, ["[data-event-id]", "data-event-id"], {
      accept: same(ALL_EVENTS),
    });
  });

  await check("source view shows the article text", async () => {
    await chooseView("source");
    const missing = await session.waitFor(
      `all ${PARAGRAPHS.length} paragraphs of the article`,
      `const text = document.body.textContent.replace(/\\s+/g, " ");
       return arguments[0].filter((p) => !text.includes(p)).map((p) => p.slice(0, 60));`,
      [PARAGRAPHS],
      { accept: (m) => Array.isArray(m) && m.length === 0 },
    );
    assert.deepEqual(missing, []);
  });

  await check("cards view comes back with every card", async () => {
    await chooseView("cards");
    await waitForCards(`all ${ALL_POSITIONS.length} position cards`, ALL_POSITIONS);
  });

  await check(`actor filter "canada" shows exactly Canada's ${CANADA.length} positions`, async () => {
    const canada = await one('input[data-actor-id="canada"]');
    await session.click(canada);
    await waitForCards(`Canada's positions (${CANADA.join(", ")})`, CANADA);
    await waitForUrl("actor=canada", /[?&]actor=canada(&|$)/);
    // Unticking it brings every card back.
    await session.click(await one('input[data-actor-id="canada"]'));
    await waitForCards(`all ${ALL_POSITIONS.length} position cards again`, ALL_POSITIONS);
    await waitForUrl("no actor filter", /^(?!.*[?&]actor=)/);
  });

  await check(`search "${SEARCH}" narrows the cards and marks the matches`, async () => {
    await session.sendKeys(await one("#search"), SEARCH);
    const marks = await session.waitFor(
      "fewer cards, with <mark>ed matches in them",
      `const cards = document.querySelectorAll("[data-position-id]");
       if (cards.length === 0 || cards.length >= arguments[0]) return null;
       const marks = document.querySelectorAll("[data-position-id] mark");
       return marks.length ? Array.from(marks, (m) => m.textContent) : null;`,
      [ALL_POSITIONS.length],
    );
    for (const mark of marks) assert.match(mark, /^sanction/i, `a <mark> that is not the search: ${mark}`);
    const shown = await cardIds();
    assert.ok(shown.includes("officials--sanctions"), `officials--sanctions should match "${SEARCH}": ${shown.join(", ")}`);
    await waitForUrl(`q=${SEARCH}`, new RegExp(`[?&]q=${SEARCH}(&|$)`));
  });

  await check("a 1,000-position briefing draws a screenful of cards, and scrolling draws the next", async () => {
    await session.navigate(`${appUrl}?src=synthetic.json`);
    const drawn = `const cards = Array.from(document.querySelectorAll('[data-position-id^="position-"]'));
      const seen = cards.filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
      return { n: cards.length, seen: seen.length, first: cards.length ? cards[0].getAttribute("data-position-id") : null,
               height: document.documentElement.scrollHeight };`;
    const top = await session.waitFor("a screenful of the synthetic briefing's cards", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n <= 40 && d.seen > 0 && d.height > 50_000,
    });
    await session.execute("window.scrollTo(0, document.documentElement.scrollHeight / 2);");
    await session.waitFor("other cards, on screen, after scrolling halfway", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n <= 40 && d.seen > 0 && d.first !== top.first,
    });
  });

  await check("its timeline of 100 events draws the phases near the screen, and 'now' where the present starts", async () => {
    await session.navigate(`${appUrl}?src=synthetic.json&view=timeline`);
    const drawn = `const events = Array.from(document.querySelectorAll(".timeline-view.windowed [data-event-id]"));
      const seen = events.filter((e) => { const r = e.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight; });
      const marker = document.querySelector(".now-marker");
      const firstPresent = document.querySelector(".phase-present [data-event-id]");
      return { n: events.length, seen: seen.length, first: events.length ? events[0].getAttribute("data-event-id") : null,
               height: document.documentElement.scrollHeight,
               nowAbove: marker && firstPresent ? marker.getBoundingClientRect().bottom <= firstPresent.getBoundingClientRect().top : null };`;
    const top = await session.waitFor("a screenful of the synthetic timeline", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n <= 20 && d.seen > 0 && d.height > 10_000,
    });
    await session.execute("window.scrollTo(0, document.documentElement.scrollHeight / 2);");
    await session.waitFor("other events on screen after scrolling halfway, the 'now' marker above the present", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n <= 20 && d.seen > 0 && d.first !== top.first && d.nowAbove !== false,
    });
  });

  await check("its source text draws the lines near the screen, word for word", async () => {
    await session.navigate(`${appUrl}?src=synthetic.json&view=source`);
    const drawn = `const lines = Array.from(document.querySelectorAll(".source-view.windowed .source-text .line"));
      const seen = lines.filter((l) => { const r = l.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; });
      return { n: lines.length, seen: seen.length, first: lines.length ? lines[0].getAttribute("data-item") : null,
               text: lines.map((l) => l.textContent).join(""), height: document.documentElement.scrollHeight };`;
    const top = await session.waitFor("a screenful of the synthetic source's lines", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n <= 30 && d.seen > 0 && d.height > 10_000,
    });
    await session.execute("window.scrollTo(0, document.documentElement.scrollHeight / 2);");
    await session.waitFor("other lines on screen after scrolling halfway", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n <= 30 && d.seen > 0 && d.first !== top.first && d.text.length > 0,
    });
  });

  await check("its matrix of 50 actors draws the rows near the screen, and scrolling its box draws the next", async () => {
    await session.navigate(`${appUrl}?src=synthetic.json&view=matrix`);
    const drawn = `const box = document.querySelector(".matrix-scroll");
      const rows = Array.from(document.querySelectorAll(".matrix-view.windowed tbody tr[data-item]"));
      const b = box ? box.getBoundingClientRect() : null;
      const seen = b ? rows.filter((r) => { const x = r.getBoundingClientRect(); return x.bottom > Math.max(0, b.top) && x.top < Math.min(innerHeight, b.bottom); }) : [];
      return { n: rows.length, seen: seen.length, first: rows.length ? rows[0].getAttribute("data-item") : null };`;
    const top = await session.waitFor("a boxful of the synthetic matrix's rows", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n < 50 && d.seen > 0,
    });
    await session.execute(`const box = document.querySelector(".matrix-scroll");
      if (box.scrollHeight > box.clientHeight + 5) box.scrollTop = (box.scrollHeight - box.clientHeight) / 2;
      else window.scrollTo(0, document.documentElement.scrollHeight / 2);`);
    await session.waitFor("other rows in view after scrolling halfway", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n < 50 && d.seen > 0 && d.first !== top.first,
    });
  });

  await check("its filter panel of 50 actors draws the choices in view, and scrolling the panel draws the next", async () => {
    await session.navigate(`${appUrl}?src=synthetic.json`);
    const drawn = `const panel = document.querySelector("#filters");
      const rows = Array.from(document.querySelectorAll(".facet-actor .choices-list.windowed li[data-item]"));
      const b = panel ? panel.getBoundingClientRect() : null;
      const seen = b ? rows.filter((r) => { const x = r.getBoundingClientRect(); return x.bottom > Math.max(0, b.top) && x.top < Math.min(innerHeight, b.bottom); }) : [];
      return { n: rows.length, seen: seen.length, first: rows.length ? rows[0].getAttribute("data-item") : null,
               counted: rows.every((r) => /^[0-9]+$/.test(r.querySelector(".count").textContent)) };`;
    const top = await session.waitFor("the first actor choices, in the panel's view", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n < 50 && d.seen > 0 && d.first === "0" && d.counted,
    });
    await session.execute(`const panel = document.querySelector("#filters");
      const list = document.querySelector(".facet-actor .choices-list");
      panel.scrollTop = list.getBoundingClientRect().top - panel.getBoundingClientRect().top + panel.scrollTop + list.offsetHeight * 0.6;`);
    await session.waitFor("other choices in view after scrolling the panel", drawn, [], {
      accept: (d) => d && d.n > 0 && d.n < 50 && d.seen > 0 && d.first !== top.first && d.counted,
    });
  });

  await check("a link to the timeline shows the built timeline without the app", async () => {
    await session.navigate(`${appUrl}?view=timeline`);
    await session.waitFor(
      "the built timeline, shown, and the app not run",
      `const built = document.querySelector("#app[data-prerendered]");
       const event = built && built.querySelector(".timeline-view [data-event-id]");
       return event !== null && event.getClientRects().length > 0 && !document.documentElement.classList.contains("takeover")
         && !document.documentElement.classList.contains("app-loading");`,
      [],
      { accept: (ok) => ok === true },
    );
  });

  await check("French is fetched when the address asks for it", async () => {
    await session.navigate(`${appUrl}?lang=fr`);
    await session.waitFor(
      "<html lang=fr>, with i18n/fr.json fetched",
      `return document.documentElement.lang === "fr" && document.querySelector("#app:not([data-prerendered])") !== null
         && performance.getEntriesByType("resource").some((r) => r.name.endsWith("/i18n/fr.json"));`,
      [],
      { accept: (ok) => ok === true },
    );
    await waitForCards(`all ${ALL_POSITIONS.length} position cards`, ALL_POSITIONS);
  });

  await check("an embedded timeline sizes its iframe to the height it reports", async () => {
    await session.navigate(hostUrl);
    const sized = await session.waitFor(
      "the iframe to take the height the explorer reported",
      `const frame = document.querySelector("iframe[data-briefing-explorer]");
       const reported = window.__reported;
       if (!frame || !reported.length) return null;
       const last = reported[reported.length - 1];
       const rect = Math.round(frame.getBoundingClientRect().height);
       return { last, attribute: frame.getAttribute("height"), style: frame.style.height, rect };`,
      [],
      {
        accept: (s) =>
          s && s.last > 150 && s.attribute === String(s.last) && s.style === `${s.last}px` && Math.abs(s.rect - s.last) <= 1,
      },
    );
    await noErrors("the host page");
    // Inside the frame: the timeline is there, and its height is the one reported. The
    // frame's width can still change once (the host gains a scrollbar as the frame grows),
    // and the explorer reports again; so the two are compared until they settle.
    let content = 0;
    let reported = sized.last;
    for (let attempt = 0; attempt < 30; attempt++) {
      await session.switchToFrame(await one("iframe[data-briefing-explorer]"));
      try {
        await session.waitFor("timeline events in the embed", IDS, ["[data-event-id]", "data-event-id"], {
          accept: same(ALL_EVENTS),
        });
        content = await session.execute("return Math.ceil(document.body.getBoundingClientRect().height);");
        if (attempt === 0) await noErrors("the embedded explorer");
      } finally {
        await session.switchToFrame(null);
      }
      reported = await session.execute(
        `const frame = document.querySelector("iframe[data-briefing-explorer]");
         return Math.round(frame.getBoundingClientRect().height);`,
      );
      if (Math.abs(content - reported) <= 2) break;
      await new Promise((ok) => setTimeout(ok, 100));
    }
    assert.ok(Math.abs(content - reported) <= 2, `the embed's content is ${content}px tall, the iframe ${reported}px`);
    const origins = await session.execute("return window.__origins;");
    assert.deepEqual(origins, [appOrigin], "resize messages come from the explorer's origin only");
  });
}

/**
 * Sizes the window so that the page itself (the viewport) is `width`×`height`: the window
 * rect includes the browser's own toolbars, which differ from engine to engine.
 */
async function setViewport(session, { width, height }) {
  const inner = () => session.execute("return [window.innerWidth, window.innerHeight];");
  await session.setWindowRect({ width, height });
  const [w, h] = await inner();
  if (w !== width || h !== height) {
    const rect = await session.getWindowRect();
    await session.setWindowRect({ width: rect.width + width - w, height: rect.height + height - h });
  }
  assert.deepEqual(await inner(), [width, height], "the viewport size");
}
