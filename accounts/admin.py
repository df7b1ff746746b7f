"""The back-office for people: users (email or phone, no username) and buyers' company profiles.

accounts is the app every other app depends on, so the pieces the whole back-office shares live here
too: the site's titles and the history entry of a bulk action.
"""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import BaseUserCreationForm, SetUnusablePasswordMixin, UserChangeForm
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from accounts.models import BuyerProfile, Notice, User
from accounts.phones import normalise_phone

admin.site.site_header = _("Hatthakam back-office")
admin.site.site_title = _("Hatthakam back-office")
admin.site.index_title = _("Moderation and reference data")


def bulk_change(request: HttpRequest, queryset: QuerySet, **values) -> int:
    """Apply `values` to the selected objects in one UPDATE and record it in each object's history.

    One statement, so two moderators acting at once never leave a half-applied state. Returns how
    many objects changed.
    """
    opts = queryset.model._meta
    # The selection is taken first: a changelist filtered on the field being changed would be empty
    # after the update.
    selected = queryset.model._default_manager.filter(pk__in=list(queryset.values_list("pk", flat=True)))
    changed_fields = list(values)
    now = timezone.now()
    for field in opts.concrete_fields:
        # update() skips auto_now fields; "updated" should still say when a moderator acted.
        if getattr(field, "auto_now", False):
            values.setdefault(field.name, now)
    count = selected.update(**values)
    # Like ModelAdmin.construct_change_message: stored untranslated, translated when displayed.
    with translation.override(None):
        names = [str(opts.get_field(name).verbose_name) for name in changed_fields]
    LogEntry.objects.log_actions(
        user_id=request.user.pk,
        queryset=selected,
        action_flag=CHANGE,
        change_message=[{"changed": {"fields": names}}],
    )
    return count


def phone_or_none(text: str) -> str | None:
    """The E.164 form of `text` if it reads as a phone number (a moderator types it as people say it)."""
    try:
        return normalise_phone(text)
    except ValidationError:
        return None


class EmailOrPhoneFormMixin:
    """Cleans the two ways to sign in: a lower-case email, a phone in E.164; at least one of them."""

    def clean_email(self) -> str | None:
        email = self.cleaned_data.get("email")
        if not email:
            return None
        email = User.objects.normalize_email(email).lower()
        # Checked here, as Django's UserCreationForm does for usernames, so that the person reads
        # "already exists" rather than the name of the case-insensitive constraint.
        if User.objects.filter(email__iexact=email).exclude(pk=self.instance.pk).exists():
            raise self.instance.unique_error_message(User, ["email"])
        return email

    def clean_phone(self) -> str | None:
        phone = self.cleaned_data.get("phone")
        # Raises a ValidationError a person can act on ("Enter a valid phone number, for example …").
        return normalise_phone(phone) if phone else None

    def clean(self):
        cleaned_data = super().clean()
        if (
            "email" not in self.errors
            and "phone" not in self.errors
            and not cleaned_data.get("email")
            and not cleaned_data.get("phone")
        ):
            # On the field, so that the database constraint behind it is not reported a second time.
            self.add_error("email", _("Enter an email address or a phone number (or both)."))
        return cleaned_data


class UserCreationForm(EmailOrPhoneFormMixin, SetUnusablePasswordMixin, BaseUserCreationForm):
    """Django's admin creation form, with email or phone in place of the username."""

    usable_password = SetUnusablePasswordMixin.create_usable_password_field()

    class Meta:
        model = User
        fields = ("email", "phone", "full_name", "role", "preferred_language")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # As in AdminUserCreationForm: a password is only required when password sign-in is enabled.
        self.fields["password1"].required = False
        self.fields["password2"].required = False
        self.fields["email"].widget.attrs["autofocus"] = True


class UserAdminChangeForm(EmailOrPhoneFormMixin, UserChangeForm):
    class Meta:
        model = User
        fields = (
            "email",
            "phone",
            "password",
            "full_name",
            "role",
            "preferred_language",
            "is_active",
            "is_staff",
            "is_superuser",
            "groups",
            "user_permissions",
            "last_login",
            "date_joined",
        )


class BuyerProfileInline(admin.StackedInline):
    model = BuyerProfile
    extra = 0
    max_num = 1
    can_delete = False
    verbose_name_plural = _("buyer profile")


