from django.urls import path

from producers import views

app_name = "producers"

urlpatterns = [
    path("", views.producer_list, name="list"),
    path("<int:pk>-<str:slug>/", views.producer_detail, name="detail"),
    path("districts/<slug:slug>/", views.district_detail, name="district"),
]
