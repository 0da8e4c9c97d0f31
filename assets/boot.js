// Trunk initializer of Briefing Explorer and Briefing Studio: if the WebAssembly module
// cannot be fetched or started, say so in the page instead of leaving the loading notice
// (or nothing) on screen forever. The page's name for itself is on the watchdog's tag
// (assets/watchdog.js), which is in the page even when that script did not load.
export default function initializer() {
  return {
    onFailure(reason) {
      // A panic aborts start-up too, but the panic report has already said what happened.
      if (document.getElementById("fatal-error")) return;
      const tag = document.querySelector("script[data-heading]");
      // Where the reader waits for the app: the loading notice, or, over the explorer's
      // page built with the default view (still worth reading), the top of the page.
      const inPlace = document.documentElement.classList.contains("takeover") || tag?.dataset.startedBy === "load";
      const boot = inPlace ? document.getElementById("boot") : null;
      const panel = document.createElement("section");
      panel.id = "fatal-error";
      panel.className = "fatal-error";
      panel.setAttribute("role", "alert");
      const heading = document.createElement("h2");
      heading.textContent = tag?.dataset.heading || "The app could not start";
      const advice = document.createElement("p");
      advice.textContent =
        "Its WebAssembly module failed to load. Reloading may help; a very old browser, or one with WebAssembly turned off, cannot run it.";
      const detail = document.createElement("pre");
      detail.textContent = String(reason && reason.message ? reason.message : reason);
      panel.append(heading, advice, detail);
      if (boot) boot.replaceChildren(panel);
      else document.body.prepend(panel);
      console.error(`${heading.textContent}:`, reason);
    },
  };
}
