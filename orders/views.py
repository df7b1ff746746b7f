"""Pages of the conversation: the inquiry form, the buyer's inquiries, the maker's inbox, a thread, the
shortlist.

Every inquiry is fetched through a queryset scoped to the person (`Inquiry.objects.visible_to`): another
person's inquiry is a 404, never someone else's data. Query budgets: each list and the thread cost the
same few queries whatever their length (tests/test_inquiry_pages.py pins them).
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.db.models import Count, F, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext
from django.views.decorators.http import require_POST

from accounts import lockout
from accounts.models import User
from catalogue.filters import buyer_rate
from catalogue.models import Product
from catalogue.views import cover_photos, product_cards
from multilingual.fields import language_codes
from multilingual.text import script_language
from orders.forms import CloseForm, InquiryForm, ReplyForm
from orders.models import Inquiry, InquiryItem
from orders.services import (
    InquiryError,
    inquiry_close,
    inquiry_create,
    is_member,
    message_reply,
    shortlist_toggle,
    thread_mark_read,
)
from producers.models import Producer

PAGE_SIZE = 30
# At most this many products of one maker are offered on the inquiry form.
FORM_PRODUCTS = 60
# Inquiries a buyer, and a connection, may send in an hour: plenty for real work, a wall for a script.
INQUIRIES_PER_HOUR_PER_BUYER = 10
INQUIRIES_PER_HOUR_PER_ADDRESS = 20
HOUR = 60 * 60
DRAFT_KEY = "inquiry_draft"


def page_language() -> str:
    return (get_language() or "en").split("-")[0]


def inquiries_allowed(user: User, ip: str) -> bool:
    return (
        lockout.counter_value(f"inquiry:user:{user.pk}") < INQUIRIES_PER_HOUR_PER_BUYER
        and lockout.counter_value(f"inquiry:ip:{lockout.digest(ip)}") < INQUIRIES_PER_HOUR_PER_ADDRESS
    )


def inquiry_record(user: User | None, ip: str) -> None:
    if user is not None:
        lockout.counter_incr(f"inquiry:user:{user.pk}", HOUR)
    lockout.counter_incr(f"inquiry:ip:{lockout.digest(ip)}", HOUR)


def form_products(request: HttpRequest) -> tuple[Producer, list[Product], list[int]]:
    """The maker asked and its public products, from ?product=<id> (repeatable) or ?producer=<id>.

    An unpublished product, a hidden producer or products of several makers are a 404: an inquiry goes to
    one maker about what buyers can see.
    """
    chosen = [int(value) for value in request.GET.getlist("product") if value.isdigit()][:FORM_PRODUCTS]
    if chosen:
        producer_ids = set(
            Product.objects.published().filter(pk__in=chosen).values_list("producer_id", flat=True)
        )
        if len(producer_ids) != 1:
            raise Http404("No such products, or of several makers.")
        producer_id = producer_ids.pop()
    elif (value := request.GET.get("producer", "")).isdigit():
        producer_id = int(value)
    else:
        raise Http404("Which maker?")
    products = list(
        Product.objects.published()
        .filter(producer_id=producer_id)
        .select_related("producer", "producer__district")
        .prefetch_related(cover_photos())
        .order_by("-published_at", "-id")[:FORM_PRODUCTS]
    )
    if not products:
        # A public maker without public products can still be asked (about making something).
        producer = get_object_or_404(Producer.objects.public().select_related("district"), pk=producer_id)
    else:
        producer = products[0].producer
    known = {product.pk for product in products}
    if any(pk not in known for pk in chosen):
        raise Http404("No such product.")
    return producer, products, chosen


def inquiry_new(request: HttpRequest) -> HttpResponse:
    producer, products, chosen = form_products(request)
    user = request.user
    if user.is_authenticated and user.role != User.Role.BUYER:
        return render(request, "orders/buyers_only.html", {"producer": producer}, status=403)
    language = page_language()
    here = request.get_full_path()
    data = request.POST if request.method == "POST" else None
    draft = request.session.get(DRAFT_KEY)
    restored = False
    if data is None and user.is_authenticated and draft and draft.get("path") == here:
        # Back from signing in or signing up: the inquiry as she typed it, ready to check and send.
        data, restored = draft["data"], True
        del request.session[DRAFT_KEY]
    form = InquiryForm(data, products=products, chosen=chosen, language=language)
    status = 200
    if request.method == "POST":
        if not user.is_authenticated:
            # Kept in the session, not lost: she signs in (or signs up) and comes back to this form.
            request.session[DRAFT_KEY] = {
                "path": here,
                "data": {k: v for k, v in request.POST.items() if k != "csrfmiddlewaretoken"},
            }
            return redirect_to_login(here, reverse("accounts:login"))
        ip = lockout.client_ip(request)
        if not inquiries_allowed(user, ip):
            form.add_error(
                None,
                gettext(
                    "You have sent many inquiries in the last hour. Please wait a little and send it again."
                ),
            )
            status = 429
        elif form.is_valid():
            data = form.cleaned_data
            try:
                inquiry = inquiry_create(
                    buyer=user,
                    producer=producer,
                    items=data["items"],
                    body=data["body"],
                    body_language=script_language(data["body"], language),
                    currency=data["currency"],
                    wanted_by=data["wanted_by"],
                    destination=data["destination"],
                    sample_requested=data["sample_requested"],
                )
            except InquiryError as error:
                form.add_error(None, error)
            else:
                inquiry_record(user, ip)
                if inquiry.is_held:
                    messages.warning(
                        request,
                        gettext(
                            "Your inquiry is saved. It will reach the maker as soon as you confirm your "
                            "email address: please open the link we sent you."
                        ),
                    )
                else:
                    messages.success(request, gettext("Your inquiry was sent. The maker has been told."))
                return redirect(inquiry)
        elif form.has_error("__all__", "honeypot"):
            inquiry_record(None, ip)
    ctx = {"form": form, "producer": producer, "restored": restored, "here": here}
    return render(request, "orders/inquiry_form.html", ctx, status=status)


def thread_queryset(user: User):
    return Inquiry.objects.visible_to(user).select_related(
        "buyer", "buyer__buyer_profile", "producer", "producer__district"
    )


def inquiry_items(inquiry: Inquiry) -> list[InquiryItem]:
    return list(
        inquiry.items.select_related("product")
        .prefetch_related(Prefetch("product__photos", queryset=cover_photos().queryset))
        .order_by("id")
    )


@login_required
def thread(request: HttpRequest, pk: int) -> HttpResponse:
    inquiry = get_object_or_404(thread_queryset(request.user), pk=pk)
    user = request.user
    as_buyer = inquiry.buyer_id == user.pk
    as_maker = not as_buyer and is_member(user, inquiry.producer_id)
    can_write = (as_buyer or (as_maker and not inquiry.is_held)) and inquiry.is_open
    form = ReplyForm(request.POST or None) if can_write else None
    if request.method == "POST":
        if form is None:
            messages.error(request, gettext("This conversation is closed. Send a new inquiry to talk again."))
            return redirect(inquiry)
        if form.is_valid():
            body = form.cleaned_data["body"]
            try:
                message_reply(
                    inquiry=inquiry,
                    author=user,
                    body=body,
                    body_language=script_language(body, page_language()),
                )
            except InquiryError as error:
                messages.error(request, error.messages[0])
                return redirect(inquiry)
            messages.success(request, gettext("Your message was sent."))
            return redirect(f"{inquiry.get_absolute_url()}#latest")
    messages_ = list(inquiry.messages.select_related("author"))
    read_at = inquiry.buyer_read_at if as_buyer else inquiry.producer_read_at
    ctx = {
        "inquiry": inquiry,
        "items": inquiry_items(inquiry),
        "thread": messages_,
        "form": form,
        "as_buyer": as_buyer,
        "as_maker": as_maker,
        # The other side's messages since this side last looked: marked "new" this once.
        "new_ids": {
            m.pk
            for m in messages_
            if (as_buyer or as_maker)
            and m.from_buyer != as_buyer
            and (read_at is None or m.created_at > read_at)
        },
    }
    response = render(request, "orders/thread.html", ctx)
    if as_buyer or as_maker:
        thread_mark_read(inquiry=inquiry, as_buyer=as_buyer)
    return response


@login_required
def close(request: HttpRequest, pk: int) -> HttpResponse:
    inquiry = get_object_or_404(thread_queryset(request.user), pk=pk)
    user = request.user
    if not (inquiry.buyer_id == user.pk or (is_member(user, inquiry.producer_id) and not inquiry.is_held)):
        raise Http404("Only the buyer and the maker close a conversation.")
    if not inquiry.is_open:
        messages.info(request, gettext("This conversation is already closed."))
        return redirect(inquiry)
    form = CloseForm(request.POST or None, currency=inquiry.currency)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            inquiry_close(
                inquiry=inquiry,
                by=user,
                outcome=data["outcome"],
                ordered_quantity=data["ordered_quantity"],
                ordered_value=data["ordered_value"],
                ordered_currency=data["ordered_currency"],
                no_deal_reason=data["no_deal_reason"],
                note=data["note"],
            )
        except InquiryError as error:
            messages.error(request, error.messages[0])
        else:
            messages.success(
                request, gettext("The conversation is closed. Thank you for telling us how it ended.")
            )
        return redirect(inquiry)
    return render(request, "orders/close.html", {"inquiry": inquiry, "form": form})


def inquiry_rows(queryset):
    """Inquiries for a list, with their products' titles: two queries for the page, whatever its size.

    Only the titles of the products are loaded: a page of 20 inquiries names about 60 products, and whole
    products (descriptions and specifications in three languages) cost several milliseconds to build.
    """
    titles = [f"product__title_{code}" for code in language_codes()]
    items = (
        InquiryItem.objects.select_related("product")
        .only("inquiry_id", "quantity", "product__original_language", *titles)
        .order_by("id")
    )
    return queryset.prefetch_related(Prefetch("items", queryset=items))


@login_required
def buyer_list(request: HttpRequest) -> HttpResponse:
    """My inquiries: what a buyer asked, newest activity first, with the maker's answers marked."""
    user = request.user
    if user.role != User.Role.BUYER:
        if Producer.objects.managed_by(user).exists():
            return redirect("my_inquiries:inbox")
        return render(request, "orders/buyers_only.html", {}, status=403)
    inquiries = Inquiry.objects.for_buyer(user).select_related("producer", "producer__district")
    page = Paginator(inquiry_rows(inquiries.order_by("-last_message_at", "-id")), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    ctx = {
        "page": page,
        "inquiries": page.object_list,
        "unread": Inquiry.objects.for_buyer(user).unread_by_buyer().count(),
    }
    return render(request, "orders/buyer_list.html", ctx)


INBOX_TABS = {
    "open": Q(status__in=[Inquiry.Status.NEW, Inquiry.Status.ANSWERED]),
    "closed": Q(status=Inquiry.Status.CLOSED),
    "all": Q(),
}


@login_required
def inbox(request: HttpRequest) -> HttpResponse:
    """The maker's inquiries, in Lao on her phone: open ones first, the unread marked."""
    user = request.user
    producer = Producer.objects.managed_by(user).first()
    if producer is None:
        messages.info(request, gettext("Create your producer first: buyers send inquiries to a producer."))
        return redirect("my_producer:home")
    tab = request.GET.get("show", "open")
    if tab not in INBOX_TABS:
        tab = "open"
    mine = Inquiry.objects.for_producer_member(user).filter(producer=producer)
    counts = mine.aggregate(
        open=Count("pk", filter=INBOX_TABS["open"]),
        unread=Count(
            "pk",
            filter=Q(buyer_wrote_at__isnull=False)
            & (Q(producer_read_at__isnull=True) | Q(buyer_wrote_at__gt=F("producer_read_at"))),
        ),
    )
    inquiries = inquiry_rows(
        mine.filter(INBOX_TABS[tab])
        .select_related("buyer", "buyer__buyer_profile")
        .order_by("-last_message_at", "-id")
    )
    page = Paginator(inquiries, PAGE_SIZE).get_page(request.GET.get("page"))
    ctx = {"page": page, "inquiries": page.object_list, "tab": tab, "counts": counts, "producer": producer}
    return render(request, "orders/inbox.html", ctx)


@login_required
def shortlist(request: HttpRequest) -> HttpResponse:
    """Saved products, grouped by maker, each group with one button to ask that maker about them."""
    saved = list(
        product_cards()
        .filter(shortlisted__user=request.user)
        .order_by("producer_id", "-shortlisted__created_at")
    )
    groups: dict[int, list[Product]] = {}
    for product in saved:
        groups.setdefault(product.producer_id, []).append(product)
    ctx = {
        "groups": [(products[0].producer, products) for products in groups.values()],
        "card_rate": buyer_rate(get_language()),
    }
    return render(request, "orders/shortlist.html", ctx)


@require_POST
def shortlist_change(request: HttpRequest, pk: int) -> HttpResponse:
    product = get_object_or_404(Product.objects.published(), pk=pk)
    back = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(back, {request.get_host()}, request.is_secure()):
        back = product.get_absolute_url()
    if not request.user.is_authenticated:
        return redirect_to_login(back, reverse("accounts:login"))
    if shortlist_toggle(user=request.user, product=product):
        messages.success(request, gettext("Saved to your shortlist."))
    else:
        messages.info(request, gettext("Removed from your shortlist."))
    return redirect(back)
