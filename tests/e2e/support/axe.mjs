// Runs axe-core inside a page: WCAG 2.0/2.1/2.2 A and AA plus best practices.
import { AXE_SOURCE } from "./paths.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Returns axe's violations as short readable lines (empty when there are none). */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    // Evaluated through the driver, not as a <script>, so a page under a strict
    // Content-Security-Policy (no inline scripts) can be checked too.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }).then((r) => r.violations),
    TAGS,
  );
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`,
  );
}
