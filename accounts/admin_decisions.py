"""Moderators' decisions in the back-office: approve, or send back with a reason, through the services.

Shared by the product and producer admins. Each selected object is decided by its service on its own
(the service locks the row, writes the notice and queues the email), with its history entry in the
same transaction; objects that are not waiting for review are skipped and counted, never changed.
A send-back first shows a page asking for the reason, as Django's "delete selected" asks for
confirmation: the page posts back to the changelist with the action, the selection and `post`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from django import forms
from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

SEND_BACK_TEMPLATE = "admin/send_back_with_reason.html"


class ReasonForm(forms.Form):
    """The reason the makers read in their notice, their email and on their own page."""

    reason = forms.CharField(
        label=_("Reason for the makers"),
        widget=forms.Textarea(attrs={"rows": 6, "cols": 80}),
        help_text=_(
            "The makers read it exactly as you write it, in their notice, by email and on their own "
            "page. Say what to change. Write in the makers' language (most of them read Lao)."
        ),
        error_messages={"required": _("Write the reason: the maker reads it to know what to change.")},
    )


class WaitingForReviewFilter(admin.SimpleListFilter):
    """The moderators' queue: what makers sent and nobody has decided on yet."""

    title = _("review")
    parameter_name = "review"

    def lookups(self, request: HttpRequest, model_admin) -> Iterable[tuple[str, str]]:
        return (("waiting", _("Waiting for review")),)

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "waiting":
            return self.waiting(queryset)
        return queryset

    def waiting(self, queryset: QuerySet) -> QuerySet:
        raise NotImplementedError


class DecisionsMixin:
    """For a ModelAdmin whose objects moderators approve or send back (mixed in before ModelAdmin).

    Actions that decide declare `permissions=["moderate"]`: they are offered only to moderators with
    the change permission, because the services refuse anyone else.
    """

    def has_moderate_permission(self, request: HttpRequest) -> bool:
        return request.user.is_moderator and self.has_change_permission(request)

    def is_waiting(self, obj: models.Model) -> bool:
        """Whether `obj` waits for a decision (what the services accept)."""
        raise NotImplementedError

    def decide_each(
        self,
        request: HttpRequest,
        queryset: QuerySet,
        decide: Callable[[models.Model], list[str]],
        skip: type[Exception] | tuple[type[Exception], ...],
    ) -> tuple[int, int]:
        """Run `decide(obj)` on each object; returns (decided, skipped).

        `decide` calls the service and returns the names of the fields the decision changed, for the
        history entry. An object on which it raises `skip` (not waiting for review, or decided by
        another moderator meanwhile) is left as it is and counted.
        """
        decided = skipped = 0
        for obj in queryset:
            try:
                with transaction.atomic():
                    fields = decide(obj)
                    self.decision_log(request, obj, fields)
            except skip:
                skipped += 1
            else:
                decided += 1
        return decided, skipped

    def skipped_text(self, count: int) -> str:
        """The message counting `count` selected objects that were not waiting for review."""
        raise NotImplementedError

    def decisions_report(self, request: HttpRequest, decided: int, skipped: int, done: str) -> None:
        """`done` says what was decided (shown when something was); the skipped objects are counted apart."""
        if decided:
            self.message_user(request, done, messages.SUCCESS)
        if skipped:
            self.message_user(request, self.skipped_text(skipped), messages.WARNING)

    def decision_log(self, request: HttpRequest, obj: models.Model, fields: Iterable[str]) -> None:
        """A history entry naming the changed fields, like the admin's own change messages."""
        names = []
        # Stored untranslated, translated when displayed (as ModelAdmin.construct_change_message does).
        with translation.override(None):
            for name in dict.fromkeys(fields):
                try:
                    names.append(str(obj._meta.get_field(name).verbose_name))
                except FieldDoesNotExist:
                    continue
        self.log_change(request, obj, [{"changed": {"fields": names}}])

    def reason_page(
        self, request: HttpRequest, queryset: QuerySet, *, form: ReasonForm, action: str, title: str
    ) -> TemplateResponse:
        """The page asking for the reason; shown again with the error when the reason is empty.

        Every selected object is carried on, so the count of skipped objects stays right.
        """
        objects = list(queryset)
        opts = self.model._meta
        context = {
            **self.admin_site.each_context(request),
            "title": title,
            "subtitle": None,
            "opts": opts,
            "app_label": opts.app_label,
            "objects": objects,
            "waiting": [obj for obj in objects if self.is_waiting(obj)],
            "skipped": [obj for obj in objects if not self.is_waiting(obj)],
            "form": form,
            "action": action,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
            "media": self.media,
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, SEND_BACK_TEMPLATE, context)


def reason_form(request: HttpRequest) -> ReasonForm:
    """Bound once the moderator has posted the reason page (`post`), empty when the action starts."""
    return ReasonForm(request.POST if request.POST.get("post") else None)
