"""Uploading, listing, downloading and deleting documents and their versions."""

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from materials.models import Document, DocumentVersion, Extraction
from tests.factories import ApplicationFactory
from tests.materials import builders

pytestmark = pytest.mark.django_db

LIST_URL = "/materials/"
NEW_URL = "/materials/new/"


def stored_files(media_root) -> list[Path]:
    return [p for p in Path(media_root).rglob("*") if p.is_file()]


def post_document(client, data: bytes, name: str = "cv.pdf", **fields):
    payload = {"title": "CV — product design", "kind": "cv", "label": "", "note": "", **fields}
    payload["file"] = SimpleUploadedFile(name, data)
    return client.post(NEW_URL, payload)


def test_uploading_a_pdf_keeps_it_as_version_one_and_reads_its_text(
    owner, owner_client, media_root
):
    response = post_document(owner_client, builders.pdf(["Jane Doe", "Python, SQL"]), note="v1!")

    document = Document.objects.get(owner=owner)
    assert response.status_code == 302
    assert response["Location"] == f"/materials/{document.pk}/"
    version = document.versions.get()
    assert (version.number, version.file_type, version.note) == (1, "pdf", "v1!")
    assert version.extraction == Extraction.DONE
    assert "Python, SQL" in version.text
    assert len(stored_files(media_root)) == 1
    # The stored name is random; the user's file name is only data.
    assert "cv" not in version.file.name


def test_a_new_version_is_numbered_after_the_last(owner, owner_client, make_version):
    document = make_version(owner).document

    response = owner_client.post(
        document.get_absolute_url(),
        {"file": SimpleUploadedFile("cv.md", b"# CV\nGo"), "label": "short", "note": ""},
    )

    assert response.status_code == 302
    assert list(document.versions.values_list("number", "label", "file_type")) == [
        (2, "short", "md"),
        (1, "", "pdf"),
    ]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"MZ\x90\x00" + b"\x00" * 64, "cv.pdf", "This is a program"),
        (b"", "cv.pdf", "The submitted file is empty"),
        (builders.encrypted_pdf(), "cv.pdf", "encrypted"),
        (builders.docx(["x"], extra={"word/vbaProject.bin": b"1"}), "cv.docx", "macros"),
    ],
)
def test_a_refused_file_is_explained_and_nothing_is_saved(
    owner_client, media_root, data, name, message
):
    response = post_document(owner_client, data, name)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Document.objects.exists()
    assert not stored_files(media_root)


def test_a_file_over_the_size_cap_is_refused(settings, owner_client, media_root):
    settings.MATERIALS_MAX_UPLOAD_BYTES = 2048

    response = post_document(owner_client, b"x" * 4096, "cv.txt")

    assert "the most one file may be is 2.0 KB" in response.content.decode()
    assert not DocumentVersion.objects.exists()


def test_the_quota_counts_what_the_user_already_stores(settings, owner, owner_client, make_version):
    make_version(owner, b"a" * 3000, "one.txt")
    settings.MATERIALS_USER_QUOTA_BYTES = 5000

    response = post_document(owner_client, b"b" * 3000, "two.txt")

    assert "over your storage quota" in response.content.decode()
    assert DocumentVersion.objects.count() == 1


def test_the_list_shows_storage_use_and_searches_the_text(owner, owner_client, make_version):
    make_version(owner, b"Kubernetes wrangler", "k8s.txt", title="CV — ops")
    make_version(owner, b"Figma and research", "design.txt", title="CV — design")

    html = owner_client.get(LIST_URL, {"q": "kubernetes"}).content.decode()

    assert "CV — ops" in html
    assert "CV — design" not in html
    assert "Storage used: 37 bytes of 200 MB" in owner_client.get(LIST_URL).content.decode()


def test_the_list_costs_the_same_queries_for_50_documents(owner, owner_client, make_version):
    make_version(owner, b"one", "a.txt")
    with CaptureQueriesContext(connection) as few:
        assert owner_client.get(LIST_URL).status_code == 200
    for n in range(49):
        make_version(owner, f"doc {n}".encode(), "a.txt", title=f"Doc {n}")
    with CaptureQueriesContext(connection) as many:
        response = owner_client.get(LIST_URL)
    assert response.status_code == 200
    assert "50 documents" in response.content.decode()
    assert len(many) == len(few)


def test_the_document_page_costs_the_same_queries_for_many_versions(
    owner, owner_client, make_version
):
    version = make_version(owner, b"one", "a.txt")
    url = version.document.get_absolute_url()
    with CaptureQueriesContext(connection) as few:
        owner_client.get(url)
    for _ in range(10):
        make_version(owner, b"more", "a.txt", document=version.document)
    with CaptureQueriesContext(connection) as many:
        owner_client.get(url)
    assert len(many) == len(few)


def test_downloads_are_attachments_with_nosniff(owner, owner_client, make_version):
    version = make_version(owner, b"<script>alert(1)</script>", "../evil\r\n.html.txt")

    response = owner_client.get(f"/materials/versions/{version.pk}/download/")

    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment;")
    assert 'filename="evil .html.txt"' in response["Content-Disposition"]
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert b"".join(response.streaming_content) == b"<script>alert(1)</script>"


