"""The demo catalogue: `demo_load()` fills Hatthakam with the makers, products and inquiries of content/.

Idempotent: every row is found by a natural key (users by email or phone, producers and products by
slug, photos by position, messages by their place in the thread) and written only when a value
differs, so a second run changes nothing — not even an `updated_at`. Pictures are drawn only for the
photo rows that do not exist yet. Dates that depend on the day of the load (publication, verification,
wanted-by, message times) are set when a row is created, never moved by a rerun.

Models are imported inside the functions: the content modules are checked with a plain
`python -c "import orders.demo.content.textiles"`, which runs this file without Django set up.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from django.db.models import Model

HS_CODE = re.compile(r"^(\d{6}(\d{2}){0,2})?$")
PRODUCT_STATUSES = {"draft", "pending", "published", "rejected", "archived"}
DATED_STATUSES = {"published", "archived"}


def product_translated_fields() -> tuple[str, ...]:
    """The product's translated fields, as catalogue/translation.py registers them."""
    from modeltranslation.translator import translator

    from catalogue.models import Product

    return tuple(translator.get_options_for_model(Product).fields)


PRODUCT_PLAIN = (
    "price_lak",
    "wholesale_price",
    "wholesale_currency",
    "min_order_qty",
    "lead_time_days",
    "monthly_capacity",
    "sample_available",
    "sample_price_lak",
    "customisable",
    "availability",
    "hs_code",
    "trade_term",
    "trade_term_place",
    "length_cm",
    "width_cm",
    "height_cm",
    "weight_g",
    "status",
    "rejection_reason",
)


class DemoDataError(ValueError):
    """The demo content is inconsistent; the message names the record at fault."""


# --- writing only what differs ---------------------------------------------------------------------


def _differs(obj: Model, name: str, value: Any) -> tuple[bool, Any]:
    """Whether the row's value differs from `value`, compared as the database would return it."""
    field = obj._meta.get_field(name)
    if field.is_relation:
        return getattr(obj, field.attname) != (value.pk if value is not None else None), value
    value = field.to_python(value)
    return getattr(obj, name) != value, value


def _upsert(
    obj: Model | None,
    model: type[Model],
    values: dict[str, Any],
    tally: Counter,
    *,
    initial: dict[str, Any] | None = None,
    on_create: Callable[[Model], None] | None = None,
    language: str | None = None,
) -> tuple[Model, bool]:
    """Create the row, or bring `obj` up to date; a row that is already right is not written at all.

    `initial` values are set on creation and fill empty fields, but never replace a value: they are the
    ones computed from the day of the load. `on_create` runs before the first save (to attach a file).
    `language` is active while saving, so modeltranslation fills the untranslated base column (NOT
    NULL) from that language first: the original language of the text.
    """
    from django.utils import translation

    if obj is None:
        obj = model(**values, **(initial or {}))
        if on_create is not None:
            on_create(obj)
        with translation.override(language or "en"):
            obj.save()
        tally["created"] += 1
        return obj, True
    changed = False
    for name, value in values.items():
        differs, value = _differs(obj, name, value)
        if differs:
            setattr(obj, name, value)
            changed = True
    for name, value in (initial or {}).items():
        if getattr(obj, name) in (None, "") and value not in (None, ""):
            setattr(obj, name, value)
            changed = True
    if changed:
        with translation.override(language or "en"):
            obj.save()
        tally["updated"] += 1
    else:
        tally["unchanged"] += 1
    return obj, False


def _set_related(obj: Model, name: str, targets: Iterable[Model]) -> bool:
    """Make a many-to-many relation hold exactly `targets`; touch nothing when it already does."""
    manager = getattr(obj, name)
    wanted = {target.pk for target in targets}
    if {related.pk for related in manager.all()} == wanted:
        return False
    manager.set(list(wanted))
    return True


def _texts(record: dict, field: str, languages: Iterable[str]) -> dict[str, str]:
    """`<field>_<lang>` values from a {"lo": …, "en": …} dict; a missing language is an empty string."""
    texts = record.get(field) or {}
    return {f"{field}_{code}": texts.get(code, "") for code in languages}


def _stable_number(key: str, span: int) -> int:
    """A number below `span` that looks random but is the same for `key` on every run.

    Not `hash()`: str hashes are salted per process.
    """
    return zlib.crc32(key.encode()) % span


# --- checking the content before writing anything --------------------------------------------------


