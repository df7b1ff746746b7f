from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrdersConfig(AppConfig):
    name = "orders"
    verbose_name = _("Inquiries")

    def ready(self) -> None:
        from accounts.signals import email_confirmed

        email_confirmed.connect(release_held_inquiries, dispatch_uid="orders.release_held_inquiries")


def release_held_inquiries(sender, user, **kwargs) -> None:
    """A buyer confirmed her email: the inquiries she sent meanwhile now reach the makers."""
    from orders.services import inquiries_release

    inquiries_release(user)
