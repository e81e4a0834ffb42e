// The quick-capture bookmarklet opens the new-application form with the posting it read
// after "#rebound=". Put it in the paste box and send it to be read, as if pasted; the
// fragment is removed from the address first, so a reload does not send it twice. A posting
// kept while the visitor signed in first (keep-capture.js) is taken once, within 30 minutes.
(function () {
  "use strict";
  var prefix = "#rebound=";
  var key = "rebound-capture";
  var form = document.getElementById("capture-form");
  var box = document.getElementById("capture-source");
  if (!form || !box) return;

  function kept() {
    var saved;
    try {
      saved = JSON.parse(sessionStorage.getItem(key) || "null");
      sessionStorage.removeItem(key);
    } catch (error) {
      return null;
    }
    if (!saved || typeof saved.text !== "string") return null;
    return Date.now() - saved.at < 30 * 60 * 1000 ? saved.text : null;
  }

  var text;
  if (location.hash.indexOf(prefix) === 0) {
    try {
      text = decodeURIComponent(location.hash.slice(prefix.length));
    } catch (error) {
      return;
    }
    history.replaceState(null, "", location.pathname + location.search);
  } else {
    text = kept();
    if (text === null) return;
  }
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
