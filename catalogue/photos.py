"""Photo services: add, replace, copy, reorder and delete product photos with their files (DESIGN.md §4).

Every file goes through Django's storage API (production uses object storage) under a name the server
makes — products/<product pk>/<random>.jpg for the master, <random>-<width>.webp for each rendition —
so nothing an uploader named or sent is served back. Files and rows move together:

- a photo is processed completely in memory first (catalogue/images.py), then its files are written,
  then its row is created; if the row cannot be written, the files are removed again;
- files of a deleted photo or product are removed once the deletion is committed, never before (a
  rolled-back deletion keeps its files).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import transaction
from django.db.models import Max, QuerySet
from django.utils.translation import gettext_lazy as _

from catalogue.images import ProcessedImage, process_image
from catalogue.models import Photo, Product

logger = logging.getLogger(__name__)

# Enough to show a piece from every side and in use; more only slows the page on a village connection.
MAX_PHOTOS_PER_PRODUCT = 10


class PhotoLimitReached(ValidationError):
    """The product already has its `MAX_PHOTOS_PER_PRODUCT` photos."""

    def __init__(self) -> None:
        super().__init__(
            _("A product can have up to %(limit)s photos. Delete one before adding another."),
            code="too_many_photos",
            params={"limit": MAX_PHOTOS_PER_PRODUCT},
        )

    def __str__(self) -> str:
        return str(self.messages[0])


@dataclass(frozen=True)
class PhotoFiles:
    """The storage names of one photo's files."""

    master: str
    renditions: dict[str, str]  # width (as a string, like JSON keys) → name

    @property
    def names(self) -> list[str]:
        return [self.master, *self.renditions.values()]


def photo_storage() -> Storage:
    """The storage of Photo.image (the default storage unless the field names another)."""
    return Photo._meta.get_field("image").storage


def photo_add(
    *,
    product: Product,
    uploaded_file: IO[bytes],
    alt_text: str | Mapping[str, str] | None = None,
    position: int | None = None,
    by_maker: bool = False,
) -> Photo:
    """Process an uploaded photo and add it to `product`.

    Raises `RejectedImage` (a file that is no usable photo) or `PhotoLimitReached`, both ValidationErrors
    with a translated message; in either case nothing is stored. The limit is checked before the
    processing (so a refused photo costs no CPU) and again, under a lock, when the row is written.
    `by_maker`: see `photo_add_processed`.
    """
    photo_limit_check(product=product)
    processed = process_image(uploaded_file)
    return photo_add_processed(
        product=product, processed=processed, alt_text=alt_text, position=position, by_maker=by_maker
    )


def photo_add_processed(
    *,
    product: Product,
    processed: ProcessedImage,
    alt_text: str | Mapping[str, str] | None = None,
    position: int | None = None,
    photo: Photo | None = None,
    by_maker: bool = False,
) -> Photo:
    """Store an already processed photo (a form processes it while validating) and create its row.

    `alt_text` is a text in the active language, or a mapping of language code → text. Without a
    `position` the photo goes last. `photo` is an unsaved row whose other fields are already set (a
    back-office form's instance); it is completed and saved. `by_maker`: the product's maker adds it, so
    on a published product it waits for a moderator (`Photo.awaiting_review`) and buyers do not see it
    yet; the status is read under the row lock, so an approval cannot slip in between.
    """
    files = photo_files_write(product=product, processed=processed)
    try:
        with transaction.atomic():
            # The product's row lock serialises concurrent uploads, so two tenth photos cannot both pass.
            status = (
                Product.objects.select_for_update()
                .filter(pk=product.pk)
                .values_list("status", flat=True)
                .get()
            )
            photo_limit_check(product=product)
            if photo is None:
                if position is None:
                    last = product.photos.aggregate(last=Max("position"))["last"]
                    position = 0 if last is None else last + 1
                # Width and height given with the image: the ImageField then never reads the file back.
                photo = Photo(
                    image=files.master,
                    width=processed.width,
                    height=processed.height,
                    renditions=files.renditions,
                )
            else:
                photo.image = files.master
                photo.width, photo.height = processed.width, processed.height
                photo.renditions = files.renditions
            if position is not None:
                photo.position = position
            photo.product = product
            if by_maker and status == Product.Status.PUBLISHED:
                photo.awaiting_review = True
            photo_alt_text_set(photo, alt_text)
            photo.save()
    except BaseException:
        files_delete(files.names)
        raise
    return photo


