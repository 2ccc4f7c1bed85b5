/* The monitor's sections fold (<details>). A link to a section, from the table of contents or
   an address with its #anchor, opens a folded section before the browser scrolls to it; printing
   opens them all. */
(function () {
    "use strict";
    // Opens the folded section holding the anchor `hash` points at: the anchor if it was folded.
    var unfold = function (hash) {
        var target = null;
        try {
            target = hash.length > 1 && document.getElementById(decodeURIComponent(hash.slice(1)));
        } catch (error) {
            return null;
        }
        var fold = target && target.closest("details");
        if (!fold || fold.open) {
            return null;
        }
        fold.open = true;
        return target;
    };
    var unfoldAndScroll = function () {
        var target = unfold(window.location.hash);
        if (target) {
            target.scrollIntoView();
        }
    };
    document.querySelectorAll(".monitor-toc a[href^='#']").forEach(function (link) {
        link.addEventListener("click", function () {
            unfold(link.getAttribute("href"));
        });
    });
    window.addEventListener("hashchange", unfoldAndScroll);
    window.addEventListener("beforeprint", function () {
        document.querySelectorAll(".monitor details").forEach(function (fold) {
            fold.open = true;
        });
    });
    unfoldAndScroll();
})();
