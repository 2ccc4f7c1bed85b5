#!/usr/bin/env python3
"""Take the screenshots of the editors' guide (docs/editors.md) from the running demo site.

    make run                                   # in another terminal: the demo on port 8000
    .venv/bin/python scripts/editor-screenshots.py [--base-url http://127.0.0.1:8000]

Logs in as the demo's editor and looks only: nothing is saved. The pictures go to
docs/images/editors/; run this again after a change to the admin so the guide keeps matching
the screens.
"""

import argparse
import pathlib

from playwright.sync_api import sync_playwright

OUT = pathlib.Path(__file__).resolve().parent.parent / "docs" / "images" / "editors"
EDITOR = "redacteur@lerenenwerken.example"
PASSWORD = "leren-en-werken-demo"  # noqa: S105 -- the demo accounts' password, printed by make run


def log_in(browser, base_url, email):
    context = browser.new_context(
        base_url=base_url, locale="nl-NL", viewport={"width": 1280, "height": 900}
    )
    page = context.new_page()
    page.goto("/nl/account/login/?next=/admin/")
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    return page


def shoot(page, name, locator=None):
    if locator is not None:
        locator.scroll_into_view_if_needed()
    page.wait_for_timeout(300)
    page.screenshot(path=OUT / f"{name}.png")
    print(f"docs/images/editors/{name}.png")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        page = log_in(browser, args.base_url, EDITOR)
        shoot(page, "1-dashboard")

        page.get_by_role("link", name="Praktijkvoorbeeld schrijven").click()
        page.wait_for_load_state("networkidle")
        shoot(page, "2-themes", page.locator("#id_themes"))
        page.locator("footer").get_by_role("button", name="Meer acties").click()
        shoot(page, "3-submit")
        page.keyboard.press("Escape")

        page.get_by_role("button", name="Voeg lid toe").click()
        page.locator(".modal input[name=q]").fill("bouw")
        page.wait_for_timeout(800)
        shoot(page, "4-member-chooser")
        page.keyboard.press("Escape")

        # An English good practice that still shows the Dutch one: "Deze pagina vertalen".
        listing = page.request.get(
            "/admin/api/main/pages/?type=goodpractices.GoodPracticePage&locale=en&limit=20"
        ).json()
        for item in listing["items"]:
            page.goto(f"/admin/pages/{item['id']}/edit/")
            if page.get_by_role("link", name="Deze pagina vertalen").count():
                shoot(page, "5-translate")
                break
        browser.close()


if __name__ == "__main__":
    main()
