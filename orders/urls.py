"""A buyer's side of the conversation: /<lang>/inquiries/… and /<lang>/shortlist/…"""

from django.urls import path

from orders import views

app_name = "orders"

urlpatterns = [
    path("inquiries/", views.buyer_list, name="list"),
    path("inquiries/new/", views.inquiry_new, name="new"),
    path("inquiries/<int:pk>/", views.thread, name="thread"),
    path("inquiries/<int:pk>/close/", views.close, name="close"),
    path("shortlist/", views.shortlist, name="shortlist"),
    path("shortlist/<int:pk>/", views.shortlist_change, name="shortlist_change"),
]
