"""The full export as a ZIP with the document files, and its import: the round trip, and
every way a ZIP can be bad (each refused with a message, nothing half-saved)."""

import base64
import copy
import hashlib
import io
import json
import os
import stat
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from core.models import BackgroundJob
from materials.models import (
    Document,
    DocumentVersion,
    Extraction,
    PostingSnapshot,
    ReflectionFit,
    SentDocument,
)
from portability import archive, services, zip_archive
from tests.portability.factories import LETTER, build_materials, build_rich_account
from tests.portability.test_json import export, strip_volatile
from tests.portability.zips import build, export_zip, manifest_of, members, zip_with
from tracker.models import Application

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("portability:json-import")


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def upload(client, raw: bytes, name: str = "rebound.zip"):
    return client.post(IMPORT_URL, {"file": SimpleUploadedFile(name, raw)})


def stored_files(root: Path, user) -> list[Path]:
    folder = root / "materials" / str(user.pk)
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


def pending_uploads(root: Path) -> list[Path]:
    folder = root / zip_archive.PENDING_DIR
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.fixture
def rich(owner):
    account = build_rich_account(owner)
    return {**account, **build_materials(owner, account)}


@pytest.fixture
def raw(rich, owner_client) -> bytes:
    return export_zip(owner_client)


# --- Export -----------------------------------------------------------------------------


def test_the_zip_holds_the_document_every_file_once_and_a_manifest(owner_client, rich):
    response = owner_client.get(reverse("portability:zip-export"))
    assert response.streaming
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    assert ".zip" in response["Content-Disposition"]
    files = members(b"".join(response.streaming_content))

    document = json.loads(files["rebound.json"])
    assert document["version"] == 4
    versions = document["document_versions"]
    assert len(versions) == 4
    # The two versions with the same content share one member.
    assert {v["file"] for v in versions} == {n for n in files if n.startswith("files/")}
    assert len([n for n in files if n.startswith("files/")]) == 3
    for version in DocumentVersion.objects.filter(owner=rich["cv"].owner):
        with version.file.open("rb") as handle:
            assert files[f"files/{version.sha256}"] == handle.read()
    manifest = json.loads(files["manifest.json"])
    assert manifest == manifest_of({n: d for n, d in files.items() if n != "manifest.json"})
    assert list(files)[-1] == "manifest.json"


def test_the_json_lists_materials_with_links(owner_client, rich):
    document = json.loads(members(export_zip(owner_client))["rebound.json"])
    documents = {d["id"]: d for d in document["documents"]}
    versions = {v["id"]: v for v in document["document_versions"]}
    assert sorted(d["kind"] for d in documents.values()) == ["cover_letter", "cv"]
    first = versions[1]
    assert (first["number"], first["label"], first["file_type"]) == (1, "first", "pdf")
    assert first["original_name"] == "cv.pdf" and first["size"] > 0
    assert "text" not in first
    sent = document["sent_documents"]
    assert [versions[s["version"]]["label"] for s in sent] == ["shorter", ""]
    posting = document["posting_snapshots"][0]
    assert (posting["salary_min"], posting["salary_max"]) == ("85000.50", "95000.00")
    fit = document["reflection_fits"][0]
    assert versions[fit["version"]]["label"] == "shorter" and fit["missing"] == "Kubernetes"


def test_a_strangers_zip_holds_none_of_the_owners_files(stranger_client, rich):
    files = members(export_zip(stranger_client))
    assert sorted(files) == ["manifest.json", "rebound.json"]
    assert json.loads(files["rebound.json"])["document_versions"] == []


def test_a_file_missing_from_storage_is_named_instead_of_a_broken_download(
    owner_client, rich, _media
):
    Path(_media, rich["letter"].file.name).unlink()
    response = owner_client.get(reverse("portability:zip-export"), follow=True)
    content = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("portability:index")
    assert "cannot be made" in content and "Cover letter, v1" in content


