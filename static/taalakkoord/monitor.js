/* Draws the monitor's charts with Chart.js (served from our own static files).
   Each chart has a table with the same figures beside it, for screen readers and keyboards. */
(function () {
    "use strict";
    var source = document.getElementById("monitor-charts");
    if (!source || typeof window.Chart === "undefined") {
        return;
    }
    var data = JSON.parse(source.textContent);
    var styles = getComputedStyle(document.documentElement);
    var colour = function (name, fallback) {
        return styles.getPropertyValue(name).trim() || fallback;
    };
    var palette = [colour("--w-color-secondary", "#007d7e"), colour("--w-color-critical-200", "#cd4444")];
    var text = colour("--w-color-text-context", "#333");
    var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var chart = data[canvas.dataset.chart];
        if (!chart) {
            return;
        }
        var kind = canvas.dataset.kind;
        new window.Chart(canvas, {
            type: kind === "line" ? "line" : "bar",
            data: {
                labels: chart.labels,
                datasets: chart.series.map(function (series, index) {
                    return {
                        label: series.label,
                        data: series.data,
                        borderColor: palette[index % palette.length],
                        backgroundColor: palette[index % palette.length],
                        borderDash: series.dashed ? [6, 4] : [],
                        pointRadius: 0,
                        borderWidth: 2,
                    };
                }),
            },
            options: {
                animation: reduceMotion ? false : undefined,
                maintainAspectRatio: false,
                indexAxis: kind === "hbar" ? "y" : "x",
                plugins: { legend: { labels: { color: text } } },
                scales: {
                    x: { ticks: { color: text, autoSkip: true, maxRotation: 0 }, beginAtZero: true },
                    y: { ticks: { color: text, autoSkip: kind !== "hbar" }, beginAtZero: true },
                },
            },
        });
    });
})();
