"""An artisan's own products: list, create, edit, submit for review, duplicate, archive (their photos:
catalogue/views_photos.py).

Every product is fetched through `Product.objects.managed_by(request.user)`: another producer's product
id gives 404, never its data. Only artisans come here; buyers get 403, moderators use the back-office.
The list costs the same number of queries whatever the number of products (tests pin it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from accounts.models import User
from catalogue import services
from catalogue.forms import ProductForm
from catalogue.models import Photo, Product
from catalogue.services import ProductStateError
from producers.models import Producer

# A page a phone shows quickly; a group with more products pages through them.
MY_PRODUCTS_PER_PAGE = 30


def artisan_required(view: Callable) -> Callable:
    """Signed-in artisans only: others are sent to sign in (and back), buyers and moderators refused."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if request.user.role != User.Role.ARTISAN:
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


def own_producer(user: User) -> Producer | None:
    """The producer the artisan works for (the first she joined, should she be in several)."""
    return Producer.objects.managed_by(user).order_by("memberships__created_at", "pk").first()


def own_product(request: HttpRequest, pk: int) -> Product:
    """The artisan's product `pk` (404 for anyone else's), knowing whether new photos wait for review."""
    products = (
        Product.objects.managed_by(request.user)
        .select_related("producer")
        .annotate(photos_waiting=services.photos_waiting())
    )
    return get_object_or_404(products, pk=pk)


def no_producer_yet(request: HttpRequest) -> HttpResponse:
    messages.info(
        request, _("First tell buyers who you are: create your producer profile, then add products.")
    )
    return redirect("my_producer:home")


@dataclass(frozen=True)
class Status:
    """A product's status in the maker's words, and a CSS hint: "ok", "wait", "todo" or "problem"."""

    text: str
    tone: str


def maker_status(product: Product, producer: Producer) -> Status:
    if product.status == Product.Status.DRAFT:
        return Status(_("Draft"), "todo")
    if product.status == Product.Status.PENDING:
        return Status(_("Waiting for review"), "wait")
    if product.status == Product.Status.REJECTED:
        if product.rejection_reason:
            return Status(_("Rejected: %(reason)s") % {"reason": product.rejection_reason}, "problem")
        return Status(_("Rejected"), "problem")
    if product.status == Product.Status.ARCHIVED:
        return Status(_("Archived"), "todo")
    # Published: what buyers see is the approved version, whatever waits (an edit, new photos).
    waiting = services.changes_waiting(product)
    if product.changes_submitted_at is not None:
        return Status(_("Changes waiting for review"), "wait")
    if waiting and product.rejection_reason:
        return Status(
            _("Visible to buyers. Your changes were not accepted: %(reason)s")
            % {"reason": product.rejection_reason},
            "problem",
        )
    if waiting:
        return Status(_("Visible to buyers. Your changes are not sent for review yet."), "todo")
    if producer.status != Producer.Status.APPROVED:
        return Status(_("Approved. Buyers will see it once your producer profile is approved."), "wait")
    return Status(_("Visible to buyers"), "ok")


def can_submit(product: Product) -> bool:
    if product.status in (Product.Status.DRAFT, Product.Status.REJECTED):
        return True
    return (
        product.status == Product.Status.PUBLISHED
        and product.changes_submitted_at is None
        and services.changes_waiting(product)
    )


def offers_send(product: Product) -> bool:
    """Whether the edit form offers "Save and send for review": not when it already waits for review."""
    if product.status in (Product.Status.DRAFT, Product.Status.REJECTED):
        return True
    return product.status == Product.Status.PUBLISHED and product.changes_submitted_at is None


@artisan_required
def product_list(request: HttpRequest) -> HttpResponse:
    """The maker's products, newest change first, MY_PRODUCTS_PER_PAGE at a time; archived ones apart.

    The same number of queries for 1 or 500 products: one count of both groups, one page of products
    (with the photos-waiting annotation) and one query for the page's covers.
    """
    producer = own_producer(request.user)
    if producer is None:
        return no_producer_yet(request)
    archived = request.GET.get("archived") == "1"
    counts = Product.objects.of_producer(producer).aggregate(
        active=Count("pk", filter=~Q(status=Product.Status.ARCHIVED)),
        archived=Count("pk", filter=Q(status=Product.Status.ARCHIVED)),
    )
    products = Product.objects.of_producer(producer)
    if archived:
        products = products.filter(status=Product.Status.ARCHIVED)
    else:
        products = products.exclude(status=Product.Status.ARCHIVED)
    products = (
        products.annotate(photos_waiting=services.photos_waiting())
        # Only the cover: the maker sees all her photos, those still waiting for review too.
        .prefetch_related(
            Prefetch("photos", queryset=Photo.objects.order_by("position", "id")[:1], to_attr="covers")
        )
        .order_by("-updated_at", "-id")
    )
    paginator = Paginator(products, MY_PRODUCTS_PER_PAGE)
    paginator.count = counts["archived" if archived else "active"]  # known already: no second count
    page = paginator.get_page(request.GET.get("page"))
    rows = [{"product": p, "status": maker_status(p, producer), "can_submit": can_submit(p)} for p in page]
    ctx = {"producer": producer, "rows": rows, "page": page, "archived": archived, "counts": counts}
    return render(request, "catalogue/my/product_list.html", ctx)


