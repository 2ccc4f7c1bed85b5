from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def boom(request):
    return 1 / 0


urlpatterns = [path("boom/", boom), *site_urlpatterns]
