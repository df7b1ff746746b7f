"""The artisan's own producer: onboarding, profile, review and members, /<lang>/my/producer/…

Every view works on "my producer": the one the signed-in person is a member of. No producer id is ever
read from the URL or a form, so nobody can reach another maker's producer by changing a number.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Case, IntegerField, Value, When
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST

from accounts.models import User
from producers.forms import MemberAddForm, MemberRemoveForm, ProducerForm
from producers.models import Producer, ProducerMembership
from producers.photos import producer_photo_remove, producer_photo_set_processed
from producers.services import (
    SUBMITTABLE,
    producer_create,
    producer_member_add,
    producer_member_remove,
    producer_missing,
    producer_submit,
    producer_update,
)

# The owner's membership first: whoever owns a producer works on that one.
OWNER_FIRST = Case(
    When(role=ProducerMembership.Role.OWNER, then=Value(0)), default=Value(1), output_field=IntegerField()
)


def my_membership(user: User) -> ProducerMembership | None:
    """The signed-in person's membership of a producer, with the producer and what its pages read."""
    return (
        ProducerMembership.objects.filter(user=user)
        .select_related("producer", "producer__district")
        .prefetch_related("producer__crafts")
        .order_by(OWNER_FIRST, "created_at", "pk")
        .first()
    )


def forbidden(request: HttpRequest, reason: str) -> HttpResponse:
    return render(request, "producers/my/forbidden.html", {"reason": reason}, status=403)


def maker_required(view: Callable) -> Callable:
    """Signed-in makers only. The view receives the person's membership (None before she has a producer).

    Buyers and moderators get a page that says where to go instead; a moderator who is a member of a
    producer (added in the back-office) may use it like any member.
    """

    @wraps(view)
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        membership = my_membership(request.user)
        if membership is None and request.user.role != User.Role.ARTISAN:
            reason = "moderator" if request.user.is_moderator else "buyer"
            return forbidden(request, reason)
        return view(request, membership, *args, **kwargs)

    return wrapped


@maker_required
def home(request: HttpRequest, membership: ProducerMembership | None) -> HttpResponse:
    if membership is None:
        return render(request, "producers/my/onboarding.html", {})
    producer = membership.producer
    ctx = {
        "producer": producer,
        "is_owner": membership.role == ProducerMembership.Role.OWNER,
        "missing": producer_missing(producer),
        "can_submit": producer.status in SUBMITTABLE,
    }
    return render(request, "producers/my/home.html", ctx)


@maker_required
def create(request: HttpRequest, membership: ProducerMembership | None) -> HttpResponse:
    if membership is not None:
        messages.info(request, gettext("You already have a producer. You can edit it here."))
        return redirect("my_producer:edit")
    language = get_language()
    form = ProducerForm(request.POST or None, language=language)
    if request.method == "POST" and form.is_valid():
        try:
            producer_create(owner=request.user, data={**form.cleaned_data, "original_language": language})
        except ValidationError as error:
            if getattr(error, "code", None) == "has_producer":  # an earlier tap on "Save" created it
                return redirect("my_producer:home")
            form.add_error(None, error)
        else:
            messages.success(
                request,
                gettext(
                    "Your producer is saved. Only you can see it for now: complete it, then send it "
                    "to the association for review."
                ),
            )
            return redirect("my_producer:home")
    ctx = {"form": form, "producer": None}
    return render(request, "producers/my/form.html", ctx)


@maker_required
def edit(request: HttpRequest, membership: ProducerMembership | None) -> HttpResponse:
    if membership is None:
        return redirect("my_producer:home")
    producer = membership.producer
    form = ProducerForm(
        request.POST or None, request.FILES or None, instance=producer, language=get_language()
    )
    if request.method == "POST" and form.is_valid():
        try:
            # The text and the photo are saved together or not at all. The form has already processed a
            # new photo (a refused one is a form error); a new file wins over a ticked "Remove".
            with transaction.atomic():
                producer_update(producer=producer, data=form.cleaned_data)
                if form.photo_processed is not None:
                    producer_photo_set_processed(producer=producer, processed=form.photo_processed)
                elif form.cleaned_data.get("photo_remove"):
                    producer_photo_remove(producer=producer)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, gettext("Your changes are saved."))
            return redirect("my_producer:home")
    ctx = {"form": form, "producer": producer}
    return render(request, "producers/my/form.html", ctx)


@maker_required
@require_POST
def submit(request: HttpRequest, membership: ProducerMembership | None) -> HttpResponse:
    if membership is None:
        return redirect("my_producer:home")
    try:
        producer_submit(producer=membership.producer)
    except ValidationError as error:
        for text in error.messages:
            messages.error(request, text)
    else:
        messages.success(
            request,
            gettext(
                "Sent. The association will review your producer; you will find its decision in your notices."
            ),
        )
    return redirect("my_producer:home")


@maker_required
def members(request: HttpRequest, membership: ProducerMembership | None) -> HttpResponse:
    if membership is None:
        return redirect("my_producer:home")
    if membership.role != ProducerMembership.Role.OWNER:
        return forbidden(request, "not_owner")
    producer: Producer = membership.producer
    add_form = MemberAddForm()
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "add":
            add_form = MemberAddForm(request.POST)
            if add_form.is_valid():
                try:
                    added = producer_member_add(
                        producer=producer, by=request.user, login=add_form.cleaned_data["login"]
                    )
                except ValidationError as error:
                    add_form.add_error("login", error)
                else:
                    messages.success(
                        request, gettext("%(name)s can now edit this producer.") % {"name": added.user}
                    )
                    return redirect("my_producer:members")
        elif action == "remove":
            remove_form = MemberRemoveForm(request.POST, producer=producer)
            if remove_form.is_valid():
                removed = remove_form.cleaned_data["membership"]
                try:
                    producer_member_remove(producer=producer, by=request.user, membership=removed)
                except ValidationError as error:
                    for text in error.messages:
                        messages.error(request, text)
                else:
                    messages.success(
                        request,
                        gettext("%(name)s can no longer edit this producer.") % {"name": removed.user},
                    )
            else:
                messages.error(request, gettext("This person is not a member of your producer."))
            return redirect("my_producer:members")
        else:
            return redirect("my_producer:members")
    ctx = {
        "producer": producer,
        "memberships": producer.memberships.select_related("user").order_by(OWNER_FIRST, "created_at", "pk"),
        "add_form": add_form,
    }
    return render(request, "producers/my/members.html", ctx)
