from django.urls import path

from catalogue import views

app_name = "catalogue"

urlpatterns = [
    path("", views.product_list, name="list"),
    path("<int:pk>-<str:slug>/", views.product_detail, name="product"),
]
