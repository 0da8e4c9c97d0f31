// A small W3C WebDriver client (HTTP + JSON over Node's fetch, no dependencies) and the
// lifecycle of the driver processes it talks to.
//
// Playwright cannot drive Firefox ESR or WebKitGTK as Debian ships them, but geckodriver,
// WebKitWebDriver and chromedriver all speak W3C WebDriver, so one client checks all three.
// Only the commands the smoke journey needs are here.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** The key under which W3C WebDriver returns an element reference. */
const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

/** An error answer from a driver, with the W3C error code (`no such element`, ...). */
export class WebDriverError extends Error {
  constructor(command, code, message) {
    super(`${command}: ${code}: ${String(message).split("\n")[0]}`);
    this.code = code;
  }
}

/** Sends one command; returns its `value` or throws a WebDriverError. */
async function command(base, method, path, body, timeoutMs = 60_000) {
  const label = `${method} ${path.replace(/^\/session\/[^/]+/, "/session/…")}`;
  let response;
  try {
    response = await fetch(base + path, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json; charset=utf-8" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (e) {
    throw new WebDriverError(label, "no answer", e.cause?.message ?? e.message);
  }
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new WebDriverError(label, `HTTP ${response.status}`, text.slice(0, 200) || "(empty body)");
  }
  const value = json?.value;
  // W3C errors come with a 4xx/5xx status; a 200 is a result, even one with an `error` key.
  if (!response.ok) {
    throw new WebDriverError(label, value?.error ?? `HTTP ${response.status}`, value?.message ?? text.slice(0, 200));
  }
  return value;
}

/** A free TCP port on loopback (there is a small window before the driver takes it). */
export function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

