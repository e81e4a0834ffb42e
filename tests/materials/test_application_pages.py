"""Postings, documents sent and fit on the application page, the new-application form and
the rejection workspace."""

import json
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from core.forms import SHORTLIST
from home.choice_search import LIMIT as FIND_LIMIT
from materials.models import PostingSnapshot, ReflectionFit, SentDocument
from tests.factories import ApplicationFactory, ReflectionFactory, RejectionFactory
from tracker.models import Application

pytestmark = pytest.mark.django_db

POSTING = {
    "@context": "https://schema.org",
    "@type": "JobPosting",
    "title": "Data Engineer",
    "hiringOrganization": {"@type": "Organization", "name": "Northwind"},
    "jobLocation": {"@type": "Place", "address": {"addressLocality": "Leeds"}},
    "baseSalary": {"currency": "GBP", "value": {"minValue": 50000, "maxValue": 60000,
                                                "unitText": "YEAR"}},
    "description": "<p>We use Python, SQL, Airflow and Snowflake.</p><p>Kubernetes a plus."
                   "</p><script>steal()</script>",
}  # fmt: skip


def capture(client, text, **extra):
    return client.post("/materials/capture/", {"step": "read", "posting": text, **extra})


def save(client, text, **fields):
    data = {
        "step": "save",
        "posting": text,
        "choice": "0",
        "company_name": "Northwind",
        "position_title": "Data Engineer",
        "status": "wishlist",
        **fields,
    }
    return client.post("/materials/capture/", data)


def test_the_new_application_form_offers_the_paste_box(owner_client):
    html = owner_client.get("/applications/new/?position_title=Dev&posting_url=https://x.example/1")

    page = html.content.decode()
    assert 'action="/materials/capture/"' in page
    assert 'name="page_title" value="Dev"' in page
    assert "js/posting-capture.js" in page


def test_reading_a_posting_fills_in_the_form_and_shows_a_preview(owner_client):
    response = capture(owner_client, json.dumps(POSTING))

    page = response.content.decode()
    assert response.status_code == 200
    assert 'value="Data Engineer"' in page
    assert 'value="Northwind"' in page
    assert 'value="Leeds"' in page
    assert 'value="50000"' in page
    assert "<p>We use Python, SQL, Airflow and Snowflake.</p>" in page
    assert "steal" not in page.replace("&lt;", "<").split("</textarea>")[-1]
    assert not Application.objects.exists()


def test_saving_creates_the_application_and_its_snapshot_together(owner, owner_client):
    response = save(owner_client, json.dumps(POSTING), location="Leeds")

    application = Application.objects.get(owner=owner)
    assert response["Location"] == application.get_absolute_url()
    snapshot = application.posting_snapshot
    assert (snapshot.title, snapshot.organization, snapshot.salary) == (
        "Data Engineer",
        "Northwind",
        "50,000–60,000 GBP per year",
    )
    assert "steal" not in snapshot.description
    page = owner_client.get(application.get_absolute_url()).content.decode()
    assert "We use Python, SQL, Airflow and Snowflake." in page
    assert "<script>steal" not in page


def test_an_invalid_application_form_saves_nothing(owner_client):
    response = save(owner_client, json.dumps(POSTING), position_title="")

    assert response.status_code == 200
    assert "error_1_id_position_title" in response.content.decode()
    assert not Application.objects.exists()
    assert not PostingSnapshot.objects.exists()


def test_several_postings_on_one_page_can_be_chosen(owner_client):
    page = json.dumps({"@graph": [{**POSTING, "title": "One"}, {**POSTING, "title": "Two"}]})

    first = capture(owner_client, page).content.decode()
    second = capture(owner_client, page, choice="1").content.decode()

    assert "This page has 2 postings" in first
    assert 'value="One"' in first
    assert 'value="Two"' in second


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Paste the posting"),
        ('{"@type": "Organization"}', "No job posting was found"),
        ("x" * 1_000_001, "more than 1000000 characters"),
    ],
)
def test_unusable_input_is_explained(owner_client, text, message):
    response = capture(owner_client, text)

    assert response.status_code == 200
    assert message in response.content.decode()


def test_capture_needs_a_sign_in(client):
    assert client.get("/materials/capture/")["Location"].startswith("/accounts/login/")
    assert client.post("/materials/capture/", {"posting": "x"}).status_code == 302
    assert not Application.objects.exists()


