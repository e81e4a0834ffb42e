// A posting read by the quick-capture bookmarklet travels after "#rebound=" in the address.
// When the new-application page sent the visitor to sign in first, the browser kept that
// fragment on the sign-in page, but it cannot ride along in the address to return to
// (addresses that long are refused as unsafe). It is kept in this tab's session storage
// instead, and the posting form takes it from there once signed in (posting-capture.js).
(function () {
  "use strict";
  var prefix = "#rebound=";
  if (location.hash.indexOf(prefix) !== 0) return;
  try {
    var text = decodeURIComponent(location.hash.slice(prefix.length));
    sessionStorage.setItem("rebound-capture", JSON.stringify({ text: text, at: Date.now() }));
  } catch (error) {
    // Storage turned off or full, or a broken address: the posting is lost, as before.
  }
})();