@artisan_required
def product_create(request: HttpRequest) -> HttpResponse:
    producer = own_producer(request.user)
    if producer is None:
        return no_producer_yet(request)
    language = get_language()
    form = ProductForm(request.POST or None, language=language)
    if request.method == "POST" and form.is_valid():
        data = {**form.cleaned_data, "original_language": language}
        product = services.product_create(producer=producer, data=data)
        return saved(request, product, send=request.POST.get("action") == "submit", created=True)
    # No "send for review" yet: a new product gets its photos first (the next page).
    ctx = {"form": form, "product": None, "offer_send": False}
    return render(request, "catalogue/my/product_form.html", ctx)


@artisan_required
def product_edit(request: HttpRequest, pk: int) -> HttpResponse:
    product = own_product(request, pk)
    if product.status == Product.Status.ARCHIVED:
        messages.info(
            request, _("This product is archived and cannot be changed. Make a copy to sell it again.")
        )
        return redirect("my_products:list")
    # A published product's pending changes are what the maker last wrote: she continues from there.
    form = ProductForm(
        request.POST or None,
        instance=product,
        initial=dict(product.pending_changes or {}),
        language=get_language(),
    )
    if request.method == "POST" and form.is_valid():
        try:
            product = services.product_update(product=product, data=form.cleaned_data, by=request.user)
        except ProductStateError as error:
            messages.error(request, str(error))
            return redirect("my_products:list")
        return saved(request, product, send=request.POST.get("action") == "submit")
    photos = list(product.photos.order_by("position", "id"))
    ctx = {
        "form": form,
        "product": product,
        "status": maker_status(product, product.producer),
        "offer_send": offers_send(product),
        "photos": photos,
        "photos_waiting": sum(photo.awaiting_review for photo in photos),
        "photos_url": photos_url(product),
    }
    return render(request, "catalogue/my/product_form.html", ctx)


def saved(request: HttpRequest, product: Product, *, send: bool, created: bool = False) -> HttpResponse:
    """After a save: send for review if asked, say what happened, and show the saved form again.

    The edit page's form carries the new `updated_at`, which tells the browser's keep-form script that
    the server has the text, so it forgets its copy. A new product goes on to its photos instead (the
    next thing a listing needs); that page tells the script the same.
    """
    if send:
        try:
            product = services.product_submit(product=product)
        except ProductStateError as error:
            messages.info(request, str(error))
            send = False
    if product.status == Product.Status.PUBLISHED:
        if not services.changes_waiting(product):
            messages.success(request, _("Saved. Buyers see this version."))
        elif send:
            messages.success(
                request,
                _(
                    "Your changes were sent for review. Buyers see the approved version until they are accepted."
                ),
            )
        else:
            messages.success(
                request,
                _(
                    "Your changes are saved but not visible to buyers yet. Send them for review when you are "
                    "ready."
                ),
            )
    elif send:
        messages.success(request, _("Sent for review. The association will check it soon."))
    elif product.status == Product.Status.PENDING:
        messages.success(request, _("Saved. It is still waiting for review."))
    elif product.status == Product.Status.REJECTED:
        messages.success(request, _("Saved. Send it for review again when it is ready."))
    else:
        messages.success(request, _("Saved as a draft. Add photos, then send it for review."))
    if created:
        return redirect("my_products:photos", pk=product.pk)
    return redirect("my_products:edit", pk=product.pk)


@artisan_required
@require_POST
def product_submit(request: HttpRequest, pk: int) -> HttpResponse:
    product = own_product(request, pk)
    try:
        product = services.product_submit(product=product)
    except ProductStateError as error:
        messages.info(request, str(error))
    else:
        if product.status == Product.Status.PUBLISHED:
            messages.success(
                request,
                _(
                    "Your changes were sent for review. Buyers see the approved version until they are accepted."
                ),
            )
        else:
            messages.success(request, _("Sent for review. The association will check it soon."))
    # The photos page sends its changes from where the maker is, and she stays there.
    back = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(back)
    return redirect("my_products:list")


@artisan_required
@require_POST
def product_duplicate(request: HttpRequest, pk: int) -> HttpResponse:
    product = own_product(request, pk)
    copy = services.product_duplicate(product=product)
    messages.success(
        request,
        _(
            "A copy was made as a draft, with the same photos. Delete the photos that show another piece "
            "and add photos of this one."
        ),
    )
    return redirect("my_products:edit", pk=copy.pk)


@artisan_required
def product_archive(request: HttpRequest, pk: int) -> HttpResponse:
    """A confirmation page (no JavaScript needed), then the archiving itself on POST."""
    product = own_product(request, pk)
    if request.method == "POST":
        services.product_archive(product=product)
        messages.success(request, _("Archived. Buyers no longer see this product."))
        return redirect("my_products:list")
    ctx = {"product": product}
    return render(request, "catalogue/my/product_archive.html", ctx)


def photos_url(product: Product) -> str:
    """The product's photo page (catalogue/views_photos.py)."""
    return reverse("my_products:photos", kwargs={"pk": product.pk})
