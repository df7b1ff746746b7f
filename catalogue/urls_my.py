"""An artisan's own products: /<lang>/my/products/…"""

from django.urls import path

from catalogue import views_my

app_name = "my_products"

urlpatterns = [
    path("", views_my.product_list, name="list"),
    path("new/", views_my.product_create, name="create"),
    path("<int:pk>/", views_my.product_edit, name="edit"),
    path("<int:pk>/submit/", views_my.product_submit, name="submit"),
    path("<int:pk>/duplicate/", views_my.product_duplicate, name="duplicate"),
    path("<int:pk>/archive/", views_my.product_archive, name="archive"),
]
