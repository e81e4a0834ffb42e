// Drag-and-drop for the board. Without this script every card still has a small form
// that moves it, so the board works with a keyboard and with scripts turned off.
(function () {
  "use strict";

  const board = document.querySelector(".board");
  if (!board) return;
  document.documentElement.classList.add("js");

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

  async function move(card, column) {
    const from = card.dataset.status;
    const to = column.dataset.status;
    if (from === to) return;
    const url = urlTemplate.replace("/0/", `/${card.dataset.id}/`);
    const list = column.querySelector(".board-cards");
    const origin = card.parentElement;
    list.prepend(card);
    try {
      const response = await fetch(url, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrfToken(card) },
        body: JSON.stringify({ status: to }),
        credentials: "same-origin",
      });
      const data = await response.json();
      if (!response.ok) throw new Error(data.error || "The card could not be moved.");
      card.dataset.status = to;
      const select = card.querySelector("select[name=status]");
      if (select) select.value = to;
      adjustCount(from, -1);
      adjustCount(to, 1);
      status.textContent = data.message;
      if (data.redirect) window.location.assign(data.redirect);
    } catch (error) {
      origin.prepend(card);
      status.textContent = error.message || "The card could not be moved.";
    }
  }

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
    move(dragged, column);
  });
})();
