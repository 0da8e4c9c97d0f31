// The three engines of the smoke journey, each with how to start its W3C WebDriver server
// and which capabilities open a session on Debian's browser. Paths can be overridden with
// the environment variables named below (the defaults are what scripts/bootstrap.sh installs).
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

import { CHROMIUM_FLAGS } from "../e2e/support/flags.mjs";

/** Debian's MiniBrowser (in libwebkit2gtk-4.1-0), whatever the architecture directory. */
function miniBrowser() {
  if (process.env.MINIBROWSER) return process.env.MINIBROWSER;
  for (const dir of readdirSync("/usr/lib")) {
    const candidate = join("/usr/lib", dir, "webkit2gtk-4.1/MiniBrowser");
    if (existsSync(candidate)) return candidate;
  }
  return "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
}

// The flags the other Chromium tests use (tests/e2e/support/flags.mjs), headless.
const HEADLESS_CHROMIUM_FLAGS = ["--headless", ...CHROMIUM_FLAGS];

export const ENGINES = [
  {
    name: "Chromium",
    driver: () => ({
      name: "chromedriver",
      argv: (port) => [process.env.CHROMEDRIVER ?? "/usr/bin/chromedriver", `--port=${port}`, "--allowed-ips=127.0.0.1"],
    }),
    // A fresh profile in the test's scratch directory for every session.
    capabilities: ({ scratch }) => ({
      browserName: "chrome",
      "goog:chromeOptions": {
        binary: process.env.CHROMIUM ?? "/usr/bin/chromium",
        args: [...HEADLESS_CHROMIUM_FLAGS, `--user-data-dir=${scratch}`, "--window-size=1280,900"],
      },
    }),
  },
  {
    name: "Firefox ESR",
    driver: () => ({
      name: "geckodriver",
      // geckodriver makes (and removes) a fresh profile for every session.
      argv: (port) => [process.env.GECKODRIVER ?? "geckodriver", `--port=${port}`, "--host=127.0.0.1"],
    }),
    capabilities: () => ({
      browserName: "firefox",
      "moz:firefoxOptions": {
        binary: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
        args: ["-headless", "-width=1280", "-height=900"],
        // No update checks, telemetry or other calls home during the test.
        prefs: {
          "app.update.enabled": false,
          "datareporting.policy.dataSubmissionEnabled": false,
          "toolkit.telemetry.enabled": false,
          "network.captive-portal-service.enabled": false,
          "network.connectivity-service.enabled": false,
        },
      },
    }),
  },
  {
    name: "WebKitGTK",
    // WebKitGTK has no headless mode: its MiniBrowser draws on a virtual X server.
    driver: () => ({
      name: "WebKitWebDriver (under xvfb-run)",
      argv: (port) => [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1600x1200x24 -nolisten tcp",
        process.env.WEBKITWEBDRIVER ?? "WebKitWebDriver",
        `--port=${port}`,
      ],
      // No accessibility bus on a server: do not look for one.
      env: { NO_AT_BRIDGE: "1" },
    }),
    capabilities: () => ({
      browserName: "MiniBrowser",
      "webkitgtk:browserOptions": { binary: miniBrowser(), args: ["--automation"] },
    }),
  },
];
