// Trunk initializer: if the WebAssembly module cannot be fetched or started, say so in the
// page instead of leaving the loading notice (or nothing) on screen forever.
export default function initializer() {
  return {
    onFailure(reason) {
      // A panic aborts start-up too, but the panic report has already said what happened.
      if (document.getElementById("fatal-error")) return;
      const boot = document.getElementById("boot");
      const target = boot || document.body;
      const panel = document.createElement("section");
      panel.id = "fatal-error";
      panel.className = "fatal-error";
      panel.setAttribute("role", "alert");
      const heading = document.createElement("h2");
      heading.textContent = "The studio could not start";
      const advice = document.createElement("p");
      advice.textContent =
        "Its WebAssembly module failed to load. Reloading may help; a very old browser, or one with WebAssembly turned off, cannot run it.";
      const detail = document.createElement("pre");
      detail.textContent = String(reason && reason.message ? reason.message : reason);
      panel.append(heading, advice, detail);
      target.replaceChildren(panel);
      console.error("Briefing Studio could not start:", reason);
    },
  };
}
