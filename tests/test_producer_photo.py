"""The producer's photo from the phone: the edit page, the photo services, one producer per person and the
public pages' <img> with its renditions.

Personas: anonymous, a buyer, another artisan, the owner, a member of the owner's producer, a moderator.
"""

from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError, IntegrityError, transaction
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from PIL import Image

from catalogue.images import MASTER_LONG_EDGE, RejectedImage
from producers.models import Producer, ProducerMembership
from producers.photos import producer_photo_files, producer_photo_remove, producer_photo_set
from producers.services import producer_member_add
from tests import factories, photo_corpus

EDIT = "my_producer:edit"


def url(name: str = EDIT, lang: str = "en") -> str:
    with translation.override(lang):
        return reverse(name)


def page(response) -> str:
    return unescape(response.content.decode())


def jpeg(width: int = 900, height: int = 600, colour: str = "teal") -> bytes:
    picture = Image.new("RGB", (width, height), colour)
    picture.paste(Image.new("RGB", (width // 3, height // 3), "orange"), (width // 4, height // 4))
    out = io.BytesIO()
    picture.save(out, "JPEG", quality=85)
    return out.getvalue()


def upload(data: bytes | None = None, name: str = "IMG_20261128_0915.jpg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, jpeg() if data is None else data, "image/jpeg")


def form_data(**overrides) -> dict:
    """The edit form as a phone posts it, in English."""
    data = {
        "kind": "group",
        "name_en": "Phanom weavers",
        "district": str(factories.district(601).pk),
        "village_en": "Ban Phanom",
        "crafts": [str(factories.craft("weaving").pk)],
        "story_en": "We weave silk on wooden looms under our houses, with dyes from our own garden.",
        "members_count": "12",
        "monthly_capacity": "80",
        "founded_year": "2005",
        "export_experience": "indirect",
        "languages_spoken": ["lo", "en"],
        "contact_name": "Khamla",
        "contact_phone": "020 5551 2345",
        "contact_email": "",
        "address": "",
    }
    return {**data, **overrides}


def stored_files() -> set[str]:
    root = Path(default_storage.location)
    if not root.exists():
        return set()
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def fresh(producer: Producer) -> Producer:
    return Producer.objects.get(pk=producer.pk)


@pytest.fixture
def member(producer):
    user = factories.ArtisanFactory(full_name="Noy Vongsa")
    ProducerMembership.objects.create(producer=producer, user=user, role=ProducerMembership.Role.MEMBER)
    return user


@pytest.fixture
def with_photo(producer):
    return producer_photo_set(producer=producer, uploaded_file=upload())


@pytest.fixture(scope="module")
def camera_photo() -> bytes:
    """A 12 MP camera JPEG (5.4 MB), stored landscape with "turn a quarter clockwise" and GPS in EXIF."""
    return photo_corpus.phone_photo(4032, 3024, orientation=6, gps=True)


# --- The edit page ------------------------------------------------------------------------------


def test_the_edit_page_offers_a_photo_box_that_a_phone_opens_on_its_camera(client, owner, producer):
    client.force_login(owner)
    html = page(client.get(url()))
    form = re.search(r"<form[^>]*data-keep[^>]*>", html).group(0)
    assert 'enctype="multipart/form-data"' in form
    assert re.search(r'<input type="file" name="photo"[^>]*accept="image/\*"', html)
    assert "Choose a photo" in html
    assert 'name="photo_remove"' not in html  # nothing to remove yet


def test_the_owner_adds_a_photo_from_the_edit_page(client, owner, producer):
    client.force_login(owner)
    response = client.post(url(), form_data(name_en="Phanom silk group", photo=upload()))
    assert response.status_code == 302
    assert response.url == url("my_producer:home")
    producer = fresh(producer)
    assert producer.name_en == "Phanom silk group"  # the text is saved with the photo
    # A name the server made, not the phone's file name; the master is 900 px wide, so its renditions
    # are 320, 480, 640 and its own width.
    assert re.fullmatch(rf"producers/{producer.pk}/[0-9a-f]{{32}}\.jpg", producer.photo.name)
    assert "IMG_2026" not in " ".join(stored_files())
    assert (producer.photo_width, producer.photo_height) == (900, 600)
    assert sorted(producer.photo_renditions, key=int) == ["320", "480", "640", "900"]
    stem = producer.photo.name.removesuffix(".jpg")
    assert producer.photo_renditions["320"] == f"{stem}-320.webp"
    assert stored_files() == set(producer_photo_files(producer))


def test_the_edit_page_shows_the_current_photo_with_replace_and_remove(client, owner, with_photo):
    client.force_login(owner)
    html = page(client.get(url()))
    current = re.search(r'<div class="current-photo"><img [^>]+>', html).group(0)
    assert f'srcset="/media/{with_photo.photo_renditions["320"]} 320w' in current
    assert 'loading="lazy"' in current
    assert "Replace the photo" in html
    assert re.search(r'<input type="checkbox" name="photo_remove"', html)
    assert "Remove the photo" in html


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n", "This file is not a photo we can read"),
        (b"", "This file is empty"),
        (jpeg()[:300], "This file is damaged or incomplete"),
    ],
    ids=["pdf", "empty", "cut-short"],
)
def test_a_refused_file_keeps_everything_typed_and_says_why_next_to_the_box(
    client, owner, producer, data, reason
):
    client.force_login(owner)
    typed = form_data(
        name_en="Phanom silk group", village_en="Ban Xang Khong", photo=upload(data, "scan.jpg")
    )
    response = client.post(url(), typed)
    assert response.status_code == 200
    html = page(response)
    assert 'value="Phanom silk group"' in html and 'value="Ban Xang Khong"' in html
    assert "with dyes from our own garden" in html
    # The reason is in the photo box, right above the file input, and the page says a box needs attention.
    box = re.search(r'<div class="field photo-field invalid">.*?<input type="file"', html, re.S).group(0)
    assert re.search(rf'<ul class="errorlist" id="id_photo_error"><li>{reason}[^<]*</li></ul>', box)
    assert 'class="form-errors"' in html
    # Nothing saved, nothing stored: neither the text nor any file.
    assert fresh(producer).name_en != "Phanom silk group"
    assert not fresh(producer).photo
    assert stored_files() == set()


def test_a_refused_file_keeps_the_photo_there_was(client, owner, with_photo):
    before = set(producer_photo_files(with_photo))
    client.force_login(owner)
    response = client.post(url(), form_data(photo=upload(b"<html>not a photo</html>", "a.jpg")))
    assert response.status_code == 200
    assert fresh(with_photo).photo.name == with_photo.photo.name
    assert stored_files() == before


def test_the_reason_is_given_in_the_pages_language(client, owner, producer):
    client.force_login(owner)
    response = client.post(url(lang="ja"), form_data(photo=upload(b"", "empty.jpg")))
    with translation.override("ja"):
        reason = translation.gettext(RejectedImage.MESSAGES["empty"])
    assert reason in page(response)


def test_a_camera_photo_sent_without_javascript_is_downsized_upright_and_without_gps(
    client, owner, producer, camera_photo
):
    # 5.4 MB: over FILE_UPLOAD_MAX_MEMORY_SIZE, so Django spools it to a temporary file first.
    assert len(camera_photo) > 5 * 1024 * 1024
    client.force_login(owner)
    response = client.post(url(), form_data(photo=upload(camera_photo)))
    assert response.status_code == 302
    producer = fresh(producer)
    # Turned upright (portrait), and at most 2048 px long instead of 4032 (libjpeg decodes it at half size).
    assert producer.photo_height > producer.photo_width
    assert 1000 < producer.photo_height <= MASTER_LONG_EDGE
    for name in producer_photo_files(producer):
        data = default_storage.open(name).read()
        assert b"GPSLatitude" not in data and b"Exif\0\0" not in data


def test_replacing_the_photo_deletes_the_old_files_once_committed(
    client, owner, with_photo, django_capture_on_commit_callbacks
):
    old = set(producer_photo_files(with_photo))
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(), form_data(photo=upload(jpeg(700, 700, "navy"))))
    assert response.status_code == 302
    producer = fresh(with_photo)
    new = set(producer_photo_files(producer))
    assert new.isdisjoint(old)
    assert (producer.photo_width, producer.photo_height) == (700, 700)
    assert stored_files() == new


def test_removing_the_photo_deletes_its_files_once_committed(
    client, owner, with_photo, django_capture_on_commit_callbacks
):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(), form_data(photo_remove="on"))
    assert response.status_code == 302
    producer = fresh(with_photo)
    assert not producer.photo
    assert producer.photo_renditions == {}
    assert producer.photo_width is None and producer.photo_height is None
    assert stored_files() == set()
    html = page(client.get(url()))
    assert 'class="current-photo"' not in html and 'name="photo_remove"' not in html


