// wagtail-localize's translation editor writes two texts in English whatever the admin's
// language: its heading ("Nederlands to Engels translation") and "More actions". Our review panel
// (templates/core/translation_review_panel.html) carries them in the admin's language.
(function () {
  "use strict";
  var heading = /^(.+) to (.+) translation$/;

  function translate(panel) {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    var walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var text = node.nodeValue.trim();
      var match = heading.exec(text);
      if (match) {
        node.nodeValue = panel.dataset.heading
          .replace("{source}", match[1])
          .replace("{target}", match[2]);
      } else if (text === "More actions") {
        node.nodeValue = panel.dataset.moreActions;
      }
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    var panel = document.querySelector(".translation-review");
    var editor = document.querySelector(".js-translation-editor");
    if (!panel || !editor || document.documentElement.lang.indexOf("en") === 0) return;
    new MutationObserver(function () {
      translate(panel);
    }).observe(editor, { childList: true, subtree: true });
    translate(panel);
  });
})();