def demo_validate(content: Any) -> None:
    """Raise DemoDataError, naming the record, for anything the loader or the database would refuse."""
    from catalogue.models import Photo, Product
    from orders.demo.pictures import DRAWINGS

    categories = {c["slug"]: c for c in content.CATEGORIES}
    materials = {m["slug"] for m in content.MATERIALS}
    odop_tags = {t["slug"] for t in content.ODOP_TAGS}
    producers = {p["key"]: p for p in content.PRODUCERS}
    for key, producer in producers.items():
        unknown = set(producer["odop"]) - odop_tags
        if unknown:
            raise DemoDataError(f"producer {key!r}: unknown ODOP tags {sorted(unknown)}")
        if producer["original_language"] not in producer["name"]:
            raise DemoDataError(f"producer {key!r}: no name in its original language")

    max_lengths = {
        name: Product._meta.get_field(f"{name}_en").max_length for name in product_translated_fields()
    }
    alt_length = Photo._meta.get_field("alt_text_en").max_length
    products: dict[str, dict] = {}
    for record in content.PRODUCTS:
        key = record.get("key", "?")

        def fail(problem: str, key: str = key) -> None:
            raise DemoDataError(f"product {key!r}: {problem}")

        if key in products:
            fail("the key is used twice")
        products[key] = record
        if record["producer"] not in producers:
            fail(f"unknown producer {record['producer']!r}")
        category = categories.get(record["category"])
        if category is None:
            fail(f"unknown category {record['category']!r}")
        elif category["parent"] is None:
            fail(f"{record['category']!r} is a top category; products go in sub-categories")
        unknown = set(record["materials"]) - materials
        if unknown:
            fail(f"unknown materials {sorted(unknown)}")
        if not HS_CODE.match(record.get("hs_code") or ""):
            fail(f"HS code {record['hs_code']!r} is not 6, 8 or 10 digits")
        if record["status"] not in PRODUCT_STATUSES:
            fail(f"unknown status {record['status']!r}")
        if record["status"] in DATED_STATUSES and not record.get("published_days_ago"):
            fail("a published or archived product needs published_days_ago")
        if not record["title"].get(record["original_language"]):
            fail(f"no title in its original language {record['original_language']!r}")
        if record.get("wholesale_price") is not None and not record.get("wholesale_currency"):
            fail("a wholesale price needs a currency")
        for name, length in max_lengths.items():
            for code, text in (record.get(name) or {}).items():
                if length and len(text) > length:
                    fail(f"{name} in {code!r} is longer than {length} characters")
        if record["picture"]["kind"] not in DRAWINGS:
            fail(f"no drawing for picture kind {record['picture']['kind']!r}")
        if not 1 <= len(record["photos"]) <= 3:
            fail("a product has one to three photos")
        for photo in record["photos"]:
            if any(len(text) > alt_length for text in photo["alt"].values()):
                fail(f"a photo description is longer than {alt_length} characters")

    buyers = {account["email"] for account in content.DEMO_ACCOUNTS if account.get("buyer_profile")}
    for inquiry in content.INQUIRIES:
        name = f"inquiry {inquiry['subject']!r}"
        if inquiry["buyer"] not in buyers:
            raise DemoDataError(f"{name}: unknown buyer {inquiry['buyer']!r}")
        if producers.get(inquiry["producer"], {}).get("status") != "approved":
            raise DemoDataError(f"{name}: {inquiry['producer']!r} is not an approved demo producer")
        for item in inquiry["items"]:
            product = products.get(item["product"])
            if product is None or product["producer"] != inquiry["producer"]:
                raise DemoDataError(
                    f"{name}: {item['product']!r} is not a product of {inquiry['producer']!r}"
                )


# --- the phases of a load ----------------------------------------------------------------------------


