// "Follow my device": the page takes the device's light or dark setting, now and when it
// changes. Loaded before the page paints; without scripts the light colours apply.
(function () {
  "use strict";
  const root = document.documentElement;
  if (root.dataset.theme !== "system" || !window.matchMedia) return;
  const dark = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => root.setAttribute("data-bs-theme", dark.matches ? "dark" : "light");
  apply();
  dark.addEventListener("change", apply);
})();
