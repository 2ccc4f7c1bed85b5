"""The editor's preview panel shows the page being edited, for every page type (Wagtail frames the
preview; the public pages' frame-ancestors 'none' must not block it)."""

import pytest
from wagtail.models import Page, get_page_models

pytestmark = pytest.mark.browser

ADMIN = ("admin@lerenenwerken.example", "leren-en-werken-demo")


def test_the_preview_panel_shows_every_page_type(page):
    page.goto("/nl/account/login/?next=/admin/")
    page.locator("#id_login").fill(ADMIN[0])
    page.locator("#id_password").fill(ADMIN[1])
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    for model in get_page_models():
        if model is Page:
            continue
        edited = model.objects.live().filter(locale__language_code="nl").first()
        assert edited is not None, model.__name__
        page.goto(f"/admin/pages/{edited.pk}/edit/")
        page.locator("[data-side-panel-toggle='preview']").first.click()
        frame = page.frame_locator("[data-w-preview-target='iframe']").last
        title = edited.seo_title or edited.title
        # The page's own <title> inside the frame: the preview really rendered this page.
        title_element = frame.locator("head > title")
        title_element.wait_for(state="attached", timeout=15_000)
        assert title in title_element.text_content(), model.__name__
