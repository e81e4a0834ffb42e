"""Reading and rewriting ZIP exports in tests: changing the document, adding, removing or
renaming members, with the manifest kept in step (or not, to test that it is checked)."""

import hashlib
import io
import json
import zipfile

from django.urls import reverse

from portability import zip_archive


def export_zip(client) -> bytes:
    response = client.get(reverse("portability:zip-export"))
    assert response.status_code == 200, response
    return b"".join(response.streaming_content)


def members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as bundle:
        return {info.filename: bundle.read(info) for info in bundle.infolist()}


def manifest_of(files: dict[str, bytes]) -> dict:
    return {
        "format": zip_archive.MANIFEST_FORMAT,
        "version": zip_archive.MANIFEST_VERSION,
        "files": [
            {"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            for name, data in files.items()
            if name != zip_archive.MANIFEST_NAME
        ],
    }


def build(files: dict[str, bytes], *, infos: dict[str, zipfile.ZipInfo] | None = None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bundle:
        for name, data in files.items():
            info = (infos or {}).get(name) or zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            bundle.writestr(info, data)
    return out.getvalue()


def zip_with(
    raw: bytes,
    *,
    document: dict | None = None,
    change=None,
    fix_manifest: bool = True,
) -> bytes:
    """The export ``raw`` with its document replaced and/or its members changed by
    ``change(files)``; the manifest is rewritten to match unless ``fix_manifest`` is off."""
    files = members(raw)
    if document is not None:
        files[zip_archive.JSON_NAME] = json.dumps(document).encode()
    if change is not None:
        change(files)
    if fix_manifest:
        files[zip_archive.MANIFEST_NAME] = json.dumps(manifest_of(files)).encode()
    return build(files)
