"""An artisan's own producer: onboarding and profile, /<lang>/my/producer/…

No URL carries a producer id: the views work on the signed-in person's own producer.
"""

from django.urls import path

from producers import views_my

app_name = "my_producer"

urlpatterns = [
    path("", views_my.home, name="home"),
    path("create/", views_my.create, name="create"),
    path("edit/", views_my.edit, name="edit"),
    path("submit/", views_my.submit, name="submit"),
    path("members/", views_my.members, name="members"),
]
