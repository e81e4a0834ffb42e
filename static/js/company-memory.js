// While adding an application, show what happened the last time this company said no.
// Without the script the same note appears on the application page after saving.
(function () {
  "use strict";

  const box = document.getElementById("company-memory");
  const input = document.querySelector("input[name=company_name]");
  if (!box || !input) return;
  let last = input.value.trim().toLowerCase();

  async function refresh() {
    const name = input.value.trim();
    if (name.toLowerCase() === last) return;
    last = name.toLowerCase();
    const url = `${box.dataset.memoryUrl}?name=${encodeURIComponent(name)}`;
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (response.ok) box.innerHTML = await response.text();
    } catch (error) {
      // The note is a convenience; the form works without it.
    }
  }

  input.addEventListener("change", refresh);
  input.addEventListener("blur", refresh);
})();