def _load_accounts(content: Any, tally: Counter) -> dict[str, Model]:
    """The demo accounts and the producers' owners, keyed by email or phone; passwords only on creation."""
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import Group
    from django.db.models import Q
    from django.utils import timezone

    from accounts.models import BuyerProfile, User
    from accounts.services import MODERATORS_GROUP, moderators_group_sync

    moderators_group_sync()
    moderators = Group.objects.get(name=MODERATORS_GROUP)
    owners = [
        {**producer["owner"], "preferred_language": "lo", "role": "artisan"} for producer in content.PRODUCERS
    ]
    accounts: dict[str, dict] = {}
    for account in [*content.DEMO_ACCOUNTS, *owners]:
        # The demo artisan owns a producer and is also a demo account: the first listing wins.
        accounts.setdefault(account.get("email") or account["phone"], account)
    existing = {
        user.email or user.phone: user
        for user in User.objects.filter(
            Q(email__in=[a["email"] for a in accounts.values() if a.get("email")])
            | Q(phone__in=[a["phone"] for a in accounts.values() if a.get("phone")])
        ).prefetch_related("groups")
    }

    # One hash for every new account: they share the password, and PBKDF2 costs a quarter of a second.
    hashed: list[str] = []

    def set_password(user: Model) -> None:
        if not hashed:
            hashed.append(make_password(content.PASSWORD))
        user.password = hashed[0]

    users: dict[str, Model] = {}
    for login, account in accounts.items():
        values = {
            "email": account.get("email"),
            "phone": account.get("phone"),
            "full_name": account["full_name"],
            "preferred_language": account["preferred_language"],
            "role": account["role"],
            "is_staff": account.get("is_staff", False),
            "is_superuser": account.get("is_superuser", False),
        }
        # Demo accounts with an email have confirmed it: their inquiries reach the makers at once.
        confirmed = {"email_confirmed_at": timezone.now()} if account.get("email") else None
        user, _created = _upsert(
            existing.get(login), User, values, tally, on_create=set_password, initial=confirmed
        )
        users[login] = user
        if account.get("moderator_group") and moderators not in user.groups.all():
            user.groups.add(moderators)
        if profile := account.get("buyer_profile"):
            current = BuyerProfile.objects.filter(user=user).first()
            _upsert(current, BuyerProfile, {"user": user, **profile}, tally)
    return users


def _load_reference(content: Any, tally: Counter) -> dict[str, dict[str, Model]]:
    """Categories (parents first), materials, ODOP tags and the exchange rates; returns them by slug."""
    from django.utils import timezone

    from catalogue.models import Category, ExchangeRate, Material
    from multilingual.fields import language_codes
    from producers.models import Craft, District, OdopTag

    languages = language_codes()
    crafts = {craft.slug: craft for craft in Craft.objects.all()}
    districts = {district.code: district for district in District.objects.all()}

    def craft(slug: str | None, owner: str) -> Model | None:
        if slug is not None and slug not in crafts:
            raise DemoDataError(f"{owner}: unknown craft {slug!r}")
        return crafts.get(slug) if slug else None

    categories: dict[str, Model] = {}
    existing = {category.slug: category for category in Category.objects.all()}
    for record in sorted(content.CATEGORIES, key=lambda c: c["parent"] is not None):
        values = {
            "slug": record["slug"],
            "parent": categories[record["parent"]] if record["parent"] else None,
            "position": record["position"],
            "craft": craft(record["craft"], f"category {record['slug']!r}"),
            **_texts(record, "name", languages),
        }
        categories[record["slug"]], _ = _upsert(existing.get(record["slug"]), Category, values, tally)

    materials: dict[str, Model] = {}
    existing = {material.slug: material for material in Material.objects.all()}
    for record in content.MATERIALS:
        values = {"slug": record["slug"], **_texts(record, "name", languages)}
        materials[record["slug"]], _ = _upsert(existing.get(record["slug"]), Material, values, tally)

    odop_tags: dict[str, Model] = {}
    existing = {tag.slug: tag for tag in OdopTag.objects.all()}
    for record in content.ODOP_TAGS:
        if record["district"] not in districts:
            raise DemoDataError(f"ODOP tag {record['slug']!r}: unknown district {record['district']}")
        values = {
            "slug": record["slug"],
            "district": districts[record["district"]],
            "craft": craft(record["craft"], f"ODOP tag {record['slug']!r}"),
            "stars": record["stars"],
            **_texts(record, "name", languages),
        }
        odop_tags[record["slug"]], _ = _upsert(existing.get(record["slug"]), OdopTag, values, tally)

    today = timezone.localdate()
    existing = {(rate.currency, rate.date): rate for rate in ExchangeRate.objects.filter(date__lte=today)}
    for record in content.EXCHANGE_RATES:
        date = today - dt.timedelta(days=record["days_ago"])
        for currency, rate in record["rates"].items():
            values = {"currency": currency, "date": date, "rate_to_lak": rate}
            _upsert(existing.get((currency, date)), ExchangeRate, values, tally)
    return {"categories": categories, "materials": materials, "odop_tags": odop_tags, "crafts": crafts}