def test_a_posting_can_be_added_to_an_existing_application(owner, owner_client):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)}
    )

    assert response["Location"] == application.get_absolute_url()
    assert application.posting_snapshot.title == "Data Engineer"
    # The form says a saved posting is replaced, once there is one; replacing keeps one.
    replaces = "in place of the one saved before"
    assert replaces in owner_client.get(f"/applications/{application.pk}/posting/").text
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": "Just text"})
    assert PostingSnapshot.objects.get().description_text == "Just text"
    other = ApplicationFactory(owner=owner)
    assert replaces not in owner_client.get(f"/applications/{other.pk}/posting/").text


def test_documents_can_be_noted_as_sent_and_unnoted(owner, owner_client, make_version):
    application = ApplicationFactory(owner=owner)
    version = make_version(owner)

    owner_client.post(f"/applications/{application.pk}/sent/", {"version": version.pk})
    owner_client.post(f"/applications/{application.pk}/sent/", {"version": version.pk})
    page = owner_client.get(application.get_absolute_url()).content.decode()

    sent = SentDocument.objects.get()
    assert "CV — engineering, v1" in page
    owner_client.post(f"/materials/sent/{sent.pk}/delete/")
    assert not SentDocument.objects.exists()


def test_another_users_document_cannot_be_noted_as_sent(
    owner, stranger, owner_client, make_version
):
    application = ApplicationFactory(owner=owner)
    theirs = make_version(stranger)

    owner_client.post(f"/applications/{application.pk}/sent/", {"version": theirs.pk})

    assert not SentDocument.objects.exists()


# --- Noting a document as sent: a shortlist, and a search for the others ------------------

FIND_URL = reverse("home:choices", args=["versions"])


def offered_versions(html: str) -> set[str]:
    """The versions the application page offers to note as sent."""
    select = re.search(r'<select name="version"[^>]*>(.*?)</select>', html, re.S)
    assert select, "the page has no version select"
    return set(re.findall(r'<option value="(\d+)"', select.group(1)))


def find_versions(client, text):
    return client.get(FIND_URL, {"q": text}, headers={"accept": "application/json"})


@pytest.fixture
def old_version(owner, make_version):
    """A version uploaded first, then buried under SHORTLIST newer ones."""
    old = make_version(owner, b"old", "old.txt", title="CV — cartography", label="for map makers")
    for n in range(SHORTLIST + 2):
        make_version(owner, f"v{n}".encode(), "a.txt", title=f"Letter {n}")
    return old


def test_with_few_versions_every_one_is_offered(owner, owner_client, make_version):
    first = make_version(owner, b"one", "a.txt", title="CV — data")
    second = make_version(owner, b"two", "a.txt", document=first.document, label="shorter")
    letter = make_version(owner, b"three", "a.txt", title="Cover letter", kind="cover_letter")
    application = ApplicationFactory(owner=owner)

    html = owner_client.get(application.get_absolute_url()).content.decode()

    assert offered_versions(html) == {str(first.pk), str(second.pk), str(letter.pk)}
    assert f'<option value="{second.pk}">CV — data, v2 (shorter)</option>' in html


def test_the_page_offers_the_newest_versions_and_a_search_for_the_others(
    owner, owner_client, old_version
):
    application = ApplicationFactory(owner=owner)

    html = owner_client.get(application.get_absolute_url()).content.decode()

    options = offered_versions(html)
    assert len(options) == SHORTLIST
    assert str(old_version.pk) not in options
    assert f'data-choices-url="{FIND_URL}"' in html


def test_the_fit_page_offers_the_same_shortlist_and_keeps_an_old_version_chosen(
    owner, owner_client, old_version
):
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    url = f"/applications/{application.pk}/fit/"

    html = owner_client.get(url).content.decode()
    options = offered_versions(html)
    assert len(options) == SHORTLIST and str(old_version.pk) not in options
    assert f'data-choices-url="{FIND_URL}"' in html
    # Found by the search and checked: the page shows it chosen.
    checked = owner_client.get(url, {"version": old_version.pk}).content.decode()
    assert f'<option value="{old_version.pk}" selected>' in checked


