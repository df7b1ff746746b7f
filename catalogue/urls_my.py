"""An artisan's own products: /<lang>/my/products/…"""

from django.urls import path  # noqa: F401

app_name = "my_products"

urlpatterns: list = []