def _load_producers(
    content: Any, tally: Counter, users: dict[str, Model], reference: dict[str, dict[str, Model]]
) -> dict[str, Model]:
    """The producers with their crafts, ODOP tags, owner and village picture; returns them by key.

    The picture goes through the upload pipeline and producers/photos.py, as a maker's photo would; it
    is drawn only for a producer without one (or with one stored before renditions existed).
    """
    from django.utils import timezone

    from multilingual.fields import language_codes
    from producers.models import District, Producer, ProducerMembership
    from producers.photos import producer_photo_set_processed

    languages = language_codes()
    now = timezone.now()
    districts = {district.code: district for district in District.objects.all()}
    moderator = users[content.MODERATOR_EMAIL]
    existing = {
        producer.slug: producer
        for producer in Producer.objects.filter(
            slug__in=[p["key"] for p in content.PRODUCERS]
        ).prefetch_related("crafts", "odop_tags", "memberships")
    }
    # A producer joined the platform a little before its oldest listing went online.
    oldest_listing: Counter = Counter()
    for record in content.PRODUCTS:
        days = record.get("published_days_ago") or 0
        oldest_listing[record["producer"]] = max(oldest_listing[record["producer"]], days)

    producers: dict[str, Model] = {}
    pictures_wanted: dict[str, dict] = {}
    for record in content.PRODUCERS:
        key = record["key"]
        if record["district"] not in districts:
            raise DemoDataError(f"producer {key!r}: unknown district {record['district']}")
        values = {
            "slug": key,
            "kind": record["kind"],
            "district": districts[record["district"]],
            "original_language": record["original_language"],
            **_texts(record, "name", languages),
            **_texts(record, "village", languages),
            **_texts(record, "story", languages),
            "founded_year": record["founded_year"],
            "members_count": record["members_count"],
            "monthly_capacity": record["monthly_capacity"],
            "export_experience": record["export_experience"],
            "languages_spoken": record["languages_spoken"],
            "contact_name": record["contact_name"],
            "contact_phone": record["contact_phone"],
            "contact_email": record["contact_email"],
            "address": record["address"],
            "status": record["status"],
        }
        initial = {}
        if record["verified_days_ago"] is None:
            values.update(verified_at=None, verified_by=None)
        else:
            values["verified_by"] = moderator
            initial["verified_at"] = now - dt.timedelta(days=record["verified_days_ago"], hours=3)
        producer, created = _upsert(
            existing.get(key),
            Producer,
            values,
            tally,
            initial=initial,
            language=record["original_language"],
        )
        if created:
            joined = max(oldest_listing[key], record["verified_days_ago"] or 0) + 21
            Producer.objects.filter(pk=producer.pk).update(created_at=now - dt.timedelta(days=joined))
        if not producer.photo or not producer.photo_renditions:
            pictures_wanted[key] = record["picture"]
        unknown = set(record["crafts"]) - set(reference["crafts"])
        if unknown:
            raise DemoDataError(f"producer {key!r}: unknown crafts {sorted(unknown)}")
        crafts = [reference["crafts"][slug] for slug in record["crafts"]]
        odop_tags = [reference["odop_tags"][slug] for slug in record["odop"]]
        _set_related(producer, "crafts", crafts)
        _set_related(producer, "odop_tags", odop_tags)
        owner = users[record["owner"].get("email") or record["owner"]["phone"]]
        membership = next((m for m in producer.memberships.all() if m.user_id == owner.pk), None)
        _upsert(
            membership,
            ProducerMembership,
            {"producer": producer, "user": owner, "role": ProducerMembership.Role.OWNER},
            tally,
        )
        producers[key] = producer
    for key, processed in _new_producer_pictures(pictures_wanted).items():
        producer_photo_set_processed(producer=producers[key], processed=processed)
    return producers


def _new_producer_pictures(wanted: dict[str, dict]) -> dict[str, Any]:
    """The village pictures of the producers in `wanted` (key → picture spec), drawn and run through the
    upload pipeline on every core, as the product pictures are."""
    import io
    import os
    from concurrent.futures import ThreadPoolExecutor

    from catalogue.images import ProcessedImage, process_image
    from orders.demo.pictures import producer_picture

    def processed(item: tuple[str, dict]) -> ProcessedImage:
        key, picture = item
        image = producer_picture(picture["colours"], key, river=picture["river"], fields=picture["fields"])
        return process_image(io.BytesIO(image))

    if not wanted:
        return {}
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip(wanted, pool.map(processed, wanted.items()), strict=True))