def test_a_version_sent_lately_is_offered_however_old(owner, owner_client, old_version):
    SentDocument.objects.create(application=ApplicationFactory(owner=owner), version=old_version)
    application = ApplicationFactory(owner=owner)

    html = owner_client.get(application.get_absolute_url()).content.decode()

    assert str(old_version.pk) in offered_versions(html)


def test_a_version_left_off_the_list_can_still_be_noted_as_sent(owner, owner_client, old_version):
    application = ApplicationFactory(owner=owner)

    response = owner_client.post(
        f"/applications/{application.pk}/sent/", {"version": old_version.pk}
    )

    assert response["Location"] == application.get_absolute_url()
    assert SentDocument.objects.get().version == old_version


@pytest.mark.parametrize("text", ["cartog", "MAP MAKERS", "  cv —   carto "])
def test_the_search_finds_a_version_by_title_or_label_as_the_list_names_it(
    owner_client, old_version, text
):
    response = find_versions(owner_client, text)

    assert response.status_code == 200
    assert json.loads(response.content) == {
        "results": [{"id": old_version.pk, "label": "CV — cartography, v1 (for map makers)"}]
    }


def test_the_search_finds_only_the_users_own_versions(
    owner, stranger, owner_client, stranger_client, make_version
):
    mine = make_version(owner, b"mine", "a.txt", title="CV — atlas")
    theirs = make_version(stranger, b"theirs", "a.txt", title="CV — atlas")

    for client, version in [(owner_client, mine), (stranger_client, theirs)]:
        results = json.loads(find_versions(client, "atlas").content)["results"]
        assert [result["id"] for result in results] == [version.pk]


def test_the_search_returns_at_most_its_limit(owner, owner_client, make_version):
    for n in range(FIND_LIMIT + 2):
        make_version(owner, f"{n}".encode(), "a.txt", title=f"Letter {n}")

    assert len(json.loads(find_versions(owner_client, "letter").content)["results"]) == FIND_LIMIT


@pytest.mark.parametrize("text", ["", " ", "c", "\t v "])
def test_too_short_a_search_returns_nothing(owner_client, old_version, text):
    assert json.loads(find_versions(owner_client, text).content) == {"results": []}


def test_the_search_needs_a_sign_in_and_a_get(client, owner_client):
    assert find_versions(client, "cv")["Location"].startswith("/accounts/login/")
    assert owner_client.post(FIND_URL, {"q": "cv"}).status_code == 405


def test_the_fit_shows_what_the_cv_misses(owner, owner_client, make_version):
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    version = make_version(owner, b"Python and SQL every day; some Airflow.", "cv.txt")
    owner_client.post(f"/applications/{application.pk}/sent/", {"version": version.pk})

    detail = owner_client.get(application.get_absolute_url()).content.decode()
    fit = owner_client.get(f"/applications/{application.pk}/fit/").content.decode()

    assert "<strong>60%</strong>" in detail
    assert "Not in it (2)" in fit
    assert "Kubernetes" in fit and "Snowflake" in fit


def test_the_fit_can_be_checked_before_sending(owner, owner_client, make_version):
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    version = make_version(owner, b"Kubernetes, Snowflake", "cv.txt")

    page = owner_client.get(f"/applications/{application.pk}/fit/", {"version": version.pk})

    assert "<strong>40%</strong>" in page.content.decode()
    assert not SentDocument.objects.exists()


def test_a_reflection_can_refer_to_the_fit(owner, owner_client, make_version):
    rejection = RejectionFactory(application__owner=owner)
    application = rejection.application
    reflection = ReflectionFactory(rejection=rejection)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    version = make_version(owner, b"Python only", "cv.txt")
    owner_client.post(f"/applications/{application.pk}/sent/", {"version": version.pk})

    owner_client.post(
        f"/applications/{application.pk}/fit/reflection/",
        {"reflection": reflection.pk, "version": version.pk},
    )
    workspace = owner_client.get(f"/rejections/{rejection.pk}/").content.decode()

    link = ReflectionFit.objects.get()
    assert link.missing == "Airflow, Kubernetes, Snowflake, SQL"
    assert "the posting wanted Airflow, Kubernetes, Snowflake, SQL" in workspace
    assert "CV — engineering, v1" in workspace


