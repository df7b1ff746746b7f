"""An artisan's own producer: onboarding and profile, /<lang>/my/producer/…"""

from django.urls import path  # noqa: F401

app_name = "my_producer"

urlpatterns: list = []