def _load_products(
    content: Any,
    tally: Counter,
    producers: dict[str, Model],
    reference: dict[str, dict[str, Model]],
) -> dict[str, Model]:
    """The products, their materials and photos; a picture is drawn only for a photo row that is new."""
    from django.utils import timezone

    from catalogue.models import Photo, Product
    from catalogue.photos import files_delete_on_commit, photo_files, photo_files_attach
    from multilingual.fields import language_codes

    languages = language_codes()
    now = timezone.now()
    # Publication dates are whole days before this morning plus a stable time of day, so two loads on
    # the same day compute the same dates (and an existing date is never replaced anyway).
    morning = timezone.localtime(now).replace(hour=8, minute=0, second=0, microsecond=0)
    existing = {
        (product.producer_id, product.slug): product
        for product in Product.objects.filter(producer__in=producers.values()).prefetch_related(
            "materials", "photos"
        )
    }
    pictures = _new_product_pictures(content, producers, existing)
    products: dict[str, Model] = {}
    for record in content.PRODUCTS:
        key = record["key"]
        producer = producers[record["producer"]]
        values: dict[str, Any] = {
            "producer": producer,
            "slug": key,
            "category": reference["categories"][record["category"]],
            "original_language": record["original_language"],
        }
        for name in product_translated_fields():
            values.update(_texts(record, name, languages))
        for name in PRODUCT_PLAIN:
            values[name] = record.get(name, Product._meta.get_field(name).get_default())
        initial = {}
        if record["status"] in DATED_STATUSES:
            day = morning - dt.timedelta(days=record["published_days_ago"])
            initial["published_at"] = day + dt.timedelta(minutes=_stable_number(key, 10 * 60))
        else:
            values["published_at"] = None
        product, created = _upsert(
            existing.get((producer.pk, key)),
            Product,
            values,
            tally,
            initial=initial,
            language=record["original_language"],
        )
        if created:
            # Listed a few days before it went online (or recently, for drafts and pending ones).
            listed = (product.published_at or now) - dt.timedelta(days=2 + _stable_number(key, 5))
            Product.objects.filter(pk=product.pk).update(created_at=listed)
        _set_related(product, "materials", [reference["materials"][slug] for slug in record["materials"]])

        photos = {} if created else {photo.position: photo for photo in product.photos.all()}
        for position, spec in enumerate(record["photos"]):

            def attach_image(photo: Model, key: str = key, view: int = spec["view"]) -> None:
                photo_files_attach(photo=photo, processed=pictures[key, view])

            photo_values = {"product": product, "position": position}
            photo_values.update({f"alt_text_{code}": spec["alt"].get(code, "") for code in languages})
            updated_before = tally["updated"]
            photo, _created = _upsert(
                photos.get(position), Photo, photo_values, tally, on_create=attach_image
            )
            if not photo.renditions:
                # Stored by a loader from before renditions: give it its renditions, once.
                old_files = photo_files(photo)
                attach_image(photo)
                photo.save()
                files_delete_on_commit(old_files)
                if tally["updated"] == updated_before:  # counted as unchanged, but it changed
                    tally["unchanged"] -= 1
                    tally["updated"] += 1
        products[key] = product
    return products


def _new_product_pictures(
    content: Any, producers: dict[str, Model], existing: dict[tuple[int, str], Model]
) -> dict[tuple[str, int], Any]:
    """The pictures of the photo rows to create (or to give renditions), drawn and run through the upload
    pipeline, keyed by (product key, view).

    That is most of a first load's time, so it runs on every core (Pillow draws, resizes and encodes
    outside the GIL); the rows are then written one by one as before.
    """
    import io
    import os
    from concurrent.futures import ThreadPoolExecutor

    from catalogue.images import ProcessedImage, process_image
    from orders.demo.pictures import product_picture

    wanted: dict[tuple[str, int], dict] = {}
    for record in content.PRODUCTS:
        product = existing.get((producers[record["producer"]].pk, record["key"]))
        stored = {photo.position: photo for photo in product.photos.all()} if product else {}
        for position, spec in enumerate(record["photos"]):
            if position not in stored or not stored[position].renditions:
                wanted[record["key"], spec["view"]] = record["picture"]

    def processed(item: tuple[tuple[str, int], dict]) -> ProcessedImage:
        (key, view), picture = item
        image = product_picture(picture["kind"], picture["spec"], view, key)
        return process_image(io.BytesIO(image))

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        return dict(zip(wanted, pool.map(processed, wanted.items()), strict=True))


