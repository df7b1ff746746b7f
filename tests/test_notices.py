"""A moderator's decision reaches the person: in the app and by email, in their language, with the reason."""

from __future__ import annotations

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from accounts.models import Notice
from accounts.notices import notice_send
from tests import factories

pytestmark = pytest.mark.django_db

SUBJECT = {"lo": "ຜ້າພັນຄໍໄໝລາຍນາກ", "en": "Naga silk scarf", "ja": "ナーガ文様のシルクスカーフ"}


def test_a_notice_is_stored_and_emailed_after_the_decision_commits(django_capture_on_commit_callbacks):
    artisan = factories.ArtisanFactory(email="khamla@example.la", preferred_language="lo")
    with django_capture_on_commit_callbacks(execute=True):
        notice_send(
            user=artisan,
            kind=Notice.Kind.PRODUCT_REJECTED,
            subject=SUBJECT,
            reason="ກະລຸນາໃສ່ຂະໜາດ",
            url="/lo/my/products/",
        )
    assert artisan.notices.unread().count() == 1
    [email] = mail.outbox
    assert email.to == ["khamla@example.la"]
    assert "ຜ້າພັນຄໍໄໝລາຍນາກ" in email.subject
    assert "ກະລຸນາໃສ່ຂະໜາດ" in email.body
    assert "Please" not in email.body  # Lao, not English
    assert "http://127.0.0.1:8000/lo/my/products/" in email.body or "/lo/my/products/" in email.body
    html = email.alternatives[0][0]
    assert "ກະລຸນາໃສ່ຂະໜາດ" in html


def test_a_person_without_email_gets_the_notice_in_the_app_only(django_capture_on_commit_callbacks):
    artisan = factories.ArtisanFactory(email=None)
    with django_capture_on_commit_callbacks(execute=True):
        notice_send(user=artisan, kind=Notice.Kind.PRODUCT_APPROVED, subject=SUBJECT)
    assert artisan.notices.count() == 1
    assert mail.outbox == []


def test_a_failing_mail_server_keeps_the_notice(settings, django_capture_on_commit_callbacks):
    settings.EMAIL_BACKEND = "tests.test_notices.BrokenBackend"
    artisan = factories.ArtisanFactory(email="khamla@example.la")
    with django_capture_on_commit_callbacks(execute=True):
        notice_send(user=artisan, kind=Notice.Kind.PRODUCT_APPROVED, subject=SUBJECT)
    assert artisan.notices.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("smtp down")


def test_the_notice_list_shows_the_reader_their_own_notices_in_their_language(client):
    artisan = factories.ArtisanFactory()
    other = factories.ArtisanFactory()
    notice_send(user=artisan, kind=Notice.Kind.PRODUCT_REJECTED, subject=SUBJECT, reason="ຮູບມືດໂພດ")
    notice_send(user=other, kind=Notice.Kind.PRODUCT_APPROVED, subject={"en": "Someone else's basket"})
    client.force_login(artisan)
    with translation.override("lo"):
        url = reverse("accounts:notices")
    response = client.get(url)
    assert response.status_code == 200
    page = response.content.decode()
    assert "ຜ້າພັນຄໍໄໝລາຍນາກ" in page and "ຮູບມືດໂພດ" in page
    assert "Someone else" not in page
    assert artisan.notices.unread().count() == 0  # read once shown


def test_notices_need_a_signed_in_user(client):
    response = client.get("/ja/accounts/notices/")
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


@pytest.mark.parametrize("language", ["lo", "en", "ja"])
def test_the_subject_is_named_in_the_page_language(language):
    notice = Notice(subject=SUBJECT)
    assert notice.subject_name(language) == SUBJECT[language]
    assert Notice(subject={"lo": "ກະຕິບ"}).subject_name(language) == "ກະຕິບ"


def header(client, path: str) -> str:
    html = client.get(path).content.decode()
    return html[html.index('<header class="site">') : html.index("</header>")]


def test_the_header_counts_unread_notices_until_they_are_opened(client, owner):
    client.force_login(owner)
    notices_url = reverse("accounts:notices")
    assert 'class="count"' not in header(client, "/en/")
    for _ in range(2):
        notice_send(user=owner, kind=Notice.Kind.PRODUCT_APPROVED, subject=SUBJECT)
    assert '<span class="count">2<span class="visually-hidden"> new notices</span>' in header(client, "/en/")
    client.get(notices_url)
    assert 'class="count"' not in header(client, "/en/")


