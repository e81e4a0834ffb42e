"""The menus at the top of every page (``core.templatetags.menus``): each part of the site
marks its own item as the current page, in the wide menu and in the narrow "Menu"."""

import re

import pytest
from django.test import Client
from django.urls import reverse, set_script_prefix

from core.templatetags.menus import ACCOUNT_MENU, MAIN_MENU
from tests.factories import (
    ApplicationFactory,
    CompanyFactory,
    ContactFactory,
    InterviewFactory,
    RejectionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def _current(html: str) -> list[str]:
    """The labels of the links marked as the current page."""
    return re.findall(r'<a aria-current="page" href="[^"]*">([^<]+)</a>', html)


@pytest.fixture
def rows(owner):
    application = ApplicationFactory(owner=owner)
    return {
        "application": application,
        "rejection": RejectionFactory(application__owner=owner),
        "contact": ContactFactory(owner=owner),
        "company": CompanyFactory(owner=owner),
        "interview": InterviewFactory(application=application),
    }


@pytest.mark.parametrize(
    ("page", "section"),
    [
        (lambda rows: reverse("home:dashboard"), "Dashboard"),
        (lambda rows: reverse("tracker:application-list"), "Applications"),
        (lambda rows: rows["application"].get_absolute_url(), "Applications"),
        (lambda rows: reverse("tracker:application-create"), "Applications"),
        (lambda rows: reverse("tracker:board"), "Board"),
        (lambda rows: reverse("tracker:interview-list"), "Interviews"),
        (lambda rows: f"/interviews/{rows['interview'].pk}/edit/", "Interviews"),
        (lambda rows: reverse("tracker:contact-list"), "Contacts"),
        (lambda rows: rows["contact"].get_absolute_url(), "Contacts"),
        (lambda rows: reverse("materials:document-list"), "Documents"),
        (lambda rows: reverse("tracker:company-list"), "Companies"),
        (lambda rows: rows["company"].get_absolute_url(), "Companies"),
        (lambda rows: reverse("inbox:list"), "Inbox"),
        (lambda rows: reverse("rejections:list"), "Rejections"),
        (lambda rows: rows["rejection"].get_absolute_url(), "Rejections"),
        (lambda rows: reverse("rejections:reflection-list"), "Reflections"),
        (lambda rows: reverse("rejections:selfcare-list"), "Self-care"),
        (lambda rows: reverse("profile"), None),
        (lambda rows: reverse("pace:goals"), None),
    ],
)
def test_each_part_of_the_site_marks_its_own_menu_item(owner_client, rows, page, section):
    response = owner_client.get(page(rows))

    assert response.status_code == 200
    # Once in the wide menu and once in the narrow one.
    assert _current(response.content.decode()) == ([section] * 2 if section else [])


def test_the_menus_lead_to_every_part_and_the_account_pages(owner_client):
    html = owner_client.get(reverse("home:dashboard")).content.decode()

    for item in MAIN_MENU:
        assert html.count(f'href="{reverse(item.url_name)}">{item.label}</a>') == 2, item
    for item in ACCOUNT_MENU:
        link = f'href="{reverse(item.url_name)}">{item.label}</a>'
        assert (link in html) is not item.staff_only, item


def test_staff_also_find_the_admin_and_the_invitations():
    client = Client()
    client.force_login(UserFactory(is_staff=True))

    html = client.get(reverse("tracker:application-list")).content.decode()

    assert f'href="{reverse("admin:index")}">Admin (letter templates)</a>' in html
    assert f'href="{reverse("account_invitations")}">Invitations</a>' in html


def test_behind_a_path_prefix_the_menu_links_carry_it(owner_client):
    """Served under a prefix (``SCRIPT_NAME``, which the WSGI handler makes the script
    prefix), the links carry it, as ``{% url %}``'s do; and lose it again without."""
    set_script_prefix("/rebound/")
    try:
        html = owner_client.get("/applications/").content.decode()
    finally:
        set_script_prefix("/")
    plain = owner_client.get("/contacts/").content.decode()

    assert _current(html) == ["Applications"] * 2
    assert html.count('href="/rebound/applications/">Applications</a>') == 2
    assert f'href="/rebound{reverse("profile")}">Your details</a>' in html
    assert 'href="/applications/">Applications</a>' not in html
    assert plain.count('href="/applications/">Applications</a>') == 2
    assert 'href="/rebound/' not in "".join(re.findall(r"<nav.*</nav>", plain, re.S))


def test_signed_out_visitors_get_no_menus(client):
    html = client.get(reverse("login")).content.decode()

    assert "Dashboard" not in html
    assert f'href="{reverse("login")}">Sign in</a>' in html
