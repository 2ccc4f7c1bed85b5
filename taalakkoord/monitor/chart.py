"""The members-per-month line chart as SVG, drawn on the server for the PDF summary (WeasyPrint
runs no script). The same figures stand in a table beside it on the monitor."""

from django.utils.html import escape

WIDTH, HEIGHT = 640, 80
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 8, 18


def growth_chart_svg(months, target=None):
    """An SVG document: the cumulative number of members per month, and the target as a dashed
    line when given. Empty string without months."""
    if not months:
        return ""
    top = max([point.cumulative for point in months] + [target or 0]) or 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(months) - 1, 1)

    def x(index):
        return LEFT + index * step

    def y(value):
        return TOP + plot_h - plot_h * value / top

    points = " ".join(f"{x(i):.1f},{y(p.cumulative):.1f}" for i, p in enumerate(months))
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="DejaVu Sans, sans-serif" font-size="8">',
        f'<line x1="{LEFT}" y1="{y(0):.1f}" x2="{WIDTH - RIGHT}" y2="{y(0):.1f}" stroke="#6b6b6b"/>',
        f'<text x="{LEFT - 3}" y="{y(0):.1f}" text-anchor="end" dominant-baseline="middle">0</text>',
        f'<text x="{LEFT - 3}" y="{y(top):.1f}" text-anchor="end" dominant-baseline="middle">{top}</text>',
    ]
    if target:
        parts.append(
            f'<line x1="{LEFT}" y1="{y(target):.1f}" x2="{WIDTH - RIGHT}" y2="{y(target):.1f}" '
            'stroke="#a64000" stroke-dasharray="4 3"/>'
        )
    years = [(i, p.month.year) for i, p in enumerate(months) if p.month.month == 1 or i == 0]
    every = max(1, len(years) // 8)  # at most about eight year labels
    for i, year in years[::every]:
        parts.append(
            f'<text x="{x(i):.1f}" y="{HEIGHT - 4}" text-anchor="middle">{escape(year)}</text>'
        )
    parts.append(f'<polyline points="{points}" fill="none" stroke="#0b4f8a" stroke-width="2"/>')
    parts.append("</svg>")
    return "".join(parts)
