"""The artisan's own producer: onboarding, profile, submission for review and members.

Personas: anonymous, a buyer, another artisan, the owner, a member of the owner's producer, a moderator.
"""

from __future__ import annotations

import re
from html import unescape

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from producers.models import Craft, Producer, ProducerMembership
from producers.services import (
    STORY_MIN_LENGTH,
    producer_create,
    producer_member_add,
    producer_member_remove,
    producer_submit,
    producer_update,
)
from tests import factories

LANGUAGES = ["lo", "en", "ja"]
PAGES = ["home", "edit", "members"]
LONG_STORY = "We weave silk on wooden looms under our houses, with dyes from our own garden."


def url(name: str, lang: str = "en") -> str:
    with translation.override(lang):
        return reverse(f"my_producer:{name}")


def tr(lang: str, text: str) -> str:
    with translation.override(lang):
        return translation.gettext(text)


def page(response) -> str:
    """The page's HTML with entities decoded, so that "maker's" matches however it was escaped."""
    return unescape(response.content.decode())


def shown_messages(response) -> list[str]:
    return [str(message) for message in get_messages(response.wsgi_request)]


def form_data(lang: str = "en", **overrides) -> dict:
    """A complete producer form, as a phone would post it."""
    data = {
        "kind": "group",
        f"name_{lang}": "Phanom weavers",
        "district": str(factories.district(601).pk),
        f"village_{lang}": "Ban Phanom",
        "crafts": [str(factories.craft("weaving").pk)],
        f"story_{lang}": LONG_STORY,
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


@pytest.fixture
def member(producer):
    user = factories.ArtisanFactory(full_name="Noy Vongsa")
    ProducerMembership.objects.create(producer=producer, user=user, role=ProducerMembership.Role.MEMBER)
    return user


@pytest.fixture
def newcomer(db):
    """An artisan who has just signed up: no producer yet."""
    return factories.ArtisanFactory(full_name="Somphone")


@pytest.fixture
def draft(newcomer):
    """A fresh draft, owned by the newcomer, with nothing but a name and a district."""
    producer = factories.ProducerFactory(
        owner=newcomer, status=Producer.Status.DRAFT, story_en="", village_en=""
    )
    return producer


def other_producer(user) -> Producer:
    return Producer.objects.get(memberships__user=user)


def login_redirect(lang: str, name: str) -> str:
    with translation.override(lang):
        return f"{reverse('accounts:login')}?next={reverse(f'my_producer:{name}')}"


# --- Who may come in -----------------------------------------------------------------------------


@pytest.mark.parametrize("name", [*PAGES, "create"])
def test_anonymous_visitors_are_sent_to_sign_in_and_back(client, db, name):
    response = client.get(url(name, "lo"))
    assert response.status_code == 302
    assert response.url == login_redirect("lo", name)


@pytest.mark.parametrize("name", ["create", "edit", "submit", "members"])
def test_anonymous_posts_change_nothing_and_go_to_sign_in(client, producer, name):
    response = client.post(url(name), form_data(action="add", login="+8562055599999"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))
    producer.refresh_from_db()
    assert producer.status == Producer.Status.APPROVED
    assert Producer.objects.count() == 1


@pytest.mark.parametrize("name", [*PAGES, "create"])
def test_a_buyer_gets_a_friendly_403_that_says_the_area_is_for_makers(client, buyer, producer, name):
    client.force_login(buyer)
    response = client.get(url(name))
    assert response.status_code == 403
    assert "This area is for makers" in page(response)
    assert reverse("catalogue:list") in page(response)


@pytest.mark.parametrize("name", ["create", "edit", "submit", "members"])
def test_a_buyer_cannot_post_anything_here(client, buyer, producer, name):
    client.force_login(buyer)
    response = client.post(url(name), form_data(action="add", login=buyer.email))
    assert response.status_code == 403
    assert Producer.objects.count() == 1
    assert not ProducerMembership.objects.filter(user=buyer).exists()


@pytest.mark.parametrize("name", [*PAGES, "create"])
def test_a_moderator_is_sent_to_the_back_office(client, moderator, producer, name):
    client.force_login(moderator)
    response = client.get(url(name))
    assert response.status_code == 403
    assert reverse("admin:index") in page(response)


def test_a_moderator_cannot_submit_or_add_members(client, moderator, draft):
    client.force_login(moderator)
    assert client.post(url("submit")).status_code == 403
    assert client.post(url("members"), {"action": "add", "login": moderator.email}).status_code == 403
    draft.refresh_from_db()
    assert draft.status == Producer.Status.DRAFT


def test_a_moderator_added_as_a_member_may_use_the_pages_as_a_member(client, moderator, producer):
    ProducerMembership.objects.create(producer=producer, user=moderator)
    client.force_login(moderator)
    assert client.get(url("home")).status_code == 200
    assert client.get(url("edit")).status_code == 200
    assert client.get(url("members")).status_code == 403


def test_submit_answers_only_to_post(client, owner, producer):
    client.force_login(owner)
    assert client.get(url("submit")).status_code == 405


# --- Another artisan --------------------------------------------------------------------------


def test_another_artisan_sees_only_her_own_producer(client, producer, other_artisan):
    client.force_login(other_artisan)
    for name in PAGES:
        html = page(client.get(url(name), {"producer": producer.pk, "pk": producer.pk, "id": producer.pk}))
        assert "Ban Chan Potters" in html
        assert producer.name_en not in html


def test_another_artisan_cannot_change_the_first_producer_by_any_id(client, producer, other_artisan, member):
    client.force_login(other_artisan)
    before = Producer.objects.values().get(pk=producer.pk)
    data = form_data(name_en="Taken over", producer=producer.pk, pk=producer.pk, id=producer.pk)
    client.post(url("edit"), data)
    client.post(url("submit"), {"producer": producer.pk})
    first_members = producer.memberships.values_list("pk", flat=True)
    for membership_pk in first_members:
        client.post(
            url("members"), {"action": "remove", "membership": membership_pk, "producer": producer.pk}
        )
    client.post(url("members"), {"action": "add", "login": other_artisan.phone, "producer": producer.pk})

    assert Producer.objects.values().get(pk=producer.pk) == before
    assert set(producer.memberships.values_list("pk", flat=True)) == set(first_members)
    assert not producer.memberships.filter(user=other_artisan).exists()
    assert other_producer(other_artisan).name_en == "Taken over"


# --- Onboarding and create --------------------------------------------------------------------


def test_an_artisan_without_a_producer_sees_the_onboarding(client, newcomer):
    client.force_login(newcomer)
    response = client.get(url("home"))
    assert response.status_code == 200
    assert reverse("my_producer:create") in page(response)
    assert "Part of a group?" in page(response)
    # Nothing to edit or manage yet: those pages lead back here.
    assert client.get(url("edit")).url == url("home")
    assert client.get(url("members")).url == url("home")
    assert client.post(url("submit")).url == url("home")


def test_create_makes_a_draft_owned_by_its_creator_written_in_the_pages_language(client, newcomer):
    client.force_login(newcomer)
    odop = factories.OdopTagFactory(district=factories.district(601))
    data = form_data("lo", name_lo="ກຸ່ມທໍຜ້າບ້ານພະນົມ", odop_tags=[str(odop.pk)])
    response = client.post(url("create", "lo"), data)

    assert response.status_code == 302 and response.url == url("home", "lo")
    producer = other_producer(newcomer)
    assert producer.status == Producer.Status.DRAFT
    assert producer.original_language == "lo"
    assert producer.name_lo == "ກຸ່ມທໍຜ້າບ້ານພະນົມ"
    assert producer.story_lo == LONG_STORY and producer.village_lo == "Ban Phanom"
    assert producer.contact_phone == "+8562055512345"
    assert producer.languages_spoken == ["lo", "en"]
    assert list(producer.crafts.values_list("slug", flat=True)) == ["weaving"]
    assert list(producer.odop_tags.all()) == [odop]
    assert producer.memberships.get().user == newcomer
    assert producer.memberships.get().role == ProducerMembership.Role.OWNER
    assert shown_messages(response)
    assert not producer.is_public


@pytest.mark.parametrize("lang", LANGUAGES)
def test_original_language_is_the_language_of_the_url(client, newcomer, lang):
    client.force_login(newcomer)
    client.post(url("create", lang), form_data(lang))
    assert other_producer(newcomer).original_language == lang


def test_the_form_shows_the_pages_language_first_and_the_others_as_optional_translations(client, newcomer):
    client.force_login(newcomer)
    html = page(client.get(url("create", "ja")))
    details = html.index('<details class="translations"')
    assert html.index('name="name_ja"') < details < html.index('name="name_lo"')
    assert details < html.index('name="name_en"')
    assert 'name="story_ja"' in html and 'lang="ja"' in html
    for never in ("status", "verified_at", "verified_by", "slug", "rejection_reason", "photo"):
        assert f'name="{never}"' not in html


def test_a_second_producer_is_refused(client, owner, producer):
    client.force_login(owner)
    response = client.get(url("create"))
    assert response.url == url("edit")
    response = client.post(url("create"), form_data(name_en="Second"))
    assert Producer.objects.count() == 1
    with pytest.raises(ValidationError) as error:
        producer_create(owner=owner, data={"name_en": "Second", "district": factories.district()})
    assert error.value.code == "has_producer"


def test_a_buyer_cannot_create_a_producer_through_the_service(buyer):
    with pytest.raises(ValidationError):
        producer_create(owner=buyer, data={"name_en": "Shop", "district": factories.district()})
    assert not Producer.objects.exists()


def test_create_without_a_name_keeps_what_was_typed(client, newcomer):
    client.force_login(newcomer)
    response = client.post(url("create", "lo"), form_data("lo", name_lo="", village_lo="ບ້ານຜານົມ"))
    assert response.status_code == 200
    assert "ບ້ານຜານົມ" in page(response)
    assert LONG_STORY in page(response)
    with translation.override("lo"):
        assert translation.gettext("Write the name of your producer.") in page(response)
    assert not Producer.objects.exists()


# --- Edit ---------------------------------------------------------------------------------------


def test_edit_keeps_what_was_typed_on_errors(client, owner, producer):
    client.force_login(owner)
    data = form_data(name_en="Phanom silk group", founded_year="next year", contact_email="not-an-email")
    response = client.post(url("edit"), data)
    assert response.status_code == 200
    html = page(response)
    assert 'value="Phanom silk group"' in html and 'value="next year"' in html
    assert html.count('class="errorlist"') >= 2
    producer.refresh_from_db()
    assert producer.name_en != "Phanom silk group"


def test_edit_saves_and_never_touches_status_verification_or_slug(client, owner, producer, moderator):
    client.force_login(owner)
    slug = producer.slug
    data = form_data(
        name_en="Phanom silk group",
        status="draft",
        verified_at="2020-01-01",
        verified_by=moderator.pk,
        slug="hijacked",
        rejection_reason="none",
    )
    response = client.post(url("edit"), data)
    assert response.status_code == 302
    producer.refresh_from_db()
    assert producer.name_en == "Phanom silk group"
    assert producer.status == Producer.Status.APPROVED
    assert producer.verified_at is None and producer.verified_by is None
    assert producer.slug == slug
    assert "Your changes are saved." in shown_messages(response)


def test_an_approved_producer_stays_public_after_an_edit(client, owner, producer):
    client.force_login(owner)
    before = producer.updated_at
    client.post(url("edit"), form_data(name_en="Phanom silk group"))
    producer.refresh_from_db()
    assert producer.is_public and producer.updated_at > before
    assert client.get(producer.get_absolute_url()).status_code == 200


def test_an_edit_does_not_undo_a_moderators_decision_made_meanwhile(producer):
    # The artisan opened the form while the producer was approved; a moderator suspends it; she saves.
    Producer.objects.filter(pk=producer.pk).update(status=Producer.Status.SUSPENDED)
    producer_update(producer=producer, data={"name_en": "New name", "district": producer.district})
    producer.refresh_from_db()
    assert producer.status == Producer.Status.SUSPENDED
    assert producer.name_en == "New name"


def test_an_odop_tag_of_another_district_is_refused(client, owner, producer):
    client.force_login(owner)
    foreign = factories.OdopTagFactory(district=factories.district(602), name_en="Ban Chan pottery")
    response = client.post(url("edit"), form_data(odop_tags=[str(foreign.pk)]))
    assert response.status_code == 200
    assert "ODOP product of another district" in page(response)
    assert not producer.odop_tags.exists()
    with pytest.raises(ValidationError):
        producer_update(producer=producer, data={"district": producer.district, "odop_tags": [foreign]})
    assert not producer.odop_tags.exists()


def test_a_new_producer_with_an_odop_tag_of_another_district_is_refused(client, newcomer):
    client.force_login(newcomer)
    foreign = factories.OdopTagFactory(district=factories.district(602), name_en="Ban Chan pottery")
    response = client.post(url("create"), form_data(odop_tags=[str(foreign.pk)]))
    assert response.status_code == 200
    assert "“Ban Chan pottery” is an ODOP product of another district" in page(response)
    assert 'value="Phanom weavers"' in page(response)
    assert not Producer.objects.filter(memberships__user=newcomer).exists()


def test_the_form_offers_the_odop_tags_of_the_chosen_district_first(client, owner, producer):
    client.force_login(owner)
    own = factories.OdopTagFactory(district=factories.district(601), name_en="Phanom silk")
    foreign = factories.OdopTagFactory(district=factories.district(602), name_en="Ban Chan pottery")
    html = page(client.get(url("edit")))
    others = html.index('<details class="odop-others"')
    assert html.index(f'name="odop_tags" value="{own.pk}"') < others
    assert others < html.index(f'name="odop_tags" value="{foreign.pk}"')
    response = client.post(url("edit"), form_data(odop_tags=[str(own.pk)]))
    assert response.status_code == 302
    assert list(producer.odop_tags.all()) == [own]


def test_a_member_can_edit_the_profile(client, member, producer):
    client.force_login(member)
    assert client.get(url("edit")).status_code == 200
    response = client.post(url("edit"), form_data(name_en="Edited by a member"))
    assert response.status_code == 302
    producer.refresh_from_db()
    assert producer.name_en == "Edited by a member"


# --- Submit for review ----------------------------------------------------------------------------


def test_submit_with_missing_fields_is_refused_with_messages(client, newcomer, draft):
    client.force_login(newcomer)
    home = page(client.get(url("home")))
    assert "Choose at least one craft." in home
    assert reverse("my_producer:submit") not in home
    response = client.post(url("submit"))
    assert response.url == url("home")
    texts = shown_messages(response)
    assert "Choose at least one craft." in texts
    assert any(str(STORY_MIN_LENGTH) in text for text in texts)
    draft.refresh_from_db()
    assert draft.status == Producer.Status.DRAFT


def test_a_complete_draft_is_sent_for_review_and_stays_hidden(client, newcomer, draft):
    draft.crafts.add(factories.craft("weaving"))
    Producer.objects.filter(pk=draft.pk).update(story_lo=LONG_STORY)
    client.force_login(newcomer)
    assert reverse("my_producer:submit") in page(client.get(url("home")))
    response = client.post(url("submit"))
    assert response.url == url("home")
    draft.refresh_from_db()
    assert draft.status == Producer.Status.PENDING
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.name_en not in page(client.get(reverse("producers:list")))
    assert "Waiting for the association" in page(client.get(url("home")))


def test_a_rejected_producer_can_be_sent_again(draft):
    draft.crafts.add(factories.craft("weaving"))
    Producer.objects.filter(pk=draft.pk).update(status=Producer.Status.REJECTED, story_en=LONG_STORY)
    producer_submit(producer=draft)
    assert Producer.objects.get(pk=draft.pk).status == Producer.Status.PENDING


@pytest.mark.parametrize("status", ["pending", "approved", "suspended"])
def test_only_drafts_and_rejected_producers_can_be_submitted(producer, status):
    producer.crafts.add(factories.craft("weaving"))
    Producer.objects.filter(pk=producer.pk).update(status=status)
    with pytest.raises(ValidationError):
        producer_submit(producer=producer)
    assert Producer.objects.get(pk=producer.pk).status == status


def test_a_member_can_submit(client, member, producer):
    producer.crafts.add(factories.craft("weaving"))
    Producer.objects.filter(pk=producer.pk).update(status=Producer.Status.DRAFT, story_en=LONG_STORY)
    client.force_login(member)
    client.post(url("submit"))
    assert Producer.objects.get(pk=producer.pk).status == Producer.Status.PENDING


@pytest.mark.parametrize(
    ("status", "words"),
    [
        ("draft", "Not sent yet"),
        ("pending", "Waiting for the association"),
        ("approved", "Visible to buyers"),
        ("rejected", "Please add photos of your looms."),
        ("suspended", "Hidden by the association"),
    ],
)
def test_home_says_the_status_in_plain_words(client, owner, producer, status, words):
    Producer.objects.filter(pk=producer.pk).update(
        status=status, rejection_reason="Please add photos of your looms."
    )
    client.force_login(owner)
    html = page(client.get(url("home")))
    assert words in html
    assert ("Please add photos of your looms." in html) == (status == "rejected")


# --- Members ----------------------------------------------------------------------------------


def test_a_member_cannot_manage_members(client, member, producer, newcomer):
    client.force_login(member)
    response = client.get(url("members"))
    assert response.status_code == 403
    assert "Only the owner" in page(response)
    client.post(url("members"), {"action": "add", "login": newcomer.phone})
    owner_membership = producer.memberships.get(role="owner")
    client.post(url("members"), {"action": "remove", "membership": owner_membership.pk})
    assert producer.memberships.count() == 2
    assert reverse("my_producer:members") not in page(client.get(url("home")))
    with pytest.raises(ValidationError):
        producer_member_add(producer=producer, by=member, login=newcomer.phone)


def test_the_owner_adds_a_maker_by_phone_typed_the_lao_way(client, owner, producer, newcomer):
    client.force_login(owner)
    typed = "020 " + newcomer.phone.removeprefix("+85620")
    response = client.post(url("members"), {"action": "add", "login": typed})
    assert response.url == url("members")
    assert producer.memberships.get(user=newcomer).role == ProducerMembership.Role.MEMBER
    assert shown_messages(response)
    assert newcomer.full_name in page(client.get(url("members")))


def test_the_owner_adds_a_maker_by_email(client, owner, producer):
    maker = factories.ArtisanFactory(email="Dao@Example.la", phone=None)
    client.force_login(owner)
    client.post(url("members"), {"action": "add", "login": "dao@example.la"})
    assert producer.memberships.filter(user=maker).exists()


@pytest.mark.parametrize(
    ("who", "message"),
    [
        ("unknown", "No maker's account uses this phone number or email"),
        ("buyer", "not a maker's account"),
        ("moderator", "not a maker's account"),
        ("member", "can already edit this producer"),
        ("owner", "can already edit this producer"),
        ("other_artisan", "already belongs to another producer"),
        ("garbage", "No maker's account uses this phone number or email"),
    ],
)
def test_adding_a_member_explains_why_it_cannot(client, request, owner, producer, member, who, message):
    logins = {"unknown": "+8562099999999", "garbage": "<script>"}
    if who in logins:
        login = logins[who]
    else:
        user = request.getfixturevalue(who)
        login = user.email or user.phone
    client.force_login(owner)
    count = ProducerMembership.objects.count()
    response = client.post(url("members"), {"action": "add", "login": login})
    assert response.status_code == 200
    assert message in page(response)
    assert f'value="{login}"' in page(response) or who == "garbage"
    assert ProducerMembership.objects.count() == count


def test_the_owner_removes_a_member(client, owner, producer, member):
    client.force_login(owner)
    membership = producer.memberships.get(user=member)
    response = client.post(url("members"), {"action": "remove", "membership": membership.pk})
    assert response.url == url("members")
    assert not producer.memberships.filter(user=member).exists()
    assert shown_messages(response)
    # The removed member is back to a newcomer's onboarding.
    client.force_login(member)
    assert "Part of a group?" in page(client.get(url("home")))


def test_the_owner_cannot_remove_herself(client, owner, producer):
    client.force_login(owner)
    mine = producer.memberships.get(user=owner)
    response = client.post(url("members"), {"action": "remove", "membership": mine.pk})
    assert "The owner cannot be removed." in shown_messages(response)
    assert producer.memberships.filter(pk=mine.pk).exists()
    with pytest.raises(ValidationError):
        producer_member_remove(producer=producer, by=owner, membership=mine)


def test_a_membership_of_another_producer_is_never_removed(owner, producer, other_artisan):
    theirs = ProducerMembership.objects.get(user=other_artisan)
    with pytest.raises(ValidationError):
        producer_member_remove(producer=producer, by=owner, membership=theirs)
    assert ProducerMembership.objects.filter(pk=theirs.pk).exists()


# --- Every page, every language, any input ---------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_each_page_answers_in_each_language(client, owner, producer, name, lang):
    client.force_login(owner)
    response = client.get(url(name, lang))
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in page(response)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_onboarding_and_create_answer_in_each_language(client, newcomer, lang):
    client.force_login(newcomer)
    for name in ("home", "create"):
        response = client.get(url(name, lang))
        assert response.status_code == 200
        assert f'<html lang="{lang}">' in page(response)


def test_messages_are_in_the_language_of_the_page(client, owner, producer):
    client.force_login(owner)
    response = client.post(url("edit", "lo"), form_data("lo"))
    assert shown_messages(response) == [tr("lo", "Your changes are saved.")]


BAD_PRODUCER_INPUT = [
    {},
    {"district": "abc"},
    {"district": "999999"},
    {"district": ["1", "2"]},
    {"kind": "palace"},
    {"crafts": ["x", "-1"]},
    {"odop_tags": ["abc"]},
    {"odop_tags": ["999999"]},
    {"languages_spoken": ["klingon"]},
    {"founded_year": "99999999999999999999"},
    {"founded_year": "1200"},
    {"members_count": "-5"},
    {"members_count": "0"},
    {"monthly_capacity": "1e9"},
    {"name_en": "\x00"},
    {"name_en": "x" * 5000},
    {"story_en": "ສ" * 100_000},
    {"contact_phone": "12"},
    {"contact_phone": "+" + "9" * 40},
    {"contact_email": "a@" + "b" * 300},
]


@pytest.mark.parametrize("bad", BAD_PRODUCER_INPUT)
def test_bad_input_to_the_producer_form_never_fails(client, owner, producer, newcomer, bad):
    client.force_login(owner)
    assert client.post(url("edit"), form_data(**bad) if bad else {}).status_code in {200, 302}
    client.force_login(newcomer)
    assert client.post(url("create"), form_data(**bad) if bad else {}).status_code in {200, 302}


@pytest.mark.parametrize(
    "bad",
    [
        {},
        {"action": "fly"},
        {"action": "add"},
        {"action": "add", "login": ""},
        {"action": "add", "login": "x" * 5000},
        {"action": "add", "login": "@"},
        {"action": "add", "login": "+856\x00"},
        {"action": "remove"},
        {"action": "remove", "membership": "abc"},
        {"action": "remove", "membership": "99999999999999999999999"},
        {"action": "remove", "membership": ["1", "2"]},
    ],
)
def test_bad_input_to_the_members_page_never_fails(client, owner, producer, bad):
    client.force_login(owner)
    assert client.post(url("members"), bad).status_code in {200, 302}
    assert producer.memberships.count() == 1


def test_the_home_page_costs_the_same_queries_however_big_the_producer(client, owner, producer, newcomer):
    client.force_login(owner)
    client.get(url("home"))  # warm up: session, content types

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url("home")).status_code == 200
        return len(queries)

    small = count()
    producer.crafts.add(*Craft.objects.all()[:5])
    for _ in range(3):
        ProducerMembership.objects.create(producer=producer, user=factories.ArtisanFactory())
    producer.odop_tags.add(*factories.OdopTagFactory.create_batch(3))
    assert count() == small
    assert small <= 5  # session, user, unread notices (header), membership with producer, odop tags


def test_the_form_keeps_typed_text_in_the_browser_until_saved(client, owner, producer):
    client.force_login(owner)
    html = page(client.get(url("edit")))
    assert re.search(rf'data-keep="producer:{producer.pk}:\d+"', html)
    assert "js/keep-form.js" in html


def test_the_service_refuses_a_producer_without_a_district_or_a_name(newcomer):
    with pytest.raises(ValidationError):
        producer_create(owner=newcomer, data={"name_lo": "ກຸ່ມທໍຜ້າ"})
    with pytest.raises(ValidationError):
        producer_create(owner=newcomer, data={"name_lo": "  ", "district": factories.district()})
    assert not Producer.objects.exists()
