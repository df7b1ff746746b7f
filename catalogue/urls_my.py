"""An artisan's own products: /<lang>/my/products/…"""

from django.urls import path

from catalogue import views_my, views_photos

app_name = "my_products"

urlpatterns = [
    path("", views_my.product_list, name="list"),
    path("new/", views_my.product_create, name="create"),
    path("<int:pk>/", views_my.product_edit, name="edit"),
    path("<int:pk>/submit/", views_my.product_submit, name="submit"),
    path("<int:pk>/duplicate/", views_my.product_duplicate, name="duplicate"),
    path("<int:pk>/archive/", views_my.product_archive, name="archive"),
    path("<int:pk>/photos/", views_photos.photos, name="photos"),
    path("<int:pk>/photos/upload/", views_photos.photo_upload, name="photo_upload"),
    path("<int:pk>/photos/reorder/", views_photos.photos_reorder, name="photos_reorder"),
    path("<int:pk>/photos/<int:photo_pk>/cover/", views_photos.photo_cover, name="photo_cover"),
    path("<int:pk>/photos/<int:photo_pk>/move/", views_photos.photo_move, name="photo_move"),
    path("<int:pk>/photos/<int:photo_pk>/delete/", views_photos.photo_delete, name="photo_delete"),
]
