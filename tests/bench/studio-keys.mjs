// How the studio answers typing as its source grows (issue 25, item 4):
//
//   node tests/bench/studio-keys.mjs [DIST] [SIZES_MB] [KEYSTROKES]
//
// For each size (default 0.25,0.5,1,2 MB of plain text in paragraphs, with curly quotes
// and dashes so characters and bytes differ), a fresh context of headless Chromium starts
// a studio draft from the pasted text (timed from "Start" to "Saved"), then types
// KEYSTROKES (default 20) characters into the briefing's summary, one at a time, each timed
// in the page from its keydown to the end of the next frame (a timer queued from that
// frame's requestAnimationFrame runs once it is painted). Prints the median and the
// slowest keystroke per size, and checks that the typed text was saved. DIST (default
// dist/) must hold the explorer with the studio in DIST/studio/.
import { join } from "node:path";
import { fileURLToPath } from "node:url";

import { launch, openPage } from "../e2e/support/browser.mjs";
import { startServer } from "../e2e/support/server.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const [dist = join(ROOT, "dist"), sizesArg = "0.25,0.5,1,2", keysArg = "20"] = process.argv.slice(2);
const SIZES = sizesArg.split(",").map(Number);
const KEYS = Number(keysArg);

/** About `mb` megabytes (UTF-8) of article-like text: sentences in paragraphs. */
export function articleText(mb) {
  const target = Math.round(mb * 1024 * 1024);
  const parts = [];
  let bytes = 0;
  for (let n = 0; bytes < target; n++) {
    const sentence =
      n % 7 === 6
        ? "\n\n"
        : `Speaker ${n % 97} said the council’s plan ${n} was “not yet final” — officials disagreed. `;
    parts.push(sentence);
    bytes += Buffer.byteLength(sentence);
  }
  return parts.join("");
}

/** Starts a draft from `text`; the milliseconds from "Start" to "Saved". */
export async function startDraft(page, text) {
  await page.locator("[data-studio-new-text]").waitFor();
  await page.locator("[data-studio-new-text]").evaluate((el, plain) => {
    const data = new DataTransfer();
    data.setData("text/plain", plain);
    el.focus();
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await page.locator('[data-studio-new="new-title"]').fill("Long source");
  const t0 = Date.now();
  await page.locator("[data-studio-start]").click();
  await page.locator('[data-studio-saved="saved"]').waitFor({ timeout: 300_000 });
  return Date.now() - t0;
}

/** Types `n` characters into the summary; each keystroke's milliseconds to its frame. */
export async function typeTimed(page, n) {
  await page.locator('[data-studio-section="briefing"]').click();
  const field = page.locator('[data-studio-field="summary"]');
  await field.click();
  await page.evaluate(() => {
    window.__keys = [];
    document.addEventListener(
      "keydown",
      () => {
        const t0 = performance.now();
        requestAnimationFrame(() => setTimeout(() => window.__keys.push(performance.now() - t0), 0));
      },
      true,
    );
  });
  const typed = "abcdefghijklmnopqrstuvwxyz".repeat(Math.ceil(n / 26)).slice(0, n);
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(typed[i]);
    await page.waitForFunction((i) => window.__keys.length > i, i, { timeout: 300_000, polling: 5 });
  }
  return { typed, times: await page.evaluate(() => window.__keys) };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const server = await startServer({ root: dist });
  const browser = await launch();
  const rows = [];
  try {
    for (const mb of SIZES) {
      const { page, context } = await openPage(browser);
      try {
        await page.goto(`${server.url}studio/`);
        await page.locator("#studio").waitFor();
        const start = await startDraft(page, articleText(mb));
        const { typed, times } = await typeTimed(page, KEYS);
        await page.locator('[data-studio-saved="saved"]').waitFor();
        const saved = await page.evaluate(() =>
          Object.keys(localStorage)
            .filter((k) => k.includes("draft"))
            .map((k) => localStorage.getItem(k))
            .some((v) => v.includes('"summary"')),
        );
        const stored = await page.evaluate((typed) => Object.values(localStorage).some((v) => v.includes(`"summary":"${typed}"`)), typed);
        rows.push({ mb, start, median: median(times), max: Math.max(...times), saved: saved && stored });
        console.log(
          `${mb} MB: start ${start} ms; per keystroke median ${median(times).toFixed(1)} ms, slowest ${Math.max(...times).toFixed(1)} ms; typed text saved: ${saved && stored}`,
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
