"""Public certificate pages (under the language prefix)."""

from django.urls import path

from .views import certificates

urlpatterns = [
    path("", certificates.verify, name="certificate_verify"),
    path("<str:code>/", certificates.verify_code, name="certificate_verify_code"),
    # The live badge a member's website embeds: it says whether the membership is active now.
    path("<str:code>/badge.<str:kind>", certificates.live_badge, name="certificate_badge"),
]