def photo_replace_image(*, photo: Photo, processed: ProcessedImage) -> Photo:
    """Give an existing photo a new picture; the old files go once the change is committed.

    The photo's other fields (position, alt text) are saved as they are on the instance.
    """
    # The names stored in the database: a form may already have put the upload on the instance.
    old = photo_files(Photo.objects.get(pk=photo.pk))
    files = photo_files_write(product=photo.product, processed=processed)
    try:
        with transaction.atomic():
            photo.image = files.master
            photo.width, photo.height = processed.width, processed.height
            photo.renditions = files.renditions
            photo.save()
            files_delete_on_commit(old)
    except BaseException:
        files_delete(files.names)
        raise
    return photo


def photo_delete(*, photo: Photo) -> None:
    """Delete a photo; its files are removed when the deletion is committed."""
    photos_delete(photos=Photo.objects.filter(pk=photo.pk))


def photos_delete(*, photos: QuerySet[Photo]) -> int:
    """Delete photos (the back-office's bulk deletion); their files go when the deletion is committed."""
    with transaction.atomic():
        names = [name for photo in photos for name in photo_files(photo)]
        count, _by_model = photos.delete()
        files_delete_on_commit(names)
    return count


def products_delete(*, products: QuerySet[Product]) -> int:
    """Delete products with their photos, and the photos' files once the deletion is committed.

    The database cascades from a product to its photos but knows nothing of files: without this,
    every deleted product would leave its pictures in storage for ever.
    """
    with transaction.atomic():
        photos = Photo.objects.filter(product__in=products)
        names = [name for photo in photos for name in photo_files(photo)]
        count, _by_model = products.delete()
        files_delete_on_commit(names)
    return count


def product_delete(*, product: Product) -> None:
    products_delete(products=Product.objects.filter(pk=product.pk))


def photos_copy(*, source: Product, target: Product) -> list[Photo]:
    """Copy the photos of `source` to `target` (duplicating a listing), each with files of its own.

    Sharing files would let the deletion of one product remove the other's pictures.
    """
    storage = photo_storage()
    copies = []
    for photo in source.photos.order_by("position", "id"):
        if not photo.image:
            continue
        stem = new_stem(target)
        written: list[str] = []
        try:
            master = storage_copy(storage, photo.image.name, f"{stem}.{photo.image.name.rsplit('.', 1)[-1]}")
            written.append(master)
            renditions = {}
            for width, name in photo.renditions.items():
                renditions[width] = storage_copy(storage, name, f"{stem}-{width}.webp")
                written.append(renditions[width])
            copy = Photo(
                product=target,
                image=master,
                width=photo.width,
                height=photo.height,
                renditions=renditions,
                position=photo.position,
            )
            for field in Photo._meta.concrete_fields:
                if field.name.startswith("alt_text"):
                    setattr(copy, field.attname, getattr(photo, field.attname))
            copy.save()
        except BaseException:
            files_delete(written)
            raise
        copies.append(copy)
    return copies


def photos_reorder(*, product: Product, photo_ids: Sequence[int]) -> None:
    """Put the product's photos in the order of `photo_ids`; the first is the cover.

    Ids of other products' photos are ignored (a changed form cannot move someone else's photo), and
    photos left out keep their order after the listed ones.
    """
    with transaction.atomic():
        photos = {photo.pk: photo for photo in product.photos.select_for_update().order_by("position", "id")}
        wanted = [photos.pop(pk) for pk in dict.fromkeys(photo_ids) if pk in photos]
        ordered = [*wanted, *photos.values()]
        changed = []
        for position, photo in enumerate(ordered):
            if photo.position != position:
                photo.position = position
                changed.append(photo)
        Photo.objects.bulk_update(changed, ["position"])


