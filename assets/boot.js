// Trunk initializer: if the WebAssembly module cannot be fetched or started, say so in the
// page instead of leaving the loading notice (or nothing) on screen forever.
export default function initializer() {
  return {
    onFailure(reason) {
      // A panic aborts start-up too, but the panic report has already said what happened.
      if (document.getElementById("fatal-error")) return;
      // Where the reader waits for the app: the loading notice, or, over the page built
      // with the default view (still worth reading), the top of the page.
      const waiting = document.documentElement.classList.contains("takeover");
      const boot = waiting ? document.getElementById("boot") : null;
      const panel = document.createElement("section");
      panel.id = "fatal-error";
      panel.className = "fatal-error";
      panel.setAttribute("role", "alert");
      const heading = document.createElement("h2");
      heading.textContent = "The explorer could not start";
      const advice = document.createElement("p");
      advice.textContent =
        "Its WebAssembly module failed to load. Reloading may help; a very old browser, or one with WebAssembly turned off, cannot run it.";
      const detail = document.createElement("pre");
      detail.textContent = String(reason && reason.message ? reason.message : reason);
      panel.append(heading, advice, detail);
      if (boot) boot.replaceChildren(panel);
      else document.body.prepend(panel);
      console.error("Briefing Explorer could not start:", reason);
    },
  };
}
