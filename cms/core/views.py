"""Views that are not Wagtail pages: search, sitemap, robots.txt and error pages."""

import functools

from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from .routing import prime_site
from .search import SearchForm, run_search, specific_in_order
from .sitemap import MultilingualSitemap
from .utils import paginate


@require_GET
def search(request):
    """Site search over every page type in the visitor's language, with type and region filters."""
    prime_site(request)
    form = SearchForm(request.GET or None)

    @functools.cache
    def results():
        # Searched only when the template renders the results: a kept result list (the same
        # words, filters and page, in the same data version) asks nothing.
        if not (form.is_valid() and form.cleaned_data["q"]):
            return None
        found = paginate(request, run_search(form.cleaned_data))
        found.object_list = specific_in_order(found.object_list)
        return found

    context = {"form": form, "results": results, "search_query": request.GET.get("q", "")}
    return TemplateResponse(request, "core/search.html", context)


@require_GET
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})


@require_GET
@cache_control(max_age=60 * 60)
def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/"]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def security_txt(request):
    """RFC 9116: whom to tell about a vulnerability, and until when this file holds."""
    import datetime

    from django.utils import timezone

    expires = settings.SECURITY_TXT_EXPIRES or (
        timezone.now() + datetime.timedelta(days=180)
    ).strftime("%Y-%m-%dT00:00:00Z")
    lines = [
        f"Contact: {settings.SECURITY_CONTACT}",
        f"Expires: {expires}",
        "Preferred-Languages: nl, en",
        f"Canonical: {settings.SITE_BASE_URL.rstrip('/')}/.well-known/security.txt",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    """500, or 503 with Retry-After when the database cannot be reached (restart, failover).

    Django calls this inside its exception handler, so the exception is at hand. No context
    processors or database: the error may be the database itself. The next request reconnects
    by itself (CONN_HEALTH_CHECKS), so the site recovers without a restart.
    """
    import sys

    from django.db import DatabaseError, InterfaceError, OperationalError
    from django.template import loader

    error = sys.exc_info()[1]
    unavailable = isinstance(error, (OperationalError, InterfaceError)) or (
        isinstance(error, DatabaseError) and "connection" in str(error).lower()
    )
    template = loader.get_template("503.html" if unavailable else "500.html")
    response = HttpResponse(
        template.render({"request_path": request.path}), status=503 if unavailable else 500
    )
    if unavailable:
        response["Retry-After"] = "30"
        from .observability import services

        services.down("Database", error)
    return response


def admin_login_redirect(request):
    """Wagtail's own login form would bypass allauth; send staff to allauth's login instead."""
    from django.shortcuts import redirect
    from django.utils.http import url_has_allowed_host_and_scheme, urlencode

    next_url = request.GET.get("next", "/admin/")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/admin/"
    return redirect(f"{reverse('account_login')}?{urlencode({'next': next_url})}")


def admin_password_reset_redirect(request):
    """Wagtail's reset form had no rate limit and sent mail inside the request: use allauth's."""
    from django.shortcuts import redirect

    return redirect("account_reset_password")


# The colours of static/css/site.css, for the swatches on the component overview.
COLOURS = [
    ("--blue-900", "#0b3157"),
    ("--blue-700", "#0b4f8a"),
    ("--blue-100", "#e6f0f8"),
    ("--orange-700", "#a64000"),
    ("--green-700", "#2f6b2f"),
    ("--grey-900", "#1d1d1f"),
    ("--grey-700", "#4a4a4f"),
    ("--grey-100", "#f3f4f6"),
    ("--red-700", "#b00020"),
    ("--focus", "#ffbf47"),
]


def design(request):
    """Every component of the site on one page, for the design guide (docs/design.md).

    Only when DEBUG is on: it is a tool for developers and the screenshot script, not a page for
    visitors.
    """
    from django.http import Http404

    from cms.core.drawings import MOTIFS, Drawing, portrait
    from cms.core.models import Region
    from cms.core.regionmap import build_region_map
    from cms.core.status import TONES, Status

    if not settings.DEBUG:
        raise Http404
    regions = list(Region.objects.all())
    counts = {region.slug: (region.number * 7) % 13 for region in regions}  # made-up figures
    examples = {
        "success": _("Active"),
        "waiting": _("Submitted"),
        "draft": _("Draft"),
        "warning": _("Progress report overdue"),
        "danger": _("Rejected"),
        "inactive": _("Inactive"),
        "info": _("Not started"),
    }
    return render(
        request,
        "core/design.html",
        {
            "statuses": [Status(examples[tone], tone) for tone in TONES],
            "drawings": [Drawing(motif, index % 4) for index, motif in enumerate(MOTIFS)],
            "portrait": portrait("Fatima el Amrani"),
            "region_map": build_region_map(regions, counts=counts) if regions else None,
            "colours": COLOURS,
            "spaces": range(1, 8),
            "sizes": ["s", "m", "l", "xl", "xxl"],
        },
    )
