from django.urls import path

from . import views

app_name = "ambassadors"

urlpatterns = [path("<str:code>/", views.invitation, name="invitation")]
