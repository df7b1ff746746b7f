"""Photos from phones: the upload corpus through the pipeline, the services that store and delete files,
the back-office upload, and the <img> with its renditions (DESIGN.md §4, issue 3)."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from PIL import Image

from catalogue import images
from catalogue.images import (
    CARD_MAX_BYTES,
    DETAIL_MAX_BYTES,
    MASTER_LONG_EDGE,
    ProcessedImage,
    RejectedImage,
    process_image,
)
from catalogue.models import Photo, Product
from catalogue.photos import (
    MAX_PHOTOS_PER_PRODUCT,
    PhotoLimitReached,
    photo_add,
    photo_delete,
    photo_make_cover,
    photo_replace_image,
    photos_copy,
    photos_reorder,
    products_delete,
)
from tests import factories, photo_corpus
from tests.photo_corpus import BLUE, CASES, RED

# broken-exif.jpg makes Pillow warn while it reads the EXIF; the photo is accepted all the same.
pytestmark = pytest.mark.filterwarnings("ignore:Corrupt EXIF data:UserWarning")
# Long enough never to turn up by chance in compressed pixels (effect_noise is not seeded).
METADATA_MARKERS = (
    b"Exif\0\0",
    b"GPSLatitude",
    b"samsung",
    b"Galaxy A14",
    b"xmpmeta",
    b"Ban Phanom",
    b"ICC_PROFILE",
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return photo_corpus.build_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def typical_photo() -> bytes:
    """What the upload page sends for a phone photo: 2048 px long edge, JPEG quality 0.8."""
    return photo_corpus.browser_downscaled(photo_corpus.phone_photo(2048, 1536, orientation=1))


def corpus_file(corpus: dict[str, Path], name: str) -> Path:
    if name not in corpus:
        pytest.skip(f"{name}: pillow-heif has no HEVC encoder on this machine, so no HEIC can be made")
    return corpus[name]


def processed(corpus: dict[str, Path], name: str) -> ProcessedImage:
    with corpus_file(corpus, name).open("rb") as file:
        return process_image(file)


def outputs(result: ProcessedImage) -> list[bytes]:
    return [result.master, *result.renditions.values()]


def upload(corpus: dict[str, Path], name: str, as_name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(as_name or name, corpus_file(corpus, name).read_bytes(), "image/jpeg")


def stored_files() -> set[str]:
    root = Path(default_storage.location)
    return (
        {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}
        if root.exists()
        else set()
    )


# --- The corpus through the pipeline -------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_corpus_file_gets_its_expected_answer(corpus, case):
    with corpus_file(corpus, case.name).open("rb") as file:
        if case.accepted:
            result = process_image(file)
            assert result.master.startswith(b"\xff\xd8")
            assert result.renditions
            assert all(data[8:12] == b"WEBP" for data in result.renditions.values())
        else:
            with pytest.raises(RejectedImage) as refused:
                process_image(file)
            assert refused.value.code == case.code
            assert str(refused.value).endswith(".")  # a whole sentence that says what to do


SPOTS = {"top left": (1, 1), "top right": (3, 1), "bottom left": (1, 3), "bottom right": (3, 3)}


@pytest.mark.parametrize(
    ("orientation", "red_at", "blue_at"),
    [
        (1, "top left", "bottom right"),
        (3, "bottom right", "top left"),  # upside down
        (6, "top right", "bottom left"),  # the usual portrait photo: turned a quarter clockwise
        (8, "bottom left", "top right"),
    ],
)
def test_a_rotated_jpeg_is_stored_upright(orientation, red_at, blue_at):
    # Stored 400×300, red in the top-left quarter and blue in the bottom-right one.
    result = process_image(io.BytesIO(photo_corpus.rotated_jpeg(orientation)))
    turned = orientation in (6, 8)
    assert (result.width, result.height) == ((300, 400) if turned else (400, 300))
    for data in outputs(result):
        with Image.open(io.BytesIO(data)) as picture:
            picture = picture.convert("RGB")
            quarter_x, quarter_y = picture.width // 4, picture.height // 4
            for colour, spot in ((RED, red_at), (BLUE, blue_at)):
                x, y = SPOTS[spot]
                assert close(picture.getpixel((x * quarter_x, y * quarter_y)), colour)


@pytest.mark.parametrize(
    "name", ["gps.jpg", "photo.webp", "depth.jpg", "srgb-tagged.jpg", "rotated.jpg", "iphone.heic"]
)
def test_no_metadata_is_left_in_the_master_or_the_renditions(corpus, name):
    source = corpus_file(corpus, name).read_bytes()
    assert any(marker in source for marker in METADATA_MARKERS) or name.endswith(".heic")
    for data in outputs(processed(corpus, name)):
        with Image.open(io.BytesIO(data)) as picture:
            assert not picture.getexif()
            assert not set(picture.info) & {"exif", "xmp", "icc_profile", "comment", "XML:com.adobe.xmp"}
        for marker in METADATA_MARKERS:
            assert marker not in data


def test_a_cmyk_jpeg_comes_out_in_rgb_with_its_colours(corpus):
    result = processed(corpus, "cmyk.jpg")
    with Image.open(io.BytesIO(result.master)) as master:
        assert master.mode == "RGB"
        red, green, blue = master.getpixel((40, 50))  # cyan
        assert red < 80 and green > 150 and blue > 150
        red, green, blue = master.getpixel((160, 50))  # magenta
        assert green < 80 and red > 150 and blue > 150


def test_a_16_bit_png_is_scaled_to_8_bits_not_clipped_to_white(corpus):
    result = processed(corpus, "grey-16bit.png")
    with Image.open(io.BytesIO(result.master)) as master:
        left, middle, right = (master.convert("L").getpixel((x, 32)) for x in (2, 128, 253))
    assert left < 20
    assert 100 < middle < 156
    assert right > 235


def test_transparency_is_flattened_on_white(corpus):
    result = processed(corpus, "cut-out.png")
    with Image.open(io.BytesIO(result.master)) as master:
        assert close(master.getpixel((5, 5)), (255, 255, 255))
        assert close(master.getpixel((150, 100)), RED)


def test_a_30_mb_file_is_refused_on_its_size_without_being_decoded(corpus, monkeypatch):
    def no_decoding(*args, **kwargs):
        raise AssertionError("a file over the size limit reached Pillow")

    monkeypatch.setattr(images.Image, "open", no_decoding)
    started = time.perf_counter()
    with corpus["huge.jpg"].open("rb") as file, pytest.raises(RejectedImage) as refused:
        process_image(file)
    assert time.perf_counter() - started < 0.1
    assert refused.value.code == "too_large"
    assert str(refused.value) == "This photo is too large (30 MB). Please choose a photo under 20 MB."


def test_the_size_message_is_translated_with_the_numbers_in_place(corpus):
    with translation.override("ja"), corpus["huge.jpg"].open("rb") as file:
        with pytest.raises(RejectedImage) as refused:
            process_image(file)
        message = str(refused.value)
    assert "30" in message and "20" in message


@pytest.mark.parametrize("name", ["bomb.png", "bomb.jpg"])
def test_a_decompression_bomb_is_refused_before_any_pixel_is_decoded(corpus, name):
    started = time.perf_counter()
    with pytest.raises(RejectedImage) as refused:
        processed(corpus, name)
    assert time.perf_counter() - started < 0.5
    assert refused.value.code == "too_many_pixels"
    assert "64 megapixels" in str(refused.value)


def test_the_pixel_limit_can_be_lowered(corpus):
    with corpus["gps.jpg"].open("rb") as file, pytest.raises(RejectedImage) as refused:
        process_image(file, max_pixels=500_000)
    assert refused.value.code == "too_many_pixels"


def test_files_that_lie_about_being_photos_are_named_for_what_to_do(corpus):
    for name in ("invoice.pdf.jpg", "page.html.jpg", "script.svg", "animated.gif", "poster.eps.jpg"):
        with pytest.raises(RejectedImage) as refused:
            processed(corpus, name)
        assert str(refused.value) == (
            "This file is not a photo we can read. Please choose a JPEG, PNG, WebP or HEIC photo."
        )


def test_a_large_jpeg_is_decoded_at_reduced_size_and_never_upscaled():
    big = photo_corpus.encoded(photo_corpus.quadrants(3400, 2550), "JPEG", quality=80)
    result = process_image(io.BytesIO(big))
    # draft() decoded it at half size (1700 px), which is both under the master's limit and enough
    # for the widest rendition: no resampling from the full 8.7 megapixels.
    assert (result.width, result.height) == (1700, 1275)
    assert list(result.renditions) == [320, 480, 640, 1024, 1600]
    assert max(result.width, result.height) <= MASTER_LONG_EDGE


def test_renditions_are_never_wider_than_the_photo(corpus):
    assert list(processed(corpus, "tiny.jpg").renditions) == [120]
    assert list(processed(corpus, "gps.jpg").renditions) == [320, 480, 640, 1024, 1200]
    for width, data in processed(corpus, "gps.jpg").renditions.items():
        with Image.open(io.BytesIO(data)) as rendition:
            assert rendition.width == width


def test_a_typical_phone_photo_fits_the_byte_budgets(typical_photo):
    result = process_image(io.BytesIO(typical_photo))
    assert max(result.width, result.height) == MASTER_LONG_EDGE
    assert len(result.renditions[640]) <= CARD_MAX_BYTES
    assert len(result.renditions[320]) <= CARD_MAX_BYTES
    assert len(result.renditions[1024]) <= DETAIL_MAX_BYTES


def test_a_very_detailed_photo_is_squeezed_into_the_card_budget():
    grainy = photo_corpus.woven_scene(1000, 750, noise=10)
    at_usual_quality = photo_corpus.encoded(
        grainy.resize((640, 480), Image.Resampling.LANCZOS), "WEBP", quality=images.RENDITION_QUALITY
    )
    assert len(at_usual_quality) > CARD_MAX_BYTES
    result = process_image(io.BytesIO(photo_corpus.encoded(grainy, "JPEG", quality=95)))
    assert len(result.renditions[640]) <= CARD_MAX_BYTES


# --- Services: files and rows together -----------------------------------------------------------


@pytest.fixture
def product(db):
    return factories.ProductFactory()


def test_photo_add_stores_the_master_and_renditions_under_names_the_server_made(corpus, product):
    photo = photo_add(
        product=product,
        uploaded_file=upload(corpus, "gps.jpg", as_name="../../etc/passwd.jpg"),
        alt_text="Scarf",
    )
    photo.refresh_from_db()
    stem = rf"products/{product.pk}/[0-9a-f]{{32}}"
    assert re.fullmatch(stem + r"\.jpg", photo.image.name)
    assert set(photo.renditions) == {"320", "480", "640", "1024", "1200"}
    for width, name in photo.renditions.items():
        assert re.fullmatch(rf"{stem}-{width}\.webp", name)
    assert stored_files() == {photo.image.name, *photo.renditions.values()}
    assert (photo.width, photo.height) == (1200, 900)
    assert photo.alt_text_en == "Scarf"
    assert photo.position == 0


def test_photos_are_added_last_unless_a_position_is_given(corpus, product):
    first = photo_add(product=product, uploaded_file=upload(corpus, "tiny.jpg"))
    second = photo_add(product=product, uploaded_file=upload(corpus, "tiny.jpg"))
    placed = photo_add(product=product, uploaded_file=upload(corpus, "tiny.jpg"), position=7)
    assert (first.position, second.position, placed.position) == (0, 1, 7)


@pytest.mark.parametrize("name", [case.name for case in CASES if not case.accepted])
def test_a_refused_file_leaves_nothing_behind(corpus, product, name):
    with pytest.raises(RejectedImage):
        photo_add(product=product, uploaded_file=upload(corpus, name))
    assert not Photo.objects.exists()
    assert stored_files() == set()


def test_a_failed_database_write_removes_the_files_already_written(corpus, product, monkeypatch):
    def broken_save(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(Photo, "save", broken_save)
    with pytest.raises(DatabaseError):
        photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"))
    assert stored_files() == set()


def test_a_product_takes_at_most_ten_photos(corpus, product):
    factories.PhotoFactory.create_batch(MAX_PHOTOS_PER_PRODUCT, product=product)
    before = stored_files()
    with pytest.raises(PhotoLimitReached) as refused:
        photo_add(product=product, uploaded_file=upload(corpus, "tiny.jpg"))
    assert str(refused.value) == "A product can have up to 10 photos. Delete one before adding another."
    assert product.photos.count() == MAX_PHOTOS_PER_PRODUCT
    assert stored_files() == before


def test_photo_delete_removes_the_files_once_committed(corpus, product, django_capture_on_commit_callbacks):
    photo = photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"))
    kept = photo_add(product=product, uploaded_file=upload(corpus, "tiny.jpg"))
    with django_capture_on_commit_callbacks() as callbacks:
        photo_delete(photo=photo)
        assert default_storage.exists(photo.image.name)  # not before the commit
    for callback in callbacks:
        callback()
    assert stored_files() == {kept.image.name, *kept.renditions.values()}


def test_deleting_products_removes_their_photos_files(corpus, product, django_capture_on_commit_callbacks):
    photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"))
    other = factories.ProductFactory()
    kept = photo_add(product=other, uploaded_file=upload(corpus, "tiny.jpg"))
    with django_capture_on_commit_callbacks(execute=True):
        products_delete(products=Product.objects.filter(pk=product.pk))
    assert not Product.objects.filter(pk=product.pk).exists()
    assert stored_files() == {kept.image.name, *kept.renditions.values()}


def test_a_replaced_picture_takes_the_old_files_away(corpus, product, django_capture_on_commit_callbacks):
    photo = photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"))
    with django_capture_on_commit_callbacks(execute=True):
        photo_replace_image(photo=photo, processed=processed(corpus, "tiny.jpg"))
    photo.refresh_from_db()
    assert (photo.width, photo.height) == (120, 90)
    assert stored_files() == {photo.image.name, *photo.renditions.values()}


def test_a_duplicated_listing_keeps_its_photos_when_the_original_is_deleted(
    corpus, product, django_capture_on_commit_callbacks
):
    photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"), alt_text="Scarf")
    duplicate = factories.ProductFactory(producer=product.producer)
    (copy,) = photos_copy(source=product, target=duplicate)
    with django_capture_on_commit_callbacks(execute=True):
        products_delete(products=Product.objects.filter(pk=product.pk))
    assert copy.image.name.startswith(f"products/{duplicate.pk}/")
    assert copy.alt_text_en == "Scarf"
    assert stored_files() == {copy.image.name, *copy.renditions.values()}


def test_photos_are_reordered_and_another_products_photo_cannot_be_moved(product):
    first, second, third = factories.PhotoFactory.create_batch(3, product=product)
    stranger = factories.PhotoFactory(position=5)
    photos_reorder(product=product, photo_ids=[third.pk, stranger.pk, first.pk])
    assert list(product.photos.order_by("position").values_list("pk", flat=True)) == [
        third.pk,
        first.pk,
        second.pk,
    ]
    stranger.refresh_from_db()
    assert stranger.position == 5
    photo_make_cover(photo=second)
    assert product.photos.order_by("position").first() == second


# --- The back-office uploads through the same pipeline -------------------------------------------


def admin_url(model, view: str, *args) -> str:
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{view}", args=args)


def form_data(form) -> dict:
    """What a browser would send back for a form as the page shows it (files aside)."""
    data: dict = {}
    for bound in form:
        value = bound.value()
        widget = bound.field.widget
        if value is None or bound.name == "image":
            continue
        if hasattr(widget, "widgets"):  # split date and time
            for index, part in enumerate(widget.decompress(value)):
                data[f"{bound.html_name}_{index}"] = "" if part is None else str(part)
        elif isinstance(value, bool):
            if value:
                data[bound.html_name] = "on"
        elif isinstance(value, list | tuple):
            data[bound.html_name] = [str(item) for item in value]
        else:
            data[bound.html_name] = str(value)
    return data


def change_page_data(response) -> dict:
    data = form_data(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        data.update(form_data(inline.formset.management_form))
        for form in inline.formset.forms:
            data.update(form_data(form))
    return data


def add_inline_photo(data: dict, file: SimpleUploadedFile, position: int = 0) -> None:
    index = int(data["photos-TOTAL_FORMS"])
    data["photos-TOTAL_FORMS"] = str(index + 1)
    data[f"photos-{index}-image"] = file
    data[f"photos-{index}-position"] = str(position)
    data[f"photos-{index}-alt_text_en"] = "Folded scarf"


@pytest.fixture
def draft(db):
    return factories.ProductFactory(status=Product.Status.DRAFT, published_at=None)


def test_a_photo_uploaded_in_the_product_admin_gets_its_renditions(client, admin_user, draft, corpus):
    client.force_login(admin_user)
    url = admin_url(Product, "change", draft.pk)
    data = change_page_data(client.get(url))
    add_inline_photo(data, upload(corpus, "gps.jpg", as_name="IMG_2041.JPG"))
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    photo = draft.photos.get()
    assert "IMG_2041" not in photo.image.name
    assert set(photo.renditions) == {"320", "480", "640", "1024", "1200"}
    assert stored_files() == {photo.image.name, *photo.renditions.values()}


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_every_corpus_file_uploaded_in_the_product_admin_is_stored_or_a_form_error(
    client, admin_user, draft, corpus, case
):
    client.force_login(admin_user)
    url = admin_url(Product, "change", draft.pk)
    data = change_page_data(client.get(url))
    add_inline_photo(data, upload(corpus, case.name))
    response = client.post(url, data)
    if case.accepted:
        assert response.status_code == 302
        photo = draft.photos.get()
        assert stored_files() == {photo.image.name, *photo.renditions.values()}
        return
    assert response.status_code == 200
    page = response.content.decode().replace("&#x27;", "'")
    if case.code == "empty":
        assert "The submitted file is empty." in page  # Django's own check comes first
    else:
        assert str(RejectedImage.MESSAGES[case.code]).split("%")[0].split(" (")[0] in page
    assert not Photo.objects.exists()
    assert stored_files() == set()


def test_deleting_a_photo_in_the_product_admin_removes_its_files(
    client, admin_user, draft, corpus, django_capture_on_commit_callbacks
):
    photo = photo_add(product=draft, uploaded_file=upload(corpus, "gps.jpg"))
    client.force_login(admin_user)
    url = admin_url(Product, "change", draft.pk)
    data = change_page_data(client.get(url))
    data["photos-0-DELETE"] = "on"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302
    assert not Photo.objects.filter(pk=photo.pk).exists()
    assert stored_files() == set()


def test_the_product_admin_refuses_an_eleventh_photo(client, admin_user, draft, corpus):
    factories.PhotoFactory.create_batch(MAX_PHOTOS_PER_PRODUCT, product=draft)
    client.force_login(admin_user)
    url = admin_url(Product, "change", draft.pk)
    data = change_page_data(client.get(url))
    add_inline_photo(data, upload(corpus, "tiny.jpg"), position=10)
    response = client.post(url, data)
    assert response.status_code == 200
    assert draft.photos.count() == MAX_PHOTOS_PER_PRODUCT


def test_deleting_a_product_in_the_admin_removes_its_photos_files(
    client, admin_user, draft, corpus, django_capture_on_commit_callbacks
):
    photo_add(product=draft, uploaded_file=upload(corpus, "gps.jpg"))
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(admin_url(Product, "delete", draft.pk), {"post": "yes"})
    assert response.status_code == 302
    assert stored_files() == set()


def test_the_photo_admin_adds_a_photo_through_the_pipeline_and_refuses_a_lie(
    client, admin_user, draft, corpus
):
    client.force_login(admin_user)
    url = admin_url(Photo, "add")
    fields = {"product": draft.pk, "position": 0, "alt_text_en": "Scarf"}
    refused = client.post(url, {**fields, "image": upload(corpus, "page.html.jpg")})
    assert refused.status_code == 200
    assert "This file is not a photo we can read." in refused.content.decode()
    response = client.post(url, {**fields, "image": upload(corpus, "rotated.jpg")})
    assert response.status_code == 302
    photo = draft.photos.get()
    assert (photo.width, photo.height) == (300, 400)
    assert photo.renditions == {"300": photo.renditions["300"]}


def test_bulk_deleting_photos_in_the_admin_removes_their_files(
    client, admin_user, draft, corpus, django_capture_on_commit_callbacks
):
    photos = [photo_add(product=draft, uploaded_file=upload(corpus, "tiny.jpg")) for _ in range(2)]
    client.force_login(admin_user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            admin_url(Photo, "changelist"),
            {"action": "delete_selected", "_selected_action": [p.pk for p in photos], "post": "yes"},
        )
    assert response.status_code == 302
    assert stored_files() == set()


# --- The <img> with its renditions ---------------------------------------------------------------


def render_photo(photo, **arguments) -> str:
    args = " ".join(f'{name}="{value}"' for name, value in arguments.items())
    return Template("{% load catalogue %}{% photo_img photo " + args + " %}").render(
        Context({"photo": photo})
    )


def test_photo_img_offers_every_rendition_with_the_masters_size(corpus, product):
    photo = photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"))
    html = render_photo(photo, sizes="detail")
    urls = {width: default_storage.url(name) for width, name in photo.renditions.items()}
    assert f'src="{urls["640"]}"' in html
    srcset = re.search(r'srcset="([^"]+)"', html).group(1)
    assert srcset == ", ".join(f"{urls[w]} {w}w" for w in ("320", "480", "640", "1024", "1200"))
    assert 'sizes="(max-width: 48rem) 88vw, 32rem"' in html
    assert 'width="1200" height="900"' in html
    assert 'loading="lazy"' in html


def test_a_card_photo_says_it_is_shown_small(corpus, product):
    photo = photo_add(product=product, uploaded_file=upload(corpus, "gps.jpg"))
    assert 'sizes="(max-width: 48rem) 50vw, 15rem"' in render_photo(photo, css_class="cover")
    assert 'sizes="33vw"' in render_photo(photo, sizes="33vw")


def test_a_photo_stored_without_renditions_falls_back_to_its_image(product):
    photo = factories.PhotoFactory(product=product)
    html = render_photo(photo)
    assert f'<img src="{photo.image.url}" alt="A folded silk scarf" width="64" height="48"' in html
    assert "srcset" not in html


def close(colour, expected, tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(colour[:3], expected, strict=True))