const running = new Set();
/** Kills a driver's whole process group (the driver, its browser, Xvfb) by its id. */
function killGroup(child, signal = "SIGTERM") {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
// If this process ends (a test failure, Ctrl-C, a test-runner timeout), its drivers end too.
// SIGTERM lets Xvfb remove its lock file; `timeout -k` follows up with SIGKILL if needed.
process.once("exit", () => {
  for (const child of running) killGroup(child, "SIGTERM");
});
for (const [signal, number] of [["SIGINT", 2], ["SIGTERM", 15]]) {
  process.once(signal, () => process.exit(128 + number));
}

/**
 * Starts a driver on a free loopback port and waits until it answers `/status`.
 *
 * `argv(port)` gives the command line. It runs under coreutils `timeout` in a process group
 * of its own, so it (and the browser it starts) dies after `lifetimeS` seconds even if this
 * process is killed outright. Startup alone is retried (a port taken meanwhile, a slow
 * first start); a driver that started is never restarted behind the test's back.
 * @returns {Promise<{url: string, stop: () => Promise<void>, log: () => string}>}
 */
export async function startDriver({ name, argv, env = {}, lifetimeS = 300, readyTimeoutMs = 30_000, attempts = 3 }) {
  const failures = [];
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const port = await freePort();
    const [program, ...args] = argv(port);
    const child = spawn("timeout", ["-k", "5", String(lifetimeS), program, ...args], {
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    running.add(child);
    let output = "";
    const keep = (chunk) => {
      output = (output + chunk).slice(-8000);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    let exited = null;
    const exit = new Promise((ok) =>
      child.once("exit", (code, signal) => {
        exited = signal ?? `exit code ${code}`;
        running.delete(child);
        ok();
      }),
    );
    child.once("error", (e) => {
      exited = e.message;
    });
    const url = `http://127.0.0.1:${port}`;
    const stop = async () => {
      if (exited) return;
      killGroup(child, "SIGTERM");
      let timer;
      const grace = new Promise((ok) => (timer = setTimeout(ok, 5000, false)));
      const killed = await Promise.race([exit.then(() => true), grace]);
      clearTimeout(timer);
      if (!killed) killGroup(child, "SIGKILL");
    };
    const deadline = Date.now() + readyTimeoutMs;
    while (!exited && Date.now() < deadline) {
      try {
        const status = await command(url, "GET", "/status", undefined, 2000);
        // WebKitWebDriver and chromedriver say `ready`; any answer means it listens.
        if (status?.ready !== false) return { url, stop, log: () => output };
      } catch {
        // Not listening yet.
      }
      await new Promise((ok) => setTimeout(ok, 200));
    }
    await stop();
    failures.push(`attempt ${attempt} on port ${port}: ${exited ? `exited (${exited})` : "no answer"}; ${output.trim().slice(-600) || "no output"}`);
    // 126/127: `timeout` could not run the program at all; trying again will not help.
    if (/^exit code 12[67]$/.test(exited ?? "")) break;
  }
  throw new Error(`${name} did not start:\n  ${failures.join("\n  ")}`);
}

/** One browser session: the W3C commands the smoke journey uses. */
export class Session {
  /** Opens a session with `capabilities` (alwaysMatch) on the driver at `url`. */
  static async create(url, capabilities, timeoutMs = 90_000) {
    const value = await command(url, "POST", "/session", { capabilities: { alwaysMatch: capabilities } }, timeoutMs);
    return new Session(url, value.sessionId, value.capabilities);
  }

  constructor(url, id, capabilities) {
    this.base = `${url}/session/${id}`;
    this.capabilities = capabilities;
  }

  #run(method, path, body, timeoutMs) {
    return command(this.base, method, path, body, timeoutMs);
  }

  /** Script timeout for `executeAsync`, page-load timeout for `navigate`, in ms. */
  setTimeouts(timeouts) {
    return this.#run("POST", "/timeouts", timeouts);
  }
  navigate(url) {
    return this.#run("POST", "/url", { url });
  }
  currentUrl() {
    return this.#run("GET", "/url");
  }
  /** Every element matching the CSS selector (an empty array when none does). */
  async findAll(selector, from = null) {
    const path = from ? `/element/${from[ELEMENT]}/elements` : "/elements";
    return this.#run("POST", path, { using: "css selector", value: selector });
  }
  click(element) {
    return this.#run("POST", `/element/${element[ELEMENT]}/click`, {});
  }
  sendKeys(element, text) {
    return this.#run("POST", `/element/${element[ELEMENT]}/value`, { text });
  }
  /** Runs `script` (a function body; `arguments[i]` are `args`) and returns its result. */
  execute(script, ...args) {
    return this.#run("POST", "/execute/sync", { script, args });
  }
  /** Like `execute`, with the callback as the last argument. */
  executeAsync(script, ...args) {
    return this.#run("POST", "/execute/async", { script, args });
  }
  getWindowRect() {
    return this.#run("GET", "/window/rect");
  }
  setWindowRect(rect) {
    return this.#run("POST", "/window/rect", rect);
  }
  /** Switches to the iframe element `frame`, or back to the top page with `null`. */
  switchToFrame(frame) {
    return this.#run("POST", "/frame", { id: frame });
  }
  async delete() {
    try {
      await this.#run("DELETE", "", undefined, 20_000);
    } catch {
      // The driver is stopped next anyway.
    }
  }

  /**
   * Polls `script` (sync, returning a value) until `accept(value)` holds; returns the value.
   * Fails after `timeoutMs` saying what it waited for and what it last saw.
   */
  async waitFor(what, script, args = [], { accept = Boolean, timeoutMs = 30_000, intervalMs = 100 } = {}) {
    const deadline = Date.now() + timeoutMs;
    let last;
    for (;;) {
      try {
        last = await this.execute(script, ...args);
        if (accept(last)) return last;
      } catch (e) {
        // A navigation in progress can make a script fail once; keep polling.
        last = e.message;
      }
      if (Date.now() > deadline) {
        throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}; last saw ${JSON.stringify(last)?.slice(0, 500)}`);
      }
      await new Promise((ok) => setTimeout(ok, intervalMs));
    }
  }
}