def test_the_export_streams_in_pieces(owner_client, owner):
    from tests.portability.factories import add_version

    # Text that does not deflate much: about 2 MB in the ZIP.
    text = base64.b64encode(os.urandom(2_250_000))
    add_version(owner, text, "big.txt", title="Big", kind="other")
    response = owner_client.get(reverse("portability:zip-export"))
    pieces = list(response.streaming_content)
    assert len(pieces) > 3
    assert max(len(p) for p in pieces) < 2 * zip_archive.YIELD_SIZE


# --- Round trip -------------------------------------------------------------------------


def test_round_trip_into_a_fresh_user_keeps_documents_versions_bytes_and_links(
    owner, owner_client, newcomer_client, raw, django_capture_on_commit_callbacks, _media
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(newcomer_client, raw)
    assert response.status_code == 302, response.content.decode()[:3000]
    newcomer = newcomer_client.user

    # The same document, apart from its time; the text was read again from each file.
    assert strip_volatile(export(newcomer_client)) == strip_volatile(export(owner_client))
    old = list(DocumentVersion.objects.filter(owner=owner).order_by("pk"))
    new = list(DocumentVersion.objects.filter(owner=newcomer).order_by("pk"))
    assert len(new) == len(old) == 4
    for before, after in zip(old, new, strict=True):
        assert after.file.name != before.file.name
        assert after.file.name.startswith(f"materials/{newcomer.pk}/")
        with before.file.open("rb") as a, after.file.open("rb") as b:
            assert a.read() == b.read()
        assert (after.text, after.extraction) == (before.text, Extraction.DONE)
        assert after.document.owner == newcomer
    assert SentDocument.objects.filter(application__owner=newcomer).count() == 2
    assert SentDocument.objects.filter(version__owner=newcomer).count() == 2
    assert PostingSnapshot.objects.get(application__owner=newcomer).description.startswith(
        "<p>We want"
    )
    assert ReflectionFit.objects.get(reflection__rejection__application__owner=newcomer).version
    # The uploaded ZIP is gone once the import is committed.
    assert pending_uploads(_media) == []
    assert BackgroundJob.objects.get(owner=newcomer, title__startswith="Import").payload == ""


def test_imported_files_count_against_the_quota(newcomer_client, raw, settings):
    versions = json.loads(members(raw)["rebound.json"])["document_versions"]
    total = sum(v["size"] for v in versions)
    settings.MATERIALS_USER_QUOTA_BYTES = total - 1  # the files alone fit; the versions do not
    response = upload(newcomer_client, raw)
    assert response.status_code == 400
    assert "would take you over your storage quota" in response.content.decode()
    assert not Document.objects.filter(owner=newcomer_client.user).exists()


def test_deleting_the_account_removes_the_imported_files(
    newcomer_client, raw, _media, django_capture_on_commit_callbacks
):
    assert upload(newcomer_client, raw).status_code == 302
    newcomer = newcomer_client.user
    assert len(stored_files(_media, newcomer)) == 4
    with django_capture_on_commit_callbacks(execute=True):
        response = newcomer_client.post(
            reverse("portability:delete-account"), {"username": newcomer.username}
        )
    assert response.status_code == 302
    assert stored_files(_media, newcomer) == []
    assert not DocumentVersion.objects.filter(owner_id=newcomer.pk).exists()


def test_a_pending_zip_goes_with_the_account(owner, _media, django_capture_on_commit_callbacks):
    name = zip_archive.keep_upload(SimpleUploadedFile("x.zip", b"PK\x03\x04"), owner=owner)
    BackgroundJob.objects.create(
        owner=owner, title="Import", task_path="portability.tasks.import_zip", payload=name
    )
    assert pending_uploads(_media)
    with django_capture_on_commit_callbacks(execute=True):
        services.delete_account(user=owner)
    assert pending_uploads(_media) == []


def test_a_version_3_json_file_still_imports(owner, owner_client, newcomer_client):
    build_rich_account(owner)
    document = export(owner_client)
    document["version"] = 3
    for key in archive.ADDED_IN_4:
        del document[key]
    response = newcomer_client.post(
        IMPORT_URL, {"file": SimpleUploadedFile("old.json", json.dumps(document).encode())}
    )
    assert response.status_code == 302
    assert Application.objects.filter(owner=newcomer_client.user).count() == 3


# --- Bad ZIPs ---------------------------------------------------------------------------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _first_file(files: dict[str, bytes]) -> str:
    return next(n for n in files if n.startswith("files/"))


def _add(name: str, data: bytes = b"extra"):
    return lambda files: files.__setitem__(name, data)


def _flip_a_byte(files):
    name = _first_file(files)
    data = bytearray(files[name])
    data[len(data) // 2] ^= 0xFF
    files[name] = bytes(data)


def _replace_letter_with_a_program(files):
    """A renamed executable, with the document and manifest agreeing on it."""
    program = b"MZ\x90\x00" + b"\x00" * 200
    files.pop(f"files/{_sha(LETTER)}")
    files[f"files/{_sha(program)}"] = program
    document = json.loads(files["rebound.json"])
    for version in document["document_versions"]:
        if version["sha256"] == _sha(LETTER):
            version.update(sha256=_sha(program), size=len(program), file=f"files/{_sha(program)}")
    files["rebound.json"] = json.dumps(document).encode()


def _call_the_pdf_a_docx(files):
    document = json.loads(files["rebound.json"])
    document["document_versions"][0]["file_type"] = "docx"
    files["rebound.json"] = json.dumps(document).encode()


BAD = {
    "path traversal": (_add("../../etc/cron.d/evil"), "“..” (a path outside the archive)"),
    "absolute name": (_add("/etc/passwd"), "has an absolute path in its name"),
    "drive letter": (_add("C:/Windows/evil.txt"), "has an absolute path in its name"),
    "backslash": (_add("files\\evil"), "has a backslash in its name"),
    "unknown member": (_add("notes.txt"), "is not part of a Rebound export"),
    "missing file": (lambda files: files.pop(_first_file(files)), "not in the ZIP"),
    "no document": (lambda files: files.pop("rebound.json"), "This ZIP has no rebound.json"),
    "renamed program": (_replace_letter_with_a_program, "This is a program, not a document"),
    "type differs": (_call_the_pdf_a_docx, "is PDF, not “docx”"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_a_bad_zip_is_refused_with_a_message_and_leaves_nothing(name, newcomer_client, raw, _media):
    change, message = BAD[name]
    response = upload(newcomer_client, zip_with(raw, change=change))
    assert_refused(response, message, newcomer_client.user, _media)


def assert_refused(response, message: str, user, media: Path) -> None:
    assert response.status_code == 400
    content = response.content.decode()
    assert "Nothing was imported." in content
    assert message in content, content[content.find("Nothing was") - 200 :][:1500]
    assert not Application.objects.filter(owner=user).exists()
    assert not Document.objects.filter(owner=user).exists()
    assert stored_files(media, user) == []
    assert pending_uploads(media) == []


def test_a_member_the_manifest_does_not_list_is_refused(newcomer_client, raw, _media):
    files = members(raw)
    files[f"files/{'0' * 64}"] = b"extra"
    response = upload(newcomer_client, build(files))
    assert_refused(response, "which its manifest does not list", newcomer_client.user, _media)


def test_a_file_no_version_uses_is_refused(newcomer_client, raw, _media):
    # In the manifest too, so only the document can tell it does not belong.
    bad = zip_with(raw, change=_add(f"files/{_sha(b'extra')}"))
    response = upload(newcomer_client, bad)
    assert_refused(response, "which no document version uses", newcomer_client.user, _media)


def test_a_changed_file_is_caught_by_the_manifest(newcomer_client, raw, _media):
    bad = zip_with(raw, change=_flip_a_byte, fix_manifest=False)
    response = upload(newcomer_client, bad)
    assert_refused(response, "does not match its checksum", newcomer_client.user, _media)


def test_a_file_and_manifest_changed_together_are_caught_by_the_document(
    newcomer_client, raw, _media
):
    response = upload(newcomer_client, zip_with(raw, change=_flip_a_byte))
    assert_refused(response, "differs from the manifest", newcomer_client.user, _media)


def test_a_changed_document_is_caught_by_the_manifest(newcomer_client, raw, _media):
    def change(files):
        document = json.loads(files["rebound.json"])
        document["applications"][0]["notes"] = "changed"
        files["rebound.json"] = json.dumps(document).encode()

    bad = zip_with(raw, change=change, fix_manifest=False)
    response = upload(newcomer_client, bad)
    assert_refused(response, "rebound.json", newcomer_client.user, _media)


def test_duplicate_names_are_refused(newcomer_client, raw, _media):
    files = members(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as bundle:
        for name, data in files.items():
            bundle.writestr(name, data)
        with pytest.warns(UserWarning, match="Duplicate name"):
            bundle.writestr("rebound.json", files["rebound.json"])
    response = upload(newcomer_client, out.getvalue())
    assert_refused(response, "The ZIP holds “rebound.json” twice.", newcomer_client.user, _media)


def test_a_symbolic_link_is_refused(newcomer_client, raw, _media):
    files = members(raw)
    link = zipfile.ZipInfo(_first_file(files))
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    files[link.filename] = b"/etc/passwd"
    response = upload(newcomer_client, build(files, infos={link.filename: link}))
    assert_refused(response, "is a symbolic link", newcomer_client.user, _media)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(newcomer_client, raw, _media):
    bomb = b"\x00" * (5 * 1024 * 1024)  # deflates about 1,000 times
    response = upload(newcomer_client, zip_with(raw, change=_add(f"files/{_sha(bomb)}", bomb)))
    assert_refused(response, "as a zip bomb does", newcomer_client.user, _media)


def test_files_larger_in_all_than_the_quota_are_refused_unread(
    newcomer_client, raw, _media, settings
):
    settings.MATERIALS_USER_QUOTA_BYTES = 512
    response = upload(newcomer_client, raw)
    assert_refused(response, "more than the storage quota", newcomer_client.user, _media)


def test_too_many_members_are_refused(newcomer_client, raw, _media, monkeypatch):
    monkeypatch.setattr(zip_archive, "MAX_MEMBERS", 3)
    response = upload(newcomer_client, raw)
    assert_refused(response, "an export holds at most 3", newcomer_client.user, _media)


def test_a_truncated_zip_is_refused(newcomer_client, raw, _media):
    response = upload(newcomer_client, raw[: len(raw) // 2])
    assert_refused(response, "damaged or incomplete", newcomer_client.user, _media)


def test_a_damaged_manifest_is_refused(newcomer_client, raw, _media):
    def change(files):
        files["manifest.json"] = b'{"format": "rebound-export-manifest", "version": 1}'

    response = upload(newcomer_client, zip_with(raw, change=change, fix_manifest=False))
    assert_refused(response, "is not a Rebound manifest", newcomer_client.user, _media)


def test_a_failure_after_the_files_are_stored_deletes_them(
    newcomer_client, raw, _media, monkeypatch
):
    original = archive._Restorer.restore_section

    def fail_at_fits(self, section, items):
        if section.key == "reflection_fits":
            assert self.stored, "the files were written before this section"
            raise archive.ArchiveError("simulated failure")
        return original(self, section, items)

    monkeypatch.setattr(archive._Restorer, "restore_section", fail_at_fits)
    response = upload(newcomer_client, raw)
    assert_refused(response, "simulated failure", newcomer_client.user, _media)


def test_a_zip_into_an_account_with_data_is_refused_and_dropped(owner, owner_client, raw, _media):
    before = stored_files(_media, owner)
    response = upload(owner_client, raw)
    assert response.status_code == 400
    assert "can only be imported into an empty account" in response.content.decode()
    assert pending_uploads(_media) == []
    assert stored_files(_media, owner) == before


def test_the_schema_refusals_hold_for_a_document_in_a_zip(newcomer_client, raw, _media):
    document = json.loads(members(raw)["rebound.json"])
    broken = copy.deepcopy(document)
    broken["document_versions"][0]["file"] = "../../etc/passwd"
    response = upload(newcomer_client, zip_with(raw, document=broken))
    assert_refused(response, "is not in the ZIP", newcomer_client.user, _media)
