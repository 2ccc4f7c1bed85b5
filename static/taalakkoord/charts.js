/* Draws the charts of the progress monitor and the public results page with Chart.js (served from
   our own static files), from the figures in the page's #chart-data. Each chart has a table
   with the same figures beside it, for screen readers and keyboards. */
(function () {
    "use strict";
    var source = document.getElementById("chart-data");
    if (!source || typeof window.Chart === "undefined") {
        return;
    }
    var data = JSON.parse(source.textContent);
    var styles = getComputedStyle(document.documentElement);
    var colour = function (name, fallback) {
        return styles.getPropertyValue(name).trim() || fallback;
    };
    // The public site's colours (--chart-*), or the admin's (--w-color-*) on the monitor.
    var palette = [
        colour("--chart-1", colour("--w-color-secondary", "#007d7e")),
        colour("--chart-2", colour("--w-color-critical-200", "#cd4444")),
    ];
    var text = colour("--chart-text", colour("--w-color-text-context", "#333"));
    var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;

    // Long labels under the funnel's bars go on two lines, so more of them fit under a narrow chart.
    var wrap = function (label) {
        var lines = [];
        String(label).split(" ").forEach(function (word) {
            var last = lines.length - 1;
            if (last >= 0 && (lines[last] + " " + word).length <= 18) {
                lines[last] += " " + word;
            } else {
                lines.push(word);
            }
        });
        return lines.length > 1 ? lines : label;
    };
    // The region names beside the horizontal bars keep their width ("Stedendriehoek en Noordwest
    // Veluwe"): Chart.js gives an axis at most half the chart, which cut them off beside a table.
    var fitLabels = function (scale) {
        var context = scale.ctx;
        context.save();
        context.font = window.Chart.helpers.toFont(scale.options.ticks.font || window.Chart.defaults.font).string;
        var widest = scale.ticks.reduce(function (width, tick) {
            // A wrapped label is a list of lines: the widest line counts.
            return [].concat(tick.label).reduce(function (widest, line) {
                return Math.max(widest, context.measureText(String(line)).width);
            }, width);
        }, 0);
        context.restore();
        var needed = Math.ceil(widest) + scale.options.ticks.padding + 6;
        scale.width = Math.max(scale.width, Math.min(needed, scale.chart.width * 0.6));
    };

    document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
        var chart = data[canvas.dataset.chart];
        if (!chart) {
            return;
        }
        var kind = canvas.dataset.kind;
        // Bars' labels wrap onto more lines; beside horizontal bars only where the chart is
        // narrow, and then each bar gets room for its label's lines.
        var narrow = canvas.parentNode.clientWidth < 600;
        var labels = kind === "bar" || (kind === "hbar" && narrow) ? chart.labels.map(wrap) : chart.labels;
        if (kind === "hbar" && narrow) {
            var lines = labels.reduce(function (most, label) {
                return Math.max(most, [].concat(label).length);
            }, 1);
            var needed = labels.length * (lines * 14 + 8) + 48;
            if (canvas.parentNode.clientHeight < needed) {
                canvas.parentNode.style.height = needed + "px";
            }
        }
        new window.Chart(canvas, {
            type: kind === "line" ? "line" : "bar",
            data: {
                labels: labels,
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
                locale: document.documentElement.lang || undefined,
                animation: reduceMotion ? false : undefined,
                maintainAspectRatio: false,
                indexAxis: kind === "hbar" ? "y" : "x",
                // One series needs no legend: the heading and the table say what it counts.
                plugins: { legend: { display: chart.series.length > 1, labels: { color: text } } },
                scales: {
                    x: { ticks: { color: text, autoSkip: kind === "line" || chart.labels.length > 6, maxRotation: 0 }, beginAtZero: true },
                    y: { ticks: { color: text, autoSkip: kind !== "hbar" }, beginAtZero: true, afterFit: kind === "hbar" ? fitLabels : undefined },
                },
            },
        });
    });
})();
