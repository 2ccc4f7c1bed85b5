// The certificates page follows a running bulk run by itself: it asks the server how far the
// run is every two seconds and updates the bar and the text (read out politely), until it ends.
(function () {
  var section = document.querySelector("[data-certificate-progress]");
  if (!section || !section.hasAttribute("data-running")) { return; }
  var bar = section.querySelector("progress");
  var text = section.querySelector("[data-progress-text]");
  function poll() {
    fetch(section.getAttribute("data-certificate-progress"), { credentials: "same-origin" })
      .then(function (response) { return response.json(); })
      .then(function (progress) {
        bar.max = progress.total;
        bar.value = progress.done;
        bar.textContent = progress.percentage + "%";
        text.textContent = progress.text;
        if (progress.running) { window.setTimeout(poll, 2000); }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 2000);
})();
