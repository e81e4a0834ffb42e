// Sign-up: preselect the device's time zone in the list. Without this script (or when the
// browser does not say, or names a zone the server does not know) the site's default stays
// selected, and the person can pick their zone by hand either way.
(function () {
  "use strict";

  let zone;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch (error) {
    return;
  }
  if (!zone) return;
  document.querySelectorAll("select[data-guess-time-zone]").forEach(function (select) {
    // Keep a choice already made (the form shown again after an error).
    const chosen = select.querySelector("option[selected]");
    if (chosen && chosen.value !== select.dataset.siteDefault) return;
    const option = Array.from(select.options).find(function (o) {
      return o.value === zone;
    });
    if (option) select.value = zone;
  });
})();
