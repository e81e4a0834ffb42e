// Copy buttons on the letter page. Without this script (or without clipboard access) the
// buttons stay hidden and the letter text can still be selected and copied by hand.
(function () {
  "use strict";

  if (!navigator.clipboard || !window.isSecureContext) return;
  const status = document.getElementById("copy-status");

  function say(text) {
    if (status) status.textContent = text;
  }

  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    const target = document.getElementById(button.dataset.copyTarget);
    if (!target) return;
    button.hidden = false;
    button.addEventListener("click", async function () {
      try {
        await navigator.clipboard.writeText(target.textContent);
        say("Copied to the clipboard.");
      } catch (error) {
        say("Could not copy: select the text and copy it yourself.");
      }
    });
  });
})();
