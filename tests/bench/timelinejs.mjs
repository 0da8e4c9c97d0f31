// The reference page for the side-by-side benchmark: TimelineJS 3.9.11 showing the default
// briefing's events, generated at bench time from data/briefing.json (nothing is committed
// as a copy of the data) and served with TimelineJS's own built files, from loopback only.
//
// The briefing's events carry no dates, only an `order` (1, 2, 3, …) and the article's own
// words for when ("recent months", "For now", …). TimelineJS needs a start_date, so each
// event's `order` becomes its year and `display_date` shows the event's `when` words; the
// axis ticks of TimelineJS's navigation therefore show the order numbers. Each slide's
// headline is the event's title and its text the event's summary: nothing else is added.
import { cpSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** Where `npm ci` in tests/bench puts TimelineJS's built files (CSS, JS, icon font). */
export const TIMELINEJS_DIST = new URL("./node_modules/@knight-lab/timelinejs/dist", import.meta.url).pathname;

const escapeHtml = (s) =>
  String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/** The briefing's events in TimelineJS's JSON format, in the briefing's order. */
export function timelineData(briefing) {
  const events = [...briefing.events].sort((a, b) => a.order - b.order);
  return {
    events: events.map((e) => ({
      unique_id: e.id,
      start_date: { year: e.order, display_date: e.when },
      text: { headline: escapeHtml(e.title), text: `<p>${escapeHtml(e.summary)}</p>` },
    })),
  };
}

/**
 * TimelineJS options. `script_path` points at the files we serve, so nothing is fetched
 * from cdn.knightlab.com (its default). `font: null` keeps the stylesheet's own font stacks:
 * TimelineJS's default font option ("default") loads a stylesheet whose four PT Sans /
 * PT Serif faces come from fonts.gstatic.com, which this benchmark does not allow (the
 * explorer uses system fonts only). `fontsFromGoogle: true` restores that option, for the
 * audit that records what TimelineJS would fetch from other hosts.
 */
export function timelineOptions({ fontsFromGoogle = false } = {}) {
  return fontsFromGoogle ? {} : { font: null };
}

/**
 * Writes the page into `dir`: `index.html` (the events inline, as TimelineJS's fastest
 * path: no second request for the data) and `timelinejs/` (a copy of TimelineJS's dist/).
 * The wrapper page follows TimelineJS's own embed page (its stylesheet and script in the
 * head, a full-height container) and has what the explorer's page has (language, title,
 * description, viewport, an icon so the browser asks for no /favicon.ico), so the scores
 * measure TimelineJS rather than a bare wrapper. `audit.html` is the same page with TimelineJS's
 * default font option.
 * @returns {{firstId: string, firstTitle: string, events: number}}
 */
export function writeTimelinePage(dir, briefing) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(TIMELINEJS_DIST, join(dir, "timelinejs"), { recursive: true });
  const data = timelineData(briefing);
  // `</` cannot end the inline script early: JSON.stringify output with `<` escaped.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  const page = (options) => `<!doctype html>
<html lang="${escapeHtml(briefing.language ?? "en")}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="${escapeHtml(`${briefing.title}: the briefing's events on a TimelineJS timeline.`)}" />
    <title>${escapeHtml(briefing.title)}</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="timelinejs/css/timeline.css" />
    <script src="timelinejs/js/timeline.js"></script>
    <style>
      html, body { width: 100%; height: 100%; margin: 0; padding: 0; }
      #timeline-embed { height: 100%; }
    </style>
  </head>
  <body>
    <div id="timeline-embed"></div>
    <script>
      const options = Object.assign(${JSON.stringify(options)}, {
        script_path: new URL("timelinejs/js/", document.baseURI).href,
      });
      window.timeline = new TL.Timeline("timeline-embed", ${json}, options);
    </script>
  </body>
</html>
`;
  writeFileSync(join(dir, "index.html"), page(timelineOptions()));
  writeFileSync(join(dir, "audit.html"), page(timelineOptions({ fontsFromGoogle: true })));
  const first = data.events[0];
  const firstEvent = [...briefing.events].sort((a, b) => a.order - b.order)[0];
  return { firstId: first.unique_id, firstTitle: firstEvent.title, events: data.events.length };
}
