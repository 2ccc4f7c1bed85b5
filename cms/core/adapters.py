"""allauth, adapted: its emails (address confirmation, password reset) go through the task queue,
so a sign-up is saved and answered even when the mail server is down; the email follows later."""

from allauth.account.adapter import DefaultAccountAdapter

from .tasks import send_email


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Staff go to the admin after logging in; members to My Taalakkoord (the setting).

        A `next` address, as the admin's own login redirect gives, still comes first."""
        if request.user.has_perm("wagtailadmin.access_admin"):
            return "/admin/"
        return super().get_login_redirect_url(request)

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
        from django.contrib.sites.shortcuts import get_current_site

        request = allauth_context.request
        message = self.render_mail(
            template_prefix,
            email,
            {"request": request, "email": email, "current_site": get_current_site(request)}
            | context,
        )
        html = next(
            (
                content
                for content, mimetype in getattr(message, "alternatives", [])
                if mimetype == "text/html"
            ),
            None,
        )
        send_email.enqueue(message.subject, message.body, message.to, None, html)