def test_saving_the_form_without_a_file_keeps_the_photo(client, owner, with_photo):
    client.force_login(owner)
    client.post(url(), form_data(name_en="Phanom silk group"))
    assert fresh(with_photo).photo.name == with_photo.photo.name
    assert stored_files() == set(producer_photo_files(with_photo))


def test_a_new_file_wins_over_a_ticked_remove(client, owner, with_photo, django_capture_on_commit_callbacks):
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(), form_data(photo=upload(jpeg(640, 480)), photo_remove="on"))
    producer = fresh(with_photo)
    assert producer.photo and producer.photo.name != with_photo.photo.name
    assert producer.photo_width == 640


def test_a_text_the_service_refuses_stores_no_photo(
    client, owner, producer, django_capture_on_commit_callbacks
):
    # An ODOP tag of another district passes the form but not producer_update: the photo goes with it.
    foreign = factories.OdopTagFactory(district=factories.district(602))
    client.force_login(owner)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url(), form_data(odop_tags=[str(foreign.pk)], photo=upload()))
    assert response.status_code == 200
    assert "ODOP product of another district" in page(response)
    assert not fresh(producer).photo
    assert stored_files() == set()


def test_the_create_page_has_no_photo_box(client, db):
    # The files are named after the producer's pk: the photo comes once the producer exists.
    client.force_login(factories.ArtisanFactory())
    html = page(client.get(url("my_producer:create")))
    assert 'name="photo"' not in html


