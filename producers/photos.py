"""The producer's photo (a portrait, the workshop, the village): set, replace and remove it with its files.

It takes the road product photos take (DESIGN.md §4 and §9): the upload is decoded, turned upright,
stripped of its metadata and re-encoded by `catalogue.images.process_image` — pure functions, the only
part of the catalogue app used here — then written through Django's storage API under a name the server
makes, producers/<producer pk>/<random>.jpg for the master and <random>-<width>.webp for each rendition:

- the photo is processed completely in memory first, then its files are written, then the row points
  at them; if the row cannot be written, the new files are removed again;
- the files of a replaced or removed photo are removed once the change is committed, never before (a
  rolled-back change keeps the photo it had).
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO

from django.core.files.base import ContentFile
from django.core.files.storage import Storage
from django.db import transaction

from catalogue.images import ProcessedImage, process_image
from producers.models import Producer

logger = logging.getLogger(__name__)

PHOTO_FIELDS = ["photo", "photo_width", "photo_height", "photo_renditions", "updated_at"]


@dataclass(frozen=True)
class PhotoFiles:
    """The storage names of one photo's files."""

    master: str
    renditions: dict[str, str]  # width (as a string, like JSON keys) → name

    @property
    def names(self) -> list[str]:
        return [self.master, *self.renditions.values()]


def producer_photo_storage() -> Storage:
    """The storage of Producer.photo (the default storage unless the field names another)."""
    return Producer._meta.get_field("photo").storage


def producer_photo_set(*, producer: Producer, uploaded_file: IO[bytes]) -> Producer:
    """Process an uploaded photo and make it the producer's photo, in place of any earlier one.

    Raises `RejectedImage` (a ValidationError with a translated message) for a file that is no usable
    photo; nothing is stored then.
    """
    processed = process_image(uploaded_file)
    return producer_photo_set_processed(producer=producer, processed=processed)


def producer_photo_set_processed(*, producer: Producer, processed: ProcessedImage) -> Producer:
    """Store an already processed photo (a form processes it while validating) as the producer's photo."""
    files = photo_files_write(producer=producer, processed=processed)
    try:
        with transaction.atomic():
            # The names stored in the database, read under the row's lock: two uploads at once then take
            # turns, and the second removes the first's files instead of leaving them behind unused.
            old = producer_photo_files(_locked(producer))
            producer.photo = files.master
            producer.photo_width, producer.photo_height = processed.width, processed.height
            producer.photo_renditions = files.renditions
            producer.save(update_fields=PHOTO_FIELDS)
            files_delete_on_commit(old)
    except BaseException:
        files_delete(files.names)
        raise
    return producer


def producer_photo_remove(*, producer: Producer) -> Producer:
    """Take the producer's photo away; its files are removed once the change is committed."""
    with transaction.atomic():
        old = producer_photo_files(_locked(producer))
        producer.photo = ""
        producer.photo_width = producer.photo_height = None
        producer.photo_renditions = {}
        producer.save(update_fields=PHOTO_FIELDS)
        files_delete_on_commit(old)
    return producer


def producer_photo_files(producer: Producer) -> list[str]:
    """Every storage name the producer's photo uses: its master and renditions."""
    names = [producer.photo.name] if producer.photo else []
    names.extend(name for name in (producer.photo_renditions or {}).values() if name)
    return names


def _locked(producer: Producer) -> Producer:
    return Producer.objects.select_for_update().only("photo", "photo_renditions").get(pk=producer.pk)


def new_stem(producer: Producer) -> str:
    """A fresh name (without extension) for a producer's photo files; random, so never guessable."""
    return f"producers/{producer.pk}/{uuid.uuid4().hex}"


def photo_files_write(*, producer: Producer, processed: ProcessedImage) -> PhotoFiles:
    """Write a processed photo's master and renditions; on any failure, remove what was written."""
    if producer.pk is None:
        raise ValueError("Save the producer before giving it a photo: its files are named after its pk.")
    storage = producer_photo_storage()
    stem = new_stem(producer)
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


def files_delete_on_commit(names: Iterable[str]) -> None:
    """Remove files once the current transaction commits (at once outside a transaction)."""
    names = list(names)
    if names:
        transaction.on_commit(lambda: files_delete(names), robust=True)


def files_delete(names: Iterable[str]) -> None:
    """Remove files from storage; a failure is logged, never raised (the row no longer names them)."""
    storage = producer_photo_storage()
    for name in names:
        try:
            storage.delete(name)
        except Exception:
            logger.exception("could not delete %s from storage", name)
