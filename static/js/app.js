// Small comforts on every page. Everything works without this script: menus are
// <details> elements and messages simply stay on the page.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // An open menu closes on Escape (focus back on its button) and on a click elsewhere.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const menu = event.target.closest && event.target.closest("details.menu[open]");
    if (!menu) return;
    menu.open = false;
    menu.querySelector("summary").focus();
  });
  document.addEventListener("click", (event) => {
    document.querySelectorAll("details.menu[open]").forEach((menu) => {
      if (!menu.contains(event.target)) menu.open = false;
    });
  });

  // A message's close button.
  document.addEventListener("click", (event) => {
    const button = event.target.closest("[data-dismiss-message]");
    if (button) button.closest(".alert").remove();
  });
})();