def test_the_form_keeper_never_stores_files(client, owner, producer):
    # static/js/keep-form.js keeps typed text in localStorage: a file input must never be among it.
    script = (Path(__file__).parent.parent / "static" / "js" / "keep-form.js").read_text()
    skipped = re.search(r"\[([^\]]*)\]\.indexOf\(el\.type\) < 0", script).group(1)
    assert '"file"' in skipped


# --- Who may change the photo --------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_sign_in_and_nothing_is_stored(client, producer):
    response = client.post(url(), form_data(photo=upload()))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    assert not fresh(producer).photo
    assert stored_files() == set()


@pytest.mark.parametrize("persona", ["buyer", "moderator"])
def test_buyers_and_moderators_get_a_403_and_nothing_is_stored(client, request, producer, persona):
    client.force_login(request.getfixturevalue(persona))
    response = client.post(url(), form_data(photo=upload()))
    assert response.status_code == 403
    assert not Producer.objects.exclude(photo="").exists()
    assert stored_files() == set()


def test_another_artisan_only_ever_changes_her_own_photo(client, with_photo, other_artisan):
    client.force_login(other_artisan)
    data = form_data(photo=upload(), photo_remove="on", producer=with_photo.pk, pk=with_photo.pk)
    assert client.post(url(), data).status_code == 302
    assert fresh(with_photo).photo.name == with_photo.photo.name
    hers = Producer.objects.get(memberships__user=other_artisan)
    assert hers.photo.name.startswith(f"producers/{hers.pk}/")