def test_the_header_offers_each_person_their_own_places(client, owner, buyer, moderator):
    visitor = header(client, "/en/")
    assert "/en/accounts/login/" in visitor and "/en/accounts/notices/" not in visitor
    client.force_login(owner)
    maker = header(client, "/en/")
    assert all(link in maker for link in ("/en/my/products/", "/en/my/producer/", "/en/accounts/notices/"))
    assert "/admin/" not in maker
    client.force_login(buyer)
    shopper = header(client, "/en/")
    assert "/en/my/products/" not in shopper and "/en/accounts/notices/" in shopper
    client.force_login(moderator)
    assert "/admin/" in header(client, "/en/")


def test_anonymous_pages_pay_no_query_for_the_notice_count(client, django_assert_num_queries, db):
    client.get("/en/accounts/login/")
    with django_assert_num_queries(0):
        assert client.get("/en/accounts/login/").status_code == 200


def test_a_failed_email_stays_pending_and_is_retried_with_growing_pauses(
    django_capture_on_commit_callbacks, settings, monkeypatch
):
    import datetime as dt

    from django.utils import timezone

    from accounts import notices

    artisan = factories.ArtisanFactory(email="khamla@example.la", preferred_language="lo")
    sends = {"fail": True}

    def send(self, fail_silently=False):
        if sends["fail"]:
            raise ConnectionRefusedError("mail server down")
        mail.outbox.append(self)
        return 1

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", send)
    with django_capture_on_commit_callbacks(execute=True):
        notice = notice_send(user=artisan, kind=Notice.Kind.PRODUCT_APPROVED, subject=SUBJECT)
    notice.refresh_from_db()
    assert (notice.email_state, notice.email_attempts) == (Notice.EmailState.PENDING, 1)
    assert artisan.notices.unread().count() == 1  # the notice itself is there whatever the mail does

    now = timezone.now()
    assert list(notices.notices_due(now + dt.timedelta(minutes=4))) == []  # still in its pause
    assert notices.notices_email_due(now=now + dt.timedelta(minutes=6)) == (0, 1)
    sends["fail"] = False
    assert notices.notices_email_due(now=now + dt.timedelta(minutes=20)) == (0, 0)  # 30 min pause now
    assert notices.notices_email_due(now=now + dt.timedelta(minutes=40)) == (1, 0)
    notice.refresh_from_db()
    assert (notice.email_state, notice.email_attempts) == (Notice.EmailState.SENT, 3)
    assert len(mail.outbox) == 1


def test_an_email_that_keeps_failing_is_given_up_and_logged(monkeypatch, caplog):
    import datetime as dt

    from django.utils import timezone

    from accounts import notices

    artisan = factories.ArtisanFactory(email="khamla@example.la")
    monkeypatch.setattr(
        "django.core.mail.EmailMultiAlternatives.send",
        lambda self, fail_silently=False: (_ for _ in ()).throw(OSError("down")),
    )
    notice = notice_send(user=artisan, kind=Notice.Kind.PRODUCT_APPROVED, subject=SUBJECT)
    later = timezone.now()
    for _ in range(notices.MAX_EMAIL_ATTEMPTS):
        later += dt.timedelta(days=1)
        notices.notices_email_due(now=later)
    notice.refresh_from_db()
    assert (notice.email_state, notice.email_attempts) == (
        Notice.EmailState.FAILED,
        notices.MAX_EMAIL_ATTEMPTS,
    )
    assert "email to user" in caplog.text
    assert list(notices.notices_due(later + dt.timedelta(days=30))) == []


def test_people_without_email_get_the_notice_and_no_email_is_queued(django_capture_on_commit_callbacks):
    artisan = factories.ArtisanFactory(email=None, phone="+8562055512345")
    with django_capture_on_commit_callbacks(execute=True):
        notice = notice_send(
            user=artisan, kind=Notice.Kind.INQUIRY_RECEIVED, subject=SUBJECT, reason="こんにちは"
        )
    assert notice.email_state == Notice.EmailState.NONE and mail.outbox == []


def test_an_inquiry_notice_shows_the_message_not_a_moderators_note(client):
    artisan = factories.ArtisanFactory(email="khamla@example.la", preferred_language="en")
    notice_send(
        user=artisan, kind=Notice.Kind.INQUIRY_RECEIVED, subject={"en": "Indigo scarves"}, reason="Hello"
    )
    client.force_login(artisan)
    html = client.get(reverse("accounts:notices")).content.decode()
    assert "New inquiry: “Indigo scarves”" in html and "The message:" in html
    assert "association's note" not in html