def test_files_have_no_public_address(settings, owner, client, make_version):
    version = make_version(owner)

    assert client.get(f"/{settings.MEDIA_URL.strip('/')}/{version.file.name}").status_code == 404
    assert client.get(f"/media/{version.file.name}").status_code == 404


@pytest.mark.parametrize(
    "path",
    [
        "/materials/{doc}/",
        "/materials/{doc}/delete/",
        "/materials/versions/{version}/download/",
        "/materials/versions/{version}/text/",
        "/materials/versions/{version}/delete/",
    ],
)
def test_other_users_get_404_and_visitors_the_sign_in(
    owner, stranger_client, client, make_version, path
):
    version = make_version(owner)
    url = path.format(doc=version.document_id, version=version.pk)

    assert stranger_client.get(url).status_code == 404
    if "download" not in url and "text" not in url:
        assert stranger_client.post(url).status_code == 404
        assert DocumentVersion.objects.filter(pk=version.pk).exists()
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("url", [LIST_URL, NEW_URL])
def test_the_list_and_upload_pages_need_a_sign_in(client, owner_client, url):
    assert owner_client.get(url).status_code == 200
    assert client.get(url)["Location"] == f"/accounts/login/?next={url}"


def test_the_owner_sees_the_versions_and_their_text(owner, owner_client, make_version):
    version = make_version(owner, b"Careful <b>words</b>", "cv.txt", note="for start-ups")

    html = owner_client.get(version.document.get_absolute_url()).content.decode()
    text = owner_client.get(f"/materials/versions/{version.pk}/text/").content.decode()

    assert "for start-ups" in html
    assert "Upload v2" in html
    assert "Careful &lt;b&gt;words&lt;/b&gt;" in text


def test_deleting_the_last_version_deletes_the_document_and_its_file(
    owner, owner_client, make_version, media_root, django_capture_on_commit_callbacks
):
    version = make_version(owner)
    assert len(stored_files(media_root)) == 1

    with django_capture_on_commit_callbacks(execute=True):
        response = owner_client.post(f"/materials/versions/{version.pk}/delete/")

    assert response["Location"] == LIST_URL
    assert not Document.objects.exists()
    assert not stored_files(media_root)


def test_a_rolled_back_deletion_keeps_the_file(owner, make_version, media_root):
    from django.db import transaction

    version = make_version(owner)
    pk = version.pk
    with pytest.raises(RuntimeError), transaction.atomic():
        version.delete()
        raise RuntimeError

    assert DocumentVersion.objects.filter(pk=pk).exists()
    assert len(stored_files(media_root)) == 1


def test_deleting_a_document_removes_every_file(
    owner, owner_client, make_version, media_root, django_capture_on_commit_callbacks
):
    document = make_version(owner).document
    make_version(owner, b"two", "b.txt", document=document)

    with django_capture_on_commit_callbacks(execute=True):
        owner_client.post(f"/materials/{document.pk}/delete/")

    assert not DocumentVersion.objects.exists()
    assert not stored_files(media_root)


def test_deleting_an_account_removes_its_files(
    owner, stranger, make_version, media_root, django_capture_on_commit_callbacks
):
    from tracker.services import delete_accounts

    version = make_version(owner)
    ApplicationFactory(owner=owner)
    kept = make_version(stranger, b"theirs", "t.txt")

    with django_capture_on_commit_callbacks(execute=True):
        delete_accounts(users=type(owner).objects.filter(pk=owner.pk))

    assert not DocumentVersion.objects.filter(pk=version.pk).exists()
    assert [p.name for p in stored_files(media_root)] == [Path(kept.file.name).name]


def test_a_text_that_cannot_be_read_is_said_and_the_file_kept(owner, owner_client, monkeypatch):
    from materials import files

    def broken(data, file_type):
        raise files.Unreadable("The PDF's text could not be read (it may be damaged).")

    monkeypatch.setattr(files, "extract_text", broken)
    response = post_document(owner_client, builders.pdf(["x"]))

    version = DocumentVersion.objects.get()
    assert response.status_code == 302
    assert version.extraction == Extraction.FAILED
    assert "could not be read" in owner_client.get(response["Location"]).content.decode()


def test_changing_views_refuse_get_where_they_must(owner_client):
    assert owner_client.get("/applications/1/sent/").status_code == 405
    assert owner_client.get("/materials/sent/1/delete/").status_code == 405


def test_the_quota_is_checked_again_when_the_file_is_stored(
    settings, owner, owner_client, make_version, media_root, monkeypatch
):
    """Another upload may finish between the form's check and the save."""
    from materials import services

    settings.MATERIALS_USER_QUOTA_BYTES = 5000
    checked_quota = services.quota_left

    def quota_before_the_other_upload(user):
        left = checked_quota(user)
        monkeypatch.setattr(services, "quota_left", checked_quota)
        make_version(user, b"x" * 3000, "other.txt")
        return left

    monkeypatch.setattr(services, "quota_left", quota_before_the_other_upload)
    response = post_document(owner_client, b"b" * 3000, "two.txt")

    assert response.status_code == 200
    assert "over your storage quota" in response.content.decode()
    assert DocumentVersion.objects.count() == 1
    assert len(stored_files(media_root)) == 1