def test_a_member_may_change_the_photo_as_she_may_edit_the_profile(client, member, producer):
    client.force_login(member)
    assert client.post(url(), form_data(photo=upload())).status_code == 302
    assert fresh(producer).photo.name.startswith(f"producers/{producer.pk}/")


def test_a_moderator_added_as_a_member_may_change_it_too(client, moderator, producer):
    ProducerMembership.objects.create(producer=producer, user=moderator)
    client.force_login(moderator)
    assert client.post(url(), form_data(photo=upload())).status_code == 302
    assert fresh(producer).photo


# --- The services ---------------------------------------------------------------------------------


def test_a_refused_file_raises_and_leaves_nothing_behind(producer):
    with pytest.raises(RejectedImage) as refused:
        producer_photo_set(producer=producer, uploaded_file=upload(b"GIF89a\x01\x00\x01\x00", "a.gif"))
    assert refused.value.code == "unsupported"
    assert not fresh(producer).photo
    assert stored_files() == set()


def test_a_failed_database_write_removes_the_files_already_written(producer, monkeypatch):
    def broken_save(*args, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(Producer, "save", broken_save)
    with pytest.raises(DatabaseError):
        producer_photo_set(producer=producer, uploaded_file=upload())
    assert stored_files() == set()


def test_a_rolled_back_replacement_keeps_the_old_files(with_photo, django_capture_on_commit_callbacks):
    old = set(producer_photo_files(with_photo))
    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        producer_photo_remove(producer=with_photo)
        raise RuntimeError("something later in the same transaction failed")
    assert old <= stored_files()


def test_the_photo_service_needs_a_saved_producer(db):
    with pytest.raises(ValueError):
        producer_photo_set(producer=Producer(name_en="Not saved"), uploaded_file=upload())
    assert stored_files() == set()


# --- One producer per person ----------------------------------------------------------------------


def test_the_database_refuses_a_second_producer_for_one_person(producer, other_artisan, member):
    for user, role in ((other_artisan, "member"), (member, "member"), (other_artisan, "owner")):
        with pytest.raises(IntegrityError), transaction.atomic():
            ProducerMembership.objects.create(producer=producer, user=user, role=role)
    assert ProducerMembership.objects.filter(user=other_artisan).count() == 1
    assert ProducerMembership.objects.filter(user=member).count() == 1


def test_a_member_added_elsewhere_meanwhile_is_a_message_not_a_crash(owner, producer, monkeypatch):
    """Two owners add the same maker at once: the checks pass for both, the database keeps one."""
    maker = factories.ArtisanFactory(full_name="Dao")
    elsewhere = factories.ProducerFactory(owner=factories.ArtisanFactory(), name_en="Ban Chan Potters")
    create = ProducerMembership.objects.create

    def racing_create(**kwargs):
        create(producer=elsewhere, user=maker, role=ProducerMembership.Role.MEMBER)  # the other request
        return create(**kwargs)

    monkeypatch.setattr(ProducerMembership.objects, "create", racing_create)
    with pytest.raises(ValidationError) as error:
        producer_member_add(producer=producer, by=owner, login=maker.phone)
    assert error.value.code == "other_producer"
    assert error.value.messages == ["Dao already belongs to another producer."]
    assert not producer.memberships.filter(user=maker).exists()


def test_the_members_page_says_when_a_maker_has_a_producer_already(client, owner, producer, other_artisan):
    client.force_login(owner)
    response = client.post(url("my_producer:members"), {"action": "add", "login": other_artisan.phone})
    assert response.status_code == 200
    assert "already belongs to another producer" in page(response)
    assert not producer.memberships.filter(user=other_artisan).exists()


# --- Public pages ---------------------------------------------------------------------------------


def public_url(obj_or_name, lang: str = "en") -> str:
    with translation.override(lang):
        return obj_or_name if isinstance(obj_or_name, str) else obj_or_name.get_absolute_url()


def img_tags(html: str) -> list[str]:
    return re.findall(r"<img [^>]+>", html)


def test_the_producer_page_shows_its_photo_at_once_with_every_rendition(client, with_photo):
    html = page(client.get(public_url(with_photo)))
    [img] = [tag for tag in img_tags(html) if "producer-photo" in tag]
    for width, name in with_photo.photo_renditions.items():
        assert f"/media/{name} {width}w" in img
    assert 'sizes="(max-width: 36rem) 92vw, 32rem"' in img
    assert 'width="900" height="600"' in img
    assert 'src="/media/' + with_photo.photo_renditions["640"] + '"' in img
    assert 'fetchpriority="high"' in img and "loading=" not in img
    assert 'alt=""' in img  # the name is the heading right above it


def test_producer_cards_show_a_lazy_thumbnail_from_the_renditions(client, with_photo):
    with translation.override("en"):
        list_url = reverse("producers:list")
    html = page(client.get(list_url))
    card = re.search(r'<li class="pcard with-photo">.*?</li>', html, re.S).group(0)
    [img] = img_tags(card)
    assert f"/media/{with_photo.photo_renditions['320']} 320w" in img
    assert 'sizes="4rem"' in img and 'width="900" height="600"' in img
    assert 'loading="lazy"' in img and "fetchpriority" not in img
    # The thumbnail links to the page too, without a second stop for the keyboard or a screen reader.
    assert re.search(r'<a class="pcard-photo" href="[^"]+" tabindex="-1" aria-hidden="true"><img ', card)


def test_a_producer_without_a_photo_shows_no_picture(client, producer):
    with translation.override("en"):
        list_url = reverse("producers:list")
    assert 'class="pcard"' in page(client.get(list_url))
    assert not [tag for tag in img_tags(page(client.get(public_url(producer)))) if "producer-photo" in tag]


def test_the_product_page_shows_the_makers_thumbnail(client, with_photo):
    product = factories.ProductFactory(producer=with_photo)
    html = page(client.get(public_url(product)))
    card = re.search(r'<li class="pcard with-photo">.*?</li>', html, re.S).group(0)
    assert 'loading="lazy"' in card and "srcset=" in card


def render_producer_photo(producer, arguments: str = "") -> str:
    template = Template("{% load catalogue %}{% producer_photo_img producer " + arguments + " %}")
    return template.render(Context({"producer": producer}))


def test_a_photo_stored_without_renditions_falls_back_to_its_file(producer):
    producer.photo = "producers/2026/11/khamla.jpg"  # as the demo stored it before renditions existed
    html = render_producer_photo(producer)
    assert html == '<img src="/media/producers/2026/11/khamla.jpg" alt="" loading="lazy" decoding="async">'


def test_renditions_of_another_picture_are_never_shown(with_photo):
    # A file put in place some other way (by hand in the back-office) leaves the old renditions behind.
    with_photo.photo = f"producers/{with_photo.pk}/by-hand.jpg"
    html = render_producer_photo(with_photo, 'css_class="x"')
    assert "srcset" not in html
    assert f'src="/media/producers/{with_photo.pk}/by-hand.jpg"' in html


def test_no_photo_renders_nothing(producer):
    assert render_producer_photo(producer) == ""
    assert render_producer_photo(None) == ""


def test_the_producer_list_costs_the_same_queries_with_photos_for_1_and_24_producers(
    client, db, django_assert_num_queries
):
    with translation.override("en"):
        list_url = reverse("producers:list")
    first = factories.ProducerFactory()
    producer_photo_set(producer=first, uploaded_file=upload())
    with django_assert_num_queries(QUERIES_PRODUCER_LIST):
        assert client.get(list_url).status_code == 200
    for producer in factories.ProducerFactory.create_batch(23):
        Producer.objects.filter(pk=producer.pk).update(
            photo=first.photo.name,
            photo_width=first.photo_width,
            photo_height=first.photo_height,
            photo_renditions=first.photo_renditions,
        )
    with django_assert_num_queries(QUERIES_PRODUCER_LIST):
        html = page(client.get(list_url))
    assert html.count('<li class="pcard with-photo">') == 24


# Session-free visitor: the producers, their count for the pager, and their crafts.
QUERIES_PRODUCER_LIST = 3


# --- The demo's producer pictures -----------------------------------------------------------------


@pytest.fixture
def load_demo_producers(db):
    """The demo loader's producer step for its first two producers: load_demo's way of storing their
    pictures, without the minute its products take."""
    from collections import Counter
    from types import SimpleNamespace

    from orders import demo
    from orders.demo import content

    few = SimpleNamespace(**{name: getattr(content, name) for name in dir(content) if name.isupper()})
    few.PRODUCERS, few.PRODUCTS = content.PRODUCERS[:2], []

    def load() -> dict[str, Producer]:
        tally: Counter = Counter()
        users = demo._load_accounts(few, tally)
        return demo._load_producers(few, tally, users, demo._load_reference(few, tally))

    return load


def test_demo_pictures_go_through_the_photo_pipeline_once(load_demo_producers):
    producers = load_demo_producers()
    for producer in producers.values():
        producer = fresh(producer)
        assert producer.photo.name.startswith(f"producers/{producer.pk}/")
        assert (producer.photo_width, producer.photo_height) == (800, 600)
        assert sorted(producer.photo_renditions, key=int) == ["320", "480", "640", "800"]
    first = {key: (fresh(p).photo.name, fresh(p).updated_at) for key, p in producers.items()}
    files = stored_files()
    assert len(files) == 2 * 5

    load_demo_producers()  # a second load draws nothing and writes nothing
    assert {key: (fresh(p).photo.name, fresh(p).updated_at) for key, p in producers.items()} == first
    assert stored_files() == files


def test_a_demo_picture_stored_before_renditions_is_replaced(
    load_demo_producers, django_capture_on_commit_callbacks
):
    producers = load_demo_producers()
    producer = next(iter(producers.values()))
    legacy = default_storage.save("producers/2026/11/ban-phanom.jpg", io.BytesIO(jpeg()))
    Producer.objects.filter(pk=producer.pk).update(photo=legacy, photo_renditions={})
    with django_capture_on_commit_callbacks(execute=True):
        load_demo_producers()
    producer = fresh(producer)
    assert producer.photo.name.startswith(f"producers/{producer.pk}/") and producer.photo_renditions
    assert legacy not in stored_files()


# --- The back-office uses the same pipeline -------------------------------------------------------------


def admin_change(client, producer: Producer) -> tuple[str, dict]:
    from tests.test_photos import change_page_data

    url = reverse("admin:producers_producer_change", args=[producer.pk])
    return url, change_page_data(client.get(url))


def test_a_photo_uploaded_in_the_producer_admin_goes_through_the_pipeline(client, admin_user, producer):
    from tests.test_photos import stored_files

    client.force_login(admin_user)
    url, data = admin_change(client, producer)
    data["photo"] = upload(photo_corpus.gps_jpeg(), name="DSC_0042.JPG")
    response = client.post(url, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    producer.refresh_from_db()
    assert "DSC_0042" not in producer.photo.name and producer.photo_renditions
    assert stored_files() == set(producer_photo_files(producer))
    with default_storage.open(producer.photo.name) as stored, Image.open(stored) as picture:
        assert not picture.getexif().get_ifd(0x8825)  # no GPS left

    url, data = admin_change(client, producer)
    data["photo-clear"] = "on"
    assert client.post(url, data).status_code == 302
    producer.refresh_from_db()
    assert not producer.photo and not producer.photo_renditions


def test_a_refused_file_in_the_producer_admin_is_a_form_error_and_stores_nothing(
    client, admin_user, producer
):
    from tests.test_photos import stored_files

    client.force_login(admin_user)
    url, data = admin_change(client, producer)
    data["photo"] = upload(photo_corpus.pdf(), name="photo.jpg")
    data["name_en"] = "Renamed while uploading"
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["photo"]
    producer.refresh_from_db()
    assert producer.name_en != "Renamed while uploading" and not producer.photo
    assert stored_files() == set()
