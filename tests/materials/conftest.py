import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from materials import files, services
from tests.materials import builders


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    """Uploaded files go to a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def media_root(settings):
    return settings.MEDIA_ROOT


def upload(owner, data: bytes = b"", name: str = "cv.pdf", **fields):
    """Store a document version for ``owner`` through the service, as the form does."""
    data = data or builders.pdf(["Python developer", "SQL, Django, PostgreSQL"])
    file = SimpleUploadedFile(name, data)
    checked = files.detect(file, name)
    fields.setdefault("title", "CV — engineering")
    fields.setdefault("kind", "cv")
    return services.add_version(owner=owner, upload=file, checked=checked, **fields)


@pytest.fixture
def make_version():
    return upload
