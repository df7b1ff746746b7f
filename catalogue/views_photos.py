"""The photos of an artisan's product: see them in order, add them from the camera or the gallery, make
one the cover, move them, delete them (DESIGN.md §4, issue 3).

The page works without JavaScript: its form posts any number of files at once, and every other action
is a small POST form that comes back to the page. When static/js/photo-upload.js runs, it shrinks each
photo in the browser and sends it alone to `photo_upload`, which answers in JSON with the photo's list
item (the same include as the page), so a dropped connection costs one photo, not the batch. Both paths
end in `services.product_photo_add`: on a published product a new photo waits for review.

Every photo is reached through the artisan's own product (`own_product`, then `product.photos`): another
producer's product or photo id gives 404 and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from catalogue import services
from catalogue.images import RejectedImage
from catalogue.models import Photo, Product
from catalogue.photos import MAX_PHOTOS_PER_PRODUCT, PhotoLimitReached
from catalogue.views_my import artisan_required, maker_status, own_product
from multilingual.text import truncate

# Phones name photos "IMG_20261102_094107.jpg"; anything longer is cut in messages.
FILE_NAME_LENGTH = 60


def photos_of(product: Product) -> list[Photo]:
    return list(product.photos.order_by("position", "id"))


def count_text(count: int) -> str:
    return _("%(count)s of %(limit)s photos") % {"count": count, "limit": MAX_PHOTOS_PER_PRODUCT}


def limit_text() -> str:
    return str(PhotoLimitReached())


def review_state(product: Product) -> str:
    """ "unsent" when a published product has changes (new photos) not sent for review, "sent" when they
    wait for a moderator, else ""."""
    if product.status != Product.Status.PUBLISHED:
        return ""
    if product.changes_submitted_at is not None:
        return "sent"
    return "unsent" if services.changes_waiting(product) else ""


def added_messages(product: Product, count: int, *, waiting: bool) -> list[str]:
    """What the maker is told after `count` photos were added: when buyers will see them (`waiting`: the
    photos wait for review)."""
    texts = [ngettext("%(count)d photo added.", "%(count)d photos added.", count) % {"count": count}]
    if not waiting:
        return texts
    if product.changes_submitted_at is not None:
        texts.append(_("Buyers will see the new photos once the association accepts your changes."))
    else:
        texts.append(
            _(
                "Buyers will see the new photos once the association accepts them. Send them for review "
                "when you are ready."
            )
        )
    return texts


def file_name(upload) -> str:
    name = (getattr(upload, "name", "") or "").replace("\\", "/").rsplit("/", 1)[-1]
    return name if len(name) <= FILE_NAME_LENGTH else truncate(name, FILE_NAME_LENGTH - 1) + "…"


def error_text(error: ValidationError) -> str:
    return str(error.messages[0]) if error.messages else _("This photo could not be added.")


def page_url(product: Product, photo: Photo | None = None) -> str:
    """The photos page; at the photo that was acted on, so a phone does not jump back to the top."""
    url = reverse("my_products:photos", kwargs={"pk": product.pk})
    return f"{url}#photo-{photo.pk}" if photo is not None else url


@artisan_required
def photos(request: HttpRequest, pk: int) -> HttpResponse:
    """The page (GET), or the form's upload of several files at once (POST, without JavaScript)."""
    product = own_product(request, pk)
    if request.method == "POST":
        return upload_files(request, product)
    photos = photos_of(product)
    editable = product.status != Product.Status.ARCHIVED
    ctx = {
        "product": product,
        "photos": photos,
        "status": maker_status(product, product.producer),
        "editable": editable,
        "can_add": editable and len(photos) < MAX_PHOTOS_PER_PRODUCT,
        "count_text": count_text(len(photos)),
        "limit": MAX_PHOTOS_PER_PRODUCT,
        "limit_text": limit_text(),
        "review": review_state(product),
    }
    return render(request, "catalogue/my/photos.html", ctx)


def upload_files(request: HttpRequest, product: Product) -> HttpResponse:
    """Add every file of the form, one by one: the good ones are kept whatever happens to the others."""
    uploads = request.FILES.getlist("photos")
    if not uploads:
        messages.error(request, _("Choose one or more photos first."))
        return redirect(page_url(product))
    added = 0
    waiting = False
    over_limit: list[str] = []
    for upload in uploads:
        try:
            photo = services.product_photo_add(product=product, uploaded_file=upload)
        except services.ProductStateError as error:
            messages.error(request, str(error))
            return redirect(page_url(product))
        except PhotoLimitReached:
            over_limit.append(file_name(upload))
        except RejectedImage as error:
            messages.error(
                request,
                _("“%(name)s” was not added: %(reason)s") % {"name": file_name(upload), "reason": str(error)},
            )
        else:
            added += 1
            waiting = waiting or photo.awaiting_review
    if over_limit:
        # One message for all of them: choosing 30 photos from the gallery should not make 20 lines.
        messages.error(
            request,
            _("Not added: %(names)s. %(reason)s")
            % {"names": ", ".join(f"“{name}”" for name in over_limit), "reason": limit_text()},
        )
    if added:
        for text in added_messages(product, added, waiting=waiting):
            messages.success(request, text)
    return redirect(page_url(product))


