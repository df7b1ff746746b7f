from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from accounts.services import moderators_group_sync

        # Like Django's own permission creation: the group needs the permissions that migrate creates.
        post_migrate.connect(moderators_group_sync, dispatch_uid="accounts.moderators_group_sync")
