"""The "search all of yours" box under a shortlisted list, in a real browser.

A job seeker with many contacts sees only the newest on the new-application form; typing a
few letters of an older contact's name adds that contact to the list, ready to tick.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from playwright.sync_api import expect

from core.forms import SHORTLIST
from materials import files, services
from materials.models import SentDocument
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    RejectionFactory,
)
from tracker.models import Application

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "a long and private passphrase 42"


@pytest.fixture
def signed_in(visitor):
    user = get_user_model().objects.create_user("maria", password=PASSWORD)
    visitor.open("/accounts/login/", lands_on=r"/accounts/login/")
    visitor.page.get_by_label("Username").fill("maria")
    visitor.page.get_by_label("Password").fill(PASSWORD)
    visitor.click_to(visitor.page.get_by_role("button", name="Sign in"), lands_on=r"/")
    return user


def test_an_older_contact_is_found_and_ticked(visitor, signed_in):
    nimbus = CompanyFactory(owner=signed_in, name="Nimbus Cartography")
    CompanyFactory.create_batch(SHORTLIST + 1, owner=signed_in)
    old = ContactFactory(owner=signed_in, name="Wilhelmina Oldfield")
    ContactFactory.create_batch(SHORTLIST + 3, owner=signed_in)
    page = visitor.page

    with visitor.step("form"):
        visitor.open("/applications/new/", lands_on=r"/applications/new/")
        contacts = page.get_by_role("group", name="Contacts")
        expect(contacts.get_by_role("checkbox")).to_have_count(SHORTLIST)
        expect(contacts.get_by_label("Wilhelmina Oldfield")).to_have_count(0)

    with visitor.step("search"):
        page.get_by_label("Not listed? Find it by name").first.fill("oldf")
        found = contacts.get_by_label("Wilhelmina Oldfield")
        expect(found).to_be_visible()
        expect(page.get_by_role("status").filter(has_text="1 found")).to_be_visible()
        visitor.audit()
        found.check()

    with visitor.step("company"):
        # An older company is not among the suggestions until its name is typed.
        suggestion = page.locator('#company-names option[value="Nimbus Cartography"]')
        expect(suggestion).to_have_count(0)
        page.get_by_label("Company").fill("nimb")
        expect(suggestion).to_have_count(1)
        page.get_by_label("Company").fill("Nimbus Cartography")

    with visitor.step("save"):
        page.get_by_label("Position title").fill("Data Engineer")
        visitor.click_to(page.get_by_role("button", name="Save"), lands_on=r"/applications/\d+/")
        application = Application.objects.get(owner=signed_in)
        assert list(application.contacts.all()) == [old]
        assert application.company == nimbus


def test_a_select_gets_the_found_rejection_chosen(visitor, signed_in):
    old = RejectionFactory(
        application__owner=signed_in,
        application__position_title="Cartographer",
        application__company__name="Atlas Maps",
        received_on="2025-01-10",
    )
    RejectionFactory.create_batch(SHORTLIST + 2, application__owner=signed_in)
    page = visitor.page

    with visitor.step("journal"):
        visitor.open("/self-care/", lands_on=r"/self-care/")
        select = page.get_by_label("Related rejection")
        expect(select.locator(f'option[value="{old.pk}"]')).to_have_count(0)

    with visitor.step("search"):
        page.get_by_label("Not listed? Find it by name").fill("atlas")
        expect(select).to_have_value(str(old.pk))
        visitor.audit()


def test_an_older_document_version_is_found_and_noted_as_sent(
    visitor, signed_in, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"

    def upload(title: str, label: str = ""):
        file = SimpleUploadedFile("cv.txt", title.encode())
        checked = files.detect(file, "cv.txt")
        return services.add_version(
            owner=signed_in, upload=file, checked=checked, title=title, kind="cv", label=label
        )

    old = upload("CV — cartography", label="for map makers")
    for n in range(SHORTLIST + 2):
        upload(f"Cover letter {n}")
    application = ApplicationFactory(owner=signed_in)
    page = visitor.page

    with visitor.step("application"):
        visitor.open(application.get_absolute_url(), lands_on=r"/applications/\d+/")
        select = page.get_by_label("Note a document as sent")
        expect(select.locator("option")).to_have_count(SHORTLIST + 1)  # and "Choose…"
        expect(select.locator(f'option[value="{old.pk}"]')).to_have_count(0)

    with visitor.step("search"):
        box = page.get_by_label("Not listed? Find it by name")
        box.fill("map mak")
        expect(select).to_have_value(str(old.pk))
        expect(page.get_by_role("status").filter(has_text="1 found")).to_be_visible()
        visitor.audit()
        box.press("Enter")  # searches again; it does not send the form
        expect(page).to_have_url(re.compile(r"/applications/\d+/$"))

    with visitor.step("send"):
        visitor.click_to(
            page.get_by_role("button", name="Note as sent"), lands_on=r"/applications/\d+/"
        )
        expect(page.locator("#sent-with")).to_contain_text("CV — cartography, v1")
    assert SentDocument.objects.get(application=application).version == old
