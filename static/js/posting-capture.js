// The quick-capture bookmarklet opens the new-application form with the posting it read
// after "#rebound=". Put it in the paste box and send it to be read, as if pasted; the
// fragment is removed from the address first, so a reload does not send it twice.
(function () {
  "use strict";
  var prefix = "#rebound=";
  if (location.hash.indexOf(prefix) !== 0) return;
  var form = document.getElementById("capture-form");
  var box = document.getElementById("capture-source");
  if (!form || !box) return;
  var text;
  try {
    text = decodeURIComponent(location.hash.slice(prefix.length));
  } catch (error) {
    return;
  }
  history.replaceState(null, "", location.pathname + location.search);
  var details = document.getElementById("posting-capture");
  if (details) details.open = true;
  box.value = text;
  var button = form.querySelector("button[type=submit]");
  if (button) {
    button.disabled = true;
    button.textContent = "Reading the posting…";
  }
  form.submit();
})();