# Only a superuser grants back-office rights; a moderator's "change user" is for artisans and buyers.
PRIVILEGE_FIELDS = ("is_staff", "is_superuser", "groups", "user_permissions")


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    form = UserAdminChangeForm
    add_form = UserCreationForm
    fieldsets = (
        (None, {"fields": ("email", "phone", "password")}),
        (_("Personal info"), {"fields": ("full_name", "role", "preferred_language")}),
        (_("Permissions"), {"fields": ("is_active", *PRIVILEGE_FIELDS)}),
        (_("Important dates"), {"fields": ("last_login", "date_joined")}),
    )
    add_fieldsets = (
        (
            None,
            {
                "classes": ("wide",),
                "fields": (
                    "email",
                    "phone",
                    "full_name",
                    "role",
                    "preferred_language",
                    "usable_password",
                    "password1",
                    "password2",
                ),
            },
        ),
    )
    inlines = (BuyerProfileInline,)
    list_display = (
        "__str__",
        "email",
        "phone_display",
        "role",
        "preferred_language",
        "is_staff",
        "is_active",
        "date_joined",
    )
    list_filter = ("role", "is_staff", "is_active", "preferred_language", "is_superuser", "groups")
    search_fields = ("email", "phone", "full_name")
    ordering = ("-date_joined",)
    readonly_fields = ("last_login", "date_joined")

    @admin.display(description=_("phone number"), ordering="phone")
    def phone_display(self, user: User) -> str:
        return user.display_phone

    def get_inlines(self, request: HttpRequest, obj: User | None):
        # The profile is filled in on the user's page once the account exists.
        return self.inlines if obj is not None else ()

    def get_readonly_fields(self, request: HttpRequest, obj: User | None = None):
        readonly = tuple(super().get_readonly_fields(request, obj))
        if not request.user.is_superuser:
            readonly += PRIVILEGE_FIELDS
        return readonly

    def has_change_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        if not super().has_change_permission(request, obj):
            return False
        if obj is None or request.user.is_superuser:
            return True
        # Otherwise a moderator could take over a colleague's or an administrator's account (or
        # promote an artisan to moderator); those accounts are theirs to view only.
        return not (obj.is_staff or obj.is_superuser or obj.role == User.Role.MODERATOR)

    def formfield_for_choice_field(self, db_field, request: HttpRequest, **kwargs):
        if db_field.name == "role" and not request.user.is_superuser:
            kwargs["choices"] = [
                (value, label) for value, label in db_field.choices if value != User.Role.MODERATOR
            ]
        return super().formfield_for_choice_field(db_field, request, **kwargs)

    def get_search_results(self, request: HttpRequest, queryset: QuerySet, search_term: str):
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        # "020 5551 2345" finds +8562055512345, as the artisan on the phone reads it out.
        phone = phone_or_none(search_term)
        if phone:
            results |= queryset.filter(phone=phone)
        return results, may_have_duplicates

    def user_change_password(self, request: HttpRequest, id: str, form_url: str = "") -> HttpResponse:
        response = super().user_change_password(request, id, form_url)
        if isinstance(response, TemplateResponse) and response.context_data:
            # Django titles the page with get_username(), the email: "None" for a phone-only artisan.
            # Django's own wording, so its catalogues translate it.
            user = response.context_data["original"]
            title = (
                gettext("Change password: %s") if user.has_usable_password() else gettext("Set password: %s")
            )
            response.context_data["title"] = title % user
        return response


@admin.register(BuyerProfile)
class BuyerProfileAdmin(admin.ModelAdmin):
    list_display = ("company", "user", "country", "city", "business_type")
    list_filter = ("country", "business_type")
    search_fields = ("company", "city", "user__email", "user__full_name", "user__phone")
    autocomplete_fields = ("user",)
    list_select_related = ("user",)


@admin.register(Notice)
class NoticeAdmin(admin.ModelAdmin):
    """Notices are written by the moderation services; the back-office only reads them."""

    list_display = ("__str__", "user", "kind", "created_at", "read_at")
    list_filter = ("kind", ("read_at", admin.EmptyFieldListFilter))
    search_fields = ("user__email", "user__phone", "user__full_name", "reason")
    list_select_related = ("user",)
    autocomplete_fields = ("user",)
    readonly_fields = ("user", "kind", "subject", "reason", "url", "created_at", "read_at")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False
