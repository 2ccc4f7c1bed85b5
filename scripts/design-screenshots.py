#!/usr/bin/env python3
"""Screenshots for docs/design.md: each component of the overview page, and the main pages at a
desk's width (1366 px) and a phone's (390 px).

Run it against a site started with `make run` (DEBUG on, demo content loaded):

    make run                                   # in another terminal: the demo on port 8000
    .venv/bin/python scripts/design-screenshots.py [--base-url http://127.0.0.1:8000]

It writes docs/images/design/*.png; run it again after a change to the look. Chromium comes
from Debian (`/usr/bin/chromium`).
"""

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

OUT = Path(__file__).resolve().parent.parent / "docs" / "images" / "design"
LOGIN = ("moderator@lerenenwerken.example", "leren-en-werken-demo")  # noqa: S105 -- demo team
PAGES = {
    "home": "/nl/",
    "desk": "/nl/leerwerkloketten/fryslan/",
    "directory": "/nl/over-de-leerwerkloketten/taalakkoord/deelnemers/",
    "monitor": "/admin/taalakkoord/progress/",
}
WIDTHS = (1366, 390)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    base = parser.parse_args().base_url.rstrip("/")
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium",
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        page = browser.new_page(viewport={"width": 1366, "height": 900})
        page.goto(f"{base}/nl/design/")
        for component in page.locator("[data-component]").all():
            name = component.get_attribute("data-component")
            component.screenshot(path=OUT / f"component-{name}.png", animations="disabled")
            print("component", name)
        page.goto(f"{base}/nl/account/login/")
        page.fill("#id_login", LOGIN[0])
        page.fill("#id_password", LOGIN[1])
        page.click("main form button[type=submit]")
        page.wait_for_load_state("networkidle")
        for width in WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in PAGES.items():
                page.goto(f"{base}{path}")
                page.wait_for_load_state("networkidle")
                # Wagtail's admin scrolls inside <main>, not the page: make the window as tall as
                # the content so the whole page is in the picture.
                height = page.evaluate(
                    "Math.max(document.documentElement.scrollHeight,"
                    " document.querySelector('main').scrollHeight + 120)"
                )
                page.set_viewport_size({"width": width, "height": height})
                page.screenshot(path=OUT / f"{name}-{width}.png", full_page=True)
                page.set_viewport_size({"width": width, "height": 900})
                print("page", name, width)
        browser.close()


if __name__ == "__main__":
    main()