def test_the_fit_offers_the_applications_reflections_and_hides_the_form_without_one(
    owner, owner_client, make_version
):
    rejection = RejectionFactory(application__owner=owner)
    application = rejection.application
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    version = make_version(owner, b"Python only", "cv.txt")
    url = f"/applications/{application.pk}/fit/"
    heading = "Refer to this fit in a reflection"

    without = owner_client.get(url, {"version": version.pk}).content.decode()
    reflection = ReflectionFactory(rejection=rejection)
    ReflectionFactory(rejection__application__owner=owner)  # another application's
    with_one = owner_client.get(url, {"version": version.pk}).content.decode()

    assert "<strong>" in without and heading not in without
    assert heading in with_one
    assert with_one.count('name="reflection"') == 1
    select = re.search(r'<select name="reflection".*?</select>', with_one, re.S).group()
    # This application's reflection only, after the empty choice.
    assert re.findall(r'<option value="(\d*)"', select) == ["", str(reflection.pk)]


def test_another_users_reflection_cannot_be_linked(owner, stranger, owner_client, make_version):
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    version = make_version(owner, b"Python", "cv.txt")
    theirs = ReflectionFactory(rejection__application__owner=stranger)

    owner_client.post(
        f"/applications/{application.pk}/fit/reflection/",
        {"reflection": theirs.pk, "version": version.pk},
    )

    assert not ReflectionFit.objects.exists()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("get", "/applications/{pk}/posting/"),
        ("post", "/applications/{pk}/posting/"),
        ("get", "/applications/{pk}/fit/"),
        ("post", "/applications/{pk}/sent/"),
        ("post", "/applications/{pk}/fit/reflection/"),
    ],
)
def test_other_users_applications_give_404_and_visitors_the_sign_in(
    owner, owner_client, stranger_client, client, method, path
):
    url = path.format(pk=ApplicationFactory(owner=owner).pk)

    if method == "get":
        assert owner_client.get(url).status_code == 200
    assert getattr(stranger_client, method)(url).status_code == 404
    assert getattr(client, method)(url)["Location"].startswith("/accounts/login/")


def test_another_users_sent_document_gives_404(owner, stranger_client, make_version):
    application = ApplicationFactory(owner=owner)
    sent = SentDocument.objects.create(application=application, version=make_version(owner))

    assert stranger_client.post(f"/materials/sent/{sent.pk}/delete/").status_code == 404
    assert SentDocument.objects.exists()


def test_the_application_page_costs_the_same_with_many_documents_sent(
    owner, owner_client, make_version
):
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": json.dumps(POSTING)})
    SentDocument.objects.create(application=application, version=make_version(owner))
    url = application.get_absolute_url()
    with CaptureQueriesContext(connection) as few:
        owner_client.get(url)
    for n in range(5):
        version = make_version(owner, f"v{n}".encode(), "a.txt", title=f"Letter {n}")
        SentDocument.objects.create(application=application, version=version)
    with CaptureQueriesContext(connection) as many:
        owner_client.get(url)
    assert len(many) == len(few)


def test_the_posting_can_be_deleted_by_its_owner_only(owner, owner_client, stranger_client):
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": "Python"})
    url = f"/applications/{application.pk}/posting/delete/"

    asked = owner_client.get(url)
    assert asked.status_code == 200
    assert f"Posting of {application}" in asked.text
    assert stranger_client.post(url).status_code == 404
    assert PostingSnapshot.objects.exists()
    assert owner_client.post(url)["Location"] == application.get_absolute_url()
    assert not PostingSnapshot.objects.exists()


@pytest.mark.parametrize(
    "text",
    [
        "{" * 50_000,
        "[" * 200_000 + "]" * 200_000,
        json.dumps({**POSTING, "description": "<svg onload=alert(1)><iframe src=x>"}),
        json.dumps({**POSTING, "title": "<script>alert(1)</script>Engineer"}),
        json.dumps({"@graph": [POSTING] * 500}),
        '<html><script type=application/ld+json>{"@type":"JobPosting","title":1e999}'
        "</script></html>",
    ],
)
def test_hostile_postings_never_fail_the_page_nor_store_script(owner, owner_client, text):
    response = capture(owner_client, text)

    assert response.status_code == 200
    application = ApplicationFactory(owner=owner)
    owner_client.post(f"/applications/{application.pk}/posting/", {"posting": text, "choice": 0})
    for snapshot in PostingSnapshot.objects.all():
        for value in (snapshot.description, snapshot.title):
            assert "<script" not in value and "onload" not in value and "<iframe" not in value
