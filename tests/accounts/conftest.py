import pytest

from tests import factories


@pytest.fixture(autouse=True)
def users_without_addresses(monkeypatch):
    """Account tests create and check e-mail address rows themselves."""
    monkeypatch.setattr(factories, "ADDRESSES_VERIFIED", False)
