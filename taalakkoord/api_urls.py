"""The open-data API under /api/taalakkoord/ (django-ninja; see taalakkoord/views/api.py)."""

from .views.api import url_patterns

app_name = "taalakkoord_api"

urlpatterns = url_patterns()
