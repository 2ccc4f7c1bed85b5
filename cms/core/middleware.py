"""Middleware for the whole site."""

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponse, JsonResponse
from django.middleware.locale import LocaleMiddleware
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _


class StaffTwoFactorMiddleware:
    """With MFA_REQUIRED_FOR_STAFF on, staff set up an authenticator app before using the admin."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            getattr(settings, "MFA_REQUIRED_FOR_STAFF", False)
            and request.path.startswith("/admin/")
            and request.user.is_authenticated
            and request.user.has_perm("wagtailadmin.access_admin")
        ):
            from allauth.mfa.models import Authenticator

            if not Authenticator.objects.filter(
                user=request.user, type=Authenticator.Type.TOTP
            ).exists():
                messages.info(request, _("Set up an authenticator app before you use the admin."))
                return redirect("mfa_activate_totp")
        return self.get_response(request)


def error_page(request, template_name, status):
    """A page of ours for a request refused before any view ran, in the path's language.

    Rendered without the request context: no database, session or body is touched."""
    from django.template import loader
    from django.utils import translation

    language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
    with translation.override(language):
        body = loader.get_template(template_name).render({"LANGUAGE_CODE": language})
    return HttpResponse(body, status=status)


# C0 control characters and DEL. Tabs and line breaks may stand in a query (a pasted question).
_CONTROL = {chr(code) for code in range(32)} | {"\x7f"}
_CONTROL_IN_QUERY = _CONTROL - {"\t", "\n", "\r"}


def _has(characters, text):
    return any(character in characters for character in text)


class RefuseControlCharactersMiddleware:
    """A 400 page for addresses with control characters (`%00` and the like), before any view.

    PostgreSQL refuses NUL bytes in text, so such an address would reach a query and end in a
    server error; nothing legitimate carries them. One check here serves every path converter,
    page route and query parameter of the site, the admin included.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.GET
        if _has(_CONTROL, request.path_info) or any(
            _has(_CONTROL_IN_QUERY, key) or any(_has(_CONTROL_IN_QUERY, v) for v in values)
            for key, values in query.lists()
        ):
            if request.path_info.startswith("/api/"):
                return JsonResponse({"error": "The address holds control characters."}, status=400)
            return error_page(request, "400.html", 400)
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Headers Django does not set itself: the browser features this site never uses are off."""

    PERMISSIONS_POLICY = ", ".join(
        f"{feature}=()"
        for feature in (
            "accelerometer",
            "browsing-topics",
            "camera",
            "display-capture",
            "geolocation",
            "gyroscope",
            "magnetometer",
            "microphone",
            "payment",
            "usb",
        )
    )

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.PERMISSIONS_POLICY)
        return response


class AdminPreviewFramingMiddleware:
    """Let the admin show its own previews in its preview panel.

    Wagtail renders a preview by running the page's request through the middleware again, so
    the preview comes back with the public pages' Content-Security-Policy, `frame-ancestors
    'none'`, which blocks the panel's frame (Wagtail itself sets X-Frame-Options SAMEORIGIN).
    The admin's preview views (pages, snippets, settings, translations, block previews) may be
    framed by this site itself: `frame-ancestors 'self'` and SAMEORIGIN. Everything else, the
    public pages included, keeps `'none'` and DENY.
    """

    PREVIEW_VIEWS = {
        "preview_on_add",
        "preview_on_edit",
        "workflow_preview",
        "preview_translation",
        "wagtailadmin_block_preview",
    }

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        if (
            match is not None
            and match.url_name in self.PREVIEW_VIEWS
            and request.path.startswith("/admin/")
        ):
            response["X-Frame-Options"] = "SAMEORIGIN"
            policy = response.get("Content-Security-Policy")
            if policy:
                directives = [
                    part.strip()
                    for part in policy.split(";")
                    if part.strip() and not part.strip().startswith("frame-ancestors")
                ]
                response["Content-Security-Policy"] = "; ".join(
                    [*directives, "frame-ancestors 'self'"]
                )
        return response


class UploadSizeLimitMiddleware:
    """Refuse a request body larger than UPLOAD_MAX_REQUEST_BYTES before any of it is read.

    The forms check each file's own limit (a logo 2 MB, a plan 10 MB, a document 20 MB), but only
    after Django has read the whole body; this ceiling, just above the largest of them, keeps a
    60 MB upload from being read at all. The front web server should refuse the same size
    (nginx: `client_max_body_size`), see the README.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.UPLOAD_MAX_REQUEST_BYTES:
            from django.template import loader
            from django.utils import translation

            language = translation.get_language_from_path(request.path_info) or "nl"
            with translation.override(language):
                body = loader.get_template("413.html").render({"LANGUAGE_CODE": language})
            return HttpResponse(body, status=413)
        return self.get_response(request)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, without its guess on a "not found" that an address outside the
    language prefixes gave on purpose.

    On a 404 for an address without /nl/ or /en/, Django tries the address again with the
    language in front, and our pages' catch-all accepts anything there. That is right for an
    old link to a page (/over-ons/ becomes /nl/over-ons/), but not for a view that answered
    404 itself, such as an advice request of another desk in the admin: that got a redirect to
    /nl/admin/…, a page of the public site that does not exist.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None) is not None:
            # What LocaleMiddleware does to a response outside the language prefixes.
            if not translation.get_language_from_path(request.path_info):
                patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
