"""allauth, adapted: its emails (address confirmation, password reset) go through the task queue,
so a sign-up is saved and answered even when the mail server is down; the email follows later."""

from allauth.account.adapter import DefaultAccountAdapter

from .emails import queue


def user_display(user):
    """People are called by their name, or their email address: never a generated username."""
    return user.get_full_name() or user.email


def public_site():
    """What allauth's emails call the site ("Hello from …", "an account on …"): its name."""
    from types import SimpleNamespace

    from django.conf import settings

    return SimpleNamespace(name=settings.WAGTAIL_SITE_NAME, domain=settings.WAGTAIL_SITE_NAME)


class AccountAdapter(DefaultAccountAdapter):
    def get_user_display(self, user):
        return user_display(user)

    def get_login_redirect_url(self, request):
        """Staff go to the admin after logging in; members to My Taalakkoord (the setting).

        A `next` address, as the admin's own login redirect gives, still comes first."""
        if request.user.has_perm("wagtailadmin.access_admin"):
            return "/admin/"
        return super().get_login_redirect_url(request)

    def get_logout_redirect_url(self, request):
        """After logging out, the home page in the language the person was reading."""
        from django.utils import translation

        return f"/{translation.get_language()}/"

    def get_client_ip(self, request):
        """The visitor's address as TRUSTED_PROXY_COUNT or TRUSTED_CLIENT_IP_HEADER say to read it.

        A request with fewer forwarded addresses than trusted proxies did not come through
        them: allauth would answer it with a server error; its connecting address is used.
        """
        from django.core.exceptions import ImproperlyConfigured

        try:
            return super().get_client_ip(request)
        except ImproperlyConfigured:
            return request.META.get("REMOTE_ADDR", "")

    def send_mail(self, template_prefix, email, context):
        from allauth.core import context as allauth_context

        request = allauth_context.request
        context = {"request": request, "email": email, **context}
        # The site's name and public address, never the host and port of the request; and no
        # username: accounts are email-only, people never chose one.
        context["current_site"] = public_site()
        context.pop("username", None)
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            None,
        )
        queue(message.subject, message.body, message.to, html=html)