def _load_inquiries(
    content: Any,
    tally: Counter,
    users: dict[str, Model],
    producers: dict[str, Model],
    products: dict[str, Model],
) -> int:
    """The inquiries, their items and threads; times are set when a row is created, then left alone."""
    from django.utils import timezone

    from orders.models import Inquiry, InquiryItem, Message
    from producers.models import ProducerMembership

    now = timezone.now()
    today = timezone.localdate()
    moderator = users[content.MODERATOR_EMAIL]
    for record in content.INQUIRIES:
        buyer = users[record["buyer"]]
        producer = producers[record["producer"]]
        owner = ProducerMembership.objects.get(producer=producer, role="owner").user
        lookup = {"buyer": buyer, "producer": producer, "subject": record["subject"]}
        values = {
            **lookup,
            "destination": record["destination"],
            "sample_requested": record["sample_requested"],
            "currency": record["currency"],
            "status": record["status"],
            "language": "ja",
        }
        initial = {"wanted_by": today + dt.timedelta(days=record["wanted_by_days"])}
        inquiry, created = _upsert(
            Inquiry.objects.filter(**lookup).first(), Inquiry, values, tally, initial=initial
        )
        items = {item.product_id: item for item in inquiry.items.all()}
        for item in record["items"]:
            product = products[item["product"]]
            item_values = {
                "inquiry": inquiry,
                "product": product,
                "quantity": item["quantity"],
                "target_unit_price": item["target_unit_price"],
            }
            _upsert(items.get(product.pk), InquiryItem, item_values, tally)

        thread = list(inquiry.messages.order_by("created_at", "id"))
        messages = record["messages"]
        sent_at = [now - dt.timedelta(days=message["days_ago"]) for message in messages]
        for position, message in enumerate(messages):
            message_values = {
                "inquiry": inquiry,
                "author": buyer if message["sender"] == "buyer" else owner,
                "from_buyer": message["sender"] == "buyer",
                "body": message["body"],
                "language": message["language"],
                "translation": message.get("translation", ""),
                "translation_language": message.get("translation_language", ""),
                "translated_by": moderator if message.get("translation") else None,
            }
            current = thread[position] if position < len(thread) else None
            row, new = _upsert(current, Message, message_values, tally)
            if new:
                Message.objects.filter(pk=row.pk).update(created_at=sent_at[position])
        if created:
            # Each side has read up to its own last message (it answered what it read); a closed
            # conversation was read to the end by both.
            closed = record["status"] == "closed"
            wrote = {
                side: max(
                    (t for t, m in zip(sent_at, messages, strict=True) if m["sender"] == side), default=None
                )
                for side in ("buyer", "maker")
            }
            read = {side: sent_at[-1] if closed else wrote[side] for side in wrote}
            Inquiry.objects.filter(pk=inquiry.pk).update(
                created_at=sent_at[0],
                updated_at=sent_at[-1],
                delivered_at=sent_at[0],
                last_message_at=sent_at[-1],
                buyer_wrote_at=wrote["buyer"],
                producer_wrote_at=wrote["maker"],
                buyer_read_at=read["buyer"],
                producer_read_at=read["maker"],
                closed_at=sent_at[-1] + dt.timedelta(hours=5) if closed else None,
                closed_by=buyer if closed else None,
                **record.get("outcome", {}),
            )
    return len(content.INQUIRIES)


def demo_load(*, stdout: TextIO | None = None) -> dict[str, int]:
    """Load the demo content in one transaction; returns how many rows there are and what was written."""
    from django.db import transaction

    from catalogue.models import Photo
    from orders.demo import content

    def say(text: str) -> None:
        if stdout is not None:
            stdout.write(text + "\n")

    demo_validate(content)
    tally: Counter = Counter(created=0, updated=0, unchanged=0)
    with transaction.atomic():
        users = _load_accounts(content, tally)
        say(f"accounts: {len(users)}")
        reference = _load_reference(content, tally)
        say(f"categories: {len(reference['categories'])}, materials: {len(reference['materials'])}")
        producers = _load_producers(content, tally, users, reference)
        say(f"producers: {len(producers)}")
        products = _load_products(content, tally, producers, reference)
        say(f"products: {len(products)}")
        inquiries = _load_inquiries(content, tally, users, producers, products)
        photos = Photo.objects.filter(product__in=products.values()).count()
    return {
        "producers": len(producers),
        "products": len(products),
        "photos": photos,
        "inquiries": inquiries,
        "created": tally["created"],
        "updated": tally["updated"],
        "unchanged": tally["unchanged"],
    }
