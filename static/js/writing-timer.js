// A quiet timer for private writing: no sound, no alert, just the minutes left. Without
// this script the page says how long a session is meant to take and the writer keeps time.
(function () {
  "use strict";

  document.querySelectorAll("[data-writing-timer]").forEach(function (box) {
    const toggle = box.querySelector("[data-timer-toggle]");
    const left = box.querySelector("[data-timer-left]");
    const status = box.querySelector("[data-timer-status]");
    const minutes = parseInt(box.dataset.minutes, 10) || 20;
    const startLabel = toggle.textContent;
    let endsAt = null;
    let tick = null;

    function show(seconds) {
      const m = Math.floor(seconds / 60);
      const s = seconds % 60;
      left.textContent = m + ":" + String(s).padStart(2, "0") + " left";
    }

    function stop(text) {
      clearInterval(tick);
      tick = null;
      endsAt = null;
      toggle.textContent = startLabel;
      left.textContent = text;
    }

    function update() {
      const seconds = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      if (seconds === 0) {
        stop(minutes + " minutes. Finish your thought; there is no hurry.");
        status.textContent = left.textContent;
        return;
      }
      show(seconds);
    }

    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      if (tick !== null) {
        stop("Timer stopped.");
        return;
      }
      endsAt = Date.now() + minutes * 60 * 1000;
      left.hidden = false;
      toggle.textContent = "Stop the timer";
      status.textContent = "Timer started: " + minutes + " minutes.";
      update();
      tick = setInterval(update, 1000);
    });
  });
})();
