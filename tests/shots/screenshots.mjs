// Screenshots of every view at a phone, a tablet and a desktop width, in both themes, from
// the release build served on loopback. Run through scripts/screenshots.sh.
//
// Usage: node tests/shots/screenshots.mjs [DIST] [OUT] [--first-screen] [--readme]
//   writes OUT/{view}-{width}x{height}-{theme}.png (the full page, or with --first-screen
//   only what the first screen shows), and with --readme also the README's picture,
//   docs/images/explorer.jpg (the stance matrix on a desktop, light theme, first screen,
//   as a JPEG small enough to commit).
import { mkdirSync } from "node:fs";
import { join } from "node:path";

import { launch } from "../e2e/support/browser.mjs";
import { startServer } from "../e2e/support/server.mjs";
import { ROOT } from "../e2e/support/paths.mjs";

const args = process.argv.slice(2);
const readme = args.includes("--readme");
const firstScreen = args.includes("--first-screen");
const [dist = "dist", out = "target/screenshots"] = args.filter((a) => !a.startsWith("--"));

const SIZES = [
  [390, 844],
  [768, 1024],
  [1280, 900],
];
const VIEWS = ["cards", "matrix", "timeline", "source"];
const THEMES = ["light", "dark"];

mkdirSync(out, { recursive: true });
const server = await startServer({ root: dist });
const browser = await launch();
let written = 0;
try {
  for (const [width, height] of SIZES) {
    for (const theme of THEMES) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme });
      const page = await context.newPage();
      for (const view of VIEWS) {
        await page.goto(`${server.url}?view=${view}&theme=${theme}`);
        await page.locator("#results").waitFor();
        // Fonts and layout settle before the picture.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const file = join(out, `${view}-${width}x${height}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: !firstScreen });
        written += 1;
      }
      await context.close();
    }
  }
  if (readme) {
    const context = await browser.newContext({ viewport: { width: 1200, height: 760 }, deviceScaleFactor: 1, colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(`${server.url}?view=matrix&theme=light`);
    await page.locator("#results").waitFor();
    const file = join(ROOT, "docs/images/explorer.jpg");
    mkdirSync(join(ROOT, "docs/images"), { recursive: true });
    await page.screenshot({ path: file, type: "jpeg", quality: 72 });
    console.log(`README picture: ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${written} screenshots in ${out}/ (${VIEWS.length} views × ${SIZES.length} sizes × ${THEMES.length} themes)`);
