"""Root URLs. Everything visitors see sits under a language prefix (/nl/…, /en/…)."""

import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms.core import routing
from cms.core import views as core_views
from cms.core.media import public_media

urlpatterns = [
    # Staff sign in through allauth too, so its rate limits and two-factor login apply to them.
    path("admin/login/", core_views.admin_login_redirect, name="admin_login_redirect"),
    # One way to reset a password: allauth's, with its rate limits and the task queue.
    re_path(
        r"^admin/password_reset/",
        core_views.admin_password_reset_redirect,
        name="admin_password_reset_redirect",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("api/taalakkoord/", include("taalakkoord.api_urls")),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", core_views.security_txt, name="security_txt"),
]

if settings.MEDIA_URL.startswith("/"):
    # Public uploads, when this process serves them (DEBUG or SERVE_MEDIA); the view decides
    # what may be served, so the route is always there and answers 404 otherwise.
    urlpatterns.append(
        re_path(
            rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.*)$",
            public_media,
            name="public_media",
        )
    )

urlpatterns += i18n_patterns(
    path(_("search/"), core_views.search, name="search"),
    path("design/", core_views.design, name="design"),  # DEBUG only: docs/design.md
    path(_("account/"), include("allauth.urls")),
    path(_("my-taalakkoord/"), include("taalakkoord.urls")),
    path(_("my-taalakkoord/"), include("employers.urls")),
    path(_("certificate/"), include("taalakkoord.certificate_urls")),
    path(_("invitation/"), include("ambassadors.urls")),
    # Wagtail's pages, through our routing cache (cms/core/routing.py).
    *(pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"),
    re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"),
    prefix_default_language=True,
)

handler404 = "cms.core.views.page_not_found"
handler500 = "cms.core.views.server_error"
