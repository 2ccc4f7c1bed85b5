from django.urls import path

from .views import api

app_name = "taalakkoord_api"

urlpatterns = [
    path("progress/", api.progress, name="progress"),
    path("members/", api.members, name="members"),
]
