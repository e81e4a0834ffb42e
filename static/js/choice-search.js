// Long lists of contacts, applications or rejections are offered as a shortlist (the most
// relevant and the newest). This adds a search box under each such list that finds any
// other of your own rows and adds it to the list, ready to pick. Without the script the
// shortlist still works, and whatever was chosen before is always in it. A typed company
// name is suggested from the newest companies; what is typed adds the others that match
// to the suggestions (any name may be typed either way).
(function () {
  "use strict";

  const DELAY_MS = 250;
  const MIN_LENGTH = 2;

  async function lookUp(url, text) {
    const response = await fetch(`${url}?q=${encodeURIComponent(text)}`, {
      credentials: "same-origin",
      headers: { Accept: "application/json" },
    });
    if (!response.ok) throw new Error(String(response.status));
    return (await response.json()).results;
  }

  function option(select, result) {
    const item = document.createElement("option");
    item.value = String(result.id);
    item.textContent = result.label;
    // Right after the empty choice ("---------"), so the results are easy to reach.
    const first = select.options[0];
    const after = first && first.value === "" ? first.nextSibling : select.firstChild;
    select.insertBefore(item, after);
    return item;
  }

  function checkbox(list, template, name, result, index) {
    const item = template.cloneNode(true);
    const input = item.querySelector("input");
    const label = item.querySelector("label");
    input.value = String(result.id);
    input.checked = false;
    input.id = `id_${name}_found_${result.id}_${index}`;
    label.htmlFor = input.id;
    label.textContent = result.label;
    list.insertBefore(item, template);
    return input;
  }

  function enhance(field) {
    const name = field.name;
    const url = field.dataset.choicesUrl;
    const select = field.tagName === "SELECT" ? field : null;
    // For checkboxes the list is the parent of the first ".form-check".
    const template = select ? null : field.closest(".form-check");
    if (!select && !template) return;
    const list = select || template.parentElement;

    const box = document.createElement("div");
    box.className = "choice-search mt-1 mb-2";
    const inputId = `choice-search-${name}`;
    const label = document.createElement("label");
    label.className = "form-label small mb-1";
    label.htmlFor = inputId;
    label.textContent = "Not listed? Find it by name";
    const input = document.createElement("input");
    input.type = "search";
    input.id = inputId;
    input.className = "form-control form-control-sm";
    input.autocomplete = "off";
    input.placeholder = "Type at least two letters";
    const status = document.createElement("div");
    status.className = "form-text";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    box.append(label, input, status);
    list.after(box);

    let timer = null;
    let latest = 0;

    async function find() {
      const text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        status.textContent = "";
        return;
      }
      const ticket = ++latest;
      let results;
      try {
        results = await lookUp(url, text);
      } catch (error) {
        if (ticket === latest) status.textContent = "The search is not available right now.";
        return;
      }
      if (ticket !== latest) return; // an older answer arriving after a newer one
      const present = new Set(
        select
          ? Array.from(select.options, (item) => item.value)
          : Array.from(list.querySelectorAll(`input[name="${name}"]`), (item) => item.value),
      );
      let added = 0;
      results.forEach((result, index) => {
        if (present.has(String(result.id))) return;
        if (select) option(select, result);
        else checkbox(list, template, name, result, index);
        added += 1;
      });
      if (!results.length) status.textContent = `Nothing matches “${text}”.`;
      else if (select) {
        const first = select.querySelector(`option[value="${results[0].id}"]`);
        if (!select.value && first) first.selected = true;
        status.textContent = `${results.length} found; ${added} added to the list above.`;
      } else status.textContent = `${results.length} found; ${added} added to the list above, unticked.`;
    }

    input.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(find, DELAY_MS);
    });
    // Enter searches at once instead of submitting the form.
    input.addEventListener("keydown", (event) => {
      if (event.key !== "Enter") return;
      event.preventDefault();
      window.clearTimeout(timer);
      find();
    });
  }

  // A text field with a datalist: the field itself is the search.
  function suggest(field) {
    const list = document.getElementById(field.getAttribute("list"));
    if (!list) return;
    let timer = null;
    let latest = 0;

    async function find() {
      const text = field.value.trim();
      if (text.length < MIN_LENGTH) return;
      const ticket = ++latest;
      let results;
      try {
        results = await lookUp(field.dataset.choicesUrl, text);
      } catch (error) {
        return; // the suggestions already there stay, and any name can still be typed
      }
      if (ticket !== latest) return;
      const present = new Set(Array.from(list.options, (item) => item.value));
      results.forEach((result) => {
        if (present.has(result.label)) return;
        const item = document.createElement("option");
        item.value = result.label;
        list.append(item);
        present.add(result.label);
      });
    }

    field.addEventListener("input", () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(find, DELAY_MS);
    });
  }

  const seen = new Set();
  document.querySelectorAll("[data-choices-url]").forEach((field) => {
    if (field.tagName === "INPUT" && field.getAttribute("list")) {
      suggest(field);
      return;
    }
    if (seen.has(field.name)) return; // one box per checkbox group
    seen.add(field.name);
    enhance(field);
  });
})();
