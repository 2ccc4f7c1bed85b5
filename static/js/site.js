// Two-click video: the video service's player is only loaded after the visitor asks for it.
document.querySelectorAll("[data-video-embed]").forEach(function (figure) {
  var button = figure.querySelector(".video__play");
  var src = figure.getAttribute("data-video-embed");
  if (!button || !src) { return; }
  button.addEventListener("click", function () {
    var iframe = document.createElement("iframe");
    iframe.src = src + (src.indexOf("?") === -1 ? "?" : "&") + "autoplay=1";
    iframe.title = figure.getAttribute("data-video-title") || "";
    iframe.allow = "autoplay; fullscreen; picture-in-picture";
    iframe.setAttribute("allowfullscreen", "");
    var placeholder = figure.querySelector(".video__placeholder");
    placeholder.replaceWith(iframe);
    iframe.focus();
  });
});

// A form that comes back with errors: the summary at the top gets focus, so keyboard and
// screen-reader users hear what to fix first (its links lead to each field).
// A search that found an answer (the desk finder): the answer gets focus, so it is read out
// and, on a phone, scrolled into view. Both again after load, when the browser has scrolled to
// an address's #fragment and may have moved focus away.
(function () {
  var target = document.querySelector(".error-summary:not([data-example])") || document.querySelector(".notice--result");
  if (!target) { return; }
  target.focus();
  window.addEventListener("load", function () {
    if (document.activeElement === document.body) { target.focus(); }
  });
})();

// The main menu on a phone: folded behind the "Menu" button (the button stays hidden and the
// menu open when JavaScript does not run). Escape closes it and gives the button focus back.
(function () {
  var nav = document.querySelector("[data-menu]");
  var button = nav && nav.querySelector(".menu-button");
  if (!button) { return; }
  function set(open) {
    button.setAttribute("aria-expanded", open ? "true" : "false");
    nav.classList.toggle("main-nav--open", open);
  }
  nav.classList.add("main-nav--folding");
  button.hidden = false;
  button.addEventListener("click", function () {
    set(button.getAttribute("aria-expanded") !== "true");
  });
  nav.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
      set(false);
      button.focus();
    }
  });
})();