@artisan_required
@require_POST
def photo_upload(request: HttpRequest, pk: int) -> JsonResponse:
    """One photo from the page's script: 201 with its list item, or 400 with the reason to show.

    A refused file, the limit or an archived product is never a server error: the script shows the
    message and does not retry. Only a real failure (5xx, no connection) is retried.
    """
    product = own_product(request, pk)
    upload = request.FILES.get("photo")
    if upload is None:
        return JsonResponse({"error": _("Choose a photo to add.")}, status=400)
    try:
        photo = services.product_photo_add(product=product, uploaded_file=upload)
    except ValidationError as error:  # RejectedImage, PhotoLimitReached, ProductStateError
        return JsonResponse({"error": error_text(error)}, status=400)
    ids = list(product.photos.order_by("position", "id").values_list("pk", flat=True))
    html = render_to_string(
        "catalogue/my/photo_item.html",
        {"photo": photo, "product": product, "is_cover": ids[:1] == [photo.pk], "editable": True},
        request=request,
    )
    return JsonResponse(
        {
            "id": photo.pk,
            "html": html,
            "count": len(ids),
            "count_text": count_text(len(ids)),
            "full": len(ids) >= MAX_PHOTOS_PER_PRODUCT,
            "awaiting_review": photo.awaiting_review,
            "messages": added_messages(product, 1, waiting=photo.awaiting_review)[1:],
        },
        status=201,
    )


def own_photo(product: Product, photo_pk: int) -> Photo:
    """A photo of the artisan's own product: another product's photo id is 404."""
    return get_object_or_404(product.photos, pk=photo_pk)


def photo_action(
    request: HttpRequest, product: Product, photo: Photo | None, action: Callable[[], object], done: str
) -> HttpResponse:
    """Run a service on the product's photos, say what happened, and go back to the page (at the photo)."""
    try:
        action()
    except services.ProductStateError as error:
        messages.error(request, str(error))
        return redirect(page_url(product))
    messages.success(request, done)
    return redirect(page_url(product, photo))


@artisan_required
@require_POST
def photo_cover(request: HttpRequest, pk: int, photo_pk: int) -> HttpResponse:
    product = own_product(request, pk)
    photo = own_photo(product, photo_pk)
    if photo.awaiting_review:
        done = _("This photo will be the cover. Buyers see it once the association accepts it.")
    else:
        done = _("This photo is now the cover.")
    return photo_action(request, product, photo, lambda: services.product_photo_make_cover(photo=photo), done)


@artisan_required
@require_POST
def photo_move(request: HttpRequest, pk: int, photo_pk: int) -> HttpResponse:
    """Move a photo one place: `direction` is "earlier" or "later" (anything else moves nothing)."""
    product = own_product(request, pk)
    photo = own_photo(product, photo_pk)
    offset = {"earlier": -1, "later": 1}.get(request.POST.get("direction", ""), 0)
    return photo_action(
        request,
        product,
        photo,
        lambda: services.product_photo_move(photo=photo, offset=offset),
        _("Photo moved."),
    )


@artisan_required
@require_POST
def photo_delete(request: HttpRequest, pk: int, photo_pk: int) -> HttpResponse:
    """Delete at once (the page asks first, in a fold that needs no JavaScript)."""
    product = own_product(request, pk)
    photo = own_photo(product, photo_pk)
    return photo_action(
        request, product, None, lambda: services.product_photo_delete(photo=photo), _("Photo deleted.")
    )


@artisan_required
@require_POST
def photos_reorder(request: HttpRequest, pk: int) -> HttpResponse:
    """Put the photos in the posted order (`photo` ids, first the cover), for a script that drags them.

    Ids that are not numbers or not this product's photos are ignored: they can move nothing.
    """
    product = own_product(request, pk)
    ids = [int(value) for value in request.POST.getlist("photo") if value.isdigit()]
    return photo_action(
        request,
        product,
        None,
        lambda: services.product_photos_reorder(product=product, photo_ids=ids),
        _("The photos are in their new order."),
    )