def photo_move(*, photo: Photo, offset: int) -> None:
    """Move `photo` `offset` places earlier (negative) or later among its product's photos.

    At either end it stays where it is; a photo deleted meanwhile moves nothing.
    """
    with transaction.atomic():
        ids = list(
            photo.product.photos.select_for_update().order_by("position", "id").values_list("pk", flat=True)
        )
        if photo.pk not in ids:
            return
        index = ids.index(photo.pk)
        ids.insert(max(0, min(len(ids) - 1, index + offset)), ids.pop(index))
        photos_reorder(product=photo.product, photo_ids=ids)


def photo_make_cover(*, photo: Photo) -> None:
    """Make `photo` the first of its product's photos, the others keeping their order."""
    photos_reorder(product=photo.product, photo_ids=[photo.pk])


def photo_limit_check(*, product: Product) -> None:
    if product.pk is not None and product.photos.count() >= MAX_PHOTOS_PER_PRODUCT:
        raise PhotoLimitReached()


def photo_alt_text_set(photo: Photo, alt_text: str | Mapping[str, str] | None) -> None:
    """Set the photo's description: one text for the active language, or a text per language code."""
    if alt_text is None:
        return
    if isinstance(alt_text, str):
        photo.alt_text = alt_text  # modeltranslation writes it to the active language's column
        return
    for code, text in alt_text.items():
        setattr(photo, f"alt_text_{code}", text or "")


def photo_files(photo: Photo) -> list[str]:
    """Every storage name a photo uses: its master and renditions."""
    names = [photo.image.name] if photo.image else []
    names.extend(name for name in (photo.renditions or {}).values() if name)
    return names


def new_stem(product: Product) -> str:
    """A fresh name (without extension) for a product's photo files; random, so never guessable."""
    return f"products/{product.pk}/{uuid.uuid4().hex}"


def photo_files_attach(*, photo: Photo, processed: ProcessedImage) -> PhotoFiles:
    """Write a processed photo's files for `photo.product` and point the row at them, without saving it.

    For a loader that creates rows its own way (the demo data); the caller saves the row.
    """
    files = photo_files_write(product=photo.product, processed=processed)
    photo.image = files.master
    photo.width, photo.height = processed.width, processed.height
    photo.renditions = files.renditions
    return files


def photo_files_write(*, product: Product, processed: ProcessedImage) -> PhotoFiles:
    """Write a processed photo's master and renditions; on any failure, remove what was written."""
    storage = photo_storage()
    stem = new_stem(product)
    written: list[str] = []
    try:
        master = storage.save(f"{stem}.{processed.master_extension}", ContentFile(processed.master))
        written.append(master)
        renditions = {}
        for width, data in processed.renditions.items():
            name = storage.save(f"{stem}-{width}.{processed.rendition_extension}", ContentFile(data))
            written.append(name)
            renditions[str(width)] = name
    except BaseException:
        files_delete(written)
        raise
    return PhotoFiles(master=master, renditions=renditions)


def storage_copy(storage: Storage, name: str, new_name: str) -> str:
    with storage.open(name, "rb") as source:
        return storage.save(new_name, ContentFile(source.read()))


def files_delete_on_commit(names: Iterable[str]) -> None:
    """Remove files once the current transaction commits (at once outside a transaction)."""
    names = list(names)
    if names:
        transaction.on_commit(lambda: files_delete(names), robust=True)


def files_delete(names: Iterable[str]) -> None:
    """Remove files from storage; a failure is logged, never raised (the rows are already gone)."""
    storage = photo_storage()
    for name in names:
        try:
            storage.delete(name)
        except Exception:
            logger.exception("could not delete %s from storage", name)
