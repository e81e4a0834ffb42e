// The board's moves without a page load: drag a card to a column, or pick a status in its
// "Move…" menu. Without this script the menu's buttons post the card's small form, so the
// board works with a keyboard and with scripts turned off too.
(function () {
  "use strict";

  const board = document.querySelector(".board");
  if (!board) return;

  const status = document.getElementById("board-status");
  const urlTemplate = board.dataset.moveUrlTemplate;
  let dragged = null;

  function csrfToken(card) {
    const input = card.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function adjustCount(columnStatus, delta) {
    const counter = document.querySelector(
      `.board-column[data-status="${columnStatus}"] [data-count], .board-closed[data-status="${columnStatus}"] [data-count]`
    );
    if (counter) counter.textContent = String(Number(counter.textContent) + delta);
  }

  function announce(text) {
    // Emptied first, so the same words said twice are announced twice.
    status.textContent = "";
    window.setTimeout(() => { status.textContent = text; }, 50);
  }

  function showCurrent(card, to) {
    card.dataset.status = to;
    card.querySelectorAll("button[name=status]").forEach((button) => {
      button.parentElement.hidden = button.value === to;
    });
  }

  // Moves the card to the status `to`; `focusAfter` keeps keyboard focus on the card.
  async function move(card, to, focusAfter) {
    const from = card.dataset.status;
    if (from === to) return;
    const url = urlTemplate.replace("/0/", `/${card.dataset.id}/`);
    const column = board.querySelector(`.board-column[data-status="${to}"]`);
    const origin = card.parentElement;
    const next = card.nextElementSibling;
    if (column) column.querySelector(".board-cards").prepend(card);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(card) },
        body: JSON.stringify({ status: to }),
        credentials: "same-origin",
      });
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || "The card could not be moved.");
      if (data.redirect) {
        window.location.assign(data.redirect);
        return;
      }
      adjustCount(from, -1);
      adjustCount(to, 1);
      showCurrent(card, to);
      if (!column) {
        // Moved off the board (a closed status): focus goes to the column it left.
        const left = origin.closest(".board-column");
        card.remove();
        if (focusAfter) {
          left.setAttribute("tabindex", "-1");
          left.focus();
        }
      } else if (focusAfter) {
        card.classList.add("is-moved");
        card.querySelector(".move-menu summary").focus();
      }
      announce(data.message);
    } catch (error) {
      origin.insertBefore(card, next);
      announce(error.message || "The card could not be moved.");
      if (focusAfter) card.querySelector(".move-menu summary").focus();
    }
  }

  // The "Move…" menu: a chosen status is sent by script instead of a page load.
  board.addEventListener("submit", (event) => {
    const form = event.target.closest(".board-move-form");
    const button = event.submitter;
    if (!form || !button || button.name !== "status") return;
    event.preventDefault();
    const card = form.closest(".board-card");
    form.querySelector("details").open = false;
    board.querySelectorAll(".is-moved").forEach((el) => el.classList.remove("is-moved"));
    move(card, button.value, true);
  });

  board.addEventListener("dragstart", (event) => {
    const card = event.target.closest(".board-card");
    if (!card) return;
    dragged = card;
    card.classList.add("is-dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.dataset.id);
  });

  board.addEventListener("dragend", () => {
    if (dragged) dragged.classList.remove("is-dragging");
    dragged = null;
    board.querySelectorAll(".is-drop-target").forEach((el) => el.classList.remove("is-drop-target"));
  });

  board.addEventListener("dragover", (event) => {
    const column = event.target.closest(".board-column");
    if (!column || !dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    column.classList.add("is-drop-target");
  });

  board.addEventListener("dragleave", (event) => {
    const column = event.target.closest(".board-column");
    if (column && !column.contains(event.relatedTarget)) column.classList.remove("is-drop-target");
  });

  board.addEventListener("drop", (event) => {
    const column = event.target.closest(".board-column");
    if (!column || !dragged) return;
    event.preventDefault();
    column.classList.remove("is-drop-target");
    move(dragged, column.dataset.status, false);
  });
})();
