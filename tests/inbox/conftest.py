import pytest
from cryptography.fernet import Fernet

from tests.factories import ApplicationFactory, CompanyFactory
from tracker.stages import Status

KEY = Fernet.generate_key().decode()


@pytest.fixture(autouse=True)
def _inbox_key(settings):
    settings.INBOX_KEYS = [KEY]
    settings.INBOX_CA_FILE = ""


@pytest.fixture
def acme_application(owner):
    company = CompanyFactory(owner=owner, name="Acme Robotics")
    return ApplicationFactory(
        owner=owner, company=company, position_title="Backend Engineer", status=Status.APPLIED
    )
