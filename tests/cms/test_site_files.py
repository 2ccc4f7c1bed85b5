"""sitemap.xml, robots.txt, feeds, error pages, and production settings."""

import os
import subprocess
import sys
from pathlib import Path

from cms.news.factories import NewsPageFactory
from cms.standardpages.factories import ContentPageFactory

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def test_sitemap_lists_both_languages_with_hreflang_alternates(client, home, home_en, english):
    about = ContentPageFactory(parent=home, slug="over-ons")
    translation = about.copy_for_translation(english)
    translation.slug = "about-us"
    translation.save_revision().publish()
    ContentPageFactory(parent=home, slug="concept", live=False)
    xml = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://testserver/nl/over-ons/</loc>" in xml
    assert "<loc>http://testserver/en/about-us/</loc>" in xml
    assert 'hreflang="en" href="http://testserver/en/about-us/"' in xml
    assert 'hreflang="nl" href="http://testserver/nl/over-ons/"' in xml
    assert "concept" not in xml


def test_robots_txt_points_at_the_sitemap(client, home):
    text = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in text
    assert "Disallow: /nl/zoeken/" in text and "Disallow: /en/search/" in text
    assert "Sitemap: http://testserver/sitemap.xml" in text


def test_rss_and_atom_feeds_list_the_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Nieuw in de feed")
    rss = client.get(news_index.url + "feed/")
    assert rss["Content-Type"].startswith("application/rss+xml")
    assert "<title>Nieuw in de feed</title>" in rss.content.decode()
    atom = client.get(news_index.url + "atom/")
    assert atom["Content-Type"].startswith("application/atom+xml")
    assert "Nieuw in de feed" in atom.content.decode()


def test_404_page_is_in_the_site_style_and_language(client, home, home_en):
    response = client.get("/nl/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Pagina niet gevonden" in html and 'class="site-header"' in html
    assert "Page not found" in client.get("/en/does-not-exist/").content.decode()


def test_500_page_renders_without_the_database(rf):
    from cms.core.views import server_error

    response = server_error(rf.get("/nl/"))
    assert response.status_code == 500
    assert "Er ging iets mis" in response.content.decode()


def deploy_check(**changes):
    env = {
        **{
            k: v
            for k, v in os.environ.items()
            if k not in ("DJANGO_ALLOW_ASYNC_UNSAFE", "SITE_BASE_URL", "WAGTAILADMIN_BASE_URL")
        },
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "k3y-f0r-the-deploy-check-only-" + "x9Q!" * 12,
        "ALLOWED_HOSTS": "www.lerenenwerken.nl",
        "DEBUG": "false",
        "SITE_BASE_URL": "https://www.lerenenwerken.nl",
        **changes,
    }
    env = {key: value for key, value in env.items() if value is not None}
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deploy_check():
    result = deploy_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_without_a_public_address_fails_the_check():
    result = deploy_check(SITE_BASE_URL=None)
    assert result.returncode != 0
    assert "lenw.E001" in result.stdout + result.stderr


def test_public_pages_carry_a_strict_content_security_policy(client, home):
    policy = client.get("/nl/")["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert directives["style-src"] == "'self'"
    assert directives["frame-ancestors"] == "'none'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy


def test_passwords_are_hashed_with_argon2(settings):
    from django.contrib.auth.hashers import check_password, make_password

    from cms.settings import base

    # (the tests themselves use a fast hasher; production uses base's list)
    settings.PASSWORD_HASHERS = base.PASSWORD_HASHERS
    hashed = make_password("een-lang-wachtwoord")
    assert hashed.startswith("argon2$")
    assert check_password("een-lang-wachtwoord", hashed)


def test_make_run_on_another_port_puts_that_port_in_certificates():
    """`PORT=18765 make run`: the base address (QR codes, email links) follows the port."""
    env = {
        **{k: v for k, v in os.environ.items() if not k.endswith("BASE_URL")},
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "PORT": "18765",
    }
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
         "print(settings.SITE_BASE_URL, settings.WAGTAILADMIN_BASE_URL)"],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.stdout.split() == ["http://127.0.0.1:18765"] * 2, result.stderr
