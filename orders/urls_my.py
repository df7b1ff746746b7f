"""The maker's inbox: /<lang>/my/inquiries/"""

from django.urls import path

from orders import views

app_name = "my_inquiries"

urlpatterns = [
    path("", views.inbox, name="inbox"),
]
